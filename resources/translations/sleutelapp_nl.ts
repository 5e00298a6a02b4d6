<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>AboutDialog</name>
    <message>
        <source>These translations were made by machine and no native speaker has checked them yet: {0}. If you see a wrong or unclear word, please tell the people who gave you Sleutelapp, so the translation can be improved.</source>
        <translation>Deze vertalingen zijn door een computer gemaakt en nog niet nagekeken door iemand die de taal als moedertaal spreekt: {0}. Ziet u een fout of een onduidelijk woord? Zeg het tegen wie u Sleutelapp gaf, dan kan de vertaling beter worden.</translation>
    </message>
    <message>
        <source>Noto fonts: {0}</source>
        <translation>Lettertypen Noto: {0}</translation>
    </message>
    <message>
        <source>GNU GPL 3.0 (referred to by the LGPL 3.0)</source>
        <translation>GNU GPL 3.0 (waar de LGPL 3.0 naar verwijst)</translation>
    </message>
    <message>
        <source>About Sleutelapp</source>
        <translation>Over Sleutelapp</translation>
    </message>
    <message>
        <source>Version {0}</source>
        <translation>Versie {0}</translation>
    </message>
    <message>
        <source>The case notebook of a key person in civic integration. Everything stays encrypted on this computer; Sleutelapp does not use the internet.</source>
        <translation>Het dossier van een sleutelpersoon in de inburgering. Alles blijft versleuteld op deze computer; Sleutelapp gebruikt geen internet.</translation>
    </message>
    <message>
        <source>Free software under the European Union Public Licence ({0}).</source>
        <translation>Vrije software onder de European Union Public Licence ({0}).</translation>
    </message>
    <message>
        <source>Components</source>
        <translation>Onderdelen</translation>
    </message>
    <message>
        <source>Licence texts</source>
        <translation>Licentieteksten</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>Copy version details</source>
        <translation>Versiegegevens kopiëren</translation>
    </message>
    <message>
        <source>Fonts {0}</source>
        <translation>Lettertypen {0}</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Onderdeel</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versie</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licentie</translation>
    </message>
    <message>
        <source>Sleutelapp contains these parts made by others. The full licence texts are under ‘Licence texts’.</source>
        <translation>Sleutelapp bevat deze onderdelen van anderen. De volledige licentieteksten staan onder ‘Licentieteksten’.</translation>
    </message>
    <message>
        <source>Licence text</source>
        <translation>Licentietekst</translation>
    </message>
    <message>
        <source>Choose a licence</source>
        <translation>Licentie kiezen</translation>
    </message>
</context>
<context>
    <name>AgendaModel</name>
    <message>
        <source>today</source>
        <translation>vandaag</translation>
    </message>
    <message>
        <source>nothing planned</source>
        <translation>niets gepland</translation>
    </message>
    <message>
        <source>Enter opens the dialog that makes all due reports at once.</source>
        <translation>Enter opent het venster dat alle rapporten die klaar moeten in één keer maakt.</translation>
    </message>
    <message>
        <source>you go along</source>
        <translation>u gaat mee</translation>
    </message>
    <message>
        <source>all day</source>
        <translation>hele dag</translation>
    </message>
    <message>
        <source>Task — {0}: {1}</source>
        <translation>Taak — {0}: {1}</translation>
    </message>
    <message>
        <source>{0} — the termijn ends today</source>
        <translation>{0} — termijn eindigt vandaag</translation>
    </message>
    <message>
        <source>{0} — answer from DUO to the extension request expected</source>
        <translation>{0} — antwoord van DUO op de aanvraag voor verlenging verwacht</translation>
    </message>
</context>
<context>
    <name>AgendaView</name>
    <message>
        <source>Week</source>
        <translation>Week</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Maand</translation>
    </message>
    <message>
        <source>Week {0}: {1} up to and including {2}</source>
        <translation>Week {0}: {1} tot en met {2}</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Previous week or month (Page Up)</source>
        <translation>Vorige week of maand (Page Up)</translation>
    </message>
    <message>
        <source>&lt; &amp;Previous</source>
        <translation>&lt; &amp;Vorige</translation>
    </message>
    <message>
        <source>Back to this week or month (T)</source>
        <translation>Terug naar deze week of maand (T)</translation>
    </message>
    <message>
        <source>To t&amp;oday</source>
        <translation>&amp;Naar vandaag</translation>
    </message>
    <message>
        <source>Next week or month (Page Down)</source>
        <translation>Volgende week of maand (Page Down)</translation>
    </message>
    <message>
        <source>N&amp;ext &gt;</source>
        <translation>V&amp;olgende &gt;</translation>
    </message>
    <message>
        <source>Sho&amp;w</source>
        <translation>&amp;Toon</translation>
    </message>
    <message>
        <source>Agenda items by day</source>
        <translation>Agenda per dag</translation>
    </message>
    <message>
        <source>Enter opens the newcomer. Ctrl+D: done, Ctrl+Shift+N: no-show, Ctrl+Shift+X: cancelled.</source>
        <translation>Enter opent de nieuwkomer. Ctrl+D: gedaan, Ctrl+Shift+N: niet gekomen, Ctrl+Shift+X: afgezegd.</translation>
    </message>
    <message>
        <source>Week as &amp;PDF…</source>
        <translation>Week als &amp;PDF…</translation>
    </message>
    <message>
        <source>Export the agenda (.&amp;ics)…</source>
        <translation>Agenda e&amp;xporteren (.ics)…</translation>
    </message>
</context>
<context>
    <name>AgendaWeek</name>
    <message>
        <source>own agenda (paper)</source>
        <translation>eigen agenda (papier)</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>Afspraak</translation>
    </message>
    <message>
        <source>{what}: {name}</source>
        <translation>{what}: {name}</translation>
    </message>
    <message>
        <source> (I go along)</source>
        <translation> (ik ga mee)</translation>
    </message>
    <message>
        <source>Cancelled: {item}</source>
        <translation>Afgezegd: {item}</translation>
    </message>
    <message>
        <source>Task: {name}</source>
        <translation>Taak: {name}</translation>
    </message>
    <message>
        <source>Term ends: {name}</source>
        <translation>Termijn eindigt: {name}</translation>
    </message>
    <message>
        <source>DUO&apos;s answer on the extension expected: {name}</source>
        <translation>Antwoord DUO op verlenging verwacht: {name}</translation>
    </message>
    <message>
        <source>Agenda week {week}</source>
        <translation>Agenda week {week}</translation>
    </message>
    <message>
        <source>{start} up to and including {end}</source>
        <translation>{start} tot en met {end}</translation>
    </message>
    <message>
        <source>Nothing planned.</source>
        <translation>Niets gepland.</translation>
    </message>
    <message>
        <source>Agenda week {week} · personal</source>
        <translation>Agenda week {week} · persoonlijk</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>Pagina {page} van {pages}</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
</context>
<context>
    <name>AgendaWeekDialog</name>
    <message>
        <source>The week of {0} up to and including {1} as a PDF to print.</source>
        <translation>De week van {0} tot en met {1} als PDF om te printen.</translation>
    </message>
    <message>
        <source>Initials (A.K.)</source>
        <translation>Initialen (A.K.)</translation>
    </message>
    <message>
        <source>Known-as name</source>
        <translation>Roepnaam</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Volledige naam</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Save the week as PDF</source>
        <translation>Week als PDF opslaan</translation>
    </message>
    <message>
        <source>Choose an existing folder for the file.</source>
        <translation>Kies een map die bestaat voor het bestand.</translation>
    </message>
    <message>
        <source>Writing the PDF…</source>
        <translation>De PDF wordt gemaakt…</translation>
    </message>
    <message>
        <source>Week as PDF</source>
        <translation>Week als PDF</translation>
    </message>
    <message>
        <source>&amp;Names</source>
        <translation>&amp;Namen</translation>
    </message>
    <message>
        <source>Show the &amp;type of health appointments (GP, hospital, …)</source>
        <translation>&amp;Soort zorgafspraak tonen (huisarts, ziekenhuis, …)</translation>
    </message>
    <message>
        <source>The place of a health appointment is only shown when its type is shown too: an address can tell what kind of care it is.</source>
        <translation>De plaats van een zorgafspraak staat er alleen bij als ook de soort er staat: een adres kan laten zien wat voor zorg het is.</translation>
    </message>
    <message>
        <source>Show the &amp;place of appointments</source>
        <translation>&amp;Plaats van afspraken tonen</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>K&amp;iezen…</translation>
    </message>
    <message>
        <source>This paper is for yourself. Keep it with you and destroy it after the week. The Shared tab will say that these appointments were printed.</source>
        <translation>Dit papier is voor uzelf. Houd het bij u en gooi het na de week weg in de papierversnipperaar. Op het tabblad Gedeeld staat dan dat deze afspraken zijn geprint.</translation>
    </message>
</context>
<context>
    <name>AnonymisedSummary</name>
    <message>
        <source>Numbers count contacts, appointments, signals or hours; in brackets is the number of different newcomers the number rests on. * = not shown to protect privacy: fewer than {k} newcomers are involved, or it could otherwise be worked out from the totals. 12+ = at least 12: some of the merged overviews did not show this cell.</source>
        <translation>Getallen tellen contacten, afspraken, signalen of uren; tussen haakjes staat het aantal verschillende nieuwkomers waar het getal op rust. * = niet getoond om de privacy te beschermen: het gaat om minder dan {k} nieuwkomers, of het is anders uit de totalen terug te rekenen. 12+ = minstens 12: in een deel van de samengevoegde overzichten was deze cel niet getoond.</translation>
    </message>
    <message>
        <source>This overview holds no names, no numbers of people, no free text and no dates finer than the period. Only newcomers who consented to be counted in anonymised overviews are counted.</source>
        <translation>Dit overzicht bevat geen namen, geen nummers van personen, geen vrije tekst en geen data nauwkeuriger dan de periode. Alleen nieuwkomers die toestemming gaven om mee te tellen in anonieme overzichten zijn geteld.</translation>
    </message>
    <message>
        <source>What does a * mean? In that place is a number we do not show. This protects the privacy of the newcomers. We only show a number when it is about at least {k} different newcomers. With fewer people, someone might guess who it is about. Sometimes we also hide a second number, because otherwise you could work out the first one from the totals.</source>
        <translation>Wat betekent een *? Op die plek staat een getal dat wij niet laten zien. Zo beschermen we de privacy van de nieuwkomers. We laten een getal alleen zien als het over minstens {k} verschillende nieuwkomers gaat. Gaat het over minder mensen, dan kan iemand misschien raden over wie het gaat. Soms verbergen we ook een tweede getal, omdat u het eerste anders met de totalen kunt uitrekenen.</translation>
    </message>
    <message>
        <source>Why is much hidden? When an overview is about few newcomers, most numbers rest on fewer than {k} people. We do not show those numbers. That is not a mistake. Merged with the overviews of other key persons the groups grow and you see more.</source>
        <translation>Waarom is veel verborgen? Als een overzicht over weinig nieuwkomers gaat, rusten de meeste getallen op minder dan {k} mensen. Die getallen laten we niet zien. Dat is geen fout. Samengevoegd met de overzichten van andere sleutelpersonen worden de groepen groter en ziet u meer.</translation>
    </message>
    <message>
        <source>Each period gets one summary, with fixed figures. If you ask for the same period again later, you get the same figures. So nobody can subtract two overviews from each other to find a hidden number.</source>
        <translation>Elke periode krijgt één samenvatting, met vaste cijfers. Vraagt u dezelfde periode later opnieuw op, dan krijgt u dezelfde cijfers. Zo kan niemand twee overzichten van elkaar aftrekken om een verborgen getal te vinden.</translation>
    </message>
    <message>
        <source>the label looks like it contains personal data ({0}); use a neutral label such as a neighbourhood</source>
        <translation>het label lijkt persoonsgegevens te bevatten ({0}); kies een neutraal label, zoals een wijk</translation>
    </message>
</context>
<context>
    <name>BackupInfo</name>
    <message numerus="yes">
        <source>%n newcomer(s)</source>
        <translation>
            <numerusform>%n nieuwkomer</numerusform>
            <numerusform>%n nieuwkomers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies)</source>
        <translation>
            <numerusform>%n onderdeel</numerusform>
            <numerusform>%n onderdelen</numerusform>
        </translation>
    </message>
    <message>
        <source>Backup of {when}: {newcomers}, {entries}.</source>
        <translation>Backup van {when}: {newcomers}, {entries}.</translation>
    </message>
    <message>
        <source>Backup of {when}: {newcomers}, {entries}, last change {changed}.</source>
        <translation>Backup van {when}: {newcomers}, {entries}, laatste wijziging {changed}.</translation>
    </message>
</context>
<context>
    <name>CalendarExport</name>
    <message>
        <source>Appointment</source>
        <translation>Afspraak</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Taak</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Afgezegd</translation>
    </message>
    <message>
        <source>I go along</source>
        <translation>ik ga mee</translation>
    </message>
    <message>
        <source>Sleutelapp</source>
        <translation>Sleutelapp</translation>
    </message>
</context>
<context>
    <name>CalendarExportDialog</name>
    <message>
        <source>Initials (A.K.)</source>
        <translation>Initialen (A.K.)</translation>
    </message>
    <message>
        <source>Known-as name</source>
        <translation>Roepnaam</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Volledige naam</translation>
    </message>
    <message>
        <source>own calendar</source>
        <translation>eigen agenda</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Save the calendar file</source>
        <translation>Agendabestand opslaan</translation>
    </message>
    <message>
        <source>Calendar file (*.ics)</source>
        <translation>Agendabestand (*.ics)</translation>
    </message>
    <message>
        <source>Choose an existing folder for the file.</source>
        <translation>Kies een map die bestaat voor het bestand.</translation>
    </message>
    <message>
        <source>Writing the calendar file…</source>
        <translation>Het agendabestand wordt gemaakt…</translation>
    </message>
    <message>
        <source>Saved. The Shared tab now says that these items went to your calendar:</source>
        <translation>Opgeslagen. Op het tabblad Gedeeld staat nu dat deze afspraken naar uw agenda zijn gegaan:</translation>
    </message>
    <message>
        <source>Export the agenda (.ics)</source>
        <translation>Agenda exporteren (.ics)</translation>
    </message>
    <message>
        <source>Your planned appointments and open tasks go into a calendar file (.ics). You can open it in the calendar on your phone or computer.</source>
        <translation>Uw geplande afspraken en open taken gaan in een agendabestand (.ics). U kunt het openen in de agenda op uw telefoon of computer.</translation>
    </message>
    <message>
        <source>&amp;Days ahead</source>
        <translation>&amp;Dagen vooruit</translation>
    </message>
    <message>
        <source>&amp;Names</source>
        <translation>&amp;Namen</translation>
    </message>
    <message>
        <source>Show the &amp;type of health appointments (GP, hospital, …)</source>
        <translation>Soort van &amp;zorgafspraken tonen (huisarts, ziekenhuis, …)</translation>
    </message>
    <message>
        <source>Show the &amp;place of appointments</source>
        <translation>&amp;Plaats van afspraken tonen</translation>
    </message>
    <message>
        <source>The place of a health appointment is only shown when its type is shown too: an address can tell what kind of care it is.</source>
        <translation>De plaats van een zorgafspraak staat er alleen in als ook de soort erin staat: een adres kan laten zien wat voor zorg het is.</translation>
    </message>
    <message>
        <source>&amp;Goes to</source>
        <translation>&amp;Gaat naar</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>K&amp;iezen…</translation>
    </message>
    <message>
        <source>Careful: a calendar on your phone that syncs sends everything in this file to the company behind that calendar (Google, Apple or Microsoft). That is why names are initials and places and health types stay out, unless you choose otherwise.</source>
        <translation>Let op: een agenda op uw telefoon die synchroniseert, stuurt alles uit dit bestand naar het bedrijf achter die agenda (Google, Apple of Microsoft). Daarom staan namen er als initialen in, en plaatsen en soorten zorgafspraken niet. Dat kunt u hierboven veranderen.</translation>
    </message>
</context>
<context>
    <name>CandidatesModel</name>
    <message>
        <source>Accepted</source>
        <translation>Telt mee</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Telt niet mee</translation>
    </message>
    <message numerus="yes">
        <source>{0}, %n summary(ies)</source>
        <translation>
            <numerusform>{0}, %n samenvatting</numerusform>
            <numerusform>{0}, %n samenvattingen</numerusform>
        </translation>
    </message>
    <message>
        <source>File</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Toelichting</translation>
    </message>
</context>
<context>
    <name>CaseError</name>
    <message>
        <source>A case file already exists in {data}. Nothing was overwritten.</source>
        <translation>Er staat al een dossierbestand in {data}. Er is niets overschreven.</translation>
    </message>
    <message>
        <source>The time zone data (Europe/Amsterdam) is missing from this installation. Reinstall Sleutelapp.</source>
        <translation>De tijdzonegegevens (Europe/Amsterdam) ontbreken in deze installatie. Installeer Sleutelapp opnieuw.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist. Choose an existing folder; nothing was written.</source>
        <translation>De map {folder} bestaat niet. Kies een bestaande map; er is niets geschreven.</translation>
    </message>
    <message>
        <source>{folder} already holds a file of the same name ({files}). Choose another folder or move that file; nothing was written.</source>
        <translation>In {folder} staat al een bestand met dezelfde naam ({files}). Kies een andere map of verplaats dat bestand; er is niets geschreven.</translation>
    </message>
    <message>
        <source>Choose at least one newcomer to hand over.</source>
        <translation>Kies minstens één nieuwkomer om over te dragen.</translation>
    </message>
    <message>
        <source>Handover refused, nothing was changed: {reason}</source>
        <translation>Overdracht geweigerd, er is niets veranderd: {reason}</translation>
    </message>
    <message>
        <source>the file is too large</source>
        <translation>het bestand is te groot</translation>
    </message>
    <message>
        <source>the content cannot be read</source>
        <translation>de inhoud is onleesbaar</translation>
    </message>
    <message>
        <source>the content is nested too deeply</source>
        <translation>de inhoud is te diep genest</translation>
    </message>
    <message>
        <source>an id occurs twice</source>
        <translation>een id komt twee keer voor</translation>
    </message>
    <message>
        <source>invalid data ({exc})</source>
        <translation>ongeldige gegevens ({exc})</translation>
    </message>
    <message>
        <source>This is not a transfer code: it has 24 letters and digits in groups of four (for example ABCD-EFGH-…). Check what you typed.</source>
        <translation>Dit is geen overdrachtscode: die bestaat uit 24 letters en cijfers in groepjes van vier (bijvoorbeeld ABCD-EFGH-…). Controleer wat u hebt overgetypt.</translation>
    </message>
    <message>
        <source>That is too much for one handover file. Choose fewer newcomers at a time.</source>
        <translation>Dat is te veel voor één overdrachtsbestand. Kies minder nieuwkomers tegelijk.</translation>
    </message>
    <message>
        <source>the file is damaged or was changed. Ask your colleague for a new file.</source>
        <translation>het bestand is beschadigd of veranderd. Vraag uw collega om een nieuw bestand.</translation>
    </message>
    <message>
        <source>this is not a handover file</source>
        <translation>dit is geen overdrachtsbestand</translation>
    </message>
    <message>
        <source>the file is incomplete</source>
        <translation>het bestand is onvolledig</translation>
    </message>
    <message>
        <source>version {version} is not supported (update the app)</source>
        <translation>versie {version} wordt niet ondersteund (werk de app bij)</translation>
    </message>
    <message>
        <source>This transfer code does not fit this file. Nothing was changed; check the code and try again.</source>
        <translation>Deze overdrachtscode past niet bij dit bestand. Er is niets veranderd; controleer de code en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>the content is too large</source>
        <translation>de inhoud is te groot</translation>
    </message>
    <message>
        <source>text</source>
        <translation>tekst</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>een getal</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>een heel getal</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true of false</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>een lijst</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>een object</translation>
    </message>
    <message>
        <source>Import refused, nothing was changed: {problem}</source>
        <translation>Import geweigerd, er is niets veranderd: {problem}</translation>
    </message>
    <message numerus="yes">
        <source>Import refused, nothing was changed: %n problem(s) in the file.</source>
        <translation>
            <numerusform>Import geweigerd, er is niets veranderd: %n probleem in het bestand.</numerusform>
            <numerusform>Import geweigerd, er is niets veranderd: %n problemen in het bestand.</numerusform>
        </translation>
    </message>
    <message>
        <source>… and {more} more</source>
        <translation>… en nog {more}</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>ontbreekt</translation>
    </message>
    <message>
        <source>is before given_on</source>
        <translation>ligt vóór given_on</translation>
    </message>
    <message>
        <source>is required when the status is closed</source>
        <translation>nodig bij een afgesloten nieuwkomer</translation>
    </message>
    <message>
        <source>must be empty while the status is active</source>
        <translation>moet leeg zijn bij een actieve nieuwkomer</translation>
    </message>
    <message>
        <source>lies in the future</source>
        <translation>ligt in de toekomst</translation>
    </message>
    <message>
        <source>a note needs text</source>
        <translation>een notitie heeft tekst nodig</translation>
    </message>
    <message>
        <source>a task needs a description of what to do</source>
        <translation>een taak heeft een omschrijving nodig van wat er moet gebeuren</translation>
    </message>
    <message>
        <source>an activity needs hours above 0</source>
        <translation>een activiteit heeft uren nodig (meer dan 0)</translation>
    </message>
    <message>
        <source>not a valid id (a lower-case UUID)</source>
        <translation>geen geldige id (een UUID in kleine letters)</translation>
    </message>
    <message>
        <source>not a valid date (YYYY-MM-DD)</source>
        <translation>geen geldige datum (JJJJ-MM-DD)</translation>
    </message>
    <message>
        <source>not a valid date (YYYY-MM-DD or null)</source>
        <translation>geen geldige datum (JJJJ-MM-DD of null)</translation>
    </message>
    <message>
        <source>only contacts have topics</source>
        <translation>alleen een contact heeft onderwerpen</translation>
    </message>
    <message>
        <source>is before {day}</source>
        <translation>ligt vóór {day}</translation>
    </message>
    <message>
        <source>is after {day}</source>
        <translation>ligt na {day}</translation>
    </message>
    <message>
        <source>{one} or {other}</source>
        <translation>{one} of {other}</translation>
    </message>
    <message>
        <source>must be {type}</source>
        <translation>moet {type} zijn</translation>
    </message>
    <message>
        <source>unknown value {value}</source>
        <translation>onbekende waarde {value}</translation>
    </message>
    <message>
        <source>too long (at most {limit} characters)</source>
        <translation>te lang (hoogstens {limit} tekens)</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>mag niet leeg zijn</translation>
    </message>
    <message>
        <source>must be at least {limit}</source>
        <translation>moet minstens {limit} zijn</translation>
    </message>
    <message>
        <source>must be more than {limit}</source>
        <translation>moet meer dan {limit} zijn</translation>
    </message>
    <message>
        <source>must be at most {limit}</source>
        <translation>mag hoogstens {limit} zijn</translation>
    </message>
    <message>
        <source>too many items (at most {limit})</source>
        <translation>te veel items (hoogstens {limit})</translation>
    </message>
    <message>
        <source>holds a value twice</source>
        <translation>bevat een waarde twee keer</translation>
    </message>
    <message>
        <source>unknown field</source>
        <translation>onbekend veld</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>ontbreekt</translation>
    </message>
    <message>
        <source>cannot read the file ({strerror})</source>
        <translation>bestand niet te lezen ({strerror})</translation>
    </message>
    <message>
        <source>not UTF-8 text</source>
        <translation>geen UTF-8-tekst</translation>
    </message>
    <message>
        <source>not valid JSON (line {lineno})</source>
        <translation>geen geldige JSON (regel {lineno})</translation>
    </message>
    <message>
        <source>nested too deeply</source>
        <translation>te diep genest</translation>
    </message>
    <message>
        <source>a number with too many digits</source>
        <translation>een getal met te veel cijfers</translation>
    </message>
    <message>
        <source>this is not a sleutelapp-data file</source>
        <translation>dit is geen sleutelapp-data-bestand</translation>
    </message>
    <message>
        <source>version {get!r} is not supported</source>
        <translation>versie {get!r} wordt niet ondersteund</translation>
    </message>
    <message>
        <source>holds an invalid character</source>
        <translation>bevat een ongeldig teken</translation>
    </message>
    <message>
        <source>not a valid date</source>
        <translation>geen geldige datum</translation>
    </message>
    <message>
        <source>id {value} already occurs at {seen}</source>
        <translation>id {value} komt al voor bij {seen}</translation>
    </message>
    <message>
        <source>id {value} already exists in this case file</source>
        <translation>id {value} staat al in dit dossier</translation>
    </message>
    <message>
        <source>The period is wrong: the end date is before the start date.</source>
        <translation>De periode klopt niet: de einddatum ligt voor de begindatum.</translation>
    </message>
    <message>
        <source>{name} has no active consent for a report for the regisseur. Record the consent first: Consents tab of the newcomer, &apos;Report for the regisseur&apos; (verbal or signed). Nothing was saved.</source>
        <translation>{name} heeft geen geldige toestemming voor een rapport voor de regisseur. Leg eerst de toestemming vast: tabblad Toestemmingen bij de nieuwkomer, &apos;Rapport voor de regisseur&apos; (mondeling of getekend). Er is niets opgeslagen.</translation>
    </message>
    <message>
        <source>{name}: {reason}</source>
        <translation>{name}: {reason}</translation>
    </message>
    <message>
        <source>the file cannot be read ({strerror}).</source>
        <translation>het bestand is niet te lezen ({strerror}).</translation>
    </message>
    <message>
        <source>the file is larger than 10 MB; that is not a summary.</source>
        <translation>het bestand is groter dan 10 MB; dat is geen samenvatting.</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text.</source>
        <translation>het bestand is geen UTF-8-tekst.</translation>
    </message>
    <message>
        <source>the content does not match the format.</source>
        <translation>de inhoud klopt niet met het formaat.</translation>
    </message>
    <message>
        <source>the file is not valid JSON (line {line}, column {column}); it may be truncated.</source>
        <translation>het bestand is geen geldige JSON (regel {line}, kolom {column}); misschien is het afgebroken.</translation>
    </message>
    <message>
        <source>the file is not valid JSON; it may be truncated.</source>
        <translation>het bestand is geen geldige JSON; misschien is het afgebroken.</translation>
    </message>
    <message>
        <source>a number with decimals or a special value ({text}); a summary holds whole numbers only.</source>
        <translation>getal met decimalen of een bijzondere waarde ({text}); een samenvatting bevat alleen hele getallen.</translation>
    </message>
    <message>
        <source>a number is far too large ({digits} digits).</source>
        <translation>een getal is veel te groot ({digits} cijfers).</translation>
    </message>
    <message>
        <source>the field &apos;{key}&apos; occurs twice.</source>
        <translation>het veld &apos;{key}&apos; staat er twee keer in.</translation>
    </message>
    <message>
        <source>the file is nested too deeply; that is not a summary.</source>
        <translation>het bestand is te diep genest; dat is geen samenvatting.</translation>
    </message>
    <message>
        <source>the file holds far too many elements.</source>
        <translation>het bestand bevat veel te veel elementen.</translation>
    </message>
    <message>
        <source>this is not a Sleutelapp summary (format &apos;sleutelapp-summary&apos;).</source>
        <translation>dit is geen Sleutelapp-samenvatting (format &apos;sleutelapp-summary&apos;).</translation>
    </message>
    <message>
        <source>this app does not know this version of the summary format; update Sleutelapp.</source>
        <translation>deze versie van het samenvattingsformaat kent deze app niet; werk Sleutelapp bij.</translation>
    </message>
    <message>
        <source>(top level)</source>
        <translation>(hoofdniveau)</translation>
    </message>
    <message>
        <source>unknown field at {where}: {message}. Extra fields could carry personal data; the file was refused.</source>
        <translation>onbekend veld bij {where}: {message}. Extra velden kunnen persoonsgegevens bevatten; het bestand is geweigerd.</translation>
    </message>
    <message>
        <source>invalid value at {where}: {message}</source>
        <translation>ongeldige waarde bij {where}: {message}</translation>
    </message>
    <message>
        <source>the same part summary occurs twice.</source>
        <translation>dezelfde deelsamenvatting staat er twee keer in.</translation>
    </message>
    <message>
        <source>k does not match the parts.</source>
        <translation>de kleinste groep klopt niet met de delen.</translation>
    </message>
    <message>
        <source>a cell&apos;s status does not match its number (suppressed without a number, otherwise with one).</source>
        <translation>een cel heeft een status die niet bij haar getal past (onderdrukt zonder getal, anders met getal).</translation>
    </message>
    <message>
        <source>the table {id} does not have the right shape.</source>
        <translation>de tabel {id} heeft niet de juiste vorm.</translation>
    </message>
    <message>
        <source>the table {id} shows a number about fewer than {k} newcomers (the smallest group that may be shown).</source>
        <translation>de tabel {id} toont een getal over minder dan {k} nieuwkomers (de kleinste groep die getoond mag worden).</translation>
    </message>
    <message>
        <source>the file&apos;s id does not match its parts; it was edited or made by hand.</source>
        <translation>de id van het bestand past niet bij zijn delen; het is bewerkt of met de hand gemaakt.</translation>
    </message>
    <message>
        <source>two parts come from the same case file for the same period; that counts twice or can be subtracted.</source>
        <translation>twee delen komen uit hetzelfde dossier over dezelfde periode; dan is er dubbel geteld of af te trekken.</translation>
    </message>
    <message>
        <source>the table {table} {problem}</source>
        <translation>de tabel {table} {problem}</translation>
    </message>
    <message numerus="yes">
        <source>a shown cell rests on %n newcomer(s), fewer than the smallest group ({k}).</source>
        <translation>
            <numerusform>een getoonde cel rust op %n nieuwkomer, minder dan de kleinste groep ({k}).</numerusform>
            <numerusform>een getoonde cel rust op %n nieuwkomers, minder dan de kleinste groep ({k}).</numerusform>
        </translation>
    </message>
    <message>
        <source>the number of newcomers not counted does not match itself.</source>
        <translation>het aantal niet getelde nieuwkomers klopt niet met zichzelf.</translation>
    </message>
    <message>
        <source>has a cell of {value} resting on {newcomers} newcomers; that is impossible.</source>
        <translation>heeft een cel van {value} op {newcomers} nieuwkomers; dat kan niet.</translation>
    </message>
    <message>
        <source>counts newcomers other than by the number of newcomers.</source>
        <translation>telt nieuwkomers anders dan het aantal nieuwkomers.</translation>
    </message>
    <message>
        <source>has a cell on {newcomers} newcomers, more than the {counted} counted.</source>
        <translation>heeft een cel op {newcomers} nieuwkomers, meer dan de {counted} die geteld zijn.</translation>
    </message>
    <message>
        <source>has a cell ({value} on {newcomers} newcomers) larger than its total ({total} on {total_newcomers}).</source>
        <translation>heeft een cel ({value} op {newcomers} nieuwkomers) groter dan haar totaal ({total} op {total_newcomers}).</translation>
    </message>
    <message>
        <source>has cells that together ({summed}) exceed their total ({value}).</source>
        <translation>heeft cellen die samen ({summed}) meer zijn dan hun totaal ({value}).</translation>
    </message>
    <message>
        <source>has a total resting on {newcomers} newcomers, more than its cells together ({people}).</source>
        <translation>heeft een totaal op {newcomers} nieuwkomers, meer dan zijn cellen samen ({people}).</translation>
    </message>
    <message>
        <source>has cells that together ({summed}) do not add up to their total ({value}).</source>
        <translation>heeft cellen die samen ({summed}) niet op hun totaal ({value}) uitkomen.</translation>
    </message>
    <message>
        <source>Summaries of different periods cannot be merged.</source>
        <translation>Samenvattingen van verschillende perioden kunnen niet samen.</translation>
    </message>
    <message>
        <source>No summaries to merge.</source>
        <translation>Geen samenvattingen om samen te voegen.</translation>
    </message>
    <message>
        <source>The same summary or case file was offered twice.</source>
        <translation>Dezelfde samenvatting of hetzelfde dossier is twee keer aangeboden.</translation>
    </message>
    <message>
        <source>this summary is already in {name}; it cannot be counted twice.</source>
        <translation>deze samenvatting zit al in {name}; twee keer meetellen kan niet.</translation>
    </message>
    <message>
        <source>the period {code} differs from {other_code} ({name}); only summaries of one period can be merged.</source>
        <translation>de periode {code} wijkt af van {other_code} ({name}); alleen samenvattingen van één periode kunnen samen.</translation>
    </message>
    <message>
        <source>comes from the same case file as {name} for the same period (a re-made or copied summary); together they can be subtracted.</source>
        <translation>komt uit hetzelfde dossier als {name} over dezelfde periode (een opnieuw gemaakte of gekopieerde samenvatting); samen zijn ze af te trekken.</translation>
    </message>
    <message>
        <source>has exactly the same figures as {name} under another id; a copy is not counted twice.</source>
        <translation>heeft precies dezelfde cijfers als {name} onder een andere id; een kopie telt niet twee keer mee.</translation>
    </message>
    <message>
        <source>Summaries of different periods ({periods}) cannot be merged.</source>
        <translation>Samenvattingen van verschillende perioden ({periods}) kunnen niet samen.</translation>
    </message>
    <message>
        <source>The same summary was offered twice.</source>
        <translation>Dezelfde samenvatting is twee keer aangeboden.</translation>
    </message>
    <message>
        <source>Two summaries come from the same case file for the same period.</source>
        <translation>Twee samenvattingen komen uit hetzelfde dossier over dezelfde periode.</translation>
    </message>
    <message>
        <source>The case file is locked.</source>
        <translation>Het dossier is vergrendeld.</translation>
    </message>
    <message>
        <source>Sleutelapp has this case file open. Close the app and try again; nothing was changed. Read-only commands such as &apos;check&apos; and &apos;newcomers&apos; still work.</source>
        <translation>Sleutelapp is geopend met dit dossier. Sluit de app (of vergrendel en sluit het venster) en probeer het opnieuw; er is niets veranderd. Alleen-lezen opdrachten zoals &apos;check&apos; en &apos;newcomers&apos; werken wel.</translation>
    </message>
    <message>
        <source>{name} is not a usable backup: {detail}. Nothing was changed; choose another backup.</source>
        <translation>{name} is geen bruikbare backup: {detail}. Er is niets veranderd; kies een andere backup.</translation>
    </message>
    <message>
        <source>There is not enough space for the backup in {parent}. No backup was written and the case file was not changed. Free some space or choose another place.</source>
        <translation>Er is niet genoeg ruimte voor de backup in {parent}. Er is geen backup geschreven en het dossier is niet veranderd. Maak ruimte vrij of kies een andere plek.</translation>
    </message>
    <message>
        <source>the key does not fit</source>
        <translation>de sleutel past niet</translation>
    </message>
    <message>
        <source>The backup could not be verified: the case file itself seems damaged. No backup was written; run the health check (&apos;check&apos;).</source>
        <translation>De backup kon niet worden gecontroleerd: het dossierbestand zelf lijkt beschadigd. Er is geen backup geschreven; gebruik &apos;Controleren&apos; (check).</translation>
    </message>
    <message>
        <source>the database does not open</source>
        <translation>de database opent niet</translation>
    </message>
    <message>
        <source>the database is damaged</source>
        <translation>de database is beschadigd</translation>
    </message>
    <message>
        <source>the database is damaged or does not match its key</source>
        <translation>de database is beschadigd of past niet bij de sleutel</translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation>het bestand bestaat niet</translation>
    </message>
    <message>
        <source>it is not a (complete) Sleutelapp backup</source>
        <translation>het is geen (volledige) Sleutelapp-backup</translation>
    </message>
    <message>
        <source>its manifest is unreadable</source>
        <translation>de inhoudsopgave is onleesbaar</translation>
    </message>
    <message>
        <source>it is not a Sleutelapp backup</source>
        <translation>het is geen Sleutelapp-backup</translation>
    </message>
    <message>
        <source>it comes from a newer Sleutelapp; update the app</source>
        <translation>hij komt uit een nieuwere versie van Sleutelapp; werk de app bij</translation>
    </message>
    <message>
        <source>its manifest is incomplete</source>
        <translation>de inhoudsopgave is onvolledig</translation>
    </message>
    <message>
        <source>it holds unknown files</source>
        <translation>hij bevat onbekende bestanden</translation>
    </message>
    <message>
        <source>{name} is damaged</source>
        <translation>{name} is beschadigd</translation>
    </message>
    <message>
        <source>Invalid data: {problem}</source>
        <translation>Gegevens ongeldig: {problem}</translation>
    </message>
    <message>
        <source>Nothing was imported: one or more ids already exist in this case file, or an entry refers to an unknown newcomer.</source>
        <translation>Niets geïmporteerd: een of meer id&apos;s bestaan al in dit dossier, of een onderdeel hoort bij een onbekende nieuwkomer.</translation>
    </message>
    <message>
        <source>This case file was written by a newer version of Sleutelapp. Update the app; the file was left untouched.</source>
        <translation>Dit dossierbestand is gemaakt met een nieuwere versie van Sleutelapp. Werk de app bij; het bestand is niet aangeraakt.</translation>
    </message>
    <message>
        <source>There is no case file in {parent} yet. Create one with &apos;sleutelapp init&apos; or restore a backup.</source>
        <translation>Er is nog geen dossierbestand in {parent}. Maak er een met &apos;sleutelapp init&apos; of herstel een backup.</translation>
    </message>
    <message>
        <source>The case file {name} is empty (0 bytes). It was left untouched; restore a backup.</source>
        <translation>Het dossierbestand {name} is leeg (0 bytes). Het is niet aangeraakt; herstel een backup.</translation>
    </message>
    <message>
        <source>{name} is a plain (unencrypted) SQLite database, not a Sleutelapp case file. It was left untouched; restore a backup.</source>
        <translation>{name} is een onversleutelde SQLite-database, geen Sleutelapp-dossier. Het is niet aangeraakt; herstel een backup.</translation>
    </message>
    <message>
        <source>{name} is not a Sleutelapp case file but another kind of file{kind}. It was left untouched; restore a backup.</source>
        <translation>{name} is geen Sleutelapp-dossier maar een ander soort bestand{kind}. Het is niet aangeraakt; herstel een backup.</translation>
    </message>
    <message>
        <source>The case file {name} is damaged{extra}. It was left untouched; restore a backup.</source>
        <translation>Het dossierbestand {name} is beschadigd{extra}. Het is niet aangeraakt; herstel een backup.</translation>
    </message>
    <message>
        <source>The key file case.key does not belong to {name}: it opens another case file. Put the right case.key back or restore a backup; nothing was touched.</source>
        <translation>Het sleutelbestand case.key hoort niet bij {name}: het opent een ander dossier. Zet de juiste case.key terug of herstel een backup; er is niets aangeraakt.</translation>
    </message>
    <message>
        <source>The disk is full: Sleutelapp cannot open the case file for writing now. The case file is not damaged. Free some space (delete or move files) and try again.</source>
        <translation>De schijf is vol: Sleutelapp kan het dossier nu niet openen om te schrijven. Het dossierbestand is niet beschadigd. Maak ruimte vrij (verwijder of verplaats bestanden) en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>Could not write to the disk (full?): nothing was saved. Free some space and try again.</source>
        <translation>Er kon niet naar de schijf worden geschreven (vol?): er is niets opgeslagen. Maak ruimte vrij en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>Invalid consent: {exc}</source>
        <translation>Toestemming ongeldig: {exc}</translation>
    </message>
    <message>
        <source>Invalid consent: that consent sheet was not made for this newcomer.</source>
        <translation>Toestemming ongeldig: dat toestemmingsformulier is niet voor deze nieuwkomer gemaakt.</translation>
    </message>
    <message>
        <source>Consent not found.</source>
        <translation>Toestemming niet gevonden.</translation>
    </message>
    <message>
        <source>Invalid entry: {problem}</source>
        <translation>Regel ongeldig: {problem}</translation>
    </message>
    <message>
        <source>This entry was changed after you opened it (in another window). Nothing was saved. Close this window and open the entry again to see the latest version.</source>
        <translation>Deze regel is gewijzigd nadat u hem opende (in een ander venster). Er is niets opgeslagen. Sluit dit venster en open de regel opnieuw om de nieuwste versie te zien.</translation>
    </message>
    <message>
        <source>This entry does not exist (any more).</source>
        <translation>Deze regel bestaat niet (meer).</translation>
    </message>
    <message>
        <source>that is the name of a case file</source>
        <translation>dat is de naam van een dossierbestand</translation>
    </message>
    <message>
        <source>that is a backup file</source>
        <translation>dat is een backupbestand</translation>
    </message>
    <message>
        <source>a case file or a backup is there</source>
        <translation>daar staat een dossier of een backup</translation>
    </message>
    <message>
        <source>that is the folder of the case file (or a folder inside it)</source>
        <translation>dat is de map van het dossier (of een map daarin)</translation>
    </message>
    <message>
        <source>Not written to {target}: {why}. An export may never touch the case file or its backups; choose another folder (for example Documents or a USB stick).</source>
        <translation>Niet geschreven naar {target}: {why}. Een export mag het dossier en zijn backups nooit raken; kies een andere map (bijvoorbeeld Documenten of een USB-stick).</translation>
    </message>
    <message>
        <source>Invalid extension request: {exc}</source>
        <translation>Verlengingsaanvraag ongeldig: {exc}</translation>
    </message>
    <message>
        <source>Extension request not found.</source>
        <translation>Verlengingsaanvraag niet gevonden.</translation>
    </message>
    <message>
        <source>Nothing was changed: an extension request in the file already exists in this case file, or belongs to an unknown newcomer.</source>
        <translation>Er is niets veranderd: een verlengingsaanvraag in het bestand staat al in dit dossier, of hoort bij een onbekende nieuwkomer.</translation>
    </message>
    <message>
        <source>Handover refused, nothing was changed: these ids already exist in your case file: {shown}.</source>
        <translation>Overdracht geweigerd, er is niets veranderd: deze id&apos;s staan al in uw dossier: {shown}.</translation>
    </message>
    <message>
        <source>This handover was already received on {when}. Nothing was changed.</source>
        <translation>Deze overdracht is al ontvangen op {when}. Er is niets veranderd.</translation>
    </message>
    <message>
        <source>Handover refused, nothing was changed: {names} is already in your case file. Erase that newcomer first, or ask your colleague for a handover without them.</source>
        <translation>Overdracht geweigerd, er is niets veranderd: {names} staat al in uw dossier. Wis die nieuwkomer eerst, of vraag uw collega om een overdracht zonder hem/haar.</translation>
    </message>
    <message>
        <source>Handover refused, nothing was changed: a disclosure in the file belongs to another newcomer in your case file.</source>
        <translation>Overdracht geweigerd, er is niets veranderd: iets wat volgens het bestand is gedeeld, hoort in uw dossier bij een andere nieuwkomer.</translation>
    </message>
    <message>
        <source>The passphrase holds characters that are not valid text (not UTF-8). Type it again; nothing was changed.</source>
        <translation>De wachtzin bevat tekens die geen geldige tekst zijn (geen UTF-8). Typ hem opnieuw; er is niets veranderd.</translation>
    </message>
    <message>
        <source>Wrong passphrase. Nothing was changed; try again.</source>
        <translation>Verkeerde wachtzin. Er is niets veranderd; probeer het opnieuw.</translation>
    </message>
    <message>
        <source>This recovery key does not fit this case file. Check the characters.</source>
        <translation>Deze herstelsleutel past niet bij dit dossierbestand. Controleer de tekens.</translation>
    </message>
    <message>
        <source>The key file (case.key) was written by a newer Sleutelapp. Update the app.</source>
        <translation>Het sleutelbestand (case.key) komt uit een nieuwere versie van Sleutelapp. Werk de app bij.</translation>
    </message>
    <message>
        <source>The key file case.key is missing next to the case file. Put it back or restore a backup.</source>
        <translation>Het sleutelbestand case.key ontbreekt naast het dossierbestand. Zet het terug of herstel een backup.</translation>
    </message>
    <message>
        <source>The key file case.key is damaged ({detail}). Restore a backup or use a copy.</source>
        <translation>Het sleutelbestand case.key is beschadigd ({detail}). Herstel een backup of gebruik een kopie.</translation>
    </message>
    <message>
        <source>Invalid newcomer: {problem}</source>
        <translation>Nieuwkomer ongeldig: {problem}</translation>
    </message>
    <message>
        <source>No newcomer found for &apos;{ref}&apos;. Use &apos;sleutelapp newcomers&apos; to see the list.</source>
        <translation>Geen nieuwkomer gevonden voor &apos;{ref}&apos;. Gebruik &apos;sleutelapp newcomers&apos; voor de lijst.</translation>
    </message>
    <message>
        <source>&apos;{ref}&apos; matches {count} newcomers. Use the id (see &apos;sleutelapp newcomers&apos;).</source>
        <translation>&apos;{ref}&apos; past bij {count} nieuwkomers. Gebruik het id (zie &apos;sleutelapp newcomers&apos;).</translation>
    </message>
    <message>
        <source>Unknown report schedule {schedule!r}: choose &apos;month&apos; or &apos;quarter&apos;.</source>
        <translation>Onbekend rapportschema {schedule!r}: kies &apos;month&apos; of &apos;quarter&apos;.</translation>
    </message>
    <message>
        <source>the database or the key file is missing</source>
        <translation>de database of het sleutelbestand ontbreekt</translation>
    </message>
    <message>
        <source>the key file inside is damaged</source>
        <translation>het sleutelbestand erin is beschadigd</translation>
    </message>
    <message>
        <source>There is not enough space in {data} to unpack the backup. Nothing was changed; free some space and try again.</source>
        <translation>Er is niet genoeg ruimte in {data} om de backup uit te pakken. Er is niets veranderd; maak ruimte vrij en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>This recovery key does not open this backup. Nothing was changed.</source>
        <translation>Deze herstelsleutel opent deze backup niet. Er is niets veranderd.</translation>
    </message>
    <message>
        <source>This passphrase does not open this backup. It may have been made while you had another passphrase: try that one, or the recovery key. Nothing was changed.</source>
        <translation>Deze wachtzin opent deze backup niet. Misschien is de backup gemaakt toen u een andere wachtzin had: probeer die, of de herstelsleutel. Er is niets veranderd.</translation>
    </message>
    <message>
        <source>The unpacked backup disappeared (another Sleutelapp window?). Nothing was changed; try again.</source>
        <translation>De uitgepakte backup is verdwenen (een ander Sleutelapp-venster?). Er is niets veranderd; probeer het opnieuw.</translation>
    </message>
    <message>
        <source>The disk of the case file is full. An export must be recorded in the disclosure register and there is no room for that: nothing was exported. Free some space and try again; &apos;check&apos;, &apos;newcomers&apos; and &apos;backup -o&apos; still work.</source>
        <translation>De schijf met het dossier is vol. Een export moet in het uitgifteregister worden vastgelegd en daar is geen ruimte voor: er is niets geëxporteerd. Maak ruimte vrij en probeer het opnieuw; &apos;check&apos;, &apos;newcomers&apos; en &apos;backup -o&apos; werken wel.</translation>
    </message>
</context>
<context>
    <name>ChoosableNewcomers</name>
    <message>
        <source>{0} (closed)</source>
        <translation>{0} (afgesloten)</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Interrupted.</source>
        <translation>Afgebroken.</translation>
    </message>
    <message>
        <source>{name}: holds characters that are not valid text (not UTF-8)</source>
        <translation>{name}: bevat tekens die geen geldige tekst zijn (geen UTF-8)</translation>
    </message>
    <message>
        <source>--days must be 0..3660</source>
        <translation>--days moet 0..3660 zijn</translation>
    </message>
    <message>
        <source>--ics and --week-pdf do not go together</source>
        <translation>--ics en --week-pdf gaan niet samen</translation>
    </message>
    <message>
        <source>{flag} goes with --ics FILE or --week-pdf FILE</source>
        <translation>{flag} hoort bij --ics FILE of --week-pdf FILE</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Taak</translation>
    </message>
    <message>
        <source>Nothing planned.</source>
        <translation>Niets gepland.</translation>
    </message>
    <message>
        <source>--json and {flag} do not go together</source>
        <translation>--json en {flag} gaan niet samen</translation>
    </message>
    <message>
        <source>the folder {folder} does not exist</source>
        <translation>de map {folder} bestaat niet</translation>
    </message>
    <message>
        <source>{path} is a folder, not a file</source>
        <translation>{path} is een map, geen bestand</translation>
    </message>
    <message>
        <source>Week written: {path} ({start} to {end}; recorded in the disclosure register).</source>
        <translation>Week geschreven: {path} ({start} t/m {end}; vastgelegd in het uitgifteregister).</translation>
    </message>
    <message numerus="yes">
        <source>Calendar written: {path} (%n item(s), {start} to {end}; recorded in the disclosure register).</source>
        <translation>
            <numerusform>Agenda geschreven: {path} (%n item, {start} t/m {end}; vastgelegd in het uitgifteregister).</numerusform>
            <numerusform>Agenda geschreven: {path} (%n items, {start} t/m {end}; vastgelegd in het uitgifteregister).</numerusform>
        </translation>
    </message>
    <message>
        <source>Backup written and verified: {path} ({newcomers}, {entries}, {size} MB).</source>
        <translation>Backup geschreven en gecontroleerd: {path} ({newcomers}, {entries}, {size} MB).</translation>
    </message>
    <message numerus="yes">
        <source>the case file has %n problem(s); make no changes and restore a backup.</source>
        <translation>
            <numerusform>het dossierbestand heeft %n probleem; maak geen wijzigingen en zet een backup terug.</numerusform>
            <numerusform>het dossierbestand heeft %n problemen; maak geen wijzigingen en zet een backup terug.</numerusform>
        </translation>
    </message>
    <message>
        <source>The figures the case file keeps (for summaries and reports due) did not match its data; they have been counted again.</source>
        <translation>De cijfers die het dossierbestand bijhoudt (voor overzichten en rapporten die klaarstaan) klopten niet met de gegevens; ze zijn opnieuw geteld.</translation>
    </message>
    <message numerus="yes">
        <source>All is well: the case file is intact and encrypted (%n newcomer(s)).</source>
        <translation>
            <numerusform>Alles in orde: het dossierbestand is heel en versleuteld (%n nieuwkomer).</numerusform>
            <numerusform>Alles in orde: het dossierbestand is heel en versleuteld (%n nieuwkomers).</numerusform>
        </translation>
    </message>
    <message>
        <source>y</source>
        <comment>the answer yes to a [y/N] question</comment>
        <translation>j</translation>
    </message>
    <message>
        <source>yes</source>
        <comment>the answer yes to a [y/N] question</comment>
        <translation>ja</translation>
    </message>
    <message>
        <source>{env} is not valid UTF-8 text; set the passphrase again</source>
        <translation>{env} is geen geldige UTF-8-tekst; zet de wachtzin opnieuw</translation>
    </message>
    <message>
        <source>no passphrase: set {env} or use a terminal</source>
        <translation>geen wachtzin: zet {env} of gebruik een terminal</translation>
    </message>
    <message>
        <source>Passphrase: </source>
        <translation>Wachtzin: </translation>
    </message>
    <message>
        <source>Again: </source>
        <translation>Nog een keer: </translation>
    </message>
    <message>
        <source>the passphrases do not match</source>
        <translation>de wachtzinnen zijn niet gelijk</translation>
    </message>
    <message>
        <source>the disk is full; nothing was saved.</source>
        <translation>de schijf is vol; er is niets opgeslagen.</translation>
    </message>
    <message>
        <source>cannot use file: {file} ({reason})</source>
        <translation>bestand niet te gebruiken: {file} ({reason})</translation>
    </message>
    <message>
        <source>unexpected error ({error}); a report without personal data was written to {where}</source>
        <translation>onverwachte fout ({error}); een rapport zonder persoonsgegevens staat in {where}</translation>
    </message>
    <message>
        <source>--newcomers 0..100000 and --entries-per 0..10000</source>
        <translation>--newcomers 0..100000 en --entries-per 0..10000</translation>
    </message>
    <message>
        <source>Demo data added: {newcomers}, {entries}.</source>
        <translation>Demodata toegevoegd: {newcomers}, {entries}.</translation>
    </message>
    <message>
        <source>(no person)</source>
        <translation>(geen persoon)</translation>
    </message>
    <message>
        <source>erasing asks for confirmation: use a terminal or --yes. Nothing was erased.</source>
        <translation>wissen vraagt om bevestiging: gebruik een terminal of --yes. Er is niets gewist.</translation>
    </message>
    <message>
        <source>Erase {who} and all their data for good? [y/N] </source>
        <translation>{who} en alle gegevens voorgoed wissen? [j/N] </translation>
    </message>
    <message numerus="yes">
        <source>To erase: {who} (%n entry(s)).</source>
        <translation>
            <numerusform>Te wissen: {who} (%n onderdeel).</numerusform>
            <numerusform>Te wissen: {who} (%n onderdelen).</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was erased.</source>
        <translation>Niets gewist.</translation>
    </message>
    <message>
        <source>Erased: {id} (all data, the search index included).</source>
        <translation>Gewist: {id} (alle gegevens, ook de zoekindex).</translation>
    </message>
    <message>
        <source>Shared before with (tell them the data was erased):</source>
        <translation>Eerder gedeeld met (laat hen weten dat de gegevens gewist zijn):</translation>
    </message>
    <message numerus="yes">
        <source>%n newcomer(s) written to {path} (not encrypted: keep the file safe; recorded in the disclosure register).</source>
        <translation>
            <numerusform>%n nieuwkomer geschreven naar {path} (onversleuteld: bewaar het bestand veilig; vastgelegd in het uitgifteregister).</numerusform>
            <numerusform>%n nieuwkomers geschreven naar {path} (onversleuteld: bewaar het bestand veilig; vastgelegd in het uitgifteregister).</numerusform>
        </translation>
    </message>
    <message>
        <source>no screen found (no DISPLAY or WAYLAND_DISPLAY); use the command line: {program} --help</source>
        <translation>geen scherm gevonden (geen DISPLAY of WAYLAND_DISPLAY); gebruik de opdrachtregel: {program} --help</translation>
    </message>
    <message>
        <source>the code file must not be the handover file</source>
        <translation>het codebestand mag niet het overdrachtsbestand zijn</translation>
    </message>
    <message numerus="yes">
        <source>Handover written: {path} (%n newcomer(s)).</source>
        <translation>
            <numerusform>Overdracht geschreven: {path} (%n nieuwkomer).</numerusform>
            <numerusform>Overdracht geschreven: {path} (%n nieuwkomers).</numerusform>
        </translation>
    </message>
    <message>
        <source>The transfer code is in {file}. Pass it on another way than the file, then delete the code file.</source>
        <translation>De overdrachtscode staat in {file}. Geef hem op een andere manier door dan het bestand, en wis het codebestand daarna.</translation>
    </message>
    <message>
        <source>Transfer code (shown only once; pass it on another way than the file, for example by phone):</source>
        <translation>Overdrachtscode (wordt maar één keer getoond; geef hem op een andere manier door dan het bestand, bijvoorbeeld telefonisch):</translation>
    </message>
    <message>
        <source>Done with these newcomers? Close them in the app, or erase them with:</source>
        <translation>Klaar met deze nieuwkomers? Sluit ze af in de app, of wis ze met:</translation>
    </message>
    <message>
        <source>Imported: {newcomers}, {entries}.</source>
        <translation>Geïmporteerd: {newcomers}, {entries}.</translation>
    </message>
    <message>
        <source>New passphrase: </source>
        <translation>Nieuwe wachtzin: </translation>
    </message>
    <message>
        <source>Case file created: {path}</source>
        <translation>Dossierbestand gemaakt: {path}</translation>
    </message>
    <message>
        <source>Key file: {path}</source>
        <translation>Sleutelbestand: {path}</translation>
    </message>
    <message>
        <source>Recovery key (write it down and keep it safe; it is shown only once):</source>
        <translation>Herstelsleutel (schrijf hem op en bewaar hem veilig; hij wordt maar één keer getoond):</translation>
    </message>
    <message numerus="yes">
        <source>Inzage written: {path} (%n entry(s)), recorded as given to the newcomer.</source>
        <translation>
            <numerusform>Inzage geschreven: {path} (%n onderdeel), vastgelegd als gegeven aan de nieuwkomer.</numerusform>
            <numerusform>Inzage geschreven: {path} (%n onderdelen), vastgelegd als gegeven aan de nieuwkomer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing written: {refused} of %n file(s) refused.</source>
        <translation>
            <numerusform>Niets geschreven: {refused} van %n bestand geweigerd.</numerusform>
            <numerusform>Niets geschreven: {refused} van %n bestanden geweigerd.</numerusform>
        </translation>
    </message>
    <message>
        <source>{first} and {second}</source>
        <translation>{first} en {second}</translation>
    </message>
    <message numerus="yes">
        <source>%n summary(s) of {period} merged into {files}.</source>
        <translation>
            <numerusform>%n samenvatting van {period} samengevoegd in {files}.</numerusform>
            <numerusform>%n samenvattingen van {period} samengevoegd in {files}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Passphrase changed. The recovery key stays valid.</source>
        <translation>Wachtzin gewijzigd. De herstelsleutel blijft geldig.</translation>
    </message>
    <message numerus="yes">
        <source>%n newcomer(s) closed longer than {months} months; nothing was erased.</source>
        <translation>
            <numerusform>%n nieuwkomer langer dan {months} maanden afgesloten; er is niets gewist.</numerusform>
            <numerusform>%n nieuwkomers langer dan {months} maanden afgesloten; er is niets gewist.</numerusform>
        </translation>
    </message>
    <message>
        <source>Erased: {id}</source>
        <translation>Gewist: {id}</translation>
    </message>
    <message>
        <source>shared before: {date} {kind} with {recipient} (tell them the data was erased)</source>
        <translation>eerder gedeeld: {date} {kind} met {recipient} (laat hen weten dat de gegevens gewist zijn)</translation>
    </message>
    <message numerus="yes">
        <source>%n newcomer(s) erased (retention {months} months).</source>
        <translation>
            <numerusform>%n nieuwkomer gewist (bewaartermijn {months} maanden).</numerusform>
            <numerusform>%n nieuwkomers gewist (bewaartermijn {months} maanden).</numerusform>
        </translation>
    </message>
    <message>
        <source>the code file {file} is empty</source>
        <translation>het codebestand {file} is leeg</translation>
    </message>
    <message>
        <source>no transfer code: use --code-file, set {env} or use a terminal</source>
        <translation>geen overdrachtscode: gebruik --code-file, zet {env} of gebruik een terminal</translation>
    </message>
    <message>
        <source>Transfer code: </source>
        <translation>Overdrachtscode: </translation>
    </message>
    <message>
        <source>file not found: {file}</source>
        <translation>bestand niet gevonden: {file}</translation>
    </message>
    <message>
        <source>Received: {newcomers}, {entries}, {consents}, {disclosures}.</source>
        <translation>Ontvangen: {newcomers}, {entries}, {consents}, {disclosures}.</translation>
    </message>
    <message>
        <source>not a valid date: {value} (use YYYY-MM-DD)</source>
        <translation>geen geldige datum: {value} (gebruik JJJJ-MM-DD)</translation>
    </message>
    <message>
        <source>the password file {file} is empty</source>
        <translation>het wachtwoordbestand {file} is leeg</translation>
    </message>
    <message>
        <source>--to is before --from</source>
        <translation>--to ligt voor --from</translation>
    </message>
    <message numerus="yes">
        <source>Report written: {path} (%n entry(s) included, period {start} to {end}, password-protected).</source>
        <translation>
            <numerusform>Rapport geschreven: {path} (%n onderdeel opgenomen, periode {start} t/m {end}, met wachtwoord).</numerusform>
            <numerusform>Rapport geschreven: {path} (%n onderdelen opgenomen, periode {start} t/m {end}, met wachtwoord).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Report written: {path} (%n entry(s) included, period {start} to {end}).</source>
        <translation>
            <numerusform>Rapport geschreven: {path} (%n onderdeel opgenomen, periode {start} t/m {end}).</numerusform>
            <numerusform>Rapport geschreven: {path} (%n onderdelen opgenomen, periode {start} t/m {end}).</numerusform>
        </translation>
    </message>
    <message>
        <source>say which reports: use --due (the reports that are due now)</source>
        <translation>zeg welke rapporten: gebruik --due (de rapporten die nu klaar moeten zijn)</translation>
    </message>
    <message>
        <source>--password-file and --recipient go with -o DIR (writing the reports)</source>
        <translation>--password-file en --recipient horen bij -o DIR (rapporten schrijven)</translation>
    </message>
    <message>
        <source>No reports are due; nothing was written.</source>
        <translation>Er zijn geen rapporten nodig; er is niets geschreven.</translation>
    </message>
    <message numerus="yes">
        <source>%n report(s) written and recorded in the disclosure register, password-protected.</source>
        <translation>
            <numerusform>%n rapport geschreven en vastgelegd als gedeeld, met wachtwoord.</numerusform>
            <numerusform>%n rapporten geschreven en vastgelegd als gedeeld, met wachtwoord.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n report(s) written and recorded in the disclosure register.</source>
        <translation>
            <numerusform>%n rapport geschreven en vastgelegd als gedeeld.</numerusform>
            <numerusform>%n rapporten geschreven en vastgelegd als gedeeld.</numerusform>
        </translation>
    </message>
    <message>
        <source>No reports are due.</source>
        <translation>Er zijn geen rapporten nodig.</translation>
    </message>
    <message>
        <source>An interrupted restore was completed first.</source>
        <translation>Een onderbroken herstel is eerst afgemaakt.</translation>
    </message>
    <message>
        <source>cannot read the recovery key: {reason}</source>
        <translation>herstelsleutel niet te lezen: {reason}</translation>
    </message>
    <message>
        <source>Passphrase of the backup: </source>
        <translation>Wachtzin van de backup: </translation>
    </message>
    <message>
        <source>Restore this backup? The current case file is kept as a backup first. [y/N] </source>
        <translation>Deze backup terugzetten? Het huidige dossier wordt eerst bewaard als backup. [j/N] </translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Niets veranderd.</translation>
    </message>
    <message>
        <source>The current case file could not be read: the period length and issued summaries of the backup now apply.</source>
        <translation>Het huidige dossier was niet te lezen: de periodelengte en de gemaakte samenvattingen van de backup gelden nu.</translation>
    </message>
    <message>
        <source>The previous case file was kept in {path}.</source>
        <translation>Het vorige dossier is bewaard in {path}.</translation>
    </message>
    <message>
        <source>Backup restored. Open the case with the backup&apos;s passphrase.</source>
        <translation>Backup teruggezet. Open het dossier met de wachtzin van de backup.</translation>
    </message>
    <message>
        <source>unknown period &apos;{period}&apos;: use a year (2026), quarter (2026-Q3) or month (2026-07)</source>
        <translation>periode &apos;{period}&apos; onbekend: gebruik een jaar (2026), kwartaal (2026-Q3) of maand (2026-07)</translation>
    </message>
    <message>
        <source>note: this period was issued before; its label of then is kept.</source>
        <translation>let op: deze periode is al eerder verstrekt; het label van toen blijft.</translation>
    </message>
    <message numerus="yes">
        <source>Anonymised summary {period} saved to {files}: {counted} newcomers counted, {left_out} not counted (no consent), %n number(s) hidden (a number about fewer than {k} newcomers is not shown).</source>
        <translation>
            <numerusform>Anonieme samenvatting {period} opgeslagen in {files}: {counted} nieuwkomers geteld, {left_out} niet geteld (geen toestemming), %n getal verborgen (een getal over minder dan {k} nieuwkomers wordt niet getoond).</numerusform>
            <numerusform>Anonieme samenvatting {period} opgeslagen in {files}: {counted} nieuwkomers geteld, {left_out} niet geteld (geen toestemming), %n getallen verborgen (een getal over minder dan {k} nieuwkomers wordt niet getoond).</numerusform>
        </translation>
    </message>
    <message>
        <source>This case file now makes summaries per {kind}; that is fixed, so summaries cannot be subtracted from each other.</source>
        <translation>Dit dossier maakt vanaf nu samenvattingen per {kind}; dat ligt vast, zodat samenvattingen niet van elkaar af te trekken zijn.</translation>
    </message>
    <message>
        <source>This period was issued on {date}: these are the same figures as then (the data changed since; those changes are not counted).</source>
        <translation>Deze periode is op {date} al verstrekt: dit zijn dezelfde cijfers als toen (de gegevens zijn sindsdien gewijzigd; die wijzigingen tellen niet mee).</translation>
    </message>
    <message>
        <source>This period was issued on {date}: these are the same figures as then.</source>
        <translation>Deze periode is op {date} al verstrekt: dit zijn dezelfde cijfers als toen.</translation>
    </message>
    <message numerus="yes">
        <source>Appointments written: {0} (%n appointment(s)), recorded as given to the newcomer.</source>
        <translation>
            <numerusform>Afspraken geschreven: {0} (%n afspraak), vastgelegd als gegeven aan de nieuwkomer.</numerusform>
            <numerusform>Afspraken geschreven: {0} (%n afspraken), vastgelegd als gegeven aan de nieuwkomer.</numerusform>
        </translation>
    </message>
    <message>
        <source>--weeks must be 1..{max}</source>
        <translation>--weeks moet 1..{max} zijn</translation>
    </message>
    <message>
        <source>--language: unknown language {0!r}; choose one of {1}</source>
        <translation>--language: onbekende taal {0!r}; kies een van {1}</translation>
    </message>
    <message>
        <source>Consent sheet {0} written: {1}, recorded as given to the newcomer.</source>
        <translation>Toestemmingsformulier {0} geschreven: {1}, vastgelegd als gegeven aan de nieuwkomer.</translation>
    </message>
</context>
<context>
    <name>CliHelp</name>
    <message>
        <source>usage: </source>
        <translation>gebruik: </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>argumenten</translation>
    </message>
    <message>
        <source>options</source>
        <translation>opties</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>toon deze hulp en stop</translation>
    </message>
    <message>
        <source>show the version and exit</source>
        <translation>toon de versie en stop</translation>
    </message>
    <message>
        <source>Sleutelapp: the case file of a key person (offline, encrypted).</source>
        <translation>Sleutelapp: het dossier van een sleutelpersoon (offline, versleuteld).</translation>
    </message>
    <message>
        <source>folder of the case file (default: SLEUTELAPP_HOME or the user data folder)</source>
        <translation>map van het dossierbestand (standaard: SLEUTELAPP_HOME of de map voor gegevens van de gebruiker)</translation>
    </message>
    <message>
        <source>what is coming up: planned appointments and open tasks (--ics: as a calendar file)</source>
        <translation>wat eraan komt: geplande afspraken en open taken (--ics: als agendabestand)</translation>
    </message>
    <message>
        <source>write an iCalendar file (private by default: initials, no place, health appointments without their type; recorded in the disclosure register)</source>
        <translation>schrijf een iCalendar-bestand (standaard privé: initialen, geen plaats, zorgafspraken zonder soort; vastgelegd in het uitgifteregister)</translation>
    </message>
    <message>
        <source>write this week as a PDF to print (private by default, like --ics; recorded in the disclosure register)</source>
        <translation>schrijf deze week als PDF om te printen (standaard privé, net als --ics; vastgelegd in het uitgifteregister)</translation>
    </message>
    <message>
        <source>how names appear in the calendar file (default: initials)</source>
        <translation>hoe namen in het agendabestand staan (standaard: initialen)</translation>
    </message>
    <message>
        <source>put the place of appointments in the calendar file</source>
        <translation>zet de plaats van afspraken in het agendabestand</translation>
    </message>
    <message>
        <source>name the type of health appointments (GP, hospital, ...) in the calendar file</source>
        <translation>noem de soort zorgafspraak (huisarts, ziekenhuis, ...) in het agendabestand</translation>
    </message>
    <message>
        <source>where the calendar file goes, for the disclosure register</source>
        <translation>waar het agendabestand heen gaat, voor het uitgifteregister</translation>
    </message>
    <message>
        <source>write a verified backup file (default: into the backup folder)</source>
        <translation>schrijf een gecontroleerde backup (standaard: in de backupmap)</translation>
    </message>
    <message>
        <source>where to write the backup, e.g. on a USB stick</source>
        <translation>waar de backup komt, bijvoorbeeld op een USB-stick</translation>
    </message>
    <message>
        <source>check the case file (integrity and encryption) and say whether all is well</source>
        <translation>controleer het dossierbestand (heel en versleuteld) en zeg of alles in orde is</translation>
    </message>
    <message>
        <source>add fictional demo data (deterministic per --seed)</source>
        <translation>voeg verzonnen demodata toe (steeds dezelfde per --seed)</translation>
    </message>
    <message>
        <source>list the disclosure register (every export that left the device)</source>
        <translation>toon het uitgifteregister (alles wat dit apparaat verliet)</translation>
    </message>
    <message>
        <source>machine-readable output</source>
        <translation>uitvoer voor programma&apos;s (JSON)</translation>
    </message>
    <message>
        <source>only exports about this newcomer (id or unambiguous name)</source>
        <translation>alleen wat over deze nieuwkomer gedeeld is (id of een naam die maar bij één persoon past)</translation>
    </message>
    <message>
        <source>erase one newcomer for good (id or unambiguous name; asks first, --yes to skip)</source>
        <translation>wis één nieuwkomer voorgoed (id of een naam die maar bij één persoon past; vraagt eerst, --yes om niet te vragen)</translation>
    </message>
    <message>
        <source>write the newcomer&apos;s coming appointments on paper for them, in their language (PDF)</source>
        <translation>schrijf de komende afspraken van de nieuwkomer op papier voor hen, in hun taal (PDF)</translation>
    </message>
    <message>
        <source>id or unambiguous name</source>
        <translation>id of een naam die maar bij één persoon past</translation>
    </message>
    <message>
        <source>weeks ahead (default 4)</source>
        <translation>aantal weken vooruit (standaard 4)</translation>
    </message>
    <message>
        <source>language code (default: the newcomer&apos;s language)</source>
        <translation>taalcode (standaard: de taal van de nieuwkomer)</translation>
    </message>
    <message>
        <source>erase without asking (automation)</source>
        <translation>wis zonder te vragen (voor scripts)</translation>
    </message>
    <message>
        <source>export portable data JSON (everything, in plain text: keep the file safe)</source>
        <translation>exporteer alle gegevens als JSON (alles, onversleuteld: bewaar het bestand veilig)</translation>
    </message>
    <message>
        <source>only this newcomer (id or name)</source>
        <translation>alleen deze nieuwkomer (id of naam)</translation>
    </message>
    <message>
        <source>who receives the file (kept in the disclosure register)</source>
        <translation>wie het bestand krijgt (komt in het uitgifteregister)</translation>
    </message>
    <message>
        <source>start the app (--smoke: show the unlock page, or unlock and show the data, quit)</source>
        <translation>start de app (--smoke: toon het ontgrendelscherm, of ontgrendel en toon de gegevens, en stop)</translation>
    </message>
    <message>
        <source>show the unlock page, or with SLEUTELAPP_PASSPHRASE unlock and show the main window with its data; process events and exit 0 (tests, packaging)</source>
        <translation>toon het ontgrendelscherm, of ontgrendel met SLEUTELAPP_PASSPHRASE en toon het hoofdvenster met de gegevens; verwerk de gebeurtenissen en stop met 0 (tests, pakketten)</translation>
    </message>
    <message>
        <source>hand newcomers over to a colleague in an encrypted file (prints a one-time code)</source>
        <translation>draag nieuwkomers over aan een collega in een versleuteld bestand (toont een code voor één keer)</translation>
    </message>
    <message>
        <source>name of the colleague</source>
        <translation>naam van de collega</translation>
    </message>
    <message>
        <source>write the transfer code to F instead of printing it</source>
        <translation>schrijf de overdrachtscode in F in plaats van hem te tonen</translation>
    </message>
    <message>
        <source>import portable data JSON (format sleutelapp-data v1), all or nothing</source>
        <translation>importeer gegevens uit JSON (formaat sleutelapp-data v1), alles of niets</translation>
    </message>
    <message>
        <source>create a new encrypted case file (refuses when one exists)</source>
        <translation>maak een nieuw versleuteld dossierbestand (weigert als er al een is)</translation>
    </message>
    <message>
        <source>also write the recovery key to FILE (print it and keep it safe)</source>
        <translation>schrijf de herstelsleutel ook in FILE (print hem en bewaar hem veilig)</translation>
    </message>
    <message>
        <source>write everything the case file holds about one newcomer, for them (PDF)</source>
        <translation>schrijf alles wat het dossier over één nieuwkomer bevat, voor die persoon (PDF)</translation>
    </message>
    <message>
        <source>the newcomer&apos;s language, with the Dutch beside it (default: the language in their profile, else Dutch alone)</source>
        <translation>de taal van de nieuwkomer, met het Nederlands ernaast (standaard: de taal in het profiel, anders alleen Nederlands)</translation>
    </message>
    <message>
        <source>merge anonymised summaries of one period (no case file needed)</source>
        <translation>voeg anonieme samenvattingen van één periode samen (geen dossierbestand nodig)</translation>
    </message>
    <message>
        <source>also write an overview PDF</source>
        <translation>schrijf ook een overzicht als PDF</translation>
    </message>
    <message>
        <source>list newcomers</source>
        <translation>toon de nieuwkomers</translation>
    </message>
    <message>
        <source>only newcomers whose name or entries match TEXT</source>
        <translation>alleen nieuwkomers van wie de naam of de onderdelen bij TEXT passen</translation>
    </message>
    <message>
        <source>change the passphrase (new one from SLEUTELAPP_NEW_PASSPHRASE or a prompt)</source>
        <translation>wijzig de wachtzin (de nieuwe uit SLEUTELAPP_NEW_PASSPHRASE of gevraagd)</translation>
    </message>
    <message>
        <source>erase every closed newcomer past the retention period (--dry-run: only list them)</source>
        <translation>wis elke afgesloten nieuwkomer van wie de bewaartermijn voorbij is (--dry-run: alleen tonen)</translation>
    </message>
    <message>
        <source>list who is due; erase nothing</source>
        <translation>toon wie aan de beurt is; wis niets</translation>
    </message>
    <message>
        <source>receive a colleague&apos;s handover file (code from SLEUTELAPP_TRANSFER_CODE, a file or a prompt)</source>
        <translation>ontvang het overdrachtsbestand van een collega (code uit SLEUTELAPP_TRANSFER_CODE, een bestand of gevraagd)</translation>
    </message>
    <message>
        <source>read the transfer code from the first line of F</source>
        <translation>lees de overdrachtscode uit de eerste regel van F</translation>
    </message>
    <message>
        <source>write the PDF report for the inburgeringsregisseur (needs the newcomer&apos;s consent)</source>
        <translation>schrijf het Rapport voor de regisseur als PDF (alleen met toestemming van de nieuwkomer)</translation>
    </message>
    <message>
        <source>first day of the period, YYYY-MM-DD (default: start of last calendar month)</source>
        <translation>eerste dag van de periode, JJJJ-MM-DD (standaard: begin van de vorige kalendermaand)</translation>
    </message>
    <message>
        <source>last day of the period, YYYY-MM-DD (default: end of last calendar month, or today when --from is given)</source>
        <translation>laatste dag van de periode, JJJJ-MM-DD (standaard: einde van de vorige kalendermaand, of vandaag als --from is gegeven)</translation>
    </message>
    <message>
        <source>name of the regisseur who receives the report</source>
        <translation>naam van de regisseur die het rapport krijgt</translation>
    </message>
    <message>
        <source>protect the PDF with the password in the first line of F (AES-256)</source>
        <translation>beveilig de PDF met het wachtwoord uit de eerste regel van F (AES-256)</translation>
    </message>
    <message>
        <source>list the regisseur reports that are due, or write them all into a folder (-o DIR)</source>
        <translation>toon de rapporten voor de regisseur die nu klaar moeten zijn, of schrijf ze allemaal in een map (-o DIR)</translation>
    </message>
    <message>
        <source>the reports due for the last complete month or quarter (the schedule)</source>
        <translation>de rapporten voor de laatste hele maand of het laatste hele kwartaal (het schema)</translation>
    </message>
    <message>
        <source>print JSON instead of text</source>
        <translation>toon JSON in plaats van tekst</translation>
    </message>
    <message>
        <source>write one PDF per due newcomer into this existing folder and register each</source>
        <translation>schrijf één PDF per nieuwkomer in deze bestaande map en leg elk rapport vast</translation>
    </message>
    <message>
        <source>protect every PDF with the password in the first line of F (AES-256)</source>
        <translation>beveilig elke PDF met het wachtwoord uit de eerste regel van F (AES-256)</translation>
    </message>
    <message>
        <source>the regisseur who receives the reports (default: each newcomer&apos;s own regisseur)</source>
        <translation>de regisseur die de rapporten krijgt (standaard: de eigen regisseur van elke nieuwkomer)</translation>
    </message>
    <message>
        <source>restore a backup (checked first; the current case file is kept as a backup)</source>
        <translation>zet een backup terug (eerst gecontroleerd; het huidige dossier wordt bewaard als backup)</translation>
    </message>
    <message>
        <source>unlock the backup with the recovery key in FILE instead of the passphrase</source>
        <translation>open de backup met de herstelsleutel uit FILE in plaats van de wachtzin</translation>
    </message>
    <message>
        <source>do not ask for confirmation in a terminal</source>
        <translation>vraag in een terminal niet om bevestiging</translation>
    </message>
    <message>
        <source>anonymised summary of a period (YYYY, YYYY-Qn or YYYY-MM) as JSON, optionally PDF</source>
        <translation>anonieme samenvatting van een periode (JJJJ, JJJJ-Qn of JJJJ-MM) als JSON, en als u wilt als PDF</translation>
    </message>
    <message>
        <source>a calendar year (2026), quarter (2026-Q3) or month (2026-07)</source>
        <translation>een kalenderjaar (2026), kwartaal (2026-Q3) of maand (2026-07)</translation>
    </message>
    <message>
        <source>also write the summary as a PDF</source>
        <translation>schrijf de samenvatting ook als PDF</translation>
    </message>
    <message>
        <source>optional label for the coordinator, e.g. a neighbourhood (no names of people)</source>
        <translation>label voor de coördinator als u wilt, bijvoorbeeld een wijk (geen namen van mensen)</translation>
    </message>
    <message>
        <source>write the consent sheet for a newcomer to read and sign, in their language (PDF)</source>
        <translation>schrijf het toestemmingsformulier voor een nieuwkomer om te lezen en te tekenen, in hun taal (PDF)</translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <source>Consents of {0}</source>
        <translation>Toestemmingen van {0}</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>given on</source>
        <translation>gegeven op</translation>
    </message>
    <message>
        <source>withdrawn on</source>
        <translation>ingetrokken op</translation>
    </message>
    <message>
        <source>given</source>
        <translation>gegeven</translation>
    </message>
    <message>
        <source>how</source>
        <translation>hoe</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>ingetrokken</translation>
    </message>
    <message>
        <source>{0}: &apos;{1}&apos; is not a date; type it as day-month-year, e.g. 15-03-2024.</source>
        <translation>{0}: ‘{1}’ is geen datum. Typ dag-maand-jaar, bijvoorbeeld 15-03-2024.</translation>
    </message>
    <message>
        <source>You may send the report for the regisseur (PDF) about this newcomer to the inburgeringsregisseur.</source>
        <translation>U mag het rapport voor de regisseur (PDF) over deze nieuwkomer naar de inburgeringsregisseur sturen.</translation>
    </message>
    <message>
        <source>The number of care appointments (never what they were about) may appear in that report.</source>
        <translation>Het aantal zorgafspraken (nooit waar ze over gingen) mag in dat rapport staan.</translation>
    </message>
    <message>
        <source>This newcomer is counted in anonymised summaries.</source>
        <translation>Deze nieuwkomer telt mee in anonieme overzichten.</translation>
    </message>
    <message>
        <source>Given on {0} ({1}).</source>
        <translation>Gegeven op {0} ({1}).</translation>
    </message>
    <message>
        <source>Withdrawn on {0}.</source>
        <translation>Ingetrokken op {0}.</translation>
    </message>
    <message>
        <source>Not given.</source>
        <translation>Niet gegeven.</translation>
    </message>
    <message>
        <source>{0}: the day it was given is in the future.</source>
        <translation>{0}: de dag van de toestemming ligt in de toekomst.</translation>
    </message>
    <message>
        <source>{0}: the day it was withdrawn is in the future.</source>
        <translation>{0}: de dag van intrekken ligt in de toekomst.</translation>
    </message>
    <message>
        <source>{0}: it cannot be withdrawn before it was given ({1}).</source>
        <translation>{0}: u kunt een toestemming niet intrekken voor de dag dat die is gegeven ({1}).</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>Toestemmingen</translation>
    </message>
    <message>
        <source>Tick what the newcomer agreed to and on which day; tick &quot;withdrawn on&quot; when they take it back. Use Tab to go on and Space to tick.</source>
        <translation>Vink aan waar de nieuwkomer toestemming voor gaf en op welke dag. Neemt de nieuwkomer het terug, vink dan ‘ingetrokken op’ aan. Met Tab gaat u verder, met de spatiebalk vinkt u aan.</translation>
    </message>
    <message>
        <source>For what</source>
        <translation>Waarvoor</translation>
    </message>
    <message>
        <source>Given</source>
        <translation>Gegeven</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Hoe</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Ingetrokken</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Notitie</translation>
    </message>
    <message>
        <source>for example: signed form in the folder (optional)</source>
        <translation>bijvoorbeeld: getekend formulier in de map (niet verplicht)</translation>
    </message>
    <message>
        <source>Fill in a date, like 15-03-2024.</source>
        <translation>Vul een datum in, bijvoorbeeld 15-03-2024.</translation>
    </message>
    <message>
        <source>signed on sheet</source>
        <translation>getekend op formulier</translation>
    </message>
    <message>
        <source>no sheet</source>
        <translation>geen formulier</translation>
    </message>
    <message>
        <source>sheet {0} of {1}</source>
        <translation>formulier {0} van {1}</translation>
    </message>
    <message>
        <source>sheet {0}</source>
        <translation>formulier {0}</translation>
    </message>
</context>
<context>
    <name>ConsentsModel</name>
    <message>
        <source>Purpose</source>
        <translation>Doel</translation>
    </message>
    <message>
        <source>Given on</source>
        <translation>Gegeven op</translation>
    </message>
    <message>
        <source>Withdrawn on</source>
        <translation>Ingetrokken op</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Hoe</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Formulier</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
</context>
<context>
    <name>Count</name>
    <message numerus="yes">
        <source>%n newcomer(s)</source>
        <translation>
            <numerusform>%n nieuwkomer</numerusform>
            <numerusform>%n nieuwkomers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s)</source>
        <translation>
            <numerusform>%n onderdeel</numerusform>
            <numerusform>%n onderdelen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n probleem</numerusform>
            <numerusform>%n problemen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n summary(s)</source>
        <translation>
            <numerusform>%n samenvatting</numerusform>
            <numerusform>%n samenvattingen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n bestand</numerusform>
            <numerusform>%n bestanden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n dag</numerusform>
            <numerusform>%n dagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact moment(s)</source>
        <translation>
            <numerusform>%n contactmoment</numerusform>
            <numerusform>%n contactmomenten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n consent(s)</source>
        <translation>
            <numerusform>%n toestemming</numerusform>
            <numerusform>%n toestemmingen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n disclosure(s)</source>
        <translation>
            <numerusform>%n keer gedeeld</numerusform>
            <numerusform>%n keer gedeeld</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n number(s)</source>
        <translation>
            <numerusform>%n getal</numerusform>
            <numerusform>%n getallen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n report(s)</source>
        <translation>
            <numerusform>%n rapport</numerusform>
            <numerusform>%n rapporten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Something went wrong</source>
        <translation>Er ging iets mis</translation>
    </message>
    <message>
        <source>Sleutelapp ran into an unexpected problem. What you saved is safe; the window you were working in stays open. If this happens again, copy the report below and send it to whoever supports you. It contains no names and no text you typed.</source>
        <translation>Sleutelapp liep tegen een onverwacht probleem aan. Wat u hebt opgeslagen is veilig; het venster waarin u werkte blijft open. Gebeurt dit vaker, kopieer dan het rapport hieronder en stuur het naar wie u helpt. Er staan geen namen en geen getypte tekst in.</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Foutrapport</translation>
    </message>
    <message>
        <source>Copy report</source>
        <translation>Rapport kopiëren</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>dd-mm-yyyy</source>
        <translation>dd-mm-jjjj</translation>
    </message>
    <message>
        <source>Choose from a calendar (Alt+Down)</source>
        <translation>Kies in een kalender (Alt+Omlaag)</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <source>This date does not exist. Type it as dd-mm-yyyy.</source>
        <translation>Deze datum bestaat niet. Typ hem als dd-mm-jjjj.</translation>
    </message>
    <message>
        <source>This is not a date. Type it as dd-mm-yyyy, like 15-03-2024.</source>
        <translation>Dit is geen datum. Typ hem als dd-mm-jjjj, bijvoorbeeld 15-03-2024.</translation>
    </message>
    <message>
        <source>A termijn cannot start in the future. Check the date.</source>
        <translation>Een termijn kan niet in de toekomst beginnen. Kijk de datum na.</translation>
    </message>
    <message>
        <source>This date lies in the future. Check the date.</source>
        <translation>Deze datum ligt in de toekomst. Kijk de datum na.</translation>
    </message>
    <message>
        <source>A date before {0} is not possible here. Check the year.</source>
        <translation>Een datum vóór {0} kan hier niet. Kijk het jaar na.</translation>
    </message>
    <message>
        <source>A date after {0} is not possible here. Check the year.</source>
        <translation>Een datum na {0} kan hier niet. Kijk het jaar na.</translation>
    </message>
</context>
<context>
    <name>DecisionsModel</name>
    <message>
        <source>In</source>
        <translation>Mee</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>Niet mee</translation>
    </message>
    <message>
        <source>Uncheck to leave this out.</source>
        <translation>Vink uit om dit niet mee te sturen.</translation>
    </message>
    <message>
        <source>The privacy rules keep this out of the report.</source>
        <translation>De privacyregels houden dit buiten het rapport.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <source>In report</source>
        <translation>In rapport</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
</context>
<context>
    <name>DisclosuresModel</name>
    <message>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>To whom</source>
        <translation>Aan wie</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Onderdelen</translation>
    </message>
    <message>
        <source>Summary for the regisseur</source>
        <translation>Rapport voor de regisseur</translation>
    </message>
    <message>
        <source>Anonymised summary</source>
        <translation>Anonieme samenvatting</translation>
    </message>
    <message>
        <source>Data export</source>
        <translation>Gegevensexport</translation>
    </message>
    <message>
        <source>Handover to a colleague</source>
        <translation>Overdracht aan collega</translation>
    </message>
    <message>
        <source>Copy for the newcomer</source>
        <translation>Inzage voor nieuwkomer</translation>
    </message>
    <message>
        <source>Agenda for your calendar</source>
        <translation>Agendabestand (.ics)</translation>
    </message>
    <message>
        <source>Week of the agenda on paper</source>
        <translation>Week van de agenda op papier</translation>
    </message>
    <message>
        <source>Appointments on paper for the newcomer</source>
        <translation>Afspraken op papier voor de nieuwkomer</translation>
    </message>
    <message>
        <source>Consent sheet for the newcomer</source>
        <translation>Toestemmingsformulier voor de nieuwkomer</translation>
    </message>
</context>
<context>
    <name>DueReportsDialog</name>
    <message>
        <source>&amp;Make reports</source>
        <translation>Rapporten mak&amp;en</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>Preview of the report</source>
        <translation>Voorbeeld van het rapport</translation>
    </message>
    <message>
        <source>Reports to make</source>
        <translation>Rapporten om te maken</translation>
    </message>
    <message>
        <source>All reports are made: nothing is due.</source>
        <translation>Alle rapporten zijn gemaakt. Er hoeft nu niets.</translation>
    </message>
    <message numerus="yes">
        <source>%n of {0} report(s) ticked.</source>
        <translation>
            <numerusform>%n van {0} rapport aangevinkt.</numerusform>
            <numerusform>%n van {0} rapporten aangevinkt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Making the preview…</source>
        <translation>Voorbeeld maken…</translation>
    </message>
    <message>
        <source>Folder for the reports</source>
        <translation>Map voor de rapporten</translation>
    </message>
    <message>
        <source>Making the reports…</source>
        <translation>Rapporten maken…</translation>
    </message>
    <message>
        <source>Not all reports were made</source>
        <translation>Niet alle rapporten zijn gemaakt</translation>
    </message>
    <message>
        <source>Reports made</source>
        <translation>Rapporten gemaakt</translation>
    </message>
    <message numerus="yes">
        <source>%n report(s) saved in {0}. Each one is recorded on the Shared tab of its newcomer.</source>
        <translation>
            <numerusform>%n rapport opgeslagen in {0}. U ziet het op het tabblad Gedeeld van de nieuwkomer.</numerusform>
            <numerusform>%n rapporten opgeslagen in {0}. U ziet elk rapport op het tabblad Gedeeld van de nieuwkomer.</numerusform>
        </translation>
    </message>
    <message>
        <source>All files have the password you typed.</source>
        <translation>Alle bestanden hebben het wachtwoord dat u hebt getypt.</translation>
    </message>
    <message>
        <source>Reports due for the regisseur</source>
        <translation>Openstaande rapporten voor de regisseur</translation>
    </message>
    <message>
        <source>These reports for the last complete month or quarter have not been made yet. Each one goes into its own file and is recorded in the register of what was shared.</source>
        <translation>Deze rapporten over de vorige maand of het vorige kwartaal zijn nog niet gemaakt. Elk rapport komt in een eigen bestand. Op het tabblad Gedeeld ziet u later dat het is gedeeld.</translation>
    </message>
    <message>
        <source>&amp;Reports to make (Space ticks or unticks one):</source>
        <translation>&amp;Rapporten om te maken (met de spatiebalk zet u een vinkje aan of uit):</translation>
    </message>
    <message>
        <source>&amp;Folder</source>
        <translation>&amp;Map</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Kiezen…</translation>
    </message>
    <message>
        <source>R&amp;ecipient</source>
        <translation>&amp;Ontvanger</translation>
    </message>
    <message>
        <source>empty = the regisseur in each newcomer&apos;s profile</source>
        <translation>leeg = de regisseur uit het profiel van elke nieuwkomer</translation>
    </message>
    <message>
        <source>&amp;Password (optional)</source>
        <translation>&amp;Wachtwoord (niet verplicht)</translation>
    </message>
    <message>
        <source>for all files; empty = none</source>
        <translation>voor alle bestanden; leeg = geen</translation>
    </message>
    <message>
        <source>Sho&amp;w</source>
        <translation>&amp;Tonen</translation>
    </message>
    <message>
        <source>Preview of the chosen report, as it will be saved (the password is added when saving).</source>
        <translation>Voorbeeld van het gekozen rapport, zoals het wordt opgeslagen (het wachtwoord komt erbij bij het opslaan).</translation>
    </message>
</context>
<context>
    <name>DueReportsModel</name>
    <message>
        <source>Newcomer</source>
        <translation>Nieuwkomer</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Bestandsnaam</translation>
    </message>
</context>
<context>
    <name>EntryDialog</name>
    <message>
        <source>{0} for {1}</source>
        <translation>{0} voor {1}</translation>
    </message>
    <message>
        <source>&amp;Channel</source>
        <translation>&amp;Kanaal</translation>
    </message>
    <message>
        <source>&amp;Type</source>
        <translation>S&amp;oort</translation>
    </message>
    <message>
        <source>&amp;Activity</source>
        <translation>&amp;Activiteit</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Thema</translation>
    </message>
    <message>
        <source>&amp;What about</source>
        <translation>&amp;Waarover</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Notitie</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Beschrijving</translation>
    </message>
    <message>
        <source>&amp;What to do</source>
        <translation>&amp;Wat te doen</translation>
    </message>
    <message>
        <source>&amp;Remark</source>
        <translation>Op&amp;merking</translation>
    </message>
    <message>
        <source>&amp;Due date</source>
        <translation>&amp;Vervaldatum</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>&lt;b&gt;Careful:&lt;/b&gt; the text seems to contain {0}. Such identifiers do not belong in notes. Remove it, or press Enter again to save anyway.</source>
        <translation>&lt;b&gt;Let op:&lt;/b&gt; de tekst lijkt {0} te bevatten. Zulke gegevens horen niet in aantekeningen. Haal het weg, of druk nog een keer op Enter om toch op te slaan.</translation>
    </message>
    <message>
        <source>Save anyway</source>
        <translation>Toch opslaan</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Datum</translation>
    </message>
    <message>
        <source>T&amp;ime</source>
        <translation>T&amp;ijd</translation>
    </message>
    <message>
        <source>hh:mm</source>
        <translation>uu:mm</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <source>D&amp;uration (minutes)</source>
        <translation>Duu&amp;r (minuten)</translation>
    </message>
    <message>
        <source>&amp;Hours</source>
        <translation>&amp;Uren</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Onderwerpen</translation>
    </message>
    <message>
        <source>&amp;Location</source>
        <translation>&amp;Plaats</translation>
    </message>
    <message>
        <source>I go along (&amp;accompanied)</source>
        <translation>Ik &amp;ga mee (begeleid)</translation>
    </message>
    <message>
        <source>For a care appointment only the logistics are kept: when, where and whether you go along. There is deliberately no field for the reason or a diagnosis.</source>
        <translation>Bij een zorgafspraak wordt alleen de praktische kant bewaard: wanneer, waar en of u meegaat. Er is bewust geen veld voor de reden of een diagnose.</translation>
    </message>
    <message>
        <source>S&amp;hareable: this text may appear in the summary for the regisseur</source>
        <translation>D&amp;eelbaar: deze tekst mag in het rapport voor de regisseur</translation>
    </message>
    <message>
        <source>Enter saves. Shift+Enter starts a new line.</source>
        <translation>Enter slaat op. Shift+Enter begint een nieuwe regel.</translation>
    </message>
    <message>
        <source>We do this &amp;together</source>
        <translation>We doen dit &amp;samen</translation>
    </message>
    <message>
        <source>Fill in a date, like 15-03-2024.</source>
        <translation>Vul een datum in, bijvoorbeeld 15-03-2024.</translation>
    </message>
    <message>
        <source>Fill in how many hours, like 1,5.</source>
        <translation>Vul in hoeveel uur, bijvoorbeeld 1,5.</translation>
    </message>
    <message>
        <source>Write the note first; an empty note is not saved.</source>
        <translation>Schrijf eerst de notitie; een lege notitie wordt niet opgeslagen.</translation>
    </message>
    <message>
        <source>Write what needs to be done.</source>
        <translation>Schrijf op wat er moet gebeuren.</translation>
    </message>
    <message>
        <source>This field is required.</source>
        <translation>Dit veld moet u invullen.</translation>
    </message>
    <message>
        <source>Did the appointment take place?</source>
        <translation>Heeft de afspraak plaatsgevonden?</translation>
    </message>
    <message>
        <source>This appointment lies in the past but is still marked planned. What happened?</source>
        <translation>Deze afspraak ligt in het verleden maar staat nog op Gepland. Wat is er gebeurd?</translation>
    </message>
    <message>
        <source>Keep planned</source>
        <translation>Gepland laten</translation>
    </message>
    <message>
        <source>Discard this entry?</source>
        <translation>Deze invoer weggooien?</translation>
    </message>
    <message>
        <source>You typed something that is not saved yet. Throw it away?</source>
        <translation>U hebt iets getypt dat nog niet is opgeslagen. Wilt u het weggooien?</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Weggooien</translation>
    </message>
    <message>
        <source>Choose Cancel to go back and save it.</source>
        <translation>Kies Annuleren om terug te gaan en het op te slaan.</translation>
    </message>
</context>
<context>
    <name>ExtensionDialog</name>
    <message>
        <source>Request an extension for {0}</source>
        <translation>Verlenging aanvragen voor {0}</translation>
    </message>
    <message>
        <source>Extension request of {0}</source>
        <translation>Aanvraag voor verlenging van {0}</translation>
    </message>
    <message>
        <source>No decision yet</source>
        <translation>Nog geen besluit</translation>
    </message>
    <message>
        <source>Granted</source>
        <translation>Verleend</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Afgewezen</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Note: {0} (source: {1})</source>
        <translation>Let op: {0} (bron: {1})</translation>
    </message>
    <message>
        <source>DUO answers within 8 weeks: expected by {0}.</source>
        <translation>DUO antwoordt binnen 8 weken: uiterlijk {0}.</translation>
    </message>
    <message>
        <source>A task for that day is added.</source>
        <translation>Er komt een taak voor die dag.</translation>
    </message>
    <message>
        <source>{0}: &apos;{1}&apos; is not a date; type it as day-month-year, e.g. 15-03-2026.</source>
        <translation>{0}: &apos;{1}&apos; is geen datum. Typ dag-maand-jaar, bijvoorbeeld 15-03-2026.</translation>
    </message>
    <message>
        <source>Sent to DUO on</source>
        <translation>Naar DUO gestuurd op</translation>
    </message>
    <message>
        <source>The day it was sent is in the future.</source>
        <translation>De dag van versturen ligt in de toekomst.</translation>
    </message>
    <message>
        <source>Date of the letter</source>
        <translation>Datum van de brief</translation>
    </message>
    <message>
        <source>The date of the letter is in the future.</source>
        <translation>De datum van de brief ligt in de toekomst.</translation>
    </message>
    <message>
        <source>The letter cannot be dated before the request was sent ({0}).</source>
        <translation>De brief kan niet eerder zijn dan de aanvraag ({0}).</translation>
    </message>
    <message>
        <source>Months granted: type a whole number from 1 to {0}.</source>
        <translation>Maanden verleend: typ een heel getal van 1 tot en met {0}.</translation>
    </message>
    <message>
        <source>Extension of the termijn</source>
        <translation>Verlenging van de termijn</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Reden</translation>
    </message>
    <message>
        <source>&amp;Sent to DUO on</source>
        <translation>Naar DUO &amp;gestuurd op</translation>
    </message>
    <message>
        <source>day-month-year, for example 15-03-2026</source>
        <translation>dag-maand-jaar, bijvoorbeeld 15-03-2026</translation>
    </message>
    <message>
        <source>Evidence gathered</source>
        <translation>Bewijs verzameld</translation>
    </message>
    <message>
        <source>Tick a document when you have it. Do not put the document or what it says in the app.</source>
        <translation>Vink een document aan als u het hebt. Zet het document zelf of wat erin staat niet in de app.</translation>
    </message>
    <message>
        <source>Decision of DUO</source>
        <translation>Besluit van DUO</translation>
    </message>
    <message>
        <source>&amp;Decision</source>
        <translation>&amp;Besluit</translation>
    </message>
    <message>
        <source>&amp;Months granted</source>
        <translation>&amp;Maanden verleend</translation>
    </message>
    <message>
        <source>for example 6</source>
        <translation>bijvoorbeeld 6</translation>
    </message>
    <message>
        <source>Date of the &amp;letter</source>
        <translation>Datum van de &amp;brief</translation>
    </message>
</context>
<context>
    <name>ExtensionRequests</name>
    <message>
        <source>DUO&apos;s decision on the extension is expected</source>
        <translation>Besluit van DUO over de verlenging verwacht</translation>
    </message>
</context>
<context>
    <name>ExtensionRequestsModel</name>
    <message>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <source>Sent on</source>
        <translation>Gestuurd op</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Bewijs</translation>
    </message>
    <message>
        <source>Answer expected</source>
        <translation>Antwoord verwacht</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Besluit</translation>
    </message>
    <message numerus="yes">
        <source>Granted: %n month(s)</source>
        <translation>
            <numerusform>Verleend: %n maand</numerusform>
            <numerusform>Verleend: %n maanden</numerusform>
        </translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Afgewezen</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Nog niet</translation>
    </message>
    <message>
        <source>{0} of {1}</source>
        <translation>{0} van {1}</translation>
    </message>
</context>
<context>
    <name>ExtensionRule</name>
    <message>
        <source>Fill in the start date of the termijn first.</source>
        <translation>Vul eerst de startdatum van de termijn in.</translation>
    </message>
    <message>
        <source>For illness or death this is possible once the termijn has run 2.5 years: from {date}.</source>
        <translation>Bij ziekte of overlijden kan dit pas als de termijn 2,5 jaar loopt: vanaf {date}.</translation>
    </message>
    <message>
        <source>For this reason it is possible once the termijn ends within 6 months: from {date}.</source>
        <translation>Om deze reden kan dit pas als de termijn binnen 6 maanden eindigt: vanaf {date}.</translation>
    </message>
    <message>
        <source>DUO does not extend the same period twice. It was already extended for this reason.</source>
        <translation>DUO verlengt dezelfde periode niet twee keer. Om deze reden is al verlengd.</translation>
    </message>
    <message>
        <source>DUO has not yet decided on an earlier request.</source>
        <translation>Er is al een aanvraag waarop DUO nog moet beslissen.</translation>
    </message>
</context>
<context>
    <name>FirstStartPage</name>
    <message>
        <source>The two passphrases are not the same. Type them again.</source>
        <translation>De twee wachtzinnen zijn niet gelijk. Typ ze opnieuw.</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Taal</translation>
    </message>
    <message>
        <source>Welcome to Sleutelapp</source>
        <translation>Welkom bij Sleutelapp</translation>
    </message>
    <message>
        <source>Your notes about the newcomers you guide are stored encrypted on this computer. Choose a passphrase that only you know: at least 8 characters, for example four unrelated words.</source>
        <translation>Uw aantekeningen over de nieuwkomers die u begeleidt worden versleuteld op deze computer bewaard. Kies een wachtzin die alleen u kent: minstens 8 tekens, bijvoorbeeld vier losse woorden.</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Nieuwe wachtzin</translation>
    </message>
    <message>
        <source>Repeat passphrase</source>
        <translation>Herhaal wachtzin</translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation>Sterkte van de wachtzin</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Volgende</translation>
    </message>
    <message>
        <source>Just looking? Try the app with made-up newcomers in a separate demo file. Your own case file is not touched.</source>
        <translation>Eerst rondkijken? Probeer de app met verzonnen nieuwkomers in een apart demobestand. Uw eigen dossier wordt niet aangeraakt.</translation>
    </message>
    <message>
        <source>Try it with demo data</source>
        <translation>Probeer met demodata</translation>
    </message>
    <message>
        <source>Restore a backup…</source>
        <translation>Backup terugzetten…</translation>
    </message>
</context>
<context>
    <name>FirstStartProfile</name>
    <message>
        <source>Who keeps this case file?</source>
        <translation>Wie houdt dit dossier bij?</translation>
    </message>
    <message>
        <source>Your name and your organisation appear on the report for the regisseur. All three are optional; you can change them later under Settings.</source>
        <translation>Uw naam en uw organisatie staan op het rapport voor de regisseur. Alle drie zijn niet verplicht; u kunt ze later veranderen bij Instellingen.</translation>
    </message>
    <message>
        <source>Your &amp;name</source>
        <translation>Uw &amp;naam</translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation>&amp;Organisatie</translation>
    </message>
    <message>
        <source>responsible for the data, e.g. the welfare organisation</source>
        <translation>verantwoordelijk voor de gegevens, bijv. de welzijnsorganisatie</translation>
    </message>
    <message>
        <source>Organisation &amp;contact</source>
        <translation>&amp;Contact organisatie</translation>
    </message>
    <message>
        <source>e-mail or phone for privacy questions</source>
        <translation>e-mail of telefoon voor vragen over privacy</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Terug</translation>
    </message>
    <message>
        <source>Create my case file</source>
        <translation>Maak mijn dossier</translation>
    </message>
</context>
<context>
    <name>HandoverDialog</name>
    <message>
        <source>Sleutelapp transfer code (one-time):</source>
        <translation>Overdrachtscode Sleutelapp (eenmalig):</translation>
    </message>
    <message numerus="yes">
        <source>Your colleague takes over %n newcomer(s). Do you want to close them in your case file, or erase them for good?</source>
        <translation>
            <numerusform>Uw collega neemt %n nieuwkomer over. Wilt u deze nieuwkomer in uw dossier afsluiten, of definitief wissen?</numerusform>
            <numerusform>Uw collega neemt %n nieuwkomers over. Wilt u ze in uw dossier afsluiten, of definitief wissen?</numerusform>
        </translation>
    </message>
    <message>
        <source>Close them</source>
        <translation>Afsluiten</translation>
    </message>
    <message>
        <source>Erase for good…</source>
        <translation>Definitief wissen…</translation>
    </message>
    <message>
        <source>Keep as they are</source>
        <translation>Laten zoals het is</translation>
    </message>
    <message>
        <source>Hand over</source>
        <translation>Overdragen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Save the handover file</source>
        <translation>Overdrachtsbestand opslaan</translation>
    </message>
    <message>
        <source>Choose where to save the handover file.</source>
        <translation>Kies waar het overdrachtsbestand moet komen.</translation>
    </message>
    <message>
        <source>The folder {0} does not exist.</source>
        <translation>De map {0} bestaat niet.</translation>
    </message>
    <message>
        <source>Tick at least one newcomer (Space).</source>
        <translation>Vink minstens één nieuwkomer aan (spatiebalk).</translation>
    </message>
    <message>
        <source>{0} already exists. Replace it?</source>
        <translation>{0} bestaat al. Vervangen?</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Vervangen</translation>
    </message>
    <message>
        <source>Writing the encrypted handover…</source>
        <translation>Versleutelde overdracht wordt geschreven…</translation>
    </message>
    <message>
        <source>All their data is erased from your case file for good, the search index included. Your colleague keeps the handed-over copy.</source>
        <translation>Al hun gegevens worden definitief uit uw dossier gewist, ook uit de zoekindex. Uw collega houdt de overgedragen kopie.</translation>
    </message>
    <message>
        <source>Shared before; tell these recipients:</source>
        <translation>Eerder gedeeld; laat het deze ontvangers weten:</translation>
    </message>
    <message numerus="yes">
        <source>Erase %n newcomer(s) for good?</source>
        <translation>
            <numerusform>%n nieuwkomer definitief wissen?</numerusform>
            <numerusform>%n nieuwkomers definitief wissen?</numerusform>
        </translation>
    </message>
    <message>
        <source>Erase for good</source>
        <translation>Definitief wissen</translation>
    </message>
    <message>
        <source>Erased.</source>
        <translation>Gewist.</translation>
    </message>
    <message>
        <source>Tell these recipients:</source>
        <translation>Laat het deze ontvangers weten:</translation>
    </message>
    <message>
        <source>Hand over to a colleague</source>
        <translation>Overdragen aan collega</translation>
    </message>
    <message>
        <source>The chosen newcomers go into an encrypted file, with every entry, consent and disclosure. Your colleague opens it with a one-time code that you pass on another way (by phone or in person).</source>
        <translation>De gekozen nieuwkomers gaan in een versleuteld bestand, met alle onderdelen, toestemmingen en wat is gedeeld. Uw collega opent het met een eenmalige code die u op een andere manier doorgeeft (telefonisch of persoonlijk).</translation>
    </message>
    <message>
        <source>&amp;Newcomers to hand over (Space ticks one):</source>
        <translation>&amp;Nieuwkomers om over te dragen (spatiebalk vinkt aan):</translation>
    </message>
    <message>
        <source>&amp;Colleague</source>
        <translation>&amp;Collega</translation>
    </message>
    <message>
        <source>name of the colleague who takes over</source>
        <translation>naam van de collega die het overneemt</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>K&amp;iezen…</translation>
    </message>
</context>
<context>
    <name>HoursField</name>
    <message>
        <source>for example 1,5</source>
        <translation>bijvoorbeeld 1,5</translation>
    </message>
    <message>
        <source>Type a number of hours, like 1,5 or 2.</source>
        <translation>Typ een aantal uren, zoals 1,5 of 2.</translation>
    </message>
</context>
<context>
    <name>Inzage</name>
    <message>
        <source>the newcomer themself</source>
        <translation>de nieuwkomer zelf</translation>
    </message>
    <message>
        <source>inzage (GDPR art. 15)</source>
        <translation>inzage (AVG art. 15)</translation>
    </message>
    <message>
        <source>Report for the civic integration regisseur</source>
        <translation>Rapport voor de inburgeringsregisseur</translation>
    </message>
    <message>
        <source>Anonymous overview (counted, without name)</source>
        <translation>Anoniem overzicht (geteld, zonder naam)</translation>
    </message>
    <message>
        <source>Data export</source>
        <translation>Gegevensexport</translation>
    </message>
    <message>
        <source>Handover to a fellow key person</source>
        <translation>Overdracht aan een collega-sleutelpersoon</translation>
    </message>
    <message>
        <source>Inzage for yourself</source>
        <translation>Inzage voor uzelf</translation>
    </message>
    <message>
        <source>Appointments in your key person&apos;s agenda</source>
        <translation>Afspraken in de agenda van uw sleutelpersoon</translation>
    </message>
    <message>
        <source>Appointments on paper for your key person</source>
        <translation>Afspraken op papier voor uw sleutelpersoon</translation>
    </message>
    <message>
        <source>Your appointments on paper, for yourself</source>
        <translation>Uw afspraken op papier, voor uzelf</translation>
    </message>
    <message>
        <source>Consent form, for yourself</source>
        <translation>Toestemmingsformulier, voor uzelf</translation>
    </message>
    <message>
        <source>You have the right to see what is recorded about you (this overview), to have wrong data corrected and to have data erased (GDPR articles 15 to 17). When data is corrected or erased, we tell whoever received it before (article 19). Ask your key person or the organisation at the top of this overview.</source>
        <translation>U hebt het recht om te zien wat over u is vastgelegd (dit overzicht), om onjuiste gegevens te laten verbeteren en om gegevens te laten wissen (AVG artikel 15 tot en met 17). Als gegevens worden verbeterd of gewist, laten wij dat weten aan wie ze eerder heeft gekregen (artikel 19). Vraag het uw sleutelpersoon of de organisatie bovenaan dit overzicht.</translation>
    </message>
    <message>
        <source>every month</source>
        <translation>elke maand</translation>
    </message>
    <message>
        <source>every quarter</source>
        <translation>elk kwartaal</translation>
    </message>
    <message>
        <source>{schedule} (own schedule)</source>
        <translation>{schedule} (eigen schema)</translation>
    </message>
    <message>
        <source>{schedule} (default)</source>
        <translation>{schedule} (standaard)</translation>
    </message>
    <message>
        <source>status {status}</source>
        <translation>status {status}</translation>
    </message>
    <message>
        <source>at {time}</source>
        <translation>om {time}</translation>
    </message>
    <message>
        <source>place: {place}</source>
        <translation>plaats: {place}</translation>
    </message>
    <message>
        <source>topics: {topics}</source>
        <translation>onderwerpen: {topics}</translation>
    </message>
    <message>
        <source>{minutes} minutes</source>
        <translation>{minutes} minuten</translation>
    </message>
    <message>
        <source>{hours} hours</source>
        <translation>{hours} uur</translation>
    </message>
    <message>
        <source>accompanied</source>
        <translation>met begeleiding</translation>
    </message>
    <message>
        <source>not accompanied</source>
        <translation>zonder begeleiding</translation>
    </message>
    <message>
        <source>may be shared</source>
        <translation>mag gedeeld worden</translation>
    </message>
    <message>
        <source>private (not shared)</source>
        <translation>privé (wordt niet gedeeld)</translation>
    </message>
    <message>
        <source>Your data in Sleutelapp</source>
        <translation>Uw gegevens in Sleutelapp</translation>
    </message>
    <message>
        <source>Inzage for {name}, made on {date}</source>
        <translation>Inzage voor {name}, gemaakt op {date}</translation>
    </message>
    <message>
        <source>This is everything your key person&apos;s case file holds about you, including the key person&apos;s own notes.</source>
        <translation>Dit is alles wat het dossier van uw sleutelpersoon over u bevat, ook de eigen notities van de sleutelpersoon.</translation>
    </message>
    <message>
        <source>Key person</source>
        <translation>Sleutelpersoon</translation>
    </message>
    <message>
        <source>Key person&apos;s contact</source>
        <translation>Contact sleutelpersoon</translation>
    </message>
    <message>
        <source>Responsible organisation</source>
        <translation>Verantwoordelijke organisatie</translation>
    </message>
    <message>
        <source>Organisation&apos;s contact</source>
        <translation>Contact organisatie</translation>
    </message>
    <message>
        <source>Your data</source>
        <translation>Uw gegevens</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Known as</source>
        <translation>Roepnaam</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <source>Language of the papers</source>
        <translation>Taal van de papieren</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Route</translation>
    </message>
    <message>
        <source>Start of the civic integration term</source>
        <translation>Start inburgeringstermijn</translation>
    </message>
    <message>
        <source>Municipality reference</source>
        <translation>Referentie gemeente</translation>
    </message>
    <message>
        <source>Civic integration regisseur</source>
        <translation>Inburgeringsregisseur</translation>
    </message>
    <message>
        <source>Coaches</source>
        <translation>Coaches</translation>
    </message>
    <message>
        <source>Language school</source>
        <translation>Taalschool</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>Afgesloten op</translation>
    </message>
    <message>
        <source>Report to the regisseur</source>
        <translation>Rapport aan de regisseur</translation>
    </message>
    <message>
        <source>Recorded on</source>
        <translation>Vastgelegd op</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>Laatst gewijzigd</translation>
    </message>
    <message>
        <source>Extension of the term</source>
        <translation>Verlenging van de termijn</translation>
    </message>
    <message>
        <source>Months</source>
        <translation>Maanden</translation>
    </message>
    <message>
        <source>Decided on</source>
        <translation>Besluit op</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <source>No extension recorded.</source>
        <translation>Geen verlenging vastgelegd.</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>Toestemmingen</translation>
    </message>
    <message>
        <source>What for</source>
        <translation>Waarvoor</translation>
    </message>
    <message>
        <source>Given on</source>
        <translation>Gegeven op</translation>
    </message>
    <message>
        <source>Withdrawn on</source>
        <translation>Ingetrokken op</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Hoe</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Formulier</translation>
    </message>
    <message>
        <source>Remark</source>
        <translation>Opmerking</translation>
    </message>
    <message>
        <source>No consents recorded.</source>
        <translation>Geen toestemmingen vastgelegd.</translation>
    </message>
    <message>
        <source>Your rights</source>
        <translation>Uw rechten</translation>
    </message>
    <message>
        <source>Waiting for a decision</source>
        <translation>Wacht op besluit</translation>
    </message>
    <message>
        <source>Granted</source>
        <translation>Verleend</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Afgewezen</translation>
    </message>
    <message>
        <source>Requests to DUO for an extension</source>
        <translation>Aanvragen voor verlenging bij DUO</translation>
    </message>
    <message>
        <source>No request recorded.</source>
        <translation>Geen aanvraag vastgelegd.</translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n maand</numerusform>
            <numerusform>%n maanden</numerusform>
        </translation>
    </message>
    <message>
        <source>Sent on</source>
        <translation>Verstuurd op</translation>
    </message>
    <message>
        <source>Evidence gathered</source>
        <translation>Bewijs verzameld</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Besluit</translation>
    </message>
    <message>
        <source>What was shared, with whom and when</source>
        <translation>Wat is gedeeld, met wie en wanneer</translation>
    </message>
    <message>
        <source>Nothing about you has been shared yet.</source>
        <translation>Er is nog niets over u gedeeld.</translation>
    </message>
    <message>
        <source>{start} up to and including {end}</source>
        <translation>{start} t/m {end}</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <source>To whom</source>
        <translation>Aan wie</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Onderdelen</translation>
    </message>
    <message>
        <source>Everything that was recorded ({count})</source>
        <translation>Alles wat is vastgelegd ({count})</translation>
    </message>
    <message>
        <source>Nothing has been recorded yet.</source>
        <translation>Er is nog niets vastgelegd.</translation>
    </message>
    <message>
        <source>Confidential · Inzage in your data · {date}</source>
        <translation>Vertrouwelijk · Inzage in uw gegevens · {date}</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>Pagina {page} van {pages}</translation>
    </message>
    <message>
        <source>Inzage in your data</source>
        <translation>Inzage in uw gegevens</translation>
    </message>
</context>
<context>
    <name>InzageDialog</name>
    <message>
        <source>Newcomer: {0}</source>
        <translation>Nieuwkomer: {0}</translation>
    </message>
    <message>
        <source>The copy holds the profile, {0} (private notes included), {1} and {2}.</source>
        <translation>De kopie bevat het profiel, {0} (ook privénotities), {1} en {2}.</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies)</source>
        <translation>
            <numerusform>%n onderdeel</numerusform>
            <numerusform>%n onderdelen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n consent(s)</source>
        <translation>
            <numerusform>%n toestemming</numerusform>
            <numerusform>%n toestemmingen</numerusform>
        </translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>what was shared (nothing yet)</source>
        <translation>wat is gedeeld (nog niets)</translation>
    </message>
    <message numerus="yes">
        <source>what was shared (%n time(s))</source>
        <translation>
            <numerusform>wat is gedeeld (%n keer)</numerusform>
            <numerusform>wat is gedeeld (%n keer)</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the copy</source>
        <translation>Kopie opslaan</translation>
    </message>
    <message>
        <source>Choose an existing folder for the PDF.</source>
        <translation>Kies een bestaande map voor de PDF.</translation>
    </message>
    <message>
        <source>Writing the copy…</source>
        <translation>Kopie wordt geschreven…</translation>
    </message>
    <message>
        <source>Saved and recorded in the disclosure register as given to the newcomer:</source>
        <translation>Opgeslagen. Op het tabblad Gedeeld staat nu dat dit aan de nieuwkomer is gegeven:</translation>
    </message>
    <message>
        <source>Copy for the newcomer</source>
        <translation>Inzage voor nieuwkomer</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Taal</translation>
    </message>
    <message>
        <source>The copy is in this language with the Dutch beside it (Dutch alone when Dutch is chosen).</source>
        <translation>De kopie is in deze taal, met het Nederlands ernaast (alleen Nederlands als u Nederlands kiest).</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>K&amp;iezen…</translation>
    </message>
    <message>
        <source>The PDF holds everything, your private notes too. Give it only to this newcomer. It is recorded in the disclosure register as given to them.</source>
        <translation>De PDF bevat alles, ook uw privénotities. Geef hem alleen aan deze nieuwkomer. Op het tabblad Gedeeld komt te staan dat hij aan hem of haar is gegeven.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Opening your case file…</source>
        <translation>Uw dossier wordt geopend…</translation>
    </message>
    <message>
        <source>Creating your case file…</source>
        <translation>Uw dossier wordt gemaakt…</translation>
    </message>
    <message>
        <source>Opening the demo…</source>
        <translation>De demo wordt geopend…</translation>
    </message>
    <message>
        <source>Making demo data…</source>
        <translation>Demodata worden gemaakt…</translation>
    </message>
    <message>
        <source>Sleutelapp — DEMO (invented people)</source>
        <translation>Sleutelapp — DEMO (verzonnen personen)</translation>
    </message>
    <message>
        <source>Your unsaved entry is kept and reopens after unlocking.</source>
        <translation>Uw nog niet opgeslagen invoer is bewaard en gaat weer open na het ontgrendelen.</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actief</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Afgesloten</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Iedereen</translation>
    </message>
    <message>
        <source>All routes</source>
        <translation>Alle routes</translation>
    </message>
    <message numerus="yes">
        <source>%n+ newcomer(s)</source>
        <translation>
            <numerusform>%n+ nieuwkomer</numerusform>
            <numerusform>%n+ nieuwkomers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n newcomer(s)</source>
        <translation>
            <numerusform>%n nieuwkomer</numerusform>
            <numerusform>%n nieuwkomers</numerusform>
        </translation>
    </message>
    <message>
        <source>Sleutelapp</source>
        <translation>Sleutelapp</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Vandaag</translation>
    </message>
    <message>
        <source>Search a name or anything written…</source>
        <translation>Zoek een naam of iets wat u schreef…</translation>
    </message>
    <message>
        <source>Search newcomers</source>
        <translation>Nieuwkomers zoeken</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Filter op status</translation>
    </message>
    <message>
        <source>Route filter</source>
        <translation>Filter op route</translation>
    </message>
    <message>
        <source>Newcomers</source>
        <translation>Nieuwkomers</translation>
    </message>
    <message>
        <source>New newcomer…</source>
        <translation>Nieuwe nieuwkomer…</translation>
    </message>
    <message>
        <source>&amp;Case</source>
        <translation>&amp;Dossier</translation>
    </message>
    <message>
        <source>&amp;Entry</source>
        <translation>&amp;Invoer</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Beeld</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;New newcomer…</source>
        <translation>&amp;Nieuwe nieuwkomer…</translation>
    </message>
    <message>
        <source>&amp;Edit newcomer…</source>
        <translation>Nieuwkomer &amp;bewerken…</translation>
    </message>
    <message>
        <source>Close or reopen newcomer</source>
        <translation>Nieuwkomer afsluiten of heropenen</translation>
    </message>
    <message>
        <source>Erase newcomer for good…</source>
        <translation>Nieuwkomer definitief wissen…</translation>
    </message>
    <message>
        <source>Summary for the &amp;regisseur (PDF)…</source>
        <translation>&amp;Rapport voor de regisseur (PDF)…</translation>
    </message>
    <message>
        <source>Reports &amp;due for the regisseur…</source>
        <translation>Openstaande rappor&amp;ten voor de regisseur…</translation>
    </message>
    <message>
        <source>&amp;Anonymised summary…</source>
        <translation>&amp;Anonieme samenvatting…</translation>
    </message>
    <message>
        <source>&amp;Merge summaries…</source>
        <translation>Samenvattingen samen&amp;voegen…</translation>
    </message>
    <message>
        <source>&amp;Hand over to a colleague…</source>
        <translation>Overdragen aan &amp;collega…</translation>
    </message>
    <message>
        <source>Recei&amp;ve a handover…</source>
        <translation>Overdracht &amp;ontvangen…</translation>
    </message>
    <message>
        <source>&amp;Copy for the newcomer (inzage)…</source>
        <translation>Inzage voor nieuw&amp;komer…</translation>
    </message>
    <message>
        <source>Export the agen&amp;da (.ics)…</source>
        <translation>Agenda &amp;exporteren (.ics)…</translation>
    </message>
    <message>
        <source>Make a &amp;backup…</source>
        <translation>Backup &amp;maken…</translation>
    </message>
    <message>
        <source>Restore a backup…</source>
        <translation>Backup terugzetten…</translation>
    </message>
    <message>
        <source>Check the case file</source>
        <translation>Dossierbestand controleren</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Instellingen…</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>Ver&amp;grendelen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Af&amp;sluiten</translation>
    </message>
    <message>
        <source>&amp;Contact…</source>
        <translation>&amp;Contact…</translation>
    </message>
    <message>
        <source>&amp;Appointment…</source>
        <translation>&amp;Afspraak…</translation>
    </message>
    <message>
        <source>Ac&amp;tivity…</source>
        <translation>Ac&amp;tiviteit…</translation>
    </message>
    <message>
        <source>&amp;Note…</source>
        <translation>&amp;Notitie…</translation>
    </message>
    <message>
        <source>&amp;Signal…</source>
        <translation>&amp;Signaal…</translation>
    </message>
    <message>
        <source>Tas&amp;k…</source>
        <translation>Ta&amp;ak…</translation>
    </message>
    <message>
        <source>&amp;Edit entry…</source>
        <translation>Onderdeel &amp;bewerken…</translation>
    </message>
    <message>
        <source>&amp;Delete entry</source>
        <translation>Onderdeel &amp;verwijderen</translation>
    </message>
    <message>
        <source>&amp;Undo delete</source>
        <translation>Verwijderen &amp;ongedaan maken</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>&amp;Vandaag</translation>
    </message>
    <message>
        <source>A&amp;genda (week and month)</source>
        <translation>A&amp;genda (week en maand)</translation>
    </message>
    <message>
        <source>&amp;Find newcomer</source>
        <translation>Nieuwkomer &amp;zoeken</translation>
    </message>
    <message>
        <source>&amp;About Sleutelapp</source>
        <translation>&amp;Over Sleutelapp</translation>
    </message>
    <message>
        <source>&amp;Papers for the newcomer…</source>
        <translation>&amp;Papieren voor de nieuwkomer…</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Merge summaries</source>
        <translation>Samenvattingen samenvoegen</translation>
    </message>
    <message>
        <source>Merge anonymised summaries of the same period into one overview. No case file is needed. A file that is not a valid summary, does not add up, would count twice, comes from a case file already included or covers another period is refused. Each refused file says why.</source>
        <translation>Voeg anonieme samenvattingen van dezelfde periode samen tot één overzicht. Hiervoor is geen dossier nodig. Een bestand dat geen geldige samenvatting is, niet klopt met zichzelf, twee keer meetelt, uit een dossier komt dat al meedoet of over een andere periode gaat, wordt geweigerd. Bij elk geweigerd bestand staat waarom.</translation>
    </message>
    <message>
        <source>&amp;Add files…</source>
        <translation>Bestanden &amp;toevoegen…</translation>
    </message>
    <message>
        <source>&amp;Remove from list</source>
        <translation>&amp;Verwijderen uit lijst</translation>
    </message>
    <message>
        <source>Summaries to merge</source>
        <translation>Samenvattingen om samen te voegen</translation>
    </message>
    <message>
        <source>&amp;Table</source>
        <translation>&amp;Tabel</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabel</translation>
    </message>
    <message>
        <source>Also save a PDF overview with charts</source>
        <translation>Ook een PDF-overzicht met grafieken opslaan</translation>
    </message>
    <message>
        <source>Save merged…</source>
        <translation>Samengevoegd opslaan…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>Choose summaries</source>
        <translation>Samenvattingen kiezen</translation>
    </message>
    <message>
        <source>Summaries (*.json)</source>
        <translation>Samenvattingen (*.json)</translation>
    </message>
    <message>
        <source>Checking files…</source>
        <translation>Bestanden controleren…</translation>
    </message>
    <message>
        <source>No valid summaries chosen yet.</source>
        <translation>Nog geen geldige samenvattingen gekozen.</translation>
    </message>
    <message numerus="yes">
        <source>Overview of {0} from %n summary(ies): {1} newcomers counted.</source>
        <translation>
            <numerusform>Overzicht van {0} uit %n samenvatting: {1} nieuwkomers geteld.</numerusform>
            <numerusform>Overzicht van {0} uit %n samenvattingen: {1} nieuwkomers geteld.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) refused: not counted.</source>
        <translation>
            <numerusform>%n bestand telt niet mee.</numerusform>
            <numerusform>%n bestanden tellen niet mee.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save merged overview</source>
        <translation>Samengevoegd overzicht opslaan</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Opslaan…</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Niet opgeslagen</translation>
    </message>
    <message>
        <source>The file could not be written: {0}.</source>
        <translation>Het bestand kon niet worden geschreven: {0}.</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Opgeslagen</translation>
    </message>
</context>
<context>
    <name>MinutesField</name>
    <message>
        <source>for example 30</source>
        <translation>bijvoorbeeld 30</translation>
    </message>
    <message>
        <source>Type whole minutes, like 30 or 90 (or 1:30).</source>
        <translation>Typ hele minuten, zoals 30 of 90 (of 1:30).</translation>
    </message>
</context>
<context>
    <name>Month</name>
    <message>
        <source>January</source>
        <translation>januari</translation>
    </message>
    <message>
        <source>February</source>
        <translation>februari</translation>
    </message>
    <message>
        <source>March</source>
        <translation>maart</translation>
    </message>
    <message>
        <source>April</source>
        <translation>april</translation>
    </message>
    <message>
        <source>May</source>
        <translation>mei</translation>
    </message>
    <message>
        <source>June</source>
        <translation>juni</translation>
    </message>
    <message>
        <source>July</source>
        <translation>juli</translation>
    </message>
    <message>
        <source>August</source>
        <translation>augustus</translation>
    </message>
    <message>
        <source>September</source>
        <translation>september</translation>
    </message>
    <message>
        <source>October</source>
        <translation>oktober</translation>
    </message>
    <message>
        <source>November</source>
        <translation>november</translation>
    </message>
    <message>
        <source>December</source>
        <translation>december</translation>
    </message>
</context>
<context>
    <name>NewcomerCard</name>
    <message>
        <source>asking consent (GDPR art. 7)</source>
        <translation>toestemming vragen (AVG art. 7)</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Toestemming</translation>
    </message>
    <message>
        <source>A report about you for the municipality</source>
        <translation>Een verslag over u voor de gemeente</translation>
    </message>
    <message>
        <source>What: a short report with your name, your learning route, when your integration period ends, your appointments (not what they were about), your activities and problems that need help. Never your phone number, your private conversations with your key person or medical details.</source>
        <translation>Wat: een kort verslag met uw naam, uw leerroute, wanneer uw inburgeringstermijn eindigt, uw afspraken (niet waar ze over gingen), uw activiteiten en problemen waarbij u hulp nodig hebt. Nooit uw telefoonnummer, uw gesprekken met uw sleutelpersoon of medische gegevens.</translation>
    </message>
    <message>
        <source>With whom: your integration officer (regisseur) at the municipality.</source>
        <translation>Met wie: uw inburgeringsregisseur bij de gemeente.</translation>
    </message>
    <message>
        <source>Why: so the municipality knows how you are doing and can help you in time.</source>
        <translation>Waarom: zo weet de gemeente hoe het met u gaat en kan zij u op tijd helpen.</translation>
    </message>
    <message>
        <source>Your care appointments in that report</source>
        <translation>Uw zorgafspraken in dat verslag</translation>
    </message>
    <message>
        <source>What: only how many care appointments you had (doctor, hospital, dentist). Never which doctor, or why.</source>
        <translation>Wat: alleen hoeveel zorgafspraken u had (huisarts, ziekenhuis, tandarts). Nooit bij welke dokter of waarom.</translation>
    </message>
    <message>
        <source>With whom: your integration officer, in the same report.</source>
        <translation>Met wie: uw inburgeringsregisseur, in hetzelfde verslag.</translation>
    </message>
    <message>
        <source>Why: so the municipality understands when care takes time, for example when you need more time for your integration.</source>
        <translation>Waarom: zo begrijpt de gemeente wanneer zorg tijd kost, bijvoorbeeld als u meer tijd nodig hebt voor uw inburgering.</translation>
    </message>
    <message>
        <source>Counted in overviews without your name</source>
        <translation>Meetellen in overzichten zonder uw naam</translation>
    </message>
    <message>
        <source>What: numbers only, for example hours of activities, added up with many other newcomers. No name, no dates, nothing anyone can trace back to you.</source>
        <translation>Wat: alleen aantallen, bijvoorbeeld uren activiteiten, opgeteld met veel andere nieuwkomers. Geen naam, geen data, niets wat iemand naar u kan terugleiden.</translation>
    </message>
    <message>
        <source>With whom: the municipality or the organisation that coordinates the key persons.</source>
        <translation>Met wie: de gemeente of de organisatie die de sleutelpersonen begeleidt.</translation>
    </message>
    <message>
        <source>Why: to make the help for newcomers better.</source>
        <translation>Waarom: om de hulp aan nieuwkomers beter te maken.</translation>
    </message>
    <message>
        <source>For: {0}</source>
        <translation>Voor: {0}</translation>
    </message>
    <message>
        <source>Your key person keeps notes to help you. Some of it may only be shared when you agree. Read each part, or ask someone to read it with you, and tick yes or no.</source>
        <translation>Uw sleutelpersoon schrijft dingen op om u te helpen. Sommige dingen mogen alleen gedeeld worden als u dat goed vindt. Lees elk deel, of vraag iemand om het samen met u te lezen, en kruis ja of nee aan.</translation>
    </message>
    <message>
        <source>You may say no. Saying no changes nothing in the help you get from your key person.</source>
        <translation>U mag nee zeggen. Als u nee zegt, verandert er niets aan de hulp van uw sleutelpersoon.</translation>
    </message>
    <message>
        <source>Yes, I agree</source>
        <translation>Ja, ik ga akkoord</translation>
    </message>
    <message>
        <source>No, I do not agree</source>
        <translation>Nee, ik ga niet akkoord</translation>
    </message>
    <message>
        <source>Changing your mind</source>
        <translation>Van gedachten veranderen</translation>
    </message>
    <message>
        <source>You can take back your consent at any time, as easily as you gave it: tell your key person, by phone, by message or in person. After that nothing new is shared. What was shared before stays with whoever received it.</source>
        <translation>U kunt uw toestemming altijd weer intrekken, net zo makkelijk als u die gaf: zeg het tegen uw sleutelpersoon, door te bellen, met een bericht of als u elkaar ziet. Daarna wordt er niets nieuws meer gedeeld. Wat al eerder gedeeld is, blijft bij wie het kreeg.</translation>
    </message>
    <message>
        <source>Your rights</source>
        <translation>Uw rechten</translation>
    </message>
    <message numerus="yes">
        <source>You may always see what is written about you, have mistakes corrected and have your data erased. Your data is erased %n month(s) after your key person stops helping you. If you are not happy with how your data is handled, you can complain to the Autoriteit Persoonsgegevens.</source>
        <translation>
            <numerusform>U mag altijd zien wat over u is opgeschreven, fouten laten verbeteren en uw gegevens laten wissen. Uw gegevens worden %n maand nadat uw sleutelpersoon stopt met helpen gewist. Bent u niet tevreden over hoe met uw gegevens wordt omgegaan? Dan kunt u een klacht indienen bij de Autoriteit Persoonsgegevens.</numerusform>
            <numerusform>U mag altijd zien wat over u is opgeschreven, fouten laten verbeteren en uw gegevens laten wissen. Uw gegevens worden %n maanden nadat uw sleutelpersoon stopt met helpen gewist. Bent u niet tevreden over hoe met uw gegevens wordt omgegaan? Dan kunt u een klacht indienen bij de Autoriteit Persoonsgegevens.</numerusform>
        </translation>
    </message>
    <message>
        <source>Responsible for your data:</source>
        <translation>Verantwoordelijk voor uw gegevens:</translation>
    </message>
    <message>
        <source>Your key person:</source>
        <translation>Uw sleutelpersoon:</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Handtekening</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Sheet number {0}, made on {1}</source>
        <translation>Formuliernummer {0}, gemaakt op {1}</translation>
    </message>
    <message>
        <source>appointments for the newcomer</source>
        <translation>afspraken voor de nieuwkomer</translation>
    </message>
    <message>
        <source>My appointments</source>
        <translation>Mijn afspraken</translation>
    </message>
    <message>
        <source>Doctor (GP)</source>
        <translation>Huisarts</translation>
    </message>
    <message>
        <source>Hospital</source>
        <translation>Ziekenhuis</translation>
    </message>
    <message>
        <source>Dentist</source>
        <translation>Tandarts</translation>
    </message>
    <message>
        <source>Care for how you feel (GGZ)</source>
        <translation>Hulp bij hoe u zich voelt (GGZ)</translation>
    </message>
    <message>
        <source>Care appointment</source>
        <translation>Afspraak voor zorg</translation>
    </message>
    <message>
        <source>School</source>
        <translation>School</translation>
    </message>
    <message>
        <source>Language school</source>
        <translation>Taalschool</translation>
    </message>
    <message>
        <source>Childcare</source>
        <translation>Kinderopvang</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Gemeente</translation>
    </message>
    <message>
        <source>DUO</source>
        <translation>DUO</translation>
    </message>
    <message>
        <source>IND</source>
        <translation>IND</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Werk</translation>
    </message>
    <message>
        <source>Housing</source>
        <translation>Wonen</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>Afspraak</translation>
    </message>
    <message>
        <source>at {0}</source>
        <translation>om {0}</translation>
    </message>
    <message>
        <source>Where:</source>
        <translation>Waar:</translation>
    </message>
    <message>
        <source>Where: ask your key person</source>
        <translation>Waar: vraag het uw sleutelpersoon</translation>
    </message>
    <message>
        <source>Your key person comes with you.</source>
        <translation>Uw sleutelpersoon gaat met u mee.</translation>
    </message>
    <message>
        <source>You go on your own.</source>
        <translation>U gaat alleen.</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Let op:</translation>
    </message>
    <message>
        <source>Your appointments from {0} to {1}</source>
        <translation>Uw afspraken van {0} tot en met {1}</translation>
    </message>
    <message>
        <source>You have no appointments in these weeks.</source>
        <translation>U hebt geen afspraken in deze weken.</translation>
    </message>
    <message>
        <source>Questions, or you cannot come? Call or message your key person:</source>
        <translation>Vragen, of kunt u niet komen? Bel of stuur een bericht aan uw sleutelpersoon:</translation>
    </message>
    <message>
        <source>Ask your key person for their phone number.</source>
        <translation>Vraag uw sleutelpersoon om het telefoonnummer.</translation>
    </message>
    <message>
        <source>Take this paper and your ID with you. Come a few minutes early.</source>
        <translation>Neem dit papier en uw identiteitsbewijs mee. Kom een paar minuten eerder.</translation>
    </message>
    <message>
        <source>the newcomer themself</source>
        <translation>de nieuwkomer zelf</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>maandag</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>dinsdag</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>woensdag</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>donderdag</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>vrijdag</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>zaterdag</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>zondag</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>Pagina {page} van {pages}</translation>
    </message>
</context>
<context>
    <name>NewcomerDialog</name>
    <message>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>New newcomer</source>
        <translation>Nieuwe nieuwkomer</translation>
    </message>
    <message>
        <source>Edit newcomer</source>
        <translation>Nieuwkomer bewerken</translation>
    </message>
    <message>
        <source>As in the settings (every month)</source>
        <translation>Zoals in de instellingen (elke maand)</translation>
    </message>
    <message>
        <source>As in the settings (every quarter)</source>
        <translation>Zoals in de instellingen (elk kwartaal)</translation>
    </message>
    <message>
        <source>Every quarter</source>
        <translation>Elk kwartaal</translation>
    </message>
    <message>
        <source>Every month</source>
        <translation>Elke maand</translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n maand</numerusform>
            <numerusform>%n maanden</numerusform>
        </translation>
    </message>
    <message>
        <source>(decided {0})</source>
        <translation>(besluit {0})</translation>
    </message>
    <message>
        <source>Fill in a name.</source>
        <translation>Vul een naam in.</translation>
    </message>
    <message>
        <source>Newcomer</source>
        <translation>Nieuwkomer</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Naam</translation>
    </message>
    <message>
        <source>&amp;Called</source>
        <translation>R&amp;oepnaam</translation>
    </message>
    <message>
        <source>short name shown on screen (optional)</source>
        <translation>korte naam op het scherm (niet verplicht)</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Telefoon</translation>
    </message>
    <message>
        <source>&amp;Language(s)</source>
        <translation>T&amp;aal of talen</translation>
    </message>
    <message>
        <source>&amp;Route</source>
        <translation>&amp;Route</translation>
    </message>
    <message>
        <source>&amp;Termijn started on</source>
        <translation>Ter&amp;mijn gestart op</translation>
    </message>
    <message>
        <source>known:</source>
        <translation>bekend:</translation>
    </message>
    <message>
        <source>Termijn started on</source>
        <translation>Termijn gestart op</translation>
    </message>
    <message>
        <source>&amp;Municipality reference</source>
        <translation>Referentie &amp;gemeente</translation>
    </message>
    <message>
        <source>Re&amp;gisseur</source>
        <translation>Regi&amp;sseur</translation>
    </message>
    <message>
        <source>name and e-mail of the inburgeringsregisseur</source>
        <translation>naam en e-mail van de inburgeringsregisseur</translation>
    </message>
    <message>
        <source>C&amp;oaches</source>
        <translation>&amp;Coaches</translation>
    </message>
    <message>
        <source>Language &amp;school</source>
        <translation>Taa&amp;lschool</translation>
    </message>
    <message>
        <source>St&amp;atus</source>
        <translation>Stat&amp;us</translation>
    </message>
    <message>
        <source>Reports to the regisseur, &amp;how often</source>
        <translation>Rapport aan de regisseur: &amp;hoe vaak</translation>
    </message>
    <message>
        <source>Extensions of the termijn granted by DUO</source>
        <translation>Verlengingen van de termijn (toegekend door DUO)</translation>
    </message>
    <message>
        <source>Months of extension</source>
        <translation>Maanden verlenging</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>reden</translation>
    </message>
    <message>
        <source>Reason for the extension</source>
        <translation>Reden van de verlenging</translation>
    </message>
    <message>
        <source>Extension decided on</source>
        <translation>Verlenging besloten op</translation>
    </message>
    <message>
        <source>Add extension</source>
        <translation>Verlenging toevoegen</translation>
    </message>
    <message>
        <source>Remove selected</source>
        <translation>Gekozen verwijderen</translation>
    </message>
    <message>
        <source>Sleutelapp deliberately has no field for a BSN, ID documents, nationality or religion.</source>
        <translation>Sleutelapp heeft bewust geen veld voor BSN, identiteitsbewijzen, nationaliteit of geloof.</translation>
    </message>
    <message>
        <source>Decided on</source>
        <translation>Besluit genomen op</translation>
    </message>
    <message>
        <source>Fill in the date the termijn started, like 15-03-2024.</source>
        <translation>Vul de datum in waarop de termijn begon, bijvoorbeeld 15-03-2024.</translation>
    </message>
    <message>
        <source>months</source>
        <translation>maanden</translation>
    </message>
    <message>
        <source>Discard these details?</source>
        <translation>Deze gegevens weggooien?</translation>
    </message>
    <message>
        <source>You typed something that is not saved yet. Throw it away?</source>
        <translation>U hebt iets getypt dat nog niet is opgeslagen. Wilt u het weggooien?</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Weggooien</translation>
    </message>
    <message>
        <source>Choose Cancel to go back and save it.</source>
        <translation>Kies Annuleren om terug te gaan en het op te slaan.</translation>
    </message>
    <message>
        <source>Language of the &amp;papers</source>
        <translation>Taal van de &amp;papieren</translation>
    </message>
    <message>
        <source>The language of the papers for the newcomer (appointments, consent sheet); Dutch is printed beside it.</source>
        <translation>De taal van de papieren voor de nieuwkomer (afspraken, toestemmingsformulier); het Nederlands staat ernaast.</translation>
    </message>
</context>
<context>
    <name>NewcomerListModel</name>
    <message>
        <source>Last contact: {0}</source>
        <translation>Laatste contact: {0}</translation>
    </message>
    <message>
        <source>Termijn ends: {0}</source>
        <translation>Termijn eindigt: {0}</translation>
    </message>
    <message>
        <source>termijn</source>
        <translation>termijn</translation>
    </message>
    <message>
        <source>30+ days</source>
        <translation>30+ dagen</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>afgesloten</translation>
    </message>
    <message>
        <source>No contact recorded yet</source>
        <translation>Nog geen contact vastgelegd</translation>
    </message>
    <message>
        <source>30+ days: no contact for 30 days or more (since they were added). Counted: contacts, appointments you went along to that took place, and activities done together.</source>
        <translation>30+ dagen: 30 dagen of langer geen contact (sinds de nieuwkomer is toegevoegd). Dit telt mee: contactmomenten, afspraken waar u mee naartoe ging en die doorgingen, en activiteiten die u samen deed.</translation>
    </message>
    <message>
        <source>Found in: {0} {1} — {2}</source>
        <translation>Gevonden in: {0} {1} — {2}</translation>
    </message>
</context>
<context>
    <name>NewcomerView</name>
    <message>
        <source>Everything</source>
        <translation>Alles</translation>
    </message>
    <message>
        <source>closed on {0}</source>
        <translation>afgesloten op {0}</translation>
    </message>
    <message>
        <source>Route: {0}</source>
        <translation>Route: {0}</translation>
    </message>
    <message>
        <source>Termijn: start date not known</source>
        <translation>Termijn: startdatum onbekend</translation>
    </message>
    <message numerus="yes">
        <source>Termijn ends {0} — %n day(s) left</source>
        <translation>
            <numerusform>Termijn eindigt {0} — nog %n dag</numerusform>
            <numerusform>Termijn eindigt {0} — nog %n dagen</numerusform>
        </translation>
    </message>
    <message>
        <source>Termijn ended {0}</source>
        <translation>Termijn geëindigd op {0}</translation>
    </message>
    <message>
        <source>Consent: {0}</source>
        <translation>Toestemming: {0}</translation>
    </message>
    <message>
        <source>Consent: none recorded</source>
        <translation>Toestemming: niets vastgelegd</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Called</source>
        <translation>Roepnaam</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <source>Language(s)</source>
        <translation>Taal of talen</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Route</translation>
    </message>
    <message>
        <source>Termijn started</source>
        <translation>Termijn gestart</translation>
    </message>
    <message>
        <source>Extensions</source>
        <translation>Verlengingen</translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n maand</numerusform>
            <numerusform>%n maanden</numerusform>
        </translation>
    </message>
    <message>
        <source>Municipality reference</source>
        <translation>Referentie gemeente</translation>
    </message>
    <message>
        <source>Regisseur</source>
        <translation>Regisseur</translation>
    </message>
    <message>
        <source>Coaches</source>
        <translation>Coaches</translation>
    </message>
    <message>
        <source>Language school</source>
        <translation>Taalschool</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Tijdlijn</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Toon</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bewerken…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profiel</translation>
    </message>
    <message>
        <source>Edit profile…</source>
        <translation>Profiel bewerken…</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>Toestemmingen</translation>
    </message>
    <message>
        <source>Record consent…</source>
        <translation>Toestemming vastleggen…</translation>
    </message>
    <message>
        <source>Withdraw…</source>
        <translation>Intrekken…</translation>
    </message>
    <message>
        <source>Disclosures</source>
        <translation>Gedeeld</translation>
    </message>
    <message>
        <source>Everything about this newcomer that left this computer.</source>
        <translation>Alles over deze nieuwkomer wat deze computer heeft verlaten.</translation>
    </message>
    <message>
        <source>Shared</source>
        <translation>Gedeeld</translation>
    </message>
    <message numerus="yes">
        <source>%n hidden by the filter</source>
        <translation>
            <numerusform>%n verborgen door filter</numerusform>
            <numerusform>%n verborgen door filter</numerusform>
        </translation>
    </message>
    <message>
        <source>{0} {1} / {2} h</source>
        <translation>{0} {1} / {2} u</translation>
    </message>
    <message>
        <source>Norms: {0}</source>
        <translation>Normen: {0}</translation>
    </message>
    <message>
        <source>This route has no hour norms.</source>
        <translation>Deze route heeft geen urennormen.</translation>
    </message>
    <message>
        <source>{0} {1} h</source>
        <translation>{0} {1} u</translation>
    </message>
    <message>
        <source>Participation: {0}</source>
        <translation>Deelname: {0}</translation>
    </message>
    <message>
        <source>Participation: no hours logged yet</source>
        <translation>Deelname: nog geen uren ingevuld</translation>
    </message>
    <message>
        <source>Extension</source>
        <translation>Verlenging</translation>
    </message>
    <message>
        <source>Requests to DUO for more time. A granted extension moves the end of the termijn.</source>
        <translation>Aanvragen bij DUO voor meer tijd. Een verleende verlenging schuift het einde van de termijn op.</translation>
    </message>
    <message>
        <source>Extension requests</source>
        <translation>Aanvragen voor verlenging</translation>
    </message>
    <message>
        <source>Request an extension…</source>
        <translation>Verlenging aanvragen…</translation>
    </message>
    <message>
        <source>Record the decision…</source>
        <translation>Besluit vastleggen…</translation>
    </message>
    <message>
        <source>Language of the papers</source>
        <translation>Taal van de papieren</translation>
    </message>
    <message>
        <source>Papers for the newcomer…</source>
        <translation>Papieren voor de nieuwkomer…</translation>
    </message>
</context>
<context>
    <name>Number</name>
    <message>
        <source>.</source>
        <comment>the decimal mark, as in 0.6</comment>
        <translation>,</translation>
    </message>
</context>
<context>
    <name>PapersDialog</name>
    <message>
        <source>appointments</source>
        <translation>afspraken</translation>
    </message>
    <message>
        <source>consent</source>
        <translation>toestemming</translation>
    </message>
    <message>
        <source>Newcomer: {0}</source>
        <translation>Nieuwkomer: {0}</translation>
    </message>
    <message>
        <source>My appointments (the coming weeks)</source>
        <translation>Mijn afspraken (de komende weken)</translation>
    </message>
    <message>
        <source>Consent sheet to sign</source>
        <translation>Toestemmingsformulier om te tekenen</translation>
    </message>
    <message>
        <source>weeks</source>
        <translation>weken</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>The planned appointments of the coming weeks: day, time, place, what it is and whether you go along, and how to reach you. Private notes and texts not marked shareable are left out.</source>
        <translation>De geplande afspraken van de komende weken: dag, tijd, plaats, wat het is en of u meegaat, en hoe de nieuwkomer u kan bereiken. Privénotities en teksten die niet als deelbaar zijn gemarkeerd, staan er niet op.</translation>
    </message>
    <message>
        <source>Every consent in plain words: what is shared, with whom and why, how to say no or withdraw later, with a place to sign. When the newcomer has signed, record the consent as signed on this sheet.</source>
        <translation>Elke toestemming in eenvoudige woorden: wat wordt gedeeld, met wie en waarom, hoe de nieuwkomer nee kan zeggen of later kan intrekken, met een plek om te tekenen. Als de nieuwkomer heeft getekend, legt u de toestemming vast als getekend op dit formulier.</translation>
    </message>
    <message>
        <source>Save the paper</source>
        <translation>Het papier opslaan</translation>
    </message>
    <message>
        <source>Choose an existing folder for the PDF.</source>
        <translation>Kies een bestaande map voor de PDF.</translation>
    </message>
    <message>
        <source>Writing the paper…</source>
        <translation>Het papier wordt geschreven…</translation>
    </message>
    <message>
        <source>Saved and recorded in the disclosure register as given to the newcomer:</source>
        <translation>Opgeslagen. Op het tabblad Gedeeld staat nu dat dit aan de nieuwkomer is gegeven:</translation>
    </message>
    <message>
        <source>Papers for the newcomer</source>
        <translation>Papieren voor de nieuwkomer</translation>
    </message>
    <message>
        <source>&amp;Paper</source>
        <translation>&amp;Papier</translation>
    </message>
    <message>
        <source>&amp;Weeks ahead</source>
        <translation>&amp;Weken vooruit</translation>
    </message>
    <message>
        <source>Weeks ahead</source>
        <translation>Weken vooruit</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Taal</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>K&amp;iezen…</translation>
    </message>
</context>
<context>
    <name>Passphrase</name>
    <message>
        <source>the passphrase needs at least {0} characters</source>
        <translation>de wachtzin moet minstens {0} tekens hebben</translation>
    </message>
    <message>
        <source>the passphrase has too few different characters</source>
        <translation>de wachtzin heeft te weinig verschillende tekens</translation>
    </message>
    <message>
        <source>this passphrase is on the list of passwords that are tried first; choose four unrelated words, like &apos;bicycle moon coffee garden&apos;</source>
        <translation>deze wachtzin staat op de lijst van wachtwoorden die als eerste worden geprobeerd; kies vier losse woorden, zoals &apos;fiets maan koffie tuin&apos;</translation>
    </message>
    <message>
        <source>this passphrase is too easy to guess; make it longer, for example four unrelated words</source>
        <translation>deze wachtzin is te makkelijk te raden; maak hem langer, bijvoorbeeld met vier losse woorden</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>The two passphrases are not the same.</source>
        <translation>De twee wachtzinnen zijn niet gelijk.</translation>
    </message>
    <message>
        <source>Changing the passphrase…</source>
        <translation>De wachtzin wordt gewijzigd…</translation>
    </message>
    <message>
        <source>Change passphrase</source>
        <translation>Wachtzin wijzigen</translation>
    </message>
    <message>
        <source>&amp;New passphrase</source>
        <translation>&amp;Nieuwe wachtzin</translation>
    </message>
    <message>
        <source>&amp;Repeat</source>
        <translation>&amp;Herhaal</translation>
    </message>
</context>
<context>
    <name>PassphraseStrength</name>
    <message>
        <source>Very weak</source>
        <translation>Zeer zwak</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation>Zwak</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>Redelijk</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>Sterk</translation>
    </message>
    <message>
        <source>Very strong</source>
        <translation>Zeer sterk</translation>
    </message>
</context>
<context>
    <name>Period</name>
    <message>
        <source>Q{0} {1}</source>
        <translation>{0}e kwartaal {1}</translation>
    </message>
</context>
<context>
    <name>QuickActions</name>
    <message>
        <source>Mark &amp;done / resolved</source>
        <translation>Markeer als &amp;gedaan / opgelost</translation>
    </message>
    <message>
        <source>Mark as &amp;no-show</source>
        <translation>Markeer als &amp;niet verschenen</translation>
    </message>
    <message>
        <source>Mark as &amp;cancelled</source>
        <translation>Markeer als &amp;afgezegd</translation>
    </message>
    <message>
        <source>Select an appointment, a task or a signal first.</source>
        <translation>Kies eerst een afspraak, een taak of een signaal.</translation>
    </message>
    <message>
        <source>{0} marked as {1}.</source>
        <translation>{0} gemarkeerd als {1}.</translation>
    </message>
</context>
<context>
    <name>ReceiveDialog</name>
    <message>
        <source>Receive</source>
        <translation>Ontvangen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Open a handover file</source>
        <translation>Overdrachtsbestand openen</translation>
    </message>
    <message>
        <source>Choose the handover file first.</source>
        <translation>Kies eerst het overdrachtsbestand.</translation>
    </message>
    <message>
        <source>Opening and checking the handover…</source>
        <translation>Overdracht wordt geopend en gecontroleerd…</translation>
    </message>
    <message>
        <source>Received {0} with {1}.</source>
        <translation>{0} ontvangen, met {1}.</translation>
    </message>
    <message numerus="yes">
        <source>%n newcomer(s)</source>
        <translation>
            <numerusform>%n nieuwkomer</numerusform>
            <numerusform>%n nieuwkomers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies)</source>
        <translation>
            <numerusform>%n onderdeel</numerusform>
            <numerusform>%n onderdelen</numerusform>
        </translation>
    </message>
    <message>
        <source>Receive a handover</source>
        <translation>Overdracht ontvangen</translation>
    </message>
    <message>
        <source>Choose the handover file from your colleague and type the transfer code they gave you. Everything is added to your case file at once, or nothing.</source>
        <translation>Kies het overdrachtsbestand van uw collega en typ de overdrachtscode die u kreeg. Alles komt in één keer in uw dossier, of niets.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>K&amp;iezen…</translation>
    </message>
    <message>
        <source>Transfer &amp;code</source>
        <translation>Overdrachts&amp;code</translation>
    </message>
</context>
<context>
    <name>RecipientNotice</name>
    <message>
        <source>Summary for the regisseur</source>
        <translation>Rapport voor de regisseur</translation>
    </message>
    <message>
        <source>Anonymised summary</source>
        <translation>Anonieme samenvatting</translation>
    </message>
    <message>
        <source>Data export</source>
        <translation>Gegevensexport</translation>
    </message>
    <message>
        <source>Handover to a colleague</source>
        <translation>Overdracht aan collega</translation>
    </message>
    <message>
        <source>Copy for the newcomer</source>
        <translation>Inzage voor nieuwkomer</translation>
    </message>
    <message>
        <source>Agenda for your calendar</source>
        <translation>Agendabestand (.ics)</translation>
    </message>
    <message>
        <source>Week of the agenda on paper</source>
        <translation>Week van de agenda op papier</translation>
    </message>
    <message>
        <source>This data was shared before. Tell these recipients about the correction, so they can correct their copy too:</source>
        <translation>Deze gegevens zijn eerder gedeeld. Laat deze ontvangers weten wat u hebt verbeterd, zodat zij hun kopie ook kunnen verbeteren:</translation>
    </message>
    <message>
        <source>Appointments on paper for the newcomer</source>
        <translation>Afspraken op papier voor de nieuwkomer</translation>
    </message>
    <message>
        <source>Consent sheet for the newcomer</source>
        <translation>Toestemmingsformulier voor de nieuwkomer</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>Forgot passphrase</source>
        <translation>Wachtzin vergeten</translation>
    </message>
    <message>
        <source>Type the recovery key from the recovery sheet printed when this case file was made, and choose a new passphrase.</source>
        <translation>Typ de herstelsleutel van het herstelblad dat bij het maken van dit dossier is afgedrukt, en kies een nieuwe wachtzin.</translation>
    </message>
    <message>
        <source>&amp;Recovery key</source>
        <translation>&amp;Herstelsleutel</translation>
    </message>
    <message>
        <source>&amp;New passphrase</source>
        <translation>&amp;Nieuwe wachtzin</translation>
    </message>
    <message>
        <source>&amp;Repeat</source>
        <translation>&amp;Nog een keer</translation>
    </message>
    <message>
        <source>Set new passphrase</source>
        <translation>Nieuwe wachtzin instellen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>The two passphrases are not the same.</source>
        <translation>De twee wachtzinnen zijn niet gelijk.</translation>
    </message>
    <message>
        <source>Setting the new passphrase…</source>
        <translation>Nieuwe wachtzin instellen…</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <source>New recovery key</source>
        <translation>Nieuwe herstelsleutel</translation>
    </message>
    <message>
        <source>This is the new recovery key. It is shown only once. Print the recovery sheet or write the key down and give it to your organisation. The old recovery key no longer opens this case file (it still opens older backups).</source>
        <translation>Dit is de nieuwe herstelsleutel. Hij wordt maar één keer getoond. Druk het herstelblad af of schrijf de sleutel op en geef hem aan uw organisatie. De oude herstelsleutel werkt niet meer voor dit dossier (wel nog voor oudere backups).</translation>
    </message>
    <message>
        <source>Print/Save as PDF…</source>
        <translation>Afdrukken/Opslaan als PDF…</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopiëren</translation>
    </message>
    <message>
        <source>I wrote down or printed the recovery key</source>
        <translation>Ik heb de herstelsleutel opgeschreven of afgedrukt</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Klaar</translation>
    </message>
    <message>
        <source>recovery-key.pdf</source>
        <translation>herstelsleutel.pdf</translation>
    </message>
    <message>
        <source>Save the recovery sheet</source>
        <translation>Herstelblad opslaan</translation>
    </message>
    <message>
        <source>Type your passphrase to make a new recovery key:</source>
        <translation>Typ uw wachtzin om een nieuwe herstelsleutel te maken:</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Wachtzin controleren…</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyPage</name>
    <message>
        <source>Save the recovery sheet</source>
        <translation>Herstelblad opslaan</translation>
    </message>
    <message>
        <source>recovery-key.pdf</source>
        <translation>herstelsleutel.pdf</translation>
    </message>
    <message>
        <source>Your recovery key</source>
        <translation>Uw herstelsleutel</translation>
    </message>
    <message>
        <source>If you ever forget your passphrase, this recovery key is the only way back into your case file. It is shown only now. Write it down or print it, and give it to your organisation to keep in a safe place.</source>
        <translation>Als u ooit uw wachtzin vergeet, is deze herstelsleutel de enige weg terug naar uw dossier. Hij wordt alleen nu getoond. Schrijf hem op of druk hem af, en geef hem aan uw organisatie om veilig te bewaren.</translation>
    </message>
    <message>
        <source>Print / save as PDF…</source>
        <translation>Afdrukken/Opslaan als PDF…</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopiëren</translation>
    </message>
    <message>
        <source>I have written down or printed the recovery key</source>
        <translation>Ik heb de herstelsleutel opgeschreven of afgedrukt</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Verder</translation>
    </message>
</context>
<context>
    <name>RecoverySheet</name>
    <message>
        <source>Sleutelapp recovery key</source>
        <translation>Herstelsleutel Sleutelapp</translation>
    </message>
    <message>
        <source>Keep this sheet in a safe place, away from the laptop.</source>
        <translation>Bewaar dit blad op een veilige plek, apart van de laptop.</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Herstelsleutel</translation>
    </message>
    <message>
        <source>Made on</source>
        <translation>Gemaakt op</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <source>Key person</source>
        <translation>Sleutelpersoon</translation>
    </message>
    <message>
        <source>What is this?</source>
        <translation>Wat is dit?</translation>
    </message>
    <message>
        <source>This key opens the encrypted Sleutelapp case file when the passphrase is forgotten. Whoever has this key and the case file (or a backup) can read all of it. Treat the sheet like the key of a filing cabinet: locked away, not in the laptop bag, never photographed.</source>
        <translation>Met deze sleutel opent u het versleutelde dossier van Sleutelapp als de wachtzin vergeten is. Wie deze sleutel én het dossierbestand (of een backup) heeft, kan alle gegevens lezen. Behandel het blad daarom als een sleutel van een archiefkast: achter slot, niet in de laptoptas, niet fotograferen.</translation>
    </message>
    <message>
        <source>Forgot the passphrase?</source>
        <translation>Wachtzin vergeten?</translation>
    </message>
    <message>
        <source>Start Sleutelapp and choose &lt;b&gt;Forgot passphrase?&lt;/b&gt; on the unlock screen.</source>
        <translation>Start Sleutelapp en kies op het ontgrendelscherm &lt;b&gt;Wachtzin vergeten?&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Type the recovery key. Dashes, spaces and capitals do not matter.</source>
        <translation>Typ de herstelsleutel over. Streepjes, spaties en hoofdletters maken niet uit.</translation>
    </message>
    <message>
        <source>Choose a new passphrase. The recovery key stays valid afterwards.</source>
        <translation>Kies een nieuwe wachtzin. De herstelsleutel blijft daarna geldig.</translation>
    </message>
    <message>
        <source>A backup can be restored with this key too (&lt;b&gt;Restore backup&lt;/b&gt;, or &lt;i&gt;sleutelapp restore FILE --recovery-key-file&lt;/i&gt;).</source>
        <translation>Een backup terugzetten kan ook met deze sleutel (&lt;b&gt;Backup terugzetten&lt;/b&gt;, of &lt;i&gt;sleutelapp restore BESTAND --recovery-key-file&lt;/i&gt;).</translation>
    </message>
    <message>
        <source>Made a new recovery key?</source>
        <translation>Nieuwe herstelsleutel gemaakt?</translation>
    </message>
    <message>
        <source>Then this key no longer opens the case file (it still opens older backups). Keep the new sheet and destroy this one only when no old backups are needed.</source>
        <translation>Dan werkt deze sleutel niet meer voor het dossier (wel nog voor oudere backups). Bewaar het nieuwe blad en vernietig dit blad pas als u geen oude backups meer nodig hebt.</translation>
    </message>
    <message>
        <source>Kept by</source>
        <translation>Bewaard door</translation>
    </message>
    <message>
        <source>Kept where</source>
        <translation>Bewaarplaats</translation>
    </message>
    <message>
        <source>Sleutelapp · recovery key · confidential</source>
        <translation>Sleutelapp · herstelsleutel · vertrouwelijk</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>Pagina {page} van {pages}</translation>
    </message>
</context>
<context>
    <name>RegisseurReport</name>
    <message>
        <source>Following the progress of civic integration (Civic Integration Act 2021), with the newcomer&apos;s consent</source>
        <translation>Volgen van de voortgang van de inburgering (Wet inburgering 2021), met toestemming van de nieuwkomer</translation>
    </message>
    <message>
        <source>This report holds only what the newcomer has allowed. Private notes, phone number, language, places of appointments and medical data are never shared; health appointments are at most counted, with separate consent.</source>
        <translation>Dit rapport bevat alleen wat de nieuwkomer heeft toegestaan. Privénotities, telefoonnummer, taal, plaatsen van afspraken en medische gegevens worden nooit gedeeld; zorgafspraken worden hooguit geteld, met aparte toestemming.</translation>
    </message>
    <message>
        <source>(not filled in)</source>
        <translation>(niet ingevuld)</translation>
    </message>
    <message>
        <source>{start} up to and including {end}</source>
        <translation>{start} t/m {end}</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nee</translation>
    </message>
    <message>
        <source>{text} … [shortened: {cut} characters not included]</source>
        <translation>{text} … [ingekort: {cut} tekens niet opgenomen]</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <source>No shared notes in this period.</source>
        <translation>Geen gedeelde notities in deze periode.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Open tasks</source>
        <translation>Open taken</translation>
    </message>
    <message>
        <source>No shared open tasks.</source>
        <translation>Geen gedeelde open taken.</translation>
    </message>
    <message>
        <source>Due by</source>
        <translation>Uiterlijk</translation>
    </message>
    <message>
        <source>CONFIDENTIAL — personal data, only for the addressee</source>
        <translation>VERTROUWELIJK — persoonsgegevens, alleen voor de geadresseerde</translation>
    </message>
    <message>
        <source>Report for the regisseur</source>
        <translation>Rapport voor de regisseur</translation>
    </message>
    <message>
        <source>Period {period}</source>
        <translation>Periode {period}</translation>
    </message>
    <message>
        <source>Responsible organisation</source>
        <translation>Verantwoordelijke organisatie</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Doel</translation>
    </message>
    <message>
        <source>Key person</source>
        <translation>Sleutelpersoon</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Ontvanger</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>Made on</source>
        <translation>Gemaakt op</translation>
    </message>
    <message>
        <source>Consent given on</source>
        <translation>Toestemming gegeven op</translation>
    </message>
    <message>
        <source>Unknown (start date of the term not filled in)</source>
        <translation>Onbekend (startdatum termijn niet ingevuld)</translation>
    </message>
    <message>
        <source>{date} (passed, {days} ago)</source>
        <translation>{date} (verstreken, {days} geleden)</translation>
    </message>
    <message>
        <source>{date} ({days} left)</source>
        <translation>{date} (nog {days})</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Municipality reference</source>
        <translation>Referentie gemeente</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Route</translation>
    </message>
    <message>
        <source>Start of the civic integration term</source>
        <translation>Start inburgeringstermijn</translation>
    </message>
    <message>
        <source>End of the civic integration term</source>
        <translation>Einde inburgeringstermijn</translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n maand</numerusform>
            <numerusform>%n maanden</numerusform>
        </translation>
    </message>
    <message>
        <source> (decision {date})</source>
        <translation> (besluit {date})</translation>
    </message>
    <message>
        <source>Extensions (granted)</source>
        <translation>Verlengingen (verleend)</translation>
    </message>
    <message>
        <source>Newcomer</source>
        <translation>Nieuwkomer</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>No contact moments in this period.</source>
        <translation>Geen contactmomenten in deze periode.</translation>
    </message>
    <message>
        <source>{count} in this period.</source>
        <translation>{count} in deze periode.</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanaal</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Aantal</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Onderwerp</translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation>Afspraken</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Accompanied</source>
        <translation>Begeleid</translation>
    </message>
    <message>
        <source>No appointments (outside health care) in this period.</source>
        <translation>Geen afspraken (buiten de zorg) in deze periode.</translation>
    </message>
    <message>
        <source>Health appointments in this period: {count} (only the number, with the newcomer&apos;s consent).</source>
        <translation>Zorgafspraken in deze periode: {count} (alleen het aantal, met toestemming van de nieuwkomer).</translation>
    </message>
    <message>
        <source>Participation</source>
        <translation>Participatie</translation>
    </message>
    <message>
        <source>No activities in this period.</source>
        <translation>Geen activiteiten in deze periode.</translation>
    </message>
    <message>
        <source>Times</source>
        <translation>Keer</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Uren</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totaal</translation>
    </message>
    <message>
        <source>h</source>
        <comment>hours</comment>
        <translation>u</translation>
    </message>
    <message>
        <source>Hours in this period against the norms of the route (the norms apply to the whole term):</source>
        <translation>Uren in deze periode tegenover de normen van de route (de normen gelden voor de hele termijn):</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Onderdeel</translation>
    </message>
    <message>
        <source>Hours this period</source>
        <translation>Uren deze periode</translation>
    </message>
    <message>
        <source>Norm</source>
        <translation>Norm</translation>
    </message>
    <message>
        <source>at least {hours}</source>
        <translation>minimaal {hours}</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activiteit</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Toelichting</translation>
    </message>
    <message>
        <source>Signals</source>
        <translation>Signalen</translation>
    </message>
    <message>
        <source>No signals in this period.</source>
        <translation>Geen signalen in deze periode.</translation>
    </message>
    <message>
        <source>{open} open, {resolved} resolved.</source>
        <translation>{open} open, {resolved} opgelost.</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thema</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <source>Confidential · Report for the regisseur · {period}</source>
        <translation>Vertrouwelijk · Rapport voor de regisseur · {period}</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>Pagina {page} van {pages}</translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <source>Tomorrow at {0}: appointment with {1}, you go along.</source>
        <translation>Morgen om {0}: afspraak met {1}, u gaat mee.</translation>
    </message>
    <message>
        <source>Tomorrow: appointment with {0}, you go along.</source>
        <translation>Morgen: afspraak met {0}, u gaat mee.</translation>
    </message>
    <message>
        <source>Today at {0}: appointment with {1}, you go along.</source>
        <translation>Vandaag om {0}: afspraak met {1}, u gaat mee.</translation>
    </message>
    <message>
        <source>Today: appointment with {0}, you go along.</source>
        <translation>Vandaag: afspraak met {0}, u gaat mee.</translation>
    </message>
    <message numerus="yes">
        <source>Since you last closed the app: %n appointment(s)</source>
        <translation>
            <numerusform>Sinds u de app sloot: %n afspraak</numerusform>
            <numerusform>Sinds u de app sloot: %n afspraken</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n task(s) came due. See Today and the agenda.</source>
        <translation>
            <numerusform>en %n taak. Kijk bij Vandaag en in de agenda.</numerusform>
            <numerusform>en %n taken. Kijk bij Vandaag en in de agenda.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Last month</source>
        <translation>Vorige maand</translation>
    </message>
    <message>
        <source>This month (up to today)</source>
        <translation>Deze maand (tot vandaag)</translation>
    </message>
    <message>
        <source>Last quarter</source>
        <translation>Vorig kwartaal</translation>
    </message>
    <message>
        <source>Since last report</source>
        <translation>Sinds vorig rapport</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Zelf kiezen</translation>
    </message>
    <message>
        <source>Preview of the report</source>
        <translation>Voorbeeld van het rapport</translation>
    </message>
    <message>
        <source>Newcomer: {0}</source>
        <translation>Nieuwkomer: {0}</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Opslaan…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>No report was made yet; choose a period.</source>
        <translation>Er is nog geen rapport gemaakt; kies een periode.</translation>
    </message>
    <message>
        <source>Type both dates as dd-mm-yyyy, like 15-03-2026.</source>
        <translation>Typ beide datums als dd-mm-jjjj, bijvoorbeeld 15-03-2026.</translation>
    </message>
    <message>
        <source>The end date is before the start date.</source>
        <translation>De einddatum ligt voor de begindatum.</translation>
    </message>
    <message>
        <source>Making the preview…</source>
        <translation>Voorbeeld maken…</translation>
    </message>
    <message numerus="yes">
        <source>{0} of %n entry(s) go into the report.</source>
        <translation>
            <numerusform>{0} van %n onderdeel gaat mee in het rapport.</numerusform>
            <numerusform>{0} van de %n onderdelen gaan mee in het rapport.</numerusform>
        </translation>
    </message>
    <message>
        <source>Consent given on {0}; health appointments are counted only.</source>
        <translation>Toestemming gegeven op {0}; zorgafspraken worden alleen geteld.</translation>
    </message>
    <message>
        <source>Consent given on {0}; health appointments stay out (no consent).</source>
        <translation>Toestemming gegeven op {0}; zorgafspraken gaan niet mee (geen toestemming).</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>Rapport opslaan</translation>
    </message>
    <message>
        <source>Saving the report…</source>
        <translation>Rapport opslaan…</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Niet opgeslagen</translation>
    </message>
    <message>
        <source>The file could not be written: {0}. Nothing was recorded.</source>
        <translation>Het bestand kon niet worden geschreven: {0}. Er is niets vastgelegd.</translation>
    </message>
    <message>
        <source>Saved with a password and recorded in the disclosure register:
{0}</source>
        <translation>Opgeslagen met wachtwoord. Op het tabblad Gedeeld staat nu dat dit rapport is gedeeld:
{0}</translation>
    </message>
    <message>
        <source>Saved and recorded in the disclosure register:
{0}</source>
        <translation>Opgeslagen. Op het tabblad Gedeeld staat nu dat dit rapport is gedeeld:
{0}</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Opgeslagen</translation>
    </message>
    <message>
        <source>Report for the regisseur</source>
        <translation>Rapport voor de regisseur</translation>
    </message>
    <message>
        <source>&amp;Period</source>
        <translation>&amp;Periode</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Van</translation>
    </message>
    <message>
        <source>&amp;to</source>
        <translation>&amp;tot en met</translation>
    </message>
    <message>
        <source>&amp;Recipient</source>
        <translation>&amp;Ontvanger</translation>
    </message>
    <message>
        <source>name of the inburgeringsregisseur</source>
        <translation>naam van de inburgeringsregisseur</translation>
    </message>
    <message>
        <source>&amp;Password (optional)</source>
        <translation>&amp;Wachtwoord (optioneel)</translation>
    </message>
    <message>
        <source>empty = no password</source>
        <translation>leeg = zonder wachtwoord</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Tonen</translation>
    </message>
    <message>
        <source>&amp;Everything of this period — uncheck what must stay out:</source>
        <translation>&amp;Alles uit deze periode — vink uit wat niet mee mag:</translation>
    </message>
    <message>
        <source>Preview: exactly the file that will be saved.</source>
        <translation>Voorbeeld: precies het bestand dat wordt opgeslagen.</translation>
    </message>
</context>
<context>
    <name>ReportPeriods</name>
    <message>
        <source>quarter {0} of {1}</source>
        <translation>{0}e kwartaal {1}</translation>
    </message>
    <message>
        <source>Report {0} for {1} not made yet</source>
        <translation>Rapport {0} voor {1} nog niet gemaakt</translation>
    </message>
</context>
<context>
    <name>ReportReason</name>
    <message>
        <source>Counted only (channel and topic)</source>
        <translation>Alleen geteld (kanaal en onderwerp)</translation>
    </message>
    <message>
        <source>Date, type, status and accompanied</source>
        <translation>Datum, soort, status en begeleiding</translation>
    </message>
    <message>
        <source>Counted only (health consent)</source>
        <translation>Alleen geteld (toestemming zorgafspraken)</translation>
    </message>
    <message>
        <source>Type and hours</source>
        <translation>Soort en uren</translation>
    </message>
    <message>
        <source>Type, hours and shareable text</source>
        <translation>Soort, uren en deelbare tekst</translation>
    </message>
    <message>
        <source>Theme and status (text stays private)</source>
        <translation>Thema en status (tekst blijft privé)</translation>
    </message>
    <message>
        <source>Theme, status and shareable text</source>
        <translation>Thema, status en deelbare tekst</translation>
    </message>
    <message>
        <source>Shareable note</source>
        <translation>Deelbare notitie</translation>
    </message>
    <message>
        <source>Open task, shareable</source>
        <translation>Open taak, deelbaar</translation>
    </message>
    <message>
        <source>Private note</source>
        <translation>Privénotitie</translation>
    </message>
    <message>
        <source>Health, no consent</source>
        <translation>Gezondheid, geen toestemming</translation>
    </message>
    <message>
        <source>Not marked shareable</source>
        <translation>Niet als deelbaar gemarkeerd</translation>
    </message>
    <message>
        <source>Task is done</source>
        <translation>Taak is afgerond</translation>
    </message>
    <message>
        <source>Outside the period</source>
        <translation>Buiten de periode</translation>
    </message>
    <message>
        <source>Left out by you</source>
        <translation>Door u weggelaten</translation>
    </message>
    <message>
        <source>No consent for a report</source>
        <translation>Geen toestemming voor een rapport</translation>
    </message>
</context>
<context>
    <name>SafetyDialogs</name>
    <message>
        <source>Make a backup</source>
        <translation>Backup maken</translation>
    </message>
    <message>
        <source>Making and checking the backup…</source>
        <translation>Backup maken en controleren…</translation>
    </message>
    <message>
        <source>The backup was written and checked.</source>
        <translation>De backup is geschreven en gecontroleerd.</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Backup terugzetten</translation>
    </message>
    <message>
        <source>Passphrase of this backup (or the recovery key):</source>
        <translation>Wachtzin van deze backup (of de herstelsleutel):</translation>
    </message>
    <message>
        <source>Checking the backup…</source>
        <translation>Backup controleren…</translation>
    </message>
    <message>
        <source>Restore this backup?</source>
        <translation>Deze backup terugzetten?</translation>
    </message>
    <message>
        <source>The current case file is kept as a backup in the backup folder first.</source>
        <translation>Het huidige dossier wordt eerst als backup bewaard in de backupmap.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Terugzetten</translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation>Backup terugzetten…</translation>
    </message>
    <message>
        <source>The previous case file was kept in {0}.</source>
        <translation>Het vorige dossier is bewaard in {0}.</translation>
    </message>
    <message>
        <source>The backup was restored.</source>
        <translation>De backup is teruggezet.</translation>
    </message>
    <message>
        <source>Checking the case file…</source>
        <translation>Dossier controleren…</translation>
    </message>
    <message numerus="yes">
        <source>The case file has %n problem(s).</source>
        <translation>
            <numerusform>Het dossierbestand heeft %n probleem.</numerusform>
            <numerusform>Het dossierbestand heeft %n problemen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Make no more changes and restore a backup (Case &gt; Restore backup). The current file is kept when you do.</source>
        <translation>Maak geen wijzigingen meer en zet een backup terug (Dossier &gt; Backup terugzetten). Het huidige bestand wordt daarbij bewaard.</translation>
    </message>
    <message>
        <source>All is well: the case file is intact and encrypted.</source>
        <translation>Alles in orde: het dossierbestand is heel en versleuteld.</translation>
    </message>
    <message numerus="yes">
        <source>%n newcomer(s).</source>
        <translation>
            <numerusform>%n nieuwkomer.</numerusform>
            <numerusform>%n nieuwkomers.</numerusform>
        </translation>
    </message>
    <message>
        <source>All data of this newcomer is erased for good, the search index included. This cannot be undone. Older backups still hold the data.</source>
        <translation>Alle gegevens van deze nieuwkomer worden definitief gewist, ook uit de zoekindex. Dit kan niet ongedaan worden gemaakt. Oudere backups bevatten de gegevens nog.</translation>
    </message>
    <message>
        <source>Shared before; tell these recipients that the data was erased:</source>
        <translation>Eerder gedeeld; laat deze ontvangers weten dat de gegevens gewist zijn:</translation>
    </message>
    <message>
        <source>Erase {0}?</source>
        <translation>{0} wissen?</translation>
    </message>
    <message>
        <source>Erase for good</source>
        <translation>Definitief wissen</translation>
    </message>
    <message>
        <source>Erased.</source>
        <translation>Gewist.</translation>
    </message>
    <message>
        <source>Erased. This data was shared before; tell the recipients it was erased:</source>
        <translation>Gewist. Deze gegevens zijn eerder gedeeld; laat de ontvangers weten dat ze gewist zijn:</translation>
    </message>
    <message>
        <source>• {0} — closed {1}</source>
        <translation>• {0} — afgesloten {1}</translation>
    </message>
    <message numerus="yes">
        <source>%n newcomer(s) closed more than {0} months ago: their data must be erased now.</source>
        <translation>
            <numerusform>%n nieuwkomer is langer dan {0} maanden afgesloten. De gegevens moeten nu gewist worden.</numerusform>
            <numerusform>%n nieuwkomers zijn langer dan {0} maanden afgesloten. Hun gegevens moeten nu gewist worden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Erase now</source>
        <translation>Nu wissen</translation>
    </message>
    <message>
        <source>If you cancel, the app asks again at the next start.</source>
        <translation>Kiest u Annuleren, dan vraagt de app het bij de volgende start opnieuw.</translation>
    </message>
</context>
<context>
    <name>Setting</name>
    <message>
        <source>Organisation responsible</source>
        <translation>Verantwoordelijke organisatie</translation>
    </message>
    <message>
        <source>Organisation contact</source>
        <translation>Contact organisatie</translation>
    </message>
    <message>
        <source>Key person&apos;s name</source>
        <translation>Naam sleutelpersoon</translation>
    </message>
    <message>
        <source>Key person&apos;s contact</source>
        <translation>Contact sleutelpersoon</translation>
    </message>
    <message>
        <source>Retention after closing (months)</source>
        <translation>Bewaartermijn na afsluiten (maanden)</translation>
    </message>
    <message>
        <source>Auto-lock after (minutes)</source>
        <translation>Automatisch vergrendelen na (minuten)</translation>
    </message>
    <message>
        <source>Smallest group in a summary (newcomers)</source>
        <translation>Kleinste groep in een overzicht (nieuwkomers)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <source>Report for the regisseur: every month or every quarter</source>
        <translation>Rapport voor de regisseur: elke maand of elk kwartaal</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Every quarter</source>
        <translation>Elk kwartaal</translation>
    </message>
    <message>
        <source>Every month</source>
        <translation>Elke maand</translation>
    </message>
    <message>
        <source>Not available in this version.</source>
        <translation>Niet beschikbaar in deze versie.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <source>Who is responsible for the data</source>
        <translation>Wie verantwoordelijk is voor de gegevens</translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation>&amp;Organisatie</translation>
    </message>
    <message>
        <source>Organisation &amp;contact</source>
        <translation>&amp;Contact organisatie</translation>
    </message>
    <message>
        <source>&amp;Your name (key person)</source>
        <translation>&amp;Uw naam (sleutelpersoon)</translation>
    </message>
    <message>
        <source>Your c&amp;ontact</source>
        <translation>U&amp;w contact</translation>
    </message>
    <message>
        <source>Safety and summaries</source>
        <translation>Veiligheid en overzichten</translation>
    </message>
    <message>
        <source>&amp;Lock after (minutes without use)</source>
        <translation>&amp;Vergrendelen na (minuten niet gebruikt)</translation>
    </message>
    <message>
        <source>&amp;Erase closed newcomers after (months)</source>
        <translation>Afgesloten nieuwkomers w&amp;issen na (maanden)</translation>
    </message>
    <message>
        <source>&amp;Minimum newcomers per number (k)</source>
        <translation>&amp;Kleinste groep in een overzicht (nieuwkomers)</translation>
    </message>
    <message>
        <source>Lan&amp;guage</source>
        <translation>&amp;Taal</translation>
    </message>
    <message>
        <source>Reports to the regisseur, &amp;how often</source>
        <translation>Rapport aan de regisseur: &amp;hoe vaak</translation>
    </message>
    <message>
        <source>Change passphrase…</source>
        <translation>Wachtzin wijzigen…</translation>
    </message>
    <message>
        <source>New recovery key…</source>
        <translation>Nieuwe herstelsleutel…</translation>
    </message>
</context>
<context>
    <name>ShortMonth</name>
    <message>
        <source>Jan</source>
        <translation>jan</translation>
    </message>
    <message>
        <source>Feb</source>
        <translation>feb</translation>
    </message>
    <message>
        <source>Mar</source>
        <translation>mrt</translation>
    </message>
    <message>
        <source>Apr</source>
        <translation>apr</translation>
    </message>
    <message>
        <source>May</source>
        <translation>mei</translation>
    </message>
    <message>
        <source>Jun</source>
        <translation>jun</translation>
    </message>
    <message>
        <source>Jul</source>
        <translation>jul</translation>
    </message>
    <message>
        <source>Aug</source>
        <translation>aug</translation>
    </message>
    <message>
        <source>Sep</source>
        <translation>sep</translation>
    </message>
    <message>
        <source>Oct</source>
        <translation>okt</translation>
    </message>
    <message>
        <source>Nov</source>
        <translation>nov</translation>
    </message>
    <message>
        <source>Dec</source>
        <translation>dec</translation>
    </message>
</context>
<context>
    <name>SummaryDialog</name>
    <message>
        <source>Anonymised summary</source>
        <translation>Anonieme samenvatting</translation>
    </message>
    <message>
        <source>Period &amp;length</source>
        <translation>Periode&amp;lengte</translation>
    </message>
    <message>
        <source>&amp;Period</source>
        <translation>&amp;Periode</translation>
    </message>
    <message>
        <source>&amp;Label (optional)</source>
        <translation>&amp;Label (optioneel)</translation>
    </message>
    <message>
        <source>e.g. North district — no names of people</source>
        <translation>bijv. Wijk Noord — geen namen van personen</translation>
    </message>
    <message>
        <source>&amp;Table</source>
        <translation>&amp;Tabel</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabel</translation>
    </message>
    <message>
        <source>Also save a PDF (same content)</source>
        <translation>Ook een PDF opslaan (zelfde inhoud)</translation>
    </message>
    <message>
        <source>Summary (*.json)</source>
        <translation>Samenvatting (*.json)</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Maand</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Kwartaal</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Jaar</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Opslaan…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>Fixed: this case file makes summaries per {0}.</source>
        <translation>Vastgelegd: dit dossier maakt samenvattingen per {0}.</translation>
    </message>
    <message>
        <source>Choose this before the first summary. It is fixed after that, so nobody can subtract summaries from each other.</source>
        <translation>Kies dit vóór de eerste samenvatting. Daarna ligt het vast, zodat niemand samenvattingen van elkaar kan aftrekken.</translation>
    </message>
    <message>
        <source>{0} — issued on {1}</source>
        <translation>{0} — al verstrekt op {1}</translation>
    </message>
    <message>
        <source>There is no ended period to summarise yet.</source>
        <translation>Er is nog geen afgelopen periode om samen te vatten.</translation>
    </message>
    <message>
        <source>Making the summary…</source>
        <translation>Samenvatting maken…</translation>
    </message>
    <message>
        <source>{0}: {1} newcomers counted (with consent to anonymised reporting), {2} not counted. A number about fewer than {3} newcomers is not shown.</source>
        <translation>{0}: {1} nieuwkomers geteld (met toestemming voor anonieme overzichten), {2} niet geteld. Een getal over minder dan {3} nieuwkomers wordt niet getoond.</translation>
    </message>
    <message>
        <source>This period was issued on {0}. You get exactly the same figures as then, with the same label.</source>
        <translation>Deze periode is al verstrekt op {0}. U krijgt precies dezelfde cijfers als toen, met hetzelfde label.</translation>
    </message>
    <message>
        <source>The data changed since; those changes are not counted here. So nobody can subtract the two overviews from each other.</source>
        <translation>De gegevens zijn sindsdien veranderd; die veranderingen tellen hier niet mee. Zo kan niemand de twee overzichten van elkaar aftrekken.</translation>
    </message>
    <message>
        <source>This is the first summary: saving fixes the period length at {0}.</source>
        <translation>Dit is de eerste samenvatting: bij opslaan legt u de periodelengte vast op {0}.</translation>
    </message>
    <message>
        <source>Change the label</source>
        <translation>Label aanpassen</translation>
    </message>
    <message>
        <source>Fix the period length</source>
        <translation>Periodelengte vastleggen</translation>
    </message>
    <message>
        <source>After this summary, this case file makes summaries per {0} only. You cannot change that later.</source>
        <translation>Na deze samenvatting maakt dit dossier alleen nog samenvattingen per {0}. Dat kunt u later niet meer veranderen.</translation>
    </message>
    <message>
        <source>Fix and save</source>
        <translation>Vastleggen en opslaan</translation>
    </message>
    <message>
        <source>Save summary</source>
        <translation>Samenvatting opslaan</translation>
    </message>
    <message>
        <source>Saving the summary…</source>
        <translation>Samenvatting opslaan…</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Niet opgeslagen</translation>
    </message>
    <message>
        <source>The file could not be written: {0}.</source>
        <translation>Het bestand kon niet worden geschreven: {0}.</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Opgeslagen</translation>
    </message>
    <message>
        <source>Saved and recorded in the disclosure register:</source>
        <translation>Opgeslagen. Op het tabblad Gedeeld staat nu dat dit is gedeeld:</translation>
    </message>
</context>
<context>
    <name>SummaryPdf</name>
    <message>
        <source>Anonymised summary</source>
        <translation>Anonieme samenvatting</translation>
    </message>
    <message>
        <source>Merged overview</source>
        <translation>Samengevoegd overzicht</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>Newcomers counted</source>
        <translation>Nieuwkomers geteld</translation>
    </message>
    <message>
        <source>Not counted (no consent)</source>
        <translation>Niet geteld (geen toestemming)</translation>
    </message>
    <message>
        <source>Merged from {n} summaries</source>
        <translation>Samengevoegd uit {n} samenvattingen</translation>
    </message>
    <message>
        <source>Smallest group shown: {k} newcomers</source>
        <translation>Kleinste groep die getoond wordt: {k} nieuwkomers</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totaal</translation>
    </message>
    <message>
        <source>How to read this overview</source>
        <translation>Zo leest u dit overzicht</translation>
    </message>
    <message>
        <source>What is hidden, and why</source>
        <translation>Wat is verborgen, en waarom</translation>
    </message>
    <message>
        <source>No chart: every number of this chart is hidden (*), because they rest on too few newcomers.</source>
        <translation>Geen grafiek: alle getallen van deze grafiek zijn verborgen (*), omdat ze op te weinig nieuwkomers rusten.</translation>
    </message>
    <message>
        <source>No chart: nothing was counted here in this period.</source>
        <translation>Geen grafiek: in deze periode is hier niets geteld.</translation>
    </message>
    <message>
        <source>At a glance</source>
        <translation>In beeld</translation>
    </message>
    <message>
        <source>Participation hours by activity type</source>
        <translation>Uren participatie per soort activiteit</translation>
    </message>
    <message>
        <source>Signals by theme (open and resolved)</source>
        <translation>Signalen per thema (open en opgelost)</translation>
    </message>
    <message>
        <source>Appointments by type</source>
        <translation>Afspraken per soort</translation>
    </message>
    <message>
        <source>Bars of cells not shown are missing (*); a + bar is a minimum.</source>
        <translation>Balken van niet getoonde cellen ontbreken (*); bij + is de balk een minimum.</translation>
    </message>
    <message>
        <source>Split not shown</source>
        <translation>Verdeling niet getoond</translation>
    </message>
    <message>
        <source>Summaries in this overview</source>
        <translation>Samenvattingen in dit overzicht</translation>
    </message>
    <message>
        <source>(no label)</source>
        <translation>(zonder label)</translation>
    </message>
    <message>
        <source>Sleutelapp · anonymised summary {period}</source>
        <translation>Sleutelapp · anonieme samenvatting {period}</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>Pagina {page} van {pages}</translation>
    </message>
</context>
<context>
    <name>SummarySequence</name>
    <message>
        <source>first choose the period length of this case file (month, quarter or year); it is fixed after that.</source>
        <translation>kies eerst de periodelengte van dit dossier (maand, kwartaal of jaar); die ligt daarna vast.</translation>
    </message>
    <message>
        <source>this case file makes summaries per {0}; a {1} is not possible, because together with the other summaries hidden numbers could then be worked out. Choose a {0}.</source>
        <translation>dit dossier maakt samenvattingen per {0}; een {1} kan niet, want samen met de andere samenvattingen zijn verborgen getallen dan terug te rekenen. Kies een {0}.</translation>
    </message>
    <message>
        <source>the period {0} has not ended yet; it can be summarised from {1}.</source>
        <translation>de periode {0} is nog niet voorbij; een samenvatting ervan kan vanaf {1}.</translation>
    </message>
    <message>
        <source>a summary of {0} – {1} was issued by an earlier version of Sleutelapp without keeping its figures; a new summary touching that time could be subtracted from it.</source>
        <translation>over {0} – {1} is al een samenvatting verstrekt door een eerdere versie van Sleutelapp, zonder dat de cijfers bewaard zijn; een nieuwe samenvatting die deze tijd raakt, kan ervan worden afgetrokken.</translation>
    </message>
    <message>
        <source>unknown period length &apos;{0}&apos;: choose month, quarter or year.</source>
        <translation>onbekende periodelengte &apos;{0}&apos;: kies maand, kwartaal of jaar.</translation>
    </message>
    <message>
        <source>the period length of this case file is fixed at {0}, because summaries were already issued.</source>
        <translation>de periodelengte van dit dossier ligt vast op {0}, want er zijn al samenvattingen verstrekt.</translation>
    </message>
    <message>
        <source>this period was issued meanwhile; open the window again.</source>
        <translation>deze periode is intussen al verstrekt; open het venster opnieuw.</translation>
    </message>
</context>
<context>
    <name>SummaryTable</name>
    <message>
        <source>Newcomers by route</source>
        <translation>Nieuwkomers per route</translation>
    </message>
    <message>
        <source>Newcomers with consent to anonymised reporting and at least one entry in the period.</source>
        <translation>Nieuwkomers met toestemming voor anonieme overzichten over wie in de periode iets is vastgelegd.</translation>
    </message>
    <message>
        <source>Contacts by topic and channel</source>
        <translation>Contacten per onderwerp en manier</translation>
    </message>
    <message>
        <source>A contact about two topics counts under both topics; the total per channel counts each contact once.</source>
        <translation>Een contact over twee onderwerpen telt bij beide onderwerpen; het totaal per manier telt elk contact één keer.</translation>
    </message>
    <message>
        <source>Appointments by type, accompanied or not</source>
        <translation>Afspraken per soort, begeleid of niet</translation>
    </message>
    <message>
        <source>Cancelled appointments are not counted. Health appointments form one row while any type rests on too few newcomers.</source>
        <translation>Afgezegde afspraken tellen niet mee. Zorgafspraken staan samen in één rij zolang een soort op te weinig nieuwkomers rust.</translation>
    </message>
    <message>
        <source>Participation hours by activity type</source>
        <translation>Uren participatie per soort activiteit</translation>
    </message>
    <message>
        <source>Rounded to whole hours.</source>
        <translation>Afgerond op hele uren.</translation>
    </message>
    <message>
        <source>Signals by theme</source>
        <translation>Signalen per thema</translation>
    </message>
    <message>
        <source>Signals raised in the period, with their state when the summary was made.</source>
        <translation>Signalen gemeld in de periode, met hun stand op het moment van opmaken.</translation>
    </message>
    <message>
        <source>No topic</source>
        <translation>Geen onderwerp</translation>
    </message>
    <message>
        <source>Newcomers</source>
        <translation>Nieuwkomers</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Uren</translation>
    </message>
    <message>
        <source>Accompanied</source>
        <translation>Begeleid</translation>
    </message>
    <message>
        <source>Not accompanied</source>
        <translation>Niet begeleid</translation>
    </message>
    <message>
        <source>Health care (GP, hospital, dentist, mental health, other care)</source>
        <translation>Zorg (huisarts, ziekenhuis, tandarts, GGZ, andere zorg)</translation>
    </message>
</context>
<context>
    <name>SummaryTableModel</name>
    <message>
        <source>Not shown to protect privacy.</source>
        <translation>Niet getoond om de privacy te beschermen.</translation>
    </message>
    <message>
        <source>At least this number: some summaries did not show this cell.</source>
        <translation>Minstens dit aantal: in een deel van de samenvattingen was deze cel niet getoond.</translation>
    </message>
    <message>
        <source>Rests on {0} newcomers.</source>
        <translation>Rust op {0} nieuwkomers.</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totaal</translation>
    </message>
</context>
<context>
    <name>TextGuard</name>
    <message>
        <source>a BSN</source>
        <translation>een BSN</translation>
    </message>
    <message>
        <source>an IBAN (bank account)</source>
        <translation>een IBAN (rekeningnummer)</translation>
    </message>
    <message>
        <source>an e-mail address</source>
        <translation>een e-mailadres</translation>
    </message>
    <message>
        <source>a phone number</source>
        <translation>een telefoonnummer</translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Shareable</source>
        <translation>Deelbaar</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>{0} min</source>
        <translation>{0} min</translation>
    </message>
    <message>
        <source>{0} h</source>
        <translation>{0} u</translation>
    </message>
    <message>
        <source>accompanied</source>
        <translation>begeleid</translation>
    </message>
</context>
<context>
    <name>TodayView</name>
    <message>
        <source>you go along</source>
        <translation>u gaat mee</translation>
    </message>
    <message>
        <source>(overdue)</source>
        <translation>(te laat)</translation>
    </message>
    <message>
        <source>{0} — termijn ended {1}</source>
        <translation>{0} — termijn geëindigd op {1}</translation>
    </message>
    <message>
        <source>{0} — no contact recorded yet</source>
        <translation>{0} — nog geen contact vastgelegd</translation>
    </message>
    <message numerus="yes">
        <source>{0} — termijn ends {1} (%n day(s) left)</source>
        <translation>
            <numerusform>{0} — termijn eindigt {1} (nog %n dag)</numerusform>
            <numerusform>{0} — termijn eindigt {1} (nog %n dagen)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more appointment(s) — press Enter to show more</source>
        <translation>
            <numerusform>Nog %n afspraak — druk op Enter om meer te zien</numerusform>
            <numerusform>Nog %n afspraken — druk op Enter om meer te zien</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more task(s) — press Enter to show more</source>
        <translation>
            <numerusform>Nog %n taak — druk op Enter om meer te zien</numerusform>
            <numerusform>Nog %n taken — druk op Enter om meer te zien</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more newcomer(s) — press Enter to show more</source>
        <translation>
            <numerusform>Nog %n nieuwkomer — druk op Enter om meer te zien</numerusform>
            <numerusform>Nog %n nieuwkomers — druk op Enter om meer te zien</numerusform>
        </translation>
    </message>
    <message>
        <source>Shows the next {0}; the agenda (Ctrl+G) shows them per week.</source>
        <translation>Toont de volgende {0}; de agenda (Ctrl+G) toont ze per week.</translation>
    </message>
    <message>
        <source>Shows the next {0}.</source>
        <translation>Toont de volgende {0}.</translation>
    </message>
    <message numerus="yes">
        <source>%n more report(s) due — press Enter to make them</source>
        <translation>
            <numerusform>Nog %n rapport te maken — druk op Enter om ze te maken</numerusform>
            <numerusform>Nog %n rapporten te maken — druk op Enter om ze te maken</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{0} — last contact {1} (%n day(s) ago)</source>
        <translation>
            <numerusform>{0} — laatste contact {1} (%n dag geleden)</numerusform>
            <numerusform>{0} — laatste contact {1} (%n dagen geleden)</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter opens the dialog that makes all due reports at once.</source>
        <translation>Met Enter opent u het venster dat alle openstaande rapporten in één keer maakt.</translation>
    </message>
    <message>
        <source>Appointments in the next 14 days</source>
        <translation>Afspraken in de komende 14 dagen</translation>
    </message>
    <message>
        <source>Open tasks, due soon</source>
        <translation>Open taken die eraan komen</translation>
    </message>
    <message>
        <source>Termijn ends within 6 months</source>
        <translation>Termijn eindigt binnen 6 maanden</translation>
    </message>
    <message>
        <source>No contact for 30 days</source>
        <translation>30 dagen geen contact</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Vandaag</translation>
    </message>
    <message>
        <source>{0} — {1}: {2} — still planned; did it take place?</source>
        <translation>{0} — {1}: {2} — staat nog op Gepland; is de afspraak doorgegaan?</translation>
    </message>
    <message>
        <source>Update the status: past appointments still planned</source>
        <translation>Status bijwerken: afspraken in het verleden die nog op Gepland staan</translation>
    </message>
    <message>
        <source>Appointments up to and including {0}</source>
        <translation>Afspraken tot en met {0}</translation>
    </message>
    <message>
        <source>Open tasks due up to and including {0}</source>
        <translation>Open taken met een vervaldatum tot en met {0}</translation>
    </message>
    <message>
        <source>Update the status</source>
        <translation>Status bijwerken</translation>
    </message>
    <message>
        <source>Press Enter or double-click an item to open the newcomer. Ctrl+1…6 logs for the newcomer of the selected item; Ctrl+D marks an appointment or task done (right-click for more).</source>
        <translation>Druk op Enter of dubbelklik op een rij om de nieuwkomer te openen. Ctrl+1…6 legt iets vast voor de nieuwkomer van de gekozen rij; Ctrl+D zet een afspraak of taak op gedaan (klik met rechts voor meer).</translation>
    </message>
    <message>
        <source>extension requested, answer expected by {0}</source>
        <translation>verlenging aangevraagd, antwoord uiterlijk {0}</translation>
    </message>
    <message>
        <source>an extension can be requested since {0}</source>
        <translation>verlenging aanvragen kan sinds {0}</translation>
    </message>
    <message>
        <source>an extension can be requested from {0}</source>
        <translation>verlenging aanvragen kan vanaf {0}</translation>
    </message>
</context>
<context>
    <name>TransferCodeDialog</name>
    <message numerus="yes">
        <source>The handover file for %n newcomer(s) was written:
{0}</source>
        <translation>
            <numerusform>Het overdrachtsbestand voor %n nieuwkomer is geschreven:
{0}</numerusform>
            <numerusform>Het overdrachtsbestand voor %n nieuwkomers is geschreven:
{0}</numerusform>
        </translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Gekopieerd</translation>
    </message>
    <message>
        <source>Transfer code</source>
        <translation>Overdrachtscode</translation>
    </message>
    <message>
        <source>This code is shown only once and is not kept anywhere. Pass it to your colleague another way than the file: by phone or in person. Without the code the file cannot be opened.</source>
        <translation>Deze code ziet u maar één keer; hij wordt nergens bewaard. Geef hem op een andere manier dan het bestand aan uw collega: telefonisch of persoonlijk. Zonder de code gaat het bestand niet open.</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopiëren</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Afdrukken…</translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <source>Sleutelapp is locked</source>
        <translation>Sleutelapp is vergrendeld</translation>
    </message>
    <message>
        <source>Enter your passphrase to open your case file.</source>
        <translation>Typ uw wachtzin om uw dossier te openen.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Wachtzin</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Ontgrendelen</translation>
    </message>
    <message>
        <source>Forgot passphrase?</source>
        <translation>Wachtzin vergeten?</translation>
    </message>
    <message>
        <source>Restore a backup…</source>
        <translation>Backup terugzetten…</translation>
    </message>
</context>
<context>
    <name>Weekday</name>
    <message>
        <source>Monday</source>
        <translation>maandag</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>dinsdag</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>woensdag</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>donderdag</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>vrijdag</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>zaterdag</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>zondag</translation>
    </message>
    <message>
        <source>{weekday} {day} {month} {year}</source>
        <translation>{weekday} {day} {month} {year}</translation>
    </message>
</context>
<context>
    <name>WholeNumberField</name>
    <message>
        <source>Type a whole number from {0} to {1}, without a point or comma.</source>
        <translation>Typ een heel getal van {0} tot {1}, zonder punt of komma.</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <source>Choose a newcomer first (search on the left).</source>
        <translation>Kies eerst een nieuwkomer (zoek links).</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Opgeslagen.</translation>
    </message>
    <message>
        <source>Entry deleted. Press Ctrl+Z to undo.</source>
        <translation>Onderdeel verwijderd. Druk op Ctrl+Z om dat ongedaan te maken.</translation>
    </message>
    <message>
        <source>Entry restored.</source>
        <translation>Onderdeel teruggezet.</translation>
    </message>
    <message>
        <source>The backup was restored. Unlock it with its passphrase.</source>
        <translation>De backup is teruggezet. Ontgrendel met de wachtzin van die backup.</translation>
    </message>
    <message>
        <source>Making the automatic backup…</source>
        <translation>De automatische backup wordt gemaakt…</translation>
    </message>
    <message>
        <source>This entry is already open.</source>
        <translation>Deze regel is al open.</translation>
    </message>
    <message>
        <source>Close {0}?</source>
        <translation>{0} afsluiten?</translation>
    </message>
    <message>
        <source>Close the file of {0}?</source>
        <translation>Het dossier van {0} afsluiten?</translation>
    </message>
    <message>
        <source>Close {0}</source>
        <translation>{0} afsluiten</translation>
    </message>
    <message numerus="yes">
        <source>Closing starts the retention period: %n month(s) from today, after which the app asks you to erase everything about them. You can reopen the file until then.</source>
        <translation>
            <numerusform>Met afsluiten begint de bewaartermijn: %n maand vanaf vandaag. Daarna vraagt de app u om alles over deze persoon te wissen. Tot die tijd kunt u het dossier weer openen.</numerusform>
            <numerusform>Met afsluiten begint de bewaartermijn: %n maanden vanaf vandaag. Daarna vraagt de app u om alles over deze persoon te wissen. Tot die tijd kunt u het dossier weer openen.</numerusform>
        </translation>
    </message>
    <message>
        <source>{0} is closed.</source>
        <translation>{0} is afgesloten.</translation>
    </message>
    <message>
        <source>{0} is reopened.</source>
        <translation>{0} is weer geopend.</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Sleutelapp is already open for this data folder. Switch to that window; a second window on the same case file is not possible.</source>
        <translation>Sleutelapp is al geopend voor deze gegevensmap. Ga naar dat venster; een tweede venster op hetzelfde dossier kan niet.</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>Sleutelapp</source>
        <translation>Sleutelapp</translation>
    </message>
    <message>
        <source>The disk is full; nothing was saved. Free some space and try again.</source>
        <translation>De schijf is vol; er is niets opgeslagen. Maak ruimte vrij en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>The file could not be used: {0}</source>
        <translation>Het bestand kon niet worden gebruikt: {0}</translation>
    </message>
</context>
<context>
    <name>instance</name>
    <message>
        <source>The disk of your data folder is full (or cannot be written): Sleutelapp opens, but cannot save changes. Free some space and start Sleutelapp again.</source>
        <translation>De schijf met uw gegevensmap is vol (of er kan niet op geschreven worden): Sleutelapp opent wel, maar kan niets opslaan. Maak ruimte vrij en start Sleutelapp opnieuw.</translation>
    </message>
</context>
<context>
    <name>prompts</name>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Terug</translation>
    </message>
</context>
<context>
    <name>strength</name>
    <message>
        <source>At least {0} characters; four unrelated words work well.</source>
        <translation>Minstens {0} tekens; vier losse woorden werken goed.</translation>
    </message>
    <message>
        <source>Strength: {0}</source>
        <translation>Sterkte: {0}</translation>
    </message>
</context>
<context>
    <name>vocab.activity_type</name>
    <message>
        <source>Volunteering</source>
        <translation>Vrijwilligerswerk</translation>
    </message>
    <message>
        <source>Language café</source>
        <translation>Taalcafé</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Werk</translation>
    </message>
    <message>
        <source>Internship</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Cursus</translation>
    </message>
    <message>
        <source>Sport</source>
        <translation>Sport</translation>
    </message>
    <message>
        <source>Neighbourhood activity</source>
        <translation>Buurtactiviteit</translation>
    </message>
    <message>
        <source>MAP (practical part)</source>
        <translation>MAP (praktijkdeel)</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Overig</translation>
    </message>
</context>
<context>
    <name>vocab.appointment_status</name>
    <message>
        <source>Planned</source>
        <translation>Gepland</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Geweest</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Afgezegd</translation>
    </message>
    <message>
        <source>No show</source>
        <translation>Niet verschenen</translation>
    </message>
</context>
<context>
    <name>vocab.appointment_type</name>
    <message>
        <source>GP</source>
        <translation>Huisarts</translation>
    </message>
    <message>
        <source>Hospital</source>
        <translation>Ziekenhuis</translation>
    </message>
    <message>
        <source>Dentist</source>
        <translation>Tandarts</translation>
    </message>
    <message>
        <source>Mental health care</source>
        <translation>GGZ</translation>
    </message>
    <message>
        <source>Other care</source>
        <translation>Andere zorg</translation>
    </message>
    <message>
        <source>School</source>
        <translation>School</translation>
    </message>
    <message>
        <source>Language school</source>
        <translation>Taalschool</translation>
    </message>
    <message>
        <source>Childcare</source>
        <translation>Kinderopvang</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Gemeente</translation>
    </message>
    <message>
        <source>DUO</source>
        <translation>DUO</translation>
    </message>
    <message>
        <source>IND</source>
        <translation>IND</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Werk</translation>
    </message>
    <message>
        <source>Housing</source>
        <translation>Wonen</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Overig</translation>
    </message>
</context>
<context>
    <name>vocab.channel</name>
    <message>
        <source>In person</source>
        <translation>Persoonlijk</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <source>Video call</source>
        <translation>Videobellen</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
</context>
<context>
    <name>vocab.consent_how</name>
    <message>
        <source>Verbal</source>
        <translation>Mondeling</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Getekend</translation>
    </message>
</context>
<context>
    <name>vocab.consent_purpose</name>
    <message>
        <source>Report for the regisseur</source>
        <translation>Rapport voor de regisseur</translation>
    </message>
    <message>
        <source>Care appointments counted in the report</source>
        <translation>Zorgafspraken tellen in het rapport</translation>
    </message>
    <message>
        <source>Counted in anonymised summaries</source>
        <translation>Meetellen in anonieme overzichten</translation>
    </message>
</context>
<context>
    <name>vocab.extension_evidence</name>
    <message>
        <source>Statement from a doctor</source>
        <translation>Verklaring van een arts</translation>
    </message>
    <message>
        <source>Proof of how long it lasted</source>
        <translation>Bewijs van hoe lang de ziekte duurde</translation>
    </message>
    <message>
        <source>Proof of the family tie</source>
        <translation>Bewijs van de familieband</translation>
    </message>
    <message>
        <source>Proof of giving care</source>
        <translation>Bewijs dat u zorgde voor dit familielid</translation>
    </message>
    <message>
        <source>Death certificate</source>
        <translation>Overlijdensakte</translation>
    </message>
    <message>
        <source>Proof of enrolment</source>
        <translation>Bewijs van inschrijving bij de opleiding</translation>
    </message>
    <message>
        <source>Overview of study results</source>
        <translation>Overzicht van studieresultaten</translation>
    </message>
    <message>
        <source>Statement from the language school</source>
        <translation>Verklaring van de taalschool</translation>
    </message>
    <message>
        <source>Overview of lessons attended</source>
        <translation>Overzicht van gevolgde lessen</translation>
    </message>
    <message>
        <source>Exam results</source>
        <translation>Uitslagen van examens</translation>
    </message>
</context>
<context>
    <name>vocab.extension_reason</name>
    <message>
        <source>Own illness (over 3 months)</source>
        <translation>Eigen ziekte (langer dan 3 maanden)</translation>
    </message>
    <message>
        <source>Illness of a close relative</source>
        <translation>Ziekte van een naast familielid</translation>
    </message>
    <message>
        <source>Death of a close relative</source>
        <translation>Overlijden van een naast familielid</translation>
    </message>
    <message>
        <source>A Dutch education</source>
        <translation>Een Nederlandse opleiding</translation>
    </message>
    <message>
        <source>No blame (e.g. lessons cancelled or a waiting list)</source>
        <translation>Geen schuld (bijvoorbeeld lessen uitgevallen of wachtlijst)</translation>
    </message>
    <message>
        <source>Considerable effort</source>
        <translation>Veel moeite gedaan</translation>
    </message>
    <message>
        <source>Recorded earlier</source>
        <translation>Eerder vastgelegd</translation>
    </message>
</context>
<context>
    <name>vocab.kind</name>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>Afspraak</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activiteit</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <source>Signal</source>
        <translation>Signaal</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Taak</translation>
    </message>
</context>
<context>
    <name>vocab.period_kind</name>
    <message>
        <source>month</source>
        <translation>maand</translation>
    </message>
    <message>
        <source>quarter</source>
        <translation>kwartaal</translation>
    </message>
    <message>
        <source>year</source>
        <translation>jaar</translation>
    </message>
</context>
<context>
    <name>vocab.route</name>
    <message>
        <source>B1 route</source>
        <translation>B1-route</translation>
    </message>
    <message>
        <source>Education route</source>
        <translation>Onderwijsroute</translation>
    </message>
    <message>
        <source>Z route</source>
        <translation>Z-route</translation>
    </message>
    <message>
        <source>Not yet known</source>
        <translation>Nog onbekend</translation>
    </message>
</context>
<context>
    <name>vocab.signal_status</name>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Opgelost</translation>
    </message>
</context>
<context>
    <name>vocab.signal_theme</name>
    <message>
        <source>Childcare</source>
        <translation>Kinderopvang</translation>
    </message>
    <message>
        <source>Waiting list</source>
        <translation>Wachtlijst taalschool</translation>
    </message>
    <message>
        <source>Route does not fit</source>
        <translation>Route past niet</translation>
    </message>
    <message>
        <source>Lessons cancelled</source>
        <translation>Lessen uitgevallen</translation>
    </message>
    <message>
        <source>Travel costs</source>
        <translation>Reiskosten</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Gezondheid</translation>
    </message>
    <message>
        <source>Housing</source>
        <translation>Wonen</translation>
    </message>
    <message>
        <source>Money</source>
        <translation>Geld</translation>
    </message>
    <message>
        <source>Work / diploma</source>
        <translation>Werk / diploma</translation>
    </message>
    <message>
        <source>Isolation</source>
        <translation>Eenzaamheid</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Overig</translation>
    </message>
</context>
<context>
    <name>vocab.status</name>
    <message>
        <source>Active</source>
        <translation>Actief</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Afgesloten</translation>
    </message>
</context>
<context>
    <name>vocab.task_status</name>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Gedaan</translation>
    </message>
</context>
<context>
    <name>vocab.topic</name>
    <message>
        <source>Civic integration</source>
        <translation>Inburgering</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Werk</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Onderwijs</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Gezondheid</translation>
    </message>
    <message>
        <source>Money</source>
        <translation>Geld</translation>
    </message>
    <message>
        <source>Housing</source>
        <translation>Wonen</translation>
    </message>
    <message>
        <source>Childcare</source>
        <translation>Kinderopvang</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Overig</translation>
    </message>
</context>
<context>
    <name>vocab.wi2021_component</name>
    <message>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <source>Participation</source>
        <translation>Participatie</translation>
    </message>
    <message>
        <source>MAP practical part</source>
        <translation>MAP praktijkdeel</translation>
    </message>
</context>
</TS>

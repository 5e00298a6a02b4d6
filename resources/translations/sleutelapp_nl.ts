<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
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
    <name>ChoosableNewcomers</name>
    <message>
        <source>{0} (closed)</source>
        <translation>{0} (afgesloten)</translation>
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
        <source>Note</source>
        <translation>Notitie</translation>
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
    <name>FirstStartPage</name>
    <message>
        <source>The two passphrases are not the same. Type them again.</source>
        <translation>De twee wachtzinnen zijn niet gelijk. Typ ze opnieuw.</translation>
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
        <source>Who keeps this case file? Your name and your organisation appear on the report for the regisseur. You can change them later under Settings.</source>
        <translation>Wie houdt dit dossier bij? Uw naam en uw organisatie staan op het rapport voor de regisseur. U kunt ze later veranderen bij Instellingen.</translation>
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
        <source>Create my case file</source>
        <translation>Maak mijn dossier</translation>
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
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Summaries to merge</source>
        <translation>Samenvattingen om samen te voegen</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabel</translation>
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
    <name>SummaryDialog</name>
    <message>
        <source>Table</source>
        <translation>Tabel</translation>
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
    <message>
        <source>Shows the next {0}; the agenda (Ctrl+G) shows them per week.</source>
        <translation>Toont de volgende {0}; de agenda (Ctrl+G) toont ze per week.</translation>
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
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ti">
<context>
    <name>AboutDialog</name>
    <message>
        <source>These translations were made by machine and no native speaker has checked them yet: {0}. If you see a wrong or unclear word, please tell the people who gave you Sleutelapp, so the translation can be improved.</source>
        <translation>እዞም ትርጉማት ብኮምፒተር እዮም ተሰሪሖም፡ ገና ድማ ቋንቋኡ ከም ኣደ ቋንቋ ዝዛረብ ሰብ ኣይፈተሾምን: {0}። ጌጋ ወይ ዘይንጹር ቃል እንተ ረኺብኩም፡ እቲ ትርጉም ምእንቲ ክመሓየሽ፡ ነቶም Sleutelapp ዝሃቡኹም ሰባት ንገርዎም።</translation>
    </message>
    <message>
        <source>Noto fonts: {0}</source>
        <translation>ፊደላት Noto: {0}</translation>
    </message>
    <message>
        <source>GNU GPL 3.0 (referred to by the LGPL 3.0)</source>
        <translation>GNU GPL 3.0 (LGPL 3.0 ዝጠቕሶ)</translation>
    </message>
    <message>
        <source>About Sleutelapp</source>
        <translation>ብዛዕባ Sleutelapp</translation>
    </message>
    <message>
        <source>Version {0}</source>
        <translation>ስሪት {0}</translation>
    </message>
    <message>
        <source>The case notebook of a key person in civic integration. Everything stays encrypted on this computer; Sleutelapp does not use the internet.</source>
        <translation>ዶሴ ናይ ሰብ መፍትሕ ኣብ ውህደት። ኩሉ ኣብዚ ኮምፒተር ተመስጢሩ ይጸንሕ፤ Sleutelapp ኢንተርነት ኣይጥቀምን።</translation>
    </message>
    <message>
        <source>Free software under the European Union Public Licence ({0}).</source>
        <translation>ናጻ ሶፍትዌር ብትሕቲ European Union Public Licence ({0})።</translation>
    </message>
    <message>
        <source>Components</source>
        <translation>ክፍልታት</translation>
    </message>
    <message>
        <source>Licence texts</source>
        <translation>ጽሑፋት ሊሰንስ</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>ዕጸዉ</translation>
    </message>
    <message>
        <source>Copy version details</source>
        <translation>ሓበሬታ ስሪት ቅድሑ</translation>
    </message>
    <message>
        <source>Fonts {0}</source>
        <translation>ፊደላት {0}</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>ክፍሊ</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>ስሪት</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>ሊሰንስ</translation>
    </message>
    <message>
        <source>Sleutelapp contains these parts made by others. The full licence texts are under ‘Licence texts’.</source>
        <translation>Sleutelapp እዞም ብኻልኦት ዝተሰርሑ ክፍልታት ሒዙ ኣሎ። ምሉኣት ጽሑፋት ሊሰንስ ኣብ ትሕቲ ‘ጽሑፋት ሊሰንስ’ ይርከቡ።</translation>
    </message>
    <message>
        <source>Licence text</source>
        <translation>ጽሑፍ ሊሰንስ</translation>
    </message>
    <message>
        <source>Choose a licence</source>
        <translation>ሊሰንስ ምረጹ</translation>
    </message>
</context>
<context>
    <name>AgendaModel</name>
    <message>
        <source>today</source>
        <translation>ሎሚ</translation>
    </message>
    <message>
        <source>nothing planned</source>
        <translation>ዝተሓስበ የለን</translation>
    </message>
    <message>
        <source>Enter opens the dialog that makes all due reports at once.</source>
        <translation>Enter ኩሎም ግዜኦም ዝበጽሐ ጸብጻባት ሓንሳብ ዝሰርሕ መስኮት ይኸፍት።</translation>
    </message>
    <message>
        <source>you go along</source>
        <translation>ንስኹም ትሳነዩ</translation>
    </message>
    <message>
        <source>all day</source>
        <translation>ምሉእ መዓልቲ</translation>
    </message>
    <message>
        <source>Task — {0}: {1}</source>
        <translation>ዕማም — {0}: {1}</translation>
    </message>
    <message>
        <source>{0} — the termijn ends today</source>
        <translation>{0} — ግዜ ገደብ (termijn) ሎሚ ይውዳእ</translation>
    </message>
    <message>
        <source>{0} — answer from DUO to the extension request expected</source>
        <translation>{0} — ካብ DUO ንሕቶ ምንዋሕ ግዜ መልሲ ይጽበ</translation>
    </message>
</context>
<context>
    <name>AgendaView</name>
    <message>
        <source>Week</source>
        <translation>ሰሙን</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>ወርሒ</translation>
    </message>
    <message>
        <source>Week {0}: {1} up to and including {2}</source>
        <translation>ሰሙን {0}: {1} ክሳብ {2}</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>ኣጀንዳ</translation>
    </message>
    <message>
        <source>Previous week or month (Page Up)</source>
        <translation>ዝሓለፈ ሰሙን ወይ ወርሒ (Page Up)</translation>
    </message>
    <message>
        <source>&lt; &amp;Previous</source>
        <translation>&lt; ዝሓለፈ</translation>
    </message>
    <message>
        <source>Back to this week or month (T)</source>
        <translation>ናብዚ ሰሙን ወይ ወርሒ ተመለሱ (T)</translation>
    </message>
    <message>
        <source>To t&amp;oday</source>
        <translation>ናብ ሎሚ</translation>
    </message>
    <message>
        <source>Next week or month (Page Down)</source>
        <translation>ዝቕጽል ሰሙን ወይ ወርሒ (Page Down)</translation>
    </message>
    <message>
        <source>N&amp;ext &gt;</source>
        <translation>ዝቕጽል &gt;</translation>
    </message>
    <message>
        <source>Sho&amp;w</source>
        <translation>ኣርእዩ</translation>
    </message>
    <message>
        <source>Agenda items by day</source>
        <translation>ኣጀንዳ ብመዓልቲ</translation>
    </message>
    <message>
        <source>Enter opens the newcomer. Ctrl+D: done, Ctrl+Shift+N: no-show, Ctrl+Shift+X: cancelled.</source>
        <translation>Enter ነቲ ሓድሽ መጻኢ ይኸፍት። Ctrl+D: ተፈጺሙ, Ctrl+Shift+N: ኣይመጽአን, Ctrl+Shift+X: ተቋሪጹ።</translation>
    </message>
    <message>
        <source>Week as &amp;PDF…</source>
        <translation>ሰሙን ከም PDF…</translation>
    </message>
    <message>
        <source>Export the agenda (.&amp;ics)…</source>
        <translation>ኣጀንዳ ኣውጽኡ (.ics)…</translation>
    </message>
</context>
<context>
    <name>AgendaWeek</name>
    <message>
        <source>own agenda (paper)</source>
        <translation>ውልቃዊ ኣጀንዳ (ወረቐት)</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>ቆጸራ</translation>
    </message>
    <message>
        <source>{what}: {name}</source>
        <translation>{what}: {name}</translation>
    </message>
    <message>
        <source> (I go along)</source>
        <translation> (ኣነ እሳነ)</translation>
    </message>
    <message>
        <source>Cancelled: {item}</source>
        <translation>ተቋሪጹ: {item}</translation>
    </message>
    <message>
        <source>Task: {name}</source>
        <translation>ዕማም: {name}</translation>
    </message>
    <message>
        <source>Term ends: {name}</source>
        <translation>ግዜ ገደብ ይውዳእ: {name}</translation>
    </message>
    <message>
        <source>DUO&apos;s answer on the extension expected: {name}</source>
        <translation>መልሲ DUO ብዛዕባ ምንዋሕ ግዜ ይጽበ: {name}</translation>
    </message>
    <message>
        <source>Agenda week {week}</source>
        <translation>ኣጀንዳ ሰሙን {week}</translation>
    </message>
    <message>
        <source>{start} up to and including {end}</source>
        <translation>{start} ክሳብ {end}</translation>
    </message>
    <message>
        <source>Nothing planned.</source>
        <translation>ዝተሓሰበ የለን።</translation>
    </message>
    <message>
        <source>Agenda week {week} · personal</source>
        <translation>ኣጀንዳ ሰሙን {week} · ውልቃዊ</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>ገጽ {page} ካብ {pages}</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>ኣጀንዳ</translation>
    </message>
</context>
<context>
    <name>AgendaWeekDialog</name>
    <message>
        <source>The week of {0} up to and including {1} as a PDF to print.</source>
        <translation>ሰሙን ካብ {0} ክሳብ {1} ንምሕታም ከም PDF።</translation>
    </message>
    <message>
        <source>Initials (A.K.)</source>
        <translation>ቀዳሞት ፊደላት (A.K.)</translation>
    </message>
    <message>
        <source>Known-as name</source>
        <translation>ዝጽውዕሉ ስም</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>ምሉእ ስም</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>ዓቅቡ</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ኣቋርጹ</translation>
    </message>
    <message>
        <source>Save the week as PDF</source>
        <translation>ሰሙን ከም PDF ዓቅቡ</translation>
    </message>
    <message>
        <source>Choose an existing folder for the file.</source>
        <translation>ነቲ ፋይል ዘሎ ፎልደር ምረጹ።</translation>
    </message>
    <message>
        <source>Writing the PDF…</source>
        <translation>PDF ይስራሕ ኣሎ…</translation>
    </message>
    <message>
        <source>Week as PDF</source>
        <translation>ሰሙን ከም PDF</translation>
    </message>
    <message>
        <source>&amp;Names</source>
        <translation>ኣስማት</translation>
    </message>
    <message>
        <source>Show the &amp;type of health appointments (GP, hospital, …)</source>
        <translation>ዓይነት ናይ ጥዕና ቆጸራ ኣርእዩ (ሓኪም ስድራ, ሆስፒታል, …)</translation>
    </message>
    <message>
        <source>The place of a health appointment is only shown when its type is shown too: an address can tell what kind of care it is.</source>
        <translation>ቦታ ናይ ጥዕና ቆጸራ ዝርአ ዓይነቱ እውን ምስ ዝርአ ጥራይ እዩ: ኣድራሻ እንታይ ዓይነት ክንክን ምዃኑ ከርኢ ይኽእል።</translation>
    </message>
    <message>
        <source>Show the &amp;place of appointments</source>
        <translation>ቦታ ቆጸራታት ኣርእዩ</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ፋይል</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>ምረጹ…</translation>
    </message>
    <message>
        <source>This paper is for yourself. Keep it with you and destroy it after the week. The Shared tab will say that these appointments were printed.</source>
        <translation>እዚ ወረቐት ንዓኹም እዩ። ምሳኹም ሓዝዎ፡ ድሕሪ እቲ ሰሙን ኣጥፍእዎ። ኣብ ገጽ ዝተኻፈለ እዞም ቆጸራታት ከም ዝተሓተሙ ክጽሓፍ እዩ።</translation>
    </message>
</context>
<context>
    <name>AnonymisedSummary</name>
    <message>
        <source>Numbers count contacts, appointments, signals or hours; in brackets is the number of different newcomers the number rests on. * = not shown to protect privacy: fewer than {k} newcomers are involved, or it could otherwise be worked out from the totals. 12+ = at least 12: some of the merged overviews did not show this cell.</source>
        <translation>ቁጽርታት ርክባት፡ ቆጸራታት፡ መጠንቀቕታታት ወይ ሰዓታት ይቖጽሩ፤ ኣብ ውሽጢ ቅንፍ ዘሎ፡ እቲ ቁጽሪ ዝምርኮሰሎም ብዝሒ ዝተፈላለዩ ሓደስቲ መጻእቲ እዩ። * = ንብሕትውና ንምሕላው ኣይተራእየን፤ ካብ {k} ዝውሕዱ ሓደስቲ መጻእቲ ይምልከቶ፡ ወይ ካብቲ ድምር ክፍለጥ ይኽእል። 12+ = እንተወሓደ 12፤ ገለ ካብቶም ዝሓበሩ ሓፈሻዊ መግለጺታት ነዚ ክፍሊ ኣየርኣዩዎን።</translation>
    </message>
    <message>
        <source>This overview holds no names, no numbers of people, no free text and no dates finer than the period. Only newcomers who consented to be counted in anonymised overviews are counted.</source>
        <translation>እዚ ሓፈሻዊ መግለጺ ስም፡ ቁጽሪ ሰባት፡ ነጻ ጽሑፍ ወይ ካብቲ እዋን ዝነኣሰ ዕለት የብሉን። ኣብ ስም ዘይብሉ ሓፈሻዊ መግለጺ ክቑጸሩ ፍቓድ ዝሃቡ ሓደስቲ መጻእቲ ጥራይ እዮም ዝቑጸሩ።</translation>
    </message>
    <message>
        <source>What does a * mean? In that place is a number we do not show. This protects the privacy of the newcomers. We only show a number when it is about at least {k} different newcomers. With fewer people, someone might guess who it is about. Sometimes we also hide a second number, because otherwise you could work out the first one from the totals.</source>
        <translation>* እንታይ ማለት እዩ? ኣብቲ ቦታ ዘየርኣናዮ ቁጽሪ ኣሎ። እዚ ንብሕትውና ሓደስቲ መጻእቲ ይሕሉ። ቁጽሪ ነርኢ እንተ ብውሑዱ {k} ዝተፈላለዩ ሓደስቲ መጻእቲ ዝምልከት ጥራይ እዩ። ብውሑዳት ሰባት፡ ሓደ ሰብ መን ምዃኑ ክግምት ይኽእል። ሓድሓደ ግዜ ካልኣይ ቁጽሪ እውን ንሓብኦ፡ እንተዘይኮይኑ ነቲ ቀዳማይ ካብቲ ድምር ክትፈልጥዎ ምኸኣልኩም።</translation>
    </message>
    <message>
        <source>Why is much hidden? When an overview is about few newcomers, most numbers rest on fewer than {k} people. We do not show those numbers. That is not a mistake. Merged with the overviews of other key persons the groups grow and you see more.</source>
        <translation>ስለምንታይ ብዙሕ ይሕባእ? ሓፈሻዊ መግለጺ ብዛዕባ ውሑዳት ሓደስቲ መጻእቲ ምስ ዝኸውን፡ መብዛሕትኦም ቁጽርታት ኣብ ካብ {k} ዝውሕዱ ሰባት ይምርኮሱ። ነዞም ቁጽርታት ኣየርኣናዮምን። እዚ ጌጋ ኣይኮነን። ምስ ሓፈሻዊ መግለጺታት ካልኦት ሰባት መፍትሕ ምስ ዝሓብር፡ እቶም ጉጅለታት ይዓብዩ፡ ዝያዳ ድማ ትርእዩ።</translation>
    </message>
    <message>
        <source>Each period gets one summary, with fixed figures. If you ask for the same period again later, you get the same figures. So nobody can subtract two overviews from each other to find a hidden number.</source>
        <translation>ነፍሲ ወከፍ እዋን ሓደ ጽማቝ ምስ ዘይቀያየሩ ቁጽርታት ይረክብ። ድሒርኩም ነቲ ሓደ እዋን እንደገና እንተሓቲትኩም፡ ነቶም ሓደ ቁጽርታት ትረኽቡ። ስለዚ ዝተሓብአ ቁጽሪ ንምርካብ ክልተ ሓፈሻዊ መግለጺታት ካብ ሓድሕዶም ክጎድል ዝኽእል የለን።</translation>
    </message>
    <message>
        <source>the label looks like it contains personal data ({0}); use a neutral label such as a neighbourhood</source>
        <translation>እቲ ስያመ ውልቃዊ ሓበሬታ ዝሓዘ ይመስል ({0})፤ ከም ከባቢ ዝኣመሰለ ገለልተኛ ስያመ ተጠቐሙ</translation>
    </message>
</context>
<context>
    <name>BackupInfo</name>
    <message numerus="yes">
        <source>%n newcomer(s)</source>
        <translation>
            <numerusform>%n ሓድሽ መጻኢ</numerusform>
            <numerusform>%n ሓደስቲ መጻእቲ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies)</source>
        <translation>
            <numerusform>%n ምዝገባ</numerusform>
            <numerusform>%n ምዝገባታት</numerusform>
        </translation>
    </message>
    <message>
        <source>Backup of {when}: {newcomers}, {entries}.</source>
        <translation>ቅዳሕ ውሕስና ናይ {when}: {newcomers}, {entries}።</translation>
    </message>
    <message>
        <source>Backup of {when}: {newcomers}, {entries}, last change {changed}.</source>
        <translation>ቅዳሕ ውሕስና ናይ {when}: {newcomers}, {entries}፡ ናይ መወዳእታ ለውጢ {changed}።</translation>
    </message>
</context>
<context>
    <name>CalendarExport</name>
    <message>
        <source>Appointment</source>
        <translation>ቆጸራ</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>ዕማም</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>ተቋሪጹ</translation>
    </message>
    <message>
        <source>I go along</source>
        <translation>ኣነ እሳነ</translation>
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
        <translation>ቀዳሞት ፊደላት (A.K.)</translation>
    </message>
    <message>
        <source>Known-as name</source>
        <translation>ዝጽውዕሉ ስም</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>ምሉእ ስም</translation>
    </message>
    <message>
        <source>own calendar</source>
        <translation>ናትኩም ዓውደ ኣዋርሕ</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>ዓቅቡ</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ኣቋርጹ</translation>
    </message>
    <message>
        <source>Save the calendar file</source>
        <translation>ፋይል ዓውደ ኣዋርሕ ዓቅቡ</translation>
    </message>
    <message>
        <source>Calendar file (*.ics)</source>
        <translation>ፋይል ዓውደ ኣዋርሕ (*.ics)</translation>
    </message>
    <message>
        <source>Choose an existing folder for the file.</source>
        <translation>ነቲ ፋይል ዘሎ ፎልደር ምረጹ።</translation>
    </message>
    <message>
        <source>Writing the calendar file…</source>
        <translation>ፋይል ዓውደ ኣዋርሕ ይስራሕ ኣሎ…</translation>
    </message>
    <message>
        <source>Saved. The Shared tab now says that these items went to your calendar:</source>
        <translation>ተዓቂቡ። ኣብ ገጽ ዝተኻፈለ ሕጂ እዞም ናብ ዓውደ ኣዋርሕኹም ከም ዝኸዱ ይብል:</translation>
    </message>
    <message>
        <source>Export the agenda (.ics)</source>
        <translation>ኣጀንዳ ኣውጽኡ (.ics)</translation>
    </message>
    <message>
        <source>Your planned appointments and open tasks go into a calendar file (.ics). You can open it in the calendar on your phone or computer.</source>
        <translation>ዝተሓስቡ ቆጸራታትኩምን ክፉታት ዕማማትኩምን ናብ ፋይል ዓውደ ኣዋርሕ (.ics) ይኣትዉ። ኣብ ዓውደ ኣዋርሕ ናይ ተሌፎንኩም ወይ ኮምፒተርኩም ክትከፍትዎ ትኽእሉ ኢኹም።</translation>
    </message>
    <message>
        <source>&amp;Days ahead</source>
        <translation>መዓልትታት ንቕድሚት</translation>
    </message>
    <message>
        <source>&amp;Names</source>
        <translation>ኣስማት</translation>
    </message>
    <message>
        <source>Show the &amp;type of health appointments (GP, hospital, …)</source>
        <translation>ዓይነት ናይ ጥዕና ቆጸራ ኣርእዩ (ሓኪም ስድራ, ሆስፒታል, …)</translation>
    </message>
    <message>
        <source>The place of a health appointment is only shown when its type is shown too: an address can tell what kind of care it is.</source>
        <translation>ቦታ ናይ ጥዕና ቆጸራ ዝኣቱ ዓይነቱ እውን ምስ ዝኣቱ ጥራይ እዩ: ኣድራሻ እንታይ ዓይነት ክንክን ምዃኑ ከርኢ ይኽእል።</translation>
    </message>
    <message>
        <source>Show the &amp;place of appointments</source>
        <translation>ቦታ ቆጸራታት ኣርእዩ</translation>
    </message>
    <message>
        <source>&amp;Goes to</source>
        <translation>መዕለቢ</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ፋይል</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>ምረጹ…</translation>
    </message>
    <message>
        <source>Careful: a calendar on your phone that syncs sends everything in this file to the company behind that calendar (Google, Apple or Microsoft). That is why names are initials and places and health types stay out, unless you choose otherwise.</source>
        <translation>ተጠንቀቑ: ዝሰማማዕ (sync) ዓውደ ኣዋርሕ ኣብ ተሌፎንኩም፡ ኩሉ ኣብዚ ፋይል ዘሎ ናብቲ ድሕሪ እቲ ዓውደ ኣዋርሕ ዘሎ ኩባንያ (Google, Apple ወይ Microsoft) ይሰድዶ። ስለዚ ኣስማት ብቀዳሞት ፊደላት ጥራይ ይኣትዉ፡ ቦታታትን ዓይነት ጥዕናን ድማ ኣይኣትዉን፡ ንስኹም ካልእ እንተ ዘይመሪጽኩም።</translation>
    </message>
</context>
<context>
    <name>CandidatesModel</name>
    <message>
        <source>Accepted</source>
        <translation>ተቐቢሉ</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>ተነጺጉ</translation>
    </message>
    <message numerus="yes">
        <source>{0}, %n summary(ies)</source>
        <translation>
            <numerusform>{0}, %n ጽማቝ</numerusform>
            <numerusform>{0}, %n ጽማቝታት</numerusform>
        </translation>
    </message>
    <message>
        <source>File</source>
        <translation>ፋይል</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ኩነታት</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>ዝርዝር</translation>
    </message>
</context>
<context>
    <name>CaseError</name>
    <message>
        <source>A case file already exists in {data}. Nothing was overwritten.</source>
        <translation>ኣብ {data} ድሮ ዶሴ ኣሎ። ዋላ ሓንቲ ኣይተተክአን።</translation>
    </message>
    <message>
        <source>The time zone data (Europe/Amsterdam) is missing from this installation. Reinstall Sleutelapp.</source>
        <translation>ሓበሬታ ሰዓት ዞባ (Europe/Amsterdam) ኣብዚ ምትካል የለን። Sleutelapp እንደገና ኣትክሉ።</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist. Choose an existing folder; nothing was written.</source>
        <translation>እቲ ማህደር {folder} የለን። ዘሎ ማህደር ምረጹ፤ ዋላ ሓንቲ ኣይተጻሕፈን።</translation>
    </message>
    <message>
        <source>{folder} already holds a file of the same name ({files}). Choose another folder or move that file; nothing was written.</source>
        <translation>ኣብ {folder} ብተመሳሳሊ ስም ፋይል ድሮ ኣሎ ({files})። ካልእ ማህደር ምረጹ ወይ ነቲ ፋይል ኣግዕዝዎ፤ ዋላ ሓንቲ ኣይተጻሕፈን።</translation>
    </message>
    <message>
        <source>Choose at least one newcomer to hand over.</source>
        <translation>ንምርካብ እንተወሓደ ሓደ ሓድሽ መጻኢ ምረጹ።</translation>
    </message>
    <message>
        <source>Handover refused, nothing was changed: {reason}</source>
        <translation>ምርካብ ተነጺጉ፡ ዋላ ሓንቲ ኣይተቐየረን: {reason}</translation>
    </message>
    <message>
        <source>the file is too large</source>
        <translation>እቲ ዶሴ ኣዝዩ ዓቢ እዩ</translation>
    </message>
    <message>
        <source>the content cannot be read</source>
        <translation>እቲ ትሕዝቶ ክንበብ ኣይከኣለን</translation>
    </message>
    <message>
        <source>the content is nested too deeply</source>
        <translation>እቲ ትሕዝቶ ኣዝዩ ብዙሕ ደረጃታት ኣለዎ</translation>
    </message>
    <message>
        <source>an id occurs twice</source>
        <translation>ሓደ id ክልተ ግዜ ይርከብ</translation>
    </message>
    <message>
        <source>invalid data ({exc})</source>
        <translation>ዘይቅቡል ሓበሬታ ({exc})</translation>
    </message>
    <message>
        <source>This is not a transfer code: it has 24 letters and digits in groups of four (for example ABCD-EFGH-…). Check what you typed.</source>
        <translation>እዚ ኮድ ምርካብ ኣይኮነን፡ ኣብ ጉጅለታት ናይ ኣርባዕተ 24 ፊደላትን ቁጽርታትን ኣለዎ (ንኣብነት ABCD-EFGH-…)። ዝጸሓፍኩምዎ ፈትሹ።</translation>
    </message>
    <message>
        <source>That is too much for one handover file. Choose fewer newcomers at a time.</source>
        <translation>እዚ ንሓደ ፋይል ምርካብ ኣዝዩ ብዙሕ እዩ። ኣብ ሓደ ግዜ ውሑዳት ሓደስቲ መጻእቲ ምረጹ።</translation>
    </message>
    <message>
        <source>the file is damaged or was changed. Ask your colleague for a new file.</source>
        <translation>እቲ ፋይል ተበላሽዩ ወይ ተቐይሩ እዩ። ንመሳርሕትኹም ሓድሽ ፋይል ሕተቱ።</translation>
    </message>
    <message>
        <source>this is not a handover file</source>
        <translation>እዚ ፋይል ምርካብ ኣይኮነን</translation>
    </message>
    <message>
        <source>the file is incomplete</source>
        <translation>እቲ ፋይል ምሉእ ኣይኮነን</translation>
    </message>
    <message>
        <source>version {version} is not supported (update the app)</source>
        <translation>ስሪት {version} ኣይድገፍን (ነቲ app ኣሐድሱ)</translation>
    </message>
    <message>
        <source>This transfer code does not fit this file. Nothing was changed; check the code and try again.</source>
        <translation>እዚ ኮድ ምርካብ ምስዚ ፋይል ኣይሰማማዕን። ዋላ ሓንቲ ኣይተቐየረን፤ ነቲ ኮድ ፈቲሽኩም እንደገና ፈትኑ።</translation>
    </message>
    <message>
        <source>the content is too large</source>
        <translation>እቲ ትሕዝቶ ኣዝዩ ዓቢ እዩ</translation>
    </message>
    <message>
        <source>text</source>
        <translation>ጽሑፍ</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>ቁጽሪ</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>ምሉእ ቁጽሪ</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>ሓቂ ወይ ሓሶት</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>ዝርዝር</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ኦብጀክት</translation>
    </message>
    <message>
        <source>Import refused, nothing was changed: {problem}</source>
        <translation>ምእታው ተነጺጉ፡ ዋላ ሓንቲ ኣይተቐየረን: {problem}</translation>
    </message>
    <message numerus="yes">
        <source>Import refused, nothing was changed: %n problem(s) in the file.</source>
        <translation>
            <numerusform>ምእታው ተነጺጉ፡ ዋላ ሓንቲ ኣይተቐየረን: ኣብቲ ፋይል %n ጸገም።</numerusform>
            <numerusform>ምእታው ተነጺጉ፡ ዋላ ሓንቲ ኣይተቐየረን: ኣብቲ ፋይል %n ጸገማት።</numerusform>
        </translation>
    </message>
    <message>
        <source>… and {more} more</source>
        <translation>… ከምኡ&apos;ውን {more} ካልኦት</translation>
    </message>
    <message>
        <source>not a valid id (a lower-case UUID)</source>
        <translation>ቅቡል id ኣይኮነን (UUID ብንኣሽቱ ፊደላት)</translation>
    </message>
    <message>
        <source>not a valid date (YYYY-MM-DD)</source>
        <translation>ቅቡል ዕለት ኣይኮነን (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>not a valid date (YYYY-MM-DD or null)</source>
        <translation>ቅቡል ዕለት ኣይኮነን (YYYY-MM-DD ወይ null)</translation>
    </message>
    <message>
        <source>only contacts have topics</source>
        <translation>ኣርእስትታት ዘለዎም ርክባት ጥራይ እዮም</translation>
    </message>
    <message>
        <source>{one} or {other}</source>
        <translation>{one} ወይ {other}</translation>
    </message>
    <message>
        <source>must be {type}</source>
        <translation>{type} ክኸውን ኣለዎ</translation>
    </message>
    <message>
        <source>unknown value {value}</source>
        <translation>ዘይፍለጥ ዋጋ {value}</translation>
    </message>
    <message>
        <source>too long (at most {limit} characters)</source>
        <translation>ኣዝዩ ነዊሕ (እንተበዝሐ {limit} ፊደላት)</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>ባዶ ክኸውን የብሉን</translation>
    </message>
    <message>
        <source>must be at least {limit}</source>
        <translation>እንተወሓደ {limit} ክኸውን ኣለዎ</translation>
    </message>
    <message>
        <source>must be more than {limit}</source>
        <translation>ካብ {limit} ክበዝሕ ኣለዎ</translation>
    </message>
    <message>
        <source>must be at most {limit}</source>
        <translation>እንተበዝሐ {limit} ክኸውን ኣለዎ</translation>
    </message>
    <message>
        <source>too many items (at most {limit})</source>
        <translation>ኣዝዮም ብዙሓት ኣቕሑ (እንተበዝሐ {limit})</translation>
    </message>
    <message>
        <source>holds a value twice</source>
        <translation>ሓደ ዋጋ ክልተ ግዜ ሒዙ</translation>
    </message>
    <message>
        <source>unknown field</source>
        <translation>ዘይፍለጥ መዐለቢ</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>የለን</translation>
    </message>
    <message>
        <source>cannot read the file ({strerror})</source>
        <translation>ነቲ ፋይል ክንብቦ ኣይከኣልን ({strerror})</translation>
    </message>
    <message>
        <source>not UTF-8 text</source>
        <translation>UTF-8 ጽሑፍ ኣይኮነን</translation>
    </message>
    <message>
        <source>not valid JSON (line {lineno})</source>
        <translation>ቅቡል JSON ኣይኮነን (መስመር {lineno})</translation>
    </message>
    <message>
        <source>nested too deeply</source>
        <translation>ኣዝዩ ብዙሕ ደረጃታት ኣለዎ</translation>
    </message>
    <message>
        <source>a number with too many digits</source>
        <translation>ኣዝዮም ብዙሓት ኣሃዛት ዘለዉዎ ቁጽሪ</translation>
    </message>
    <message>
        <source>this is not a sleutelapp-data file</source>
        <translation>እዚ ፋይል sleutelapp-data ኣይኮነን</translation>
    </message>
    <message>
        <source>version {get!r} is not supported</source>
        <translation>ስሪት {get!r} ኣይድገፍን</translation>
    </message>
    <message>
        <source>holds an invalid character</source>
        <translation>ዘይቅቡል ፊደል ሒዙ</translation>
    </message>
    <message>
        <source>not a valid date</source>
        <translation>ቅቡል ዕለት ኣይኮነን</translation>
    </message>
    <message>
        <source>id {value} already occurs at {seen}</source>
        <translation>id {value} ድሮ ኣብ {seen} ኣሎ</translation>
    </message>
    <message>
        <source>id {value} already exists in this case file</source>
        <translation>id {value} ድሮ ኣብዚ ዶሴ ኣሎ</translation>
    </message>
    <message>
        <source>The period is wrong: the end date is before the start date.</source>
        <translation>እቲ እዋን ጌጋ እዩ፡ ዕለት መወዳእታ ቅድሚ ዕለት መጀመርታ እዩ።</translation>
    </message>
    <message>
        <source>{name} has no active consent for a report for the regisseur. Record the consent first: Consents tab of the newcomer, &apos;Report for the regisseur&apos; (verbal or signed). Nothing was saved.</source>
        <translation>{name} ንጸብጻብ ኣማሓዳሪ ንጡፍ ፍቓድ የብሉን። መጀመርያ ነቲ ፍቓድ መዝግቡ: ኣብ ፍቓዳት ናይቲ ሓድሽ መጻኢ፡ &apos;ጸብጻብ ንኣማሓዳሪ&apos; (ብቓል ወይ ብፊርማ)። ዋላ ሓንቲ ኣይተዓቀበን።</translation>
    </message>
    <message>
        <source>{name}: {reason}</source>
        <translation>{name}: {reason}</translation>
    </message>
    <message>
        <source>the file cannot be read ({strerror}).</source>
        <translation>እቲ ፋይል ክንበብ ኣይከኣለን ({strerror})።</translation>
    </message>
    <message>
        <source>the file is larger than 10 MB; that is not a summary.</source>
        <translation>እቲ ፋይል ካብ 10 MB ይዓቢ፤ እዚ ጽማቝ ኣይኮነን።</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text.</source>
        <translation>እቲ ፋይል UTF-8 ጽሑፍ ኣይኮነን።</translation>
    </message>
    <message>
        <source>the content does not match the format.</source>
        <translation>እቲ ትሕዝቶ ምስቲ ቅርጺ ኣይሰማማዕን።</translation>
    </message>
    <message>
        <source>the file is not valid JSON (line {line}, column {column}); it may be truncated.</source>
        <translation>እቲ ፋይል ቅቡል JSON ኣይኮነን (መስመር {line}, ዓምዲ {column})፤ ምናልባት ተቖሪጹ ይኸውን።</translation>
    </message>
    <message>
        <source>the file is not valid JSON; it may be truncated.</source>
        <translation>እቲ ፋይል ቅቡል JSON ኣይኮነን፤ ምናልባት ተቖሪጹ ይኸውን።</translation>
    </message>
    <message>
        <source>a number with decimals or a special value ({text}); a summary holds whole numbers only.</source>
        <translation>ዓስራይ ዘለዎ ቁጽሪ ወይ ፍሉይ ዋጋ ({text})፤ ጽማቝ ምሉእ ቁጽርታት ጥራይ ይሕዝ።</translation>
    </message>
    <message>
        <source>a number is far too large ({digits} digits).</source>
        <translation>ሓደ ቁጽሪ ኣዝዩ ዓቢ እዩ ({digits} ኣሃዛት)።</translation>
    </message>
    <message>
        <source>the field &apos;{key}&apos; occurs twice.</source>
        <translation>እቲ መዐለቢ &apos;{key}&apos; ክልተ ግዜ ይርከብ።</translation>
    </message>
    <message>
        <source>the file is nested too deeply; that is not a summary.</source>
        <translation>እቲ ፋይል ኣዝዩ ብዙሕ ደረጃታት ኣለዎ፤ እዚ ጽማቝ ኣይኮነን።</translation>
    </message>
    <message>
        <source>the file holds far too many elements.</source>
        <translation>እቲ ፋይል ኣዝዮም ብዙሓት ክፍልታት ሒዙ።</translation>
    </message>
    <message>
        <source>this is not a Sleutelapp summary (format &apos;sleutelapp-summary&apos;).</source>
        <translation>እዚ ጽማቝ Sleutelapp ኣይኮነን (ቅርጺ &apos;sleutelapp-summary&apos;)።</translation>
    </message>
    <message>
        <source>this app does not know this version of the summary format; update Sleutelapp.</source>
        <translation>እዚ app ነዚ ስሪት ቅርጺ ጽማቝ ኣይፈልጦን፤ Sleutelapp ኣሐድሱ።</translation>
    </message>
    <message>
        <source>(top level)</source>
        <translation>(ላዕለዋይ ደረጃ)</translation>
    </message>
    <message>
        <source>unknown field at {where}: {message}. Extra fields could carry personal data; the file was refused.</source>
        <translation>ኣብ {where} ዘይፍለጥ መዐለቢ: {message}። ተወሳኺ መዐለቢታት ውልቃዊ ሓበሬታ ክሕዙ ይኽእሉ፤ እቲ ፋይል ተነጺጉ።</translation>
    </message>
    <message>
        <source>invalid value at {where}: {message}</source>
        <translation>ኣብ {where} ዘይቅቡል ዋጋ: {message}</translation>
    </message>
    <message>
        <source>the same part summary occurs twice.</source>
        <translation>እቲ ሓደ ክፋል ጽማቝ ክልተ ግዜ ይርከብ።</translation>
    </message>
    <message>
        <source>k does not match the parts.</source>
        <translation>k ምስቶም ክፍልታት ኣይሰማማዕን።</translation>
    </message>
    <message>
        <source>a cell&apos;s status does not match its number (suppressed without a number, otherwise with one).</source>
        <translation>ኩነታት ሓደ ክፍሊ ምስ ቁጽሩ ኣይሰማማዕን (ዝተሓብአ ብዘይ ቁጽሪ፡ እንተዘይኮይኑ ምስ ቁጽሪ)።</translation>
    </message>
    <message>
        <source>the table {id} does not have the right shape.</source>
        <translation>እቲ ሰንጠረዥ {id} ቅኑዕ ቅርጺ የብሉን።</translation>
    </message>
    <message>
        <source>the table {id} shows a number about fewer than {k} newcomers (the smallest group that may be shown).</source>
        <translation>እቲ ሰንጠረዥ {id} ብዛዕባ ካብ {k} ዝውሕዱ ሓደስቲ መጻእቲ ቁጽሪ የርኢ (እቲ ክራኣ ዝኽእል ዝነኣሰ ጉጅለ)።</translation>
    </message>
    <message>
        <source>the file&apos;s id does not match its parts; it was edited or made by hand.</source>
        <translation>id ናይቲ ፋይል ምስ ክፍልታቱ ኣይሰማማዕን፤ ተቐይሩ ወይ ብኢድ ተሰሪሑ።</translation>
    </message>
    <message>
        <source>two parts come from the same case file for the same period; that counts twice or can be subtracted.</source>
        <translation>ክልተ ክፍልታት ካብ ሓደ ዶሴ ንሓደ እዋን ይመጹ፤ እዚ ክልተ ግዜ ይቑጸር ወይ ክጎድል ይኽእል።</translation>
    </message>
    <message>
        <source>the table {table} {problem}</source>
        <translation>እቲ ሰንጠረዥ {table} {problem}</translation>
    </message>
    <message numerus="yes">
        <source>a shown cell rests on %n newcomer(s), fewer than the smallest group ({k}).</source>
        <translation>
            <numerusform>ዝተራእየ ክፍሊ ኣብ %n ሓድሽ መጻኢ ይምርኮስ፡ ካብቲ ዝነኣሰ ጉጅለ ({k}) ዝወሓደ።</numerusform>
            <numerusform>ዝተራእየ ክፍሊ ኣብ %n ሓደስቲ መጻእቲ ይምርኮስ፡ ካብቲ ዝነኣሰ ጉጅለ ({k}) ዝወሓደ።</numerusform>
        </translation>
    </message>
    <message>
        <source>the number of newcomers not counted does not match itself.</source>
        <translation>ቁጽሪ ዘይተቖጸሩ ሓደስቲ መጻእቲ ምስ ባዕሉ ኣይሰማማዕን።</translation>
    </message>
    <message>
        <source>has a cell of {value} resting on {newcomers} newcomers; that is impossible.</source>
        <translation>ኣብ {newcomers} ሓደስቲ መጻእቲ ዝምርኮስ ክፍሊ ናይ {value} ኣለዎ፤ እዚ ዘይከኣል እዩ።</translation>
    </message>
    <message>
        <source>counts newcomers other than by the number of newcomers.</source>
        <translation>ሓደስቲ መጻእቲ ብኻልእ መንገዲ ይቖጽር፡ ብቑጽሪ ሓደስቲ መጻእቲ ኣይኮነን።</translation>
    </message>
    <message>
        <source>has a cell on {newcomers} newcomers, more than the {counted} counted.</source>
        <translation>ኣብ {newcomers} ሓደስቲ መጻእቲ ዝኾነ ክፍሊ ኣለዎ፡ ካብቶም {counted} ዝተቖጸሩ ዝበዝሐ።</translation>
    </message>
    <message>
        <source>has a cell ({value} on {newcomers} newcomers) larger than its total ({total} on {total_newcomers}).</source>
        <translation>ካብ ድምሩ ({total} ኣብ {total_newcomers}) ዝዓቢ ክፍሊ ({value} ኣብ {newcomers} ሓደስቲ መጻእቲ) ኣለዎ።</translation>
    </message>
    <message>
        <source>has cells that together ({summed}) exceed their total ({value}).</source>
        <translation>ብሓባር ({summed}) ካብ ድምሮም ({value}) ዝበዝሑ ክፍልታት ኣለዉዎ።</translation>
    </message>
    <message>
        <source>has a total resting on {newcomers} newcomers, more than its cells together ({people}).</source>
        <translation>ኣብ {newcomers} ሓደስቲ መጻእቲ ዝምርኮስ ድምር ኣለዎ፡ ካብ ክፍልታቱ ብሓባር ({people}) ዝበዝሐ።</translation>
    </message>
    <message>
        <source>has cells that together ({summed}) do not add up to their total ({value}).</source>
        <translation>ብሓባር ({summed}) ምስ ድምሮም ({value}) ዘይሰማማዑ ክፍልታት ኣለዉዎ።</translation>
    </message>
    <message>
        <source>Summaries of different periods cannot be merged.</source>
        <translation>ጽማቝታት ናይ ዝተፈላለዩ እዋናት ክሓብሩ ኣይክእሉን።</translation>
    </message>
    <message>
        <source>No summaries to merge.</source>
        <translation>ዝሓብሩ ጽማቝታት የለዉን።</translation>
    </message>
    <message>
        <source>The same summary or case file was offered twice.</source>
        <translation>እቲ ሓደ ጽማቝ ወይ ዶሴ ክልተ ግዜ ቀሪቡ።</translation>
    </message>
    <message>
        <source>this summary is already in {name}; it cannot be counted twice.</source>
        <translation>እዚ ጽማቝ ድሮ ኣብ {name} ኣሎ፤ ክልተ ግዜ ክቑጸር ኣይክእልን።</translation>
    </message>
    <message>
        <source>the period {code} differs from {other_code} ({name}); only summaries of one period can be merged.</source>
        <translation>እቲ እዋን {code} ካብ {other_code} ({name}) ይፈላለ፤ ጽማቝታት ናይ ሓደ እዋን ጥራይ እዮም ክሓብሩ ዝኽእሉ።</translation>
    </message>
    <message>
        <source>comes from the same case file as {name} for the same period (a re-made or copied summary); together they can be subtracted.</source>
        <translation>ንሓደ እዋን ካብ ሓደ ዶሴ ምስ {name} ይመጽእ (እንደገና ዝተሰርሐ ወይ ዝተቐድሐ ጽማቝ)፤ ብሓባር ክጎድሉ ይኽእሉ።</translation>
    </message>
    <message>
        <source>has exactly the same figures as {name} under another id; a copy is not counted twice.</source>
        <translation>ምስ {name} ብኻልእ id ሓደ ዓይነት ቁጽርታት ኣለዎ፤ ቅዳሕ ክልተ ግዜ ኣይቑጸርን።</translation>
    </message>
    <message>
        <source>Summaries of different periods ({periods}) cannot be merged.</source>
        <translation>ጽማቝታት ናይ ዝተፈላለዩ እዋናት ({periods}) ክሓብሩ ኣይክእሉን።</translation>
    </message>
    <message>
        <source>The same summary was offered twice.</source>
        <translation>እቲ ሓደ ጽማቝ ክልተ ግዜ ቀሪቡ።</translation>
    </message>
    <message>
        <source>Two summaries come from the same case file for the same period.</source>
        <translation>ክልተ ጽማቝታት ንሓደ እዋን ካብ ሓደ ዶሴ ይመጹ።</translation>
    </message>
    <message>
        <source>The case file is locked.</source>
        <translation>እቲ ዶሴ ተቖሊፉ ኣሎ።</translation>
    </message>
    <message>
        <source>Sleutelapp has this case file open. Close the app and try again; nothing was changed. Read-only commands such as &apos;check&apos; and &apos;newcomers&apos; still work.</source>
        <translation>Sleutelapp ነዚ ዶሴ ከፊቱዎ ኣሎ። ነቲ app ዕጸውዎ እሞ እንደገና ፈትኑ፤ ዋላ ሓንቲ ኣይተቐየረን። ከም &apos;check&apos; ከምኡ&apos;ውን &apos;newcomers&apos; ዝኣመሰሉ ንምንባብ ጥራይ ዝኾኑ ትእዛዛት ሕጂ&apos;ውን ይሰርሑ።</translation>
    </message>
    <message>
        <source>{name} is not a usable backup: {detail}. Nothing was changed; choose another backup.</source>
        <translation>{name} ጠቓሚ ቅዳሕ ውሕስና ኣይኮነን: {detail}። ዋላ ሓንቲ ኣይተቐየረን፤ ካልእ ቅዳሕ ውሕስና ምረጹ።</translation>
    </message>
    <message>
        <source>There is not enough space for the backup in {parent}. No backup was written and the case file was not changed. Free some space or choose another place.</source>
        <translation>ኣብ {parent} ንቅዳሕ ውሕስና እኹል ቦታ የለን። ቅዳሕ ውሕስና ኣይተጻሕፈን፡ እቲ ዶሴ ድማ ኣይተቐየረን። ገለ ቦታ ኣናጽፉ ወይ ካልእ ቦታ ምረጹ።</translation>
    </message>
    <message>
        <source>the key does not fit</source>
        <translation>እቲ መፍትሕ ኣይሰማማዕን</translation>
    </message>
    <message>
        <source>The backup could not be verified: the case file itself seems damaged. No backup was written; run the health check (&apos;check&apos;).</source>
        <translation>እቲ ቅዳሕ ውሕስና ክረጋገጽ ኣይከኣለን፡ እቲ ዶሴ ባዕሉ ዝተበላሸወ ይመስል። ቅዳሕ ውሕስና ኣይተጻሕፈን፤ ምፍታሽ (&apos;check&apos;) ኣካይዱ።</translation>
    </message>
    <message>
        <source>the database does not open</source>
        <translation>እቲ ዳታቤዝ ኣይኽፈትን</translation>
    </message>
    <message>
        <source>the database is damaged</source>
        <translation>እቲ ዳታቤዝ ተበላሽዩ</translation>
    </message>
    <message>
        <source>the database is damaged or does not match its key</source>
        <translation>እቲ ዳታቤዝ ተበላሽዩ ወይ ምስ መፍትሑ ኣይሰማማዕን</translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation>እቲ ፋይል የለን</translation>
    </message>
    <message>
        <source>it is not a (complete) Sleutelapp backup</source>
        <translation>(ምሉእ) ቅዳሕ ውሕስና Sleutelapp ኣይኮነን</translation>
    </message>
    <message>
        <source>its manifest is unreadable</source>
        <translation>ዝርዝር ትሕዝቶኡ (manifest) ኣይንበብን</translation>
    </message>
    <message>
        <source>it is not a Sleutelapp backup</source>
        <translation>ቅዳሕ ውሕስና Sleutelapp ኣይኮነን</translation>
    </message>
    <message>
        <source>it comes from a newer Sleutelapp; update the app</source>
        <translation>ካብ ዝሓደሰ Sleutelapp እዩ ዝመጽእ፤ ነቲ app ኣሐድሱ</translation>
    </message>
    <message>
        <source>its manifest is incomplete</source>
        <translation>ዝርዝር ትሕዝቶኡ (manifest) ምሉእ ኣይኮነን</translation>
    </message>
    <message>
        <source>it holds unknown files</source>
        <translation>ዘይፍለጡ ፋይላት ሒዙ</translation>
    </message>
    <message>
        <source>{name} is damaged</source>
        <translation>{name} ተበላሽዩ</translation>
    </message>
    <message>
        <source>Invalid data: {problem}</source>
        <translation>ዘይቅቡል ሓበሬታ: {problem}</translation>
    </message>
    <message>
        <source>Nothing was imported: one or more ids already exist in this case file, or an entry refers to an unknown newcomer.</source>
        <translation>ዋላ ሓንቲ ኣይኣተወን: ሓደ ወይ ልዕሊኡ id ድሮ ኣብዚ ዶሴ ኣሎ፡ ወይ ሓደ ምዝገባ ንዘይፍለጥ ሓድሽ መጻኢ ይምልከት።</translation>
    </message>
    <message>
        <source>This case file was written by a newer version of Sleutelapp. Update the app; the file was left untouched.</source>
        <translation>እዚ ዶሴ ብዝሓደሰ ስሪት Sleutelapp ተጻሒፉ። ነቲ app ኣሐድሱ፤ እቲ ፋይል ኣይተተንከፈን።</translation>
    </message>
    <message>
        <source>There is no case file in {parent} yet. Create one with &apos;sleutelapp init&apos; or restore a backup.</source>
        <translation>ኣብ {parent} ገና ዶሴ የለን። ብ &apos;sleutelapp init&apos; ፍጠሩ ወይ ቅዳሕ ውሕስና መልሱ።</translation>
    </message>
    <message>
        <source>The case file {name} is empty (0 bytes). It was left untouched; restore a backup.</source>
        <translation>እቲ ዶሴ {name} ባዶ እዩ (0 bytes)። ኣይተተንከፈን፤ ቅዳሕ ውሕስና መልሱ።</translation>
    </message>
    <message>
        <source>{name} is a plain (unencrypted) SQLite database, not a Sleutelapp case file. It was left untouched; restore a backup.</source>
        <translation>{name} ተራ (ዘይተመስጠረ) SQLite ዳታቤዝ እዩ፡ ዶሴ Sleutelapp ኣይኮነን። ኣይተተንከፈን፤ ቅዳሕ ውሕስና መልሱ።</translation>
    </message>
    <message>
        <source>{name} is not a Sleutelapp case file but another kind of file{kind}. It was left untouched; restore a backup.</source>
        <translation>{name} ዶሴ Sleutelapp ኣይኮነን፡ ካልእ ዓይነት ፋይል እዩ{kind}። ኣይተተንከፈን፤ ቅዳሕ ውሕስና መልሱ።</translation>
    </message>
    <message>
        <source>The case file {name} is damaged{extra}. It was left untouched; restore a backup.</source>
        <translation>እቲ ዶሴ {name} ተበላሽዩ{extra}። ኣይተተንከፈን፤ ቅዳሕ ውሕስና መልሱ።</translation>
    </message>
    <message>
        <source>The key file case.key does not belong to {name}: it opens another case file. Put the right case.key back or restore a backup; nothing was touched.</source>
        <translation>ፋይል መፍትሕ case.key ናይ {name} ኣይኮነን፡ ካልእ ዶሴ እዩ ዝኸፍት። ቅኑዕ case.key ምለሱ ወይ ቅዳሕ ውሕስና መልሱ፤ ዋላ ሓንቲ ኣይተተንከፈን።</translation>
    </message>
    <message>
        <source>The disk is full: Sleutelapp cannot open the case file for writing now. The case file is not damaged. Free some space (delete or move files) and try again.</source>
        <translation>እቲ ዲስክ መሊኡ እዩ፡ Sleutelapp ሕጂ ነቲ ዶሴ ንምጽሓፍ ክኸፍቶ ኣይክእልን። እቲ ዶሴ ኣይተበላሸወን። ገለ ቦታ ኣናጽፉ (ፋይላት ሰርዙ ወይ ኣግዕዙ) እሞ እንደገና ፈትኑ።</translation>
    </message>
    <message>
        <source>Could not write to the disk (full?): nothing was saved. Free some space and try again.</source>
        <translation>ናብቲ ዲስክ ክጽሓፍ ኣይከኣለን (መሊኡ ድዩ?)፡ ዋላ ሓንቲ ኣይተዓቀበን። ገለ ቦታ ኣናጽፉ እሞ እንደገና ፈትኑ።</translation>
    </message>
    <message>
        <source>Invalid consent: {exc}</source>
        <translation>ዘይቅቡል ፍቓድ: {exc}</translation>
    </message>
    <message>
        <source>Invalid consent: that consent sheet was not made for this newcomer.</source>
        <translation>ዘይቅቡል ፍቓድ: እቲ ወረቐት ፍቓድ ነዚ ሓድሽ መጻኢ ኣይተሰርሐን።</translation>
    </message>
    <message>
        <source>Consent not found.</source>
        <translation>ፍቓድ ኣይተረኽበን።</translation>
    </message>
    <message>
        <source>Invalid entry: {problem}</source>
        <translation>ዘይቅቡል ምዝገባ: {problem}</translation>
    </message>
    <message>
        <source>This entry was changed after you opened it (in another window). Nothing was saved. Close this window and open the entry again to see the latest version.</source>
        <translation>እዚ ምዝገባ ድሕሪ ምኽፋትኩም ተቐይሩ (ኣብ ካልእ መስኮት)። ዋላ ሓንቲ ኣይተዓቀበን። ነዚ መስኮት ዕጸውዎ እሞ ነቲ ዳሕረዋይ ስሪት ንምርኣይ ነቲ ምዝገባ እንደገና ክፈትዎ።</translation>
    </message>
    <message>
        <source>This entry does not exist (any more).</source>
        <translation>እዚ ምዝገባ የለን (ድሕሪ ሕጂ)።</translation>
    </message>
    <message>
        <source>that is the name of a case file</source>
        <translation>እዚ ስም ናይ ዶሴ እዩ</translation>
    </message>
    <message>
        <source>that is a backup file</source>
        <translation>እዚ ፋይል ቅዳሕ ውሕስና እዩ</translation>
    </message>
    <message>
        <source>a case file or a backup is there</source>
        <translation>ኣብኡ ዶሴ ወይ ቅዳሕ ውሕስና ኣሎ</translation>
    </message>
    <message>
        <source>that is the folder of the case file (or a folder inside it)</source>
        <translation>እዚ ማህደር ናይቲ ዶሴ (ወይ ኣብ ውሽጡ ዘሎ ማህደር) እዩ</translation>
    </message>
    <message>
        <source>Not written to {target}: {why}. An export may never touch the case file or its backups; choose another folder (for example Documents or a USB stick).</source>
        <translation>ናብ {target} ኣይተጻሕፈን: {why}። ምውጻእ ንዶሴ ወይ ንቅዳሕ ውሕስናታቱ ፈጺሙ ክትንክፍ የብሉን፤ ካልእ ማህደር ምረጹ (ንኣብነት Documents ወይ USB)።</translation>
    </message>
    <message>
        <source>Invalid extension request: {exc}</source>
        <translation>ዘይቅቡል ሕቶ ምንዋሕ ግዜ: {exc}</translation>
    </message>
    <message>
        <source>Extension request not found.</source>
        <translation>ሕቶ ምንዋሕ ግዜ ኣይተረኽበን።</translation>
    </message>
    <message>
        <source>Nothing was changed: an extension request in the file already exists in this case file, or belongs to an unknown newcomer.</source>
        <translation>ዋላ ሓንቲ ኣይተቐየረን: ኣብቲ ፋይል ዘሎ ሕቶ ምንዋሕ ግዜ ድሮ ኣብዚ ዶሴ ኣሎ፡ ወይ ናይ ዘይፍለጥ ሓድሽ መጻኢ እዩ።</translation>
    </message>
    <message>
        <source>Handover refused, nothing was changed: these ids already exist in your case file: {shown}.</source>
        <translation>ምርካብ ተነጺጉ፡ ዋላ ሓንቲ ኣይተቐየረን: እዞም id ድሮ ኣብ ዶሴኹም ኣለዉ: {shown}።</translation>
    </message>
    <message>
        <source>This handover was already received on {when}. Nothing was changed.</source>
        <translation>እዚ ምርካብ ድሮ ኣብ {when} ተቐቢሉ። ዋላ ሓንቲ ኣይተቐየረን።</translation>
    </message>
    <message>
        <source>Handover refused, nothing was changed: {names} is already in your case file. Erase that newcomer first, or ask your colleague for a handover without them.</source>
        <translation>ምርካብ ተነጺጉ፡ ዋላ ሓንቲ ኣይተቐየረን: {names} ድሮ ኣብ ዶሴኹም ኣሎ። መጀመርያ ነቲ ሓድሽ መጻኢ ደምስስዎ፡ ወይ ንመሳርሕትኹም ብዘይኡ ምርካብ ሕተቱ።</translation>
    </message>
    <message>
        <source>Handover refused, nothing was changed: a disclosure in the file belongs to another newcomer in your case file.</source>
        <translation>ምርካብ ተነጺጉ፡ ዋላ ሓንቲ ኣይተቐየረን: ኣብቲ ፋይል ዘሎ ዝተኻፈለ ሓበሬታ ናይ ካልእ ሓድሽ መጻኢ ኣብ ዶሴኹም እዩ።</translation>
    </message>
    <message>
        <source>The passphrase holds characters that are not valid text (not UTF-8). Type it again; nothing was changed.</source>
        <translation>እቲ ሓረግ ምስጢር ቅቡል ጽሑፍ ዘይኮኑ ፊደላት ሒዙ (UTF-8 ኣይኮነን)። እንደገና ጸሓፍዎ፤ ዋላ ሓንቲ ኣይተቐየረን።</translation>
    </message>
    <message>
        <source>Wrong passphrase. Nothing was changed; try again.</source>
        <translation>ጌጋ ሓረግ ምስጢር። ዋላ ሓንቲ ኣይተቐየረን፤ እንደገና ፈትኑ።</translation>
    </message>
    <message>
        <source>This recovery key does not fit this case file. Check the characters.</source>
        <translation>እዚ መፍትሕ ምምላስ ምስዚ ዶሴ ኣይሰማማዕን። ነቶም ፊደላት ፈትሹ።</translation>
    </message>
    <message>
        <source>The key file (case.key) was written by a newer Sleutelapp. Update the app.</source>
        <translation>ፋይል መፍትሕ (case.key) ብዝሓደሰ Sleutelapp ተጻሒፉ። ነቲ app ኣሐድሱ።</translation>
    </message>
    <message>
        <source>The key file case.key is missing next to the case file. Put it back or restore a backup.</source>
        <translation>ፋይል መፍትሕ case.key ኣብ ጥቓ እቲ ዶሴ የለን። ምለስዎ ወይ ቅዳሕ ውሕስና መልሱ።</translation>
    </message>
    <message>
        <source>The key file case.key is damaged ({detail}). Restore a backup or use a copy.</source>
        <translation>ፋይል መፍትሕ case.key ተበላሽዩ ({detail})። ቅዳሕ ውሕስና መልሱ ወይ ቅዳሕ ተጠቐሙ።</translation>
    </message>
    <message>
        <source>Invalid newcomer: {problem}</source>
        <translation>ዘይቅቡል ሓድሽ መጻኢ: {problem}</translation>
    </message>
    <message>
        <source>No newcomer found for &apos;{ref}&apos;. Use &apos;sleutelapp newcomers&apos; to see the list.</source>
        <translation>ን &apos;{ref}&apos; ሓድሽ መጻኢ ኣይተረኽበን። ነቲ ዝርዝር ንምርኣይ &apos;sleutelapp newcomers&apos; ተጠቐሙ።</translation>
    </message>
    <message>
        <source>&apos;{ref}&apos; matches {count} newcomers. Use the id (see &apos;sleutelapp newcomers&apos;).</source>
        <translation>&apos;{ref}&apos; ምስ {count} ሓደስቲ መጻእቲ ይሰማማዕ። ነቲ id ተጠቐሙ (ርኣዩ &apos;sleutelapp newcomers&apos;)።</translation>
    </message>
    <message>
        <source>Unknown report schedule {schedule!r}: choose &apos;month&apos; or &apos;quarter&apos;.</source>
        <translation>ዘይፍለጥ መደብ ጸብጻብ {schedule!r}: &apos;month&apos; ወይ &apos;quarter&apos; ምረጹ።</translation>
    </message>
    <message>
        <source>the database or the key file is missing</source>
        <translation>እቲ ዳታቤዝ ወይ ፋይል መፍትሕ የለን</translation>
    </message>
    <message>
        <source>the key file inside is damaged</source>
        <translation>ኣብ ውሽጢ ዘሎ ፋይል መፍትሕ ተበላሽዩ</translation>
    </message>
    <message>
        <source>There is not enough space in {data} to unpack the backup. Nothing was changed; free some space and try again.</source>
        <translation>ኣብ {data} ነቲ ቅዳሕ ውሕስና ንምፍታሕ እኹል ቦታ የለን። ዋላ ሓንቲ ኣይተቐየረን፤ ገለ ቦታ ኣናጽፉ እሞ እንደገና ፈትኑ።</translation>
    </message>
    <message>
        <source>This recovery key does not open this backup. Nothing was changed.</source>
        <translation>እዚ መፍትሕ ምምላስ ነዚ ቅዳሕ ውሕስና ኣይኸፍቶን። ዋላ ሓንቲ ኣይተቐየረን።</translation>
    </message>
    <message>
        <source>This passphrase does not open this backup. It may have been made while you had another passphrase: try that one, or the recovery key. Nothing was changed.</source>
        <translation>እዚ ሓረግ ምስጢር ነዚ ቅዳሕ ውሕስና ኣይኸፍቶን። ምናልባት ካልእ ሓረግ ምስጢር ከለኩም ተሰሪሑ ይኸውን: ነቲ ፈትንዎ፡ ወይ መፍትሕ ምምላስ። ዋላ ሓንቲ ኣይተቐየረን።</translation>
    </message>
    <message>
        <source>The unpacked backup disappeared (another Sleutelapp window?). Nothing was changed; try again.</source>
        <translation>እቲ ዝተፈትሐ ቅዳሕ ውሕስና ጠፊኡ (ካልእ መስኮት Sleutelapp ድዩ?)። ዋላ ሓንቲ ኣይተቐየረን፤ እንደገና ፈትኑ።</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>ኣድላዪ እዩ</translation>
    </message>
    <message>
        <source>is before given_on</source>
        <translation>ቅድሚ given_on እዩ</translation>
    </message>
    <message>
        <source>is required when the status is closed</source>
        <translation>እቲ ኩነታት ተዓጽዩ ምስ ዝኸውን ኣድላዪ እዩ</translation>
    </message>
    <message>
        <source>must be empty while the status is active</source>
        <translation>እቲ ኩነታት ንጡፍ ክሳብ ዝኾነ ባዶ ክኸውን ኣለዎ</translation>
    </message>
    <message>
        <source>lies in the future</source>
        <translation>ኣብ መጻኢ እዩ</translation>
    </message>
    <message>
        <source>a note needs text</source>
        <translation>መዘኻኸሪ ጽሑፍ የድልዮ</translation>
    </message>
    <message>
        <source>a task needs a description of what to do</source>
        <translation>ዕማም እንታይ ከም ዝግበር መግለጺ የድልዮ</translation>
    </message>
    <message>
        <source>an activity needs hours above 0</source>
        <translation>ንጥፈት ካብ 0 ዝበዝሐ ሰዓታት የድልዮ</translation>
    </message>
    <message>
        <source>is before {day}</source>
        <translation>ቅድሚ {day} እዩ</translation>
    </message>
    <message>
        <source>is after {day}</source>
        <translation>ድሕሪ {day} እዩ</translation>
    </message>
    <message>
        <source>The disk of the case file is full. An export must be recorded in the disclosure register and there is no room for that: nothing was exported. Free some space and try again; &apos;check&apos;, &apos;newcomers&apos; and &apos;backup -o&apos; still work.</source>
        <translation>ዲስክ ናይቲ ዶሴ መሊኡ እዩ። ምውጻእ ኣብ መዝገብ ዝተኻፈለ ክምዝገብ ኣለዎ፡ ንእኡ ድማ ቦታ የለን: ዋላ ሓንቲ ኣይወጽአን። ገለ ቦታ ኣናጽፉ እሞ እንደገና ፈትኑ፤ &apos;check&apos;, &apos;newcomers&apos; ከምኡ&apos;ውን &apos;backup -o&apos; ሕጂ&apos;ውን ይሰርሑ።</translation>
    </message>
</context>
<context>
    <name>ChoosableNewcomers</name>
    <message>
        <source>{0} (closed)</source>
        <translation>{0} (ተዓጽዩ)</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Interrupted.</source>
        <translation>ተቋሪጹ።</translation>
    </message>
    <message>
        <source>{name}: holds characters that are not valid text (not UTF-8)</source>
        <translation>{name}: ቅቡል ጽሑፍ ዘይኮኑ ፊደላት ሒዙ (UTF-8 ኣይኮነን)</translation>
    </message>
    <message>
        <source>--days must be 0..3660</source>
        <translation>--days 0..3660 ክኸውን ኣለዎ</translation>
    </message>
    <message>
        <source>--ics and --week-pdf do not go together</source>
        <translation>--ics ከምኡ&apos;ውን --week-pdf ብሓባር ኣይኸዱን</translation>
    </message>
    <message>
        <source>{flag} goes with --ics FILE or --week-pdf FILE</source>
        <translation>{flag} ምስ --ics FILE ወይ --week-pdf FILE ይኸይድ</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>ዕማም</translation>
    </message>
    <message>
        <source>Nothing planned.</source>
        <translation>ዝተሓስበ የለን።</translation>
    </message>
    <message>
        <source>--json and {flag} do not go together</source>
        <translation>--json ከምኡ&apos;ውን {flag} ብሓባር ኣይኸዱን</translation>
    </message>
    <message>
        <source>the folder {folder} does not exist</source>
        <translation>እቲ ማህደር {folder} የለን</translation>
    </message>
    <message>
        <source>{path} is a folder, not a file</source>
        <translation>{path} ማህደር እዩ፡ ፋይል ኣይኮነን</translation>
    </message>
    <message>
        <source>Week written: {path} ({start} to {end}; recorded in the disclosure register).</source>
        <translation>ሰሙን ተጻሒፉ: {path} ({start} ክሳብ {end}፤ ኣብ መዝገብ ዝተኻፈለ ተመዝጊቡ)።</translation>
    </message>
    <message numerus="yes">
        <source>Calendar written: {path} (%n item(s), {start} to {end}; recorded in the disclosure register).</source>
        <translation>
            <numerusform>ዓውደ ኣዋርሕ ተጻሒፉ: {path} (%n ኣቕሓ፡ {start} ክሳብ {end}፤ ኣብ መዝገብ ዝተኻፈለ ተመዝጊቡ)።</numerusform>
            <numerusform>ዓውደ ኣዋርሕ ተጻሒፉ: {path} (%n ኣቕሑ፡ {start} ክሳብ {end}፤ ኣብ መዝገብ ዝተኻፈለ ተመዝጊቡ)።</numerusform>
        </translation>
    </message>
    <message>
        <source>Backup written and verified: {path} ({newcomers}, {entries}, {size} MB).</source>
        <translation>ቅዳሕ ውሕስና ተጻሒፉን ተረጋጊጹን: {path} ({newcomers}, {entries}, {size} MB)።</translation>
    </message>
    <message numerus="yes">
        <source>the case file has %n problem(s); make no changes and restore a backup.</source>
        <translation>
            <numerusform>እቲ ዶሴ %n ጸገም ኣለዎ፤ ለውጢ ኣይትግበሩ እሞ ቅዳሕ ውሕስና መልሱ።</numerusform>
            <numerusform>እቲ ዶሴ %n ጸገማት ኣለዎ፤ ለውጢ ኣይትግበሩ እሞ ቅዳሕ ውሕስና መልሱ።</numerusform>
        </translation>
    </message>
    <message>
        <source>The figures the case file keeps (for summaries and reports due) did not match its data; they have been counted again.</source>
        <translation>እቲ ፋይል ዝዕቅቦም ኣሃዛት (ንጽማቕን ግዚኦም ዝበጽሐ ጸብጻባትን) ምስ ሓበሬታኡ ኣይተሰማምዑን፤ እንደገና ተቖጺሮም።</translation>
    </message>
    <message numerus="yes">
        <source>All is well: the case file is intact and encrypted (%n newcomer(s)).</source>
        <translation>
            <numerusform>ኩሉ ጽቡቕ እዩ: እቲ ዶሴ ምሉእን ዝተመስጠረን እዩ (%n ሓድሽ መጻኢ)።</numerusform>
            <numerusform>ኩሉ ጽቡቕ እዩ: እቲ ዶሴ ምሉእን ዝተመስጠረን እዩ (%n ሓደስቲ መጻእቲ)።</numerusform>
        </translation>
    </message>
    <message>
        <source>y</source>
        <comment>the answer yes to a [y/N] question</comment>
        <translation>y</translation>
    </message>
    <message>
        <source>yes</source>
        <comment>the answer yes to a [y/N] question</comment>
        <translation>yes</translation>
    </message>
    <message>
        <source>{env} is not valid UTF-8 text; set the passphrase again</source>
        <translation>{env} ቅቡል UTF-8 ጽሑፍ ኣይኮነን፤ ነቲ ሓረግ ምስጢር እንደገና ኣቐምጡ</translation>
    </message>
    <message>
        <source>no passphrase: set {env} or use a terminal</source>
        <translation>ሓረግ ምስጢር የለን: {env} ኣቐምጡ ወይ terminal ተጠቐሙ</translation>
    </message>
    <message>
        <source>Passphrase: </source>
        <translation>ሓረግ ምስጢር: </translation>
    </message>
    <message>
        <source>Again: </source>
        <translation>እንደገና: </translation>
    </message>
    <message>
        <source>the passphrases do not match</source>
        <translation>እቶም ሓረጋት ምስጢር ኣይሰማምዑን</translation>
    </message>
    <message>
        <source>the disk is full; nothing was saved.</source>
        <translation>እቲ ዲስክ መሊኡ እዩ፤ ዋላ ሓንቲ ኣይተዓቀበን።</translation>
    </message>
    <message>
        <source>cannot use file: {file} ({reason})</source>
        <translation>ፋይል ክጥቀመሉ ኣይክእልን: {file} ({reason})</translation>
    </message>
    <message>
        <source>unexpected error ({error}); a report without personal data was written to {where}</source>
        <translation>ዘይተጸበናዮ ጌጋ ({error})፤ ውልቃዊ ሓበሬታ ዘይብሉ ጸብጻብ ናብ {where} ተጻሒፉ</translation>
    </message>
    <message>
        <source>--newcomers 0..100000 and --entries-per 0..10000</source>
        <translation>--newcomers 0..100000 ከምኡ&apos;ውን --entries-per 0..10000</translation>
    </message>
    <message>
        <source>Demo data added: {newcomers}, {entries}.</source>
        <translation>ሓበሬታ ዲሞ ተወሲኹ: {newcomers}, {entries}።</translation>
    </message>
    <message>
        <source>(no person)</source>
        <translation>(ሰብ የለን)</translation>
    </message>
    <message>
        <source>erasing asks for confirmation: use a terminal or --yes. Nothing was erased.</source>
        <translation>ምድምሳስ ምርግጋጽ ይሓትት: terminal ወይ --yes ተጠቐሙ። ዋላ ሓንቲ ኣይተደምሰሰን።</translation>
    </message>
    <message>
        <source>Erase {who} and all their data for good? [y/N] </source>
        <translation>{who} ምስ ኩሉ ሓበሬታኦም ንሓዋሩ ይደምሰሱ? [y/N] </translation>
    </message>
    <message numerus="yes">
        <source>To erase: {who} (%n entry(s)).</source>
        <translation>
            <numerusform>ዝድምሰስ: {who} (%n ምዝገባ)።</numerusform>
            <numerusform>ዝድምሰስ: {who} (%n ምዝገባታት)።</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was erased.</source>
        <translation>ዋላ ሓንቲ ኣይተደምሰሰን።</translation>
    </message>
    <message>
        <source>Erased: {id} (all data, the search index included).</source>
        <translation>ተደምሲሱ: {id} (ኩሉ ሓበሬታ፡ መርበብ ምድላይ ሓዊሱ)።</translation>
    </message>
    <message>
        <source>Shared before with (tell them the data was erased):</source>
        <translation>ቅድሚ ሕጂ ዝተኻፈልዎም (እቲ ሓበሬታ ከም ዝተደምሰሰ ንገርዎም):</translation>
    </message>
    <message numerus="yes">
        <source>%n newcomer(s) written to {path} (not encrypted: keep the file safe; recorded in the disclosure register).</source>
        <translation>
            <numerusform>%n ሓድሽ መጻኢ ናብ {path} ተጻሒፉ (ዘይተመስጠረ: ነቲ ፋይል ብጥንቃቐ ሓልውዎ፤ ኣብ መዝገብ ዝተኻፈለ ተመዝጊቡ)።</numerusform>
            <numerusform>%n ሓደስቲ መጻእቲ ናብ {path} ተጻሒፎም (ዘይተመስጠረ: ነቲ ፋይል ብጥንቃቐ ሓልውዎ፤ ኣብ መዝገብ ዝተኻፈለ ተመዝጊቡ)።</numerusform>
        </translation>
    </message>
    <message>
        <source>no screen found (no DISPLAY or WAYLAND_DISPLAY); use the command line: {program} --help</source>
        <translation>ስክሪን ኣይተረኽበን (DISPLAY ወይ WAYLAND_DISPLAY የለን)፤ መስመር ትእዛዝ ተጠቐሙ: {program} --help</translation>
    </message>
    <message>
        <source>the code file must not be the handover file</source>
        <translation>ፋይል ኮድ ፋይል ምርካብ ክኸውን የብሉን</translation>
    </message>
    <message numerus="yes">
        <source>Handover written: {path} (%n newcomer(s)).</source>
        <translation>
            <numerusform>ምርካብ ተጻሒፉ: {path} (%n ሓድሽ መጻኢ)።</numerusform>
            <numerusform>ምርካብ ተጻሒፉ: {path} (%n ሓደስቲ መጻእቲ)።</numerusform>
        </translation>
    </message>
    <message>
        <source>The transfer code is in {file}. Pass it on another way than the file, then delete the code file.</source>
        <translation>ኮድ ምርካብ ኣብ {file} ኣሎ። ብኻልእ መንገዲ ካብቲ ፋይል ኣሕልፍዎ፡ ድሕሪኡ ነቲ ፋይል ኮድ ሰርዝዎ።</translation>
    </message>
    <message>
        <source>Transfer code (shown only once; pass it on another way than the file, for example by phone):</source>
        <translation>ኮድ ምርካብ (ሓንሳብ ጥራይ ይርአ፤ ብኻልእ መንገዲ ካብቲ ፋይል ኣሕልፍዎ፡ ንኣብነት ብተሌፎን):</translation>
    </message>
    <message>
        <source>Done with these newcomers? Close them in the app, or erase them with:</source>
        <translation>ምስዞም ሓደስቲ መጻእቲ ወዲእኩም? ኣብቲ app ዕጸውዎም፡ ወይ በዚ ደምስስዎም:</translation>
    </message>
    <message>
        <source>Imported: {newcomers}, {entries}.</source>
        <translation>ኣትዩ: {newcomers}, {entries}።</translation>
    </message>
    <message>
        <source>New passphrase: </source>
        <translation>ሓድሽ ሓረግ ምስጢር: </translation>
    </message>
    <message>
        <source>Case file created: {path}</source>
        <translation>ዶሴ ተፈጢሩ: {path}</translation>
    </message>
    <message>
        <source>Key file: {path}</source>
        <translation>ፋይል መፍትሕ: {path}</translation>
    </message>
    <message>
        <source>Recovery key (write it down and keep it safe; it is shown only once):</source>
        <translation>መፍትሕ ምምላስ (ጸሓፍዎ እሞ ብጥንቃቐ ሓልውዎ፤ ሓንሳብ ጥራይ ይርአ):</translation>
    </message>
    <message numerus="yes">
        <source>Inzage written: {path} (%n entry(s)), recorded as given to the newcomer.</source>
        <translation>
            <numerusform>ቅዳሕ ንሓድሽ መጻኢ (inzage) ተጻሒፉ: {path} (%n ምዝገባ)፡ ከም ንሓድሽ መጻኢ ዝተዋህበ ተመዝጊቡ።</numerusform>
            <numerusform>ቅዳሕ ንሓድሽ መጻኢ (inzage) ተጻሒፉ: {path} (%n ምዝገባታት)፡ ከም ንሓድሽ መጻኢ ዝተዋህበ ተመዝጊቡ።</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing written: {refused} of %n file(s) refused.</source>
        <translation>
            <numerusform>ዋላ ሓንቲ ኣይተጻሕፈን: {refused} ካብ %n ፋይል ተነጺጉ።</numerusform>
            <numerusform>ዋላ ሓንቲ ኣይተጻሕፈን: {refused} ካብ %n ፋይላት ተነጺጎም።</numerusform>
        </translation>
    </message>
    <message>
        <source>{first} and {second}</source>
        <translation>{first} ከምኡ&apos;ውን {second}</translation>
    </message>
    <message numerus="yes">
        <source>%n summary(s) of {period} merged into {files}.</source>
        <translation>
            <numerusform>%n ጽማቝ ናይ {period} ናብ {files} ሓቢሩ።</numerusform>
            <numerusform>%n ጽማቝታት ናይ {period} ናብ {files} ሓቢሮም።</numerusform>
        </translation>
    </message>
    <message>
        <source>Passphrase changed. The recovery key stays valid.</source>
        <translation>ሓረግ ምስጢር ተቐይሩ። መፍትሕ ምምላስ ጠቓሚ ኮይኑ ይቕጽል።</translation>
    </message>
    <message numerus="yes">
        <source>%n newcomer(s) closed longer than {months} months; nothing was erased.</source>
        <translation>
            <numerusform>%n ሓድሽ መጻኢ ካብ {months} ኣዋርሕ ንላዕሊ ተዓጽዩ፤ ዋላ ሓንቲ ኣይተደምሰሰን።</numerusform>
            <numerusform>%n ሓደስቲ መጻእቲ ካብ {months} ኣዋርሕ ንላዕሊ ተዓጽዮም፤ ዋላ ሓንቲ ኣይተደምሰሰን።</numerusform>
        </translation>
    </message>
    <message>
        <source>Erased: {id}</source>
        <translation>ተደምሲሱ: {id}</translation>
    </message>
    <message>
        <source>shared before: {date} {kind} with {recipient} (tell them the data was erased)</source>
        <translation>ቅድሚ ሕጂ ተኻፊሉ: {date} {kind} ምስ {recipient} (እቲ ሓበሬታ ከም ዝተደምሰሰ ንገርዎም)</translation>
    </message>
    <message numerus="yes">
        <source>%n newcomer(s) erased (retention {months} months).</source>
        <translation>
            <numerusform>%n ሓድሽ መጻኢ ተደምሲሱ (ምዕቃብ {months} ኣዋርሕ)።</numerusform>
            <numerusform>%n ሓደስቲ መጻእቲ ተደምሲሶም (ምዕቃብ {months} ኣዋርሕ)።</numerusform>
        </translation>
    </message>
    <message>
        <source>the code file {file} is empty</source>
        <translation>እቲ ፋይል ኮድ {file} ባዶ እዩ</translation>
    </message>
    <message>
        <source>no transfer code: use --code-file, set {env} or use a terminal</source>
        <translation>ኮድ ምርካብ የለን: --code-file ተጠቐሙ፡ {env} ኣቐምጡ ወይ terminal ተጠቐሙ</translation>
    </message>
    <message>
        <source>Transfer code: </source>
        <translation>ኮድ ምርካብ: </translation>
    </message>
    <message>
        <source>file not found: {file}</source>
        <translation>ፋይል ኣይተረኽበን: {file}</translation>
    </message>
    <message>
        <source>Received: {newcomers}, {entries}, {consents}, {disclosures}.</source>
        <translation>ተቐቢሉ: {newcomers}, {entries}, {consents}, {disclosures}።</translation>
    </message>
    <message>
        <source>not a valid date: {value} (use YYYY-MM-DD)</source>
        <translation>ቅቡል ዕለት ኣይኮነን: {value} (YYYY-MM-DD ተጠቐሙ)</translation>
    </message>
    <message>
        <source>the password file {file} is empty</source>
        <translation>እቲ ፋይል ቃል ምስጢር {file} ባዶ እዩ</translation>
    </message>
    <message>
        <source>--to is before --from</source>
        <translation>--to ቅድሚ --from እዩ</translation>
    </message>
    <message numerus="yes">
        <source>Report written: {path} (%n entry(s) included, period {start} to {end}, password-protected).</source>
        <translation>
            <numerusform>ጸብጻብ ተጻሒፉ: {path} (%n ምዝገባ ተኻቲቱ፡ እዋን {start} ክሳብ {end}፡ ብቓል ምስጢር ዝተሓለወ)።</numerusform>
            <numerusform>ጸብጻብ ተጻሒፉ: {path} (%n ምዝገባታት ተኻቲቶም፡ እዋን {start} ክሳብ {end}፡ ብቓል ምስጢር ዝተሓለወ)።</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Report written: {path} (%n entry(s) included, period {start} to {end}).</source>
        <translation>
            <numerusform>ጸብጻብ ተጻሒፉ: {path} (%n ምዝገባ ተኻቲቱ፡ እዋን {start} ክሳብ {end})።</numerusform>
            <numerusform>ጸብጻብ ተጻሒፉ: {path} (%n ምዝገባታት ተኻቲቶም፡ እዋን {start} ክሳብ {end})።</numerusform>
        </translation>
    </message>
    <message>
        <source>say which reports: use --due (the reports that are due now)</source>
        <translation>ኣየናይ ጸብጻባት ከም ዝኾኑ ግለጹ: --due ተጠቐሙ (ሕጂ ግዜኦም ዝበጽሐ ጸብጻባት)</translation>
    </message>
    <message>
        <source>--password-file and --recipient go with -o DIR (writing the reports)</source>
        <translation>--password-file ከምኡ&apos;ውን --recipient ምስ -o DIR ይኸዱ (ጸብጻባት ምጽሓፍ)</translation>
    </message>
    <message>
        <source>No reports are due; nothing was written.</source>
        <translation>ግዜኦም ዝበጽሐ ጸብጻባት የለዉን፤ ዋላ ሓንቲ ኣይተጻሕፈን።</translation>
    </message>
    <message numerus="yes">
        <source>%n report(s) written and recorded in the disclosure register, password-protected.</source>
        <translation>
            <numerusform>%n ጸብጻብ ተጻሒፉ፡ ኣብ መዝገብ ዝተኻፈለ ተመዝጊቡ፡ ብቓል ምስጢር ዝተሓለወ።</numerusform>
            <numerusform>%n ጸብጻባት ተጻሒፎም፡ ኣብ መዝገብ ዝተኻፈለ ተመዝጊቦም፡ ብቓል ምስጢር ዝተሓለዉ።</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n report(s) written and recorded in the disclosure register.</source>
        <translation>
            <numerusform>%n ጸብጻብ ተጻሒፉ፡ ኣብ መዝገብ ዝተኻፈለ ተመዝጊቡ።</numerusform>
            <numerusform>%n ጸብጻባት ተጻሒፎም፡ ኣብ መዝገብ ዝተኻፈለ ተመዝጊቦም።</numerusform>
        </translation>
    </message>
    <message>
        <source>No reports are due.</source>
        <translation>ግዜኦም ዝበጽሐ ጸብጻባት የለዉን።</translation>
    </message>
    <message>
        <source>An interrupted restore was completed first.</source>
        <translation>ዝተቋረጸ ምምላስ መጀመርያ ተዛዚሙ።</translation>
    </message>
    <message>
        <source>cannot read the recovery key: {reason}</source>
        <translation>መፍትሕ ምምላስ ክንበብ ኣይከኣለን: {reason}</translation>
    </message>
    <message>
        <source>Passphrase of the backup: </source>
        <translation>ሓረግ ምስጢር ናይቲ ቅዳሕ ውሕስና: </translation>
    </message>
    <message>
        <source>Restore this backup? The current case file is kept as a backup first. [y/N] </source>
        <translation>ነዚ ቅዳሕ ውሕስና ክመልሱ? እቲ ሕጂ ዘሎ ዶሴ መጀመርያ ከም ቅዳሕ ውሕስና ይዕቀብ። [y/N] </translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>ዋላ ሓንቲ ኣይተቐየረን።</translation>
    </message>
    <message>
        <source>The current case file could not be read: the period length and issued summaries of the backup now apply.</source>
        <translation>እቲ ሕጂ ዘሎ ዶሴ ክንበብ ኣይከኣለን: ንውሓት እዋንን ዝተዋህቡ ጽማቝታትን ናይቲ ቅዳሕ ውሕስና ሕጂ ይሰርሑ።</translation>
    </message>
    <message>
        <source>The previous case file was kept in {path}.</source>
        <translation>እቲ ዝነበረ ዶሴ ኣብ {path} ተዓቂቡ።</translation>
    </message>
    <message>
        <source>Backup restored. Open the case with the backup&apos;s passphrase.</source>
        <translation>ቅዳሕ ውሕስና ተመሊሱ። ነቲ ዶሴ ብሓረግ ምስጢር ናይቲ ቅዳሕ ውሕስና ክፈትዎ።</translation>
    </message>
    <message>
        <source>unknown period &apos;{period}&apos;: use a year (2026), quarter (2026-Q3) or month (2026-07)</source>
        <translation>ዘይፍለጥ እዋን &apos;{period}&apos;: ዓመት (2026)፡ ርብዒ ዓመት (2026-Q3) ወይ ወርሒ (2026-07) ተጠቐሙ</translation>
    </message>
    <message>
        <source>note: this period was issued before; its label of then is kept.</source>
        <translation>መዘኻኸሪ: እዚ እዋን ቅድሚ ሕጂ ተዋሂቡ እዩ፤ ናይ ሽዑ ስያመኡ ይዕቀብ።</translation>
    </message>
    <message numerus="yes">
        <source>Anonymised summary {period} saved to {files}: {counted} newcomers counted, {left_out} not counted (no consent), %n number(s) hidden (a number about fewer than {k} newcomers is not shown).</source>
        <translation>
            <numerusform>ስም ዘይብሉ ጽማቝ {period} ናብ {files} ተዓቂቡ: {counted} ሓደስቲ መጻእቲ ተቖጺሮም፡ {left_out} ኣይተቖጽሩን (ፍቓድ የለን)፡ %n ቁጽሪ ተሓቢኡ (ብዛዕባ ካብ {k} ዝውሕዱ ሓደስቲ መጻእቲ ዝኾነ ቁጽሪ ኣይርአን)።</numerusform>
            <numerusform>ስም ዘይብሉ ጽማቝ {period} ናብ {files} ተዓቂቡ: {counted} ሓደስቲ መጻእቲ ተቖጺሮም፡ {left_out} ኣይተቖጽሩን (ፍቓድ የለን)፡ %n ቁጽርታት ተሓቢኦም (ብዛዕባ ካብ {k} ዝውሕዱ ሓደስቲ መጻእቲ ዝኾነ ቁጽሪ ኣይርአን)።</numerusform>
        </translation>
    </message>
    <message>
        <source>This case file now makes summaries per {kind}; that is fixed, so summaries cannot be subtracted from each other.</source>
        <translation>እዚ ዶሴ ሕጂ ብ{kind} ጽማቝታት ይሰርሕ፤ እዚ ዘይቀየር እዩ፡ ስለዚ ጽማቝታት ካብ ሓድሕዶም ክጎድሉ ኣይክእሉን።</translation>
    </message>
    <message>
        <source>This period was issued on {date}: these are the same figures as then (the data changed since; those changes are not counted).</source>
        <translation>እዚ እዋን ኣብ {date} ተዋሂቡ: እዞም ከም ናይ ሽዑ ሓደ ቁጽርታት እዮም (እቲ ሓበሬታ ድሕሪኡ ተቐይሩ፤ እቶም ለውጥታት ኣይቑጸሩን)።</translation>
    </message>
    <message>
        <source>This period was issued on {date}: these are the same figures as then.</source>
        <translation>እዚ እዋን ኣብ {date} ተዋሂቡ: እዞም ከም ናይ ሽዑ ሓደ ቁጽርታት እዮም።</translation>
    </message>
    <message numerus="yes">
        <source>Appointments written: {0} (%n appointment(s)), recorded as given to the newcomer.</source>
        <translation>
            <numerusform>ቆጸራታት ተጻሒፎም: {0} (%n ቆጸራ)፡ ከም ንሓድሽ መጻኢ ዝተዋህበ ተመዝጊቡ።</numerusform>
            <numerusform>ቆጸራታት ተጻሒፎም: {0} (%n ቆጸራታት)፡ ከም ንሓድሽ መጻኢ ዝተዋህበ ተመዝጊቡ።</numerusform>
        </translation>
    </message>
    <message>
        <source>--weeks must be 1..{max}</source>
        <translation>--weeks 1..{max} ክኸውን ኣለዎ</translation>
    </message>
    <message>
        <source>--language: unknown language {0!r}; choose one of {1}</source>
        <translation>--language: ዘይፍለጥ ቋንቋ {0!r}፤ ካብዚኣቶም ሓደ ምረጹ {1}</translation>
    </message>
    <message>
        <source>Consent sheet {0} written: {1}, recorded as given to the newcomer.</source>
        <translation>ወረቐት ፍቓድ {0} ተጻሒፉ: {1}፡ ከም ንሓድሽ መጻኢ ዝተዋህበ ተመዝጊቡ።</translation>
    </message>
</context>
<context>
    <name>CliHelp</name>
    <message>
        <source>usage: </source>
        <translation>ኣጠቓቕማ: </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>ብቦታ ዝውሰኑ ኣርጉመንትታት</translation>
    </message>
    <message>
        <source>options</source>
        <translation>ኣማራጺታት</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>ነዚ ሓገዝ ኣርእዩ እሞ ውጹ</translation>
    </message>
    <message>
        <source>show the version and exit</source>
        <translation>ነቲ ስሪት ኣርእዩ እሞ ውጹ</translation>
    </message>
    <message>
        <source>Sleutelapp: the case file of a key person (offline, encrypted).</source>
        <translation>Sleutelapp: ዶሴ ናይ ሰብ መፍትሕ (ብዘይ ኢንተርነት፡ ዝተመስጠረ)።</translation>
    </message>
    <message>
        <source>folder of the case file (default: SLEUTELAPP_HOME or the user data folder)</source>
        <translation>ማህደር ናይቲ ዶሴ (ነባሪ: SLEUTELAPP_HOME ወይ ማህደር ሓበሬታ ተጠቃሚ)</translation>
    </message>
    <message>
        <source>what is coming up: planned appointments and open tasks (--ics: as a calendar file)</source>
        <translation>እንታይ ይመጽእ ኣሎ: ዝተሓስቡ ቆጸራታትን ክፉታት ዕማማትን (--ics: ከም ፋይል ዓውደ ኣዋርሕ)</translation>
    </message>
    <message>
        <source>write an iCalendar file (private by default: initials, no place, health appointments without their type; recorded in the disclosure register)</source>
        <translation>ፋይል iCalendar ጸሓፉ (ብነባሪ ብሕታዊ: መጀመርታ ፊደላት ስም፡ ቦታ የለን፡ ናይ ጥዕና ቆጸራታት ብዘይ ዓይነቶም፤ ኣብ መዝገብ ዝተኻፈለ ይምዝገብ)</translation>
    </message>
    <message>
        <source>write this week as a PDF to print (private by default, like --ics; recorded in the disclosure register)</source>
        <translation>ነዚ ሰሙን ንምሕታም ከም PDF ጸሓፉ (ብነባሪ ብሕታዊ፡ ከም --ics፤ ኣብ መዝገብ ዝተኻፈለ ይምዝገብ)</translation>
    </message>
    <message>
        <source>how names appear in the calendar file (default: initials)</source>
        <translation>ኣብቲ ፋይል ዓውደ ኣዋርሕ ኣስማት ብኸመይ ከም ዝርኣዩ (ነባሪ: መጀመርታ ፊደላት)</translation>
    </message>
    <message>
        <source>put the place of appointments in the calendar file</source>
        <translation>ቦታ ቆጸራታት ኣብቲ ፋይል ዓውደ ኣዋርሕ ኣእትዉ</translation>
    </message>
    <message>
        <source>name the type of health appointments (GP, hospital, ...) in the calendar file</source>
        <translation>ዓይነት ናይ ጥዕና ቆጸራታት (ሓኪም ስድራ፡ ሆስፒታል፡ ...) ኣብቲ ፋይል ዓውደ ኣዋርሕ ጽሓፉ</translation>
    </message>
    <message>
        <source>where the calendar file goes, for the disclosure register</source>
        <translation>እቲ ፋይል ዓውደ ኣዋርሕ ናበይ ከም ዝኸይድ፡ ንመዝገብ ዝተኻፈለ</translation>
    </message>
    <message>
        <source>write a verified backup file (default: into the backup folder)</source>
        <translation>ዝተረጋገጸ ፋይል ቅዳሕ ውሕስና ጸሓፉ (ነባሪ: ናብ ማህደር ቅዳሕ ውሕስና)</translation>
    </message>
    <message>
        <source>where to write the backup, e.g. on a USB stick</source>
        <translation>ቅዳሕ ውሕስና ኣበይ ከም ዝጽሓፍ፡ ንኣብነት ኣብ USB</translation>
    </message>
    <message>
        <source>check the case file (integrity and encryption) and say whether all is well</source>
        <translation>ነቲ ዶሴ ፈትሹ (ምሉእነትን ምምስጣርን) እሞ ኩሉ ጽቡቕ ድዩ ንገሩ</translation>
    </message>
    <message>
        <source>add fictional demo data (deterministic per --seed)</source>
        <translation>ልብ ወለድ ሓበሬታ ዲሞ ወስኹ (ብ --seed ዝውሰን)</translation>
    </message>
    <message>
        <source>list the disclosure register (every export that left the device)</source>
        <translation>መዝገብ ዝተኻፈለ ኣርእዩ (ካብቲ መሳርሒ ዝወጸ ነፍሲ ወከፍ ምውጻእ)</translation>
    </message>
    <message>
        <source>machine-readable output</source>
        <translation>ብማሽን ዝንበብ ውጽኢት</translation>
    </message>
    <message>
        <source>only exports about this newcomer (id or unambiguous name)</source>
        <translation>ብዛዕባ እዚ ሓድሽ መጻኢ ዝኾኑ ምውጻኣት ጥራይ (id ወይ ንጹር ስም)</translation>
    </message>
    <message>
        <source>erase one newcomer for good (id or unambiguous name; asks first, --yes to skip)</source>
        <translation>ሓደ ሓድሽ መጻኢ ንሓዋሩ ደምስሱ (id ወይ ንጹር ስም፤ መጀመርያ ይሓትት፡ ንምሕላፍ --yes)</translation>
    </message>
    <message>
        <source>write the newcomer&apos;s coming appointments on paper for them, in their language (PDF)</source>
        <translation>ነቶም ዝመጽኡ ቆጸራታት ናይቲ ሓድሽ መጻኢ ኣብ ወረቐት ንዕኡ ጸሓፉ፡ ብቋንቋኡ (PDF)</translation>
    </message>
    <message>
        <source>id or unambiguous name</source>
        <translation>id ወይ ንጹር ስም</translation>
    </message>
    <message>
        <source>weeks ahead (default 4)</source>
        <translation>ሰሙናት ንቕድሚት (ነባሪ 4)</translation>
    </message>
    <message>
        <source>language code (default: the newcomer&apos;s language)</source>
        <translation>ኮድ ቋንቋ (ነባሪ: ቋንቋ ናይቲ ሓድሽ መጻኢ)</translation>
    </message>
    <message>
        <source>erase without asking (automation)</source>
        <translation>ብዘይ ምሕታት ደምስሱ (ኣውቶማቲክ)</translation>
    </message>
    <message>
        <source>export portable data JSON (everything, in plain text: keep the file safe)</source>
        <translation>ተንቀሳቓሲ ሓበሬታ JSON ኣውጽኡ (ኩሉ፡ ብተራ ጽሑፍ: ነቲ ፋይል ብጥንቃቐ ሓልውዎ)</translation>
    </message>
    <message>
        <source>only this newcomer (id or name)</source>
        <translation>እዚ ሓድሽ መጻኢ ጥራይ (id ወይ ስም)</translation>
    </message>
    <message>
        <source>who receives the file (kept in the disclosure register)</source>
        <translation>ነቲ ፋይል መን ይቕበሎ (ኣብ መዝገብ ዝተኻፈለ ይዕቀብ)</translation>
    </message>
    <message>
        <source>start the app (--smoke: show the unlock page, or unlock and show the data, quit)</source>
        <translation>ነቲ app ጀምሩ (--smoke: ገጽ ምኽፋት ኣርእዩ፡ ወይ ከፊትኩም ነቲ ሓበሬታ ኣርእዩ፡ ውጹ)</translation>
    </message>
    <message>
        <source>show the unlock page, or with SLEUTELAPP_PASSPHRASE unlock and show the main window with its data; process events and exit 0 (tests, packaging)</source>
        <translation>ገጽ ምኽፋት ኣርእዩ፡ ወይ ብ SLEUTELAPP_PASSPHRASE ከፊትኩም ቀንዲ መስኮት ምስ ሓበሬታኡ ኣርእዩ፤ ፍጻመታት ኣካይዱ እሞ ብ 0 ውጹ (ፈተናታት፡ ምጥርናፍ)</translation>
    </message>
    <message>
        <source>hand newcomers over to a colleague in an encrypted file (prints a one-time code)</source>
        <translation>ሓደስቲ መጻእቲ ብዝተመስጠረ ፋይል ንመሳርሕቲ ኣረክቡ (ሓንሳብ ዝሰርሕ ኮድ ይሕትም)</translation>
    </message>
    <message>
        <source>name of the colleague</source>
        <translation>ስም ናይቲ መሳርሕቲ</translation>
    </message>
    <message>
        <source>write the transfer code to F instead of printing it</source>
        <translation>ነቲ ኮድ ምርካብ ኣብ ክንዲ ምሕታም ናብ F ጸሓፉ</translation>
    </message>
    <message>
        <source>import portable data JSON (format sleutelapp-data v1), all or nothing</source>
        <translation>ተንቀሳቓሲ ሓበሬታ JSON ኣእትዉ (ቅርጺ sleutelapp-data v1)፡ ኩሉ ወይ ዋላ ሓንቲ</translation>
    </message>
    <message>
        <source>create a new encrypted case file (refuses when one exists)</source>
        <translation>ሓድሽ ዝተመስጠረ ዶሴ ፍጠሩ (ዶሴ ምስ ዝህሉ ይነጽግ)</translation>
    </message>
    <message>
        <source>also write the recovery key to FILE (print it and keep it safe)</source>
        <translation>መፍትሕ ምምላስ እውን ናብ FILE ጸሓፉ (ሕተምዎ እሞ ብጥንቃቐ ሓልውዎ)</translation>
    </message>
    <message>
        <source>write everything the case file holds about one newcomer, for them (PDF)</source>
        <translation>እቲ ዶሴ ብዛዕባ ሓደ ሓድሽ መጻኢ ዝሓዞ ኩሉ ንእኦም ጸሓፉ (PDF)</translation>
    </message>
    <message>
        <source>the newcomer&apos;s language, with the Dutch beside it (default: the language in their profile, else Dutch alone)</source>
        <translation>ቋንቋ ናይቲ ሓድሽ መጻኢ፡ ኣብ ጎኑ ሆላንድኛ (ነባሪ: እቲ ኣብ መግለጺኡ ዘሎ ቋንቋ፡ እንተ ዘይኮይኑ ሆላንድኛ ጥራይ)</translation>
    </message>
    <message>
        <source>merge anonymised summaries of one period (no case file needed)</source>
        <translation>ስም ዘይብሎም ጽማቝታት ናይ ሓደ እዋን ኣሓብሩ (ዶሴ ኣየድልን)</translation>
    </message>
    <message>
        <source>also write an overview PDF</source>
        <translation>ሓፈሻዊ መግለጺ PDF እውን ጸሓፉ</translation>
    </message>
    <message>
        <source>list newcomers</source>
        <translation>ሓደስቲ መጻእቲ ኣርእዩ</translation>
    </message>
    <message>
        <source>only newcomers whose name or entries match TEXT</source>
        <translation>ስሞም ወይ ምዝገባታቶም ምስ TEXT ዝሰማማዕ ሓደስቲ መጻእቲ ጥራይ</translation>
    </message>
    <message>
        <source>change the passphrase (new one from SLEUTELAPP_NEW_PASSPHRASE or a prompt)</source>
        <translation>ሓረግ ምስጢር ቀይሩ (እቲ ሓድሽ ካብ SLEUTELAPP_NEW_PASSPHRASE ወይ ብሕቶ)</translation>
    </message>
    <message>
        <source>erase every closed newcomer past the retention period (--dry-run: only list them)</source>
        <translation>ግዜ ምዕቃቦም ዝሓለፈ ኩሎም ዝተዓጽዉ ሓደስቲ መጻእቲ ደምስሱ (--dry-run: ምርኣይ ጥራይ)</translation>
    </message>
    <message>
        <source>list who is due; erase nothing</source>
        <translation>ግዜኦም ዝበጽሐ ኣርእዩ፤ ዋላ ሓንቲ ኣይትደምስሱ</translation>
    </message>
    <message>
        <source>receive a colleague&apos;s handover file (code from SLEUTELAPP_TRANSFER_CODE, a file or a prompt)</source>
        <translation>ፋይል ምርካብ ናይ መሳርሕቲ ተቐበሉ (ኮድ ካብ SLEUTELAPP_TRANSFER_CODE፡ ፋይል ወይ ብሕቶ)</translation>
    </message>
    <message>
        <source>read the transfer code from the first line of F</source>
        <translation>ኮድ ምርካብ ካብ ቀዳማይ መስመር ናይ F ኣንብቡ</translation>
    </message>
    <message>
        <source>write the PDF report for the inburgeringsregisseur (needs the newcomer&apos;s consent)</source>
        <translation>ጸብጻብ PDF ንኣማሓዳሪ ውህደት (inburgeringsregisseur) ጸሓፉ (ፍቓድ ናይቲ ሓድሽ መጻኢ የድሊ)</translation>
    </message>
    <message>
        <source>first day of the period, YYYY-MM-DD (default: start of last calendar month)</source>
        <translation>ቀዳማይ መዓልቲ ናይቲ እዋን፡ YYYY-MM-DD (ነባሪ: መጀመርታ ናይቲ ዝሓለፈ ወርሒ)</translation>
    </message>
    <message>
        <source>last day of the period, YYYY-MM-DD (default: end of last calendar month, or today when --from is given)</source>
        <translation>ናይ መወዳእታ መዓልቲ ናይቲ እዋን፡ YYYY-MM-DD (ነባሪ: መወዳእታ ናይቲ ዝሓለፈ ወርሒ፡ ወይ --from ምስ ዝወሃብ ሎሚ)</translation>
    </message>
    <message>
        <source>name of the regisseur who receives the report</source>
        <translation>ስም ናይቲ ነቲ ጸብጻብ ዝቕበል ኣማሓዳሪ</translation>
    </message>
    <message>
        <source>protect the PDF with the password in the first line of F (AES-256)</source>
        <translation>ነቲ PDF ብቓል ምስጢር ናይ ቀዳማይ መስመር F ሓልውዎ (AES-256)</translation>
    </message>
    <message>
        <source>list the regisseur reports that are due, or write them all into a folder (-o DIR)</source>
        <translation>ግዜኦም ዝበጽሐ ጸብጻባት ኣማሓዳሪ ኣርእዩ፡ ወይ ኩሎም ናብ ማህደር ጸሓፉ (-o DIR)</translation>
    </message>
    <message>
        <source>the reports due for the last complete month or quarter (the schedule)</source>
        <translation>ንናይ መወዳእታ ምሉእ ወርሒ ወይ ርብዒ ዓመት ግዜኦም ዝበጽሐ ጸብጻባት (እቲ መደብ)</translation>
    </message>
    <message>
        <source>print JSON instead of text</source>
        <translation>ኣብ ክንዲ ጽሑፍ JSON ሕተሙ</translation>
    </message>
    <message>
        <source>write one PDF per due newcomer into this existing folder and register each</source>
        <translation>ንነፍሲ ወከፍ ግዜኡ ዝበጽሐ ሓድሽ መጻኢ ሓደ PDF ናብዚ ዘሎ ማህደር ጸሓፉ እሞ ነፍሲ ወከፍ መዝግቡ</translation>
    </message>
    <message>
        <source>protect every PDF with the password in the first line of F (AES-256)</source>
        <translation>ነፍሲ ወከፍ PDF ብቓል ምስጢር ናይ ቀዳማይ መስመር F ሓልውዎ (AES-256)</translation>
    </message>
    <message>
        <source>the regisseur who receives the reports (default: each newcomer&apos;s own regisseur)</source>
        <translation>ነቶም ጸብጻባት ዝቕበል ኣማሓዳሪ (ነባሪ: ናይ ነፍሲ ወከፍ ሓድሽ መጻኢ ናይ ገዛእ ርእሱ ኣማሓዳሪ)</translation>
    </message>
    <message>
        <source>restore a backup (checked first; the current case file is kept as a backup)</source>
        <translation>ቅዳሕ ውሕስና መልሱ (መጀመርያ ይፍተሽ፤ እቲ ሕጂ ዘሎ ዶሴ ከም ቅዳሕ ውሕስና ይዕቀብ)</translation>
    </message>
    <message>
        <source>unlock the backup with the recovery key in FILE instead of the passphrase</source>
        <translation>ኣብ ክንዲ ሓረግ ምስጢር ብመፍትሕ ምምላስ ኣብ FILE ነቲ ቅዳሕ ውሕስና ክፈቱ</translation>
    </message>
    <message>
        <source>do not ask for confirmation in a terminal</source>
        <translation>ኣብ terminal ምርግጋጽ ኣይትሕተቱ</translation>
    </message>
    <message>
        <source>anonymised summary of a period (YYYY, YYYY-Qn or YYYY-MM) as JSON, optionally PDF</source>
        <translation>ስም ዘይብሉ ጽማቝ ናይ ሓደ እዋን (YYYY, YYYY-Qn ወይ YYYY-MM) ከም JSON፡ ከከም ድሌት PDF</translation>
    </message>
    <message>
        <source>a calendar year (2026), quarter (2026-Q3) or month (2026-07)</source>
        <translation>ዓመት (2026)፡ ርብዒ ዓመት (2026-Q3) ወይ ወርሒ (2026-07)</translation>
    </message>
    <message>
        <source>also write the summary as a PDF</source>
        <translation>ነቲ ጽማቝ ከም PDF እውን ጸሓፉ</translation>
    </message>
    <message>
        <source>optional label for the coordinator, e.g. a neighbourhood (no names of people)</source>
        <translation>ንኣወሃሃዲ ኣማራጺ ስያመ፡ ንኣብነት ከባቢ (ኣስማት ሰባት የለን)</translation>
    </message>
    <message>
        <source>write the consent sheet for a newcomer to read and sign, in their language (PDF)</source>
        <translation>ነቲ ሓድሽ መጻኢ ከንብቦን ክፍርሞን ወረቐት ፍቓድ ጸሓፉ፡ ብቋንቋኡ (PDF)</translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <source>Consents of {0}</source>
        <translation>ፍቓዳት ናይ {0}</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>ዓቅቡ</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ኣቋርጹ</translation>
    </message>
    <message>
        <source>given on</source>
        <translation>ዝተዋህበሉ</translation>
    </message>
    <message>
        <source>withdrawn on</source>
        <translation>ዝተሰሓበሉ</translation>
    </message>
    <message>
        <source>given</source>
        <translation>ተዋሂቡ</translation>
    </message>
    <message>
        <source>how</source>
        <translation>ብኸመይ</translation>
    </message>
    <message>
        <source>signed on sheet</source>
        <translation>ኣብ ወረቐት ተፈሪሙ</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>ተሰሒቡ</translation>
    </message>
    <message>
        <source>no sheet</source>
        <translation>ወረቐት የለን</translation>
    </message>
    <message>
        <source>sheet {0} of {1}</source>
        <translation>ወረቐት {0} ካብ {1}</translation>
    </message>
    <message>
        <source>sheet {0}</source>
        <translation>ወረቐት {0}</translation>
    </message>
    <message>
        <source>Fill in a date, like 15-03-2024.</source>
        <translation>ዕለት ምልኡ፡ ንኣብነት 15-03-2024።</translation>
    </message>
    <message>
        <source>{0}: &apos;{1}&apos; is not a date; type it as day-month-year, e.g. 15-03-2024.</source>
        <translation>{0}: ‘{1}’ ዕለት ኣይኮነን። ብመዓልቲ-ወርሒ-ዓመት ጸሓፍዎ፡ ንኣብነት 15-03-2024።</translation>
    </message>
    <message>
        <source>You may send the report for the regisseur (PDF) about this newcomer to the inburgeringsregisseur.</source>
        <translation>ጸብጻብ ንኣማሓዳሪ ውህደት (PDF) ብዛዕባ እዚ ሓድሽ መጻኢ ናብ ኣማሓዳሪ ውህደት (inburgeringsregisseur) ክትሰዱ ትኽእሉ ኢኹም።</translation>
    </message>
    <message>
        <source>The number of care appointments (never what they were about) may appear in that report.</source>
        <translation>ብዝሒ ናይ ጥዕና ቆጸራታት (ብዛዕባ እንታይ ምንባሮም ፈጺሙ ኣይኮነን) ኣብቲ ጸብጻብ ክኣቱ ይኽእል።</translation>
    </message>
    <message>
        <source>This newcomer is counted in anonymised summaries.</source>
        <translation>እዚ ሓድሽ መጻኢ ኣብ ስም ዘይብሎም ጽማቝታት ይቑጸር።</translation>
    </message>
    <message>
        <source>Given on {0} ({1}).</source>
        <translation>ኣብ {0} ተዋሂቡ ({1})።</translation>
    </message>
    <message>
        <source>Withdrawn on {0}.</source>
        <translation>ኣብ {0} ተሰሒቡ።</translation>
    </message>
    <message>
        <source>Not given.</source>
        <translation>ኣይተዋህበን።</translation>
    </message>
    <message>
        <source>{0}: the day it was given is in the future.</source>
        <translation>{0}: እቲ ዝተዋህበሉ መዓልቲ ኣብ መጻኢ እዩ።</translation>
    </message>
    <message>
        <source>{0}: the day it was withdrawn is in the future.</source>
        <translation>{0}: እቲ ዝተሰሓበሉ መዓልቲ ኣብ መጻኢ እዩ።</translation>
    </message>
    <message>
        <source>{0}: it cannot be withdrawn before it was given ({1}).</source>
        <translation>{0}: ፍቓድ ቅድሚ ዝተዋህበሉ መዓልቲ ({1}) ክስሓብ ኣይከኣልን።</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>ፍቓዳት</translation>
    </message>
    <message>
        <source>Tick what the newcomer agreed to and on which day; tick &quot;withdrawn on&quot; when they take it back. Use Tab to go on and Space to tick.</source>
        <translation>እቲ ሓድሽ መጻኢ ዝሰማማዓሉን ኣየናይ መዓልትን ምልክት ግበሩ፤ ምስ ዝስሕቦ ‘ዝተሰሓበሉ’ ምልክት ግበሩ። ንምቕጻል Tab፡ ምልክት ንምግባር Space ተጠቐሙ።</translation>
    </message>
    <message>
        <source>For what</source>
        <translation>ንምንታይ</translation>
    </message>
    <message>
        <source>Given</source>
        <translation>ተዋሂቡ</translation>
    </message>
    <message>
        <source>How</source>
        <translation>ብኸመይ</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>ተሰሒቡ</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>መዘኻኸሪ</translation>
    </message>
    <message>
        <source>for example: signed form in the folder (optional)</source>
        <translation>ንኣብነት: ዝተፈርመ ቅጥዒ ኣብቲ ፎልደር (ግዴታ ኣይኮነን)</translation>
    </message>
</context>
<context>
    <name>ConsentsModel</name>
    <message>
        <source>Purpose</source>
        <translation>ዕላማ</translation>
    </message>
    <message>
        <source>Given on</source>
        <translation>ዝተዋህበሉ</translation>
    </message>
    <message>
        <source>Withdrawn on</source>
        <translation>ዝተሰሓበሉ</translation>
    </message>
    <message>
        <source>How</source>
        <translation>ብኸመይ</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>ወረቐት</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>መዘኻኸሪ</translation>
    </message>
</context>
<context>
    <name>Count</name>
    <message numerus="yes">
        <source>%n newcomer(s)</source>
        <translation>
            <numerusform>%n ሓድሽ መጻኢ</numerusform>
            <numerusform>%n ሓደስቲ መጻእቲ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s)</source>
        <translation>
            <numerusform>%n ምዝገባ</numerusform>
            <numerusform>%n ምዝገባታት</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n ጸገም</numerusform>
            <numerusform>%n ጸገማት</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n summary(s)</source>
        <translation>
            <numerusform>%n ጽማቝ</numerusform>
            <numerusform>%n ጽማቝታት</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n ፋይል</numerusform>
            <numerusform>%n ፋይላት</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n መዓልቲ</numerusform>
            <numerusform>%n መዓልታት</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact moment(s)</source>
        <translation>
            <numerusform>%n ግዜ ርክብ</numerusform>
            <numerusform>%n ግዜታት ርክብ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n ኣቕሓ</numerusform>
            <numerusform>%n ኣቕሑ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n consent(s)</source>
        <translation>
            <numerusform>%n ፍቓድ</numerusform>
            <numerusform>%n ፍቓዳት</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n disclosure(s)</source>
        <translation>
            <numerusform>%n ዝተኻፈለ</numerusform>
            <numerusform>%n ዝተኻፈሉ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n number(s)</source>
        <translation>
            <numerusform>%n ቁጽሪ</numerusform>
            <numerusform>%n ቁጽርታት</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n report(s)</source>
        <translation>
            <numerusform>%n ጸብጻብ</numerusform>
            <numerusform>%n ጸብጻባት</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Something went wrong</source>
        <translation>ገለ ጌጋ ተፈጢሩ</translation>
    </message>
    <message>
        <source>Sleutelapp ran into an unexpected problem. What you saved is safe; the window you were working in stays open. If this happens again, copy the report below and send it to whoever supports you. It contains no names and no text you typed.</source>
        <translation>Sleutelapp ዘይተጸበናዮ ጸገም ኣጋጢምዎ። ዝዓቀብኩምዎ ውሑስ እዩ፤ እቲ ትሰርሑሉ ዝነበርኩም መስኮት ክፉት ይጸንሕ። እዚ እንተ ተደጊሙ፡ ነቲ ኣብ ታሕቲ ዘሎ ጸብጻብ ቀዲሕኩም ናብ ዝሕግዘኩም ሰብ ስደድዎ። ኣስማትን ዝጸሓፍኩምዎ ጽሑፍን የብሉን።</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>ጸብጻብ ጌጋ</translation>
    </message>
    <message>
        <source>Copy report</source>
        <translation>ጸብጻብ ቅድሑ</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>ዕጸዉ</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>dd-mm-yyyy</source>
        <translation>dd-mm-yyyy</translation>
    </message>
    <message>
        <source>Choose from a calendar (Alt+Down)</source>
        <translation>ካብ ዓውደ ኣዋርሕ ምረጹ (Alt+Down)</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>ዓውደ ኣዋርሕ</translation>
    </message>
    <message>
        <source>This date does not exist. Type it as dd-mm-yyyy.</source>
        <translation>እዚ ዕለት የለን። ብ dd-mm-yyyy ጸሓፍዎ።</translation>
    </message>
    <message>
        <source>This is not a date. Type it as dd-mm-yyyy, like 15-03-2024.</source>
        <translation>እዚ ዕለት ኣይኮነን። ብ dd-mm-yyyy ጸሓፍዎ፡ ንኣብነት 15-03-2024።</translation>
    </message>
    <message>
        <source>A termijn cannot start in the future. Check the date.</source>
        <translation>ግዜ ገደብ ኣብ መጻኢ ክጅምር ኣይክእልን። ነቲ ዕለት ኣረጋግጹ።</translation>
    </message>
    <message>
        <source>This date lies in the future. Check the date.</source>
        <translation>እዚ ዕለት ኣብ መጻኢ እዩ። ነቲ ዕለት ኣረጋግጹ።</translation>
    </message>
    <message>
        <source>A date before {0} is not possible here. Check the year.</source>
        <translation>ቅድሚ {0} ዝኾነ ዕለት ኣብዚ ኣይከኣልን። ነቲ ዓመት ኣረጋግጹ።</translation>
    </message>
    <message>
        <source>A date after {0} is not possible here. Check the year.</source>
        <translation>ድሕሪ {0} ዝኾነ ዕለት ኣብዚ ኣይከኣልን። ነቲ ዓመት ኣረጋግጹ።</translation>
    </message>
</context>
<context>
    <name>DecisionsModel</name>
    <message>
        <source>In</source>
        <translation>ውሽጢ</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>ወጻኢ</translation>
    </message>
    <message>
        <source>Uncheck to leave this out.</source>
        <translation>ነዚ ንምግዳፍ ምልክት ኣልዕሉ።</translation>
    </message>
    <message>
        <source>The privacy rules keep this out of the report.</source>
        <translation>ሕግታት ብሕትውና ነዚ ካብቲ ጸብጻብ የውጽእዎ።</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>ዕለት</translation>
    </message>
    <message>
        <source>What</source>
        <translation>እንታይ</translation>
    </message>
    <message>
        <source>In report</source>
        <translation>ኣብ ጸብጻብ</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>ምኽንያት</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>ጽሑፍ</translation>
    </message>
</context>
<context>
    <name>DisclosuresModel</name>
    <message>
        <source>When</source>
        <translation>መዓስ</translation>
    </message>
    <message>
        <source>What</source>
        <translation>እንታይ</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>እዋን</translation>
    </message>
    <message>
        <source>To whom</source>
        <translation>ንመን</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>ምዝገባታት</translation>
    </message>
    <message>
        <source>Summary for the regisseur</source>
        <translation>ጸብጻብ ንኣማሓዳሪ</translation>
    </message>
    <message>
        <source>Anonymised summary</source>
        <translation>ስም ዘይብሉ ጽማቝ</translation>
    </message>
    <message>
        <source>Data export</source>
        <translation>ምውጻእ ሓበሬታ</translation>
    </message>
    <message>
        <source>Handover to a colleague</source>
        <translation>ምርካብ ናብ መሳርሕቲ</translation>
    </message>
    <message>
        <source>Copy for the newcomer</source>
        <translation>ቅዳሕ ንሓድሽ መጻኢ</translation>
    </message>
    <message>
        <source>Agenda for your calendar</source>
        <translation>ኣጀንዳ ንዓውደ ኣዋርሕኹም</translation>
    </message>
    <message>
        <source>Week of the agenda on paper</source>
        <translation>ሰሙን ኣጀንዳ ኣብ ወረቐት</translation>
    </message>
    <message>
        <source>Appointments on paper for the newcomer</source>
        <translation>ቆጸራታት ኣብ ወረቐት ንሓድሽ መጻኢ</translation>
    </message>
    <message>
        <source>Consent sheet for the newcomer</source>
        <translation>ወረቐት ፍቓድ ንሓድሽ መጻኢ</translation>
    </message>
</context>
<context>
    <name>DueReportsDialog</name>
    <message>
        <source>&amp;Make reports</source>
        <translation>ጸብጻባት ስርሑ</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>ዕጸዉ</translation>
    </message>
    <message>
        <source>Preview of the report</source>
        <translation>ቅድመ-ርእይ ጸብጻብ</translation>
    </message>
    <message>
        <source>Reports to make</source>
        <translation>ዝስርሑ ጸብጻባት</translation>
    </message>
    <message>
        <source>All reports are made: nothing is due.</source>
        <translation>ኩሎም ጸብጻባት ተሰሪሖም: ዝተረፈ የለን።</translation>
    </message>
    <message numerus="yes">
        <source>%n of {0} report(s) ticked.</source>
        <translation>
            <numerusform>%n ካብ {0} ጸብጻብ ምልክት ተገይሩ።</numerusform>
            <numerusform>%n ካብ {0} ጸብጻባት ምልክት ተገይሮም።</numerusform>
        </translation>
    </message>
    <message>
        <source>Making the preview…</source>
        <translation>ቅድመ-ርእይ ይስራሕ ኣሎ…</translation>
    </message>
    <message>
        <source>Folder for the reports</source>
        <translation>ፎልደር ንጸብጻባት</translation>
    </message>
    <message>
        <source>Making the reports…</source>
        <translation>ጸብጻባት ይስርሑ ኣለዉ…</translation>
    </message>
    <message>
        <source>Not all reports were made</source>
        <translation>ኩሎም ጸብጻባት ኣይተሰርሑን</translation>
    </message>
    <message>
        <source>Reports made</source>
        <translation>ጸብጻባት ተሰሪሖም</translation>
    </message>
    <message numerus="yes">
        <source>%n report(s) saved in {0}. Each one is recorded on the Shared tab of its newcomer.</source>
        <translation>
            <numerusform>%n ጸብጻብ ኣብ {0} ተዓቂቡ። ኣብ ገጽ ዝተኻፈለ ናይቲ ሓድሽ መጻኢ ተመዝጊቡ ኣሎ።</numerusform>
            <numerusform>%n ጸብጻባት ኣብ {0} ተዓቂቦም። ነፍሲ ወከፍ ኣብ ገጽ ዝተኻፈለ ናይ ሓድሽ መጻኢኡ ተመዝጊቡ ኣሎ።</numerusform>
        </translation>
    </message>
    <message>
        <source>All files have the password you typed.</source>
        <translation>ኩሎም ፋይላት እቲ ዝጸሓፍኩምዎ ቃል ምስጢር ኣለዎም።</translation>
    </message>
    <message>
        <source>Reports due for the regisseur</source>
        <translation>ግዜኦም ዝበጽሐ ጸብጻባት ንኣማሓዳሪ</translation>
    </message>
    <message>
        <source>These reports for the last complete month or quarter have not been made yet. Each one goes into its own file and is recorded in the register of what was shared.</source>
        <translation>እዞም ጸብጻባት ናይ ዝሓለፈ ምሉእ ወርሒ ወይ ርብዒ ዓመት ገና ኣይተሰርሑን። ነፍሲ ወከፍ ኣብ ናይ ገዛእ ርእሱ ፋይል ይኣቱ፡ ኣብ መዝገብ ዝተኻፈለ ድማ ይምዝገብ።</translation>
    </message>
    <message>
        <source>&amp;Reports to make (Space ticks or unticks one):</source>
        <translation>ዝስርሑ ጸብጻባት (Space ሓደ ምልክት ይገብር ወይ የልዕል):</translation>
    </message>
    <message>
        <source>&amp;Folder</source>
        <translation>ፎልደር</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>ምረጹ…</translation>
    </message>
    <message>
        <source>R&amp;ecipient</source>
        <translation>ተቐባሊ</translation>
    </message>
    <message>
        <source>empty = the regisseur in each newcomer&apos;s profile</source>
        <translation>ባዶ = ኣማሓዳሪ ኣብ መግለጺ ነፍሲ ወከፍ ሓድሽ መጻኢ</translation>
    </message>
    <message>
        <source>&amp;Password (optional)</source>
        <translation>ቃል ምስጢር (ግዴታ ኣይኮነን)</translation>
    </message>
    <message>
        <source>for all files; empty = none</source>
        <translation>ንኹሎም ፋይላት፤ ባዶ = የለን</translation>
    </message>
    <message>
        <source>Sho&amp;w</source>
        <translation>ኣርእዩ</translation>
    </message>
    <message>
        <source>Preview of the chosen report, as it will be saved (the password is added when saving).</source>
        <translation>ቅድመ-ርእይ ናይቲ ዝተመርጸ ጸብጻብ፡ ከምቲ ዝዕቀብ (ቃል ምስጢር ኣብ ምዕቃብ ይውሰኽ)።</translation>
    </message>
</context>
<context>
    <name>DueReportsModel</name>
    <message>
        <source>Newcomer</source>
        <translation>ሓድሽ መጻኢ</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>እዋን</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>ስም ፋይል</translation>
    </message>
</context>
<context>
    <name>EntryDialog</name>
    <message>
        <source>{0} for {1}</source>
        <translation>{0} ን{1}</translation>
    </message>
    <message>
        <source>&amp;Channel</source>
        <translation>መገዲ</translation>
    </message>
    <message>
        <source>&amp;Type</source>
        <translation>ዓይነት</translation>
    </message>
    <message>
        <source>&amp;Activity</source>
        <translation>ንጥፈት</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>ኣርእስቲ</translation>
    </message>
    <message>
        <source>&amp;What about</source>
        <translation>ብዛዕባ እንታይ</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>መዘኻኸሪ</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>መግለጺ</translation>
    </message>
    <message>
        <source>&amp;What to do</source>
        <translation>እንታይ ክግበር</translation>
    </message>
    <message>
        <source>&amp;Remark</source>
        <translation>ርእይቶ</translation>
    </message>
    <message>
        <source>&amp;Due date</source>
        <translation>ናይ መወዳእታ ዕለት</translation>
    </message>
    <message>
        <source>We do this &amp;together</source>
        <translation>ብሓባር ንገብሮ</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>ዓቅቡ</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ኣቋርጹ</translation>
    </message>
    <message>
        <source>Fill in a date, like 15-03-2024.</source>
        <translation>ዕለት ምልኡ፡ ንኣብነት 15-03-2024።</translation>
    </message>
    <message>
        <source>Fill in how many hours, like 1,5.</source>
        <translation>ክንደይ ሰዓት ምልኡ፡ ንኣብነት 1,5።</translation>
    </message>
    <message>
        <source>Write the note first; an empty note is not saved.</source>
        <translation>መጀመርያ መዘኻኸሪ ጸሓፉ፤ ባዶ መዘኻኸሪ ኣይዕቀብን።</translation>
    </message>
    <message>
        <source>Write what needs to be done.</source>
        <translation>እንታይ ክግበር ከም ዘለዎ ጸሓፉ።</translation>
    </message>
    <message>
        <source>This field is required.</source>
        <translation>እዚ ቦታ ክምላእ ኣለዎ።</translation>
    </message>
    <message>
        <source>Did the appointment take place?</source>
        <translation>እቲ ቆጸራ ተኻይዱ ድዩ?</translation>
    </message>
    <message>
        <source>This appointment lies in the past but is still marked planned. What happened?</source>
        <translation>እዚ ቆጸራ ሓሊፉ እዩ ግን ገና ‘ተሓሲቡ’ ይብል። እንታይ ኮነ?</translation>
    </message>
    <message>
        <source>Keep planned</source>
        <translation>ተሓሲቡ ይጽናሕ</translation>
    </message>
    <message>
        <source>&lt;b&gt;Careful:&lt;/b&gt; the text seems to contain {0}. Such identifiers do not belong in notes. Remove it, or press Enter again to save anyway.</source>
        <translation>&lt;b&gt;ተጠንቀቑ:&lt;/b&gt; እቲ ጽሑፍ {0} ዝሓዘ ይመስል። ከምዚ ዝኣመሰለ ሓበሬታ ኣብ መዘኻኸሪ ኣይኣቱን። ኣልግስዎ፡ ወይ ብዝኾነ ንምዕቃብ ደጊምኩም Enter ጠውቑ።</translation>
    </message>
    <message>
        <source>Save anyway</source>
        <translation>ብዝኾነ ዓቅቡ</translation>
    </message>
    <message>
        <source>Discard this entry?</source>
        <translation>እዚ ዝኣተወ ይደርበ?</translation>
    </message>
    <message>
        <source>You typed something that is not saved yet. Throw it away?</source>
        <translation>ገና ዘይተዓቀበ ነገር ጽሒፍኩም ኣለኹም። ክድርበ ድዩ?</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>ደርብዩ</translation>
    </message>
    <message>
        <source>Choose Cancel to go back and save it.</source>
        <translation>ንምምላስን ንምዕቃብን ኣቋርጹ ምረጹ።</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>ዕለት</translation>
    </message>
    <message>
        <source>T&amp;ime</source>
        <translation>ሰዓት</translation>
    </message>
    <message>
        <source>hh:mm</source>
        <translation>hh:mm</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>ኩነታት</translation>
    </message>
    <message>
        <source>D&amp;uration (minutes)</source>
        <translation>ንውሓት (ደቒቕ)</translation>
    </message>
    <message>
        <source>&amp;Hours</source>
        <translation>ሰዓታት</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>ኣርእስትታት</translation>
    </message>
    <message>
        <source>&amp;Location</source>
        <translation>ቦታ</translation>
    </message>
    <message>
        <source>I go along (&amp;accompanied)</source>
        <translation>ኣነ እሳነ (ምስናይ)</translation>
    </message>
    <message>
        <source>For a care appointment only the logistics are kept: when, where and whether you go along. There is deliberately no field for the reason or a diagnosis.</source>
        <translation>ንናይ ክንክን ቆጸራ እቲ ተግባራዊ ጎድኑ ጥራይ ይዕቀብ: መዓስ፡ ኣበይ፡ ትሳነዩ ዶ ኣይትሳነዩን። ንምኽንያት ወይ ንምርመራ (diagnose) ብፍላጥ ቦታ የለን።</translation>
    </message>
    <message>
        <source>S&amp;hareable: this text may appear in the summary for the regisseur</source>
        <translation>ክካፈል ይኽእል: እዚ ጽሑፍ ኣብቲ ጸብጻብ ንኣማሓዳሪ ክኣቱ ይኽእል</translation>
    </message>
    <message>
        <source>Enter saves. Shift+Enter starts a new line.</source>
        <translation>Enter ይዕቅብ። Shift+Enter ሓድሽ መስመር ይጅምር።</translation>
    </message>
</context>
<context>
    <name>ExtensionDialog</name>
    <message>
        <source>Request an extension for {0}</source>
        <translation>ሕቶ ምንዋሕ ግዜ ን{0}</translation>
    </message>
    <message>
        <source>Extension request of {0}</source>
        <translation>ሕቶ ምንዋሕ ግዜ ናይ {0}</translation>
    </message>
    <message>
        <source>No decision yet</source>
        <translation>ገና ውሳነ የለን</translation>
    </message>
    <message>
        <source>Granted</source>
        <translation>ተፈቒዱ</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>ተነጺጉ</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>ዓቅቡ</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ኣቋርጹ</translation>
    </message>
    <message>
        <source>Note: {0} (source: {1})</source>
        <translation>ተጠንቀቑ: {0} (ምንጪ: {1})</translation>
    </message>
    <message>
        <source>DUO answers within 8 weeks: expected by {0}.</source>
        <translation>DUO ኣብ ውሽጢ 8 ሰሙን ይምልስ: ክሳብ {0} ይጽበ።</translation>
    </message>
    <message>
        <source>A task for that day is added.</source>
        <translation>ንዝኸውን መዓልቲ ዕማም ይውሰኽ።</translation>
    </message>
    <message>
        <source>{0}: &apos;{1}&apos; is not a date; type it as day-month-year, e.g. 15-03-2026.</source>
        <translation>{0}: ‘{1}’ ዕለት ኣይኮነን። ብመዓልቲ-ወርሒ-ዓመት ጸሓፍዎ፡ ንኣብነት 15-03-2026።</translation>
    </message>
    <message>
        <source>Sent to DUO on</source>
        <translation>ናብ DUO ዝተላእከሉ</translation>
    </message>
    <message>
        <source>The day it was sent is in the future.</source>
        <translation>እቲ ዝተላእከሉ መዓልቲ ኣብ መጻኢ እዩ።</translation>
    </message>
    <message>
        <source>Date of the letter</source>
        <translation>ዕለት ደብዳበ</translation>
    </message>
    <message>
        <source>The date of the letter is in the future.</source>
        <translation>ዕለት ደብዳበ ኣብ መጻኢ እዩ።</translation>
    </message>
    <message>
        <source>The letter cannot be dated before the request was sent ({0}).</source>
        <translation>ደብዳበ ቅድሚ እቲ ሕቶ ዝተላእከሉ ({0}) ክኸውን ኣይክእልን።</translation>
    </message>
    <message>
        <source>Months granted: type a whole number from 1 to {0}.</source>
        <translation>ዝተፈቕዱ ኣዋርሕ: ካብ 1 ክሳብ {0} ምሉእ ቁጽሪ ጸሓፉ።</translation>
    </message>
    <message>
        <source>Extension of the termijn</source>
        <translation>ምንዋሕ ግዜ ገደብ</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>ምኽንያት</translation>
    </message>
    <message>
        <source>&amp;Sent to DUO on</source>
        <translation>ናብ DUO ዝተላእከሉ</translation>
    </message>
    <message>
        <source>day-month-year, for example 15-03-2026</source>
        <translation>መዓልቲ-ወርሒ-ዓመት፡ ንኣብነት 15-03-2026</translation>
    </message>
    <message>
        <source>Evidence gathered</source>
        <translation>ዝተኣከበ መረጋገጺ</translation>
    </message>
    <message>
        <source>Tick a document when you have it. Do not put the document or what it says in the app.</source>
        <translation>ሰነድ ምስ ሃለወኩም ምልክት ግበሩ። ነቲ ሰነድ ወይ ትሕዝቶኡ ኣብቲ app ኣየእትዉ።</translation>
    </message>
    <message>
        <source>Decision of DUO</source>
        <translation>ውሳነ DUO</translation>
    </message>
    <message>
        <source>&amp;Decision</source>
        <translation>ውሳነ</translation>
    </message>
    <message>
        <source>&amp;Months granted</source>
        <translation>ዝተፈቕዱ ኣዋርሕ</translation>
    </message>
    <message>
        <source>for example 6</source>
        <translation>ንኣብነት 6</translation>
    </message>
    <message>
        <source>Date of the &amp;letter</source>
        <translation>ዕለት ደብዳበ</translation>
    </message>
</context>
<context>
    <name>ExtensionRequests</name>
    <message>
        <source>DUO&apos;s decision on the extension is expected</source>
        <translation>ውሳነ DUO ብዛዕባ ምንዋሕ ግዜ ይጽበ ኣሎ</translation>
    </message>
</context>
<context>
    <name>ExtensionRequestsModel</name>
    <message>
        <source>Reason</source>
        <translation>ምኽንያት</translation>
    </message>
    <message>
        <source>Sent on</source>
        <translation>ዝተላእከሉ</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>መረጋገጺ</translation>
    </message>
    <message>
        <source>Answer expected</source>
        <translation>መልሲ ይጽበ</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>ውሳነ</translation>
    </message>
    <message numerus="yes">
        <source>Granted: %n month(s)</source>
        <translation>
            <numerusform>ተፈቒዱ: %n ወርሒ</numerusform>
            <numerusform>ተፈቒዱ: %n ኣዋርሕ</numerusform>
        </translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>ተነጺጉ</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>ገና</translation>
    </message>
    <message>
        <source>{0} of {1}</source>
        <translation>{0} ካብ {1}</translation>
    </message>
</context>
<context>
    <name>ExtensionRule</name>
    <message>
        <source>Fill in the start date of the termijn first.</source>
        <translation>መጀመርያ ዕለት መጀመርታ ናይቲ ግዜ ገደብ (termijn) ምልኡ።</translation>
    </message>
    <message>
        <source>For illness or death this is possible once the termijn has run 2.5 years: from {date}.</source>
        <translation>ንሕማም ወይ ሞት እዚ ዝከኣል እቲ ግዜ ገደብ 2.5 ዓመት ምስ ጸንሐ እዩ: ካብ {date}።</translation>
    </message>
    <message>
        <source>For this reason it is possible once the termijn ends within 6 months: from {date}.</source>
        <translation>በዚ ምኽንያት እዚ ዝከኣል እቲ ግዜ ገደብ ኣብ ውሽጢ 6 ኣዋርሕ ምስ ዝውዳእ እዩ: ካብ {date}።</translation>
    </message>
    <message>
        <source>DUO does not extend the same period twice. It was already extended for this reason.</source>
        <translation>DUO ንሓደ እዋን ክልተ ግዜ ኣየናውሕን። በዚ ምኽንያት ድሮ ተናዊሑ እዩ።</translation>
    </message>
    <message>
        <source>DUO has not yet decided on an earlier request.</source>
        <translation>DUO ኣብ ዝቐደመ ሕቶ ገና ኣይወሰነን።</translation>
    </message>
</context>
<context>
    <name>FirstStartPage</name>
    <message>
        <source>The two passphrases are not the same. Type them again.</source>
        <translation>ክልቲኦም ሓረግ ምስጢር ሓደ ኣይኮኑን። ደጊምኩም ጸሓፍዎም።</translation>
    </message>
    <message>
        <source>Welcome to Sleutelapp</source>
        <translation>እንቋዕ ብደሓን መጻእኩም</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>ቋንቋ</translation>
    </message>
    <message>
        <source>Your notes about the newcomers you guide are stored encrypted on this computer. Choose a passphrase that only you know: at least 8 characters, for example four unrelated words.</source>
        <translation>ብዛዕባ እቶም እትመርሕዎም ሓደስቲ መጻእቲ ዝጸሓፍኩምዎ ኣብዚ ኮምፒተር ተመስጢሩ ይዕቀብ። ንስኹም ጥራይ እትፈልጥዎ ሓረግ ምስጢር ምረጹ: እንተወሓደ 8 ፊደላት፡ ንኣብነት ኣርባዕተ ዘይተተሓሓዙ ቃላት።</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>ሓድሽ ሓረግ ምስጢር</translation>
    </message>
    <message>
        <source>Repeat passphrase</source>
        <translation>ሓረግ ምስጢር ድገሙ</translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation>ሓይሊ ሓረግ ምስጢር</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>ቀጽሉ</translation>
    </message>
    <message>
        <source>Just looking? Try the app with made-up newcomers in a separate demo file. Your own case file is not touched.</source>
        <translation>ምርኣይ ጥራይ ዲኹም? ነቲ app ብዝተፈጠሩ ሓደስቲ መጻእቲ ኣብ ፍሉይ ፋይል ዲሞ ፈትንዎ። ናትኩም ዶሴ ኣይትንከፍን።</translation>
    </message>
    <message>
        <source>Try it with demo data</source>
        <translation>ብሓበሬታ ዲሞ ፈትኑ</translation>
    </message>
    <message>
        <source>Restore a backup…</source>
        <translation>ቅዳሕ ውሕስና (backup) መልሱ…</translation>
    </message>
</context>
<context>
    <name>FirstStartProfile</name>
    <message>
        <source>Who keeps this case file?</source>
        <translation>ነዚ ዶሴ መን እዩ ዝሕዞ?</translation>
    </message>
    <message>
        <source>Your name and your organisation appear on the report for the regisseur. All three are optional; you can change them later under Settings.</source>
        <translation>ስምኩምን ትካልኩምን ኣብቲ ጸብጻብ ንኣማሓዳሪ ይርኣዩ። ሰለስቲኦም ግዴታ ኣይኮኑን፤ ድሒርኩም ኣብ ቅጥዕታት ክትቕይርዎም ትኽእሉ ኢኹም።</translation>
    </message>
    <message>
        <source>Your &amp;name</source>
        <translation>ስምኩም</translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation>ትካል</translation>
    </message>
    <message>
        <source>responsible for the data, e.g. the welfare organisation</source>
        <translation>ንሓበሬታ ሓላፍነት ዝወስድ፡ ንኣብነት ትካል ማሕበራዊ ደሓን</translation>
    </message>
    <message>
        <source>Organisation &amp;contact</source>
        <translation>ርክብ ትካል</translation>
    </message>
    <message>
        <source>e-mail or phone for privacy questions</source>
        <translation>ኢመይል ወይ ተሌፎን ንሕቶታት ብዛዕባ ብሕትውና</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>ንድሕሪት</translation>
    </message>
    <message>
        <source>Create my case file</source>
        <translation>ዶሴይ ፍጠሩ</translation>
    </message>
</context>
<context>
    <name>HandoverDialog</name>
    <message>
        <source>Sleutelapp transfer code (one-time):</source>
        <translation>ኮድ ምርካብ Sleutelapp (ንሓንሳብ):</translation>
    </message>
    <message numerus="yes">
        <source>Your colleague takes over %n newcomer(s). Do you want to close them in your case file, or erase them for good?</source>
        <translation>
            <numerusform>መሳርሕትኹም %n ሓድሽ መጻኢ ይርከብ። ኣብ ዶሴኹም ክትዓጽውዎ ድዩ ወይ ንሓዋሩ ክትድምስስዎ?</numerusform>
            <numerusform>መሳርሕትኹም %n ሓደስቲ መጻእቲ ይርከብ። ኣብ ዶሴኹም ክትዓጽውዎም ድዩ ወይ ንሓዋሩ ክትድምስስዎም?</numerusform>
        </translation>
    </message>
    <message>
        <source>Close them</source>
        <translation>ዕጸውዎም</translation>
    </message>
    <message>
        <source>Erase for good…</source>
        <translation>ንሓዋሩ ደምስሱ…</translation>
    </message>
    <message>
        <source>Keep as they are</source>
        <translation>ከም ዘለዉ ይጽንሑ</translation>
    </message>
    <message>
        <source>Hand over</source>
        <translation>ኣረክቡ</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ኣቋርጹ</translation>
    </message>
    <message>
        <source>Save the handover file</source>
        <translation>ፋይል ምርካብ ዓቅቡ</translation>
    </message>
    <message>
        <source>Choose where to save the handover file.</source>
        <translation>ፋይል ምርካብ ኣበይ ከም ዝዕቀብ ምረጹ።</translation>
    </message>
    <message>
        <source>The folder {0} does not exist.</source>
        <translation>እቲ ፎልደር {0} የለን።</translation>
    </message>
    <message>
        <source>Tick at least one newcomer (Space).</source>
        <translation>እንተወሓደ ሓደ ሓድሽ መጻኢ ምልክት ግበሩ (Space)።</translation>
    </message>
    <message>
        <source>{0} already exists. Replace it?</source>
        <translation>{0} ድሮ ኣሎ። ይተካእ?</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>ተክኡ</translation>
    </message>
    <message>
        <source>Writing the encrypted handover…</source>
        <translation>ዝተመስጠረ ምርካብ ይጽሓፍ ኣሎ…</translation>
    </message>
    <message>
        <source>All their data is erased from your case file for good, the search index included. Your colleague keeps the handed-over copy.</source>
        <translation>ኩሉ ሓበሬታኦም ካብ ዶሴኹም ንሓዋሩ ይድምሰስ፡ ምስ መድለዪ ኢንዴክስ። መሳርሕትኹም ነቲ ዝተረከበ ቅዳሕ ይሕዝ።</translation>
    </message>
    <message>
        <source>Shared before; tell these recipients:</source>
        <translation>ቅድሚ ሕጂ ተኻፊሉ፤ ነዞም ተቐበልቲ ሓብሩ:</translation>
    </message>
    <message numerus="yes">
        <source>Erase %n newcomer(s) for good?</source>
        <translation>
            <numerusform>%n ሓድሽ መጻኢ ንሓዋሩ ይድምሰስ?</numerusform>
            <numerusform>%n ሓደስቲ መጻእቲ ንሓዋሩ ይድምሰሱ?</numerusform>
        </translation>
    </message>
    <message>
        <source>Erase for good</source>
        <translation>ንሓዋሩ ደምስሱ</translation>
    </message>
    <message>
        <source>Erased.</source>
        <translation>ተደምሲሱ።</translation>
    </message>
    <message>
        <source>Tell these recipients:</source>
        <translation>ነዞም ተቐበልቲ ሓብሩ:</translation>
    </message>
    <message>
        <source>Hand over to a colleague</source>
        <translation>ናብ መሳርሕቲ ኣረክቡ</translation>
    </message>
    <message>
        <source>The chosen newcomers go into an encrypted file, with every entry, consent and disclosure. Your colleague opens it with a one-time code that you pass on another way (by phone or in person).</source>
        <translation>እቶም ዝተመርጹ ሓደስቲ መጻእቲ ምስ ኩሉ ምዝገባታት፡ ፍቓዳትን ዝተኻፈለን ናብ ዝተመስጠረ ፋይል ይኣትዉ። መሳርሕትኹም ብኻልእ መገዲ (ብተሌፎን ወይ ብኣካል) እትህብዎ ናይ ሓንሳብ ኮድ ይኸፍቶ።</translation>
    </message>
    <message>
        <source>&amp;Newcomers to hand over (Space ticks one):</source>
        <translation>ዝርከቡ ሓደስቲ መጻእቲ (Space ሓደ ምልክት ይገብር):</translation>
    </message>
    <message>
        <source>&amp;Colleague</source>
        <translation>መሳርሕቲ</translation>
    </message>
    <message>
        <source>name of the colleague who takes over</source>
        <translation>ስም እቲ ዝርከብ መሳርሕቲ</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ፋይል</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>ምረጹ…</translation>
    </message>
</context>
<context>
    <name>HoursField</name>
    <message>
        <source>for example 1,5</source>
        <translation>ንኣብነት 1,5</translation>
    </message>
    <message>
        <source>Type a number of hours, like 1,5 or 2.</source>
        <translation>ብዝሒ ሰዓታት ጸሓፉ፡ ከም 1,5 ወይ 2።</translation>
    </message>
</context>
<context>
    <name>Inzage</name>
    <message>
        <source>the newcomer themself</source>
        <translation>እቲ ሓድሽ መጻኢ ባዕሉ</translation>
    </message>
    <message>
        <source>inzage (GDPR art. 15)</source>
        <translation>ቅዳሕ ሓበሬታ (inzage, AVG ዓንቀጽ 15)</translation>
    </message>
    <message>
        <source>Report for the civic integration regisseur</source>
        <translation>ጸብጻብ ንኣማሓዳሪ ውህደት (inburgeringsregisseur)</translation>
    </message>
    <message>
        <source>Anonymous overview (counted, without name)</source>
        <translation>ስም ዘይብሉ ሓፈሻዊ መግለጺ (ዝተቖጽረ፡ ብዘይ ስም)</translation>
    </message>
    <message>
        <source>Data export</source>
        <translation>ምውጻእ ሓበሬታ</translation>
    </message>
    <message>
        <source>Handover to a fellow key person</source>
        <translation>ምርካብ ናብ መሳርሕቲ ሰብ መፍትሕ</translation>
    </message>
    <message>
        <source>Inzage for yourself</source>
        <translation>ቅዳሕ ሓበሬታ ንዓኹም</translation>
    </message>
    <message>
        <source>Appointments in your key person&apos;s agenda</source>
        <translation>ቆጸራታት ኣብ ኣጀንዳ ሰብ መፍትሕኩም</translation>
    </message>
    <message>
        <source>Appointments on paper for your key person</source>
        <translation>ቆጸራታት ኣብ ወረቐት ንሰብ መፍትሕኩም</translation>
    </message>
    <message>
        <source>Your appointments on paper, for yourself</source>
        <translation>ቆጸራታትኩም ኣብ ወረቐት፡ ንዓኹም</translation>
    </message>
    <message>
        <source>Consent form, for yourself</source>
        <translation>ወረቐት ፍቓድ፡ ንዓኹም</translation>
    </message>
    <message>
        <source>You have the right to see what is recorded about you (this overview), to have wrong data corrected and to have data erased (GDPR articles 15 to 17). When data is corrected or erased, we tell whoever received it before (article 19). Ask your key person or the organisation at the top of this overview.</source>
        <translation>ብዛዕባኹም እንታይ ከም ዝተመዝገበ ክትርእዩ (እዚ መግለጺ)፡ ጌጋ ሓበሬታ ከም ዝእረም ክትገብሩ፡ ሓበሬታ ድማ ከም ዝድምሰስ ክትገብሩ መሰል ኣለኩም (AVG ዓንቀጽ 15 ክሳብ 17)። ሓበሬታ ምስ ዝእረም ወይ ምስ ዝድምሰስ፡ ነቲ ቅድሚኡ ዝተቐበሎ ንሕብሮ (ዓንቀጽ 19)። ንሰብ መፍትሕኩም ወይ ነቲ ኣብ ላዕሊ እዚ መግለጺ ተጻሒፉ ዘሎ ትካል ሕተቱ።</translation>
    </message>
    <message>
        <source>every month</source>
        <translation>ነፍሲ ወከፍ ወርሒ</translation>
    </message>
    <message>
        <source>every quarter</source>
        <translation>ነፍሲ ወከፍ ርብዒ ዓመት</translation>
    </message>
    <message>
        <source>{schedule} (own schedule)</source>
        <translation>{schedule} (ፍሉይ መደብ)</translation>
    </message>
    <message>
        <source>{schedule} (default)</source>
        <translation>{schedule} (ነባሪ)</translation>
    </message>
    <message>
        <source>status {status}</source>
        <translation>ኩነታት {status}</translation>
    </message>
    <message>
        <source>at {time}</source>
        <translation>ሰዓት {time}</translation>
    </message>
    <message>
        <source>place: {place}</source>
        <translation>ቦታ: {place}</translation>
    </message>
    <message>
        <source>topics: {topics}</source>
        <translation>ኣርእስትታት: {topics}</translation>
    </message>
    <message>
        <source>{minutes} minutes</source>
        <translation>{minutes} ደቓይቕ</translation>
    </message>
    <message>
        <source>{hours} hours</source>
        <translation>{hours} ሰዓታት</translation>
    </message>
    <message>
        <source>accompanied</source>
        <translation>ተሳንዩ</translation>
    </message>
    <message>
        <source>not accompanied</source>
        <translation>ኣይተሳነየን</translation>
    </message>
    <message>
        <source>may be shared</source>
        <translation>ክካፈል ይኽእል</translation>
    </message>
    <message>
        <source>private (not shared)</source>
        <translation>ውልቃዊ (ኣይካፈልን)</translation>
    </message>
    <message>
        <source>Your data in Sleutelapp</source>
        <translation>ሓበሬታኹም ኣብ Sleutelapp</translation>
    </message>
    <message>
        <source>Inzage for {name}, made on {date}</source>
        <translation>ቅዳሕ ሓበሬታ ን{name}፡ ዕለት {date} ዝተሰርሐ</translation>
    </message>
    <message>
        <source>This is everything your key person&apos;s case file holds about you, including the key person&apos;s own notes.</source>
        <translation>እዚ ኩሉ እቲ ዶሴ ሰብ መፍትሕኩም ብዛዕባኹም ዝሓዞ እዩ፡ እቲ ሰብ መፍትሕ ባዕሉ ዝጸሓፎም መዘኻኸሪታት እውን ሓዊሱ።</translation>
    </message>
    <message>
        <source>Key person</source>
        <translation>ሰብ መፍትሕ</translation>
    </message>
    <message>
        <source>Key person&apos;s contact</source>
        <translation>መራኸቢ ሰብ መፍትሕ</translation>
    </message>
    <message>
        <source>Responsible organisation</source>
        <translation>ሓላፊ ትካል</translation>
    </message>
    <message>
        <source>Organisation&apos;s contact</source>
        <translation>መራኸቢ ትካል</translation>
    </message>
    <message>
        <source>Your data</source>
        <translation>ሓበሬታኹም</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>ስም</translation>
    </message>
    <message>
        <source>Known as</source>
        <translation>ስም መጸዋዕታ</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>ተሌፎን</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>ቋንቋ</translation>
    </message>
    <message>
        <source>Language of the papers</source>
        <translation>ቋንቋ ወረቐታት</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>መስመር</translation>
    </message>
    <message>
        <source>Start of the civic integration term</source>
        <translation>መጀመርታ ግዜ ገደብ ውህደት</translation>
    </message>
    <message>
        <source>Municipality reference</source>
        <translation>መወከሲ ቁጽሪ ምምሕዳር</translation>
    </message>
    <message>
        <source>Civic integration regisseur</source>
        <translation>ኣማሓዳሪ ውህደት</translation>
    </message>
    <message>
        <source>Coaches</source>
        <translation>ኣሰልጠንቲ</translation>
    </message>
    <message>
        <source>Language school</source>
        <translation>ቤት ትምህርቲ ቋንቋ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ኩነታት</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>ዝተዓጽወሉ ዕለት</translation>
    </message>
    <message>
        <source>Report to the regisseur</source>
        <translation>ጸብጻብ ንኣማሓዳሪ</translation>
    </message>
    <message>
        <source>Recorded on</source>
        <translation>ዝተመዝገበሉ ዕለት</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>ናይ መወዳእታ ለውጢ</translation>
    </message>
    <message>
        <source>Extension of the term</source>
        <translation>ምንዋሕ ግዜ ገደብ</translation>
    </message>
    <message>
        <source>Months</source>
        <translation>ኣዋርሕ</translation>
    </message>
    <message>
        <source>Decided on</source>
        <translation>ዝተወሰነሉ</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>ምኽንያት</translation>
    </message>
    <message>
        <source>No extension recorded.</source>
        <translation>ምንዋሕ ግዜ ኣይተመዝገበን።</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>ፍቓዳት</translation>
    </message>
    <message>
        <source>What for</source>
        <translation>ንምንታይ</translation>
    </message>
    <message>
        <source>Given on</source>
        <translation>ዝተዋህበሉ</translation>
    </message>
    <message>
        <source>Withdrawn on</source>
        <translation>ዝተሰሓበሉ</translation>
    </message>
    <message>
        <source>How</source>
        <translation>ብኸመይ</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>ወረቐት</translation>
    </message>
    <message>
        <source>Remark</source>
        <translation>ሪኢቶ</translation>
    </message>
    <message>
        <source>No consents recorded.</source>
        <translation>ፍቓድ ኣይተመዝገበን።</translation>
    </message>
    <message>
        <source>Your rights</source>
        <translation>መሰላትኩም</translation>
    </message>
    <message>
        <source>Waiting for a decision</source>
        <translation>ውሳነ ይጽበ</translation>
    </message>
    <message>
        <source>Granted</source>
        <translation>ተፈቒዱ</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>ተነጺጉ</translation>
    </message>
    <message>
        <source>Requests to DUO for an extension</source>
        <translation>ናብ DUO ዝቐረቡ ሕቶታት ምንዋሕ ግዜ</translation>
    </message>
    <message>
        <source>No request recorded.</source>
        <translation>ሕቶ ኣይተመዝገበን።</translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n ወርሒ</numerusform>
            <numerusform>%n ኣዋርሕ</numerusform>
        </translation>
    </message>
    <message>
        <source>Sent on</source>
        <translation>ዝተለኣኸሉ</translation>
    </message>
    <message>
        <source>Evidence gathered</source>
        <translation>ዝተኣከበ መረጋገጺ</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>ውሳነ</translation>
    </message>
    <message>
        <source>What was shared, with whom and when</source>
        <translation>እንታይ ተኻፊሉ፡ ምስ መን፡ መዓስ</translation>
    </message>
    <message>
        <source>Nothing about you has been shared yet.</source>
        <translation>ብዛዕባኹም ገና ዝተኻፈለ የለን።</translation>
    </message>
    <message>
        <source>{start} up to and including {end}</source>
        <translation>{start} ክሳብ {end}</translation>
    </message>
    <message>
        <source>When</source>
        <translation>መዓስ</translation>
    </message>
    <message>
        <source>What</source>
        <translation>እንታይ</translation>
    </message>
    <message>
        <source>To whom</source>
        <translation>ንመን</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>ምዝገባታት</translation>
    </message>
    <message>
        <source>Everything that was recorded ({count})</source>
        <translation>ኩሉ ዝተመዝገበ ({count})</translation>
    </message>
    <message>
        <source>Nothing has been recorded yet.</source>
        <translation>ገና ዝተመዝገበ የለን።</translation>
    </message>
    <message>
        <source>Confidential · Inzage in your data · {date}</source>
        <translation>ምስጢራዊ · ቅዳሕ ሓበሬታኹም · {date}</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>ገጽ {page} ካብ {pages}</translation>
    </message>
    <message>
        <source>Inzage in your data</source>
        <translation>ቅዳሕ ሓበሬታኹም</translation>
    </message>
</context>
<context>
    <name>InzageDialog</name>
    <message>
        <source>Newcomer: {0}</source>
        <translation>ሓድሽ መጻኢ: {0}</translation>
    </message>
    <message>
        <source>The copy holds the profile, {0} (private notes included), {1} and {2}.</source>
        <translation>እቲ ቅዳሕ መግለጺ፡ {0} (ብሕታዊ መዘኻኸሪታት ሓዊሱ)፡ {1}ን {2}ን ይሕዝ።</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies)</source>
        <translation>
            <numerusform>%n ምዝገባ</numerusform>
            <numerusform>%n ምዝገባታት</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n consent(s)</source>
        <translation>
            <numerusform>%n ፍቓድ</numerusform>
            <numerusform>%n ፍቓዳት</numerusform>
        </translation>
    </message>
    <message>
        <source>Save</source>
        <translation>ዓቅቡ</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ኣቋርጹ</translation>
    </message>
    <message>
        <source>what was shared (nothing yet)</source>
        <translation>ዝተኻፈለ (ገና የለን)</translation>
    </message>
    <message numerus="yes">
        <source>what was shared (%n time(s))</source>
        <translation>
            <numerusform>ዝተኻፈለ (%n ግዜ)</numerusform>
            <numerusform>ዝተኻፈለ (%n ግዜ)</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the copy</source>
        <translation>ቅዳሕ ዓቅቡ</translation>
    </message>
    <message>
        <source>Choose an existing folder for the PDF.</source>
        <translation>ነቲ PDF ዘሎ ፎልደር ምረጹ።</translation>
    </message>
    <message>
        <source>Writing the copy…</source>
        <translation>ቅዳሕ ይጽሓፍ ኣሎ…</translation>
    </message>
    <message>
        <source>Saved and recorded in the disclosure register as given to the newcomer:</source>
        <translation>ተዓቂቡ፡ ኣብ መዝገብ ዝተኻፈለ ከም ንሓድሽ መጻኢ ዝተዋህበ ተመዝጊቡ:</translation>
    </message>
    <message>
        <source>Copy for the newcomer</source>
        <translation>ቅዳሕ ንሓድሽ መጻኢ</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>ቋንቋ</translation>
    </message>
    <message>
        <source>The copy is in this language with the Dutch beside it (Dutch alone when Dutch is chosen).</source>
        <translation>እቲ ቅዳሕ ብዚ ቋንቋ እዩ፡ ኣብ ጎኑ ሆላንድኛ (ሆላንድኛ እንተ መሪጽኩም ሆላንድኛ ጥራይ)።</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ፋይል</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>ምረጹ…</translation>
    </message>
    <message>
        <source>The PDF holds everything, your private notes too. Give it only to this newcomer. It is recorded in the disclosure register as given to them.</source>
        <translation>እቲ PDF ኩሉ ይሕዝ፡ ብሕታዊ መዘኻኸሪታትኩም እውን። ነዚ ሓድሽ መጻኢ ጥራይ ሃብዎ። ኣብ መዝገብ ዝተኻፈለ ከም ንዕኡ ዝተዋህበ ይምዝገብ።</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Opening your case file…</source>
        <translation>ዶሴኹም ይኽፈት ኣሎ…</translation>
    </message>
    <message>
        <source>Creating your case file…</source>
        <translation>ዶሴኹም ይፍጠር ኣሎ…</translation>
    </message>
    <message>
        <source>Opening the demo…</source>
        <translation>ዲሞ ይኽፈት ኣሎ…</translation>
    </message>
    <message>
        <source>Making demo data…</source>
        <translation>ሓበሬታ ዲሞ ይስራሕ ኣሎ…</translation>
    </message>
    <message>
        <source>Sleutelapp — DEMO (invented people)</source>
        <translation>Sleutelapp — DEMO (ዝተፈጠሩ ሰባት)</translation>
    </message>
    <message>
        <source>Your unsaved entry is kept and reopens after unlocking.</source>
        <translation>ዘይተዓቀበ ዝኣተወኩም ተዓቂቡ ኣሎ፡ ድሕሪ ምኽፋት ደጊሙ ይኽፈት።</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>ንጡፍ</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>ተዓጽዩ</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>ኩሉ ሰብ</translation>
    </message>
    <message>
        <source>All routes</source>
        <translation>ኩሎም መስመራት</translation>
    </message>
    <message numerus="yes">
        <source>%n+ newcomer(s)</source>
        <translation>
            <numerusform>%n+ ሓድሽ መጻኢ</numerusform>
            <numerusform>%n+ ሓደስቲ መጻእቲ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n newcomer(s)</source>
        <translation>
            <numerusform>%n ሓድሽ መጻኢ</numerusform>
            <numerusform>%n ሓደስቲ መጻእቲ</numerusform>
        </translation>
    </message>
    <message>
        <source>Sleutelapp</source>
        <translation>Sleutelapp</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>ሎሚ</translation>
    </message>
    <message>
        <source>Search newcomers</source>
        <translation>ሓደስቲ መጻእቲ ድለዩ</translation>
    </message>
    <message>
        <source>Search a name or anything written…</source>
        <translation>ስም ወይ ዝጸሓፍኩምዎ ዝኾነ ነገር ድለዩ…</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>ብኩነታት ምጽራይ</translation>
    </message>
    <message>
        <source>Route filter</source>
        <translation>ብመስመር ምጽራይ</translation>
    </message>
    <message>
        <source>Newcomers</source>
        <translation>ሓደስቲ መጻእቲ</translation>
    </message>
    <message>
        <source>New newcomer…</source>
        <translation>ሓድሽ መጻኢ ወስኹ…</translation>
    </message>
    <message>
        <source>&amp;Case</source>
        <translation>ዶሴ</translation>
    </message>
    <message>
        <source>&amp;Entry</source>
        <translation>ምዝገባ</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>ምርኣይ</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ሓገዝ</translation>
    </message>
    <message>
        <source>&amp;New newcomer…</source>
        <translation>ሓድሽ መጻኢ ወስኹ…</translation>
    </message>
    <message>
        <source>&amp;Edit newcomer…</source>
        <translation>ሓድሽ መጻኢ ኣመዓራርዩ…</translation>
    </message>
    <message>
        <source>Close or reopen newcomer</source>
        <translation>ሓድሽ መጻኢ ዕጸዉ ወይ ደጊምኩም ክፈቱ</translation>
    </message>
    <message>
        <source>Erase newcomer for good…</source>
        <translation>ሓድሽ መጻኢ ንሓዋሩ ደምስሱ…</translation>
    </message>
    <message>
        <source>Summary for the &amp;regisseur (PDF)…</source>
        <translation>ጸብጻብ ንኣማሓዳሪ (PDF)…</translation>
    </message>
    <message>
        <source>Reports &amp;due for the regisseur…</source>
        <translation>ግዜኦም ዝበጽሐ ጸብጻባት ንኣማሓዳሪ…</translation>
    </message>
    <message>
        <source>&amp;Anonymised summary…</source>
        <translation>ስም ዘይብሉ ጽማቝ…</translation>
    </message>
    <message>
        <source>&amp;Merge summaries…</source>
        <translation>ጽማቝታት ኣሓብሩ…</translation>
    </message>
    <message>
        <source>&amp;Hand over to a colleague…</source>
        <translation>ናብ መሳርሕቲ ኣረክቡ…</translation>
    </message>
    <message>
        <source>Recei&amp;ve a handover…</source>
        <translation>ምርካብ ተቐበሉ…</translation>
    </message>
    <message>
        <source>&amp;Copy for the newcomer (inzage)…</source>
        <translation>ቅዳሕ ንሓድሽ መጻኢ (inzage)…</translation>
    </message>
    <message>
        <source>&amp;Papers for the newcomer…</source>
        <translation>ወረቐታት ንሓድሽ መጻኢ…</translation>
    </message>
    <message>
        <source>Export the agen&amp;da (.ics)…</source>
        <translation>ኣጀንዳ ኣውጽኡ (.ics)…</translation>
    </message>
    <message>
        <source>Make a &amp;backup…</source>
        <translation>ቅዳሕ ውሕስና ስርሑ…</translation>
    </message>
    <message>
        <source>Restore a backup…</source>
        <translation>ቅዳሕ ውሕስና (backup) መልሱ…</translation>
    </message>
    <message>
        <source>Check the case file</source>
        <translation>ፋይል ዶሴ ፈትሹ</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>ቅጥዕታት…</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>ቆልፉ</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>ውጹ</translation>
    </message>
    <message>
        <source>&amp;Contact…</source>
        <translation>ርክብ…</translation>
    </message>
    <message>
        <source>&amp;Appointment…</source>
        <translation>ቆጸራ…</translation>
    </message>
    <message>
        <source>Ac&amp;tivity…</source>
        <translation>ንጥፈት…</translation>
    </message>
    <message>
        <source>&amp;Note…</source>
        <translation>መዘኻኸሪ…</translation>
    </message>
    <message>
        <source>&amp;Signal…</source>
        <translation>መጠንቀቕታ…</translation>
    </message>
    <message>
        <source>Tas&amp;k…</source>
        <translation>ዕማም…</translation>
    </message>
    <message>
        <source>&amp;Edit entry…</source>
        <translation>ምዝገባ ኣመዓራርዩ…</translation>
    </message>
    <message>
        <source>&amp;Delete entry</source>
        <translation>ምዝገባ ሰርዙ</translation>
    </message>
    <message>
        <source>&amp;Undo delete</source>
        <translation>ምስራዝ ምለሱ</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>ሎሚ</translation>
    </message>
    <message>
        <source>A&amp;genda (week and month)</source>
        <translation>ኣጀንዳ (ሰሙንን ወርሕን)</translation>
    </message>
    <message>
        <source>&amp;Find newcomer</source>
        <translation>ሓድሽ መጻኢ ድለዩ</translation>
    </message>
    <message>
        <source>&amp;About Sleutelapp</source>
        <translation>ብዛዕባ Sleutelapp</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Merge summaries</source>
        <translation>ጽማቝታት ኣሓብሩ</translation>
    </message>
    <message>
        <source>Merge anonymised summaries of the same period into one overview. No case file is needed. A file that is not a valid summary, does not add up, would count twice, comes from a case file already included or covers another period is refused. Each refused file says why.</source>
        <translation>ስም ዘይብሎም ጽማቝታት ናይ ሓደ እዋን ናብ ሓደ ሓፈሻዊ መግለጺ ኣሓብሩ። ዶሴ ኣየድልን። ቅቡል ጽማቝ ዘይኮነ፡ ድምሩ ዘይሰማማዕ፡ ክልተ ግዜ ዝቑጸር፡ ካብ ድሮ ዝኣተወ ዶሴ ዝመጽእ ወይ ካልእ እዋን ዝሽፍን ፋይል ይንጸግ። ነፍሲ ወከፍ ዝተነጸገ ፋይል ምኽንያቱ ይገልጽ።</translation>
    </message>
    <message>
        <source>&amp;Add files…</source>
        <translation>ፋይላት ወስኹ…</translation>
    </message>
    <message>
        <source>&amp;Remove from list</source>
        <translation>ካብ ዝርዝር ኣውጽኡ</translation>
    </message>
    <message>
        <source>Summaries to merge</source>
        <translation>ዝሓብሩ ጽማቝታት</translation>
    </message>
    <message>
        <source>&amp;Table</source>
        <translation>ሰንጠረዥ</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>ሰንጠረዥ</translation>
    </message>
    <message>
        <source>Also save a PDF overview with charts</source>
        <translation>PDF ሓፈሻዊ መግለጺ ምስ ቻርትታት እውን ዓቅቡ</translation>
    </message>
    <message>
        <source>Save merged…</source>
        <translation>ዝሓበረ ዓቅቡ…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>ዕጸዉ</translation>
    </message>
    <message>
        <source>Choose summaries</source>
        <translation>ጽማቝታት ምረጹ</translation>
    </message>
    <message>
        <source>Summaries (*.json)</source>
        <translation>ጽማቝታት (*.json)</translation>
    </message>
    <message>
        <source>Checking files…</source>
        <translation>ፋይላት ይፍተሹ ኣለዉ…</translation>
    </message>
    <message>
        <source>No valid summaries chosen yet.</source>
        <translation>ገና ቅቡል ጽማቝ ኣይተመርጸን።</translation>
    </message>
    <message numerus="yes">
        <source>Overview of {0} from %n summary(ies): {1} newcomers counted.</source>
        <translation>
            <numerusform>ሓፈሻዊ መግለጺ ናይ {0} ካብ %n ጽማቝ: {1} ሓደስቲ መጻእቲ ተቖጺሮም።</numerusform>
            <numerusform>ሓፈሻዊ መግለጺ ናይ {0} ካብ %n ጽማቝታት: {1} ሓደስቲ መጻእቲ ተቖጺሮም።</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) refused: not counted.</source>
        <translation>
            <numerusform>%n ፋይል ተነጺጉ: ኣይተቖጽረን።</numerusform>
            <numerusform>%n ፋይላት ተነጺጎም: ኣይተቖጽሩን።</numerusform>
        </translation>
    </message>
    <message>
        <source>Save merged overview</source>
        <translation>ዝሓበረ ሓፈሻዊ መግለጺ ዓቅቡ</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>ይዕቀብ ኣሎ…</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>ኣይተዓቀበን</translation>
    </message>
    <message>
        <source>The file could not be written: {0}.</source>
        <translation>እቲ ፋይል ክጽሓፍ ኣይከኣለን: {0}።</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>ተዓቂቡ</translation>
    </message>
</context>
<context>
    <name>MinutesField</name>
    <message>
        <source>for example 30</source>
        <translation>ንኣብነት 30</translation>
    </message>
    <message>
        <source>Type whole minutes, like 30 or 90 (or 1:30).</source>
        <translation>ምሉእ ደቓይቕ ጸሓፉ፡ ከም 30 ወይ 90 (ወይ 1:30)።</translation>
    </message>
</context>
<context>
    <name>Month</name>
    <message>
        <source>January</source>
        <translation>ጥሪ</translation>
    </message>
    <message>
        <source>February</source>
        <translation>ለካቲት</translation>
    </message>
    <message>
        <source>March</source>
        <translation>መጋቢት</translation>
    </message>
    <message>
        <source>April</source>
        <translation>ሚያዝያ</translation>
    </message>
    <message>
        <source>May</source>
        <translation>ግንቦት</translation>
    </message>
    <message>
        <source>June</source>
        <translation>ሰነ</translation>
    </message>
    <message>
        <source>July</source>
        <translation>ሓምለ</translation>
    </message>
    <message>
        <source>August</source>
        <translation>ነሓሰ</translation>
    </message>
    <message>
        <source>September</source>
        <translation>መስከረም</translation>
    </message>
    <message>
        <source>October</source>
        <translation>ጥቅምቲ</translation>
    </message>
    <message>
        <source>November</source>
        <translation>ሕዳር</translation>
    </message>
    <message>
        <source>December</source>
        <translation>ታሕሳስ</translation>
    </message>
</context>
<context>
    <name>NewcomerCard</name>
    <message>
        <source>asking consent (GDPR art. 7)</source>
        <translation>ፍቓድ ምሕታት (AVG ዓንቀጽ 7)</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>ፍቓድ</translation>
    </message>
    <message>
        <source>A report about you for the municipality</source>
        <translation>ንምምሕዳር (gemeente) ብዛዕባኹም ዝጽሓፍ ጸብጻብ</translation>
    </message>
    <message>
        <source>What: a short report with your name, your learning route, when your integration period ends, your appointments (not what they were about), your activities and problems that need help. Never your phone number, your private conversations with your key person or medical details.</source>
        <translation>እንታይ: ሓጺር ጸብጻብ ምስ ስምኩም፡ መስመር ትምህርትኹም፡ ግዜ ገደብ ውህደትኩም (termijn) መዓስ ከም ዝውዳእ፡ ቆጸራታትኩም (ብዛዕባ እንታይ ምንባሮም ግን ኣይኮነን)፡ ንጥፈታትኩምን ሓገዝ ዘድልዮም ጸገማትን። ቁጽሪ ተሌፎንኩም፡ ምስ ሰብ መፍትሕኩም ዝገበርኩምዎ ውልቃዊ ዝርርብ ወይ ሕክምናዊ ሓበሬታ ፈጺሙ ኣይኣቱን።</translation>
    </message>
    <message>
        <source>With whom: your integration officer (regisseur) at the municipality.</source>
        <translation>ምስ መን: ምስ ኣማሓዳሪ ውህደትኩም (inburgeringsregisseur) ኣብ ምምሕዳር።</translation>
    </message>
    <message>
        <source>Why: so the municipality knows how you are doing and can help you in time.</source>
        <translation>ስለምንታይ: ምምሕዳር ከመይ ከም ዘለኹም ምእንቲ ክፈልጥን ብግዜ ክሕግዘኩም ክኽእልን።</translation>
    </message>
    <message>
        <source>Your care appointments in that report</source>
        <translation>ናይ ጥዕና ቆጸራታትኩም ኣብቲ ጸብጻብ</translation>
    </message>
    <message>
        <source>What: only how many care appointments you had (doctor, hospital, dentist). Never which doctor, or why.</source>
        <translation>እንታይ: ክንደይ ናይ ጥዕና ቆጸራታት ከም ዝነበሩኹም ጥራይ (ሓኪም ስድራ፡ ሆስፒታል፡ ሓኪም ስኒ)። ኣየናይ ሓኪም ወይ ስለምንታይ ፈጺሙ ኣይኣቱን።</translation>
    </message>
    <message>
        <source>With whom: your integration officer, in the same report.</source>
        <translation>ምስ መን: ምስ ኣማሓዳሪ ውህደትኩም፡ ኣብቲ ሓደ ጸብጻብ።</translation>
    </message>
    <message>
        <source>Why: so the municipality understands when care takes time, for example when you need more time for your integration.</source>
        <translation>ስለምንታይ: ክንክን ጥዕና ግዜ ክወስድ ከሎ ምምሕዳር ምእንቲ ክርድኦ፡ ንኣብነት ንውህደትኩም ተወሳኺ ግዜ ምስ ዘድልየኩም።</translation>
    </message>
    <message>
        <source>Counted in overviews without your name</source>
        <translation>ብዘይ ስምኩም ኣብ ሓፈሻዊ መግለጺታት ምቑጻር</translation>
    </message>
    <message>
        <source>What: numbers only, for example hours of activities, added up with many other newcomers. No name, no dates, nothing anyone can trace back to you.</source>
        <translation>እንታይ: ቁጽርታት ጥራይ፡ ንኣብነት ሰዓታት ንጥፈታት፡ ምስ ብዙሓት ካልኦት ሓደስቲ መጻእቲ ተደሚሩ። ስም የለን፡ ዕለታት የለን፡ ዝኾነ ሰብ ናባኹም ከም ዝምልከት ክፈልጦ ዝኽእል ዋላ ሓንቲ የለን።</translation>
    </message>
    <message>
        <source>With whom: the municipality or the organisation that coordinates the key persons.</source>
        <translation>ምስ መን: ምስ ምምሕዳር ወይ ምስቲ ንሰባት መፍትሕ ዘወሃህድ ትካል።</translation>
    </message>
    <message>
        <source>Why: to make the help for newcomers better.</source>
        <translation>ስለምንታይ: ንሓደስቲ መጻእቲ ዝወሃብ ሓገዝ ንምምሕያሽ።</translation>
    </message>
    <message>
        <source>For: {0}</source>
        <translation>ንመን: {0}</translation>
    </message>
    <message>
        <source>Your key person keeps notes to help you. Some of it may only be shared when you agree. Read each part, or ask someone to read it with you, and tick yes or no.</source>
        <translation>ሰብ መፍትሕኩም ንምሕጋዝኩም ነገራት ይጽሕፍ። ገለ ካብኡ ንስኹም እንተ ተሰማሚዕኩም ጥራይ እዩ ክካፈል ዝኽእል። ነፍሲ ወከፍ ክፍሊ ኣንብቡ፡ ወይ ሓደ ሰብ ምሳኹም ከንብቦ ሕተቱ፡ ድሕሪኡ ኣብ እወ ወይ ኣይፋል ምልክት ግበሩ።</translation>
    </message>
    <message>
        <source>You may say no. Saying no changes nothing in the help you get from your key person.</source>
        <translation>ኣይፋል ክትብሉ ትኽእሉ ኢኹም። ኣይፋል እንተ ኢልኩም፡ ካብ ሰብ መፍትሕኩም እትረኽብዎ ሓገዝ ዋላ ሓንቲ ኣይቕየርን።</translation>
    </message>
    <message>
        <source>Yes, I agree</source>
        <translation>እወ፡ እሰማማዕ እየ</translation>
    </message>
    <message>
        <source>No, I do not agree</source>
        <translation>ኣይፋል፡ ኣይሰማማዕን እየ</translation>
    </message>
    <message>
        <source>Changing your mind</source>
        <translation>ሓሳብኩም ምቕያር</translation>
    </message>
    <message>
        <source>You can take back your consent at any time, as easily as you gave it: tell your key person, by phone, by message or in person. After that nothing new is shared. What was shared before stays with whoever received it.</source>
        <translation>ፍቓድኩም ኣብ ዝኾነ ግዜ ክትሰሕብዎ ትኽእሉ ኢኹም፡ ከምቲ ዝሃብኩምዎ ብቐሊሉ: ንሰብ መፍትሕኩም ንገሩ፡ ብተሌፎን፡ ብመልእኽቲ ወይ ብኣካል። ድሕሪኡ ሓድሽ ነገር ኣይካፈልን። እቲ ቅድሚኡ ዝተኻፈለ ግን ኣብ ኢድ እቲ ዝተቐበሎ ይጸንሕ።</translation>
    </message>
    <message>
        <source>Your rights</source>
        <translation>መሰላትኩም</translation>
    </message>
    <message numerus="yes">
        <source>You may always see what is written about you, have mistakes corrected and have your data erased. Your data is erased %n month(s) after your key person stops helping you. If you are not happy with how your data is handled, you can complain to the Autoriteit Persoonsgegevens.</source>
        <translation>
            <numerusform>ብዛዕባኹም ዝተጻሕፈ ኩሉ ግዜ ክትርእዩ፡ ጌጋታት ከም ዝእረሙ ክትገብሩ፡ ሓበሬታኹም ድማ ከም ዝድምሰስ ክትገብሩ ትኽእሉ ኢኹም። ሰብ መፍትሕኩም ምሕጋዝኩም ምስ ኣቋረጸ፡ ድሕሪ %n ወርሒ ሓበሬታኹም ይድምሰስ። ሓበሬታኹም ብዝተሓዘሉ መንገዲ እንተ ዘይዓጊብኩም፡ ናብ Autoriteit Persoonsgegevens ጥርዓን ከተቕርቡ ትኽእሉ ኢኹም።</numerusform>
            <numerusform>ብዛዕባኹም ዝተጻሕፈ ኩሉ ግዜ ክትርእዩ፡ ጌጋታት ከም ዝእረሙ ክትገብሩ፡ ሓበሬታኹም ድማ ከም ዝድምሰስ ክትገብሩ ትኽእሉ ኢኹም። ሰብ መፍትሕኩም ምሕጋዝኩም ምስ ኣቋረጸ፡ ድሕሪ %n ኣዋርሕ ሓበሬታኹም ይድምሰስ። ሓበሬታኹም ብዝተሓዘሉ መንገዲ እንተ ዘይዓጊብኩም፡ ናብ Autoriteit Persoonsgegevens ጥርዓን ከተቕርቡ ትኽእሉ ኢኹም።</numerusform>
        </translation>
    </message>
    <message>
        <source>Responsible for your data:</source>
        <translation>ሓላፊ ንሓበሬታኹም:</translation>
    </message>
    <message>
        <source>Your key person:</source>
        <translation>ሰብ መፍትሕኩም:</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>ፊርማ</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>ስም</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>ዕለት</translation>
    </message>
    <message>
        <source>Sheet number {0}, made on {1}</source>
        <translation>ቁጽሪ ወረቐት {0}፡ ዕለት {1} ዝተሰርሐ</translation>
    </message>
    <message>
        <source>appointments for the newcomer</source>
        <translation>ቆጸራታት ንሓድሽ መጻኢ</translation>
    </message>
    <message>
        <source>My appointments</source>
        <translation>ቆጸራታተይ</translation>
    </message>
    <message>
        <source>Doctor (GP)</source>
        <translation>ሓኪም ስድራ</translation>
    </message>
    <message>
        <source>Hospital</source>
        <translation>ሆስፒታል</translation>
    </message>
    <message>
        <source>Dentist</source>
        <translation>ሓኪም ስኒ</translation>
    </message>
    <message>
        <source>Care for how you feel (GGZ)</source>
        <translation>ሓገዝ ንስምዒትኩም (GGZ)</translation>
    </message>
    <message>
        <source>Care appointment</source>
        <translation>ናይ ጥዕና ቆጸራ</translation>
    </message>
    <message>
        <source>School</source>
        <translation>ቤት ትምህርቲ</translation>
    </message>
    <message>
        <source>Language school</source>
        <translation>ቤት ትምህርቲ ቋንቋ</translation>
    </message>
    <message>
        <source>Childcare</source>
        <translation>ክንክን ህጻናት</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>ምምሕዳር (gemeente)</translation>
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
        <translation>ስራሕ</translation>
    </message>
    <message>
        <source>Housing</source>
        <translation>መንበሪ</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>ቆጸራ</translation>
    </message>
    <message>
        <source>at {0}</source>
        <translation>ሰዓት {0}</translation>
    </message>
    <message>
        <source>Where:</source>
        <translation>ኣበይ:</translation>
    </message>
    <message>
        <source>Where: ask your key person</source>
        <translation>ኣበይ: ንሰብ መፍትሕኩም ሕተቱ</translation>
    </message>
    <message>
        <source>Your key person comes with you.</source>
        <translation>ሰብ መፍትሕኩም ምሳኹም ይኸይድ።</translation>
    </message>
    <message>
        <source>You go on your own.</source>
        <translation>ንበይንኹም ትኸዱ።</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>ኣስተውዕሉ:</translation>
    </message>
    <message>
        <source>Your appointments from {0} to {1}</source>
        <translation>ቆጸራታትኩም ካብ {0} ክሳብ {1}</translation>
    </message>
    <message>
        <source>You have no appointments in these weeks.</source>
        <translation>ኣብዞም ሰሙናት ቆጸራ የብልኩምን።</translation>
    </message>
    <message>
        <source>Questions, or you cannot come? Call or message your key person:</source>
        <translation>ሕቶ ኣለኩም፡ ወይ ክትመጹ ኣይትኽእሉን? ንሰብ መፍትሕኩም ደውሉ ወይ መልእኽቲ ስደዱ:</translation>
    </message>
    <message>
        <source>Ask your key person for their phone number.</source>
        <translation>ንሰብ መፍትሕኩም ቁጽሪ ተሌፎን ሕተቱ።</translation>
    </message>
    <message>
        <source>Take this paper and your ID with you. Come a few minutes early.</source>
        <translation>ነዚ ወረቐትን ወረቐት መንነትኩምን ሒዝኩም ኪዱ። ቅሩብ ደቓይቕ ኣቐዲምኩም ምጹ።</translation>
    </message>
    <message>
        <source>the newcomer themself</source>
        <translation>እቲ ሓድሽ መጻኢ ባዕሉ</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>ሰኑይ</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>ሰሉስ</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>ረቡዕ</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>ሓሙስ</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>ዓርቢ</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>ቀዳም</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>ሰንበት</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>ገጽ {page} ካብ {pages}</translation>
    </message>
</context>
<context>
    <name>NewcomerDialog</name>
    <message>
        <source>months</source>
        <translation>ኣዋርሕ</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>ዓቅቡ</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ኣቋርጹ</translation>
    </message>
    <message>
        <source>New newcomer</source>
        <translation>ሓድሽ መጻኢ</translation>
    </message>
    <message>
        <source>Edit newcomer</source>
        <translation>ሓድሽ መጻኢ ኣመዓራርዩ</translation>
    </message>
    <message>
        <source>Decided on</source>
        <translation>ዝተወሰነሉ</translation>
    </message>
    <message>
        <source>As in the settings (every month)</source>
        <translation>ከም ኣብ ቅጥዕታት (ነፍሲ ወከፍ ወርሒ)</translation>
    </message>
    <message>
        <source>As in the settings (every quarter)</source>
        <translation>ከም ኣብ ቅጥዕታት (ነፍሲ ወከፍ ርብዒ ዓመት)</translation>
    </message>
    <message>
        <source>Every quarter</source>
        <translation>ነፍሲ ወከፍ ርብዒ ዓመት</translation>
    </message>
    <message>
        <source>Every month</source>
        <translation>ነፍሲ ወከፍ ወርሒ</translation>
    </message>
    <message>
        <source>Discard these details?</source>
        <translation>እዚ ሓበሬታ ይደርበ?</translation>
    </message>
    <message>
        <source>You typed something that is not saved yet. Throw it away?</source>
        <translation>ገና ዘይተዓቀበ ነገር ጽሒፍኩም ኣለኹም። ክድርበ ድዩ?</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>ደርብዩ</translation>
    </message>
    <message>
        <source>Choose Cancel to go back and save it.</source>
        <translation>ንምምላስን ንምዕቃብን ኣቋርጹ ምረጹ።</translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n ወርሒ</numerusform>
            <numerusform>%n ኣዋርሕ</numerusform>
        </translation>
    </message>
    <message>
        <source>(decided {0})</source>
        <translation>(ተወሲኑ {0})</translation>
    </message>
    <message>
        <source>Fill in the date the termijn started, like 15-03-2024.</source>
        <translation>ግዜ ገደብ ዝጀመረሉ ዕለት ምልኡ፡ ንኣብነት 15-03-2024።</translation>
    </message>
    <message>
        <source>Fill in a name.</source>
        <translation>ስም ምልኡ።</translation>
    </message>
    <message>
        <source>Newcomer</source>
        <translation>ሓድሽ መጻኢ</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>ስም</translation>
    </message>
    <message>
        <source>&amp;Called</source>
        <translation>ዝጽውዕሉ ስም</translation>
    </message>
    <message>
        <source>short name shown on screen (optional)</source>
        <translation>ኣብ ስክሪን ዝርአ ሓጺር ስም (ግዴታ ኣይኮነን)</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>ተሌፎን</translation>
    </message>
    <message>
        <source>&amp;Language(s)</source>
        <translation>ቋንቋ(ታት)</translation>
    </message>
    <message>
        <source>Language of the &amp;papers</source>
        <translation>ቋንቋ ወረቐታት</translation>
    </message>
    <message>
        <source>The language of the papers for the newcomer (appointments, consent sheet); Dutch is printed beside it.</source>
        <translation>ቋንቋ ናይቶም ወረቐታት ንሓድሽ መጻኢ (ቆጸራታት፡ ወረቐት ፍቓድ)፤ ኣብ ጎኑ ሆላንድኛ ይሕተም።</translation>
    </message>
    <message>
        <source>&amp;Route</source>
        <translation>መስመር</translation>
    </message>
    <message>
        <source>&amp;Termijn started on</source>
        <translation>ግዜ ገደብ ዝጀመረሉ</translation>
    </message>
    <message>
        <source>known:</source>
        <translation>ፍሉጥ:</translation>
    </message>
    <message>
        <source>Termijn started on</source>
        <translation>ግዜ ገደብ ዝጀመረሉ</translation>
    </message>
    <message>
        <source>&amp;Municipality reference</source>
        <translation>መወከሲ ቁጽሪ ምምሕዳር</translation>
    </message>
    <message>
        <source>Re&amp;gisseur</source>
        <translation>ኣማሓዳሪ</translation>
    </message>
    <message>
        <source>name and e-mail of the inburgeringsregisseur</source>
        <translation>ስምን ኢመይልን ናይ ኣማሓዳሪ ውህደት (inburgeringsregisseur)</translation>
    </message>
    <message>
        <source>C&amp;oaches</source>
        <translation>ኣሰልጠንቲ</translation>
    </message>
    <message>
        <source>Language &amp;school</source>
        <translation>ቤት ትምህርቲ ቋንቋ</translation>
    </message>
    <message>
        <source>St&amp;atus</source>
        <translation>ኩነታት</translation>
    </message>
    <message>
        <source>Reports to the regisseur, &amp;how often</source>
        <translation>ጸብጻብ ንኣማሓዳሪ: ክንደይ ግዜ</translation>
    </message>
    <message>
        <source>Extensions of the termijn granted by DUO</source>
        <translation>ብDUO ዝተፈቕደ ምንዋሕ ግዜ ገደብ</translation>
    </message>
    <message>
        <source>Months of extension</source>
        <translation>ኣዋርሕ ምንዋሕ</translation>
    </message>
    <message>
        <source>Reason for the extension</source>
        <translation>ምኽንያት ምንዋሕ</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>ምኽንያት</translation>
    </message>
    <message>
        <source>Extension decided on</source>
        <translation>ምንዋሕ ዝተወሰነሉ</translation>
    </message>
    <message>
        <source>Add extension</source>
        <translation>ምንዋሕ ወስኹ</translation>
    </message>
    <message>
        <source>Remove selected</source>
        <translation>ዝተመርጸ ኣልግሱ</translation>
    </message>
    <message>
        <source>Sleutelapp deliberately has no field for a BSN, ID documents, nationality or religion.</source>
        <translation>Sleutelapp ንBSN፡ ሰነዳት መንነት፡ ዜግነት ወይ ሃይማኖት ብፍላጥ ቦታ የብሉን።</translation>
    </message>
</context>
<context>
    <name>NewcomerListModel</name>
    <message>
        <source>Last contact: {0}</source>
        <translation>ናይ መወዳእታ ርክብ: {0}</translation>
    </message>
    <message>
        <source>No contact recorded yet</source>
        <translation>ገና ዝተመዝገበ ርክብ የለን</translation>
    </message>
    <message>
        <source>30+ days: no contact for 30 days or more (since they were added). Counted: contacts, appointments you went along to that took place, and activities done together.</source>
        <translation>30+ መዓልቲ: 30 መዓልቲ ወይ ልዕሊኡ ርክብ የለን (ካብ ዝተወሰኸሉ)። ዝቑጸሩ: ርክባት፡ ዝተሳነኹምሎም ዝተኻየዱ ቆጸራታት፡ ብሓባር ዝተገብሩ ንጥፈታት።</translation>
    </message>
    <message>
        <source>Termijn ends: {0}</source>
        <translation>ግዜ ገደብ ዝውድኣሉ: {0}</translation>
    </message>
    <message>
        <source>Found in: {0} {1} — {2}</source>
        <translation>ዝተረኽበሉ: {0} {1} — {2}</translation>
    </message>
    <message>
        <source>termijn</source>
        <translation>ግዜ ገደብ</translation>
    </message>
    <message>
        <source>30+ days</source>
        <translation>30+ መዓልቲ</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>ተዓጽዩ</translation>
    </message>
</context>
<context>
    <name>NewcomerView</name>
    <message>
        <source>Everything</source>
        <translation>ኩሉ</translation>
    </message>
    <message numerus="yes">
        <source>%n hidden by the filter</source>
        <translation>
            <numerusform>%n ብመጽረዪ ተሓቢኡ</numerusform>
            <numerusform>%n ብመጽረዪ ተሓቢኦም</numerusform>
        </translation>
    </message>
    <message>
        <source>closed on {0}</source>
        <translation>ኣብ {0} ተዓጽዩ</translation>
    </message>
    <message>
        <source>Route: {0}</source>
        <translation>መስመር: {0}</translation>
    </message>
    <message>
        <source>Termijn: start date not known</source>
        <translation>ግዜ ገደብ: ዝጀመረሉ ዕለት ኣይፍለጥን</translation>
    </message>
    <message numerus="yes">
        <source>Termijn ends {0} — %n day(s) left</source>
        <translation>
            <numerusform>ግዜ ገደብ ኣብ {0} ይውዳእ — %n መዓልቲ ተሪፉ</numerusform>
            <numerusform>ግዜ ገደብ ኣብ {0} ይውዳእ — %n መዓልትታት ተሪፉ</numerusform>
        </translation>
    </message>
    <message>
        <source>Termijn ended {0}</source>
        <translation>ግዜ ገደብ ኣብ {0} ተወዲኡ</translation>
    </message>
    <message>
        <source>Consent: {0}</source>
        <translation>ፍቓድ: {0}</translation>
    </message>
    <message>
        <source>Consent: none recorded</source>
        <translation>ፍቓድ: ዝተመዝገበ የለን</translation>
    </message>
    <message>
        <source>{0} {1} / {2} h</source>
        <translation>{0} {1} / {2} ሰ</translation>
    </message>
    <message>
        <source>Norms: {0}</source>
        <translation>መዐቀኒታት: {0}</translation>
    </message>
    <message>
        <source>This route has no hour norms.</source>
        <translation>እዚ መስመር መዐቀኒ ሰዓታት የብሉን።</translation>
    </message>
    <message>
        <source>{0} {1} h</source>
        <translation>{0} {1} ሰ</translation>
    </message>
    <message>
        <source>Participation: {0}</source>
        <translation>ተሳትፎ: {0}</translation>
    </message>
    <message>
        <source>Participation: no hours logged yet</source>
        <translation>ተሳትፎ: ገና ዝተመዝገበ ሰዓት የለን</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>ስም</translation>
    </message>
    <message>
        <source>Called</source>
        <translation>ዝጽውዕሉ ስም</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>ተሌፎን</translation>
    </message>
    <message>
        <source>Language(s)</source>
        <translation>ቋንቋ(ታት)</translation>
    </message>
    <message>
        <source>Language of the papers</source>
        <translation>ቋንቋ ወረቐታት</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>መስመር</translation>
    </message>
    <message>
        <source>Termijn started</source>
        <translation>ግዜ ገደብ ጀሚሩ</translation>
    </message>
    <message>
        <source>Extensions</source>
        <translation>ምንዋሕ ግዜ</translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n ወርሒ</numerusform>
            <numerusform>%n ኣዋርሕ</numerusform>
        </translation>
    </message>
    <message>
        <source>Municipality reference</source>
        <translation>መወከሲ ቁጽሪ ምምሕዳር</translation>
    </message>
    <message>
        <source>Regisseur</source>
        <translation>ኣማሓዳሪ</translation>
    </message>
    <message>
        <source>Coaches</source>
        <translation>ኣሰልጠንቲ</translation>
    </message>
    <message>
        <source>Language school</source>
        <translation>ቤት ትምህርቲ ቋንቋ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ኩነታት</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>መስመር ግዜ</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>ኣርእዩ</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>ኣመዓራርዩ…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>ሰርዙ</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>መግለጺ</translation>
    </message>
    <message>
        <source>Edit profile…</source>
        <translation>መግለጺ ኣመዓራርዩ…</translation>
    </message>
    <message>
        <source>Papers for the newcomer…</source>
        <translation>ወረቐታት ንሓድሽ መጻኢ…</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>ፍቓዳት</translation>
    </message>
    <message>
        <source>Record consent…</source>
        <translation>ፍቓድ መዝግቡ…</translation>
    </message>
    <message>
        <source>Withdraw…</source>
        <translation>ሰሓቡ…</translation>
    </message>
    <message>
        <source>Disclosures</source>
        <translation>ዝተኻፈለ</translation>
    </message>
    <message>
        <source>Everything about this newcomer that left this computer.</source>
        <translation>ብዛዕባ እዚ ሓድሽ መጻኢ ካብዚ ኮምፒተር ዝወጸ ኩሉ።</translation>
    </message>
    <message>
        <source>Shared</source>
        <translation>ዝተኻፈለ</translation>
    </message>
    <message>
        <source>Extension</source>
        <translation>ምንዋሕ ግዜ</translation>
    </message>
    <message>
        <source>Requests to DUO for more time. A granted extension moves the end of the termijn.</source>
        <translation>ንተወሳኺ ግዜ ናብ DUO ዝቐረቡ ሕቶታት። ዝተፈቕደ ምንዋሕ ንመወዳእታ ግዜ ገደብ የናውሖ።</translation>
    </message>
    <message>
        <source>Extension requests</source>
        <translation>ሕቶታት ምንዋሕ ግዜ</translation>
    </message>
    <message>
        <source>Request an extension…</source>
        <translation>ምንዋሕ ግዜ ሕተቱ…</translation>
    </message>
    <message>
        <source>Record the decision…</source>
        <translation>ውሳነ መዝግቡ…</translation>
    </message>
</context>
<context>
    <name>Number</name>
    <message>
        <source>.</source>
        <comment>the decimal mark, as in 0.6</comment>
        <translation>.</translation>
    </message>
</context>
<context>
    <name>PapersDialog</name>
    <message>
        <source>appointments</source>
        <translation>ቆጸራታት</translation>
    </message>
    <message>
        <source>consent</source>
        <translation>ፍቓድ</translation>
    </message>
    <message>
        <source>Newcomer: {0}</source>
        <translation>ሓድሽ መጻኢ: {0}</translation>
    </message>
    <message>
        <source>My appointments (the coming weeks)</source>
        <translation>ቆጸራታተይ (ኣብ ዝመጽኡ ሰሙናት)</translation>
    </message>
    <message>
        <source>Consent sheet to sign</source>
        <translation>ዝፍረም ወረቐት ፍቓድ</translation>
    </message>
    <message>
        <source>weeks</source>
        <translation>ሰሙናት</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>ዓቅቡ</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ኣቋርጹ</translation>
    </message>
    <message>
        <source>The planned appointments of the coming weeks: day, time, place, what it is and whether you go along, and how to reach you. Private notes and texts not marked shareable are left out.</source>
        <translation>እቶም ኣብ ዝመጽኡ ሰሙናት ዝተሓሰቡ ቆጸራታት: መዓልቲ፡ ሰዓት፡ ቦታ፡ እንታይ ምዃኑ፡ ትሳነዩ ዶ ኣይትሳነዩን፡ እቲ ሓድሽ መጻኢ ብኸመይ ክረኽበኩም ከም ዝኽእል። ውልቃዊ መዘኻኸሪታትን ከም ዝካፈል ዘይተመልከቱ ጽሑፋትን ኣይኣትዉን።</translation>
    </message>
    <message>
        <source>Every consent in plain words: what is shared, with whom and why, how to say no or withdraw later, with a place to sign. When the newcomer has signed, record the consent as signed on this sheet.</source>
        <translation>ነፍሲ ወከፍ ፍቓድ ብቐሊል ቃላት: እንታይ ከም ዝካፈል፡ ምስ መንን ስለምንታይን፡ እቲ ሓድሽ መጻኢ ብኸመይ ኣይፋል ክብል ወይ ድሒሩ ክስሕብ ከም ዝኽእል፡ ምስ ቦታ ፊርማ። እቲ ሓድሽ መጻኢ ምስ ፈረመ፡ ነቲ ፍቓድ ከም ኣብዚ ወረቐት ዝተፈረመ መዝግብዎ።</translation>
    </message>
    <message>
        <source>Save the paper</source>
        <translation>ነቲ ወረቐት ዓቅቡ</translation>
    </message>
    <message>
        <source>Choose an existing folder for the PDF.</source>
        <translation>ንPDF ዘሎ ማህደር ምረጹ።</translation>
    </message>
    <message>
        <source>Writing the paper…</source>
        <translation>እቲ ወረቐት ይጽሓፍ ኣሎ…</translation>
    </message>
    <message>
        <source>Saved and recorded in the disclosure register as given to the newcomer:</source>
        <translation>ተዓቂቡ፡ ኣብ መዝገብ ዝተኻፈለ ድማ ከም ንሓድሽ መጻኢ ዝተዋህበ ተመዝጊቡ:</translation>
    </message>
    <message>
        <source>Papers for the newcomer</source>
        <translation>ወረቐታት ንሓድሽ መጻኢ</translation>
    </message>
    <message>
        <source>&amp;Paper</source>
        <translation>ወረቐት</translation>
    </message>
    <message>
        <source>&amp;Weeks ahead</source>
        <translation>ሰሙናት ንቕድሚት</translation>
    </message>
    <message>
        <source>Weeks ahead</source>
        <translation>ሰሙናት ንቕድሚት</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>ቋንቋ</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ፋይል</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>ምረጹ…</translation>
    </message>
</context>
<context>
    <name>Passphrase</name>
    <message>
        <source>the passphrase needs at least {0} characters</source>
        <translation>እቲ ሓረግ ምስጢር እንተወሓደ {0} ፊደላት የድልዮ</translation>
    </message>
    <message>
        <source>the passphrase has too few different characters</source>
        <translation>እቲ ሓረግ ምስጢር ኣዝዮም ውሑዳት ዝተፈላለዩ ፊደላት ኣለዉዎ</translation>
    </message>
    <message>
        <source>this passphrase is on the list of passwords that are tried first; choose four unrelated words, like &apos;bicycle moon coffee garden&apos;</source>
        <translation>እዚ ሓረግ ምስጢር ኣብ ዝርዝር መጀመርያ ዝፍተኑ ቃላት ምስጢር ኣሎ፤ ከም &apos;bicycle moon coffee garden&apos; ዝኣመሰሉ ዘይተተሓሓዙ ኣርባዕተ ቃላት ምረጹ</translation>
    </message>
    <message>
        <source>this passphrase is too easy to guess; make it longer, for example four unrelated words</source>
        <translation>እዚ ሓረግ ምስጢር ኣዝዩ ቀሊል ንምግማት እዩ፤ ኣንውሕዎ፡ ንኣብነት ዘይተተሓሓዙ ኣርባዕተ ቃላት</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>Save</source>
        <translation>ዓቅቡ</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ኣቋርጹ</translation>
    </message>
    <message>
        <source>The two passphrases are not the same.</source>
        <translation>ክልቲኦም ሓረግ ምስጢር ሓደ ኣይኮኑን።</translation>
    </message>
    <message>
        <source>Changing the passphrase…</source>
        <translation>ሓረግ ምስጢር ይቕየር ኣሎ…</translation>
    </message>
    <message>
        <source>Change passphrase</source>
        <translation>ሓረግ ምስጢር ቀይሩ</translation>
    </message>
    <message>
        <source>&amp;New passphrase</source>
        <translation>ሓድሽ ሓረግ ምስጢር</translation>
    </message>
    <message>
        <source>&amp;Repeat</source>
        <translation>ድገሙ</translation>
    </message>
</context>
<context>
    <name>PassphraseStrength</name>
    <message>
        <source>Very weak</source>
        <translation>ኣዝዩ ድኹም</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation>ድኹም</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>ማእከላይ</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>ሓያል</translation>
    </message>
    <message>
        <source>Very strong</source>
        <translation>ኣዝዩ ሓያል</translation>
    </message>
</context>
<context>
    <name>Period</name>
    <message>
        <source>Q{0} {1}</source>
        <translation>ርብዒ {0} {1}</translation>
    </message>
</context>
<context>
    <name>QuickActions</name>
    <message>
        <source>Mark &amp;done / resolved</source>
        <translation>ከም ተፈጺሙ / ተፈቲሑ ምልክት ግበሩ</translation>
    </message>
    <message>
        <source>Mark as &amp;no-show</source>
        <translation>ከም ዘይመጽአ ምልክት ግበሩ</translation>
    </message>
    <message>
        <source>Mark as &amp;cancelled</source>
        <translation>ከም ዝተቋረጸ ምልክት ግበሩ</translation>
    </message>
    <message>
        <source>Select an appointment, a task or a signal first.</source>
        <translation>መጀመርያ ቆጸራ፡ ዕማም ወይ መጠንቀቕታ ምረጹ።</translation>
    </message>
    <message>
        <source>{0} marked as {1}.</source>
        <translation>{0} ከም {1} ምልክት ተገይሩ።</translation>
    </message>
</context>
<context>
    <name>ReceiveDialog</name>
    <message>
        <source>Receive</source>
        <translation>ተቐበሉ</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ኣቋርጹ</translation>
    </message>
    <message>
        <source>Open a handover file</source>
        <translation>ፋይል ምርካብ ክፈቱ</translation>
    </message>
    <message>
        <source>Choose the handover file first.</source>
        <translation>መጀመርያ ፋይል ምርካብ ምረጹ።</translation>
    </message>
    <message>
        <source>Opening and checking the handover…</source>
        <translation>ምርካብ ይኽፈትን ይፍተሽን ኣሎ…</translation>
    </message>
    <message>
        <source>Received {0} with {1}.</source>
        <translation>{0} ምስ {1} ተቐቢልኩም።</translation>
    </message>
    <message numerus="yes">
        <source>%n newcomer(s)</source>
        <translation>
            <numerusform>%n ሓድሽ መጻኢ</numerusform>
            <numerusform>%n ሓደስቲ መጻእቲ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies)</source>
        <translation>
            <numerusform>%n ምዝገባ</numerusform>
            <numerusform>%n ምዝገባታት</numerusform>
        </translation>
    </message>
    <message>
        <source>Receive a handover</source>
        <translation>ምርካብ ተቐበሉ</translation>
    </message>
    <message>
        <source>Choose the handover file from your colleague and type the transfer code they gave you. Everything is added to your case file at once, or nothing.</source>
        <translation>ካብ መሳርሕትኹም ዝመጸ ፋይል ምርካብ ምረጹ፡ ዝሃበኩም ኮድ ምርካብ ድማ ጸሓፉ። ኩሉ ሓንሳብ ናብ ዶሴኹም ይኣቱ፡ ወይ ሓንቲ እኳ ኣይኣቱን።</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ፋይል</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>ምረጹ…</translation>
    </message>
    <message>
        <source>Transfer &amp;code</source>
        <translation>ኮድ ምርካብ</translation>
    </message>
</context>
<context>
    <name>RecipientNotice</name>
    <message>
        <source>Summary for the regisseur</source>
        <translation>ጸብጻብ ንኣማሓዳሪ</translation>
    </message>
    <message>
        <source>Anonymised summary</source>
        <translation>ስም ዘይብሉ ጽማቝ</translation>
    </message>
    <message>
        <source>Data export</source>
        <translation>ምውጻእ ሓበሬታ</translation>
    </message>
    <message>
        <source>Handover to a colleague</source>
        <translation>ምርካብ ናብ መሳርሕቲ</translation>
    </message>
    <message>
        <source>Copy for the newcomer</source>
        <translation>ቅዳሕ ንሓድሽ መጻኢ</translation>
    </message>
    <message>
        <source>Agenda for your calendar</source>
        <translation>ኣጀንዳ ንዓውደ ኣዋርሕኹም</translation>
    </message>
    <message>
        <source>Week of the agenda on paper</source>
        <translation>ሰሙን ኣጀንዳ ኣብ ወረቐት</translation>
    </message>
    <message>
        <source>Appointments on paper for the newcomer</source>
        <translation>ቆጸራታት ኣብ ወረቐት ንሓድሽ መጻኢ</translation>
    </message>
    <message>
        <source>Consent sheet for the newcomer</source>
        <translation>ወረቐት ፍቓድ ንሓድሽ መጻኢ</translation>
    </message>
    <message>
        <source>This data was shared before. Tell these recipients about the correction, so they can correct their copy too:</source>
        <translation>እዚ ሓበሬታ ቅድሚ ሕጂ ተኻፊሉ እዩ። ቅዳሖም እውን ምእንቲ ከዐርዩ፡ ነዞም ተቐበልቲ ብዛዕባ እቲ ዝተኣረመ ሓብሩ:</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>Forgot passphrase</source>
        <translation>ሓረግ ምስጢር ረሲዕኩም</translation>
    </message>
    <message>
        <source>Type the recovery key from the recovery sheet printed when this case file was made, and choose a new passphrase.</source>
        <translation>ነቲ ዶሴ ምስ ተሰርሐ ካብ ዝተሓትመ ወረቐት ምምላስ መፍትሕ ምምላስ ጸሓፉ፡ ሓድሽ ሓረግ ምስጢር ድማ ምረጹ።</translation>
    </message>
    <message>
        <source>&amp;Recovery key</source>
        <translation>መፍትሕ ምምላስ</translation>
    </message>
    <message>
        <source>&amp;New passphrase</source>
        <translation>ሓድሽ ሓረግ ምስጢር</translation>
    </message>
    <message>
        <source>&amp;Repeat</source>
        <translation>ድገሙ</translation>
    </message>
    <message>
        <source>Set new passphrase</source>
        <translation>ሓድሽ ሓረግ ምስጢር ኣቐምጡ</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ኣቋርጹ</translation>
    </message>
    <message>
        <source>The two passphrases are not the same.</source>
        <translation>እቶም ክልተ ሓረጋት ምስጢር ሓደ ኣይኮኑን።</translation>
    </message>
    <message>
        <source>Setting the new passphrase…</source>
        <translation>ሓድሽ ሓረግ ምስጢር ይቕመጥ ኣሎ…</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <source>New recovery key</source>
        <translation>ሓድሽ መፍትሕ ምምላስ</translation>
    </message>
    <message>
        <source>This is the new recovery key. It is shown only once. Print the recovery sheet or write the key down and give it to your organisation. The old recovery key no longer opens this case file (it still opens older backups).</source>
        <translation>እዚ እቲ ሓድሽ መፍትሕ ምምላስ እዩ። ሓንሳብ ጥራይ ይርአ። ወረቐት ምምላስ ሕተሙ ወይ ነቲ መፍትሕ ጸሓፍዎ እሞ ንትካልኩም ሃብዎ። እቲ ኣረጊት መፍትሕ ምምላስ ነዚ ዶሴ ድሕሪ ሕጂ ኣይኸፍቶን (ንዝኣረጉ ቅዳሕ ውሕስናታት ግን ይኸፍት)።</translation>
    </message>
    <message>
        <source>Print/Save as PDF…</source>
        <translation>ሕተሙ/ከም PDF ዓቅቡ…</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>ቅዳሕ</translation>
    </message>
    <message>
        <source>I wrote down or printed the recovery key</source>
        <translation>መፍትሕ ምምላስ ጸሓፍኩዎ ወይ ሓቲመዮ</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>ተወዲኡ</translation>
    </message>
    <message>
        <source>recovery-key.pdf</source>
        <translation>recovery-key.pdf</translation>
    </message>
    <message>
        <source>Save the recovery sheet</source>
        <translation>ወረቐት ምምላስ ዓቅቡ</translation>
    </message>
    <message>
        <source>Type your passphrase to make a new recovery key:</source>
        <translation>ሓድሽ መፍትሕ ምምላስ ንምስራሕ ሓረግ ምስጢርኩም ጸሓፉ:</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>ይፍተሽ ኣሎ…</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyPage</name>
    <message>
        <source>Save the recovery sheet</source>
        <translation>ወረቐት ምምላስ ዓቅቡ</translation>
    </message>
    <message>
        <source>recovery-key.pdf</source>
        <translation>recovery-key.pdf</translation>
    </message>
    <message>
        <source>Your recovery key</source>
        <translation>መፍትሕ ምምላስኩም</translation>
    </message>
    <message>
        <source>If you ever forget your passphrase, this recovery key is the only way back into your case file. It is shown only now. Write it down or print it, and give it to your organisation to keep in a safe place.</source>
        <translation>ሓረግ ምስጢርኩም እንተ ረሲዕኩም፡ እዚ መፍትሕ ምምላስ ናብ ዶሴኹም ንምምላስ እንኮ መገዲ እዩ። ሕጂ ጥራይ እዩ ዝርአ። ጸሓፍዎ ወይ ሕተምዎ፡ ኣብ ውሑስ ቦታ ክዕቅቦ ድማ ንትካልኩም ሃብዎ።</translation>
    </message>
    <message>
        <source>Print / save as PDF…</source>
        <translation>ሕተሙ / ከም PDF ዓቅቡ…</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>ቅድሑ</translation>
    </message>
    <message>
        <source>I have written down or printed the recovery key</source>
        <translation>ነቲ መፍትሕ ምምላስ ጽሒፈዮ ወይ ሓቲመዮ ኣለኹ</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>ቀጽሉ</translation>
    </message>
</context>
<context>
    <name>RecoverySheet</name>
    <message>
        <source>Sleutelapp recovery key</source>
        <translation>መፍትሕ ምምላስ Sleutelapp</translation>
    </message>
    <message>
        <source>Keep this sheet in a safe place, away from the laptop.</source>
        <translation>ነዚ ወረቐት ካብቲ ላፕቶፕ ርሒቑ ኣብ ውሑስ ቦታ ሓልውዎ።</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>መፍትሕ ምምላስ</translation>
    </message>
    <message>
        <source>Made on</source>
        <translation>ዝተሰርሐሉ ዕለት</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>ትካል</translation>
    </message>
    <message>
        <source>Key person</source>
        <translation>ሰብ መፍትሕ</translation>
    </message>
    <message>
        <source>What is this?</source>
        <translation>እዚ እንታይ እዩ?</translation>
    </message>
    <message>
        <source>This key opens the encrypted Sleutelapp case file when the passphrase is forgotten. Whoever has this key and the case file (or a backup) can read all of it. Treat the sheet like the key of a filing cabinet: locked away, not in the laptop bag, never photographed.</source>
        <translation>እዚ መፍትሕ፡ እቲ ሓረግ ምስጢር ምስ ዝርሳዕ፡ ነቲ ዝተመስጠረ ዶሴ Sleutelapp ይኸፍቶ። ነዚ መፍትሕን ነቲ ዶሴ (ወይ ቅዳሕ ውሕስና) ዝሓዘ ዝኾነ ሰብ ኩሉ ከንብቦ ይኽእል። ነዚ ወረቐት ከም መፍትሕ ሳጹን ፋይላት ተሓሓዝዎ: ተቖሊፉ፡ ኣብ ቦርሳ ላፕቶፕ ዘይኮነ፡ ፈጺሙ ዘይስኣል።</translation>
    </message>
    <message>
        <source>Forgot the passphrase?</source>
        <translation>ሓረግ ምስጢር ረሲዕኩም?</translation>
    </message>
    <message>
        <source>Start Sleutelapp and choose &lt;b&gt;Forgot passphrase?&lt;/b&gt; on the unlock screen.</source>
        <translation>Sleutelapp ጀምሩ እሞ ኣብ ገጽ ምኽፋት &lt;b&gt;ሓረግ ምስጢር ረሲዕኩም?&lt;/b&gt; ምረጹ።</translation>
    </message>
    <message>
        <source>Type the recovery key. Dashes, spaces and capitals do not matter.</source>
        <translation>መፍትሕ ምምላስ ጸሓፉ። ሰረዝ፡ ባዶ ቦታን ዓበይቲ ፊደላትን ኣገዳሲ ኣይኮኑን።</translation>
    </message>
    <message>
        <source>Choose a new passphrase. The recovery key stays valid afterwards.</source>
        <translation>ሓድሽ ሓረግ ምስጢር ምረጹ። ድሕሪኡ እቲ መፍትሕ ምምላስ ጠቓሚ ኮይኑ ይቕጽል።</translation>
    </message>
    <message>
        <source>A backup can be restored with this key too (&lt;b&gt;Restore backup&lt;/b&gt;, or &lt;i&gt;sleutelapp restore FILE --recovery-key-file&lt;/i&gt;).</source>
        <translation>ብዚ መፍትሕ ቅዳሕ ውሕስና እውን ክምለስ ይከኣል (&lt;b&gt;ቅዳሕ ውሕስና (backup) መልሱ&lt;/b&gt;፡ ወይ &lt;i&gt;sleutelapp restore FILE --recovery-key-file&lt;/i&gt;)።</translation>
    </message>
    <message>
        <source>Made a new recovery key?</source>
        <translation>ሓድሽ መፍትሕ ምምላስ ሰሪሕኩም?</translation>
    </message>
    <message>
        <source>Then this key no longer opens the case file (it still opens older backups). Keep the new sheet and destroy this one only when no old backups are needed.</source>
        <translation>ሽዑ እዚ መፍትሕ ነቲ ዶሴ ድሕሪ ሕጂ ኣይኸፍቶን (ንዝኣረጉ ቅዳሕ ውሕስናታት ግን ይኸፍት)። ነቲ ሓድሽ ወረቐት ሓልውዎ፡ ነዚ ድማ ኣረገውቲ ቅዳሕ ውሕስናታት ምስ ዘየድልዩ ጥራይ ኣጥፍእዎ።</translation>
    </message>
    <message>
        <source>Kept by</source>
        <translation>ዝሓለዎ</translation>
    </message>
    <message>
        <source>Kept where</source>
        <translation>ዝተቐመጠሉ ቦታ</translation>
    </message>
    <message>
        <source>Sleutelapp · recovery key · confidential</source>
        <translation>Sleutelapp · መፍትሕ ምምላስ · ምስጢራዊ</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>ገጽ {page} ካብ {pages}</translation>
    </message>
</context>
<context>
    <name>RegisseurReport</name>
    <message>
        <source>Following the progress of civic integration (Civic Integration Act 2021), with the newcomer&apos;s consent</source>
        <translation>ምክትታል ምዕባለ ውህደት (Wet inburgering 2021)፡ ብፍቓድ ናይቲ ሓድሽ መጻኢ</translation>
    </message>
    <message>
        <source>This report holds only what the newcomer has allowed. Private notes, phone number, language, places of appointments and medical data are never shared; health appointments are at most counted, with separate consent.</source>
        <translation>እዚ ጸብጻብ እቲ ሓድሽ መጻኢ ዘፍቀዶ ጥራይ እዩ ሒዙ። ውልቃዊ መዘኻኸሪታት፡ ቁጽሪ ተሌፎን፡ ቋንቋ፡ ቦታታት ቆጸራታትን ሕክምናዊ ሓበሬታን ፈጺሞም ኣይካፈሉን፤ ናይ ጥዕና ቆጸራታት እንተ ኣተዉ ብዝሖም ጥራይ እዩ ዝቑጸር፡ ብፍሉይ ፍቓድ።</translation>
    </message>
    <message>
        <source>(not filled in)</source>
        <translation>(ኣይተመልአን)</translation>
    </message>
    <message>
        <source>{start} up to and including {end}</source>
        <translation>{start} ክሳብ {end}</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>እወ</translation>
    </message>
    <message>
        <source>no</source>
        <translation>ኣይፋል</translation>
    </message>
    <message>
        <source>{text} … [shortened: {cut} characters not included]</source>
        <translation>{text} … [ተሓጺሩ: {cut} ፊደላት ኣይኣተዉን]</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>መዘኻኸሪታት</translation>
    </message>
    <message>
        <source>No shared notes in this period.</source>
        <translation>ኣብዚ እዋን ዝተኻፈለ መዘኻኸሪ የለን።</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>ዕለት</translation>
    </message>
    <message>
        <source>Open tasks</source>
        <translation>ክፉታት ዕማማት</translation>
    </message>
    <message>
        <source>No shared open tasks.</source>
        <translation>ዝተኻፈለ ክፉት ዕማም የለን።</translation>
    </message>
    <message>
        <source>Due by</source>
        <translation>ናይ መወዳእታ ዕለት</translation>
    </message>
    <message>
        <source>CONFIDENTIAL — personal data, only for the addressee</source>
        <translation>ምስጢራዊ — ውልቃዊ ሓበሬታ፡ ንተቐባሊ ጥራይ</translation>
    </message>
    <message>
        <source>Report for the regisseur</source>
        <translation>ጸብጻብ ንኣማሓዳሪ</translation>
    </message>
    <message>
        <source>Period {period}</source>
        <translation>እዋን {period}</translation>
    </message>
    <message>
        <source>Responsible organisation</source>
        <translation>ሓላፊ ትካል</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>ዕላማ</translation>
    </message>
    <message>
        <source>Key person</source>
        <translation>ሰብ መፍትሕ</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>ተቐባሊ</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>እዋን</translation>
    </message>
    <message>
        <source>Made on</source>
        <translation>ዝተሰርሐሉ ዕለት</translation>
    </message>
    <message>
        <source>Consent given on</source>
        <translation>ፍቓድ ዝተዋህበሉ</translation>
    </message>
    <message>
        <source>Unknown (start date of the term not filled in)</source>
        <translation>ዘይፍለጥ (ዕለት መጀመርታ ግዜ ገደብ ኣይተመልአን)</translation>
    </message>
    <message>
        <source>{date} (passed, {days} ago)</source>
        <translation>{date} (ሓሊፉ፡ ቅድሚ {days})</translation>
    </message>
    <message>
        <source>{date} ({days} left)</source>
        <translation>{date} ({days} ተሪፉ)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>ስም</translation>
    </message>
    <message>
        <source>Municipality reference</source>
        <translation>መወከሲ ቁጽሪ ምምሕዳር</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>መስመር</translation>
    </message>
    <message>
        <source>Start of the civic integration term</source>
        <translation>መጀመርታ ግዜ ገደብ ውህደት</translation>
    </message>
    <message>
        <source>End of the civic integration term</source>
        <translation>መወዳእታ ግዜ ገደብ ውህደት</translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n ወርሒ</numerusform>
            <numerusform>%n ኣዋርሕ</numerusform>
        </translation>
    </message>
    <message>
        <source> (decision {date})</source>
        <translation> (ውሳነ {date})</translation>
    </message>
    <message>
        <source>Extensions (granted)</source>
        <translation>ምንዋሕ ግዜ (ዝተፈቕደ)</translation>
    </message>
    <message>
        <source>Newcomer</source>
        <translation>ሓድሽ መጻኢ</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>ርክብ</translation>
    </message>
    <message>
        <source>No contact moments in this period.</source>
        <translation>ኣብዚ እዋን ርክብ ኣይነበረን።</translation>
    </message>
    <message>
        <source>{count} in this period.</source>
        <translation>{count} ኣብዚ እዋን።</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>መገዲ</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>ብዝሒ</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>ኣርእስቲ</translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation>ቆጸራታት</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>ምድብ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ኩነታት</translation>
    </message>
    <message>
        <source>Accompanied</source>
        <translation>ተሳንዩ</translation>
    </message>
    <message>
        <source>No appointments (outside health care) in this period.</source>
        <translation>ኣብዚ እዋን ቆጸራታት (ወጻኢ ክንክን ጥዕና) የለን።</translation>
    </message>
    <message>
        <source>Health appointments in this period: {count} (only the number, with the newcomer&apos;s consent).</source>
        <translation>ናይ ጥዕና ቆጸራታት ኣብዚ እዋን: {count} (ብዝሒ ጥራይ፡ ብፍቓድ ናይቲ ሓድሽ መጻኢ)።</translation>
    </message>
    <message>
        <source>Participation</source>
        <translation>ተሳትፎ</translation>
    </message>
    <message>
        <source>No activities in this period.</source>
        <translation>ኣብዚ እዋን ንጥፈታት የለን።</translation>
    </message>
    <message>
        <source>Times</source>
        <translation>ብዝሒ ግዜ</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>ሰዓታት</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>ድምር</translation>
    </message>
    <message>
        <source>h</source>
        <comment>hours</comment>
        <translation>ሰ</translation>
    </message>
    <message>
        <source>Hours in this period against the norms of the route (the norms apply to the whole term):</source>
        <translation>ሰዓታት ኣብዚ እዋን ምስ መዐቀኒታት ናይቲ መስመር (እቶም መዐቀኒታት ንምሉእ ግዜ ገደብ ይምልከቱ):</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>ክፍሊ</translation>
    </message>
    <message>
        <source>Hours this period</source>
        <translation>ሰዓታት ኣብዚ እዋን</translation>
    </message>
    <message>
        <source>Norm</source>
        <translation>መዐቀኒ</translation>
    </message>
    <message>
        <source>at least {hours}</source>
        <translation>እንተወሓደ {hours}</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>ንጥፈት</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>መብርሂ</translation>
    </message>
    <message>
        <source>Signals</source>
        <translation>መጠንቀቕታታት</translation>
    </message>
    <message>
        <source>No signals in this period.</source>
        <translation>ኣብዚ እዋን መጠንቀቕታ የለን።</translation>
    </message>
    <message>
        <source>{open} open, {resolved} resolved.</source>
        <translation>{open} ክፉት፡ {resolved} ተፈቲሑ።</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>ኣርእስቲ</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>ጽሑፍ</translation>
    </message>
    <message>
        <source>Confidential · Report for the regisseur · {period}</source>
        <translation>ምስጢራዊ · ጸብጻብ ንኣማሓዳሪ · {period}</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>ገጽ {page} ካብ {pages}</translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <source>Tomorrow at {0}: appointment with {1}, you go along.</source>
        <translation>ጽባሕ ሰዓት {0}: ቆጸራ ምስ {1}፡ ንስኹም ትሳነዩ።</translation>
    </message>
    <message>
        <source>Tomorrow: appointment with {0}, you go along.</source>
        <translation>ጽባሕ: ቆጸራ ምስ {0}፡ ንስኹም ትሳነዩ።</translation>
    </message>
    <message>
        <source>Today at {0}: appointment with {1}, you go along.</source>
        <translation>ሎሚ ሰዓት {0}: ቆጸራ ምስ {1}፡ ንስኹም ትሳነዩ።</translation>
    </message>
    <message>
        <source>Today: appointment with {0}, you go along.</source>
        <translation>ሎሚ: ቆጸራ ምስ {0}፡ ንስኹም ትሳነዩ።</translation>
    </message>
    <message numerus="yes">
        <source>Since you last closed the app: %n appointment(s)</source>
        <translation>
            <numerusform>ካብ ዝዓጸኹምዎ ንደሓር: %n ቆጸራ</numerusform>
            <numerusform>ካብ ዝዓጸኹምዎ ንደሓር: %n ቆጸራታት</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n task(s) came due. See Today and the agenda.</source>
        <translation>
            <numerusform>ከምኡ እውን %n ዕማም ግዜኡ በጺሑ። ሎሚን ኣጀንዳን ርኣዩ።</numerusform>
            <numerusform>ከምኡ እውን %n ዕማማት ግዜኦም በጺሑ። ሎሚን ኣጀንዳን ርኣዩ።</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Last month</source>
        <translation>ዝሓለፈ ወርሒ</translation>
    </message>
    <message>
        <source>This month (up to today)</source>
        <translation>እዚ ወርሒ (ክሳብ ሎሚ)</translation>
    </message>
    <message>
        <source>Last quarter</source>
        <translation>ዝሓለፈ ርብዒ ዓመት</translation>
    </message>
    <message>
        <source>Since last report</source>
        <translation>ካብ ዝሓለፈ ጸብጻብ</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>ባዕልኹም ምረጹ</translation>
    </message>
    <message>
        <source>Preview of the report</source>
        <translation>መርኣያ ናይቲ ጸብጻብ</translation>
    </message>
    <message>
        <source>Newcomer: {0}</source>
        <translation>ሓድሽ መጻኢ: {0}</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>ዓቅቡ…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>ዕጸዉ</translation>
    </message>
    <message>
        <source>No report was made yet; choose a period.</source>
        <translation>ገና ጸብጻብ ኣይተሰርሐን፤ እዋን ምረጹ።</translation>
    </message>
    <message>
        <source>Type both dates as dd-mm-yyyy, like 15-03-2026.</source>
        <translation>ክልቲኦም ዕለታት ከም dd-mm-yyyy ጸሓፍዎም፡ ንኣብነት 15-03-2026።</translation>
    </message>
    <message>
        <source>The end date is before the start date.</source>
        <translation>ዕለት መወዳእታ ቅድሚ ዕለት መጀመርታ እዩ።</translation>
    </message>
    <message>
        <source>Making the preview…</source>
        <translation>መርኣያ ይስራሕ ኣሎ…</translation>
    </message>
    <message numerus="yes">
        <source>{0} of %n entry(s) go into the report.</source>
        <translation>
            <numerusform>{0} ካብ %n ምዝገባ ናብቲ ጸብጻብ ይኣቱ።</numerusform>
            <numerusform>{0} ካብ %n ምዝገባታት ናብቲ ጸብጻብ ይኣትዉ።</numerusform>
        </translation>
    </message>
    <message>
        <source>Consent given on {0}; health appointments are counted only.</source>
        <translation>ፍቓድ ኣብ {0} ተዋሂቡ፤ ናይ ጥዕና ቆጸራታት ይቑጸሩ ጥራይ።</translation>
    </message>
    <message>
        <source>Consent given on {0}; health appointments stay out (no consent).</source>
        <translation>ፍቓድ ኣብ {0} ተዋሂቡ፤ ናይ ጥዕና ቆጸራታት ኣይኣትዉን (ፍቓድ የለን)።</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>ጸብጻብ ዓቅቡ</translation>
    </message>
    <message>
        <source>Saving the report…</source>
        <translation>ጸብጻብ ይዕቀብ ኣሎ…</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>ኣይተዓቀበን</translation>
    </message>
    <message>
        <source>The file could not be written: {0}. Nothing was recorded.</source>
        <translation>እቲ ፋይል ክጽሓፍ ኣይከኣለን: {0}። ዋላ ሓንቲ ኣይተመዝገበን።</translation>
    </message>
    <message>
        <source>Saved with a password and recorded in the disclosure register:
{0}</source>
        <translation>ብቓል ምስጢር ተዓቂቡ፡ ኣብ መዝገብ ዝተኻፈለ ድማ ተመዝጊቡ:
{0}</translation>
    </message>
    <message>
        <source>Saved and recorded in the disclosure register:
{0}</source>
        <translation>ተዓቂቡ፡ ኣብ መዝገብ ዝተኻፈለ ድማ ተመዝጊቡ:
{0}</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>ተዓቂቡ</translation>
    </message>
    <message>
        <source>Report for the regisseur</source>
        <translation>ጸብጻብ ንኣማሓዳሪ</translation>
    </message>
    <message>
        <source>&amp;Period</source>
        <translation>እዋን</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>ካብ</translation>
    </message>
    <message>
        <source>&amp;to</source>
        <translation>ክሳብ</translation>
    </message>
    <message>
        <source>&amp;Recipient</source>
        <translation>ተቐባሊ</translation>
    </message>
    <message>
        <source>name of the inburgeringsregisseur</source>
        <translation>ስም ናይቲ ኣማሓዳሪ ውህደት</translation>
    </message>
    <message>
        <source>&amp;Password (optional)</source>
        <translation>ቃል ምስጢር (ኣማራጺ)</translation>
    </message>
    <message>
        <source>empty = no password</source>
        <translation>ባዶ = ቃል ምስጢር የለን</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>ኣርኢ</translation>
    </message>
    <message>
        <source>&amp;Everything of this period — uncheck what must stay out:</source>
        <translation>ኩሉ ናይዚ እዋን — ክወጽእ ዘለዎ ምልክቱ ኣልዕሉ:</translation>
    </message>
    <message>
        <source>Preview: exactly the file that will be saved.</source>
        <translation>መርኣያ: እቲ ዝዕቀብ ፋይል ብልክዕ።</translation>
    </message>
</context>
<context>
    <name>ReportPeriods</name>
    <message>
        <source>quarter {0} of {1}</source>
        <translation>ርብዒ ዓመት {0} ናይ {1}</translation>
    </message>
    <message>
        <source>Report {0} for {1} not made yet</source>
        <translation>ጸብጻብ {0} ን{1} ገና ኣይተሰርሐን</translation>
    </message>
</context>
<context>
    <name>ReportReason</name>
    <message>
        <source>Counted only (channel and topic)</source>
        <translation>ይቑጸር ጥራይ (መገድን ኣርእስትን)</translation>
    </message>
    <message>
        <source>Date, type, status and accompanied</source>
        <translation>ዕለት፡ ዓይነት፡ ኩነታትን ምስናይን</translation>
    </message>
    <message>
        <source>Counted only (health consent)</source>
        <translation>ይቑጸር ጥራይ (ፍቓድ ጥዕና)</translation>
    </message>
    <message>
        <source>Type and hours</source>
        <translation>ዓይነትን ሰዓታትን</translation>
    </message>
    <message>
        <source>Type, hours and shareable text</source>
        <translation>ዓይነት፡ ሰዓታትን ዝካፈል ጽሑፍን</translation>
    </message>
    <message>
        <source>Theme and status (text stays private)</source>
        <translation>ኣርእስትን ኩነታትን (ጽሑፍ ብሕታዊ ይተርፍ)</translation>
    </message>
    <message>
        <source>Theme, status and shareable text</source>
        <translation>ኣርእስቲ፡ ኩነታትን ዝካፈል ጽሑፍን</translation>
    </message>
    <message>
        <source>Shareable note</source>
        <translation>ዝካፈል መዘኻኸሪ</translation>
    </message>
    <message>
        <source>Open task, shareable</source>
        <translation>ክፉት ዕማም፡ ዝካፈል</translation>
    </message>
    <message>
        <source>Private note</source>
        <translation>ብሕታዊ መዘኻኸሪ</translation>
    </message>
    <message>
        <source>Health, no consent</source>
        <translation>ጥዕና፡ ፍቓድ የለን</translation>
    </message>
    <message>
        <source>Not marked shareable</source>
        <translation>ከም ዝካፈል ኣይተመልከተን</translation>
    </message>
    <message>
        <source>Task is done</source>
        <translation>ዕማም ተፈጺሙ</translation>
    </message>
    <message>
        <source>Outside the period</source>
        <translation>ካብቲ እዋን ወጻኢ</translation>
    </message>
    <message>
        <source>Left out by you</source>
        <translation>ብኣኹም ተገዲፉ</translation>
    </message>
    <message>
        <source>No consent for a report</source>
        <translation>ንጸብጻብ ፍቓድ የለን</translation>
    </message>
</context>
<context>
    <name>SafetyDialogs</name>
    <message>
        <source>Make a backup</source>
        <translation>ቅዳሕ ውሕስና ስርሑ</translation>
    </message>
    <message>
        <source>Making and checking the backup…</source>
        <translation>ቅዳሕ ውሕስና ይስራሕን ይፍተሽን ኣሎ…</translation>
    </message>
    <message>
        <source>The backup was written and checked.</source>
        <translation>ቅዳሕ ውሕስና ተጻሒፉን ተፈቲሹን።</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>ቅዳሕ ውሕስና መልሱ</translation>
    </message>
    <message>
        <source>Passphrase of this backup (or the recovery key):</source>
        <translation>ሓረግ ምስጢር ናይዚ ቅዳሕ ውሕስና (ወይ መፍትሕ ምምላስ):</translation>
    </message>
    <message>
        <source>Checking the backup…</source>
        <translation>ቅዳሕ ውሕስና ይፍተሽ ኣሎ…</translation>
    </message>
    <message>
        <source>Restore this backup?</source>
        <translation>ነዚ ቅዳሕ ውሕስና ክመልሱ?</translation>
    </message>
    <message>
        <source>The current case file is kept as a backup in the backup folder first.</source>
        <translation>እቲ ሕጂ ዘሎ ዶሴ መጀመርያ ኣብ ማህደር ቅዳሕ ውሕስና ከም ቅዳሕ ውሕስና ይዕቀብ።</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>መልሱ</translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation>ቅዳሕ ውሕስና ይምለስ ኣሎ…</translation>
    </message>
    <message>
        <source>The previous case file was kept in {0}.</source>
        <translation>እቲ ዝነበረ ዶሴ ኣብ {0} ተዓቂቡ።</translation>
    </message>
    <message>
        <source>The backup was restored.</source>
        <translation>ቅዳሕ ውሕስና ተመሊሱ።</translation>
    </message>
    <message>
        <source>Checking the case file…</source>
        <translation>ዶሴ ይፍተሽ ኣሎ…</translation>
    </message>
    <message numerus="yes">
        <source>The case file has %n problem(s).</source>
        <translation>
            <numerusform>እቲ ዶሴ %n ጸገም ኣለዎ።</numerusform>
            <numerusform>እቲ ዶሴ %n ጸገማት ኣለዎ።</numerusform>
        </translation>
    </message>
    <message>
        <source>Make no more changes and restore a backup (Case &gt; Restore backup). The current file is kept when you do.</source>
        <translation>ተወሳኺ ለውጢ ኣይትግበሩ እሞ ቅዳሕ ውሕስና መልሱ (ዶሴ &gt; ቅዳሕ ውሕስና (backup) መልሱ)። ከምኡ ምስ ትገብሩ እቲ ሕጂ ዘሎ ፋይል ይዕቀብ።</translation>
    </message>
    <message>
        <source>All is well: the case file is intact and encrypted.</source>
        <translation>ኩሉ ጽቡቕ እዩ: እቲ ዶሴ ምሉእን ዝተመስጠረን እዩ።</translation>
    </message>
    <message numerus="yes">
        <source>%n newcomer(s).</source>
        <translation>
            <numerusform>%n ሓድሽ መጻኢ።</numerusform>
            <numerusform>%n ሓደስቲ መጻእቲ።</numerusform>
        </translation>
    </message>
    <message>
        <source>All data of this newcomer is erased for good, the search index included. This cannot be undone. Older backups still hold the data.</source>
        <translation>ኩሉ ሓበሬታ ናይዚ ሓድሽ መጻኢ፡ መርበብ ምድላይ ሓዊሱ፡ ንሓዋሩ ይድምሰስ። እዚ ክምለስ ኣይክእልን። ዝኣረጉ ቅዳሕ ውሕስናታት ግን ነቲ ሓበሬታ ሕጂ&apos;ውን ሒዞሞ ኣለዉ።</translation>
    </message>
    <message>
        <source>Shared before; tell these recipients that the data was erased:</source>
        <translation>ቅድሚ ሕጂ ተኻፊሉ፤ ነዞም ተቐበልቲ እቲ ሓበሬታ ከም ዝተደምሰሰ ንገርዎም:</translation>
    </message>
    <message>
        <source>Erase {0}?</source>
        <translation>{0} ይደምሰስ?</translation>
    </message>
    <message>
        <source>Erase for good</source>
        <translation>ንሓዋሩ ደምስሱ</translation>
    </message>
    <message>
        <source>Erased.</source>
        <translation>ተደምሲሱ።</translation>
    </message>
    <message>
        <source>Erased. This data was shared before; tell the recipients it was erased:</source>
        <translation>ተደምሲሱ። እዚ ሓበሬታ ቅድሚ ሕጂ ተኻፊሉ፤ ነቶም ተቐበልቲ ከም ዝተደምሰሰ ንገርዎም:</translation>
    </message>
    <message>
        <source>• {0} — closed {1}</source>
        <translation>• {0} — ተዓጽዩ {1}</translation>
    </message>
    <message numerus="yes">
        <source>%n newcomer(s) closed more than {0} months ago: their data must be erased now.</source>
        <translation>
            <numerusform>%n ሓድሽ መጻኢ ቅድሚ ልዕሊ {0} ኣዋርሕ ተዓጽዩ: ሓበሬታኦም ሕጂ ክድምሰስ ኣለዎ።</numerusform>
            <numerusform>%n ሓደስቲ መጻእቲ ቅድሚ ልዕሊ {0} ኣዋርሕ ተዓጽዮም: ሓበሬታኦም ሕጂ ክድምሰስ ኣለዎ።</numerusform>
        </translation>
    </message>
    <message>
        <source>Erase now</source>
        <translation>ሕጂ ደምስሱ</translation>
    </message>
    <message>
        <source>If you cancel, the app asks again at the next start.</source>
        <translation>እንተ ኣቋሪጽኩም፡ እቲ app ኣብ ዝመጽእ ምጅማር እንደገና ይሓትት።</translation>
    </message>
</context>
<context>
    <name>Setting</name>
    <message>
        <source>Organisation responsible</source>
        <translation>ሓላፊ ትካል</translation>
    </message>
    <message>
        <source>Organisation contact</source>
        <translation>ርክብ ትካል</translation>
    </message>
    <message>
        <source>Key person&apos;s name</source>
        <translation>ስም ሰብ መፍትሕ</translation>
    </message>
    <message>
        <source>Key person&apos;s contact</source>
        <translation>ርክብ ሰብ መፍትሕ</translation>
    </message>
    <message>
        <source>Retention after closing (months)</source>
        <translation>ምዕቃብ ድሕሪ ምዕጻው (ኣዋርሕ)</translation>
    </message>
    <message>
        <source>Auto-lock after (minutes)</source>
        <translation>ብኣውቶ ምቑላፍ ድሕሪ (ደቓይቕ)</translation>
    </message>
    <message>
        <source>Smallest group in a summary (newcomers)</source>
        <translation>ዝነኣሰ ጉጅለ ኣብ ጽማቝ (ሓደስቲ መጻእቲ)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>ቋንቋ</translation>
    </message>
    <message>
        <source>Report for the regisseur: every month or every quarter</source>
        <translation>ጸብጻብ ንኣማሓዳሪ: ነፍሲ ወከፍ ወርሒ ወይ ነፍሲ ወከፍ ርብዒ ዓመት</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Every quarter</source>
        <translation>ነፍሲ ወከፍ ርብዒ ዓመት</translation>
    </message>
    <message>
        <source>Every month</source>
        <translation>ነፍሲ ወከፍ ወርሒ</translation>
    </message>
    <message>
        <source>Not available in this version.</source>
        <translation>ኣብዚ ስሪት ኣይርከብን።</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>ዓቅቡ</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ኣቋርጹ</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>ቅጥዕታት</translation>
    </message>
    <message>
        <source>Who is responsible for the data</source>
        <translation>ንሓበሬታ ሓላፍነት ዝወስድ</translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation>ትካል</translation>
    </message>
    <message>
        <source>Organisation &amp;contact</source>
        <translation>ርክብ ትካል</translation>
    </message>
    <message>
        <source>&amp;Your name (key person)</source>
        <translation>ስምኩም (ሰብ መፍትሕ)</translation>
    </message>
    <message>
        <source>Your c&amp;ontact</source>
        <translation>ርክብኩም</translation>
    </message>
    <message>
        <source>Safety and summaries</source>
        <translation>ድሕንነትን ጽማቝታትን</translation>
    </message>
    <message>
        <source>&amp;Lock after (minutes without use)</source>
        <translation>ድሕሪ ክንደይ ይዕጾ (ደቓይቕ ብዘይ ጥቕሚ)</translation>
    </message>
    <message>
        <source>&amp;Erase closed newcomers after (months)</source>
        <translation>ዝተዓጽዉ ሓደስቲ መጻእቲ ድሕሪ (ኣዋርሕ) ይድምሰሱ</translation>
    </message>
    <message>
        <source>&amp;Minimum newcomers per number (k)</source>
        <translation>ዝነኣሰ ጉጅለ ኣብ ጽማቝ (k)</translation>
    </message>
    <message>
        <source>Lan&amp;guage</source>
        <translation>ቋንቋ</translation>
    </message>
    <message>
        <source>Reports to the regisseur, &amp;how often</source>
        <translation>ጸብጻብ ንኣማሓዳሪ: ክንደይ ግዜ</translation>
    </message>
    <message>
        <source>Change passphrase…</source>
        <translation>ሓረግ ምስጢር ቀይሩ…</translation>
    </message>
    <message>
        <source>New recovery key…</source>
        <translation>ሓድሽ መፍትሕ ምምላስ…</translation>
    </message>
</context>
<context>
    <name>ShortMonth</name>
    <message>
        <source>Jan</source>
        <translation>ጥሪ</translation>
    </message>
    <message>
        <source>Feb</source>
        <translation>ለካ</translation>
    </message>
    <message>
        <source>Mar</source>
        <translation>መጋ</translation>
    </message>
    <message>
        <source>Apr</source>
        <translation>ሚያ</translation>
    </message>
    <message>
        <source>May</source>
        <translation>ግን</translation>
    </message>
    <message>
        <source>Jun</source>
        <translation>ሰነ</translation>
    </message>
    <message>
        <source>Jul</source>
        <translation>ሓም</translation>
    </message>
    <message>
        <source>Aug</source>
        <translation>ነሓ</translation>
    </message>
    <message>
        <source>Sep</source>
        <translation>መስ</translation>
    </message>
    <message>
        <source>Oct</source>
        <translation>ጥቅ</translation>
    </message>
    <message>
        <source>Nov</source>
        <translation>ሕዳ</translation>
    </message>
    <message>
        <source>Dec</source>
        <translation>ታሕ</translation>
    </message>
</context>
<context>
    <name>SummaryDialog</name>
    <message>
        <source>Anonymised summary</source>
        <translation>ስም ዘይብሉ ጽማቝ</translation>
    </message>
    <message>
        <source>Period &amp;length</source>
        <translation>ንውሓት እዋን</translation>
    </message>
    <message>
        <source>&amp;Period</source>
        <translation>እዋን</translation>
    </message>
    <message>
        <source>&amp;Label (optional)</source>
        <translation>ስያመ (ኣማራጺ)</translation>
    </message>
    <message>
        <source>e.g. North district — no names of people</source>
        <translation>ንኣብነት ሰሜናዊ ከባቢ — ኣስማት ሰባት የለን</translation>
    </message>
    <message>
        <source>&amp;Table</source>
        <translation>ሰንጠረዥ</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>ሰንጠረዥ</translation>
    </message>
    <message>
        <source>Also save a PDF (same content)</source>
        <translation>PDF እውን ዓቅቡ (ሓደ ትሕዝቶ)</translation>
    </message>
    <message>
        <source>Summary (*.json)</source>
        <translation>ጽማቝ (*.json)</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>ወርሒ</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>ርብዒ ዓመት</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>ዓመት</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>ዓቅቡ…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>ዕጸዉ</translation>
    </message>
    <message>
        <source>Fixed: this case file makes summaries per {0}.</source>
        <translation>ዘይቀየር: እዚ ዶሴ ብ{0} ጽማቝታት ይሰርሕ።</translation>
    </message>
    <message>
        <source>Choose this before the first summary. It is fixed after that, so nobody can subtract summaries from each other.</source>
        <translation>ቅድሚ እቲ ቀዳማይ ጽማቝ ነዚ ምረጹ። ድሕሪኡ ኣይቀየርን፡ ስለዚ ዝኾነ ሰብ ጽማቝታት ካብ ሓድሕዶም ክጎድል ኣይክእልን።</translation>
    </message>
    <message>
        <source>{0} — issued on {1}</source>
        <translation>{0} — ኣብ {1} ተዋሂቡ</translation>
    </message>
    <message>
        <source>There is no ended period to summarise yet.</source>
        <translation>ገና ዝተወድአ እዋን ንምጽማቕ የለን።</translation>
    </message>
    <message>
        <source>Making the summary…</source>
        <translation>ጽማቝ ይስራሕ ኣሎ…</translation>
    </message>
    <message>
        <source>{0}: {1} newcomers counted (with consent to anonymised reporting), {2} not counted. A number about fewer than {3} newcomers is not shown.</source>
        <translation>{0}: {1} ሓደስቲ መጻእቲ ተቖጺሮም (ንስም ዘይብሉ ጸብጻብ ፍቓድ ዘለዎም)፡ {2} ኣይተቖጽሩን። ብዛዕባ ካብ {3} ዝውሕዱ ሓደስቲ መጻእቲ ዝኾነ ቁጽሪ ኣይርአን።</translation>
    </message>
    <message>
        <source>This period was issued on {0}. You get exactly the same figures as then, with the same label.</source>
        <translation>እዚ እዋን ኣብ {0} ተዋሂቡ። ብልክዕ ከም ናይ ሽዑ ሓደ ቁጽርታት ምስ ሓደ ስያመ ትረኽቡ።</translation>
    </message>
    <message>
        <source>The data changed since; those changes are not counted here. So nobody can subtract the two overviews from each other.</source>
        <translation>እቲ ሓበሬታ ድሕሪኡ ተቐይሩ፤ እቶም ለውጥታት ኣብዚ ኣይቑጸሩን። ስለዚ ዝኾነ ሰብ ክልተ ሓፈሻዊ መግለጺታት ካብ ሓድሕዶም ክጎድል ኣይክእልን።</translation>
    </message>
    <message>
        <source>This is the first summary: saving fixes the period length at {0}.</source>
        <translation>እዚ እቲ ቀዳማይ ጽማቝ እዩ: ምዕቃብ ንውሓት እዋን ኣብ {0} የጽንዖ።</translation>
    </message>
    <message>
        <source>Change the label</source>
        <translation>ስያመ ቀይሩ</translation>
    </message>
    <message>
        <source>Fix the period length</source>
        <translation>ንውሓት እዋን ኣጽንዑ</translation>
    </message>
    <message>
        <source>After this summary, this case file makes summaries per {0} only. You cannot change that later.</source>
        <translation>ድሕሪ እዚ ጽማቝ፡ እዚ ዶሴ ብ{0} ጥራይ ጽማቝታት ይሰርሕ። ድሒርኩም ክትቅይርዎ ኣይትኽእሉን።</translation>
    </message>
    <message>
        <source>Fix and save</source>
        <translation>ኣጽኒዕኩም ዓቅቡ</translation>
    </message>
    <message>
        <source>Save summary</source>
        <translation>ጽማቝ ዓቅቡ</translation>
    </message>
    <message>
        <source>Saving the summary…</source>
        <translation>ጽማቝ ይዕቀብ ኣሎ…</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>ኣይተዓቀበን</translation>
    </message>
    <message>
        <source>The file could not be written: {0}.</source>
        <translation>እቲ ፋይል ክጽሓፍ ኣይከኣለን: {0}።</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>ተዓቂቡ</translation>
    </message>
    <message>
        <source>Saved and recorded in the disclosure register:</source>
        <translation>ተዓቂቡ፡ ኣብ መዝገብ ዝተኻፈለ ድማ ተመዝጊቡ:</translation>
    </message>
</context>
<context>
    <name>SummaryPdf</name>
    <message>
        <source>Anonymised summary</source>
        <translation>ስም ዘይብሉ ጽማቝ</translation>
    </message>
    <message>
        <source>Merged overview</source>
        <translation>ዝሓበረ ሓፈሻዊ መግለጺ</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>እዋን</translation>
    </message>
    <message>
        <source>Newcomers counted</source>
        <translation>ዝተቖጸሩ ሓደስቲ መጻእቲ</translation>
    </message>
    <message>
        <source>Not counted (no consent)</source>
        <translation>ዘይተቖጸሩ (ፍቓድ የለን)</translation>
    </message>
    <message>
        <source>Merged from {n} summaries</source>
        <translation>ካብ {n} ጽማቝታት ዝሓበረ</translation>
    </message>
    <message>
        <source>Smallest group shown: {k} newcomers</source>
        <translation>ዝተራእየ ዝነኣሰ ጉጅለ: {k} ሓደስቲ መጻእቲ</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>ድምር</translation>
    </message>
    <message>
        <source>How to read this overview</source>
        <translation>ነዚ ሓፈሻዊ መግለጺ ብኸመይ ከም እተንብብዎ</translation>
    </message>
    <message>
        <source>What is hidden, and why</source>
        <translation>እንታይ ተሓቢኡ፡ ስለምንታይ</translation>
    </message>
    <message>
        <source>No chart: every number of this chart is hidden (*), because they rest on too few newcomers.</source>
        <translation>ቻርት የለን: ነፍሲ ወከፍ ቁጽሪ ናይዚ ቻርት ተሓቢኡ (*)፡ ኣብ ኣዝዮም ውሑዳት ሓደስቲ መጻእቲ ስለ ዝምርኮሱ።</translation>
    </message>
    <message>
        <source>No chart: nothing was counted here in this period.</source>
        <translation>ቻርት የለን: ኣብዚ እዋን ኣብዚ ዋላ ሓንቲ ኣይተቖጽረን።</translation>
    </message>
    <message>
        <source>At a glance</source>
        <translation>ብሓጺሩ</translation>
    </message>
    <message>
        <source>Participation hours by activity type</source>
        <translation>ሰዓታት ተሳትፎ ብዓይነት ንጥፈት</translation>
    </message>
    <message>
        <source>Signals by theme (open and resolved)</source>
        <translation>መጠንቀቕታታት ብኣርእስቲ (ክፉትን ዝተፈትሐን)</translation>
    </message>
    <message>
        <source>Appointments by type</source>
        <translation>ቆጸራታት ብዓይነት</translation>
    </message>
    <message>
        <source>Bars of cells not shown are missing (*); a + bar is a minimum.</source>
        <translation>ዘይተራእዩ ክፍልታት ባራት የብሎምን (*)፤ + ዘለዎ ባር ዝተሓተ መጠን እዩ።</translation>
    </message>
    <message>
        <source>Split not shown</source>
        <translation>ምምቃል ኣይተራእየን</translation>
    </message>
    <message>
        <source>Summaries in this overview</source>
        <translation>ኣብዚ ሓፈሻዊ መግለጺ ዘለዉ ጽማቝታት</translation>
    </message>
    <message>
        <source>(no label)</source>
        <translation>(ስያመ የለን)</translation>
    </message>
    <message>
        <source>Sleutelapp · anonymised summary {period}</source>
        <translation>Sleutelapp · ስም ዘይብሉ ጽማቝ {period}</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>ገጽ {page} ካብ {pages}</translation>
    </message>
</context>
<context>
    <name>SummarySequence</name>
    <message>
        <source>first choose the period length of this case file (month, quarter or year); it is fixed after that.</source>
        <translation>መጀመርያ ንውሓት እዋን ናይዚ ዶሴ ምረጹ (ወርሒ፡ ርብዒ ዓመት ወይ ዓመት)፤ ድሕሪኡ ኣይቀየርን።</translation>
    </message>
    <message>
        <source>this case file makes summaries per {0}; a {1} is not possible, because together with the other summaries hidden numbers could then be worked out. Choose a {0}.</source>
        <translation>እዚ ዶሴ ብ{0} ጽማቝታት ይሰርሕ፤ {1} ኣይከኣልን፡ ምስቶም ካልኦት ጽማቝታት ብሓባር ዝተሓብኡ ቁጽርታት ክፍለጡ ስለ ዝኽእሉ። {0} ምረጹ።</translation>
    </message>
    <message>
        <source>the period {0} has not ended yet; it can be summarised from {1}.</source>
        <translation>እቲ እዋን {0} ገና ኣይተወድአን፤ ካብ {1} ክጽመቕ ይኽእል።</translation>
    </message>
    <message>
        <source>a summary of {0} – {1} was issued by an earlier version of Sleutelapp without keeping its figures; a new summary touching that time could be subtracted from it.</source>
        <translation>ጽማቝ ናይ {0} – {1} ብዝቐደመ ስሪት Sleutelapp ብዘይ ምዕቃብ ቁጽርታቱ ተዋሂቡ፤ ነዚ ግዜ ዝትንክፍ ሓድሽ ጽማቝ ካብኡ ክጎድል ይኽእል።</translation>
    </message>
    <message>
        <source>unknown period length &apos;{0}&apos;: choose month, quarter or year.</source>
        <translation>ዘይፍለጥ ንውሓት እዋን &apos;{0}&apos;: ወርሒ፡ ርብዒ ዓመት ወይ ዓመት ምረጹ።</translation>
    </message>
    <message>
        <source>the period length of this case file is fixed at {0}, because summaries were already issued.</source>
        <translation>ንውሓት እዋን ናይዚ ዶሴ ኣብ {0} ጸኒዑ ኣሎ፡ ጽማቝታት ድሮ ስለ ዝተዋህቡ።</translation>
    </message>
    <message>
        <source>this period was issued meanwhile; open the window again.</source>
        <translation>እዚ እዋን ኣብ መንጎ ተዋሂቡ፤ ነቲ መስኮት እንደገና ክፈትዎ።</translation>
    </message>
</context>
<context>
    <name>SummaryTable</name>
    <message>
        <source>Newcomers by route</source>
        <translation>ሓደስቲ መጻእቲ ብመስመር</translation>
    </message>
    <message>
        <source>Newcomers with consent to anonymised reporting and at least one entry in the period.</source>
        <translation>ንስም ዘይብሉ ጸብጻብ ፍቓድ ዘለዎምን ኣብቲ እዋን እንተወሓደ ሓደ ምዝገባ ዘለዎምን ሓደስቲ መጻእቲ።</translation>
    </message>
    <message>
        <source>Contacts by topic and channel</source>
        <translation>ርክባት ብኣርእስትን መገድን</translation>
    </message>
    <message>
        <source>A contact about two topics counts under both topics; the total per channel counts each contact once.</source>
        <translation>ብዛዕባ ክልተ ኣርእስትታት ዝኾነ ርክብ ኣብ ትሕቲ ክልቲኦም ኣርእስትታት ይቑጸር፤ ድምር ብመገዲ ነፍሲ ወከፍ ርክብ ሓንሳብ ይቖጽር።</translation>
    </message>
    <message>
        <source>Appointments by type, accompanied or not</source>
        <translation>ቆጸራታት ብዓይነት፡ ተሳንዩ ወይ ኣይተሳነየን</translation>
    </message>
    <message>
        <source>Cancelled appointments are not counted. Health appointments form one row while any type rests on too few newcomers.</source>
        <translation>ዝተቋረጹ ቆጸራታት ኣይቑጸሩን። ዝኾነ ዓይነት ኣብ ኣዝዮም ውሑዳት ሓደስቲ መጻእቲ ክሳብ ዝምርኮስ፡ ናይ ጥዕና ቆጸራታት ሓደ መስርዕ ይኾኑ።</translation>
    </message>
    <message>
        <source>Participation hours by activity type</source>
        <translation>ሰዓታት ተሳትፎ ብዓይነት ንጥፈት</translation>
    </message>
    <message>
        <source>Rounded to whole hours.</source>
        <translation>ናብ ምሉእ ሰዓታት ተጠጋጊዑ።</translation>
    </message>
    <message>
        <source>Signals by theme</source>
        <translation>መጠንቀቕታታት ብኣርእስቲ</translation>
    </message>
    <message>
        <source>Signals raised in the period, with their state when the summary was made.</source>
        <translation>ኣብቲ እዋን ዝተላዕሉ መጠንቀቕታታት፡ እቲ ጽማቝ ምስ ተሰርሐ ዝነበሮም ኩነታት።</translation>
    </message>
    <message>
        <source>No topic</source>
        <translation>ኣርእስቲ የለን</translation>
    </message>
    <message>
        <source>Newcomers</source>
        <translation>ሓደስቲ መጻእቲ</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>ሰዓታት</translation>
    </message>
    <message>
        <source>Accompanied</source>
        <translation>ተሳንዩ</translation>
    </message>
    <message>
        <source>Not accompanied</source>
        <translation>ኣይተሳነየን</translation>
    </message>
    <message>
        <source>Health care (GP, hospital, dentist, mental health, other care)</source>
        <translation>ክንክን ጥዕና (ሓኪም ስድራ፡ ሆስፒታል፡ ሓኪም ስኒ፡ ጥዕና ኣእምሮ፡ ካልእ ክንክን)</translation>
    </message>
</context>
<context>
    <name>SummaryTableModel</name>
    <message>
        <source>Not shown to protect privacy.</source>
        <translation>ንብሕትውና ንምሕላው ኣይተራእየን።</translation>
    </message>
    <message>
        <source>At least this number: some summaries did not show this cell.</source>
        <translation>እንተወሓደ እዚ ቁጽሪ: ገለ ጽማቝታት ነዚ ክፍሊ ኣየርኣዩዎን።</translation>
    </message>
    <message>
        <source>Rests on {0} newcomers.</source>
        <translation>ኣብ {0} ሓደስቲ መጻእቲ ይምርኮስ።</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>ድምር</translation>
    </message>
</context>
<context>
    <name>TextGuard</name>
    <message>
        <source>a BSN</source>
        <translation>BSN</translation>
    </message>
    <message>
        <source>an IBAN (bank account)</source>
        <translation>IBAN (ቁጽሪ ሕሳብ ባንኪ)</translation>
    </message>
    <message>
        <source>an e-mail address</source>
        <translation>ኣድራሻ ኢመይል</translation>
    </message>
    <message>
        <source>a phone number</source>
        <translation>ቁጽሪ ተሌፎን</translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <source>Date</source>
        <translation>ዕለት</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>ምድብ</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>ዓይነት</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>ዝርዝር</translation>
    </message>
    <message>
        <source>Shareable</source>
        <translation>ክካፈል ይኽእል</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>እወ</translation>
    </message>
    <message>
        <source>{0} min</source>
        <translation>{0} ደቒቕ</translation>
    </message>
    <message>
        <source>{0} h</source>
        <translation>{0} ሰ</translation>
    </message>
    <message>
        <source>accompanied</source>
        <translation>ተሳንዩ</translation>
    </message>
</context>
<context>
    <name>TodayView</name>
    <message>
        <source>extension requested, answer expected by {0}</source>
        <translation>ምንዋሕ ግዜ ተሓቲቱ፡ መልሲ ክሳብ {0} ይጽበ</translation>
    </message>
    <message>
        <source>an extension can be requested since {0}</source>
        <translation>ካብ {0} ጀሚሩ ምንዋሕ ግዜ ክሕተት ይኽእል</translation>
    </message>
    <message>
        <source>an extension can be requested from {0}</source>
        <translation>ካብ {0} ንደሓር ምንዋሕ ግዜ ክሕተት ይኽእል</translation>
    </message>
    <message numerus="yes">
        <source>%n more appointment(s) — press Enter to show more</source>
        <translation>
            <numerusform>ተወሳኺ %n ቆጸራ — ንምርኣይ Enter ጠውቑ</numerusform>
            <numerusform>ተወሳኺ %n ቆጸራታት — ንምርኣይ Enter ጠውቑ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more task(s) — press Enter to show more</source>
        <translation>
            <numerusform>ተወሳኺ %n ዕማም — ንምርኣይ Enter ጠውቑ</numerusform>
            <numerusform>ተወሳኺ %n ዕማማት — ንምርኣይ Enter ጠውቑ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more newcomer(s) — press Enter to show more</source>
        <translation>
            <numerusform>ተወሳኺ %n ሓድሽ መጻኢ — ንምርኣይ Enter ጠውቑ</numerusform>
            <numerusform>ተወሳኺ %n ሓደስቲ መጻእቲ — ንምርኣይ Enter ጠውቑ</numerusform>
        </translation>
    </message>
    <message>
        <source>Shows the next {0}; the agenda (Ctrl+G) shows them per week.</source>
        <translation>ዝቕጽሉ {0} የርኢ፤ ኣጀንዳ (Ctrl+G) ብሰሙን የርእዮም።</translation>
    </message>
    <message>
        <source>Shows the next {0}.</source>
        <translation>ዝቕጽሉ {0} የርኢ።</translation>
    </message>
    <message>
        <source>Enter opens the dialog that makes all due reports at once.</source>
        <translation>Enter ኩሎም ግዜኦም ዝበጽሐ ጸብጻባት ሓንሳብ ዝሰርሕ መስኮት ይኸፍት።</translation>
    </message>
    <message numerus="yes">
        <source>%n more report(s) due — press Enter to make them</source>
        <translation>
            <numerusform>ተወሳኺ %n ጸብጻብ ክስራሕ ኣለዎ — ንምስራሑ Enter ጠውቑ</numerusform>
            <numerusform>ተወሳኺ %n ጸብጻባት ክስርሑ ኣለዎም — ንምስራሖም Enter ጠውቑ</numerusform>
        </translation>
    </message>
    <message>
        <source>{0} — {1}: {2} — still planned; did it take place?</source>
        <translation>{0} — {1}: {2} — ገና ‘ተሓሲቡ’ ይብል፤ ተኻይዱ ድዩ?</translation>
    </message>
    <message>
        <source>you go along</source>
        <translation>ንስኹም ትሳነዩ</translation>
    </message>
    <message>
        <source>(overdue)</source>
        <translation>(ግዜኡ ሓሊፉ)</translation>
    </message>
    <message numerus="yes">
        <source>{0} — termijn ends {1} (%n day(s) left)</source>
        <translation>
            <numerusform>{0} — ግዜ ገደብ ኣብ {1} ይውዳእ (%n መዓልቲ ተሪፉ)</numerusform>
            <numerusform>{0} — ግዜ ገደብ ኣብ {1} ይውዳእ (%n መዓልትታት ተሪፉ)</numerusform>
        </translation>
    </message>
    <message>
        <source>{0} — termijn ended {1}</source>
        <translation>{0} — ግዜ ገደብ ኣብ {1} ተወዲኡ</translation>
    </message>
    <message>
        <source>{0} — no contact recorded yet</source>
        <translation>{0} — ገና ዝተመዝገበ ርክብ የለን</translation>
    </message>
    <message numerus="yes">
        <source>{0} — last contact {1} (%n day(s) ago)</source>
        <translation>
            <numerusform>{0} — ናይ መወዳእታ ርክብ {1} (ቅድሚ %n መዓልቲ)</numerusform>
            <numerusform>{0} — ናይ መወዳእታ ርክብ {1} (ቅድሚ %n መዓልትታት)</numerusform>
        </translation>
    </message>
    <message>
        <source>Update the status: past appointments still planned</source>
        <translation>ኩነታት ኣሐድሱ: ዝሓለፉ ገና ‘ተሓሲቡ’ ዝብሉ ቆጸራታት</translation>
    </message>
    <message>
        <source>Appointments up to and including {0}</source>
        <translation>ቆጸራታት ክሳብ {0}</translation>
    </message>
    <message>
        <source>Open tasks due up to and including {0}</source>
        <translation>ክሳብ {0} ግዜኦም ዝበጽሕ ክፉታት ዕማማት</translation>
    </message>
    <message>
        <source>Termijn ends within 6 months</source>
        <translation>ግዜ ገደብ ኣብ ውሽጢ 6 ኣዋርሕ ይውዳእ</translation>
    </message>
    <message>
        <source>No contact for 30 days</source>
        <translation>30 መዓልቲ ርክብ የለን</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>ሎሚ</translation>
    </message>
    <message>
        <source>Update the status</source>
        <translation>ኩነታት ኣሐድሱ</translation>
    </message>
    <message>
        <source>Appointments in the next 14 days</source>
        <translation>ቆጸራታት ኣብ ዝመጽእ 14 መዓልቲ</translation>
    </message>
    <message>
        <source>Open tasks, due soon</source>
        <translation>ክፉታት ዕማማት፡ ቀረባ ግዜ</translation>
    </message>
    <message>
        <source>Press Enter or double-click an item to open the newcomer. Ctrl+1…6 logs for the newcomer of the selected item; Ctrl+D marks an appointment or task done (right-click for more).</source>
        <translation>ነቲ ሓድሽ መጻኢ ንምኽፋት Enter ጠውቑ ወይ ኣብ መስመር ክልተ ግዜ ጠውቑ። Ctrl+1…6 ንሓድሽ መጻኢ ናይቲ ዝተመርጸ መስመር ይምዝግብ፤ Ctrl+D ቆጸራ ወይ ዕማም ከም ተፈጺሙ ይገብር (ንዝያዳ ብየማን ጠውቑ)።</translation>
    </message>
</context>
<context>
    <name>TransferCodeDialog</name>
    <message numerus="yes">
        <source>The handover file for %n newcomer(s) was written:
{0}</source>
        <translation>
            <numerusform>ፋይል ምርካብ ን %n ሓድሽ መጻኢ ተጻሒፉ:
{0}</numerusform>
            <numerusform>ፋይል ምርካብ ን %n ሓደስቲ መጻእቲ ተጻሒፉ:
{0}</numerusform>
        </translation>
    </message>
    <message>
        <source>Close</source>
        <translation>ዕጸዉ</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>ተቐዲሑ</translation>
    </message>
    <message>
        <source>Transfer code</source>
        <translation>ኮድ ምርካብ</translation>
    </message>
    <message>
        <source>This code is shown only once and is not kept anywhere. Pass it to your colleague another way than the file: by phone or in person. Without the code the file cannot be opened.</source>
        <translation>እዚ ኮድ ሓንሳብ ጥራይ እዩ ዝርአ፡ ኣበይ እውን ኣይዕቀብን። ብኻልእ መገዲ ካብቲ ፋይል ንመሳርሕትኹም ሃብዎ: ብተሌፎን ወይ ብኣካል። ብዘይ እቲ ኮድ እቲ ፋይል ክኽፈት ኣይክእልን።</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>ቅድሑ</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>ሕተሙ…</translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <source>Sleutelapp is locked</source>
        <translation>Sleutelapp ተቖሊፉ ኣሎ</translation>
    </message>
    <message>
        <source>Enter your passphrase to open your case file.</source>
        <translation>ዶሴኹም ንምኽፋት ሓረግ ምስጢርኩም ጸሓፉ።</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>ሓረግ ምስጢር</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>ክፈቱ</translation>
    </message>
    <message>
        <source>Forgot passphrase?</source>
        <translation>ሓረግ ምስጢር ረሲዕኩም?</translation>
    </message>
    <message>
        <source>Restore a backup…</source>
        <translation>ቅዳሕ ውሕስና (backup) መልሱ…</translation>
    </message>
</context>
<context>
    <name>Weekday</name>
    <message>
        <source>Monday</source>
        <translation>ሰኑይ</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>ሰሉስ</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>ረቡዕ</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>ሓሙስ</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>ዓርቢ</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>ቀዳም</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>ሰንበት</translation>
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
        <translation>ካብ {0} ክሳብ {1} ምሉእ ቁጽሪ ጸሓፉ፡ ብዘይ ነጥቢ ወይ ፋርዛ።</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <source>Choose a newcomer first (search on the left).</source>
        <translation>መጀመርያ ሓድሽ መጻኢ ምረጹ (ኣብ ጸጋም ድለዩ)።</translation>
    </message>
    <message>
        <source>This entry is already open.</source>
        <translation>እዚ ምዝገባ ድሮ ክፉት እዩ።</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>ተዓቂቡ።</translation>
    </message>
    <message>
        <source>Entry deleted. Press Ctrl+Z to undo.</source>
        <translation>ምዝገባ ተሰሪዙ። ንምምላስ Ctrl+Z ጠውቑ።</translation>
    </message>
    <message>
        <source>Entry restored.</source>
        <translation>ምዝገባ ተመሊሱ።</translation>
    </message>
    <message>
        <source>Close {0}?</source>
        <translation>{0} ይዕጾ?</translation>
    </message>
    <message>
        <source>Close the file of {0}?</source>
        <translation>ዶሴ ናይ {0} ይዕጾ?</translation>
    </message>
    <message>
        <source>Close {0}</source>
        <translation>{0} ዕጸዉ</translation>
    </message>
    <message numerus="yes">
        <source>Closing starts the retention period: %n month(s) from today, after which the app asks you to erase everything about them. You can reopen the file until then.</source>
        <translation>
            <numerusform>ምዕጻው ናይ ምዕቃብ ግዜ ይጅምር: ካብ ሎሚ %n ወርሒ፡ ድሕሪኡ እቲ app ብዛዕባኦም ዘሎ ኩሉ ክትድምስሱ ይሓተኩም። ክሳብ ሽዑ ነቲ ዶሴ ደጊምኩም ክትከፍትዎ ትኽእሉ ኢኹም።</numerusform>
            <numerusform>ምዕጻው ናይ ምዕቃብ ግዜ ይጅምር: ካብ ሎሚ %n ኣዋርሕ፡ ድሕሪኡ እቲ app ብዛዕባኦም ዘሎ ኩሉ ክትድምስሱ ይሓተኩም። ክሳብ ሽዑ ነቲ ዶሴ ደጊምኩም ክትከፍትዎ ትኽእሉ ኢኹም።</numerusform>
        </translation>
    </message>
    <message>
        <source>{0} is closed.</source>
        <translation>{0} ተዓጽዩ።</translation>
    </message>
    <message>
        <source>{0} is reopened.</source>
        <translation>{0} ደጊሙ ተኸፊቱ።</translation>
    </message>
    <message>
        <source>The backup was restored. Unlock it with its passphrase.</source>
        <translation>እቲ ቅዳሕ ውሕስና ተመሊሱ። ብሓረግ ምስጢር ናይቲ ቅዳሕ ክፈትዎ።</translation>
    </message>
    <message>
        <source>Making the automatic backup…</source>
        <translation>ኣውቶማቲክ ቅዳሕ ውሕስና ይስራሕ ኣሎ…</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Sleutelapp is already open for this data folder. Switch to that window; a second window on the same case file is not possible.</source>
        <translation>Sleutelapp ነዚ ፎልደር ሓበሬታ ድሮ ክፉት እዩ። ናብቲ መስኮት ኪዱ፤ ኣብ ሓደ ዶሴ ካልኣይ መስኮት ኣይከኣልን።</translation>
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
        <translation>እቲ ዲስክ ምሉእ እዩ፤ ዝተዓቀበ የለን። ቦታ ኣጽርዩ እሞ ደጊምኩም ፈትኑ።</translation>
    </message>
    <message>
        <source>The file could not be used: {0}</source>
        <translation>እቲ ፋይል ክጥቀመሉ ኣይተኻእለን: {0}</translation>
    </message>
</context>
<context>
    <name>instance</name>
    <message>
        <source>The disk of your data folder is full (or cannot be written): Sleutelapp opens, but cannot save changes. Free some space and start Sleutelapp again.</source>
        <translation>ዲስክ ናይ ፎልደር ሓበሬታኹም ምሉእ እዩ (ወይ ክጽሓፈሉ ኣይከኣልን): Sleutelapp ይኽፈት፡ ግን ለውጢ ክዕቅብ ኣይክእልን። ቦታ ኣጽርዩ እሞ Sleutelapp ደጊምኩም ጀምሩ።</translation>
    </message>
</context>
<context>
    <name>prompts</name>
    <message>
        <source>Cancel</source>
        <translation>ኣቋርጹ</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>ንድሕሪት</translation>
    </message>
</context>
<context>
    <name>strength</name>
    <message>
        <source>At least {0} characters; four unrelated words work well.</source>
        <translation>እንተወሓደ {0} ፊደላት፤ ኣርባዕተ ዘይተተሓሓዙ ቃላት ጽቡቕ ይሰርሑ።</translation>
    </message>
    <message>
        <source>Strength: {0}</source>
        <translation>ሓይሊ: {0}</translation>
    </message>
</context>
<context>
    <name>vocab.activity_type</name>
    <message>
        <source>Volunteering</source>
        <translation>ወለንታዊ ስራሕ</translation>
    </message>
    <message>
        <source>Language café</source>
        <translation>ካፈ ቋንቋ</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>ስራሕ</translation>
    </message>
    <message>
        <source>Internship</source>
        <translation>ልምምድ ስራሕ</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>ኮርስ</translation>
    </message>
    <message>
        <source>Sport</source>
        <translation>ስፖርት</translation>
    </message>
    <message>
        <source>Neighbourhood activity</source>
        <translation>ንጥፈት ከባቢ</translation>
    </message>
    <message>
        <source>MAP (practical part)</source>
        <translation>MAP (ግብራዊ ክፋል)</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>ካልእ</translation>
    </message>
</context>
<context>
    <name>vocab.appointment_status</name>
    <message>
        <source>Planned</source>
        <translation>ዝተሓስበ</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>ተፈጺሙ</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>ተቋሪጹ</translation>
    </message>
    <message>
        <source>No show</source>
        <translation>ኣይመጽአን</translation>
    </message>
</context>
<context>
    <name>vocab.appointment_type</name>
    <message>
        <source>GP</source>
        <translation>ሓኪም ስድራ</translation>
    </message>
    <message>
        <source>Hospital</source>
        <translation>ሆስፒታል</translation>
    </message>
    <message>
        <source>Dentist</source>
        <translation>ሓኪም ስኒ</translation>
    </message>
    <message>
        <source>Mental health care</source>
        <translation>ጥዕና ኣእምሮ (GGZ)</translation>
    </message>
    <message>
        <source>Other care</source>
        <translation>ካልእ ክንክን</translation>
    </message>
    <message>
        <source>School</source>
        <translation>ቤት ትምህርቲ</translation>
    </message>
    <message>
        <source>Language school</source>
        <translation>ቤት ትምህርቲ ቋንቋ</translation>
    </message>
    <message>
        <source>Childcare</source>
        <translation>ክንክን ህጻናት</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>ምምሕዳር (gemeente)</translation>
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
        <translation>ስራሕ</translation>
    </message>
    <message>
        <source>Housing</source>
        <translation>መንበሪ</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>ካልእ</translation>
    </message>
</context>
<context>
    <name>vocab.channel</name>
    <message>
        <source>In person</source>
        <translation>ብኣካል</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>ተሌፎን</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>መልእኽቲ</translation>
    </message>
    <message>
        <source>Video call</source>
        <translation>ቪድዮ ጻውዒት</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>ኢመይል</translation>
    </message>
</context>
<context>
    <name>vocab.consent_how</name>
    <message>
        <source>Verbal</source>
        <translation>ብቓል</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>ብፊርማ</translation>
    </message>
</context>
<context>
    <name>vocab.consent_purpose</name>
    <message>
        <source>Report for the regisseur</source>
        <translation>ጸብጻብ ንኣማሓዳሪ</translation>
    </message>
    <message>
        <source>Care appointments counted in the report</source>
        <translation>ናይ ጥዕና ቆጸራታት ኣብ ጸብጻብ ይቑጸሩ</translation>
    </message>
    <message>
        <source>Counted in anonymised summaries</source>
        <translation>ኣብ ስም ዘይብሉ ጽማቝ ይቑጸሩ</translation>
    </message>
</context>
<context>
    <name>vocab.extension_evidence</name>
    <message>
        <source>Statement from a doctor</source>
        <translation>ምስክር ወረቐት ሓኪም</translation>
    </message>
    <message>
        <source>Proof of how long it lasted</source>
        <translation>መረጋገጺ ንውሓት ሕማም</translation>
    </message>
    <message>
        <source>Proof of the family tie</source>
        <translation>መረጋገጺ ዝምድና ስድራ</translation>
    </message>
    <message>
        <source>Proof of giving care</source>
        <translation>መረጋገጺ ክንክን ምሃብ</translation>
    </message>
    <message>
        <source>Death certificate</source>
        <translation>ምስክር ወረቐት ሞት</translation>
    </message>
    <message>
        <source>Proof of enrolment</source>
        <translation>መረጋገጺ ምዝገባ ትምህርቲ</translation>
    </message>
    <message>
        <source>Overview of study results</source>
        <translation>ሓፈሻዊ መግለጺ ውጽኢት ትምህርቲ</translation>
    </message>
    <message>
        <source>Statement from the language school</source>
        <translation>ምስክር ወረቐት ቤት ትምህርቲ ቋንቋ</translation>
    </message>
    <message>
        <source>Overview of lessons attended</source>
        <translation>ዝርዝር ዝተሳተፍኩምሉ ትምህርቲ</translation>
    </message>
    <message>
        <source>Exam results</source>
        <translation>ውጽኢት ፈተናታት</translation>
    </message>
</context>
<context>
    <name>vocab.extension_reason</name>
    <message>
        <source>Own illness (over 3 months)</source>
        <translation>ናይ ገዛእ ርእሲ ሕማም (ልዕሊ 3 ኣዋርሕ)</translation>
    </message>
    <message>
        <source>Illness of a close relative</source>
        <translation>ሕማም ቀረባ ቤተሰብ</translation>
    </message>
    <message>
        <source>Death of a close relative</source>
        <translation>ሞት ቀረባ ቤተሰብ</translation>
    </message>
    <message>
        <source>A Dutch education</source>
        <translation>ትምህርቲ ኣብ ሆላንድ</translation>
    </message>
    <message>
        <source>No blame (e.g. lessons cancelled or a waiting list)</source>
        <translation>ብዘይ ጌጋ (ንኣብነት ትምህርቲ ተቋሪጹ ወይ ዝርዝር ምጽባይ)</translation>
    </message>
    <message>
        <source>Considerable effort</source>
        <translation>ብዙሕ ጻዕሪ ተገይሩ</translation>
    </message>
    <message>
        <source>Recorded earlier</source>
        <translation>ቅድሚ ሕጂ ተመዝጊቡ</translation>
    </message>
</context>
<context>
    <name>vocab.kind</name>
    <message>
        <source>Contact</source>
        <translation>ርክብ</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>ቆጸራ</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>ንጥፈት</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>መዘኻኸሪ</translation>
    </message>
    <message>
        <source>Signal</source>
        <translation>መጠንቀቕታ</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>ዕማም</translation>
    </message>
</context>
<context>
    <name>vocab.period_kind</name>
    <message>
        <source>month</source>
        <translation>ወርሒ</translation>
    </message>
    <message>
        <source>quarter</source>
        <translation>ርብዒ ዓመት</translation>
    </message>
    <message>
        <source>year</source>
        <translation>ዓመት</translation>
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
        <translation>ገና ኣይተፈልጠን</translation>
    </message>
</context>
<context>
    <name>vocab.signal_status</name>
    <message>
        <source>Open</source>
        <translation>ክፉት</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>ተፈቲሑ</translation>
    </message>
</context>
<context>
    <name>vocab.signal_theme</name>
    <message>
        <source>Childcare</source>
        <translation>ክንክን ህጻናት</translation>
    </message>
    <message>
        <source>Waiting list</source>
        <translation>ዝርዝር ምጽባይ</translation>
    </message>
    <message>
        <source>Route does not fit</source>
        <translation>መስመር ኣይሰማማዕን</translation>
    </message>
    <message>
        <source>Lessons cancelled</source>
        <translation>ትምህርቲ ተቋሪጹ</translation>
    </message>
    <message>
        <source>Travel costs</source>
        <translation>ወጻኢ መጓዓዝያ</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>ጥዕና</translation>
    </message>
    <message>
        <source>Housing</source>
        <translation>መንበሪ</translation>
    </message>
    <message>
        <source>Money</source>
        <translation>ገንዘብ</translation>
    </message>
    <message>
        <source>Work / diploma</source>
        <translation>ስራሕ / ዲፕሎማ</translation>
    </message>
    <message>
        <source>Isolation</source>
        <translation>ጽምዋ</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>ካልእ</translation>
    </message>
</context>
<context>
    <name>vocab.status</name>
    <message>
        <source>Active</source>
        <translation>ንጡፍ</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>ተዓጽዩ</translation>
    </message>
</context>
<context>
    <name>vocab.task_status</name>
    <message>
        <source>Open</source>
        <translation>ክፉት</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>ተፈጺሙ</translation>
    </message>
</context>
<context>
    <name>vocab.topic</name>
    <message>
        <source>Civic integration</source>
        <translation>ውህደት (inburgering)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>ቋንቋ</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>ስራሕ</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>ትምህርቲ</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>ጥዕና</translation>
    </message>
    <message>
        <source>Money</source>
        <translation>ገንዘብ</translation>
    </message>
    <message>
        <source>Housing</source>
        <translation>መንበሪ</translation>
    </message>
    <message>
        <source>Childcare</source>
        <translation>ክንክን ህጻናት</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>ካልእ</translation>
    </message>
</context>
<context>
    <name>vocab.wi2021_component</name>
    <message>
        <source>Language</source>
        <translation>ቋንቋ</translation>
    </message>
    <message>
        <source>Participation</source>
        <translation>ተሳትፎ</translation>
    </message>
    <message>
        <source>MAP practical part</source>
        <translation>MAP ግብራዊ ክፋል</translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>BackupInfo</name>
    <message numerus="yes">
        <source>%n newcomer(s)</source>
        <translation>
            <numerusform>%n newcomer</numerusform>
            <numerusform>%n newcomers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies)</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CandidatesModel</name>
    <message numerus="yes">
        <source>{0}, %n summary(ies)</source>
        <translation>
            <numerusform>{0}, %n summary</numerusform>
            <numerusform>{0}, %n summaries</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CaseError</name>
    <message numerus="yes">
        <source>Import refused, nothing was changed: %n problem(s) in the file.</source>
        <translation>
            <numerusform>Import refused, nothing was changed: %n problem in the file.</numerusform>
            <numerusform>Import refused, nothing was changed: %n problems in the file.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>a shown cell rests on %n newcomer(s), fewer than the smallest group ({k}).</source>
        <translation>
            <numerusform>a shown cell rests on %n newcomer, fewer than the smallest group ({k}).</numerusform>
            <numerusform>a shown cell rests on %n newcomers, fewer than the smallest group ({k}).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message numerus="yes">
        <source>Calendar written: {path} (%n item(s), {start} to {end}; recorded in the disclosure register).</source>
        <translation>
            <numerusform>Calendar written: {path} (%n item, {start} to {end}; recorded in the disclosure register).</numerusform>
            <numerusform>Calendar written: {path} (%n items, {start} to {end}; recorded in the disclosure register).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the case file has %n problem(s); make no changes and restore a backup.</source>
        <translation>
            <numerusform>the case file has %n problem; make no changes and restore a backup.</numerusform>
            <numerusform>the case file has %n problems; make no changes and restore a backup.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All is well: the case file is intact and encrypted (%n newcomer(s)).</source>
        <translation>
            <numerusform>All is well: the case file is intact and encrypted (%n newcomer).</numerusform>
            <numerusform>All is well: the case file is intact and encrypted (%n newcomers).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>To erase: {who} (%n entry(s)).</source>
        <translation>
            <numerusform>To erase: {who} (%n entry).</numerusform>
            <numerusform>To erase: {who} (%n entries).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n newcomer(s) written to {path} (not encrypted: keep the file safe; recorded in the disclosure register).</source>
        <translation>
            <numerusform>%n newcomer written to {path} (not encrypted: keep the file safe; recorded in the disclosure register).</numerusform>
            <numerusform>%n newcomers written to {path} (not encrypted: keep the file safe; recorded in the disclosure register).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Handover written: {path} (%n newcomer(s)).</source>
        <translation>
            <numerusform>Handover written: {path} (%n newcomer).</numerusform>
            <numerusform>Handover written: {path} (%n newcomers).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Inzage written: {path} (%n entry(s)), recorded as given to the newcomer.</source>
        <translation>
            <numerusform>Inzage written: {path} (%n entry), recorded as given to the newcomer.</numerusform>
            <numerusform>Inzage written: {path} (%n entries), recorded as given to the newcomer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing written: {refused} of %n file(s) refused.</source>
        <translation>
            <numerusform>Nothing written: {refused} of %n file refused.</numerusform>
            <numerusform>Nothing written: {refused} of %n files refused.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n summary(s) of {period} merged into {files}.</source>
        <translation>
            <numerusform>%n summary of {period} merged into {files}.</numerusform>
            <numerusform>%n summaries of {period} merged into {files}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n newcomer(s) closed longer than {months} months; nothing was erased.</source>
        <translation>
            <numerusform>%n newcomer closed longer than {months} months; nothing was erased.</numerusform>
            <numerusform>%n newcomers closed longer than {months} months; nothing was erased.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n newcomer(s) erased (retention {months} months).</source>
        <translation>
            <numerusform>%n newcomer erased (retention {months} months).</numerusform>
            <numerusform>%n newcomers erased (retention {months} months).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Report written: {path} (%n entry(s) included, period {start} to {end}, password-protected).</source>
        <translation>
            <numerusform>Report written: {path} (%n entry included, period {start} to {end}, password-protected).</numerusform>
            <numerusform>Report written: {path} (%n entries included, period {start} to {end}, password-protected).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Report written: {path} (%n entry(s) included, period {start} to {end}).</source>
        <translation>
            <numerusform>Report written: {path} (%n entry included, period {start} to {end}).</numerusform>
            <numerusform>Report written: {path} (%n entries included, period {start} to {end}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n report(s) written and recorded in the disclosure register, password-protected.</source>
        <translation>
            <numerusform>%n report written and recorded in the disclosure register, password-protected.</numerusform>
            <numerusform>%n reports written and recorded in the disclosure register, password-protected.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n report(s) written and recorded in the disclosure register.</source>
        <translation>
            <numerusform>%n report written and recorded in the disclosure register.</numerusform>
            <numerusform>%n reports written and recorded in the disclosure register.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Anonymised summary {period} saved to {files}: {counted} newcomers counted, {left_out} not counted (no consent), %n number(s) hidden (a number about fewer than {k} newcomers is not shown).</source>
        <translation>
            <numerusform>Anonymised summary {period} saved to {files}: {counted} newcomers counted, {left_out} not counted (no consent), %n number hidden (a number about fewer than {k} newcomers is not shown).</numerusform>
            <numerusform>Anonymised summary {period} saved to {files}: {counted} newcomers counted, {left_out} not counted (no consent), %n numbers hidden (a number about fewer than {k} newcomers is not shown).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Appointments written: {0} (%n appointment(s)), recorded as given to the newcomer.</source>
        <translation>
            <numerusform>Appointments written: {0} (%n appointment), recorded as given to the newcomer.</numerusform>
            <numerusform>Appointments written: {0} (%n appointments), recorded as given to the newcomer.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Count</name>
    <message numerus="yes">
        <source>%n newcomer(s)</source>
        <translation>
            <numerusform>%n newcomer</numerusform>
            <numerusform>%n newcomers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s)</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n problem</numerusform>
            <numerusform>%n problems</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n summary(s)</source>
        <translation>
            <numerusform>%n summary</numerusform>
            <numerusform>%n summaries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n file</numerusform>
            <numerusform>%n files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact moment(s)</source>
        <translation>
            <numerusform>%n contact moment</numerusform>
            <numerusform>%n contact moments</numerusform>
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
            <numerusform>%n consent</numerusform>
            <numerusform>%n consents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n disclosure(s)</source>
        <translation>
            <numerusform>%n disclosure</numerusform>
            <numerusform>%n disclosures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n number(s)</source>
        <translation>
            <numerusform>%n number</numerusform>
            <numerusform>%n numbers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n report(s)</source>
        <translation>
            <numerusform>%n report</numerusform>
            <numerusform>%n reports</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DueReportsDialog</name>
    <message numerus="yes">
        <source>%n of {0} report(s) ticked.</source>
        <translation>
            <numerusform>%n of {0} report ticked.</numerusform>
            <numerusform>%n of {0} reports ticked.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n report(s) saved in {0}. Each one is recorded on the Shared tab of its newcomer.</source>
        <translation>
            <numerusform>%n report saved in {0}. Each one is recorded on the Shared tab of its newcomer.</numerusform>
            <numerusform>%n reports saved in {0}. Each one is recorded on the Shared tab of its newcomer.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExtensionRequestsModel</name>
    <message numerus="yes">
        <source>Granted: %n month(s)</source>
        <translation>
            <numerusform>Granted: %n month</numerusform>
            <numerusform>Granted: %n months</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HandoverDialog</name>
    <message numerus="yes">
        <source>Your colleague takes over %n newcomer(s). Do you want to close them in your case file, or erase them for good?</source>
        <translation>
            <numerusform>Your colleague takes over %n newcomer. Do you want to close them in your case file, or erase them for good?</numerusform>
            <numerusform>Your colleague takes over %n newcomers. Do you want to close them in your case file, or erase them for good?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Erase %n newcomer(s) for good?</source>
        <translation>
            <numerusform>Erase %n newcomer for good?</numerusform>
            <numerusform>Erase %n newcomers for good?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Inzage</name>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n month</numerusform>
            <numerusform>%n months</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InzageDialog</name>
    <message numerus="yes">
        <source>%n entry(ies)</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n consent(s)</source>
        <translation>
            <numerusform>%n consent</numerusform>
            <numerusform>%n consents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>what was shared (%n time(s))</source>
        <translation>
            <numerusform>what was shared (%n time)</numerusform>
            <numerusform>what was shared (%n times)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>%n+ newcomer(s)</source>
        <translation>
            <numerusform>%n+ newcomer</numerusform>
            <numerusform>%n+ newcomers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n newcomer(s)</source>
        <translation>
            <numerusform>%n newcomer</numerusform>
            <numerusform>%n newcomers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message numerus="yes">
        <source>Overview of {0} from %n summary(ies): {1} newcomers counted.</source>
        <translation>
            <numerusform>Overview of {0} from %n summary: {1} newcomers counted.</numerusform>
            <numerusform>Overview of {0} from %n summaries: {1} newcomers counted.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) refused: not counted.</source>
        <translation>
            <numerusform>%n file refused: not counted.</numerusform>
            <numerusform>%n files refused: not counted.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NewcomerCard</name>
    <message numerus="yes">
        <source>You may always see what is written about you, have mistakes corrected and have your data erased. Your data is erased %n month(s) after your key person stops helping you. If you are not happy with how your data is handled, you can complain to the Autoriteit Persoonsgegevens.</source>
        <translation>
            <numerusform>You may always see what is written about you, have mistakes corrected and have your data erased. Your data is erased %n month after your key person stops helping you. If you are not happy with how your data is handled, you can complain to the Autoriteit Persoonsgegevens.</numerusform>
            <numerusform>You may always see what is written about you, have mistakes corrected and have your data erased. Your data is erased %n months after your key person stops helping you. If you are not happy with how your data is handled, you can complain to the Autoriteit Persoonsgegevens.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NewcomerDialog</name>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n month</numerusform>
            <numerusform>%n months</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NewcomerView</name>
    <message numerus="yes">
        <source>%n hidden by the filter</source>
        <translation>
            <numerusform>%n hidden by the filter</numerusform>
            <numerusform>%n hidden by the filter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Termijn ends {0} — %n day(s) left</source>
        <translation>
            <numerusform>Termijn ends {0} — %n day left</numerusform>
            <numerusform>Termijn ends {0} — %n days left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n month</numerusform>
            <numerusform>%n months</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReceiveDialog</name>
    <message numerus="yes">
        <source>%n newcomer(s)</source>
        <translation>
            <numerusform>%n newcomer</numerusform>
            <numerusform>%n newcomers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies)</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RegisseurReport</name>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n month</numerusform>
            <numerusform>%n months</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message numerus="yes">
        <source>Since you last closed the app: %n appointment(s)</source>
        <translation>
            <numerusform>Since you last closed the app: %n appointment</numerusform>
            <numerusform>Since you last closed the app: %n appointments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n task(s) came due. See Today and the agenda.</source>
        <translation>
            <numerusform>and %n task came due. See Today and the agenda.</numerusform>
            <numerusform>and %n tasks came due. See Today and the agenda.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message numerus="yes">
        <source>{0} of %n entry(s) go into the report.</source>
        <translation>
            <numerusform>{0} of %n entry goes into the report.</numerusform>
            <numerusform>{0} of %n entries go into the report.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SafetyDialogs</name>
    <message numerus="yes">
        <source>The case file has %n problem(s).</source>
        <translation>
            <numerusform>The case file has %n problem.</numerusform>
            <numerusform>The case file has %n problems.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n newcomer(s).</source>
        <translation>
            <numerusform>%n newcomer.</numerusform>
            <numerusform>%n newcomers.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n newcomer(s) closed more than {0} months ago: their data must be erased now.</source>
        <translation>
            <numerusform>%n newcomer closed more than {0} months ago: their data must be erased now.</numerusform>
            <numerusform>%n newcomers closed more than {0} months ago: their data must be erased now.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TodayView</name>
    <message numerus="yes">
        <source>%n more appointment(s) — press Enter to show more</source>
        <translation>
            <numerusform>%n more appointment — press Enter to show more</numerusform>
            <numerusform>%n more appointments — press Enter to show more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more task(s) — press Enter to show more</source>
        <translation>
            <numerusform>%n more task — press Enter to show more</numerusform>
            <numerusform>%n more tasks — press Enter to show more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more newcomer(s) — press Enter to show more</source>
        <translation>
            <numerusform>%n more newcomer — press Enter to show more</numerusform>
            <numerusform>%n more newcomers — press Enter to show more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more report(s) due — press Enter to make them</source>
        <translation>
            <numerusform>%n more report due — press Enter to make them</numerusform>
            <numerusform>%n more reports due — press Enter to make them</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{0} — termijn ends {1} (%n day(s) left)</source>
        <translation>
            <numerusform>{0} — termijn ends {1} (%n day left)</numerusform>
            <numerusform>{0} — termijn ends {1} (%n days left)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{0} — last contact {1} (%n day(s) ago)</source>
        <translation>
            <numerusform>{0} — last contact {1} (%n day ago)</numerusform>
            <numerusform>{0} — last contact {1} (%n days ago)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TransferCodeDialog</name>
    <message numerus="yes">
        <source>The handover file for %n newcomer(s) was written:
{0}</source>
        <translation>
            <numerusform>The handover file for %n newcomer was written:
{0}</numerusform>
            <numerusform>The handover file for %n newcomers was written:
{0}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message numerus="yes">
        <source>Closing starts the retention period: %n month(s) from today, after which the app asks you to erase everything about them. You can reopen the file until then.</source>
        <translation>
            <numerusform>Closing starts the retention period: %n month from today, after which the app asks you to erase everything about them. You can reopen the file until then.</numerusform>
            <numerusform>Closing starts the retention period: %n months from today, after which the app asks you to erase everything about them. You can reopen the file until then.</numerusform>
        </translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>CommandLine</name>
    <message numerus="yes">
        <source>Appointments written: {0} (%n appointment(s)), recorded as given to the newcomer.</source>
        <translation>
            <numerusform>Appointments written: {0} (%n appointment), recorded as given to the newcomer.</numerusform>
            <numerusform>Appointments written: {0} (%n appointments), recorded as given to the newcomer.</numerusform>
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
    <name>TodayView</name>
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

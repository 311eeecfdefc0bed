<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>AccountSwitchTexts</name>
    <message numerus="yes">
        <source>This profile holds the data of another account ({held}) with %n change(s) not sent yet, which signing in with this account ({wanted}) would lose. Sign in as that account and sync first, or use another profile for this account.</source>
        <translation>
            <numerusform>This profile holds the data of another account ({held}) with %n change not sent yet, which signing in with this account ({wanted}) would lose. Sign in as that account and sync first, or use another profile for this account.</numerusform>
            <numerusform>This profile holds the data of another account ({held}) with %n changes not sent yet, which signing in with this account ({wanted}) would lose. Sign in as that account and sync first, or use another profile for this account.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CasesPage</name>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n case</numerusform>
            <numerusform>%n cases</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message numerus="yes">
        <source>Export the %n case(s) the list shows (its search and filters).</source>
        <translation>
            <numerusform>Export the %n case the list shows (its search and filters).</numerusform>
            <numerusform>Export the %n cases the list shows (its search and filters).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Export all %n case(s).</source>
        <translation>
            <numerusform>Export the %n case.</numerusform>
            <numerusform>Export all %n cases.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Export the %n incident(s) the list shows (its search and filters).</source>
        <translation>
            <numerusform>Export the %n incident the list shows (its search and filters).</numerusform>
            <numerusform>Export the %n incidents the list shows (its search and filters).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Export all %n incident(s).</source>
        <translation>
            <numerusform>Export the %n incident.</numerusform>
            <numerusform>Export all %n incidents.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Export all %n country report(s).</source>
        <translation>
            <numerusform>Export the %n country report.</numerusform>
            <numerusform>Export all %n country reports.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n record(s) to {path}.</source>
        <translation>
            <numerusform>Exported %n record to {path}.</numerusform>
            <numerusform>Exported %n records to {path}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IncidentsPage</name>
    <message numerus="yes">
        <source>%n incident(s)</source>
        <translation>
            <numerusform>%n incident</numerusform>
            <numerusform>%n incidents</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ListTexts</name>
    <message numerus="yes">
        <source>%n record(s) with changes not saved yet.</source>
        <translation>
            <numerusform>%n record with changes not saved yet.</numerusform>
            <numerusform>%n records with changes not saved yet.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message numerus="yes">
        <source>List at least %n initiative(s) to submit</source>
        <translation>
            <numerusform>List at least %n initiative to submit</numerusform>
            <numerusform>List at least %n initiatives to submit</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportEditor</name>
    <message numerus="yes">
        <source>%n thing(s) to complete before submitting.</source>
        <translation>
            <numerusform>%n thing to complete before submitting.</numerusform>
            <numerusform>%n things to complete before submitting.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewChanges</name>
    <message numerus="yes">
        <source>%n change(s) since the return.</source>
        <translation>
            <numerusform>%n change since the return.</numerusform>
            <numerusform>%n changes since the return.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncStatusBar</name>
    <message numerus="yes">
        <source>%n new conflict(s) to resolve.</source>
        <translation>
            <numerusform>%n new conflict to resolve.</numerusform>
            <numerusform>%n new conflicts to resolve.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) to send</source>
        <translation>
            <numerusform>%n change to send</numerusform>
            <numerusform>%n changes to send</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n conflict</numerusform>
            <numerusform>%n conflicts</numerusform>
        </translation>
    </message>
</context>
</TS>

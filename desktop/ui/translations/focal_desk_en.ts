<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
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
    <name>RecordListPage</name>
    <message numerus="yes">
        <source>%n record(s) with changes not saved yet.</source>
        <translation>
            <numerusform>%n record with changes not saved yet.</numerusform>
            <numerusform>%n records with changes not saved yet.</numerusform>
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

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>cli::CliApp</name>
    <message numerus="yes">
        <source>%1: %n problem(s); nothing was imported.</source>
        <translation>
            <numerusform>%1: %n problem; nothing was imported.</numerusform>
            <numerusform>%1: %n problems; nothing was imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote the history log of %1 (%n entries) to %2.</source>
        <translation>
            <numerusform>Wrote the history log of %1 (%n entry) to %2.</numerusform>
            <numerusform>Wrote the history log of %1 (%n entries) to %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n standard(s) rely on it:</source>
        <translation>
            <numerusform>%n standard relies on it:</numerusform>
            <numerusform>%n standards rely on it:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>core::HistoryDemo</name>
    <message numerus="yes">
        <source>%n history log entries</source>
        <translation>
            <numerusform>%n history log entry</numerusform>
            <numerusform>%n history log entries</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>core::HistoryText</name>
    <message numerus="yes">
        <source>%n group(s)</source>
        <translation>
            <numerusform>%n group</numerusform>
            <numerusform>%n groups</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ui::HistoryEventDialog</name>
    <message numerus="yes">
        <source>%n groups</source>
        <translation>
            <numerusform>%n group</numerusform>
            <numerusform>%n groups</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ui::HistoryPage</name>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt; %2 — %3&lt;br&gt;%4, valid %5 to %6, person in charge: %7, %n entries</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; %2 — %3&lt;br&gt;%4, valid %5 to %6, person in charge: %7, %n entry</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; %2 — %3&lt;br&gt;%4, valid %5 to %6, person in charge: %7, %n entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n standard(s) rely on it; double-click a row to open its history log.</source>
        <translation>
            <numerusform>%n standard relies on it; double-click a row to open its history log.</numerusform>
            <numerusform>%n standards rely on it; double-click a row to open its history log.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ui::ImportDialog</name>
    <message numerus="yes">
        <source>Nothing was imported: the file has %n problem(s). Correct them and import again.</source>
        <translation>
            <numerusform>Nothing was imported: the file has %n problem. Correct it and import again.</numerusform>
            <numerusform>Nothing was imported: the file has %n problems. Correct them and import again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ui::labels</name>
    <message numerus="yes">
        <source>expired %n day(s) ago</source>
        <translation>
            <numerusform>expired %n day ago</numerusform>
            <numerusform>expired %n days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>expires in %n day(s)</source>
        <translation>
            <numerusform>expires in %n day</numerusform>
            <numerusform>expires in %n days</numerusform>
        </translation>
    </message>
</context>
</TS>

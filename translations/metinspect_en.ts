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
</context>
<context>
    <name>ui::ExchangePage</name>
    <message numerus="yes">
        <source>Merging %n package(s)…</source>
        <translation>
            <numerusform>Merging %n package…</numerusform>
            <numerusform>Merging %n packages…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n package(s) refused</source>
        <translation>
            <numerusform>%n package refused</numerusform>
            <numerusform>%n packages refused</numerusform>
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

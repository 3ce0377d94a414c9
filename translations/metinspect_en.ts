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
    <name>core::Backup</name>
    <message numerus="yes">
        <source>the audit trail of the backup %1 does not verify (%n problem(s)); first: %2</source>
        <translation>
            <numerusform>the audit trail of the backup %1 does not verify (%n problem); first: %2</numerusform>
            <numerusform>the audit trail of the backup %1 does not verify (%n problems); first: %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>core::SqlAccountStore</name>
    <message numerus="yes">
        <source>too many failed logins for &apos;%1&apos;: try again in %n second(s)</source>
        <translation>
            <numerusform>too many failed logins for &apos;%1&apos;: try again in %n second</numerusform>
            <numerusform>too many failed logins for &apos;%1&apos;: try again in %n seconds</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ui::AccountsPage</name>
    <message numerus="yes">
        <source>%n attached file(s) were missing or altered and are not in it.</source>
        <translation>
            <numerusform>%n attached file was missing or altered and is not in it.</numerusform>
            <numerusform>%n attached files were missing or altered and are not in it.</numerusform>
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
    <name>ui::LoginDialog</name>
    <message numerus="yes">
        <source>Too many failed attempts: try again in %n second(s).</source>
        <translation>
            <numerusform>Too many failed attempts: try again in %n second.</numerusform>
            <numerusform>Too many failed attempts: try again in %n seconds.</numerusform>
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

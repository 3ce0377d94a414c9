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
    <name>core::RiskAssessment</name>
    <message numerus="yes">
        <source>%n failed rectifications</source>
        <translation>
            <numerusform>%n failed rectification</numerusform>
            <numerusform>%n failed rectifications</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n enforcement cases filed</source>
        <translation>
            <numerusform>%n enforcement case filed</numerusform>
            <numerusform>%n enforcement cases filed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n complaints in the last %1 years</source>
        <translation>
            <numerusform>%n complaint in the last %1 years</numerusform>
            <numerusform>%n complaints in the last %1 years</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rectification items overdue</source>
        <translation>
            <numerusform>%n rectification item overdue</numerusform>
            <numerusform>%n rectification items overdue</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>print::RectificationDocuments</name>
    <message numerus="yes">
        <source>%n items of the unit are not closed yet (the first: “%1”, %2); the confirmation is printed once every item is closed</source>
        <translation>
            <numerusform>%n item of the unit is not closed yet (“%1”, %2); the confirmation is printed once every item is closed</numerusform>
            <numerusform>%n items of the unit are not closed yet (the first: “%1”, %2); the confirmation is printed once every item is closed</numerusform>
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
    <name>ui::RectificationDashboard</name>
    <message numerus="yes">
        <source>Overdue: %n items (double-click to open)</source>
        <translation>
            <numerusform>Overdue: %n item (double-click to open)</numerusform>
            <numerusform>Overdue: %n items (double-click to open)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ui::RectificationHtml</name>
    <message numerus="yes">
        <source>overdue by %n days</source>
        <translation>
            <numerusform>overdue by %n day</numerusform>
            <numerusform>overdue by %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ui::RectificationTableModel</name>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ui::RectificationUnitsTab</name>
    <message numerus="yes">
        <source>Close (销号) the %n confirmed items of this unit?</source>
        <translation>
            <numerusform>Close (销号) the %n confirmed item of this unit?</numerusform>
            <numerusform>Close (销号) the %n confirmed items of this unit?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ui::RiskTab</name>
    <message numerus="yes">
        <source>%n units</source>
        <translation>
            <numerusform>%n unit</numerusform>
            <numerusform>%n units</numerusform>
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

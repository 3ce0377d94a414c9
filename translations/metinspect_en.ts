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
        <source>%1: %n table(s)</source>
        <translation>
            <numerusform>%1: %n table</numerusform>
            <numerusform>%1: %n tables</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n marked as copy (副本)</source>
        <translation>
            <numerusform>, %n marked as copy (副本)</numerusform>
            <numerusform>, %n marked as copies (副本)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n not signed (草稿)</source>
        <translation>
            <numerusform>, %n not signed (草稿)</numerusform>
            <numerusform>, %n not signed (草稿)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>note: %n signature image(s) and evidence file(s) belong beside the JSON; give --out FILE.json to write them</source>
        <translation>
            <numerusform>note: %n signature image or evidence file belongs beside the JSON; give --out FILE.json to write it</numerusform>
            <numerusform>note: %n signature images and evidence files belong beside the JSON; give --out FILE.json to write them</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: the record and %n file(s) beside it</source>
        <translation>
            <numerusform>%1: the record and %n file beside it</numerusform>
            <numerusform>%1: the record and %n files beside it</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>confirmed: %n drawn team(s) re-derived from their seeds.</source>
        <translation>
            <numerusform>confirmed: %n drawn team re-derived from its seed.</numerusform>
            <numerusform>confirmed: %n drawn teams re-derived from their seeds.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>NOT CONFIRMED: %1 of %n drawn team(s) differ.</source>
        <translation>
            <numerusform>NOT CONFIRMED: %1 of %n drawn team differs.</numerusform>
            <numerusform>NOT CONFIRMED: %1 of %n drawn teams differ.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>NOT CONFIRMED: %n difference(s) found.</source>
        <translation>
            <numerusform>NOT CONFIRMED: %n difference found.</numerusform>
            <numerusform>NOT CONFIRMED: %n differences found.</numerusform>
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
    <name>core::CampaignStatus</name>
    <message numerus="yes">
        <source>Sampled: %1 units, %2 standards, %3 lower bureaus (latest of %n draw(s), seed &apos;%4&apos;)</source>
        <translation>
            <numerusform>Sampled: %1 units, %2 standards, %3 lower bureaus (latest of %n draw, seed &apos;%4&apos;)</numerusform>
            <numerusform>Sampled: %1 units, %2 standards, %3 lower bureaus (latest of %n draws, seed &apos;%4&apos;)</numerusform>
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
    <name>core::InspectionRules</name>
    <message numerus="yes">
        <source>%n item(s) not answered: %1</source>
        <translation>
            <numerusform>%n item not answered: %1</numerusform>
            <numerusform>%n items not answered: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) with a defect or nonconformity but no finding: %1</source>
        <translation>
            <numerusform>%n item with a defect or nonconformity but no finding: %1</numerusform>
            <numerusform>%n items with a defect or nonconformity but no finding: %1</numerusform>
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
    <name>core::SqlInspectionStore</name>
    <message numerus="yes">
        <source>%n inspection record(s) refer to it; inspection records are kept, so it cannot be removed</source>
        <translation>
            <numerusform>%n inspection record refers to it; inspection records are kept, so it cannot be removed</numerusform>
            <numerusform>%n inspection records refer to it; inspection records are kept, so it cannot be removed</numerusform>
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
    <name>ui::EvidencePanel</name>
    <message numerus="yes">
        <source>%n file(s) of evidence for this item.</source>
        <translation>
            <numerusform>%n file of evidence for this item.</numerusform>
            <numerusform>%n files of evidence for this item.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new photo(s) added to item %1.</source>
        <translation>
            <numerusform>%n new photo added to item %1.</numerusform>
            <numerusform>%n new photos added to item %1.</numerusform>
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
    <name>ui::InspectionEditor</name>
    <message numerus="yes">
        <source>%n text(s) typed before the program stopped were recovered.</source>
        <translation>
            <numerusform>%n text typed before the program stopped was recovered.</numerusform>
            <numerusform>%n texts typed before the program stopped were recovered.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Printed %n time(s)</source>
        <translation>
            <numerusform>Printed %n time</numerusform>
            <numerusform>Printed %n times</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ui::InspectionPage</name>
    <message numerus="yes">
        <source>%n entries, newest first; the History log area shows them all.</source>
        <translation>
            <numerusform>%n entry; the History log area shows it in full.</numerusform>
            <numerusform>%n entries, newest first; the History log area shows them all.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ui::InspectionPrinting</name>
    <message numerus="yes">
        <source>Print preview — %n table(s)</source>
        <translation>
            <numerusform>Print preview — %n table</numerusform>
            <numerusform>Print preview — %n tables</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Printing %n table(s)…</source>
        <translation>
            <numerusform>Printing %n table…</numerusform>
            <numerusform>Printing %n tables…</numerusform>
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
    <name>ui::PlanTab</name>
    <message numerus="yes">
        <source>%n team(s) include someone who declared a conflict of interest.</source>
        <translation>
            <numerusform>%n team includes someone who declared a conflict of interest.</numerusform>
            <numerusform>%n teams include someone who declared a conflict of interest.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies) added from the latest draw.</source>
        <translation>
            <numerusform>%n entry added from the latest draw.</numerusform>
            <numerusform>%n entries added from the latest draw.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Teams drawn for %n entry(ies) with the seed %1.</source>
        <translation>
            <numerusform>Team drawn for %n entry with the seed %1.</numerusform>
            <numerusform>Teams drawn for %n entries with the seed %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n drawn team(s) confirmed</source>
        <translation>
            <numerusform>%n drawn team confirmed</numerusform>
            <numerusform>%n drawn teams confirmed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n drawn team(s) differ</source>
        <translation>
            <numerusform>%1 of %n drawn team differs</numerusform>
            <numerusform>%1 of %n drawn teams differ</numerusform>
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
    <name>ui::ReverifyWizard</name>
    <message numerus="yes">
        <source>%n instruments in the plan; %1 will be drawn (%2 %).</source>
        <translation>
            <numerusform>%n instrument in the plan; %1 will be drawn (%2 %).</numerusform>
            <numerusform>%n instruments in the plan; %1 will be drawn (%2 %).</numerusform>
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
    <name>ui::SamplingTab</name>
    <message numerus="yes">
        <source>%n draw(s); the latest one counts and the plan is made from it.</source>
        <translation>
            <numerusform>%n draw; the plan is made from it.</numerusform>
            <numerusform>%n draws; the latest one counts and the plan is made from it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ui::SelfInspectionModel</name>
    <message numerus="yes">
        <source>missing, %n day(s) overdue</source>
        <translation>
            <numerusform>missing, %n day overdue</numerusform>
            <numerusform>missing, %n days overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>missing, due in %n day(s)</source>
        <translation>
            <numerusform>missing, due in %n day</numerusform>
            <numerusform>missing, due in %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ui::SelfInspectionTab</name>
    <message numerus="yes">
        <source>Reminder: %n report(s) past the due day are missing: %1</source>
        <translation>
            <numerusform>Reminder: %n report past the due day is missing: %1</numerusform>
            <numerusform>Reminder: %n reports past the due day are missing: %1</numerusform>
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

#include "inspectiontable.h"

#include "htmltemplate.h"
#include "inspection/pngwriter.h"

namespace print {

namespace {
using Values = QHash<QString, QString>;

QString chineseNumber(int n)
{
    static const QStringList kDigits = {QStringLiteral("一"), QStringLiteral("二"), QStringLiteral("三"),
                                        QStringLiteral("四"), QStringLiteral("五"), QStringLiteral("六"),
                                        QStringLiteral("七"), QStringLiteral("八"), QStringLiteral("九"),
                                        QStringLiteral("十")};
    if (n >= 1 && n <= 10)
        return kDigits[n - 1];
    if (n > 10 && n < 20)
        return QStringLiteral("十") + kDigits[n - 11];
    return QString::number(n);
}

QString date(QDate d)
{
    return d.isValid() ? d.toString(QStringLiteral("yyyy年M月d日")) : QString();
}

QString imageTag(const QByteArray &png, int height)
{
    const auto [w, h] = core::pngSize(png);
    const int width = h > 0 ? std::min(190, w * height / h) : height * 3;
    return QStringLiteral("<img src=\"data:image/png;base64,") + QString::fromLatin1(png.toBase64()) +
           QStringLiteral("\" width=\"%1\" height=\"%2\">").arg(width).arg(height);
}

QString teamText(const core::ChecklistTemplate &t, const QList<core::TeamMember> &team)
{
    QStringList parts;
    for (const core::TeamMember &m : team) {
        const core::TemplateSigner *role = t.signer(m.role);
        QStringList about;
        if (role)
            about << role->label;
        if (!m.position.isEmpty())
            about << m.position;
        parts << (about.isEmpty() ? m.name : m.name + u'（' + about.join(u'，') + u'）');
    }
    return parts.join(u'、');
}
} // namespace

QString InspectionTable::footer(const core::InspectionPrintData &data)
{
    // The first 8 digits of the record id (the command line accepts them); the whole id and hash close the
    // table's last page.
    QString text = QStringLiteral("记录编号 ") + data.recordId().left(8) +
                   QStringLiteral(" · 第%1版").arg(data.content.revisionNo);
    if (data.isSigned)
        text += QStringLiteral(" · SHA-256 ") + data.shortHash();
    else
        text += QStringLiteral(" · 未签字");
    return text;
}

core::Result<PrintJob> InspectionTable::job(const core::InspectionPrintData &data)
{
    // Read and split once: a batch prints a hundred tables from the same layout.
    static const core::Result<HtmlTemplate> layout = HtmlTemplate::load(QString::fromLatin1(kLayout));
    if (!layout)
        return layout.error();
    const HtmlTemplate &html = *layout;
    const core::ChecklistTemplate &t = data.tmpl;
    const core::InspectionContent &c = data.content;

    // Header grid: the record's own fields first, then the template's, two to a row unless long.
    QList<std::pair<QString, QString>> fields = {{QStringLiteral("检查日期"), date(c.date)},
                                                 {QStringLiteral("检查地点"), c.place}};
    QStringList changes;
    for (const core::TemplateHeaderField &f : t.header) {
        QString value = c.header.value(f.key).toString();
        if (c.headerRegistry.contains(f.key) && c.headerRegistry.value(f.key).toString() != value) {
            const QString registry = c.headerRegistry.value(f.key).toString();
            changes << f.label + QStringLiteral("（登记册：") +
                           (registry.isEmpty() ? QStringLiteral("空") : registry) + u'）';
            value += QStringLiteral(" *");
        }
        fields.append({f.label, value});
    }
    QString headerRows;
    auto isWide = [](const std::pair<QString, QString> &f) {
        return f.first.size() > 10 || f.second.size() > 24;
    };
    for (qsizetype n = 0; n < fields.size(); ++n) {
        if (isWide(fields[n]) || n + 1 >= fields.size() || isWide(fields[n + 1])) {
            headerRows +=
                html.fill(QStringLiteral("header_wide_row"), {{QStringLiteral("label"), fields[n].first},
                                                              {QStringLiteral("value"), fields[n].second}});
            continue;
        }
        headerRows +=
            html.fill(QStringLiteral("header_row"), {{QStringLiteral("label1"), fields[n].first},
                                                     {QStringLiteral("value1"), fields[n].second},
                                                     {QStringLiteral("label2"), fields[n + 1].first},
                                                     {QStringLiteral("value2"), fields[n + 1].second}});
        ++n;
    }
    headerRows +=
        html.fill(QStringLiteral("header_wide_row"), {{QStringLiteral("label"), QStringLiteral("检查组成员")},
                                                      {QStringLiteral("value"), teamText(t, c.team)}});

    // The items by group, the verdict marked in its column.
    const int verdictWidth = 6;
    QString verdictHeads;
    for (const core::TemplateVerdict &v : t.verdicts)
        verdictHeads += html.fill(
            QStringLiteral("verdict_head"),
            {{QStringLiteral("width"), QString::number(verdictWidth)}, {QStringLiteral("label"), v.label}});
    const int columns = 3 + static_cast<int>(t.verdicts.size());
    QString itemRows;
    int groupNo = 0;
    struct Problem
    {
        const core::TemplateItem *item;
        const core::TemplateVerdict *verdict;
        const core::ContentAnswer *answer;
    };
    QList<Problem> problems;
    for (const core::TemplateGroup &g : t.groups) {
        itemRows +=
            html.fill(QStringLiteral("group_row"), {{QStringLiteral("columns"), QString::number(columns)},
                                                    {QStringLiteral("number"), chineseNumber(++groupNo)},
                                                    {QStringLiteral("title"), g.title}});
        for (const core::TemplateItem &item : g.items) {
            const core::ContentAnswer *a = c.answer(item.id);
            QString cells;
            for (const core::TemplateVerdict &v : t.verdicts)
                cells += html.fill(
                    QStringLiteral("verdict_cell"),
                    {{QStringLiteral("mark"), a && a->verdict == v.key ? QStringLiteral("√") : QString()}});
            QStringList remarks;
            if (a && !a->finding.isEmpty())
                remarks << escape(a->finding);
            if (a && !a->clause.isEmpty())
                remarks << QStringLiteral("依据：") + escape(a->clause);
            if (a && !a->evidence.isEmpty())
                remarks << escape(QStringLiteral("证据 %1 份").arg(a->evidence.size()));
            itemRows += html.fill(QStringLiteral("item_row"),
                                  {{QStringLiteral("id"), item.id},
                                   {QStringLiteral("key"), item.key ? QStringLiteral("★ ") : QString()},
                                   {QStringLiteral("text"), item.text}},
                                  {{QStringLiteral("verdict_cells"), cells},
                                   {QStringLiteral("remarks"), remarks.join(QStringLiteral("<br>"))}});
            if (a)
                if (const core::TemplateVerdict *v = t.verdict(a->verdict); v && !v->rectification.isEmpty())
                    problems.append({&item, v, a});
        }
    }

    QString measurements;
    if (t.measurements && !c.measurements.isEmpty()) {
        QString rows;
        for (const core::ContentMeasurement &m : c.measurements)
            rows += html.fill(
                QStringLiteral("measurement_row"),
                {{QStringLiteral("kind"), core::InspectionVocabulary::measurementKindChinese(m.kind)},
                 {QStringLiteral("item"), m.itemId},
                 {QStringLiteral("quantity"), m.quantity},
                 {QStringLiteral("reference"), m.reference},
                 {QStringLiteral("measured"), m.measured},
                 {QStringLiteral("limit"), m.limit},
                 {QStringLiteral("result"), m.result == u"pass"   ? QStringLiteral("合格")
                                            : m.result == u"fail" ? QStringLiteral("不合格")
                                                                  : QString()}});
        measurements = html.fill(QStringLiteral("measurements"), {}, {{QStringLiteral("rows"), rows}});
    }

    int heading = 1;
    QString findings;
    if (!problems.isEmpty()) {
        ++heading;
        QString rows;
        QHash<QString, int> counts;
        int number = 0;
        for (const Problem &p : problems) {
            ++counts[p.verdict->label];
            rows += html.fill(
                QStringLiteral("finding_row"),
                {{QStringLiteral("number"), QString::number(++number)},
                 {QStringLiteral("item"), p.item->id},
                 {QStringLiteral("severity"), p.verdict->label},
                 {QStringLiteral("text"), p.answer->finding},
                 {QStringLiteral("clause"), p.answer->clause.isEmpty() ? p.item->clause : p.answer->clause},
                 {QStringLiteral("evidence"), p.answer->evidence.isEmpty()
                                                  ? QString()
                                                  : QStringLiteral("%1 份").arg(p.answer->evidence.size())}});
        }
        QStringList summary;
        for (const core::TemplateVerdict &v : t.verdicts)
            if (counts.contains(v.label))
                summary << QStringLiteral("%1项 %2 项").arg(v.label).arg(counts.value(v.label));
        findings = html.fill(QStringLiteral("findings"),
                             {{QStringLiteral("summary"), summary.join(QStringLiteral("，"))}},
                             {{QStringLiteral("rows"), rows}});
    }

    QStringList options;
    for (const core::TemplateConclusion &k : t.conclusions)
        options << (k.key == c.conclusion ? QStringLiteral("■ ") : QStringLiteral("□ ")) + escape(k.label);
    QString conclusionRows;
    if (!c.conclusionNote.isEmpty())
        conclusionRows +=
            html.fill(QStringLiteral("conclusion_row"), {{QStringLiteral("label"), QStringLiteral("说明：")},
                                                         {QStringLiteral("value"), c.conclusionNote}});
    if (!problems.isEmpty() && c.rectificationDeadline.isValid())
        conclusionRows += html.fill(QStringLiteral("conclusion_row"),
                                    {{QStringLiteral("label"), QStringLiteral("整改期限：")},
                                     {QStringLiteral("value"), date(c.rectificationDeadline)}});
    const QString amendment = c.revisionNo > 1
                                  ? html.fill(QStringLiteral("amendment"),
                                              {{QStringLiteral("revision"), QString::number(c.revisionNo)},
                                               {QStringLiteral("reason"), c.amendmentReason}})
                                  : QString();

    // Signatures: the drawn images of a signed table, or empty lines for the signers a draft needs.
    QString signatureRows;
    const int imageHeight = 48;
    if (data.isSigned) {
        for (const core::PrintedSignature &s : data.signatures) {
            // The electronic signature under the drawn one: whose password, when, and the start of the
            // digest that binds it to the record's hash.
            const core::InspectionSignature &sig = s.signature;
            const QString esign =
                sig.electronic() ? html.fill(QStringLiteral("esign"),
                                             {{QStringLiteral("what"), sig.meaning == u"unit_responsible"
                                                                           ? QStringLiteral("见证")
                                                                           : QStringLiteral("电子签名")},
                                              {QStringLiteral("account"), sig.accountName},
                                              {QStringLiteral("at"),
                                               sig.confirmedAt.toLocalTime().toString(u"yyyy-MM-dd HH:mm")},
                                              {QStringLiteral("digest"), sig.confirmationDigest.left(8)}})
                                 : QString();
            signatureRows += html.fill(
                QStringLiteral("signature_row"),
                {{QStringLiteral("role"), sig.roleLabel},
                 {QStringLiteral("height"), QString::number(imageHeight + 6)},
                 {QStringLiteral("name"), sig.name},
                 {QStringLiteral("position"), sig.title},
                 {QStringLiteral("date"), date(sig.signedOn)}},
                {{QStringLiteral("image"), imageTag(s.png, imageHeight)}, {QStringLiteral("esign"), esign}});
        }
    } else {
        for (const core::TemplateSigner &role : t.signers) {
            int shown = 0;
            for (const core::TeamMember &m : c.team)
                if (m.role == role.role) {
                    ++shown;
                    signatureRows += html.fill(QStringLiteral("signature_row"),
                                               {{QStringLiteral("role"), role.label},
                                                {QStringLiteral("height"), QString::number(imageHeight + 6)},
                                                {QStringLiteral("name"), m.name},
                                                {QStringLiteral("position"), m.position}});
                }
            for (; shown < role.minimum; ++shown)
                signatureRows += html.fill(QStringLiteral("signature_row"),
                                           {{QStringLiteral("role"), role.label},
                                            {QStringLiteral("height"), QString::number(imageHeight + 6)}});
        }
    }

    const QString draftNote =
        t.draft ? html.fill(QStringLiteral("draft_note"), {{QStringLiteral("note"), t.draftNote}})
                : QString();
    const QString headerChanges =
        changes.isEmpty()
            ? QString()
            : html.fill(QStringLiteral("header_changes"), {{QStringLiteral("changes"), changes.join(u'；')}});
    const int remarksWidth = 22;
    const int contentWidth = 100 - 6 - remarksWidth - verdictWidth * static_cast<int>(t.verdicts.size());
    const QString document = html.fill(
        QStringLiteral("document"),
        {{QStringLiteral("title"), t.title},
         {QStringLiteral("basis"), t.basis},
         {QStringLiteral("revision"), QString::number(c.revisionNo)},
         {QStringLiteral("content_width"), QString::number(contentWidth)},
         {QStringLiteral("remarks_width"), QString::number(remarksWidth)},
         {QStringLiteral("conclusion_heading"), chineseNumber(++heading) + QStringLiteral("、检查结论")},
         {QStringLiteral("signature_heading"), chineseNumber(++heading) + QStringLiteral("、签字")},
         {QStringLiteral("record_id"), data.recordId()},
         {QStringLiteral("sha256"), data.isSigned ? data.contentSha256 : QStringLiteral("（未签字）")}},
        {{QStringLiteral("draft_note"), draftNote},
         {QStringLiteral("header_rows"), headerRows},
         {QStringLiteral("header_changes"), headerChanges},
         {QStringLiteral("verdict_heads"), verdictHeads},
         {QStringLiteral("item_rows"), itemRows},
         {QStringLiteral("measurements"), measurements},
         {QStringLiteral("findings"), findings},
         {QStringLiteral("conclusion_options"), options.join(QStringLiteral("　　"))},
         {QStringLiteral("conclusion_rows"), conclusionRows},
         {QStringLiteral("amendment"), amendment},
         {QStringLiteral("signature_rows"), signatureRows}});

    PrintJob job;
    job.title = t.title;
    job.html = document;
    job.footer = footer(data);
    job.mark = data.mark;
    return job;
}

core::Status InspectionTable::writePdf(const QList<core::InspectionPrintData> &tables, const QString &path)
{
    QList<PrintJob> jobs;
    for (const core::InspectionPrintData &d : tables) {
        auto j = job(d);
        if (!j)
            return j.error();
        jobs << *j;
    }
    return DocumentPrinter::writePdf(jobs, path);
}

} // namespace print

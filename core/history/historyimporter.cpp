#include "historyimporter.h"

#include "assessment.h"
#include "audit/auditentry.h"
#include "calendar.h"
#include "historystore.h"
#include "historytext.h"
#include "historyvocabulary.h"
#include "readingsfile.h"
#include "storage/repository.h"

#include <QCryptographicHash>
#include <QRegularExpression>
#include <QSet>

#include <cstring>
#include <future>

using namespace Qt::StringLiterals;

namespace core {

namespace {

std::optional<double> number(const QString &text)
{
    return ReadingsFile::number(text);
}

std::optional<bool> yesNo(const QString &text)
{
    const QString t = text.trimmed().toLower();
    for (const char *yes : {"yes", "y", "true", "1", "是", "满足", "符合", "合格"})
        if (t == QString::fromUtf8(yes))
            return true;
    for (const char *no : {"no", "n", "false", "0", "否", "不满足", "不符合", "不合格"})
        if (t == QString::fromUtf8(no))
            return false;
    return std::nullopt;
}

/// A standard's instrument by serial number or name; the text shares the record's string.
using JoinKey = std::pair<QUuid, QString>;
JoinKey joinKey(const QUuid &standard, const QString &text)
{
    return {standard, text};
}

/// One data row being read: its values by field key and the issues found in it.
class Row
{
public:
    Row(const ImportColumns &columns, const CsvRecord &record, const QString &file,
        QList<ImportIssue> &issues)
        : m_columns(columns), m_record(record), m_file(file), m_issues(issues)
    {}

    int line() const { return m_record.line; }
    bool failed() const { return m_failed; }
    bool has(const QString &key) const { return m_columns.has(key); }
    QString value(const QString &key) const
    {
        const int i = m_columns.index(key);
        return i >= 0 && i < m_record.fields.size() ? m_record.fields.at(i).trimmed() : QString();
    }
    void issue(const QString &key, const QString &message)
    {
        m_failed = true;
        m_issues.append({m_file, line(), key.isEmpty() ? QString() : m_columns.header(key), message});
    }
    QString required(const QString &key)
    {
        const QString v = value(key);
        if (v.isEmpty())
            issue(key, HistoryImporter::tr("a value is required here"));
        return v;
    }
    QDate date(const QString &key)
    {
        const QString v = value(key);
        if (v.isEmpty())
            return {};
        // YYYY-MM-DD without the general parser: most dates of a large file are written so.
        if (v.size() == 10 && v[4] == u'-' && v[7] == u'-') {
            const auto digits = [&](int from, int n) {
                int out = 0;
                for (int i = from; i < from + n; ++i) {
                    const char16_t c = v[i].unicode();
                    if (c < u'0' || c > u'9')
                        return -1;
                    out = out * 10 + (c - u'0');
                }
                return out;
            };
            const int y = digits(0, 4), m = digits(5, 2), d = digits(8, 2);
            if (y >= 1900 && y <= 2200 && QDate::isValid(y, m, d))
                return QDate(y, m, d);
        }
        const auto d = calendar::parseDate(v);
        if (!d)
            issue(key, HistoryImporter::tr("'%1' is not a possible date (write dates as YYYY-MM-DD)").arg(v));
        return d.value_or(QDate());
    }
    std::optional<double> number(const QString &key)
    {
        const QString v = value(key);
        if (v.isEmpty())
            return std::nullopt;
        const auto n = core::number(v);
        if (!n)
            issue(key, HistoryImporter::tr("'%1' is not a number").arg(v));
        return n;
    }
    QList<double> numbers(const QString &key, QStringView text)
    {
        QList<double> out;
        const auto separator = [](QChar c) {
            return c.isSpace() || c == u',' || c == u';' || c == u'，' || c == u'；' || c == u'、';
        };
        for (qsizetype i = 0; i < text.size();) {
            while (i < text.size() && separator(text[i]))
                ++i;
            qsizetype j = i;
            while (j < text.size() && !separator(text[j]))
                ++j;
            if (j == i)
                break;
            const QString part = text.sliced(i, j - i).toString();
            i = j;
            const auto n = core::number(part);
            if (!n) {
                issue(key, HistoryImporter::tr("'%1' is not a number (separate readings with spaces or ;)")
                               .arg(part));
                return {};
            }
            out << *n;
        }
        return out;
    }
    std::optional<bool> flag(const QString &key)
    {
        const QString v = value(key);
        if (v.isEmpty())
            return std::nullopt;
        const auto b = yesNo(v);
        if (!b)
            issue(key, HistoryImporter::tr("'%1' is neither yes nor no (是/否)").arg(v));
        return b;
    }

private:
    const ImportColumns &m_columns;
    const CsvRecord &m_record;
    const QString &m_file;
    QList<ImportIssue> &m_issues;
    bool m_failed = false;
};

/// The CSV column an event field's error is about.
QString columnOf(const QString &where, HistoryEventType type, const ImportColumns &columns)
{
    if (where == u"standard")
        return u"standard_certificate_no"_s;
    if (where == u"equipment")
        return columns.has(u"equipment_serial"_s) || !columns.has(u"equipment_name"_s) ? u"equipment_serial"_s
                                                                                       : u"equipment_name"_s;
    if (where == u"certificate_no")
        return type == HistoryEventType::Traceability ? u"trace_certificate_no"_s
                                                      : u"examination_certificate_no"_s;
    if (where == u"until")
        return u"valid_until"_s;
    if (where == u"outcome")
        return u"result"_s;
    if (where == u"reevaluated")
        return u"reevaluated_uncertainty"_s;
    return where;
}

} // namespace

/// The standards and instruments rows refer to.
/// Of a standard, what a row is matched by.
struct HistoryImporter::StandardRef
{
    QUuid uuid;
    QString certificateNo;
};

/// The registry as far as rows name it (a province holds about 40,000 standards and 75,000 instruments).
struct HistoryImporter::Registry
{
    /// Of an instrument, what a replacement row is compared with.
    struct EquipmentRef
    {
        QString name;
        QString measuringRange;
        QString accuracy;
    };
    QList<StandardRef> standards;
    QHash<QString, const StandardRef *> byCertificate;
    QHash<JoinKey, QUuid> bySerial; ///< standard + serial -> instrument
    QHash<JoinKey, QUuid> byName;   ///< standard + name -> instrument (when the name is unique)
    QHash<QUuid, EquipmentRef> byUuid;
};

QStringList HistoryImporter::header()
{
    QStringList keys;
    for (const ImportField &f : fields())
        keys << f.key;
    return keys;
}

QStringList HistoryImporter::row(const HistoryEvent &e, const QString &certificateNo,
                                 const QString &equipmentSerial)
{
    using T = HistoryEventType;
    QHash<QString, QString> v;
    v.insert(u"standard_certificate_no"_s, certificateNo);
    v.insert(u"type"_s, vocab::key(e.type));
    v.insert(u"date"_s, calendar::isoDate(e.date));
    v.insert(u"recorded_by"_s, e.recordedBy);
    v.insert(u"note"_s, e.note);
    if (!e.equipment.isNull())
        v.insert(u"equipment_serial"_s,
                 e.type == T::Traceability || e.type == T::Replacement ? e.serialNo : equipmentSerial);
    switch (e.type) {
    case T::Examination:
    case T::ReExamination:
        v.insert(u"examination_certificate_no"_s, e.certificateNo);
        v.insert(u"valid_from"_s, calendar::isoDate(e.validFrom));
        v.insert(u"valid_until"_s, calendar::isoDate(e.until));
        break;
    case T::Traceability:
        v.insert(u"institution"_s, e.institution);
        v.insert(u"trace_certificate_no"_s, e.certificateNo);
        v.insert(u"result"_s, vocab::key(e.outcome));
        v.insert(u"valid_until"_s, calendar::isoDate(e.until));
        break;
    case T::Repeatability: {
        const RepeatabilityData &d = e.repeatability;
        v.insert(u"parameter"_s, e.parameter);
        v.insert(u"readings"_s, HistoryText::numbers(d.readings));
        v.insert(u"reference"_s, HistoryText::number(d.reference));
        v.insert(u"reduced_reason"_s, d.reducedReason);
        if (d.reevaluated) {
            v.insert(u"reevaluated_uncertainty"_s, d.reevaluatedUncertainty);
            v.insert(u"meets_requirement"_s, d.meetsRequirement ? u"yes"_s : u"no"_s);
        }
        break;
    }
    case T::Stability: {
        const StabilityData &d = e.stability;
        v.insert(u"parameter"_s, e.parameter);
        v.insert(u"stability_method"_s, vocab::key(d.method));
        v.insert(u"stability_mode"_s, vocab::key(d.mode));
        v.insert(u"limit"_s, HistoryText::number(d.limit));
        v.insert(u"limit_basis"_s, vocab::key(d.basis));
        v.insert(u"check_standard"_s, d.checkStandard);
        QStringList groups;
        for (const StabilityGroup &g : d.groups)
            groups << calendar::isoDate(g.date) + u": " + HistoryText::numbers(g.readings);
        v.insert(u"groups"_s, groups.join(u" | "));
        break;
    }
    case T::Replacement: {
        const ReplacementData &d = e.replacement;
        v.insert(u"new_name"_s, d.newName);
        v.insert(u"new_model"_s, d.newModel);
        v.insert(u"new_serial"_s, d.newSerial);
        v.insert(u"new_manufacturer"_s, d.newManufacturer);
        v.insert(u"new_range"_s, d.newRange);
        v.insert(u"new_accuracy"_s, d.newAccuracy);
        QStringList changed;
        if (d.rangeChanged)
            changed << u"range"_s;
        if (d.accuracyChanged)
            changed << u"accuracy"_s;
        if (d.scopeChanged)
            changed << u"scope"_s;
        v.insert(u"changed"_s, changed.isEmpty() ? u"none"_s : changed.join(u';'));
        break;
    }
    case T::Comparison:
    case T::BlindSample:
        v.insert(u"institution"_s, e.institution);
        v.insert(u"result"_s, vocab::key(e.outcome));
        break;
    default:
        if (isChange(e.type)) {
            v.insert(u"from"_s, e.changeFrom);
            v.insert(u"to"_s, e.changeTo);
        }
        break;
    }
    QStringList out;
    for (const ImportField &f : fields())
        out << v.value(f.key);
    return out;
}

void HistoryImporter::learnReplacements(const QList<CsvRecord> &records, const ImportColumns &columns,
                                        Registry &reg)
{
    // A replacement names the old instrument; the registry may already show the new one. Either serial
    // number then names the instrument, also on rows before the replacement (the old one's traceability).
    const int type = columns.index(u"type"_s);
    const int certificate = columns.index(u"standard_certificate_no"_s);
    const int oldSerial = columns.index(u"equipment_serial"_s);
    const int newSerial = columns.index(u"new_serial"_s);
    if (type < 0 || certificate < 0 || oldSerial < 0 || newSerial < 0)
        return;
    for (const CsvRecord &r : records) {
        if (vocab::parseEventType(r.fields.value(type).trimmed()) != HistoryEventType::Replacement)
            continue;
        const StandardRef *s = reg.byCertificate.value(r.fields.value(certificate).trimmed());
        const QString from = r.fields.value(oldSerial).trimmed();
        const QString to = r.fields.value(newSerial).trimmed();
        if (!s || from.isEmpty() || to.isEmpty())
            continue;
        const JoinKey fromKey = joinKey(s->uuid, from);
        const JoinKey toKey = joinKey(s->uuid, to);
        const QUuid instrument =
            reg.bySerial.contains(fromKey) ? reg.bySerial.value(fromKey) : reg.bySerial.value(toKey);
        if (instrument.isNull())
            continue;
        reg.bySerial.insert(fromKey, instrument);
        reg.bySerial.insert(toKey, instrument);
    }
}

HistoryImporter::HistoryImporter(Repository &repo, QString actor) : m_repo(repo), m_actor(std::move(actor)) {}

Result<ImportSummary> HistoryImporter::run(const QString &path, const Progress &progress)
{
    auto file = CsvFile::read(path);
    if (!file)
        return file.error();
    ImportSummary summary;
    summary.issues = file->issues;
    if (!summary.issues.isEmpty())
        return summary;
    const QList<CsvRecord> header = file->next(1);
    if (header.isEmpty()) {
        summary.issues = file->issues;
        return summary;
    }
    const ImportColumns columns =
        ImportColumns::map(fields(), header.first().fields, path, header.first().line, summary.issues);
    if (!summary.issues.isEmpty())
        return summary;
    const int total = static_cast<int>(file->remainingLines());
    const Error cancelled =
        makeError(ErrorCode::Cancelled, tr("the import was cancelled; nothing was stored"));

    // A standard's entries are checked together, wherever they are in the file (a file sorted by date
    // has a cancelled standard's cancellation parts after its first entries): count each standard's rows
    // first (on another thread, while the registry is read), and hold its entries back until its last
    // row has been read.
    const int certificateColumn = columns.index(u"standard_certificate_no"_s);
    const auto certificateOf = [&](const CsvRecord &record) {
        return record.fields.value(certificateColumn).trimmed();
    };
    std::future<Result<QHash<QString, int>>> counting =
        std::async(std::launch::async, [&]() -> Result<QHash<QString, int>> {
            auto again = CsvFile::read(path);
            if (!again)
                return again.error();
            QHash<QString, int> rows;
            again->next(1);
            while (!again->atEnd())
                for (const CsvRecord &record : again->next(m_partRows, certificateColumn))
                    ++rows[certificateOf(record)];
            return rows;
        });

    Registry reg;
    {
        auto standards = m_repo.standards();
        if (!standards)
            return standards.error();
        reg.standards.reserve(standards->size());
        for (Standard &s : *standards)
            reg.standards.append({s.meta.uuid, std::move(s.certificateNo)});
        standards = QList<Standard>{};
        for (const StandardRef &s : std::as_const(reg.standards))
            reg.byCertificate.insert(s.certificateNo, &s);
        auto equipment = m_repo.equipment();
        if (!equipment)
            return equipment.error();
        QSet<JoinKey> ambiguous;
        for (Equipment &e : *equipment) {
            if (!e.serialNo.isEmpty())
                reg.bySerial.insert(joinKey(e.standard, e.serialNo), e.meta.uuid);
            const JoinKey name = joinKey(e.standard, e.name);
            if (reg.byName.contains(name))
                ambiguous.insert(name);
            reg.byName.insert(name, e.meta.uuid);
            reg.byUuid.insert(e.meta.uuid,
                              {std::move(e.name), std::move(e.measuringRange), std::move(e.accuracy)});
        }
        for (const JoinKey &name : std::as_const(ambiguous))
            reg.byName.remove(name);
    }
    QHash<QString, const StandardRef *> pastCertificates;
    HistoryImporter::EntryLines firstLine; // digest of an entry -> the line it first appears on
    int done = 0;

    QHash<QString, int> rowsLeft;
    {
        auto counted = counting.get();
        if (!counted)
            return counted.error();
        rowsLeft = std::move(*counted);
    }
    struct Held
    {
        HistoryEvent event;
        int line = 0;
    };
    QHash<QString, QList<Held>> held;

    // Rows are read, checked and stored a part at a time in one transaction: a large file never sits in
    // memory as records and events at once, and any problem rolls back every part. The next part is read
    // and checked on another thread while this one is stored; a row that needs the database there, and
    // the rows after it, are read here once that part's turn comes, so everything happens in file order.
    struct Part
    {
        QList<CsvRecord> records;
        QList<std::optional<HistoryEvent>> read; ///< the first rows, read ahead
        QList<ImportIssue> issues;               ///< what reading them found
        bool last = false;
    };
    const auto readAhead = [&] {
        Part part;
        part.records = file->next(m_partRows);
        part.last = file->atEnd();
        learnReplacements(part.records, columns, reg);
        part.read.reserve(part.records.size());
        for (const CsvRecord &record : std::as_const(part.records)) {
            bool deferred = false;
            auto e = readRow(record, columns, path, reg, pastCertificates, firstLine, part.issues, &deferred);
            if (deferred || !e)
                break;
            part.read.append(std::move(*e));
        }
        return part;
    };
    qint64 rowCount = 0;
    for (const int n : std::as_const(rowsLeft))
        rowCount += n;
    const Status written = m_repo.transaction([&]() -> Status {
        const auto suspended = m_repo.history().suspendIndexes(rowCount);
        if (!suspended)
            return suspended.error();
        bool last = file->atEnd();
        std::future<Part> ahead;
        if (!last)
            ahead = std::async(std::launch::async, readAhead);
        while (!last) {
            Part part = ahead.get();
            last = part.last;
            summary.issues += part.issues;
            for (qsizetype r = part.read.size(); r < part.records.size(); ++r) {
                auto e =
                    readRow(part.records[r], columns, path, reg, pastCertificates, firstLine, summary.issues);
                if (!e)
                    return e.error();
                part.read.append(std::move(*e));
            }
            if (!last)
                ahead = std::async(std::launch::async, readAhead);
            const QList<CsvRecord> &records = part.records;
            QList<HistoryEvent> events;
            QList<int> lines;
            events.reserve(records.size());
            for (qsizetype r = 0; r < records.size(); ++r) {
                const CsvRecord &record = records[r];
                std::optional<HistoryEvent> &e = part.read[r];
                ++summary.rows;
                const QString certificate = certificateOf(record);
                const auto left = rowsLeft.find(certificate);
                if (left != rowsLeft.end() && --*left > 0) {
                    if (e)
                        held[certificate].append({std::move(*e), record.line});
                    continue;
                }
                if (auto mine = held.find(certificate); mine != held.end()) {
                    for (Held &h : *mine) {
                        events.append(std::move(h.event));
                        lines.append(h.line);
                    }
                    held.erase(mine);
                }
                if (e) {
                    events.append(std::move(*e));
                    lines.append(record.line);
                }
            }
            if (last) {
                // Only when the file changed while it was read.
                for (QList<Held> &mine : held)
                    for (Held &h : mine) {
                        events.append(std::move(h.event));
                        lines.append(h.line);
                    }
                held.clear();
            }
            QList<HistoryEventType> types;
            types.reserve(events.size());
            for (const HistoryEvent &e : std::as_const(events))
                types.append(e.type);
            // After a problem the rest is only checked, so that every bad row is reported at once.
            const bool store = summary.issues.isEmpty();
            auto batch = store ? m_repo.history().recordBatch(std::move(events), m_actor)
                               : m_repo.history().checkBatch(std::move(events));
            if (!batch)
                return batch.error();
            for (const HistoryBatchIssue &i : std::as_const(batch->issues))
                summary.issues.append(
                    {path, lines.value(i.index),
                     i.error.where.isEmpty()
                         ? QString()
                         : columns.header(columnOf(i.error.where, types.value(i.index), columns)),
                     i.error.message});
            summary.created += batch->created;
            summary.unchanged += batch->unchanged;
            done += static_cast<int>(records.size());
            if (progress && !progress(std::min(done, total), total))
                return cancelled;
        }
        summary.issues += file->issues;
        if (!summary.issues.isEmpty())
            return makeError(ErrorCode::InvalidInput, tr("the file has problems; nothing was imported"));
        return m_repo.history().rebuildIndexes(*suspended);
    });
    if (!written) {
        summary.created = summary.unchanged = 0;
        if (!summary.issues.isEmpty())
            return summary;
        return written.error();
    }
    if (progress)
        progress(total, total);
    return summary;
}

Result<std::optional<HistoryEvent>>
HistoryImporter::readRow(const CsvRecord &record, const ImportColumns &columns, const QString &path,
                         Registry &reg, QHash<QString, const StandardRef *> &pastCertificates,
                         EntryLines &firstLine, QList<ImportIssue> &issues, bool *deferred)
{
    using Out = std::optional<HistoryEvent>;
    Row row(columns, record, path, issues);
    bool countOk = record.fields.size() >= columns.count();
    for (qsizetype i = columns.count(); countOk && i < record.fields.size(); ++i)
        countOk = record.fields.at(i).trimmed().isEmpty();
    if (!countOk) {
        row.issue(
            {},
            tr("the row has %1 fields but the header has %2").arg(record.fields.size()).arg(columns.count()));
        return Out();
    }
    HistoryEvent e;
    const QString certificate = row.required(u"standard_certificate_no"_s);
    const StandardRef *standard = reg.byCertificate.value(certificate);
    if (!standard && !certificate.isEmpty()) {
        if (!pastCertificates.contains(certificate)) {
            if (deferred) {
                *deferred = true;
                return Out();
            }
            auto past = m_repo.history().standardsWithPastCertificate(certificate);
            if (!past)
                return past.error();
            const StandardRef *found = nullptr;
            if (past->size() == 1)
                for (const StandardRef &s : std::as_const(reg.standards))
                    if (s.uuid == past->first())
                        found = &s;
            pastCertificates.insert(certificate, found);
        }
        standard = pastCertificates.value(certificate);
        if (!standard)
            row.issue(u"standard_certificate_no"_s,
                      tr("no standard with the certificate number %1 is in the workspace; import or add the "
                         "standard first")
                          .arg(certificate));
    }
    const QString typeText = row.required(u"type"_s);
    std::optional<HistoryEventType> type;
    if (!typeText.isEmpty()) {
        type = vocab::parseEventType(typeText);
        if (!type)
            row.issue(u"type"_s, tr("'%1' is not a type of history entry (accepted: %2)")
                                     .arg(typeText, vocab::acceptedEventTypeNames().join(u"; ")));
    }
    row.required(u"date"_s);
    e.date = row.date(u"date"_s);
    e.recordedBy = row.required(u"recorded_by"_s);
    e.note = row.value(u"note"_s);
    if (!standard || !type) {
        return Out();
    }
    e.standard = standard->uuid;
    e.type = *type;
    using T = HistoryEventType;

    // The instrument, by serial number (or by name when that is unique).
    const QString serial = row.value(u"equipment_serial"_s);
    const QString name = row.value(u"equipment_name"_s);
    if (allowsEquipment(e.type) && (!serial.isEmpty() || !name.isEmpty())) {
        const QUuid found = !serial.isEmpty() ? reg.bySerial.value(joinKey(e.standard, serial))
                                              : reg.byName.value(joinKey(e.standard, name));
        if (found.isNull())
            row.issue(!serial.isEmpty() ? u"equipment_serial"_s : u"equipment_name"_s,
                      !serial.isEmpty()
                          ? tr("the standard %1 has no instrument with the serial number %2")
                                .arg(certificate, serial)
                          : tr("the standard %1 has no single instrument called %2").arg(certificate, name));
        e.equipment = found;
        if (!serial.isEmpty())
            e.serialNo = serial;
    } else if (needsEquipment(e.type)) {
        row.issue(columns.has(u"equipment_serial"_s) ? u"equipment_serial"_s : QString(),
                  tr("a %1 needs the instrument's serial number (column equipment_serial / 出厂编号)")
                      .arg(vocab::label(e.type)));
    }

    switch (e.type) {
    case T::Examination:
    case T::ReExamination:
        e.certificateNo = row.value(u"examination_certificate_no"_s);
        if (e.certificateNo.isEmpty() && e.type == T::ReExamination)
            e.certificateNo = standard->certificateNo;
        else if (e.certificateNo.isEmpty())
            row.issue(u"examination_certificate_no"_s, tr("an examination needs the certificate number"));
        e.validFrom = row.date(u"valid_from"_s);
        if (!e.validFrom.isValid())
            e.validFrom = e.date;
        e.until = row.date(u"valid_until"_s);
        if (!e.until.isValid() && row.value(u"valid_until"_s).isEmpty())
            e.until = defaultExpiry(e.validFrom);
        break;
    case T::Traceability: {
        e.institution = row.required(u"institution"_s);
        e.certificateNo = row.required(u"trace_certificate_no"_s);
        e.until = row.date(u"valid_until"_s);
        const QString result = row.value(u"result"_s);
        e.outcome = result.isEmpty() ? Outcome::Pass : vocab::parseOutcome(result).value_or(Outcome::None);
        if (!result.isEmpty() && e.outcome == Outcome::None)
            row.issue(u"result"_s, tr("'%1' is not a result (accepted: pass|合格, fail|不合格)").arg(result));
        break;
    }
    case T::Repeatability: {
        e.parameter = row.value(u"parameter"_s);
        RepeatabilityData &d = e.repeatability;
        d.readings = row.numbers(u"readings"_s, row.required(u"readings"_s));
        const auto reference = row.number(u"reference"_s);
        if (!reference && row.value(u"reference"_s).isEmpty())
            row.issue(u"reference"_s, tr("a repeatability test needs the reference standard deviation"));
        d.reference = reference.value_or(0);
        d.reducedReason = row.value(u"reduced_reason"_s);
        d.reevaluatedUncertainty = row.value(u"reevaluated_uncertainty"_s);
        d.reevaluated = !d.reevaluatedUncertainty.isEmpty();
        d.meetsRequirement = row.flag(u"meets_requirement"_s).value_or(false);
        break;
    }
    case T::Stability: {
        e.parameter = row.value(u"parameter"_s);
        StabilityData &d = e.stability;
        if (const QString m = row.value(u"stability_method"_s); !m.isEmpty()) {
            const auto method = vocab::parseStabilityMethod(m);
            if (!method)
                row.issue(u"stability_method"_s,
                          tr("'%1' is not a method of stability check (accepted: %2)")
                              .arg(m, vocab::acceptedStabilityMethodNames().join(u"; ")));
            d.method = method.value_or(StabilityMethod::CheckStandard);
        }
        if (const QString m = row.value(u"stability_mode"_s); !m.isEmpty()) {
            const auto mode = vocab::parseStabilityMode(m);
            if (!mode)
                row.issue(u"stability_mode"_s,
                          tr("'%1' is neither new|新建计量标准 nor existing|已建计量标准").arg(m));
            d.mode = mode.value_or(StabilityMode::Existing);
        }
        if (const QString b = row.value(u"limit_basis"_s); !b.isEmpty()) {
            const auto basis = vocab::parseLimitBasis(b);
            if (!basis)
                row.issue(
                    u"limit_basis"_s,
                    tr("'%1' is neither mpe|最大允许误差 nor correction_uncertainty|修正值的扩展不确定度")
                        .arg(b));
            d.basis = basis.value_or(LimitBasis::Mpe);
        }
        const auto limit = row.number(u"limit"_s);
        if (!limit && row.value(u"limit"_s).isEmpty())
            row.issue(u"limit"_s, tr("a stability check needs its limit"));
        d.limit = limit.value_or(0);
        d.checkStandard = row.value(u"check_standard"_s);
        const QString groups = row.required(u"groups"_s);
        static const QRegularExpression groupSeparator(QStringLiteral("[|｜\\n]+"));
        static const QRegularExpression dateSeparator(QStringLiteral("[:：=]"));
        for (const QString &part : groups.split(groupSeparator, Qt::SkipEmptyParts)) {
            const qsizetype at = part.indexOf(dateSeparator);
            const auto date = at > 0 ? calendar::parseDate(part.left(at)) : std::nullopt;
            if (!date) {
                row.issue(u"groups"_s, tr("'%1' is not a group: write DATE: readings, groups separated by |")
                                           .arg(part.trimmed()));
                break;
            }
            d.groups.append({*date, row.numbers(u"groups"_s, part.mid(at + 1))});
        }
        break;
    }
    case T::Replacement: {
        ReplacementData &d = e.replacement;
        d.newName = row.value(u"new_name"_s);
        d.newModel = row.value(u"new_model"_s);
        d.newSerial = row.value(u"new_serial"_s);
        d.newManufacturer = row.value(u"new_manufacturer"_s);
        d.newRange = row.value(u"new_range"_s);
        d.newAccuracy = row.value(u"new_accuracy"_s);
        const auto old = reg.byUuid.constFind(e.equipment);
        const bool known = old != reg.byUuid.cend();
        if (d.newName.isEmpty() && known)
            d.newName = old->name;
        const QString changed = row.value(u"changed"_s);
        if (row.has(u"changed"_s) && !changed.isEmpty()) {
            static const QRegularExpression separators(QStringLiteral("[;,，；、|/\\s]+"));
            for (const QString &item : changed.split(separators, Qt::SkipEmptyParts)) {
                const QString k = item.toLower();
                if (k == u"range" || k == u"测量范围")
                    d.rangeChanged = true;
                else if (k == u"accuracy" || k == u"uncertainty" || k == u"mpe" || k == u"不确定度" ||
                         k == u"准确度等级" || k == u"最大允许误差")
                    d.accuracyChanged = true;
                else if (k == u"scope" || k == u"开展项目" || k == u"范围")
                    d.scopeChanged = true;
                else if (k != u"none" && k != u"无" && k != u"否")
                    row.issue(u"changed"_s,
                              tr("'%1' is not a characteristic (accepted: range|测量范围, "
                                 "accuracy|不确定度|准确度等级|最大允许误差, scope|开展项目, none|无)")
                                  .arg(item));
            }
        } else if (known) {
            d.rangeChanged = !d.newRange.isEmpty() && d.newRange != old->measuringRange;
            d.accuracyChanged = !d.newAccuracy.isEmpty() && d.newAccuracy != old->accuracy;
        }
        // Later rows may name the instrument by its new serial number.
        if (!d.newSerial.isEmpty() && !e.equipment.isNull())
            reg.bySerial.insert(joinKey(e.standard, d.newSerial), e.equipment);
        break;
    }
    case T::Comparison:
    case T::BlindSample: {
        e.institution = row.value(u"institution"_s);
        const QString result = row.required(u"result"_s);
        e.outcome = vocab::parseOutcome(result).value_or(Outcome::None);
        if (!result.isEmpty() && e.outcome == Outcome::None)
            row.issue(u"result"_s, tr("'%1' is not a result (accepted: pass|满意, fail|不满意)").arg(result));
        break;
    }
    default:
        if (isChange(e.type)) {
            e.changeFrom = row.value(u"from"_s);
            e.changeTo = row.value(u"to"_s);
        }
        break;
    }
    if (row.failed())
        return Out();
    // Field rules now, so their problems name this row's columns.
    if (Status st = validate(e); !st) {
        row.issue(columnOf(st.error().where, e.type, columns), st.error().message);
        return Out();
    }
    // Rows that read the same are the same entry.
    const QString joined = record.fields.join(u'\x1f');
    const QByteArray digest = QCryptographicHash::hash(
        QByteArrayView(reinterpret_cast<const char *>(joined.constData()), joined.size() * 2),
        QCryptographicHash::Md5);
    quint64 halves[2];
    std::memcpy(halves, digest.constData(), sizeof halves);
    const EntryDigest key{halves[0], halves[1]};
    if (const auto it = firstLine.constFind(key); it != firstLine.cend()) {
        row.issue({}, tr("the same entry already appears on line %1 of this file").arg(it.value()));
        return Out();
    }
    firstLine.insert(key, row.line());
    return Out(std::move(e));
}

} // namespace core

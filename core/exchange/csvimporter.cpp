#include "csvimporter.h"

#include "csvreader.h"
#include "importcolumns.h"
#include "importplanner.h"
#include "storage/repository.h"
#include "textdecoding.h"

#include <QCoreApplication>
#include <QFile>

using namespace Qt::StringLiterals;

namespace core {

namespace {
constexpr int kProgressStep = 200;

} // namespace

namespace {
constexpr qsizetype kPartBytes = qsizetype(4) << 20;
}

Result<CsvFile> CsvFile::read(const QString &path)
{
    auto file = std::make_shared<QFile>(path);
    const auto cannotRead = [&]() {
        return makeError(ErrorCode::Io, CsvImporter::tr("cannot read %1: %2").arg(path, file->errorString()));
    };
    if (!file->open(QIODevice::ReadOnly))
        return cannotRead();

    // Valid UTF-8 is checked part by part here and read again a part at a time by next(); anything else
    // (GB18030, or an error to report) is read whole and goes through decodeText().
    const QByteArray head = file->peek(3);
    const qsizetype bom = head.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    bool utf8 = !head.startsWith("\xFF\xFE") && !head.startsWith("\xFE\xFF");
    qsizetype lines = 0;
    QByteArray carry;
    file->skip(bom);
    while (utf8 && !file->atEnd()) {
        carry += file->read(kPartBytes);
        if (file->error() != QFileDevice::NoError)
            return cannotRead();
        // A line feed never sits inside a multi-byte character: check up to the last one, keep the rest.
        const qsizetype upTo = file->atEnd() ? carry.size() : carry.lastIndexOf('\n') + 1;
        utf8 = firstInvalidUtf8(carry.constData(), upTo) < 0;
        lines += QByteArrayView(carry).first(upTo).count('\n');
        carry.remove(0, upTo);
    }
    utf8 = utf8 && carry.isEmpty();

    CsvFile out;
    out.m_path = path;
    if (utf8) {
        out.encoding = bom ? QStringLiteral("UTF-8 (BOM)") : QStringLiteral("UTF-8");
        if (!file->seek(bom))
            return cannotRead();
        out.m_source = std::move(file);
        out.m_linesLeft = lines;
        return out;
    }
    if (!file->seek(0))
        return cannotRead();
    const QByteArray bytes = file->readAll();
    if (file->error() != QFileDevice::NoError)
        return cannotRead();
    DecodedText decoded = decodeText(bytes);
    out.encoding = decoded.encoding;
    if (!decoded.ok()) {
        out.issues.append({path, decoded.errorLine, QString(), decoded.errorMessage});
        out.m_done = true;
        return out;
    }
    out.m_text = std::move(decoded.text);
    return out;
}

void CsvFile::decodeMore(qsizetype minBytes)
{
    // A part ends after a line feed: 0x0A is never inside a multi-byte UTF-8 character, and a record
    // that goes on past it (a quoted field with line breaks) is completed by decoding more.
    QByteArray bytes = std::move(m_pending);
    m_pending = QByteArray();
    qsizetype upTo = -1;
    while (!m_source->atEnd()) {
        bytes += m_source->read(std::max<qsizetype>(minBytes - bytes.size(), 64 * 1024));
        if (m_source->error() != QFileDevice::NoError) {
            issues.append({m_path, 0, QString(),
                           CsvImporter::tr("cannot read %1: %2").arg(m_path, m_source->errorString())});
            bytes.clear();
            m_source->close();
            break;
        }
        if (bytes.size() >= minBytes && (upTo = bytes.lastIndexOf('\n') + 1) > 0)
            break;
    }
    if (m_source->atEnd() || !m_source->isOpen()) {
        upTo = bytes.size();
        m_source.reset();
    } else {
        m_pending = bytes.sliced(upTo);
        bytes.truncate(upTo);
    }
    m_linesLeft -= bytes.count('\n');
    m_text = QStringView(m_text).sliced(m_offset) + QString::fromUtf8(bytes);
    m_offset = 0;
}

QList<CsvRecord> CsvFile::next(qsizetype maxRecords, int onlyColumn)
{
    if (atEnd())
        return {};
    CsvDocument doc;
    qsizetype part = kPartBytes;
    while (true) {
        if (m_offset >= m_text.size() && moreToDecode())
            decodeMore(part);
        const bool last = !moreToDecode();
        qsizetype offset = m_offset;
        int line = m_line;
        const qsizetype want = maxRecords < 0 ? -1 : maxRecords - doc.records.size();
        CsvDocument more = CsvReader::parse(m_text, &offset, &line, want, onlyColumn);
        if (!last && offset >= m_text.size() && more.unterminatedQuoteLine > 0) {
            // The part ends inside a quoted field: read again from the same record with more text.
            part *= 2;
            decodeMore(part);
            continue;
        }
        m_offset = offset;
        m_line = line;
        doc.unterminatedQuoteLine = more.unterminatedQuoteLine;
        doc.records.append(std::move(more.records));
        if (last || (maxRecords >= 0 && doc.records.size() >= maxRecords))
            break;
    }
    m_given += doc.records.size();
    if (m_offset >= m_text.size() && !moreToDecode()) {
        m_text.clear();
        m_offset = 0;
        m_done = true;
        if (doc.unterminatedQuoteLine > 0) {
            // The open quote swallowed the rest of the file: that last record is not worth checking.
            doc.records.removeLast();
            issues.append(
                {m_path, doc.unterminatedQuoteLine, QString(),
                 CsvImporter::tr("a quoted field that starts on this line is never closed (a missing \")")});
        }
        if (m_given == 0 && issues.isEmpty())
            issues.append({m_path, 0, QString(),
                           CsvImporter::tr("the file is empty; the first line must name the columns")});
    }
    return std::move(doc.records);
}

qsizetype CsvFile::remainingLines() const
{
    if (m_done)
        return 0;
    return QStringView(m_text).sliced(m_offset).count(u'\n') + m_linesLeft + 1;
}

Result<CsvFile> CsvFile::load(const QString &path)
{
    auto file = read(path);
    if (!file || !file->issues.isEmpty())
        return file;
    file->records = file->next();
    return file;
}

namespace {

/// Saves planned records in order and counts what happened; a record the repository refuses becomes an
/// issue of its line.
template<typename T>
Status saveAll(QList<PlannedRecord<T>> &records, const std::function<Result<T>(const T &)> &save,
               const ImportColumns &columns, const QString &file, ImportSummary &summary,
               const std::function<bool()> &step)
{
    for (const PlannedRecord<T> &p : std::as_const(records)) {
        auto saved = save(p.record);
        if (!saved) {
            const Error &e = saved.error();
            if (e.code == ErrorCode::InvalidInput || e.code == ErrorCode::Conflict) {
                QString key = e.where;
                if (key == u"holder")
                    key = u"holder_credit_code"_s;
                else if (key == u"standard")
                    key = u"standard_certificate_no"_s;
                summary.issues.append(
                    {file, p.line, key.isEmpty() ? QString() : columns.header(key), e.message});
            }
            return e;
        }
        if (!p.existing)
            ++summary.created;
        else if (saved->meta.revision == p.record.meta.revision)
            ++summary.unchanged;
        else
            ++summary.updated;
        if (!step())
            return makeError(ErrorCode::Cancelled,
                             CsvImporter::tr("the import was cancelled; nothing was stored"));
    }
    return {};
}
} // namespace

QString importKindKey(ImportKind kind)
{
    switch (kind) {
    case ImportKind::Units:
        return u"units"_s;
    case ImportKind::Standards:
        return u"standards"_s;
    case ImportKind::Equipment:
        return u"equipment"_s;
    case ImportKind::Personnel:
        return u"personnel"_s;
    }
    return {};
}

std::optional<ImportKind> importKindFromKey(const QString &key)
{
    const QString k = key.trimmed().toLower();
    for (ImportKind kind :
         {ImportKind::Units, ImportKind::Standards, ImportKind::Equipment, ImportKind::Personnel})
        if (importKindKey(kind) == k)
            return kind;
    return std::nullopt;
}

QString ImportIssue::text() const
{
    QString out = file;
    if (line > 0)
        out += u':' + QString::number(line);
    if (!column.isEmpty())
        out += u": " + column;
    return out + u": " + message;
}

CsvImporter::CsvImporter(Repository &repo, QString actor) : m_repo(repo), m_actor(std::move(actor)) {}

QList<QPair<QString, QStringList>> CsvImporter::headerNames(ImportKind kind)
{
    QList<QPair<QString, QStringList>> out;
    for (const ImportField &f : ImportColumns::fields(kind))
        out.append({f.key, f.names});
    return out;
}

QStringList CsvImporter::requiredFields(ImportKind kind)
{
    QStringList out;
    for (const ImportField &f : ImportColumns::fields(kind))
        if (f.required)
            out << f.key;
    return out;
}

Result<ImportPreview> CsvImporter::preview(ImportKind kind, const QString &path, int maxRows) const
{
    auto loaded = CsvFile::load(path);
    if (!loaded)
        return loaded.error();
    ImportPreview preview;
    preview.encoding = loaded->encoding;
    preview.issues = loaded->issues;
    if (loaded->records.isEmpty())
        return preview;
    const ImportColumns columns = ImportColumns::map(kind, loaded->records.first().fields, path,
                                                     loaded->records.first().line, preview.issues);
    preview.headers = columns.headers();
    preview.mappedFields = columns.keys();
    preview.totalRows = int(loaded->records.size()) - 1;
    for (qsizetype i = 1; i < loaded->records.size() && preview.rows.size() < maxRows; ++i)
        preview.rows.append(loaded->records.at(i).fields);
    return preview;
}

Result<ImportSummary> CsvImporter::run(ImportKind kind, const QString &path, const Progress &progress)
{
    if (Status st = m_repo.authorize(Action::ImportData); !st)
        return st.error();
    auto loaded = CsvFile::load(path);
    if (!loaded)
        return loaded.error();
    ImportSummary summary;
    summary.issues = std::move(loaded->issues);
    if (loaded->records.isEmpty())
        return summary;

    QList<CsvRecord> &records = loaded->records;
    const ImportColumns columns =
        ImportColumns::map(kind, records.first().fields, path, records.first().line, summary.issues);
    summary.rows = int(records.size()) - 1;
    if (!summary.issues.isEmpty())
        return summary;

    const Error cancelled =
        makeError(ErrorCode::Cancelled, CsvImporter::tr("the import was cancelled; nothing was stored"));
    const int total = summary.rows;
    ImportPlanner planner(m_repo, kind, path, columns);
    if (Status st = planner.preload(); !st)
        return st.error();
    for (qsizetype i = 1; i < records.size(); ++i) {
        planner.addRow(records.at(i));
        if (progress && i % kProgressStep == 0 && !progress(0, total))
            return cancelled;
    }
    if (!planner.issues().isEmpty()) {
        summary.issues += planner.issues();
        return summary;
    }
    records.clear();

    ImportPlan &plan = planner.plan();
    int done = 0;
    auto step = [&]() -> bool {
        ++done;
        return !progress || done % kProgressStep != 0 || progress(done, total);
    };
    const Status written = m_repo.transaction([&]() -> Status {
        for (const Bureau &b : std::as_const(plan.newBureaus))
            if (auto saved = m_repo.saveBureau(b, m_actor); !saved)
                return saved.error();
        switch (kind) {
        case ImportKind::Units:
            return saveAll<Unit>(
                plan.units, [&](const Unit &r) { return m_repo.saveUnit(r, m_actor); }, columns, path,
                summary, step);
        case ImportKind::Standards:
            return saveAll<Standard>(
                plan.standards, [&](const Standard &r) { return m_repo.saveStandard(r, m_actor); }, columns,
                path, summary, step);
        case ImportKind::Equipment:
            return saveAll<Equipment>(
                plan.equipment, [&](const Equipment &r) { return m_repo.saveEquipment(r, m_actor); }, columns,
                path, summary, step);
        case ImportKind::Personnel:
            return saveAll<Person>(
                plan.personnel, [&](const Person &r) { return m_repo.savePerson(r, m_actor); }, columns, path,
                summary, step);
        }
        return {};
    });
    if (!written) {
        summary.created = summary.updated = summary.unchanged = 0;
        if (!summary.issues.isEmpty())
            return summary;
        return written.error();
    }
    if (progress)
        progress(total, total);
    return summary;
}

} // namespace core

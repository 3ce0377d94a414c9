#include "reverification.h"

#include "exchange/csvreader.h"
#include "exchange/textdecoding.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <algorithm>

namespace core {

namespace {

int indexOf(const QStringList &header, std::initializer_list<const char *> names)
{
    for (int i = 0; i < header.size(); ++i)
        for (const char *n : names)
            if (header[i].trimmed().compare(QString::fromUtf8(n), Qt::CaseInsensitive) == 0)
                return i;
    return -1;
}

QString canonicalJson(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QString sha256(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

QString streamLabel(const QString &creditCode, int year)
{
    return QStringLiteral("reverify/%1/%2").arg(creditCode).arg(year);
}

} // namespace

QString PassRate::percent() const
{
    if (total == 0)
        return QStringLiteral("-");
    const qint64 hundredths = (qint64(passed) * 10000) / total; // truncated: 97.995 % shows 97.99
    return QStringLiteral("%1.%2").arg(hundredths / 100).arg(hundredths % 100, 2, 10, QLatin1Char('0'));
}

Result<QList<PlanInstrument>> Reverifications::parsePlan(const QByteArray &bytes, const QString &fileName)
{
    const DecodedText decoded = decodeText(bytes);
    const CsvDocument doc = CsvReader::parse(decoded.text);
    if (doc.unterminatedQuoteLine)
        return makeError(ErrorCode::InvalidInput, tr("a quoted field never closes"),
                         QStringLiteral("%1:%2").arg(fileName).arg(doc.unterminatedQuoteLine));
    if (doc.records.isEmpty())
        return makeError(ErrorCode::InvalidInput, tr("the plan is empty"), fileName);
    QStringList header = doc.records.first().fields;
    if (!header.isEmpty() && header[0].startsWith(QChar(0xfeff)))
        header[0].remove(0, 1);
    const int keyCol =
        indexOf(header, {"instrument_no", "器具编号", "certificate_no", "证书编号", "出厂编号"});
    const int catCol = indexOf(header, {"category", "器具类别", "类别"});
    const int nameCol = indexOf(header, {"name", "器具名称", "名称"});
    if (keyCol < 0)
        return makeError(ErrorCode::InvalidInput,
                         tr("the plan has no column instrument_no/器具编号 (or certificate_no/证书编号)"),
                         QStringLiteral("%1:%2").arg(fileName).arg(doc.records.first().line));
    QList<PlanInstrument> out;
    QSet<QString> seen;
    for (qsizetype i = 1; i < doc.records.size(); ++i) {
        const CsvRecord &r = doc.records[i];
        const QString where = QStringLiteral("%1:%2").arg(fileName).arg(r.line);
        auto field = [&](int c) { return c >= 0 && c < r.fields.size() ? r.fields[c].trimmed() : QString(); };
        PlanInstrument p{field(keyCol), field(catCol), field(nameCol)};
        if (p.key.isEmpty())
            return makeError(ErrorCode::InvalidInput, tr("the instrument number is empty"),
                             where + u": " + header[keyCol].trimmed());
        if (p.key.contains(u'\t') || p.category.contains(u','))
            return makeError(ErrorCode::InvalidInput,
                             tr("tabs in numbers and commas in categories are not allowed"), where);
        if (seen.contains(p.key))
            return makeError(ErrorCode::InvalidInput,
                             tr("the instrument number '%1' appears twice in the plan").arg(p.key),
                             where + u": " + header[keyCol].trimmed());
        seen.insert(p.key);
        out.append(p);
    }
    if (out.isEmpty())
        return makeError(ErrorCode::InvalidInput, tr("the plan lists no instruments"), fileName);
    return out;
}

PassRate Reverifications::passRate(const Reverification &r)
{
    PassRate p;
    for (ReverifyResult v : r.results) {
        if (v == ReverifyResult::Pending)
            continue;
        ++p.total;
        if (v == ReverifyResult::Passed)
            ++p.passed;
    }
    return p;
}

int Reverifications::ratioFor(const QList<Reverification> &earlier, int year, const ReverifyRules &rules)
{
    const Reverification *latest = nullptr;
    for (const Reverification &r : earlier)
        if (r.year < year && passRate(r).total > 0 && (!latest || r.year > latest->year))
            latest = &r;
    return latest && passRate(*latest).below(rules.thresholdBasisPoints) ? rules.raisedRatioBasisPoints
                                                                         : rules.ratioBasisPoints;
}

bool Reverifications::flagged(const QList<Reverification> &all, const ReverifyRules &rules)
{
    return ratioFor(all, 3000, rules) != rules.ratioBasisPoints;
}

Result<Reverification> Reverifications::draw(const VerificationBody &body, int year, const QString &seed,
                                             const QList<PlanInstrument> &plan, int ratioBasisPoints)
{
    if (seed.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidInput, tr("the draw needs a seed"), QStringLiteral("seed"));
    QList<sampling::Item> items;
    for (const PlanInstrument &p : plan) {
        sampling::Item it;
        it.key = p.key;
        if (!p.category.isEmpty())
            it.strata = {p.category};
        items.append(it);
    }
    auto population = sampling::Population::make(items);
    if (!population)
        return population.error();
    sampling::Parameters params;
    params.ratioBasisPoints = ratioBasisPoints;
    params.minimumSize = 1;
    params.coverStrata = false;
    params.membersPerStratum = 0;
    const sampling::Outcome outcome =
        sampling::draw(*population, params, seed, streamLabel(body.creditCode, year));

    Reverification r;
    r.body = body.meta.uuid;
    r.year = year;
    r.seed = seed;
    r.ratioBasisPoints = ratioBasisPoints;
    r.populationSha256 = population->sha256();
    r.drawn = outcome.selected(*population);
    for (const QString &k : r.drawn)
        r.results.insert(k, ReverifyResult::Pending);

    QJsonArray popArray;
    for (const sampling::Item &it : population->items())
        popArray.append(
            QJsonObject{{QStringLiteral("key"), it.key}, {QStringLiteral("category"), it.strata.value(0)}});
    QJsonObject record{
        {QStringLiteral("format"), QStringLiteral("metinspect-reverification-draw-1")},
        {QStringLiteral("algorithm"), QStringLiteral("MI-DRAW-1")},
        {QStringLiteral("institution"), body.name},
        {QStringLiteral("credit_code"), body.creditCode},
        {QStringLiteral("year"), year},
        {QStringLiteral("seed"), seed},
        {QStringLiteral("label"), streamLabel(body.creditCode, year)},
        {QStringLiteral("ratio_basis_points"), ratioBasisPoints},
        {QStringLiteral("population_size"), int(population->size())},
        {QStringLiteral("sample_size"), int(r.drawn.size())},
        {QStringLiteral("population_sha256"), r.populationSha256},
        {QStringLiteral("population"), popArray},
        {QStringLiteral("drawn_in_order"), QJsonArray::fromStringList(outcome.drawn)},
        {QStringLiteral("drawn"), QJsonArray::fromStringList(r.drawn)},
    };
    record.insert(QStringLiteral("record_sha256"), sha256(canonicalJson(record).toUtf8()));
    r.recordJson = canonicalJson(record);
    return r;
}

Status Reverifications::verifyRecord(const QByteArray &recordJson)
{
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(recordJson, &err);
    if (!doc.isObject())
        return makeError(ErrorCode::InvalidInput, tr("the record is not JSON: %1").arg(err.errorString()));
    QJsonObject o = doc.object();
    const QString claimed = o.take(QStringLiteral("record_sha256")).toString();
    if (sha256(canonicalJson(o).toUtf8()) != claimed)
        return makeError(ErrorCode::Integrity, tr("the record's SHA-256 does not match its content"));
    QList<PlanInstrument> plan;
    for (const QJsonValue &v : o.value(QStringLiteral("population")).toArray())
        plan.append({v[QStringLiteral("key")].toString(), v[QStringLiteral("category")].toString(), {}});
    VerificationBody body;
    body.name = o.value(QStringLiteral("institution")).toString();
    body.creditCode = o.value(QStringLiteral("credit_code")).toString();
    auto again =
        draw(body, o.value(QStringLiteral("year")).toInt(), o.value(QStringLiteral("seed")).toString(), plan,
             o.value(QStringLiteral("ratio_basis_points")).toInt());
    if (!again)
        return again.error();
    QStringList drawn;
    for (const QJsonValue &v : o.value(QStringLiteral("drawn")).toArray())
        drawn << v.toString();
    if (again->drawn != drawn ||
        again->populationSha256 != o.value(QStringLiteral("population_sha256")).toString())
        return makeError(ErrorCode::Integrity,
                         tr("re-running the draw gives other instruments than recorded"));
    return {};
}

} // namespace core

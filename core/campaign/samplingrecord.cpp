#include "samplingrecord.h"

#include "audit/auditentry.h"
#include "calendar.h"
#include "campaignvocab.h"
#include "registry/vocabulary.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <vector>

using namespace Qt::StringLiterals;

namespace core {

namespace {
const QString kFormat = u"metinspect-sampling-record"_s;

QString uuidText(const QUuid &u)
{
    return u.isNull() ? QString() : u.toString(QUuid::WithoutBraces);
}

QJsonArray strings(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

QJsonArray focusKeys(int focus)
{
    QJsonArray out;
    for (int f : kAllFocusAreas)
        if (focus & f)
            out.append(vocab::focusKey(FocusArea(f)));
    return out;
}

/// Reads typed values out of JSON and remembers the first problem with its path.
class Reader
{
    Q_DECLARE_TR_FUNCTIONS(core::SamplingRecord)
public:
    explicit Reader(QString where) : m_where(std::move(where)) {}

    bool failed() const { return m_error.has_value(); }
    Error error() const { return *m_error; }

    void fail(const QString &path, const QString &message)
    {
        if (!m_error)
            m_error = makeError(ErrorCode::InvalidInput, message, m_where + u": " + path);
    }

    QJsonValue value(const QJsonObject &o, const QString &key, const QString &path)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined())
            fail(join(path, key), tr("this value is missing"));
        return v;
    }
    QString string(const QJsonObject &o, const QString &key, const QString &path, bool allowEmpty = true)
    {
        const QJsonValue v = value(o, key, path);
        if (!v.isUndefined() && !v.isString())
            fail(join(path, key), tr("must be a text"));
        const QString s = v.toString();
        if (!allowEmpty && v.isString() && s.trimmed().isEmpty())
            fail(join(path, key), tr("must not be empty"));
        return s;
    }
    qint64 integer(const QJsonObject &o, const QString &key, const QString &path, qint64 lo, qint64 hi)
    {
        const QJsonValue v = value(o, key, path);
        if (v.isUndefined())
            return lo;
        const double d = v.toDouble(-1e300);
        if (!v.isDouble() || d != std::floor(d) || d < double(lo) || d > double(hi)) {
            fail(join(path, key), tr("must be a whole number from %1 to %2").arg(lo).arg(hi));
            return lo;
        }
        return static_cast<qint64>(d);
    }
    bool boolean(const QJsonObject &o, const QString &key, const QString &path)
    {
        const QJsonValue v = value(o, key, path);
        if (!v.isUndefined() && !v.isBool())
            fail(join(path, key), tr("must be true or false"));
        return v.toBool();
    }
    QJsonObject object(const QJsonObject &o, const QString &key, const QString &path)
    {
        const QJsonValue v = value(o, key, path);
        if (!v.isUndefined() && !v.isObject())
            fail(join(path, key), tr("must be an object"));
        return v.toObject();
    }
    QJsonArray array(const QJsonObject &o, const QString &key, const QString &path)
    {
        const QJsonValue v = value(o, key, path);
        if (!v.isUndefined() && !v.isArray())
            fail(join(path, key), tr("must be a list"));
        return v.toArray();
    }
    QStringList stringList(const QJsonObject &o, const QString &key, const QString &path)
    {
        QStringList out;
        const QJsonArray a = array(o, key, path);
        for (int i = 0; i < a.size(); ++i) {
            if (!a[i].isString())
                fail(join(path, key) + u'[' + QString::number(i) + u']', tr("must be a text"));
            out << a[i].toString();
        }
        return out;
    }
    QUuid uuid(const QJsonObject &o, const QString &key, const QString &path, bool allowNull = false)
    {
        const QString s = string(o, key, path);
        const QUuid u = QUuid::fromString(s);
        if (!failed() && (u.isNull() != s.isEmpty() || (!allowNull && u.isNull())))
            fail(join(path, key), tr("'%1' is not a uuid").arg(s));
        return u;
    }
    QDate date(const QJsonObject &o, const QString &key, const QString &path)
    {
        const QString s = string(o, key, path);
        const QDate d = QDate::fromString(s, Qt::ISODate);
        if (!failed() && !d.isValid())
            fail(join(path, key), tr("'%1' is not a date (YYYY-MM-DD)").arg(s));
        return d;
    }
    QString sha(const QJsonObject &o, const QString &key, const QString &path)
    {
        const QString s = string(o, key, path);
        static const QRegularExpression hex(u"^[0-9a-f]{64}$"_s);
        if (!failed() && !hex.match(s).hasMatch())
            fail(join(path, key), tr("must be a SHA-256 in lower-case hex (64 characters)"));
        return s;
    }

    static QString join(const QString &path, const QString &key)
    {
        return path.isEmpty() ? key : path + u'.' + key;
    }

private:
    QString m_where;
    std::optional<Error> m_error;
};
} // namespace

QString ratioText(int per10000)
{
    QString digits = QString::number(per10000 / 100);
    if (const int rest = per10000 % 100; rest != 0) {
        QString fraction = QStringLiteral("%1").arg(rest, 2, 10, QLatin1Char('0'));
        while (fraction.endsWith(u'0'))
            fraction.chop(1);
        digits += u'.' + fraction;
    }
    return digits + u" %";
}

std::optional<int> parseRatio(const QString &text)
{
    QString t = text.trimmed();
    bool percent = false;
    if (t.endsWith(u'%') || t.endsWith(u'％')) {
        percent = true;
        t.chop(1);
        t = t.trimmed();
    }
    static const QRegularExpression number(u"^(\\d+)(?:\\.(\\d+))?$"_s);
    const auto m = number.match(t);
    if (!m.hasMatch())
        return std::nullopt;
    // The value in units of 1/10,000 (fraction) or 1/100 % (percent): scale the decimal digits exactly.
    const int places = percent ? 2 : 4;
    QString fraction = m.captured(2);
    while (fraction.endsWith(u'0'))
        fraction.chop(1);
    if (fraction.size() > places || m.captured(1).size() > 6)
        return std::nullopt;
    fraction = fraction.leftJustified(places, u'0');
    const qint64 value = m.captured(1).toLongLong() * (percent ? 100 : 10000) + fraction.toLongLong();
    if (value < 1 || value > 10000)
        return std::nullopt;
    return static_cast<int>(value);
}

QStringList RecordUnit::fields() const
{
    QStringList out;
    for (const RecordStandard &s : standards)
        if (!out.contains(s.field))
            out << s.field;
    std::sort(out.begin(), out.end());
    return out;
}

Result<sampling::Population> SamplingRecord::unitPopulation() const
{
    QList<sampling::Item> items;
    for (const RecordUnit &u : units) {
        sampling::Item item{u.creditCode, u.weight, u.fields(), {}};
        for (const RecordStandard &s : u.standards)
            item.members.append({s.certificateNo, s.field});
        items << item;
    }
    return sampling::Population::make(items);
}

Result<sampling::Population> SamplingRecord::bureauPopulation() const
{
    QList<sampling::Item> items;
    for (const RecordBureau &b : bureaus)
        items.append({b.key(), sampling::kNormalWeight, {}, {}});
    return sampling::Population::make(items);
}

QList<const RecordUnit *> SamplingRecord::sampledUnits() const
{
    QSet<QString> keys(unitOutcome.drawn.begin(), unitOutcome.drawn.end());
    for (const sampling::Addition &a : unitOutcome.additions)
        keys.insert(a.key);
    QList<const RecordUnit *> out;
    for (const RecordUnit &u : units)
        if (keys.contains(u.creditCode))
            out << &u;
    return out;
}

QList<const RecordBureau *> SamplingRecord::sampledBureaus() const
{
    const QSet<QString> keys(bureauOutcome.drawn.begin(), bureauOutcome.drawn.end());
    QList<const RecordBureau *> out;
    for (const RecordBureau &b : bureaus)
        if (keys.contains(b.key()))
            out << &b;
    return out;
}

const RecordUnit *SamplingRecord::unitByKey(const QString &creditCode) const
{
    for (const RecordUnit &u : units)
        if (u.creditCode == creditCode)
            return &u;
    return nullptr;
}

QString SamplingRecord::additionField(const QString &creditCode) const
{
    for (const sampling::Addition &a : unitOutcome.additions)
        if (a.key == creditCode)
            return a.stratum;
    return {};
}

int SamplingRecord::sampledStandardCount() const
{
    int n = 0;
    for (const QStringList &certs : unitOutcome.members)
        n += static_cast<int>(certs.size());
    return n;
}

QJsonObject SamplingRecord::contentJson() const
{
    QJsonArray unitList;
    for (const RecordUnit &u : units) {
        QJsonArray standardList;
        for (const RecordStandard &s : u.standards)
            standardList.append(QJsonObject{{u"certificate_no"_s, s.certificateNo},
                                            {u"uuid"_s, uuidText(s.uuid)},
                                            {u"name"_s, s.name},
                                            {u"field"_s, s.field}});
        unitList.append(QJsonObject{{u"credit_code"_s, u.creditCode},
                                    {u"uuid"_s, uuidText(u.uuid)},
                                    {u"name"_s, u.name},
                                    {u"focus"_s, focusKeys(u.focus)},
                                    {u"weight"_s, u.weight},
                                    {u"standards"_s, standardList}});
    }
    QJsonArray bureauList;
    for (const RecordBureau &b : bureaus)
        bureauList.append(QJsonObject{{u"uuid"_s, uuidText(b.uuid)}, {u"name"_s, b.name}});

    QJsonArray additions;
    for (const sampling::Addition &a : unitOutcome.additions)
        additions.append(QJsonObject{{u"field"_s, a.stratum}, {u"unit"_s, a.key}});
    QJsonArray chosen;
    for (auto it = unitOutcome.members.cbegin(); it != unitOutcome.members.cend(); ++it)
        chosen.append(QJsonObject{{u"unit"_s, it.key()}, {u"certificates"_s, strings(it.value())}});

    QJsonArray categories;
    for (StandardCategory c : settings.categories)
        categories.append(vocab::key(c));

    return {
        {u"format"_s, kFormat},
        {u"format_version"_s, kFormatVersion},
        {u"uuid"_s, uuidText(uuid)},
        {u"algorithm"_s, algorithm},
        {u"seed"_s, seed},
        {u"drawn_at"_s, drawnAt.toUTC().toString(Qt::ISODate)},
        {u"drawn_by"_s, drawnBy},
        {u"witnesses"_s, witnesses},
        {u"reason"_s, reason},
        {u"campaign"_s, QJsonObject{{u"uuid"_s, uuidText(campaign)},
                                    {u"name"_s, campaignName},
                                    {u"year"_s, campaignYear},
                                    {u"bureau_uuid"_s, uuidText(bureau)},
                                    {u"bureau"_s, bureauName}}},
        {u"parameters"_s, QJsonObject{{u"unit_ratio_per_10000"_s, settings.unitRatio},
                                      {u"bureau_ratio_per_10000"_s, settings.bureauRatio},
                                      {u"focus_weight_percent"_s, settings.focusWeightPercent},
                                      {u"standards_per_field"_s, settings.standardsPerField},
                                      {u"categories"_s, categories},
                                      {u"include_lower_bureaus"_s, settings.includeLowerBureaus},
                                      {u"population_date"_s, calendar::isoDate(settings.populationDate)}}},
        {u"population"_s, QJsonObject{{u"units"_s, unitList},
                                      {u"units_sha256"_s, unitPopulationSha256},
                                      {u"bureaus"_s, bureauList},
                                      {u"bureaus_sha256"_s, bureauPopulationSha256}}},
        {u"result"_s, QJsonObject{{u"units"_s, QJsonObject{{u"base_size"_s, unitOutcome.baseSize},
                                                           {u"drawn"_s, strings(unitOutcome.drawn)},
                                                           {u"additions"_s, additions},
                                                           {u"standards"_s, chosen}}},
                                  {u"bureaus"_s, QJsonObject{{u"base_size"_s, bureauOutcome.baseSize},
                                                             {u"drawn"_s, strings(bureauOutcome.drawn)}}}}},
    };
}

QJsonObject SamplingRecord::toJson() const
{
    QJsonObject o = contentJson();
    o.insert(u"record_sha256"_s, recordSha256);
    return o;
}

namespace {
/// Writes canonical JSON by hand; the members of each object must be written in sorted key order.
class CanonicalWriter
{
public:
    QByteArray out;
    void open()
    {
        out += '{';
        m_first.push_back(true);
    }
    void close()
    {
        out += '}';
        m_first.pop_back();
    }
    void openArray(const char *key)
    {
        this->key(key);
        out += '[';
        m_first.push_back(true);
    }
    void closeArray()
    {
        out += ']';
        m_first.pop_back();
    }
    void element()
    {
        if (!m_first.back())
            out += ',';
        m_first.back() = false;
    }
    void key(const char *k)
    {
        element();
        out += '"';
        out += k;
        out += "\":";
    }
    void string(const char *k, const QString &v)
    {
        key(k);
        audit::appendJsonString(out, v);
    }
    void number(const char *k, qint64 v)
    {
        key(k);
        out += QByteArray::number(v);
    }
    void boolean(const char *k, bool v)
    {
        key(k);
        out += v ? "true" : "false";
    }
    void strings(const char *k, const QStringList &list)
    {
        openArray(k);
        for (const QString &s : list) {
            element();
            audit::appendJsonString(out, s);
        }
        closeArray();
    }
    void objectElement()
    {
        element();
        out += '{';
        m_first.push_back(true);
    }

private:
    std::vector<bool> m_first;
};

QStringList focusKeyList(int focus)
{
    QStringList out;
    for (int f : kAllFocusAreas)
        if (focus & f)
            out << vocab::focusKey(FocusArea(f));
    return out;
}
} // namespace

QByteArray SamplingRecord::canonicalBytes(bool withDigest) const
{
    // Keys in sorted order at every level, as audit::canonicalJson() writes QJsonObject members.
    CanonicalWriter w;
    w.out.reserve(256 * (units.size() + 4));
    w.open();
    w.string("algorithm", algorithm);
    w.key("campaign");
    w.open();
    w.string("bureau", bureauName);
    w.string("bureau_uuid", uuidText(bureau));
    w.string("name", campaignName);
    w.string("uuid", uuidText(campaign));
    w.number("year", campaignYear);
    w.close();
    w.string("drawn_at", drawnAt.toUTC().toString(Qt::ISODate));
    w.string("drawn_by", drawnBy);
    w.string("format", kFormat);
    w.number("format_version", kFormatVersion);
    w.key("parameters");
    w.open();
    w.number("bureau_ratio_per_10000", settings.bureauRatio);
    QStringList categoryKeys;
    for (StandardCategory c : settings.categories)
        categoryKeys << vocab::key(c);
    w.strings("categories", categoryKeys);
    w.number("focus_weight_percent", settings.focusWeightPercent);
    w.boolean("include_lower_bureaus", settings.includeLowerBureaus);
    w.string("population_date", calendar::isoDate(settings.populationDate));
    w.number("standards_per_field", settings.standardsPerField);
    w.number("unit_ratio_per_10000", settings.unitRatio);
    w.close();
    w.key("population");
    w.open();
    w.openArray("bureaus");
    for (const RecordBureau &b : bureaus) {
        w.objectElement();
        w.string("name", b.name);
        w.string("uuid", uuidText(b.uuid));
        w.close();
    }
    w.closeArray();
    w.string("bureaus_sha256", bureauPopulationSha256);
    w.openArray("units");
    for (const RecordUnit &u : units) {
        w.objectElement();
        w.string("credit_code", u.creditCode);
        w.strings("focus", focusKeyList(u.focus));
        w.string("name", u.name);
        w.openArray("standards");
        for (const RecordStandard &st : u.standards) {
            w.objectElement();
            w.string("certificate_no", st.certificateNo);
            w.string("field", st.field);
            w.string("name", st.name);
            w.string("uuid", uuidText(st.uuid));
            w.close();
        }
        w.closeArray();
        w.string("uuid", uuidText(u.uuid));
        w.number("weight", u.weight);
        w.close();
    }
    w.closeArray();
    w.string("units_sha256", unitPopulationSha256);
    w.close();
    w.string("reason", reason);
    if (withDigest)
        w.string("record_sha256", recordSha256);
    w.key("result");
    w.open();
    w.key("bureaus");
    w.open();
    w.number("base_size", bureauOutcome.baseSize);
    w.strings("drawn", bureauOutcome.drawn);
    w.close();
    w.key("units");
    w.open();
    w.openArray("additions");
    for (const sampling::Addition &a : unitOutcome.additions) {
        w.objectElement();
        w.string("field", a.stratum);
        w.string("unit", a.key);
        w.close();
    }
    w.closeArray();
    w.number("base_size", unitOutcome.baseSize);
    w.strings("drawn", unitOutcome.drawn);
    w.openArray("standards");
    for (auto it = unitOutcome.members.cbegin(); it != unitOutcome.members.cend(); ++it) {
        w.objectElement();
        w.strings("certificates", it.value());
        w.string("unit", it.key());
        w.close();
    }
    w.closeArray();
    w.close();
    w.close();
    w.string("seed", seed);
    w.string("uuid", uuidText(uuid));
    w.string("witnesses", witnesses);
    w.close();
    return w.out;
}

QString SamplingRecord::computeSha256() const
{
    return QString::fromLatin1(
        QCryptographicHash::hash(canonicalBytes(), QCryptographicHash::Sha256).toHex());
}

QByteArray SamplingRecord::toFileBytes() const
{
    return QJsonDocument(toJson()).toJson(QJsonDocument::Indented);
}

Result<SamplingRecord> SamplingRecord::parse(const QByteArray &bytes, const QString &where)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError) {
        const QByteArray before = bytes.left(error.offset);
        const int line = static_cast<int>(before.count('\n')) + 1;
        const int column = static_cast<int>(error.offset - (before.lastIndexOf('\n') + 1)) + 1;
        return makeError(ErrorCode::InvalidInput, tr("not valid JSON: %1").arg(error.errorString()),
                         where + u':' + QString::number(line) + u':' + QString::number(column));
    }
    if (!doc.isObject())
        return makeError(ErrorCode::InvalidInput, tr("a sampling record is a JSON object"), where);
    return fromJson(doc.object(), where);
}

Result<SamplingRecord> SamplingRecord::fromJson(const QJsonObject &o, const QString &where)
{
    Reader in(where);
    SamplingRecord r;
    if (in.string(o, u"format"_s, {}) != kFormat && !in.failed())
        in.fail(u"format"_s, tr("this is not a MetInspect sampling record (format '%1')").arg(kFormat));
    const qint64 version = in.integer(o, u"format_version"_s, {}, 1, 1000);
    if (!in.failed() && version != kFormatVersion)
        in.fail(u"format_version"_s, tr("format version %1 is not known to this program (it reads %2)")
                                         .arg(version)
                                         .arg(kFormatVersion));
    r.uuid = in.uuid(o, u"uuid"_s, {});
    r.algorithm = in.string(o, u"algorithm"_s, {}, false);
    r.seed = in.string(o, u"seed"_s, {}, false);
    const QString at = in.string(o, u"drawn_at"_s, {});
    r.drawnAt = QDateTime::fromString(at, Qt::ISODate);
    if (!in.failed() && !r.drawnAt.isValid())
        in.fail(u"drawn_at"_s, tr("'%1' is not a date and time (ISO 8601)").arg(at));
    r.drawnAt = r.drawnAt.toUTC();
    r.drawnBy = in.string(o, u"drawn_by"_s, {});
    r.witnesses = in.string(o, u"witnesses"_s, {});
    r.reason = in.string(o, u"reason"_s, {});

    const QJsonObject campaign = in.object(o, u"campaign"_s, {});
    r.campaign = in.uuid(campaign, u"uuid"_s, u"campaign"_s);
    r.campaignName = in.string(campaign, u"name"_s, u"campaign"_s);
    r.campaignYear = static_cast<int>(in.integer(campaign, u"year"_s, u"campaign"_s, 2000, 2100));
    r.bureau = in.uuid(campaign, u"bureau_uuid"_s, u"campaign"_s);
    r.bureauName = in.string(campaign, u"bureau"_s, u"campaign"_s);

    const QString p = u"parameters"_s;
    const QJsonObject params = in.object(o, p, {});
    DrawSettings &s = r.settings;
    s.unitRatio = static_cast<int>(in.integer(params, u"unit_ratio_per_10000"_s, p, 1, 10000));
    s.bureauRatio = static_cast<int>(in.integer(params, u"bureau_ratio_per_10000"_s, p, 1, 10000));
    s.focusWeightPercent = static_cast<int>(in.integer(params, u"focus_weight_percent"_s, p, 100, 10000));
    s.standardsPerField = static_cast<int>(in.integer(params, u"standards_per_field"_s, p, 0, 1000));
    const QStringList categories = in.stringList(params, u"categories"_s, p);
    for (int i = 0; i < categories.size(); ++i) {
        const auto c = vocab::parseCategory(categories[i]);
        if (!c)
            in.fail(p + u".categories[" + QString::number(i) + u']',
                    tr("unknown category '%1'").arg(categories[i]));
        else
            s.categories << *c;
    }
    s.includeLowerBureaus = in.boolean(params, u"include_lower_bureaus"_s, p);
    s.populationDate = in.date(params, u"population_date"_s, p);

    const QJsonObject population = in.object(o, u"population"_s, {});
    const QJsonArray units = in.array(population, u"units"_s, u"population"_s);
    for (int i = 0; i < units.size() && !in.failed(); ++i) {
        const QString path = u"population.units["_s + QString::number(i) + u']';
        const QJsonObject uo = units[i].toObject();
        RecordUnit u;
        u.creditCode = in.string(uo, u"credit_code"_s, path, false);
        u.uuid = in.uuid(uo, u"uuid"_s, path);
        u.name = in.string(uo, u"name"_s, path);
        const QStringList focus = in.stringList(uo, u"focus"_s, path);
        for (const QString &f : focus) {
            const auto area = vocab::parseFocusArea(f);
            if (!area)
                in.fail(path + u".focus", tr("unknown focus area '%1'").arg(f));
            else
                u.focus |= *area;
        }
        u.weight = in.integer(uo, u"weight"_s, path, 1, 1000000);
        const QJsonArray standards = in.array(uo, u"standards"_s, path);
        for (int j = 0; j < standards.size() && !in.failed(); ++j) {
            const QString spath = path + u".standards[" + QString::number(j) + u']';
            const QJsonObject so = standards[j].toObject();
            RecordStandard st;
            st.certificateNo = in.string(so, u"certificate_no"_s, spath, false);
            st.uuid = in.uuid(so, u"uuid"_s, spath);
            st.name = in.string(so, u"name"_s, spath);
            st.field = in.string(so, u"field"_s, spath, false);
            u.standards << st;
        }
        r.units << u;
    }
    r.unitPopulationSha256 = in.sha(population, u"units_sha256"_s, u"population"_s);
    const QJsonArray bureaus = in.array(population, u"bureaus"_s, u"population"_s);
    for (int i = 0; i < bureaus.size() && !in.failed(); ++i) {
        const QString path = u"population.bureaus["_s + QString::number(i) + u']';
        const QJsonObject bo = bureaus[i].toObject();
        r.bureaus.append({in.uuid(bo, u"uuid"_s, path), in.string(bo, u"name"_s, path)});
    }
    r.bureauPopulationSha256 = in.sha(population, u"bureaus_sha256"_s, u"population"_s);

    const QJsonObject result = in.object(o, u"result"_s, {});
    const QJsonObject ru = in.object(result, u"units"_s, u"result"_s);
    r.unitOutcome.baseSize = static_cast<int>(in.integer(ru, u"base_size"_s, u"result.units"_s, 0, 10000000));
    r.unitOutcome.drawn = in.stringList(ru, u"drawn"_s, u"result.units"_s);
    const QJsonArray additions = in.array(ru, u"additions"_s, u"result.units"_s);
    for (int i = 0; i < additions.size() && !in.failed(); ++i) {
        const QString path = u"result.units.additions["_s + QString::number(i) + u']';
        const QJsonObject ao = additions[i].toObject();
        r.unitOutcome.additions.append(
            {in.string(ao, u"field"_s, path, false), in.string(ao, u"unit"_s, path, false)});
    }
    const QJsonArray chosen = in.array(ru, u"standards"_s, u"result.units"_s);
    for (int i = 0; i < chosen.size() && !in.failed(); ++i) {
        const QString path = u"result.units.standards["_s + QString::number(i) + u']';
        const QJsonObject co = chosen[i].toObject();
        const QString unit = in.string(co, u"unit"_s, path, false);
        if (r.unitOutcome.members.contains(unit))
            in.fail(path + u".unit", tr("the unit %1 is listed twice").arg(unit));
        r.unitOutcome.members.insert(unit, in.stringList(co, u"certificates"_s, path));
    }
    const QJsonObject rb = in.object(result, u"bureaus"_s, u"result"_s);
    r.bureauOutcome.baseSize =
        static_cast<int>(in.integer(rb, u"base_size"_s, u"result.bureaus"_s, 0, 10000000));
    r.bureauOutcome.drawn = in.stringList(rb, u"drawn"_s, u"result.bureaus"_s);
    r.recordSha256 = in.sha(o, u"record_sha256"_s, {});
    if (in.failed())
        return in.error();
    return r;
}

} // namespace core

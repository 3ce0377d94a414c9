#include "auditentry.h"

#include "crypto/crypto.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QLocale>

#include <algorithm>
#include <cmath>

namespace core {

QString AuditEntry::computeHash() const
{
    return computeHash(changes.toUtf8());
}

QString AuditEntry::computeHash(QByteArrayView changesUtf8) const
{
    // The fields joined by U+001F, as UTF-8 (each field converted on its own: the separator keeps parts
    // from combining, so this is the UTF-8 of the joined text).
    QByteArray canonical;
    canonical.reserve(changesUtf8.size() + 256);
    const auto part = [&](const QString &s) {
        canonical += s.toUtf8();
        canonical += '\x1f';
    };
    canonical += QByteArray::number(seq);
    canonical += '\x1f';
    part(at);
    part(actor);
    part(entity);
    canonical += uuid.toByteArray(QUuid::WithoutBraces);
    canonical += '\x1f';
    part(action);
    canonical += changesUtf8;
    canonical += '\x1f';
    part(recordHash);
    canonical += prevHash.toUtf8();
    return QString::fromLatin1(crypto::sha256(canonical).toHex());
}

namespace audit {

namespace {
void writeString(QByteArray &out, const QString &s)
{
    static const char kHex[] = "0123456789abcdef";
    const QByteArray utf8 = s.toUtf8();
    out += '"';
    const char *p = utf8.constData();
    const char *end = p + utf8.size();
    const char *run = p;
    for (; p != end; ++p) {
        const auto b = static_cast<unsigned char>(*p);
        if (b >= 0x20 && b != '"' && b != '\\')
            continue;
        out.append(run, p - run);
        run = p + 1;
        if (b == '"' || b == '\\') {
            out += '\\';
            out += *p;
            continue;
        }
        switch (b) {
        case '\b':
            out += "\\b";
            break;
        case '\f':
            out += "\\f";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        default:
            out += "\\u00";
            out += kHex[b >> 4];
            out += kHex[b & 0xf];
        }
    }
    out.append(run, end - run);
    out += '"';
}

void writeObject(QByteArray &out, const QJsonObject &o, bool open = true);

void writeValue(QByteArray &out, const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        out += "null";
        break;
    case QJsonValue::Bool:
        out += v.toBool() ? "true" : "false";
        break;
    case QJsonValue::Double: {
        const double d = v.toDouble();
        if (std::isfinite(d) && std::abs(d) < 9007199254740992.0 && d == std::floor(d))
            out += QByteArray::number(static_cast<qint64>(d));
        else if (std::isfinite(d))
            out += QByteArray::number(d, 'g', QLocale::FloatingPointShortest);
        else
            out += "null";
        break;
    }
    case QJsonValue::String:
        writeString(out, v.toString());
        break;
    case QJsonValue::Array: {
        out += '[';
        bool first = true;
        for (const QJsonValue &e : v.toArray()) {
            if (!first)
                out += ',';
            first = false;
            writeValue(out, e);
        }
        out += ']';
        break;
    }
    case QJsonValue::Object:
        writeObject(out, v.toObject());
        break;
    }
}

/// Writes the members of `o` in its (sorted) key order; with `open` false the caller has written "{" and
/// members of its own already.
void writeObject(QByteArray &out, const QJsonObject &o, bool open)
{
    if (open)
        out += '{';
    bool first = open;
    for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
        if (!first)
            out += ',';
        first = false;
        writeString(out, it.key());
        out += ':';
        writeValue(out, it.value());
    }
    out += '}';
}
} // namespace

void appendString(QByteArray &out, const QString &s)
{
    writeString(out, s);
}

void appendNumber(QByteArray &out, double d)
{
    writeValue(out, QJsonValue(d));
}

QByteArray canonicalObject(CanonicalMembers members)
{
    std::sort(members.begin(), members.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    QByteArray out;
    out.reserve(256);
    out += '{';
    for (const auto &[key, value] : std::as_const(members)) {
        if (out.size() > 1)
            out += ',';
        out += key;
        out += ':';
        out += value;
    }
    out += '}';
    return out;
}

QByteArray canonicalJson(const QJsonObject &o)
{
    QByteArray out;
    out.reserve(512);
    writeObject(out, o);
    return out;
}

void appendJsonString(QByteArray &out, const QString &s)
{
    writeString(out, s);
}

QString compactJson(const QJsonObject &o)
{
    return QString::fromUtf8(canonicalJson(o));
}

namespace {
/// `"$revision":"N","$uuid":"…"` and then the members of `fields`: the canonical record without its braces.
/// '$' sorts before every field name, so this is the sorted order.
QByteArray recordMembers(const QJsonObject &fields, const QUuid &uuid, qint64 revision,
                         QList<std::pair<qsizetype, qsizetype>> *valueSpans = nullptr)
{
    QByteArray out;
    out.reserve(640);
    out += "{\"$revision\":\"";
    out += QByteArray::number(revision);
    out += "\",\"$uuid\":\"";
    out += uuid.toByteArray(QUuid::WithoutBraces);
    out += '"';
    for (auto it = fields.constBegin(); it != fields.constEnd(); ++it) {
        out += ',';
        const qsizetype keyStart = out.size();
        writeString(out, it.key());
        out += ':';
        writeValue(out, it.value());
        if (valueSpans)
            valueSpans->append({keyStart, out.size()});
    }
    out += '}';
    return out;
}

QString sha256Hex(const QByteArray &bytes)
{
    return QString::fromLatin1(crypto::sha256(bytes).toHex());
}
} // namespace

QString recordHash(const QJsonObject &fields, const QUuid &uuid, qint64 revision)
{
    return sha256Hex(recordMembers(fields, uuid, revision));
}

QString creationChanges(const QJsonObject &after)
{
    return creationAudit(after, {}, 0).first;
}

std::pair<QString, QString> creationAudit(const QJsonObject &after, const QUuid &uuid, qint64 revision)
{
    // The fields are serialised once, for the record hash, and the change list reuses those bytes.
    QList<std::pair<qsizetype, qsizetype>> spans;
    spans.reserve(after.size());
    const QByteArray record = recordMembers(after, uuid, revision, &spans);
    QByteArray changes;
    changes.reserve(record.size() + 8 * spans.size());
    changes += '{';
    for (const auto &[from, to] : spans) {
        if (changes.size() > 1)
            changes += ',';
        const QByteArrayView member(record.constData() + from, to - from);
        // A member is "key":value; the key is a JSON string, so its end is the first unescaped quote.
        qsizetype colon = 1;
        while (member[colon] != '"')
            colon += member[colon] == '\\' ? 2 : 1;
        ++colon;
        changes += member.first(colon + 1);
        changes += "[null,";
        changes += member.sliced(colon + 1);
        changes += ']';
    }
    changes += '}';
    return {QString::fromUtf8(changes), uuid.isNull() && revision == 0 ? QString() : sha256Hex(record)};
}

std::pair<QByteArray, QString> creationAudit(const CanonicalMembers &sorted, const QUuid &uuid,
                                             qint64 revision)
{
    QByteArray record;
    record.reserve(1024);
    record += "{\"$revision\":\"";
    record += QByteArray::number(revision);
    record += "\",\"$uuid\":\"";
    record += uuid.toByteArray(QUuid::WithoutBraces);
    record += '"';
    QByteArray changes;
    changes.reserve(1024);
    changes += '{';
    for (const auto &[key, value] : sorted) {
        record += ',';
        record += key;
        record += ':';
        record += value;
        if (changes.size() > 1)
            changes += ',';
        changes += key;
        changes += ":[null,";
        changes += value;
        changes += ']';
    }
    record += '}';
    changes += '}';
    return {changes, sha256Hex(record)};
}

QJsonObject diff(const QJsonObject &before, const QJsonObject &after)
{
    QJsonObject out;
    for (auto it = after.begin(); it != after.end(); ++it) {
        const QJsonValue old = before.value(it.key());
        if (old != it.value())
            out.insert(it.key(), QJsonArray{old.isUndefined() ? QJsonValue() : old, it.value()});
    }
    for (auto it = before.begin(); it != before.end(); ++it)
        if (!after.contains(it.key()))
            out.insert(it.key(), QJsonArray{it.value(), QJsonValue()});
    return out;
}

} // namespace audit
} // namespace core

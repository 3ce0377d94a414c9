#include "jsonreader.h"

#include <cmath>

#include <QRegularExpression>
#include <QUuid>

namespace core::json {

bool isKey(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z0-9][a-z0-9_.-]*$"));
    return pattern.match(text).hasMatch();
}

QString ObjectReader::string(const QString &key, bool required, bool nonEmpty) const
{
    const QJsonValue v = m_o.value(key);
    if (v.isUndefined() || v.isNull()) {
        if (required)
            issue(key, tr("missing"));
        return {};
    }
    if (!v.isString()) {
        issue(key, tr("must be text"));
        return {};
    }
    const QString s = v.toString();
    if (nonEmpty && s.trimmed().isEmpty())
        issue(key, tr("must not be empty"));
    return s;
}

bool ObjectReader::boolean(const QString &key, bool fallback) const
{
    const QJsonValue v = m_o.value(key);
    if (v.isUndefined() || v.isNull())
        return fallback;
    if (!v.isBool()) {
        issue(key, tr("must be true or false"));
        return fallback;
    }
    return v.toBool();
}

int ObjectReader::integer(const QString &key, int fallback, int minimum, int maximum) const
{
    const QJsonValue v = m_o.value(key);
    if (v.isUndefined() || v.isNull())
        return fallback;
    const double d = v.toDouble(-1e300);
    // The range first: converting a double outside it to an integer is undefined.
    if (!v.isDouble() || d < minimum || d > maximum || d != std::floor(d)) {
        issue(key, tr("must be a whole number from %1 to %2").arg(minimum).arg(maximum));
        return fallback;
    }
    return static_cast<int>(d);
}

QDate ObjectReader::date(const QString &key, bool required) const
{
    const QString s = string(key, required);
    if (s.isEmpty())
        return {};
    const QDate d = QDate::fromString(s, Qt::ISODate);
    if (!d.isValid() || s.size() != 10) {
        issue(key, tr("'%1' is not a date written YYYY-MM-DD").arg(s));
        return {};
    }
    return d;
}

QUuid ObjectReader::uuid(const QString &key, bool required) const
{
    const QString s = string(key, required);
    if (s.isEmpty())
        return {};
    const QUuid u = QUuid::fromString(s);
    if (u.isNull()) {
        issue(key, tr("'%1' is not a UUID").arg(s));
        return {};
    }
    return u;
}

QJsonArray ObjectReader::array(const QString &key, bool required, bool nonEmpty) const
{
    const QJsonValue v = m_o.value(key);
    if (v.isUndefined() || v.isNull()) {
        if (required)
            issue(key, tr("missing"));
        return {};
    }
    if (!v.isArray()) {
        issue(key, tr("must be a list"));
        return {};
    }
    if (nonEmpty && v.toArray().isEmpty())
        issue(key, tr("must not be empty"));
    return v.toArray();
}

std::optional<QJsonObject> ObjectReader::child(const QString &key, bool required) const
{
    const QJsonValue v = m_o.value(key);
    if (v.isUndefined() || v.isNull()) {
        if (required)
            issue(key, tr("missing"));
        return std::nullopt;
    }
    if (!v.isObject()) {
        issue(key, tr("must be an object"));
        return std::nullopt;
    }
    return v.toObject();
}

void ObjectReader::rejectUnknown(const QStringList &known) const
{
    for (auto it = m_o.constBegin(); it != m_o.constEnd(); ++it)
        if (!known.contains(it.key()))
            issue(it.key(), tr("unknown field (known: %1)").arg(known.join(u", ")));
}

} // namespace core::json

#pragma once

// Reading JSON objects field by field while collecting every problem with its place
// (`groups[2].items[4].id: ...`), for the template and record files of the inspection area.

#include "checklisttemplate.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QUuid>

namespace core::json {

/// A cursor on one JSON object at `path`; the getters record a JsonIssue for a missing or mistyped
/// field and return a neutral value, so one pass reports everything that is wrong.
class ObjectReader
{
    Q_DECLARE_TR_FUNCTIONS(core::JsonReader)
public:
    ObjectReader(const QJsonObject &o, QString path, QList<JsonIssue> &issues)
        : m_o(o), m_path(std::move(path)), m_issues(issues)
    {}

    QString place(const QString &key) const { return m_path.isEmpty() ? key : m_path + u'.' + key; }
    void issue(const QString &key, const QString &message) const { m_issues.append({place(key), message}); }
    const QJsonObject &object() const { return m_o; }
    QList<JsonIssue> &issues() const { return m_issues; }
    bool has(const QString &key) const { return m_o.contains(key) && !m_o.value(key).isNull(); }

    /// A string; a missing one is an issue when `required` (and an empty one when `nonEmpty`).
    QString string(const QString &key, bool required = false, bool nonEmpty = false) const;
    bool boolean(const QString &key, bool fallback = false) const;
    int integer(const QString &key, int fallback, int minimum, int maximum) const;
    QDate date(const QString &key, bool required = false) const;
    QUuid uuid(const QString &key, bool required = false) const;
    QJsonArray array(const QString &key, bool required = false, bool nonEmpty = false) const;
    /// An object; nullopt (with an issue when `required`) when missing or not an object.
    std::optional<QJsonObject> child(const QString &key, bool required = false) const;
    /// Reports every key not in `known`.
    void rejectUnknown(const QStringList &known) const;

private:
    QJsonObject m_o;
    QString m_path;
    QList<JsonIssue> &m_issues;
};

/// `path[index]`
inline QString at(const QString &path, qsizetype index)
{
    return path + u'[' + QString::number(index) + u']';
}

/// Lower-case letters, digits, '_', '-', '.'; starting with a letter or digit.
bool isKey(const QString &text);

} // namespace core::json

#pragma once

#include "csvimporter.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <initializer_list>

namespace core {

/// A field an import file can have: its key, the headers accepted for it and whether it must be there.
struct ImportField
{
    QString key;
    QStringList names; ///< the key, the Chinese header, then accepted variants
    bool required = false;

    /// A field from its key and the headers that name it (UTF-8): the key is accepted too, first.
    static ImportField make(const char *key, std::initializer_list<const char *> names,
                            bool required = false);
};

/// Which column of an import file holds which field. Headers are matched after trimming, case-insensitively,
/// with full-width characters folded and blanks, '_', '-', '.' and '*' ignored, so "Credit Code",
/// "credit_code" and "统一社会信用代码＊" all name the same field; a trailing note in parentheses
/// ("发证日期（YYYY-MM-DD）") is ignored too. Unknown columns are ignored.
class ImportColumns
{
public:
    static const QList<ImportField> &fields(ImportKind kind);
    /// The field key a header names, or empty.
    static QString keyFor(ImportKind kind, const QString &header);

    /// Maps a header row. Missing required columns and two columns for the same field are issues of
    /// `line` (the header line) in `issues`.
    static ImportColumns map(ImportKind kind, const QStringList &headers, const QString &file, int line,
                             QList<ImportIssue> &issues);
    /// The same for the fields of another import (the history log's).
    static ImportColumns map(const QList<ImportField> &fields, const QStringList &headers,
                             const QString &file, int line, QList<ImportIssue> &issues);
    static QString keyFor(const QList<ImportField> &fields, const QString &header);

    int count() const { return int(m_headers.size()); }
    int index(const QString &key) const { return m_index.value(key, -1); }
    bool has(const QString &key) const { return m_index.contains(key); }
    /// The header as written in the file for `key`; the key itself when the file has no such column.
    QString header(const QString &key) const;
    const QStringList &headers() const { return m_headers; }
    const QStringList &keys() const { return m_keys; } ///< per column, empty when unknown

private:
    QStringList m_headers;
    QStringList m_keys;
    QHash<QString, int> m_index;
};

} // namespace core

// The generic bulk paths of an SQL workspace: rows written and read in large numbers through QSqlQuery.
// The back ends override them where their own client library does better (COPY, SQLite's handle).
#include "sqlrepository.h"

#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace core {

Status SqlRepository::insertBulk(const QString &table, const QStringList &columns,
                                 const QList<QVariantList> &rows)
{
    // Within what both SQLite and PostgreSQL bind in one statement.
    const qsizetype most = std::clamp<qsizetype>(8000 / std::max<qsizetype>(columns.size(), 1), 1, 200);
    QString marks = QStringLiteral("(?");
    for (qsizetype i = 1; i < columns.size(); ++i)
        marks += u", ?";
    marks += u')';
    const QString head = QStringLiteral("INSERT INTO ") + table + u" (" + columns.join(u", ") + u") VALUES ";
    for (qsizetype from = 0; from < rows.size(); from += most) {
        const qsizetype n = std::min(most, rows.size() - from);
        QString sqlText = head + marks;
        for (qsizetype i = 1; i < n; ++i)
            sqlText += u", " + marks;
        // Full statements are prepared once; the last, shorter one of a run only for itself.
        QSqlQuery local(m_db);
        QSqlQuery &q = n == most ? prepared(sqlText) : local;
        if (n != most)
            q.prepare(sqlText);
        for (qsizetype i = from; i < from + n; ++i)
            for (const QVariant &v : rows[i])
                q.addBindValue(v);
        if (!q.exec())
            return storageError(q, tr("storing records in %1").arg(table));
    }
    return {};
}

Status SqlRepository::readRows(const QString &sql, const QVariantList &binds,
                               const std::function<void(const RowText &)> &visit, const QString &what)
{
    struct Row final : RowText
    {
        const QSqlQuery *q = nullptr;
        QString text(int column) const override { return q->value(column).toString(); }
    };
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.prepare(sql))
        return storageError(q, what);
    for (const QVariant &v : binds)
        q.addBindValue(v);
    if (!q.exec())
        return storageError(q, what);
    Row row;
    row.q = &q;
    while (q.next())
        visit(row);
    if (q.lastError().isValid())
        return storageError(q, what);
    return {};
}

} // namespace core

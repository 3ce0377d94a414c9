#pragma once

#include "result.h"
#include "verificationtypes.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace core {

/// One line of the published list of revoked bodies (seed 002 part 5 (3): the bureau publishes whom it
/// revoked).
struct RevokedListRow
{
    QString name;
    QString creditCode;
    QString kind; ///< 授权 / 承诺 in the UI language
    QString certificateNo;
    QDate revokedOn;
    QString ground; ///< the ground of revocation in words
};

/// The publishable list of revoked verification bodies: the same rows for the command line and the
/// application, written as CSV (UTF-8 with BOM, for Excel and WPS), XLSX or the HTML of a printed table.
class RevokedList
{
    Q_DECLARE_TR_FUNCTIONS(core::RevokedList)
public:
    /// The revoked ones of `bodies`, the latest revocation first, then by name.
    static QList<RevokedListRow> rows(const QList<VerificationBody> &bodies);
    static QStringList headings();
    static QStringList cells(const RevokedListRow &row);
    /// The title of the list.
    static QString title();
    /// A table for the printer (the body of a document: the title and the rows).
    static QString html(const QList<RevokedListRow> &rows);
    /// Writes XLSX when the file is named .xlsx, CSV otherwise; into a temporary file first, so a failed
    /// write leaves nothing under the name.
    static Status write(const QString &path, const QList<RevokedListRow> &rows);
};

} // namespace core

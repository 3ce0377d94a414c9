#include "xlsxwriter.h"

#include <QDate>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QUuid>

#include <xlsxwriter.h>

namespace core {

namespace {
QString sheetName(QString name, int index)
{
    for (QChar c : {u'[', u']', u':', u'*', u'?', u'/', u'\\'})
        name.replace(c, u'_');
    name = name.trimmed().left(31);
    return name.isEmpty() ? QStringLiteral("Sheet%1").arg(index + 1) : name;
}
} // namespace

Status XlsxWriter::write(const QString &path, const QList<XlsxSheet> &sheets, const QString &title)
{
    if (sheets.isEmpty())
        return makeError(ErrorCode::InvalidInput, tr("a workbook needs at least one sheet"));
    const QFileInfo target(path);
    if (!target.absoluteDir().exists())
        return makeError(ErrorCode::Io, tr("the folder of %1 does not exist").arg(path));
    const QString temporary = target.absoluteFilePath() + QStringLiteral(".part-") +
                              QUuid::createUuid().toString(QUuid::Id128).left(8);
    const QByteArray file = QFile::encodeName(temporary);

    // Rows are written in order, so the workbook streams them to a temporary file instead of holding
    // every cell in memory (60,000 rows of 35 columns).
    lxw_workbook_options options{};
    options.constant_memory = LXW_TRUE;
    lxw_workbook *wb = workbook_new_opt(file.constData(), &options);
    if (!wb)
        return makeError(ErrorCode::Io, tr("cannot create the workbook %1").arg(path));
    QByteArray titleUtf8 = title.toUtf8();
    QByteArray author = QByteArrayLiteral("MetInspect");
    lxw_doc_properties properties{};
    properties.title = titleUtf8.data();
    properties.author = author.data();
    workbook_set_properties(wb, &properties);

    lxw_format *headerFormat = workbook_add_format(wb);
    format_set_bold(headerFormat);
    format_set_bg_color(headerFormat, 0xDDEBF7);
    format_set_border(headerFormat, LXW_BORDER_THIN);
    format_set_text_wrap(headerFormat);
    format_set_align(headerFormat, LXW_ALIGN_VERTICAL_CENTER);
    lxw_format *dateFormat = workbook_add_format(wb);
    format_set_num_format(dateFormat, "yyyy-mm-dd");
    format_set_align(dateFormat, LXW_ALIGN_LEFT);

    lxw_error error = LXW_NO_ERROR;
    const auto check = [&error](lxw_error e) {
        if (e != LXW_NO_ERROR && error == LXW_NO_ERROR)
            error = e;
    };
    for (int s = 0; s < sheets.size(); ++s) {
        const XlsxSheet &sheet = sheets[s];
        const QByteArray name = sheetName(sheet.name, s).toUtf8();
        lxw_worksheet *ws = workbook_add_worksheet(wb, name.constData());
        if (!ws) {
            check(LXW_ERROR_SHEETNAME_ALREADY_USED);
            break;
        }
        const auto columns = static_cast<lxw_col_t>(sheet.columns.size());
        for (lxw_col_t c = 0; c < columns; ++c)
            check(worksheet_set_column(ws, c, c, sheet.columns[c].width, nullptr));
        if (columns > 0)
            worksheet_freeze_panes(ws, 1, 0);
        for (lxw_col_t c = 0; c < columns; ++c)
            check(
                worksheet_write_string(ws, 0, c, sheet.columns[c].header.toUtf8().constData(), headerFormat));
        lxw_row_t r = 1;
        for (const QVariantList &row : sheet.rows) {
            for (lxw_col_t c = 0; c < static_cast<lxw_col_t>(row.size()); ++c) {
                const QVariant &v = row[c];
                if (!v.isValid() || v.isNull())
                    continue;
                switch (v.typeId()) {
                case QMetaType::QDate: {
                    const QDate d = v.toDate();
                    if (!d.isValid())
                        break;
                    lxw_datetime dt{d.year(), d.month(), d.day(), 0, 0, 0};
                    check(worksheet_write_datetime(ws, r, c, &dt, dateFormat));
                    break;
                }
                case QMetaType::Int:
                case QMetaType::LongLong:
                case QMetaType::UInt:
                case QMetaType::Double:
                    check(worksheet_write_number(ws, r, c, v.toDouble(), nullptr));
                    break;
                default: {
                    const QString text = v.toString();
                    if (!text.isEmpty())
                        check(worksheet_write_string(ws, r, c, text.toUtf8().constData(), nullptr));
                }
                }
            }
            ++r;
        }
        if (columns > 0)
            check(worksheet_autofilter(ws, 0, 0, r - 1, columns - 1));
    }
    const lxw_error closed = workbook_close(wb);
    if (error == LXW_NO_ERROR)
        error = closed;
    if (error != LXW_NO_ERROR) {
        QFile::remove(temporary);
        return makeError(
            ErrorCode::Io,
            tr("cannot write the workbook %1: %2").arg(path, QString::fromUtf8(lxw_strerror(error))));
    }
    if (QFile::exists(path) && !QFile::remove(path)) {
        QFile::remove(temporary);
        return makeError(ErrorCode::Io, tr("cannot replace %1").arg(path));
    }
    if (!QFile::rename(temporary, path)) {
        QFile::remove(temporary);
        return makeError(ErrorCode::Io, tr("cannot write %1").arg(path));
    }
    return {};
}

} // namespace core

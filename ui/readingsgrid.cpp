#include "readingsgrid.h"

#include <QApplication>
#include <QClipboard>
#include <QHeaderView>
#include <QKeyEvent>
#include <QRegularExpression>

namespace ui {

ReadingsGrid::ReadingsGrid(const QStringList &headers, QWidget *parent)
    : QTableWidget(0, int(headers.size()), parent)
{
    setHorizontalHeaderLabels(headers);
    horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    setSelectionMode(QAbstractItemView::ContiguousSelection);
    ensureTrailingRow();
    connect(this, &QTableWidget::itemChanged, this, [this] {
        if (m_filling)
            return;
        ensureTrailingRow();
        emit edited();
    });
}

void ReadingsGrid::pasteText(const QString &text)
{
    QStringList lines = text.split(QRegularExpression(QStringLiteral("\r\n|\n|\r")));
    while (!lines.isEmpty() && lines.last().trimmed().isEmpty())
        lines.removeLast();
    if (lines.isEmpty())
        return;
    int startRow = currentRow() < 0 ? 0 : currentRow();
    const int startColumn = currentColumn() < 0 ? 0 : currentColumn();
    QList<QStringList> cells;
    for (const QString &line : std::as_const(lines)) {
        if (columnCount() == 1 && !line.contains(u'\t')) {
            // One value per cell: a row copied across, or numbers separated by commas or spaces.
            const QStringList parts =
                line.split(QRegularExpression(QStringLiteral("[\\s,;，；]+")), Qt::SkipEmptyParts);
            for (const QString &p : parts)
                cells.append({p});
            if (parts.isEmpty())
                cells.append({QString()});
        } else if (columnCount() == 1) {
            for (const QString &p : line.split(u'\t'))
                if (!p.trimmed().isEmpty())
                    cells.append({p});
        } else {
            cells.append(line.split(u'\t'));
        }
    }
    m_filling = true;
    for (int r = 0; r < cells.size(); ++r) {
        const int row = startRow + r;
        if (row >= rowCount())
            setRowCount(row + 1);
        for (int c = 0; c < cells[r].size() && startColumn + c < columnCount(); ++c)
            setItem(row, startColumn + c, new QTableWidgetItem(cells[r][c].trimmed()));
    }
    m_filling = false;
    ensureTrailingRow();
    emit edited();
}

QList<QStringList> ReadingsGrid::rowsText() const
{
    QList<QStringList> out;
    for (int r = 0; r < rowCount(); ++r) {
        QStringList row;
        bool any = false;
        for (int c = 0; c < columnCount(); ++c) {
            const QTableWidgetItem *it = item(r, c);
            const QString t = it ? it->text().trimmed() : QString();
            any = any || !t.isEmpty();
            row << t;
        }
        if (any)
            out << row;
    }
    return out;
}

void ReadingsGrid::setRowsText(const QList<QStringList> &rows)
{
    m_filling = true;
    clearContents();
    setRowCount(int(rows.size()));
    for (int r = 0; r < rows.size(); ++r)
        for (int c = 0; c < rows[r].size() && c < columnCount(); ++c)
            setItem(r, c, new QTableWidgetItem(rows[r][c]));
    m_filling = false;
    ensureTrailingRow();
    emit edited();
}

void ReadingsGrid::clearAll()
{
    setRowsText({});
}

void ReadingsGrid::keyPressEvent(QKeyEvent *event)
{
    if (event->matches(QKeySequence::Paste)) {
        pasteText(QApplication::clipboard()->text());
        return;
    }
    if (event->key() == Qt::Key_Delete && state() != QAbstractItemView::EditingState) {
        m_filling = true;
        for (QTableWidgetItem *it : selectedItems())
            it->setText(QString());
        m_filling = false;
        emit edited();
        return;
    }
    QTableWidget::keyPressEvent(event);
}

void ReadingsGrid::ensureTrailingRow()
{
    const bool wasFilling = m_filling;
    m_filling = true;
    bool lastEmpty = false;
    if (rowCount() > 0) {
        lastEmpty = true;
        for (int c = 0; c < columnCount(); ++c)
            if (const QTableWidgetItem *it = item(rowCount() - 1, c); it && !it->text().trimmed().isEmpty())
                lastEmpty = false;
    }
    if (!lastEmpty)
        setRowCount(rowCount() + 1);
    m_filling = wasFilling;
}

} // namespace ui

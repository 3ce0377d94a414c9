#pragma once

#include <QStringList>
#include <QTableWidget>

namespace ui {

/// A grid of readings that takes what is pasted from Excel or WPS (rows by line, cells by tab; commas and
/// spaces also separate cells of a one-column grid), from the current cell on, growing as needed.
/// Delete clears the selected cells. There is always an empty row at the end to type into.
class ReadingsGrid final : public QTableWidget
{
    Q_OBJECT
public:
    explicit ReadingsGrid(const QStringList &headers, QWidget *parent = nullptr);

    /// Pastes tab-separated text at the current cell (the first cell when none).
    void pasteText(const QString &text);
    /// The non-empty rows, as typed (cells trimmed).
    QList<QStringList> rowsText() const;
    void setRowsText(const QList<QStringList> &rows);
    void clearAll();

signals:
    void edited();

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void ensureTrailingRow();
    bool m_filling = false;
};

} // namespace ui

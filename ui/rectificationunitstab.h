#pragma once

#include "documentprinter.h"
#include "rectification/rectificationview.h"
#include "rectification/risk.h"

#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;
class QTextBrowser;

namespace core {
class Repository;
}

namespace ui {

class RectificationTableModel;

/// The problem list of each unit (问题清单), closed item by item: the units with rectification items and
/// how far each is, the selected unit's items, and its documents — the order to correct (责令改正通知书)
/// and, once every item is closed, the confirmation (整改情况确认书) — printed or saved as PDF.
class RectificationUnitsTab final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RectificationUnitsTab)
public:
    enum Column { UnitName, CreditCode, District, Items, Awaiting, Overdue, Closed, ColumnCount };

    RectificationUnitsTab(RectificationTableModel *model, QWidget *parent = nullptr);
    void setRepository(core::Repository &repo);
    /// Rebuilds the list from the model, keeping the selected unit.
    void refresh();
    bool selectUnit(const QUuid &unit);
    QUuid currentUnit() const;
    /// The selected unit's items in the chosen scope (its latest campaign, a campaign, or all).
    QList<core::RectificationRow> scopedItems(const QUuid &unit) const;
    /// The rows of one unit that the scope (latest campaign, a campaign, all) keeps.
    QList<const core::RectificationRow *>
    inScope(const QList<const core::RectificationRow *> &unitRows) const;
    /// The order to correct or the confirmation of the selected unit, as a print job.
    core::Result<print::PrintJob> document(bool confirmation) const;
    /// Writes the document to `path` as PDF; false after telling the user why not.
    bool savePdf(bool confirmation, const QString &path);

    QTableWidget *table() const { return m_table; }
    QComboBox *scopeCombo() const { return m_scope; }
    QTextBrowser *detailBrowser() const { return m_detail; }

Q_SIGNALS:
    /// Show this unit's items in the list.
    void showItems(const QUuid &unit, const QUuid &campaign);

private:
    void showDetail();
    void updateActions();
    void printDocument(bool confirmation);
    void chooseAndSave(bool confirmation);
    void closeConfirmed();

    core::Repository *m_repo = nullptr;
    RectificationTableModel *m_model;
    QLineEdit *m_search;
    QComboBox *m_scope;
    QTableWidget *m_table;
    QTextBrowser *m_detail;
    QPushButton *m_printOrder;
    QPushButton *m_saveOrder;
    QPushButton *m_printConfirmation;
    QPushButton *m_saveConfirmation;
    QPushButton *m_closeConfirmed;
    QPushButton *m_show;
};

/// Units at risk for targeted supervision: the risk list with the reasons, the complaints it counts, and
/// recording a new complaint.
class RiskTab final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RiskTab)
public:
    explicit RiskTab(QWidget *parent = nullptr);
    void setRepository(core::Repository &repo);
    /// Assesses again from the rows (and the repository's units and complaints) on `today`.
    core::Status refresh(const QList<core::RectificationRow> &rows, QDate today);
    /// The registry's units changed: the next refresh() reads them again (until then they are kept, so
    /// that moving the as-of day does not read 10,000 units each time).
    void unitsChanged() { m_units.reset(); }
    const QList<core::UnitRisk> &risks() const { return m_risks; }
    QTableWidget *table() const { return m_table; }
    QComboBox *levelCombo() const { return m_level; }

Q_SIGNALS:
    void showItems(const QUuid &unit);
    /// A complaint was recorded (the page assesses again).
    void complaintRecorded();

private:
    void fill();
    void showDetail();

    core::Repository *m_repo = nullptr;
    QList<core::UnitRisk> m_risks;
    QList<core::Complaint> m_complaints;
    std::optional<QList<core::Unit>> m_units;
    QComboBox *m_level;
    QLabel *m_count;
    QTableWidget *m_table;
    QTextBrowser *m_detail;
};

} // namespace ui

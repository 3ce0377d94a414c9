#pragma once

#include "audit/auditentry.h"
#include "audit/auditfilter.h"
#include "result.h"

#include <QAbstractTableModel>
#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QTableView;

namespace core {
class Repository;
}

namespace ui {

/// The audit entries a filter selects, newest first, one row each.
class AuditTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuditTableModel)
public:
    enum Column { Seq, Time, Actor, Kind, Action, Record, Changes, ColumnCount };
    static constexpr int RawRole = Qt::UserRole + 1;

    using QAbstractTableModel::QAbstractTableModel;
    void setEntries(QList<core::AuditEntry> entries);
    const QList<core::AuditEntry> &entries() const { return m_entries; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<core::AuditEntry> m_entries;
};

/// "Who did what": the audit trail with filters (user, record kind, dates, text) and the state of its
/// hash chain (verify-audit).
class AuditView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuditView)
public:
    explicit AuditView(core::Repository &repo, QWidget *parent = nullptr);
    /// Shows another workspace (read at the next reload()).
    void setRepository(core::Repository &repo);
    qsizetype totalEntries() const { return m_all.size(); }

    /// Reads the trail again and applies the filters.
    core::Status reload();
    /// Recomputes the chain and shows the result.
    void verify();
    AuditTableModel *model() const { return m_model; }
    core::AuditFilter filter() const;

private:
    void applyFilter();

    core::Repository *m_repo;
    QList<core::AuditEntry> m_all;
    AuditTableModel *m_model;
    QComboBox *m_actor;
    QComboBox *m_kind;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QLineEdit *m_text;
    QLabel *m_status;
    QLabel *m_shown;
    QTableView *m_view;
};

} // namespace ui

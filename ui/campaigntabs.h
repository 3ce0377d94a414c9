#pragma once

#include "campaign/campaignscope.h"
#include "campaign/campaigntypes.h"
#include "campaign/samplingrecord.h"
#include "result.h"

#include <QWidget>

#include <optional>

class QAbstractItemModel;
class QComboBox;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace core {
class Repository;
}

namespace ui {

class CoverageModel;
class DrawModel;
class InspectorModel;
class PlanModel;
class SelfInspectionModel;

/// What the campaign page's tabs share: the repository, the campaign shown, a table with a proxy sorting on
/// the raw role, and a bar of buttons above it.
class CampaignTab : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CampaignTab)
public:
    void setCampaign(core::Repository &repo, const std::optional<core::Campaign> &campaign);
    /// Reads everything this tab shows again.
    virtual core::Status reload() = 0;
    QTableView *view() const { return m_view; }
    /// The record of the current row (null when none).
    QUuid currentUuid() const;
    /// The hint shown above the table (reminders, counts).
    QLabel *hint() const { return m_hint; }

Q_SIGNALS:
    /// Something was stored from this tab (the page refreshes its summary).
    void edited();

protected:
    CampaignTab(const QString &prefix, QWidget *parent);
    void setModel(QAbstractItemModel *model, const QList<int> &columnChars);
    QPushButton *addButton(const QString &text, const QString &objectName);
    void addBarWidget(QWidget *w);
    void reportError(const QString &title, const core::Error &error);
    core::Repository *repo() const { return m_repo; }
    const std::optional<core::Campaign> &campaign() const { return m_campaign; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }

private:
    core::Repository *m_repo = nullptr;
    std::optional<core::Campaign> m_campaign;
    QLabel *m_hint;
    QWidget *m_bar;
    QTableView *m_view;
    QSortFilterProxyModel *m_proxy;
};

/// Self-inspection: every unit in scope and every lower bureau with the status of its report, a reminder
/// of the missing ones past the due day (copied with contacts for the phone round), a status filter, and
/// recording a report as received with its documents.
class SelfInspectionTab final : public CampaignTab
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SelfInspectionTab)
public:
    explicit SelfInspectionTab(QWidget *parent = nullptr);
    core::Status reload() override;
    /// Updates the rows whose self-inspection records changed, without a reset.
    core::Status applyChange();
    SelfInspectionModel *model() const { return m_model; }
    QLabel *reminderLabel() const { return hint(); }
    /// The reminder list: name, contact, phone and due day of each missing report past its due day.
    QString reminderText() const;
    void receiveCurrent();

private:
    void updateReminder();

    SelfInspectionModel *m_model;
    QComboBox *m_filter;
    core::CampaignScope m_scope;
};

/// Sampling: the draws of the campaign, the coverage of the fields by the selected one and why units were
/// added, the wizard for a new draw, printing, saving and verifying the record.
class SamplingTab final : public CampaignTab
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SamplingTab)
public:
    explicit SamplingTab(QWidget *parent = nullptr);
    core::Status reload() override;
    DrawModel *model() const { return m_model; }
    CoverageModel *coverageModel() const { return m_coverage; }
    void openWizard();
    void verifyCurrent();

private:
    void showCurrent();
    const core::SamplingRecord *current() const;

    DrawModel *m_model;
    CoverageModel *m_coverage;
    QTableView *m_coverageView;
    QLabel *m_additions;
};

/// The inspection plan: entries from the draw, teams drawn or set by hand, planned days, inspected or
/// not (with reason and follow-up).
class PlanTab final : public CampaignTab
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlanTab)
public:
    explicit PlanTab(QWidget *parent = nullptr);
    core::Status reload() override;
    PlanModel *model() const { return m_model; }
    void makePlan();
    void drawTeams();
    /// Re-derives the drawn teams and shows what is confirmed and what differs.
    void verifyTeams();
    void editCurrent();

private:
    PlanModel *m_model;
};

/// The inspector directory of the organising bureau with the conflicts of interest each declared.
class InspectorsTab final : public CampaignTab
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InspectorsTab)
public:
    explicit InspectorsTab(QWidget *parent = nullptr);
    core::Status reload() override;
    InspectorModel *model() const { return m_model; }
    void addInspector();
    void editCurrent();
    void declareConflict();

private:
    InspectorModel *m_model;
};

} // namespace ui

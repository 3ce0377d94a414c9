#include "campaigntabs.h"

#include "campaign/campaignplan.h"
#include "campaign/campaignsampling.h"
#include "campaign/campaignstatus.h"
#include "campaign/campaignstore.h"
#include "campaign/campaignvocab.h"
#include "campaign/samplingverifier.h"
#include "campaigndialogs.h"
#include "campaignmodels.h"
#include "clock.h"
#include "dialogservice.h"
#include "labels.h"
#include "recordoutput.h"
#include "samplingwizard.h"
#include "storage/repository.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace ui {

namespace cv = core::campaignvocab;

// CampaignTab

CampaignTab::CampaignTab(const QString &prefix, QWidget *parent) : QWidget(parent)
{
    setObjectName(prefix + QStringLiteral("Tab"));
    m_hint = new QLabel(this);
    m_hint->setObjectName(prefix + QStringLiteral("HintLabel"));
    m_hint->setWordWrap(true);
    m_hint->setTextFormat(Qt::RichText);
    m_bar = new QWidget(this);
    auto *bar = new QHBoxLayout(m_bar);
    bar->setContentsMargins(0, 0, 0, 0);
    bar->addStretch();
    m_view = new QTableView(this);
    m_view->setObjectName(prefix + QStringLiteral("Table"));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setSortingEnabled(true);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSortRole(RawRole);
    m_proxy->setSortLocaleAware(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_hint);
    layout->addWidget(m_bar);
    layout->addWidget(m_view, 1);
}

void CampaignTab::setCampaign(core::Repository &repo, const std::optional<core::Campaign> &campaign)
{
    m_repo = &repo;
    m_campaign = campaign;
    if (core::Status st = reload(); !st)
        reportError(tr("Cannot load the campaign"), st.error());
}

void CampaignTab::setModel(QAbstractItemModel *model, const QList<int> &columnChars)
{
    m_proxy->setSourceModel(model);
    m_view->setModel(m_proxy);
    const int ch = m_view->fontMetrics().horizontalAdvance(QLatin1Char('M'));
    for (int c = 0; c < columnChars.size(); ++c)
        m_view->setColumnWidth(c, columnChars[c] * ch);
}

QPushButton *CampaignTab::addButton(const QString &text, const QString &objectName)
{
    auto *button = new QPushButton(text, m_bar);
    button->setObjectName(objectName);
    auto *bar = static_cast<QHBoxLayout *>(m_bar->layout());
    bar->insertWidget(bar->count() - 1, button);
    return button;
}

void CampaignTab::addBarWidget(QWidget *w)
{
    auto *bar = static_cast<QHBoxLayout *>(m_bar->layout());
    w->setParent(m_bar);
    bar->insertWidget(bar->count() - 1, w);
}

QUuid CampaignTab::currentUuid() const
{
    const QModelIndex index = m_view->currentIndex();
    return index.isValid() ? index.data(UuidRole).toUuid() : QUuid();
}

void CampaignTab::reportError(const QString &title, const core::Error &error)
{
    DialogService::instance().warning(this, title, error.text());
}

// SelfInspectionTab

SelfInspectionTab::SelfInspectionTab(QWidget *parent) : CampaignTab(QStringLiteral("selfInspection"), parent)
{
    m_model = new SelfInspectionModel(this);
    setModel(m_model, {26, 11, 17, 8, 9, 9, 19, 20});
    proxy()->setFilterRole(RawRole);
    proxy()->setFilterKeyColumn(SelfInspectionModel::Status);
    m_filter = new QComboBox;
    m_filter->setObjectName(QStringLiteral("selfInspectionFilterCombo"));
    m_filter->addItem(tr("All reports"), QString());
    for (core::ReportStatus s : cv::reportStatuses())
        m_filter->addItem(cv::label(s), cv::key(s));
    addBarWidget(m_filter);
    connect(m_filter, &QComboBox::currentIndexChanged, this, [this] {
        const QString key = m_filter->currentData().toString();
        proxy()->setFilterRegularExpression(key.isEmpty() ? QString() : u'^' + key + u'$');
    });
    QPushButton *receive = addButton(tr("&Record received…"), QStringLiteral("receiveButton"));
    receive->setToolTip(
        tr("Record the selected unit's or bureau's self-inspection report as received (Enter)"));
    connect(receive, &QPushButton::clicked, this, &SelfInspectionTab::receiveCurrent);
    QPushButton *copy = addButton(tr("&Copy reminder list"), QStringLiteral("copyReminderButton"));
    copy->setToolTip(tr("Copy the overdue units and bureaus with their contacts, for the phone round"));
    connect(copy, &QPushButton::clicked, this,
            [this] { QApplication::clipboard()->setText(reminderText()); });
    connect(view(), &QTableView::activated, this, &SelfInspectionTab::receiveCurrent);
}

core::Status SelfInspectionTab::reload()
{
    if (!repo() || !campaign()) {
        m_scope = {};
        m_model->setRows({});
        updateReminder();
        return {};
    }
    auto scope = core::loadScope(*repo(), core::ScopeRule::of(*campaign(), repo()->clock().today()));
    if (!scope)
        return scope.error();
    m_scope = *scope;
    auto records = repo()->campaigns().selfInspections(campaign()->meta.uuid);
    if (!records)
        return records.error();
    m_model->setRows(core::selfInspectionRows(*campaign(), m_scope, *records, repo()->clock().today()));
    updateReminder();
    return {};
}

core::Status SelfInspectionTab::applyChange()
{
    if (!repo() || !campaign())
        return {};
    auto records = repo()->campaigns().selfInspections(campaign()->meta.uuid);
    if (!records)
        return records.error();
    const QList<core::SelfInspectionRow> rows =
        core::selfInspectionRows(*campaign(), m_scope, *records, repo()->clock().today());
    if (rows.size() != m_model->rowCount())
        return reload();
    for (int r = 0; r < rows.size(); ++r) {
        const auto &old = m_model->row(r);
        const bool same = old.record.has_value() == rows[r].record.has_value() &&
                          (!old.record || old.record->meta.revision == rows[r].record->meta.revision);
        if (!same)
            m_model->updateRow(r, rows[r]);
    }
    updateReminder();
    return {};
}

QString SelfInspectionTab::reminderText() const
{
    QStringList lines;
    for (const core::SelfInspectionRow &r : m_model->rows())
        if (r.daysOverdue > 0)
            lines << QStringList{r.name, r.contact, r.phone, tr("due %1").arg(labels::date(r.due))}.join(
                u'\t');
    return lines.join(u'\n');
}

void SelfInspectionTab::updateReminder()
{
    if (!campaign()) {
        hint()->clear();
        return;
    }
    const core::ReportCounts units = core::countReports(m_model->rows(), core::SubjectKind::Unit);
    const core::ReportCounts bureaus = core::countReports(m_model->rows(), core::SubjectKind::Bureau);
    QString text =
        tr("Units: %1 on time, %2 late, %3 missing. Lower bureaus: %4 on time, %5 late, %6 missing.")
            .arg(units.onTime)
            .arg(units.late)
            .arg(units.missing)
            .arg(bureaus.onTime)
            .arg(bureaus.late)
            .arg(bureaus.missing);
    if (units.overdue + bureaus.overdue > 0) {
        QStringList names;
        for (const core::SelfInspectionRow &r : m_model->rows())
            if (r.daysOverdue > 0)
                names << r.name;
        const QString shown = names.mid(0, 6).join(tr(", ")) + (names.size() > 6 ? tr(" …") : QString());
        text += QStringLiteral("<br><span style=\"color:#b00020\"><b>") +
                tr("Reminder: %n report(s) past the due day are missing: %1", nullptr, int(names.size()))
                    .arg(shown.toHtmlEscaped()) +
                QStringLiteral("</b></span>");
    }
    hint()->setText(text);
}

void SelfInspectionTab::receiveCurrent()
{
    if (!repo() || !campaign())
        return;
    const int r = m_model->rowOf(currentUuid());
    if (r < 0) {
        DialogService::instance().information(this, tr("Record received"),
                                              tr("Select the unit or bureau whose report arrived."));
        return;
    }
    const core::SelfInspectionRow &row = m_model->row(r);
    ReceiveDialog dialog(*repo(), *campaign(), row.kind, row.subject, row.name, row.record, this);
    if (dialog.exec() == QDialog::Accepted)
        Q_EMIT edited();
}

// SamplingTab

SamplingTab::SamplingTab(QWidget *parent) : CampaignTab(QStringLiteral("sampling"), parent)
{
    m_model = new DrawModel(this);
    setModel(m_model, {14, 14, 9, 8, 10, 18, 20});
    m_coverage = new CoverageModel(this);
    m_coverageView = new QTableView(this);
    m_coverageView->setObjectName(QStringLiteral("drawCoverageTable"));
    m_coverageView->setModel(m_coverage);
    m_coverageView->verticalHeader()->hide();
    m_coverageView->horizontalHeader()->setStretchLastSection(true);
    m_coverageView->setAlternatingRowColors(true);
    m_additions = new QLabel(this);
    m_additions->setObjectName(QStringLiteral("additionsLabel"));
    m_additions->setWordWrap(true);
    m_additions->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout()->addWidget(m_coverageView);
    layout()->addWidget(m_additions);
    static_cast<QVBoxLayout *>(layout())->setStretchFactor(m_coverageView, 2);

    QPushButton *draw = addButton(tr("&Draw the sample…"), QStringLiteral("drawButton"));
    connect(draw, &QPushButton::clicked, this, &SamplingTab::openWizard);
    QPushButton *print = addButton(tr("&Print the record…"), QStringLiteral("printRecordButton"));
    connect(print, &QPushButton::clicked, this, [this] {
        if (const core::SamplingRecord *r = current())
            RecordOutput::print(this, *r);
    });
    QPushButton *pdf = addButton(tr("Save as P&DF…"), QStringLiteral("savePdfButton"));
    connect(pdf, &QPushButton::clicked, this, [this] {
        if (const core::SamplingRecord *r = current())
            RecordOutput::savePdf(this, *r);
    });
    QPushButton *json = addButton(tr("Save as &JSON…"), QStringLiteral("saveJsonButton"));
    connect(json, &QPushButton::clicked, this, [this] {
        if (const core::SamplingRecord *r = current())
            RecordOutput::saveJson(this, *r);
    });
    QPushButton *verify = addButton(tr("&Verify"), QStringLiteral("verifyButton"));
    verify->setToolTip(tr("Re-derive the draw from its seed and compare it with the registry"));
    connect(verify, &QPushButton::clicked, this, &SamplingTab::verifyCurrent);
    connect(view()->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &SamplingTab::showCurrent);
}

core::Status SamplingTab::reload()
{
    QList<core::SamplingRecord> records;
    if (repo() && campaign()) {
        auto draws = repo()->campaigns().draws(campaign()->meta.uuid);
        if (!draws)
            return draws.error();
        for (const core::SamplingDraw &d : *draws) {
            auto r = core::CampaignSampling::read(d);
            if (!r)
                return r.error();
            records << *r;
        }
    }
    m_model->setRows(records);
    hint()->setText(
        records.isEmpty()
            ? tr("Not drawn yet. Draw the units and standards to inspect on site: at least 20 % of the "
                 "units in scope and a standard of every metrology field, by a draw anyone can re-derive.")
            : tr("%n draw(s); the latest one counts and the plan is made from it.", nullptr,
                 int(records.size())));
    if (!records.isEmpty())
        view()->selectRow(proxy()->mapFromSource(m_model->index(int(records.size()) - 1, 0)).row());
    showCurrent();
    return {};
}

const core::SamplingRecord *SamplingTab::current() const
{
    const int r = m_model->rowOf(currentUuid());
    return r >= 0 ? &m_model->row(r) : nullptr;
}

void SamplingTab::showCurrent()
{
    const core::SamplingRecord *r = current();
    if (!r) {
        m_coverage->setRows({});
        m_additions->clear();
        return;
    }
    m_coverage->setRecord(*r);
    m_coverageView->resizeColumnsToContents();
    QStringList lines;
    lines << tr("Seed %1, %2 of the %3 units drawn; SHA-256 of the record %4")
                 .arg(r->seed)
                 .arg(r->unitOutcome.baseSize)
                 .arg(r->units.size())
                 .arg(r->recordSha256.left(16));
    for (const core::sampling::Addition &a : r->unitOutcome.additions)
        if (const core::RecordUnit *u = r->unitByKey(a.key))
            lines << tr("The draw missed the field %1, so %2 was added.")
                         .arg(labels::fieldOfCode(a.stratum + QStringLiteral("000000")), u->name);
    m_additions->setText(lines.join(u'\n'));
}

void SamplingTab::openWizard()
{
    if (!repo() || !campaign())
        return;
    SamplingWizard wizard(*repo(), *campaign(), this);
    wizard.exec();
    if (wizard.stored())
        Q_EMIT edited();
}

void SamplingTab::verifyCurrent()
{
    const core::SamplingRecord *r = current();
    if (!r || !repo())
        return;
    const core::VerifyReport report = core::SamplingVerifier::verify(*r, repo());
    QStringList lines;
    for (const QString &l : report.checks)
        lines << QStringLiteral("✓ ") + l;
    for (const QString &l : report.notes)
        lines << QStringLiteral("· ") + l;
    for (const QString &l : report.differences)
        lines << QStringLiteral("✗ ") + l;
    DialogService::instance().information(
        this, report.confirmed() ? tr("The draw is confirmed") : tr("The draw differs"), lines.join(u'\n'));
}

// PlanTab

PlanTab::PlanTab(QWidget *parent) : CampaignTab(QStringLiteral("plan"), parent)
{
    m_model = new PlanModel(this);
    setModel(m_model, {24, 11, 22, 20, 12, 17, 17, 30});
    QPushButton *make = addButton(tr("&Make the plan from the draw"), QStringLiteral("makePlanButton"));
    connect(make, &QPushButton::clicked, this, &PlanTab::makePlan);
    QPushButton *teams = addButton(tr("Draw &teams…"), QStringLiteral("drawTeamsButton"));
    connect(teams, &QPushButton::clicked, this, &PlanTab::drawTeams);
    QPushButton *verify = addButton(tr("&Verify the teams"), QStringLiteral("verifyTeamsButton"));
    verify->setToolTip(
        tr("Re-derive every drawn team from its seed over the inspector directory as it is now"));
    connect(verify, &QPushButton::clicked, this, &PlanTab::verifyTeams);
    QPushButton *edit = addButton(tr("&Edit entry…"), QStringLiteral("editEntryButton"));
    edit->setToolTip(tr("Team, planned days, inspected or not (Enter)"));
    connect(edit, &QPushButton::clicked, this, &PlanTab::editCurrent);
    connect(view(), &QTableView::activated, this, &PlanTab::editCurrent);
}

core::Status PlanTab::reload()
{
    if (!repo() || !campaign()) {
        m_model->setRows({});
        hint()->clear();
        return {};
    }
    auto rows = core::CampaignPlan::rows(*repo(), *campaign());
    if (!rows)
        return rows.error();
    m_model->setRows(*rows);
    int inspected = 0, missed = 0, noTeam = 0, conflicts = 0;
    for (const core::PlanRow &r : *rows) {
        inspected += r.entry.status == core::PlanStatus::Inspected;
        missed += r.entry.status == core::PlanStatus::NotInspected;
        noTeam += r.entry.teamMode == core::TeamMode::None;
        conflicts += !r.conflictNames.isEmpty();
    }
    QString text =
        rows->isEmpty()
            ? tr("No plan yet: make it from the draw, then draw the teams.")
            : tr("%1 entries: %2 inspected, %3 not inspected, %4 still planned; %5 without a team.")
                  .arg(rows->size())
                  .arg(inspected)
                  .arg(missed)
                  .arg(rows->size() - inspected - missed)
                  .arg(noTeam);
    if (conflicts > 0)
        text += QStringLiteral(" <span style=\"color:#b00020\"><b>") +
                tr("%n team(s) include someone who declared a conflict of interest.", nullptr, conflicts) +
                QStringLiteral("</b></span>");
    hint()->setText(text);
    return {};
}

void PlanTab::makePlan()
{
    if (!repo() || !campaign())
        return;
    auto added = core::CampaignPlan::createFromLatestDraw(*repo(), *campaign(), core::systemActor());
    if (!added) {
        reportError(tr("Cannot make the plan"), added.error());
        return;
    }
    DialogService::instance().information(
        this, tr("Plan"), tr("%n entry(ies) added from the latest draw.", nullptr, int(added->size())));
    Q_EMIT edited();
}

void PlanTab::drawTeams()
{
    if (!repo() || !campaign())
        return;
    TeamDrawDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    auto drawn = core::CampaignPlan::drawTeams(*repo(), *campaign(), dialog.seed(), dialog.settings(),
                                               core::systemActor());
    if (!drawn) {
        reportError(tr("Cannot draw the teams"), drawn.error());
        return;
    }
    DialogService::instance().information(
        this, tr("Teams"),
        tr("Teams drawn for %n entry(ies) with the seed %1.", nullptr, *drawn).arg(dialog.seed()));
    Q_EMIT edited();
}

void PlanTab::verifyTeams()
{
    if (!repo() || !campaign())
        return;
    auto checks = core::CampaignPlan::verifyTeams(*repo(), *campaign());
    if (!checks) {
        reportError(tr("Cannot verify the teams"), checks.error());
        return;
    }
    if (checks->isEmpty()) {
        DialogService::instance().information(this, tr("Teams"), tr("No team of the plan was drawn."));
        return;
    }
    QStringList lines;
    int differing = 0;
    for (const core::TeamCheck &c : *checks) {
        if (c.confirmed) {
            lines << QStringLiteral("✓ ") +
                         tr("%1: follows from the seed %2").arg(c.row.subjectName, c.row.entry.teamSeed);
            continue;
        }
        ++differing;
        for (const QString &d : c.differences)
            lines << QStringLiteral("✗ ") + tr("%1: %2").arg(c.row.subjectName, d);
    }
    const QString title =
        differing == 0 ? tr("%n drawn team(s) confirmed", nullptr, int(checks->size()))
                       : tr("%1 of %n drawn team(s) differ", nullptr, int(checks->size())).arg(differing);
    DialogService::instance().information(this, title, lines.join(u'\n'));
}

void PlanTab::editCurrent()
{
    if (!repo() || !campaign())
        return;
    const int r = m_model->rowOf(currentUuid());
    if (r < 0)
        return;
    PlanEntryDialog dialog(*repo(), *campaign(), m_model->row(r), this);
    if (dialog.exec() == QDialog::Accepted)
        Q_EMIT edited();
}

// InspectorsTab

InspectorsTab::InspectorsTab(QWidget *parent) : CampaignTab(QStringLiteral("inspectors"), parent)
{
    m_model = new InspectorModel(this);
    setModel(m_model, {12, 10, 24, 6, 14, 30});
    QPushButton *add = addButton(tr("&Add person…"), QStringLiteral("addInspectorButton"));
    connect(add, &QPushButton::clicked, this, &InspectorsTab::addInspector);
    QPushButton *edit = addButton(tr("&Edit…"), QStringLiteral("editInspectorButton"));
    connect(edit, &QPushButton::clicked, this, &InspectorsTab::editCurrent);
    QPushButton *conflict =
        addButton(tr("Declare a &conflict of interest…"), QStringLiteral("declareConflictButton"));
    connect(conflict, &QPushButton::clicked, this, &InspectorsTab::declareConflict);
    connect(view(), &QTableView::activated, this, &InspectorsTab::editCurrent);
}

core::Status InspectorsTab::reload()
{
    if (!repo() || !campaign()) {
        m_model->setRows({});
        hint()->clear();
        return {};
    }
    auto rows = core::CampaignPlan::directory(*repo(), campaign()->bureau);
    if (!rows)
        return rows.error();
    m_model->setRows(*rows);
    hint()->setText(
        tr("The inspector directory of the organising bureau: teams are drawn from its active "
           "inspectors; an assessor (考评员) can join a team. A declared conflict of interest keeps a "
           "person off that unit's team."));
    return {};
}

void InspectorsTab::addInspector()
{
    if (!repo() || !campaign())
        return;
    InspectorDialog dialog(*repo(), campaign()->bureau, std::nullopt, this);
    if (dialog.exec() == QDialog::Accepted)
        Q_EMIT edited();
}

void InspectorsTab::editCurrent()
{
    const int r = m_model->rowOf(currentUuid());
    if (r < 0 || !repo())
        return;
    InspectorDialog dialog(*repo(), campaign()->bureau, m_model->row(r).inspector, this);
    if (dialog.exec() == QDialog::Accepted)
        Q_EMIT edited();
}

void InspectorsTab::declareConflict()
{
    const int r = m_model->rowOf(currentUuid());
    if (r < 0 || !repo()) {
        DialogService::instance().information(this, tr("Conflict of interest"),
                                              tr("Select the person who declares the conflict."));
        return;
    }
    ConflictDialog dialog(*repo(), m_model->row(r).inspector, this);
    if (dialog.exec() == QDialog::Accepted)
        Q_EMIT edited();
}

} // namespace ui

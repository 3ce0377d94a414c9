#include "campaigndialogs.h"

#include "campaign/campaignstore.h"
#include "campaign/campaignvocab.h"
#include "clock.h"
#include "dialogservice.h"
#include "fielderrorlabel.h"
#include "labels.h"
#include "storage/repository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRandomGenerator>
#include <QSet>
#include <QSpinBox>
#include <QVBoxLayout>

namespace ui {

namespace cv = core::campaignvocab;

namespace {
QDialogButtonBox *buttons(QDialog *dialog)
{
    auto *box = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    box->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("okButton"));
    box->button(QDialogButtonBox::Ok)->setDefault(true);
    QObject::connect(box, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    QObject::connect(box, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    return box;
}

QDateEdit *dateEdit(const QString &name, QDate date, QWidget *parent)
{
    auto *edit = new QDateEdit(date, parent);
    edit->setObjectName(name);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    return edit;
}
} // namespace

// ReceiveDialog

ReceiveDialog::ReceiveDialog(core::Repository &repo, const core::Campaign &campaign, core::SubjectKind kind,
                             const QUuid &subject, const QString &name,
                             std::optional<core::SelfInspection> existing, QWidget *parent)
    : QDialog(parent), m_repo(repo)
{
    setObjectName(QStringLiteral("receiveDialog"));
    setWindowTitle(tr("Self-inspection received: %1").arg(name));
    if (existing) {
        m_record = *existing;
    } else {
        m_record.campaign = campaign.meta.uuid;
        m_record.subjectKind = kind;
        m_record.subject = subject;
    }
    const QDate today = repo.clock().today();
    m_received = dateEdit(QStringLiteral("receivedDateEdit"),
                          m_record.receivedOn.isValid() ? m_record.receivedOn : today, this);
    m_received->setMaximumDate(today);
    m_note = new QLineEdit(m_record.note, this);
    m_note->setObjectName(QStringLiteral("receiveNoteEdit"));

    auto *form = new QFormLayout;
    const QDate due =
        kind == core::SubjectKind::Unit ? campaign.phases.unitReportsDue : campaign.phases.bureauReportsDue;
    form->addRow(tr("Due:"), new QLabel(labels::date(due), this));
    form->addRow(tr("&Received on:"), m_received);
    const QList<std::pair<core::SelfInspectionDocument, QString>> documents = {
        {core::SelfInspectionDocument::Report, QStringLiteral("reportFileButton")},
        {core::SelfInspectionDocument::Problems, QStringLiteral("problemsFileButton")},
        {core::SelfInspectionDocument::Rectification, QStringLiteral("rectificationFileButton")}};
    for (const auto &[doc, object] : documents) {
        auto *row = new QWidget(this);
        auto *h = new QHBoxLayout(row);
        h->setContentsMargins(0, 0, 0, 0);
        auto *label = new QLabel(row);
        bool attached = false;
        switch (doc) {
        case core::SelfInspectionDocument::Report:
            attached = !m_record.report.isNull();
            break;
        case core::SelfInspectionDocument::Problems:
            attached = !m_record.problems.isNull();
            break;
        case core::SelfInspectionDocument::Rectification:
            attached = !m_record.rectification.isNull();
            break;
        }
        label->setText(attached ? tr("attached") : tr("none"));
        auto *button = new QPushButton(tr("Choose file…"), row);
        button->setObjectName(object);
        connect(button, &QPushButton::clicked, this, [this, d = doc] { chooseFile(d); });
        h->addWidget(label, 1);
        h->addWidget(button);
        m_fileLabels.insert(int(doc), label);
        form->addRow(cv::label(doc) + u':', row);
    }
    form->addRow(tr("&Note:"), m_note);
    m_error = new FieldErrorLabel(QStringLiteral("receiveErrorLabel"), this);
    m_buttons = buttons(this);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
}

QPushButton *ReceiveDialog::okButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

void ReceiveDialog::chooseFile(core::SelfInspectionDocument kind)
{
    const QString path = DialogService::instance().openFileName(
        this, tr("Attach the %1").arg(cv::label(kind)), {},
        tr("Documents (*.pdf *.jpg *.jpeg *.png *.doc *.docx *.wps *.txt);;All files (*)"));
    if (path.isEmpty())
        return;
    m_files.insert(int(kind), path);
    m_fileLabels.value(int(kind))->setText(QFileInfo(path).fileName());
}

void ReceiveDialog::accept()
{
    core::SelfInspection s = m_record;
    s.receivedOn = m_received->date();
    s.note = m_note->text().trimmed();
    const QString actor = core::systemActor();
    core::Status st = m_repo.transaction([&]() -> core::Status {
        auto saved = m_repo.campaigns().saveSelfInspection(s, actor);
        if (!saved)
            return saved.error();
        for (auto it = m_files.cbegin(); it != m_files.cend(); ++it) {
            auto attached = m_repo.campaigns().attachDocument(
                saved->meta.uuid, core::SelfInspectionDocument(it.key()), it.value(), actor);
            if (!attached)
                return attached.error();
        }
        return {};
    });
    if (!st) {
        m_error->setError(st.error().text());
        return;
    }
    QDialog::accept();
}

// TeamDrawDialog

TeamDrawDialog::TeamDrawDialog(QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("teamDrawDialog"));
    setWindowTitle(tr("Draw the inspection teams"));
    m_seed = new QLineEdit(this);
    m_seed->setObjectName(QStringLiteral("teamSeedEdit"));
    m_seed->setPlaceholderText(tr("e.g. a number drawn at the meeting"));
    auto *random = new QPushButton(tr("&Random seed"), this);
    random->setObjectName(QStringLiteral("randomTeamSeedButton"));
    connect(random, &QPushButton::clicked, this,
            [this] { m_seed->setText(QString::number(QRandomGenerator::system()->bounded(100000000u))); });
    auto *seedRow = new QWidget(this);
    auto *h = new QHBoxLayout(seedRow);
    h->setContentsMargins(0, 0, 0, 0);
    h->addWidget(m_seed, 1);
    h->addWidget(random);
    m_size = new QSpinBox(this);
    m_size->setObjectName(QStringLiteral("teamSizeSpinBox"));
    m_size->setRange(2, 10);
    m_assessor = new QCheckBox(tr("Also draw an assessor (考评员) for each team"), this);
    m_assessor->setObjectName(QStringLiteral("teamAssessorCheckBox"));
    auto *form = new QFormLayout;
    form->addRow(tr("&Seed:"), seedRow);
    form->addRow(tr("&Inspectors per team:"), m_size);
    form->addRow(QString(), m_assessor);
    auto *note =
        new QLabel(tr("Teams are drawn for the plan entries without a team, from the active inspectors "
                      "of the organising bureau, leaving out anyone with a declared conflict of interest "
                      "with the unit. The same seed gives the same teams."),
                   this);
    note->setWordWrap(true);
    m_buttons = buttons(this);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(m_buttons);
    okButton()->setEnabled(false);
    connect(m_seed, &QLineEdit::textChanged, this,
            [this](const QString &t) { okButton()->setEnabled(!t.trimmed().isEmpty()); });
}

QString TeamDrawDialog::seed() const
{
    return m_seed->text().trimmed();
}

core::TeamSettings TeamDrawDialog::settings() const
{
    return {m_size->value(), m_assessor->isChecked()};
}

QPushButton *TeamDrawDialog::okButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

// PlanEntryDialog

PlanEntryDialog::PlanEntryDialog(core::Repository &repo, const core::Campaign &campaign,
                                 const core::PlanRow &row, QWidget *parent)
    : QDialog(parent), m_repo(repo), m_campaign(campaign), m_entry(row.entry)
{
    setObjectName(QStringLiteral("planEntryDialog"));
    setWindowTitle(tr("Plan: %1").arg(row.subjectName));
    QHash<QUuid, QString> conflicts;
    if (auto all = repo.campaigns().conflicts())
        for (const core::InspectorConflict &c : *all)
            if (c.unit == m_entry.subject)
                conflicts.insert(c.inspector, c.reason);
    if (auto people = repo.campaigns().inspectors(campaign.bureau))
        m_people = *people;

    m_team = new QListWidget(this);
    m_team->setObjectName(QStringLiteral("teamList"));
    m_assessor = new QComboBox(this);
    m_assessor->setObjectName(QStringLiteral("assessorComboBox"));
    m_assessor->addItem(tr("(none)"), QUuid());
    for (const core::Inspector &i : std::as_const(m_people)) {
        const bool member = m_entry.inspectors.contains(i.meta.uuid) || i.meta.uuid == m_entry.assessor;
        if (!i.active && !member)
            continue;
        const QString reason = conflicts.value(i.meta.uuid);
        if (i.role == core::InspectorRole::Assessor) {
            m_assessor->addItem(reason.isEmpty() ? i.name : tr("%1 — conflict of interest").arg(i.name),
                                i.meta.uuid);
            continue;
        }
        auto *item = new QListWidgetItem(
            reason.isEmpty() ? i.name : tr("%1 — conflict of interest: %2").arg(i.name, reason), m_team);
        item->setData(Qt::UserRole, i.meta.uuid);
        item->setFlags(Qt::ItemIsUserCheckable | Qt::ItemIsSelectable |
                       (reason.isEmpty() || member ? Qt::ItemIsEnabled : Qt::NoItemFlags));
        item->setCheckState(m_entry.inspectors.contains(i.meta.uuid) ? Qt::Checked : Qt::Unchecked);
        if (!reason.isEmpty())
            item->setToolTip(tr("Declared a conflict of interest with this unit: %1").arg(reason));
    }
    m_assessor->setCurrentIndex(std::max(0, m_assessor->findData(m_entry.assessor)));
    m_teamReason =
        new QLineEdit(m_entry.teamMode == core::TeamMode::Manual ? m_entry.teamReason : QString(), this);
    m_teamReason->setObjectName(QStringLiteral("teamReasonEdit"));
    m_teamReason->setPlaceholderText(tr("Why the team is set by hand instead of drawn"));

    const core::PhaseSpan &onSite = campaign.phases.onSite;
    m_scheduled = new QCheckBox(tr("Planned days"), this);
    m_scheduled->setObjectName(QStringLiteral("scheduledCheckBox"));
    m_scheduled->setChecked(m_entry.plannedFrom.isValid());
    m_from = dateEdit(QStringLiteral("plannedFromEdit"),
                      m_entry.plannedFrom.isValid() ? m_entry.plannedFrom : onSite.start, this);
    m_to = dateEdit(QStringLiteral("plannedToEdit"),
                    m_entry.plannedTo.isValid() ? m_entry.plannedTo : onSite.start, this);
    for (QDateEdit *e : {m_from, m_to})
        e->setDateRange(onSite.start, onSite.end);
    m_status = new QComboBox(this);
    m_status->setObjectName(QStringLiteral("planStatusComboBox"));
    for (core::PlanStatus s : cv::planStatuses())
        m_status->addItem(cv::label(s), int(s));
    m_status->setCurrentIndex(m_status->findData(int(m_entry.status)));
    const QDate today = repo.clock().today();
    m_inspectedOn = dateEdit(QStringLiteral("inspectedOnEdit"),
                             m_entry.inspectedOn.isValid() ? m_entry.inspectedOn : today, this);
    m_inspectedOn->setDateRange(onSite.start, std::max(today, onSite.start));
    m_reason = new QPlainTextEdit(m_entry.notInspectedReason, this);
    m_reason->setObjectName(QStringLiteral("notInspectedReasonEdit"));
    m_reason->setPlaceholderText(tr("Why the unit could not be inspected, in detail"));
    m_followUp = new QPlainTextEdit(m_entry.followUp, this);
    m_followUp->setObjectName(QStringLiteral("followUpEdit"));
    m_followUp->setPlaceholderText(tr("How and when it will be inspected"));
    m_followUpOn = dateEdit(QStringLiteral("followUpOnEdit"),
                            m_entry.followUpOn.isValid() ? m_entry.followUpOn : today.addDays(7), this);
    for (QPlainTextEdit *e : {m_reason, m_followUp}) {
        e->setTabChangesFocus(true);
        e->setMaximumHeight(fontMetrics().height() * 4);
    }

    auto *days = new QWidget(this);
    auto *dh = new QHBoxLayout(days);
    dh->setContentsMargins(0, 0, 0, 0);
    dh->addWidget(m_scheduled);
    dh->addWidget(m_from);
    dh->addWidget(new QLabel(QStringLiteral("–"), days));
    dh->addWidget(m_to);
    dh->addStretch();

    auto *form = new QFormLayout;
    form->addRow(tr("Standards to inspect:"), new QLabel(row.certificates.join(tr(", ")), this));
    form->addRow(tr("&Inspectors:"), m_team);
    form->addRow(tr("&Assessor:"), m_assessor);
    form->addRow(tr("Reason for setting the team by &hand:"), m_teamReason);
    form->addRow(tr("On-site phase %1 – %2:").arg(labels::date(onSite.start), labels::date(onSite.end)),
                 days);
    form->addRow(tr("&Status:"), m_status);
    form->addRow(tr("Inspected &on:"), m_inspectedOn);
    form->addRow(tr("Why not &inspected:"), m_reason);
    form->addRow(tr("&Follow-up plan:"), m_followUp);
    form->addRow(tr("Follow-up &day:"), m_followUpOn);
    m_error = new FieldErrorLabel(QStringLiteral("planErrorLabel"), this);
    m_buttons = buttons(this);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);

    connect(m_status, &QComboBox::currentIndexChanged, this, &PlanEntryDialog::updateState);
    connect(m_scheduled, &QCheckBox::toggled, this, &PlanEntryDialog::updateState);
    connect(m_from, &QDateEdit::dateChanged, this, [this](QDate d) {
        if (m_to->date() < d)
            m_to->setDate(d);
    });
    updateState();
}

QPushButton *PlanEntryDialog::okButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

void PlanEntryDialog::updateState()
{
    const auto status = core::PlanStatus(m_status->currentData().toInt());
    m_inspectedOn->setEnabled(status == core::PlanStatus::Inspected);
    const bool missed = status == core::PlanStatus::NotInspected;
    m_reason->setEnabled(missed || !m_reason->toPlainText().isEmpty());
    m_followUp->setEnabled(missed || !m_followUp->toPlainText().isEmpty());
    m_followUpOn->setEnabled(missed);
    m_from->setEnabled(m_scheduled->isChecked());
    m_to->setEnabled(m_scheduled->isChecked());
}

core::PlanEntry PlanEntryDialog::edited() const
{
    core::PlanEntry e = m_entry;
    QList<QUuid> team;
    for (int i = 0; i < m_team->count(); ++i)
        if (m_team->item(i)->checkState() == Qt::Checked)
            team << m_team->item(i)->data(Qt::UserRole).toUuid();
    const QUuid assessor = m_assessor->currentData().toUuid();
    const bool sameTeam = QSet<QUuid>(team.begin(), team.end()) ==
                              QSet<QUuid>(m_entry.inspectors.begin(), m_entry.inspectors.end()) &&
                          assessor == m_entry.assessor;
    if (!sameTeam ||
        (m_entry.teamMode == core::TeamMode::Manual && m_teamReason->text() != m_entry.teamReason)) {
        e.inspectors = team;
        e.assessor = assessor;
        e.teamMode = team.isEmpty() && assessor.isNull() ? core::TeamMode::None : core::TeamMode::Manual;
        e.teamReason = m_teamReason->text().trimmed();
        e.teamSeed.clear();
        e.teamPopulationSha256.clear();
    }
    e.plannedFrom = m_scheduled->isChecked() ? m_from->date() : QDate();
    e.plannedTo = m_scheduled->isChecked() ? m_to->date() : QDate();
    e.status = core::PlanStatus(m_status->currentData().toInt());
    e.inspectedOn = e.status == core::PlanStatus::Inspected ? m_inspectedOn->date() : QDate();
    e.notInspectedReason = m_reason->toPlainText().trimmed();
    e.followUp = m_followUp->toPlainText().trimmed();
    e.followUpOn = e.status == core::PlanStatus::NotInspected ? m_followUpOn->date() : m_entry.followUpOn;
    return e;
}

void PlanEntryDialog::accept()
{
    auto saved = m_repo.campaigns().savePlanEntry(edited(), core::systemActor());
    if (!saved) {
        m_error->setError(saved.error().message);
        return;
    }
    m_entry = *saved;
    QDialog::accept();
}

// InspectorDialog

InspectorDialog::InspectorDialog(core::Repository &repo, const QUuid &bureau,
                                 std::optional<core::Inspector> existing, QWidget *parent)
    : QDialog(parent), m_repo(repo)
{
    setObjectName(QStringLiteral("inspectorDialog"));
    setWindowTitle(existing ? tr("Edit inspector") : tr("New inspector"));
    if (existing)
        m_inspector = *existing;
    else
        m_inspector.bureau = bureau;
    m_name = new QLineEdit(m_inspector.name, this);
    m_name->setObjectName(QStringLiteral("inspectorNameEdit"));
    m_role = new QComboBox(this);
    m_role->setObjectName(QStringLiteral("inspectorRoleComboBox"));
    for (core::InspectorRole r : {core::InspectorRole::Inspector, core::InspectorRole::Assessor})
        m_role->addItem(cv::label(r), int(r));
    m_role->setCurrentIndex(m_role->findData(int(m_inspector.role)));
    m_phone = new QLineEdit(m_inspector.phone, this);
    m_phone->setObjectName(QStringLiteral("inspectorPhoneEdit"));
    m_active = new QCheckBox(tr("Active (can be drawn for teams)"), this);
    m_active->setObjectName(QStringLiteral("inspectorActiveCheckBox"));
    m_active->setChecked(m_inspector.active);
    m_note = new QLineEdit(m_inspector.note, this);
    m_note->setObjectName(QStringLiteral("inspectorNoteEdit"));
    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Role:"), m_role);
    form->addRow(tr("&Telephone:"), m_phone);
    form->addRow(QString(), m_active);
    form->addRow(tr("N&ote:"), m_note);
    m_error = new FieldErrorLabel(QStringLiteral("inspectorErrorLabel"), this);
    m_buttons = buttons(this);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    okButton()->setEnabled(!m_name->text().trimmed().isEmpty());
    connect(m_name, &QLineEdit::textChanged, this,
            [this](const QString &t) { okButton()->setEnabled(!t.trimmed().isEmpty()); });
}

QPushButton *InspectorDialog::okButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

void InspectorDialog::accept()
{
    core::Inspector i = m_inspector;
    i.name = m_name->text().trimmed();
    i.role = core::InspectorRole(m_role->currentData().toInt());
    i.phone = m_phone->text().trimmed();
    i.active = m_active->isChecked();
    i.note = m_note->text().trimmed();
    auto saved = m_repo.campaigns().saveInspector(i, core::systemActor());
    if (!saved) {
        m_error->setError(saved.error().message);
        return;
    }
    QDialog::accept();
}

// ConflictDialog

ConflictDialog::ConflictDialog(core::Repository &repo, const core::Inspector &inspector, QWidget *parent)
    : QDialog(parent), m_repo(repo), m_inspector(inspector)
{
    setObjectName(QStringLiteral("conflictDialog"));
    setWindowTitle(tr("Conflict of interest of %1").arg(inspector.name));
    m_unit = new QComboBox(this);
    m_unit->setObjectName(QStringLiteral("conflictUnitComboBox"));
    m_unit->setEditable(true);
    m_unit->setInsertPolicy(QComboBox::NoInsert);
    if (auto units = repo.units())
        for (const core::Unit &u : *units)
            m_unit->addItem(u.name + QStringLiteral(" (") + u.creditCode + u')', u.meta.uuid);
    m_unit->setCurrentIndex(-1);
    m_reason = new QLineEdit(this);
    m_reason->setObjectName(QStringLiteral("conflictReasonEdit"));
    m_reason->setPlaceholderText(tr("e.g. a close relative works there"));
    auto *form = new QFormLayout;
    form->addRow(tr("&Unit:"), m_unit);
    form->addRow(tr("&Reason:"), m_reason);
    m_error = new FieldErrorLabel(QStringLiteral("conflictErrorLabel"), this);
    m_buttons = buttons(this);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
}

QPushButton *ConflictDialog::okButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

void ConflictDialog::accept()
{
    const int i = m_unit->findText(m_unit->currentText());
    if (i < 0) {
        m_error->setError(tr("choose the unit from the list"));
        return;
    }
    core::InspectorConflict c;
    c.inspector = m_inspector.meta.uuid;
    c.unit = m_unit->itemData(i).toUuid();
    c.reason = m_reason->text().trimmed();
    auto saved = m_repo.campaigns().saveConflict(c, core::systemActor());
    if (!saved) {
        m_error->setError(saved.error().message);
        return;
    }
    QDialog::accept();
}

} // namespace ui

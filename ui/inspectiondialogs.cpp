#include "inspectiondialogs.h"

#include "clock.h"
#include "inspection/inspection.h"
#include "storage/repository.h"
#include "verification/verificationstore.h"

#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace ui {

using core::InspectionVocabulary;

// ---- TeamEditor -------------------------------------------------------------------------------------------

TeamEditor::TeamEditor(QWidget *parent) : QWidget(parent)
{
    m_table = new QTableWidget(0, 3);
    m_table->setObjectName(QStringLiteral("teamTable"));
    m_table->setHorizontalHeaderLabels({tr("Name"), tr("Position or office"), tr("Role")});
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->setMinimumHeight(110);
    connect(m_table, &QTableWidget::itemChanged, this, &TeamEditor::changed);
    auto *add = new QPushButton(tr("Add &member"));
    add->setObjectName(QStringLiteral("addMemberButton"));
    connect(add, &QPushButton::clicked, this, [this] {
        addMember();
        m_table->setCurrentCell(m_table->rowCount() - 1, 0);
        m_table->editItem(m_table->item(m_table->rowCount() - 1, 0));
    });
    auto *remove = new QPushButton(tr("&Remove member"));
    remove->setObjectName(QStringLiteral("removeMemberButton"));
    connect(remove, &QPushButton::clicked, this, [this] {
        if (m_table->currentRow() >= 0) {
            m_table->removeRow(m_table->currentRow());
            Q_EMIT changed();
        }
    });
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table);
    layout->addLayout(buttons);
}

void TeamEditor::setRoles(const QList<core::TemplateSigner> &roles)
{
    const QList<core::TeamMember> current = team();
    m_roles.clear();
    for (const core::TemplateSigner &s : roles)
        if (s.role != u"representative")
            m_roles << s;
    setTeam(current);
}

void TeamEditor::addMember(const core::TeamMember &m)
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    m_table->setItem(row, 0, new QTableWidgetItem(m.name));
    m_table->setItem(row, 1, new QTableWidgetItem(m.position));
    auto *role = new QComboBox;
    for (const core::TemplateSigner &s : m_roles)
        role->addItem(InspectionVocabulary::pick(s.label, s.labelEn), s.role);
    role->setCurrentIndex(std::max(0, role->findData(m.role)));
    connect(role, &QComboBox::currentIndexChanged, this, &TeamEditor::changed);
    m_table->setCellWidget(row, 2, role);
    Q_EMIT changed();
}

void TeamEditor::setTeam(const QList<core::TeamMember> &team)
{
    m_table->setRowCount(0);
    for (const core::TeamMember &m : team)
        addMember(m);
    Q_EMIT changed();
}

QList<core::TeamMember> TeamEditor::team() const
{
    QList<core::TeamMember> out;
    for (int r = 0; r < m_table->rowCount(); ++r) {
        core::TeamMember m;
        m.name = m_table->item(r, 0) ? m_table->item(r, 0)->text().trimmed() : QString();
        m.position = m_table->item(r, 1) ? m_table->item(r, 1)->text().trimmed() : QString();
        if (auto *role = qobject_cast<QComboBox *>(m_table->cellWidget(r, 2)))
            m.role = role->currentData().toString();
        if (!m.name.isEmpty())
            out << m;
    }
    return out;
}

// ---- NewInspectionDialog ---------------------------------------------------------------------------------

NewInspectionDialog::NewInspectionDialog(core::Repository &repo, QWidget *parent)
    : QDialog(parent), m_repo(repo)
{
    setObjectName(QStringLiteral("newInspectionDialog"));
    setWindowTitle(tr("New inspection"));
    m_template = new QComboBox;
    m_template->setObjectName(QStringLiteral("templateComboBox"));
    if (auto list = repo.inspections().templates()) {
        m_templates = *list;
        // The newest version of each template first.
        for (qsizetype i = m_templates.size() - 1; i >= 0; --i) {
            const core::StoredTemplate &s = m_templates[i];
            m_template->addItem(QStringLiteral("%1 (%2)").arg(s.title, s.version), int(i));
        }
    }
    m_subject = new QComboBox;
    m_subject->setObjectName(QStringLiteral("subjectComboBox"));
    m_subject->setEditable(true);
    m_subject->setInsertPolicy(QComboBox::NoInsert);
    m_subject->completer()->setFilterMode(Qt::MatchContains);
    m_subject->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_subjectLabel = new QLabel;
    m_date = new QDateEdit(repo.clock().today());
    m_date->setObjectName(QStringLiteral("inspectionDateEdit"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_place = new QLineEdit;
    m_place->setObjectName(QStringLiteral("placeEdit"));
    m_place->setPlaceholderText(tr("e.g. the unit's laboratory"));
    m_campaign = new QLineEdit;
    m_campaign->setObjectName(QStringLiteral("campaignEdit"));
    m_campaign->setPlaceholderText(tr("the campaign's id, if the inspection belongs to one"));
    m_team = new TeamEditor;
    m_error = new QLabel;
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020"));
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Create"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &NewInspectionDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *form = new QFormLayout;
    form->addRow(tr("&Checklist:"), m_template);
    form->addRow(m_subjectLabel, m_subject);
    form->addRow(tr("&Date:"), m_date);
    form->addRow(tr("&Place:"), m_place);
    form->addRow(tr("Ca&mpaign:"), m_campaign);
    form->addRow(tr("&Team:"), m_team);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    resize(640, 480);

    // The team of the last record, as inspectors work in the same pairs for days.
    const QList<core::TeamMember> lastTeam =
        core::teamFromText(QSettings().value(QStringLiteral("inspection/lastTeam")).toString());
    connect(m_template, &QComboBox::currentIndexChanged, this, &NewInspectionDialog::templateChosen);
    connect(m_subject, &QComboBox::currentIndexChanged, this, &NewInspectionDialog::updateOk);
    connect(m_team, &TeamEditor::changed, this, &NewInspectionDialog::updateOk);
    templateChosen();
    if (!lastTeam.isEmpty())
        m_team->setTeam(lastTeam);
    else
        m_team->addMember({core::systemActor(), {}, QStringLiteral("inspector")});
    updateOk();
}

void NewInspectionDialog::templateChosen()
{
    const int i = m_template->currentData().toInt();
    if (i < 0 || i >= m_templates.size())
        return;
    const core::StoredTemplate &s = m_templates[i];
    m_subject->clear();
    if (s.subject == core::InspectionSubject::Standard) {
        m_subjectLabel->setText(tr("&Standard:"));
        auto standards = m_repo.standards();
        auto units = m_repo.units();
        QHash<QUuid, QString> unitNames;
        if (units)
            for (const core::Unit &u : *units)
                unitNames.insert(u.meta.uuid, u.name);
        if (standards) {
            QList<const core::Standard *> sorted;
            for (const core::Standard &st : *standards)
                if (st.status != core::StandardStatus::Cancelled)
                    sorted << &st;
            std::sort(sorted.begin(), sorted.end(), [&](const core::Standard *a, const core::Standard *b) {
                return std::tie(unitNames[a->holder], a->name) < std::tie(unitNames[b->holder], b->name);
            });
            for (const core::Standard *st : sorted)
                m_subject->addItem(QStringLiteral("%1 — %2 (%3)")
                                       .arg(unitNames.value(st->holder), st->name, st->certificateNo),
                                   st->meta.uuid);
        }
    } else if (s.subject == core::InspectionSubject::Institution) {
        m_subjectLabel->setText(tr("&Institution:"));
        if (auto bodies = m_repo.verification().bodies()) {
            QList<const core::VerificationBody *> sorted;
            for (const core::VerificationBody &b : *bodies)
                if (b.status != core::BodyStatus::Revoked && b.status != core::BodyStatus::Withdrawn)
                    sorted << &b;
            std::sort(sorted.begin(), sorted.end(),
                      [](const core::VerificationBody *a, const core::VerificationBody *b) {
                          return a->name < b->name;
                      });
            for (const core::VerificationBody *b : sorted)
                m_subject->addItem(QStringLiteral("%1 (%2, %3)")
                                       .arg(b->name, core::verificationvocab::label(b->kind), b->creditCode),
                                   b->meta.uuid);
        }
    } else {
        m_subjectLabel->setText(tr("&Bureau:"));
        if (auto bureaus = m_repo.bureaus())
            for (const core::Bureau &b : *bureaus)
                m_subject->addItem(b.name, b.meta.uuid);
    }
    m_subject->setCurrentIndex(m_subject->count() > 0 ? 0 : -1);
    if (auto t = core::ChecklistTemplates::parse(s.content, s.templateId))
        m_team->setRoles(t->signers);
    updateOk();
}

void NewInspectionDialog::setStandard(const QUuid &standard)
{
    setSubject(core::InspectionSubject::Standard, standard);
}

void NewInspectionDialog::setSubject(core::InspectionSubject subject, const QUuid &uuid)
{
    const int current = m_template->currentData().toInt();
    if (current < 0 || current >= m_templates.size() || m_templates[current].subject != subject)
        for (int i = 0; i < m_template->count(); ++i)
            if (m_templates[m_template->itemData(i).toInt()].subject == subject) {
                m_template->setCurrentIndex(i);
                break;
            }
    const int row = m_subject->findData(uuid);
    if (row >= 0)
        m_subject->setCurrentIndex(row);
}

QPushButton *NewInspectionDialog::okButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

void NewInspectionDialog::updateOk()
{
    const bool ok = m_subject->currentIndex() >= 0 && !m_subject->currentData().toUuid().isNull() &&
                    !m_team->team().isEmpty();
    okButton()->setEnabled(ok);
    m_error->setText(m_team->team().isEmpty() ? tr("The team needs at least one member.") : QString());
}

core::NewInspection NewInspectionDialog::spec() const
{
    core::NewInspection spec;
    const int i = m_template->currentData().toInt();
    if (i >= 0 && i < m_templates.size()) {
        spec.templateId = m_templates[i].templateId;
        spec.templateVersion = m_templates[i].version;
        if (m_templates[i].subject == core::InspectionSubject::Standard)
            spec.standard = m_subject->currentData().toUuid();
        else if (m_templates[i].subject == core::InspectionSubject::Institution)
            spec.institution = m_subject->currentData().toUuid();
        else
            spec.bureau = m_subject->currentData().toUuid();
    }
    spec.date = m_date->date();
    spec.place = m_place->text().trimmed();
    spec.team = m_team->team();
    spec.campaign = QUuid::fromString(m_campaign->text().trimmed());
    return spec;
}

void NewInspectionDialog::accept()
{
    if (!m_campaign->text().trimmed().isEmpty() && QUuid::fromString(m_campaign->text().trimmed()).isNull()) {
        m_error->setText(tr("The campaign must be given by its id (a UUID), or left empty."));
        return;
    }
    auto created = m_repo.inspections().create(spec(), core::systemActor());
    if (!created) {
        m_error->setText(created.error().text());
        return;
    }
    m_created = *created;
    QSettings().setValue(QStringLiteral("inspection/lastTeam"), core::teamToText(m_created.team));
    QDialog::accept();
}

// ---- TeamDialog -------------------------------------------------------------------------------------------

TeamDialog::TeamDialog(const core::ChecklistTemplate &t, const QList<core::TeamMember> &team, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("teamDialog"));
    setWindowTitle(tr("Inspection team"));
    m_editor = new TeamEditor;
    m_editor->setRoles(t.signers);
    m_editor->setTeam(team);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_editor);
    layout->addWidget(buttons);
    resize(560, 300);
}

QList<core::TeamMember> TeamDialog::team() const
{
    return m_editor->team();
}

// ---- AmendDialog ------------------------------------------------------------------------------------------

AmendDialog::AmendDialog(const core::Inspection &i, const QString &returnedComments, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("amendDialog"));
    setWindowTitle(tr("Amend the signed record"));
    auto *intro =
        new QLabel(tr("Revision %1 is %2 and stays readable as it was signed. An amendment opens "
                      "revision %3, which has to be signed again by the team and the representative.")
                       .arg(i.revisionNo)
                       .arg(InspectionVocabulary::label(i.status))
                       .arg(i.revisionNo + 1));
    intro->setWordWrap(true);
    m_reason = new QPlainTextEdit;
    m_reason->setObjectName(QStringLiteral("amendReasonEdit"));
    m_reason->setPlaceholderText(tr("Why the signed record is changed (printed on the table)"));
    if (!returnedComments.isEmpty())
        m_reason->setPlainText(tr("As the review asked: %1").arg(returnedComments));
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Amend"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_reason, &QPlainTextEdit::textChanged, this,
            [this] { okButton()->setEnabled(!reason().isEmpty()); });
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(new QLabel(tr("&Reason:")));
    layout->addWidget(m_reason);
    layout->addWidget(m_buttons);
    okButton()->setEnabled(!reason().isEmpty());
    resize(520, 280);
}

QString AmendDialog::reason() const
{
    return m_reason->toPlainText().trimmed();
}

QPushButton *AmendDialog::okButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

// ---- ReviewDialog -----------------------------------------------------------------------------------------

ReviewDialog::ReviewDialog(QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("reviewDialog"));
    setWindowTitle(tr("Review the signed record"));
    m_approve = new QRadioButton(tr("A&pprove"));
    m_approve->setObjectName(QStringLiteral("approveButton"));
    m_approve->setChecked(true);
    m_return = new QRadioButton(tr("Re&turn to the inspectors"));
    m_return->setObjectName(QStringLiteral("returnButton"));
    m_comments = new QPlainTextEdit;
    m_comments->setObjectName(QStringLiteral("reviewCommentsEdit"));
    m_comments->setPlaceholderText(tr("Comments (needed when returning: what is to be changed)"));
    m_reviewer = new QLineEdit(QSettings().value(QStringLiteral("inspection/reviewer")).toString());
    m_reviewer->setObjectName(QStringLiteral("reviewerEdit"));
    m_reviewer->setPlaceholderText(tr("The section chief's name"));
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        QSettings().setValue(QStringLiteral("inspection/reviewer"), reviewer());
        accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_approve, &QRadioButton::toggled, this, &ReviewDialog::updateOk);
    connect(m_return, &QRadioButton::toggled, this, &ReviewDialog::updateOk);
    connect(m_comments, &QPlainTextEdit::textChanged, this, &ReviewDialog::updateOk);
    connect(m_reviewer, &QLineEdit::textChanged, this, &ReviewDialog::updateOk);
    auto *form = new QFormLayout;
    form->addRow(tr("Reviewed by:"), m_reviewer);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_approve);
    layout->addWidget(m_return);
    layout->addWidget(m_comments);
    layout->addLayout(form);
    layout->addWidget(m_buttons);
    resize(480, 300);
    updateOk();
}

void ReviewDialog::updateOk()
{
    const bool ok = !reviewer().isEmpty() && (approve() || !comments().isEmpty());
    okButton()->setEnabled(ok);
    okButton()->setText(approve() ? tr("&Approve") : tr("&Return"));
}

bool ReviewDialog::approve() const
{
    return m_approve->isChecked();
}

QString ReviewDialog::comments() const
{
    return m_comments->toPlainText().trimmed();
}

QString ReviewDialog::reviewer() const
{
    return m_reviewer->text().trimmed();
}

QPushButton *ReviewDialog::okButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

} // namespace ui

#include "rectificationdialogs.h"

#include "clock.h"
#include "dialogservice.h"
#include "fielderrorlabel.h"
#include "rectification/lifecycle.h"
#include "rectification/rectificationvocab.h"
#include "rectificationlabels.h"
#include "storage/repository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
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
#include <QVBoxLayout>

#include <algorithm>

namespace ui {

namespace {

QDateEdit *makeDateEdit(const QString &name, QDate value, QWidget *parent)
{
    auto *e = new QDateEdit(value, parent);
    e->setObjectName(name);
    e->setCalendarPopup(true);
    e->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    return e;
}

QPlainTextEdit *textEdit(const QString &name, QWidget *parent)
{
    auto *e = new QPlainTextEdit(parent);
    e->setObjectName(name);
    e->setTabChangesFocus(true);
    e->setFixedHeight(e->fontMetrics().lineSpacing() * 4 + 12);
    return e;
}

QDialogButtonBox *buttons(QDialog *dialog)
{
    auto *box = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    box->setObjectName(QStringLiteral("buttonBox"));
    box->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("okButton"));
    box->button(QDialogButtonBox::Ok)->setDefault(true);
    QObject::connect(box, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    QObject::connect(box, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    return box;
}

/// An editable unit chooser: "name (credit code)" sorted by name, completing on any part of it.
QComboBox *makeUnitCombo(core::Repository &repo, const QUuid &select, QWidget *parent)
{
    auto *combo = new QComboBox(parent);
    combo->setObjectName(QStringLiteral("unitCombo"));
    combo->setEditable(true);
    combo->setInsertPolicy(QComboBox::NoInsert);
    auto units = repo.units();
    if (units) {
        std::sort(units->begin(), units->end(),
                  [](const core::Unit &a, const core::Unit &b) { return a.name < b.name; });
        for (const core::Unit &u : std::as_const(*units))
            combo->addItem(u.name + QStringLiteral("（") + u.creditCode + QStringLiteral("）"), u.meta.uuid);
    }
    combo->completer()->setFilterMode(Qt::MatchContains);
    combo->completer()->setCompletionMode(QCompleter::PopupCompletion);
    combo->setCurrentIndex(select.isNull() ? -1 : combo->findData(select));
    combo->setMinimumContentsLength(28);
    return combo;
}

QUuid chosenUnit(const QComboBox *combo)
{
    const int i = combo->findText(combo->currentText());
    return i >= 0 ? combo->itemData(i).toUuid() : QUuid();
}

} // namespace

// --- StepDialog
// ---------------------------------------------------------------------------------------------

StepDialog::StepDialog(core::Repository &repo, const core::RectificationItem &item,
                       core::RectificationAction action, QWidget *parent)
    : QDialog(parent), m_repo(repo), m_item(item), m_action(action)
{
    using A = core::RectificationAction;
    setObjectName(QStringLiteral("stepDialog"));
    const QDate today = repo.clock().today();
    switch (action) {
    case A::Report:
        setWindowTitle(tr("Record the unit's report"));
        break;
    case A::Confirm:
        setWindowTitle(tr("Confirm the rectification"));
        break;
    case A::Reject:
        setWindowTitle(tr("Reject the rectification"));
        break;
    case A::Fail:
        setWindowTitle(tr("Declare the rectification failed"));
        break;
    case A::Escalate:
        setWindowTitle(tr("Escalate the failed rectification"));
        break;
    default:
        setWindowTitle(tr("Close the item (销号)"));
    }

    auto *form = new QFormLayout;
    auto *finding = new QLabel(item.finding, this);
    finding->setWordWrap(true);
    form->addRow(tr("Finding:"), finding);
    m_date = makeDateEdit(QStringLiteral("stepDateEdit"), today, this);
    m_date->setMaximumDate(today);
    if (item.lastActivityOn().isValid())
        m_date->setMinimumDate(item.lastActivityOn());
    form->addRow(action == A::Report ? tr("&Reported on:") : tr("&Date:"), m_date);

    m_note = textEdit(QStringLiteral("stepNoteEdit"), this);
    switch (action) {
    case A::Report:
        m_note->setPlaceholderText(tr("What the unit did to rectify the finding"));
        form->addRow(tr("&What was done:"), m_note);
        break;
    case A::Reject:
        m_note->setPlaceholderText(tr("Why the rectification does not meet the requirement"));
        form->addRow(tr("&Reason:"), m_note);
        break;
    case A::Fail:
        m_note->setPlaceholderText(tr("Empty: the deadline passed without a report"));
        form->addRow(tr("&Reason:"), m_note);
        break;
    default:
        form->addRow(tr("&Remark:"), m_note);
    }
    if (action == A::Reject) {
        if (item.rejections == 0) {
            m_deadline = makeDateEdit(QStringLiteral("stepDeadlineEdit"), today.addDays(15), this);
            m_deadline->setMinimumDate(today.addDays(1));
            form->addRow(tr("New &deadline:"), m_deadline);
        } else {
            auto *warning = new QLabel(
                tr("This is the second rejection: the rectification will count as failed (整改不合格)."),
                this);
            warning->setObjectName(QStringLiteral("secondRejectionLabel"));
            warning->setWordWrap(true);
            warning->setStyleSheet(QStringLiteral("color:#d32f2f"));
            form->addRow(warning);
        }
    }
    if (action == A::Escalate) {
        m_case = new QLineEdit(item.escalation.caseNo, this);
        m_case->setObjectName(QStringLiteral("caseEdit"));
        m_case->setPlaceholderText(tr("e.g. 津市监计案〔2026〕12号"));
        m_penalty = new QLineEdit(item.escalation.penalty, this);
        m_penalty->setObjectName(QStringLiteral("penaltyEdit"));
        m_penalty->setPlaceholderText(tr("e.g. 罚款 5000 元"));
        m_cancel =
            new QCheckBox(tr("Certificate cancelled (the standard becomes cancelled in the registry)"), this);
        m_cancel->setObjectName(QStringLiteral("cancelCertificateCheck"));
        m_cancel->setChecked(item.escalation.certificateCancelled);
        m_cancel->setEnabled(!item.escalation.certificateCancelled && !item.standard.isNull());
        m_stop = new QCheckBox(tr("Ordered to stop value transfer (停止量值传递)"), this);
        m_stop->setObjectName(QStringLiteral("stopTransferCheck"));
        m_stop->setChecked(item.escalation.stopValueTransfer);
        m_stop->setEnabled(!item.escalation.stopValueTransfer);
        form->addRow(tr("Enforcement &case:"), m_case);
        form->addRow(tr("&Penalty:"), m_penalty);
        form->addRow(QString(), m_cancel);
        form->addRow(QString(), m_stop);
    }
    if (action == A::Report) {
        m_evidence = new QListWidget(this);
        m_evidence->setObjectName(QStringLiteral("evidenceList"));
        m_evidence->setFixedHeight(m_evidence->fontMetrics().lineSpacing() * 3 + 10);
        auto *add = new QPushButton(tr("Add &file…"), this);
        add->setObjectName(QStringLiteral("addEvidenceButton"));
        connect(add, &QPushButton::clicked, this, &StepDialog::addEvidence);
        auto *box = new QWidget(this);
        auto *row = new QHBoxLayout(box);
        row->setContentsMargins(0, 0, 0, 0);
        row->addWidget(m_evidence, 1);
        row->addWidget(add, 0, Qt::AlignTop);
        form->addRow(tr("Evidence:"), box);
    }

    m_error = new FieldErrorLabel(QStringLiteral("stepErrorLabel"), this);
    m_buttons = buttons(this);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addStretch();
    layout->addWidget(m_buttons);
    resize(560, sizeHint().height());
    m_note->setFocus();
}

QPushButton *StepDialog::okButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

void StepDialog::addEvidence()
{
    const QString path = DialogService::instance().openFileName(
        this, tr("Add evidence"), QString(),
        tr("Scans and photos (*.pdf *.jpg *.jpeg *.png *.tif *.tiff);;All files (*)"));
    if (path.isEmpty())
        return;
    auto *item = new QListWidgetItem(QFileInfo(path).fileName(), m_evidence);
    item->setData(Qt::UserRole, path);
    item->setToolTip(path);
}

void StepDialog::accept()
{
    core::TransitionRequest r;
    r.action = m_action;
    r.on = m_date->date();
    r.note = m_note->toPlainText();
    if (m_deadline)
        r.deadline = m_deadline->date();
    if (m_action == core::RectificationAction::Escalate) {
        r.escalation.caseNo =
            m_case->text().trimmed() == m_item.escalation.caseNo ? QString() : m_case->text();
        r.escalation.penalty =
            m_penalty->text().trimmed() == m_item.escalation.penalty ? QString() : m_penalty->text();
        r.escalation.certificateCancelled = m_cancel->isEnabled() && m_cancel->isChecked();
        r.escalation.stopValueTransfer = m_stop->isEnabled() && m_stop->isChecked();
    }
    QStringList evidence;
    if (m_evidence)
        for (int i = 0; i < m_evidence->count(); ++i)
            evidence << m_evidence->item(i)->data(Qt::UserRole).toString();
    auto stepped = m_repo.rectification().transition(m_item.meta.uuid, r, core::systemActor(), evidence);
    if (!stepped) {
        m_error->setError(stepped.error().message);
        return;
    }
    m_result = *stepped;
    Q_EMIT this->stepped(m_result);
    QDialog::accept();
}

// --- NewItemDialog
// ------------------------------------------------------------------------------------------

NewItemDialog::NewItemDialog(core::Repository &repo, const QList<QPair<QUuid, QString>> &campaigns,
                             const QUuid &unit, QWidget *parent)
    : QDialog(parent), m_repo(repo)
{
    setObjectName(QStringLiteral("newItemDialog"));
    setWindowTitle(tr("New rectification item"));
    const QDate today = repo.clock().today();
    m_unit = makeUnitCombo(repo, unit, this);
    m_standard = new QComboBox(this);
    m_standard->setObjectName(QStringLiteral("standardCombo"));
    m_severity = new QComboBox(this);
    m_severity->setObjectName(QStringLiteral("severityCombo"));
    for (core::Severity s : core::vocab::severities())
        m_severity->addItem(rlabels::severity(s), static_cast<int>(s));
    m_finding = textEdit(QStringLiteral("findingEdit"), this);
    m_finding->setPlaceholderText(tr("What was found on site"));
    m_basis = new QLineEdit(this);
    m_basis->setObjectName(QStringLiteral("basisEdit"));
    m_basis->setPlaceholderText(tr("e.g. JJF 1033 溯源性要求"));
    m_found = makeDateEdit(QStringLiteral("foundEdit"), today, this);
    m_found->setMaximumDate(today);
    m_deadline =
        makeDateEdit(QStringLiteral("deadlineEdit"), today.addDays(core::kDefaultRectificationDays), this);
    m_campaign = new QComboBox(this);
    m_campaign->setObjectName(QStringLiteral("campaignCombo"));
    m_campaign->addItem(tr("(none)"), QUuid());
    for (const auto &[uuid, name] : campaigns)
        m_campaign->addItem(name, uuid);
    if (campaigns.size() > 0)
        m_campaign->setCurrentIndex(1);

    auto *form = new QFormLayout;
    form->addRow(tr("&Unit:"), m_unit);
    form->addRow(tr("&Standard:"), m_standard);
    form->addRow(tr("Se&verity:"), m_severity);
    form->addRow(tr("&Finding:"), m_finding);
    form->addRow(tr("&Basis:"), m_basis);
    form->addRow(tr("Found &on:"), m_found);
    form->addRow(tr("&Deadline:"), m_deadline);
    form->addRow(tr("&Campaign:"), m_campaign);
    m_error = new FieldErrorLabel(QStringLiteral("newItemErrorLabel"), this);
    m_buttons = buttons(this);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addStretch();
    layout->addWidget(m_buttons);
    connect(m_unit, &QComboBox::currentIndexChanged, this, &NewItemDialog::fillStandards);
    connect(m_found, &QDateEdit::dateChanged, this, [this](QDate d) {
        if (m_deadline->date() < d)
            m_deadline->setDate(d.addDays(core::kDefaultRectificationDays));
    });
    fillStandards();
    resize(620, sizeHint().height());
}

QPushButton *NewItemDialog::okButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

void NewItemDialog::fillStandards()
{
    m_standard->clear();
    m_standard->addItem(tr("(the unit as a whole)"), QUuid());
    const QUuid unit = chosenUnit(m_unit);
    if (unit.isNull())
        return;
    auto all = m_repo.standards();
    if (!all)
        return;
    for (const core::Standard &s : std::as_const(*all))
        if (s.holder == unit)
            m_standard->addItem(s.certificateNo + QStringLiteral("  ") + s.name, s.meta.uuid);
    if (m_standard->count() > 1)
        m_standard->setCurrentIndex(1);
}

void NewItemDialog::accept()
{
    core::Finding f;
    f.unit = chosenUnit(m_unit);
    if (f.unit.isNull()) {
        m_error->setError(tr("choose the unit from the list"));
        return;
    }
    f.standard = m_standard->currentData().toUuid();
    f.severity = static_cast<core::Severity>(m_severity->currentData().toInt());
    f.text = m_finding->toPlainText();
    f.basis = m_basis->text();
    f.foundOn = m_found->date();
    f.deadline = m_deadline->date();
    f.campaign = m_campaign->currentData().toUuid();
    auto item = core::createFromFinding(m_repo, f, core::systemActor());
    if (!item) {
        m_error->setError(item.error().message);
        return;
    }
    m_created = *item;
    Q_EMIT createdItem(m_created);
    QDialog::accept();
}

// --- ComplaintDialog
// ----------------------------------------------------------------------------------------

ComplaintDialog::ComplaintDialog(core::Repository &repo, const QUuid &unit, QWidget *parent)
    : QDialog(parent), m_repo(repo)
{
    setObjectName(QStringLiteral("complaintDialog"));
    setWindowTitle(tr("Record a complaint"));
    const QDate today = repo.clock().today();
    m_unit = makeUnitCombo(repo, unit, this);
    m_date = makeDateEdit(QStringLiteral("complaintDateEdit"), today, this);
    m_date->setMaximumDate(today);
    m_source = new QLineEdit(this);
    m_source->setObjectName(QStringLiteral("sourceEdit"));
    m_source->setPlaceholderText(tr("12315 hotline, letter, online platform, visit"));
    m_summary = textEdit(QStringLiteral("summaryEdit"), this);
    m_verdict = new QComboBox(this);
    m_verdict->setObjectName(QStringLiteral("verdictCombo"));
    for (core::ComplaintVerdict v : core::vocab::complaintVerdicts())
        m_verdict->addItem(rlabels::verdict(v), static_cast<int>(v));
    auto *form = new QFormLayout;
    form->addRow(tr("&Unit:"), m_unit);
    form->addRow(tr("&Received on:"), m_date);
    form->addRow(tr("S&ource:"), m_source);
    form->addRow(tr("&Summary:"), m_summary);
    form->addRow(tr("&Verdict:"), m_verdict);
    m_error = new FieldErrorLabel(QStringLiteral("complaintErrorLabel"), this);
    m_buttons = buttons(this);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addStretch();
    layout->addWidget(m_buttons);
    resize(560, sizeHint().height());
}

QPushButton *ComplaintDialog::okButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

void ComplaintDialog::accept()
{
    core::Complaint c;
    c.unit = chosenUnit(m_unit);
    if (c.unit.isNull()) {
        m_error->setError(tr("choose the unit from the list"));
        return;
    }
    c.receivedOn = m_date->date();
    c.source = m_source->text().trimmed();
    c.summary = m_summary->toPlainText().trimmed();
    c.verdict = static_cast<core::ComplaintVerdict>(m_verdict->currentData().toInt());
    auto saved = m_repo.rectification().saveComplaint(c, core::systemActor());
    if (!saved) {
        m_error->setError(saved.error().message);
        return;
    }
    QDialog::accept();
}

} // namespace ui

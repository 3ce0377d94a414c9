#include "historyeventdialog.h"

#include "calendar.h"
#include "clock.h"
#include "history/assessment.h"
#include "history/historystore.h"
#include "history/historytext.h"
#include "history/historyvocabulary.h"
#include "history/readingsfile.h"
#include "readingsgrid.h"
#include "storage/repository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace ui {

namespace {

using T = core::HistoryEventType;

QDateEdit *dateEdit(const QString &name, QDate date)
{
    auto *d = new QDateEdit(date);
    d->setObjectName(name);
    d->setCalendarPopup(true);
    d->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    return d;
}

QLineEdit *lineEdit(const QString &name)
{
    auto *e = new QLineEdit;
    e->setObjectName(name);
    return e;
}

bool usesCertificate(T t)
{
    return t == T::Examination || t == T::ReExamination || t == T::Traceability;
}
bool usesInstitution(T t)
{
    return t == T::Traceability || t == T::Comparison || t == T::BlindSample;
}
bool usesOutcome(T t)
{
    return t == T::Traceability || t == T::Comparison || t == T::BlindSample;
}
bool usesParameter(T t)
{
    return t == T::Repeatability || t == T::Stability || t == T::Comparison || t == T::BlindSample;
}

} // namespace

HistoryEventDialog::HistoryEventDialog(core::Repository &repo, const core::Standard &standard,
                                       const QList<core::Equipment> &equipment, QWidget *parent)
    : QDialog(parent), m_repo(repo), m_standard(standard), m_equipment(equipment)
{
    setObjectName(QStringLiteral("historyEventDialog"));
    setWindowTitle(tr("New history log entry — %1 %2").arg(standard.certificateNo, standard.name));
    const QDate today = repo.clock().today();

    m_type = new QComboBox;
    m_type->setObjectName(QStringLiteral("typeCombo"));
    for (T t : core::vocab::eventTypes())
        m_type->addItem(core::vocab::label(t), int(t));
    m_date = dateEdit(QStringLiteral("dateEdit"), today);
    m_date->setMaximumDate(today);
    m_recordedBy = lineEdit(QStringLiteral("recordedByEdit"));
    m_recordedBy->setText(standard.personInCharge);
    m_instrument = new QComboBox;
    m_instrument->setObjectName(QStringLiteral("instrumentCombo"));
    m_instrument->addItem(tr("(the whole standard)"), QUuid());
    for (const core::Equipment &e : equipment)
        m_instrument->addItem(core::HistoryText::instrument(e), e.meta.uuid);
    m_certificateNo = lineEdit(QStringLiteral("certificateEdit"));
    m_institution = lineEdit(QStringLiteral("institutionEdit"));
    m_parameter = lineEdit(QStringLiteral("parameterEdit"));
    m_outcome = new QComboBox;
    m_outcome->setObjectName(QStringLiteral("outcomeCombo"));
    m_validFrom = dateEdit(QStringLiteral("validFromEdit"), today);
    m_until = dateEdit(QStringLiteral("untilEdit"), core::calendar::addYears(today, 1));
    m_changeFrom = lineEdit(QStringLiteral("changeFromEdit"));
    m_changeTo = lineEdit(QStringLiteral("changeToEdit"));
    m_note = new QPlainTextEdit;
    m_note->setObjectName(QStringLiteral("noteEdit"));
    m_note->setTabChangesFocus(true);
    m_note->setMaximumHeight(fontMetrics().height() * 4);

    m_form = new QFormLayout;
    m_form->addRow(tr("&Entry:"), m_type);
    m_form->addRow(tr("&Date:"), m_date);
    m_form->addRow(tr("Recorded &by:"), m_recordedBy);
    m_form->addRow(tr("&Instrument:"), m_instrument);
    m_form->addRow(tr("&Certificate no.:"), m_certificateNo);
    m_form->addRow(tr("In&stitution:"), m_institution);
    m_form->addRow(tr("&Parameter / point:"), m_parameter);
    m_form->addRow(tr("&Result:"), m_outcome);
    m_form->addRow(tr("Valid &from:"), m_validFrom);
    m_form->addRow(tr("Valid &until:"), m_until);
    m_form->addRow(tr("Changed f&rom:"), m_changeFrom);
    m_form->addRow(tr("Changed &to:"), m_changeTo);
    m_form->addRow(tr("&Note:"), m_note);

    // Repeatability
    m_repeatBox = new QGroupBox(tr("Repeatability test"));
    m_readings = new ReadingsGrid({tr("Reading")});
    m_readings->setObjectName(QStringLiteral("readingsGrid"));
    m_reference = lineEdit(QStringLiteral("referenceEdit"));
    m_reference->setPlaceholderText(tr("s of the uncertainty evaluation"));
    m_reducedReason = lineEdit(QStringLiteral("reducedReasonEdit"));
    m_reducedReason->setPlaceholderText(tr("required for 6 to 9 readings"));
    m_reevaluated = new QCheckBox(tr("s exceeded the reference: the uncertainty was re-evaluated"));
    m_reevaluated->setObjectName(QStringLiteral("reevaluatedCheck"));
    m_reevaluatedU = lineEdit(QStringLiteral("reevaluatedEdit"));
    m_reevaluatedU->setPlaceholderText(tr("e.g. U=0.06℃, k=2"));
    m_meets = new QCheckBox(tr("the re-evaluated uncertainty still meets the requirement"));
    m_meets->setObjectName(QStringLiteral("meetsCheck"));
    auto *repeatForm = new QFormLayout(m_repeatBox);
    repeatForm->addRow(tr("Readings (paste from Excel/WPS):"), m_readings);
    repeatForm->addRow(tr("Reference s:"), m_reference);
    repeatForm->addRow(tr("Reason for fewer than 10:"), m_reducedReason);
    repeatForm->addRow(m_reevaluated);
    repeatForm->addRow(tr("Re-evaluated uncertainty:"), m_reevaluatedU);
    repeatForm->addRow(m_meets);

    // Stability
    m_stabilityBox = new QGroupBox(tr("Stability check"));
    m_method = new QComboBox;
    m_method->setObjectName(QStringLiteral("methodCombo"));
    for (core::StabilityMethod m : core::vocab::stabilityMethods())
        m_method->addItem(core::vocab::label(m), int(m));
    m_mode = new QComboBox;
    m_mode->setObjectName(QStringLiteral("modeCombo"));
    for (core::StabilityMode m : {core::StabilityMode::Existing, core::StabilityMode::New})
        m_mode->addItem(core::vocab::label(m), int(m));
    m_basis = new QComboBox;
    m_basis->setObjectName(QStringLiteral("basisCombo"));
    for (core::LimitBasis b : {core::LimitBasis::Mpe, core::LimitBasis::CorrectionUncertainty})
        m_basis->addItem(core::vocab::label(b), int(b));
    m_limit = lineEdit(QStringLiteral("limitEdit"));
    m_checkStandard = lineEdit(QStringLiteral("checkStandardEdit"));
    m_groups = new ReadingsGrid({tr("Date"), tr("Reading")});
    m_groups->setObjectName(QStringLiteral("groupsGrid"));
    auto *stabilityForm = new QFormLayout(m_stabilityBox);
    stabilityForm->addRow(tr("Method:"), m_method);
    stabilityForm->addRow(tr("Standard:"), m_mode);
    stabilityForm->addRow(tr("Limit is:"), m_basis);
    stabilityForm->addRow(tr("Limit:"), m_limit);
    stabilityForm->addRow(tr("Check standard used:"), m_checkStandard);
    stabilityForm->addRow(tr("Readings by date (paste from Excel/WPS):"), m_groups);

    // Replacement
    m_replaceBox = new QGroupBox(tr("New instrument"));
    m_newName = lineEdit(QStringLiteral("newNameEdit"));
    m_newModel = lineEdit(QStringLiteral("newModelEdit"));
    m_newSerial = lineEdit(QStringLiteral("newSerialEdit"));
    m_newManufacturer = lineEdit(QStringLiteral("newManufacturerEdit"));
    m_newRange = lineEdit(QStringLiteral("newRangeEdit"));
    m_newAccuracy = lineEdit(QStringLiteral("newAccuracyEdit"));
    m_rangeChanged = new QCheckBox(tr("measuring range changed"));
    m_rangeChanged->setObjectName(QStringLiteral("rangeChangedCheck"));
    m_accuracyChanged = new QCheckBox(tr("uncertainty, accuracy class or MPE changed"));
    m_accuracyChanged->setObjectName(QStringLiteral("accuracyChangedCheck"));
    m_scopeChanged = new QCheckBox(tr("verification or calibration scope changed"));
    m_scopeChanged->setObjectName(QStringLiteral("scopeChangedCheck"));
    auto *replaceForm = new QFormLayout(m_replaceBox);
    replaceForm->addRow(tr("Name:"), m_newName);
    replaceForm->addRow(tr("Model:"), m_newModel);
    replaceForm->addRow(tr("Serial no.:"), m_newSerial);
    replaceForm->addRow(tr("Manufacturer:"), m_newManufacturer);
    replaceForm->addRow(tr("Measuring range:"), m_newRange);
    replaceForm->addRow(tr("Accuracy:"), m_newAccuracy);
    replaceForm->addRow(m_rangeChanged);
    replaceForm->addRow(m_accuracyChanged);
    replaceForm->addRow(m_scopeChanged);

    m_judgement = new QLabel;
    m_judgement->setObjectName(QStringLiteral("judgementLabel"));
    m_judgement->setWordWrap(true);
    m_error = new QLabel;
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b01c1c;"));
    m_error->hide();
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Record"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &HistoryEventDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &HistoryEventDialog::reject);

    auto *content = new QWidget;
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->addLayout(m_form);
    contentLayout->addWidget(m_repeatBox);
    contentLayout->addWidget(m_stabilityBox);
    contentLayout->addWidget(m_replaceBox);
    contentLayout->addStretch(1);
    auto *scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_judgement);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    resize(620, 720);

    connect(m_type, &QComboBox::currentIndexChanged, this, &HistoryEventDialog::updateFields);
    for (QLineEdit *e : {m_reference, m_reducedReason, m_limit})
        connect(e, &QLineEdit::textChanged, this, &HistoryEventDialog::updateJudgement);
    connect(m_readings, &ReadingsGrid::edited, this, &HistoryEventDialog::updateJudgement);
    connect(m_groups, &ReadingsGrid::edited, this, &HistoryEventDialog::updateJudgement);
    connect(m_mode, &QComboBox::currentIndexChanged, this, &HistoryEventDialog::updateJudgement);
    connect(m_reevaluated, &QCheckBox::toggled, this, &HistoryEventDialog::updateFields);
    setType(T::Traceability);
    updateFields();
}

void HistoryEventDialog::setType(core::HistoryEventType type)
{
    m_type->setCurrentIndex(m_type->findData(int(type)));
}

void HistoryEventDialog::updateFields()
{
    const T t = T(m_type->currentData().toInt());
    const auto show = [this](QWidget *field, bool visible) { m_form->setRowVisible(field, visible); };
    show(m_instrument, core::allowsEquipment(t));
    show(m_certificateNo, usesCertificate(t));
    show(m_institution, usesInstitution(t));
    show(m_parameter, usesParameter(t));
    show(m_outcome, usesOutcome(t));
    show(m_validFrom, t == T::Examination || t == T::ReExamination);
    show(m_until, t == T::Examination || t == T::ReExamination || t == T::Traceability);
    show(m_changeFrom, core::isChange(t));
    show(m_changeTo, core::isChange(t));
    m_form->labelForField(m_until)->setProperty("text",
                                                t == T::Traceability ? tr("D&ue:") : tr("Valid &until:"));
    if (usesOutcome(t)) {
        const QVariant was = m_outcome->currentData();
        m_outcome->clear();
        m_outcome->addItem(tr("(choose)"), int(core::Outcome::None));
        m_outcome->addItem(core::vocab::label(core::Outcome::Pass, t), int(core::Outcome::Pass));
        m_outcome->addItem(core::vocab::label(core::Outcome::Fail, t), int(core::Outcome::Fail));
        m_outcome->setCurrentIndex(std::max(0, m_outcome->findData(was)));
    }
    if (!core::allowsEquipment(t))
        m_instrument->setCurrentIndex(0);
    m_repeatBox->setVisible(t == T::Repeatability);
    m_stabilityBox->setVisible(t == T::Stability);
    m_replaceBox->setVisible(t == T::Replacement);
    m_reevaluatedU->setEnabled(m_reevaluated->isChecked());
    m_meets->setEnabled(m_reevaluated->isChecked());
    updateJudgement();
}

QList<double> HistoryEventDialog::readings(QString *problem) const
{
    QList<double> out;
    const QList<QStringList> rows = m_readings->rowsText();
    for (int r = 0; r < rows.size(); ++r) {
        const auto v = core::ReadingsFile::number(rows[r].value(0));
        if (!v) {
            if (problem && problem->isEmpty())
                *problem = tr("reading %1 ('%2') is not a number").arg(r + 1).arg(rows[r].value(0));
            continue;
        }
        out << *v;
    }
    return out;
}

QList<core::StabilityGroup> HistoryEventDialog::groups(QString *problem) const
{
    QList<core::StabilityGroup> out;
    const QList<QStringList> rows = m_groups->rowsText();
    for (int r = 0; r < rows.size(); ++r) {
        const auto date = core::calendar::parseDate(rows[r].value(0));
        const auto v = core::ReadingsFile::number(rows[r].value(1));
        if (!date || !v) {
            if (problem && problem->isEmpty())
                *problem = !date ? tr("row %1: '%2' is not a date").arg(r + 1).arg(rows[r].value(0))
                                 : tr("row %1: '%2' is not a number").arg(r + 1).arg(rows[r].value(1));
            continue;
        }
        auto it = std::find_if(out.begin(), out.end(),
                               [&](const core::StabilityGroup &g) { return g.date == *date; });
        if (it == out.end())
            out.append({*date, {*v}});
        else
            it->readings << *v;
    }
    return out;
}

void HistoryEventDialog::updateJudgement()
{
    const T t = T(m_type->currentData().toInt());
    QString text;
    if (t == T::Repeatability) {
        QString problem;
        const QList<double> values = readings(&problem);
        const auto reference = core::ReadingsFile::number(m_reference->text());
        if (!problem.isEmpty()) {
            text = problem;
        } else if (!values.isEmpty()) {
            const core::RepeatabilityAssessment a =
                core::Assessment::repeatability(values, reference.value_or(0), m_reducedReason->text());
            text = tr("n = %1").arg(a.n);
            if (a.mean)
                text += tr(", mean = %1").arg(core::HistoryText::number(*a.mean));
            if (a.s)
                text += tr(", s = %1").arg(core::HistoryText::number(*a.s));
            if (reference)
                text += tr(", reference = %1").arg(core::HistoryText::number(*reference));
            switch (a.verdict) {
            case core::RepeatabilityVerdict::Pass:
                text += tr(" — pass (s ≤ reference)");
                break;
            case core::RepeatabilityVerdict::Reevaluate:
                text += tr(" — s exceeds the reference: re-evaluate the uncertainty");
                break;
            case core::RepeatabilityVerdict::Refused:
                text += tr(" — cannot be judged: %1").arg(a.reason);
                break;
            }
        }
    } else if (t == T::Stability) {
        QString problem;
        const QList<core::StabilityGroup> g = groups(&problem);
        const auto limit = core::ReadingsFile::number(m_limit->text());
        if (!problem.isEmpty()) {
            text = problem;
        } else if (!g.isEmpty()) {
            const core::StabilityAssessment a = core::Assessment::stability(
                g, limit.value_or(0), core::StabilityMode(m_mode->currentData().toInt()));
            text = tr("%n groups", nullptr, int(a.groups.size()));
            if (a.stability)
                text += tr(", stability = %1").arg(core::HistoryText::number(*a.stability));
            if (limit)
                text += tr(", limit = %1").arg(core::HistoryText::number(*limit));
            switch (a.verdict) {
            case core::StabilityVerdict::Pass:
                text += tr(" — pass (less than the limit)");
                break;
            case core::StabilityVerdict::Fail:
                text += tr(" — fail (not less than the limit)");
                break;
            case core::StabilityVerdict::Refused:
                text += tr(" — cannot be judged: %1").arg(a.reason);
                break;
            }
        }
    }
    m_judgement->setText(text);
    m_judgement->setVisible(!text.isEmpty());
}

void HistoryEventDialog::setEvent(const core::HistoryEvent &e)
{
    m_editing = e;
    setWindowTitle(tr("Edit history log entry — %1 %2").arg(m_standard.certificateNo, m_standard.name));
    setType(e.type);
    m_type->setEnabled(false); // another type is another entry
    m_date->setDate(e.date);
    m_recordedBy->setText(e.recordedBy);
    m_note->setPlainText(e.note);
    m_instrument->setCurrentIndex(std::max(0, m_instrument->findData(e.equipment)));
    m_certificateNo->setText(e.certificateNo);
    m_institution->setText(e.institution);
    m_parameter->setText(e.parameter);
    m_outcome->setCurrentIndex(std::max(0, m_outcome->findData(int(e.outcome))));
    if (e.validFrom.isValid())
        m_validFrom->setDate(e.validFrom);
    if (e.until.isValid())
        m_until->setDate(e.until);
    m_changeFrom->setText(e.changeFrom);
    m_changeTo->setText(e.changeTo);
    QList<QStringList> readingRows;
    for (double v : e.repeatability.readings)
        readingRows.append({core::HistoryText::number(v)});
    m_readings->setRowsText(readingRows);
    if (e.type == T::Repeatability)
        m_reference->setText(core::HistoryText::number(e.repeatability.reference));
    m_reducedReason->setText(e.repeatability.reducedReason);
    m_reevaluated->setChecked(e.repeatability.reevaluated);
    m_reevaluatedU->setText(e.repeatability.reevaluatedUncertainty);
    m_meets->setChecked(e.repeatability.meetsRequirement);
    m_method->setCurrentIndex(std::max(0, m_method->findData(int(e.stability.method))));
    m_mode->setCurrentIndex(std::max(0, m_mode->findData(int(e.stability.mode))));
    m_basis->setCurrentIndex(std::max(0, m_basis->findData(int(e.stability.basis))));
    if (e.type == T::Stability)
        m_limit->setText(core::HistoryText::number(e.stability.limit));
    m_checkStandard->setText(e.stability.checkStandard);
    QList<QStringList> groupRows;
    for (const core::StabilityGroup &g : e.stability.groups)
        for (double v : g.readings)
            groupRows.append({core::calendar::isoDate(g.date), core::HistoryText::number(v)});
    m_groups->setRowsText(groupRows);
    const core::ReplacementData &r = e.replacement;
    m_newName->setText(r.newName);
    m_newModel->setText(r.newModel);
    m_newSerial->setText(r.newSerial);
    m_newManufacturer->setText(r.newManufacturer);
    m_newRange->setText(r.newRange);
    m_newAccuracy->setText(r.newAccuracy);
    m_rangeChanged->setChecked(r.rangeChanged);
    m_accuracyChanged->setChecked(r.accuracyChanged);
    m_scopeChanged->setChecked(r.scopeChanged);
    updateFields();
}

core::HistoryEvent HistoryEventDialog::composedEvent() const
{
    const T t = T(m_type->currentData().toInt());
    core::HistoryEvent e;
    e.meta = m_editing.meta;
    if (!m_editing.meta.uuid.isNull()) {
        // Fields the dialog does not show are kept as they were.
        e.serialNo = m_editing.serialNo;
        e.replacement = m_editing.replacement;
    }
    e.standard = m_standard.meta.uuid;
    e.type = t;
    e.date = m_date->date();
    e.recordedBy = m_recordedBy->text().trimmed();
    e.note = m_note->toPlainText().trimmed();
    if (core::allowsEquipment(t))
        e.equipment = m_instrument->currentData().toUuid();
    if (usesCertificate(t))
        e.certificateNo = m_certificateNo->text().trimmed();
    if (usesInstitution(t))
        e.institution = m_institution->text().trimmed();
    if (usesParameter(t))
        e.parameter = m_parameter->text().trimmed();
    if (usesOutcome(t))
        e.outcome = core::Outcome(m_outcome->currentData().toInt());
    if (t == T::Examination || t == T::ReExamination)
        e.validFrom = m_validFrom->date();
    if (t == T::Examination || t == T::ReExamination || t == T::Traceability)
        e.until = m_until->date();
    if (core::isChange(t)) {
        e.changeFrom = m_changeFrom->text().trimmed();
        e.changeTo = m_changeTo->text().trimmed();
    }
    if (t == T::Repeatability) {
        e.repeatability.readings = readings(nullptr);
        e.repeatability.reference = core::ReadingsFile::number(m_reference->text()).value_or(0);
        e.repeatability.reducedReason = m_reducedReason->text().trimmed();
        e.repeatability.reevaluated = m_reevaluated->isChecked();
        if (e.repeatability.reevaluated) {
            e.repeatability.reevaluatedUncertainty = m_reevaluatedU->text().trimmed();
            e.repeatability.meetsRequirement = m_meets->isChecked();
        }
    }
    if (t == T::Stability) {
        e.stability.method = core::StabilityMethod(m_method->currentData().toInt());
        e.stability.mode = core::StabilityMode(m_mode->currentData().toInt());
        e.stability.basis = core::LimitBasis(m_basis->currentData().toInt());
        e.stability.limit = core::ReadingsFile::number(m_limit->text()).value_or(0);
        e.stability.checkStandard = m_checkStandard->text().trimmed();
        e.stability.groups = groups(nullptr);
    }
    if (t == T::Replacement) {
        core::ReplacementData &r = e.replacement;
        r.newName = m_newName->text().trimmed();
        r.newModel = m_newModel->text().trimmed();
        r.newSerial = m_newSerial->text().trimmed();
        r.newManufacturer = m_newManufacturer->text().trimmed();
        r.newRange = m_newRange->text().trimmed();
        r.newAccuracy = m_newAccuracy->text().trimmed();
        r.rangeChanged = m_rangeChanged->isChecked();
        r.accuracyChanged = m_accuracyChanged->isChecked();
        r.scopeChanged = m_scopeChanged->isChecked();
    }
    return e;
}

QString HistoryEventDialog::judgementText() const
{
    return m_judgement->text();
}

QString HistoryEventDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void HistoryEventDialog::accept()
{
    const T t = T(m_type->currentData().toInt());
    QString problem;
    if (t == T::Repeatability)
        readings(&problem);
    else if (t == T::Stability)
        groups(&problem);
    if (!problem.isEmpty()) {
        m_error->setText(problem);
        m_error->show();
        return;
    }
    auto stored = m_repo.history().record(composedEvent(), core::systemActor());
    if (!stored) {
        m_error->setText(stored.error().message);
        m_error->show();
        return;
    }
    m_stored = *stored;
    QDialog::accept();
}

} // namespace ui

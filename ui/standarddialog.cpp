#include "standarddialog.h"

#include "clock.h"
#include "fielderrorlabel.h"
#include "labels.h"
#include "registry/metrologyfield.h"
#include "registry/vocabulary.h"
#include "storage/repository.h"

#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QStandardItemModel>
#include <QVBoxLayout>

namespace ui {

namespace {
QLineEdit *lineEdit(const QString &objectName, QWidget *parent)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(objectName);
    return edit;
}

QDateEdit *dateEdit(const QString &objectName, QWidget *parent)
{
    auto *edit = new QDateEdit(parent);
    edit->setObjectName(objectName);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(labels::dateEditFormat());
    edit->setMinimumDate(QDate(1950, 1, 1));
    edit->setMaximumDate(QDate(2199, 12, 31));
    return edit;
}
} // namespace

StandardDialog::StandardDialog(core::Repository &repo, std::optional<core::Standard> existing,
                               const QUuid &presetHolder, QWidget *parent)
    : QDialog(parent), m_repo(repo), m_original(std::move(existing)), m_today(repo.clock().today())
{
    setObjectName(QStringLiteral("standardDialog"));
    setWindowTitle(m_original ? tr("Edit measurement standard") : tr("New measurement standard"));

    m_certificateNo = lineEdit(QStringLiteral("certificateNoEdit"), this);
    m_certificateNo->setPlaceholderText(tr("e.g. [2021]津量标企证字第0123号"));
    m_name = lineEdit(QStringLiteral("standardNameEdit"), this);
    m_code = lineEdit(QStringLiteral("standardCodeEdit"), this);
    m_code->setPlaceholderText(tr("8 digits (JJF 1022)"));
    m_code->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9]{0,8}")), m_code));
    m_code->setMaximumWidth(m_code->fontMetrics().horizontalAdvance(QStringLiteral("000000000000")));
    m_codeField = new QLabel(this);
    m_codeField->setObjectName(QStringLiteral("codeFieldLabel"));
    auto *codeBox = new QWidget(this);
    codeBox->setFocusProxy(m_code);
    auto *codeLayout = new QHBoxLayout(codeBox);
    codeLayout->setContentsMargins(0, 0, 0, 0);
    codeLayout->addWidget(m_code);
    codeLayout->addWidget(m_codeField, 1);

    m_holder = new QComboBox(this);
    m_holder->setObjectName(QStringLiteral("holderCombo"));
    m_holder->setEditable(true);
    m_holder->setInsertPolicy(QComboBox::NoInsert);
    m_holder->lineEdit()->setPlaceholderText(tr("Type part of the unit's name or credit code"));
    m_holderModel = new QStandardItemModel(this);
    m_holder->setModel(m_holderModel);
    auto *completer = new QCompleter(m_holderModel, m_holder);
    completer->setFilterMode(Qt::MatchContains);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setCompletionMode(QCompleter::PopupCompletion);
    completer->setMaxVisibleItems(15);
    m_holder->setCompleter(completer);

    m_category = new QComboBox(this);
    m_category->setObjectName(QStringLiteral("categoryCombo"));
    for (core::StandardCategory c : core::vocab::categories())
        m_category->addItem(labels::category(c), static_cast<int>(c));
    m_bureau = new QComboBox(this);
    m_bureau->setObjectName(QStringLiteral("issuingBureauCombo"));
    m_issuedOn = dateEdit(QStringLiteral("issuedOnEdit"), this);
    m_expiresOn = dateEdit(QStringLiteral("expiresOnEdit"), this);
    m_expiryHint = new QLabel(this);
    m_expiryHint->setObjectName(QStringLiteral("expiryHintLabel"));
    auto *expiryBox = new QWidget(this);
    expiryBox->setFocusProxy(m_expiresOn);
    auto *expiryLayout = new QHBoxLayout(expiryBox);
    expiryLayout->setContentsMargins(0, 0, 0, 0);
    expiryLayout->addWidget(m_expiresOn);
    expiryLayout->addWidget(m_expiryHint, 1);
    m_range = lineEdit(QStringLiteral("rangeEdit"), this);
    m_uncertainty = lineEdit(QStringLiteral("uncertaintyEdit"), this);
    m_uncertainty->setPlaceholderText(tr("Uncertainty, accuracy class or maximum permissible error"));
    m_personInCharge = lineEdit(QStringLiteral("personInChargeEdit"), this);
    m_status = new QComboBox(this);
    m_status->setObjectName(QStringLiteral("statusCombo"));
    for (core::StandardStatus s :
         {core::StandardStatus::InUse, core::StandardStatus::Sealed, core::StandardStatus::Cancelled})
        m_status->addItem(labels::status(s), static_cast<int>(s));

    m_certificateError = new FieldErrorLabel(QStringLiteral("certificateNoErrorLabel"), this);
    m_nameError = new FieldErrorLabel(QStringLiteral("nameErrorLabel"), this);
    m_codeError = new FieldErrorLabel(QStringLiteral("codeErrorLabel"), this);
    m_holderError = new FieldErrorLabel(QStringLiteral("holderErrorLabel"), this);
    m_expiryError = new FieldErrorLabel(QStringLiteral("expiresOnErrorLabel"), this);
    m_saveError = new FieldErrorLabel(QStringLiteral("saveErrorLabel"), this);

    auto *form = new QFormLayout;
    form->addRow(tr("&Certificate no.:"), FieldErrorLabel::stacked(m_certificateNo, m_certificateError));
    form->addRow(tr("&Name:"), FieldErrorLabel::stacked(m_name, m_nameError));
    form->addRow(tr("C&ode:"), FieldErrorLabel::stacked(codeBox, m_codeError));
    form->addRow(tr("&Holder:"), FieldErrorLabel::stacked(m_holder, m_holderError));
    form->addRow(tr("C&ategory:"), m_category);
    form->addRow(tr("Issuing &bureau:"), m_bureau);
    auto *issuedBox = new QWidget(this);
    issuedBox->setFocusProxy(m_issuedOn);
    auto *issuedLayout = new QHBoxLayout(issuedBox);
    issuedLayout->setContentsMargins(0, 0, 0, 0);
    issuedLayout->addWidget(m_issuedOn);
    issuedLayout->addStretch();
    auto *issuedLabel = new QLabel(tr("&Issued on:"), this);
    issuedLabel->setBuddy(m_issuedOn);
    form->addRow(issuedLabel, issuedBox);
    form->addRow(tr("&Expires on:"), FieldErrorLabel::stacked(expiryBox, m_expiryError));
    form->addRow(tr("Measuring &range:"), m_range);
    form->addRow(tr("&Uncertainty:"), m_uncertainty);
    form->addRow(tr("&Person in charge:"), m_personInCharge);
    form->addRow(tr("&Status:"), m_status);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->setObjectName(QStringLiteral("buttonBox"));
    okButton()->setObjectName(QStringLiteral("okButton"));
    okButton()->setDefault(true);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &StandardDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &StandardDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_saveError);
    layout->addStretch();
    layout->addWidget(m_buttons);

    loadChoices();
    if (m_original) {
        const core::Standard &s = *m_original;
        m_certificateNo->setText(s.certificateNo);
        m_name->setText(s.name);
        m_code->setText(s.code);
        selectHolder(s.holder);
        m_category->setCurrentIndex(m_category->findData(static_cast<int>(s.category)));
        m_bureau->setCurrentIndex(std::max(0, m_bureau->findData(s.issuingBureau)));
        m_issuedOn->setDate(s.issuedOn.isValid() ? s.issuedOn : m_today);
        m_expiresOn->setDate(s.expiresOn.isValid() ? s.expiresOn : core::defaultExpiry(m_issuedOn->date()));
        m_expiryAuto = s.expiresOn == core::defaultExpiry(s.issuedOn);
        m_range->setText(s.measuringRange);
        m_uncertainty->setText(s.uncertainty);
        m_personInCharge->setText(s.personInCharge);
        m_status->setCurrentIndex(std::max(0, m_status->findData(static_cast<int>(s.status))));
    } else {
        selectHolder(presetHolder);
        m_category->setCurrentIndex(
            m_category->findData(static_cast<int>(core::StandardCategory::EnterpriseHighest)));
        m_issuedOn->setDate(m_today);
        m_expiresOn->setDate(core::defaultExpiry(m_today));
    }

    auto touch = [this](const char *field) {
        return [this, field] {
            m_touched.insert(QString::fromLatin1(field));
            validate();
        };
    };
    connect(m_certificateNo, &QLineEdit::textChanged, this, touch("certificate_no"));
    connect(m_name, &QLineEdit::textChanged, this, touch("name"));
    connect(m_code, &QLineEdit::textChanged, this, touch("code"));
    connect(m_code, &QLineEdit::editingFinished, this, &StandardDialog::validate);
    connect(m_holder, &QComboBox::currentTextChanged, this, touch("holder"));
    connect(m_issuedOn, &QDateEdit::dateChanged, this, &StandardDialog::issueDateChanged);
    connect(m_expiresOn, &QDateEdit::dateChanged, this, [this] {
        if (!m_settingExpiry)
            m_expiryAuto = false;
        validate();
    });

    const QList<QWidget *> order{m_certificateNo, m_name,        m_code,           m_holder,
                                 m_category,      m_bureau,      m_issuedOn,       m_expiresOn,
                                 m_range,         m_uncertainty, m_personInCharge, m_status};
    for (int i = 1; i < order.size(); ++i)
        setTabOrder(order[i - 1], order[i]);
    resize(640, sizeHint().height());
    validate();
}

void StandardDialog::loadChoices()
{
    if (auto units = m_repo.units()) {
        std::sort(units->begin(), units->end(),
                  [](const core::Unit &a, const core::Unit &b) { return a.name < b.name; });
        for (const core::Unit &u : *units) {
            auto *item = new QStandardItem(u.name + QStringLiteral(" (") + u.creditCode + u')');
            item->setData(u.meta.uuid, Qt::UserRole);
            m_holderModel->appendRow(item);
        }
    } else {
        m_saveError->setError(units.error().text());
    }
    m_bureau->addItem(tr("(not recorded)"), QUuid());
    if (auto bureaus = m_repo.bureaus()) {
        for (const core::Bureau &b : *bureaus)
            m_bureau->addItem(b.name, b.meta.uuid);
    }
}

void StandardDialog::selectHolder(const QUuid &uuid)
{
    for (int i = 0; i < m_holderModel->rowCount(); ++i)
        if (!uuid.isNull() && m_holderModel->item(i)->data(Qt::UserRole).toUuid() == uuid) {
            m_holder->setCurrentIndex(i);
            return;
        }
    m_holder->setCurrentIndex(-1);
    m_holder->setEditText({});
}

QUuid StandardDialog::holderUuid() const
{
    const QString text = m_holder->currentText().trimmed();
    if (text.isEmpty())
        return {};
    const int i = m_holder->findText(text, Qt::MatchExactly);
    return i >= 0 ? m_holder->itemData(i, Qt::UserRole).toUuid() : QUuid();
}

void StandardDialog::issueDateChanged()
{
    if (m_expiryAuto) {
        m_settingExpiry = true;
        m_expiresOn->setDate(core::defaultExpiry(m_issuedOn->date()));
        m_settingExpiry = false;
    }
    validate();
}

QPushButton *StandardDialog::okButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

core::Standard StandardDialog::standard() const
{
    core::Standard s = m_original.value_or(core::Standard{});
    s.certificateNo = m_certificateNo->text().trimmed();
    s.name = m_name->text().trimmed();
    s.code = m_code->text().trimmed();
    s.holder = holderUuid();
    s.category = static_cast<core::StandardCategory>(m_category->currentData().toInt());
    s.issuingBureau = m_bureau->currentData().toUuid();
    s.issuedOn = m_issuedOn->date();
    s.expiresOn = m_expiresOn->date();
    s.measuringRange = m_range->text().trimmed();
    s.uncertainty = m_uncertainty->text().trimmed();
    s.personInCharge = m_personInCharge->text().trimmed();
    s.status = static_cast<core::StandardStatus>(m_status->currentData().toInt());
    return s;
}

void StandardDialog::validate()
{
    bool ok = true;
    auto required = [&](const QString &text, const char *field, const QString &message) {
        if (!text.trimmed().isEmpty())
            return QString();
        ok = false;
        return m_touched.contains(QString::fromLatin1(field)) ? message : QString();
    };

    QString certificateError =
        required(m_certificateNo->text(), "certificate_no", tr("Enter the certificate number."));
    if (certificateError.isEmpty() && !m_certificateNo->text().trimmed().isEmpty()) {
        auto other = m_repo.standardByCertificate(m_certificateNo->text().trimmed());
        if (other && *other && (!m_original || (*other)->meta.uuid != m_original->meta.uuid)) {
            ok = false;
            certificateError = tr("This certificate number already belongs to “%1”.").arg((*other)->name);
        }
    }
    m_certificateError->setError(certificateError);
    m_nameError->setError(required(m_name->text(), "name", tr("Enter the standard's name.")));

    QString codeError;
    const QString code = m_code->text().trimmed();
    if (code.isEmpty()) {
        ok = false;
        if (m_touched.contains(QStringLiteral("code")))
            codeError = tr("Enter the 8-digit code of the standard.");
    } else if (const QString why = core::MetrologyFields::checkCode(code); !why.isEmpty()) {
        ok = false;
        // While typing, a short code is not yet an error worth shouting about; a wrong field is.
        const bool wrongField = code.size() >= 2 && !core::MetrologyFields::byPrefix(code.left(2));
        if (wrongField)
            codeError = core::MetrologyFields::checkCode(code.left(2) + QStringLiteral("000000"));
        else if (code.size() >= 8 || !m_code->hasFocus())
            codeError = why;
    }
    m_codeError->setError(codeError);
    m_codeField->setText(code.size() >= 2 ? labels::fieldOfCode(code) : QString());

    QString holderError;
    if (holderUuid().isNull()) {
        ok = false;
        if (m_touched.contains(QStringLiteral("holder")) && !m_holder->currentText().trimmed().isEmpty())
            holderError = tr("Choose the holder from the list of units.");
        else if (m_touched.contains(QStringLiteral("holder")))
            holderError = tr("Choose the unit that holds the standard.");
    }
    m_holderError->setError(holderError);

    QString expiryError;
    if (m_expiresOn->date() <= m_issuedOn->date()) {
        ok = false;
        expiryError = tr("The expiry date must be after the issue date.");
    }
    m_expiryError->setError(expiryError);
    m_expiryHint->setText(m_expiryAuto ? tr("(issue date + 4 years)") : QString());

    m_saveError->setError({});
    okButton()->setEnabled(ok);
}

void StandardDialog::accept()
{
    if (!okButton()->isEnabled())
        return;
    auto stored = m_repo.saveStandard(standard(), core::systemActor());
    if (!stored) {
        const core::Error &e = stored.error();
        if (e.where == u"certificate_no")
            m_certificateError->setError(e.message);
        else if (e.where == u"code")
            m_codeError->setError(e.message);
        else if (e.where == u"holder")
            m_holderError->setError(e.message);
        else if (e.where == u"expires_on" || e.where == u"issued_on")
            m_expiryError->setError(e.message);
        else
            m_saveError->setError(e.text());
        return;
    }
    m_saved = *stored;
    Q_EMIT saved();
    QDialog::accept();
}

} // namespace ui

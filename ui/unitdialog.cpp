#include "unitdialog.h"

#include "creditcode.h"
#include "fielderrorlabel.h"
#include "labels.h"
#include "storage/repository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace ui {

UnitDialog::UnitDialog(core::Repository &repo, const QStringList &districts,
                       std::optional<core::Unit> existing, QWidget *parent)
    : QDialog(parent), m_repo(repo), m_original(std::move(existing))
{
    setObjectName(QStringLiteral("unitDialog"));
    setWindowTitle(m_original ? tr("Edit unit") : tr("New unit"));

    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("unitNameEdit"));
    m_name->setPlaceholderText(tr("Full registered name"));
    m_creditCode = new QLineEdit(this);
    m_creditCode->setObjectName(QStringLiteral("creditCodeEdit"));
    m_creditCode->setPlaceholderText(tr("18 characters, e.g. 91120116MA05JDQX5R"));
    m_creditCode->setMaxLength(24); // room for stray spaces before normalisation
    m_address = new QLineEdit(this);
    m_address->setObjectName(QStringLiteral("addressEdit"));
    m_district = new QComboBox(this);
    m_district->setObjectName(QStringLiteral("districtCombo"));
    m_district->setEditable(true);
    m_district->setInsertPolicy(QComboBox::NoInsert);
    m_district->addItems(districts);
    m_district->setCurrentIndex(-1);
    m_contact = new QLineEdit(this);
    m_contact->setObjectName(QStringLiteral("contactEdit"));
    m_phone = new QLineEdit(this);
    m_phone->setObjectName(QStringLiteral("phoneEdit"));

    auto *focusBox = new QWidget(this);
    auto *focusLayout = new QHBoxLayout(focusBox);
    focusLayout->setContentsMargins(0, 0, 0, 0);
    for (int f : core::kAllFocusAreas) {
        auto *check = new QCheckBox(labels::focusArea(core::FocusArea(f)), focusBox);
        check->setObjectName(QStringLiteral("focusCheck_") + QString::number(f));
        focusLayout->addWidget(check);
        m_focus.append({f, check});
    }
    focusLayout->addStretch();

    m_nameError = new FieldErrorLabel(QStringLiteral("nameErrorLabel"), this);
    m_creditCodeError = new FieldErrorLabel(QStringLiteral("creditCodeErrorLabel"), this);
    m_saveError = new FieldErrorLabel(QStringLiteral("saveErrorLabel"), this);

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), FieldErrorLabel::stacked(m_name, m_nameError));
    form->addRow(tr("&Credit code:"), FieldErrorLabel::stacked(m_creditCode, m_creditCodeError));
    form->addRow(tr("&District:"), m_district);
    form->addRow(tr("&Address:"), m_address);
    form->addRow(tr("C&ontact:"), m_contact);
    form->addRow(tr("&Phone:"), m_phone);
    form->addRow(tr("Focus areas:"), focusBox);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->setObjectName(QStringLiteral("buttonBox"));
    okButton()->setObjectName(QStringLiteral("okButton"));
    okButton()->setDefault(true);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &UnitDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &UnitDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_saveError);
    layout->addStretch();
    layout->addWidget(m_buttons);

    if (m_original) {
        const core::Unit &u = *m_original;
        m_name->setText(u.name);
        m_creditCode->setText(u.creditCode);
        m_address->setText(u.address);
        m_district->setCurrentText(u.district);
        m_contact->setText(u.contact);
        m_phone->setText(u.phone);
        for (auto &[f, check] : m_focus)
            check->setChecked(u.focus & f);
    }

    connect(m_name, &QLineEdit::textChanged, this, [this] {
        m_nameTouched = true;
        validate();
    });
    connect(m_creditCode, &QLineEdit::textChanged, this, [this] {
        m_codeTouched = true;
        validate();
    });
    connect(m_creditCode, &QLineEdit::editingFinished, this, [this] {
        const auto verdict = core::CreditCode::check(m_creditCode->text());
        if (verdict.valid() && verdict.normalized != m_creditCode->text())
            m_creditCode->setText(verdict.normalized);
    });
    const QList<QWidget *> order{m_name, m_creditCode, m_district, m_address, m_contact, m_phone};
    for (int i = 1; i < order.size(); ++i)
        setTabOrder(order[i - 1], order[i]);
    resize(560, sizeHint().height());
    validate();
}

QPushButton *UnitDialog::okButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

core::Unit UnitDialog::unit() const
{
    core::Unit u = m_original.value_or(core::Unit{});
    u.name = m_name->text().trimmed();
    u.creditCode = core::CreditCode::normalize(m_creditCode->text());
    u.address = m_address->text().trimmed();
    u.district = m_district->currentText().trimmed();
    u.contact = m_contact->text().trimmed();
    u.phone = m_phone->text().trimmed();
    u.focus = core::FocusNone;
    for (const auto &[f, check] : m_focus)
        if (check->isChecked())
            u.focus |= f;
    return u;
}

void UnitDialog::validate()
{
    bool ok = true;
    QString nameError;
    if (m_name->text().trimmed().isEmpty()) {
        ok = false;
        if (m_nameTouched)
            nameError = tr("Enter the unit's name.");
    }
    m_nameError->setError(nameError);

    QString codeError;
    const QString code = m_creditCode->text();
    if (code.trimmed().isEmpty()) {
        ok = false;
        if (m_codeTouched)
            codeError = tr("Enter the 18-character unified social credit code.");
    } else if (const auto verdict = core::CreditCode::check(code); !verdict.valid()) {
        ok = false;
        codeError = verdict.message;
    } else if (auto other = m_repo.unitByCreditCode(verdict.normalized);
               other && *other && (!m_original || (*other)->meta.uuid != m_original->meta.uuid)) {
        ok = false;
        codeError = tr("This credit code already belongs to %1.").arg((*other)->name);
    }
    m_creditCodeError->setError(codeError);
    m_saveError->setError({});
    okButton()->setEnabled(ok);
}

void UnitDialog::accept()
{
    if (!okButton()->isEnabled())
        return;
    auto stored = m_repo.saveUnit(unit(), core::systemActor());
    if (!stored) {
        const core::Error &e = stored.error();
        if (e.where == u"credit_code")
            m_creditCodeError->setError(e.message);
        else if (e.where == u"name")
            m_nameError->setError(e.message);
        else
            m_saveError->setError(e.text());
        return;
    }
    m_saved = *stored;
    Q_EMIT saved();
    QDialog::accept();
}

} // namespace ui

#include "verificationdialogs.h"

#include "calendar.h"
#include "clock.h"
#include "storage/repository.h"
#include "verification/verificationstore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace ui {

namespace {

QDateEdit *makeDateEdit(QDate date, QWidget *parent)
{
    auto *e = new QDateEdit(date, parent);
    e->setCalendarPopup(true);
    e->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    return e;
}

} // namespace

QTableWidget *makeRowTable(const QStringList &headers, QWidget *parent)
{
    auto *t = new QTableWidget(0, int(headers.size()), parent);
    t->setHorizontalHeaderLabels(headers);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setAlternatingRowColors(true);
    t->verticalHeader()->hide();
    t->horizontalHeader()->setStretchLastSection(true);
    return t;
}

// ---- declared items ----------------------------------------------------------------------------------

DeclaredItemsDialog::DeclaredItemsDialog(core::Repository &repo, const core::VerificationBody &body,
                                         QWidget *parent)
    : QDialog(parent), m_repo(repo), m_body(body)
{
    setObjectName(QStringLiteral("declaredItemsDialog"));
    setWindowTitle(tr("Declared items of %1").arg(body.name));
    auto *intro = new QLabel(tr("The capability declaration as published: each item with the measurement "
                                "standard it is verified on. A change is stored at once; the declaration "
                                "is due for update when a standard's certificate expires."),
                             this);
    intro->setWordWrap(true);

    m_table = new QTableWidget(0, 5, this);
    m_table->setObjectName(QStringLiteral("declaredItemsTable"));
    m_table->setHorizontalHeaderLabels({tr("Item"), tr("Standard certificate"), tr("Certificate valid to"),
                                        tr("Regulation"), tr("Regulation changed on")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);

    m_item = new QLineEdit(this);
    m_item->setObjectName(QStringLiteral("declaredItemEdit"));
    m_item->setPlaceholderText(tr("e.g. 燃气表"));
    m_standard = new QLineEdit(this);
    m_standard->setObjectName(QStringLiteral("declaredStandardEdit"));
    m_standard->setPlaceholderText(tr("certificate number of the standard used"));
    m_expiresKnown = new QCheckBox(tr("&Certificate valid to:"), this);
    m_expires = makeDateEdit(repo.clock().today(), this);
    m_expires->setObjectName(QStringLiteral("declaredExpiresEdit"));
    m_expires->setEnabled(false);
    connect(m_expiresKnown, &QCheckBox::toggled, m_expires, &QWidget::setEnabled);
    m_regulation = new QLineEdit(this);
    m_regulation->setObjectName(QStringLiteral("declaredRegulationEdit"));
    m_regulation->setPlaceholderText(tr("e.g. JJG 577-2012"));
    m_regulationChanged = new QCheckBox(tr("Regulation c&hanged on:"), this);
    m_regulationChangedOn = makeDateEdit(repo.clock().today(), this);
    m_regulationChangedOn->setMaximumDate(repo.clock().today());
    m_regulationChangedOn->setEnabled(false);
    connect(m_regulationChanged, &QCheckBox::toggled, m_regulationChangedOn, &QWidget::setEnabled);

    auto *form = new QFormLayout;
    auto *itemLabel = new QLabel(tr("&Item:"), this);
    itemLabel->setBuddy(m_item);
    auto *standardLabel = new QLabel(tr("&Standard certificate:"), this);
    standardLabel->setBuddy(m_standard);
    form->addRow(itemLabel, m_item);
    form->addRow(standardLabel, m_standard);
    form->addRow(m_expiresKnown, m_expires);
    auto *regulationLabel = new QLabel(tr("&Regulation:"), this);
    regulationLabel->setBuddy(m_regulation);
    form->addRow(regulationLabel, m_regulation);
    form->addRow(m_regulationChanged, m_regulationChangedOn);

    m_save = new QPushButton(tr("S&ave item"), this);
    m_save->setObjectName(QStringLiteral("saveDeclaredItemButton"));
    m_withdraw = new QPushButton(tr("&Withdraw item"), this);
    m_withdraw->setObjectName(QStringLiteral("withdrawDeclaredItemButton"));
    m_withdraw->setEnabled(false);
    connect(m_save, &QPushButton::clicked, this, [this] { saveItem(); });
    connect(m_withdraw, &QPushButton::clicked, this, [this] { withdrawItem(); });
    connect(m_item, &QLineEdit::returnPressed, this, [this] { saveItem(); });
    auto *row = new QHBoxLayout;
    row->addWidget(m_save);
    row->addWidget(m_withdraw);
    row->addStretch(1);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("declaredItemsError"));
    m_error->setStyleSheet(QStringLiteral("color: #b3261e"));
    m_error->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::accept);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    layout->addLayout(form);
    layout->addLayout(row);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &DeclaredItemsDialog::rowChosen);
    reload();
    resize(640, 460);
}

void DeclaredItemsDialog::reload()
{
    auto items = m_repo.verification().declaredItems(m_body.meta.uuid);
    if (!items) {
        m_error->setText(items.error().text());
        return;
    }
    m_items = *items;
    std::sort(m_items.begin(), m_items.end(), [](const core::DeclaredItem &a, const core::DeclaredItem &b) {
        return QString::localeAwareCompare(a.item, b.item) < 0;
    });
    const QSignalBlocker block(m_table);
    m_table->setRowCount(int(m_items.size()));
    for (int r = 0; r < m_items.size(); ++r) {
        const core::DeclaredItem &d = m_items[r];
        const QStringList cells{d.item, d.standardCertificateNo,
                                core::calendar::isoDate(d.certificateExpiresOn), d.regulation,
                                core::calendar::isoDate(d.regulationChangedOn)};
        for (int c = 0; c < cells.size(); ++c)
            m_table->setItem(r, c, new QTableWidgetItem(cells[c]));
    }
    m_table->resizeColumnsToContents();
    // The form is empty after a reload: choosing a row fills it again.
    m_table->clearSelection();
    m_table->setCurrentCell(-1, -1);
    m_withdraw->setEnabled(false);
}

void DeclaredItemsDialog::rowChosen()
{
    const int r = m_table->currentRow();
    m_withdraw->setEnabled(r >= 0 && r < m_items.size());
    if (r < 0 || r >= m_items.size())
        return;
    const core::DeclaredItem &d = m_items[r];
    m_item->setText(d.item);
    m_standard->setText(d.standardCertificateNo);
    m_expiresKnown->setChecked(d.certificateExpiresOn.isValid());
    if (d.certificateExpiresOn.isValid())
        m_expires->setDate(d.certificateExpiresOn);
    m_regulation->setText(d.regulation);
    m_regulationChanged->setChecked(d.regulationChangedOn.isValid());
    if (d.regulationChangedOn.isValid())
        m_regulationChangedOn->setDate(d.regulationChangedOn);
}

bool DeclaredItemsDialog::saveItem()
{
    const QString name = m_item->text().trimmed();
    if (name.isEmpty()) {
        m_error->setText(tr("Name the declared item."));
        m_item->setFocus();
        return false;
    }
    core::DeclaredItem d;
    for (const core::DeclaredItem &existing : std::as_const(m_items))
        if (existing.item == name)
            d = existing;
    d.body = m_body.meta.uuid;
    d.item = name;
    d.standardCertificateNo = m_standard->text().trimmed();
    d.certificateExpiresOn = m_expiresKnown->isChecked() ? m_expires->date() : QDate();
    d.regulation = m_regulation->text().trimmed();
    d.regulationChangedOn = m_regulationChanged->isChecked() ? m_regulationChangedOn->date() : QDate();
    if (d.regulationChangedOn.isValid() && d.regulation.isEmpty()) {
        m_error->setText(tr("Name the new regulation the item is verified to."));
        m_regulation->setFocus();
        return false;
    }
    auto saved = m_repo.verification().saveDeclaredItem(d, core::systemActor());
    if (!saved) {
        m_error->setText(saved.error().text());
        return false;
    }
    m_error->clear();
    reload();
    m_item->clear();
    m_standard->clear();
    m_expiresKnown->setChecked(false);
    m_regulation->clear();
    m_regulationChanged->setChecked(false);
    m_item->setFocus();
    return true;
}

bool DeclaredItemsDialog::withdrawItem()
{
    const int r = m_table->currentRow();
    if (r < 0 || r >= m_items.size())
        return false;
    if (core::Status st = m_repo.verification().removeDeclaredItem(m_items[r].meta.uuid, core::systemActor());
        !st) {
        m_error->setText(st.error().text());
        return false;
    }
    m_error->clear();
    reload();
    return true;
}

// ---- revocation --------------------------------------------------------------------------------------

RevokeDialog::RevokeDialog(const core::VerificationBody &body, QDate today, QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("revokeDialog"));
    setWindowTitle(tr("Revoke %1").arg(body.name));
    auto *intro = new QLabel(tr("After revocation the seal and the certificate are due back within 30 days, "
                                "and no new application is accepted for 3 years. The body joins the "
                                "published list of revoked bodies."),
                             this);
    intro->setWordWrap(true);
    m_ground = new QComboBox(this);
    m_ground->setObjectName(QStringLiteral("revocationGroundCombo"));
    for (const QString &key : core::verificationvocab::revocationGrounds())
        m_ground->addItem(core::verificationvocab::revocationGroundLabel(key), key);
    m_date = makeDateEdit(today, this);
    m_date->setMaximumDate(today);
    m_note = new QPlainTextEdit(this);
    m_note->setPlaceholderText(tr("decision number, what was found"));
    auto *form = new QFormLayout;
    form->addRow(tr("&Ground:"), m_ground);
    form->addRow(tr("&Date:"), m_date);
    form->addRow(tr("&Note:"), m_note);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Revoke"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(buttons);
    resize(520, 320);
}

QString RevokeDialog::ground() const
{
    return m_ground->currentData().toString();
}

QDate RevokeDialog::date() const
{
    return m_date->date();
}

QString RevokeDialog::note() const
{
    return m_note->toPlainText().trimmed();
}

// ---- closing an obligation ---------------------------------------------------------------------------

CloseObligationDialog::CloseObligationDialog(const core::Obligation &o, QDate today, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("closeObligationDialog"));
    setWindowTitle(tr("Record how the obligation was met"));
    auto *intro = new QLabel(
        tr("%1 — %2 (%3), due %4")
            .arg(o.bodyName, core::Obligations::label(o.kind), o.period, core::calendar::isoDate(o.dueOn)),
        this);
    intro->setWordWrap(true);
    m_date = makeDateEdit(today, this);
    m_date->setMaximumDate(today);
    m_evidence = new QLineEdit(this);
    m_evidence->setObjectName(QStringLiteral("obligationEvidenceEdit"));
    m_evidence->setPlaceholderText(tr("document number, file name or note"));
    auto *form = new QFormLayout;
    form->addRow(tr("&Met on:"), m_date);
    form->addRow(tr("&Evidence:"), m_evidence);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_evidence, &QLineEdit::textChanged, this,
            [this] { okButton()->setEnabled(!evidence().isEmpty()); });
    okButton()->setEnabled(false);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_buttons);
    resize(480, 200);
}

QDate CloseObligationDialog::closedOn() const
{
    return m_date->date();
}

QString CloseObligationDialog::evidence() const
{
    return m_evidence->text().trimmed();
}

QPushButton *CloseObligationDialog::okButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

} // namespace ui

#include "signdialog.h"

#include "clock.h"
#include "security/accountstore.h"
#include "signaturepad.h"
#include "storage/repository.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace ui {

using core::InspectionVocabulary;

SignDialog::SignDialog(core::Repository &repo, const core::Inspection &i, const core::ChecklistTemplate &t,
                       const core::InspectionContent &content, const core::Completeness &completeness,
                       QWidget *parent)
    : QDialog(parent), m_repo(repo), m_inspection(i), m_template(t), m_complete(completeness.complete())
{
    setObjectName(QStringLiteral("signDialog"));
    setWindowTitle(tr("Sign the inspection table — revision %1").arg(i.revisionNo));
    auto withAccounts = repo.accounts().hasAccounts();
    m_electronic = withAccounts && *withAccounts;

    // 1. The completeness check.
    m_problems = new QLabel;
    m_problems->setObjectName(QStringLiteral("problemsLabel"));
    m_problems->setWordWrap(true);
    m_problems->setTextFormat(Qt::RichText);
    QStringList lines;
    if (m_complete)
        lines << QStringLiteral("<b style=\"color:#1e8240\">") +
                     tr("All %1 items are answered and every problem has its finding.")
                         .arg(completeness.total)
                         .toHtmlEscaped() +
                     QStringLiteral("</b>");
    else
        for (const QString &p : completeness.problems())
            lines << QStringLiteral("<b style=\"color:#b00020\">") + p.toHtmlEscaped() +
                         QStringLiteral("</b>");
    QStringList keys;
    for (const QString &id : completeness.keyItems) {
        const core::TemplateItem *item = t.item(id);
        const core::ContentAnswer *a = content.answer(id);
        const core::TemplateVerdict *v = a ? t.verdict(a->verdict) : nullptr;
        const bool attention = !v || !v->rectification.isEmpty();
        QString text = item ? InspectionVocabulary::pick(item->text, item->textEn) : QString();
        if (text.size() > 28)
            text = text.left(28) + QStringLiteral("…");
        const QString entry =
            QStringLiteral("★ %1 %2 — %3")
                .arg(id, text, v ? InspectionVocabulary::pick(v->label, v->labelEn) : tr("not answered"));
        keys << (attention ? QStringLiteral("<span style=\"color:#b00020; font-weight:bold\">")
                           : QStringLiteral("<span>")) +
                    entry.toHtmlEscaped() + QStringLiteral("</span>");
    }
    lines << QStringLiteral("<br>") + tr("Key items:").toHtmlEscaped() + QStringLiteral("<br>") +
                 keys.join(QStringLiteral("<br>"));
    m_problems->setText(lines.join(QStringLiteral("<br>")));
    auto *check = new QGroupBox(tr("Completeness check"));
    auto *checkLayout = new QVBoxLayout(check);
    checkLayout->addWidget(m_problems);

    // 2. The signers: the team as recorded, then the inspected side's representative.
    auto *signers = new QWidget;
    auto *grid = new QGridLayout(signers);
    grid->addWidget(new QLabel(tr("Signer")), 0, 0);
    grid->addWidget(new QLabel(tr("Name")), 0, 1);
    grid->addWidget(new QLabel(tr("Position")), 0, 2);
    grid->addWidget(new QLabel(tr("Date")), 0, 3);
    grid->addWidget(new QLabel(tr("Signature")), 0, 4);
    if (m_electronic) {
        auto *loginHeader = new QLabel(tr("Login name / password"));
        loginHeader->setToolTip(tr("An electronic signature: each inspector enters their own password; an "
                                   "inspector enters theirs to witness the inspected side's signature."));
        grid->addWidget(loginHeader, 0, 5);
    }
    QHash<QString, int> perRole;
    for (const core::TeamMember &m : i.team)
        if (const core::TemplateSigner *role = t.signer(m.role)) {
            addRow(*role, m, ++perRole[m.role] <= role->minimum ? 1 : 0);
        }
    for (const core::TemplateSigner &role : t.signers)
        for (int n = perRole.value(role.role); n < role.minimum; ++n)
            addRow(role, {}, 1);
    for (int r = 0; r < m_rows.size(); ++r) {
        const Row &row = m_rows[r];
        const core::TemplateSigner *role = t.signer(row.role);
        auto *label = new QLabel(role ? InspectionVocabulary::pick(role->label, role->labelEn) : row.role);
        label->setWordWrap(true);
        grid->addWidget(label, r + 1, 0);
        grid->addWidget(row.name, r + 1, 1);
        grid->addWidget(row.title, r + 1, 2);
        grid->addWidget(row.date, r + 1, 3);
        auto *padBox = new QWidget;
        auto *padLayout = new QVBoxLayout(padBox);
        padLayout->setContentsMargins(0, 0, 0, 0);
        padLayout->addWidget(row.pad);
        auto *clear = new QPushButton(tr("Clear"));
        clear->setObjectName(QStringLiteral("clearSignatureButton"));
        connect(clear, &QPushButton::clicked, row.pad, &SignaturePad::clear);
        padLayout->addWidget(clear, 0, Qt::AlignRight);
        grid->addWidget(padBox, r + 1, 4);
        if (row.login) {
            auto *box = new QWidget;
            auto *boxLayout = new QVBoxLayout(box);
            boxLayout->setContentsMargins(0, 0, 0, 0);
            boxLayout->addWidget(row.login);
            boxLayout->addWidget(row.password);
            boxLayout->addStretch();
            grid->addWidget(box, r + 1, 5);
        }
    }
    grid->setColumnStretch(4, 1);
    auto *scroll = new QScrollArea;
    scroll->setWidget(signers);
    scroll->setWidgetResizable(true);

    m_error = new QLabel;
    m_error->setObjectName(QStringLiteral("signErrorLabel"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020"));
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    signButton()->setObjectName(QStringLiteral("signButton"));
    signButton()->setText(tr("&Sign and freeze"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SignDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(check);
    layout->addWidget(
        new QLabel(tr("Signing freezes revision %1: every later change is an amendment with a reason, "
                      "signed again.")
                       .arg(i.revisionNo)));
    layout->addWidget(scroll, 1);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    resize(980, 640);
    updateButtons();
}

void SignDialog::addRow(const core::TemplateSigner &role, const core::TeamMember &member, int minimum)
{
    Row row;
    row.role = role.role;
    row.minimum = minimum;
    row.name = new QLineEdit(member.name);
    row.name->setObjectName(QStringLiteral("signerNameEdit"));
    row.name->setPlaceholderText(tr("Name"));
    row.title = new QLineEdit(member.position);
    row.title->setObjectName(QStringLiteral("signerTitleEdit"));
    row.title->setPlaceholderText(tr("Position"));
    row.date = new QDateEdit(m_repo.clock().today());
    row.date->setObjectName(QStringLiteral("signerDateEdit"));
    row.date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    row.date->setCalendarPopup(true);
    row.pad = new SignaturePad;
    row.pad->setMinimumSize(260, 96);
    row.pad->setMaximumHeight(120);
    connect(row.name, &QLineEdit::textChanged, this, &SignDialog::updateButtons);
    connect(row.pad, &SignaturePad::changed, this, &SignDialog::updateButtons);
    if (m_electronic) {
        const bool witness = role.role == u"representative";
        const std::optional<core::Session> session = m_repo.session();
        row.login = new QLineEdit;
        row.login->setObjectName(QStringLiteral("signerLoginEdit"));
        row.login->setPlaceholderText(witness ? tr("Witnessing inspector") : tr("Login name"));
        row.login->setAccessibleName(witness ? tr("Login name of the witnessing inspector")
                                             : tr("Login name of %1").arg(member.name));
        // The logged-in inspector signs their own row, and witnesses the representative's.
        if (session && (witness || session->displayName == member.name || session->name == member.name))
            row.login->setText(session->name);
        row.password = new QLineEdit;
        row.password->setObjectName(QStringLiteral("signerPasswordEdit"));
        row.password->setEchoMode(QLineEdit::Password);
        row.password->setPlaceholderText(tr("Password"));
        row.password->setAccessibleName(tr("Password for the signature of %1").arg(member.name));
        connect(row.login, &QLineEdit::textChanged, this, &SignDialog::updateButtons);
        connect(row.password, &QLineEdit::textChanged, this, &SignDialog::updateButtons);
    }
    m_rows << row;
}

QPushButton *SignDialog::signButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

void SignDialog::updateButtons()
{
    bool ready = m_complete;
    for (const Row &r : m_rows)
        if (r.minimum > 0 || !r.pad->isEmpty())
            ready = ready && !r.name->text().trimmed().isEmpty() && !r.pad->isEmpty() &&
                    (!r.password || (!r.login->text().trimmed().isEmpty() && !r.password->text().isEmpty()));
    signButton()->setEnabled(ready);
    if (!m_complete)
        m_error->setText(tr("Complete the checklist before signing."));
}

QList<core::SignatureInput> SignDialog::signatures() const
{
    QList<core::SignatureInput> out;
    for (const Row &r : m_rows) {
        if (r.pad->isEmpty() && r.minimum == 0)
            continue; // an optional signer (e.g. an assessor) who did not sign
        out << core::SignatureInput{
            r.role, r.name->text().trimmed(), r.title->text().trimmed(), r.date->date(), r.pad->png(), {}};
    }
    return out;
}

void SignDialog::accept()
{
    QList<core::SignatureInput> inputs = signatures();
    if (m_electronic) {
        // Every password is checked here, so a mistyped one is named with its row before anything is signed.
        int n = 0;
        for (Row &r : m_rows) {
            if (r.pad->isEmpty() && r.minimum == 0)
                continue;
            core::SignatureInput &in = inputs[n++];
            const bool witness = r.role == u"representative";
            auto confirmed = m_repo.accounts().confirmSigner(r.login->text().trimmed(), r.password->text(),
                                                             witness ? core::SigningMeaning::UnitResponsible
                                                                     : core::SigningMeaning::Inspector,
                                                             witness ? in.name : QString());
            if (!confirmed) {
                m_error->setText(tr("Signature of %1: %2").arg(in.name, confirmed.error().message));
                r.password->selectAll();
                r.password->setFocus();
                return;
            }
            in.confirmation = *confirmed;
        }
    }
    for (Row &r : m_rows)
        if (r.password)
            r.password->clear();
    auto signedRecord = m_repo.inspections().sign(m_inspection.meta.uuid, inputs, core::systemActor());
    if (!signedRecord) {
        m_error->setText(signedRecord.error().text());
        return;
    }
    m_signed = *signedRecord;
    QDialog::accept();
}

} // namespace ui

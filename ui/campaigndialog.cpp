#include "campaigndialog.h"

#include "campaign/campaignpresets.h"
#include "campaign/campaignstore.h"
#include "campaign/campaignvocab.h"
#include "clock.h"
#include "fielderrorlabel.h"
#include "labels.h"
#include "registry/vocabulary.h"
#include "storage/repository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace ui {

namespace {
QDateEdit *dateEdit(const QString &name, QWidget *parent)
{
    auto *edit = new QDateEdit(parent);
    edit->setObjectName(name);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    edit->setDateRange(QDate(2000, 1, 1), QDate(2100, 12, 31));
    return edit;
}
} // namespace

CampaignDialog::CampaignDialog(core::Repository &repo, std::optional<core::Campaign> existing,
                               QWidget *parent)
    : QDialog(parent), m_repo(repo), m_new(!existing)
{
    setObjectName(QStringLiteral("campaignDialog"));
    setWindowTitle(m_new ? tr("New campaign") : tr("Campaign dates and scope"));
    if (auto bureaus = repo.bureaus())
        m_bureaus = *bureaus;

    m_preset = new QComboBox(this);
    m_preset->setObjectName(QStringLiteral("presetComboBox"));
    for (const core::CampaignPreset &p : core::CampaignPresets::all())
        m_preset->addItem(p.title + QStringLiteral(" (") + p.document + u')', p.key);
    m_year = new QSpinBox(this);
    m_year->setObjectName(QStringLiteral("yearSpinBox"));
    m_year->setRange(2000, 2100);
    m_year->setValue(repo.clock().today().year());
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("campaignNameEdit"));
    m_bureau = new QComboBox(this);
    m_bureau->setObjectName(QStringLiteral("bureauComboBox"));
    for (const core::Bureau &b : m_bureaus)
        m_bureau->addItem(b.name, b.meta.uuid);

    auto *scope = new QWidget(this);
    auto *scopeLayout = new QHBoxLayout(scope);
    scopeLayout->setContentsMargins(0, 0, 0, 0);
    for (core::StandardCategory c : core::vocab::categories()) {
        auto *check = new QCheckBox(labels::category(c), scope);
        check->setObjectName(QStringLiteral("categoryCheckBox_") + core::vocab::key(c));
        scopeLayout->addWidget(check);
        m_categories.insert(int(c), check);
    }
    scopeLayout->addStretch();
    m_includeLower = new QCheckBox(tr("Include certificates issued by the bureaus below"), this);
    m_includeLower->setObjectName(QStringLiteral("includeLowerCheckBox"));

    auto *form = new QFormLayout;
    if (m_new) {
        form->addRow(tr("&Preset:"), m_preset);
        form->addRow(tr("&Year:"), m_year);
    }
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("Organising &bureau:"), m_bureau);
    form->addRow(tr("Categories in scope:"), scope);
    form->addRow(QString(), m_includeLower);
    m_bureau->setEnabled(m_new);

    auto *dates = new QGroupBox(tr("Phases and deadlines"), this);
    auto *grid = new QGridLayout(dates);
    grid->addWidget(new QLabel(tr("From"), dates), 0, 1);
    grid->addWidget(new QLabel(tr("To"), dates), 0, 2);
    const QStringList keys = {QStringLiteral("selfInspection"), QStringLiteral("onSite"),
                              QStringLiteral("rectification"), QStringLiteral("summary")};
    int row = 1;
    for (core::CampaignPhase p : core::campaignvocab::phases()) {
        auto *from = dateEdit(keys[row - 1] + QStringLiteral("StartEdit"), dates);
        auto *to = dateEdit(keys[row - 1] + QStringLiteral("EndEdit"), dates);
        auto *label = new QLabel(core::campaignvocab::label(p) + u':', dates);
        label->setBuddy(from);
        grid->addWidget(label, row, 0);
        grid->addWidget(from, row, 1);
        grid->addWidget(to, row, 2);
        m_spans.append(std::pair{from, to});
        ++row;
    }
    m_unitReportsDue = dateEdit(QStringLiteral("unitReportsDueEdit"), dates);
    m_bureauReportsDue = dateEdit(QStringLiteral("bureauReportsDueEdit"), dates);
    m_reportDue = dateEdit(QStringLiteral("reportDueEdit"), dates);
    for (const auto &[text, edit] :
         {std::pair{tr("Units' self-inspection reports due:"), m_unitReportsDue},
          std::pair{tr("Lower bureaus' self-inspection reports due:"), m_bureauReportsDue},
          std::pair{tr("Campaign report due:"), m_reportDue}}) {
        auto *label = new QLabel(text, dates);
        label->setBuddy(edit);
        grid->addWidget(label, row, 0);
        grid->addWidget(edit, row++, 1);
    }

    m_error = new FieldErrorLabel(QStringLiteral("campaignErrorLabel"), this);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    okButton()->setObjectName(QStringLiteral("okButton"));
    okButton()->setDefault(true);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &CampaignDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &CampaignDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(dates);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);

    if (existing) {
        m_campaign = *existing;
        showCampaign(m_campaign);
    } else {
        // The top bureau is the usual organiser.
        for (int i = 0; i < m_bureaus.size(); ++i)
            if (m_bureaus[i].parent.isNull()) {
                m_bureau->setCurrentIndex(i);
                break;
            }
        applyPreset();
        connect(m_preset, &QComboBox::currentIndexChanged, this, &CampaignDialog::applyPreset);
        connect(m_year, &QSpinBox::valueChanged, this, &CampaignDialog::applyPreset);
        connect(m_bureau, &QComboBox::currentIndexChanged, this, &CampaignDialog::applyPreset);
    }
    connect(m_name, &QLineEdit::textChanged, this, &CampaignDialog::check);
    for (QCheckBox *c : std::as_const(m_categories))
        connect(c, &QCheckBox::toggled, this, &CampaignDialog::check);
    for (const auto &[from, to] : std::as_const(m_spans)) {
        connect(from, &QDateEdit::dateChanged, this, &CampaignDialog::check);
        connect(to, &QDateEdit::dateChanged, this, &CampaignDialog::check);
    }
    for (QDateEdit *e : {m_unitReportsDue, m_bureauReportsDue, m_reportDue})
        connect(e, &QDateEdit::dateChanged, this, &CampaignDialog::check);
    check();
}

QPushButton *CampaignDialog::okButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

void CampaignDialog::applyPreset()
{
    const int b = m_bureau->currentIndex();
    if (b < 0)
        return;
    // A name the user typed stays; the suggested one follows the year.
    const bool keepName = m_name->isModified();
    const QString typed = m_name->text();
    auto c = core::CampaignPresets::create(
        m_preset->currentData().toString(), m_year->value(),
        tr("%1 special inspection of measurement standards").arg(m_year->value()), m_bureaus[b]);
    if (!c)
        return;
    m_campaign = *c;
    showCampaign(*c);
    if (keepName) {
        m_name->setText(typed);
        m_name->setModified(true);
    }
}

void CampaignDialog::showCampaign(const core::Campaign &c)
{
    m_name->setText(c.name);
    m_name->setModified(false);
    for (int i = 0; i < m_bureaus.size(); ++i)
        if (m_bureaus[i].meta.uuid == c.bureau)
            m_bureau->setCurrentIndex(i);
    for (auto it = m_categories.cbegin(); it != m_categories.cend(); ++it)
        it.value()->setChecked(c.categories.contains(core::StandardCategory(it.key())));
    m_includeLower->setChecked(c.includeLowerBureaus);
    const QList<core::PhaseSpan> spans = c.phases.spans();
    for (int i = 0; i < spans.size(); ++i) {
        m_spans[i].first->setDate(spans[i].start);
        m_spans[i].second->setDate(spans[i].end);
    }
    m_unitReportsDue->setDate(c.phases.unitReportsDue);
    m_bureauReportsDue->setDate(c.phases.bureauReportsDue);
    m_reportDue->setDate(c.phases.reportDue);
}

core::Campaign CampaignDialog::edited() const
{
    core::Campaign c = m_campaign;
    c.name = m_name->text().trimmed();
    if (m_new && m_bureau->currentIndex() >= 0)
        c.bureau = m_bureaus[m_bureau->currentIndex()].meta.uuid;
    c.categories.clear();
    for (core::StandardCategory cat : core::vocab::categories())
        if (m_categories.value(int(cat))->isChecked())
            c.categories << cat;
    c.includeLowerBureaus = m_includeLower->isChecked();
    const QList<core::CampaignPhase> phases = core::campaignvocab::phases();
    for (int i = 0; i < phases.size(); ++i) {
        c.phases.span(phases[i]).start = m_spans[i].first->date();
        c.phases.span(phases[i]).end = m_spans[i].second->date();
    }
    c.phases.unitReportsDue = m_unitReportsDue->date();
    c.phases.bureauReportsDue = m_bureauReportsDue->date();
    c.phases.reportDue = m_reportDue->date();
    return c;
}

void CampaignDialog::check()
{
    const core::Status st = core::validate(edited());
    m_error->setError(st ? QString() : st.error().message);
    okButton()->setEnabled(st.ok());
}

void CampaignDialog::accept()
{
    auto saved = m_repo.campaigns().saveCampaign(edited(), core::systemActor());
    if (!saved) {
        m_error->setError(saved.error().message);
        return;
    }
    m_campaign = *saved;
    QDialog::accept();
}

} // namespace ui

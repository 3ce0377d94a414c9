#include "samplingwizard.h"

#include "campaign/campaignsampling.h"
#include "campaign/campaignstore.h"
#include "campaignmodels.h"
#include "clock.h"
#include "dialogservice.h"
#include "labels.h"
#include "recordoutput.h"
#include "storage/repository.h"

#include <QApplication>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRandomGenerator>
#include <QSpinBox>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace ui {

namespace {
QString html(const QString &s)
{
    return s.toHtmlEscaped();
}
} // namespace

/// Parameters: complete when a seed is given (and a reason when the campaign was drawn before).
class SamplingParametersPage final : public QWizardPage
{
public:
    explicit SamplingParametersPage(SamplingWizard *wizard) : QWizardPage(wizard), m_wizard(wizard) {}
    bool isComplete() const override
    {
        return !m_wizard->m_seed->text().trimmed().isEmpty() &&
               (m_wizard->m_earlierDraws == 0 || !m_wizard->m_reason->text().trimmed().isEmpty());
    }

private:
    SamplingWizard *m_wizard;
};

/// The preview: the draw is run when the page is shown and stored when the user commits.
class SamplingPreviewPage final : public QWizardPage
{
public:
    explicit SamplingPreviewPage(SamplingWizard *wizard) : QWizardPage(wizard), m_wizard(wizard) {}
    void initializePage() override { m_ok = m_wizard->preview(); }
    bool isComplete() const override { return m_ok; }
    bool validatePage() override { return m_wizard->storeRecord(); }

private:
    SamplingWizard *m_wizard;
    bool m_ok = false;
};

SamplingWizard::SamplingWizard(core::Repository &repo, const core::Campaign &campaign, QWidget *parent)
    : QWizard(parent), m_repo(repo), m_campaign(campaign)
{
    setObjectName(QStringLiteral("samplingWizard"));
    setWindowTitle(tr("Random sampling: %1").arg(campaign.name));
    setOption(QWizard::NoBackButtonOnLastPage);
    setOption(QWizard::NoCancelButtonOnLastPage);
    if (auto draws = repo.campaigns().draws(campaign.meta.uuid))
        m_earlierDraws = static_cast<int>(draws->size());

    // 1. Parameters
    auto *parameters = new SamplingParametersPage(this);
    parameters->setTitle(tr("Seed and parameters"));
    parameters->setSubTitle(
        tr("The draw follows from the seed alone: enter the number drawn or announced at the "
           "meeting, so that anyone can re-derive the sample and see it was not hand-picked."));
    m_seed = new QLineEdit(parameters);
    m_seed->setObjectName(QStringLiteral("seedEdit"));
    auto *random = new QPushButton(tr("&Random seed"), parameters);
    random->setObjectName(QStringLiteral("randomSeedButton"));
    random->setToolTip(tr("A random number from the system's secure generator; write it into the minutes"));
    connect(random, &QPushButton::clicked, this,
            [this] { m_seed->setText(QString::number(QRandomGenerator::system()->bounded(1000000000u))); });
    auto *seedRow = new QWidget(parameters);
    auto *h = new QHBoxLayout(seedRow);
    h->setContentsMargins(0, 0, 0, 0);
    h->addWidget(m_seed, 1);
    h->addWidget(random);
    const auto percent = [parameters](const QString &name, double value) {
        auto *spin = new QDoubleSpinBox(parameters);
        spin->setObjectName(name);
        spin->setRange(0.01, 100);
        spin->setDecimals(2);
        spin->setSuffix(QStringLiteral(" %"));
        spin->setValue(value);
        return spin;
    };
    m_ratio = percent(QStringLiteral("ratioSpinBox"), 20);
    m_ratio->setToolTip(tr("At least this share of the units in scope, rounded up (the plans ask for 20 %)"));
    m_bureauRatio = percent(QStringLiteral("bureauRatioSpinBox"), 20);
    m_bureauRatio->setToolTip(
        tr("Share of the lower bureaus whose examination work is inspected (about 20 %)"));
    m_focusWeight = new QSpinBox(parameters);
    m_focusWeight->setObjectName(QStringLiteral("focusWeightSpinBox"));
    m_focusWeight->setRange(100, 1000);
    m_focusWeight->setSingleStep(50);
    m_focusWeight->setSuffix(QStringLiteral(" %"));
    m_focusWeight->setValue(200);
    m_focusWeight->setToolTip(
        tr("How much likelier a unit with a focus area (food safety, production safety, "
           "ecological environment, medical and health) is drawn; 100 % = no extra weight"));
    m_perField = new QSpinBox(parameters);
    m_perField->setObjectName(QStringLiteral("standardsPerFieldSpinBox"));
    m_perField->setRange(0, 20);
    m_perField->setValue(1);
    m_perField->setSpecialValueText(tr("all standards"));
    m_witnesses = new QLineEdit(parameters);
    m_witnesses->setObjectName(QStringLiteral("witnessesEdit"));
    m_witnesses->setPlaceholderText(tr("Names of the witnesses of the draw"));
    m_reason = new QLineEdit(parameters);
    m_reason->setObjectName(QStringLiteral("drawReasonEdit"));
    m_reason->setPlaceholderText(tr("Required: why the campaign is drawn again"));
    auto *form = new QFormLayout(parameters);
    form->addRow(tr("&Seed:"), seedRow);
    form->addRow(tr("Ratio of &units:"), m_ratio);
    form->addRow(tr("Ratio of lower &bureaus:"), m_bureauRatio);
    form->addRow(tr("&Focus-area weight:"), m_focusWeight);
    form->addRow(tr("Standards &per field of a sampled unit:"), m_perField);
    form->addRow(tr("&Witnesses:"), m_witnesses);
    if (m_earlierDraws > 0)
        form->addRow(tr("Reason for drawing a&gain:"), m_reason);
    else
        m_reason->hide();
    connect(m_seed, &QLineEdit::textChanged, parameters, &QWizardPage::completeChanged);
    connect(m_reason, &QLineEdit::textChanged, parameters, &QWizardPage::completeChanged);
    setPage(ParametersPage, parameters);

    // 2. Preview
    auto *previewPage = new SamplingPreviewPage(this);
    previewPage->setTitle(tr("Preview of the draw"));
    previewPage->setSubTitle(
        tr("Nothing is stored yet. Check the coverage of the fields, then store the draw: "
           "a stored draw is never changed."));
    previewPage->setCommitPage(true);
    previewPage->setButtonText(QWizard::CommitButton, tr("&Store the draw"));
    m_summary = new QLabel(previewPage);
    m_summary->setObjectName(QStringLiteral("previewSummaryLabel"));
    m_summary->setWordWrap(true);
    m_coverage = new CoverageModel(this);
    m_coverageView = new QTableView(previewPage);
    m_coverageView->setObjectName(QStringLiteral("coverageTable"));
    m_coverageView->setModel(m_coverage);
    m_coverageView->verticalHeader()->hide();
    m_coverageView->horizontalHeader()->setStretchLastSection(true);
    m_coverageView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_sampled = new QTextBrowser(previewPage);
    m_sampled->setObjectName(QStringLiteral("sampledBrowser"));
    auto *pl = new QVBoxLayout(previewPage);
    pl->addWidget(m_summary);
    pl->addWidget(m_coverageView, 1);
    pl->addWidget(m_sampled, 1);
    setPage(PreviewPage, previewPage);

    // 3. Done
    auto *done = new QWizardPage(this);
    done->setTitle(tr("The draw is stored"));
    m_done = new QLabel(done);
    m_done->setObjectName(QStringLiteral("doneLabel"));
    m_done->setWordWrap(true);
    m_done->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *printButton = new QPushButton(tr("&Print the record…"), done);
    printButton->setObjectName(QStringLiteral("wizardPrintButton"));
    auto *pdfButton = new QPushButton(tr("Save as P&DF…"), done);
    pdfButton->setObjectName(QStringLiteral("wizardPdfButton"));
    auto *jsonButton = new QPushButton(tr("Save as &JSON…"), done);
    jsonButton->setObjectName(QStringLiteral("wizardJsonButton"));
    connect(printButton, &QPushButton::clicked, this, [this] { RecordOutput::print(this, *m_record); });
    connect(pdfButton, &QPushButton::clicked, this, [this] { RecordOutput::savePdf(this, *m_record); });
    connect(jsonButton, &QPushButton::clicked, this, [this] { RecordOutput::saveJson(this, *m_record); });
    auto *dl = new QVBoxLayout(done);
    dl->addWidget(m_done);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(printButton);
    buttons->addWidget(pdfButton);
    buttons->addWidget(jsonButton);
    buttons->addStretch();
    dl->addLayout(buttons);
    dl->addStretch();
    setPage(DonePage, done);
    resize(860, 640);
}

core::DrawSettings SamplingWizard::settings() const
{
    core::DrawSettings s = core::CampaignSampling::defaults(m_campaign, m_repo.clock().today());
    s.unitRatio = qRound(m_ratio->value() * 100);
    s.bureauRatio = qRound(m_bureauRatio->value() * 100);
    s.focusWeightPercent = m_focusWeight->value();
    s.standardsPerField = m_perField->value();
    return s;
}

bool SamplingWizard::preview()
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto record = core::CampaignSampling::prepare(m_repo, m_campaign, settings(), m_seed->text(),
                                                  core::systemActor(), m_witnesses->text(), m_reason->text());
    QApplication::restoreOverrideCursor();
    if (!record) {
        m_summary->setText(tr("The draw cannot be made: %1").arg(record.error().text()));
        m_record.reset();
        m_coverage->setRows({});
        m_sampled->clear();
        return false;
    }
    m_record = *record;
    const core::SamplingRecord &r = *m_record;
    int standards = 0;
    for (const core::RecordUnit &u : r.units)
        standards += static_cast<int>(u.standards.size());
    m_summary->setText(
        tr("Seed %1: %2 of %3 units in scope drawn (%4 rounded up), %5 more added because the draw "
           "missed their field: %6 units and %7 of %8 standards in all; %9 of %10 lower bureaus.")
            .arg(html(r.seed))
            .arg(r.unitOutcome.baseSize)
            .arg(r.units.size())
            .arg(core::ratioText(r.settings.unitRatio))
            .arg(r.unitOutcome.additions.size())
            .arg(r.sampledUnits().size())
            .arg(r.sampledStandardCount())
            .arg(standards)
            .arg(r.bureauOutcome.drawn.size())
            .arg(r.bureaus.size()));
    m_coverage->setRecord(r);
    m_coverageView->resizeColumnsToContents();

    QString text = QStringLiteral("<table border=1 cellspacing=0 cellpadding=3 width=\"100%\"><tr><th>") +
                   html(tr("Unit")) + QStringLiteral("</th><th>") + html(tr("Why in the sample")) +
                   QStringLiteral("</th><th>") + html(tr("Standards to inspect")) +
                   QStringLiteral("</th></tr>");
    for (const core::RecordUnit *u : r.sampledUnits()) {
        const QString field = r.additionField(u->creditCode);
        QStringList chosen;
        const QStringList keys = r.unitOutcome.members.value(u->creditCode);
        for (const core::RecordStandard &s : u->standards)
            if (keys.contains(s.certificateNo))
                chosen << html(s.certificateNo + u' ' + s.name + QStringLiteral(" (") +
                               labels::fieldOfCode(s.field + QStringLiteral("000000")) + u')');
        text += QStringLiteral("<tr><td>") + html(u->name) + QStringLiteral("<br><small>") +
                html(u->creditCode) + QStringLiteral("</small></td><td>") +
                html(field.isEmpty() ? tr("drawn")
                                     : tr("added: the draw missed the field %1")
                                           .arg(labels::fieldOfCode(field + QStringLiteral("000000")))) +
                QStringLiteral("</td><td>") + chosen.join(QStringLiteral("<br>")) +
                QStringLiteral("</td></tr>");
    }
    text += QStringLiteral("</table>");
    QStringList bureaus;
    for (const core::RecordBureau *b : r.sampledBureaus())
        bureaus << html(b->name);
    if (!bureaus.isEmpty())
        text += QStringLiteral("<p><b>") + html(tr("Lower bureaus whose examination work is inspected:")) +
                QStringLiteral("</b> ") + bureaus.join(QStringLiteral("、")) + QStringLiteral("</p>");
    m_sampled->setHtml(text);
    return true;
}

bool SamplingWizard::storeRecord()
{
    if (!m_record)
        return false;
    auto stored = core::CampaignSampling::store(m_repo, *m_record, core::systemActor());
    if (!stored) {
        DialogService::instance().warning(this, tr("The draw was not stored"), stored.error().text());
        return false;
    }
    m_stored = true;
    m_done->setText(
        tr("The draw %1 is stored in the workspace with the SHA-256 %2.\n\nPrint the record for the "
           "signatures of whoever drew and witnessed it, and save it as JSON for publication: anyone "
           "can re-derive the draw from it (metinspect-cli sample verify).")
            .arg(m_record->uuid.toString(QUuid::WithoutBraces), m_record->recordSha256));
    return true;
}

} // namespace ui

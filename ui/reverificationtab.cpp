#include "reverificationtab.h"

#include "clock.h"
#include "dialogservice.h"
#include "storage/repository.h"
#include "verification/verificationstore.h"
#include "verificationdialogs.h"

#include <QComboBox>
#include <QFile>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRandomGenerator>
#include <QSaveFile>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QWizardPage>

namespace ui {

namespace {

/// The sample the draw will take: the sampling engine's rule with the parameters of Reverifications::draw.
int sampleSize(qsizetype population, int ratioBasisPoints)
{
    core::sampling::Parameters params;
    params.ratioBasisPoints = ratioBasisPoints;
    params.minimumSize = 1;
    return population == 0 ? 0 : core::sampling::sampleSize(population, params);
}

const core::ReverifyResult kResults[] = {core::ReverifyResult::Pending, core::ReverifyResult::Passed,
                                         core::ReverifyResult::Failed, core::ReverifyResult::Refused};

} // namespace

/// The plan and the seed; leaving it draws and stores (a commit page: a stored draw is never redrawn).
class ReverifyPlanPage final : public QWizardPage
{
public:
    explicit ReverifyPlanPage(ReverifyWizard *wizard) : m_wizard(wizard) {}
    bool isComplete() const override
    {
        return !m_wizard->m_plan.isEmpty() && !m_wizard->m_seed->text().trimmed().isEmpty();
    }
    bool validatePage() override { return m_wizard->drawAndStore(); }
    void changed() { Q_EMIT completeChanged(); }

private:
    ReverifyWizard *m_wizard;
};

ReverifyWizard::ReverifyWizard(core::Repository &repo, const core::VerificationBody &body, int year,
                               QWidget *parent)
    : QWizard(parent), m_repo(repo), m_body(body), m_year(year)
{
    setObjectName(QStringLiteral("reverifyWizard"));
    setWindowTitle(tr("Re-verification draw — %1, %2").arg(body.name).arg(year));
    setOption(QWizard::NoBackButtonOnLastPage);

    if (auto earlier = repo.verification().reverifications(body.meta.uuid))
        m_ratio = core::Reverifications::ratioFor(*earlier, year);

    auto *plan = new ReverifyPlanPage(this);
    plan->setTitle(tr("Annual plan and seed"));
    plan->setSubTitle(
        tr("At least 10 % of the instruments of the institution's annual compulsory-verification plan are "
           "drawn, 20 % after a re-verification that passed below 98 % (seed 002 (11)). The seed is the one "
           "announced to the institution, so anyone can re-run the draw."));
    m_planFile = new QLineEdit(plan);
    m_planFile->setObjectName(QStringLiteral("reverifyPlanEdit"));
    m_planFile->setPlaceholderText(tr("CSV: instrument_no/器具编号, category/器具类别, name/器具名称"));
    auto *browse = new QPushButton(tr("&Browse…"), plan);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString f = DialogService::instance().openFileName(this, tr("Annual plan"), QString(),
                                                                 tr("CSV files (*.csv);;All files (*)"));
        if (!f.isEmpty()) {
            m_planFile->setText(f);
            readPlan();
        }
    });
    connect(m_planFile, &QLineEdit::editingFinished, this, [this] { readPlan(); });
    m_seed = new QLineEdit(plan);
    m_seed->setObjectName(QStringLiteral("reverifySeedEdit"));
    m_seed->setText(QStringLiteral("%1-%2")
                        .arg(repo.clock().today().toString(QStringLiteral("yyyyMMdd")))
                        .arg(QRandomGenerator::system()->bounded(100000, 999999)));
    connect(m_seed, &QLineEdit::textChanged, plan, [plan] { plan->changed(); });
    m_planSummary = new QLabel(plan);
    m_planSummary->setObjectName(QStringLiteral("reverifyPlanSummary"));
    m_planSummary->setWordWrap(true);
    m_error = new QLabel(plan);
    m_error->setObjectName(QStringLiteral("reverifyError"));
    m_error->setStyleSheet(QStringLiteral("color: #b3261e"));
    m_error->setWordWrap(true);
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_planFile, 1);
    fileRow->addWidget(browse);
    auto *form = new QFormLayout(plan);
    auto *planLabel = new QLabel(tr("Annual &plan:"), plan);
    planLabel->setBuddy(m_planFile);
    auto *seedLabel = new QLabel(tr("&Seed:"), plan);
    seedLabel->setBuddy(m_seed);
    form->addRow(planLabel, fileRow);
    form->addRow(seedLabel, m_seed);
    form->addRow(m_planSummary);
    form->addRow(m_error);
    plan->setCommitPage(true);
    plan->setButtonText(QWizard::CommitButton, tr("&Draw and store"));
    setPage(PlanPage, plan);

    auto *drawn = new QWizardPage(this);
    drawn->setTitle(tr("Drawn instruments"));
    drawn->setSubTitle(tr("The draw is stored; record the results on the re-verification tab as they come "
                          "in. Refusing to cooperate counts as failed."));
    m_drawnSummary = new QLabel(drawn);
    m_drawnSummary->setWordWrap(true);
    m_drawn = makeRowTable({tr("Instrument"), tr("Category"), tr("Name")}, drawn);
    m_drawn->setObjectName(QStringLiteral("reverifyDrawnTable"));
    auto *drawnLayout = new QVBoxLayout(drawn);
    drawnLayout->addWidget(m_drawnSummary);
    drawnLayout->addWidget(m_drawn, 1);
    setPage(DrawnPage, drawn);
    m_planSummary->setText(tr("Choose the plan file."));
    resize(720, 520);
}

bool ReverifyWizard::readPlan()
{
    m_plan.clear();
    m_error->clear();
    const QString path = m_planFile->text().trimmed();
    auto *page = static_cast<ReverifyPlanPage *>(this->page(PlanPage));
    if (path.isEmpty()) {
        page->changed();
        return false;
    }
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        m_error->setText(tr("Cannot read %1: %2").arg(path, f.errorString()));
        page->changed();
        return false;
    }
    auto plan = core::Reverifications::parsePlan(f.readAll(), path);
    if (!plan) {
        m_error->setText(plan.error().text());
        page->changed();
        return false;
    }
    m_plan = *plan;
    QString text = tr("%n instruments in the plan; %1 will be drawn (%2 %).", nullptr, int(m_plan.size()))
                       .arg(sampleSize(m_plan.size(), m_ratio))
                       .arg(m_ratio / 100);
    if (m_ratio != core::ReverifyRules{}.ratioBasisPoints)
        text += u' ' + tr("The ratio is raised: the last re-verification passed below 98 %.");
    m_planSummary->setText(text);
    page->changed();
    return true;
}

bool ReverifyWizard::drawAndStore()
{
    if (m_plan.isEmpty() && !readPlan())
        return false;
    auto drawn = core::Reverifications::draw(m_body, m_year, m_seed->text().trimmed(), m_plan, m_ratio);
    if (!drawn) {
        m_error->setText(drawn.error().text());
        return false;
    }
    auto saved = m_repo.verification().saveReverification(*drawn, core::systemActor());
    if (!saved) {
        m_error->setText(saved.error().text());
        return false;
    }
    m_stored = *saved;
    QHash<QString, const core::PlanInstrument *> byKey;
    for (const core::PlanInstrument &p : std::as_const(m_plan))
        byKey.insert(p.key, &p);
    m_drawn->setRowCount(int(saved->drawn.size()));
    for (int r = 0; r < saved->drawn.size(); ++r) {
        const core::PlanInstrument *p = byKey.value(saved->drawn[r]);
        const QStringList cells{saved->drawn[r], p ? p->category : QString(), p ? p->name : QString()};
        for (int c = 0; c < cells.size(); ++c)
            m_drawn->setItem(r, c, new QTableWidgetItem(cells[c]));
    }
    m_drawn->resizeColumnsToContents();
    m_drawnSummary->setText(tr("%1 of %2 instruments drawn with the seed %3; the population's SHA-256 is %4.")
                                .arg(saved->drawn.size())
                                .arg(m_plan.size())
                                .arg(saved->seed, saved->populationSha256.left(16)));
    return true;
}

// ---- the tab -----------------------------------------------------------------------------------------

ReverificationTab::ReverificationTab(core::Repository &repo, QWidget *parent) : QWidget(parent), m_repo(&repo)
{
    m_body = new QComboBox(this);
    m_body->setObjectName(QStringLiteral("reverifyBodyCombo"));
    m_year = new QSpinBox(this);
    m_year->setObjectName(QStringLiteral("reverifyYearSpin"));
    m_year->setRange(2000, 2100);
    m_year->setValue(repo.clock().today().year());
    m_draw = new QPushButton(tr("&Draw sample…"), this);
    m_draw->setObjectName(QStringLiteral("reverifyDrawButton"));
    m_save = new QPushButton(tr("Save &record…"), this);
    m_save->setObjectName(QStringLiteral("reverifySaveButton"));
    auto *bodyLabel = new QLabel(tr("&Institution:"), this);
    bodyLabel->setBuddy(m_body);
    auto *yearLabel = new QLabel(tr("&Year:"), this);
    yearLabel->setBuddy(m_year);
    auto *bar = new QHBoxLayout;
    bar->addWidget(bodyLabel);
    bar->addWidget(m_body, 1);
    bar->addWidget(yearLabel);
    bar->addWidget(m_year);
    bar->addWidget(m_draw);
    bar->addWidget(m_save);

    m_rate = new QLabel(this);
    m_rate->setObjectName(QStringLiteral("reverifyRateLabel"));
    m_rate->setWordWrap(true);
    m_results = makeRowTable({tr("Instrument"), tr("Result")}, this);
    m_results->setObjectName(QStringLiteral("reverifyResultsTable"));

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_rate);
    layout->addWidget(m_results, 1);

    connect(m_body, &QComboBox::currentIndexChanged, this, &ReverificationTab::showSelected);
    connect(m_year, &QSpinBox::valueChanged, this, &ReverificationTab::showSelected);
    connect(m_draw, &QPushButton::clicked, this, &ReverificationTab::draw);
    connect(m_save, &QPushButton::clicked, this, &ReverificationTab::saveRecord);
    reload();
}

void ReverificationTab::setRepository(core::Repository &repo)
{
    m_repo = &repo;
    reload();
}

void ReverificationTab::reload()
{
    const QUuid chosen = m_body->currentData().toUuid();
    auto bodies = m_repo->verification().bodies();
    m_bodies.clear();
    if (bodies)
        for (const core::VerificationBody &b : *bodies)
            if (b.status != core::BodyStatus::Revoked && b.status != core::BodyStatus::Withdrawn)
                m_bodies << b;
    {
        const QSignalBlocker block(m_body);
        m_body->clear();
        for (const core::VerificationBody &b : std::as_const(m_bodies))
            m_body->addItem(QStringLiteral("%1 (%2)").arg(b.name, b.creditCode), b.meta.uuid);
        const int again = m_body->findData(chosen);
        m_body->setCurrentIndex(again >= 0 ? again : (m_body->count() > 0 ? 0 : -1));
    }
    showSelected();
}

void ReverificationTab::showSelected()
{
    m_current.reset();
    const QUuid body = m_body->currentData().toUuid();
    std::optional<core::VerificationBody> chosen;
    for (const core::VerificationBody &b : std::as_const(m_bodies))
        if (b.meta.uuid == body)
            chosen = b;
    QList<core::Reverification> all;
    if (chosen) {
        if (auto list = m_repo->verification().reverifications(body))
            all = *list;
        for (const core::Reverification &r : std::as_const(all))
            if (r.year == m_year->value())
                m_current = r;
    }
    m_draw->setEnabled(chosen.has_value() && !m_current);
    m_save->setEnabled(m_current.has_value());

    m_filling = true;
    m_results->setRowCount(m_current ? int(m_current->drawn.size()) : 0);
    for (int r = 0; m_current && r < m_current->drawn.size(); ++r) {
        const QString key = m_current->drawn[r];
        m_results->setItem(r, 0, new QTableWidgetItem(key));
        auto *combo = new QComboBox(m_results);
        for (core::ReverifyResult result : kResults)
            combo->addItem(core::verificationvocab::label(result), int(result));
        combo->setCurrentIndex(
            combo->findData(int(m_current->results.value(key, core::ReverifyResult::Pending))));
        connect(combo, &QComboBox::currentIndexChanged, this, [this, r, combo] {
            if (!m_filling)
                setResult(r, core::ReverifyResult(combo->currentData().toInt()));
        });
        m_results->setCellWidget(r, 1, combo);
    }
    m_filling = false;
    m_results->resizeColumnToContents(0);

    if (!chosen) {
        m_rate->setText(tr("Register an institution first."));
    } else if (!m_current) {
        const int ratio = core::Reverifications::ratioFor(all, m_year->value());
        m_rate->setText(
            tr("No re-verification drawn for %1 yet; the next draw takes %2 % of the annual plan.")
                .arg(m_year->value())
                .arg(ratio / 100));
    } else {
        const core::PassRate rate = core::Reverifications::passRate(*m_current);
        QString text = tr("%1 of %2 drawn instruments have results; %3 passed, pass rate %4 %.")
                           .arg(rate.total)
                           .arg(m_current->drawn.size())
                           .arg(rate.passed)
                           .arg(rate.percent());
        if (rate.below())
            text += u' ' + tr("Below 98 %: the institution is flagged and its next draw is raised to 20 %.");
        m_rate->setText(text);
        m_rate->setStyleSheet(rate.below() ? QStringLiteral("color: #b3261e") : QString());
    }
}

bool ReverificationTab::setResult(int row, core::ReverifyResult result)
{
    if (!m_current || row < 0 || row >= m_current->drawn.size())
        return false;
    core::Reverification r = *m_current;
    r.results[r.drawn[row]] = result;
    auto saved = m_repo->verification().saveReverification(r, core::systemActor());
    if (!saved) {
        DialogService::instance().warning(this, tr("Cannot record the result"), saved.error().text());
        showSelected();
        return false;
    }
    showSelected();
    return true;
}

void ReverificationTab::draw()
{
    const QUuid body = m_body->currentData().toUuid();
    for (const core::VerificationBody &b : std::as_const(m_bodies))
        if (b.meta.uuid == body) {
            ReverifyWizard wizard(*m_repo, b, m_year->value(), this);
            wizard.exec();
            showSelected();
            return;
        }
}

void ReverificationTab::saveRecord()
{
    if (!m_current)
        return;
    const QString path =
        DialogService::instance().saveFileName(this, tr("Save the draw record"),
                                               QStringLiteral("reverify-%1-%2.json")
                                                   .arg(m_body->currentText().section(u' ', 0, 0))
                                                   .arg(m_current->year),
                                               tr("JSON files (*.json)"));
    if (path.isEmpty())
        return;
    QSaveFile f(path);
    const QByteArray bytes = m_current->recordJson.toUtf8();
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size() || !f.commit())
        DialogService::instance().warning(this, tr("Cannot save the record"),
                                          tr("Cannot write %1: %2").arg(path, f.errorString()));
}

} // namespace ui

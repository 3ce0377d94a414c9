#include "rectificationlisttab.h"

#include "clock.h"
#include "dialogservice.h"
#include "labels.h"
#include "rectification/lifecycle.h"
#include "rectification/rectificationexport.h"
#include "rectification/rectificationvocab.h"
#include "rectificationdialogs.h"
#include "rectificationfilterproxy.h"
#include "rectificationhtml.h"
#include "rectificationlabels.h"
#include "rectificationtablemodel.h"
#include "registry/metrologyfield.h"
#include "roles.h"
#include "storage/repository.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDir>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QProgressDialog>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QThread>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace ui {

namespace {
using A = core::RectificationAction;

QComboBox *combo(const QString &name, QWidget *parent)
{
    auto *c = new QComboBox(parent);
    c->setObjectName(name);
    c->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    c->setMinimumContentsLength(8);
    c->setMaxVisibleItems(20);
    return c;
}

/// Selects the entry whose data is `value` (an invalid value: the first entry, "all").
void select(QComboBox *c, const QVariant &value)
{
    int i = 0;
    if (value.isValid())
        for (int k = 0; k < c->count(); ++k)
            if (c->itemData(k).isValid() && c->itemData(k) == value) {
                i = k;
                break;
            }
    c->setCurrentIndex(i);
}

/// Refills a combo (first entry "all" kept) keeping the selected value.
void refill(QComboBox *c, const QList<QPair<QString, QVariant>> &entries)
{
    const QSignalBlocker block(c);
    const QVariant current = c->currentData();
    while (c->count() > 1)
        c->removeItem(1);
    for (const auto &[text, data] : entries)
        c->addItem(text, data);
    select(c, current);
}
} // namespace

RectificationListTab::RectificationListTab(RectificationTableModel *model, QWidget *parent)
    : QWidget(parent), m_model(model)
{
    setObjectName(QStringLiteral("rectificationListTab"));
    m_proxy = new RectificationFilterProxy(model, this);
    buildFilterBar();

    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("rectificationTableView"));
    m_view->setModel(m_proxy);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSortingEnabled(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->horizontalHeader()->setSectionsMovable(true);
    m_view->horizontalHeader()->setHighlightSections(false);
    m_view->horizontalHeader()->setStretchLastSection(true);
    const int charWidth = m_view->fontMetrics().horizontalAdvance(QStringLiteral("名"));
    const QList<int> widths = {5, 12, 5, 12, 5, 4, 16, 6, 6, 6, 4, 8, 10};
    for (int c = 0; c < widths.size(); ++c)
        m_view->horizontalHeader()->resizeSection(c, widths[c] * charWidth + 16);
    m_view->sortByColumn(RectificationTableModel::Deadline, Qt::AscendingOrder);

    m_detail = new QTextBrowser(this);
    m_detail->setObjectName(QStringLiteral("rectificationDetailBrowser"));
    m_detail->setOpenLinks(false);

    auto *actions = new QGridLayout;
    const QList<QPair<A, QString>> steps = {
        {A::Report, tr("&Report…")},    {A::Confirm, tr("&Confirm…")},   {A::Reject, tr("Re&ject…")},
        {A::Fail, tr("Mark &failed…")}, {A::Escalate, tr("&Escalate…")}, {A::Close, tr("C&lose (销号)…")},
    };
    m_stepButtons.resize(int(A::Close) + 1);
    int k = 0;
    for (const auto &[action, text] : steps) {
        auto *b = new QPushButton(text, this);
        b->setObjectName(core::vocab::key(action) + QStringLiteral("Button"));
        connect(b, &QPushButton::clicked, this, [this, a = action] { takeStep(int(a)); });
        m_stepButtons[int(action)] = b;
        actions->addWidget(b, k / 3, k % 3);
        ++k;
    }
    m_attach = new QPushButton(tr("Attach &evidence…"), this);
    m_attach->setObjectName(QStringLiteral("rectificationAttachButton"));
    connect(m_attach, &QPushButton::clicked, this, &RectificationListTab::attachEvidence);
    m_remove = new QPushButton(tr("Remove…"), this);
    m_remove->setObjectName(QStringLiteral("rectificationRemoveButton"));
    m_remove->setToolTip(tr("Remove an open item entered by mistake"));
    connect(m_remove, &QPushButton::clicked, this, &RectificationListTab::removeItem);
    actions->addWidget(m_attach, 2, 0);
    actions->addWidget(m_remove, 2, 2);

    auto *side = new QWidget(this);
    auto *sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    sideLayout->addWidget(m_detail, 1);
    sideLayout->addLayout(actions);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("rectificationSplitter"));
    m_splitter->addWidget(m_view);
    m_splitter->addWidget(side);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setChildrenCollapsible(false);
    layout()->addWidget(m_splitter);
    static_cast<QVBoxLayout *>(layout())->setStretchFactor(m_splitter, 1);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        showDetail();
        updateActions();
    });
    connect(m_view, &QTableView::activated, this, [this] {
        for (A a : {A::Confirm, A::Report, A::Close})
            if (m_stepButtons[int(a)]->isEnabled()) {
                takeStep(int(a));
                return;
            }
    });
    const auto recount = [this] {
        m_count->setText(tr("%1 of %2").arg(m_proxy->rowCount()).arg(m_model->rowCount()));
        Q_EMIT filterApplied();
    };
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, recount);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, recount);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, recount);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, recount);
    connect(m_model, &QAbstractItemModel::dataChanged, this, [this] {
        showDetail();
        updateActions();
    });
    recount();
    updateActions();
}

void RectificationListTab::buildFilterBar()
{
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("rectificationSearchEdit"));
    m_search->setClearButtonEnabled(true);
    m_search->setPlaceholderText(tr("Search unit, standard, finding or case no."));
    m_status = combo(QStringLiteral("rectificationStatusFilterCombo"), this);
    m_status->addItem(tr("All statuses"));
    for (core::RectificationStatus s : core::vocab::rectificationStatuses())
        m_status->addItem(rlabels::status(s), QString(QStringLiteral("s:") + core::vocab::key(s)));
    m_status->insertSeparator(m_status->count());
    for (core::RectificationStage s : {core::RectificationStage::Pending, core::RectificationStage::Rectified,
                                       core::RectificationStage::Failed})
        m_status->addItem(tr("Stage: %1").arg(rlabels::stage(s)),
                          QString(QStringLiteral("g:") + core::vocab::key(s)));
    m_overdue = new QCheckBox(tr("&Overdue only"), this);
    m_overdue->setObjectName(QStringLiteral("rectificationOverdueCheck"));
    m_severity = combo(QStringLiteral("rectificationSeverityFilterCombo"), this);
    m_severity->addItem(tr("All severities"));
    for (core::Severity s : core::vocab::severities())
        m_severity->addItem(rlabels::severity(s), static_cast<int>(s));
    m_field = combo(QStringLiteral("rectificationFieldFilterCombo"), this);
    m_field->addItem(tr("All fields"));
    for (const core::MetrologyField &f : core::MetrologyFields::all())
        m_field->addItem(labels::field(f), f.prefix);
    m_field->addItem(tr("(no standard)"), QString());
    m_campaign = combo(QStringLiteral("rectificationCampaignFilterCombo"), this);
    m_campaign->addItem(tr("All campaigns"));
    m_district = combo(QStringLiteral("rectificationDistrictFilterCombo"), this);
    m_district->addItem(tr("All districts"));
    m_bureau = combo(QStringLiteral("rectificationBureauFilterCombo"), this);
    m_bureau->addItem(tr("All lower bureaus"));
    m_unit = combo(QStringLiteral("rectificationUnitFilterCombo"), this);
    m_unit->addItem(tr("All units"));
    m_unit->setEditable(true);
    m_unit->setInsertPolicy(QComboBox::NoInsert);
    m_unit->completer()->setFilterMode(Qt::MatchContains);
    m_unit->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_unit->setMinimumContentsLength(14);
    m_periodLabel = new QLabel(this);
    m_periodLabel->setObjectName(QStringLiteral("periodFilterLabel"));
    m_periodLabel->hide();
    m_periodClear = new QToolButton(this);
    m_periodClear->setObjectName(QStringLiteral("periodClearButton"));
    m_periodClear->setText(QStringLiteral("×"));
    m_periodClear->setToolTip(tr("Show every date again"));
    m_periodClear->hide();
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("rectificationCountLabel"));
    auto *clear = new QPushButton(tr("Clear filters"), this);
    clear->setObjectName(QStringLiteral("rectificationClearFiltersButton"));
    auto *newItem = new QPushButton(tr("&New item…"), this);
    newItem->setObjectName(QStringLiteral("rectificationNewItemButton"));
    auto *exportButton = new QPushButton(tr("E&xport…"), this);
    exportButton->setObjectName(QStringLiteral("rectificationExportButton"));
    exportButton->setToolTip(tr("Export the items shown to an Excel workbook (.xlsx) or CSV"));

    auto *row1 = new QHBoxLayout;
    row1->addWidget(m_search, 2);
    for (QWidget *w : {static_cast<QWidget *>(m_status), static_cast<QWidget *>(m_overdue),
                       static_cast<QWidget *>(m_severity), static_cast<QWidget *>(m_field)})
        row1->addWidget(w);
    row1->addWidget(clear);
    row1->addWidget(m_count);
    auto *row2 = new QHBoxLayout;
    for (QWidget *w : {static_cast<QWidget *>(m_campaign), static_cast<QWidget *>(m_district),
                       static_cast<QWidget *>(m_bureau), static_cast<QWidget *>(m_unit)})
        row2->addWidget(w, 1);
    row2->addWidget(m_periodLabel);
    row2->addWidget(m_periodClear);
    row2->addStretch();
    row2->addWidget(newItem);
    row2->addWidget(exportButton);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addLayout(row1);
    layout->addLayout(row2);

    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(kDebounceMs);
    connect(m_debounce, &QTimer::timeout, this, &RectificationListTab::applyFilterNow);
    connect(m_search, &QLineEdit::textChanged, this, [this] { m_debounce->start(); });
    for (QComboBox *c : {m_status, m_severity, m_field, m_campaign, m_district, m_bureau, m_unit})
        connect(c, &QComboBox::currentIndexChanged, this, [this] {
            m_standard = {}; // a standard chosen elsewhere no longer applies once the user filters
            applyFilterNow();
        });
    connect(m_overdue, &QCheckBox::toggled, this, &RectificationListTab::applyFilterNow);
    connect(m_periodClear, &QToolButton::clicked, this, [this] {
        m_period = core::RectificationFilter::Period::None;
        applyFilterNow();
    });
    connect(clear, &QPushButton::clicked, this, &RectificationListTab::clearFilters);
    connect(newItem, &QPushButton::clicked, this, &RectificationListTab::newItem);
    connect(exportButton, &QPushButton::clicked, this, &RectificationListTab::chooseExportFile);
}

void RectificationListTab::setRepository(core::Repository &repo)
{
    m_repo = &repo;
    updateActions();
}

core::RectificationFilter RectificationListTab::currentFilter() const
{
    core::RectificationFilter f;
    f.text = m_search->text();
    const QString status = m_status->currentData().toString();
    if (status.startsWith(u"s:")) {
        if (const auto s = core::vocab::parseRectificationStatus(status.mid(2)))
            f.statuses = core::RectificationFilter::statusBit(*s);
    } else if (status.startsWith(u"g:")) {
        f.stage = core::vocab::parseRectificationStage(status.mid(2));
    }
    f.overdueOnly = m_overdue->isChecked();
    if (m_severity->currentData().isValid())
        f.severity = static_cast<core::Severity>(m_severity->currentData().toInt());
    if (m_field->currentData().isValid())
        f.field = m_field->currentData().toString();
    if (m_campaign->currentData().isValid())
        f.campaign = m_campaign->currentData().toUuid();
    if (m_district->currentData().isValid())
        f.district = m_district->currentData().toString();
    if (m_bureau->currentData().isValid())
        f.lowerBureau = m_bureau->currentData().toUuid();
    const int unit = m_unit->findText(m_unit->currentText());
    if (unit > 0)
        f.unit = m_unit->itemData(unit).toUuid();
    f.standard = m_standard;
    f.period = m_period;
    f.from = m_periodFrom;
    f.to = m_periodTo;
    return f;
}

void RectificationListTab::setFilter(const core::RectificationFilter &f)
{
    m_applying = true;
    {
        const QSignalBlocker a(m_search), b(m_status), c(m_overdue), d(m_severity), e(m_field), g(m_campaign),
            h(m_district), i(m_bureau), j(m_unit);
        m_search->setText(f.text);
        QVariant status;
        if (f.stage)
            status = QString(QStringLiteral("g:") + core::vocab::key(*f.stage));
        for (core::RectificationStatus s : core::vocab::rectificationStatuses())
            if (f.statuses == core::RectificationFilter::statusBit(s))
                status = QString(QStringLiteral("s:") + core::vocab::key(s));
        select(m_status, status);
        m_overdue->setChecked(f.overdueOnly);
        select(m_severity, f.severity ? QVariant(static_cast<int>(*f.severity)) : QVariant());
        select(m_field, f.field ? QVariant(*f.field) : QVariant());
        select(m_campaign, f.campaign.isNull() ? QVariant() : QVariant(f.campaign));
        select(m_district, f.district ? QVariant(*f.district) : QVariant());
        select(m_bureau, f.lowerBureau ? QVariant(*f.lowerBureau) : QVariant());
        select(m_unit, f.unit.isNull() ? QVariant() : QVariant(f.unit));
    }
    m_standard = f.standard;
    m_period = f.period;
    m_periodFrom = f.from;
    m_periodTo = f.to;
    m_applying = false;
    applyFilterNow();
}

void RectificationListTab::clearFilters()
{
    setFilter({});
}

void RectificationListTab::refreshChoices()
{
    const core::RectificationSnapshot &snap = m_model->snapshot();
    QList<QPair<QString, QVariant>> campaigns, districts, bureaus, units;
    for (const core::CampaignInfo &c : m_model->campaigns())
        campaigns.append({c.name, c.uuid});
    for (const QString &d : snap.districts())
        districts.append({d.isEmpty() ? tr("(no district)") : d, d});
    for (const QUuid &b : snap.lowerBureaus())
        bureaus.append({snap.bureauName(b), b});
    for (const auto &[uuid, name] : snap.unitsByName())
        units.append({name, uuid});
    refill(m_campaign, campaigns);
    refill(m_district, districts);
    refill(m_bureau, bureaus);
    refill(m_unit, units);
}

void RectificationListTab::applyFilterNow()
{
    if (m_applying)
        return;
    m_debounce->stop();
    const core::RectificationFilter f = currentFilter();
    const bool period = f.period != core::RectificationFilter::Period::None;
    if (period) {
        const QString range = labels::date(f.from) + QStringLiteral(" – ") + labels::date(f.to);
        m_periodLabel->setText(
            f.period == core::RectificationFilter::Period::Found      ? tr("Found %1").arg(range)
            : f.period == core::RectificationFilter::Period::Resolved ? tr("Decided %1").arg(range)
                                                                      : tr("Closed %1").arg(range));
    }
    m_periodLabel->setVisible(period);
    m_periodClear->setVisible(period);
    const QUuid current = currentUuid();
    m_proxy->setFilter(f);
    if (!selectItem(current))
        showDetail();
    updateActions();
}

void RectificationListTab::refilter()
{
    const QUuid current = currentUuid();
    m_proxy->refilter();
    selectItem(current);
    showDetail();
    updateActions();
}

int RectificationListTab::shownRows() const
{
    return m_proxy->rowCount();
}

QUuid RectificationListTab::currentUuid() const
{
    const QModelIndex i = m_view->currentIndex();
    return i.isValid() ? i.data(UuidRole).toUuid() : QUuid();
}

bool RectificationListTab::selectItem(const QUuid &uuid)
{
    const int source = m_model->rowOf(uuid);
    if (uuid.isNull() || source < 0)
        return false;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(source, 0));
    if (!index.isValid())
        return false;
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
    return true;
}

void RectificationListTab::showDetail()
{
    const int r = m_model->rowOf(currentUuid());
    if (r < 0 || !m_repo) {
        m_detail->setHtml(
            QStringLiteral("<p style=\"color:gray\">") +
            (m_model->rowCount() == 0
                 ? tr("No rectification items yet. They come from signed on-site inspections, or "
                      "enter one with New item.")
                 : tr("Select an item to see its history and take its next step."))
                .toHtmlEscaped() +
            QStringLiteral("</p>"));
        return;
    }
    const core::RectificationRow &row = m_model->row(r);
    auto events = m_repo->rectification().events(row.item.meta.uuid);
    auto evidence = m_repo->rectification().evidence(row.item.meta.uuid);
    if (!events || !evidence) {
        m_detail->setPlainText((!events ? events.error() : evidence.error()).text());
        return;
    }
    m_detail->setHtml(RectificationHtml::item(row, *events, *evidence, m_model->today(),
                                              m_model->campaignName(row.item.campaign),
                                              m_model->snapshot().bureauName(row.lowerBureau)));
}

void RectificationListTab::updateActions()
{
    const int r = m_model->rowOf(currentUuid());
    const core::RectificationItem *item = r >= 0 ? &m_model->row(r).item : nullptr;
    const QDate today = m_repo ? m_repo->clock().today() : QDate::currentDate();
    for (int a = int(A::Report); a <= int(A::Close); ++a) {
        QPushButton *b = m_stepButtons.value(a);
        if (!b)
            continue;
        const QString why = item ? core::RectificationLifecycle::refusal(*item, A(a), today) : QString();
        b->setEnabled(item && m_repo && why.isEmpty());
        b->setToolTip(why);
    }
    m_attach->setEnabled(item && m_repo);
    m_remove->setEnabled(item && m_repo && item->status == core::RectificationStatus::Open &&
                         item->rejections == 0 && !item->reportedOn.isValid());
}

void RectificationListTab::takeStep(int action)
{
    const int r = m_model->rowOf(currentUuid());
    if (r < 0 || !m_repo)
        return;
    auto *dialog = new StepDialog(*m_repo, m_model->row(r).item, A(action), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void RectificationListTab::newItem()
{
    if (!m_repo)
        return;
    QList<QPair<QUuid, QString>> campaigns;
    for (const core::CampaignInfo &c : m_model->campaigns())
        campaigns.append({c.uuid, c.name});
    auto *dialog = new NewItemDialog(*m_repo, campaigns, currentFilter().unit, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &NewItemDialog::createdItem, this, [this](const core::RectificationItem &item) {
        // The model hears of the new item through Repository::changed; select it once it is there.
        QTimer::singleShot(0, this, [this, uuid = item.meta.uuid] {
            if (!selectItem(uuid)) {
                clearFilters();
                selectItem(uuid);
            }
        });
    });
    dialog->open();
}

void RectificationListTab::attachEvidence()
{
    const QUuid uuid = currentUuid();
    if (uuid.isNull() || !m_repo)
        return;
    const QString path = DialogService::instance().openFileName(
        this, tr("Attach evidence"), QString(),
        tr("Scans and photos (*.pdf *.jpg *.jpeg *.png *.tif *.tiff);;All files (*)"));
    if (path.isEmpty())
        return;
    if (auto a = m_repo->rectification().attach(uuid, path, core::systemActor()); !a)
        reportError(tr("Cannot attach the file"), a.error().text());
    showDetail();
}

void RectificationListTab::removeItem()
{
    const int r = m_model->rowOf(currentUuid());
    if (r < 0 || !m_repo)
        return;
    const core::RectificationRow &row = m_model->row(r);
    if (!DialogService::instance().question(
            this, tr("Remove item"),
            tr("Remove the item “%1” of %2, entered by mistake?").arg(row.item.finding, row.unitName)))
        return;
    if (core::Status st = m_repo->rectification().remove(row.item.meta.uuid, core::systemActor()); !st)
        reportError(tr("Cannot remove the item"), st.error().text());
}

void RectificationListTab::chooseExportFile()
{
    QString path = DialogService::instance().saveFileName(
        this, tr("Export rectification items"),
        QDir::home().filePath(tr("rectification-%1.xlsx").arg(m_model->today().toString(Qt::ISODate))),
        tr("Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".xlsx");
    if (exportTo(path))
        DialogService::instance().information(this, tr("Export"),
                                              tr("Exported %1 items to %2.").arg(shownRows()).arg(path));
}

bool RectificationListTab::exportTo(const QString &path)
{
    // Copies of the shown rows: the model may change while a large export runs in the background.
    QList<core::RectificationRow> rows;
    rows.reserve(m_proxy->rowCount());
    for (int r = 0; r < m_proxy->rowCount(); ++r)
        rows.append(m_model->row(m_proxy->mapToSource(m_proxy->index(r, 0)).row()));
    QList<const core::RectificationRow *> pointers;
    for (const core::RectificationRow &row : std::as_const(rows))
        pointers << &row;
    core::ExportContext ctx{&m_model->snapshot(), m_model->today(), {}};
    for (const core::CampaignInfo &c : m_model->campaigns())
        ctx.campaignNames.insert(c.uuid, c.name);
    core::Status st;
    if (rows.size() > kBackgroundExportRows) {
        const core::RectificationSnapshot snapshot = m_model->snapshot();
        ctx.snapshot = &snapshot;
        QProgressDialog progress(tr("Exporting %1 items…").arg(rows.size()), QString(), 0, 0, this);
        progress.setObjectName(QStringLiteral("exportProgressDialog"));
        progress.setWindowModality(Qt::WindowModal);
        progress.setMinimumDuration(300);
        QThread *worker =
            QThread::create([&] { st = core::RectificationExport::write(path, pointers, ctx); });
        worker->start();
        while (!worker->wait(30))
            QApplication::processEvents(QEventLoop::ExcludeUserInputEvents);
        delete worker;
    } else {
        st = core::RectificationExport::write(path, pointers, ctx);
    }
    if (!st) {
        reportError(tr("Cannot export"), st.error().text());
        return false;
    }
    return true;
}

void RectificationListTab::reportError(const QString &title, const QString &text)
{
    DialogService::instance().warning(this, title, text);
}

void RectificationListTab::saveState(QSettings &settings) const
{
    settings.setValue(QStringLiteral("rectificationList/header"), m_view->horizontalHeader()->saveState());
    settings.setValue(QStringLiteral("rectificationList/splitter"), m_splitter->saveState());
}

void RectificationListTab::restoreState(const QSettings &settings)
{
    const QByteArray header = settings.value(QStringLiteral("rectificationList/header")).toByteArray();
    if (!header.isEmpty())
        m_view->horizontalHeader()->restoreState(header);
    const QByteArray splitter = settings.value(QStringLiteral("rectificationList/splitter")).toByteArray();
    if (!splitter.isEmpty())
        m_splitter->restoreState(splitter);
    else
        m_splitter->setSizes({820, 380});
}

} // namespace ui

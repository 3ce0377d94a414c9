#include "historypage.h"

#include "calendar.h"
#include "clock.h"
#include "dialogservice.h"
#include "duelistmodel.h"
#include "files/filestore.h"
#include "history/duelist.h"
#include "history/historystore.h"
#include "history/historyvocabulary.h"
#include "historychart.h"
#include "historyeventdialog.h"
#include "historylogdocument.h"
#include "historytimelinemodel.h"
#include "registry/vocabulary.h"
#include "roles.h"
#include "storage/repository.h"

#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPrinter>
#include <QPrintPreviewDialog>
#include <QPushButton>
#include <QSet>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QTableWidget>
#include <QTabWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace ui {

namespace {

QTableView *tableView(const QString &name, QAbstractItemModel *model)
{
    auto *view = new QTableView;
    view->setObjectName(name);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setAlternatingRowColors(true);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    view->setWordWrap(false);
    return view;
}

} // namespace

HistoryPage::HistoryPage(core::Repository &repo, QWidget *parent) : AreaPage(parent), m_repo(&repo)
{
    setObjectName(QStringLiteral("historyPage"));

    // The history log of one standard
    m_standardCombo = new QComboBox;
    m_standardCombo->setObjectName(QStringLiteral("standardCombo"));
    m_standardCombo->setEditable(true);
    m_standardCombo->setInsertPolicy(QComboBox::NoInsert);
    m_standardCombo->setMinimumContentsLength(40);
    m_standardCombo->completer()->setFilterMode(Qt::MatchContains);
    m_standardCombo->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_standardCombo->lineEdit()->setPlaceholderText(tr("Certificate number or name of a standard"));
    auto *standardLabel = new QLabel(tr("&Standard:"));
    standardLabel->setBuddy(m_standardCombo);
    m_typeFilter = new QComboBox;
    m_typeFilter->setObjectName(QStringLiteral("typeFilter"));
    m_typeFilter->addItem(tr("All entries"), -1);
    for (core::HistoryEventType t : core::vocab::eventTypes())
        m_typeFilter->addItem(core::vocab::label(t), int(t));
    auto *typeLabel = new QLabel(tr("S&how:"));
    typeLabel->setBuddy(m_typeFilter);
    m_newButton = new QPushButton(tr("&New entry…"));
    m_newButton->setObjectName(QStringLiteral("newEventButton"));
    m_editButton = new QPushButton(tr("&Edit entry…"));
    m_editButton->setObjectName(QStringLiteral("editEventButton"));
    m_removeButton = new QPushButton(tr("&Remove entry…"));
    m_removeButton->setObjectName(QStringLiteral("removeEventButton"));
    m_attachButton = new QPushButton(tr("Atta&ch file…"));
    m_attachButton->setObjectName(QStringLiteral("attachButton"));
    m_attachButton->setToolTip(tr("Attach a scan or file to the selected entry"));
    m_printButton = new QPushButton(tr("&Print history log…"));
    m_printButton->setObjectName(QStringLiteral("printLogButton"));

    auto *bar = new QHBoxLayout;
    bar->addWidget(standardLabel);
    bar->addWidget(m_standardCombo, 1);
    bar->addWidget(typeLabel);
    bar->addWidget(m_typeFilter);
    bar->addWidget(m_newButton);
    bar->addWidget(m_editButton);
    bar->addWidget(m_removeButton);
    bar->addWidget(m_attachButton);
    bar->addWidget(m_printButton);

    m_header = new QLabel;
    m_header->setObjectName(QStringLiteral("standardHeader"));
    m_header->setWordWrap(true);
    m_header->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_timeline = new HistoryTimelineModel(this);
    m_timelineProxy = new QSortFilterProxyModel(this);
    m_timelineProxy->setSourceModel(m_timeline);
    m_timelineProxy->setFilterRole(RawRole);
    m_timelineProxy->setFilterKeyColumn(HistoryTimelineModel::Type);
    m_timelineView = tableView(QStringLiteral("timelineView"), m_timelineProxy);
    m_timelineView->horizontalHeader()->resizeSection(HistoryTimelineModel::Date, 95);
    m_timelineView->horizontalHeader()->resizeSection(HistoryTimelineModel::Type, 150);
    m_timelineView->horizontalHeader()->resizeSection(HistoryTimelineModel::Subject, 200);
    m_timelineView->horizontalHeader()->resizeSection(HistoryTimelineModel::Outcome, 70);
    m_timelineView->horizontalHeader()->setStretchLastSection(false);
    m_timelineView->horizontalHeader()->setSectionResizeMode(HistoryTimelineModel::Summary,
                                                             QHeaderView::Stretch);
    m_timelineView->horizontalHeader()->resizeSection(HistoryTimelineModel::RecordedBy, 90);
    m_timelineView->horizontalHeader()->resizeSection(HistoryTimelineModel::Attachments, 50);
    m_chart = new HistoryChart;

    auto *splitter = new QSplitter(Qt::Vertical);
    splitter->addWidget(m_timelineView);
    splitter->addWidget(m_chart);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    auto *logTab = new QWidget;
    auto *logLayout = new QVBoxLayout(logTab);
    logLayout->addLayout(bar);
    logLayout->addWidget(m_header);
    logLayout->addWidget(splitter, 1);

    // Due and overdue
    m_asOf = new QDateEdit;
    m_asOf->setObjectName(QStringLiteral("asOfEdit"));
    m_asOf->setCalendarPopup(true);
    m_asOf->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    auto *asOfLabel = new QLabel(tr("&As of:"));
    asOfLabel->setBuddy(m_asOf);
    m_dueSummary = new QLabel;
    m_dueSummary->setObjectName(QStringLiteral("dueSummary"));
    auto *openButton = new QPushButton(tr("&Open history log"));
    openButton->setObjectName(QStringLiteral("openLogButton"));
    auto *dueBar = new QHBoxLayout;
    dueBar->addWidget(asOfLabel);
    dueBar->addWidget(m_asOf);
    dueBar->addWidget(m_dueSummary, 1);
    dueBar->addWidget(openButton);
    m_due = new DueListModel(this);
    m_dueProxy = new QSortFilterProxyModel(this);
    m_dueProxy->setSourceModel(m_due);
    m_dueProxy->setSortRole(RawRole);
    m_dueView = tableView(QStringLiteral("dueView"), m_dueProxy);
    m_dueView->setSortingEnabled(true);
    const QList<QPair<int, int>> dueWidths = {
        {DueListModel::State, 60},         {DueListModel::Kind, 110},   {DueListModel::CertificateNo, 210},
        {DueListModel::StandardName, 200}, {DueListModel::Holder, 200}, {DueListModel::Subject, 150},
        {DueListModel::DueOn, 95},         {DueListModel::Days, 70}};
    for (const auto &[column, width] : dueWidths)
        m_dueView->horizontalHeader()->resizeSection(column, width);
    m_dueView->sortByColumn(-1, Qt::AscendingOrder);
    auto *dueTab = new QWidget;
    auto *dueLayout = new QVBoxLayout(dueTab);
    dueLayout->addLayout(dueBar);
    dueLayout->addWidget(m_dueView, 1);

    // Tracing back from a traceability certificate, an institution or an instrument serial
    m_traceCertificate = new QLineEdit;
    m_traceCertificate->setObjectName(QStringLiteral("traceCertificateEdit"));
    m_traceInstitution = new QLineEdit;
    m_traceInstitution->setObjectName(QStringLiteral("traceInstitutionEdit"));
    m_traceSerial = new QLineEdit;
    m_traceSerial->setObjectName(QStringLiteral("traceSerialEdit"));
    auto *traceButton = new QPushButton(tr("&Find"));
    traceButton->setObjectName(QStringLiteral("traceButton"));
    traceButton->setDefault(true);
    auto *traceBar = new QHBoxLayout;
    const QList<QPair<QString, QLineEdit *>> traceFields = {
        {tr("Traceability &certificate:"), m_traceCertificate},
        {tr("&Institution:"), m_traceInstitution},
        {tr("Instrument &serial no.:"), m_traceSerial}};
    for (const auto &[label, edit] : traceFields) {
        auto *l = new QLabel(label);
        l->setBuddy(edit);
        traceBar->addWidget(l);
        traceBar->addWidget(edit, 1);
        connect(edit, &QLineEdit::returnPressed, traceButton, &QPushButton::click);
    }
    traceBar->addWidget(traceButton);
    m_traceSummary = new QLabel(tr("Which standards rely on a traceability certificate, an institution or an "
                                   "instrument — for when a higher standard is found out of tolerance."));
    m_traceSummary->setObjectName(QStringLiteral("traceSummary"));
    m_traceSummary->setWordWrap(true);
    m_traceResults = new QTableWidget(0, 9);
    m_traceResults->setObjectName(QStringLiteral("traceResults"));
    m_traceResults->setHorizontalHeaderLabels(
        {tr("Certificate no."), tr("Standard"), tr("Holder"), tr("Instrument"), tr("Serial no."),
         tr("Institution"), tr("Traceability certificate"), tr("Traced on"), tr("Valid until")});
    m_traceResults->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_traceResults->setSelectionMode(QAbstractItemView::SingleSelection);
    m_traceResults->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_traceResults->setAlternatingRowColors(true);
    m_traceResults->verticalHeader()->hide();
    m_traceResults->horizontalHeader()->setStretchLastSection(true);
    auto *traceTab = new QWidget;
    auto *traceLayout = new QVBoxLayout(traceTab);
    traceLayout->addLayout(traceBar);
    traceLayout->addWidget(m_traceSummary);
    traceLayout->addWidget(m_traceResults, 1);
    connect(traceButton, &QPushButton::clicked, this, [this] {
        if (core::Status st =
                traceBack(m_traceCertificate->text(), m_traceInstitution->text(), m_traceSerial->text());
            !st)
            reportError(tr("Cannot trace"), st.error());
    });
    connect(m_traceResults, &QTableWidget::cellActivated, this, [this](int row) {
        showStandard(m_traceResults->item(row, 0)->data(UuidRole).toUuid());
        showTab(LogTabIndex);
    });

    m_tabs = new QTabWidget;
    m_tabs->setObjectName(QStringLiteral("historyTabs"));
    m_tabs->addTab(logTab, tr("History &log"));
    m_tabs->addTab(dueTab, tr("&Due and overdue"));
    m_tabs->addTab(traceTab, tr("&Trace back"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);

    connect(m_standardCombo, &QComboBox::activated, this,
            [this](int index) { showStandard(m_standardCombo->itemData(index).toUuid()); });
    connect(m_typeFilter, &QComboBox::currentIndexChanged, this,
            [this] { setTypeFilter(m_typeFilter->currentData().toInt()); });
    connect(m_timelineView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &HistoryPage::currentEventChanged);
    connect(m_newButton, &QPushButton::clicked, this, &HistoryPage::newEvent);
    connect(m_removeButton, &QPushButton::clicked, this, &HistoryPage::removeCurrentEvent);
    connect(m_editButton, &QPushButton::clicked, this, &HistoryPage::editCurrentEvent);
    connect(m_timelineView, &QTableView::activated, this, &HistoryPage::editCurrentEvent);
    connect(m_printButton, &QPushButton::clicked, this, &HistoryPage::printLog);
    connect(m_attachButton, &QPushButton::clicked, this, &HistoryPage::attachToCurrentEvent);
    connect(m_asOf, &QDateEdit::dateChanged, this, [this] {
        if (core::Status st = refreshDueList(); !st)
            reportError(tr("Cannot compute the due list"), st.error());
    });
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (index == DueTabIndex && m_dueStale)
            if (core::Status st = refreshDueList(); !st)
                reportError(tr("Cannot compute the due list"), st.error());
    });
    const auto openDue = [this] {
        const QModelIndex index = m_dueView->currentIndex();
        if (!index.isValid())
            return;
        showStandard(index.data(UuidRole).toUuid());
        showTab(LogTabIndex);
    };
    connect(openButton, &QPushButton::clicked, this, openDue);
    connect(m_dueView, &QTableView::activated, this, openDue);

    m_asOf->blockSignals(true);
    m_asOf->setDate(repo.clock().today());
    m_asOf->blockSignals(false);
    m_changedConnection = connect(m_repo, &core::Repository::changed, this, &HistoryPage::repositoryChanged);
    showStandard({});
}

core::Status HistoryPage::setRepository(core::Repository &repo)
{
    disconnect(m_changedConnection);
    m_repo = &repo;
    m_changedConnection = connect(m_repo, &core::Repository::changed, this, &HistoryPage::repositoryChanged);
    m_standardsLoaded = false;
    m_dueStale = true;
    m_due->reset({});
    m_asOf->blockSignals(true);
    m_asOf->setDate(repo.clock().today());
    m_asOf->blockSignals(false);
    showStandard({});
    if (isVisible())
        activated();
    return {};
}

void HistoryPage::activated()
{
    if (!m_standardsLoaded)
        if (core::Status st = loadStandards(); !st)
            reportError(tr("Cannot load the standards"), st.error());
    if (m_tabs->currentIndex() == DueTabIndex && m_dueStale)
        if (core::Status st = refreshDueList(); !st)
            reportError(tr("Cannot compute the due list"), st.error());
}

core::Status HistoryPage::loadStandards()
{
    auto standards = m_repo->standards();
    if (!standards)
        return standards.error();
    QList<core::Standard> list = *standards;
    std::sort(list.begin(), list.end(), [](const core::Standard &a, const core::Standard &b) {
        return a.certificateNo < b.certificateNo;
    });
    const QUuid current = m_standard.meta.uuid;
    m_standardCombo->blockSignals(true);
    m_standardCombo->clear();
    for (const core::Standard &s : std::as_const(list))
        m_standardCombo->addItem(s.certificateNo + QStringLiteral("  ") + s.name, s.meta.uuid);
    m_standardCombo->setCurrentIndex(m_standardCombo->findData(current));
    m_standardCombo->blockSignals(false);
    m_standardsLoaded = true;
    return {};
}

void HistoryPage::showTab(TabIndex index)
{
    m_tabs->setCurrentIndex(index);
}

void HistoryPage::showStandard(const QUuid &standard)
{
    m_standard = {};
    m_equipment.clear();
    if (!standard.isNull()) {
        auto s = m_repo->standard(standard);
        if (!s) {
            reportError(tr("Cannot open the history log"), s.error());
        } else if (*s) {
            m_standard = **s;
        }
    }
    if (!m_standardsLoaded && !m_standard.meta.uuid.isNull())
        if (core::Status st = loadStandards(); !st)
            reportError(tr("Cannot load the standards"), st.error());
    m_standardCombo->blockSignals(true);
    m_standardCombo->setCurrentIndex(m_standardCombo->findData(m_standard.meta.uuid));
    m_standardCombo->blockSignals(false);
    if (core::Status st = reloadTimeline(); !st)
        reportError(tr("Cannot open the history log"), st.error());
}

core::Status HistoryPage::reloadTimeline()
{
    const bool has = !m_standard.meta.uuid.isNull();
    m_newButton->setEnabled(has);
    m_printButton->setEnabled(has);
    if (!has) {
        m_header->setText(tr("Choose a standard to see its history log."));
        m_timeline->reset({}, {});
        m_chart->setEvent(nullptr);
        m_removeButton->setEnabled(false);
        m_editButton->setEnabled(false);
        m_attachButton->setEnabled(false);
        return {};
    }
    const QUuid selected = m_timelineView->currentIndex().data(UuidRole).toUuid();
    auto s = m_repo->standard(m_standard.meta.uuid);
    if (!s)
        return s.error();
    if (!*s) {
        m_standard = {};
        return reloadTimeline();
    }
    m_standard = **s;
    auto equipment = m_repo->equipment(m_standard.meta.uuid);
    if (!equipment)
        return equipment.error();
    m_equipment = *equipment;
    auto timeline = m_repo->history().timeline(m_standard.meta.uuid);
    if (!timeline)
        return timeline.error();
    QString holder;
    if (auto unit = m_repo->unit(m_standard.holder); unit && *unit)
        holder = (*unit)->name;
    const QDate today = m_repo->clock().today();
    m_header->setText(tr("<b>%1</b> %2 — %3<br>%4, valid %5 to %6, person in charge: %7, %n entries", nullptr,
                         int(timeline->size()))
                          .arg(m_standard.certificateNo.toHtmlEscaped(), m_standard.name.toHtmlEscaped(),
                               holder.toHtmlEscaped(),
                               core::vocab::label(m_standard.effectiveStatus(today)).toHtmlEscaped(),
                               core::calendar::isoDate(m_standard.issuedOn),
                               core::calendar::isoDate(m_standard.expiresOn),
                               m_standard.personInCharge.toHtmlEscaped()));
    QHash<QUuid, int> attachments;
    for (const core::HistoryEvent &e : std::as_const(*timeline)) {
        auto files = m_repo->files().attachments(e.meta.uuid);
        if (!files)
            return files.error();
        if (!files->isEmpty())
            attachments.insert(e.meta.uuid, int(files->size()));
    }
    m_timeline->reset(*timeline, m_equipment, attachments);
    const int row = m_timeline->rowOf(selected);
    if (row >= 0)
        m_timelineView->setCurrentIndex(m_timelineProxy->mapFromSource(m_timeline->index(row, 0)));
    else if (m_timelineProxy->rowCount() > 0)
        m_timelineView->setCurrentIndex(m_timelineProxy->index(m_timelineProxy->rowCount() - 1, 0));
    currentEventChanged();
    return {};
}

void HistoryPage::setTypeFilter(int type)
{
    if (m_typeFilter->currentData().toInt() != type) {
        m_typeFilter->setCurrentIndex(m_typeFilter->findData(type));
        return; // the combo's signal comes back here
    }
    m_timelineProxy->setFilterFixedString(type < 0 ? QString() : QString::number(type));
    currentEventChanged();
}

const core::HistoryEvent *HistoryPage::currentEvent() const
{
    const QModelIndex index = m_timelineView->currentIndex();
    return index.isValid() ? m_timeline->eventAt(m_timelineProxy->mapToSource(index).row()) : nullptr;
}

void HistoryPage::currentEventChanged()
{
    const core::HistoryEvent *e = currentEvent();
    m_chart->setEvent(e);
    m_removeButton->setEnabled(e != nullptr);
    m_editButton->setEnabled(e != nullptr);
    m_attachButton->setEnabled(e != nullptr);
}

void HistoryPage::attachToCurrentEvent()
{
    const core::HistoryEvent *e = currentEvent();
    if (!e)
        return;
    const QUuid uuid = e->meta.uuid;
    const QString path = DialogService::instance().openFileName(
        this, tr("Attach a file to the entry"), QString(),
        tr("Scans and documents (*.pdf *.png *.jpg *.jpeg *.tif *.tiff);;"
           "All files (*)"));
    if (path.isEmpty())
        return;
    auto added = m_repo->files().add(core::Entity::HistoryEvent, uuid, path, core::systemActor());
    if (!added) {
        reportError(tr("Cannot attach the file"), added.error());
        return;
    }
    if (core::Status st = reloadTimeline(); !st)
        reportError(tr("Cannot open the history log"), st.error());
}

void HistoryPage::newEvent()
{
    if (m_standard.meta.uuid.isNull())
        return;
    HistoryEventDialog dialog(*m_repo, m_standard, m_equipment, this);
    emit eventDialogOpened(&dialog);
    if (dialog.result() == QDialog::Accepted || dialog.exec() == QDialog::Accepted) {
        if (core::Status st = reloadTimeline(); !st)
            reportError(tr("Cannot open the history log"), st.error());
        const int row = m_timeline->rowOf(dialog.stored().meta.uuid);
        if (row >= 0)
            m_timelineView->setCurrentIndex(m_timelineProxy->mapFromSource(m_timeline->index(row, 0)));
    }
}

void HistoryPage::editCurrentEvent()
{
    const core::HistoryEvent *e = currentEvent();
    if (!e)
        return;
    HistoryEventDialog dialog(*m_repo, m_standard, m_equipment, this);
    dialog.setEvent(*e);
    emit eventDialogOpened(&dialog);
    if (dialog.result() == QDialog::Accepted || dialog.exec() == QDialog::Accepted) {
        if (core::Status st = reloadTimeline(); !st)
            reportError(tr("Cannot open the history log"), st.error());
    }
}

void HistoryPage::removeCurrentEvent()
{
    const core::HistoryEvent *e = currentEvent();
    if (!e)
        return;
    const core::HistoryEvent event = *e;
    if (!DialogService::instance().question(this, tr("Remove entry"),
                                            tr("Remove the entry '%1' of %2 from the history log of %3?")
                                                .arg(core::vocab::label(event.type),
                                                     core::calendar::isoDate(event.date),
                                                     m_standard.certificateNo)))
        return;
    if (core::Status st = m_repo->history().remove(event.meta.uuid, core::systemActor()); !st) {
        reportError(tr("Cannot remove the entry"), st.error());
        return;
    }
    if (core::Status st = reloadTimeline(); !st)
        reportError(tr("Cannot open the history log"), st.error());
}

core::Status HistoryPage::writePdf(const QString &path)
{
    auto log = print::HistoryLogDocument::load(*m_repo, m_standard.meta.uuid);
    if (!log)
        return log.error();
    return print::DocumentPrinter::writePdf({print::HistoryLogDocument::job(*log)}, path);
}

void HistoryPage::printLog()
{
    if (m_standard.meta.uuid.isNull())
        return;
    auto log = print::HistoryLogDocument::load(*m_repo, m_standard.meta.uuid);
    if (!log) {
        reportError(tr("Cannot print the history log"), log.error());
        return;
    }
    const print::PrintJob job = print::HistoryLogDocument::job(*log);
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setDocName(job.title);
    QPrintPreviewDialog preview(&printer, this);
    preview.setWindowTitle(job.title);
    connect(&preview, &QPrintPreviewDialog::paintRequested, this, [this, &job](QPrinter *p) {
        if (core::Status st = print::DocumentPrinter::print({job}, *p); !st)
            reportError(tr("Cannot print the history log"), st.error());
    });
    preview.exec();
}

core::Status HistoryPage::refreshDueList()
{
    auto items = core::DueList::compute(*m_repo, m_asOf->date());
    if (!items)
        return items.error();
    m_due->reset(*items);
    m_dueStale = false;
    m_dueSummary->setText(tr("%1 overdue, %2 due within %3 days")
                              .arg(m_due->overdueCount())
                              .arg(m_due->rowCount() - m_due->overdueCount())
                              .arg(core::DueList::kDefaultLookaheadDays));
    return {};
}

core::Status HistoryPage::traceBack(const QString &certificateNo, const QString &institution,
                                    const QString &serialNo)
{
    core::TraceQuery query{certificateNo.trimmed(), institution.trimmed(), serialNo.trimmed()};
    m_traceCertificate->setText(query.certificateNo);
    m_traceInstitution->setText(query.institution);
    m_traceSerial->setText(query.serialNo);
    m_traceResults->setRowCount(0);
    if (query.isEmpty()) {
        m_traceSummary->setText(
            tr("Give a traceability certificate number, an institution or a serial number."));
        return {};
    }
    auto links = m_repo->history().relyingOn(query);
    if (!links)
        return links.error();
    QSet<QUuid> standards;
    m_traceResults->setRowCount(int(links->size()));
    for (int r = 0; r < links->size(); ++r) {
        const core::TraceLink &l = (*links)[r];
        standards.insert(l.standard);
        const QStringList cells = {l.standardCertificateNo,
                                   l.standardName,
                                   l.holderName,
                                   l.equipmentName,
                                   l.serialNo,
                                   l.institution,
                                   l.certificateNo,
                                   core::calendar::isoDate(l.date),
                                   core::calendar::isoDate(l.until)};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells[c]);
            item->setData(UuidRole, l.standard);
            m_traceResults->setItem(r, c, item);
        }
    }
    m_traceResults->resizeColumnsToContents();
    m_traceSummary->setText(tr("%n standard(s) rely on it; double-click a row to open its history log.",
                               nullptr, int(standards.size())));
    return {};
}

void HistoryPage::repositoryChanged(core::Entity entity, const QList<QUuid> &uuids)
{
    Q_UNUSED(uuids);
    using core::Entity;
    if (entity == Entity::Standard)
        m_standardsLoaded = false;
    if (entity != Entity::HistoryEvent && entity != Entity::Standard && entity != Entity::Equipment &&
        entity != Entity::Unit)
        return;
    m_dueStale = true;
    core::Status st;
    if (isVisible() && !m_standardsLoaded)
        st = loadStandards();
    if (st && !m_standard.meta.uuid.isNull())
        st = reloadTimeline();
    if (st && isVisible() && m_tabs->currentIndex() == DueTabIndex)
        st = refreshDueList();
    if (!st)
        reportError(tr("Cannot open the history log"), st.error());
}

void HistoryPage::reportError(const QString &title, const core::Error &error)
{
    DialogService::instance().warning(this, title, error.text());
}

} // namespace ui

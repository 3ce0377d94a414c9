#include "mainwindow.h"

#include "campaignspage.h"
#include "dialogservice.h"
#include "exchangepage.h"
#include "importdialog.h"
#include "inspectionpage.h"
#include "labels.h"
#include "registrypage.h"
#include "standardstab.h"
#include "standardtablemodel.h"
#include "storage/repository.h"
#include "unitstab.h"
#include "unittablemodel.h"
#include "verificationpage.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QUndoStack>

namespace ui {

MainWindow::MainWindow(core::Repository &repo, QWidget *parent) : QMainWindow(parent), m_repo(&repo)
{
    m_undoStack = new QUndoStack(this);
    setupUi();
    createActions();
    restoreSettings();
    updateStatusBar();
    updateActions();
}

MainWindow::MainWindow(std::unique_ptr<core::Repository> repo, QWidget *parent) : MainWindow(*repo, parent)
{
    m_ownedRepo = std::move(repo);
}

MainWindow::~MainWindow()
{
    // The pages and commands refer to the repository: drop them before an owned repository goes.
    m_undoStack->clear();
    delete m_splitter;
}

void MainWindow::setupUi()
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("MetInspect — Measurement Standards Supervision"));

    m_navigation = new QListWidget;
    m_navigation->setObjectName(QStringLiteral("navigationList"));
    m_navigation->setSelectionMode(QAbstractItemView::SingleSelection);
    m_navigation->setUniformItemSizes(true);
    m_navigation->setSpacing(2);
    m_registry = new RegistryPage(*m_repo, m_undoStack);
    m_pages = new QStackedWidget;
    m_pages->setObjectName(QStringLiteral("pageStack"));
    for (int a = 0; a < AreaCount; ++a)
        if (AreaPage *page = createPage(Area(a))) {
            m_areaPages.insert(a, page);
            m_pages->addWidget(page);
        }

    const QString later = tr("Available in a later version");
    const QList<QPair<QString, QString>> areas = {
        {tr("Registry"), tr("Standard holders and measurement standards")},
        {tr("History log"), tr("The history log of each standard and what is due or overdue")},
        {tr("Campaigns"), tr("Special inspection campaigns, self-inspection and sampling")},
        {tr("On-site inspection"), tr("Checklists, evidence, signatures and the printed table")},
        {tr("Rectification"), tr("Rectification of nonconformities and the dashboard")},
        {tr("Statistics & export"), tr("Statistics table, export to the bureau and merging")},
        {tr("Verification bodies"), tr("Authorized institutions and self-committed enterprises")},
        {tr("Accounts & security"), tr("Users, roles, audit trail and backups")},
    };
    const int rowHeight = m_navigation->fontMetrics().height() + 14;
    int widest = 0;
    // The areas that exist first; the others below a heading, listed so users see where the product is
    // going but neither selectable nor filled with data.
    for (bool available : {true, false}) {
        bool headed = false;
        for (int a = 0; a < areas.size(); ++a) {
            if (m_areaPages.contains(a) != available)
                continue;
            if (!available && !headed) {
                // A heading, so the greyed entries read as "not yet" rather than "broken".
                auto *heading = new QListWidgetItem(tr("In later versions"), m_navigation);
                heading->setFlags(Qt::NoItemFlags);
                heading->setData(Qt::UserRole, -1);
                QFont small = heading->font();
                small.setPointSizeF(small.pointSizeF() * 0.85);
                heading->setFont(small);
                heading->setSizeHint(QSize(0, rowHeight));
                heading->setToolTip(later);
                headed = true;
            }
            auto *item = new QListWidgetItem(areas[a].first, m_navigation);
            item->setToolTip(available ? areas[a].second : later);
            item->setData(Qt::UserRole, a);
            item->setSizeHint(QSize(0, rowHeight));
            widest = std::max(widest, m_navigation->fontMetrics().horizontalAdvance(areas[a].first));
            if (!available) {
                item->setFlags(Qt::NoItemFlags);
                item->setText(QStringLiteral("    ") + areas[a].first);
            }
        }
    }
    m_navigation->setMinimumWidth(widest +
                                  m_navigation->fontMetrics().horizontalAdvance(QStringLiteral("    ")) + 32);

    m_splitter = new QSplitter(Qt::Horizontal);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->addWidget(m_navigation);
    m_splitter->addWidget(m_pages);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setChildrenCollapsible(false);
    setCentralWidget(m_splitter);
    m_navigation->setCurrentItem(areaItem(Registry));
    connect(m_navigation, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *item) {
        if (!item)
            return;
        if (AreaPage *page = m_areaPages.value(item->data(Qt::UserRole).toInt())) {
            m_pages->setCurrentWidget(page);
            page->activated();
        }
    });

    m_locationLabel = new QLabel;
    m_locationLabel->setObjectName(QStringLiteral("workspaceLabel"));
    m_backendLabel = new QLabel;
    m_backendLabel->setObjectName(QStringLiteral("backendLabel"));
    m_countLabel = new QLabel;
    m_countLabel->setObjectName(QStringLiteral("countLabel"));
    statusBar()->addWidget(m_locationLabel, 1);
    statusBar()->addPermanentWidget(m_countLabel);
    statusBar()->addPermanentWidget(m_backendLabel);

    connect(m_registry, &RegistryPage::countsChanged, this, &MainWindow::updateStatusBar);
    connect(m_registry, &RegistryPage::currentChanged, this, &MainWindow::updateActions);
    resize(1400, 860);
}

AreaPage *MainWindow::createPage(Area area)
{
    // One line per area that exists; an area without a page is listed as coming later.
    switch (area) {
    case Registry:
        return m_registry;
    case Statistics:
        return new ExchangePage(*m_repo);
    case OnSiteInspection:
        return new InspectionPage(*m_repo);
    case Campaigns:
        return new CampaignsPage(*m_repo);
    case VerificationBodies:
        return new VerificationPage(*m_repo);
    default:
        return nullptr;
    }
}

AreaPage *MainWindow::areaPage(Area area) const
{
    return m_areaPages.value(area);
}

void MainWindow::showArea(Area area)
{
    if (QListWidgetItem *item = areaItem(area); item && (item->flags() & Qt::ItemIsEnabled))
        m_navigation->setCurrentItem(item);
}

QListWidgetItem *MainWindow::areaItem(Area area) const
{
    for (int r = 0; r < m_navigation->count(); ++r)
        if (m_navigation->item(r)->data(Qt::UserRole).toInt() == area)
            return m_navigation->item(r);
    return nullptr;
}

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *import = file->addAction(tr("&Import CSV…"), this, [this] { showImportDialog(); });
    import->setObjectName(QStringLiteral("importAction"));
    import->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    QAction *open = file->addAction(tr("&Open workspace…"), this, &MainWindow::chooseWorkspace);
    open->setObjectName(QStringLiteral("openWorkspaceAction"));
    open->setShortcut(QKeySequence::Open);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setObjectName(QStringLiteral("quitAction"));
    quit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    quit->setMenuRole(QAction::QuitRole);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_undoStack->createUndoAction(this, tr("&Undo"));
    undo->setObjectName(QStringLiteral("undoAction"));
    undo->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Z));
    QAction *redo = m_undoStack->createRedoAction(this, tr("&Redo"));
    redo->setObjectName(QStringLiteral("redoAction"));
    redo->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    QAction *newUnit = edit->addAction(tr("New &unit…"), m_registry, &RegistryPage::newUnit);
    newUnit->setObjectName(QStringLiteral("newUnitAction"));
    newUnit->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_U));
    QAction *newStandard = edit->addAction(tr("New &standard…"), m_registry, &RegistryPage::newStandard);
    newStandard->setObjectName(QStringLiteral("newStandardAction"));
    newStandard->setShortcut(QKeySequence::New);
    m_editAction = edit->addAction(tr("&Edit…"), m_registry, &RegistryPage::editCurrent);
    m_editAction->setObjectName(QStringLiteral("editAction"));
    m_editAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_editAction->setToolTip(tr("Edit the selected record (Ctrl+E, or Enter / double-click on a row)"));
    m_deleteAction = edit->addAction(tr("&Delete…"), m_registry, &RegistryPage::deleteCurrent);
    m_deleteAction->setObjectName(QStringLiteral("deleteAction"));
    m_deleteAction->setShortcut(QKeySequence::Delete);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *find = view->addAction(tr("&Find"), m_registry, &RegistryPage::focusSearch);
    find->setObjectName(QStringLiteral("findAction"));
    find->setShortcut(QKeySequence::Find);
    QAction *units = view->addAction(tr("Standard &holders"), this,
                                     [this] { m_registry->showTab(RegistryPage::UnitsTabIndex); });
    units->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    QAction *standards = view->addAction(tr("Measurement &standards"), this,
                                         [this] { m_registry->showTab(RegistryPage::StandardsTabIndex); });
    standards->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_2));
    QAction *clear = view->addAction(tr("&Clear search and filters"), this, [this] {
        m_registry->standardsTab()->clearFilters();
        m_registry->unitsTab()->clearFilters();
    });
    clear->setObjectName(QStringLiteral("clearFiltersAction"));
    QAction *reload = view->addAction(tr("&Reload"), this, [this] {
        if (core::Status st = m_registry->reload(); !st)
            DialogService::instance().warning(this, tr("Cannot load the registry"), st.error().text());
    });
    reload->setShortcut(QKeySequence::Refresh);
    view->addSeparator();
    QMenu *language = view->addMenu(tr("&Language"));
    auto *languages = new QActionGroup(language);
    const QString current =
        QSettings().value(QStringLiteral("ui/language"), QStringLiteral("zh_CN")).toString();
    for (const auto &[code, name] : {std::pair{QStringLiteral("zh_CN"), QStringLiteral("简体中文")},
                                     std::pair{QStringLiteral("en"), QStringLiteral("English")}}) {
        QAction *a = language->addAction(name, this, [this, c = code] { setLanguage(c); });
        a->setCheckable(true);
        a->setChecked(current == code);
        languages->addAction(a);
    }

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about = help->addAction(tr("&About MetInspect"), this, &MainWindow::showAbout);
    about->setMenuRole(QAction::AboutRole);
}

void MainWindow::updateActions()
{
    const bool current = m_registry->hasCurrentRecord();
    m_editAction->setEnabled(current);
    m_deleteAction->setEnabled(current);
}

void MainWindow::updateStatusBar()
{
    const QString location = m_repo->location();
    m_locationLabel->setText(tr("Workspace: %1").arg(location));
    m_locationLabel->setToolTip(location);
    m_backendLabel->setText(m_repo->backend() == u"postgresql" ? tr("PostgreSQL") : tr("SQLite"));

    const StandardTableModel *standards = m_registry->standardModel();
    const QDate today = standards->today();
    int expired = 0, expiring = 0;
    for (const auto &row : standards->rows()) {
        if (labels::isExpired(row.standard, today))
            ++expired;
        else if (labels::isExpiringSoon(row.standard, today))
            ++expiring;
    }
    m_countLabel->setText(tr("%1 units · %2 standards (%3 shown) · %4 expired · %5 expiring within 6 months")
                              .arg(m_registry->unitModel()->rowCount())
                              .arg(standards->rowCount())
                              .arg(m_registry->standardsTab()->shownRows())
                              .arg(expired)
                              .arg(expiring));
}

ImportDialog *MainWindow::showImportDialog()
{
    auto *dialog = new ImportDialog(*m_repo, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (m_registry->tabs()->currentIndex() == RegistryPage::StandardsTabIndex)
        dialog->setKind(core::ImportKind::Standards);
    connect(dialog, &ImportDialog::imported, this, [this] {
        if (core::Status st = m_registry->reload(); !st)
            DialogService::instance().warning(this, tr("Cannot load the registry"), st.error().text());
    });
    dialog->open();
    return dialog;
}

void MainWindow::chooseWorkspace()
{
    const QString path = DialogService::instance().openFileName(
        this, tr("Open workspace"), QFileInfo(m_repo->location()).absolutePath(),
        tr("MetInspect workspaces (*.metinspect);;All files (*)"));
    if (!path.isEmpty())
        openWorkspace(path);
}

bool MainWindow::openWorkspace(const QString &location)
{
    auto opened = core::openWorkspace(location);
    if (!opened) {
        DialogService::instance().warning(this, tr("Cannot open the workspace"), opened.error().text());
        return false;
    }
    std::unique_ptr<core::Repository> previous = std::move(m_ownedRepo);
    m_ownedRepo = std::move(*opened);
    m_repo = m_ownedRepo.get();
    m_undoStack->clear();
    for (AreaPage *page : std::as_const(m_areaPages))
        if (core::Status st = page->setRepository(*m_repo); !st)
            DialogService::instance().warning(this, tr("Cannot load the workspace"), st.error().text());
    updateStatusBar();
    updateActions();
    return true;
}

void MainWindow::showAbout()
{
    DialogService::instance().information(
        this, tr("About MetInspect"),
        tr("MetInspect %1 — workstation for the supervision of measurement standards "
           "(计量监督检查工作站).\n\n"
           "Workspace: %2 (%3, schema version %4)")
            .arg(QApplication::applicationVersion(), m_repo->location(), m_repo->backend())
            .arg(m_repo->schemaVersion()));
}

void MainWindow::setLanguage(const QString &language)
{
    QSettings().setValue(QStringLiteral("ui/language"), language);
    DialogService::instance().information(this, tr("Language"),
                                          tr("The language changes the next time MetInspect starts."));
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("mainWindow/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("mainWindow/state"), saveState());
    settings.setValue(QStringLiteral("mainWindow/splitter"), m_splitter->saveState());
    for (const AreaPage *page : m_areaPages)
        page->saveState(settings);
}

void MainWindow::restoreSettings()
{
    const QSettings settings;
    if (const QByteArray g = settings.value(QStringLiteral("mainWindow/geometry")).toByteArray();
        !g.isEmpty())
        restoreGeometry(g);
    else if (const QScreen *s = screen())
        resize(s->availableGeometry().size() * 0.9);
    if (const QByteArray s = settings.value(QStringLiteral("mainWindow/state")).toByteArray(); !s.isEmpty())
        restoreState(s);
    if (const QByteArray s = settings.value(QStringLiteral("mainWindow/splitter")).toByteArray();
        !s.isEmpty())
        m_splitter->restoreState(s);
    else
        m_splitter->setSizes({m_navigation->minimumWidth(), width() - m_navigation->minimumWidth()});
    for (AreaPage *page : std::as_const(m_areaPages))
        page->restoreState(settings);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveSettings();
    event->accept();
}

} // namespace ui

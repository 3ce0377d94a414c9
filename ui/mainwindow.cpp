#include "mainwindow.h"

#include "aboutdialog.h"
#include "accessiblenames.h"
#include "accountspage.h"
#include "appsettings.h"
#include "backup/backup.h"
#include "campaignspage.h"
#include "clock.h"
#include "dialogservice.h"
#include "exchangepage.h"
#include "helpwindow.h"
#include "historypage.h"
#include "importdialog.h"
#include "inspectionpage.h"
#include "labels.h"
#include "logindialog.h"
#include "rectificationpage.h"
#include "registrypage.h"
#include "security/accountstore.h"
#include "sessionlock.h"
#include "settingsdialog.h"
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
    m_lock = new SessionLock(
        QSettings().value(SessionLock::settingsKey(), SessionLock::kDefaultIdleMinutes).toInt(), this);
    m_lock->watchApplication();
    m_lock->connectToSession();
    connect(m_lock, &SessionLock::lockRequested, this, [this] { lock(); });
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
    delete m_help;
    delete m_splitter;
}

void MainWindow::setupUi()
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("MetInspect — Measurement Standards Supervision"));

    m_navigation = new QListWidget;
    m_navigation->setObjectName(QStringLiteral("navigationList"));
    m_navigation->setAccessibleName(tr("Areas"));
    m_navigation->setAccessibleDescription(tr("The parts of the program; Ctrl+1 to Ctrl+8 go to them"));
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
            // Pages build their widgets when first shown; name what a screen reader would meet unnamed.
            nameUnnamedWidgets(page, item->text().trimmed());
        }
    });

    m_locationLabel = new QLabel;
    m_locationLabel->setObjectName(QStringLiteral("workspaceLabel"));
    m_backendLabel = new QLabel;
    m_backendLabel->setObjectName(QStringLiteral("backendLabel"));
    m_countLabel = new QLabel;
    m_countLabel->setObjectName(QStringLiteral("countLabel"));
    m_userLabel = new QLabel;
    m_userLabel->setObjectName(QStringLiteral("userLabel"));
    statusBar()->addWidget(m_locationLabel, 1);
    statusBar()->addPermanentWidget(m_countLabel);
    statusBar()->addPermanentWidget(m_userLabel);
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
    case Rectification:
        return new RectificationPage(*m_repo);
    case HistoryLog:
        return new HistoryPage(*m_repo);
    case Accounts: {
        auto *page = new AccountsPage(*m_repo);
        connect(page, &AccountsPage::restoreRequested, this, &MainWindow::restoreBackup);
        connect(page, &AccountsPage::idleLockChanged, m_lock, &SessionLock::setIdleMinutes);
        return page;
    }
    case VerificationBodies: {
        auto *page = new VerificationPage(*m_repo);
        // A supervision inspection of a body is filled on the on-site inspection page.
        connect(page, &VerificationPage::inspectRequested, this, [this](const QUuid &institution) {
            showArea(OnSiteInspection);
            if (auto *inspections = qobject_cast<InspectionPage *>(areaPage(OnSiteInspection)))
                inspections->newInspectionOf(core::InspectionSubject::Institution, institution);
        });
        return page;
    }
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
    QAction *settings = file->addAction(tr("&Settings…"), this, &MainWindow::showSettings);
    settings->setObjectName(QStringLiteral("settingsAction"));
    settings->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    settings->setMenuRole(QAction::PreferencesRole);
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
    units->setShortcut(QKeySequence(Qt::ALT | Qt::Key_1));
    QAction *standards = view->addAction(tr("Measurement &standards"), this,
                                         [this] { m_registry->showTab(RegistryPage::StandardsTabIndex); });
    standards->setShortcut(QKeySequence(Qt::ALT | Qt::Key_2));
    QAction *historyLog = view->addAction(tr("&History log of the standard"), this, [this] {
        auto *history = qobject_cast<HistoryPage *>(areaPage(HistoryLog));
        const QUuid standard = m_registry->standardsTab()->currentUuid();
        showArea(HistoryLog);
        if (history && !standard.isNull())
            history->showStandard(standard);
    });
    historyLog->setObjectName(QStringLiteral("historyLogAction"));
    historyLog->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_H));
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
    // Ctrl+1 … Ctrl+8 go to the areas, in the order of the navigation.
    QMenu *go = view->addMenu(tr("&Go to"));
    for (int a = 0; a < AreaCount; ++a) {
        QListWidgetItem *item = areaItem(Area(a));
        if (!item)
            continue;
        const QKeySequence key(Qt::CTRL | Qt::Key(Qt::Key_1 + a));
        QAction *goTo = go->addAction(item->text().trimmed(), this, [this, a] { showArea(Area(a)); });
        goTo->setObjectName(QStringLiteral("goToAreaAction_%1").arg(a));
        goTo->setShortcut(key);
        goTo->setEnabled(m_areaPages.contains(a));
        if (m_areaPages.contains(a))
            item->setToolTip(item->toolTip() +
                             QStringLiteral(" (%1)").arg(key.toString(QKeySequence::NativeText)));
    }
    QMenu *language = view->addMenu(tr("&Language"));
    auto *languages = new QActionGroup(language);
    const QString current = appsettings::language();
    for (const auto &[code, name] : {std::pair{QStringLiteral("zh_CN"), QStringLiteral("简体中文")},
                                     std::pair{QStringLiteral("en"), QStringLiteral("English")}}) {
        QAction *a = language->addAction(name, this, [this, c = code] { setLanguage(c); });
        a->setCheckable(true);
        a->setChecked(current == code);
        languages->addAction(a);
    }

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *pageHelp = help->addAction(tr("Help on this &page"), this, [this] { showHelp(); });
    pageHelp->setObjectName(QStringLiteral("contextHelpAction"));
    pageHelp->setShortcut(QKeySequence::HelpContents);
    // F1 in a dialog on this window (a window-modal dialog blocks the window's shortcuts).
    HelpWindow::watchDialogs(this, [this] { showHelp(); });
    QAction *guide = help->addAction(tr("User &guide"), this, [this] { showHelp(QStringLiteral("index")); });
    guide->setObjectName(QStringLiteral("userGuideAction"));
    help->addSeparator();
    QAction *about = help->addAction(tr("&About MetInspect"), this, &MainWindow::showAbout);
    about->setObjectName(QStringLiteral("aboutAction"));
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
    const std::optional<core::Session> session = m_repo->session();
    m_userLabel->setText(session
                             ? tr("Logged in: %1 (%2)")
                                   .arg(session->displayName.isEmpty() ? session->name : session->displayName,
                                        core::roleLabel(session->role))
                             : tr("No accounts: working as %1").arg(core::systemActor()));
    const auto own = appsettings::ownBureau(*m_repo);
    setWindowTitle(own && *own ? tr("MetInspect — %1").arg((*own)->name)
                               : tr("MetInspect — Measurement Standards Supervision"));

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
    if (auto accounts = (*opened)->accounts().hasAccounts(); accounts && *accounts) {
        LoginDialog login(**opened, LoginDialog::LogIn, this);
        if (login.exec() != QDialog::Accepted)
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

LoginDialog *MainWindow::lock()
{
    if (m_unlockDialog || !m_repo->session())
        return m_unlockDialog;
    m_lock->setLocked(true);
    // The content is hidden, not only covered: nothing confidential stays on the screen.
    m_splitter->hide();
    menuBar()->setEnabled(false);
    m_unlockDialog = new LoginDialog(*m_repo, LoginDialog::Unlock, this);
    m_unlockDialog->setAttribute(Qt::WA_DeleteOnClose);
    m_unlockDialog->setWindowModality(Qt::WindowModal);
    connect(m_unlockDialog, &QDialog::finished, this, [this](int result) {
        m_unlockDialog = nullptr;
        if (result != QDialog::Accepted) {
            close();
            return;
        }
        m_splitter->show();
        menuBar()->setEnabled(true);
        m_lock->setLocked(false);
    });
    m_unlockDialog->open();
    return m_unlockDialog;
}

bool MainWindow::restoreBackup(const QString &file)
{
    if (!m_ownedRepo)
        return false;
    if (core::Status st = m_repo->authorize(core::Action::Restore); !st) {
        DialogService::instance().warning(this, tr("Restore"), st.error().text());
        return false;
    }
    auto checked = core::Backup::check(file);
    if (!checked) {
        DialogService::instance().warning(this, tr("The backup cannot be restored"), checked.error().text());
        return false;
    }
    if (!DialogService::instance().question(
            this, tr("Restore"),
            tr("Replace the workspace by the backup of %1 (%2 audit entries, %3 attached files, all "
               "checked)? The "
               "current workspace is kept aside.")
                .arg(checked->createdAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")))
                .arg(checked->auditEntries)
                .arg(checked->files)))
        return false;
    const QString location = m_ownedRepo->location();
    m_undoStack->clear();
    std::unique_ptr<core::Repository> current = std::move(m_ownedRepo);
    auto restored = core::Backup::restore(current, location, file, m_repo->clock().now());
    if (!restored && current) {
        m_ownedRepo = std::move(current);
        DialogService::instance().warning(this, tr("The backup cannot be restored"), restored.error().text());
        return false;
    }
    if (!restored)
        DialogService::instance().warning(this, tr("The backup cannot be restored"), restored.error().text());
    auto reopened = core::openWorkspace(location);
    if (!reopened) {
        DialogService::instance().warning(this, tr("Cannot open the workspace"), reopened.error().text());
        close();
        return false;
    }
    m_ownedRepo = std::move(*reopened);
    m_repo = m_ownedRepo.get();
    if (auto accounts = m_repo->accounts().hasAccounts(); accounts && *accounts) {
        LoginDialog login(*m_repo, LoginDialog::LogIn, this);
        if (login.exec() != QDialog::Accepted) {
            close();
            return false;
        }
    }
    for (AreaPage *page : std::as_const(m_areaPages))
        if (core::Status st = page->setRepository(*m_repo); !st)
            DialogService::instance().warning(this, tr("Cannot load the workspace"), st.error().text());
    updateStatusBar();
    updateActions();
    if (!restored)
        return false;
    DialogService::instance().information(
        this, tr("Restore"),
        tr("The workspace was restored. The replaced one was kept as %1.").arg(restored->replacedAside));
    return true;
}

void MainWindow::showAbout()
{
    auto *dialog = new AboutDialog(*m_repo, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

MainWindow::Area MainWindow::currentArea() const
{
    const QListWidgetItem *item = m_navigation->currentItem();
    const int area = item ? item->data(Qt::UserRole).toInt() : int(Registry);
    return area >= 0 && area < AreaCount ? Area(area) : Registry;
}

QString MainWindow::helpTopic(Area area)
{
    static const char *const kTopics[AreaCount] = {"registry",      "history", "campaigns", "inspection",
                                                   "rectification", "export",  "bodies",    "accounts"};
    return QString::fromLatin1(kTopics[area]);
}

HelpWindow *MainWindow::showHelp(const QString &topic)
{
    // A window of its own, not a child: a dialog open on the main window must not block the help.
    if (!m_help)
        m_help = new HelpWindow;
    m_help->showTopic(topic.isEmpty() ? helpTopic(currentArea()) : topic);
    m_help->show();
    m_help->raise();
    m_help->activateWindow();
    return m_help;
}

void MainWindow::showSettings()
{
    SettingsDialog dialog(*m_repo, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (dialog.languageChanged())
        DialogService::instance().information(this, tr("Language"),
                                              tr("The language changes the next time MetInspect starts."));
    if (const QString location = dialog.workspaceChanged(); !location.isEmpty())
        openWorkspace(location);
    updateStatusBar();
}

void MainWindow::setLanguage(const QString &language)
{
    appsettings::setLanguage(language);
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

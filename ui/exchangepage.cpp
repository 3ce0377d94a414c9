#include "exchangepage.h"

#include "clock.h"
#include "dialogservice.h"
#include "exchange/exchangestore.h"
#include "exchange/exporter.h"
#include "exchange/exportschedule.h"
#include "exchange/merger.h"
#include "exchange/workspacekeys.h"
#include "labels.h"
#include "storage/repository.h"

#include <QCheckBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QSplitter>
#include <QTableWidget>
#include <QTabWidget>
#include <QThread>
#include <QTimer>
#include <QVBoxLayout>

#include <atomic>

namespace ui {

/// A merge running on its own connection in a worker thread.
struct ExchangePage::MergeJob
{
    QStringList files;
    std::atomic<int> file{0};
    std::atomic<int> done{0};
    std::atomic<int> total{0};
    std::atomic<bool> cancel{false};
    QStringList log; ///< written by the worker, read when it finished
    int failed = 0;
};

namespace {

QTableWidget *makeTable(const QString &name, const QStringList &headers)
{
    auto *t = new QTableWidget(0, int(headers.size()));
    t->setObjectName(name);
    t->setHorizontalHeaderLabels(headers);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->setTabKeyNavigation(false);
    t->verticalHeader()->hide();
    t->horizontalHeader()->setStretchLastSection(true);
    return t;
}

void setRow(QTableWidget *t, int row, const QStringList &cells, const QVariant &key = {})
{
    for (int c = 0; c < cells.size(); ++c) {
        auto *item = new QTableWidgetItem(cells[c]);
        if (c == 0)
            item->setData(Qt::UserRole, key);
        t->setItem(row, c, item);
    }
}

QString localTime(const QDateTime &t)
{
    return labels::dateTime(t);
}

} // namespace

ExchangePage::ExchangePage(core::Repository &repo, QWidget *parent) : AreaPage(parent), m_repo(&repo)
{
    setObjectName(QStringLiteral("exchangePage"));
    m_tabs = new QTabWidget;
    m_tabs->setObjectName(QStringLiteral("exchangeTabs"));
    m_tabs->setAccessibleName(tr("Export to the bureau and merging"));
    m_tabs->addTab(createExportTab(), tr("Send to the bureau"));
    m_tabs->addTab(createMergeTab(), tr("Import centre"));
    m_tabs->addTab(createConflictsTab(), tr("Conflicts"));
    m_tabs->addTab(createKeysTab(), tr("Keys"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);
    m_poll = new QTimer(this);
    m_poll->setInterval(100);
    connect(m_poll, &QTimer::timeout, this, &ExchangePage::pollMerge);
    refresh();
}

ExchangePage::~ExchangePage()
{
    if (m_thread) {
        m_job->cancel = true;
        m_thread->wait();
        delete m_thread;
    }
}

core::Status ExchangePage::setRepository(core::Repository &repo)
{
    m_repo = &repo;
    refresh();
    return {};
}

void ExchangePage::activated()
{
    refresh();
}

QWidget *ExchangePage::createExportTab()
{
    auto *w = new QWidget;
    m_dueLabel = new QLabel;
    m_dueLabel->setObjectName(QStringLiteral("exportDueLabel"));
    m_dueLabel->setWordWrap(true);
    auto *exportButton = new QPushButton(tr("&Export now…"));
    exportButton->setObjectName(QStringLiteral("exportButton"));
    exportButton->setToolTip(tr("Write a signed package of the work the bureau does not hold yet"));
    connect(exportButton, &QPushButton::clicked, this, &ExchangePage::chooseExport);
    m_fullCheck = new QCheckBox(tr("&Everything (full export)"));
    m_fullCheck->setObjectName(QStringLiteral("fullExportCheck"));
    auto *receiptButton = new QPushButton(tr("Take in a &receipt…"));
    receiptButton->setObjectName(QStringLiteral("importReceiptButton"));
    connect(receiptButton, &QPushButton::clicked, this, &ExchangePage::importReceipt);
    auto *row = new QHBoxLayout;
    row->addWidget(exportButton);
    row->addWidget(m_fullCheck);
    row->addStretch(1);
    row->addWidget(receiptButton);
    m_exportsTable =
        makeTable(QStringLiteral("exportsTable"), {tr("No."), tr("Written"), tr("Kind"), tr("Records"),
                                                   tr("Files"), tr("Encrypted to"), tr("File")});
    m_exportsTable->setAccessibleName(tr("Packages sent so far"));
    auto *layout = new QVBoxLayout(w);
    layout->addWidget(m_dueLabel);
    layout->addLayout(row);
    layout->addWidget(new QLabel(tr("Packages sent so far:")));
    layout->addWidget(m_exportsTable, 1);
    return w;
}

QWidget *ExchangePage::createMergeTab()
{
    auto *w = new QWidget;
    m_mergeButton = new QPushButton(tr("&Merge packages…"));
    m_mergeButton->setObjectName(QStringLiteral("mergeButton"));
    m_mergeButton->setToolTip(
        tr("Check and merge packages from the laptops; each writes a receipt beside it"));
    connect(m_mergeButton, &QPushButton::clicked, this, &ExchangePage::chooseMerge);
    m_mergeProgress = new QProgressBar;
    m_mergeProgress->setObjectName(QStringLiteral("mergeProgress"));
    m_mergeProgress->setValue(0);
    m_cancelMerge = new QPushButton(tr("Cancel"));
    m_cancelMerge->setObjectName(QStringLiteral("cancelMergeButton"));
    m_cancelMerge->setEnabled(false);
    connect(m_cancelMerge, &QPushButton::clicked, this, [this] {
        if (m_job)
            m_job->cancel = true;
    });
    auto *row = new QHBoxLayout;
    row->addWidget(m_mergeButton);
    row->addWidget(m_mergeProgress, 1);
    row->addWidget(m_cancelMerge);
    m_mergeLog = new QPlainTextEdit;
    m_mergeLog->setObjectName(QStringLiteral("mergeLog"));
    m_mergeLog->setAccessibleName(tr("Merge log"));
    m_mergeLog->setReadOnly(true);
    m_mergeLog->setMaximumBlockCount(2000);
    m_mergedTable =
        makeTable(QStringLiteral("mergedTable"), {tr("From"), tr("No."), tr("Merged"), tr("Records taken"),
                                                  tr("Already held"), tr("Conflicts"), tr("Fingerprint")});
    m_mergedTable->setAccessibleName(tr("Merged packages"));
    auto *split = new QSplitter(Qt::Vertical);
    split->addWidget(m_mergeLog);
    split->addWidget(m_mergedTable);
    auto *layout = new QVBoxLayout(w);
    layout->addLayout(row);
    layout->addWidget(split, 1);
    return w;
}

QWidget *ExchangePage::createConflictsTab()
{
    auto *w = new QWidget;
    m_conflictsTable =
        makeTable(QStringLiteral("conflictsTable"),
                  {tr("Kind"), tr("Record"), tr("Revision here"), tr("Laptop's revision"), tr("From")});
    m_conflictDetail = new QPlainTextEdit;
    m_conflictDetail->setObjectName(QStringLiteral("conflictDetail"));
    m_conflictDetail->setAccessibleName(tr("The laptop's version of the conflicting record"));
    m_conflictsTable->setAccessibleName(tr("Conflicts"));
    m_conflictDetail->setReadOnly(true);
    connect(m_conflictsTable, &QTableWidget::itemSelectionChanged, this, [this] {
        const auto rows = m_conflictsTable->selectionModel()->selectedRows();
        if (rows.isEmpty()) {
            m_conflictDetail->clear();
            return;
        }
        m_conflictDetail->setPlainText(
            m_conflictsTable->item(rows.first().row(), 1)->data(Qt::UserRole + 1).toString());
    });
    auto *keep = new QPushButton(tr("&Keep this workspace's version"));
    keep->setObjectName(QStringLiteral("keepLocalButton"));
    connect(keep, &QPushButton::clicked, this, [this] { resolveSelected(false); });
    auto *take = new QPushButton(tr("&Take the laptop's version"));
    take->setObjectName(QStringLiteral("takeIncomingButton"));
    connect(take, &QPushButton::clicked, this, [this] { resolveSelected(true); });
    auto *row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(keep);
    row->addWidget(take);
    auto *layout = new QVBoxLayout(w);
    layout->addWidget(
        new QLabel(tr("Records changed both here and on a laptop since the laptop last heard from "
                      "this workspace. Both versions are kept until you decide.")));
    layout->addWidget(m_conflictsTable, 2);
    layout->addWidget(new QLabel(tr("The laptop's version:")));
    layout->addWidget(m_conflictDetail, 1);
    layout->addLayout(row);
    return w;
}

QWidget *ExchangePage::createKeysTab()
{
    auto *w = new QWidget;
    m_keyLabel = new QLabel;
    m_keyLabel->setObjectName(QStringLiteral("keyLabel"));
    m_keyLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_keyLabel->setWordWrap(true);
    auto *exportKeys = new QPushButton(tr("&Save this workspace's public keys…"));
    exportKeys->setObjectName(QStringLiteral("exportKeysButton"));
    connect(exportKeys, &QPushButton::clicked, this, &ExchangePage::exportKeys);
    auto *trust = new QPushButton(tr("&Trust a key file…"));
    trust->setObjectName(QStringLiteral("trustKeysButton"));
    trust->setToolTip(tr("At the bureau: a laptop's key file. On a laptop: the bureau's key file"));
    connect(trust, &QPushButton::clicked, this, &ExchangePage::trustKeys);
    auto *row = new QHBoxLayout;
    row->addWidget(exportKeys);
    row->addWidget(trust);
    row->addStretch(1);
    m_trustedTable =
        makeTable(QStringLiteral("trustedKeysTable"),
                  {tr("Name"), tr("Fingerprint"), tr("Workspace"), tr("Packages encrypted to it")});
    m_trustedTable->setAccessibleName(tr("Trusted keys"));
    auto *layout = new QVBoxLayout(w);
    layout->addWidget(m_keyLabel);
    layout->addLayout(row);
    layout->addWidget(new QLabel(tr("Trusted keys:")));
    layout->addWidget(m_trustedTable, 1);
    return w;
}

void ExchangePage::refresh()
{
    core::ExchangeStore &x = m_repo->exchange();
    auto exports = x.exports();
    auto schedule = x.exportSchedule();
    if (exports && schedule) {
        const core::ExportDue due = core::ExportSchedules::due(*schedule, *exports, m_repo->clock().today());
        m_dueLabel->setText(!due.due      ? tr("No export to the bureau is due.")
                            : due.overdue ? tr("<b>Overdue:</b> %1.").arg(due.reason.toHtmlEscaped())
                                          : tr("<b>Due:</b> %1.").arg(due.reason.toHtmlEscaped()));
        m_exportsTable->setRowCount(int(exports->size()));
        int r = 0;
        for (auto it = exports->crbegin(); it != exports->crend(); ++it, ++r)
            setRow(m_exportsTable, r,
                   {QString::number(it->sequence), localTime(it->periodTo),
                    it->kind == u"full" ? tr("full") : tr("incremental"), QString::number(it->records),
                    QString::number(it->files),
                    it->encryptedTo.isEmpty() ? tr("not encrypted") : it->encryptedTo, it->file});
    }
    if (auto merged = x.mergedPackages()) {
        m_mergedTable->setRowCount(int(merged->size()));
        int r = 0;
        for (auto it = merged->crbegin(); it != merged->crend(); ++it, ++r)
            setRow(m_mergedTable, r,
                   {it->originName.isEmpty() ? it->originWorkspace : it->originName,
                    QString::number(it->sequence), localTime(it->meta.created), QString::number(it->accepted),
                    QString::number(it->unchanged), QString::number(it->conflicts),
                    it->fingerprint.left(16)});
    }
    if (auto conflicts = x.conflicts()) {
        m_conflictsTable->setRowCount(int(conflicts->size()));
        for (int r = 0; r < conflicts->size(); ++r) {
            const core::MergeConflict &c = conflicts->at(r);
            setRow(m_conflictsTable, r,
                   {c.entity, c.record.toString(QUuid::WithoutBraces), QString::number(c.localRevision),
                    QString::number(c.incomingRevision), c.originWorkspace},
                   c.meta.uuid);
            m_conflictsTable->item(r, 1)->setData(
                Qt::UserRole + 1,
                QString::fromUtf8(
                    QJsonDocument::fromJson(c.incoming.toUtf8()).toJson(QJsonDocument::Indented)));
        }
        m_tabs->setTabText(ConflictsTab, conflicts->isEmpty() ? tr("Conflicts")
                                                              : tr("Conflicts (%1)").arg(conflicts->size()));
    }
    if (auto keys = core::WorkspaceKeys::load(m_repo->workspaceId()))
        m_keyLabel->setText(
            tr("This workspace signs its packages and receipts with the key <b>%1</b>. Give its "
               "public key file to the other side, and trust theirs.")
                .arg(keys->fingerprint()));
    if (auto trusted = x.trustedKeys()) {
        m_trustedTable->setRowCount(int(trusted->size()));
        for (int r = 0; r < trusted->size(); ++r) {
            const core::TrustedKey &k = trusted->at(r);
            setRow(m_trustedTable, r,
                   {k.name, k.fingerprint, k.workspaceId, k.recipient ? tr("yes") : QString()});
        }
    }
}

bool ExchangePage::exportTo(const QString &file, bool full)
{
    core::ExportOptions o;
    o.out = file;
    o.full = full;
    auto s = core::Exporter::run(*m_repo, o, core::systemActor());
    if (!s) {
        DialogService::instance().warning(this, tr("Export failed"), s.error().text());
        return false;
    }
    refresh();
    DialogService::instance().information(
        this, tr("Exported"),
        tr("%1 records, %2 removals and %3 files were written to %4.%5")
            .arg(s->records)
            .arg(s->deleted)
            .arg(s->files)
            .arg(s->file, s->encryptedTo.isEmpty()
                              ? tr("\nThe package is not encrypted: keep it safe.")
                              : tr("\nIt is encrypted to the bureau's key %1.").arg(s->encryptedTo)));
    return true;
}

void ExchangePage::chooseExport()
{
    auto schedule = m_repo->exchange().exportSchedule();
    const QString folder =
        schedule && !schedule->folder.isEmpty() ? schedule->folder : core::ExportSchedules::defaultFolder();
    QDir().mkpath(folder);
    const QString suggested = folder + u'/' + m_repo->clock().today().toString(QStringLiteral("yyyy-MM-dd")) +
                              QStringLiteral(".mipkg");
    const QString file = DialogService::instance().saveFileName(this, tr("Export for the bureau"), suggested,
                                                                tr("MetInspect packages (*.mipkg)"));
    if (!file.isEmpty())
        exportTo(file, m_fullCheck->isChecked());
}

void ExchangePage::chooseMerge()
{
    const QStringList files = DialogService::instance().openFileNames(
        this, tr("Merge packages"), QDir::homePath(), tr("MetInspect packages (*.mipkg);;All files (*)"));
    if (!files.isEmpty())
        mergePackages(files);
}

void ExchangePage::mergePackages(const QStringList &files)
{
    if (m_thread)
        return;
    m_job = std::make_shared<MergeJob>();
    m_job->files = files;
    auto job = m_job;
    const QString location = m_repo->location();
    const core::Clock *clock = &m_repo->clock();
    m_mergeLog->appendPlainText(tr("Merging %n package(s)…", nullptr, int(files.size())));
    // SQL connections belong to one thread: the worker opens its own.
    m_thread = QThread::create([job, location, clock] {
        auto repo = core::openWorkspace(location, clock);
        if (!repo) {
            job->log << repo.error().text();
            job->failed = int(job->files.size());
            return;
        }
        int index = 0;
        const auto each = [&](const QString &file, const core::Result<core::MergeReport> &r) {
            job->file = ++index;
            if (!r) {
                ++job->failed;
                job->log << tr("%1: refused — %2. Nothing of it was changed.")
                                .arg(QFileInfo(file).fileName(), r.error().message);
                return !job->cancel.load();
            }
            QSaveFile receipt(file + QStringLiteral(".receipt.json"));
            const bool wrote = receipt.open(QIODevice::WriteOnly) &&
                               receipt.write(r->receipt) == r->receipt.size() && receipt.commit();
            job->log << (r->alreadyMerged
                             ? tr("%1: merged before; nothing changed.").arg(QFileInfo(file).fileName())
                             : tr("%1: %2 records taken, %3 already held, %4 conflicts, %5 files.")
                                   .arg(QFileInfo(file).fileName())
                                   .arg(r->accepted)
                                   .arg(r->unchanged + r->stale)
                                   .arg(r->conflicts)
                                   .arg(r->files));
            job->log << (wrote ? tr("    Receipt for the laptop: %1").arg(receipt.fileName())
                               : tr("    The receipt could not be written beside the package."));
            return !job->cancel.load();
        };
        core::Merger::mergeAll(**repo, job->files, core::systemActor(), each, [job](int done, int total) {
            job->done = done;
            job->total = total;
            return !job->cancel.load();
        });
    });
    connect(m_thread, &QThread::finished, this, &ExchangePage::mergeDone);
    m_mergeButton->setEnabled(false);
    m_cancelMerge->setEnabled(true);
    m_mergeProgress->setRange(0, 0);
    m_poll->start();
    m_thread->start();
}

void ExchangePage::pollMerge()
{
    if (!m_job || m_job->total <= 0)
        return;
    m_mergeProgress->setRange(0, m_job->total);
    m_mergeProgress->setValue(m_job->done);
    m_mergeProgress->setFormat(
        tr("Package %1 of %2: %v of %m records").arg(m_job->file + 1).arg(m_job->files.size()));
}

void ExchangePage::mergeDone()
{
    m_poll->stop();
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    const auto job = std::exchange(m_job, nullptr);
    for (const QString &line : std::as_const(job->log))
        m_mergeLog->appendPlainText(line);
    if (job->cancel)
        m_mergeLog->appendPlainText(tr("Cancelled; the package being merged was not changed."));
    m_mergeProgress->setRange(0, 1);
    m_mergeProgress->setValue(1);
    m_mergeProgress->setFormat(job->failed ? tr("%n package(s) refused", nullptr, job->failed) : tr("Done"));
    m_mergeButton->setEnabled(true);
    m_cancelMerge->setEnabled(false);
    refresh();
    Q_EMIT mergeFinished();
}

void ExchangePage::importReceipt()
{
    const QString file =
        DialogService::instance().openFileName(this, tr("Take in a receipt"), QDir::homePath(),
                                               tr("Receipts (*.receipt.json *.json);;All files (*)"));
    if (file.isEmpty())
        return;
    auto s = core::Receipts::import(*m_repo, file);
    if (!s) {
        DialogService::instance().warning(this, tr("Receipt refused"), s.error().text());
        return;
    }
    refresh();
    DialogService::instance().information(
        this, tr("Receipt taken in"),
        tr("%1 holds %2 records of this workstation; %3 conflicts wait there.")
            .arg(s->bureau)
            .arg(s->held)
            .arg(s->conflicts));
}

void ExchangePage::resolveSelected(bool takeIncoming)
{
    const auto rows = m_conflictsTable->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    const QUuid id = m_conflictsTable->item(rows.first().row(), 0)->data(Qt::UserRole).toUuid();
    if (core::Status st = core::MergeConflicts::resolve(*m_repo, id, takeIncoming, core::systemActor()); !st)
        DialogService::instance().warning(this, tr("Cannot decide the conflict"), st.error().text());
    refresh();
}

void ExchangePage::exportKeys()
{
    auto keys = core::WorkspaceKeys::load(m_repo->workspaceId());
    if (!keys) {
        DialogService::instance().warning(this, tr("Keys"), keys.error().text());
        return;
    }
    const QString file = DialogService::instance().saveFileName(
        this, tr("Save the public keys"), QDir::homePath() + QStringLiteral("/metinspect-public-keys.txt"),
        tr("Key files (*.txt *.pub);;All files (*)"));
    if (file.isEmpty())
        return;
    QSaveFile out(file);
    const QByteArray text = keys->publicFile({}).toText();
    if (!out.open(QIODevice::WriteOnly) || out.write(text) != text.size() || !out.commit())
        DialogService::instance().warning(this, tr("Keys"), tr("Cannot write %1").arg(file));
}

void ExchangePage::trustKeys()
{
    const QString path = DialogService::instance().openFileName(
        this, tr("Trust a key file"), QDir::homePath(), tr("Key files (*.txt *.pub);;All files (*)"));
    if (path.isEmpty())
        return;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        DialogService::instance().warning(this, tr("Keys"), tr("Cannot read %1").arg(path));
        return;
    }
    auto file = core::PublicKeyFile::parse(f.readAll(), path);
    if (!file) {
        DialogService::instance().warning(this, tr("Keys"), file.error().text());
        return;
    }
    const bool recipient =
        !file->encryptionKey.isEmpty() &&
        DialogService::instance().question(
            this, tr("Trust a key file"),
            tr("Is %1 (fingerprint %2) the bureau this workstation reports to?\n\nYes: "
               "its receipts are accepted and packages sent from here are encrypted to it. "
               "No: it is trusted as a laptop whose packages are merged here.")
                .arg(file->name, core::keyFingerprint(file->signingKey)));
    if (auto t = m_repo->exchange().trust(*file, recipient, core::systemActor()); !t)
        DialogService::instance().warning(this, tr("Keys"), t.error().text());
    refresh();
}

} // namespace ui

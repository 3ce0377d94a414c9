#include "importdialog.h"

#include "dialogservice.h"
#include "storage/repository.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QThread>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ui {

ImportDialog::ImportDialog(core::Repository &repo, QWidget *parent) : QDialog(parent), m_repo(repo)
{
    setObjectName(QStringLiteral("importDialog"));
    setWindowTitle(tr("Import CSV"));

    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("importKindCombo"));
    m_kind->addItem(tr("Standard holders (units)"), static_cast<int>(core::ImportKind::Units));
    m_kind->addItem(tr("Measurement standards"), static_cast<int>(core::ImportKind::Standards));
    m_kind->addItem(tr("Standard instruments and supporting equipment"),
                    static_cast<int>(core::ImportKind::Equipment));
    m_kind->addItem(tr("Personnel"), static_cast<int>(core::ImportKind::Personnel));

    m_file = new QLineEdit(this);
    m_file->setObjectName(QStringLiteral("importFileEdit"));
    m_file->setPlaceholderText(tr("A .csv file saved from Excel or WPS (UTF-8 or GB18030)"));
    m_browse = new QPushButton(tr("&Browse…"), this);
    m_browse->setObjectName(QStringLiteral("browseButton"));
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(m_browse);

    auto *form = new QFormLayout;
    form->addRow(tr("&Contents:"), m_kind);
    auto *fileLabel = new QLabel(tr("&File:"), this);
    fileLabel->setBuddy(m_file);
    form->addRow(fileLabel, fileRow);

    m_encoding = new QLabel(this);
    m_encoding->setObjectName(QStringLiteral("importEncodingLabel"));
    m_encoding->setWordWrap(true);
    m_preview = new QTableWidget(this);
    m_preview->setObjectName(QStringLiteral("importPreviewTable"));
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->setWordWrap(false);
    m_preview->verticalHeader()->setDefaultSectionSize(m_preview->fontMetrics().height() + 6);
    m_headerIssues = new QListWidget(this);
    m_headerIssues->setObjectName(QStringLiteral("importHeaderIssueList"));
    m_headerIssues->setMaximumHeight(m_headerIssues->fontMetrics().height() * 4 + 8);
    m_headerIssues->hide();

    auto *previewBox = new QGroupBox(tr("Preview"), this);
    auto *previewLayout = new QVBoxLayout(previewBox);
    previewLayout->addWidget(m_encoding);
    previewLayout->addWidget(m_preview, 1);
    previewLayout->addWidget(m_headerIssues);

    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("importProgressBar"));
    m_progress->setRange(0, 100);
    m_progress->setValue(0);
    m_progress->setFormat(tr("%v of %m rows"));
    m_cancel = new QPushButton(tr("Cancel import"), this);
    m_cancel->setObjectName(QStringLiteral("cancelImportButton"));
    m_cancel->setEnabled(false);
    auto *progressRow = new QHBoxLayout;
    progressRow->addWidget(m_progress, 1);
    progressRow->addWidget(m_cancel);

    m_result = new QLabel(this);
    m_result->setObjectName(QStringLiteral("importResultLabel"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_errors = new QListWidget(this);
    m_errors->setObjectName(QStringLiteral("importErrorList"));
    m_errors->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_errors->hide();
    m_copy = new QPushButton(tr("&Copy problems"), this);
    m_copy->setObjectName(QStringLiteral("copyErrorsButton"));
    m_copy->hide();

    m_import = new QPushButton(tr("&Import"), this);
    m_import->setObjectName(QStringLiteral("importButton"));
    m_import->setDefault(true);
    m_close = new QPushButton(tr("Close"), this);
    m_close->setObjectName(QStringLiteral("closeButton"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_copy);
    buttons->addStretch();
    buttons->addWidget(m_import);
    buttons->addWidget(m_close);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(previewBox, 3);
    layout->addLayout(progressRow);
    layout->addWidget(m_result);
    layout->addWidget(m_errors, 2);
    layout->addLayout(buttons);

    m_poll = new QTimer(this);
    m_poll->setInterval(100);
    connect(m_poll, &QTimer::timeout, this, &ImportDialog::pollProgress);
    connect(m_browse, &QPushButton::clicked, this, &ImportDialog::browse);
    connect(m_file, &QLineEdit::editingFinished, this, &ImportDialog::updatePreview);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &ImportDialog::updatePreview);
    connect(m_import, &QPushButton::clicked, this, &ImportDialog::startImport);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (m_job)
            m_job->cancel = true;
        m_cancel->setEnabled(false);
        m_result->setText(tr("Cancelling…"));
    });
    connect(m_close, &QPushButton::clicked, this, &ImportDialog::reject);
    connect(m_copy, &QPushButton::clicked, this, [this] {
        QStringList lines;
        for (int i = 0; i < m_errors->count(); ++i)
            lines << m_errors->item(i)->text();
        QApplication::clipboard()->setText(lines.join(u'\n') + u'\n');
    });

    resize(900, 640);
    updatePreview();
}

ImportDialog::~ImportDialog()
{
    if (m_thread) {
        m_job->cancel = true;
        m_thread->wait();
        delete m_thread;
    }
}

void ImportDialog::setKind(core::ImportKind kind)
{
    m_kind->setCurrentIndex(m_kind->findData(static_cast<int>(kind)));
}

core::ImportKind ImportDialog::kind() const
{
    return static_cast<core::ImportKind>(m_kind->currentData().toInt());
}

void ImportDialog::setFile(const QString &path)
{
    m_file->setText(QDir::toNativeSeparators(path));
    updatePreview();
}

bool ImportDialog::isRunning() const
{
    return m_thread != nullptr;
}

void ImportDialog::browse()
{
    const QString start =
        m_file->text().isEmpty() ? QDir::homePath() : QFileInfo(m_file->text()).absolutePath();
    const QString path = DialogService::instance().openFileName(this, tr("Choose a CSV file"), start,
                                                                tr("CSV files (*.csv);;All files (*)"));
    if (!path.isEmpty())
        setFile(path);
}

void ImportDialog::updatePreview()
{
    m_previewOk = false;
    m_preview->clear();
    m_preview->setRowCount(0);
    m_preview->setColumnCount(0);
    m_headerIssues->clear();
    m_headerIssues->hide();
    const QString path = m_file->text().trimmed();
    if (path.isEmpty()) {
        m_encoding->setText(tr("Choose what the file contains and the file."));
        m_import->setEnabled(false);
        return;
    }
    core::CsvImporter importer(m_repo, core::systemActor());
    auto preview = importer.preview(kind(), path, 20);
    if (!preview) {
        m_encoding->setText(preview.error().text());
        m_import->setEnabled(false);
        return;
    }
    m_encoding->setText(tr("Encoding: %1 · %2 data rows · %3 columns")
                            .arg(preview->encoding)
                            .arg(preview->totalRows)
                            .arg(preview->headers.size()));
    m_preview->setColumnCount(static_cast<int>(preview->headers.size()));
    QStringList labels;
    for (int c = 0; c < preview->headers.size(); ++c) {
        const QString field = c < preview->mappedFields.size() ? preview->mappedFields[c] : QString();
        labels << preview->headers[c] + u'\n' + (field.isEmpty() ? tr("(ignored)") : u"→ "_s + field);
    }
    m_preview->setHorizontalHeaderLabels(labels);
    m_preview->setRowCount(static_cast<int>(preview->rows.size()));
    for (int r = 0; r < preview->rows.size(); ++r)
        for (int c = 0; c < preview->rows[r].size() && c < preview->headers.size(); ++c)
            m_preview->setItem(r, c, new QTableWidgetItem(preview->rows[r][c]));
    m_preview->resizeColumnsToContents();
    for (int c = 0; c < m_preview->columnCount(); ++c)
        m_preview->setColumnWidth(c, std::min(m_preview->columnWidth(c), 260));
    for (const core::ImportIssue &issue : preview->issues)
        m_headerIssues->addItem(issue.text());
    m_headerIssues->setVisible(!preview->issues.isEmpty());
    m_previewOk = true;
    m_import->setEnabled(!isRunning());
}

void ImportDialog::startImport()
{
    if (isRunning() || m_file->text().trimmed().isEmpty())
        return;
    m_summary.reset();
    m_errors->clear();
    m_errors->hide();
    m_copy->hide();
    m_result->setText(tr("Importing…"));
    m_progress->setRange(0, 0);
    m_progress->setTextVisible(true);

    m_job = std::make_shared<Job>();
    auto job = m_job;
    const QString location = m_repo.location();
    const core::Clock *clock = &m_repo.clock();
    const core::ImportKind importKind = kind();
    const QString path = m_file->text().trimmed();
    // SQL connections belong to one thread: the worker opens its own (SQLite WAL lets it write while the
    // GUI's connection keeps reading).
    m_thread = QThread::create([job, location, clock, importKind, path] {
        auto repo = core::openWorkspace(location, clock);
        if (!repo) {
            job->result = repo.error();
            return;
        }
        core::CsvImporter importer(**repo, core::systemActor());
        job->result = importer.run(importKind, path, [job](int done, int total) {
            job->done = done;
            job->total = total;
            return !job->cancel.load();
        });
    });
    connect(m_thread, &QThread::finished, this, &ImportDialog::importFinished);
    setRunning(true);
    m_thread->start();
}

void ImportDialog::setRunning(bool running)
{
    m_import->setEnabled(!running && m_previewOk);
    m_cancel->setEnabled(running);
    m_kind->setEnabled(!running);
    m_file->setEnabled(!running);
    m_browse->setEnabled(!running);
    m_close->setEnabled(!running);
    if (running)
        m_poll->start();
    else
        m_poll->stop();
}

void ImportDialog::pollProgress()
{
    if (!m_job || m_job->total <= 0)
        return;
    m_progress->setRange(0, m_job->total);
    m_progress->setValue(m_job->done);
}

void ImportDialog::importFinished()
{
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    const std::shared_ptr<Job> job = std::exchange(m_job, nullptr);
    setRunning(false);
    m_progress->setRange(0, std::max(1, job->total.load()));
    m_progress->setValue(job->done);
    // Rows are only counted once the whole file was checked; a file that failed the check shows no count.
    m_progress->setTextVisible(job->total > 0);

    if (!job->result || !*job->result) {
        const core::Error error =
            job->result ? job->result->error()
                        : core::makeError(core::ErrorCode::Storage, tr("the import did not run"));
        if (error.code == core::ErrorCode::Cancelled) {
            m_result->setText(tr("Import cancelled; nothing was stored."));
        } else {
            m_result->setText(tr("The import failed; nothing was stored."));
            m_errors->addItem(error.text());
            m_errors->show();
            m_copy->show();
        }
        Q_EMIT importEnded();
        return;
    }
    const core::ImportSummary &summary = job->result->value();
    m_summary = summary;
    if (!summary.imported()) {
        m_result->setText(
            tr("Nothing was imported: the file has %n problem(s). Correct them and import again.", nullptr,
               static_cast<int>(summary.issues.size())));
        showIssues(summary.issues);
        Q_EMIT importEnded();
        return;
    }
    m_result->setText(tr("Imported %1 rows: created %2, updated %3, unchanged %4.")
                          .arg(summary.rows)
                          .arg(summary.created)
                          .arg(summary.updated)
                          .arg(summary.unchanged));
    Q_EMIT imported(summary);
    Q_EMIT importEnded();
}

void ImportDialog::showIssues(const QList<core::ImportIssue> &issues)
{
    m_errors->clear();
    for (const core::ImportIssue &issue : issues)
        m_errors->addItem(issue.text());
    m_errors->setVisible(!issues.isEmpty());
    m_copy->setVisible(!issues.isEmpty());
}

void ImportDialog::reject()
{
    if (isRunning()) {
        m_job->cancel = true;
        return;
    }
    QDialog::reject();
}

} // namespace ui

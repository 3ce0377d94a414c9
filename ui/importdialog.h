#pragma once

#include "exchange/csvimporter.h"

#include <QDialog>

#include <atomic>
#include <memory>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;
class QTableWidget;
class QThread;
class QTimer;

namespace core {
class Repository;
}

namespace ui {

/// Imports a CSV list (units, standards, equipment or personnel): shows the detected encoding, how each
/// header maps to a field and the first rows, then runs the import off the GUI thread on its own
/// workspace connection with progress and cancel. A failed import lists every problem as
/// `FILE:LINE: column: message` (copyable); a successful one reports what was created and updated.
class ImportDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportDialog)
public:
    explicit ImportDialog(core::Repository &repo, QWidget *parent = nullptr);
    ~ImportDialog() override;

    void setKind(core::ImportKind kind);
    core::ImportKind kind() const;
    /// Chooses the file and shows its preview.
    void setFile(const QString &path);
    /// Starts the import (what the Import button does).
    void startImport();
    bool isRunning() const;
    /// The outcome of the last import that ran to the end.
    const std::optional<core::ImportSummary> &summary() const { return m_summary; }

    void reject() override;

Q_SIGNALS:
    /// The import stored its records; the registry should reload (the worker's connection does not notify
    /// the GUI's repository).
    void imported(const core::ImportSummary &summary);
    /// The import ended (success, failure or cancel).
    void importEnded();

private:
    struct Job
    {
        std::atomic<bool> cancel{false};
        std::atomic<int> done{0};
        std::atomic<int> total{0};
        std::optional<core::Result<core::ImportSummary>> result;
    };

    void browse();
    void updatePreview();
    void importFinished();
    void pollProgress();
    void showIssues(const QList<core::ImportIssue> &issues);
    void setRunning(bool running);

    core::Repository &m_repo;
    QComboBox *m_kind;
    QLineEdit *m_file;
    QPushButton *m_browse;
    QLabel *m_encoding;
    QTableWidget *m_preview;
    QListWidget *m_headerIssues;
    QProgressBar *m_progress;
    QPushButton *m_import;
    QPushButton *m_cancel;
    QPushButton *m_close;
    QLabel *m_result;
    QListWidget *m_errors;
    QPushButton *m_copy;
    QTimer *m_poll;
    QThread *m_thread = nullptr;
    std::shared_ptr<Job> m_job;
    std::optional<core::ImportSummary> m_summary;
    bool m_previewOk = false;
};

} // namespace ui

#pragma once

#include "areapage.h"

#include <memory>

class QCheckBox;
class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTabWidget;
class QTableWidget;
class QThread;
class QTimer;

namespace ui {

/// The "Statistics & export" area: sending this workstation's work to the bureau (when the schedule says
/// it is due, with the packages sent so far), the bureau's import centre (merging laptops' packages with
/// progress, the receipts, the packages merged), the conflicts waiting for a decision, and the keys.
class ExchangePage final : public AreaPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExchangePage)
public:
    enum Tab { ExportTab, MergeTab, ConflictsTab, KeysTab };

    explicit ExchangePage(core::Repository &repo, QWidget *parent = nullptr);
    ~ExchangePage() override;

    core::Status setRepository(core::Repository &repo) override;
    void activated() override;

    QTabWidget *tabs() const { return m_tabs; }
    /// Merges the packages in the background; `finished` is emitted when done.
    void mergePackages(const QStringList &files);
    bool isMerging() const { return m_thread != nullptr; }
    /// Exports to `file` now (in the GUI thread: a month's work takes seconds).
    bool exportTo(const QString &file, bool full);

Q_SIGNALS:
    void mergeFinished();

private:
    struct MergeJob;

    QWidget *createExportTab();
    QWidget *createMergeTab();
    QWidget *createConflictsTab();
    QWidget *createKeysTab();
    void refresh();
    void chooseExport();
    void chooseMerge();
    void importReceipt();
    void pollMerge();
    void mergeDone();
    void resolveSelected(bool takeIncoming);
    void exportKeys();
    void trustKeys();

    core::Repository *m_repo;
    QTabWidget *m_tabs = nullptr;
    QLabel *m_dueLabel = nullptr;
    QCheckBox *m_fullCheck = nullptr;
    QTableWidget *m_exportsTable = nullptr;
    QPushButton *m_mergeButton = nullptr;
    QProgressBar *m_mergeProgress = nullptr;
    QPushButton *m_cancelMerge = nullptr;
    QPlainTextEdit *m_mergeLog = nullptr;
    QTableWidget *m_mergedTable = nullptr;
    QTableWidget *m_conflictsTable = nullptr;
    QPlainTextEdit *m_conflictDetail = nullptr;
    QLabel *m_keyLabel = nullptr;
    QTableWidget *m_trustedTable = nullptr;
    QThread *m_thread = nullptr;
    QTimer *m_poll = nullptr;
    std::shared_ptr<MergeJob> m_job;
};

} // namespace ui

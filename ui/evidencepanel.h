#pragma once

#include "inspection/inspection.h"

#include <QDialog>
#include <QFileSystemWatcher>
#include <QHash>
#include <QSet>
#include <QTimer>
#include <QUuid>
#include <QWidget>

class QLabel;
class QListWidget;
class QListWidgetItem;
class QPushButton;
class QScrollArea;

namespace core {
class Repository;
}

namespace ui {

class ThumbnailCache;

/// The evidence of the current item: thumbnails of its photos and files, adding a file, watching a folder
/// for new photos (a camera or phone syncing into it) and opening a photo full size. Every file is copied
/// into the workspace's file store as it is, the moment it is added.
class EvidencePanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EvidencePanel)
public:
    explicit EvidencePanel(QWidget *parent = nullptr);
    ~EvidencePanel() override;

    void setRepository(core::Repository &repo);
    /// Shows the evidence of `itemId` of `inspection`; adding is possible when `editable`.
    void showItem(const QUuid &inspection, const QString &itemId, bool editable);
    void refresh();
    /// Adds a file to the current item; false (after telling the user) when it cannot be added.
    bool addFile(const QString &path);
    void chooseFile();

    /// Watches `folder` for new photos and adds each to the item current when it arrives.
    bool startWatching(const QString &folder);
    void stopWatching();
    QString watchedFolder() const { return m_folder; }
    QListWidget *list() const { return m_list; }
    /// Settles files that arrived in the watched folder now instead of after the quiet period (tests).
    void settleNow();
    void open(QListWidgetItem *item);

Q_SIGNALS:
    void evidenceChanged();

private:
    void folderChanged();
    void settle();
    void updateButtons();
    void removeCurrent();

    core::Repository *m_repo = nullptr;
    std::unique_ptr<ThumbnailCache> m_thumbnails;
    QUuid m_inspection;
    QString m_itemId;
    bool m_editable = false;
    QList<core::InspectionEvidence> m_shown;
    QListWidget *m_list;
    QLabel *m_status;
    QPushButton *m_add;
    QPushButton *m_watch;
    QPushButton *m_remove;
    QFileSystemWatcher m_watcher;
    QString m_folder;
    QSet<QString> m_known;             ///< files of the watched folder already seen
    QHash<QString, qint64> m_arriving; ///< new files and their size at the last look
    QTimer m_settleTimer;
};

/// A photo at full size (fit to the window, or actual pixels), with its file name and SHA-256.
class EvidenceViewer final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EvidenceViewer)
public:
    EvidenceViewer(const QImage &image, const core::Attachment &a, QWidget *parent = nullptr);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void updateImage();

    QImage m_image;
    QScrollArea *m_scroll;
    QLabel *m_label;
    bool m_fit = true;
};

} // namespace ui

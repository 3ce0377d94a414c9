#include "evidencepanel.h"

#include "dialogservice.h"
#include "files/filestore.h"
#include "inspection/inspectionstore.h"
#include "storage/repository.h"
#include "thumbnailcache.h"

#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QScrollArea>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QUrl>
#include <QVBoxLayout>

namespace ui {

namespace {
constexpr int kThumbnail = 96;
constexpr int kQuietMs = 800; ///< a new photo must not grow for this long before it is taken

bool isPhotoName(const QString &name)
{
    static const QStringList kSuffixes = {
        QStringLiteral("jpg"), QStringLiteral("jpeg"), QStringLiteral("png"), QStringLiteral("heic"),
        QStringLiteral("tif"), QStringLiteral("tiff"), QStringLiteral("bmp"), QStringLiteral("webp")};
    return kSuffixes.contains(QFileInfo(name).suffix().toLower());
}
} // namespace

EvidencePanel::EvidencePanel(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("evidencePanel"));
    m_list = new QListWidget;
    m_list->setObjectName(QStringLiteral("evidenceList"));
    m_list->setViewMode(QListView::IconMode);
    m_list->setIconSize(QSize(kThumbnail, kThumbnail));
    m_list->setGridSize(QSize(kThumbnail + 24, kThumbnail + 36));
    m_list->setResizeMode(QListView::Adjust);
    m_list->setMovement(QListView::Static);
    m_list->setWordWrap(true);
    m_list->setMinimumHeight(kThumbnail + 44);
    m_list->setToolTip(tr("Double-click or press Enter to open full size"));
    connect(m_list, &QListWidget::itemActivated, this, &EvidencePanel::open);
    connect(m_list, &QListWidget::currentItemChanged, this, &EvidencePanel::updateButtons);

    m_add = new QPushButton(tr("Add &file…"));
    m_add->setObjectName(QStringLiteral("addEvidenceButton"));
    m_add->setToolTip(tr("Copy a photo or scan into the workspace as evidence of this item"));
    connect(m_add, &QPushButton::clicked, this, &EvidencePanel::chooseFile);
    m_watch = new QPushButton(tr("&Watch folder…"));
    m_watch->setObjectName(QStringLiteral("watchFolderButton"));
    m_watch->setCheckable(true);
    m_watch->setToolTip(tr("Add every new photo that arrives in a folder (e.g. a camera's or phone's) to the "
                           "current item"));
    connect(m_watch, &QPushButton::clicked, this, [this](bool on) {
        if (!on) {
            stopWatching();
            return;
        }
        const QString folder = QFileDialog::getExistingDirectory(
            this, tr("Folder to watch for new photos"),
            QStandardPaths::writableLocation(QStandardPaths::PicturesLocation));
        if (folder.isEmpty() || !startWatching(folder))
            m_watch->setChecked(false);
    });
    m_remove = new QPushButton(tr("&Remove"));
    m_remove->setObjectName(QStringLiteral("removeEvidenceButton"));
    connect(m_remove, &QPushButton::clicked, this, &EvidencePanel::removeCurrent);
    m_status = new QLabel;
    m_status->setObjectName(QStringLiteral("evidenceStatusLabel"));
    m_status->setWordWrap(true);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_watch);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_list, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_status);

    m_settleTimer.setSingleShot(true);
    m_settleTimer.setInterval(kQuietMs);
    connect(&m_settleTimer, &QTimer::timeout, this, &EvidencePanel::settle);
    connect(&m_watcher, &QFileSystemWatcher::directoryChanged, this, &EvidencePanel::folderChanged);
    updateButtons();
}

EvidencePanel::~EvidencePanel() = default;

void EvidencePanel::setRepository(core::Repository &repo)
{
    m_repo = &repo;
    m_thumbnails = std::make_unique<ThumbnailCache>(repo.files());
    m_inspection = {};
    refresh();
}

void EvidencePanel::showItem(const QUuid &inspection, const QString &itemId, bool editable)
{
    m_inspection = inspection;
    m_itemId = itemId;
    m_editable = editable;
    refresh();
}

void EvidencePanel::refresh()
{
    m_list->clear();
    m_shown.clear();
    if (m_repo && !m_inspection.isNull()) {
        auto all = m_repo->inspections().evidence(m_inspection);
        if (all) {
            for (const core::InspectionEvidence &e : *all)
                if (e.itemId == m_itemId)
                    m_shown << e;
        } else {
            m_status->setText(all.error().text());
        }
    }
    for (const core::InspectionEvidence &e : std::as_const(m_shown)) {
        const QImage thumb = m_thumbnails->thumbnail(e.attachment, kThumbnail);
        auto *item = new QListWidgetItem(QIcon(QPixmap::fromImage(thumb)), e.attachment.fileName, m_list);
        item->setData(Qt::UserRole, e.attachment.meta.uuid);
        item->setToolTip(tr("%1\n%2 bytes, SHA-256 %3")
                             .arg(e.attachment.fileName)
                             .arg(e.attachment.size)
                             .arg(e.attachment.sha256.left(16)));
        if (thumb.isNull())
            item->setText(tr("%1 (missing or altered)").arg(e.attachment.fileName));
    }
    updateButtons();
}

void EvidencePanel::updateButtons()
{
    const bool can = m_editable && !m_inspection.isNull() && !m_itemId.isEmpty();
    m_add->setEnabled(can);
    m_remove->setEnabled(can && m_list->currentItem());
    m_watch->setEnabled(!m_inspection.isNull());
    if (m_folder.isEmpty())
        m_status->setText(m_shown.isEmpty()
                              ? tr("No evidence for this item yet.")
                              : tr("%n file(s) of evidence for this item.", nullptr, int(m_shown.size())));
}

void EvidencePanel::chooseFile()
{
    const QString path = DialogService::instance().openFileName(
        this, tr("Add evidence"), QStandardPaths::writableLocation(QStandardPaths::PicturesLocation),
        tr("Photos and scans (*.jpg *.jpeg *.png *.heic *.tif *.tiff *.pdf);;All files (*)"));
    if (!path.isEmpty())
        addFile(path);
}

bool EvidencePanel::addFile(const QString &path)
{
    if (!m_repo || m_inspection.isNull() || m_itemId.isEmpty() || !m_editable) {
        DialogService::instance().warning(this, tr("Cannot add evidence"),
                                          tr("Choose an item of a record that can be changed first."));
        return false;
    }
    auto added = m_repo->inspections().addEvidence(m_inspection, m_itemId, path, core::systemActor());
    if (!added) {
        DialogService::instance().warning(this, tr("Cannot add evidence"), added.error().text());
        return false;
    }
    refresh();
    Q_EMIT evidenceChanged();
    return true;
}

void EvidencePanel::removeCurrent()
{
    QListWidgetItem *item = m_list->currentItem();
    if (!item || !m_repo)
        return;
    if (!DialogService::instance().question(
            this, tr("Remove evidence"),
            tr("Remove %1 from the evidence of this item? The file stays in the "
               "workspace's file store.")
                .arg(item->text())))
        return;
    if (core::Status st = m_repo->inspections().removeEvidence(
            m_inspection, item->data(Qt::UserRole).toUuid(), core::systemActor());
        !st) {
        DialogService::instance().warning(this, tr("Cannot remove evidence"), st.error().text());
        return;
    }
    refresh();
    Q_EMIT evidenceChanged();
}

bool EvidencePanel::startWatching(const QString &folder)
{
    stopWatching();
    const QDir dir(folder);
    if (!dir.exists() || !m_watcher.addPath(dir.absolutePath())) {
        DialogService::instance().warning(this, tr("Cannot watch the folder"),
                                          tr("The folder %1 cannot be watched.").arg(folder));
        return false;
    }
    m_folder = dir.absolutePath();
    // Photos already there are not new; only what arrives from now on is taken.
    m_known.clear();
    for (const QString &name : dir.entryList(QDir::Files))
        m_known.insert(name);
    m_watch->setChecked(true);
    m_status->setText(tr("Watching %1: new photos are added to the current item.").arg(m_folder));
    return true;
}

void EvidencePanel::stopWatching()
{
    if (!m_folder.isEmpty())
        m_watcher.removePath(m_folder);
    m_folder.clear();
    m_arriving.clear();
    m_settleTimer.stop();
    m_watch->setChecked(false);
    updateButtons();
}

void EvidencePanel::folderChanged()
{
    const QDir dir(m_folder);
    for (const QString &name : dir.entryList(QDir::Files))
        if (!m_known.contains(name) && isPhotoName(name) && !m_arriving.contains(name))
            m_arriving.insert(name, -1);
    if (!m_arriving.isEmpty())
        m_settleTimer.start();
}

void EvidencePanel::settleNow()
{
    folderChanged();
    for (auto it = m_arriving.begin(); it != m_arriving.end(); ++it)
        it.value() = QFileInfo(QDir(m_folder).filePath(it.key())).size();
    settle();
}

void EvidencePanel::settle()
{
    const QDir dir(m_folder);
    QStringList ready;
    for (auto it = m_arriving.begin(); it != m_arriving.end(); ++it) {
        const qint64 size = QFileInfo(dir.filePath(it.key())).size();
        if (size > 0 && size == it.value())
            ready << it.key();
        else
            it.value() = size; // still being written: look again after the next quiet period
    }
    int added = 0;
    for (const QString &name : ready) {
        m_arriving.remove(name);
        m_known.insert(name);
        if (!m_editable || m_itemId.isEmpty()) {
            m_status->setText(
                tr("%1 arrived but no item of a changeable record is chosen; add it by hand.").arg(name));
            continue;
        }
        auto e = m_repo->inspections().addEvidence(m_inspection, m_itemId, dir.filePath(name),
                                                   core::systemActor());
        if (e)
            ++added;
        else
            m_status->setText(e.error().text());
    }
    if (added > 0) {
        refresh();
        m_status->setText(tr("%n new photo(s) added to item %1.", nullptr, added).arg(m_itemId));
        Q_EMIT evidenceChanged();
    }
    if (!m_arriving.isEmpty())
        m_settleTimer.start();
}

void EvidencePanel::open(QListWidgetItem *item)
{
    if (!item || !m_repo)
        return;
    const QUuid uuid = item->data(Qt::UserRole).toUuid();
    for (const core::InspectionEvidence &e : std::as_const(m_shown)) {
        if (e.attachment.meta.uuid != uuid)
            continue;
        const QImage image = m_thumbnails->fullImage(e.attachment);
        if (!image.isNull()) {
            auto *viewer = new EvidenceViewer(image, e.attachment, this);
            viewer->setAttribute(Qt::WA_DeleteOnClose);
            viewer->show();
            return;
        }
        // Not a picture (a PDF scan, ...): a copy under its own name for the system's viewer.
        auto bytes = m_repo->files().read(e.attachment);
        if (!bytes) {
            DialogService::instance().warning(this, tr("Cannot open the file"), bytes.error().text());
            return;
        }
        const QString dir = QDir::temp().filePath(QStringLiteral("metinspect-evidence"));
        QDir().mkpath(dir);
        const QString path = QDir(dir).filePath(e.attachment.fileName);
        QFile out(path);
        if (out.open(QIODevice::WriteOnly) && out.write(*bytes) == bytes->size()) {
            out.close();
            QDesktopServices::openUrl(QUrl::fromLocalFile(path));
        }
        return;
    }
}

EvidenceViewer::EvidenceViewer(const QImage &image, const core::Attachment &a, QWidget *parent)
    : QDialog(parent), m_image(image)
{
    setObjectName(QStringLiteral("evidenceViewer"));
    setWindowTitle(tr("%1 — %2 × %3").arg(a.fileName).arg(image.width()).arg(image.height()));
    m_label = new QLabel;
    m_label->setAlignment(Qt::AlignCenter);
    m_scroll = new QScrollArea;
    m_scroll->setWidget(m_label);
    m_scroll->setWidgetResizable(true);
    auto *info = new QLabel(tr("SHA-256 %1 · %2 bytes, as taken").arg(a.sha256).arg(a.size));
    info->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *fit = new QPushButton(tr("&Actual size"));
    fit->setObjectName(QStringLiteral("actualSizeButton"));
    fit->setCheckable(true);
    connect(fit, &QPushButton::toggled, this, [this](bool actual) {
        m_fit = !actual;
        m_scroll->setWidgetResizable(m_fit);
        updateImage();
    });
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    buttons->addButton(fit, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_scroll, 1);
    layout->addWidget(info);
    layout->addWidget(buttons);
    resize(900, 700);
    updateImage();
}

void EvidenceViewer::resizeEvent(QResizeEvent *event)
{
    QDialog::resizeEvent(event);
    updateImage();
}

void EvidenceViewer::updateImage()
{
    if (!m_fit) {
        m_label->setPixmap(QPixmap::fromImage(m_image));
        m_label->adjustSize();
        return;
    }
    const QSize room = m_scroll->viewport()->size() - QSize(4, 4);
    m_label->setPixmap(
        QPixmap::fromImage(m_image.size().width() > room.width() || m_image.size().height() > room.height()
                               ? m_image.scaled(room, Qt::KeepAspectRatio, Qt::SmoothTransformation)
                               : m_image));
}

} // namespace ui

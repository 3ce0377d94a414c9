#include "inspectionpage.h"

#include "checklistmodel.h"
#include "clock.h"
#include "detailhtml.h"
#include "dialogservice.h"
#include "history/historystore.h"
#include "historytimelinemodel.h"
#include "inspectiondialogs.h"
#include "inspectioneditor.h"
#include "inspectionlistmodel.h"
#include "inspectionprinting.h"
#include "registry/registryview.h"
#include "registry/vocabulary.h"
#include "roles.h"
#include "signdialog.h"
#include "storage/repository.h"
#include "verification/verificationstore.h"

#include <QAction>
#include <QComboBox>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

namespace ui {

using core::InspectionStatus;
using core::InspectionVocabulary;

InspectionPage::InspectionPage(core::Repository &repo, QWidget *parent) : AreaPage(parent), m_repo(&repo)
{
    setObjectName(QStringLiteral("inspectionPage"));
    m_model = new InspectionListModel(this);
    m_proxy = new InspectionFilterProxy(this);
    m_proxy->setSourceModel(m_model);
    m_refresh = new QTimer(this);
    m_refresh->setSingleShot(true);
    m_refresh->setInterval(0);
    connect(m_refresh, &QTimer::timeout, this, [this] {
        if (core::Status st = refreshList(); !st)
            reportError(tr("Cannot load the inspections"), st.error());
    });

    // The list of records.
    m_search = new QLineEdit;
    m_search->setObjectName(QStringLiteral("inspectionSearchEdit"));
    m_search->setPlaceholderText(tr("Search unit, standard, certificate, place…"));
    m_search->setClearButtonEnabled(true);
    connect(m_search, &QLineEdit::textChanged, m_proxy, &InspectionFilterProxy::setText);
    m_statusFilter = new QComboBox;
    m_statusFilter->setObjectName(QStringLiteral("statusFilterComboBox"));
    m_statusFilter->addItem(tr("All states"), QString());
    for (InspectionStatus s : InspectionVocabulary::statuses())
        m_statusFilter->addItem(InspectionVocabulary::label(s), InspectionVocabulary::key(s));
    connect(m_statusFilter, &QComboBox::currentIndexChanged, this,
            [this] { m_proxy->setStatus(m_statusFilter->currentData().toString()); });
    m_list = new QTableView;
    m_list->setObjectName(QStringLiteral("inspectionListView"));
    m_list->setModel(m_proxy);
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setSortingEnabled(true);
    m_list->sortByColumn(InspectionListModel::Date, Qt::DescendingOrder);
    m_list->verticalHeader()->hide();
    m_list->horizontalHeader()->setStretchLastSection(true);
    m_list->setColumnHidden(InspectionListModel::Checklist, true);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                const QUuid uuid = current.data(UuidRole).toUuid();
                if (!uuid.isNull() && uuid != m_editor->inspectionUuid())
                    openInspection(uuid);
            });
    auto *left = new QWidget;
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_search);
    leftLayout->addWidget(m_statusFilter);
    leftLayout->addWidget(m_list, 1);

    // The form.
    m_editor = new InspectionEditor;
    connect(m_editor, &InspectionEditor::stored, this, [this] {
        m_refresh->start();
        updateActions();
    });
    connect(m_editor, &InspectionEditor::revisionChosen, this,
            [this](int revision) { openInspection(m_editor->inspectionUuid(), revision); });

    // Beside the form: what the registry says about the standard, and its history log.
    m_registry = new QTextBrowser;
    m_registry->setObjectName(QStringLiteral("inspectionStandardBrowser"));
    m_registry->setOpenLinks(false);
    // The inspected standard's 履历书, newest entry first: what the inspector checks items E6 and G2 against.
    m_historyLog = new QGroupBox(tr("History log of the standard"));
    m_historyLog->setObjectName(QStringLiteral("historyLogPanel"));
    m_history = new HistoryTimelineModel(this);
    m_historyView = new QTableView;
    m_historyView->setObjectName(QStringLiteral("historyLogView"));
    m_historyView->setAccessibleName(tr("History log of the inspected standard"));
    m_historyView->setModel(m_history);
    m_historyView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_historyView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_historyView->verticalHeader()->hide();
    m_historyView->horizontalHeader()->setStretchLastSection(true);
    for (int c :
         {HistoryTimelineModel::Subject, HistoryTimelineModel::RecordedBy, HistoryTimelineModel::Attachments})
        m_historyView->hideColumn(c);
    m_historyNote = new QLabel;
    m_historyNote->setObjectName(QStringLiteral("historyLogNote"));
    m_historyNote->setWordWrap(true);
    auto *historyLayout = new QVBoxLayout(m_historyLog);
    historyLayout->addWidget(m_historyNote);
    historyLayout->addWidget(m_historyView, 1);
    auto *side = new QWidget;
    auto *sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    sideLayout->addWidget(new QLabel(tr("In the registry:")));
    sideLayout->addWidget(m_registry, 2);
    sideLayout->addWidget(m_historyLog, 1);

    m_splitter = new QSplitter(Qt::Horizontal);
    m_splitter->setObjectName(QStringLiteral("inspectionSplitter"));
    m_splitter->addWidget(left);
    m_splitter->addWidget(m_editor);
    m_splitter->addWidget(side);
    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 5);
    m_splitter->setStretchFactor(2, 2);
    m_splitter->setSizes({300, 800, 300});

    auto *bar = new QToolBar;
    bar->setObjectName(QStringLiteral("inspectionToolBar"));
    bar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    buildActions(bar);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(bar);
    layout->addWidget(m_splitter, 1);

    m_editor->setRepository(repo);
    connectRepository();
    if (core::Status st = m_model->load(repo); !st)
        qWarning("cannot load the inspections: %s", qPrintable(st.error().text()));
    updateActions();
}

void InspectionPage::buildActions(QToolBar *bar)
{
    auto add = [&](const QString &text, const char *name, const QKeySequence &key,
                   void (InspectionPage::*slot)(), const QString &tip) {
        QAction *a = bar->addAction(text, this, slot);
        a->setObjectName(QString::fromLatin1(name));
        if (!key.isEmpty()) {
            a->setShortcut(key);
            a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
            addAction(a);
        }
        a->setToolTip(
            key.isEmpty() ? tip : tip + QStringLiteral(" (") + key.toString(QKeySequence::NativeText) + u')');
        return a;
    };
    m_newAction =
        add(tr("&New inspection…"), "newInspectionAction", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N),
            &InspectionPage::newInspection, tr("Start an inspection of a standard or of a bureau's work"));
    bar->addSeparator();
    m_signAction =
        add(tr("&Sign…"), "signAction", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S), &InspectionPage::sign,
            tr("Check completeness, then sign on the pads and freeze the record"));
    m_amendAction = add(tr("&Amend…"), "amendAction", {}, &InspectionPage::amend,
                        tr("Open a new revision of a signed record, with a reason"));
    m_reviewAction = add(tr("&Review…"), "reviewAction", {}, &InspectionPage::review,
                         tr("Approve a signed record, or return it to its inspectors"));
    bar->addSeparator();
    m_previewAction = add(tr("Print pre&view…"), "printPreviewAction", {}, &InspectionPage::printPreview,
                          tr("The table as it will print"));
    m_printAction = add(tr("&Print…"), "printAction", QKeySequence::Print, &InspectionPage::print,
                        tr("Print the table on a printer"));
    m_pdfAction = add(tr("Save as P&DF…"), "exportPdfAction", {}, &InspectionPage::exportPdf,
                      tr("Write the table to a PDF file"));
    m_dayAction = add(tr("Print a &day…"), "printDayAction", {}, &InspectionPage::printDay,
                      tr("Print all inspections of a day in one go"));
    bar->addSeparator();
    m_deleteAction = add(tr("&Delete draft…"), "deleteDraftAction", {}, &InspectionPage::deleteDraft,
                         tr("Remove a draft that was never signed"));
}

core::Status InspectionPage::setRepository(core::Repository &repo)
{
    m_repo = &repo;
    m_editor->setRepository(repo);
    connectRepository();
    core::Status st = m_model->load(repo);
    updateSidePanel();
    updateActions();
    return st;
}

void InspectionPage::connectRepository()
{
    disconnect(m_changed);
    m_changed = connect(m_repo, &core::Repository::changed, this, &InspectionPage::repositoryChanged);
}

void InspectionPage::repositoryChanged(core::Entity entity, const QList<QUuid> &uuids)
{
    Q_UNUSED(uuids)
    switch (entity) {
    case core::Entity::Inspection:
    case core::Entity::InspectionAnswer:
    case core::Entity::InspectionSignature:
    case core::Entity::InspectionReview:
        m_refresh->start(); // coalesces the notifications of one burst into one refresh
        break;
    case core::Entity::Standard:
    case core::Entity::Unit:
        updateSidePanel();
        break;
    case core::Entity::HistoryEvent:
        updateHistoryLog();
        break;
    default:
        break;
    }
}

core::Status InspectionPage::refreshList()
{
    core::Status st = m_model->refresh();
    updateActions();
    return st;
}

QUuid InspectionPage::currentInspection() const
{
    return m_editor->inspectionUuid();
}

bool InspectionPage::openInspection(const QUuid &uuid, int revision)
{
    if (core::Status st = m_editor->open(uuid, revision); !st) {
        reportError(tr("Cannot open the inspection"), st.error());
        return false;
    }
    const int row = m_model->rowOf(uuid);
    if (row >= 0) {
        const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
        if (index.isValid() && m_list->currentIndex().row() != index.row()) {
            QSignalBlocker block(m_list->selectionModel());
            m_list->setCurrentIndex(index);
            m_list->selectRow(index.row());
        }
    }
    updateSidePanel();
    updateActions();
    return true;
}

void InspectionPage::updateHistoryLog()
{
    const core::Inspection &i = m_editor->inspection();
    QList<core::HistoryEvent> events;
    QList<core::Equipment> equipment;
    QString note;
    if (m_editor->inspectionUuid().isNull() || i.subject != core::InspectionSubject::Standard) {
        note = tr("The history log of the inspected standard is shown here.");
    } else if (auto timeline = m_repo->history().timeline(i.standard); !timeline) {
        note = timeline.error().text();
    } else {
        events = *timeline;
        std::reverse(events.begin(), events.end());
        if (auto eq = m_repo->equipment(i.standard))
            equipment = *eq;
        note = events.isEmpty() ? tr("No entries in this standard's history log yet (item E6 asks for it).")
                                : tr("%n entries, newest first; the History log area shows them all.",
                                     nullptr, int(events.size()));
    }
    m_history->reset(events, equipment);
    m_historyNote->setText(note);
    m_historyView->setVisible(!events.isEmpty());
}

void InspectionPage::updateSidePanel()
{
    updateHistoryLog();
    const core::Inspection &i = m_editor->inspection();
    if (m_editor->inspectionUuid().isNull()) {
        m_registry->setHtml(
            DetailHtml::empty(tr("The registry data of the inspected standard is shown here.")));
        return;
    }
    if (i.subject == core::InspectionSubject::Standard) {
        auto standard = m_repo->standard(i.standard);
        auto unit = m_repo->unit(i.unit);
        if (!standard || !*standard || !unit) {
            m_registry->setHtml(DetailHtml::empty(tr("The standard is no longer in the registry.")));
            return;
        }
        const core::Bureau *bureau = nullptr;
        const auto bureaus = m_repo->bureaus();
        if (bureaus)
            for (const core::Bureau &b : *bureaus)
                if (b.meta.uuid == (*standard)->issuingBureau)
                    bureau = &b;
        const core::Unit *holder = *unit ? &**unit : nullptr;
        const core::StandardRow row = core::RegistrySnapshot::makeRow(**standard, holder, bureau);
        const auto equipment = m_repo->equipment(i.standard);
        const auto personnel = m_repo->personnel(i.standard);
        m_registry->setHtml(
            DetailHtml::standard(row, holder, equipment ? *equipment : QList<core::Equipment>{},
                                 personnel ? *personnel : QList<core::Person>{}, m_repo->clock().today()));
        return;
    }
    if (i.subject == core::InspectionSubject::Institution) {
        auto body = m_repo->verification().body(i.institution);
        if (!body || !*body) {
            m_registry->setHtml(DetailHtml::empty(
                tr("The institution is no longer in the register of verification bodies.")));
            return;
        }
        const core::VerificationBody &b = **body;
        using namespace core::verificationvocab;
        const bool authorized = b.kind == core::BodyKind::Authorized;
        QString rows;
        const auto row = [&rows](const QString &label, const QString &value) {
            rows += QStringLiteral("<tr><th align=left>%1</th><td>%2</td></tr>")
                        .arg(label.toHtmlEscaped(), value.toHtmlEscaped());
        };
        row(tr("Credit code"), b.creditCode);
        row(tr("Kind"), label(b.kind));
        row(tr("Status"), label(b.status));
        row(authorized ? tr("Authorization certificate") : tr("Declaration"), b.certificateNo);
        row(authorized ? tr("Valid to") : tr("Published on"),
            (authorized ? b.expiresOn : b.publishedOn).toString(Qt::ISODate));
        row(tr("Items"), b.items.join(QStringLiteral("、")));
        row(tr("Region"), b.region);
        m_registry->setHtml(
            QStringLiteral("<h3>%1</h3><table cellspacing=4>%2</table>").arg(b.name.toHtmlEscaped(), rows));
        return;
    }
    const auto bureaus = m_repo->bureaus();
    QString html;
    if (bureaus)
        for (const core::Bureau &b : *bureaus)
            if (b.meta.uuid == i.bureau)
                html = QStringLiteral("<h3>%1</h3><p>%2 · %3</p>")
                           .arg(b.name.toHtmlEscaped(), core::vocab::label(b.level).toHtmlEscaped(),
                                b.regionCode.toHtmlEscaped());
    m_registry->setHtml(html.isEmpty() ? DetailHtml::empty(tr("The bureau is no longer in the registry."))
                                       : html);
}

void InspectionPage::updateActions()
{
    const bool open = !m_editor->inspectionUuid().isNull();
    const InspectionStatus s = m_editor->inspection().status;
    const bool current = open && m_editor->shownRevision() == m_editor->inspection().revisionNo;
    m_signAction->setEnabled(open && current && m_editor->inspection().editable());
    m_amendAction->setEnabled(open && !m_editor->inspection().editable());
    m_reviewAction->setEnabled(open && s == InspectionStatus::Signed);
    m_previewAction->setEnabled(open);
    m_printAction->setEnabled(open);
    m_pdfAction->setEnabled(open);
    m_deleteAction->setEnabled(open && s == InspectionStatus::Draft &&
                               m_editor->inspection().revisionNo == 1);
}

void InspectionPage::activated()
{
    if (core::Status st = refreshList(); !st)
        reportError(tr("Cannot load the inspections"), st.error());
    if (m_editor->inspectionUuid().isNull() && m_proxy->rowCount() > 0)
        openInspection(m_proxy->index(0, 0).data(UuidRole).toUuid());
}

void InspectionPage::newInspection()
{
    const core::Inspection &i = m_editor->inspection();
    if (m_editor->inspectionUuid().isNull())
        newInspectionOf(core::InspectionSubject::Standard, {});
    else
        newInspectionOf(i.subject, i.subject == core::InspectionSubject::Standard      ? i.standard
                                   : i.subject == core::InspectionSubject::Institution ? i.institution
                                                                                       : i.bureau);
}

void InspectionPage::newInspectionOf(core::InspectionSubject subject, const QUuid &uuid)
{
    NewInspectionDialog dialog(*m_repo, this);
    if (!uuid.isNull())
        dialog.setSubject(subject, uuid);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_refresh->start();
    openInspection(dialog.created().meta.uuid);
    m_editor->showTab(InspectionEditor::ChecklistTab);
}

void InspectionPage::sign()
{
    m_editor->flush();
    const QUuid uuid = m_editor->inspectionUuid();
    auto completeness = m_repo->inspections().completeness(uuid);
    auto content = m_repo->inspections().content(uuid);
    if (!completeness || !content) {
        reportError(tr("Cannot sign"), completeness ? content.error() : completeness.error());
        return;
    }
    // What blocks signing is highlighted in the checklist too.
    m_editor->highlight(completeness->unanswered + completeness->missingFindings);
    SignDialog dialog(*m_repo, m_editor->inspection(), m_editor->checklist(), *content, *completeness, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_editor->highlight({});
    openInspection(uuid);
    m_refresh->start();
}

void InspectionPage::amend()
{
    const core::Inspection &i = m_editor->inspection();
    QString comments;
    if (i.status == InspectionStatus::Returned)
        if (auto reviews = m_repo->inspections().reviews(i.meta.uuid); reviews && !reviews->isEmpty())
            comments = reviews->last().comments;
    AmendDialog dialog(i, comments, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    auto amended = m_repo->inspections().amend(i.meta.uuid, dialog.reason(), core::systemActor());
    if (!amended) {
        reportError(tr("Cannot amend"), amended.error());
        return;
    }
    openInspection(amended->meta.uuid);
    m_refresh->start();
}

void InspectionPage::review()
{
    ReviewDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    auto reviewed = m_repo->inspections().review(m_editor->inspectionUuid(), dialog.approve(),
                                                 dialog.comments(), dialog.reviewer(), core::systemActor());
    if (!reviewed) {
        reportError(tr("Cannot store the review"), reviewed.error());
        return;
    }
    openInspection(reviewed->meta.uuid);
    m_refresh->start();
}

void InspectionPage::printPreview()
{
    m_editor->flush();
    InspectionPrinting::preview(this, *m_repo, {m_editor->inspectionUuid()}, m_editor->shownRevision());
    if (core::Status st = m_editor->reload(); !st)
        reportError(tr("Cannot open the inspection"), st.error());
}

void InspectionPage::print()
{
    m_editor->flush();
    InspectionPrinting::print(this, *m_repo, {m_editor->inspectionUuid()}, m_editor->shownRevision());
    if (core::Status st = m_editor->reload(); !st)
        reportError(tr("Cannot open the inspection"), st.error());
}

void InspectionPage::exportPdf()
{
    m_editor->flush();
    InspectionPrinting::exportPdf(this, *m_repo, {m_editor->inspectionUuid()}, m_editor->shownRevision());
    if (core::Status st = m_editor->reload(); !st)
        reportError(tr("Cannot open the inspection"), st.error());
}

void InspectionPage::printDay()
{
    m_editor->flush();
    InspectionPrinting::printDay(this, *m_repo);
}

void InspectionPage::deleteDraft()
{
    const QUuid uuid = m_editor->inspectionUuid();
    const core::InspectionSummary *s = m_model->summary(uuid);
    if (!DialogService::instance().question(
            this, tr("Delete draft"),
            tr("Delete the draft inspection of %1? Its answers and evidence records are removed; this cannot "
               "be "
               "undone.")
                .arg(s ? s->subjectName : uuid.toString(QUuid::WithoutBraces))))
        return;
    m_editor->flush();
    if (core::Status st = m_repo->inspections().removeDraft(uuid, core::systemActor()); !st) {
        reportError(tr("Cannot delete the draft"), st.error());
        return;
    }
    m_editor->clear();
    m_refresh->start();
    updateSidePanel();
    updateActions();
}

void InspectionPage::reportError(const QString &title, const core::Error &e)
{
    DialogService::instance().warning(this, title, e.text());
}

void InspectionPage::saveState(QSettings &settings) const
{
    settings.setValue(QStringLiteral("inspectionPage/splitter"), m_splitter->saveState());
    settings.setValue(QStringLiteral("inspectionPage/list"), m_list->horizontalHeader()->saveState());
}

void InspectionPage::restoreState(const QSettings &settings)
{
    if (const QByteArray s = settings.value(QStringLiteral("inspectionPage/splitter")).toByteArray();
        !s.isEmpty())
        m_splitter->restoreState(s);
    if (const QByteArray s = settings.value(QStringLiteral("inspectionPage/list")).toByteArray();
        !s.isEmpty())
        m_list->horizontalHeader()->restoreState(s);
}

} // namespace ui

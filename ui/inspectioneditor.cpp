// The inspection form: the checklist tab, keyboard entry and storing every answer as it is made. The
// header, measurements, conclusion and record tabs are in inspectioneditortabs.cpp.
#include "inspectioneditor.h"

#include "checklistmodel.h"
#include "dialogservice.h"
#include "evidencepanel.h"
#include "storage/repository.h"

#include <QAbstractButton>
#include <QButtonGroup>
#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QSplitter>
#include <QTabWidget>
#include <QTextBrowser>
#include <QTime>
#include <QTreeView>
#include <QVBoxLayout>

namespace ui {

using core::InspectionVocabulary;

InspectionEditor::InspectionEditor(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("inspectionEditor"));
    m_banner = new QLabel;
    m_banner->setObjectName(QStringLiteral("statusBanner"));
    m_banner->setWordWrap(true);
    m_banner->setTextFormat(Qt::RichText);
    m_revisionBox = new QComboBox;
    m_revisionBox->setObjectName(QStringLiteral("revisionComboBox"));
    m_revisionBox->setToolTip(tr("Earlier signed revisions stay readable"));
    m_revisionBox->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    connect(m_revisionBox, &QComboBox::activated, this,
            [this](int index) { Q_EMIT revisionChosen(m_revisionBox->itemData(index).toInt()); });
    auto *top = new QHBoxLayout;
    top->addWidget(m_banner, 1);
    top->addWidget(m_revisionBox);

    m_tabs = new QTabWidget;
    m_tabs->setObjectName(QStringLiteral("editorTabs"));
    auto *checklist = new QWidget;
    auto *header = new QWidget;
    auto *measurements = new QWidget;
    auto *conclusion = new QWidget;
    buildChecklistTab(checklist);
    buildHeaderTab(header);
    buildMeasurementsTab(measurements);
    buildConclusionTab(conclusion);
    auto *headerScroll = new QScrollArea;
    headerScroll->setWidget(header);
    headerScroll->setWidgetResizable(true);
    m_record = new QTextBrowser;
    m_record->setObjectName(QStringLiteral("recordBrowser"));
    m_tabs->addTab(checklist, tr("&Checklist"));
    m_tabs->addTab(headerScroll, tr("&Header"));
    m_tabs->addTab(measurements, tr("&Measurements"));
    m_tabs->addTab(conclusion, tr("C&onclusion"));
    m_tabs->addTab(m_record, tr("Re&visions and review"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_tabs, 1);

    m_idle.setSingleShot(true);
    m_idle.setInterval(kIdleMs);
    connect(&m_idle, &QTimer::timeout, this, &InspectionEditor::flush);
    clear();
}

InspectionEditor::~InspectionEditor()
{
    flush();
}

void InspectionEditor::buildChecklistTab(QWidget *tab)
{
    m_model = new ChecklistModel(this);
    m_view = new QTreeView;
    m_view->setObjectName(QStringLiteral("checklistView"));
    m_view->setModel(m_model);
    m_view->setUniformRowHeights(false);
    m_view->setWordWrap(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->header()->setSectionResizeMode(ChecklistModel::IdColumn, QHeaderView::ResizeToContents);
    m_view->header()->setSectionResizeMode(ChecklistModel::TextColumn, QHeaderView::Stretch);
    m_view->header()->setSectionResizeMode(ChecklistModel::VerdictColumn, QHeaderView::ResizeToContents);
    m_view->header()->setStretchLastSection(false);
    m_view->setToolTip(tr("Keys 1–%1 choose the verdict, Enter goes to the next item").arg(4));
    m_view->installEventFilter(this);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) {
                const QString id = m_model->itemIdAt(current);
                if (!id.isEmpty() && id != m_item)
                    showItem(id);
            });
    m_progress = new QProgressBar;
    m_progress->setObjectName(QStringLiteral("progressBar"));
    m_progress->setFormat(tr("%v of %m items answered"));
    auto *left = new QWidget;
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_view, 1);
    leftLayout->addWidget(m_progress);

    m_itemTitle = new QLabel;
    m_itemTitle->setObjectName(QStringLiteral("itemTitleLabel"));
    m_itemTitle->setWordWrap(true);
    QFont big = m_itemTitle->font();
    big.setPointSizeF(big.pointSizeF() * 1.15);
    m_itemTitle->setFont(big);
    m_itemHint = new QLabel;
    m_itemHint->setObjectName(QStringLiteral("itemHintLabel"));
    m_itemHint->setWordWrap(true);
    m_itemHint->setTextFormat(Qt::RichText);
    // A splitter does not ask its panes for their height at a width: room for the lines the texts take.
    m_itemTitle->setMinimumHeight(m_itemTitle->fontMetrics().lineSpacing() * 3 + 4);
    m_itemHint->setMinimumHeight(m_itemHint->fontMetrics().lineSpacing() * 2 + 4);
    m_itemTitle->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_itemHint->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_verdicts = new QButtonGroup(this);
    m_verdicts->setExclusive(true);
    connect(m_verdicts, &QButtonGroup::idClicked, this, [this](int id) { setVerdictIndex(id); });
    m_verdictRow = new QHBoxLayout;
    m_finding = new QPlainTextEdit;
    m_finding->setObjectName(QStringLiteral("findingEdit"));
    m_finding->setPlaceholderText(
        tr("Finding: what was found, where, with numbers (Enter goes to the next item, "
           "Shift+Enter starts a new line)"));
    m_finding->setTabChangesFocus(true);
    m_finding->installEventFilter(this);
    connect(m_finding, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_loading && !m_item.isEmpty())
            stage(QStringLiteral("finding:") + m_item, m_finding->toPlainText());
    });
    m_clause = new QLineEdit;
    m_clause->setObjectName(QStringLiteral("clauseEdit"));
    m_clause->installEventFilter(this);
    connect(m_clause, &QLineEdit::textEdited, this, [this](const QString &text) {
        if (!m_item.isEmpty())
            stage(QStringLiteral("clause:") + m_item, text);
    });
    m_evidence = new EvidencePanel;
    m_next = new QPushButton(tr("&Next item"));
    m_next->setObjectName(QStringLiteral("nextItemButton"));
    m_next->setToolTip(tr("Enter"));
    connect(m_next, &QPushButton::clicked, this, &InspectionEditor::nextItem);
    m_saved = new QLabel;
    m_saved->setObjectName(QStringLiteral("savedLabel"));

    auto *right = new QWidget;
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->addWidget(m_itemTitle);
    rightLayout->addWidget(m_itemHint);
    rightLayout->addLayout(m_verdictRow);
    auto *findingLabel = new QLabel(tr("&Finding:"));
    findingLabel->setBuddy(m_finding);
    rightLayout->addWidget(findingLabel);
    rightLayout->addWidget(m_finding, 1);
    auto *clauseRow = new QHBoxLayout;
    auto *clauseLabel = new QLabel(tr("C&lause:"));
    clauseLabel->setBuddy(m_clause);
    clauseRow->addWidget(clauseLabel);
    clauseRow->addWidget(m_clause, 1);
    rightLayout->addLayout(clauseRow);
    rightLayout->addWidget(new QLabel(tr("Evidence:")));
    rightLayout->addWidget(m_evidence, 2);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_saved, 1);
    bottom->addWidget(m_next);
    rightLayout->addLayout(bottom);
    connect(m_evidence, &EvidencePanel::evidenceChanged, this, [this] {
        // The count of evidence shows in the item's tooltip and the printed table.
        if (auto c = m_repo->inspections().content(m_uuid); c)
            if (const core::ContentAnswer *a = c->answer(m_item))
                m_model->setAnswer(*a);
        storedNow();
    });

    auto *split = new QSplitter(Qt::Horizontal);
    split->setObjectName(QStringLiteral("checklistSplitter"));
    split->addWidget(left);
    split->addWidget(right);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(tab);
    layout->addWidget(split);

    // From anywhere in the form, even while typing: Alt+1…9 for the verdict, Ctrl+Enter for the next item.
    for (int n = 0; n < 9; ++n) {
        auto *s = new QShortcut(QKeySequence(Qt::ALT | Qt::Key(Qt::Key_1 + n)), tab);
        s->setContext(Qt::WidgetWithChildrenShortcut);
        connect(s, &QShortcut::activated, this, [this, n] { setVerdictIndex(n); });
    }
    for (auto key : {Qt::Key_Return, Qt::Key_Enter}) {
        auto *s = new QShortcut(QKeySequence(Qt::CTRL | key), tab);
        s->setContext(Qt::WidgetWithChildrenShortcut);
        connect(s, &QShortcut::activated, this, &InspectionEditor::nextItem);
    }
}

void InspectionEditor::setRepository(core::Repository &repo)
{
    flush();
    m_repo = &repo;
    m_evidence->setRepository(repo);
    clear();
}

void InspectionEditor::clear()
{
    m_loading = true;
    m_uuid = {};
    m_item.clear();
    m_pending.clear();
    m_inspection = {};
    m_template = {};
    m_content = {};
    m_readOnly = true;
    m_model->setChecklist({}, {});
    m_revisionBox->clear();
    m_banner->setText(tr("Choose an inspection on the left, or create a new one."));
    m_itemTitle->clear();
    m_itemHint->clear();
    m_finding->clear();
    m_clause->clear();
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_evidence->showItem({}, {}, false);
    m_loading = false;
    setEnabled(false);
}

int InspectionEditor::shownRevision() const
{
    return m_revision > 0 ? m_revision : m_inspection.revisionNo;
}

core::Status InspectionEditor::open(const QUuid &uuid, int revision)
{
    flush();
    if (!m_repo)
        return core::makeError(core::ErrorCode::NotFound, tr("no workspace"));
    core::InspectionStore &store = m_repo->inspections();
    auto found = store.inspection(uuid);
    if (!found)
        return found.error();
    if (!*found)
        return core::makeError(core::ErrorCode::NotFound, tr("the inspection no longer exists"));
    int recovered = 0;
    if ((*found)->editable()) {
        // Text typed when the program was last killed: it becomes the answer it was typed into.
        auto r = store.recoverPendingText(uuid, core::systemActor());
        if (!r)
            return r.error();
        recovered = *r;
        if (recovered > 0)
            found = store.inspection(uuid);
    }
    auto tmpl = store.checklist((*found)->templateUuid);
    if (!tmpl)
        return tmpl.error();
    const int shown = revision > 0 ? revision : (*found)->revisionNo;
    auto content = store.content(uuid, shown);
    if (!content)
        return content.error();

    const QString keepItem = uuid == m_uuid ? m_item : QString();
    m_loading = true;
    m_uuid = uuid;
    m_inspection = **found;
    m_revision = revision == (*found)->revisionNo ? 0 : revision;
    m_template = *tmpl;
    m_content = *content;
    m_readOnly = !m_inspection.editable() || m_revision > 0;
    m_item.clear();
    m_model->setChecklist(m_template, m_content);
    m_view->expandAll();

    // One button per verdict of the template, with its key.
    for (QAbstractButton *b : m_verdicts->buttons()) {
        m_verdicts->removeButton(b);
        delete b;
    }
    for (int n = 0; n < m_template.verdicts.size(); ++n) {
        const core::TemplateVerdict &v = m_template.verdicts[n];
        auto *b = new QPushButton(
            QStringLiteral("&%1 %2").arg(n + 1).arg(InspectionVocabulary::pick(v.label, v.labelEn)));
        b->setObjectName(QStringLiteral("verdictButton_") + v.key);
        b->setCheckable(true);
        b->setMinimumHeight(34);
        b->installEventFilter(this);
        m_verdicts->addButton(b, n);
        m_verdictRow->addWidget(b);
        b->show(); // added to a layout that may be shown already
    }
    m_revisionBox->clear();
    for (int r = m_inspection.revisionNo; r >= 1; --r) {
        const bool current = r == m_inspection.revisionNo;
        m_revisionBox->addItem(
            current ? tr("Revision %1 (current)").arg(r) : tr("Revision %1 (signed)").arg(r), r);
    }
    m_revisionBox->setCurrentIndex(m_revisionBox->findData(shownRevision()));
    m_revisionBox->setVisible(m_inspection.revisionNo > 1);
    m_loading = false;
    setEnabled(true);

    fillHeader();
    fillMeasurements();
    fillConclusion();
    fillRecord();
    updateBanner();
    if (recovered > 0)
        m_saved->setText(
            tr("%n text(s) typed before the program stopped were recovered.", nullptr, recovered));

    QString first = keepItem;
    if (first.isEmpty() || !m_template.item(first))
        for (const QString &id : m_template.itemIds())
            if (const core::ContentAnswer *a = m_model->answer(id); !a || a->verdict.isEmpty()) {
                first = id;
                break;
            }
    if (first.isEmpty() && !m_template.itemIds().isEmpty())
        first = m_template.itemIds().first();
    selectItem(first);
    return {};
}

core::Status InspectionEditor::reload()
{
    if (m_uuid.isNull())
        return {};
    return open(m_uuid, m_revision);
}

void InspectionEditor::updateBanner()
{
    const int answered = m_model->answered();
    m_progress->setRange(0, std::max(1, m_model->total()));
    m_progress->setValue(answered);
    QString text = QStringLiteral("<b>%1</b> · %2 · %3")
                       .arg(InspectionVocabulary::pick(m_template.title, m_template.titleEn).toHtmlEscaped(),
                            InspectionVocabulary::label(m_inspection.status).toHtmlEscaped(),
                            tr("revision %1").arg(shownRevision()).toHtmlEscaped());
    if (m_revision > 0)
        text += QStringLiteral(" · <span style=\"color:#555\">") +
                tr("an earlier signed revision, shown as it was signed").toHtmlEscaped() +
                QStringLiteral("</span>");
    else if (!m_inspection.editable())
        text += QStringLiteral(" · <span style=\"color:#b00020\">") +
                tr("signed and frozen: amend it to change anything").toHtmlEscaped() +
                QStringLiteral("</span>");
    if (m_template.draft)
        text += QStringLiteral("<br><span style=\"color:#777; font-size:small\">") +
                tr("Draft template %1: replace it with the bureau's official wording (template import).")
                    .arg(m_template.displayName())
                    .toHtmlEscaped() +
                QStringLiteral("</span>");
    m_banner->setText(text);
}

bool InspectionEditor::selectItem(const QString &itemId)
{
    const QModelIndex index = m_model->indexOf(itemId);
    if (!index.isValid())
        return false;
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
    if (m_item != itemId)
        showItem(itemId);
    return true;
}

void InspectionEditor::showItem(const QString &itemId)
{
    flush();
    m_loading = true;
    m_item = itemId;
    const core::TemplateItem *item = m_template.item(itemId);
    const core::TemplateGroup *group = m_template.groupOf(itemId);
    const core::ContentAnswer *a = m_model->answer(itemId);
    m_itemTitle->setText((item && item->key ? QStringLiteral("★ ") : QString()) + itemId +
                         QStringLiteral("  ") +
                         (item ? InspectionVocabulary::pick(item->text, item->textEn) : QString()));
    QStringList hints;
    if (group)
        hints << InspectionVocabulary::pick(group->title, group->titleEn).toHtmlEscaped();
    if (item && item->key)
        hints << QStringLiteral("<b style=\"color:#b06000\">") + tr("key item of the plan").toHtmlEscaped() +
                     QStringLiteral("</b>");
    if (item && !item->clause.isEmpty())
        hints << tr("clause: %1").arg(item->clause).toHtmlEscaped();
    if (item && !item->evidenceHint.isEmpty())
        hints << tr("look at: %1").arg(item->evidenceHint).toHtmlEscaped();
    m_itemHint->setText(hints.join(QStringLiteral(" · ")));
    m_finding->setPlainText(a ? a->finding : QString());
    m_clause->setText(a ? a->clause : QString());
    m_clause->setPlaceholderText(item && !item->clause.isEmpty() ? item->clause
                                                                 : tr("the clause the finding rests on"));
    m_finding->setReadOnly(m_readOnly);
    m_clause->setReadOnly(m_readOnly);
    updateVerdictButtons();
    m_evidence->showItem(m_uuid, itemId, !m_readOnly && m_revision == 0);
    m_loading = false;
}

void InspectionEditor::updateVerdictButtons()
{
    const core::ContentAnswer *a = m_model->answer(m_item);
    // An exclusive group cannot show "none checked"; lift it while setting the state.
    m_verdicts->setExclusive(false);
    for (int n = 0; n < m_template.verdicts.size(); ++n)
        if (QAbstractButton *b = m_verdicts->button(n)) {
            b->setChecked(a && a->verdict == m_template.verdicts[n].key);
            b->setEnabled(!m_readOnly);
        }
    m_verdicts->setExclusive(true);
}

bool InspectionEditor::setVerdictIndex(int n)
{
    if (n < 0 || n >= m_template.verdicts.size())
        return false;
    return setVerdict(m_template.verdicts[n].key);
}

bool InspectionEditor::setVerdict(const QString &key)
{
    if (m_readOnly || m_item.isEmpty() || !m_repo)
        return false;
    auto stored = m_repo->inspections().setVerdict(m_uuid, m_item, key, core::systemActor());
    if (!stored) {
        reportError(tr("Cannot store the verdict"), stored.error());
        updateVerdictButtons();
        return false;
    }
    core::ContentAnswer a = m_model->answer(m_item) ? *m_model->answer(m_item) : core::ContentAnswer{};
    a.itemId = m_item;
    a.verdict = key;
    m_model->setAnswer(a);
    updateVerdictButtons();
    updateBanner();
    storedNow();
    // A defect or nonconformity needs its finding: the cursor goes there.
    if (const core::TemplateVerdict *v = m_template.verdict(key);
        v && v->findingRequired && a.finding.isEmpty())
        m_finding->setFocus();
    return true;
}

void InspectionEditor::nextItem()
{
    flush();
    const QString next = m_model->nextItem(m_item);
    if (!next.isEmpty())
        selectItem(next);
    m_view->setFocus();
}

void InspectionEditor::highlight(const QStringList &itemIds)
{
    m_model->setHighlighted(itemIds);
    if (!itemIds.isEmpty())
        selectItem(itemIds.first());
}

void InspectionEditor::showTab(Tab tab)
{
    m_tabs->setCurrentIndex(int(tab));
}

void InspectionEditor::stage(const QString &target, const QString &text)
{
    if (m_readOnly || !m_repo)
        return;
    // Kept at once (a crash loses at most this keystroke), stored as the answer after a pause.
    if (core::Status st = m_repo->inspections().stageText(m_uuid, target, text); !st) {
        reportError(tr("Cannot keep the text"), st.error());
        return;
    }
    m_pending.insert(target, text);
    m_idle.start();
    m_saved->setText(tr("Typing… kept"));
}

bool InspectionEditor::commit(const QString &target, const QString &text)
{
    if (core::Status st = m_repo->inspections().commitText(m_uuid, target, text, core::systemActor()); !st) {
        reportError(tr("Cannot store the text"), st.error());
        return false;
    }
    if (target.startsWith(u"finding:") || target.startsWith(u"clause:")) {
        const QString id = target.mid(target.indexOf(u':') + 1);
        core::ContentAnswer a = m_model->answer(id) ? *m_model->answer(id) : core::ContentAnswer{};
        a.itemId = id;
        (target.startsWith(u"finding:") ? a.finding : a.clause) = text;
        m_model->setAnswer(a);
    }
    return true;
}

void InspectionEditor::flush()
{
    m_idle.stop();
    if (m_pending.isEmpty() || !m_repo)
        return;
    const auto pending = std::exchange(m_pending, {});
    bool any = false;
    for (auto it = pending.cbegin(); it != pending.cend(); ++it)
        any = commit(it.key(), it.value()) || any;
    if (any)
        storedNow();
}

void InspectionEditor::storedNow()
{
    m_saved->setText(tr("Stored %1").arg(QTime::currentTime().toString(QStringLiteral("HH:mm:ss"))));
    Q_EMIT stored();
}

void InspectionEditor::reportError(const QString &title, const core::Error &e)
{
    m_saved->setText(e.text());
    DialogService::instance().warning(this, title, e.text());
}

bool InspectionEditor::typingIn(QObject *o) const
{
    return qobject_cast<QLineEdit *>(o) || qobject_cast<QPlainTextEdit *>(o) || qobject_cast<QDateEdit *>(o);
}

bool InspectionEditor::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::FocusOut && typingIn(watched)) {
        flush();
        return false;
    }
    if (event->type() != QEvent::KeyPress)
        return QWidget::eventFilter(watched, event);
    auto *key = static_cast<QKeyEvent *>(event);
    const bool enter = key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter;
    if (watched == m_finding) {
        // Enter goes on to the next item; Shift+Enter is a new line of the finding.
        if (enter && !(key->modifiers() & Qt::ShiftModifier)) {
            nextItem();
            return true;
        }
        return false;
    }
    if (watched == m_clause && enter) {
        nextItem();
        return true;
    }
    if (typingIn(watched))
        return false;
    if (key->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier))
        return false;
    if (key->key() >= Qt::Key_1 && key->key() <= Qt::Key_9) {
        setVerdictIndex(key->key() - Qt::Key_1);
        return true;
    }
    if (enter) {
        nextItem();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace ui

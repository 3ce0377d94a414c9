#include "rectificationunitstab.h"

#include "clock.h"
#include "dialogservice.h"
#include "rectificationdialogs.h"
#include "rectificationdocuments.h"
#include "rectificationhtml.h"
#include "rectificationlabels.h"
#include "rectificationtablemodel.h"
#include "storage/repository.h"

#include <QComboBox>
#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPrinter>
#include <QPrintPreviewDialog>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

#include <algorithm>

namespace ui {

namespace {

QTableWidget *makeTable(const QString &name, const QStringList &headers, QWidget *parent)
{
    auto *t = new QTableWidget(parent);
    t->setObjectName(name);
    t->setColumnCount(static_cast<int>(headers.size()));
    t->setHorizontalHeaderLabels(headers);
    t->verticalHeader()->hide();
    t->verticalHeader()->setDefaultSectionSize(t->fontMetrics().height() + 8);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->setSortingEnabled(true);
    t->setWordWrap(false);
    t->horizontalHeader()->setStretchLastSection(true);
    return t;
}

QTableWidgetItem *numberItem(int n)
{
    auto *i = new QTableWidgetItem;
    i->setData(Qt::DisplayRole, n);
    i->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return i;
}

QPushButton *button(const QString &name, const QString &text, QWidget *parent)
{
    auto *b = new QPushButton(text, parent);
    b->setObjectName(name);
    return b;
}

} // namespace

// --- RectificationUnitsTab
// ----------------------------------------------------------------------------------

RectificationUnitsTab::RectificationUnitsTab(RectificationTableModel *model, QWidget *parent)
    : QWidget(parent), m_model(model)
{
    setObjectName(QStringLiteral("rectificationUnitsTab"));
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("rectificationUnitSearchEdit"));
    m_search->setClearButtonEnabled(true);
    m_search->setPlaceholderText(tr("Search unit or credit code"));
    m_scope = new QComboBox(this);
    m_scope->setObjectName(QStringLiteral("unitScopeCombo"));
    m_scope->addItem(tr("Each unit's latest campaign"), QStringLiteral("latest"));
    m_scope->addItem(tr("All campaigns"), QStringLiteral("all"));
    m_table = makeTable(QStringLiteral("unitProblemTable"),
                        {tr("Unit"), tr("Credit code"), tr("District"), tr("Items"), tr("Awaiting"),
                         tr("Overdue"), tr("Closed")},
                        this);
    const int ch = m_table->fontMetrics().horizontalAdvance(QStringLiteral("名"));
    for (const auto &[c, w] : {std::pair{0, 16}, {2, 6}, {3, 4}, {4, 4}, {5, 4}})
        m_table->setColumnWidth(c, w * ch);
    // The whole 18-character credit code.
    m_table->setColumnWidth(
        CreditCode, m_table->fontMetrics().horizontalAdvance(QStringLiteral("91120111MA0XYWLW8M")) + ch);
    m_detail = new QTextBrowser(this);
    m_detail->setObjectName(QStringLiteral("unitProblemBrowser"));
    m_printOrder = button(QStringLiteral("printOrderButton"), tr("&Print order to correct…"), this);
    m_saveOrder = button(QStringLiteral("saveOrderButton"), tr("Save order as PDF…"), this);
    m_printConfirmation = button(QStringLiteral("printConfirmationButton"), tr("Print &confirmation…"), this);
    m_saveConfirmation =
        button(QStringLiteral("saveConfirmationButton"), tr("Save confirmation as PDF…"), this);
    m_closeConfirmed =
        button(QStringLiteral("closeConfirmedButton"), tr("Close &confirmed items (销号)"), this);
    m_show = button(QStringLiteral("showUnitItemsButton"), tr("Show in the &list"), this);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_search, 2);
    bar->addWidget(m_scope, 1);
    auto *buttons = new QHBoxLayout;
    for (QPushButton *b : {m_printOrder, m_saveOrder, m_printConfirmation, m_saveConfirmation})
        buttons->addWidget(b);
    auto *buttons2 = new QHBoxLayout;
    buttons2->addWidget(m_closeConfirmed);
    buttons2->addWidget(m_show);
    buttons2->addStretch();
    auto *side = new QWidget(this);
    auto *sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    sideLayout->addWidget(m_detail, 1);
    sideLayout->addLayout(buttons);
    sideLayout->addLayout(buttons2);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_table);
    splitter->addWidget(side);
    splitter->setSizes({600, 520});
    splitter->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addLayout(bar);
    layout->addWidget(splitter, 1);

    connect(m_search, &QLineEdit::textChanged, this, &RectificationUnitsTab::refresh);
    connect(m_scope, &QComboBox::currentIndexChanged, this, &RectificationUnitsTab::refresh);
    connect(m_table, &QTableWidget::currentCellChanged, this, [this] {
        showDetail();
        updateActions();
    });
    connect(m_printOrder, &QPushButton::clicked, this, [this] { printDocument(false); });
    connect(m_printConfirmation, &QPushButton::clicked, this, [this] { printDocument(true); });
    connect(m_saveOrder, &QPushButton::clicked, this, [this] { chooseAndSave(false); });
    connect(m_saveConfirmation, &QPushButton::clicked, this, [this] { chooseAndSave(true); });
    connect(m_closeConfirmed, &QPushButton::clicked, this, &RectificationUnitsTab::closeConfirmed);
    connect(m_show, &QPushButton::clicked, this, [this] {
        const QString scope = m_scope->currentData().toString();
        QUuid campaign;
        if (scope == u"latest") {
            const auto items = scopedItems(currentUnit());
            if (!items.isEmpty())
                campaign = items.first().item.campaign;
        } else if (scope != u"all") {
            campaign = m_scope->currentData().toUuid();
        }
        Q_EMIT showItems(currentUnit(), campaign);
    });
    updateActions();
}

void RectificationUnitsTab::setRepository(core::Repository &repo)
{
    m_repo = &repo;
    refresh();
}

QList<core::RectificationRow> RectificationUnitsTab::scopedItems(const QUuid &unit) const
{
    if (unit.isNull())
        return {};
    QList<const core::RectificationRow *> rows;
    for (const core::RectificationRow &r : m_model->snapshot().rows)
        if (r.item.unit == unit)
            rows << &r;
    QList<core::RectificationRow> out;
    for (const core::RectificationRow *r : inScope(rows))
        out << *r;
    return out;
}

QList<const core::RectificationRow *>
RectificationUnitsTab::inScope(const QList<const core::RectificationRow *> &unitRows) const
{
    const QVariant scope = m_scope->currentData();
    if (scope.toString() == u"latest")
        return print::RectificationDocuments::latestCampaign(unitRows);
    const QUuid campaign = scope.toUuid();
    if (campaign.isNull())
        return unitRows;
    QList<const core::RectificationRow *> rows;
    for (const core::RectificationRow *r : unitRows)
        if (r->item.campaign == campaign)
            rows << r;
    return rows;
}

void RectificationUnitsTab::refresh()
{
    {
        // Campaigns to choose from, after the two fixed entries.
        const QSignalBlocker block(m_scope);
        const QVariant current = m_scope->currentData();
        while (m_scope->count() > 2)
            m_scope->removeItem(2);
        for (const core::CampaignInfo &c : m_model->campaigns())
            m_scope->addItem(c.name, c.uuid);
        const int i = m_scope->findData(current);
        m_scope->setCurrentIndex(i >= 0 ? i : 0);
    }
    const QUuid selected = currentUnit();
    const QDate today = m_model->today();
    struct Tally
    {
        const core::RectificationRow *first = nullptr;
        int items = 0, awaiting = 0, overdue = 0, closed = 0;
    };
    QHash<QUuid, QList<const core::RectificationRow *>> byUnit;
    for (const core::RectificationRow &r : m_model->snapshot().rows)
        byUnit[r.item.unit] << &r;
    const QString search = m_search->text().trimmed();
    m_table->setSortingEnabled(false);
    m_table->setRowCount(0);
    int row = 0;
    // Inserted by name, so that units with as many overdue items stay in name order after the (stable) sort.
    QList<QHash<QUuid, QList<const core::RectificationRow *>>::const_iterator> units;
    units.reserve(byUnit.size());
    for (auto it = byUnit.cbegin(); it != byUnit.cend(); ++it)
        units << it;
    std::sort(units.begin(), units.end(), [](const auto &x, const auto &y) {
        const QString &a = x.value().first()->unitName, &b = y.value().first()->unitName;
        return a != b ? a < b : x.key() < y.key();
    });
    for (const auto &it : std::as_const(units)) {
        const core::RectificationRow &any = *it.value().first();
        if (!search.isEmpty() && !any.unitName.contains(search, Qt::CaseInsensitive) &&
            !any.unitCreditCode.contains(search, Qt::CaseInsensitive))
            continue;
        // The unit's rows are at hand: scopedItems() would scan every item once per unit.
        const QList<const core::RectificationRow *> items = inScope(it.value());
        if (items.isEmpty())
            continue;
        Tally t;
        for (const core::RectificationRow *r : items) {
            ++t.items;
            t.awaiting +=
                r->item.awaitingReport() || r->item.status == core::RectificationStatus::Reported ? 1 : 0;
            t.overdue += r->item.isOverdue(today) ? 1 : 0;
            t.closed += r->item.status == core::RectificationStatus::Closed ? 1 : 0;
        }
        m_table->insertRow(row);
        auto *name = new QTableWidgetItem(any.unitName);
        name->setData(Qt::UserRole, it.key());
        if (t.closed == t.items)
            name->setForeground(rlabels::stageColor(core::RectificationStage::Rectified));
        m_table->setItem(row, UnitName, name);
        m_table->setItem(row, CreditCode, new QTableWidgetItem(any.unitCreditCode));
        m_table->setItem(row, District, new QTableWidgetItem(any.district));
        m_table->setItem(row, Items, numberItem(t.items));
        m_table->setItem(row, Awaiting, numberItem(t.awaiting));
        QTableWidgetItem *overdue = numberItem(t.overdue);
        if (t.overdue > 0)
            overdue->setForeground(rlabels::stageColor(core::RectificationStage::Overdue));
        m_table->setItem(row, Overdue, overdue);
        m_table->setItem(row, Closed, numberItem(t.closed));
        ++row;
    }
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(Overdue, Qt::DescendingOrder);
    if (!selectUnit(selected)) {
        showDetail();
        updateActions();
    }
}

bool RectificationUnitsTab::selectUnit(const QUuid &unit)
{
    if (unit.isNull())
        return false;
    for (int r = 0; r < m_table->rowCount(); ++r)
        if (m_table->item(r, UnitName)->data(Qt::UserRole).toUuid() == unit) {
            m_table->setCurrentCell(r, UnitName);
            m_table->scrollToItem(m_table->item(r, UnitName));
            showDetail();
            updateActions();
            return true;
        }
    return false;
}

QUuid RectificationUnitsTab::currentUnit() const
{
    const int r = m_table->currentRow();
    QTableWidgetItem *i = r >= 0 ? m_table->item(r, UnitName) : nullptr;
    return i ? i->data(Qt::UserRole).toUuid() : QUuid();
}

void RectificationUnitsTab::showDetail()
{
    const QUuid unit = currentUnit();
    const QList<core::RectificationRow> items = scopedItems(unit);
    if (items.isEmpty()) {
        m_detail->setHtml(
            QStringLiteral("<p style=\"color:gray\">") +
            tr("Select a unit to see its problem list and print its documents.").toHtmlEscaped() +
            QStringLiteral("</p>"));
        return;
    }
    m_detail->setHtml(RectificationHtml::unit(items.first().unitName, items.first().unitCreditCode, items,
                                              m_model->today()));
}

void RectificationUnitsTab::updateActions()
{
    const QList<core::RectificationRow> items = scopedItems(currentUnit());
    bool allClosed = !items.isEmpty(), anyConfirmed = false;
    for (const core::RectificationRow &r : items) {
        allClosed = allClosed && r.item.status == core::RectificationStatus::Closed;
        anyConfirmed = anyConfirmed || r.item.status == core::RectificationStatus::Confirmed;
    }
    m_printOrder->setEnabled(!items.isEmpty());
    m_saveOrder->setEnabled(!items.isEmpty());
    m_printConfirmation->setEnabled(allClosed);
    m_saveConfirmation->setEnabled(allClosed);
    const QString notYet = items.isEmpty() || allClosed
                               ? QString()
                               : tr("The confirmation is printed once every item is closed");
    m_printConfirmation->setToolTip(notYet);
    m_saveConfirmation->setToolTip(notYet);
    m_closeConfirmed->setEnabled(anyConfirmed && m_repo);
    m_show->setEnabled(!items.isEmpty());
}

core::Result<print::PrintJob> RectificationUnitsTab::document(bool confirmation) const
{
    const QUuid unit = currentUnit();
    if (!m_repo || unit.isNull())
        return core::makeError(core::ErrorCode::InvalidInput, tr("select a unit first"));
    auto u = m_repo->unit(unit);
    if (!u)
        return u.error();
    if (!*u)
        return core::makeError(core::ErrorCode::NotFound, tr("the unit no longer exists"));
    print::UnitDocumentInput in;
    in.unit = **u;
    in.items = scopedItems(unit);
    in.issuer = print::RectificationDocuments::issuerFor(m_model->snapshot(), in.items);
    in.date = m_repo->clock().today();
    return confirmation ? print::RectificationDocuments::confirmation(in)
                        : print::RectificationDocuments::orderToCorrect(in);
}

void RectificationUnitsTab::printDocument(bool confirmation)
{
    auto job = document(confirmation);
    if (!job) {
        DialogService::instance().warning(this, tr("Cannot print"), job.error().text());
        return;
    }
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(job->title);
    QPrintPreviewDialog preview(&printer, this);
    preview.setWindowTitle(job->title);
    connect(&preview, &QPrintPreviewDialog::paintRequested, this, [&job](QPrinter *p) {
        if (core::Status st = print::DocumentPrinter::print({*job}, *p); !st)
            qWarning("%s", qPrintable(st.error().text()));
    });
    preview.exec();
}

bool RectificationUnitsTab::savePdf(bool confirmation, const QString &path)
{
    auto job = document(confirmation);
    core::Status st = job ? print::DocumentPrinter::writePdf({*job}, path) : core::Status(job.error());
    if (!st) {
        DialogService::instance().warning(this, tr("Cannot save the PDF"), st.error().text());
        return false;
    }
    return true;
}

void RectificationUnitsTab::chooseAndSave(bool confirmation)
{
    const QList<core::RectificationRow> items = scopedItems(currentUnit());
    if (items.isEmpty())
        return;
    const QString name = (confirmation ? tr("confirmation-%1.pdf") : tr("order-to-correct-%1.pdf"))
                             .arg(items.first().unitCreditCode);
    const QString path = DialogService::instance().saveFileName(
        this, confirmation ? tr("Save the confirmation") : tr("Save the order to correct"),
        QDir::home().filePath(name), tr("PDF (*.pdf)"));
    if (!path.isEmpty())
        savePdf(confirmation, path);
}

void RectificationUnitsTab::closeConfirmed()
{
    if (!m_repo)
        return;
    QList<QUuid> confirmed;
    for (const core::RectificationRow &r : scopedItems(currentUnit()))
        if (r.item.status == core::RectificationStatus::Confirmed)
            confirmed << r.item.meta.uuid;
    if (confirmed.isEmpty() ||
        !DialogService::instance().question(this, tr("Close confirmed items"),
                                            tr("Close (销号) the %n confirmed items of this unit?", nullptr,
                                               static_cast<int>(confirmed.size()))))
        return;
    core::Status st = m_repo->transaction([&]() -> core::Status {
        for (const QUuid &uuid : std::as_const(confirmed)) {
            core::TransitionRequest r;
            r.action = core::RectificationAction::Close;
            if (auto done = m_repo->rectification().transition(uuid, r, core::systemActor()); !done)
                return done.error();
        }
        return {};
    });
    if (!st)
        DialogService::instance().warning(this, tr("Cannot close the items"), st.error().text());
}

// --- RiskTab
// ------------------------------------------------------------------------------------------------

RiskTab::RiskTab(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("riskTab"));
    m_level = new QComboBox(this);
    m_level->setObjectName(QStringLiteral("riskLevelCombo"));
    m_level->addItem(tr("Medium and high risk"), static_cast<int>(core::RiskLevel::Medium));
    m_level->addItem(tr("High risk only"), static_cast<int>(core::RiskLevel::High));
    m_level->addItem(tr("Every unit with points"), static_cast<int>(core::RiskLevel::Low));
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("riskCountLabel"));
    auto *complaint = new QPushButton(tr("Record a &complaint…"), this);
    complaint->setObjectName(QStringLiteral("recordComplaintButton"));
    auto *show = new QPushButton(tr("Show the unit's &items"), this);
    show->setObjectName(QStringLiteral("showRiskItemsButton"));
    m_table = makeTable(QStringLiteral("riskTable"),
                        {tr("Risk"), tr("Score"), tr("Unit"), tr("District"), tr("Reasons")}, this);
    const int ch = m_table->fontMetrics().horizontalAdvance(QStringLiteral("名"));
    for (const auto &[c, w] : {std::pair{0, 5}, {1, 3}, {2, 16}, {3, 6}})
        m_table->setColumnWidth(c, w * ch + 12);
    m_detail = new QTextBrowser(this);
    m_detail->setObjectName(QStringLiteral("riskDetailBrowser"));
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_level);
    bar->addWidget(m_count);
    bar->addStretch();
    bar->addWidget(complaint);
    bar->addWidget(show);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_table);
    splitter->addWidget(m_detail);
    splitter->setSizes({700, 420});
    splitter->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addLayout(bar);
    layout->addWidget(splitter, 1);
    connect(m_level, &QComboBox::currentIndexChanged, this, &RiskTab::fill);
    connect(m_table, &QTableWidget::currentCellChanged, this, &RiskTab::showDetail);
    connect(show, &QPushButton::clicked, this, [this] {
        const int r = m_table->currentRow();
        if (r >= 0)
            Q_EMIT showItems(m_table->item(r, 2)->data(Qt::UserRole).toUuid());
    });
    connect(complaint, &QPushButton::clicked, this, [this] {
        if (!m_repo)
            return;
        const int r = m_table->currentRow();
        auto *dialog = new ComplaintDialog(
            *m_repo, r >= 0 ? m_table->item(r, 2)->data(Qt::UserRole).toUuid() : QUuid(), this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QDialog::accepted, this, &RiskTab::complaintRecorded);
        dialog->open();
    });
}

void RiskTab::setRepository(core::Repository &repo)
{
    m_repo = &repo;
    m_units.reset();
}

core::Status RiskTab::refresh(const QList<core::RectificationRow> &rows, QDate today)
{
    if (!m_repo)
        return {};
    if (!m_units) {
        auto units = m_repo->units();
        if (!units)
            return units.error();
        m_units = std::move(*units);
    }
    auto complaints = m_repo->rectification().complaints();
    if (!complaints)
        return complaints.error();
    m_complaints = std::move(*complaints);
    m_risks = core::RiskAssessment::assess(*m_units, rows, m_complaints, today);
    fill();
    return {};
}

void RiskTab::fill()
{
    const QUuid selected = m_table->currentRow() >= 0
                               ? m_table->item(m_table->currentRow(), 2)->data(Qt::UserRole).toUuid()
                               : QUuid();
    const auto minimum = static_cast<core::RiskLevel>(m_level->currentData().toInt());
    m_table->setSortingEnabled(false);
    m_table->setRowCount(0);
    int row = 0, selectRow = -1;
    for (const core::UnitRisk &risk : std::as_const(m_risks)) {
        if (risk.level < minimum)
            continue;
        m_table->insertRow(row);
        auto *level = new QTableWidgetItem(rlabels::risk(risk.level));
        level->setData(Qt::UserRole, static_cast<int>(risk.level));
        level->setForeground(rlabels::riskColor(risk.level));
        QFont bold = level->font();
        bold.setBold(risk.level == core::RiskLevel::High);
        level->setFont(bold);
        m_table->setItem(row, 0, level);
        m_table->setItem(row, 1, numberItem(risk.score));
        auto *name = new QTableWidgetItem(risk.unitName);
        name->setData(Qt::UserRole, risk.unit);
        name->setToolTip(risk.creditCode);
        m_table->setItem(row, 2, name);
        m_table->setItem(row, 3, new QTableWidgetItem(risk.district));
        QStringList reasons;
        for (const core::RiskReason &r : risk.reasons)
            reasons << r.text;
        m_table->setItem(row, 4, new QTableWidgetItem(reasons.join(tr("; "))));
        if (risk.unit == selected)
            selectRow = row;
        ++row;
    }
    m_table->setSortingEnabled(true);
    m_count->setText(tr("%n units", nullptr, row));
    if (selectRow >= 0)
        m_table->setCurrentCell(selectRow, 2);
    showDetail();
}

void RiskTab::showDetail()
{
    const int r = m_table->currentRow();
    const QUuid unit =
        r >= 0 && m_table->item(r, 2) ? m_table->item(r, 2)->data(Qt::UserRole).toUuid() : QUuid();
    for (const core::UnitRisk &risk : std::as_const(m_risks))
        if (risk.unit == unit) {
            QList<core::Complaint> own;
            for (const core::Complaint &c : std::as_const(m_complaints))
                if (c.unit == unit)
                    own << c;
            std::sort(own.begin(), own.end(), [](const core::Complaint &a, const core::Complaint &b) {
                return a.receivedOn > b.receivedOn;
            });
            m_detail->setHtml(RectificationHtml::risk(risk, own));
            return;
        }
    m_detail->setHtml(
        QStringLiteral("<p style=\"color:gray\">") +
        tr("Units with findings in several campaigns, failed rectifications, enforcement cases, "
           "complaints or overdue items are listed here, the highest risk first. Select one to see "
           "why.")
            .toHtmlEscaped() +
        QStringLiteral("</p>"));
}

} // namespace ui

#include "verificationpage.h"

#include "calendar.h"
#include "clock.h"
#include "dialogservice.h"
#include "documentprinter.h"
#include "reverificationtab.h"
#include "storage/repository.h"
#include "verification/obligations.h"
#include "verification/revokedlist.h"
#include "verification/verificationstore.h"
#include "verificationdialogs.h"

#include <QAction>
#include <QDateEdit>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QTabWidget>
#include <QToolBar>
#include <QVBoxLayout>

namespace ui {

namespace {

void setRow(QTableWidget *t, int row, const QStringList &cells, const QColor &background = {})
{
    for (int c = 0; c < cells.size(); ++c) {
        auto *item = new QTableWidgetItem(cells[c]);
        if (background.isValid())
            item->setBackground(background);
        t->setItem(row, c, item);
    }
}

} // namespace

VerificationPage::VerificationPage(core::Repository &repo, QWidget *parent) : AreaPage(parent)
{
    auto *layout = new QVBoxLayout(this);
    m_tabs = new QTabWidget(this);
    layout->addWidget(m_tabs);

    auto *registerPage = new QWidget(this);
    auto *registerLayout = new QVBoxLayout(registerPage);
    registerLayout->setContentsMargins(0, 0, 0, 0);
    auto *tools = new QToolBar(registerPage);
    tools->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_inspect = tools->addAction(tr("&Inspect…"), this, [this] {
        if (const auto b = currentBody())
            Q_EMIT inspectRequested(b->meta.uuid);
    });
    m_inspect->setObjectName(QStringLiteral("inspectInstitutionAction"));
    m_inspect->setToolTip(tr("A supervision inspection of the chosen body on its checklist"));
    m_declared = tools->addAction(tr("&Declared items…"), this, &VerificationPage::editDeclaredItems);
    m_declared->setObjectName(QStringLiteral("declaredItemsAction"));
    m_revoke = tools->addAction(tr("Re&voke…"), this, &VerificationPage::revokeCurrent);
    m_revoke->setObjectName(QStringLiteral("revokeAction"));
    tools->addSeparator();
    m_publish = tools->addAction(tr("&Publish revoked list…"), this, [this] {
        const QString path = DialogService::instance().saveFileName(
            this, tr("List of revoked verification bodies"), tr("revoked-bodies.xlsx"),
            tr("Excel workbook (*.xlsx);;CSV (*.csv);;PDF (*.pdf)"));
        if (!path.isEmpty())
            publishRevoked(path);
    });
    m_publish->setObjectName(QStringLiteral("publishRevokedAction"));
    registerLayout->addWidget(tools);
    m_register = makeRowTable({tr("Name"), tr("Credit code"), tr("Kind"), tr("Status"), tr("Certificate"),
                               tr("Valid to / published"), tr("Items"), tr("Region")},
                              registerPage);
    m_register->setSelectionMode(QAbstractItemView::SingleSelection);
    registerLayout->addWidget(m_register);
    connect(m_register, &QTableWidget::itemSelectionChanged, this, &VerificationPage::updateActions);
    connect(m_register, &QTableWidget::itemActivated, this, [this] { editDeclaredItems(); });
    m_tabs->addTab(registerPage, tr("&Register"));

    auto *calendar = new QWidget(this);
    auto *calendarLayout = new QVBoxLayout(calendar);
    auto *bar = new QHBoxLayout;
    auto *asOfLabel = new QLabel(tr("&As of:"), calendar);
    m_asOf = new QDateEdit(calendar);
    m_asOf->setCalendarPopup(true);
    m_asOf->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    asOfLabel->setBuddy(m_asOf);
    m_summary = new QLabel(calendar);
    bar->addWidget(asOfLabel);
    bar->addWidget(m_asOf);
    bar->addSpacing(16);
    bar->addWidget(m_summary, 1);
    auto *closeButton = new QToolBar(calendar);
    closeButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_close =
        closeButton->addAction(tr("&Record evidence…"), this, &VerificationPage::closeCurrentObligation);
    m_close->setObjectName(QStringLiteral("closeObligationAction"));
    m_close->setToolTip(tr("Record the day the chosen obligation was met and the evidence"));
    bar->addWidget(closeButton);
    calendarLayout->addLayout(bar);
    m_obligations = makeRowTable({tr("Status"), tr("Due"), tr("Institution"), tr("Obligation"), tr("For"),
                                  tr("Closed on"), tr("Evidence")},
                                 calendar);
    calendarLayout->addWidget(m_obligations);
    m_tabs->addTab(calendar, tr("&Obligations calendar"));
    m_obligations->setSelectionMode(QAbstractItemView::SingleSelection);
    connect(m_obligations, &QTableWidget::itemSelectionChanged, this, &VerificationPage::updateActions);
    connect(m_asOf, &QDateEdit::dateChanged, this, [this] { (void)reload(); });
    m_reverification = new ReverificationTab(repo, this);
    m_tabs->addTab(m_reverification, tr("Re-&verification"));

    (void)setRepository(repo);
}

core::Status VerificationPage::setRepository(core::Repository &repo)
{
    disconnect(m_connection);
    m_repo = &repo;
    m_connection = connect(&repo, &core::Repository::changed, this, &VerificationPage::repositoryChanged);
    const QSignalBlocker block(m_asOf);
    m_asOf->setDate(repo.clock().today());
    if (m_reverification)
        m_reverification->setRepository(repo);
    return reload();
}

void VerificationPage::activated()
{
    (void)reload();
}

void VerificationPage::repositoryChanged(core::Entity entity, const QList<QUuid> &uuids)
{
    Q_UNUSED(uuids);
    switch (entity) {
    case core::Entity::VerificationBody:
    case core::Entity::DeclaredItem:
    case core::Entity::ObligationClosure:
    case core::Entity::MonthlyReport:
    case core::Entity::Reverification:
        (void)reload();
        m_reverification->reload();
        break;
    default:
        break;
    }
}

core::Status VerificationPage::reload()
{
    core::VerificationStore &store = m_repo->verification();
    auto bodies = store.bodies();
    auto items = store.declaredItems();
    auto closures = store.closures();
    auto reports = store.monthlyReports();
    if (!bodies)
        return bodies.error();
    if (!items)
        return items.error();
    if (!closures)
        return closures.error();
    if (!reports)
        return reports.error();

    using namespace core::verificationvocab;
    const QUuid chosen = currentBody() ? currentBody()->meta.uuid : QUuid();
    const QSignalBlocker block(m_register);
    m_bodies = *bodies;
    m_register->setRowCount(int(bodies->size()));
    for (int r = 0; r < bodies->size(); ++r) {
        const core::VerificationBody &b = bodies->at(r);
        const bool authorized = b.kind == core::BodyKind::Authorized;
        setRow(m_register, r,
               {b.name, b.creditCode, label(b.kind), label(b.status), b.certificateNo,
                core::calendar::isoDate(authorized ? b.expiresOn : b.publishedOn),
                b.items.join(QStringLiteral("、")), b.region},
               b.status == core::BodyStatus::Revoked ? QColor(0xee, 0xee, 0xee) : QColor());
    }
    m_register->resizeColumnsToContents();
    for (int r = 0; r < m_bodies.size(); ++r)
        if (m_bodies[r].meta.uuid == chosen)
            m_register->selectRow(r);

    const QDate asOf = m_asOf->date();
    QList<core::Obligation> all;
    for (const core::VerificationBody &b : *bodies)
        all += core::Obligations::of(b, *items, *closures, *reports, asOf);
    core::Obligations::sort(all);
    int overdue = 0, due = 0;
    const QSignalBlocker blockCalendar(m_obligations);
    m_obligations->setRowCount(int(all.size()));
    for (int r = 0; r < all.size(); ++r) {
        const core::Obligation &o = all[r];
        QColor background;
        if (o.status == core::ObligationStatus::Overdue) {
            background = QColor(0xfd, 0xe2, 0xe1);
            ++overdue;
        } else if (o.status == core::ObligationStatus::Due) {
            background = QColor(0xff, 0xf4, 0xd6);
            ++due;
        }
        setRow(m_obligations, r,
               {core::Obligations::label(o.status) + (o.late ? tr(" (late)") : QString()),
                core::calendar::isoDate(o.dueOn), o.bodyName, core::Obligations::label(o.kind), o.period,
                core::calendar::isoDate(o.closedOn), o.evidence},
               background);
    }
    m_obligations->resizeColumnsToContents();
    m_shownObligations = all;
    updateActions();
    m_summary->setText(tr("%1 institutions; %2 obligations overdue, %3 due within 30 days")
                           .arg(bodies->size())
                           .arg(overdue)
                           .arg(due));
    return {};
}

std::optional<core::VerificationBody> VerificationPage::currentBody() const
{
    const QList<QTableWidgetItem *> selected = m_register->selectedItems();
    const int row = selected.isEmpty() ? -1 : selected.first()->row();
    if (row < 0 || row >= m_bodies.size())
        return std::nullopt;
    return m_bodies[row];
}

void VerificationPage::updateActions()
{
    const auto b = currentBody();
    const bool active =
        b && b->status != core::BodyStatus::Revoked && b->status != core::BodyStatus::Withdrawn;
    m_inspect->setEnabled(active);
    m_declared->setEnabled(b.has_value());
    m_revoke->setEnabled(active);
    const QList<QTableWidgetItem *> selected = m_obligations->selectedItems();
    const int row = selected.isEmpty() ? -1 : selected.first()->row();
    m_close->setEnabled(row >= 0 && row < m_shownObligations.size() &&
                        m_shownObligations[row].status != core::ObligationStatus::Done);
}

void VerificationPage::editDeclaredItems()
{
    if (const auto b = currentBody()) {
        DeclaredItemsDialog dialog(*m_repo, *b, this);
        dialog.exec();
    }
}

void VerificationPage::revokeCurrent()
{
    const auto b = currentBody();
    if (!b)
        return;
    RevokeDialog dialog(*b, m_repo->clock().today(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    auto revoked = m_repo->verification().revoke(b->meta.uuid, dialog.ground(), dialog.date(), dialog.note(),
                                                 core::systemActor());
    if (!revoked)
        DialogService::instance().warning(this, tr("Cannot revoke"), revoked.error().text());
}

bool VerificationPage::publishRevoked(const QString &path)
{
    auto bodies = m_repo->verification().bodies();
    core::Status st = bodies ? core::Status{} : core::Status(bodies.error());
    if (st) {
        const QList<core::RevokedListRow> rows = core::RevokedList::rows(*bodies);
        if (QFileInfo(path).suffix().compare(u"pdf", Qt::CaseInsensitive) == 0) {
            const print::PrintJob job{core::RevokedList::title(),
                                      core::RevokedList::html(rows),
                                      tr("as of %1").arg(core::calendar::isoDate(m_repo->clock().today())),
                                      {}};
            st = print::DocumentPrinter::writePdf({job}, path);
        } else {
            st = core::RevokedList::write(path, rows);
        }
    }
    if (!st) {
        DialogService::instance().warning(this, tr("Cannot write the list"), st.error().text());
        return false;
    }
    return true;
}

void VerificationPage::closeCurrentObligation()
{
    const QList<QTableWidgetItem *> selected = m_obligations->selectedItems();
    const int row = selected.isEmpty() ? -1 : selected.first()->row();
    if (row < 0 || row >= m_shownObligations.size())
        return;
    const core::Obligation o = m_shownObligations[row];
    CloseObligationDialog dialog(o, m_repo->clock().today(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    core::ObligationClosure c;
    c.body = o.body;
    c.kind = core::Obligations::key(o.kind);
    c.dueOn = o.dueOn;
    c.closedOn = dialog.closedOn();
    c.evidence = dialog.evidence();
    auto saved = m_repo->verification().saveClosure(c, core::systemActor());
    if (!saved)
        DialogService::instance().warning(this, tr("Cannot record the evidence"), saved.error().text());
}

} // namespace ui

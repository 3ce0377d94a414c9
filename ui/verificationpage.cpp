#include "verificationpage.h"

#include "calendar.h"
#include "clock.h"
#include "storage/repository.h"
#include "verification/obligations.h"
#include "verification/verificationstore.h"

#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QTabWidget>
#include <QVBoxLayout>

namespace ui {

namespace {

QTableWidget *makeTable(const QStringList &headers, QWidget *parent)
{
    auto *t = new QTableWidget(0, int(headers.size()), parent);
    t->setHorizontalHeaderLabels(headers);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setAlternatingRowColors(true);
    t->verticalHeader()->hide();
    t->horizontalHeader()->setStretchLastSection(true);
    return t;
}

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

    m_register = makeTable({tr("Name"), tr("Credit code"), tr("Kind"), tr("Status"), tr("Certificate"),
                            tr("Valid to / published"), tr("Items"), tr("Region")},
                           this);
    m_tabs->addTab(m_register, tr("&Register"));

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
    calendarLayout->addLayout(bar);
    m_obligations = makeTable({tr("Status"), tr("Due"), tr("Institution"), tr("Obligation"), tr("For"),
                               tr("Closed on"), tr("Evidence")},
                              calendar);
    calendarLayout->addWidget(m_obligations);
    m_tabs->addTab(calendar, tr("&Obligations calendar"));
    connect(m_asOf, &QDateEdit::dateChanged, this, [this] { (void)reload(); });

    (void)setRepository(repo);
}

core::Status VerificationPage::setRepository(core::Repository &repo)
{
    disconnect(m_connection);
    m_repo = &repo;
    m_connection = connect(&repo, &core::Repository::changed, this, &VerificationPage::repositoryChanged);
    const QSignalBlocker block(m_asOf);
    m_asOf->setDate(repo.clock().today());
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

    const QDate asOf = m_asOf->date();
    QList<core::Obligation> all;
    for (const core::VerificationBody &b : *bodies)
        all += core::Obligations::of(b, *items, *closures, *reports, asOf);
    core::Obligations::sort(all);
    int overdue = 0, due = 0;
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
    m_summary->setText(tr("%1 institutions; %2 obligations overdue, %3 due within 30 days")
                           .arg(bodies->size())
                           .arg(overdue)
                           .arg(due));
    return {};
}

} // namespace ui

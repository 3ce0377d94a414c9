#include "auditview.h"

#include "entity.h"
#include "storage/repository.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace ui {

void AuditTableModel::setEntries(QList<core::AuditEntry> entries)
{
    beginResetModel();
    m_entries = std::move(entries);
    endResetModel();
}

int AuditTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int AuditTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size())
        return {};
    const core::AuditEntry &e = m_entries.at(index.row());
    if (role == RawRole) {
        switch (index.column()) {
        case Seq:
            return e.seq;
        case Time:
            return e.at;
        default:
            break;
        }
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != RawRole)
        return {};
    switch (index.column()) {
    case Seq:
        return e.seq;
    case Time:
        return QDateTime::fromString(e.at, Qt::ISODateWithMs)
            .toLocalTime()
            .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    case Actor:
        return e.actor;
    case Kind:
        return e.entity;
    case Action:
        return e.action == u"create"   ? tr("created")
               : e.action == u"update" ? tr("changed")
               : e.action == u"delete" ? tr("deleted")
                                       : e.action;
    case Record:
        return e.uuid.toString(QUuid::WithoutBraces);
    case Changes:
        return role == Qt::DisplayRole ? e.changes.left(300) : e.changes;
    default:
        return {};
    }
}

QVariant AuditTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Seq:
        return tr("No.");
    case Time:
        return tr("Time");
    case Actor:
        return tr("User");
    case Kind:
        return tr("Record kind");
    case Action:
        return tr("Action");
    case Record:
        return tr("Record");
    case Changes:
        return tr("Changes");
    default:
        return {};
    }
}

AuditView::AuditView(core::Repository &repo, QWidget *parent)
    : QWidget(parent), m_repo(&repo), m_model(new AuditTableModel(this))
{
    setObjectName(QStringLiteral("auditView"));
    auto *layout = new QVBoxLayout(this);
    auto *filters = new QHBoxLayout;
    m_actor = new QComboBox;
    m_actor->setObjectName(QStringLiteral("auditUserComboBox"));
    m_kind = new QComboBox;
    m_kind->setObjectName(QStringLiteral("auditKindComboBox"));
    m_kind->addItem(tr("All record kinds"), QString());
    for (core::Entity e : core::allEntities())
        m_kind->addItem(core::entityKey(e), core::entityKey(e));
    m_from = new QDateEdit;
    m_from->setObjectName(QStringLiteral("auditFromDateEdit"));
    m_to = new QDateEdit;
    m_to->setObjectName(QStringLiteral("auditToDateEdit"));
    for (QDateEdit *d : {m_from, m_to}) {
        d->setCalendarPopup(true);
        d->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        d->setMinimumDate(QDate(2000, 1, 1));
        d->setSpecialValueText(tr("any day"));
        d->setDate(d->minimumDate());
    }
    m_text = new QLineEdit;
    m_text->setObjectName(QStringLiteral("auditSearchEdit"));
    m_text->setPlaceholderText(tr("Search users, records and changed values"));
    m_text->setClearButtonEnabled(true);
    filters->addWidget(new QLabel(tr("User:")));
    filters->addWidget(m_actor);
    filters->addWidget(new QLabel(tr("Kind:")));
    filters->addWidget(m_kind);
    filters->addWidget(new QLabel(tr("From:")));
    filters->addWidget(m_from);
    filters->addWidget(new QLabel(tr("To:")));
    filters->addWidget(m_to);
    filters->addWidget(m_text, 1);
    layout->addLayout(filters);

    auto *statusRow = new QHBoxLayout;
    m_status = new QLabel;
    m_status->setObjectName(QStringLiteral("auditStatusLabel"));
    m_status->setWordWrap(true);
    auto *verifyButton = new QPushButton(tr("&Verify the chain"));
    verifyButton->setObjectName(QStringLiteral("verifyAuditButton"));
    m_shown = new QLabel;
    m_shown->setObjectName(QStringLiteral("auditShownLabel"));
    statusRow->addWidget(m_status, 1);
    statusRow->addWidget(m_shown);
    statusRow->addWidget(verifyButton);
    layout->addLayout(statusRow);

    m_view = new QTableView;
    m_view->setObjectName(QStringLiteral("auditTableView"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_view, 1);

    connect(m_actor, &QComboBox::currentIndexChanged, this, &AuditView::applyFilter);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &AuditView::applyFilter);
    connect(m_from, &QDateEdit::dateChanged, this, &AuditView::applyFilter);
    connect(m_to, &QDateEdit::dateChanged, this, &AuditView::applyFilter);
    connect(m_text, &QLineEdit::textChanged, this, &AuditView::applyFilter);
    connect(verifyButton, &QPushButton::clicked, this, &AuditView::verify);
}

void AuditView::setRepository(core::Repository &repo)
{
    m_repo = &repo;
    m_all.clear();
    m_model->setEntries({});
    m_status->setStyleSheet({});
    m_status->setText(tr("Not verified yet: press Verify the chain."));
}

core::AuditFilter AuditView::filter() const
{
    core::AuditFilter f;
    f.actor = m_actor->currentData().toString();
    f.entity = m_kind->currentData().toString();
    if (m_from->date() != m_from->minimumDate())
        f.from = m_from->date();
    if (m_to->date() != m_to->minimumDate())
        f.to = m_to->date();
    f.text = m_text->text();
    return f;
}

core::Status AuditView::reload()
{
    if (core::Status st = m_repo->authorize(core::Action::ViewAudit); !st) {
        m_all.clear();
        m_model->setEntries({});
        m_status->setText(st.error().message);
        return st;
    }
    auto entries = m_repo->auditEntries();
    if (!entries)
        return entries.error();
    m_all = std::move(*entries);
    const QString current = m_actor->currentData().toString();
    QSignalBlocker block(m_actor);
    m_actor->clear();
    m_actor->addItem(tr("All users"), QString());
    for (const QString &actor : core::auditActors(m_all))
        m_actor->addItem(actor, actor);
    m_actor->setCurrentIndex(std::max(0, m_actor->findData(current)));
    applyFilter();
    return {};
}

void AuditView::applyFilter()
{
    m_model->setEntries(filter().apply(m_all));
    m_shown->setText(tr("%1 of %2 entries").arg(m_model->rowCount()).arg(m_all.size()));
    m_view->resizeColumnsToContents();
}

void AuditView::verify()
{
    auto report = m_repo->verifyAudit();
    if (!report) {
        m_status->setText(report.error().message);
        return;
    }
    if (report->ok()) {
        m_status->setStyleSheet(QStringLiteral("color: #1b5e20"));
        m_status->setText(tr("The audit trail is intact: %1 entries chained, %2 records match their latest "
                             "entry.")
                              .arg(report->entriesChecked)
                              .arg(report->recordsChecked));
        return;
    }
    m_status->setStyleSheet(QStringLiteral("color: #b00020"));
    m_status->setText(
        (report->firstChainBreak > 0
             ? tr("%1 problems; the chain breaks at entry #%2.")
                   .arg(report->problems.size())
                   .arg(report->firstChainBreak)
             : tr("%1 problems: records were changed outside MetInspect.").arg(report->problems.size())) +
        u' ' + report->problems.first().message);
}

} // namespace ui

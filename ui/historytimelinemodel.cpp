#include "historytimelinemodel.h"

#include "calendar.h"
#include "history/historytext.h"
#include "history/historyvocabulary.h"
#include "roles.h"

#include <QBrush>
#include <QColor>

namespace ui {

void HistoryTimelineModel::reset(const QList<core::HistoryEvent> &events,
                                 const QList<core::Equipment> &equipment,
                                 const QHash<QUuid, int> &attachments)
{
    beginResetModel();
    m_events = events;
    m_attachments = attachments;
    m_equipment.clear();
    for (const core::Equipment &e : equipment)
        m_equipment.insert(e.meta.uuid, e);
    endResetModel();
}

const core::HistoryEvent *HistoryTimelineModel::eventAt(int row) const
{
    return row >= 0 && row < m_events.size() ? &m_events[row] : nullptr;
}

int HistoryTimelineModel::rowOf(const QUuid &uuid) const
{
    for (int r = 0; r < m_events.size(); ++r)
        if (m_events[r].meta.uuid == uuid)
            return r;
    return -1;
}

int HistoryTimelineModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_events.size());
}

int HistoryTimelineModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HistoryTimelineModel::data(const QModelIndex &index, int role) const
{
    const core::HistoryEvent *e = eventAt(index.row());
    if (!e)
        return {};
    if (role == UuidRole)
        return e->meta.uuid;
    if (role == Qt::ForegroundRole && index.column() == Outcome && e->outcome == core::Outcome::Fail)
        return QBrush(QColor(0xb0, 0x1c, 0x1c));
    const bool raw = role == RawRole;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && !raw)
        return {};
    switch (index.column()) {
    case Date:
        return raw ? QVariant(e->date) : QVariant(core::calendar::isoDate(e->date));
    case Type:
        return raw ? QVariant(int(e->type)) : QVariant(core::vocab::label(e->type));
    case Subject: {
        QString subject = m_equipment.contains(e->equipment)
                              ? core::HistoryText::instrument(m_equipment[e->equipment])
                              : e->serialNo;
        if (!e->parameter.isEmpty())
            subject = subject.isEmpty() ? e->parameter : subject + QStringLiteral(" / ") + e->parameter;
        return subject;
    }
    case Outcome:
        return raw ? QVariant(core::vocab::key(e->outcome))
                   : QVariant(e->outcome == core::Outcome::None ? QString()
                                                                : core::vocab::label(e->outcome, e->type));
    case Summary: {
        QString text = core::HistoryText::summary(*e);
        if (role == Qt::ToolTipRole && !e->note.isEmpty())
            text += QStringLiteral("\n") + e->note;
        return text;
    }
    case RecordedBy:
        return e->recordedBy;
    case Attachments: {
        const int n = m_attachments.value(e->meta.uuid);
        return raw ? QVariant(n) : QVariant(n > 0 ? QString::number(n) : QString());
    }
    default:
        return {};
    }
}

QVariant HistoryTimelineModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Date:
        return tr("Date");
    case Type:
        return tr("Entry");
    case Subject:
        return tr("Instrument / parameter");
    case Outcome:
        return tr("Result");
    case Summary:
        return tr("What");
    case RecordedBy:
        return tr("Recorded by");
    case Attachments:
        return tr("Files");
    default:
        return {};
    }
}

} // namespace ui

#include "recordcommands.h"

#include "dialogservice.h"
#include "storage/repository.h"

#include <QApplication>
#include <QCoreApplication>

namespace ui {

namespace {

core::Result<core::Unit> store(core::Repository &repo, const core::Unit &u)
{
    return repo.saveUnit(u, core::systemActor());
}

core::Result<core::Standard> store(core::Repository &repo, const core::Standard &s)
{
    return repo.saveStandard(s, core::systemActor());
}

constexpr core::Entity entityOf(const core::Unit *)
{
    return core::Entity::Unit;
}
constexpr core::Entity entityOf(const core::Standard *)
{
    return core::Entity::Standard;
}

QString describe(const core::Unit &u)
{
    return u.name;
}
QString describe(const core::Standard &s)
{
    return s.certificateNo + u' ' + s.name;
}

QString saveText(const core::Unit *, bool created)
{
    return created ? QCoreApplication::translate("ui::RecordCommands", "Add unit “%1”")
                   : QCoreApplication::translate("ui::RecordCommands", "Edit unit “%1”");
}

QString saveText(const core::Standard *, bool created)
{
    return created ? QCoreApplication::translate("ui::RecordCommands", "Add standard “%1”")
                   : QCoreApplication::translate("ui::RecordCommands", "Edit standard “%1”");
}

QString removeText(const core::Unit *)
{
    return QCoreApplication::translate("ui::RecordCommands", "Delete unit “%1”");
}
QString removeText(const core::Standard *)
{
    return QCoreApplication::translate("ui::RecordCommands", "Delete standard “%1”");
}
} // namespace

RecordCommand::RecordCommand(core::Repository &repo, QUndoCommand *parent)
    : QUndoCommand(parent), m_repo(&repo)
{}

bool RecordCommand::fail(const core::Error &error)
{
    m_lastError = error;
    setObsolete(true);
    DialogService::instance().warning(
        QApplication::activeWindow(),
        QCoreApplication::translate("ui::RecordCommands", "Cannot undo or redo"),
        QCoreApplication::translate("ui::RecordCommands", "“%1” could not be done: %2")
            .arg(text(), error.text()));
    return false;
}

template<typename T>
SaveRecordCommand<T>::SaveRecordCommand(core::Repository &repo, std::optional<T> before, T after,
                                        QUndoCommand *parent)
    : RecordCommand(repo, parent), m_before(std::move(before)), m_after(std::move(after)),
      m_revision(m_after.meta.revision)
{
    setText(saveText(static_cast<const T *>(nullptr), !m_before).arg(describe(m_after)));
}

template<typename T> void SaveRecordCommand<T>::undo()
{
    if (!m_before) {
        if (core::Status st = repo().remove(entityOf(static_cast<const T *>(nullptr)), m_after.meta.uuid,
                                            core::systemActor());
            !st) {
            fail(st.error());
            return;
        }
        m_revision = 0;
        succeeded();
        return;
    }
    T previous = *m_before;
    previous.meta.revision = m_revision;
    auto stored = store(repo(), previous);
    if (!stored) {
        fail(stored.error());
        return;
    }
    m_revision = stored->meta.revision;
    succeeded();
}

template<typename T> void SaveRecordCommand<T>::redo()
{
    if (firstRedo())
        return;
    T next = m_after;
    next.meta.revision = m_revision; // 0 after an undone creation: stored anew under the same UUID
    auto stored = store(repo(), next);
    if (!stored) {
        fail(stored.error());
        return;
    }
    m_revision = stored->meta.revision;
    succeeded();
}

template<typename T>
RemoveRecordCommand<T>::RemoveRecordCommand(core::Repository &repo, T removed,
                                            QList<core::Equipment> equipment, QList<core::Person> personnel,
                                            QUndoCommand *parent)
    : RecordCommand(repo, parent), m_removed(std::move(removed)), m_equipment(std::move(equipment)),
      m_personnel(std::move(personnel))
{
    setText(removeText(static_cast<const T *>(nullptr)).arg(describe(m_removed)));
}

template<typename T> void RemoveRecordCommand<T>::undo()
{
    const QString actor = core::systemActor();
    core::Status st = repo().transaction([&]() -> core::Status {
        T again = m_removed;
        again.meta.revision = 0;
        if (auto stored = store(repo(), again); !stored)
            return stored.error();
        for (core::Equipment e : m_equipment) {
            e.meta.revision = 0;
            if (auto stored = repo().saveEquipment(e, actor); !stored)
                return stored.error();
        }
        for (core::Person p : m_personnel) {
            p.meta.revision = 0;
            if (auto stored = repo().savePerson(p, actor); !stored)
                return stored.error();
        }
        return {};
    });
    if (!st) {
        fail(st.error());
        return;
    }
    succeeded();
}

template<typename T> void RemoveRecordCommand<T>::redo()
{
    if (firstRedo())
        return;
    if (core::Status st = repo().remove(entityOf(static_cast<const T *>(nullptr)), m_removed.meta.uuid,
                                        core::systemActor());
        !st) {
        fail(st.error());
        return;
    }
    succeeded();
}

template class SaveRecordCommand<core::Unit>;
template class SaveRecordCommand<core::Standard>;
template class RemoveRecordCommand<core::Unit>;
template class RemoveRecordCommand<core::Standard>;

} // namespace ui

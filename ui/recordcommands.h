#pragma once

#include "registry/registrytypes.h"
#include "result.h"

#include <QUndoCommand>

#include <optional>

namespace core {
class Repository;
}

namespace ui {

/// An undoable change of a registry record. Each command is pushed after its change was already stored
/// (so the dialog could show core's error inline); the first redo() therefore does nothing. Undo and redo
/// store a version again through the repository with the revision the command last wrote, so a change
/// someone else made meanwhile is refused as a conflict instead of being overwritten. A failed undo/redo
/// is reported through DialogService and the command is dropped from the stack.
class RecordCommand : public QUndoCommand
{
public:
    explicit RecordCommand(core::Repository &repo, QUndoCommand *parent = nullptr);
    /// The error of the last undo or redo, if it failed.
    const std::optional<core::Error> &lastError() const { return m_lastError; }

protected:
    core::Repository &repo() const { return *m_repo; }
    /// Reports a failure and marks the command obsolete; returns false for convenience.
    bool fail(const core::Error &error);
    void succeeded() { m_lastError.reset(); }
    bool firstRedo() { return std::exchange(m_firstRedo, false); }

private:
    core::Repository *m_repo;
    bool m_firstRedo = true;
    std::optional<core::Error> m_lastError;
};

/// A unit or standard created (`before` empty) or edited in a dialog.
template<typename T> class SaveRecordCommand final : public RecordCommand
{
public:
    SaveRecordCommand(core::Repository &repo, std::optional<T> before, T after,
                      QUndoCommand *parent = nullptr);
    void undo() override;
    void redo() override;

private:
    std::optional<T> m_before;
    T m_after;
    qint64 m_revision; ///< the revision stored by the last undo/redo
};

/// A unit or standard deleted; undo stores it again under its UUID (a standard with its equipment and
/// personnel).
template<typename T> class RemoveRecordCommand final : public RecordCommand
{
public:
    RemoveRecordCommand(core::Repository &repo, T removed, QList<core::Equipment> equipment = {},
                        QList<core::Person> personnel = {}, QUndoCommand *parent = nullptr);
    void undo() override;
    void redo() override;

private:
    T m_removed;
    QList<core::Equipment> m_equipment;
    QList<core::Person> m_personnel;
};

using SaveUnitCommand = SaveRecordCommand<core::Unit>;
using SaveStandardCommand = SaveRecordCommand<core::Standard>;
using RemoveUnitCommand = RemoveRecordCommand<core::Unit>;
using RemoveStandardCommand = RemoveRecordCommand<core::Standard>;

extern template class SaveRecordCommand<core::Unit>;
extern template class SaveRecordCommand<core::Standard>;
extern template class RemoveRecordCommand<core::Unit>;
extern template class RemoveRecordCommand<core::Standard>;

} // namespace ui

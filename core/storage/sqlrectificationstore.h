#pragma once

#include "rectification/rectificationstore.h"
#include "sqlops.h"

namespace core {

/// The RectificationStore of an SQL workspace: tables rectification_items, rectification_events and
/// complaints (schema version 7).
class SqlRectificationStore final : public RectificationStore, public SqlStore
{
    Q_DECLARE_TR_FUNCTIONS(core::SqlRectificationStore)
public:
    explicit SqlRectificationStore(SqlRepository &repo) : SqlStore(repo) {}

    Result<RectificationItem> create(const Finding &finding, const QString &actor) override;
    Result<RectificationItem> transition(const QUuid &item, const TransitionRequest &request,
                                         const QString &actor, const QStringList &evidence = {}) override;
    Result<Attachment> attach(const QUuid &item, const QString &path, const QString &actor) override;
    Status remove(const QUuid &item, const QString &actor) override;
    Result<std::optional<RectificationItem>> item(const QUuid &uuid) override;
    Result<QList<RectificationItem>> items(const QUuid &unit = {}) override;
    Result<QList<RectificationRow>> rows(const QList<QUuid> &only = {}) override;
    Result<QList<RectificationEvent>> events(const QUuid &item = {}) override;
    Result<QList<Attachment>> evidence(const QUuid &item) override;
    Result<QList<QUuid>> findByPrefix(const QString &prefix) override;
    Result<QList<Complaint>> complaints(const QUuid &unit = {}) override;
    Result<Complaint> saveComplaint(Complaint complaint, const QString &actor) override;
    Status removeComplaint(const QUuid &uuid, const QString &actor) override;

    /// Refuses removing a unit or standard that items or complaints refer to (for SqlRepository::remove).
    Status checkRemoval(Entity entity, const QUuid &uuid);

private:
    Result<qint64> count(const QString &sql, const QUuid &uuid);
    Status checkFinding(const RectificationItem &item);
    Result<RectificationEvent> saveEvent(RectificationEvent event, const QString &actor);
};

} // namespace core

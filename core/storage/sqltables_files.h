#pragma once

// Row mapping of attachments. Internal to the SQL repository.

#include "files/attachment.h"
#include "sqltables.h"

namespace core::sql {

template<> struct Table<Attachment>
{
    static constexpr Entity entity = Entity::Attachment;
    static QString name() { return QStringLiteral("attachments"); }
    static QStringList columns()
    {
        return {QStringLiteral("owner_entity"), QStringLiteral("owner_uuid"), QStringLiteral("file_name"),
                QStringLiteral("sha256"),       QStringLiteral("size"),       QStringLiteral("mime_type"),
                QStringLiteral("note")};
    }
    static QVariantList values(const Attachment &a)
    {
        return {entityKey(a.ownerEntity), text(a.owner), a.fileName, a.sha256, a.size, a.mimeType, a.note};
    }
    static void read(const QSqlQuery &q, int c, Attachment &a)
    {
        a.ownerEntity = entityFromKey(q.value(c++).toString()).value_or(Entity::Standard);
        a.owner = uuidAt(q, c++);
        a.fileName = q.value(c++).toString();
        a.sha256 = q.value(c++).toString();
        a.size = q.value(c++).toLongLong();
        a.mimeType = q.value(c++).toString();
        a.note = q.value(c++).toString();
    }
};

} // namespace core::sql

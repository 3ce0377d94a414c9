#pragma once

#include "entity.h"
#include "registry/registrytypes.h"
#include "result.h"

#include <QJsonObject>
#include <QString>
#include <QUuid>

namespace core {

/// A file kept with a record: a scan of a certificate in the history log, a photo taken on site, a
/// rectification report. The content lives once in the workspace's file store, named by its SHA-256;
/// the record says whose it is, what it was called and what it is.
struct Attachment
{
    RecordMeta meta;
    Entity ownerEntity = Entity::Standard;
    QUuid owner;
    QString fileName; ///< the name it had when it was added, without folders
    QString sha256;   ///< hex, lower case
    qint64 size = 0;
    QString mimeType;
    QString note;
};

QJsonObject toJson(const Attachment &a);
Status validate(const Attachment &a);

} // namespace core

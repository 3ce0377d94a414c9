#include "entity.h"

namespace core {

namespace {
struct EntityKey
{
    Entity entity;
    const char *key;
};

const EntityKey kKeys[] = {
    // Registry
    {Entity::Bureau, "bureau"},
    {Entity::Unit, "unit"},
    {Entity::Standard, "standard"},
    {Entity::Equipment, "equipment"},
    {Entity::Person, "person"},
    // Files attached to records
    {Entity::Attachment, "attachment"},
    // Accounts and security
    {Entity::Account, "account"},
};
} // namespace

QString entityKey(Entity e)
{
    for (const EntityKey &k : kKeys)
        if (k.entity == e)
            return QString::fromLatin1(k.key);
    return {};
}

std::optional<Entity> entityFromKey(const QString &key)
{
    for (const EntityKey &k : kKeys)
        if (QLatin1StringView(k.key) == key)
            return k.entity;
    return std::nullopt;
}

QList<Entity> allEntities()
{
    QList<Entity> out;
    for (const EntityKey &k : kKeys)
        out << k.entity;
    return out;
}

} // namespace core

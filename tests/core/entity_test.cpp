// Every kind of record has its own key: the audit trail, the export packages and the merge name records by
// it.
#include "entity.h"

#include <QSet>

#include <gtest/gtest.h>

using namespace core;

TEST(Entity, EveryKindHasADistinctKeyThatReadsBack)
{
    const QList<Entity> all = allEntities();
    ASSERT_GE(all.size(), 6);
    EXPECT_EQ(all.first(), Entity::Bureau);
    QSet<QString> keys;
    for (Entity e : all) {
        const QString key = entityKey(e);
        EXPECT_FALSE(key.isEmpty());
        EXPECT_FALSE(keys.contains(key)) << key.toStdString();
        keys.insert(key);
        EXPECT_EQ(entityFromKey(key), e) << key.toStdString();
    }
    EXPECT_EQ(entityKey(Entity::Attachment), QStringLiteral("attachment"));
    EXPECT_FALSE(entityFromKey(QStringLiteral("nonsense")));
}

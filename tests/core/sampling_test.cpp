// The verifiable draw engine MI-DRAW-1: the stream, the size rule, coverage of strata, members per
// stratum, weights and determinism. The expected values of the worked examples were computed with an
// independent implementation of the algorithm as README.md documents it (Python, hashlib).
#include "sampling/sampler.h"

#include "demo/demorandom.h"

#include <QSet>

#include <gtest/gtest.h>

using namespace core::sampling;

namespace {

Item item(const QString &key, qint64 weight, const QStringList &strata, const QList<Member> &members = {})
{
    return Item{key, weight, strata, members};
}

/// A generated population: units with one to four fields out of `fields`, one to three standards per
/// field, some of them weighing more.
Population generated(quint64 seed, int units, int fields)
{
    core::DemoRandom rng(seed);
    QList<Item> items;
    for (int u = 0; u < units; ++u) {
        Item it;
        it.key = QStringLiteral("U%1").arg(rng.next() % 1000000000ULL, 9, 10, QLatin1Char('0'));
        it.weight = rng.percent(20) ? 250 : kNormalWeight;
        // Rare fields: only some units hold the last few, so the first stage often misses them.
        const int count = rng.between(1, 4);
        for (int f = 0; f < count; ++f) {
            const int field = rng.percent(90) ? rng.below(std::max(1, fields - 3)) : rng.below(fields);
            const QString stratum = QStringLiteral("%1").arg(field + 1, 2, 10, QLatin1Char('0'));
            if (it.strata.contains(stratum))
                continue;
            it.strata << stratum;
            for (int s = rng.between(1, 3); s > 0; --s)
                it.members.append({it.key + u'-' + stratum + u'-' + QString::number(s), stratum});
        }
        items << it;
    }
    auto p = Population::make(items);
    EXPECT_TRUE(p.ok());
    return *p;
}

} // namespace

TEST(DrawStream, IsSha256InCounterModeReadBigEndian)
{
    DrawStream s(QStringLiteral("20210602"), QStringLiteral("units"));
    // SHA-256("MI-DRAW-1\0" "20210602\0" "units\0" 00 00 00 00 00 00 00 00), then the next block.
    EXPECT_EQ(s.nextWord(), 0x1a9104a7550bb423ULL);
    EXPECT_EQ(s.nextWord(), 0x436d77bd3f1dca55ULL);
    EXPECT_EQ(s.nextWord(), 0x0abdb0cc1f58c759ULL);
    EXPECT_EQ(s.nextWord(), 0xfa1f1fc8c889110dULL);
    EXPECT_EQ(s.nextWord(), 0xcfb71e8b87645d2eULL) << "the fifth word is the first of block 1";
    EXPECT_EQ(s.wordsUsed(), 5u);

    DrawStream again(QStringLiteral("20210602"), QStringLiteral("units"));
    QList<quint64> digits;
    for (int i = 0; i < 8; ++i)
        digits << again.below(10);
    EXPECT_EQ(digits, (QList<quint64>{3, 3, 1, 9, 8, 5, 3, 0}));
    EXPECT_EQ(again.below(3), 1u);

    DrawStream otherLabel(QStringLiteral("20210602"), QStringLiteral("bureaus"));
    EXPECT_NE(otherLabel.nextWord(), 0x1a9104a7550bb423ULL) << "each label is its own stream";
    DrawStream otherSeed(QStringLiteral("20210603"), QStringLiteral("units"));
    EXPECT_NE(otherSeed.nextWord(), 0x1a9104a7550bb423ULL);
}

TEST(DrawStream, RejectsTheWordsThatWouldBiasTheModulo)
{
    // n = 2^63 + 1: the words from n up to 2^64 - 1 would map to 0 .. 2^63 - 2 a second time, so about
    // half of all words are rejected and every accepted word is returned unchanged.
    const quint64 n = (quint64(1) << 63) + 1;
    DrawStream s(QStringLiteral("bias"), QStringLiteral("test"));
    DrawStream raw(QStringLiteral("bias"), QStringLiteral("test"));
    for (int i = 0; i < 200; ++i) {
        const quint64 r = s.below(n);
        EXPECT_LT(r, n);
        quint64 w = raw.nextWord();
        while (w >= n)
            w = raw.nextWord();
        EXPECT_EQ(r, w);
    }
    EXPECT_GT(s.wordsUsed(), 300u) << "about 400 words for 200 results";
    EXPECT_LT(s.wordsUsed(), 500u);

    // A power of two divides 2^64: nothing is rejected.
    DrawStream p(QStringLiteral("bias"), QStringLiteral("test"));
    for (int i = 0; i < 100; ++i)
        EXPECT_LT(p.below(1024), 1024u);
    EXPECT_EQ(p.wordsUsed(), 100u);
    EXPECT_EQ(p.below(1), 0u);
    EXPECT_EQ(p.wordsUsed(), 100u) << "below(1) draws nothing";
}

TEST(Sampler, SampleSizeIsTheCeilingOfTheRatio)
{
    Parameters p; // 20 %
    EXPECT_EQ(sampleSize(0, p), 0);
    EXPECT_EQ(sampleSize(1, p), 1);
    EXPECT_EQ(sampleSize(3, p), 1);
    EXPECT_EQ(sampleSize(5, p), 1);
    EXPECT_EQ(sampleSize(6, p), 2);
    EXPECT_EQ(sampleSize(48, p), 10) << "9.6 rounds up";
    EXPECT_EQ(sampleSize(50, p), 10);
    EXPECT_EQ(sampleSize(51, p), 11);
    EXPECT_EQ(sampleSize(10000, p), 2000);
    p.ratioBasisPoints = 2500;
    EXPECT_EQ(sampleSize(17, p), 5) << "4.25 rounds up";
    p.ratioBasisPoints = 10000;
    EXPECT_EQ(sampleSize(17, p), 17);
    p.ratioBasisPoints = 1;
    p.minimumSize = 3;
    EXPECT_EQ(sampleSize(17, p), 3);
    EXPECT_EQ(sampleSize(2, p), 2) << "never more than the population";
}

TEST(Sampler, WorkedExampleMatchesTheIndependentImplementation)
{
    // Five units; B weighs double. 20 % of 5 is one unit, drawn: E (field 23). Fields 04, 12 and 15 are
    // then missing and force one unit each: A for 04 (picked by weight among A, B and D), B for 12 (the
    // only one left) and C for 15.
    auto p = Population::make({
        item(QStringLiteral("D"), 100, {QStringLiteral("04")},
             {{QStringLiteral("D1"), QStringLiteral("04")}, {QStringLiteral("D2"), QStringLiteral("04")}}),
        item(QStringLiteral("B"), 200, {QStringLiteral("12"), QStringLiteral("04")},
             {{QStringLiteral("B3"), QStringLiteral("12")},
              {QStringLiteral("B1"), QStringLiteral("04")},
              {QStringLiteral("B2"), QStringLiteral("12")}}),
        item(QStringLiteral("A"), 100, {QStringLiteral("04")},
             {{QStringLiteral("A1"), QStringLiteral("04")}}),
        item(QStringLiteral("C"), 100, {QStringLiteral("15")},
             {{QStringLiteral("C1"), QStringLiteral("15")}}),
        item(QStringLiteral("E"), 100, {QStringLiteral("23")},
             {{QStringLiteral("E1"), QStringLiteral("23")}}),
    });
    ASSERT_TRUE(p.ok()) << p.error().text().toStdString();
    EXPECT_EQ(p->items().first().key, QStringLiteral("A")) << "canonical order";
    EXPECT_EQ(p->items()[1].strata, (QStringList{QStringLiteral("04"), QStringLiteral("12")}));
    EXPECT_EQ(QString::fromUtf8(p->canonicalBytes()).section(u'\n', 0, 4),
              QStringLiteral("I\tA\t100\t04\nM\tA1\t04\nI\tB\t200\t04,12\nM\tB1\t04\nM\tB2\t12"));
    EXPECT_EQ(p->sha256(),
              QStringLiteral("247bae1637ce4a745bcbebbf06844ca704d05b759bacd1ae64ca8c102dcab8b1"));

    const Outcome o = draw(*p, Parameters{}, QStringLiteral("20210602"), QStringLiteral("units"));
    EXPECT_EQ(o.baseSize, 1);
    EXPECT_EQ(o.drawn, QStringList{QStringLiteral("E")});
    EXPECT_EQ(o.additions, (QList<Addition>{{QStringLiteral("04"), QStringLiteral("A")},
                                            {QStringLiteral("12"), QStringLiteral("B")},
                                            {QStringLiteral("15"), QStringLiteral("C")}}));
    EXPECT_EQ(o.selected(*p), (QStringList{QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C"),
                                           QStringLiteral("E")}));
    EXPECT_EQ(o.members.value(QStringLiteral("A")), QStringList{QStringLiteral("A1")});
    EXPECT_EQ(o.members.value(QStringLiteral("B")), (QStringList{QStringLiteral("B1"), QStringLiteral("B2")}))
        << "one of B's two field-12 standards, and its only field-04 one";
    EXPECT_EQ(o.members.value(QStringLiteral("E")), QStringList{QStringLiteral("E1")});
    EXPECT_FALSE(o.members.contains(QStringLiteral("D")));
}

TEST(Sampler, RefusesAPopulationItCannotOrderCanonically)
{
    EXPECT_FALSE(
        Population::make({item(QStringLiteral("A"), 100, {}), item(QStringLiteral("A"), 100, {})}).ok());
    EXPECT_FALSE(Population::make({item(QStringLiteral("A\tB"), 100, {})}).ok());
    EXPECT_FALSE(Population::make({item(QStringLiteral(""), 100, {})}).ok());
    EXPECT_FALSE(Population::make({item(QStringLiteral("A"), 0, {})}).ok());
    EXPECT_FALSE(Population::make({item(QStringLiteral("A"), 100, {QStringLiteral("04,12")})}).ok());
    auto dup = Population::make(
        {item(QStringLiteral("A"), 100, {QStringLiteral("04")},
              {{QStringLiteral("x"), QStringLiteral("04")}, {QStringLiteral("x"), QStringLiteral("04")}})});
    ASSERT_FALSE(dup.ok());
    EXPECT_TRUE(dup.error().message.contains(QStringLiteral("twice")));
    auto empty = Population::make({});
    ASSERT_TRUE(empty.ok());
    const Outcome none = draw(*empty, Parameters{}, QStringLiteral("1"), QStringLiteral("units"));
    EXPECT_TRUE(none.drawn.isEmpty());
    EXPECT_TRUE(none.additions.isEmpty());
}

TEST(Sampler, OverManySeedsAndPopulationsSizeCoverageAndMembersHold)
{
    int additions = 0;
    for (quint64 pop = 1; pop <= 40; ++pop) {
        const int units = 3 + static_cast<int>(pop * 7 % 120);
        const Population p = generated(pop, units, 12);
        const QStringList strata = p.strata();
        for (int s = 0; s < 15; ++s) {
            const QString seed = QStringLiteral("seed-%1-%2").arg(pop).arg(s);
            Parameters params;
            params.ratioBasisPoints = s % 3 == 0 ? 2000 : (s % 3 == 1 ? 1000 : 3300);
            const Outcome o = draw(p, params, seed, QStringLiteral("units"));
            const int expected = static_cast<int>((qint64(params.ratioBasisPoints) * units + 9999) / 10000);
            ASSERT_EQ(o.baseSize, std::max(1, expected));
            ASSERT_EQ(o.drawn.size(), o.baseSize);
            const QStringList selected = o.selected(p);
            ASSERT_EQ(selected.size(), o.drawn.size() + o.additions.size()) << "no item is chosen twice";
            ASSERT_GE(selected.size(), expected) << "at least ceil(ratio x N)";
            additions += static_cast<int>(o.additions.size());

            // Every stratum of the population has a chosen item and a chosen member.
            QSet<QString> coveredByItems, coveredByMembers;
            for (const QString &key : selected) {
                const Item &it = p.items()[p.indexOf(key)];
                for (const QString &st : it.strata)
                    coveredByItems.insert(st);
                // Within each chosen item: exactly one member per stratum it holds.
                const QStringList chosen = o.members.value(key);
                QSet<QString> memberStrata;
                for (const QString &m : chosen)
                    for (const Member &mem : it.members)
                        if (mem.key == m) {
                            ASSERT_FALSE(memberStrata.contains(mem.stratum)) << "one member per stratum";
                            memberStrata.insert(mem.stratum);
                            coveredByMembers.insert(mem.stratum);
                        }
                ASSERT_EQ(memberStrata.size(), it.strata.size());
            }
            ASSERT_EQ(coveredByItems.size(), strata.size());
            ASSERT_EQ(coveredByMembers.size(), strata.size());
            // Each addition names a stratum the first stage missed and an item that has it.
            QSet<QString> drawnStrata;
            for (const QString &key : o.drawn)
                for (const QString &st : p.items()[p.indexOf(key)].strata)
                    drawnStrata.insert(st);
            for (const Addition &a : o.additions) {
                ASSERT_FALSE(drawnStrata.contains(a.stratum));
                ASSERT_TRUE(p.items()[p.indexOf(a.key)].strata.contains(a.stratum));
                ASSERT_FALSE(o.drawn.contains(a.key));
            }

            // Deterministic: the same seed gives the same outcome, another seed (almost always) another.
            const Outcome again = draw(p, params, seed, QStringLiteral("units"));
            ASSERT_EQ(again.drawn, o.drawn);
            ASSERT_EQ(again.additions, o.additions);
            ASSERT_EQ(again.members, o.members);
        }
    }
    EXPECT_GT(additions, 20) << "the generated populations exercise the coverage stage";
}

TEST(Sampler, AnotherSeedGivesAnotherSample)
{
    const Population p = generated(99, 200, 10);
    QSet<QString> samples;
    for (int s = 0; s < 50; ++s)
        samples.insert(draw(p, Parameters{}, QString::number(s), QStringLiteral("units")).drawn.join(u','));
    EXPECT_EQ(samples.size(), 50);
}

TEST(Sampler, FocusWeightRaisesTheChanceInProportion)
{
    // Ten items, two of weight 300: drawing one item, a heavy one should come out 6/14 of the time.
    QList<Item> items;
    for (int i = 0; i < 10; ++i)
        items << item(QStringLiteral("K%1").arg(i), i < 2 ? 300 : 100, {});
    const Population p = *Population::make(items);
    Parameters params;
    params.ratioBasisPoints = 1000;
    int heavy = 0;
    const int runs = 4000;
    for (int s = 0; s < runs; ++s) {
        const QString key = draw(p, params, QString::number(s), QStringLiteral("w")).drawn.first();
        if (key == u"K0" || key == u"K1")
            ++heavy;
    }
    const double share = double(heavy) / runs;
    EXPECT_NEAR(share, 6.0 / 14.0, 0.03) << heavy;
}

TEST(Sampler, MembersPerStratumZeroTakesEveryMember)
{
    const Population p = generated(7, 30, 6);
    Parameters params;
    params.membersPerStratum = 0;
    const Outcome o = draw(p, params, QStringLiteral("all"), QStringLiteral("units"));
    for (const QString &key : o.selected(p))
        EXPECT_EQ(o.members.value(key).size(), p.items()[p.indexOf(key)].members.size());
    params.membersPerStratum = 2;
    const Outcome two = draw(p, params, QStringLiteral("all"), QStringLiteral("units"));
    for (const QString &key : two.selected(p)) {
        const Item &it = p.items()[p.indexOf(key)];
        int expected = 0;
        for (const QString &st : it.strata) {
            int n = 0;
            for (const Member &m : it.members)
                n += m.stratum == st;
            expected += std::min(n, 2);
        }
        EXPECT_EQ(two.members.value(key).size(), expected);
    }
}

#pragma once

// The writes metinspect-inspection-writer makes, shared with the test that kills it: operation n sets a
// verdict (even n) or stages the finding being typed (odd n) of one item, so the test can compute what
// the workspace must hold after any number of acknowledged operations.

#include <QMap>
#include <QString>
#include <QStringList>

namespace writerops {

struct Operation
{
    bool verdict = true;
    QString itemId;
    QString value;
};

inline Operation operation(int n, const QStringList &items)
{
    static const QStringList kVerdicts = {QStringLiteral("conform"), QStringLiteral("defect"),
                                          QStringLiteral("nonconformity"), QStringLiteral("not_applicable")};
    const int k = n / 2;
    Operation op;
    op.verdict = n % 2 == 0;
    op.itemId = items[k % items.size()];
    op.value =
        op.verdict ? kVerdicts[(k + k / int(items.size())) % 4] : QStringLiteral("现场记录第%1条").arg(n);
    return op;
}

/// Item → verdict and item → staged finding after the first `count` operations.
struct State
{
    QMap<QString, QString> verdicts;
    QMap<QString, QString> staged;
    bool operator==(const State &) const = default;
};

inline State stateAfter(int count, const QStringList &items)
{
    State s;
    for (int n = 0; n < count; ++n) {
        const Operation op = operation(n, items);
        (op.verdict ? s.verdicts : s.staged).insert(op.itemId, op.value);
    }
    return s;
}

} // namespace writerops

#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <functional>

namespace core {

class Repository;

/// Size of a demo workspace.
enum class DemoScale { Small, City, Province };
std::optional<DemoScale> demoScaleFromKey(const QString &key); ///< "small", "city", "province"

struct DemoSummary
{
    int bureaus = 0;
    int units = 0;
    int standards = 0;
    int equipment = 0;
    int personnel = 0;
    QStringList more; ///< what the demo parts made, one line each ("412 history events")
};

/// Fills a workspace with realistic, reproducible demo data (same seed, same names, codes and dates):
/// a bureau hierarchy, units with valid credit codes, standards of every metrology field and category
/// with dates over several years (some expiring soon, some expired, sealed or cancelled), their
/// instruments and staff. Small ~50 units; city ~2,000 units / ~8,000 standards; province ~10,000 units /
/// ~40,000 standards. Dates are relative to the repository clock's today.
class DemoGenerator
{
    Q_DECLARE_TR_FUNCTIONS(core::DemoGenerator)
public:
    using Progress = std::function<bool(int done, int total)>;
    static Result<DemoSummary> generate(Repository &repo, DemoScale scale, quint64 seed, const QString &actor,
                                        const Progress &progress = {});

private:
    static Result<DemoSummary> generateUnchecked(Repository &repo, DemoScale scale, quint64 seed,
                                                 const QString &actor, const Progress &progress);
};

} // namespace core

#pragma once

#include "result.h"

#include <QRandomGenerator>
#include <QString>
#include <QStringList>

#include <functional>

namespace core {
class Repository;
}

namespace testsupport {

/// One kind of work the crash-safety test does in a process it kills at random moments: `act` makes
/// one change through the core API and returns what it stored (one acknowledgement per line, fields
/// without tabs), which the worker prints only after the change returned; `check` verifies, after the
/// kill, that an acknowledged change is in the reopened workspace. An area adds its steps (inspection
/// filling, signing, merging) to crashSteps() in crashsteps.cpp.
struct CrashStep
{
    QString name;
    std::function<core::Result<QList<QStringList>>(core::Repository &repo, QRandomGenerator &random, int n)>
        act;
    std::function<core::Status(core::Repository &repo, const QStringList &ack)> check;
};

const QList<CrashStep> &crashSteps();
/// The step named `name`, nullptr if none.
const CrashStep *crashStep(const QString &name);

} // namespace testsupport

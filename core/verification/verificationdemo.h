#pragma once

#include "demo/demoparts.h"

#include <QCoreApplication>

namespace core {

/// The verification-body part of the demo workspace: authorized institutions and self-committed
/// enterprises taken from demo units (dates relative to today), monthly reports on time, late and
/// missing, this year's supervision inspection of the first institution, signed, a declared item whose
/// standard's certificate expires, one revoked institution and a re-verification with its results.
class VerificationDemo
{
    Q_DECLARE_TR_FUNCTIONS(core::VerificationDemo)
public:
    static Result<QStringList> run(Repository &repo, const DemoContext &context);
};

} // namespace core

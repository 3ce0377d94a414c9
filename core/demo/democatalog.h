#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace core::demo {

// The kinds of measurement standards the demo workspace draws from, per metrology field. Texts are
// Chinese data, not UI strings.

/// A standard instrument or supporting equipment as a kind of standard usually has it. Fields with
/// several variants separate them with '|'; model and maker variants go together.
struct InstrumentSpec
{
    const char *name = nullptr;
    const char *model = "";
    const char *maker = "";
    const char *range = "";
    const char *accuracy = "";
    bool supporting = false;
    int intervalMonths = 12; ///< verification/calibration interval
};

/// A kind of measurement standard (e.g. 砝码标准装置) with its JJF 1022 code, typical range and accuracy
/// ('|'-separated variants, range and accuracy chosen together) and equipment.
struct StandardKind
{
    const char *code = nullptr;
    const char *name = nullptr;
    const char *holders = nullptr; ///< letters of the unit kinds that hold it, see UnitKind::holds
    const char *range = nullptr;
    const char *uncertainty = nullptr;
    InstrumentSpec equipment[3];

    QString field() const { return QString::fromLatin1(code, 2); }
    bool heldBy(const char *letters) const;
};

const QList<StandardKind> &standardKinds();

} // namespace core::demo

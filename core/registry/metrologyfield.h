#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace core {

/// A professional metrology field (专业计量领域) as given by the first two digits of a JJF 1022-2014
/// standard code.
struct MetrologyField
{
    QString prefix;        ///< "04"
    QString chinese;       ///< "热学"
    QString english;       ///< "thermometry"
    QString label() const; ///< in the UI language
};

class MetrologyFields
{
public:
    static const QList<MetrologyField> &all();
    static std::optional<MetrologyField> byPrefix(const QString &prefix);
    /// Finds a field by prefix, Chinese or English name ("04", "热学", "thermometry").
    static std::optional<MetrologyField> find(const QString &text);
    /// Checks an 8-digit JJF 1022 code; returns an empty string when valid, else the reason.
    static QString checkCode(const QString &code);
};

} // namespace core

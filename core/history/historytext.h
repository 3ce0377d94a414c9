#pragma once

#include "historytypes.h"

#include <QCoreApplication>
#include <QString>

namespace core {

/// How the history log words its entries for people, in the UI language: the timeline, the printed log
/// and `history list` share these.
class HistoryText
{
    Q_DECLARE_TR_FUNCTIONS(core::HistoryText)
public:
    /// One line saying what happened ("中国计量科学研究院, certificate JD2025-0001, pass, valid until …").
    static QString summary(const HistoryEvent &e);
    /// The instrument as people name it: "标准水银温度计 (SN-1)".
    static QString instrument(const Equipment &e);
    /// A number as exactly as a double holds it, the shortest way ("100.02", "0.011547005383792514").
    static QString number(double v);
    /// Readings separated by spaces.
    static QString numbers(const QList<double> &values);
};

} // namespace core

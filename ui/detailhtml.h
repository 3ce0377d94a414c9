#pragma once

#include "registry/registryview.h"

#include <QCoreApplication>
#include <QDate>

namespace ui {

/// The HTML of the registry's detail panes: every field of a record, escaped, in the UI language.
class DetailHtml
{
    Q_DECLARE_TR_FUNCTIONS(ui::DetailHtml)
public:
    /// A standard with its holder, bureau, equipment (traceability due dates, overdue marked) and personnel.
    static QString standard(const core::StandardRow &row, const core::Unit *holder,
                            const QList<core::Equipment> &equipment, const QList<core::Person> &personnel,
                            QDate today);
    /// A unit with the standards it holds.
    static QString unit(const core::UnitRow &row, const QList<core::StandardRow> &standards, QDate today);
    /// The pane's text when nothing is selected.
    static QString empty(const QString &hint);
};

} // namespace ui

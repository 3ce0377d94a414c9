#pragma once

#include "files/attachment.h"
#include "rectification/rectificationstore.h"
#include "rectification/risk.h"

#include <QCoreApplication>
#include <QDate>

namespace ui {

/// The HTML of the rectification detail panes, every value escaped, in the UI language.
class RectificationHtml
{
    Q_DECLARE_TR_FUNCTIONS(ui::RectificationHtml)
public:
    /// An item with its unit, standard, deadline, the outcome so far, the history of its steps and the
    /// evidence files.
    static QString item(const core::RectificationRow &row, const QList<core::RectificationEvent> &events,
                        const QList<core::Attachment> &evidence, QDate today, const QString &campaign,
                        const QString &lowerBureau);
    /// A unit's problem list (问题清单), item by item with what became of it.
    static QString unit(const QString &name, const QString &creditCode,
                        const QList<core::RectificationRow> &items, QDate today);
    /// A unit's risk with its reasons and complaints.
    static QString risk(const core::UnitRisk &risk, const QList<core::Complaint> &complaints);
};

} // namespace ui

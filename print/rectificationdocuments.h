#pragma once

#include "documentprinter.h"
#include "rectification/rectificationview.h"

#include <QCoreApplication>

namespace print {

/// What a unit's rectification documents are about: the unit, its items (one campaign's, or all), the
/// bureau that issues them and the day they are issued.
struct UnitDocumentInput
{
    core::Unit unit;
    QList<core::RectificationRow> items;
    QString issuer; ///< the issuing bureau's name
    QDate date;     ///< the day of the document
    QString number; ///< the document number; empty = derived from the date and the credit code
};

/// The printed documents of rectification, from the HTML templates in resources/templates (official
/// Chinese wording; every value escaped): the written order to correct (责令改正通知书) listing a unit's
/// items with their deadlines, and the confirmation (整改情况确认书) once every item is closed.
class RectificationDocuments
{
    Q_DECLARE_TR_FUNCTIONS(print::RectificationDocuments)
public:
    static core::Result<PrintJob> orderToCorrect(const UnitDocumentInput &input);
    /// Refused while any item is not closed (the message names how many and the first of them).
    static core::Result<PrintJob> confirmation(const UnitDocumentInput &input);
    /// The bureau that issued most of the items' standards, else the top bureau of the hierarchy.
    static QString issuerFor(const core::RectificationSnapshot &snapshot,
                             const QList<core::RectificationRow> &items);
    /// The items of a unit's latest campaign (the campaign of its most recent finding; for items without a
    /// campaign, those of the same year): what one order to correct is about.
    static QList<core::RectificationRow> latestCampaign(const QList<core::RectificationRow> &items);
    /// The same, choosing among rows held elsewhere (no copies: a province's problem lists count them all).
    static QList<const core::RectificationRow *>
    latestCampaign(const QList<const core::RectificationRow *> &items);
    /// A date as written in official documents: 2026年8月1日.
    static QString chineseDate(QDate d);
};

} // namespace print

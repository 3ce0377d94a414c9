#pragma once

#include "files/attachment.h"
#include "lifecycle.h"
#include "rectificationtypes.h"
#include "result.h"

#include <QList>
#include <QStringList>

#include <optional>

namespace core {

class Repository;

/// An item as the rectification list shows it: with its unit, standard and the standard's issuing bureau
/// resolved (the lower bureau and the search text are filled in by RectificationSnapshot).
struct RectificationRow
{
    RectificationItem item;
    QString unitName;
    QString unitCreditCode;
    QString district;
    QString standardCertificate;
    QString standardName;
    QString standardCode;
    QUuid issuingBureau;
    QUuid lowerBureau; ///< the bureau under the top of the hierarchy that the issuing bureau belongs to
    QString searchText;
    // Dense numbers of the row's unit, standard, district, lower bureau and field in the snapshot's
    // dictionaries, so the dashboard counts in arrays (filled by RectificationSnapshot::resolve()).
    int unitIndex = -1;
    int standardIndex = -1; ///< -1 without a standard
    int districtIndex = -1;
    int bureauIndex = -1;
    int fieldIndex = -1;

    /// The metrology field (two-digit prefix of the standard's code); empty without a standard.
    QString field() const { return standardCode.left(2); }
};

/// The workspace's rectification items, their transitions and complaints about units. Every change is
/// audited; a step is one transaction (item, event, evidence and, for a cancelled certificate, the
/// standard's status).
class RectificationStore
{
public:
    virtual ~RectificationStore() = default;

    /// Stores a finding as an open item with the event "ordered to rectify". The unit and the standard
    /// must exist and the standard must be the unit's; the finding cannot be dated after today. A finding
    /// of an inspection record that already became an item (same inspection and checklist item) returns
    /// that item unchanged, so signing or merging twice does not duplicate it.
    virtual Result<RectificationItem> create(const Finding &finding, const QString &actor) = 0;
    /// Takes a step (see RectificationLifecycle) judged against the repository clock's today and records
    /// its event; `evidence` (files) is attached to the event. Nothing is stored when anything fails.
    virtual Result<RectificationItem> transition(const QUuid &item, const TransitionRequest &request,
                                                 const QString &actor, const QStringList &evidence = {}) = 0;
    /// Attaches a file to an item (a photo of the finding, a later scan of the unit's report).
    virtual Result<Attachment> attach(const QUuid &item, const QString &path, const QString &actor) = 0;
    /// Removes an item entered by mistake, with its events: only an open item nothing was reported for.
    virtual Status remove(const QUuid &item, const QString &actor) = 0;

    virtual Result<std::optional<RectificationItem>> item(const QUuid &uuid) = 0;
    /// All items, or those of one unit, in creation order.
    virtual Result<QList<RectificationItem>> items(const QUuid &unit = {}) = 0;
    /// Listing rows of every item, or of those in `only`.
    virtual Result<QList<RectificationRow>> rows(const QList<QUuid> &only = {}) = 0;
    /// The transitions of an item (or of all items) in the order they were recorded.
    virtual Result<QList<RectificationEvent>> events(const QUuid &item = {}) = 0;
    /// The files of an item: its own and those of its events, oldest first.
    virtual Result<QList<Attachment>> evidence(const QUuid &item) = 0;
    /// The items whose id starts with `prefix` (short ids typed on the command line).
    virtual Result<QList<QUuid>> findByPrefix(const QString &prefix) = 0;

    virtual Result<QList<Complaint>> complaints(const QUuid &unit = {}) = 0;
    virtual Result<Complaint> saveComplaint(Complaint complaint, const QString &actor) = 0;
    virtual Status removeComplaint(const QUuid &uuid, const QString &actor) = 0;
};

/// What the on-site inspection calls when a record is signed: each nonconformity and defect becomes a
/// rectification item (idempotent per inspection and checklist item). Fill a Finding with the unit, the
/// standard (or none), severity, text, basis, the inspection date, the deadline (rectificationDeadline()),
/// the inspection record's uuid, the checklist item id and the campaign. May be called inside the
/// signing's own Repository::transaction(): it joins it.
Result<RectificationItem> createFromFinding(Repository &repo, const Finding &finding, const QString &actor);

/// The findings of one signed record, all or nothing in one transaction: the items in the order of
/// `findings` (a finding already stored for the same inspection and checklist item gives its item as it
/// is). When one is refused nothing is stored, and the error's `where` says which one ("finding 2
/// (checklist item 3.1), deadline"). An empty list stores nothing.
Result<QList<RectificationItem>> createFromFindings(Repository &repo, const QList<Finding> &findings,
                                                    const QString &actor);

} // namespace core

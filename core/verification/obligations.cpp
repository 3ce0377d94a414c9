#include "obligations.h"

#include "calendar.h"

#include <boost/date_time/gregorian/gregorian.hpp>

#include <algorithm>

namespace core {

namespace {

namespace bg = boost::gregorian;

bg::date toBoost(QDate d)
{
    return bg::date(bg::greg_year(d.year()), bg::greg_month(d.month()), bg::greg_day(d.day()));
}

QDate fromBoost(const bg::date &d)
{
    return QDate(int(d.year()), int(d.month()), int(d.day()));
}

QDate firstOfMonth(QDate d)
{
    return QDate(d.year(), d.month(), 1);
}

QDate endOfMonth(QDate d)
{
    return fromBoost(toBoost(d).end_of_month());
}

struct Builder
{
    const VerificationBody &body;
    const QList<ObligationClosure> &closures;
    QDate today;
    const ObligationRules &rules;
    QList<Obligation> out;

    const ObligationClosure *closure(ObligationKind kind, QDate due) const
    {
        const QString k = Obligations::key(kind);
        for (const ObligationClosure &c : closures)
            if (c.body == body.meta.uuid && c.kind == k && c.dueOn == due)
                return &c;
        return nullptr;
    }

    void add(ObligationKind kind, QDate due, const QString &period,
             const ObligationClosure *closedBy = nullptr)
    {
        Obligation o;
        o.body = body.meta.uuid;
        o.bodyName = body.name;
        o.kind = kind;
        o.dueOn = due;
        o.period = period;
        if (!closedBy)
            closedBy = closure(kind, due);
        if (closedBy) {
            o.closedOn = closedBy->closedOn;
            o.evidence = closedBy->evidence;
        }
        o.status = Obligations::status(due, closedBy != nullptr, today, rules);
        o.late = closedBy && o.closedOn > due;
        out.append(o);
    }
};

} // namespace

QDate Obligations::addMonths(QDate date, int months)
{
    // Boost's month iterator snaps a month-end date to month ends (Apr 30 - 6 months = Oct 31), which
    // would move a deadline by a day; the rules count the same day of the month, clamped.
    const int index = date.year() * 12 + (date.month() - 1) + months;
    const int year = index / 12;
    const int month = index % 12 + 1;
    const int last = bg::gregorian_calendar::end_of_month_day(year, month);
    return QDate(year, month, std::min(date.day(), last));
}

QDate Obligations::defaultExpiry(QDate issued, int years)
{
    // The day before the anniversary: issued 2024-03-01 or 2024-02-29, valid to 2027-02-28.
    return addMonths(fromBoost(toBoost(issued) - bg::days(1)), 12 * years);
}

QDate Obligations::monthlyReportDue(QDate month)
{
    const QDate next = addMonths(firstOfMonth(month), 1);
    return QDate(next.year(), next.month(), 3);
}

QDate Obligations::annualPlanDue(int planYear)
{
    return QDate(planYear - 1, 12, 10);
}

ObligationStatus Obligations::status(QDate dueOn, bool closed, QDate today, const ObligationRules &rules)
{
    if (closed)
        return ObligationStatus::Done;
    if (today > dueOn)
        return ObligationStatus::Overdue;
    if (fromBoost(toBoost(dueOn) - bg::days(rules.dueWindowDays)) <= today)
        return ObligationStatus::Due;
    return ObligationStatus::Upcoming;
}

QList<Obligation> Obligations::of(const VerificationBody &body, const QList<DeclaredItem> &items,
                                  const QList<ObligationClosure> &closures,
                                  const QList<MonthlyReport> &reports, QDate today,
                                  const ObligationRules &rules)
{
    Builder b{body, closures, today, rules, {}};
    const QDate lookBack = addMonths(today, -rules.lookBackMonths);

    if (body.status == BodyStatus::Revoked) {
        // 002 part 5 (3): seal and certificate back within 30 days; no new application for 3 years.
        const QDate sealDue = fromBoost(toBoost(body.revokedOn) + bg::days(rules.sealReturnDays));
        ObligationClosure returned;
        if (body.sealReturnedOn.isValid()) {
            returned.closedOn = body.sealReturnedOn;
            returned.evidence =
                tr("seal and certificate returned on %1").arg(calendar::isoDate(body.sealReturnedOn));
        }
        b.add(ObligationKind::SealReturn, sealDue, calendar::isoDate(body.revokedOn),
              body.sealReturnedOn.isValid() ? &returned : nullptr);
        const QDate barEnds = calendar::addYears(body.revokedOn, rules.reapplicationYears);
        Obligation bar;
        bar.body = body.meta.uuid;
        bar.bodyName = body.name;
        bar.kind = ObligationKind::ReapplicationBar;
        bar.dueOn = barEnds;
        bar.period = calendar::isoDate(body.revokedOn);
        bar.status = today >= barEnds ? ObligationStatus::Done : ObligationStatus::Upcoming;
        b.out.append(bar);
        return b.out;
    }
    if (body.status == BodyStatus::Withdrawn || body.status == BodyStatus::Expired)
        return b.out;

    if (body.kind == BodyKind::SelfCommitted) {
        // 000: the first supervision inspection within 2 months of publication.
        b.add(ObligationKind::FirstInspection, addMonths(body.publishedOn, rules.firstInspectionMonths),
              calendar::isoDate(body.publishedOn));
        // 000: the published information is updated when a standard's certificate expires.
        for (const DeclaredItem &d : items) {
            if (d.body != body.meta.uuid)
                continue;
            if (d.certificateExpiresOn.isValid())
                b.add(ObligationKind::DeclarationUpdate, d.certificateExpiresOn, d.item);
            // 000: also when the verification regulation of an item changes, within the days the
            // locality allows.
            if (d.regulationChangedOn.isValid())
                b.add(ObligationKind::DeclarationUpdate,
                      fromBoost(toBoost(d.regulationChangedOn) + bg::days(rules.declarationUpdateDays)),
                      tr("%1 (regulation %2 changed on %3)")
                          .arg(d.item, d.regulation, calendar::isoDate(d.regulationChangedOn)));
        }
        return b.out;
    }

    // Authorized institutions (seed 002).
    b.add(ObligationKind::RenewalApplication, addMonths(body.expiresOn, -6),
          calendar::isoDate(body.expiresOn));
    if (body.stopsOn.isValid())
        b.add(ObligationKind::StopNotice, addMonths(body.stopsOn, -6), calendar::isoDate(body.stopsOn));

    const QDate from = std::max(body.issuedOn, lookBack);
    const QDate last = body.expiresOn;

    // Monthly reports: from the month the certificate was issued, each due the 3rd of the next month;
    // the ones due by today and the next one.
    for (QDate month = firstOfMonth(from); month <= last; month = addMonths(month, 1)) {
        const QDate due = monthlyReportDue(month);
        const MonthlyReport *report = nullptr;
        for (const MonthlyReport &r : reports)
            if (r.body == body.meta.uuid && r.month == month)
                report = &r;
        ObligationClosure received;
        if (report) {
            received.closedOn = report->receivedOn;
            received.evidence = tr("report received on %1: %2 passed, %3 failed")
                                    .arg(calendar::isoDate(report->receivedOn))
                                    .arg(report->passed())
                                    .arg(report->failed());
        }
        b.add(ObligationKind::MonthlyReport, due, month.toString(QStringLiteral("yyyy-MM")),
              report ? &received : nullptr);
        if (due > today)
            break;
    }

    // Quarterly analysis: by the end of the month after the quarter.
    for (QDate q = QDate(from.year(), (from.month() - 1) / 3 * 3 + 1, 1); q <= last; q = addMonths(q, 3)) {
        const QDate due = endOfMonth(addMonths(q, 3));
        b.add(ObligationKind::QuarterlyAnalysis, due,
              QStringLiteral("%1Q%2").arg(q.year()).arg((q.month() - 1) / 3 + 1));
        if (due > today)
            break;
    }

    // Next year's plan by December 10.
    for (int year = from.year(); QDate(year, 1, 1) <= last; ++year) {
        const QDate due = annualPlanDue(year + 1);
        if (due < body.issuedOn || QDate(year + 1, 1, 1) > last)
            continue;
        b.add(ObligationKind::AnnualPlan, due, QString::number(year + 1));
        if (due > today)
            break;
    }

    // At least one on-site inspection per calendar year, by the bureau: any inspection closure dated in
    // the year closes it.
    for (int year = from.year(); year <= today.year() && QDate(year, 1, 1) <= last; ++year) {
        const QDate due(year, 12, 31);
        const ObligationClosure *done = nullptr;
        for (const ObligationClosure &c : closures)
            if (c.body == body.meta.uuid && c.kind == key(ObligationKind::AnnualInspection) &&
                c.closedOn.year() == year)
                done = &c;
        b.add(ObligationKind::AnnualInspection, due, QString::number(year), done);
    }
    return b.out;
}

void Obligations::sort(QList<Obligation> &list)
{
    auto rank = [](ObligationStatus s) {
        switch (s) {
        case ObligationStatus::Overdue:
            return 0;
        case ObligationStatus::Due:
            return 1;
        case ObligationStatus::Upcoming:
            return 2;
        case ObligationStatus::Done:
            return 3;
        }
        return 4;
    };
    std::stable_sort(list.begin(), list.end(), [&](const Obligation &a, const Obligation &b) {
        if (rank(a.status) != rank(b.status))
            return rank(a.status) < rank(b.status);
        if (a.dueOn != b.dueOn)
            return a.dueOn < b.dueOn;
        return a.bodyName < b.bodyName;
    });
}

namespace {
const char *const kKindKeys[] = {
    "renewal_application", "stop_notice",      "annual_plan",        "monthly_report", "quarterly_analysis",
    "annual_inspection",   "first_inspection", "declaration_update", "seal_return",    "reapplication_bar"};
const char *const kStatusKeys[] = {"upcoming", "due", "overdue", "done"};
} // namespace

QString Obligations::key(ObligationKind k)
{
    return QLatin1String(kKindKeys[int(k)]);
}

std::optional<ObligationKind> Obligations::parseKind(const QString &key)
{
    for (int i = 0; i < int(std::size(kKindKeys)); ++i)
        if (key == QLatin1String(kKindKeys[i]))
            return ObligationKind(i);
    return std::nullopt;
}

QString Obligations::label(ObligationKind k)
{
    switch (k) {
    case ObligationKind::RenewalApplication:
        return tr("renewal application");
    case ObligationKind::StopNotice:
        return tr("notice before stopping");
    case ObligationKind::AnnualPlan:
        return tr("next year's verification plan");
    case ObligationKind::MonthlyReport:
        return tr("monthly report");
    case ObligationKind::QuarterlyAnalysis:
        return tr("quarterly analysis");
    case ObligationKind::AnnualInspection:
        return tr("yearly on-site inspection");
    case ObligationKind::FirstInspection:
        return tr("first inspection after publication");
    case ObligationKind::DeclarationUpdate:
        return tr("declaration update");
    case ObligationKind::SealReturn:
        return tr("seal and certificate returned");
    case ObligationKind::ReapplicationBar:
        return tr("no new application until");
    }
    return {};
}

QString Obligations::key(ObligationStatus s)
{
    return QLatin1String(kStatusKeys[int(s)]);
}

QString Obligations::label(ObligationStatus s)
{
    switch (s) {
    case ObligationStatus::Upcoming:
        return tr("upcoming");
    case ObligationStatus::Due:
        return tr("due");
    case ObligationStatus::Overdue:
        return tr("overdue");
    case ObligationStatus::Done:
        return tr("done");
    }
    return {};
}

} // namespace core

#pragma once

#include "verificationtypes.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

namespace core {

/// The obligations of a verification body and of the bureau towards it. Each rule names its seed:
/// 002 = Zhengzhou 2015 (authorized institutions), 000 = Tianjin Binhai (self-committed enterprises).
enum class ObligationKind {
    RenewalApplication, ///< 002 (5): apply at least 6 months before the certificate expires
    StopNotice,         ///< 002 (5): report in writing 6 months before stopping the authorized work
    AnnualPlan,         ///< 002 (9): next year's compulsory-verification plan by December 10
    MonthlyReport,      ///< 002 (10): the month's report by the 3rd of the next month
    QuarterlyAnalysis,  ///< 002 (10): a statistical analysis each quarter (by the end of the next month)
    AnnualInspection,   ///< 002 (11): at least one on-site inspection per calendar year (by the bureau)
    FirstInspection,    ///< 000: the first inspection within 2 months of publication (by the bureau)
    DeclarationUpdate,  ///< 000: update the declaration when a standard's certificate expires
    SealReturn,         ///< 002 part 5 (3): seal and certificate returned within 30 days of revocation
    ReapplicationBar,   ///< 002 part 5 (3): no new application within 3 years of revocation
};

enum class ObligationStatus { Upcoming, Due, Overdue, Done };

struct Obligation
{
    QUuid body;
    QString bodyName;
    ObligationKind kind = ObligationKind::MonthlyReport;
    QDate dueOn;
    ObligationStatus status = ObligationStatus::Upcoming;
    QString period;   ///< what it is for: "2026-11" (month), "2026Q3", "2027" (plan year), an item...
    QString evidence; ///< what closed it, when done
    QDate closedOn;
    bool late = false; ///< closed after its due date
};

/// The locality's settings of the rules.
struct ObligationRules
{
    int certificateYears = 3; ///< validity of an authorization certificate (002 (4))
    int dueWindowDays = 30;   ///< an obligation is "due" this many days before its date
    int firstInspectionMonths = 2;
    int declarationUpdateDays = 30; ///< 000 says "promptly" (及时) after a regulation changes
    int sealReturnDays = 30;
    int reapplicationYears = 3;
    int lookBackMonths = 12; ///< periodic obligations are listed from this long before today
};

class Obligations
{
    Q_DECLARE_TR_FUNCTIONS(core::Obligations)
public:
    /// The same day `months` later (or earlier), clamped to the month's last day: Dec 31 + 2 months is
    /// the end of February (28 or 29), Aug 31 - 6 months is Feb 28/29, Apr 30 - 6 months is Oct 30.
    static QDate addMonths(QDate date, int months);
    /// The default expiry of a certificate issued on `issued`: the day before the same date
    /// `years` later (issued 2024-03-01, valid to 2027-02-28).
    static QDate defaultExpiry(QDate issued, int years = 3);
    /// The due date of the monthly report for the month of `month`: the 3rd of the next month.
    static QDate monthlyReportDue(QDate month);
    /// The due date of the plan for `planYear`: December 10 of the year before.
    static QDate annualPlanDue(int planYear);

    /// upcoming / due / overdue / done as of `today` (done when closed).
    static ObligationStatus status(QDate dueOn, bool closed, QDate today, const ObligationRules &rules);

    /// Every obligation of `body` as of `today`: one-off ones, and periodic ones from lookBackMonths
    /// before today up to the next one after today. `closures` and `reports` close them (those of other
    /// bodies are ignored): a monthly report closes the month's obligation, an on-site inspection closure
    /// with a date in a year closes that year's inspection.
    static QList<Obligation> of(const VerificationBody &body, const QList<DeclaredItem> &items,
                                const QList<ObligationClosure> &closures, const QList<MonthlyReport> &reports,
                                QDate today, const ObligationRules &rules = {});

    /// Overdue first, then due, upcoming and done; within each by due date and name.
    static void sort(QList<Obligation> &list);

    static QString key(ObligationKind k);
    static std::optional<ObligationKind> parseKind(const QString &key);
    static QString label(ObligationKind k);
    static QString key(ObligationStatus s);
    static QString label(ObligationStatus s);
};

} // namespace core

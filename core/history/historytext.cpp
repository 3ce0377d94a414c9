#include "historytext.h"

#include "assessment.h"
#include "calendar.h"
#include "historyvocabulary.h"

#include <QLocale>

namespace core {

QString HistoryText::number(double v)
{
    return QString::number(v, 'g', QLocale::FloatingPointShortest);
}

QString HistoryText::numbers(const QList<double> &values)
{
    QStringList parts;
    parts.reserve(values.size());
    for (double v : values)
        parts << number(v);
    return parts.join(u' ');
}

QString HistoryText::instrument(const Equipment &e)
{
    return e.serialNo.isEmpty() ? e.name : e.name + u" (" + e.serialNo + u')';
}

QString HistoryText::summary(const HistoryEvent &e)
{
    using T = HistoryEventType;
    QStringList parts;
    const auto date = [](QDate d) { return calendar::isoDate(d); };
    switch (e.type) {
    case T::Examination:
    case T::ReExamination:
        parts << tr("certificate %1, valid from %2 until %3")
                     .arg(e.certificateNo, date(e.validFrom), date(e.until));
        break;
    case T::Traceability:
        parts << e.institution << tr("certificate %1").arg(e.certificateNo)
              << vocab::label(e.outcome, e.type);
        if (e.until.isValid())
            parts << tr("valid until %1").arg(date(e.until));
        break;
    case T::Repeatability: {
        const auto a = Assessment::repeatability(e.repeatability.readings, e.repeatability.reference,
                                                 e.repeatability.reducedReason);
        if (!e.parameter.isEmpty())
            parts << e.parameter;
        parts << tr("n = %1").arg(a.n);
        if (a.s)
            parts << tr("s = %1").arg(number(*a.s));
        parts << tr("reference %1").arg(number(e.repeatability.reference));
        if (e.repeatability.reevaluated)
            parts << tr("re-evaluated: %1, %2")
                         .arg(e.repeatability.reevaluatedUncertainty,
                              e.repeatability.meetsRequirement ? tr("meets the requirement")
                                                               : tr("does not meet the requirement"));
        parts << vocab::label(e.outcome, e.type);
        break;
    }
    case T::Stability: {
        const auto a = Assessment::stability(e.stability.groups, e.stability.limit, e.stability.mode);
        if (!e.parameter.isEmpty())
            parts << e.parameter;
        parts << vocab::label(e.stability.method)
              << tr("%n group(s)", nullptr, static_cast<int>(a.groups.size()));
        if (a.stability)
            parts << tr("stability %1 against %2").arg(number(*a.stability), number(e.stability.limit));
        parts << vocab::label(e.outcome, e.type);
        break;
    }
    case T::Replacement: {
        const ReplacementData &r = e.replacement;
        QString from = r.oldName.isEmpty() ? QString() : r.oldName;
        if (!e.serialNo.isEmpty())
            from += u" (" + e.serialNo + u')';
        QString to = r.newName;
        if (!r.newModel.isEmpty())
            to += u' ' + r.newModel;
        if (!r.newSerial.isEmpty())
            to += u" (" + r.newSerial + u')';
        parts << tr("%1 replaced by %2").arg(from.trimmed(), to.trimmed());
        QStringList changed;
        if (r.rangeChanged)
            changed << tr("measuring range");
        if (r.accuracyChanged)
            changed << tr("uncertainty, accuracy class or MPE");
        if (r.scopeChanged)
            changed << tr("scope");
        parts << (changed.isEmpty()
                      ? tr("like for like")
                      : tr("changed: %1; a new examination is needed").arg(changed.join(tr(", "))));
        break;
    }
    case T::Comparison:
    case T::BlindSample:
        if (!e.institution.isEmpty())
            parts << e.institution;
        parts << vocab::label(e.outcome, e.type);
        break;
    default:
        if (isChange(e.type) && (!e.changeFrom.isEmpty() || !e.changeTo.isEmpty()))
            parts << (e.changeFrom.isEmpty() ? e.changeTo : tr("%1 → %2").arg(e.changeFrom, e.changeTo));
        break;
    }
    if (!e.note.isEmpty())
        parts << e.note;
    parts.removeAll(QString());
    return parts.join(tr("; "));
}

} // namespace core

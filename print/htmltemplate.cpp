#include "htmltemplate.h"

#include "documentprinter.h"
#include "inspection/checklisttemplate.h"

#include <QRegularExpression>

namespace print {

core::Result<HtmlTemplate> HtmlTemplate::load(const QString &path)
{
    const QByteArray bytes = core::inspectionResource(path);
    if (bytes.isEmpty())
        return core::makeError(core::ErrorCode::NotFound,
                               DocumentPrinter::tr("the print layout %1 is missing").arg(path));
    return fromText(QString::fromUtf8(bytes));
}

HtmlTemplate HtmlTemplate::fromText(const QString &text)
{
    HtmlTemplate t;
    static const QRegularExpression section(
        QStringLiteral("<!--\\s*BEGIN\\s+([a-z_0-9]+)\\s*-->\\n?(.*?)<!--\\s*END\\s+\\1\\s*-->"),
        QRegularExpression::DotMatchesEverythingOption);
    for (auto it = section.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        t.m_sections.insert(m.captured(1), m.captured(2));
    }
    return t;
}

QString HtmlTemplate::fill(const QString &name, const QHash<QString, QString> &values,
                           const QHash<QString, QString> &markup) const
{
    // {{{key}}} before {{key}}: one pass over the text with both forms, so a value can never be read
    // as a placeholder itself.
    static const QRegularExpression placeholder(
        QStringLiteral("\\{\\{\\{([a-z_0-9]+)\\}\\}\\}|\\{\\{([a-z_0-9]+)\\}\\}"));
    const QString text = m_sections.value(name);
    QString out;
    out.reserve(text.size() * 2);
    qsizetype last = 0;
    for (auto it = placeholder.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        out += QStringView(text).mid(last, m.capturedStart() - last);
        if (m.capturedLength(1) > 0)
            out += markup.value(m.captured(1));
        else
            out += escape(values.value(m.captured(2)));
        last = m.capturedEnd();
    }
    out += QStringView(text).mid(last);
    return out;
}

} // namespace print

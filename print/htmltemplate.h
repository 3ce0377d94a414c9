#pragma once

#include "result.h"

#include <QHash>
#include <QString>

namespace print {

/// An HTML print layout from the resources, split into named sections (`<!-- BEGIN name -->` …
/// `<!-- END name -->`). Filling a section replaces `{{key}}` with the escaped value of `key` and
/// `{{{key}}}` with markup built from other sections; a placeholder without a value becomes empty.
class HtmlTemplate
{
public:
    /// Reads a layout (e.g. ":/inspection/print/inspection-table.html").
    static core::Result<HtmlTemplate> load(const QString &path);
    static HtmlTemplate fromText(const QString &text);

    bool has(const QString &section) const { return m_sections.contains(section); }
    /// The section filled with `values` (escaped) and `markup` (inserted as it is).
    QString fill(const QString &section, const QHash<QString, QString> &values,
                 const QHash<QString, QString> &markup = {}) const;

private:
    QHash<QString, QString> m_sections;
};

} // namespace print

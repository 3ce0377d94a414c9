#include "aboutdialog.h"

#include "about/components.h"
#include "storage/repository.h"
#include "uiresources.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QHBoxLayout>
#include <QLabel>
#include <QPixmap>
#include <QTabWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ui {

namespace {
QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}
} // namespace

QString AboutDialog::licencesHtml()
{
    QString html =
        u"<p>"_s +
        esc(tr("MetInspect is built on the following free software. Each component is used under its "
               "own licence; the full texts are published at the addresses given and, on Debian, "
               "in /usr/share/doc/<package>/copyright.")) +
        u"</p><table border=\"1\" cellspacing=\"0\" cellpadding=\"4\"><tr><th>"_s + esc(tr("Component")) +
        u"</th><th>"_s + esc(tr("Version")) + u"</th><th>"_s + esc(tr("Licence")) + u"</th><th>"_s +
        esc(tr("Source and licence text")) + u"</th></tr>"_s;
    for (const core::Component &c : core::thirdPartyComponents())
        html += u"<tr><td>"_s + esc(c.name) + u"</td><td>"_s +
                esc(c.version.isEmpty() ? tr("—") : c.version) + u"</td><td>"_s + esc(c.licence) +
                u"</td><td><a href=\""_s + esc(c.url) + u"\">"_s + esc(c.url) + u"</a></td></tr>"_s;
    html +=
        u"</table><h3>"_s + esc(tr("Qt and the GNU Lesser General Public License")) + u"</h3><p>"_s +
        esc(tr("The Qt libraries are used under the GNU Lesser General Public License version 3 (LGPL-3.0). "
               "MetInspect links them dynamically: you may replace them with a modified version of Qt "
               "that is compatible with this build. The source code of Qt is available from "
               "https://download.qt.io and from Debian (apt source qt6-base).")) +
        u"</p><p>"_s +
        esc(tr("THE SOFTWARE IS PROVIDED \"AS IS\", WITHOUT WARRANTY OF ANY KIND, to the extent permitted by "
               "the licences of its components.")) +
        u"</p>"_s;
    return html;
}

AboutDialog::AboutDialog(core::Repository &repo, QWidget *parent) : QDialog(parent)
{
    initResources();
    setObjectName(QStringLiteral("aboutDialog"));
    setWindowTitle(tr("About MetInspect"));

    auto *icon = new QLabel(this);
    icon->setPixmap(QPixmap(QStringLiteral(":/icons/metinspect-64.png")));
    icon->setAccessibleName(tr("MetInspect logo"));
    auto *title = new QLabel(
        u"<h2>MetInspect "_s + esc(QStringLiteral(METINSPECT_VERSION)) + u"</h2><p>"_s +
            esc(tr("计量监督检查工作站 — the workstation for the supervision of measurement standards")) +
            u"</p>"_s,
        this);
    title->setObjectName(QStringLiteral("aboutTitleLabel"));
    title->setWordWrap(true);
    auto *head = new QHBoxLayout;
    head->addWidget(icon);
    head->addWidget(title, 1);

    m_about = new QTextBrowser(this);
    m_about->setObjectName(QStringLiteral("aboutText"));
    m_about->setAccessibleName(tr("About MetInspect"));
    m_about->setHtml(
        u"<p>"_s +
        esc(tr("For the inspectors and section chiefs of market-supervision bureaus: the registry of "
               "measurement standards, their history logs, special inspection campaigns, on-site inspection "
               "with signatures and printing, rectification, statistics and the export to the bureau.")) +
        u"</p><table cellpadding=\"3\"><tr><td>"_s + esc(tr("Version")) + u"</td><td>"_s +
        esc(QStringLiteral(METINSPECT_VERSION)) + u"</td></tr><tr><td>"_s + esc(tr("Qt")) + u"</td><td>"_s +
        esc(QString::fromLatin1(qVersion())) + u"</td></tr><tr><td>"_s + esc(tr("Workspace")) +
        u"</td><td>"_s + esc(QDir::toNativeSeparators(repo.location())) + u"</td></tr><tr><td>"_s +
        esc(tr("Storage")) + u"</td><td>"_s +
        esc(tr("%1, schema version %2")
                .arg(repo.backend() == u"postgresql" ? tr("PostgreSQL") : tr("SQLite"))
                .arg(repo.schemaVersion())) +
        u"</td></tr><tr><td>"_s + esc(tr("Workspace id")) + u"</td><td>"_s + esc(repo.workspaceId()) +
        u"</td></tr></table>"_s);
    m_licences = new QTextBrowser(this);
    m_licences->setObjectName(QStringLiteral("licencesText"));
    m_licences->setAccessibleName(tr("Licences"));
    m_licences->setOpenExternalLinks(true);
    m_licences->setHtml(licencesHtml());

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("aboutTabs"));
    m_tabs->addTab(m_about, tr("&About"));
    m_tabs->addTab(m_licences, tr("&Licences"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(head);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(buttons);
    resize(680, 520);
}

} // namespace ui

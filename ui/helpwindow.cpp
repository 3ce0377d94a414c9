#include "helpwindow.h"

#include "labels.h"
#include "uiresources.h"

#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QFile>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QRegularExpression>
#include <QSplitter>
#include <QTabWidget>
#include <QTextBrowser>
#include <QTextDocument>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>

#include <algorithm>

namespace ui {

namespace {

QString readTopic(const QString &topic, const QString &language)
{
    initResources();
    QFile f(HelpWindow::topicPath(topic, language));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(f.readAll());
}

QString titleOf(const QString &html)
{
    static const QRegularExpression title(QStringLiteral("<title>(.*?)</title>"),
                                          QRegularExpression::DotMatchesEverythingOption);
    return title.match(html).captured(1).trimmed();
}

QString plainText(const QString &html)
{
    QTextDocument doc;
    doc.setHtml(html);
    return doc.toPlainText();
}

/// Catches F1 in the dialogs of one window.
class DialogHelpKey final : public QObject
{
public:
    DialogHelpKey(QWidget *window, std::function<void()> show)
        : QObject(window), m_window(window), m_show(std::move(show))
    {}

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() != QEvent::KeyPress)
            return false;
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() != Qt::Key_F1 || key->modifiers() != Qt::NoModifier || !watched->isWidgetType())
            return false;
        QWidget *top = static_cast<QWidget *>(watched)->window();
        if (!qobject_cast<QDialog *>(top) || top->parentWidget() == nullptr ||
            top->parentWidget()->window() != m_window)
            return false;
        m_show();
        return true;
    }

private:
    QWidget *m_window;
    std::function<void()> m_show;
};

} // namespace

void HelpWindow::watchDialogs(QWidget *window, std::function<void()> show)
{
    qApp->installEventFilter(new DialogHelpKey(window, std::move(show)));
}

QStringList HelpWindow::topics()
{
    return {QStringLiteral("index"),     QStringLiteral("registry"),   QStringLiteral("history"),
            QStringLiteral("campaigns"), QStringLiteral("inspection"), QStringLiteral("rectification"),
            QStringLiteral("export"),    QStringLiteral("bodies"),     QStringLiteral("accounts"),
            QStringLiteral("settings")};
}

QString HelpWindow::guideLanguage()
{
    return labels::chineseUi() ? QStringLiteral("zh_CN") : QStringLiteral("en");
}

QString HelpWindow::topicPath(const QString &topic, const QString &language)
{
    return QStringLiteral(":/help/%1/%2.html").arg(language, topic);
}

QStringList HelpWindow::search(const QString &query, const QString &language)
{
    const QStringList words = query.simplified().split(u' ', Qt::SkipEmptyParts);
    QStringList found;
    if (words.isEmpty())
        return found;
    for (const QString &topic : topics()) {
        const QString text = plainText(readTopic(topic, language));
        if (std::all_of(words.begin(), words.end(),
                        [&](const QString &w) { return text.contains(w, Qt::CaseInsensitive); }))
            found << topic;
    }
    return found;
}

HelpWindow::HelpWindow(QWidget *parent) : QWidget(parent, Qt::Window), m_language(guideLanguage())
{
    initResources();
    setObjectName(QStringLiteral("helpWindow"));
    setWindowTitle(tr("MetInspect Help"));
    setAttribute(Qt::WA_DeleteOnClose, false);

    m_contents = new QListWidget;
    m_contents->setObjectName(QStringLiteral("helpContentsList"));
    m_contents->setAccessibleName(tr("Contents"));
    for (const QString &topic : topics()) {
        auto *item = new QListWidgetItem(titleOf(readTopic(topic, m_language)), m_contents);
        item->setData(Qt::UserRole, topic);
    }
    m_search = new QLineEdit;
    m_search->setObjectName(QStringLiteral("helpSearchEdit"));
    m_search->setPlaceholderText(tr("Search the help"));
    m_search->setAccessibleName(tr("Search the help"));
    m_search->setClearButtonEnabled(true);
    m_results = new QListWidget;
    m_results->setObjectName(QStringLiteral("helpResultsList"));
    m_results->setAccessibleName(tr("Search results"));
    auto *searchPane = new QWidget;
    auto *searchLayout = new QVBoxLayout(searchPane);
    searchLayout->addWidget(m_search);
    searchLayout->addWidget(m_results, 1);

    m_side = new QTabWidget;
    m_side->setObjectName(QStringLiteral("helpSideTabs"));
    m_side->addTab(m_contents, tr("&Contents"));
    m_side->addTab(searchPane, tr("&Search"));

    m_browser = new QTextBrowser;
    m_browser->setObjectName(QStringLiteral("helpBrowser"));
    m_browser->setAccessibleName(tr("Help text"));
    m_browser->setOpenExternalLinks(true);
    m_browser->setSearchPaths({QStringLiteral(":/help/") + m_language});

    auto *back = new QToolButton;
    back->setObjectName(QStringLiteral("helpBackButton"));
    back->setText(tr("◀ Back"));
    back->setToolTip(tr("Back (Alt+Left)"));
    back->setShortcut(QKeySequence::Back);
    back->setEnabled(false);
    auto *forward = new QToolButton;
    forward->setObjectName(QStringLiteral("helpForwardButton"));
    forward->setText(tr("Forward ▶"));
    forward->setToolTip(tr("Forward (Alt+Right)"));
    forward->setShortcut(QKeySequence::Forward);
    forward->setEnabled(false);
    auto *home = new QToolButton;
    home->setObjectName(QStringLiteral("helpHomeButton"));
    home->setText(tr("&Start page"));
    connect(back, &QToolButton::clicked, m_browser, &QTextBrowser::backward);
    connect(forward, &QToolButton::clicked, m_browser, &QTextBrowser::forward);
    connect(home, &QToolButton::clicked, this, [this] { showTopic(QStringLiteral("index")); });
    connect(m_browser, &QTextBrowser::backwardAvailable, back, &QToolButton::setEnabled);
    connect(m_browser, &QTextBrowser::forwardAvailable, forward, &QToolButton::setEnabled);

    auto *bar = new QHBoxLayout;
    bar->addWidget(back);
    bar->addWidget(forward);
    bar->addWidget(home);
    bar->addStretch();
    auto *right = new QWidget;
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addLayout(bar);
    rightLayout->addWidget(m_browser, 1);

    auto *splitter = new QSplitter(Qt::Horizontal);
    splitter->addWidget(m_side);
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({260, 640});
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    connect(m_contents, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { showTopic(item->data(Qt::UserRole).toString()); });
    connect(m_contents, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *item) {
        if (item && item->data(Qt::UserRole).toString() != currentTopic())
            showTopic(item->data(Qt::UserRole).toString());
    });
    connect(m_search, &QLineEdit::textChanged, this, &HelpWindow::runSearch);
    connect(m_results, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        showTopic(item->data(Qt::UserRole).toString());
        const QStringList words = m_search->text().simplified().split(u' ', Qt::SkipEmptyParts);
        if (!words.isEmpty())
            m_browser->find(words.first());
    });
    connect(m_results, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *item) {
        if (item)
            Q_EMIT m_results->itemActivated(item);
    });
    connect(m_browser, &QTextBrowser::sourceChanged, this, [this](const QUrl &url) {
        const QString topic = url.fileName().chopped(5);
        for (int r = 0; r < m_contents->count(); ++r)
            if (m_contents->item(r)->data(Qt::UserRole).toString() == topic) {
                const QSignalBlocker block(m_contents);
                m_contents->setCurrentRow(r);
            }
    });
    resize(960, 680);
    showTopic(QStringLiteral("index"));
}

void HelpWindow::showTopic(const QString &topic)
{
    const QString shown = topics().contains(topic) ? topic : QStringLiteral("index");
    m_browser->setSource(QUrl(QStringLiteral("qrc") + topicPath(shown, m_language)));
}

QString HelpWindow::currentTopic() const
{
    const QString file = m_browser->source().fileName();
    return file.endsWith(u".html") ? file.chopped(5) : file;
}

void HelpWindow::runSearch()
{
    m_results->clear();
    const QString query = m_search->text();
    for (const QString &topic : search(query, m_language)) {
        auto *item = new QListWidgetItem(titleOf(readTopic(topic, m_language)), m_results);
        item->setData(Qt::UserRole, topic);
    }
    if (!query.trimmed().isEmpty() && m_results->count() == 0)
        (new QListWidgetItem(tr("Nothing found"), m_results))->setFlags(Qt::NoItemFlags);
}

} // namespace ui

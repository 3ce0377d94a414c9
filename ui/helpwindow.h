#pragma once

#include <QStringList>

#include <functional>
#include <QWidget>

class QLineEdit;
class QListWidget;
class QTabWidget;
class QTextBrowser;

namespace ui {

/// The user guide (使用帮助): HTML pages in the resources, in Chinese and English, with a table of contents
/// and a full-text search. F1 opens it at the topic of the page being shown.
class HelpWindow final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HelpWindow)
public:
    explicit HelpWindow(QWidget *parent = nullptr);

    /// The topics in the order of the contents ("index", "registry", "history", ...).
    static QStringList topics();
    /// The guide's language for the UI language: "zh_CN" or "en".
    static QString guideLanguage();
    /// The resource path of a topic in a language (":/help/zh_CN/registry.html").
    static QString topicPath(const QString &topic, const QString &language);
    /// The topics whose text contains every word of `query` (case-insensitive), in contents order.
    static QStringList search(const QString &query, const QString &language);

    /// Calls `show` when F1 is pressed in a dialog whose parent window is `window`, for as long as
    /// `window` exists.
    static void watchDialogs(QWidget *window, std::function<void()> show);

    /// Shows `topic` (the start page when unknown) and raises the window.
    void showTopic(const QString &topic);
    QString currentTopic() const;

    QTextBrowser *browser() const { return m_browser; }
    QListWidget *contentsList() const { return m_contents; }
    QLineEdit *searchEdit() const { return m_search; }
    QListWidget *resultsList() const { return m_results; }

private:
    void runSearch();

    QString m_language;
    QTabWidget *m_side;
    QListWidget *m_contents;
    QLineEdit *m_search;
    QListWidget *m_results;
    QTextBrowser *m_browser;
};

} // namespace ui

#pragma once

#include <QDialog>

class QTabWidget;
class QTextBrowser;

namespace core {
class Repository;
}

namespace ui {

/// 关于: the version, the open workspace and the licences of the components MetInspect is built on
/// (with the LGPL notice for Qt).
class AboutDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AboutDialog)
public:
    explicit AboutDialog(core::Repository &repo, QWidget *parent = nullptr);

    QTabWidget *tabs() const { return m_tabs; }
    QTextBrowser *aboutText() const { return m_about; }
    QTextBrowser *licenceText() const { return m_licences; }

    /// The licences page as HTML (also what the tests read).
    static QString licencesHtml();

private:
    QTabWidget *m_tabs;
    QTextBrowser *m_about;
    QTextBrowser *m_licences;
};

} // namespace ui

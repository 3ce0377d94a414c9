#pragma once

#include <QString>

class QWidget;

namespace ui {

/// Every message box and file chooser of the UI goes through here, so tests can install a service that
/// answers them instead of a person.
class DialogService
{
public:
    virtual ~DialogService() = default;

    /// A yes/no question; true means yes.
    virtual bool question(QWidget *parent, const QString &title, const QString &text);
    virtual void warning(QWidget *parent, const QString &title, const QString &text);
    virtual void information(QWidget *parent, const QString &title, const QString &text);
    /// An existing file to open; empty when the user cancelled.
    virtual QString openFileName(QWidget *parent, const QString &title, const QString &directory,
                                 const QString &filter);
    /// A file to write (export, PDF); empty when the user cancelled.
    virtual QString saveFileName(QWidget *parent, const QString &title, const QString &path,
                                 const QString &filter);

    /// The service in use (the interactive one unless a test installed another).
    static DialogService &instance();
    /// Installs `service` (not owned); nullptr restores the interactive one.
    static void setInstance(DialogService *service);
};

} // namespace ui

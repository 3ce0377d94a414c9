#include "dialogservice.h"

#include <QFileDialog>
#include <QMessageBox>

namespace ui {

namespace {
DialogService *g_installed = nullptr;
}

bool DialogService::question(QWidget *parent, const QString &title, const QString &text)
{
    return QMessageBox::question(parent, title, text, QMessageBox::Yes | QMessageBox::No, QMessageBox::No) ==
           QMessageBox::Yes;
}

void DialogService::warning(QWidget *parent, const QString &title, const QString &text)
{
    QMessageBox::warning(parent, title, text);
}

void DialogService::information(QWidget *parent, const QString &title, const QString &text)
{
    QMessageBox::information(parent, title, text);
}

QString DialogService::openFileName(QWidget *parent, const QString &title, const QString &directory,
                                    const QString &filter)
{
    return QFileDialog::getOpenFileName(parent, title, directory, filter);
}

QString DialogService::saveFileName(QWidget *parent, const QString &title, const QString &path,
                                    const QString &filter)
{
    return QFileDialog::getSaveFileName(parent, title, path, filter);
}

DialogService &DialogService::instance()
{
    static DialogService interactive;
    return g_installed ? *g_installed : interactive;
}

void DialogService::setInstance(DialogService *service)
{
    g_installed = service;
}

} // namespace ui

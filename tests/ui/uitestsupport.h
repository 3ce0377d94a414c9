#pragma once

#include "dialogservice.h"
#include "registry/registrytypes.h"
#include "support/testworkspace.h"

#include <QApplication>
#include <QStringList>
#include <QTimer>

#include <functional>

#include <gtest/gtest.h>

namespace uitest {

/// Answers the UI's questions as a test says and records every message shown.
class ScriptedDialogs final : public ui::DialogService
{
public:
    ScriptedDialogs() { ui::DialogService::setInstance(this); }
    ~ScriptedDialogs() override { ui::DialogService::setInstance(nullptr); }

    bool question(QWidget *, const QString &title, const QString &text) override
    {
        questions << title + QStringLiteral(": ") + text;
        return answer;
    }
    void warning(QWidget *, const QString &title, const QString &text) override
    {
        warnings << title + QStringLiteral(": ") + text;
    }
    void information(QWidget *, const QString &title, const QString &text) override
    {
        infos << title + QStringLiteral(": ") + text;
    }
    QString openFileName(QWidget *, const QString &, const QString &, const QString &) override
    {
        return file;
    }
    QStringList openFileNames(QWidget *, const QString &, const QString &, const QString &) override
    {
        return files;
    }
    QString saveFileName(QWidget *, const QString &, const QString &, const QString &) override
    {
        return saveFile.isEmpty() ? file : saveFile;
    }

    bool answer = true;
    QString file;
    QStringList files;
    QString saveFile;
    QStringList questions;
    QStringList warnings;
    QStringList infos;
};

/// A small registry on a fixed date (2026-11-25): three units and five standards covering fields,
/// categories and every status, including one expired and one expiring within a month.
struct Registry
{
    core::Unit thermal;                ///< 天津滨海热力有限公司, holds S1
    core::Unit port;                   ///< 天津港集团有限公司, holds S2 and S4
    core::Unit hospital;               ///< 滨海新区人民医院, holds S3 and S5
    core::Unit empty;                  ///< 天津空白仪表有限公司, holds nothing
    core::Standard s1;                 ///< thermometry 04113500, in use until 2027-06-01
    core::Standard s2;                 ///< mechanics 12613100, expired 2026-03-01
    core::Standard s3;                 ///< electromagnetism 15215100, expires 2026-12-20 (in 25 days)
    core::Standard s4;                 ///< mechanics 12113000, sealed
    core::Standard s5;                 ///< radio 23311200, social public, cancelled
    core::Equipment overdueInstrument; ///< of S1, traceability due 2026-10-01
};

Registry fillRegistry(core::Repository &repo);

/// Acts on the next modal dialog of type D as soon as it is shown (exec() blocks the test otherwise).
template<typename D> void whenShown(std::function<void(D *)> act)
{
    auto *tries = new int(0);
    auto *timer = new QTimer;
    timer->setInterval(10);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, tries, act] {
        if (auto *d = qobject_cast<D *>(QApplication::activeModalWidget())) {
            timer->stop();
            timer->deleteLater();
            delete tries;
            act(d);
        } else if (++*tries > 300) {
            timer->stop();
            timer->deleteLater();
            delete tries;
            ADD_FAILURE() << "no dialog appeared";
        }
    });
    timer->start();
}

} // namespace uitest

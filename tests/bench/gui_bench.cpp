// Measures the application on a workspace the way an inspector meets it: the time from start to a
// populated registry, searching and filtering the standards table (proxy and view), and memory.
// Usage: metinspect-bench-gui --workspace PATH [--repetitions N]

#include "bench/registrybench.h"
#include "mainwindow.h"
#include "registrypage.h"
#include "standardfilterproxy.h"
#include "standardstab.h"
#include "storage/repository.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QLineEdit>

#include <algorithm>
#include <cstdio>

namespace {
double ms(const QElapsedTimer &t)
{
    return static_cast<double>(t.nsecsElapsed()) / 1e6;
}

void row(const char *what, double value, const char *unit, double goal)
{
    std::printf("%-58s %10.1f %-3s (goal <= %g) %s\n", what, value, unit, goal,
                value <= goal ? "ok" : "MISSED");
}
} // namespace

int main(int argc, char *argv[])
{
    QElapsedTimer sinceStart;
    sinceStart.start();
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QString location;
    int repetitions = 5;
    const QStringList args = QCoreApplication::arguments();
    for (int i = 1; i + 1 < args.size(); ++i) {
        if (args[i] == u"--workspace")
            location = args[i + 1];
        else if (args[i] == u"--repetitions")
            repetitions = std::max(1, args[i + 1].toInt());
    }
    if (location.isEmpty()) {
        std::fprintf(stderr, "usage: metinspect-bench-gui --workspace PATH [--repetitions N]\n"
                             "(make one with: metinspect-cli --workspace PATH demo --scale province)\n");
        return 2;
    }
    auto repo = core::openWorkspace(location);
    if (!repo) {
        std::fprintf(stderr, "%s\n", qPrintable(repo.error().text()));
        return 1;
    }
    ui::MainWindow window(std::move(*repo));
    window.show();
    ui::StandardsTab *tab = window.registryPage()->standardsTab();
    while (tab->totalRows() == 0 && sinceStart.elapsed() < 60000)
        QCoreApplication::processEvents();
    QCoreApplication::processEvents();
    const double startMs = ms(sinceStart);
    const int total = tab->totalRows();

    QList<double> times;
    const QStringList searches{QStringLiteral("温度"),     QStringLiteral("0411"), QStringLiteral("有限公司"),
                               QStringLiteral("证字第01"), QStringLiteral("砝码"), QString()};
    for (int rep = 0; rep < repetitions; ++rep) {
        for (const QString &text : searches) {
            tab->searchEdit()->setText(text);
            QElapsedTimer t;
            t.start();
            tab->applyFilterNow();
            QCoreApplication::processEvents();
            times << ms(t);
        }
        core::StandardFilter byField;
        byField.field = QStringLiteral("12");
        byField.category = core::StandardCategory::EnterpriseHighest;
        core::StandardFilter expiring;
        expiring.expiringWithinDays = 90;
        for (const core::StandardFilter &f : {byField, expiring, core::StandardFilter{}}) {
            QElapsedTimer t;
            t.start();
            tab->proxy()->setFilter(f);
            QCoreApplication::processEvents();
            times << ms(t);
        }
    }
    std::sort(times.begin(), times.end());

    std::printf("workspace: %s (%d standards)\n", qPrintable(location), total);
    row("start to a populated registry", startMs, "ms", 1500);
    row("search or filter the standards table (median)", times[times.size() / 2], "ms", 50);
    row("search or filter the standards table (slowest)", times.last(), "ms", 50);
    row("peak memory with the workspace open", core::RegistryBench::peakMemoryMb(), "MB", 300);
    return 0;
}

// The process the crash-safety test kills: works on a workspace in a loop through the core API and
// prints an acknowledgement of every change only after the change returned (committed).
#include "storage/repository.h"
#include "support/crashsteps.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 3) {
        std::fprintf(stderr, "usage: metinspect-crashworker WORKSPACE RUN\n");
        return 2;
    }
    const int run = args[2].toInt();
    auto repo = core::openWorkspace(args[1]);
    if (!repo) {
        std::fprintf(stderr, "%s\n", qPrintable(repo.error().text()));
        return 1;
    }
    // The test times its kill from here, so the kills hit work rather than start-up, however slow that is.
    std::fprintf(stdout, "ready\n");
    std::fflush(stdout);
    QRandomGenerator random(quint32(run) * 2654435761u + 1);
    const auto &steps = testsupport::crashSteps();
    // Every run uses its own range of numbers, so records of different runs never collide.
    for (int i = 0;; ++i) {
        const testsupport::CrashStep &step = steps[int(random.bounded(quint32(steps.size())))];
        const int n = run * 10000 + i;
        auto acks = step.act(**repo, random, n);
        if (!acks) {
            if (acks.error().code == core::ErrorCode::NotFound)
                continue;
            std::fprintf(stderr, "%s: %s\n", qPrintable(step.name), qPrintable(acks.error().text()));
            return 1;
        }
        for (const QStringList &ack : *acks)
            std::fprintf(stdout, "%s\n", (step.name + u'\t' + ack.join(u'\t')).toUtf8().constData());
        std::fflush(stdout);
    }
}

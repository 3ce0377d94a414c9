// metinspect-inspection-writer WORKSPACE INSPECTION: answers the items of an inspection as fast as it can,
// one stored answer or typed keystroke after another, and prints "ok N" after the N-th is stored. The
// durability test kills it at a random moment and checks that the workspace holds every acknowledged
// answer, and at most the one in progress besides.
#include "inspection/inspectionstore.h"
#include "inspectionwriterops.h"
#include "storage/repository.h"

#include <QCoreApplication>
#include <QUuid>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 3) {
        std::fprintf(stderr, "usage: metinspect-inspection-writer WORKSPACE INSPECTION\n");
        return 2;
    }
    auto repo = core::openWorkspace(args[1]);
    if (!repo) {
        std::fprintf(stderr, "%s\n", qPrintable(repo.error().text()));
        return 1;
    }
    core::InspectionStore &store = (*repo)->inspections();
    const QUuid uuid = QUuid::fromString(args[2]);
    auto inspection = store.inspection(uuid);
    if (!inspection || !*inspection) {
        std::fprintf(stderr, "no inspection %s\n", qPrintable(args[2]));
        return 1;
    }
    const QStringList items = store.checklist((*inspection)->templateUuid)->itemIds();
    std::printf("ready\n");
    std::fflush(stdout);
    for (int n = 0;; ++n) {
        const writerops::Operation op = writerops::operation(n, items);
        core::Status st = op.verdict
                              ? core::Status()
                              : store.stageText(uuid, QStringLiteral("finding:") + op.itemId, op.value);
        if (op.verdict)
            if (auto a = store.setVerdict(uuid, op.itemId, op.value, QStringLiteral("writer")); !a)
                st = a.error();
        if (!st) {
            std::fprintf(stderr, "%s\n", qPrintable(st.error().text()));
            return 1;
        }
        std::printf("ok %d\n", n + 1);
        std::fflush(stdout);
    }
}

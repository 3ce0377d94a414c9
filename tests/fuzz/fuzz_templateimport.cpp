// libFuzzer target: reading a checklist template file (`template import`, ChecklistTemplates::parse),
// with any bytes: it must refuse every file that is not a well-formed template with a message, without
// crashing; a template it accepts must read back unchanged from its own file form.
#include "inspection/checklisttemplate.h"

#include <QCoreApplication>
#include <QJsonDocument>

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static int argc = 1;
    static char name[] = "fuzz_templateimport";
    static char *argv[] = {name, nullptr};
    static QCoreApplication app(argc, argv);
    const QByteArray bytes(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    auto parsed = core::ChecklistTemplates::parse(bytes, QStringLiteral("fuzz.json"));
    if (!parsed) {
        (void)parsed.error().text();
        return 0;
    }
    auto again = core::ChecklistTemplates::parse(
        QJsonDocument(core::ChecklistTemplates::toJson(*parsed)).toJson(), QStringLiteral("again.json"));
    if (!again)
        std::abort(); // what was accepted must read back
    return 0;
}

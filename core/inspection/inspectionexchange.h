#pragma once

#include "inspection.h"
#include "result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace core {

class Repository;

/// An inspection record as a file (`inspection export ID --format json` and `inspection import FILE`):
/// the JSON document and the files that go beside it (signature images as PNG, evidence as taken).
struct InspectionExport
{
    struct File
    {
        QString name; ///< file name beside the JSON
        QByteArray bytes;
    };
    QJsonObject document;
    QList<File> files;
    QByteArray json() const; ///< the document, indented UTF-8
};

/// Writing and reading the exchange format of inspection records (documented in README.md): format
/// "metinspect-inspection", the content of the current revision exactly as hashed, its SHA-256, the
/// signatures with their image files, and the evidence files.
class InspectionExchange
{
    Q_DECLARE_TR_FUNCTIONS(core::InspectionExchange)
public:
    static constexpr int kFormatVersion = 1;

    /// The current revision of a record. `baseName` prefixes the names of the files beside the JSON.
    static Result<InspectionExport> exportRecord(Repository &repo, const QUuid &uuid,
                                                 const QString &baseName);
    /// Writes the JSON to `jsonPath` and its files beside it.
    static Status write(const InspectionExport &e, const QString &jsonPath);
    /// Reads a record file (and the files beside it), checks it against its template and stores it. Every
    /// problem is reported as `FILE: place: message`; a bad file stores nothing.
    static Result<Inspection> importFile(Repository &repo, const QString &jsonPath, const QString &actor);
};

} // namespace core

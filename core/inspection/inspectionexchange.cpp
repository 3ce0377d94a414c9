#include "inspectionexchange.h"

#include "files/filestore.h"
#include "inspectionstore.h"
#include "jsonreader.h"
#include "pngwriter.h"
#include "storage/repository.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSet>

namespace core {

namespace {
const QString kFormat = QStringLiteral("metinspect-inspection");

QString sha256Hex(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

/// A file name safe beside the JSON on any system: no folders, no characters Windows refuses.
QString safeName(const QString &name)
{
    QString out = QFileInfo(name).fileName();
    static const QRegularExpression bad(QStringLiteral("[\\\\/:*?\"<>|\\x00-\\x1f]"));
    out.replace(bad, QStringLiteral("_"));
    return out.isEmpty() ? QStringLiteral("file") : out;
}
} // namespace

QByteArray InspectionExport::json() const
{
    return QJsonDocument(document).toJson(QJsonDocument::Indented);
}

Result<InspectionExport> InspectionExchange::exportRecord(Repository &repo, const QUuid &uuid,
                                                          const QString &baseName)
{
    InspectionStore &store = repo.inspections();
    auto found = store.inspection(uuid);
    if (!found)
        return found.error();
    if (!*found)
        return makeError(ErrorCode::NotFound,
                         tr("there is no inspection %1").arg(uuid.toString(QUuid::WithoutBraces)));
    const Inspection &i = **found;
    const bool isSealed = !i.editable();
    auto content = store.content(uuid, isSealed ? i.revisionNo : 0);
    if (!content)
        return content.error();

    InspectionExport out;
    QJsonArray files;
    QSet<QString> written;
    int n = 0;
    auto addEvidence = [&](const ContentEvidence &e) -> Status {
        if (written.contains(e.sha256))
            return {};
        written.insert(e.sha256);
        Attachment a;
        a.fileName = e.fileName;
        a.sha256 = e.sha256;
        auto bytes = repo.files().read(a);
        if (!bytes)
            return bytes.error();
        const QString name = baseName + QStringLiteral("-evidence-%1-").arg(++n) + safeName(e.fileName);
        out.files << InspectionExport::File{name, *bytes};
        files.append(QJsonObject{{QStringLiteral("sha256"), e.sha256}, {QStringLiteral("file"), name}});
        return {};
    };
    for (const ContentAnswer &a : content->answers)
        for (const ContentEvidence &e : a.evidence)
            if (Status st = addEvidence(e); !st)
                return st.error();
    for (const ContentEvidence &e : content->generalEvidence)
        if (Status st = addEvidence(e); !st)
            return st.error();

    QJsonArray signatures;
    QString sha = content->sha256();
    if (isSealed) {
        auto data = store.printData(uuid, i.revisionNo, false, {}, {});
        if (!data)
            return data.error();
        sha = data->contentSha256;
        int s = 0;
        for (const PrintedSignature &p : data->signatures) {
            const QString name = baseName + QStringLiteral("-signature-%1.png").arg(++s);
            out.files << InspectionExport::File{name, p.png};
            signatures.append(
                QJsonObject{{QStringLiteral("role"), p.signature.role},
                            {QStringLiteral("role_label"), p.signature.roleLabel},
                            {QStringLiteral("name"), p.signature.name},
                            {QStringLiteral("title"), p.signature.title},
                            {QStringLiteral("date"), p.signature.signedOn.toString(Qt::ISODate)},
                            {QStringLiteral("image"), name},
                            {QStringLiteral("image_sha256"), p.signature.imageSha256}});
        }
    }
    out.document = QJsonObject{{QStringLiteral("format"), kFormat},
                               {QStringLiteral("format_version"), kFormatVersion},
                               {QStringLiteral("status"), InspectionVocabulary::key(i.status)},
                               {QStringLiteral("content"), content->toJson()},
                               {QStringLiteral("content_sha256"), sha},
                               {QStringLiteral("signatures"), signatures},
                               {QStringLiteral("files"), files}};
    return out;
}

Status InspectionExchange::write(const InspectionExport &e, const QString &jsonPath)
{
    const QDir dir = QFileInfo(jsonPath).absoluteDir();
    auto save = [](const QString &path, const QByteArray &bytes) -> Status {
        QSaveFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size() || !f.commit())
            return makeError(ErrorCode::Io, tr("cannot write %1: %2").arg(path, f.errorString()));
        return {};
    };
    for (const InspectionExport::File &f : e.files)
        if (Status st = save(dir.filePath(f.name), f.bytes); !st)
            return st;
    return save(jsonPath, e.json());
}

Result<Inspection> InspectionExchange::importFile(Repository &repo, const QString &jsonPath,
                                                  const QString &actor)
{
    using json::at;
    const QString source = QFileInfo(jsonPath).fileName();
    QFile file(jsonPath);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::InvalidInput, tr("cannot read %1: %2").arg(jsonPath, file.errorString()));
    const QByteArray bytes = file.readAll();
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return makeError(ErrorCode::InvalidInput,
                         tr("not valid JSON at %1: %2")
                             .arg(jsonErrorPlace(bytes, parseError.offset), parseError.errorString()),
                         source);
    if (!doc.isObject())
        return makeError(ErrorCode::InvalidInput, tr("an inspection file must hold one JSON object"), source);
    const QDir dir = QFileInfo(jsonPath).absoluteDir();

    QList<JsonIssue> issues;
    json::ObjectReader top(doc.object(), {}, issues);
    top.rejectUnknown({QStringLiteral("format"), QStringLiteral("format_version"), QStringLiteral("status"),
                       QStringLiteral("content"), QStringLiteral("content_sha256"),
                       QStringLiteral("signatures"), QStringLiteral("files")});
    const QString format = top.string(QStringLiteral("format"), true);
    if (!format.isEmpty() && format != kFormat)
        top.issue(QStringLiteral("format"), tr("must be \"%1\", not \"%2\"").arg(kFormat, format));
    const int version = top.integer(QStringLiteral("format_version"), kFormatVersion, 1, 1000);
    if (version > kFormatVersion)
        top.issue(QStringLiteral("format_version"),
                  tr("version %1 is newer than this program reads (%2)").arg(version).arg(kFormatVersion));
    const QString statusKey = top.string(QStringLiteral("status"), true);
    const auto status = InspectionVocabulary::statusFromKey(statusKey);
    if (!statusKey.isEmpty() && !status)
        top.issue(
            QStringLiteral("status"),
            tr("unknown status '%1'; use draft, signed, amending, returned or approved").arg(statusKey));
    const bool isSigned =
        status && *status != InspectionStatus::Draft && *status != InspectionStatus::Amending;

    InspectionContent content;
    if (const auto c = top.child(QStringLiteral("content"), true))
        content = InspectionContent::fromJson(*c, QStringLiteral("content"), issues);
    const QString sha = top.string(QStringLiteral("content_sha256"), isSigned);

    // Files beside the JSON, each checked against its SHA-256.
    auto readBeside = [&](const QString &place, const QString &name, QByteArray *out) -> bool {
        if (name.contains(u'/') || name.contains(u'\\') || name == u".." || name.isEmpty()) {
            issues.append({place, tr("'%1' must be the name of a file beside the JSON file").arg(name)});
            return false;
        }
        QFile f(dir.filePath(name));
        if (!f.open(QIODevice::ReadOnly)) {
            issues.append({place, tr("the file %1 is not beside %2").arg(name, source)});
            return false;
        }
        *out = f.readAll();
        return true;
    };
    QHash<QString, QByteArray> evidenceFiles;
    const QJsonArray files = top.array(QStringLiteral("files"));
    for (qsizetype n = 0; n < files.size(); ++n) {
        const QString place = at(QStringLiteral("files"), n);
        json::ObjectReader r(files[n].toObject(), place, issues);
        r.rejectUnknown({QStringLiteral("sha256"), QStringLiteral("file")});
        const QString fileSha = r.string(QStringLiteral("sha256"), true);
        const QString name = r.string(QStringLiteral("file"), true);
        QByteArray data;
        if (name.isEmpty() || !readBeside(r.place(QStringLiteral("file")), name, &data))
            continue;
        if (sha256Hex(data) != fileSha) {
            r.issue(QStringLiteral("file"),
                    tr("the file %1 does not have the SHA-256 %2").arg(name, fileSha));
            continue;
        }
        evidenceFiles.insert(fileSha, data);
    }
    QList<SignatureInput> signatures;
    const QJsonArray sigs = top.array(QStringLiteral("signatures"));
    for (qsizetype n = 0; n < sigs.size(); ++n) {
        const QString place = at(QStringLiteral("signatures"), n);
        json::ObjectReader r(sigs[n].toObject(), place, issues);
        r.rejectUnknown({QStringLiteral("role"), QStringLiteral("role_label"), QStringLiteral("name"),
                         QStringLiteral("title"), QStringLiteral("date"), QStringLiteral("image"),
                         QStringLiteral("image_sha256")});
        SignatureInput s;
        s.role = r.string(QStringLiteral("role"), true, true);
        s.name = r.string(QStringLiteral("name"), true, true);
        s.title = r.string(QStringLiteral("title"));
        s.signedOn = r.date(QStringLiteral("date"), true);
        const QString image = r.string(QStringLiteral("image"), true);
        const QString imageSha = r.string(QStringLiteral("image_sha256"));
        if (!image.isEmpty() && readBeside(r.place(QStringLiteral("image")), image, &s.png)) {
            if (!isPng(s.png))
                r.issue(QStringLiteral("image"), tr("the file %1 is not a PNG image").arg(image));
            else if (!imageSha.isEmpty() && sha256Hex(s.png) != imageSha)
                r.issue(QStringLiteral("image"),
                        tr("the file %1 does not have the SHA-256 %2").arg(image, imageSha));
        }
        signatures << s;
    }
    if (!isSigned && !signatures.isEmpty())
        top.issue(QStringLiteral("signatures"), tr("a %1 record has no signatures").arg(statusKey));

    // The template it was filled with must be in this workspace, with the same content.
    std::optional<ChecklistTemplate> tmpl;
    if (!content.templateId.isEmpty()) {
        auto all = repo.inspections().templates();
        if (!all)
            return all.error();
        for (const StoredTemplate &s : *all) {
            if (s.templateId != content.templateId || s.version != content.templateVersion)
                continue;
            if (!content.templateSha256.isEmpty() && content.templateSha256 != s.sha256)
                issues.append({QStringLiteral("content.template.sha256"),
                               tr("this workspace's template %1 %2 has other content than the one the record "
                                  "was filled with")
                                   .arg(s.templateId, s.version)});
            auto parsed = ChecklistTemplates::parse(s.content, s.templateId);
            if (parsed)
                tmpl = *parsed;
        }
        if (!tmpl)
            issues.append(
                {QStringLiteral("content.template"),
                 tr("the template %1 %2 is not in this workspace; import it first with 'template import'")
                     .arg(content.templateId, content.templateVersion)});
    }
    if (tmpl) {
        InspectionRules::checkAgainstTemplate(*tmpl, content, QStringLiteral("content"), issues);
        if (isSigned) {
            if (!sha.isEmpty() && content.sha256() != sha)
                issues.append(
                    {QStringLiteral("content_sha256"),
                     tr("the content no longer has the SHA-256 it was signed with; it was changed after "
                        "signing")});
            const Completeness done = InspectionRules::completeness(*tmpl, content);
            if (!done.complete())
                issues.append({QStringLiteral("content"),
                               tr("a signed record must be complete: %1").arg(done.problems().join(u"; "))});
            QStringList roles;
            for (const SignatureInput &s : signatures)
                roles << s.role;
            if (const QStringList missing = InspectionRules::missingSigners(*tmpl, roles); !missing.isEmpty())
                issues.append(
                    {QStringLiteral("signatures"), tr("signatures missing: %1").arg(missing.join(u"; "))});
        }
    }
    if (!issues.isEmpty())
        return issuesError(source, issues);

    auto stored = repo.inspections().importRecord(content, isSigned, signatures, evidenceFiles, sha, actor);
    if (!stored) {
        Error e = stored.error();
        e.where = e.where.isEmpty() ? source : source + QStringLiteral(": ") + e.where;
        return e;
    }
    return stored;
}

} // namespace core

#include "forms/DocumentFile.h"

#include "core/export/PartFile.h"
#include "forms/DocumentRenderer.h"

using namespace Qt::StringLiterals;

bool DocumentFile::write(DocumentRenderer &renderer, const QList<PrintableDocument> &docs,
                         const QString &path, QString *error) {
    const bool odt = path.endsWith(u".odt"_s, Qt::CaseInsensitive);
    if (docs.isEmpty())
        return false;
    // libzip adds the ODT's page layout by writing a new file and renaming it over the path it
    // was given: a named part file, as SQLite's VACUUM INTO needs.
    PartFile part(path, odt ? PartFile::Kind::Named : PartFile::Kind::Unnamed);
    if (!part.open(error))
        return false;
    const bool written = odt ? renderer.writeOdt(docs.first(), part.writePath())
                             : renderer.writePdf(docs, part.writePath());
    if (!written) {
        if (error)
            *error = renderer.errorString();
        return false;
    }
    return part.commit(error);
}

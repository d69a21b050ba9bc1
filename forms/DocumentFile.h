#pragma once

#include "forms/PrintableDocument.h"

#include <QList>
#include <QString>

class DocumentRenderer;

// Writes printed documents to a .pdf (all of `docs`) or .odt (the first) file that appears whole
// or not at all (PartFile): `qinqing-cli print` or `report` killed half-way left a half PDF
// under the name asked for, over any older file of that name.
class DocumentFile {
public:
    // False with `renderer`'s reason (or the file's) in `error`.
    static bool write(DocumentRenderer &renderer, const QList<PrintableDocument> &docs,
                      const QString &path, QString *error);
};

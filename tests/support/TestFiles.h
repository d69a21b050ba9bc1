#pragma once

// Files the file-safety tests make and compare: a hash of a file's bytes (a refused or damaged
// database must be byte-identical afterwards) and CSV files of many appeals.

#include <QCryptographicHash>
#include <QFile>
#include <QString>

namespace TestFiles {

inline QByteArray sha256(const QString &path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256).toHex();
}

// The ten appeals of `sample` (a CSV with a header row) `copies` times over, each copy under
// other enterprise names, written to `path`; returns `path`, or "" when it cannot be written.
inline QString appealCopies(const QString &sample, int copies, const QString &path) {
    QFile in(sample);
    if (!in.open(QIODevice::ReadOnly))
        return {};
    const QString text = QString::fromUtf8(in.readAll());
    const qsizetype headerEnd = text.indexOf(u'\n') + 1;
    QString csv = text.left(headerEnd);
    for (int c = 0; c < copies; ++c)
        csv += QString(text.mid(headerEnd))
                   .replace(QStringLiteral("有限公司"), QStringLiteral("第%1有限公司").arg(c));
    QFile out(path);
    if (!out.open(QIODevice::WriteOnly))
        return {};
    out.write(csv.toUtf8());
    return path;
}

} // namespace TestFiles

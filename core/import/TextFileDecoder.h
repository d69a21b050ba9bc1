#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

// Decodes a text file as the offices produce them: UTF-8 with or without a byte-order mark
// (WPS, LibreOffice, "CSV UTF-8" in Excel), UTF-16 with a mark (Excel's "Unicode text"), and
// otherwise GB18030, which is what Excel and WPS write for "CSV" on Chinese Windows. A file
// that is valid UTF-8 throughout is taken as UTF-8; GB18030 is a superset of GBK and GB2312.
class TextFileDecoder {
    Q_DECLARE_TR_FUNCTIONS(TextFileDecoder)

public:
    enum class Encoding { Unknown, Utf8, Utf8Bom, Utf16, Gb18030 };

    struct Result {
        bool ok = false;
        Encoding encoding = Encoding::Unknown;
        QString text;  // without the byte-order mark
        QString error; // why the bytes could not be read
    };

    static Result decode(const QByteArray &bytes);
    static Result decodeFile(const QString &path);
    // "UTF-8", "UTF-8 with BOM", "UTF-16", "GB18030"
    static QString encodingName(Encoding encoding);
};

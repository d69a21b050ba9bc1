#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

// Decodes a text file as the offices produce them: UTF-8 with or without a byte-order mark
// (WPS, LibreOffice, "CSV UTF-8" in Excel), UTF-16 little- or big-endian with a mark (Excel's
// "Unicode text") or without one, and otherwise GB18030, which is what Excel and WPS write for
// "CSV" on Chinese Windows (a superset of GBK and GB2312).
//
// Strict: a byte sequence that is not a character, a lone UTF-16 surrogate or a NUL is an
// error that names the line, never a replacement character or a cut text stored in the
// database. A file that is UTF-8 but for a few damaged bytes is reported as damaged UTF-8, not
// read as GB18030 mojibake.
class TextFileDecoder {
    Q_DECLARE_TR_FUNCTIONS(TextFileDecoder)

public:
    enum class Encoding { Unknown, Utf8, Utf8Bom, Utf16Le, Utf16Be, Gb18030 };

    struct Result {
        bool ok = false;
        Encoding encoding = Encoding::Unknown;
        QString text;  // without the byte-order mark
        QString error; // why the bytes could not be read, with the line where known
        int line = 0;  // the 1-based line of the error; 0 for the file as a whole
    };

    static Result decode(const QByteArray &bytes);
    // Refuses files larger than `maxBytes` before reading them.
    static Result decodeFile(const QString &path, qint64 maxBytes = 0);
    // "UTF-8", "UTF-8 with BOM", "UTF-16LE", "UTF-16BE", "GB18030"
    static QString encodingName(Encoding encoding);

private:
    static Result decodeUtf8(const QByteArray &bytes, qsizetype start, Encoding encoding);
    static Result decodeUtf16(const QByteArray &bytes, qsizetype start, Encoding encoding);
    static Result decodeGb18030(const QByteArray &bytes);
    static bool checkText(Result &r);
};

#include "core/import/TextFileDecoder.h"

#include "core/NumberText.h"

#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>

#include <climits>

using namespace Qt::StringLiterals;

namespace {

// The 1-based line of `pos` in `data` (bytes or UTF-16 code units): line breaks are LF, CRLF
// and a lone CR, as CsvReader counts them.
template <typename Data> int lineAt(const Data &data, qsizetype pos) {
    int line = 1;
    for (qsizetype i = 0; i < pos && i < data.size(); ++i) {
        if (data[i] == u'\n' ||
            (data[i] == u'\r' && (i + 1 >= data.size() || data[i + 1] != u'\n')))
            ++line;
    }
    return line;
}

struct Utf8Scan {
    qsizetype firstInvalid = -1; // byte offset of the first byte that is not UTF-8
    qsizetype invalid = 0;       // invalid sequences
    qsizetype multibyte = 0;     // valid sequences of two or more bytes (non-ASCII characters)
};

// Strict UTF-8 (RFC 3629): no overlong forms, no surrogates, nothing past U+10FFFF.
Utf8Scan scanUtf8(const QByteArray &bytes, qsizetype start) {
    Utf8Scan s;
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.constData());
    const qsizetype n = bytes.size();
    auto bad = [&s](qsizetype at) {
        if (s.firstInvalid < 0)
            s.firstInvalid = at;
        ++s.invalid;
    };
    for (qsizetype i = start; i < n;) {
        const unsigned char c = p[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        int len = 0;
        unsigned char lo = 0x80, hi = 0xBF; // the allowed range of the second byte
        if (c >= 0xC2 && c <= 0xDF) {
            len = 2;
        } else if (c >= 0xE0 && c <= 0xEF) {
            len = 3;
            if (c == 0xE0)
                lo = 0xA0;
            else if (c == 0xED)
                hi = 0x9F;
        } else if (c >= 0xF0 && c <= 0xF4) {
            len = 4;
            if (c == 0xF0)
                lo = 0x90;
            else if (c == 0xF4)
                hi = 0x8F;
        }
        bool ok = len > 0 && i + len <= n && p[i + 1] >= lo && p[i + 1] <= hi;
        for (int k = 2; ok && k < len; ++k)
            ok = p[i + k] >= 0x80 && p[i + k] <= 0xBF;
        if (!ok) {
            bad(i);
            ++i;
            continue;
        }
        ++s.multibyte;
        i += len;
    }
    return s;
}

// UTF-16 without a byte-order mark: text with Latin letters, digits, commas and line breaks has
// a zero byte in nearly every character of those; UTF-8 and GB18030 have none.
QStringConverter::Encoding guessUtf16(const QByteArray &bytes) {
    if (bytes.size() < 4 || bytes.size() % 2 != 0)
        return QStringConverter::System;
    const qsizetype n = std::min<qsizetype>(bytes.size(), 65536);
    qsizetype zeroEven = 0, zeroOdd = 0;
    for (qsizetype i = 0; i + 1 < n; i += 2) {
        zeroEven += bytes[i] == 0;
        zeroOdd += bytes[i + 1] == 0;
    }
    const qsizetype pairs = n / 2;
    if (zeroOdd * 8 >= pairs && zeroEven * 50 < zeroOdd)
        return QStringConverter::Utf16LE;
    if (zeroEven * 8 >= pairs && zeroOdd * 50 < zeroEven)
        return QStringConverter::Utf16BE;
    return QStringConverter::System;
}

QString resave() {
    return QCoreApplication::translate("TextFileDecoder", "save it again as \"CSV UTF-8\"");
}

// Files that are no text at all, by their first bytes: the usual mistakes are a workbook or
// a PDF renamed or chosen instead of the CSV saved from it.
QString notText(const QByteArray &bytes) {
    if (bytes.startsWith("PK\x03\x04"))
        return QCoreApplication::translate(
            "TextFileDecoder", "the file is a zip archive (an .xlsx workbook or a document?), not "
                               "CSV: open it in Excel or WPS and save it as \"CSV UTF-8\"");
    if (bytes.startsWith("\xD0\xCF\x11\xE0"))
        return QCoreApplication::translate(
            "TextFileDecoder", "the file is an old Excel .xls workbook or Word document, not CSV: "
                               "open it in Excel or WPS and save it as \"CSV UTF-8\"");
    if (bytes.startsWith("%PDF-"))
        return QCoreApplication::translate("TextFileDecoder",
                                           "the file is a PDF document, not CSV");
    if (bytes.startsWith(QByteArray("SQLite format 3\0", 16)))
        return QCoreApplication::translate(
            "TextFileDecoder", "the file is an SQLite database, not CSV (a Qinqing database is "
                               "opened with --db)");
    if (bytes.startsWith("\x89PNG") || bytes.startsWith("\xFF\xD8\xFF") || bytes.startsWith("GIF8"))
        return QCoreApplication::translate("TextFileDecoder", "the file is an image, not CSV");
    return {};
}

} // namespace

TextFileDecoder::Result TextFileDecoder::decode(const QByteArray &bytes) {
    if (const QString what = notText(bytes); !what.isEmpty()) {
        Result r;
        r.error = what;
        return r;
    }
    if (bytes.startsWith("\xEF\xBB\xBF"))
        return decodeUtf8(bytes, 3, Encoding::Utf8Bom);
    if (bytes.startsWith(QByteArray("\xFF\xFE\x00\x00", 4)) ||
        bytes.startsWith(QByteArray("\x00\x00\xFE\xFF", 4))) {
        Result r;
        r.error = tr("the file is UTF-32, which spreadsheets rarely write; %1").arg(resave());
        return r;
    }
    if (bytes.startsWith("\xFF\xFE"))
        return decodeUtf16(bytes, 2, Encoding::Utf16Le);
    if (bytes.startsWith("\xFE\xFF"))
        return decodeUtf16(bytes, 2, Encoding::Utf16Be);
    switch (guessUtf16(bytes)) {
    case QStringConverter::Utf16LE:
        return decodeUtf16(bytes, 0, Encoding::Utf16Le);
    case QStringConverter::Utf16BE:
        return decodeUtf16(bytes, 0, Encoding::Utf16Be);
    default:
        break;
    }
    const Utf8Scan scan = scanUtf8(bytes, 0);
    if (scan.invalid == 0)
        return decodeUtf8(bytes, 0, Encoding::Utf8);
    // Mostly UTF-8 with a few broken characters (a file cut or damaged in transit): read as
    // GB18030 it would become mojibake throughout, so say where it is damaged.
    if (scan.multibyte >= 4 * scan.invalid)
        return decodeUtf8(bytes, 0, Encoding::Utf8);
    return decodeGb18030(bytes);
}

TextFileDecoder::Result TextFileDecoder::decodeUtf8(const QByteArray &bytes, qsizetype start,
                                                    Encoding encoding) {
    Result r;
    r.encoding = encoding;
    const Utf8Scan scan = scanUtf8(bytes, start);
    if (scan.invalid > 0) {
        r.line = lineAt(bytes, scan.firstInvalid);
        r.error = tr("line %1: the file is UTF-8 but has bytes here that are not a character "
                     "(%n damaged place(s) in all); the file is damaged or was joined from files "
                     "of different encodings; %2",
                     nullptr, int(std::min<qsizetype>(scan.invalid, INT_MAX)))
                      .arg(r.line)
                      .arg(resave());
        return r;
    }
    r.text = QString::fromUtf8(bytes.constData() + start, bytes.size() - start);
    r.ok = checkText(r);
    return r;
}

TextFileDecoder::Result TextFileDecoder::decodeUtf16(const QByteArray &bytes, qsizetype start,
                                                     Encoding encoding) {
    Result r;
    r.encoding = encoding;
    const bool little = encoding == Encoding::Utf16Le;
    const qsizetype units = (bytes.size() - start) / 2;
    r.text.resize(units);
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.constData()) + start;
    for (qsizetype i = 0; i < units; ++i)
        r.text[i] = QChar(little ? char16_t(p[2 * i] | (p[2 * i + 1] << 8))
                                 : char16_t((p[2 * i] << 8) | p[2 * i + 1]));
    if ((bytes.size() - start) % 2 != 0) {
        r.line = lineAt(r.text, units);
        r.error = tr("line %1: the file is UTF-16 but ends in half a character; it was cut "
                     "short; %2")
                      .arg(r.line)
                      .arg(resave());
        r.text.clear();
        return r;
    }
    // A surrogate must pair with the next unit: a lone one is a damaged character, which
    // would be stored as invalid UTF-8.
    for (qsizetype i = 0; i < units; ++i) {
        const QChar c = r.text.at(i);
        if (c.isHighSurrogate() && i + 1 < units && r.text.at(i + 1).isLowSurrogate()) {
            ++i;
            continue;
        }
        if (c.isSurrogate()) {
            r.line = lineAt(r.text, i);
            r.error = tr("line %1: the file is UTF-16 but has a damaged character here (half "
                         "of a surrogate pair); %2")
                          .arg(r.line)
                          .arg(resave());
            r.text.clear();
            return r;
        }
    }
    r.ok = checkText(r);
    return r;
}

TextFileDecoder::Result TextFileDecoder::decodeGb18030(const QByteArray &bytes) {
    Result r;
    r.encoding = Encoding::Gb18030;
    QStringDecoder gb18030("GB18030", QStringDecoder::Flag::Stateless);
    if (!gb18030.isValid()) {
        r.error = tr("the file is not UTF-8, and this system cannot read GB18030");
        return r;
    }
    r.text = gb18030(bytes);
    if (!gb18030.hasError()) {
        r.ok = checkText(r);
        return r;
    }
    // Which line: a line feed byte is never part of a GB18030 character (trail bytes are
    // 0x30-0x39 and 0x40-0xFE), so lines can be decoded one by one.
    r.text.clear();
    int line = 0;
    for (qsizetype from = 0; from < bytes.size();) {
        qsizetype to = bytes.indexOf('\n', from);
        if (to < 0)
            to = bytes.size();
        ++line;
        QStringDecoder one("GB18030", QStringDecoder::Flag::Stateless);
        const QString decoded = one(QByteArrayView(bytes).sliced(from, to - from)); // lazy
        if (one.hasError()) {
            r.line = line;
            break;
        }
        from = to + 1;
    }
    r.error = r.line > 0 ? tr("line %1: the file is neither UTF-8 nor GB18030 (GBK): the bytes "
                              "on this line are not characters in either; %2")
                               .arg(r.line)
                               .arg(resave())
                         : tr("the file is neither UTF-8 nor GB18030 (GBK); %1").arg(resave());
    return r;
}

// Checks the decoded text: NUL is never text (a binary file, a damaged one or UTF-16 read
// as something else; stored, it cuts texts short in .xlsx and C programs). A DOS end-of-file
// mark (Ctrl+Z) at the very end is dropped.
bool TextFileDecoder::checkText(Result &r) {
    if (r.text.startsWith(QChar(QChar::ByteOrderMark)))
        r.text.remove(0, 1);
    if (r.text.endsWith(QChar(0x1A)))
        r.text.chop(1);
    const qsizetype nul = r.text.indexOf(QChar(0));
    if (nul >= 0) {
        r.line = lineAt(r.text, nul);
        r.error = tr("line %1: the file holds a NUL (zero) byte, which is never text: it is not "
                     "a CSV file, or it is damaged; %2")
                      .arg(r.line)
                      .arg(resave());
        r.text.clear();
        return false;
    }
    return true;
}

TextFileDecoder::Result TextFileDecoder::decodeFile(const QString &path, qint64 maxBytes) {
    QFile file(path);
    Result r;
    if (!file.open(QIODevice::ReadOnly)) {
        r.error = tr("cannot open %1: %2").arg(path, file.errorString());
        return r;
    }
    if (maxBytes > 0 && file.size() > maxBytes) {
        r.error =
            tr("%1 is %2 MB; at most %3 MB are read (split the file)")
                .arg(QFileInfo(path).fileName(), NumberText::grouped(file.size() / (1024 * 1024)),
                     NumberText::grouped(maxBytes / (1024 * 1024)));
        return r;
    }
    return decode(file.readAll());
}

QString TextFileDecoder::encodingName(Encoding encoding) {
    switch (encoding) {
    case Encoding::Utf8:
        return u"UTF-8"_s;
    case Encoding::Utf8Bom:
        return u"UTF-8 with BOM"_s;
    case Encoding::Utf16Le:
        return u"UTF-16LE"_s;
    case Encoding::Utf16Be:
        return u"UTF-16BE"_s;
    case Encoding::Gb18030:
        return u"GB18030"_s;
    case Encoding::Unknown:
        break;
    }
    return u"?"_s;
}

#include "core/import/TextFileDecoder.h"

#include <QFile>
#include <QStringDecoder>

using namespace Qt::StringLiterals;

TextFileDecoder::Result TextFileDecoder::decode(const QByteArray &bytes) {
    Result r;
    if (bytes.startsWith("\xEF\xBB\xBF")) {
        QStringDecoder utf8(QStringDecoder::Utf8);
        r.text = utf8(bytes.mid(3));
        r.encoding = Encoding::Utf8Bom;
        r.ok = !utf8.hasError();
        if (!r.ok)
            r.error = tr("the file starts as UTF-8 but contains bytes that are not UTF-8");
        return r;
    }
    if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF")) {
        QStringDecoder utf16(QStringDecoder::Utf16, QStringDecoder::Flag::ConvertInitialBom);
        r.text = utf16(bytes);
        if (r.text.startsWith(QChar(QChar::ByteOrderMark)))
            r.text.remove(0, 1);
        r.encoding = Encoding::Utf16;
        r.ok = !utf16.hasError();
        if (!r.ok)
            r.error = tr("the file starts as UTF-16 but is damaged");
        return r;
    }
    // Strict UTF-8: any invalid sequence means the file was not written as UTF-8. GB18030 text
    // of more than a few characters is practically never valid UTF-8 by accident.
    QStringDecoder utf8(QStringDecoder::Utf8);
    QString text = utf8(bytes);
    if (!utf8.hasError()) {
        r.ok = true;
        r.encoding = Encoding::Utf8;
        r.text = text;
        return r;
    }
    QStringDecoder gb18030("GB18030");
    if (!gb18030.isValid()) {
        r.error = tr("the file is not UTF-8, and this system cannot read GB18030");
        return r;
    }
    text = gb18030(bytes);
    if (gb18030.hasError()) {
        r.error = tr("the file is neither UTF-8 nor GB18030 (GBK); save it again as "
                     "\"CSV UTF-8\"");
        return r;
    }
    r.ok = true;
    r.encoding = Encoding::Gb18030;
    r.text = text;
    return r;
}

TextFileDecoder::Result TextFileDecoder::decodeFile(const QString &path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        Result r;
        r.error = tr("cannot open %1: %2").arg(path, file.errorString());
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
    case Encoding::Utf16:
        return u"UTF-16"_s;
    case Encoding::Gb18030:
        return u"GB18030"_s;
    case Encoding::Unknown:
        break;
    }
    return u"?"_s;
}

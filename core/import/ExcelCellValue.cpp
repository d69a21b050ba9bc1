#include "core/import/ExcelCellValue.h"

#include <QDateTime>
#include <QLocale>
#include <QRegularExpression>

#include <cmath>

using namespace Qt::StringLiterals;

ExcelCellValue::Kind ExcelCellValue::kindOf(int numFmtId, const QString &formatCode) {
    if ((numFmtId >= 14 && numFmtId <= 17) || (numFmtId >= 27 && numFmtId <= 31) ||
        numFmtId == 36 || (numFmtId >= 50 && numFmtId <= 54) || numFmtId == 57 || numFmtId == 58)
        return Kind::Date;
    if (numFmtId == 22)
        return Kind::DateTime;
    if ((numFmtId >= 18 && numFmtId <= 21) || (numFmtId >= 32 && numFmtId <= 35) ||
        (numFmtId >= 45 && numFmtId <= 47) || numFmtId == 55 || numFmtId == 56)
        return Kind::Time;
    if (formatCode.isEmpty() || numFmtId < 164)
        return Kind::Number;
    // Only the first section (positive numbers) counts; quoted text, escaped characters and
    // [colour]/[$-804] brackets say nothing about dates ([h] elapsed hours do).
    QString code = formatCode.section(u';', 0, 0);
    static const QRegularExpression noise(u"\"[^\"]*\"|\\\\.|_.|\\*.|\\[(?![hms]+\\])[^\\]]*\\]"_s);
    code.remove(noise);
    code = code.toLower();
    const bool date = code.contains(u'y') || code.contains(u'd') || code.contains(QChar(u'年')) ||
                      code.contains(QChar(u'日'));
    const bool time = code.contains(u'h') || code.contains(u's');
    if (date && time)
        return Kind::DateTime;
    if (date)
        return Kind::Date;
    if (time)
        return Kind::Time;
    return Kind::Number;
}

QString ExcelCellValue::numberText(const QString &raw) {
    static const QRegularExpression integer(u"^-?\\d+$"_s);
    if (integer.match(raw).hasMatch())
        return raw;
    bool ok = false;
    const double d = raw.toDouble(&ok);
    if (!ok || !std::isfinite(d))
        return raw;
    if (d == std::floor(d) && std::fabs(d) < 9007199254740992.0)
        return QString::number(qint64(d));
    return QString::number(d, 'f', QLocale::FloatingPointShortest);
}

QString ExcelCellValue::text(const QString &raw, Kind kind, bool date1904) {
    if (kind == Kind::Number)
        return numberText(raw);
    bool ok = false;
    const double serial = raw.toDouble(&ok);
    // Outside 1900-01-01 .. 9999-12-31, or 1900-02-29, the day Excel counts but that never was.
    if (!ok || serial < 0 || serial >= 2958466 || (!date1904 && serial >= 60 && serial < 61))
        return numberText(raw);
    qint64 days = qint64(std::floor(serial));
    qint64 seconds = qRound64((serial - double(days)) * 86400.0);
    if (seconds >= 86400) {
        ++days;
        seconds -= 86400;
    }
    QDate base = date1904 ? QDate(1904, 1, 1) : QDate(1899, 12, 31);
    if (!date1904 && serial >= 61)
        base = QDate(1899, 12, 30); // Excel's 1900 is a leap year: one day more from March
    const QDate date = base.addDays(days);
    const QTime time = QTime(0, 0).addSecs(int(seconds));
    switch (kind) {
    case Kind::Date:
        return date.toString(u"yyyy-MM-dd"_s);
    case Kind::DateTime:
        return date.toString(u"yyyy-MM-dd"_s) + u' ' +
               time.toString(time.second() ? u"HH:mm:ss"_s : u"HH:mm"_s);
    case Kind::Time:
        return time.toString(u"HH:mm:ss"_s);
    case Kind::Number:
        break;
    }
    return numberText(raw);
}

QString ExcelCellValue::unescape(const QString &text) {
    if (!text.contains(u"_x"_s))
        return text;
    static const QRegularExpression escape(u"_x([0-9A-Fa-f]{4})_"_s);
    QString out;
    qsizetype from = 0;
    auto it = escape.globalMatch(text);
    while (it.hasNext()) {
        const auto m = it.next();
        out += QStringView(text).mid(from, m.capturedStart() - from);
        out += QChar(char16_t(m.captured(1).toUShort(nullptr, 16)));
        from = m.capturedEnd();
    }
    out += QStringView(text).mid(from);
    return out;
}

#include "core/validation/PhoneValidator.h"

#include <QRegularExpression>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace {
// Full-width forms to ASCII, every dash look-alike to '-', no spaces or brackets: the shape of
// the number is all that remains.
QString simplify(const QString &text) {
    QString out;
    for (qsizetype i = 0; i < text.size(); ++i) {
        QChar c = text[i];
        if (c.unicode() >= 0xFF01 && c.unicode() <= 0xFF5E)
            c = QChar(c.unicode() - 0xFEE0);
        switch (c.unicode()) {
        case 0x2010: // hyphen
        case 0x2011: // non-breaking hyphen
        case 0x2012: // figure dash
        case 0x2013: // en dash
        case 0x2014: // em dash, typed by Chinese input methods for '-' (seed 002: 0473—8991510)
        case 0x2015: // horizontal bar
        case 0x2212: // minus sign
            c = u'-';
            break;
        case 0x4E00: // 一 typed for a dash between digits
            if (i > 0 && i + 1 < text.size() && text[i - 1].isDigit() && text[i + 1].isDigit())
                c = u'-';
            break;
        default:
            break;
        }
        if (c.isSpace() || c == u'(' || c == u')' || c == u'（' || c == u'）')
            continue;
        out += c;
    }
    return out;
}
} // namespace

PhoneValidator::Result PhoneValidator::check(const QString &text) {
    static const QRegularExpression separators(u"[、,，;；/／]|或"_s);
    const QStringList parts = text.split(separators, Qt::SkipEmptyParts);
    Result all;
    QStringList normalized;
    for (const QString &part : parts) {
        if (part.trimmed().isEmpty())
            continue;
        const Result r = checkOne(part);
        if (all.kind == Kind::Empty)
            all.kind = r.kind;
        if (!r.isValid()) {
            all.kind = Kind::Invalid;
            if (all.reason.isEmpty())
                all.reason = r.reason;
        }
        normalized << r.normalized;
    }
    all.normalized = normalized.join(u"、"_s);
    return all;
}

PhoneValidator::Result PhoneValidator::checkOne(const QString &number) {
    Result r;
    QString s = simplify(number);
    r.normalized = number.trimmed();
    if (s.isEmpty())
        return r;

    // An extension written out: 转123, 分机123, ext. 123, x123, #123.
    static const QRegularExpression extensionRx(u"(?:转|分机|ext\\.?|x|#)(\\d{1,6})$"_s,
                                                QRegularExpression::CaseInsensitiveOption);
    QString extension;
    const auto extMatch = extensionRx.match(s);
    if (extMatch.hasMatch()) {
        extension = extMatch.captured(1);
        s.truncate(extMatch.capturedStart());
    }

    QString digits = s;
    digits.remove(u'-');
    static const QRegularExpression mobileRx(u"^(?:\\+86|0086|86)?(1[3-9]\\d{9})$"_s);
    static const QRegularExpression hotlineRx(u"^(?:1[02]\\d{3}|9[56]\\d{3}|[48]00\\d{7})$"_s);
    if (extension.isEmpty()) {
        if (const auto m = mobileRx.match(digits); m.hasMatch()) {
            r.kind = Kind::Mobile;
            r.normalized = m.captured(1);
            return r;
        }
        if (!s.startsWith(u'+') && hotlineRx.match(digits).hasMatch()) {
            r.kind = Kind::Hotline;
            r.normalized = digits;
            return r;
        }
    }

    // Landline: an international prefix replaces the trunk 0 of the area code.
    QString local = s;
    static const QRegularExpression countryRx(u"^(?:\\+86|0086)-?"_s);
    if (const auto m = countryRx.match(local); m.hasMatch()) {
        local = local.mid(m.capturedLength());
        if (!local.startsWith(u'0'))
            local.prepend(u'0');
    }
    // Area codes 010 and 020-029 have three characters and 8-digit numbers; every other area
    // code has four characters and 7- or 8-digit numbers.
    static const QRegularExpression landlineRx(
        u"^(0[12]\\d|0[3-9]\\d{2})-?([1-9]\\d{6,7})(?:-(\\d{1,6}))?$"_s);
    if (const auto m = landlineRx.match(local); m.hasMatch()) {
        const QString area = m.captured(1);
        const QString subscriber = m.captured(2);
        if (area.size() == 4 || subscriber.size() == 8) {
            if (extension.isEmpty())
                extension = m.captured(3);
            r.kind = Kind::Landline;
            r.normalized = area + u'-' + subscriber;
            if (!extension.isEmpty())
                r.normalized += u" 转 "_s + extension;
            return r;
        }
    }

    r.kind = Kind::Invalid;
    if (digits.size() == 11 && digits.startsWith(u'1'))
        r.reason = tr("%1 is not a mobile number (mobile numbers start with 13 to 19)")
                       .arg(number.trimmed());
    else if (digits.startsWith(u'1') && digits.size() >= 10 && digits.size() <= 12)
        r.reason =
            tr("%1 has %2 digits; a mobile number has 11").arg(number.trimmed()).arg(digits.size());
    else if (digits.startsWith(u'0'))
        r.reason = tr("%1 is not a landline number (area code 0 + 2-3 digits, then 7-8 digits, "
                      "e.g. 0473-8991510)")
                       .arg(number.trimmed());
    else
        r.reason = tr("%1 is neither a mobile number (11 digits), a landline with area code "
                      "(e.g. 0473-8991510) nor a hotline (e.g. 12345)")
                       .arg(number.trimmed());
    return r;
}

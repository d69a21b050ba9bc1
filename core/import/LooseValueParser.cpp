#include "core/import/LooseValueParser.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace {
QString halfWidth(const QString &text) {
    QString out;
    for (QChar c : text) {
        if (c.unicode() >= 0xFF01 && c.unicode() <= 0xFF5E)
            c = QChar(c.unicode() - 0xFEE0);
        else if (c == u'\u3000')
            c = u' ';
        out += c;
    }
    return out.trimmed();
}
} // namespace

std::optional<QDate> LooseValueParser::parseDate(const QString &text) {
    const QString s = halfWidth(text);
    static const QRegularExpression separated(
        u"^(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?"
        "(?:\\s+\\d{1,2}:\\d{2}(?::\\d{2})?)?$"_s);
    static const QRegularExpression compact(u"^(\\d{4})(\\d{2})(\\d{2})$"_s);
    auto m = separated.match(s);
    if (!m.hasMatch())
        m = compact.match(s);
    if (!m.hasMatch())
        return std::nullopt;
    const QDate d(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    if (!d.isValid())
        return std::nullopt;
    return d;
}

std::optional<bool> LooseValueParser::parseYesNo(const QString &text, const QStringList &yesWords,
                                                 const QStringList &noWords) {
    const QString s = halfWidth(text).toLower();
    static const QStringList yes{u"是"_s, u"y"_s, u"yes"_s, u"true"_s, u"1"_s,
                                 u"√"_s,  u"✓"_s, u"✔"_s,   u"对"_s,   u"有"_s};
    static const QStringList no{u""_s,  u"否"_s, u"n"_s,  u"no"_s,   u"false"_s, u"0"_s,
                                u"×"_s, u"✗"_s,  u"无"_s, u"不是"_s, u"-"_s};
    if (yes.contains(s) || yesWords.contains(s))
        return true;
    if (no.contains(s) || noWords.contains(s))
        return false;
    return std::nullopt;
}

QString LooseValueParser::acceptedDateForms() {
    return u"2024-07-05, 2024/7/5, 2024.7.5, 2024年7月5日"_s;
}

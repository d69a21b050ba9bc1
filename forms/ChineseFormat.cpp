#include "forms/ChineseFormat.h"

#include <limits>

using namespace Qt::StringLiterals;

namespace {

// Chinese line-breaking rules (禁则): these may not begin a line…
bool closesOrPauses(QChar c) {
    return u"”’）》〉」』】〕，。、；：！？…—·%"_s.contains(c);
}
// …and these may not end one.
bool opens(QChar c) {
    return u"“‘（《〈「『【〔"_s.contains(c);
}
bool isLatinOrDigit(QChar c) {
    return c.unicode() < 0x80 && c.isLetterOrNumber();
}

qreal estimatedEms(QStringView text) {
    qreal ems = 0;
    for (QChar c : text)
        ems += c.unicode() < 0x80 ? 0.55 : 1.0;
    return ems;
}

// What a break before character `at` of `text` costs (ChineseFormat::titleLines), or
// infinity where it is not allowed. `wordStart`: the break falls between two words.
qreal breakCost(const QString &text, qsizetype at, bool wordStart) {
    const QChar before = text.at(at - 1), after = text.at(at);
    if (closesOrPauses(after) || opens(before) || (isLatinOrDigit(before) && isLatinOrDigit(after)))
        return std::numeric_limits<qreal>::infinity();
    if (wordStart)
        return 0;
    if (opens(after) || closesOrPauses(before) || u"（("_s.contains(after))
        return 30; // a seam of the word: before “亲清” or （2026年10月）, after them
    if (isLatinOrDigit(before) != isLatinOrDigit(after))
        return 40; // 2026年第4期 | 政务服务…
    return 200;    // inside a word: only when nothing else fits
}

} // namespace

QString ChineseFormat::date(const QDate &d) {
    if (!d.isValid())
        return {};
    return u"%1年%2月%3日"_s.arg(d.year()).arg(d.month()).arg(d.day());
}

QString ChineseFormat::monthDay(const QDate &d) {
    if (!d.isValid())
        return {};
    return u"%1月%2日"_s.arg(d.month()).arg(d.day());
}

QString ChineseFormat::weekday(const QDate &d) {
    static const QString names[] = {u"一"_s, u"二"_s, u"三"_s, u"四"_s, u"五"_s, u"六"_s, u"日"_s};
    if (!d.isValid())
        return {};
    return u"星期"_s + names[d.dayOfWeek() - 1];
}

QString ChineseFormat::numeral(int n) {
    static const QString digits = u"零一二三四五六七八九"_s;
    if (n <= 0 || n >= 100)
        return QString::number(n);
    if (n < 10)
        return digits.at(n);
    const int tens = n / 10;
    const int ones = n % 10;
    QString s = tens == 1 ? QString() : QString(digits.at(tens));
    s += u'十';
    if (ones)
        s += digits.at(ones);
    return s;
}

QString ChineseFormat::blankDate() {
    return u"\u3000\u3000年\u3000\u3000月\u3000\u3000日"_s;
}

QString ChineseFormat::locality(const QString &office) {
    qsizetype best = -1;
    QString found = u"市"_s;
    for (const QString &level : {u"市"_s, u"旗"_s, u"县"_s, u"区"_s}) {
        const qsizetype at = office.indexOf(level);
        if (at >= 0 && (best < 0 || at < best)) {
            best = at;
            found = level;
        }
    }
    return found;
}

QString ChineseFormat::quoted(const QString &name) {
    if (name.startsWith(u'“') && name.endsWith(u'”') && name.count(u'“') == 1)
        return name;
    QString inner = name;
    inner.replace(u'“', u'‘').replace(u'”', u'’');
    return u"“"_s + inner + u"”"_s;
}

QStringList ChineseFormat::titleLines(const QStringList &words, qreal lineEms,
                                      const std::function<qreal(QStringView)> &ems) {
    QString text;
    QList<bool> wordStart; // per character: a word starts there
    for (const QString &word : words) {
        const QString w = QString(word).remove(u' ');
        for (qsizetype i = 0; i < w.size(); ++i)
            wordStart << (i == 0);
        text += w;
    }
    const qsizetype n = text.size();
    if (n == 0)
        return {};
    const auto width = [&](qsizetype from, qsizetype to) {
        const QStringView piece = QStringView(text).mid(from, to - from);
        return ems ? ems(piece) : estimatedEms(piece);
    };
    if (width(0, n) <= lineEms)
        return {text};

    // Cheapest set of lines ending at each position: a line costs 100 (fewer lines first), its
    // break what breakCost() says, and its unused width a little more the emptier it is (so
    // that lines come out even); a line of a single character costs as much as a bad break.
    constexpr qreal inf = std::numeric_limits<qreal>::infinity();
    QList<qreal> cost(n + 1, inf);
    QList<qsizetype> from(n + 1, -1);
    cost[0] = 0;
    for (qsizetype end = 1; end <= n; ++end) {
        const qreal atEnd = end == n ? 0 : breakCost(text, end, wordStart.at(end));
        if (atEnd == inf)
            continue;
        for (qsizetype start = end - 1; start >= 0; --start) {
            const qreal w = width(start, end);
            if (w > lineEms && end - start > 1)
                break; // longer lines from further back do not fit either
            if (cost.at(start) == inf)
                continue;
            const qreal slack = std::max<qreal>(0, lineEms - w);
            const qreal c =
                cost.at(start) + 100 + atEnd + 0.05 * slack * slack + (end - start < 2 ? 200 : 0);
            if (c < cost.at(end)) {
                cost[end] = c;
                from[end] = start;
            }
        }
    }
    if (cost.at(n) == inf)
        return {text}; // nothing allowed fits: let the layout wrap it
    QStringList lines;
    for (qsizetype end = n; end > 0; end = from.at(end))
        lines.prepend(text.mid(from.at(end), end - from.at(end)));
    return lines;
}

QStringList ChineseFormat::titleWords(const QString &title, const QStringList &names) {
    // The documents this program prints, longest first so that 议题办理情况表 wins over 办理情况表.
    static const QStringList documents = {u"来访企业预约登记表"_s,
                                          u"议题办理情况表"_s,
                                          u"企业诉求交办单"_s,
                                          u"报名申请表"_s,
                                          u"办理情况表"_s,
                                          u"办结评价表"_s,
                                          u"总体评价表"_s,
                                          u"会议纪要"_s,
                                          u"议题表"_s,
                                          u"通告"_s};
    QStringList sorted;
    for (const QString &name : names) {
        const QString bare = QString(name).remove(u' ');
        if (!bare.isEmpty())
            sorted << bare;
    }
    std::sort(sorted.begin(), sorted.end(),
              [](const QString &a, const QString &b) { return a.size() > b.size(); });
    const QString text = QString(title).remove(u' ');
    // Cut positions: around each name found (longest first, not overlapping a longer one)…
    QList<bool> cut(text.size() + 1, false);
    QList<bool> taken(text.size(), false);
    for (const QString &name : std::as_const(sorted)) {
        for (qsizetype at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
            if (std::any_of(taken.begin() + at, taken.begin() + at + name.size(),
                            [](bool t) { return t; }))
                continue;
            std::fill(taken.begin() + at, taken.begin() + at + name.size(), true);
            cut[at] = cut[at + name.size()] = true;
        }
    }
    // …and before the document's name at its end. One that begins inside a name is a word
    // with the name's end: …政企恳谈会 + 议纪要 reads 恳谈会议纪要, not to be broken after 会.
    for (const QString &doc : documents) {
        if (text.size() > doc.size() && text.endsWith(doc)) {
            const qsizetype at = text.size() - doc.size();
            if (taken.at(at))
                std::fill(cut.begin() + at + 1, cut.end() - 1, false);
            else
                cut[at] = true;
            break;
        }
    }
    QStringList words;
    qsizetype start = 0;
    for (qsizetype i = 1; i <= text.size(); ++i) {
        if (cut.at(i) || i == text.size()) {
            words << text.mid(start, i - start);
            start = i;
        }
    }
    return words;
}

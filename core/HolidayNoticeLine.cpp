#include "core/HolidayNoticeLine.h"

#include <QLocale>
#include <QRegularExpression>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

// Stands for one date in a clause's shape, so that the clause's wording can be matched
// whatever its dates are. A private-use character: no notice contains it.
constexpr char16_t kDateMark = 0xE000;

// "2018年12月30日", "12月30日" or "30日", with the bracket that follows it: (星期日),
// (农历除夕、周日), (即农历大年初一至初七).
const QRegularExpression &dateRe() {
    static const QRegularExpression re(u"(?:(\\d{4})年)?(?:(\\d{1,2})月)?(\\d{1,2})日"
                                       "(?:\\(([^()]*)\\))?"_s);
    return re;
}

QRegularExpression shapeRe(const QString &pattern) {
    // D in the pattern is one date; L a list of them joined by 、.
    QString p = pattern;
    p.replace(u"L"_s, u"(D(?:、D)*)"_s);
    p.replace(u'D', QChar(kDateMark));
    return QRegularExpression(u'^' + p + u'$');
}

// Splits at the commas and semicolons outside brackets: (农历五月初五,端午节) stays whole.
QStringList clauses(const QString &sentence) {
    QStringList out;
    QString current;
    int depth = 0;
    for (const QChar c : sentence) {
        if (c == u'(')
            ++depth;
        else if (c == u')')
            depth = std::max(0, depth - 1);
        if (depth == 0 && (c == u',' || c == u';')) {
            out << current;
            current.clear();
            continue;
        }
        current += c;
    }
    out << current;
    return out;
}

int weekdayNumber(QChar c) {
    static const QString days = u"一二三四五六日"_s;
    const int i = days.indexOf(c);
    return c == u'天' ? 7 : i + 1; // 0 when not a weekday
}

void addOnce(QList<QDate> &list, const QDate &d) {
    if (!list.contains(d))
        list << d;
}

QList<QDate> sorted(QList<QDate> list) {
    std::sort(list.begin(), list.end());
    return list;
}

bool isWeekend(const QDate &d) {
    return d.dayOfWeek() >= 6;
}

} // namespace

HolidayNoticeLine::HolidayNoticeLine(int noticeYear)
    : m_year(noticeYear) {}

QList<QDate> HolidayNoticeLine::off() const {
    return sorted(m_off);
}

QList<QDate> HolidayNoticeLine::work() const {
    return sorted(m_work);
}

QString HolidayNoticeLine::displayed(const QString &normalised) {
    QString s = normalised;
    s.replace(u'(', u'（').replace(u')', u'）').replace(u',', u'，').replace(u';', u'；');
    return s.replace(u':', u'：');
}

void HolidayNoticeLine::problem(const QString &text, const QString &reason) {
    m_problems << tr("「%1」: %2").arg(displayed(text), reason);
}

void HolidayNoticeLine::read(const QString &body) {
    for (const QString &sentence : body.split(u'。', Qt::SkipEmptyParts))
        readSentence(sentence);
    checkAfterwards();
}

void HolidayNoticeLine::readSentence(const QString &sentence) {
    m_sentence = sentence;
    // 2024: 鼓励各单位结合带薪年休假等制度落实，安排职工在除夕（2月9日）休息。 — an
    // encouragement, not a day off: 2024-02-09 stayed a working day.
    if (sentence.startsWith(u"鼓励"_s)) {
        m_notes << displayed(sentence) + u'。';
        return;
    }
    QList<QDate> sentenceOff;
    int count = -1;
    for (QString clause : clauses(sentence)) {
        if (clause.startsWith(u"其中"_s))
            clause = clause.mid(2);
        if (clause.isEmpty())
            continue;
        if (!readClause(clause, sentenceOff, count))
            return;
    }
    if (count >= 0 && count != sentenceOff.size())
        problem(sentence, tr("the notice says %n day(s) off, but the dates it gives are %1 day(s)",
                             nullptr, count)
                              .arg(sentenceOff.size()));
}

bool HolidayNoticeLine::readClause(const QString &clause, QList<QDate> &sentenceOff, int &count) {
    QString shape;
    const Dates found = dates(clause, shape);
    if (!found.ok)
        return false; // already reported
    const QList<QDate> &d = found.dates;
    static const QRegularExpression rangeMark(u"(?<=\uE000)[至—–―〜~\\-]+(?=\uE000)"_s);
    shape.replace(rangeMark, u"至"_s);
    const auto listSize = [](const QString &group) {
        return int(group.count(QChar(kDateMark)));
    };

    static const QRegularExpression offRe =
        shapeRe(u"(D)(?:至(D))?放假(?:调休|公休)?共?(?:(\\d+)天)?"_s);
    static const QRegularExpression countRe(u"^共(\\d+)天$"_s);
    static const QRegularExpression noOpRe(u"^(?:不调休|与周末连休)$"_s);
    static const QRegularExpression restRe = shapeRe(u"L补休"_s);
    static const QRegularExpression workRe = shapeRe(u"L(?:照常)?上班"_s);
    static const QRegularExpression statutoryRe = shapeRe(u"L为法定节?假日"_s);
    static const QRegularExpression weekendRe = shapeRe(u"L(?:照常公休|为公休日)"_s);
    static const QRegularExpression moveRe =
        shapeRe(u"将?L(?:[两二三四五六]个)?公休日(?:分别)?调至L"_s);

    QRegularExpressionMatch m;
    if ((m = offRe.match(shape)).hasMatch()) {
        const QDate from = d.at(0);
        const QDate to = d.size() > 1 ? d.at(1) : from;
        if (to < from || from.daysTo(to) > 31) {
            problem(m_sentence, tr("the days off from %1 to %2 are not a range")
                                    .arg(from.toString(Qt::ISODate), to.toString(Qt::ISODate)));
            return false;
        }
        for (QDate day = from; day <= to; day = day.addDays(1)) {
            addOnce(m_off, day);
            addOnce(sentenceOff, day);
        }
        if (!m.captured(3).isEmpty())
            count = m.captured(3).toInt();
        return true;
    }
    if ((m = countRe.match(shape)).hasMatch()) {
        count = m.captured(1).toInt();
        return true;
    }
    if (noOpRe.match(shape).hasMatch())
        return true;
    if (restRe.match(shape).hasMatch()) {
        for (const QDate &day : d) {
            addOnce(m_off, day);
            addOnce(sentenceOff, day);
        }
        return true;
    }
    if (workRe.match(shape).hasMatch()) {
        for (const QDate &day : d)
            addOnce(m_work, day);
        return true;
    }
    if (statutoryRe.match(shape).hasMatch()) {
        m_statutory << d;
        return true;
    }
    if (weekendRe.match(shape).hasMatch()) {
        m_weekendOff << d;
        return true;
    }
    if ((m = moveRe.match(shape)).hasMatch()) {
        const int sources = listSize(m.captured(1));
        if (sources != d.size() - sources) {
            problem(m_sentence, tr("%1 weekend day(s) are moved to %2 day(s)")
                                    .arg(sources)
                                    .arg(d.size() - sources));
            return false;
        }
        for (int i = 0; i < sources; ++i)
            m_moves << std::pair{d.at(i), d.at(sources + i)};
        return true;
    }
    problem(m_sentence, tr("Qinqing cannot read 「%1」 in this sentence; correct it as the "
                           "notice says or leave the sentence out after checking it")
                            .arg(displayed(clause)));
    return false;
}

HolidayNoticeLine::Dates HolidayNoticeLine::dates(const QString &clause, QString &shape) {
    Dates out;
    shape.clear();
    qsizetype at = 0;
    auto it = dateRe().globalMatch(clause);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        shape += clause.mid(at, m.capturedStart() - at);
        shape += QChar(kDateMark);
        at = m.capturedEnd();
        const QDate d = resolve(m.captured(1), m.captured(2), m.captured(3), m.captured(4));
        if (!d.isValid()) {
            out.ok = false;
            return out;
        }
        out.dates << d;
    }
    shape += clause.mid(at);
    return out;
}

QDate HolidayNoticeLine::resolve(const QString &year, const QString &month, const QString &day,
                                 const QString &note) {
    int m = month.isEmpty() ? m_lastMonth : month.toInt();
    if (m == 0) {
        problem(m_sentence, tr("%1日 has no month").arg(day));
        return {};
    }
    int y = !year.isEmpty()   ? year.toInt()
            : month.isEmpty() ? m_lastYear
                              : m_yearOfMonth.value(m, m_year);
    const QDate d(y, m, day.toInt());
    if (!d.isValid()) {
        problem(m_sentence, tr("%1月%2日 is not a date in %3").arg(m).arg(day).arg(y));
        return {};
    }
    m_lastYear = y;
    m_lastMonth = m;
    m_yearOfMonth.insert(m, y);

    // The bracket: a weekday (星期日, 周日) to check, and the lunar date or the holiday in words,
    // which say nothing more. A number in it is something else and is not passed over.
    static const QRegularExpression weekdayRe(u"(?:星期|周|礼拜)([一二三四五六日天])"_s);
    QString rest = note;
    auto it = weekdayRe.globalMatch(note);
    while (it.hasNext()) {
        const QRegularExpressionMatch w = it.next();
        const int said = weekdayNumber(w.captured(1).at(0));
        if (said != d.dayOfWeek()) {
            problem(
                m_sentence,
                tr("%1 is a %2, but the notice says %3: it is not the notice for %4")
                    .arg(d.toString(Qt::ISODate), QLocale().dayName(d.dayOfWeek()), w.captured(0))
                    .arg(d.year()));
            return {};
        }
        rest.remove(w.captured(0));
    }
    static const QRegularExpression digit(u"\\d"_s);
    if (rest.contains(digit)) {
        problem(m_sentence, tr("Qinqing cannot read the bracket 「（%1）」").arg(note));
        return {};
    }
    return d;
}

void HolidayNoticeLine::checkAfterwards() {
    if (!m_problems.isEmpty())
        return;
    const QString iso = u"yyyy-MM-dd"_s;
    if (m_off.isEmpty()) {
        m_problems << tr("the line gives no days off");
        return;
    }
    // 公休日调至: the weekend day moved away becomes a working day unless it is inside the
    // holiday itself (2008: 6月8日（星期日）公休日调至6月9日（星期一）, the 端午节 on a Sunday).
    for (const auto &[from, to] : m_moves) {
        if (!isWeekend(from))
            m_problems << tr("%1 is moved as a weekend day but is a %2")
                              .arg(from.toString(iso), QLocale().dayName(from.dayOfWeek()));
        if (!m_off.contains(to))
            m_problems << tr("a weekend day is moved to %1, which is not among the days off")
                              .arg(to.toString(iso));
        if (!m_off.contains(from))
            addOnce(m_work, from);
    }
    for (const QDate &d : m_statutory) {
        if (!m_off.contains(d))
            m_problems << tr("%1 is called a statutory holiday but is not among the days off")
                              .arg(d.toString(iso));
    }
    for (const QDate &d : m_weekendOff) {
        if (!m_off.contains(d) || !isWeekend(d))
            m_problems << tr("%1 is called a weekend day off but is not a weekend day among the "
                             "days off")
                              .arg(d.toString(iso));
    }
    for (const QDate &d : m_work) {
        if (m_off.contains(d))
            m_problems << tr("%1 is both a day off and a working day").arg(d.toString(iso));
        else if (!isWeekend(d))
            m_problems << tr("%1 is a make-up working day but a %2: make-up days are weekend "
                             "days")
                              .arg(d.toString(iso), QLocale().dayName(d.dayOfWeek()));
    }
}

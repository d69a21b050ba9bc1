#include "core/HolidayNoticeParser.h"

#include "core/HolidayNoticeLine.h"

#include <QHash>
#include <QRegularExpression>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

const QStringList &knownHolidays() {
    static const QStringList names{u"元旦"_s,   u"春节"_s,   u"清明节"_s, u"劳动节"_s,
                                   u"端午节"_s, u"中秋节"_s, u"国庆节"_s};
    return names;
}

// The name a holiday line gives, in the words of today's notices: before 2008 they said
// “五一” and “十一”.
QString standardName(QString name) {
    name.remove(QRegularExpression(u"[“”\"'‘’]"_s));
    if (name == u"五一"_s)
        return u"劳动节"_s;
    if (name == u"十一"_s)
        return u"国庆节"_s;
    return name;
}

// Full-width digits, brackets and punctuation to their half-width forms (NFKC also maps the
// Kangxi radicals a PDF copy gives, ⽇ for 日), and no spaces: "1 月 1 日" is 1月1日.
QString normalised(const QString &line) {
    QString s = line.normalized(QString::NormalizationForm_KC);
    s.remove(QRegularExpression(u"[\\s\\x{200B}\\x{FEFF}]"_s));
    return s;
}

// Pasted from some pages the whole notice arrives as one paragraph: start a line at every
// numbered holiday and at each part of the notice's frame.
QString withLineBreaks(const QString &text) {
    static const QRegularExpression parts(
        u"(?<=[。:：])[\\s\\x{3000}]*(?=[一二三四五六七八九十]{1,2}、"
        "(?:元旦|春节|清明|劳动|端午|中秋|国庆|“五一”|“十一”))"
        "|(?<=节假日安排的通知)(?=\\S)"
        "|(?<=[。:：])[\\s\\x{3000}]*(?=节假日期间|经国务院批准|国务院办公厅)"
        "|(?<=国务院办公厅)(?=\\d{4}年)"_s);
    QString s = text;
    s.replace(parts, u"\n"_s);
    return s;
}

bool isTitle(const QString &s) {
    return s.contains(u"节假日安排"_s) && s.endsWith(u"通知"_s);
}

// Lines of the notice that arrange nothing: its title, number, salutation, preamble, closing
// paragraph, issuer and date, and the captions of the government website's page around it.
bool isFrame(const QString &s) {
    static const QRegularExpression number(u"^国办发(?:明电)?[〔\\[【(]\\d{4}[〕\\]】)]\\d+号$"_s);
    static const QRegularExpression date(u"^\\d{4}年\\d{1,2}月\\d{1,2}日$"_s);
    static const QRegularExpression website(
        u"^(?:【?字体|字号|打印|分享|索引号|主题分类|发文机关|成文日期|发布日期|发布时间|"
        "发文字号|来源|标题|【)"_s);
    return number.match(s).hasMatch() || date.match(s).hasMatch() || website.match(s).hasMatch() ||
           s.startsWith(u"各省"_s) || s.startsWith(u"经国务院批准"_s) ||
           s.startsWith(u"节假日期间"_s) || s == u"国务院办公厅"_s || s == u"(此件公开发布)"_s ||
           isTitle(s);
}

// 2027 from the title (关于2027年部分节假日安排的通知) or the preamble (现将2027年元旦…).
int yearNamed(const QString &s) {
    static const QRegularExpression title(u"关于(\\d{4})年.*节假日安排"_s);
    static const QRegularExpression preamble(u"现将(\\d{4})年"_s);
    QRegularExpressionMatch m = title.match(s);
    if (!m.hasMatch())
        m = preamble.match(s);
    return m.hasMatch() ? m.captured(1).toInt() : 0;
}

// A line that could change the calendar: it names a date or a day off or at work.
bool mentionsDays(const QString &s) {
    static const QRegularExpression re(u"\\d|放假|上班|调休|补休|公休|休息"_s);
    return re.match(s).hasMatch();
}

} // namespace

QStringList HolidayNoticeParser::Result::problemLines() const {
    QStringList out;
    for (const Problem &p : problems) {
        if (p.line > 0)
            out << tr("line %1: %2").arg(p.line).arg(p.reason);
        else
            out << p.reason;
    }
    return out;
}

QStringList HolidayNoticeParser::requiredHolidays(int year) {
    if (year >= 2008)
        return knownHolidays();
    return {u"元旦"_s, u"春节"_s, u"劳动节"_s, u"国庆节"_s};
}

bool HolidayNoticeParser::looksLikeNotice(const QString &text) {
    return text.contains(u"放假"_s) || text.contains(u"节假日安排"_s);
}

HolidayNoticeParser::Result HolidayNoticeParser::parse(const QString &text, int year) {
    Result result;
    const QStringList lines = withLineBreaks(text).split(u'\n');

    // First the year: the clerk's, checked against the title's.
    int named = 0;
    int namedLine = 0;
    for (int i = 0; i < lines.size() && !named; ++i) {
        named = yearNamed(normalised(lines.at(i)));
        namedLine = i + 1;
    }
    if (year > 0 && named > 0 && year != named) {
        // Its weekdays would all be wrong too; one problem says it.
        result.problems << Problem{namedLine, lines.at(namedLine - 1).trimmed(),
                                   tr("the notice is for %1, not %2").arg(named).arg(year)};
        result.year = named;
        return result;
    }
    result.year = year > 0 ? year : named;
    if (result.year < 2000 || result.year > 2200) {
        result.problems << Problem{
            0, QString(),
            tr("Which year does the notice arrange? Its title (关于20XX年部分"
               "节假日安排的通知) is not in the text; give the year.")};
        result.year = 0;
        return result;
    }

    // Then the numbered holiday lines; a line broken in the copy continues until its 。.
    static const QRegularExpression heading(
        u"^(?:([一二三四五六七八九十]{1,2})、)?([^:\\d]{1,20}):(.*)$"_s);
    struct Item {
        QString name;
        int line;
        QString body;
        QString raw;
    };
    QList<Item> items;
    bool open = false; // the last item's text has not ended with 。 yet
    for (int i = 0; i < lines.size(); ++i) {
        const QString s = normalised(lines.at(i));
        if (s.isEmpty()) {
            open = false;
            continue;
        }
        // 一、元旦：… or 元旦：…; a numbered line naming another day (八、…：) is read too, so
        // that what it says is checked rather than passed over.
        const QRegularExpressionMatch h = heading.match(s);
        QStringList names = h.captured(2).split(u'、');
        for (QString &n : names)
            n = standardName(n);
        const bool known = std::all_of(names.cbegin(), names.cend(), [](const QString &n) {
            return knownHolidays().contains(n);
        });
        if (h.hasMatch() && (known || !h.captured(1).isEmpty())) {
            items << Item{names.join(u'、'), i + 1, h.captured(3), lines.at(i).trimmed()};
            open = !s.endsWith(u'。');
            continue;
        }
        if (open && !isFrame(s)) {
            items.last().body += s;
            items.last().raw += lines.at(i).trimmed();
            open = !s.endsWith(u'。');
            continue;
        }
        open = false;
        if (isFrame(s) || !mentionsDays(s))
            continue;
        result.problems << Problem{i + 1, lines.at(i).trimmed(),
                                   tr("this line is not one of the notice's holiday lines "
                                      "(一、元旦：… to 七、国庆节：…) and Qinqing does not "
                                      "know what it changes")};
    }

    QHash<QDate, QString> claimedBy;
    for (const Item &item : items) {
        HolidayNoticeLine reader(result.year);
        reader.read(item.body);
        for (const QString &p : reader.problems())
            result.problems << Problem{item.line, item.raw, p};
        if (!reader.problems().isEmpty())
            continue;
        Holiday h{item.name, item.line, reader.off(), reader.work(), reader.notes()};
        const auto claim = [&](const QList<QDate> &dates, CalendarDay::Kind kind) {
            for (const QDate &d : dates) {
                if (d < QDate(result.year - 1, 12, 1) || d.year() > result.year) {
                    result.problems << Problem{
                        item.line, item.raw,
                        tr("%1 is not in %2").arg(d.toString(Qt::ISODate)).arg(result.year)};
                    continue;
                }
                if (claimedBy.contains(d)) {
                    result.problems << Problem{item.line, item.raw,
                                               tr("%1 is also arranged by the line of %2")
                                                   .arg(d.toString(Qt::ISODate), claimedBy[d])};
                    continue;
                }
                claimedBy.insert(d, item.name);
                result.days << CalendarDay{d, kind, item.name};
            }
        };
        claim(h.off, CalendarDay::Kind::Off);
        claim(h.work, CalendarDay::Kind::Work);
        result.holidays << h;
    }

    // A notice with a holiday missing would blank that holiday's days in the calendar.
    QStringList namedHolidays;
    for (const Item &item : items)
        namedHolidays << item.name.split(u'、');
    QStringList missing;
    for (const QString &name : requiredHolidays(result.year)) {
        if (!namedHolidays.contains(name))
            missing << name;
    }
    if (!missing.isEmpty())
        result.problems << Problem{0, QString(),
                                   tr("The notice's lines for %1 are missing: paste the whole "
                                      "notice, from its title to its date.")
                                       .arg(missing.join(u"、"_s))};
    for (const QString &name : knownHolidays()) {
        if (namedHolidays.count(name) > 1)
            result.problems << Problem{0, QString(),
                                       tr("%1 is arranged by more than one line").arg(name)};
    }
    std::sort(result.days.begin(), result.days.end(),
              [](const CalendarDay &a, const CalendarDay &b) { return a.date < b.date; });
    return result;
}

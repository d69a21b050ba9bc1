#include "core/export/PersonalDataMask.h"

#include "core/export/ChineseNames.h"

#include <QDate>
#include <QRegularExpression>
#include <QSet>

using namespace Qt::StringLiterals;

struct PersonalDataMask::Marks {
    QBitArray hide;
    QBitArray claimed; // already explained: no other rule reads these characters again

    explicit Marks(qsizetype n)
        : hide(n)
        , claimed(n) {}
    void claim(qsizetype from, qsizetype to) {
        for (qsizetype i = from; i < to; ++i)
            claimed.setBit(i);
    }
    bool isFree(qsizetype from, qsizetype to) const {
        for (qsizetype i = from; i < to; ++i) {
            if (claimed.testBit(i))
                return false;
        }
        return true;
    }
};

namespace {

bool isDigit(QChar c) {
    return c >= u'0' && c <= u'9';
}

bool isSpace(QChar c) {
    return c == u' ' || c == u'\t' || c == u'\n';
}

// Words that follow a name in running text and so end it: 联系人张三电话… is 张三, not 张三电.
const QStringList &wordsAfterNames() {
    static const QStringList words{
        u"电话"_s, u"手机"_s,   u"座机"_s, u"联系"_s, u"先生"_s, u"女士"_s, u"同志"_s,
        u"经理"_s, u"总经理"_s, u"反映"_s, u"表示"_s, u"介绍"_s, u"负责"_s, u"身份"_s,
        u"微信"_s, u"邮箱"_s,   u"告知"_s, u"称"_s,   u"说"_s,   u"等"_s,   u"及"_s,
        u"和"_s,   u"与"_s,     u"的"_s,   u"在"_s,   u"是"_s,   u"为"_s,   u"同"_s,
        u"已"_s,   u"也"_s,     u"请"_s,   u"向"_s,   u"对"_s,   u"于"_s,   u"现"_s,
        u"将"_s,   u"要"_s,     u"来"_s,   u"去"_s,   u"处"_s,   u"咨询"_s, u"协调"_s,
        u"办理"_s, u"签字"_s,   u"确认"_s, u"提出"_s, u"提供"_s, u"本人"_s, u"同意"_s};
    return words;
}

// Words that start with a surname's character but name no one, met after labels and before
// titles: 法人单位, 公司总经理, 项目经理, 负责人向记者介绍.
const QSet<QString> &notNames() {
    static const QSet<QString> words{
        u"单位"_s,   u"代表"_s, u"代码"_s, u"信息"_s, u"信用"_s,     u"明确"_s,   u"和解"_s,
        u"向记者"_s, u"于是"_s, u"安全"_s, u"全部"_s, u"全权"_s,     u"全体"_s,   u"高度"_s,
        u"成员"_s,   u"时间"_s, u"方面"_s, u"方式"_s, u"方可"_s,     u"应当"_s,   u"应该"_s,
        u"公司"_s,   u"项目"_s, u"区域"_s, u"本人"_s, u"任务"_s,     u"任何"_s,   u"任职"_s,
        u"关于"_s,   u"关系"_s, u"管理"_s, u"经营"_s, u"资格"_s,     u"申请"_s,   u"余额"_s,
        u"程序"_s,   u"国家"_s, u"国有"_s, u"国企"_s, u"平台"_s,     u"工作"_s,   u"文件"_s,
        u"文化"_s,   u"商务"_s, u"商会"_s, u"商户"_s, u"宁可"_s,     u"常务"_s,   u"常住"_s,
        u"华为"_s,   u"海关"_s, u"海外"_s, u"车间"_s, u"门店"_s,     u"车辆"_s,   u"金融"_s,
        u"金额"_s,   u"司法"_s, u"司机"_s, u"房屋"_s, u"房产"_s,     u"严重"_s,   u"邢台"_s,
        u"安装"_s,   u"安排"_s, u"强调"_s, u"利用"_s, u"元旦"_s,     u"元月"_s,   u"段落"_s,
        u"路段"_s,   u"路口"_s, u"解决"_s, u"解释"_s, u"和谐"_s,     u"成本"_s,   u"成立"_s,
        u"成功"_s,   u"施工"_s, u"费用"_s, u"景区"_s, u"党委"_s,     u"党支部"_s, u"宫殿"_s,
        u"席位"_s,   u"卫生"_s, u"米面"_s, u"应急"_s, u"和平区"_s,   u"都市"_s,   u"来源"_s,
        u"来访"_s,   u"农业"_s, u"农村"_s, u"农民"_s, u"周边"_s,     u"周期"_s,   u"周末"_s,
        u"黄河"_s,   u"包括"_s, u"包装"_s, u"范围"_s, u"温度"_s,     u"计划"_s,   u"支持"_s,
        u"支付"_s,   u"国土"_s, u"田地"_s, u"林地"_s, u"林业"_s,     u"水利"_s,   u"水务"_s,
        u"马上"_s,   u"龙头"_s, u"石油"_s, u"煤炭"_s, u"伊金霍洛"_s, u"乌审"_s,   u"乌海"_s,
        u"集团"_s,   u"于此"_s, u"向其"_s, u"向我"_s, u"向他"_s,     u"向她"_s};
    return words;
}

bool endsName(const QString &f, qsizetype at) {
    if (at >= f.size() || !ChineseNames::isHan(f.at(at)))
        return true;
    for (const QString &w : wordsAfterNames()) {
        if (QStringView(f).mid(at).startsWith(w))
            return true;
    }
    return false;
}

// Whether f[start, end) reads as a name: a surname and one or two given characters, and not
// one of the words that only look so.
bool isNameAt(const QString &f, qsizetype start, qsizetype end) {
    const int surname = ChineseNames::surnameAt(f, start);
    const qsizetype given = end - start - surname;
    if (surname == 0 || given < 1 || given > 2 || end > f.size())
        return false;
    for (qsizetype i = start + surname; i < end; ++i) {
        if (!ChineseNames::isHan(f.at(i)))
            return false;
    }
    return !notNames().contains(f.mid(start, end - start));
}

// The length of the name that starts at `pos` and is followed by the end of a name
// (punctuation, a digit, a word such as 电话), if one does. The longer reading wins: 王和平
// rather than 王和.
qsizetype nameLengthAt(const QString &f, qsizetype pos) {
    const int surname = ChineseNames::surnameAt(f, pos);
    for (int given : {2, 1}) {
        const qsizetype end = pos + surname + given;
        if (surname > 0 && isNameAt(f, pos, end) && endsName(f, end))
            return end - pos;
    }
    return 0;
}

bool validBirth(const QString &digits, bool fullYear) {
    const int year = fullYear ? digits.mid(6, 4).toInt() : 1900 + digits.mid(6, 2).toInt();
    const int at = fullYear ? 10 : 8;
    return year >= 1900 && year <= 2099 &&
           QDate(year, digits.mid(at, 2).toInt(), digits.mid(at + 2, 2).toInt()).isValid();
}

// Whether a label for a phone or account ends just before `pos` (spaces, colons and 是/为
// between them allowed).
bool labelledNumberAt(const QString &f, qsizetype pos) {
    static const QStringList labels{u"电话"_s,   u"手机"_s, u"座机"_s,   u"联系方式"_s, u"固话"_s,
                                    u"传真"_s,   u"号码"_s, u"手机号"_s, u"tel"_s,      u"phone"_s,
                                    u"mobile"_s, u"qq"_s,   u"微信"_s,   u"联系号码"_s, u"热线"_s};
    qsizetype i = pos;
    while (i > 0 && (isSpace(f.at(i - 1)) || f.at(i - 1) == u':' || f.at(i - 1) == u'是' ||
                     f.at(i - 1) == u'为' || f.at(i - 1) == u'('))
        --i;
    const QString before =
        f.mid(std::max<qsizetype>(0, i - 6), i - std::max<qsizetype>(0, i - 6)).toLower();
    for (const QString &label : labels) {
        if (before.endsWith(label))
            return label != u"热线"_s; // 热线12345 is a public hotline
    }
    return false;
}

} // namespace

QString PersonalDataMask::fold(const QString &text) {
    QString f = text;
    for (QChar &c : f) {
        const char16_t u = c.unicode();
        if (u >= 0xFF01 && u <= 0xFF5E)
            c = QChar(char16_t(u - 0xFEE0)); // full-width ASCII
        else if (u == 0x3000)
            c = u' ';
        else if (u == 0x2010 || u == 0x2011 || u == 0x2012 || u == 0x2013 || u == 0x2014 ||
                 u == 0x2212 || u == 0xFE63)
            c = u'-';
    }
    return f;
}

void PersonalDataMask::addName(const QString &name) {
    const QString n = fold(name.trimmed());
    // A field holding 无, 不详 or 办公室 names no one: take it only when it starts with a
    // surname or is a longer name (巴特尔, John Smith).
    if (n.size() < 2 || (ChineseNames::surnameAt(n, 0) == 0 && n.size() < 3))
        return;
    if (!m_names.contains(n))
        m_names << n;
}

void PersonalDataMask::addPhone(const QString &phone) {
    QString digits;
    for (QChar c : fold(phone)) {
        if (isDigit(c))
            digits += c;
    }
    if (digits.size() >= 7 && !m_phoneDigits.contains(digits))
        m_phoneDigits << digits;
}

void PersonalDataMask::clear() {
    m_names.clear();
    m_phoneDigits.clear();
}

QString PersonalDataMask::apply(const QString &text) const {
    if (text.isEmpty())
        return text;
    const QString f = fold(text);
    Marks marks(f.size());
    maskRecordNames(f, marks);
    maskEmails(f, marks);
    maskNumbers(f, marks);
    maskLabelledAccounts(f, marks);
    maskLabelledNames(f, marks);
    maskTitledNames(f, marks);
    QString out = text;
    for (qsizetype i = 0; i < out.size(); ++i) {
        if (marks.hide.testBit(i))
            out[i] = u'*';
    }
    return out;
}

void PersonalDataMask::maskRecordNames(const QString &f, Marks &marks) const {
    for (const QString &name : m_names) {
        const QString masked = ChineseNames::mask(name);
        for (qsizetype start = f.indexOf(name.front()); start >= 0;
             start = f.indexOf(name.front(), start + 1)) {
            // The name's characters in order; spaces between them do not hide it (李 秀 英).
            QList<qsizetype> at;
            qsizetype i = start;
            while (at.size() < name.size() && i < f.size()) {
                if (f.at(i) == name.at(at.size()))
                    at << i;
                else if (!(isSpace(f.at(i)) && !at.isEmpty()))
                    break;
                ++i;
            }
            if (at.size() < name.size())
                continue;
            // A Latin name only as a whole word: Ann is not in Annual.
            const bool latin = !ChineseNames::isHan(name.front());
            if (latin &&
                ((start > 0 && f.at(start - 1).isLetter()) || (i < f.size() && f.at(i).isLetter())))
                continue;
            for (qsizetype k = 0; k < at.size(); ++k) {
                if (masked.at(k) == u'*')
                    marks.hide.setBit(at.at(k));
            }
            marks.claim(start, i);
        }
    }
}

void PersonalDataMask::maskEmails(const QString &f, Marks &marks) {
    static const QRegularExpression email(
        u"(?<![A-Za-z0-9._%+-])([A-Za-z0-9._%+-]+)@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)+"_s);
    for (auto it = email.globalMatch(f); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        for (qsizetype i = m.capturedStart(1) + 1; i < m.capturedEnd(1); ++i)
            marks.hide.setBit(i);
        marks.claim(m.capturedStart(), m.capturedEnd());
    }
}

// Numbers: runs of digits with single separators between groups (139 4771 2345,
// (0477)7512368, +86-139-4771-2345). A run that is no phone, ID or card number as a whole may
// hold several (two numbers separated by a space): its groups are tried from the left.
void PersonalDataMask::maskNumbers(const QString &f, Marks &marks) const {
    const qsizetype n = f.size();
    for (qsizetype i = 0; i < n;) {
        if (!isDigit(f.at(i)) || (i > 0 && isDigit(f.at(i - 1)))) {
            ++i;
            continue;
        }
        QList<QList<qsizetype>> groups;
        qsizetype j = i;
        while (true) {
            QList<qsizetype> group;
            while (j < n && isDigit(f.at(j)))
                group << j++;
            groups << group;
            qsizetype k = j;
            if (k < n && f.at(k) == u')')
                ++k;
            if (k < n && (f.at(k) == u' ' || f.at(k) == u'-' || f.at(k) == u'.'))
                ++k;
            if (k < n && f.at(k) == u'(')
                ++k;
            if (k == j || k >= n || !isDigit(f.at(k)))
                break;
            j = k;
        }
        // An ID number's last character may be X.
        if (j < n && (f.at(j) == u'X' || f.at(j) == u'x'))
            groups.last() << j++;
        const bool labelled = labelledNumberAt(f, i);
        for (qsizetype first = 0; first < groups.size();) {
            qsizetype last = groups.size() - 1;
            for (; last >= first; --last) {
                QList<qsizetype> digits;
                for (qsizetype g = first; g <= last; ++g)
                    digits += groups.at(g);
                const bool whole = first == 0 && last == groups.size() - 1;
                if (marks.isFree(digits.first(), digits.last() + 1) &&
                    maskNumber(f, digits, labelled && first == 0, whole, marks))
                    break;
            }
            first = std::max(last, first) + 1;
        }
        i = j;
    }
}

// Masks the number whose characters are at `at`, when it is one that identifies a person.
bool PersonalDataMask::maskNumber(const QString &f, const QList<qsizetype> &at, bool labelled,
                                  bool whole, Marks &marks) const {
    QString d;
    for (qsizetype p : at)
        d += f.at(p).toUpper();
    const qsizetype len = d.size();
    auto hide = [&](qsizetype from, qsizetype to) {
        for (qsizetype k = from; k < to; ++k)
            marks.hide.setBit(at.at(k));
        marks.claim(at.first(), at.last() + 1);
        return true;
    };
    const bool x = d.endsWith(u'X');
    if (len == 18 && validBirth(d, true))
        return hide(6, 14); // 150302********1234: the date of birth
    if (x)
        return false;
    if (len == 15 && validBirth(d, false))
        return hide(6, 12);
    // Mobile numbers, with the country code 86 or 0086 in front or not.
    for (const qsizetype prefix : {qsizetype(0), qsizetype(2), qsizetype(4)}) {
        if (len == 11 + prefix &&
            (prefix == 0 || d.startsWith(prefix == 2 ? u"86"_s : u"0086"_s)) &&
            d.at(prefix) == u'1' && d.at(prefix + 1) >= u'3' && d.at(prefix + 1) <= u'9')
            return hide(prefix + 3, prefix + 7); // 139****2345
    }
    // Landlines: 0 and a two- or three-digit area code (010, 02x are the short ones), then
    // seven or eight digits; all but the last three are hidden.
    if (d.startsWith(u'0') && len >= 10 && len <= 12) {
        const qsizetype area = (d.at(1) == u'1' || d.at(1) == u'2') ? 3 : 4;
        if (len - area >= 7 && len - area <= 8)
            return hide(area, len - 3);
    }
    for (const QString &phone : m_phoneDigits) {
        const qsizetype from = d.indexOf(phone);
        if (from >= 0)
            return hide(from + (phone.size() >= 10 ? 3 : 0), from + phone.size() - 3);
        if (len >= 7 && phone.contains(d))
            return hide(len >= 10 ? 3 : 0, len - 3);
    }
    // Bank cards, as a run of their own: not a piece of a longer run, nor a code's digits
    // (91110000600037341L is a credit code).
    const auto letter = [&](qsizetype i) {
        return i >= 0 && i < f.size() && f.at(i).isLetter() && f.at(i).unicode() < 0x80;
    };
    if (whole && len >= 16 && len <= 19 && !letter(at.first() - 1) && !letter(at.last() + 1))
        return hide(4, len - 4); // 6222 **** **** ***0 123
    // After 电话, 手机, QQ: a local number without its area code (7512368) or an account.
    if (labelled && len >= 7)
        return hide(len >= 10 ? 3 : 0, len - 3);
    return false;
}

// Accounts after their label: 微信 zhang_san88, QQ 123456.
void PersonalDataMask::maskLabelledAccounts(const QString &f, Marks &marks) {
    static const QRegularExpression account(
        u"(?:微信号?|wechat|weixin|QQ号?|qq号?)\\s*[:：是为]?\\s*([A-Za-z0-9][A-Za-z0-9_-]{4,29})"_s,
        QRegularExpression::CaseInsensitiveOption);
    for (auto it = account.globalMatch(f); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        if (!marks.isFree(m.capturedStart(1), m.capturedEnd(1)))
            continue;
        for (qsizetype i = m.capturedStart(1) + 1; i < m.capturedEnd(1); ++i)
            marks.hide.setBit(i);
        marks.claim(m.capturedStart(1), m.capturedEnd(1));
    }
}

// Names after the labels forms and letters put before them: 联系人张三, 负责人：李秀英.
void PersonalDataMask::maskLabelledNames(const QString &f, Marks &marks) {
    static const QRegularExpression label(
        u"(?:法定代表人|法人代表|实际控制人|联系人|负责人|经办人|代理人|委托人|申请人|反映人|"
        "投诉人|举报人|当事人|收件人|签收人|承办人|姓名|法人|业主|户主|股东)"
        "[\\s:：]*(?:为|是)?[\\s:：]*"_s);
    for (auto it = label.globalMatch(f); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        const qsizetype start = m.capturedEnd();
        const qsizetype length = nameLengthAt(f, start);
        if (length == 0 || !marks.isFree(start, start + length))
            continue;
        const qsizetype keep = ChineseNames::visiblePart(QStringView(f).mid(start, length));
        for (qsizetype i = start + keep; i < start + length; ++i)
            marks.hide.setBit(i);
        marks.claim(start, start + length);
    }
}

// Names before a title: 李秀英女士, 王建国同志, 欧阳娜娜经理.
void PersonalDataMask::maskTitledNames(const QString &f, Marks &marks) {
    static const QRegularExpression title(u"(?:先生|女士|同志|总经理|经理|董事长|总裁|厂长|老板|"
                                          "师傅|老师|会计|律师|医生)"_s);
    for (auto it = title.globalMatch(f); it.hasNext();) {
        const qsizetype end = it.next().capturedStart();
        // The name ends where the title starts: four characters (欧阳娜娜), three or two. The
        // longer reading wins, which hides a name in full even when a word before it starts
        // like a surname (和王强经理 → 和**经理).
        for (qsizetype length : {4, 3, 2}) {
            const qsizetype start = end - length;
            if (start < 0 || !isNameAt(f, start, end) || !marks.isFree(start, end))
                continue;
            const qsizetype keep = ChineseNames::visiblePart(QStringView(f).mid(start, length));
            for (qsizetype i = start + keep; i < end; ++i)
                marks.hide.setBit(i);
            marks.claim(start, end);
            break;
        }
    }
}

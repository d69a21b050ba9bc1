#include "core/report/ReportPeriod.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

ReportPeriod ReportPeriod::month(int year, int month) {
    ReportPeriod p;
    p.m_kind = Kind::Month;
    p.m_from = QDate(year, month, 1);
    p.m_to = p.m_from.isValid() ? p.m_from.addMonths(1).addDays(-1) : QDate();
    return p;
}

ReportPeriod ReportPeriod::quarter(int year, int quarter) {
    ReportPeriod p;
    p.m_kind = Kind::Quarter;
    if (quarter < 1 || quarter > 4)
        return p;
    p.m_from = QDate(year, 3 * quarter - 2, 1);
    p.m_to = p.m_from.addMonths(3).addDays(-1);
    return p;
}

ReportPeriod ReportPeriod::range(const QDate &from, const QDate &to) {
    ReportPeriod p;
    p.m_kind = Kind::Custom;
    p.m_from = from;
    p.m_to = to;
    return p;
}

std::optional<ReportPeriod> ReportPeriod::parseMonth(const QString &text, QString *error) {
    static const QRegularExpression re(u"^(\\d{4})-(\\d{1,2})$"_s);
    const auto m = re.match(text.trimmed());
    const int monthNumber = m.hasMatch() ? m.captured(2).toInt() : 0;
    if (!m.hasMatch() || monthNumber < 1 || monthNumber > 12) {
        if (error)
            *error = tr("%1 is not a month; write it as YYYY-MM, e.g. 2026-11").arg(text);
        return std::nullopt;
    }
    return month(m.captured(1).toInt(), monthNumber);
}

std::optional<ReportPeriod> ReportPeriod::parseQuarter(const QString &text, QString *error) {
    static const QRegularExpression re(u"^(\\d{4})-?[Qq]([1-4])$"_s);
    const auto m = re.match(text.trimmed());
    if (!m.hasMatch()) {
        if (error)
            *error = tr("%1 is not a quarter; write it as YYYYQn with n from 1 to 4, e.g. 2026Q4")
                         .arg(text);
        return std::nullopt;
    }
    return quarter(m.captured(1).toInt(), m.captured(2).toInt());
}

QString ReportPeriod::chineseLabel() const {
    static const QString quarters[] = {u"一"_s, u"二"_s, u"三"_s, u"四"_s};
    auto full = [](const QDate &d) {
        return u"%1年%2月%3日"_s.arg(d.year()).arg(d.month()).arg(d.day());
    };
    switch (m_kind) {
    case Kind::Month:
        return u"%1年%2月"_s.arg(m_from.year()).arg(m_from.month());
    case Kind::Quarter:
        return u"%1年第%2季度"_s.arg(m_from.year()).arg(quarters[(m_from.month() - 1) / 3]);
    case Kind::Custom:
        break;
    }
    // GB/T 9704 writes dates in full; the year is left out of the end only when it repeats.
    const QString end =
        m_to.year() == m_from.year() ? u"%1月%2日"_s.arg(m_to.month()).arg(m_to.day()) : full(m_to);
    return full(m_from) + u"至"_s + end;
}

QString ReportPeriod::chineseKind() const {
    switch (m_kind) {
    case Kind::Month:
        return u"月报"_s;
    case Kind::Quarter:
        return u"季报"_s;
    case Kind::Custom:
        break;
    }
    return u"报告"_s;
}

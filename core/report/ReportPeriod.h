#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <optional>

// The period a leaders' summary report covers: a calendar month (月报), a quarter (季报) or any
// range of days. Knows how the printed report names it.
class ReportPeriod {
    Q_DECLARE_TR_FUNCTIONS(ReportPeriod)

public:
    enum class Kind { Month, Quarter, Custom };

    ReportPeriod() = default;
    static ReportPeriod month(int year, int month);
    static ReportPeriod quarter(int year, int quarter);
    static ReportPeriod range(const QDate &from, const QDate &to);

    // "2026-11"; nullopt with `error` set (naming what is wrong) otherwise.
    static std::optional<ReportPeriod> parseMonth(const QString &text, QString *error);
    // "2026Q4" (also "2026q4", "2026-Q4").
    static std::optional<ReportPeriod> parseQuarter(const QString &text, QString *error);

    Kind kind() const { return m_kind; }
    QDate from() const { return m_from; }
    QDate to() const { return m_to; }
    bool isValid() const { return m_from.isValid() && m_to.isValid() && m_from <= m_to; }

    // How the title names the period: 2026年11月 / 2026年第四季度 / 2026年10月1日至11月30日.
    QString chineseLabel() const;
    // The kind of report: 月报 / 季报 / 报告.
    QString chineseKind() const;

private:
    Kind m_kind = Kind::Custom;
    QDate m_from;
    QDate m_to;
};

#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>
#include <QStringList>

// Reads what one holiday line of a State Council notice arranges, after the holiday's name:
// "2月15日(农历腊月二十八,周日)至23日(农历正月初七,周一)放假调休,共9天。2月14日(周六)、
// 2月28日(周六)上班。" The text is normalised by HolidayNoticeParser first (NFKC: half-width
// brackets and punctuation, no spaces).
//
// Every sentence is cut into clauses at the commas outside brackets, and every clause must be
// one the notices use; anything else is reported with the sentence, never skipped.
class HolidayNoticeLine {
    Q_DECLARE_TR_FUNCTIONS(HolidayNoticeLine)

public:
    explicit HolidayNoticeLine(int noticeYear);

    void read(const QString &body);

    QList<QDate> off() const;
    QList<QDate> work() const;
    QStringList notes() const { return m_notes; }
    QStringList problems() const { return m_problems; }

    // A normalised text shown to the clerk with the full-width punctuation of the notice.
    static QString displayed(const QString &normalised);

private:
    struct Dates {
        QList<QDate> dates;
        bool ok = true;
    };
    void readSentence(const QString &sentence);
    bool readClause(const QString &clause, QList<QDate> &sentenceOff, int &count);
    // The dates written in `clause`, each replaced by kDateMark in `shape`.
    Dates dates(const QString &clause, QString &shape);
    QDate resolve(const QString &year, const QString &month, const QString &day,
                  const QString &note);
    void checkAfterwards();
    void problem(const QString &text, const QString &reason);

    int m_year;
    // The year and month a date without them takes: the last date written before it, and for
    // a month written without its year the year last written with that month (the 2008
    // notice's 12月29日 after 2007年12月30日).
    int m_lastYear = 0;
    int m_lastMonth = 0;
    QHash<int, int> m_yearOfMonth;

    QList<QDate> m_off;
    QList<QDate> m_work;
    QList<QDate> m_statutory;               // 为法定节假日: must be days off
    QList<QDate> m_weekendOff;              // 照常公休 / 为公休日: weekend days off
    QList<std::pair<QDate, QDate>> m_moves; // 公休日调至: weekend day -> day off
    QStringList m_notes;
    QStringList m_problems;
    QString m_sentence; // the sentence being read, for problems
};

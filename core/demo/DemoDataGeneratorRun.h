#pragma once

// Private to core/demo: the state of one DemoDataGenerator::generate() call, shared by
// DemoDataGenerator.cpp (enterprises, meetings, appeals) and DemoDataGeneratorAssignments.cpp
// (assignments and what follows them).

#include "core/Database.h"
#include "core/RuleProfile.h"
#include "core/WorkCalendar.h"
#include "core/demo/DemoDataGenerator.h"
#include "core/demo/DemoTimeline.h"

#include <QDate>
#include <QHash>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariantList>
#include <optional>

namespace DemoDetail {

using namespace Qt::StringLiterals;

inline const QString &usccCharset() {
    static const QString charset = u"0123456789ABCDEFGHJKLMNPQRTUWXY"_s;
    return charset;
}

struct MeetingInfo {
    qint64 id = 0;
    QDate date;
    bool held = false;
    QSet<qint64> enterprises;  // representatives already recorded
    QHash<int, qint64> topics; // domain index -> topic id
};

inline QString isoDay(const QDate &d) {
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

inline QString timestamp(const QDate &d) {
    return d.toString(Qt::ISODate) + "T09:00:00"_L1;
}

} // namespace DemoDetail

using DemoDetail::isoDay;
using DemoDetail::MeetingInfo;
using DemoDetail::timestamp;

// One generation: the random source, the prepared statements and the ids created so far.
// The statements are prepared once and re-executed, which is what makes 100,000 appeals take
// seconds rather than minutes.
class DemoDataGenerator::Run {
public:
    Run(Database &db, quint32 seed, const QDate &today)
        : m_db(db)
        , rng(seed)
        , m_today(today) {}

    bool ok = true;
    QString error;
    Summary summary;

    // INSERT INTO table (columns) VALUES (?, ...), executed with `values`; returns the new id.
    qint64 insert(const QString &table, const QStringList &columns, const QVariantList &values);

    void generate(int appealCount);

private:
    qint64 fail(const QString &table, const QSqlQuery &q) {
        if (ok)
            error = tr("Cannot write demo %1: %2").arg(table, q.lastError().text());
        ok = false;
        return 0;
    }
    quint32 below(quint32 n) { return rng.bounded(n); }
    bool chance(int percent) { return int(rng.bounded(100u)) < percent; }

    void createDepartments();
    void createLeaders();
    void createEnterprises(int count);
    void createMeetings();
    MeetingInfo *meetingAfter(const QDate &submitted);
    qint64 topicFor(MeetingInfo &meeting, int domain);
    void createAppeal(const QDate &submitted, int sequence);
    struct EnterpriseInfo;
    void createAssignment(qint64 appealId, const EnterpriseInfo *ent, const QString &unit,
                          MeetingInfo &meeting, int domain, qint64 topicId);
    QString appealNumber(const QDate &submitted, int sequence) const;
    QString problemText(int domain);

    Database &m_db;
    QHash<QString, QSqlQuery> m_statements;
    QRandomGenerator rng;
    QDate m_today;
    RuleProfile m_profile;
    WorkCalendar m_calendar;
    std::optional<DemoTimeline> m_timeline;    // over m_profile and m_calendar, once loaded
    QHash<QString, qint64> m_departmentIds;    // short name -> id
    QHash<QString, QString> m_departmentNames; // short name -> full name
    QList<qint64> m_departmentList;
    QList<qint64> m_leaderIds;
    struct EnterpriseInfo {
        qint64 id;
        QString name;
        QString person;
        QString phone;
    };
    QList<EnterpriseInfo> m_enterprises;
    QList<MeetingInfo> m_meetings;
    int m_nextMeeting = 0;
};

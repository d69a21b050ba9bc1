#include "core/demo/DemoDataGenerator.h"

#include "core/demo/DemoDataGeneratorRun.h"

#include "core/CalendarRepository.h"
#include "core/Database.h"
#include "core/ProfileRepository.h"
#include "core/TransactionGuard.h"
#include "core/demo/BulkLoad.h"
#include "core/demo/DemoTexts.h"

#include <QHash>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariantList>

using namespace Qt::StringLiterals;

QChar DemoDataGenerator::usccCheckCharacter(const QString &first17) {
    int sum = 0;
    int weight = 1;
    for (int i = 0; i < 17 && i < first17.size(); ++i) {
        sum += int(DemoDetail::usccCharset().indexOf(first17.at(i))) * weight;
        weight = weight * 3 % 31;
    }
    return DemoDetail::usccCharset().at((31 - sum % 31) % 31);
}

qint64 DemoDataGenerator::Run::insert(const QString &table, const QStringList &columns,
                                      const QVariantList &values) {
    auto it = m_statements.find(table);
    if (it == m_statements.end()) {
        QSqlQuery q(m_db.sql());
        QStringList marks;
        for (int i = 0; i < columns.size(); ++i)
            marks << u"?"_s;
        if (!q.prepare(u"INSERT INTO %1 (%2) VALUES (%3)"_s.arg(table, columns.join(u", "_s),
                                                                marks.join(u", "_s))))
            return fail(table, q);
        it = m_statements.insert(table, q);
    }
    QSqlQuery &q = *it;
    for (int i = 0; i < values.size(); ++i) {
        const QVariant &v = values.at(i);
        // A null QString would bind as SQL NULL; the text columns are NOT NULL DEFAULT ''.
        if (v.metaType().id() == QMetaType::QString && v.toString().isNull())
            q.bindValue(i, QString(""_L1));
        else
            q.bindValue(i, v);
    }
    if (!q.exec())
        return fail(table, q);
    return q.lastInsertId().toLongLong();
}

void DemoDataGenerator::Run::createDepartments() {
    for (const auto &d : DemoTexts::departments()) {
        const QString phone = u"0475-8%1"_s.arg(below(1000000), 6, 10, QLatin1Char('0'));
        const qint64 id = insert(u"departments"_s,
                                 {u"name"_s, u"short_name"_s, u"contact"_s, u"phone"_s, u"level"_s},
                                 {QString::fromUtf16(d.name), QString::fromUtf16(d.shortName),
                                  DemoTexts::personName(rng), phone, QString::fromUtf16(d.level)});
        m_departmentIds.insert(QString::fromUtf16(d.shortName), id);
        m_departmentNames.insert(QString::fromUtf16(d.shortName), QString::fromUtf16(d.name));
        m_departmentList << id;
    }
    summary.departments = int(m_departmentList.size());
}

void DemoDataGenerator::Run::createLeaders() {
    // Seed 002: the mayor and vice-mayors receive enterprises in rotation, each for the
    // domains they are responsible for.
    const QList<QPair<QString, QString>> leaders = {
        {u"市长"_s, u"用地,审批"_s},       {u"常务副市长"_s, u"融资,政策兑现,税费"_s},
        {u"副市长"_s, u"用工,科技创新"_s}, {u"副市长"_s, u"水电气,环保"_s},
        {u"副市长"_s, u"物流"_s},          {u"开发区党工委书记"_s, u"用地,政策兑现"_s}};
    for (const auto &l : leaders) {
        m_leaderIds << insert(u"leaders"_s, {u"name"_s, u"title"_s, u"domains"_s},
                              {DemoTexts::personName(rng), l.first, l.second});
    }
    summary.leaders = int(m_leaderIds.size());
}

void DemoDataGenerator::Run::createEnterprises(int count) {
    QSet<QString> names;
    QSet<QString> codes;
    const QStringList &regions = DemoTexts::regions();
    while (m_enterprises.size() < count && ok) {
        const int region = int(below(quint32(regions.size())));
        const QString industry = DemoTexts::pick(rng, DemoTexts::industries());
        const QString name = regions.at(region) +
                             DemoTexts::pick(rng, DemoTexts::nameCharacters()) +
                             DemoTexts::pick(rng, DemoTexts::nameCharacters()) + industry +
                             (chance(20) ? u"股份有限公司"_s : u"有限公司"_s);
        if (names.contains(name))
            continue;
        QString code = u"91"_s + DemoTexts::regionCodes().at(region);
        for (int i = 0; i < 9; ++i)
            code += DemoDetail::usccCharset().at(int(below(31)));
        code += usccCheckCharacter(code);
        if (codes.contains(code))
            continue;
        names.insert(name);
        codes.insert(code);
        const QString person = DemoTexts::personName(rng);
        const QString phone = DemoTexts::mobilePhone(rng);
        // Seed 003: each leader looks after a few key enterprises.
        const QVariant liaison =
            m_enterprises.size() < m_leaderIds.size() * 3
                ? QVariant(m_leaderIds.at(m_enterprises.size() % m_leaderIds.size()))
                : QVariant(QMetaType::fromType<qint64>());
        const QString created = timestamp(m_timeline->firstSubmitDate().addDays(-30));
        const qint64 id = insert(
            u"enterprises"_s,
            {u"name"_s, u"uscc"_s, u"responsible_person"_s, u"phone"_s, u"industry"_s,
             u"district"_s, u"liaison_leader_id"_s, u"created_at"_s, u"updated_at"_s},
            {name, code, person, phone, industry, regions.at(region), liaison, created, created});
        m_enterprises << EnterpriseInfo{id, name, person, phone};
    }
    summary.enterprises = int(m_enterprises.size());
}

void DemoDataGenerator::Run::createMeetings() {
    // Seed 000: one meeting a month; DemoTimeline chooses the day so that the last one before
    // "today" has assignments due soon and later then; two more are planned.
    int number = 0;
    int year = 0;
    const QDate until = m_today.addMonths(2);
    const QDate first = m_timeline->firstSubmitDate();
    for (QDate month(first.year(), first.month(), 1); month <= until; month = month.addMonths(1)) {
        if (month.year() != year) {
            year = month.year();
            number = 0;
        }
        ++number;
        MeetingInfo m;
        m.date = m_timeline->meetingDay(month.year(), month.month());
        m.held = m.date < m_today;
        const QString title = u"%1年第%2期%3"_s.arg(year).arg(number).arg(m_profile.meetingName);
        m.id = insert(
            u"meetings"_s,
            {u"kind"_s, u"title"_s, u"meeting_date"_s, u"place"_s, u"form"_s, u"status"_s,
             u"minutes_number"_s, u"summary"_s, u"created_at"_s},
            {m_profile.meetingName, title, isoDay(m.date),
             DemoTexts::pick(rng, DemoTexts::meetingPlaces()),
             DemoTexts::pick(rng, DemoTexts::meetingForms()), m.held ? u"held"_s : u"planned"_s,
             m.held ? u"〔%1〕%2号"_s.arg(year).arg(number) : QString(),
             m.held ? u"会议听取了企业反映的困难问题，明确了牵头部门和办理时限。"_s : QString(),
             timestamp(m.date.addDays(-20))});
        const int chair = int(below(quint32(m_leaderIds.size())));
        insert(u"meeting_leaders"_s, {u"meeting_id"_s, u"leader_id"_s, u"role"_s},
               {m.id, m_leaderIds.at(chair), u"chair"_s});
        insert(u"meeting_leaders"_s, {u"meeting_id"_s, u"leader_id"_s, u"role"_s},
               {m.id, m_leaderIds.at((chair + 1) % m_leaderIds.size()), u"attend"_s});
        const int firstDept = int(below(quint32(m_departmentList.size())));
        for (int i = 0; i < 6; ++i) {
            insert(u"meeting_departments"_s, {u"meeting_id"_s, u"department_id"_s, u"role"_s},
                   {m.id, m_departmentList.at((firstDept + i) % m_departmentList.size()),
                    u"attend"_s});
        }
        m_meetings << m;
    }
    summary.meetings = int(m_meetings.size());
}

MeetingInfo *DemoDataGenerator::Run::meetingAfter(const QDate &submitted) {
    // Appeals arrive in date order, so the meeting pointer only moves forward.
    while (m_nextMeeting < m_meetings.size() - 1 &&
           m_meetings.at(m_nextMeeting).date < submitted.addDays(3))
        ++m_nextMeeting;
    return &m_meetings[m_nextMeeting];
}

qint64 DemoDataGenerator::Run::topicFor(MeetingInfo &meeting, int domain) {
    // 同类同批: one topic per domain per meeting.
    if (meeting.topics.contains(domain))
        return meeting.topics.value(domain);
    const auto &info = DemoTexts::domains().at(domain);
    const QString name = QString::fromUtf16(info.domain);
    const qint64 id = insert(
        u"topics"_s, {u"title"_s, u"description"_s, u"urgent"_s, u"status"_s, u"created_at"_s},
        {u"关于企业%1问题的议题（%2年%3月）"_s.arg(name)
             .arg(meeting.date.year())
             .arg(meeting.date.month()),
         u"汇总本期企业反映的%1方面困难问题，提请会议研究。"_s.arg(name), chance(15) ? 1 : 0,
         u"open"_s, timestamp(meeting.date.addDays(-10))}); // as TopicService writes them
    meeting.topics.insert(domain, id);
    ++summary.topics;
    insert(u"meeting_topics"_s, {u"meeting_id"_s, u"topic_id"_s, u"position"_s, u"decision"_s},
           {meeting.id, id, int(meeting.topics.size()),
            meeting.held ? u"由牵头部门按期办结并反馈企业。"_s : QString()});
    insert(u"topic_departments"_s, {u"topic_id"_s, u"department_id"_s, u"handed_on"_s},
           {id, m_departmentIds.value(info.leadDepartments.first()),
            isoDay(meeting.date.addDays(-5))});
    return id;
}

QString DemoDataGenerator::Run::appealNumber(const QDate &submitted, int sequence) const {
    static const QRegularExpression seq(u"\\{seq:(\\d+)\\}"_s);
    QString number = m_profile.numberingPattern;
    number.replace("{year}"_L1, QString::number(submitted.year()));
    const auto match = seq.match(number);
    const int width = match.hasMatch() ? match.captured(1).toInt() : 4;
    const QString digits = u"%1"_s.arg(sequence, width, 10, QLatin1Char('0'));
    if (match.hasMatch())
        number.replace(match.capturedStart(), match.capturedLength(), digits);
    else
        number += u'-' + digits;
    return number;
}

QString DemoDataGenerator::Run::problemText(int domain) {
    const auto &info = DemoTexts::domains().at(domain);
    const QString opening = DemoTexts::pick(rng, DemoTexts::openings())
                                .replace("%1"_L1, QString::number(2005 + below(18)))
                                .replace("%2"_L1, QString::number(30 + below(900)));
    return opening + DemoTexts::pick(rng, info.problems) +
           DemoTexts::pick(rng, DemoTexts::impacts());
}

void DemoDataGenerator::Run::createAppeal(const QDate &submitted, int sequence) {
    const int domain = int(below(quint32(DemoTexts::domains().size())));
    const auto &info = DemoTexts::domains().at(domain);
    const QString domainName = QString::fromUtf16(info.domain);
    const bool industryWide = chance(5);
    const EnterpriseInfo &ent = m_enterprises.at(int(below(quint32(m_enterprises.size()))));
    // An industry-wide appeal (行业性) comes from an association, not one enterprise.
    const QString unit =
        industryWide
            ? ent.name.left(2) + DemoTexts::pick(rng, DemoTexts::industries()) + u"行业协会"_s
            : ent.name;
    const QVariant enterpriseId =
        industryWide ? QVariant(QMetaType::fromType<qint64>()) : QVariant(ent.id);
    const QString channel = DemoTexts::pick(rng, DemoTexts::channels());
    static const QStringList collectors = {u"经发局"_s, u"商务局"_s, u"工信局"_s, u"发改局"_s,
                                           u"工商联"_s};
    const QVariant collecting =
        channel == "部门收集"_L1 || chance(30)
            ? QVariant(m_departmentIds.value(DemoTexts::pick(rng, collectors)))
            : QVariant(QMetaType::fromType<qint64>());
    const QString problem = problemText(domain);
    const QString suggestion = DemoTexts::pick(rng, DemoTexts::suggestions())
                                   .replace("%1"_L1, domainName)
                                   .replace("%2"_L1, info.leadDepartments.first());
    const QString prior = chance(30) ? u"前期已向%1反映，尚未得到明确答复。"_s.arg(
                                           DemoTexts::pick(rng, info.leadDepartments))
                                     : QString();
    MeetingInfo &meeting = *meetingAfter(submitted);
    QString status = u"accepted"_s;
    QString reason;
    QString note;
    QString target; // where a redirected appeal went, as ScreeningService records it
    QVariant targetDepartment(QMetaType::fromType<qint64>());
    qint64 topicId = 0;
    const int roll = int(below(100));
    if (!meeting.held) {
        status = roll < 75 ? u"pending"_s : u"accepted"_s;
    } else if (roll < 3) {
        status = u"rejected"_s;
        reason = m_profile.exclusionReasons.isEmpty()
                     ? u"unclear"_s
                     : m_profile.exclusionReasons
                           .at(int(below(quint32(m_profile.exclusionReasons.size()))))
                           .code;
        note = u"经审核，不属于本次受理范围，已告知企业。"_s;
    } else if (roll < 6) {
        status = u"redirected"_s;
        if (chance(50)) {
            static const QStringList locals = {u"科尔沁区人民政府"_s, u"开发区管委会"_s,
                                               u"源城区人民政府"_s, u"海勃湾区人民政府"_s};
            reason = u"local"_s;
            target = DemoTexts::pick(rng, locals);
            note = u"属地管理事项，已转属地按程序办理。"_s;
        } else {
            const QString shortName = DemoTexts::pick(rng, info.leadDepartments);
            reason = u"department"_s;
            targetDepartment = m_departmentIds.value(shortName);
            target = m_departmentNames.value(shortName);
            note = u"属部门职责范围，已转部门按规定办理。"_s;
        }
    } else if (roll < 10) {
        status = u"solved"_s;
        reason = u"solved"_s;
        note = u"即知即办，已当场向企业解释政策并答复。"_s;
    }
    if (status == "accepted"_L1)
        topicId = topicFor(meeting, domain);
    const QString created = timestamp(submitted);
    const QDate screened =
        meeting.date.addDays(-5) > submitted ? meeting.date.addDays(-5) : submitted;
    const qint64 appealId =
        insert(u"appeals"_s,
               {u"number"_s,
                u"submitting_unit"_s,
                u"enterprise_id"_s,
                u"responsible_person"_s,
                u"phone"_s,
                u"submit_date"_s,
                u"channel"_s,
                u"collecting_department_id"_s,
                u"problem"_s,
                u"suggestions"_s,
                u"prior_handling"_s,
                u"domain"_s,
                u"scope"_s,
                u"urgency"_s,
                u"status"_s,
                u"screening_reason"_s,
                u"screening_note"_s,
                u"screening_target"_s,
                u"screening_department_id"_s,
                u"screened_at"_s,
                u"topic_id"_s,
                u"created_at"_s,
                u"updated_at"_s},
               {appealNumber(submitted, sequence),
                unit,
                enterpriseId,
                ent.person,
                ent.phone,
                isoDay(submitted),
                channel,
                collecting,
                problem,
                suggestion,
                prior,
                domainName,
                industryWide ? u"industry"_s : u"individual"_s,
                chance(10) ? u"urgent"_s : u"normal"_s,
                status,
                reason,
                note,
                target,
                targetDepartment,
                status == "pending"_L1 ? QString() : isoDay(screened),
                topicId ? QVariant(topicId) : QVariant(QMetaType::fromType<qint64>()),
                created,
                created});
    ++summary.appeals;
    if (!industryWide && meeting.enterprises.size() < 10 && !meeting.enterprises.contains(ent.id)) {
        meeting.enterprises.insert(ent.id);
        insert(u"meeting_enterprises"_s, {u"meeting_id"_s, u"enterprise_id"_s, u"representative"_s},
               {meeting.id, ent.id, ent.person});
    }
    if (status == "accepted"_L1 && meeting.held)
        createAssignment(appealId, industryWide ? nullptr : &ent, unit, meeting, domain, topicId);
}

void DemoDataGenerator::Run::generate(int appealCount) {
    m_profile = ProfileRepository(m_db).active();
    m_calendar = CalendarRepository(m_db).load();
    m_timeline.emplace(m_profile, m_calendar, m_today);
    createDepartments();
    createLeaders();
    // About six appeals per enterprise over four years; at least a few dozen enterprises.
    createEnterprises(std::max(40, appealCount / 6));
    createMeetings();
    const QDate first = m_timeline->firstSubmitDate();
    const QDate last = m_timeline->lastSubmitDate();
    const quint32 span = quint32(std::max<qint64>(1, first.daysTo(last) + 1));
    QList<int> offsets;
    offsets.reserve(appealCount);
    for (int i = 0; i < appealCount; ++i)
        offsets << int(below(span));
    std::sort(offsets.begin(), offsets.end()); // numbers follow submission order
    int year = 0;
    int sequence = 0;
    for (int offset : offsets) {
        if (!ok)
            return;
        QDate submitted = first.addDays(offset);
        // Forms are keyed in on working days.
        submitted = m_calendar.nextWorkingDayOnOrAfter(submitted);
        if (submitted.year() != year) {
            year = submitted.year();
            sequence = 0;
        }
        createAppeal(submitted, ++sequence);
    }
}

DemoDataGenerator::DemoDataGenerator(Database &db)
    : m_db(db) {}

bool DemoDataGenerator::hasRecords() const {
    QSqlQuery q(m_db.sql());
    for (const char *table : {"appeals", "enterprises", "departments", "meetings"}) {
        if (q.exec(u"SELECT 1 FROM %1 LIMIT 1"_s.arg(QString::fromLatin1(table))) && q.next())
            return true;
    }
    return false;
}

QDate DemoDataGenerator::earliestReferenceDate() const {
    const QList<int> years = CalendarRepository(m_db).load().knownYears();
    return years.isEmpty() ? fixedReferenceDate() : QDate(years.first(), 3, 1);
}

bool DemoDataGenerator::staysInCalendar(const QDate &today) const {
    const WorkCalendar calendar = CalendarRepository(m_db).load();
    const QList<int> years = calendar.knownYears();
    if (years.isEmpty())
        return false;
    const Deadline latest =
        DemoTimeline(ProfileRepository(m_db).active(), calendar, today).latestDeadline();
    return latest.certain && latest.date <= QDate(years.last(), 12, 31);
}

QDate DemoDataGenerator::latestReferenceDate(const QDate &notAfter) const {
    const WorkCalendar calendar = CalendarRepository(m_db).load();
    const RuleProfile profile = ProfileRepository(m_db).active();
    const QList<int> years = calendar.knownYears();
    if (years.isEmpty())
        return fixedReferenceDate();
    const QDate end(years.last(), 12, 31);
    // The latest deadline moves forward with "today": walk back to the first day whose latest
    // possible deadline the calendar still knows.
    const QDate from = notAfter.isValid() ? std::min(notAfter, end) : end;
    const QDate stop = from.addDays(-120);
    for (QDate today = from; today > stop; today = today.addDays(-1)) {
        const Deadline latest = DemoTimeline(profile, calendar, today).latestDeadline();
        if (latest.certain && latest.date <= end)
            return today;
    }
    return stop;
}

bool DemoDataGenerator::generate(const Options &options) {
    m_error.clear();
    m_summary = {};
    if (options.appeals < 0) {
        m_error = tr("appeals: the number must not be negative");
        return false;
    }
    if (!options.today.isValid() || options.today < earliestReferenceDate()) {
        m_error = tr("today: the demo needs a date from %1 on (two months into the official "
                     "calendar's first year)")
                      .arg(earliestReferenceDate().toString(Qt::ISODate));
        return false;
    }
    if (hasRecords()) {
        m_error = tr("The database %1 already has records; demo data is only written into an "
                     "empty database so that it never mixes with real cases.")
                      .arg(m_db.path());
        return false;
    }
    // One transaction for everything: a failure leaves the database empty, and SQLite writes
    // the pages once instead of syncing after every row.
    TransactionGuard guard(m_db.sql());
    if (!guard.isActive()) {
        m_error = guard.errorString();
        return false;
    }
    // No audit_log entries: demo rows were not changed by anybody, a history of 100,000
    // "created by the generator" lines would tell the reader nothing and would double the
    // write time. The appeals' created_at fields say when they notionally came in.
    BulkLoad bulk(m_db);
    if (!bulk.begin({u"appeals"_s, u"assignments"_s, u"progress_reports"_s, u"extensions"_s,
                     u"evaluations"_s})) {
        m_error = tr("Cannot prepare the database for the demo data: %1").arg(bulk.errorString());
        return false;
    }
    Run run(m_db, options.seed, options.today);
    run.generate(options.appeals);
    if (!run.ok) {
        m_error = run.error;
        return false;
    }
    if (!bulk.finish()) {
        m_error = tr("Cannot index the demo data: %1").arg(bulk.errorString());
        return false;
    }
    if (!guard.commit()) {
        m_error = tr("Cannot save the demo data: %1").arg(m_db.sql().lastError().text());
        return false;
    }
    m_db.refreshStatistics(); // on a server; an optimisation, autovacuum would catch up
    m_summary = run.summary;
    return true;
}

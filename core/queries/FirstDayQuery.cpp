#include "core/queries/FirstDayQuery.h"

#include "core/Database.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

FirstDayQuery::FirstDayQuery(Database &db)
    : m_db(db) {}

FirstDayQuery::State FirstDayQuery::state() const {
    // CASE WHEN EXISTS …: an integer on both engines (PostgreSQL's EXISTS is a boolean).
    const auto exists = [](const QString &select) {
        return u"CASE WHEN EXISTS (%1) THEN 1 ELSE 0 END"_s.arg(select);
    };
    const QStringList columns{
        exists(u"SELECT 1 FROM departments"_s), exists(u"SELECT 1 FROM leaders"_s),
        exists(u"SELECT 1 FROM enterprises"_s), exists(u"SELECT 1 FROM appeals"_s),
        exists(u"SELECT 1 FROM appeals WHERE status = 'pending'"_s),
        // The index on status finds the accepted appeals, but only reading each tells whether
        // it is in a topic: not asked past the first day.
        u"CASE WHEN EXISTS (SELECT 1 FROM assignments) THEN 0 WHEN EXISTS (SELECT 1 FROM appeals "
        "WHERE status = 'accepted' AND topic_id IS NULL) THEN 1 ELSE 0 END"_s,
        exists(u"SELECT 1 FROM topics"_s), exists(u"SELECT 1 FROM meetings"_s),
        exists(u"SELECT 1 FROM assignments"_s)};
    State s;
    QSqlQuery q(m_db.sql());
    if (!q.exec(u"SELECT "_s + columns.join(u", "_s)) || !q.next())
        return s; // unreadable: no guidance rather than wrong guidance
    bool *flags[] = {&s.departments, &s.leaders, &s.enterprises, &s.appeals,    &s.pending,
                     &s.unbundled,   &s.topics,  &s.meetings,    &s.assignments};
    for (int i = 0; i < int(std::size(flags)); ++i)
        *flags[i] = q.value(i).toInt() == 1;
    if (s.assignments)
        s.next = Step::Done;
    else if (!s.departments || !s.leaders)
        s.next = Step::Departments;
    else if (!s.appeals)
        s.next = Step::KeyIn;
    else if (s.pending)
        s.next = Step::Screen;
    else if (s.unbundled || !s.topics)
        s.next = Step::Topics;
    else if (!s.meetings)
        s.next = Step::Meeting;
    else
        s.next = Step::Assign;
    return s;
}

QList<FirstDayQuery::Step> FirstDayQuery::steps() {
    return {Step::Departments, Step::KeyIn,   Step::Screen,
            Step::Topics,      Step::Meeting, Step::Assign};
}

QString FirstDayQuery::stepName(Step step) {
    switch (step) {
    case Step::Departments:
        return tr("Add the departments and leaders");
    case Step::KeyIn:
        return tr("Key in the paper forms");
    case Step::Screen:
        return tr("Screen the appeals");
    case Step::Topics:
        return tr("Bundle them into topics");
    case Step::Meeting:
        return tr("Plan the meeting");
    case Step::Assign:
        return tr("Assign the decisions");
    case Step::Done:
        break;
    }
    return {};
}

#pragma once

#include <QCoreApplication>
#include <QString>

class Database;

// Where a new office stands on its first day, for the pages that say what to do next: the
// chain 部门和领导 → 录入纸质表格 → 甄别 → 议题 → 会议 → 交办, and which pages have nothing to show
// yet. Once an item has been assigned the office is past its first day (Step::Done).
class FirstDayQuery {
    Q_DECLARE_TR_FUNCTIONS(FirstDayQuery)

public:
    enum class Step { Departments, KeyIn, Screen, Topics, Meeting, Assign, Done };

    struct State {
        bool departments = false; // at least one
        bool leaders = false;
        bool enterprises = false;
        bool appeals = false;
        bool pending = false; // appeals waiting to be screened
        // Accepted appeals in no topic; looked up only before the first assignment (false
        // after): finding none reads every accepted appeal (80 ms at a million appeals, on
        // every page's refresh).
        bool unbundled = false;
        bool topics = false;
        bool meetings = false;
        bool assignments = false;
        Step next = Step::Done;
    };

    explicit FirstDayQuery(Database &db);

    // One look at the tables (EXISTS only, each answered from an index or the first row).
    State state() const;

    // The steps in order, Done excluded, and their short names (部门和领导, 录入纸质表格, …).
    static QList<Step> steps();
    static QString stepName(Step step);

private:
    Database &m_db;
};

#pragma once

#include <QString>

class Database;

// The words a workflow page shows for a record it refers to by id: a topic's title, a
// department's name, an appeal's number. Empty when the record does not exist.
class RecordNames {
public:
    static QString topicTitle(Database &db, qint64 topicId);
    static QString departmentName(Database &db, qint64 departmentId);
    static QString appealNumber(Database &db, qint64 appealId);
    // "WS2026-0001 宏达化工有限公司：园区道路…" — number, submitting unit and the start of the
    // problem, for telling the clerk which appeal a dialog acts on.
    static QString appealSummary(Database &db, qint64 appealId, int problemChars = 30);
};

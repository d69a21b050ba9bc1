#pragma once

#include <QString>

class Database;

// The records the forms tests print, inserted with plain SQL as a clerk's database would hold
// them: one enterprise's appeal, its assignment to a lead and two cooperating departments, an
// evaluation, a meeting with leaders, departments and a topic, plus a 5,000-character appeal.
namespace FormsTestData {
bool insert(Database &db, QString *error);
QString longProblem(); // the 5,000-character 困难问题 of appeal 2
} // namespace FormsTestData

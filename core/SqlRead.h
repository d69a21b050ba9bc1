#pragma once

#include <QString>

class QSqlQuery;

// A read that fails is reported, never taken for "no rows": a repository's list or lookup
// that could not run sets its error (and the log says so) instead of quietly returning an
// empty list, which callers would take for an empty table (a failed calendar read once became
// an empty calendar and every deadline quietly changed).
namespace SqlRead {
// Sets `error` to "Cannot read WHAT: the driver's message" and logs it. Returns false, so that
// a caller can write `if (!q.exec()) return SqlRead::fail(q, m_error, tr("…"));`.
bool fail(const QSqlQuery &q, QString &error, const QString &what);
// After a loop over q.next(): a failure in the middle of the rows is one too.
bool failedMidway(const QSqlQuery &q, QString &error, const QString &what);
} // namespace SqlRead

#pragma once

#include <QString>

class QSqlQuery;

// A read that fails is reported, never taken for "no rows": a repository's list or lookup
// that could not run sets its error (and the log says so) instead of quietly returning an
// empty list, which callers would take for an empty table (a failed calendar read once became
// an empty calendar and every deadline quietly changed), or a lookup that found nothing, which
// callers would take for a deleted record ("There is no appeal with id 1" while the server was
// away).
namespace SqlRead {
// Sets `error` to "Cannot read WHAT: why" and logs it. Returns false, so that a caller can
// write `if (!q.exec()) return SqlRead::fail(q, m_error, tr("…"));`.
bool fail(const QSqlQuery &q, QString &error, const QString &what);
// Runs `q`; when it fails, as fail().
bool exec(QSqlQuery &q, QString &error, const QString &what);
// After a loop over q.next(): a failure in the middle of the rows is one too.
bool failedMidway(const QSqlQuery &q, QString &error, const QString &what);
// Why `q` failed, in the clerk's words: a PostgreSQL connection's failures (the server shut
// down, the network cut) through ServerErrorText, in the program's language rather than
// libpq's; SQLite's as the driver says them.
QString reason(const QSqlQuery &q);
// What a lookup that returned no record says: why the read failed (`readError`, as fail() set
// it) or, when it ran and found nothing, `noSuchRecord` ("There is no … with id N").
QString missing(const QString &readError, const QString &noSuchRecord);
} // namespace SqlRead

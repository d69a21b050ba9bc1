#pragma once

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>

#include <optional>

class Database;

// The work orders of other systems already imported as appeals (table imported_work_orders):
// next month's 12345 export repeats the orders still open, and each must become one appeal.
class WorkOrderLedger {
    Q_DECLARE_TR_FUNCTIONS(WorkOrderLedger)

public:
    explicit WorkOrderLedger(Database &db);

    // The number of the appeal that work order `workOrder` of `source` became (empty when that
    // appeal was deleted since); nullopt when the order was never imported, or when that
    // cannot be read (readError() says why).
    std::optional<QString> importedAs(const QString &source, const QString &workOrder) const;
    // Within the import's transaction; an entry whose appeal was deleted is replaced.
    bool record(const QString &source, const QString &workOrder, qint64 appealId);
    // The same for many orders (work order, appeal id) at once, in a few statements.
    bool recordMany(const QString &source, const QList<QPair<QString, qint64>> &orders);

    QString errorString() const { return m_error; }
    // Why the last importedAs() could not read; empty when it ran.
    QString readError() const { return m_readError; }

private:
    Database &m_db;
    QString m_error;
    mutable QString m_readError;
};

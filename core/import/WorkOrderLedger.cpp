#include "core/import/WorkOrderLedger.h"

#include "core/BatchInsert.h"
#include "core/Database.h"
#include "core/SqlRead.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

WorkOrderLedger::WorkOrderLedger(Database &db)
    : m_db(db) {}

std::optional<QString> WorkOrderLedger::importedAs(const QString &source,
                                                   const QString &workOrder) const {
    m_readError.clear();
    QSqlQuery q(m_db.sql());
    q.prepare(
        u"SELECT COALESCE(a.number, '') FROM imported_work_orders w "
        "LEFT JOIN appeals a ON a.id = w.appeal_id WHERE w.source = ? AND w.work_order = ?"_s);
    q.addBindValue(source);
    q.addBindValue(workOrder);
    if (!SqlRead::exec(q, m_readError, tr("the work orders imported before")) || !q.next())
        return std::nullopt;
    return q.value(0).toString();
}

bool WorkOrderLedger::record(const QString &source, const QString &workOrder, qint64 appealId) {
    auto failed = [&](const QSqlQuery &q) {
        m_error = tr("Cannot record the work order %1 of %2: %3")
                      .arg(workOrder, source, q.lastError().text());
        return false;
    };
    // The entry of an order whose appeal was deleted gives way to the new appeal (appeal_id is
    // NULL after ON DELETE SET NULL, or dangling where foreign keys were not enforced).
    QSqlQuery stale(m_db.sql());
    stale.prepare(
        u"DELETE FROM imported_work_orders WHERE source = ? AND work_order = ? AND "
        "NOT EXISTS (SELECT 1 FROM appeals a WHERE a.id = imported_work_orders.appeal_id)"_s);
    stale.addBindValue(source);
    stale.addBindValue(workOrder);
    if (!stale.exec())
        return failed(stale);
    QSqlQuery q(m_db.sql());
    q.prepare(
        u"INSERT INTO imported_work_orders (source, work_order, appeal_id) VALUES (?, ?, ?)"_s);
    q.addBindValue(source);
    q.addBindValue(workOrder);
    q.addBindValue(appealId);
    return q.exec() || failed(q);
}

bool WorkOrderLedger::recordMany(const QString &source,
                                 const QList<QPair<QString, qint64>> &orders) {
    m_error.clear();
    // As record(), in chunks: the entries of these orders whose appeals were deleted give way.
    for (qsizetype first = 0; first < orders.size(); first += BatchInsert::kMaxRows) {
        const auto chunk = orders.mid(first, BatchInsert::kMaxRows);
        QSqlQuery stale(m_db.sql());
        stale.prepare(u"DELETE FROM imported_work_orders WHERE source = ? AND work_order IN (%1) "
                      "AND NOT EXISTS (SELECT 1 FROM appeals a "
                      "WHERE a.id = imported_work_orders.appeal_id)"_s.arg(
                          QStringList(chunk.size(), u"?"_s).join(u", "_s)));
        stale.addBindValue(source);
        for (const auto &order : chunk)
            stale.addBindValue(order.first);
        if (!stale.exec()) {
            m_error =
                tr("Cannot record the work orders of %1: %2").arg(source, stale.lastError().text());
            return false;
        }
    }
    BatchInsert rows(m_db, u"imported_work_orders"_s,
                     {u"source"_s, u"work_order"_s, u"appeal_id"_s});
    for (const auto &[workOrder, appealId] : orders)
        rows.add({source, workOrder, appealId});
    if (rows.exec())
        return true;
    m_error = tr("Cannot record the work orders of %1: %2").arg(source, rows.errorString());
    return false;
}

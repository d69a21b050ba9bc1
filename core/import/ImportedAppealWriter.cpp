#include "core/import/ImportedAppealWriter.h"

#include "core/AuditLog.h"
#include "core/Database.h"
#include "core/SqliteHandle.h"
#include "core/TransactionGuard.h"
#include "core/backup/BackupFolder.h"
#include "core/import/ImportMappingRepository.h"
#include "core/import/WorkOrderLedger.h"
#include "core/records/AppealRepository.h"
#include "core/records/DepartmentRepository.h"
#include "core/records/EnterpriseRepository.h"
#include "core/validation/UsccValidator.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QMap>

using namespace Qt::StringLiterals;

ImportedAppealWriter::ImportedAppealWriter(Database &db,
                                           const std::optional<ImportMapping> &mapping,
                                           bool rememberMapping)
    : m_db(db)
    , m_mapping(mapping)
    , m_rememberMapping(rememberMapping) {}

// Nothing of a failed write stays: the numbers and records it reported were rolled back.
bool ImportedAppealWriter::discard(Result &result) {
    result.writeFailed = true;
    result.numbers.clear();
    result.createdEnterprises.clear();
    result.createdDepartments.clear();
    return false;
}

bool ImportedAppealWriter::resolveEnterprises(const QList<ImportedAppealRow> &rows, Result &result,
                                              QList<qint64> &ids, const FailWith &failWith) {
    EnterpriseRepository enterprises(m_db);
    // The stored enterprises, then those the file adds; found by credit code, then by name,
    // the lowest id first, as findByUscc() and findByName() find them.
    QList<Enterprise> pool = enterprises.summaries();
    if (!enterprises.readError().isEmpty())
        return failWith(0, enterprises.readError());
    const int firstNew = int(pool.size());
    QHash<QString, int> byUscc, byName;
    const auto index = [&](int at) {
        if (!pool.at(at).uscc.isEmpty() && !byUscc.contains(pool.at(at).uscc))
            byUscc.insert(pool.at(at).uscc, at);
        byName.insert(pool.at(at).name, at);
    };
    for (int at = 0; at < firstNew; ++at)
        index(at);
    QList<int> poolIndex;
    QMap<int, int> completed; // stored enterprise -> the row that brings its missing code
    for (const ImportedAppealRow &row : rows) {
        const Appeal &a = row.appeal;
        const QString uscc = UsccValidator::normalize(row.uscc);
        int at = uscc.isEmpty() ? -1 : byUscc.value(uscc, -1);
        if (at < 0)
            at = byName.value(a.submittingUnit.trimmed(), -1);
        if (at < 0) {
            Enterprise e;
            e.name = a.submittingUnit.trimmed();
            e.uscc = uscc;
            e.responsiblePerson = a.responsiblePerson;
            e.phone = a.phone;
            at = int(pool.size());
            pool << e;
            index(at);
        } else if (pool.at(at).uscc.isEmpty() && !uscc.isEmpty()) {
            // The file knows the code the record lacked: keep it.
            pool[at].uscc = uscc;
            index(at);
            if (at < firstNew)
                completed.insert(at, row.row);
        }
        poolIndex << at;
    }
    for (auto it = completed.cbegin(); it != completed.cend(); ++it) {
        if (!enterprises.fillUscc(pool.at(it.key()).id, pool.at(it.key()).uscc))
            return failWith(it.value(), enterprises.errorString());
    }
    QList<Enterprise> added = pool.mid(firstNew);
    if (!added.isEmpty() && !enterprises.insertMany(added))
        return failWith(0, enterprises.errorString());
    for (int i = 0; i < added.size(); ++i) {
        pool[firstNew + i].id = added.at(i).id;
        result.createdEnterprises << added.at(i).name;
    }
    for (const int at : std::as_const(poolIndex))
        ids << pool.at(at).id;
    return true;
}

bool ImportedAppealWriter::resolveDepartments(const QList<ImportedAppealRow> &rows, Result &result,
                                              QList<qint64> &ids, const FailWith &failWith) {
    DepartmentRepository departments(m_db);
    // As findByName(): the full name, then another department's short name.
    QHash<QString, qint64> byName, byShortName;
    for (const Department &d : departments.list()) {
        byName.insert(d.name, d.id);
        if (!d.shortName.isEmpty() && !byShortName.contains(d.shortName))
            byShortName.insert(d.shortName, d.id);
    }
    if (!departments.readError().isEmpty())
        return failWith(0, departments.readError());
    for (const ImportedAppealRow &row : rows) {
        const QString name = row.department.trimmed();
        qint64 id = name.isEmpty() ? 0 : byName.value(name, byShortName.value(name, 0));
        if (!name.isEmpty() && id == 0) {
            Department created;
            created.name = row.department;
            if (!departments.insert(created))
                return failWith(row.row, departments.errorString());
            result.createdDepartments << created.name;
            id = created.id;
            byName.insert(created.name, id);
        }
        ids << id;
    }
    return true;
}

bool ImportedAppealWriter::write(const QList<ImportedAppealRow> &rows, Result &result) {
    // A copy of the file as it was, for an office that imported the wrong spreadsheet.
    BackupFolder snapshots(m_db);
    if (!snapshots.snapshot(u"import"_s)) {
        result.errors << Message{0,
                                 {},
                                 tr("cannot keep a copy of the database before importing: %1")
                                     .arg(snapshots.errorString())};
        result.writeFailed = true;
        return false;
    }
    TransactionGuard tx(m_db.sql());
    const FailWith failWith = [&](int row, const QString &text) {
        // A full disk, a read-only or damaged file is the file's fault, not the row's.
        if (const QString file = SqliteHandle::fileProblem(m_db.sql()); !file.isEmpty())
            result.errors << Message{0, {}, file};
        else
            result.errors << Message{row, {}, text};
        return discard(result);
    };
    // The file held by another writer: say so, not which row happened to be first.
    if (!tx.isActive())
        return failWith(0, tx.errorString());
    // Each row's enterprise and department are looked up in lists read once, and what the
    // file adds is stored a few statements at a time (BatchInsert): on a server each statement
    // is a round trip, and one per row made an import of 10,000 rows take minutes.
    QList<qint64> enterpriseOf;
    if (!resolveEnterprises(rows, result, enterpriseOf, failWith))
        return false;
    QList<qint64> departmentOf;
    if (!resolveDepartments(rows, result, departmentOf, failWith))
        return false;
    QList<Appeal> appeals;
    for (int i = 0; i < rows.size(); ++i) {
        Appeal a = rows.at(i).appeal;
        a.enterpriseId = enterpriseOf.at(i);
        a.collectingDepartmentId = departmentOf.at(i);
        appeals << a;
    }
    AppealRepository repository(m_db);
    if (!repository.insertMany(appeals)) {
        const int at = repository.failedIndex();
        return failWith(at >= 0 ? rows.at(at).row : 0, repository.errorString());
    }
    QList<QPair<QString, qint64>> workOrders;
    for (int i = 0; i < rows.size(); ++i) {
        if (!rows.at(i).workOrder.isEmpty())
            workOrders << qMakePair(rows.at(i).workOrder, appeals.at(i).id);
        result.numbers << appeals.at(i).number;
    }
    WorkOrderLedger ledger(m_db);
    if (!workOrders.isEmpty() && !ledger.recordMany(m_mapping->name, workOrders))
        return failWith(0, ledger.errorString());
    if (m_mapping && m_rememberMapping) {
        ImportMappingRepository mappings(m_db);
        if (!mappings.save(*m_mapping))
            return failWith(0, mappings.errorString());
    }
    QJsonObject detail{{u"appeals"_s, int(rows.size())},
                       {u"numbers"_s, QJsonArray::fromStringList(result.numbers)},
                       {u"encoding"_s, result.encoding}};
    if (!result.sheet.isEmpty())
        detail.insert(u"sheet"_s, result.sheet);
    if (m_mapping)
        detail.insert(u"mapping"_s, m_mapping->name);
    if (!result.skipped.isEmpty())
        detail.insert(u"work_orders_skipped"_s, int(result.skipped.size()));
    if (!result.workOrdersImportedAgain.isEmpty())
        detail.insert(u"work_orders_imported_again"_s,
                      QJsonArray::fromStringList(result.workOrdersImportedAgain));
    if (!AuditLog(m_db).record(u"import"_s, 0, u"appeals_imported"_s, detail))
        return failWith(0, tr("cannot write the audit log"));
    if (!tx.commit()) {
        result.errors << Message{0, {}, tx.errorString()};
        return discard(result);
    }
    result.imported = int(rows.size());
    return true;
}

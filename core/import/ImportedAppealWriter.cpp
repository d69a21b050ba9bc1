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

#include <QJsonArray>
#include <QJsonObject>

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
    EnterpriseRepository enterprises(m_db);
    DepartmentRepository departments(m_db);
    AppealRepository appeals(m_db);
    WorkOrderLedger ledger(m_db);
    auto failWith = [&](int row, const QString &text) {
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
    for (ImportedAppealRow row : rows) {
        Appeal &a = row.appeal;
        std::optional<Enterprise> enterprise = enterprises.findByUscc(row.uscc);
        if (!enterprise)
            enterprise = enterprises.findByName(a.submittingUnit);
        if (!enterprise) {
            Enterprise e;
            e.name = a.submittingUnit;
            e.uscc = row.uscc;
            e.responsiblePerson = a.responsiblePerson;
            e.phone = a.phone;
            if (!enterprises.insert(e))
                return failWith(row.row, enterprises.errorString());
            result.createdEnterprises << e.name;
            enterprise = e;
        } else if (enterprise->uscc.isEmpty() && !row.uscc.isEmpty()) {
            // The file knows the code the record lacked: keep it.
            Enterprise e = *enterprise;
            e.uscc = row.uscc;
            if (!enterprises.update(e))
                return failWith(row.row, enterprises.errorString());
        }
        a.enterpriseId = enterprise->id;

        if (!row.department.isEmpty()) {
            std::optional<Department> d = departments.findByName(row.department);
            if (!d) {
                Department created;
                created.name = row.department;
                if (!departments.insert(created))
                    return failWith(row.row, departments.errorString());
                result.createdDepartments << created.name;
                d = created;
            }
            a.collectingDepartmentId = d->id;
        }
        if (!appeals.insert(a))
            return failWith(row.row, appeals.errorString());
        if (!row.workOrder.isEmpty() && !ledger.record(m_mapping->name, row.workOrder, a.id))
            return failWith(row.row, ledger.errorString());
        result.numbers << a.number;
    }
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

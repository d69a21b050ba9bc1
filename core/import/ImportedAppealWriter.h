#pragma once

#include "core/import/AppealCsvImporter.h"
#include "core/import/ImportMapping.h"
#include "core/import/ImportedAppealRow.h"

#include <QCoreApplication>
#include <QList>

#include <functional>
#include <optional>

class Database;

// The writing half of an appeal import (AppealCsvImporter checks every row first): a snapshot
// of the file, then one transaction that finds or creates each enterprise and collecting
// department, stores the appeals, records their work orders and the mapping used, and writes
// the audit entry, a few statements for all rows rather than several per row. A failure anywhere
// leaves the database as it was and is told as the file's problem (full disk, read-only, damaged)
// when it is one, else as the row's.
class ImportedAppealWriter {
    // Its messages are the import's: the same translation context.
    Q_DECLARE_TR_FUNCTIONS(AppealCsvImporter)

public:
    using Result = AppealCsvImporter::Result;
    using Message = AppealCsvImporter::Message;

    ImportedAppealWriter(Database &db, const std::optional<ImportMapping> &mapping,
                         bool rememberMapping);

    bool write(const QList<ImportedAppealRow> &rows, Result &result);

private:
    // Says what failed, at which spreadsheet row (0: the file as a whole); returns false.
    using FailWith = std::function<bool(int row, const QString &text)>;

    static bool discard(Result &result);
    // Each row's enterprise id: found, or added (all the file's new ones in one batch).
    bool resolveEnterprises(const QList<ImportedAppealRow> &rows, Result &result,
                            QList<qint64> &ids, const FailWith &failWith);
    // Each row's collecting department id (0 for none): found, or added.
    bool resolveDepartments(const QList<ImportedAppealRow> &rows, Result &result,
                            QList<qint64> &ids, const FailWith &failWith);

    Database &m_db;
    const std::optional<ImportMapping> &m_mapping;
    bool m_rememberMapping;
};

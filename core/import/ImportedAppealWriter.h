#pragma once

#include "core/import/AppealCsvImporter.h"
#include "core/import/ImportMapping.h"
#include "core/import/ImportedAppealRow.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

class Database;

// The writing half of an appeal import (AppealCsvImporter checks every row first): a snapshot
// of the file, then one transaction that finds or creates each enterprise and collecting
// department, stores the appeals, records their work orders and the mapping used, and writes
// the audit entry. A failure anywhere leaves the database as it was and is told as the file's
// problem (full disk, read-only, damaged) when it is one, else as the row's.
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
    static bool discard(Result &result);

    Database &m_db;
    const std::optional<ImportMapping> &m_mapping;
    bool m_rememberMapping;
};

#pragma once

#include "core/import/ImportMapping.h"

#include <QCoreApplication>
#include <QList>
#include <optional>

class Database;

// The import mappings an office has named and kept (table import_mappings), and the built-in
// ones (ImportMapping::builtIn), which a stored mapping of the same name replaces.
class ImportMappingRepository {
    Q_DECLARE_TR_FUNCTIONS(ImportMappingRepository)

public:
    explicit ImportMappingRepository(Database &db);

    // The stored mapping, else the built-in one; nullopt when neither exists.
    std::optional<ImportMapping> find(const QString &name);
    // Stores `mapping` under its name, replacing what was stored (inside the caller's
    // transaction when there is one).
    bool save(const ImportMapping &mapping);
    // Stored and built-in mappings, by name.
    QList<ImportMapping> list();

    QString errorString() const { return m_error; }

private:
    Database &m_db;
    QString m_error;
};

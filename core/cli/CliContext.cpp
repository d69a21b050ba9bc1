#include "core/cli/CliContext.h"

#include "core/Database.h"
#include "core/DatabaseInitializer.h"

CliContext::CliContext(const QString &dbPath, QTextStream &out, QTextStream &err)
    : m_dbPath(dbPath.isEmpty() ? Database::defaultPath() : dbPath)
    , m_out(out)
    , m_err(err) {}

CliContext::~CliContext() = default;

Database *CliContext::database() {
    const bool first = !m_db;
    Database *db = openDatabase(false);
    if (first && db && db->isReadOnly())
        m_err << tr("warning: %1").arg(db->readOnlyReason()) << Qt::endl;
    return db;
}

Database *CliContext::createDatabase() {
    return openDatabase(true);
}

Database *CliContext::writableDatabase() {
    Database *db = openDatabase(false);
    if (db && db->isReadOnly()) {
        m_err << db->readOnlyReason() << Qt::endl << tr("Nothing was changed.") << Qt::endl;
        return nullptr;
    }
    return db;
}

Database *CliContext::openDatabase(bool create) {
    if (m_db)
        return m_db.get();
    auto db = std::make_unique<Database>();
    if (!db->open(m_dbPath, create ? Database::Create::IfMissing : Database::Create::Never)) {
        m_err << db->errorString() << Qt::endl;
        if (db->failedForMissingFile())
            m_err << tr("Nothing was created. To make a new database there: qinqing-cli --db %1 "
                        "init")
                         .arg(m_dbPath)
                  << Qt::endl;
        return nullptr;
    }
    // A file opened read-only is used as it is; there is nothing to fill in on it anyway.
    if (!db->isReadOnly()) {
        DatabaseInitializer init(*db);
        if (!init.ensureInitialized()) {
            m_err << init.errorString() << Qt::endl;
            return nullptr;
        }
    }
    m_db = std::move(db);
    return m_db.get();
}

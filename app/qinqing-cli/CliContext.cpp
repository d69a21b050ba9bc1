#include "app/qinqing-cli/CliContext.h"

#include "core/Database.h"
#include "core/DatabaseInitializer.h"

CliContext::CliContext(const QString &dbPath, QTextStream &out, QTextStream &err)
    : m_dbPath(dbPath.isEmpty() ? Database::defaultPath() : dbPath)
    , m_out(out)
    , m_err(err) {}

CliContext::~CliContext() = default;

Database *CliContext::database() {
    if (m_db)
        return m_db.get();
    auto db = std::make_unique<Database>();
    if (!db->open(m_dbPath)) {
        m_err << db->errorString() << Qt::endl;
        return nullptr;
    }
    DatabaseInitializer init(*db);
    if (!init.ensureInitialized()) {
        m_err << init.errorString() << Qt::endl;
        return nullptr;
    }
    m_db = std::move(db);
    return m_db.get();
}

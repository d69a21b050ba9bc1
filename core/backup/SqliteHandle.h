#pragma once

#include <QSqlDatabase>
#include <QSqlDriver>
#include <QVariant>

#include <cstring>
#include <sqlite3.h>

// The sqlite3 handle under a Qt SQLite connection, for what Qt SQL does not offer (the online
// backup API). Qt's QSQLITE plugin and Qinqing link the same system libsqlite3, so the handle
// is valid here. Null for a connection that is not SQLite or not open.
inline sqlite3 *sqliteHandle(const QSqlDatabase &db) {
    const QVariant v = db.driver() ? db.driver()->handle() : QVariant();
    if (!v.isValid() || std::strcmp(v.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(v.constData());
}

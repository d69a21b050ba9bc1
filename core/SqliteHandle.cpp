#include "core/SqliteHandle.h"

#include <QCoreApplication>
#include <QDir>
#include <QSqlDriver>
#include <QVariant>
#include <cerrno>
#include <cstring>
#include <sqlite3.h>

using namespace Qt::StringLiterals;

sqlite3 *SqliteHandle::of(const QSqlDatabase &db) {
    if (db.driverName() != "QSQLITE"_L1 || !db.driver())
        return nullptr;
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

sqlite3_stmt *SqliteHandle::prepare(sqlite3 *db, const QString &sql, const QVariantMap &binds,
                                    QString *error) {
    sqlite3_stmt *statement = nullptr;
    const QByteArray text = sql.toUtf8();
    if (sqlite3_prepare_v2(db, text.constData(), int(text.size()), &statement, nullptr) !=
        SQLITE_OK) {
        *error = QString::fromUtf8(sqlite3_errmsg(db));
        sqlite3_finalize(statement);
        return nullptr;
    }
    for (auto it = binds.cbegin(); it != binds.cend(); ++it) {
        const int index = sqlite3_bind_parameter_index(statement, it.key().toUtf8().constData());
        if (index == 0)
            continue;
        const QVariant &v = it.value();
        const int rc = v.typeId() == QMetaType::LongLong || v.typeId() == QMetaType::Int
                           ? sqlite3_bind_int64(statement, index, v.toLongLong())
                           : sqlite3_bind_text(statement, index, v.toString().toUtf8().constData(),
                                               -1, SQLITE_TRANSIENT);
        if (rc != SQLITE_OK) {
            *error = QString::fromUtf8(sqlite3_errmsg(db));
            sqlite3_finalize(statement);
            return nullptr;
        }
    }
    return statement;
}

QString SqliteHandle::fileProblem(const QSqlDatabase &db) {
    sqlite3 *handle = of(db);
    if (!handle)
        return {};
    const QString file = QDir::toNativeSeparators(db.databaseName());
    // The operating system's own words (errno of the failed read or write), when it had any.
    // SQLite keeps no errno for a full disk: ENOSPC is what the system said.
    const int code = sqlite3_errcode(handle);
    const int systemError = code == SQLITE_FULL ? ENOSPC : sqlite3_system_errno(handle);
    const QString os = systemError ? QString::fromLocal8Bit(std::strerror(systemError))
                                   : QString::fromUtf8(sqlite3_errmsg(handle));
    auto tr = [](const char *text) {
        return QCoreApplication::translate("SqliteHandle", text);
    };
    switch (code) {
    case SQLITE_FULL:
        return tr("Cannot save to the database file %1: the disk is full (%2). Nothing was "
                  "saved; make room on the disk and try again.")
            .arg(file, os);
    case SQLITE_IOERR:
        return tr("Cannot save to the database file %1: the disk reported an error (%2). "
                  "Nothing was saved.")
            .arg(file, os);
    case SQLITE_READONLY:
        return tr("Cannot save to the database file %1: the file is read-only (%2). Nothing "
                  "was saved.")
            .arg(file, os);
    case SQLITE_CANTOPEN:
        return tr("Cannot save to the database file %1: it cannot be opened (%2).").arg(file, os);
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        return tr("Cannot save to the database file %1: the file is damaged (%2). Nothing was "
                  "saved; restore a backup of it.")
            .arg(file, os);
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return tr("Cannot save to the database file %1: another program or a colleague is "
                  "saving to it. Nothing was saved; please try again in a moment.")
            .arg(file);
    default:
        return {};
    }
}

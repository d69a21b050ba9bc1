#pragma once

// Where a test keeps its database. The "…_pg" CTest entries set QINQING_TEST_SERVER to the
// throwaway PostgreSQL cluster that CTest starts (tests/support/pgcluster.sh); there every
// test database is a fresh database on that server, elsewhere the SQLite file in the test's
// temporary folder. The same test code thus runs against both engines.

#include <QCoreApplication>
#include <QDir>
#include <QHash>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QUrl>
#include <QUrlQuery>

namespace TestServer {

// postgresql://postgres@localhost:PORT/postgres?host=SOCKET, or empty for SQLite.
inline QString serverUrl() {
    return qEnvironmentVariable("QINQING_TEST_SERVER");
}

inline bool active() {
    return !serverUrl().isEmpty();
}

namespace detail {
inline QHash<QString, QString> &created() {
    static QHash<QString, QString> map; // file path -> database name
    return map;
}

// A superuser connection to the cluster's maintenance database.
inline QSqlDatabase admin() {
    const QString name = QStringLiteral("qinqing-test-admin");
    if (QSqlDatabase::contains(name))
        return QSqlDatabase::database(name);
    const QUrl url(serverUrl());
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
    db.setHostName(QUrlQuery(url).queryItemValue(QStringLiteral("host")));
    db.setPort(url.port(5432));
    db.setUserName(url.userName());
    db.setDatabaseName(QStringLiteral("postgres"));
    if (!db.open())
        qFatal("test server: %s", qPrintable(db.lastError().text()));
    return db;
}

inline void dropAll() {
    if (!QSqlDatabase::contains(QStringLiteral("qinqing-test-admin")))
        return;
    {
        QSqlQuery q(admin());
        const QStringList databases = created().values();
        for (const QString &database : QSet<QString>(databases.begin(), databases.end()))
            q.exec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(database));
        admin().close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("qinqing-test-admin"));
}

inline QString urlFor(const QString &database) {
    QUrl url(serverUrl());
    url.setPath(QLatin1Char('/') + database);
    return url.toString();
}
} // namespace detail

// A database that no other test uses: a new empty server database named for the process and
// a counter, created as `qinqing-cli server init` creates one (UTF-8, code-point order, a
// character type that knows Chinese letters for pg_trgm). Dropped when the test program ends.
inline QString newServerDatabase() {
    static int counter = 0;
    const QString database =
        QStringLiteral("qq_%1_%2").arg(QCoreApplication::applicationPid()).arg(++counter);
    QSqlQuery q(detail::admin());
    if (!q.exec(QStringLiteral("CREATE DATABASE %1 TEMPLATE template0 ENCODING 'UTF8' "
                               "LC_COLLATE 'C' LC_CTYPE 'C.UTF-8'")
                    .arg(database)))
        qFatal("test server: %s", qPrintable(q.lastError().text()));
    if (detail::created().isEmpty())
        qAddPostRoutine(detail::dropAll);
    detail::created().insert(QStringLiteral("#%1").arg(counter), database);
    return detail::urlFor(database);
}

// What to pass to Database::open or --db for the test file `fileName` in `dir`: the file
// itself, or (with a test server) the server database that stands for it, the same one each
// time the same file is named.
inline QString location(const QString &dir, const QString &fileName) {
    const QString path = QDir(dir).filePath(fileName);
    if (!active())
        return path;
    auto &map = detail::created();
    const auto it = map.constFind(path);
    if (it != map.constEnd())
        return detail::urlFor(it.value());
    const QString url = newServerDatabase();
    map.insert(path, QUrl(url).path().mid(1));
    return url;
}

} // namespace TestServer

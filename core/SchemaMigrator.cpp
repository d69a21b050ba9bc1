#include "core/SchemaMigrator.h"

#include "core/Database.h"
#include "core/SqliteHandle.h"
#include "core/TransactionGuard.h"
#include "core/backup/BackupFolder.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace {

// version -> resource files of that step, portable first, dialect-specific after.
QStringList stepFiles(int version, const QString &dialect) {
    const QDir dir(u":/schema"_s);
    const QString prefix = u"%1_"_s.arg(version, 3, 10, QLatin1Char('0'));
    QStringList portable, specific;
    for (const QString &name : dir.entryList({prefix + u"*.sql"_s}, QDir::Files, QDir::Name)) {
        const QStringList parts = name.split(u'.');
        if (parts.size() == 2)
            portable << dir.filePath(name);
        else if (parts.size() == 3 && parts.at(1) == dialect)
            specific << dir.filePath(name);
    }
    return portable + specific;
}

} // namespace

SchemaMigrator::SchemaMigrator(Database &db)
    : m_db(db) {}

int SchemaMigrator::latestVersion() {
    int latest = 0;
    static const QRegularExpression re(u"^(\\d{3})_"_s);
    for (const QString &name : QDir(u":/schema"_s).entryList(QDir::Files)) {
        const auto m = re.match(name);
        if (m.hasMatch())
            latest = std::max(latest, m.captured(1).toInt());
    }
    return latest;
}

int SchemaMigrator::storedVersion(const QSqlDatabase &db) {
    if (!db.tables().contains(u"settings"_s))
        return 0;
    QSqlQuery q(db);
    if (q.exec(u"SELECT value FROM settings WHERE key = 'schema_version'"_s) && q.next())
        return q.value(0).toInt();
    return 0;
}

bool SchemaMigrator::migrate(int targetVersion) {
    const int latest = latestVersion();
    if (targetVersion < 0)
        targetVersion = latest;
    const int stored = storedVersion(m_db.sql());
    if (stored > latest) {
        m_error = tr("The database %1 was written by a newer version of Qinqing (schema %2; this "
                     "program knows up to %3). Please update Qinqing.")
                      .arg(m_db.path())
                      .arg(stored)
                      .arg(latest);
        return false;
    }
    // A copy of the file at its old schema, for an upgrade that goes wrong in a way its
    // transaction cannot undo (a step that reads the old data wrongly).
    if (stored > 0 && stored < targetVersion) {
        BackupFolder snapshots(m_db);
        if (!snapshots.snapshot(u"upgrade-v%1"_s.arg(stored))) {
            m_error = tr("Cannot keep a copy of %1 before upgrading it: %2")
                          .arg(m_db.path(), snapshots.errorString());
            return false;
        }
    }
    for (int v = stored + 1; v <= targetVersion; ++v) {
        if (!applyStep(v))
            return false;
    }
    return true;
}

bool SchemaMigrator::applyStep(int version) {
    const QStringList files = stepFiles(version, m_db.dialect().name());
    if (files.isEmpty()) {
        m_error = tr("Schema step %1 is missing from this build.").arg(version);
        return false;
    }
    QSqlDatabase db = m_db.sql();
    TransactionGuard tx(db);
    if (!tx.isActive()) {
        m_error = tx.errorString();
        return false;
    }
    QSqlQuery q(db);
    for (const QString &fileName : files) {
        QFile file(fileName);
        if (!file.open(QIODevice::ReadOnly)) {
            m_error = tr("Cannot read the schema file %1.").arg(fileName);
            return false;
        }
        const QString script = m_db.dialect().expandDdl(QString::fromUtf8(file.readAll()));
        for (const QString &statement : splitStatements(script)) {
            if (!q.exec(statement)) {
                m_error = SqliteHandle::fileProblem(db);
                if (m_error.isEmpty())
                    m_error = tr("Upgrading the database to schema version %1 failed in %2: %3")
                                  .arg(version)
                                  .arg(QFileInfo(fileName).fileName(), q.lastError().text());
                return false;
            }
        }
    }
    q.prepare(u"INSERT INTO settings (key, value) VALUES ('schema_version', ?) "
              "ON CONFLICT (key) DO UPDATE SET value = excluded.value"_s);
    q.addBindValue(QString::number(version));
    if (!q.exec()) {
        m_error = SqliteHandle::fileProblem(db);
        if (m_error.isEmpty())
            m_error =
                tr("Cannot record schema version %1: %2").arg(version).arg(q.lastError().text());
        return false;
    }
    if (!tx.commit()) {
        m_error = tx.errorString();
        return false;
    }
    return true;
}

QStringList SchemaMigrator::splitStatements(const QString &script) {
    QStringList statements;
    QString current;
    bool inTrigger = false;
    bool inDollarQuote = false; // PostgreSQL's $$ … $$ bodies (functions, DO blocks)
    static const QRegularExpression beginWord(u"\\bBEGIN\\b"_s,
                                              QRegularExpression::CaseInsensitiveOption);
    const QStringList lines = script.split(u'\n');
    for (const QString &rawLine : lines) {
        const QString line = rawLine.trimmed();
        if ((line.startsWith("--"_L1) && !inDollarQuote) || (line.isEmpty() && current.isEmpty()))
            continue;
        if (line.startsWith("CREATE TRIGGER"_L1, Qt::CaseInsensitive))
            inTrigger = true;
        if (line.count("$$"_L1) % 2 == 1)
            inDollarQuote = !inDollarQuote;
        current += rawLine + u'\n';
        // An SQLite trigger's body (BEGIN … END;) holds statements of its own; a PostgreSQL
        // trigger names a function and ends at its first ';'.
        const bool triggerBody = inTrigger && current.contains(beginWord);
        const bool ends = line.endsWith(u';') && !inDollarQuote &&
                          (!triggerBody || line.compare("END;"_L1, Qt::CaseInsensitive) == 0);
        if (ends) {
            QString statement = current.trimmed();
            if (!triggerBody)
                statement.chop(1); // drop the final ';' which QSqlQuery does not want
            statements << statement;
            current.clear();
            inTrigger = false;
        }
    }
    if (!current.trimmed().isEmpty())
        statements << current.trimmed();
    return statements;
}

#include "core/attachments/AttachmentRepository.h"

#include "core/AuditLog.h"
#include "core/Clock.h"
#include "core/Database.h"
#include "core/SqlRead.h"
#include "core/TransactionGuard.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMimeDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

AttachmentRepository::AttachmentRepository(Database &db)
    : m_db(db) {}

bool AttachmentRepository::fail(const QString &message) {
    m_error = message;
    return false;
}

qint64 AttachmentRepository::addFile(qint64 appealId, const QString &path) {
    QFile file(path);
    if (file.size() > maxSize) {
        fail(tr("%1: larger than %2 MB").arg(path).arg(maxSize / 1024 / 1024));
        return 0;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        fail(tr("%1: cannot be read: %2").arg(path, file.errorString()));
        return 0;
    }
    return add(appealId, QFileInfo(path).fileName(), file.readAll());
}

qint64 AttachmentRepository::add(qint64 appealId, const QString &fileName,
                                 const QByteArray &content) {
    m_error.clear();
    const QString mime = QMimeDatabase().mimeTypeForFileNameAndData(fileName, content).name();
    const QString hash =
        QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex());
    TransactionGuard tx(m_db.sql());
    QSqlQuery q(m_db.sql());
    q.prepare(u"INSERT INTO attachments (appeal_id, file_name, mime_type, size, sha256, content, "
              "added_at, added_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s);
    q.addBindValue(appealId);
    q.addBindValue(fileName);
    q.addBindValue(mime);
    q.addBindValue(qint64(content.size()));
    q.addBindValue(hash);
    q.addBindValue(content);
    q.addBindValue(Clock::nowIso());
    q.addBindValue(AuditLog(m_db).user());
    if (!q.exec()) {
        fail(tr("Cannot store %1: %2").arg(fileName, q.lastError().text()));
        return 0;
    }
    const qint64 id = q.lastInsertId().toLongLong();
    if (!AuditLog(m_db).record(u"appeal"_s, appealId, u"attached"_s,
                               {{u"file"_s, fileName}, {u"size"_s, double(content.size())}}) ||
        !tx.commit()) {
        fail(tr("Cannot store %1").arg(fileName));
        return 0;
    }
    return id;
}

QList<AttachmentRepository::Info> AttachmentRepository::list(qint64 appealId) const {
    QList<Info> out;
    QSqlQuery q(m_db.sql());
    q.prepare(u"SELECT id, appeal_id, file_name, mime_type, size, sha256, added_at, added_by "
              "FROM attachments WHERE appeal_id = ? ORDER BY id"_s);
    q.addBindValue(appealId);
    if (!q.exec()) {
        SqlRead::fail(q, m_error, tr("the appeal's attachments"));
        return out;
    }
    while (q.next()) {
        Info i;
        i.id = q.value(0).toLongLong();
        i.appealId = q.value(1).toLongLong();
        i.fileName = q.value(2).toString();
        i.mimeType = q.value(3).toString();
        i.size = q.value(4).toLongLong();
        i.sha256 = q.value(5).toString();
        i.addedAt = QDateTime::fromString(q.value(6).toString(), Qt::ISODate);
        i.addedBy = q.value(7).toString();
        out << i;
    }
    return out;
}

QByteArray AttachmentRepository::content(qint64 attachmentId) const {
    QSqlQuery q(m_db.sql());
    q.prepare(u"SELECT content FROM attachments WHERE id = ?"_s);
    q.addBindValue(attachmentId);
    if (!q.exec()) {
        SqlRead::fail(q, m_error, tr("the attachment"));
        return {};
    }
    if (q.next())
        return q.value(0).toByteArray();
    return {};
}

QString AttachmentRepository::exportToTemp(qint64 attachmentId) {
    QSqlQuery q(m_db.sql());
    q.prepare(u"SELECT file_name, content FROM attachments WHERE id = ?"_s);
    q.addBindValue(attachmentId);
    if (!q.exec() || !q.next()) {
        fail(tr("Attachment %1 does not exist").arg(attachmentId));
        return {};
    }
    // One folder per attachment keeps the original file name, which viewers show in their title.
    const QString dir = QDir(QStandardPaths::writableLocation(QStandardPaths::TempLocation))
                            .filePath(u"qinqing-attachment-%1"_s.arg(attachmentId));
    QDir().mkpath(dir);
    const QString path = QDir(dir).filePath(QFileInfo(q.value(0).toString()).fileName());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(q.value(1).toByteArray()) < 0) {
        fail(tr("Cannot write %1: %2").arg(path, file.errorString()));
        return {};
    }
    return path;
}

bool AttachmentRepository::remove(qint64 attachmentId) {
    TransactionGuard tx(m_db.sql());
    QSqlQuery q(m_db.sql());
    q.prepare(u"SELECT appeal_id, file_name FROM attachments WHERE id = ?"_s);
    q.addBindValue(attachmentId);
    if (!q.exec() || !q.next())
        return fail(tr("Attachment %1 does not exist").arg(attachmentId));
    const qint64 appealId = q.value(0).toLongLong();
    const QString name = q.value(1).toString();
    QSqlQuery del(m_db.sql());
    del.prepare(u"DELETE FROM attachments WHERE id = ?"_s);
    del.addBindValue(attachmentId);
    if (!del.exec() ||
        !AuditLog(m_db).record(u"appeal"_s, appealId, u"detached"_s, {{u"file"_s, name}}))
        return fail(tr("Cannot remove %1").arg(name));
    return tx.commit();
}

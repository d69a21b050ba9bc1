#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QList>

class Database;

// Scanned paper forms kept with their appeal (table attachments, content as a BLOB; see
// 008_attachments.sqlite.sql for why not files beside the database).
class AttachmentRepository {
    Q_DECLARE_TR_FUNCTIONS(AttachmentRepository)

public:
    struct Info {
        qint64 id = 0;
        qint64 appealId = 0;
        QString fileName;
        QString mimeType;
        qint64 size = 0;
        QString sha256;
        QDateTime addedAt;
        QString addedBy;
    };

    static constexpr qint64 maxSize = 50 * 1024 * 1024; // a scan, not a video

    explicit AttachmentRepository(Database &db);

    // Reads `path` into the database; returns the new id, 0 on failure (errorString()).
    qint64 addFile(qint64 appealId, const QString &path);
    qint64 add(qint64 appealId, const QString &fileName, const QByteArray &content);
    QList<Info> list(qint64 appealId) const;
    QByteArray content(qint64 attachmentId) const;
    // Writes the attachment to a temporary file (for opening it in the system's viewer).
    QString exportToTemp(qint64 attachmentId);
    bool remove(qint64 attachmentId);

    QString errorString() const { return m_error; }

private:
    bool fail(const QString &message);

    Database &m_db;
    mutable QString m_error;
};

#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

// Keeps the half-typed appeal form of one database on disk while the clerk types, so that a
// crash or a power cut loses nothing: the next start offers it back. One file per database in
// the user's data folder (not in the database: an unsaved form is not a record yet, and a
// failing database must not take the draft with it). Written through QSaveFile, so a cut in
// the middle of a write leaves the previous draft intact.
class DraftStore {
public:
    explicit DraftStore(const QString &databasePath,
                        const QString &kind = QStringLiteral("appeal"));

    QString filePath() const { return m_file; }
    bool exists() const;
    QJsonObject load() const;
    QDateTime savedAt() const;
    bool save(const QJsonObject &fields);
    void discard();

private:
    QString m_file;
};

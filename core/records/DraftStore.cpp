#include "core/records/DraftStore.h"

#include "core/Clock.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

DraftStore::DraftStore(const QString &databasePath, const QString &kind) {
    const QByteArray key = QFileInfo(databasePath).absoluteFilePath().toUtf8();
    const QString hash = QString::fromLatin1(
        QCryptographicHash::hash(key, QCryptographicHash::Sha1).toHex().left(16));
    const QString dir =
        QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/drafts"_s;
    m_file = QDir(dir).filePath(kind + u'-' + hash + u".json"_s);
}

bool DraftStore::exists() const {
    return QFileInfo::exists(m_file);
}

QJsonObject DraftStore::load() const {
    QFile file(m_file);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object().value("fields"_L1).toObject();
}

QDateTime DraftStore::savedAt() const {
    QFile file(m_file);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QDateTime::fromString(
        QJsonDocument::fromJson(file.readAll()).object().value("savedAt"_L1).toString(),
        Qt::ISODate);
}

bool DraftStore::save(const QJsonObject &fields) {
    if (!QDir().mkpath(QFileInfo(m_file).absolutePath()))
        return false;
    QSaveFile file(m_file);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    const QJsonObject root{{"savedAt"_L1, Clock::nowIso()}, {"fields"_L1, fields}};
    file.write(QJsonDocument(root).toJson(QJsonDocument::Indented));
    return file.commit();
}

void DraftStore::discard() {
    QFile::remove(m_file);
}

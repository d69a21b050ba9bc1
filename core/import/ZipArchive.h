#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <optional>

struct zip;

// A read-only view of a zip file held in memory (an .xlsx or .docx is a zip of XML parts),
// over libzip: Qt has no public zip API. Every part read is capped, and so is their sum, before
// and while it is inflated: a zip bomb declares a few kilobytes that inflate to gigabytes, and
// may lie about its sizes in the directory.
class ZipArchive {
    Q_DECLARE_TR_FUNCTIONS(ZipArchive)

public:
    // No part of a spreadsheet or form of 300,000 appeals comes near these.
    static constexpr qint64 maxPartBytes = 256 * 1024 * 1024;
    static constexpr qint64 maxTotalBytes = 512 * 1024 * 1024;

    ZipArchive() = default;
    ~ZipArchive();
    ZipArchive(const ZipArchive &) = delete;
    ZipArchive &operator=(const ZipArchive &) = delete;

    // False and error() when `bytes` is not a zip archive.
    bool open(const QByteArray &bytes);
    bool contains(const QString &name) const;
    // The inflated part; nullopt and error() when it is missing, too large or damaged.
    std::optional<QByteArray> read(const QString &name);
    QString error() const { return m_error; }

private:
    QByteArray m_bytes; // libzip reads from this buffer: it lives as long as the archive
    zip *m_zip = nullptr;
    qint64 m_totalRead = 0;
    QString m_error;
};

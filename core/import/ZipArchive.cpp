#include "core/import/ZipArchive.h"

#include "core/NumberText.h"

#include <zip.h>

ZipArchive::~ZipArchive() {
    if (m_zip)
        zip_discard(m_zip);
}

bool ZipArchive::open(const QByteArray &bytes) {
    m_bytes = bytes;
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t *source =
        zip_source_buffer_create(m_bytes.constData(), zip_uint64_t(m_bytes.size()), 0, &error);
    if (source)
        m_zip = zip_open_from_source(source, ZIP_RDONLY | ZIP_CHECKCONS, &error);
    if (!m_zip) {
        if (source)
            zip_source_free(source);
        m_error = tr("the file is not a zip archive or is damaged (%1)")
                      .arg(QString::fromLocal8Bit(zip_error_strerror(&error)));
    }
    zip_error_fini(&error);
    return m_zip != nullptr;
}

bool ZipArchive::contains(const QString &name) const {
    return m_zip && zip_name_locate(m_zip, name.toUtf8().constData(), ZIP_FL_NOCASE) >= 0;
}

std::optional<QByteArray> ZipArchive::read(const QString &name) {
    if (!m_zip)
        return std::nullopt;
    const zip_int64_t index = zip_name_locate(m_zip, name.toUtf8().constData(), ZIP_FL_NOCASE);
    if (index < 0) {
        m_error = tr("the part %1 is missing").arg(name);
        return std::nullopt;
    }
    const qint64 cap = std::min(maxPartBytes, maxTotalBytes - m_totalRead);
    auto tooLarge = [&] {
        m_error = tr("the part %1 inflates to more than %2 MB: a damaged file or a zip bomb")
                      .arg(name, NumberText::grouped(cap / (1024 * 1024)));
        return std::nullopt;
    };
    zip_stat_t stat;
    zip_stat_init(&stat);
    if (zip_stat_index(m_zip, zip_uint64_t(index), 0, &stat) == 0 && (stat.valid & ZIP_STAT_SIZE) &&
        stat.size > zip_uint64_t(cap))
        return tooLarge();
    zip_file_t *file = zip_fopen_index(m_zip, zip_uint64_t(index), 0);
    if (!file) {
        m_error = tr("the part %1 cannot be read (%2)")
                      .arg(name, QString::fromLocal8Bit(zip_strerror(m_zip)));
        return std::nullopt;
    }
    // The size in the directory may lie: read in chunks and stop at the cap.
    QByteArray out;
    char chunk[64 * 1024];
    for (;;) {
        const zip_int64_t n = zip_fread(file, chunk, sizeof chunk);
        if (n < 0) {
            m_error = tr("the part %1 is damaged (%2)")
                          .arg(name, QString::fromLocal8Bit(zip_file_strerror(file)));
            zip_fclose(file);
            return std::nullopt;
        }
        if (n == 0)
            break;
        if (out.size() + n > cap) {
            zip_fclose(file);
            return tooLarge();
        }
        out.append(chunk, qsizetype(n));
    }
    zip_fclose(file);
    m_totalRead += out.size();
    return out;
}

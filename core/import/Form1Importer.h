#pragma once

#include "core/import/OfficeConverter.h"

#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QStringList>

class Database;

// Filled 附件1 forms returned as .docx files (Form1Reader) saved as appeals waiting to be
// screened (待甄别), each with its file kept as the appeal's scan. A .doc or .wps (and an RTF
// or .odt) is converted by LibreOffice first (OfficeConverter), the original kept as the scan.
// The fields are checked as a spreadsheet row is (AppealCsvImporter); all files or none: when
// one form cannot be read or has an error, nothing is saved.
class Form1Importer {
    Q_DECLARE_TR_FUNCTIONS(Form1Importer)

public:
    struct Form {
        QString path;
        QString wording;               // 报名申请表 or 议题表
        QMap<QString, QString> fields; // AppealCsvColumns' keys -> the form's text
        QString number;                // of the saved appeal
    };
    // One file read as a form, or why not.
    struct ReadFile {
        Form form;
        QByteArray original; // the file as it came, kept as the scan
        QString error;       // "FILE: reason"
    };
    struct Result {
        bool ok = false;
        bool writeFailed = false;
        QList<Form> forms;
        QStringList errors; // "FILE: 提交日期: reason"
        QStringList warnings;
    };

    // A form's file is refused above this size: a scan-sized Word file at most.
    static constexpr qint64 maxFileBytes = 50 * 1024 * 1024;

    explicit Form1Importer(Database &db);
    void setDryRun(bool dryRun) { m_dryRun = dryRun; }
    // Called while LibreOffice converts (OfficeConverter::setWaitHook).
    void setWaitHook(OfficeConverter::WaitHook hook) { m_waitHook = std::move(hook); }

    // Each file read as a filled 附件1, unchecked: what the key-in form opens with. The files
    // LibreOffice converts are converted in one run.
    QList<ReadFile> readFiles(const QStringList &paths) const;
    Result importFiles(const QStringList &paths);

private:
    Database &m_db;
    bool m_dryRun = false;
    OfficeConverter::WaitHook m_waitHook;
};

#include "core/import/Form1Importer.h"

#include "core/Database.h"
#include "core/TransactionGuard.h"
#include "core/attachments/AttachmentRepository.h"
#include "core/import/AppealCsvColumns.h"
#include "core/import/AppealCsvImporter.h"
#include "core/import/Form1Reader.h"
#include "core/records/AppealRepository.h"

#include <QFile>
#include <QFileInfo>

using namespace Qt::StringLiterals;

Form1Importer::Form1Importer(Database &db)
    : m_db(db) {}

namespace {
// One form as the two rows of a spreadsheet (header, values), so that the appeal import checks
// and saves it; its messages then name the field without a row.
QList<CsvReader::Record> asRows(const Form1Importer::Form &form) {
    QStringList header;
    QStringList values;
    for (auto it = form.fields.cbegin(); it != form.fields.cend(); ++it) {
        header << AppealCsvColumns::chineseHeader(it.key());
        values << it.value();
    }
    if (!form.fields.contains(u"channel"_s)) {
        header << AppealCsvColumns::chineseHeader(u"channel"_s);
        values << form.wording;
    }
    return {CsvReader::Record{1, 1, header}, CsvReader::Record{0, 0, values}};
}
} // namespace

QList<Form1Importer::ReadFile> Form1Importer::readFiles(const QStringList &paths) const {
    QList<ReadFile> files;
    QList<QByteArray> toConvert;
    QList<qsizetype> converted; // index in files of each of toConvert
    for (const QString &path : paths) {
        ReadFile read;
        read.form.path = path;
        const QString name = QFileInfo(path).fileName();
        QFile file(path);
        if (!QFileInfo(path).isFile() || !file.open(QIODevice::ReadOnly)) {
            read.error =
                name + u": "_s +
                (QFileInfo(path).isFile() ? file.errorString() : tr("there is no such file"));
        } else if (file.size() > maxFileBytes) {
            read.error = name + u": "_s +
                         tr("the file is %1 MB; a filled form is far smaller")
                             .arg(file.size() / (1024 * 1024));
        } else {
            read.original = file.readAll();
            if (OfficeConverter::needsConversion(read.original,
                                                 OfficeConverter::Target::Document)) {
                toConvert << read.original;
                converted << files.size();
            }
        }
        files << read;
    }
    QList<QByteArray> docx;
    for (const ReadFile &read : files)
        docx << read.original;
    if (!toConvert.isEmpty()) {
        OfficeConverter converter(OfficeConverter::Target::Document);
        converter.setWaitHook(m_waitHook);
        const QList<OfficeConverter::Output> outputs = converter.convert(toConvert);
        for (qsizetype i = 0; i < outputs.size(); ++i) {
            ReadFile &read = files[converted.at(i)];
            docx[converted.at(i)] = outputs.at(i).bytes;
            if (!outputs.at(i).error.isEmpty())
                read.error = QFileInfo(read.form.path).fileName() + u": "_s + outputs.at(i).error;
        }
    }
    for (qsizetype i = 0; i < files.size(); ++i) {
        ReadFile &read = files[i];
        if (!read.error.isEmpty())
            continue;
        Form1Reader reader;
        if (!reader.read(docx.at(i))) {
            read.error = QFileInfo(read.form.path).fileName() + u": "_s + reader.error();
            continue;
        }
        read.form.wording = reader.wording();
        read.form.fields = reader.fields();
    }
    return files;
}

Form1Importer::Result Form1Importer::importFiles(const QStringList &paths) {
    Result result;
    QList<QByteArray> contents;
    for (const ReadFile &read : readFiles(paths)) {
        if (!read.error.isEmpty()) {
            result.errors << read.error;
            continue;
        }
        const QString name = QFileInfo(read.form.path).fileName();
        // Checked one by one first: every form's problems are reported, nothing is saved.
        AppealCsvImporter check(m_db);
        check.setDryRun(true);
        const AppealCsvImporter::Result r = check.importRows(asRows(read.form));
        for (const AppealCsvImporter::Message &m : r.errors)
            result.errors << name + u": "_s + m.toString();
        for (const AppealCsvImporter::Message &m : r.warnings)
            result.warnings << name + u": "_s + m.toString();
        result.forms << read.form;
        contents << read.original;
    }
    if (!result.errors.isEmpty() || m_dryRun) {
        result.ok = result.errors.isEmpty();
        return result;
    }
    TransactionGuard tx(m_db.sql());
    auto fail = [&](const QString &text) {
        result.errors << text;
        result.writeFailed = true;
        return result;
    };
    for (qsizetype i = 0; i < result.forms.size(); ++i) {
        Form &form = result.forms[i];
        const QString name = QFileInfo(form.path).fileName();
        AppealCsvImporter importer(m_db);
        const AppealCsvImporter::Result r = importer.importRows(asRows(form));
        if (!r.ok || r.numbers.isEmpty())
            return fail(name + u": "_s + r.errors.value(0).toString());
        form.number = r.numbers.first();
        const auto appeal = AppealRepository(m_db).findByNumber(form.number);
        AttachmentRepository attachments(m_db);
        if (!appeal || attachments.add(appeal->id, name, contents.at(i)) <= 0)
            return fail(name + u": "_s + attachments.errorString());
    }
    if (!tx.commit())
        return fail(tr("cannot commit the import"));
    result.ok = true;
    return result;
}

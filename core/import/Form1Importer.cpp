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

Form1Importer::Result Form1Importer::importFiles(const QStringList &paths) {
    Result result;
    QList<QByteArray> contents;
    for (const QString &path : paths) {
        const QString name = QFileInfo(path).fileName();
        QFile file(path);
        if (!QFileInfo(path).isFile() || !file.open(QIODevice::ReadOnly)) {
            result.errors << name + u": "_s +
                                 (QFileInfo(path).isFile() ? file.errorString()
                                                           : tr("there is no such file"));
            continue;
        }
        if (file.size() > maxFileBytes) {
            result.errors << name + u": "_s +
                                 tr("the file is %1 MB; a filled form is far smaller")
                                     .arg(file.size() / (1024 * 1024));
            continue;
        }
        const QByteArray bytes = file.readAll();
        Form1Reader reader;
        if (!reader.read(bytes)) {
            result.errors << name + u": "_s + reader.error();
            continue;
        }
        Form form{path, reader.wording(), reader.fields(), {}};
        // Checked one by one first: every form's problems are reported, nothing is saved.
        AppealCsvImporter check(m_db);
        check.setDryRun(true);
        const AppealCsvImporter::Result r = check.importRows(asRows(form));
        for (const AppealCsvImporter::Message &m : r.errors)
            result.errors << name + u": "_s + m.toString();
        for (const AppealCsvImporter::Message &m : r.warnings)
            result.warnings << name + u": "_s + m.toString();
        result.forms << form;
        contents << bytes;
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

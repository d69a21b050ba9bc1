#pragma once

#include "core/import/DocxText.h"

#include <QCoreApplication>
#include <QMap>
#include <QString>

// A filled 附件1 read back from its .docx: seed 000's 报名申请表 or seed 004's 议题表, as an
// enterprise returns it — with the extra spaces, line breaks and merged cells people leave
// ("提 交 单 位", "困难\n问题", a value cell merged over three columns, a label above its
// value instead of beside it). The fields come by AppealCsvColumns' keys (number,
// submitting_unit, responsible_person, phone, submit_date, problem, suggestions,
// prior_handling), as the texts the form holds; the import checks them like a spreadsheet row.
class Form1Reader {
    Q_DECLARE_TR_FUNCTIONS(Form1Reader)

public:
    // False and error() when the file is no .docx or its table is not an 附件1.
    bool read(const QByteArray &bytes);
    QMap<QString, QString> fields() const { return m_fields; }
    // "报名申请表" or "议题表": the wording the form was recognised by.
    QString wording() const { return m_wording; }
    QString error() const { return m_error; }

    // The field a label cell names ("提 交 企 业：" -> submitting_unit); null when none.
    static QString fieldForLabel(const QString &label);

private:
    bool readTable(const DocxText::Table &table);

    QMap<QString, QString> m_fields;
    QString m_wording;
    QString m_error;
};

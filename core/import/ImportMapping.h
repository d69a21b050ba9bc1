#pragma once

#include <QCoreApplication>
#include <QMap>
#include <QString>

#include <optional>

// How another system's export names Qinqing's fields: the 12345 hotline's work orders call the
// problem 诉求内容 and the date 来电时间. A mapping has a name (the source: `--mapping 12345`),
// the columns it maps onto appeal fields (AppealCsvColumns' keys), the channel (渠道) its appeals
// get when the file has none, and the column that numbers a work order in the source, by which
// an order repeated in next month's file is recognised and skipped. Stored by
// ImportMappingRepository; 12345 is built in.
class ImportMapping {
    Q_DECLARE_TR_FUNCTIONS(ImportMapping)

public:
    QString name;
    QString channel;
    QString keyColumn;              // 工单编号; empty when the source has no such number
    QMap<QString, QString> columns; // source column -> field

    // The field a column of the file is mapped to; null when it is not mapped.
    QString fieldFor(const QString &header) const;
    bool isKeyColumn(const QString &header) const;

    // The mappings every database knows without storing them.
    static std::optional<ImportMapping> builtIn(const QString &name);
    static QStringList builtInNames();

    // Parses "来电人=responsible_person,承办部门=collecting_department" (the fields by their
    // English key or Chinese header) into `columns`; false and `error` for an unknown field.
    bool addColumns(const QString &spec, QString *error);

    QString toJson() const;
    static QMap<QString, QString> columnsFromJson(const QString &json);

private:
    static QString normalize(const QString &header);
};

#include "core/export/ExportSource.h"

#include <QDate>
#include <QSet>
#include <algorithm>

std::optional<QStringList> ExportSource::groups(QString *error) {
    const int column = layout().columnIndex(layout().groupByKey);
    if (column < 0)
        return QStringList();
    std::unique_ptr<ExportRows> r = rows(error);
    if (!r)
        return std::nullopt;
    QSet<QString> seen;
    while (r->next())
        seen.insert(QString::fromUtf8(r->cell(column)));
    if (!r->error().isEmpty()) {
        if (error)
            *error = r->error();
        return std::nullopt;
    }
    QStringList list(seen.cbegin(), seen.cend());
    std::sort(list.begin(), list.end());
    return list;
}

std::optional<ExportTable> ExportSource::readAll(QString *error) {
    ExportTable table = layout();
    std::unique_ptr<ExportRows> r = rows(error);
    if (!r)
        return std::nullopt;
    const qsizetype visible = table.columns.size();
    const qsizetype all = visible + table.privateColumns.size();
    while (r->next()) {
        QVariantList row;
        row.reserve(all);
        for (qsizetype c = 0; c < all; ++c) {
            const ExportColumn &col =
                c < visible ? table.columns.at(c) : table.privateColumns.at(c - visible);
            row << ExportCell::value(r->cell(int(c)), col.type);
        }
        table.rows << row;
    }
    if (!r->error().isEmpty()) {
        if (error)
            *error = r->error();
        return std::nullopt;
    }
    return table;
}

QDate ExportCell::date(QByteArrayView cell) {
    if (cell.size() != 10 || cell[4] != '-' || cell[7] != '-')
        return {};
    auto number = [&](int from, int length) {
        int n = 0;
        for (int i = from; i < from + length; ++i) {
            if (cell[i] < '0' || cell[i] > '9')
                return -1;
            n = n * 10 + (cell[i] - '0');
        }
        return n;
    };
    return QDate(number(0, 4), number(5, 2), number(8, 2));
}

QVariant ExportCell::value(QByteArrayView cell, ExportColumn::Type type) {
    switch (type) {
    case ExportColumn::Type::Date: {
        const QDate d = date(cell);
        return d.isValid() ? QVariant(d) : QVariant(QString());
    }
    case ExportColumn::Type::Integer: {
        bool ok = false;
        const qlonglong n = cell.toByteArray().toLongLong(&ok);
        return ok ? QVariant(n) : QVariant();
    }
    case ExportColumn::Type::Text:
    case ExportColumn::Type::LongText:
        break;
    }
    return QString::fromUtf8(cell);
}

QByteArray ExportCell::bytes(const QVariant &value) {
    if (value.isNull())
        return {};
    if (value.typeId() == QMetaType::QDate)
        return value.toDate().isValid() ? value.toDate().toString(Qt::ISODate).toLatin1()
                                        : QByteArray();
    return value.toString().toUtf8();
}

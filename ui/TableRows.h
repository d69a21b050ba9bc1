#pragma once

#include <QStringList>
#include <QTableWidget>

// Appends a row of read-only texts to a small table of a detail view.
namespace TableRows {
inline QTableWidgetItem *append(QTableWidget *table, const QStringList &cells) {
    const int row = table->rowCount();
    table->insertRow(row);
    for (int c = 0; c < cells.size(); ++c)
        table->setItem(row, c, new QTableWidgetItem(cells.at(c)));
    return table->item(row, 0);
}
} // namespace TableRows

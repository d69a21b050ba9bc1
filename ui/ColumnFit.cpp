#include "ui/ColumnFit.h"

#include <QHeaderView>
#include <QTableView>

namespace ColumnFit {

void toContents(QTableView *view, int maxCharacters) {
    view->resizeColumnsToContents();
    const int cap = view->fontMetrics().horizontalAdvance(QChar(0x4E2D)) * maxCharacters + 16;
    QHeaderView *header = view->horizontalHeader();
    for (int c = 0; c < header->count(); ++c)
        if (!header->isSectionHidden(c) && header->sectionSize(c) > cap)
            header->resizeSection(c, cap);
}

} // namespace ColumnFit

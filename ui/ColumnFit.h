#pragma once

class QTableView;

// Column widths a clerk can read at a glance: each column as wide as its header and the rows
// loaded, but no wider than `maxCharacters` Chinese characters, so that short columns (status,
// dates, departments) are never cut off while a long text (问题, 事项) does not push them out
// of sight; the long text shows in full in its tooltip or record.
namespace ColumnFit {
void toContents(QTableView *view, int maxCharacters = 22);
} // namespace ColumnFit

#pragma once

#include <functional>

// Called while rows are written: (rows done, rows in all, or -1 when the total is not known
// without counting, which would cost as much as the export). Returning false cancels the
// export; the writer then removes what it wrote and the destination is left as it was.
using ExportProgress = std::function<bool(int done, int total)>;

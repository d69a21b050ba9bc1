#pragma once

#include <functional>

// Called while rows are written: (rows done, rows in all). Returning false cancels the export;
// the writer then removes what it wrote and the destination is left as it was.
using ExportProgress = std::function<bool(int done, int total)>;

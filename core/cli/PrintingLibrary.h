#pragma once

#include <QCoreApplication>
#include <QStringList>

class PrintingVerbs;

// Finds and loads qinqing-cli-printing.so (see PrintingVerbs) once per process: beside the
// executable (the build tree), then in the library folder the package installs it to
// (lib/<arch>/qinqing, relative to bin). On success the library's PDF writer is registered
// with TableExporter, so `export --out FILE.pdf` works once it is loaded.
class PrintingLibrary {
    Q_DECLARE_TR_FUNCTIONS(PrintingLibrary)

public:
    static constexpr const char *fileName = "qinqing-cli-printing.so";

    // nullptr when it cannot be loaded, with *error saying where it was looked for and why.
    // Callable before the application object exists.
    static PrintingVerbs *verbs(QString *error = nullptr);
    // Hands the program's fixed "today" (QINQING_TODAY, Clock) to the library's copy of core.
    static void shareToday(PrintingVerbs &verbs);
    // Where the library is looked for, in order.
    static QStringList candidates();
};

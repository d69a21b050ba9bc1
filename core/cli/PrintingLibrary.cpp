#include "core/cli/PrintingLibrary.h"

#include "core/Clock.h"
#include "core/cli/PrintingVerbs.h"

#include <QDir>
#include <QFileInfo>
#include <QLibrary>

using namespace Qt::StringLiterals;

QStringList PrintingLibrary::candidates() {
    // Before the application object exists QCoreApplication::applicationDirPath() is not
    // there; the kernel knows the executable.
    const QString dir = QFileInfo(u"/proc/self/exe"_s).canonicalPath();
    const QString name = QString::fromLatin1(fileName);
    return {dir + u'/' + name,
            QDir::cleanPath(dir + u'/' + QStringLiteral(QINQING_CLI_LIBRARY_DIR)) + u'/' + name};
}

PrintingVerbs *PrintingLibrary::verbs(QString *error) {
    static bool tried = false;
    static PrintingVerbs *loaded = nullptr;
    static QString failedPath, failure; // a library found that would not load, and why
    if (!tried) {
        tried = true;
        for (const QString &path : candidates()) {
            if (!QFileInfo::exists(path))
                continue;
            QLibrary library(path);
            // The verbs' objects and the QGuiApplication come from it: never unloaded.
            library.setLoadHints(QLibrary::PreventUnloadHint);
            using Entry = PrintingVerbs *(*)();
            const auto entry =
                reinterpret_cast<Entry>(library.resolve(QINQING_PRINTING_VERBS_ENTRY));
            if (!entry) {
                failedPath = path;
                failure = library.errorString();
                break;
            }
            loaded = entry();
            TableExporter::setPdfWriter([verbs = loaded, write = loaded->pdfWriter()](
                                            ExportSource &source, const QString &out,
                                            const ExportProgress &progress, QString *why) {
                shareToday(*verbs);
                return write(source, out, progress, why);
            });
            break;
        }
    }
    // Worded when asked: the first attempt comes before the translations are installed.
    if (error && !loaded)
        *error = !failedPath.isEmpty()
                     ? tr("cannot load the printing library %1: %2").arg(failedPath, failure)
                     : tr("the printing library %1 is missing (looked for %2): printing, "
                          "reports and PDF exports need it; install qinqing again")
                           .arg(QString::fromLatin1(fileName), candidates().join(", "_L1));
    else if (error)
        error->clear();
    return loaded;
}

void PrintingLibrary::shareToday(PrintingVerbs &verbs) {
    verbs.setToday(Clock::isFixed() ? Clock::today() : QDate());
}

#include "app/qinqing-cli/PrintingLibrary.h"

#include "app/qinqing-cli/PrintingVerbs.h"
#include "core/Clock.h"

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
    static PrintingVerbs *loaded = nullptr;
    static QString failure;
    if (!loaded && failure.isEmpty()) {
        const QStringList paths = candidates();
        for (const QString &path : paths) {
            if (!QFileInfo::exists(path))
                continue;
            QLibrary library(path);
            // The verbs' objects and the QGuiApplication come from it: never unloaded.
            library.setLoadHints(QLibrary::PreventUnloadHint);
            using Entry = PrintingVerbs *(*)();
            const auto entry =
                reinterpret_cast<Entry>(library.resolve(QINQING_PRINTING_VERBS_ENTRY));
            if (!entry) {
                failure =
                    tr("cannot load the printing library %1: %2").arg(path, library.errorString());
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
        if (!loaded && failure.isEmpty())
            failure = tr("the printing library %1 is missing (looked for %2): printing, reports "
                         "and PDF exports need it; install qinqing again")
                          .arg(QString::fromLatin1(fileName), paths.join(", "_L1));
    }
    if (error)
        *error = failure;
    return loaded;
}

void PrintingLibrary::shareToday(PrintingVerbs &verbs) {
    verbs.setToday(Clock::isFixed() ? Clock::today() : QDate());
}

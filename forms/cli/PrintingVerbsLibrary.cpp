// The printing library of qinqing-cli (qinqing-cli-printing.so): the verbs that paint and what
// they need around them, behind PrintingVerbs. Only qinqing_printing_verbs() is exported.

#include "core/Clock.h"
#include "core/cli/PrintingVerbs.h"
#include "forms/cli/PrintCommand.h"
#include "forms/cli/ReportCommand.h"
#include "forms/report/ExportTablePdf.h"

#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <unistd.h>

namespace {

class Verbs : public PrintingVerbs {
public:
    // Printing needs fonts and a paint device, hence a GUI application, but the CLI must run
    // on a server with no display: fall back to the offscreen platform.
    std::unique_ptr<QCoreApplication> createApplication(int &argc, char **argv) override {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        // Cron jobs and ssh sessions have no XDG_RUNTIME_DIR; Qt then warns on stderr, which
        // scripts read for our messages. Use the private folder Qt would fall back to anyway.
        if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR")) {
            const QString dir = QDir::tempPath() + QStringLiteral("/runtime-%1").arg(getuid());
            if (QDir().mkpath(dir)) {
                QFile::setPermissions(dir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
                qputenv("XDG_RUNTIME_DIR", QFile::encodeName(dir));
            }
        }
        return std::make_unique<QGuiApplication>(argc, argv);
    }

    std::vector<std::unique_ptr<CliCommand>> commands() override {
        std::vector<std::unique_ptr<CliCommand>> verbs;
        verbs.push_back(std::make_unique<PrintCommand>());
        verbs.push_back(std::make_unique<ReportCommand>());
        return verbs;
    }

    TableExporter::PdfWriter pdfWriter() override { return &ExportTablePdf::write; }

    void setToday(const QDate &day) override { Clock::setToday(day); }
};

} // namespace

extern "C" Q_DECL_EXPORT PrintingVerbs *qinqing_printing_verbs() {
    static Verbs verbs;
    return &verbs;
}

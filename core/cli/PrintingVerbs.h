#pragma once

#include "core/export/TableExporter.h"

#include <QDate>
#include <memory>
#include <vector>

class CliCommand;
class QCoreApplication;

// What the printing library of qinqing-cli (qinqing-cli-printing.so) offers the program.
//
// The verbs that paint — print, report, export to .pdf — need Qt Gui, Widgets and PrintSupport
// with fonts, X and OpenGL libraries behind them. Linked into qinqing-cli, the dynamic linker
// loaded and bound all of them for every command: a `list` took 20 ms of CPU, of which about
// 7 ms were those libraries (tests/benchmark/README.md). They are in a library of their own,
// loaded by PrintingLibrary only when such a verb runs or its help is read.
//
// The library is built from the same sources in the same build as the program and installed
// with it, so the interface has no versions. It carries its own copy of core (static), which
// does not share core's global state with the program's copy: what matters of it — the fixed
// "today" of QINQING_TODAY — is handed over through setToday() before a verb runs.
class PrintingVerbs {
public:
    virtual ~PrintingVerbs() = default;

    // A QGuiApplication (the offscreen platform unless QT_QPA_PLATFORM names one): fonts and a
    // paint device on a server with no display. Called before any application object exists.
    virtual std::unique_ptr<QCoreApplication> createApplication(int &argc, char **argv) = 0;
    // The verbs print and report.
    virtual std::vector<std::unique_ptr<CliCommand>> commands() = 0;
    // Writes an export as .pdf (ExportTablePdf), for TableExporter::setPdfWriter.
    virtual TableExporter::PdfWriter pdfWriter() = 0;
    // Clock::setToday() in the library's copy of core; an invalid date: the system's.
    virtual void setToday(const QDate &day) = 0;
};

// The library's one exported function: extern "C" PrintingVerbs *qinqing_printing_verbs();
// the object lives as long as the process.
#define QINQING_PRINTING_VERBS_ENTRY "qinqing_printing_verbs"

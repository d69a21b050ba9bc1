#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QStringList>

#include <functional>

// Files the import cannot read itself — Excel 97-2003 .xls (and WPS's .et), Word 97-2003 .doc
// (and WPS's .wps, a Word 97 file by default), RTF or web pages saved as .doc/.xls, OpenDocument
// .ods/.odt — converted to .xlsx/.docx by LibreOffice (`soffice --headless --convert-to`), then
// read like any workbook or Word form.
//
// The kind of file is told by its content, and LibreOffice is told which import filter to use:
// left to guess, it opens a damaged .xls as plain text and "converts" it into a sheet of noise.
// The original file is never handed to LibreOffice (it would leave a lock file beside it): a
// copy in a temporary folder is, with a throwaway user profile of its own, so that a clerk's
// open LibreOffice window does not take the call over and nothing of theirs is changed. A
// conversion that does not finish in time is killed with every process it started.
//
// The program is $QINQING_SOFFICE when set (LibreOffice installed under /opt), else soffice or
// libreoffice on PATH; without it the message names the Debian package to install.
class OfficeConverter {
    Q_DECLARE_TR_FUNCTIONS(OfficeConverter)

public:
    enum class Target { Workbook, Document }; // converted to .xlsx, to .docx

    struct Output {
        QByteArray bytes; // the .xlsx or .docx, or empty
        QString error;    // why not, naming neither the file nor the program's path
    };

    // Called about ten times a second while LibreOffice works; false cancels the conversion
    // (the GUI keeps its window painted and offers a cancel button).
    using WaitHook = std::function<bool()>;

    static constexpr int defaultTimeoutMs = 120'000; // a first start takes 2-5 s
    static constexpr qint64 maxOutputBytes = 256 * 1024 * 1024;

    explicit OfficeConverter(Target target)
        : m_target(target) {}

    // The LibreOffice import filter for `bytes` when the program cannot read them itself as a
    // `target` (empty for an .xlsx/.docx, and for CSV text, which the import reads).
    static QString importFilter(const QByteArray &bytes, Target target);
    static bool needsConversion(const QByteArray &bytes, Target target) {
        return !importFilter(bytes, target).isEmpty();
    }
    // soffice as found now ($QINQING_SOFFICE, PATH); empty when LibreOffice is not installed.
    static QString program();
    // The Debian package whose LibreOffice part converts `target` files.
    static QString package(Target target);

    void setTimeout(int ms) { m_timeoutMs = ms; }
    void setWaitHook(WaitHook hook) { m_waitHook = std::move(hook); }

    // Each file's `contents` converted (those that need no conversion come back as they are),
    // in one run of LibreOffice per import filter: twenty .doc forms take one start, not twenty.
    QList<Output> convert(const QList<QByteArray> &contents);
    Output convert(const QByteArray &contents) {
        return convert(QList<QByteArray>{contents}).first();
    }

    // What a file is, by its import filter ("an Excel 97-2003 workbook (.xls)").
    static QString describe(const QString &filter);

private:
    QString run(const QString &program, const QString &filter, const QString &home,
                const QString &outDir, const QStringList &inputs);

    Target m_target;
    int m_timeoutMs = defaultTimeoutMs;
    WaitHook m_waitHook;
};

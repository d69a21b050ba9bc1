#include "core/import/OfficeConverter.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QMap>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QUrl>

#ifdef Q_OS_UNIX
#include <csignal>
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;

namespace {
const QByteArray oleMagic("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8);

// An OpenDocument file starts with its stored "mimetype" entry (the zip's first file).
QByteArray openDocumentType(const QByteArray &bytes) {
    if (!bytes.startsWith("PK\x03\x04") || bytes.mid(30, 8) != "mimetype")
        return {};
    return bytes.mid(38, 50);
}

// The start of a text file, lower case, without BOM and leading white space: how a web page or
// an XML workbook saved under an Excel or Word name is told from a CSV text.
QByteArray textStart(const QByteArray &bytes) {
    QByteArray head = bytes.left(4096);
    if (head.startsWith("\xEF\xBB\xBF"))
        head.remove(0, 3);
    return head.trimmed().toLower();
}

// The file name LibreOffice is given for a filter's input (it goes by the filter named, but
// shows the name in what it prints).
QString inputSuffix(const QString &filter) {
    static const QMap<QString, QString> suffixes{
        {u"MS Excel 97"_s, u"xls"_s},      {u"MS Excel 2003 XML"_s, u"xml"_s},
        {u"HTML (StarCalc)"_s, u"html"_s}, {u"calc8"_s, u"ods"_s},
        {u"MS Word 97"_s, u"doc"_s},       {u"MS Word 2003 XML"_s, u"xml"_s},
        {u"Rich Text Format"_s, u"rtf"_s}, {u"HTML (StarWriter)"_s, u"html"_s},
        {u"writer8"_s, u"odt"_s}};
    return suffixes.value(filter, u"bin"_s);
}

// Stops LibreOffice with what it started: soffice is a script that starts oosplash, which
// starts soffice.bin; killing the first alone would leave the others converting.
void stop(QProcess &process) {
#ifdef Q_OS_UNIX
    if (const qint64 pid = process.processId(); pid > 0)
        ::kill(-static_cast<pid_t>(pid), SIGKILL);
#endif
    process.kill();
    process.waitForFinished(5000);
}
} // namespace

QString OfficeConverter::importFilter(const QByteArray &bytes, Target target) {
    const bool workbook = target == Target::Workbook;
    if (bytes.startsWith(oleMagic))
        return workbook ? u"MS Excel 97"_s : u"MS Word 97"_s;
    if (bytes.startsWith("PK\x03\x04")) {
        const QByteArray type = openDocumentType(bytes);
        if (workbook && type.startsWith("application/vnd.oasis.opendocument.spreadsheet"))
            return u"calc8"_s;
        if (!workbook && type.startsWith("application/vnd.oasis.opendocument.text"))
            return u"writer8"_s;
        return {};
    }
    const QByteArray head = textStart(bytes);
    if (!workbook && head.startsWith("{\\rtf"))
        return u"Rich Text Format"_s;
    if (!head.startsWith('<'))
        return {}; // CSV text, or what the readers refuse themselves
    if (head.contains("urn:schemas-microsoft-com:office:spreadsheet"))
        return workbook ? u"MS Excel 2003 XML"_s : QString();
    if (head.contains("urn:schemas-microsoft-com:office:word") && !head.contains("<html"))
        return workbook ? QString() : u"MS Word 2003 XML"_s;
    if (head.contains("<html") || head.contains("<!doctype html") || head.contains("<table"))
        return workbook ? u"HTML (StarCalc)"_s : u"HTML (StarWriter)"_s;
    return {};
}

QString OfficeConverter::program() {
    const QString configured = qEnvironmentVariable("QINQING_SOFFICE");
    if (!configured.isEmpty())
        return QFileInfo(configured).isExecutable() ? configured : QString();
    for (const QString &name : {u"soffice"_s, u"libreoffice"_s})
        if (const QString found = QStandardPaths::findExecutable(name); !found.isEmpty())
            return found;
    return {};
}

QString OfficeConverter::package(Target target) {
    return target == Target::Workbook ? u"libreoffice-calc-nogui"_s : u"libreoffice-writer-nogui"_s;
}

QString OfficeConverter::describe(const QString &filter) {
    if (filter == "MS Excel 97"_L1)
        return tr("an Excel 97-2003 workbook (.xls)");
    if (filter == "MS Excel 2003 XML"_L1)
        return tr("an Excel 2003 XML workbook");
    if (filter == "HTML (StarCalc)"_L1)
        return tr("a web page saved as a workbook");
    if (filter == "calc8"_L1)
        return tr("an OpenDocument spreadsheet (.ods)");
    if (filter == "MS Word 97"_L1)
        return tr("a Word 97-2003 document (.doc, or WPS's .wps)");
    if (filter == "MS Word 2003 XML"_L1)
        return tr("a Word 2003 XML document");
    if (filter == "Rich Text Format"_L1)
        return tr("an RTF document");
    if (filter == "HTML (StarWriter)"_L1)
        return tr("a web page saved as a Word document");
    if (filter == "writer8"_L1)
        return tr("an OpenDocument text (.odt)");
    return filter;
}

QList<OfficeConverter::Output> OfficeConverter::convert(const QList<QByteArray> &contents) {
    QList<Output> outputs(contents.size());
    QMap<QString, QList<qsizetype>> byFilter;
    for (qsizetype i = 0; i < contents.size(); ++i) {
        const QString filter = importFilter(contents.at(i), m_target);
        if (filter.isEmpty())
            outputs[i].bytes = contents.at(i);
        else
            byFilter[filter] << i;
    }
    if (byFilter.isEmpty())
        return outputs;
    const bool workbook = m_target == Target::Workbook;
    const QString soffice = program();
    QTemporaryDir dir;
    for (auto group = byFilter.cbegin(); group != byFilter.cend(); ++group) {
        QString failure;
        if (soffice.isEmpty()) {
            failure = tr("it is %1, which is read through LibreOffice, and LibreOffice is not "
                         "installed: install the package %2 (sudo apt install %2), or save the "
                         "file as %3 in %4 and import that")
                          .arg(describe(group.key()), package(m_target),
                               workbook ? u".xlsx"_s : u".docx"_s,
                               workbook ? tr("Excel or WPS") : tr("Word or WPS"));
        } else if (!dir.isValid()) {
            failure = tr("no temporary folder to convert it in: %1").arg(dir.errorString());
        }
        const QString in = dir.filePath(u"in-"_s + inputSuffix(group.key()));
        const QString out = dir.filePath(u"out"_s);
        QStringList inputs;
        for (qsizetype i : group.value()) {
            if (!failure.isEmpty())
                break;
            QDir().mkpath(in);
            QFile copy(in + u"/%1."_s.arg(i + 1) + inputSuffix(group.key()));
            if (!copy.open(QIODevice::WriteOnly) ||
                copy.write(contents.at(i)) != contents.at(i).size())
                failure = tr("cannot copy it for LibreOffice: %1").arg(copy.errorString());
            inputs << copy.fileName();
        }
        if (failure.isEmpty())
            failure = run(soffice, group.key(), dir.path(), out, inputs);
        for (qsizetype i : group.value()) {
            QFile converted(out + u"/%1."_s.arg(i + 1) + (workbook ? u"xlsx"_s : u"docx"_s));
            if (!failure.isEmpty())
                outputs[i].error = failure;
            else if (!converted.open(QIODevice::ReadOnly))
                outputs[i].error = tr("LibreOffice could not read it as %1: the file is damaged, "
                                      "or it is another kind of file")
                                       .arg(describe(group.key()));
            else if (converted.size() > maxOutputBytes)
                outputs[i].error = tr("converted by LibreOffice it is %1 MB, too large to import")
                                       .arg(converted.size() / (1024 * 1024));
            else
                outputs[i].bytes = converted.readAll();
        }
    }
    return outputs;
}

// One run of LibreOffice over `inputs` (files of one import filter) into `outDir`; the reason
// it failed, or empty. LibreOffice exits 0 also when it could not load a file: the caller
// looks for each output.
QString OfficeConverter::run(const QString &program, const QString &filter, const QString &home,
                             const QString &outDir, const QStringList &inputs) {
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    // A service account, or root from a script, may have no home LibreOffice can write to.
    if (!QFileInfo(env.value(u"HOME"_s)).isWritable())
        env.insert(u"HOME"_s, home);
    process.setProcessEnvironment(env);
#ifdef Q_OS_UNIX
    // A process group of its own, so that a timeout stops all of it (stop()), and no terminal.
    process.setChildProcessModifier([] { ::setsid(); });
#endif
    const QString profile = QUrl::fromLocalFile(home + u"/profile"_s).toString();
    process.start(program,
                  QStringList{u"-env:UserInstallation="_s + profile, u"--headless"_s,
                              u"--invisible"_s, u"--nologo"_s, u"--nodefault"_s, u"--norestore"_s,
                              u"--nolockcheck"_s, u"--infilter="_s + filter, u"--convert-to"_s,
                              m_target == Target::Workbook ? u"xlsx:Calc MS Excel 2007 XML"_s
                                                           : u"docx:MS Word 2007 XML"_s,
                              u"--outdir"_s, outDir} +
                      inputs);
    if (!process.waitForStarted(30000)) {
        stop(process);
        return tr("LibreOffice (%1) did not start: %2").arg(program, process.errorString());
    }
    process.closeWriteChannel();
    // A first start with a fresh profile takes seconds; each further file far less.
    const qint64 limit = m_timeoutMs + 10'000LL * (inputs.size() - 1);
    QElapsedTimer clock;
    clock.start();
    while (!process.waitForFinished(100) && process.state() != QProcess::NotRunning) {
        const bool cancelled = m_waitHook && !m_waitHook();
        if (cancelled || clock.elapsed() > limit) {
            stop(process);
            return cancelled ? tr("the conversion was cancelled")
                             : tr("LibreOffice did not convert it within %1 s and was stopped")
                                   .arg(limit / 1000);
        }
    }
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        const QStringList lines =
            QString::fromLocal8Bit(process.readAll()).split(u'\n', Qt::SkipEmptyParts);
        return tr("LibreOffice stopped with exit code %1: %2")
            .arg(process.exitCode())
            .arg(lines.isEmpty() ? process.errorString() : lines.last().trimmed());
    }
    return {};
}

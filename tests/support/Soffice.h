#pragma once

// LibreOffice as the tests use it to see a file as an office program does: converting an .odt
// to PDF (tst_odt), a CSV to .xlsx (tst_xlsximport), a workbook to .xls and a form to .doc (the
// files offices are sent, which the import converts back through OfficeConverter).

#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QUrl>
#include <QtDebug>

namespace Soffice {

// `file` converted to `format` (pdf, xlsx, docx) into `outDir` by `soffice`, or empty (with a
// warning saying why); `options` go before --convert-to (e.g. --infilter=...). A profile of its
// own in a fresh directory: on a new machine, as root, with no HOME, and beside a LibreOffice
// the user has open (which would take over the conversion otherwise). Its first start there
// takes 2-5 s; a hung one is killed rather than left to ctest.
inline QString convert(const QString &soffice, const QString &file, const QString &format,
                       const QString &outDir, const QStringList &options = {}) {
    QTemporaryDir profile;
    if (!profile.isValid())
        return {};
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), profile.path());
    p.setProcessEnvironment(env);
    p.start(
        soffice,
        QStringList{QStringLiteral("-env:UserInstallation=") +
                        QUrl::fromLocalFile(profile.filePath(QStringLiteral("user"))).toString(),
                    QStringLiteral("--headless"), QStringLiteral("--norestore"),
                    QStringLiteral("--nolockcheck")} +
            options +
            QStringList{QStringLiteral("--convert-to"), format, QStringLiteral("--outdir"), outDir,
                        file});
    constexpr int timeoutMs = 120000;
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished(5000);
        qWarning("soffice did not convert %s within %d s: %s", qPrintable(file), timeoutMs / 1000,
                 p.readAll().constData());
        return {};
    }
    const QString out = outDir + QLatin1Char('/') + QFileInfo(file).completeBaseName() +
                        QLatin1Char('.') + format.section(QLatin1Char(':'), 0, 0);
    if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0 || !QFile::exists(out)) {
        qWarning("soffice failed to convert %s (exit code %d): %s", qPrintable(file), p.exitCode(),
                 p.readAll().constData());
        return {};
    }
    return out;
}

} // namespace Soffice

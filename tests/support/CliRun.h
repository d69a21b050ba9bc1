#pragma once

// Runs qinqing-cli (the path CTest passes in QINQING_CLI) on a database, as a clerk's script
// would, and reads back what a printed PDF or ODT says.

#include <QHash>
#include <QProcess>
#include <QString>
#include <QStringList>

#include <unistd.h>

namespace CliRun {

struct Result {
    int exitCode = -1;
    QString out;
    QString err;
};

// `environment`: variables set for this run only (a null value removes one), e.g.
// QINQING_TODAY to fix the program's "today".
inline Result run(const QString &dbPath, const QStringList &args,
                  const QHash<QString, QString> &environment = {}) {
    QProcess p;
    if (!environment.isEmpty()) {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (auto it = environment.begin(); it != environment.end(); ++it) {
            if (it.value().isNull())
                env.remove(it.key());
            else
                env.insert(it.key(), it.value());
        }
        p.setProcessEnvironment(env);
    }
    p.start(qEnvironmentVariable("QINQING_CLI"),
            QStringList{QStringLiteral("--db"), dbPath} + args);
    if (!p.waitForFinished(120000))
        return {};
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

// Starts qinqing-cli with `args` as a user whom file permissions bind: root may write
// read-only files and folders, so under root it runs as nobody (65534). `p` may carry an
// environment already.
inline void startAsOrdinaryUser(QProcess &p, const QStringList &args) {
    if (::geteuid() == 0)
        p.start(QStringLiteral("setpriv"),
                QStringList{QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"),
                            QStringLiteral("--clear-groups"), qEnvironmentVariable("QINQING_CLI")} +
                    args);
    else
        p.start(qEnvironmentVariable("QINQING_CLI"), args);
}

// The standard output of `program`, without line breaks and spaces: table cells and narrow
// columns wrap text over lines, so comparisons ignore where the lines break.
inline QString flatOutput(const QString &program, const QStringList &args) {
    QProcess p;
    p.start(program, args);
    p.waitForFinished(60000);
    return QString::fromUtf8(p.readAllStandardOutput())
        .remove(QLatin1Char('\n'))
        .remove(QLatin1Char(' '));
}

inline QString pdfText(const QString &pdf) {
    return flatOutput(QStringLiteral("pdftotext"),
                      {QStringLiteral("-raw"), pdf, QStringLiteral("-")});
}

} // namespace CliRun

#pragma once

#include <QDate>
#include <QString>

// The program's version and the git commit it was built from. Each executable's main() fills
// it from the header generated at build time (installer/BuildInfo.cmake), so that a new commit
// rebuilds two main.cpp files, not the libraries and every test. Read by --version, the About
// box and the man pages.
struct AppVersion {
    QString version;    // "0.1.0", the project's version in CMakeLists.txt
    QString commit;     // "1a2b3c4d5e", with "-modified" for uncommitted changes; empty: unknown
    QDate commitDate;   // the commit's date (UTC); invalid when unknown
    QString debVersion; // the .deb's version, e.g. "0.1.0~git20261215.183012.1a2b3c4d5e"

    // "0.1.0 (1a2b3c4d5e, 2026-12-15)", or "0.1.0 (commit unknown)" for a build without git.
    QString text() const;

    static const AppVersion &current();
    static void setCurrent(const AppVersion &version);
};

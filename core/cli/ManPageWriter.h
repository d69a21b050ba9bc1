#pragma once

#include <QString>

struct AppVersion;

// Writes a man page (roff, man macros) from plain help text. Text follows the convention of
// CliCommand::description(): paragraphs separated by blank lines, lines starting with two
// spaces kept as they are (option lists, examples).
class ManPageWriter {
public:
    ManPageWriter(const QString &program, const AppVersion &version);

    void section(const QString &title);    // .SH
    void subsection(const QString &title); // .SS
    void text(const QString &text);        // paragraphs and indented blocks
    void line(const QString &text);        // one line as it is (the NAME line)
    void preformatted(const QString &text);

    QString result() const { return m_out; }

    // One line made safe for roff: backslashes, option hyphens, a leading dot or quote.
    static QString escape(const QString &line);

private:
    QString m_out;
};

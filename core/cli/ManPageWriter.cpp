#include "core/cli/ManPageWriter.h"

#include "core/AppVersion.h"

#include <QStringList>

using namespace Qt::StringLiterals;

ManPageWriter::ManPageWriter(const QString &program, const AppVersion &version) {
    // The commit's date, not today's: the page built twice from one commit is the same file.
    const QString date =
        version.commitDate.isValid() ? version.commitDate.toString(Qt::ISODate) : QString();
    m_out = u".TH \"%1\" 1 \"%2\" \"Qinqing %3\" \"Qinqing\"\n"_s.arg(program.toUpper(), date,
                                                                      version.version);
}

QString ManPageWriter::escape(const QString &line) {
    QString s = line;
    s.replace(u'\\', u"\\e"_s);
    s.replace(u'-', u"\\-"_s); // a plain '-' may print as a hyphen that cannot be copied
    if (s.startsWith(u'.') || s.startsWith(u'\''))
        s.prepend(u"\\&"_s);
    return s;
}

void ManPageWriter::section(const QString &title) {
    m_out += u".SH \""_s + escape(title) + u"\"\n"_s;
}

void ManPageWriter::subsection(const QString &title) {
    m_out += u".SS \""_s + escape(title) + u"\"\n"_s;
}

void ManPageWriter::line(const QString &text) {
    m_out += escape(text) + u'\n';
}

void ManPageWriter::preformatted(const QString &text) {
    m_out += u".PP\n.RS 4\n.nf\n"_s;
    for (const QString &line : text.split(u'\n'))
        m_out += escape(line) + u'\n';
    m_out += u".fi\n.RE\n"_s;
}

void ManPageWriter::text(const QString &text) {
    const QStringList lines = text.trimmed().split(u'\n');
    QStringList block;
    bool indented = false;
    auto flush = [&] {
        if (block.isEmpty())
            return;
        if (indented) {
            preformatted(block.join(u'\n'));
        } else {
            m_out += u".PP\n"_s;
            for (const QString &line : std::as_const(block))
                m_out += escape(line.trimmed()) + u'\n';
        }
        block.clear();
    };
    for (const QString &line : lines) {
        if (line.trimmed().isEmpty()) {
            flush();
            continue;
        }
        const bool isIndented = line.startsWith(u"  "_s);
        if (isIndented != indented)
            flush();
        indented = isIndented;
        block << (isIndented ? line.mid(2) : line);
    }
    flush();
}

#pragma once

#include <QIODevice>
#include <QStringDecoder>

class QTextStream;

// Stands between the verbs and stdout/stderr so that stored text cannot drive the terminal:
// an appeal imported by an older version, or typed with a paste, may hold escape sequences
// that clear the screen, rewrite the window title, hide the lines around them or (on some
// terminals) answer back with keystrokes. Control characters are shown as the visible symbols
// Unicode keeps for them (ESC as ␛); tab and line feed, which the output's own layout uses,
// pass. Scripts read the same text: JSON output escapes control characters itself.
class TerminalSafeDevice : public QIODevice {
public:
    explicit TerminalSafeDevice(QTextStream &target);

    // `text` with every control character replaced by its visible symbol.
    static QString makeSafe(const QString &text);

protected:
    qint64 writeData(const char *data, qint64 length) override;
    qint64 readData(char *, qint64) override { return -1; }

private:
    QTextStream &m_target;
    QStringDecoder m_decoder{QStringDecoder::Utf8};
};

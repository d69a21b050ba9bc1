#include "core/cli/TerminalSafeDevice.h"

#include <QTextStream>

TerminalSafeDevice::TerminalSafeDevice(QTextStream &target)
    : m_target(target) {
    open(QIODevice::WriteOnly);
}

QString TerminalSafeDevice::makeSafe(const QString &text) {
    QString out = text;
    for (QChar &c : out) {
        const char16_t u = c.unicode();
        if (u == u'\t' || u == u'\n')
            continue;
        if (u < 0x20)
            c = QChar(char16_t(0x2400 + u)); // ␀ … ␟ (CONTROL PICTURES)
        else if (u == 0x7F)
            c = QChar(char16_t(0x2421)); // ␡
        else if ((u >= 0x80 && u <= 0x9F) || (u >= 0x202A && u <= 0x202E) ||
                 (u >= 0x2066 && u <= 0x2069))
            c = QChar(QChar::ReplacementCharacter); // C1 controls (CSI …) and bidi overrides
    }
    return out;
}

qint64 TerminalSafeDevice::writeData(const char *data, qint64 length) {
    m_target << makeSafe(m_decoder(QByteArrayView(data, length)));
    m_target.flush();
    return length;
}

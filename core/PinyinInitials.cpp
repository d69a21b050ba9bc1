#include "core/PinyinInitials.h"

#include <QStringEncoder>

#include <array>
#include <utility>

namespace {
// The first GB2312 code of each initial's block (there are no words starting with I, U, V).
constexpr std::array<std::pair<quint16, char>, 23> blocks{{
    {0xB0A1, 'A'}, {0xB0C5, 'B'}, {0xB2C1, 'C'}, {0xB4EE, 'D'}, {0xB6EA, 'E'}, {0xB7A2, 'F'},
    {0xB8C1, 'G'}, {0xB9FE, 'H'}, {0xBBF7, 'J'}, {0xBFA6, 'K'}, {0xC0AC, 'L'}, {0xC2E8, 'M'},
    {0xC4C3, 'N'}, {0xC5B6, 'O'}, {0xC5BE, 'P'}, {0xC6DA, 'Q'}, {0xC8BB, 'R'}, {0xC8F6, 'S'},
    {0xCBFA, 'T'}, {0xCDDA, 'W'}, {0xCEF4, 'X'}, {0xD1B9, 'Y'}, {0xD4D1, 'Z'},
}};
constexpr quint16 level1End = 0xD7F9;

char initialOf(quint16 code) {
    if (code < blocks.front().first || code > level1End)
        return 0;
    char letter = 0;
    for (const auto &[start, initial] : blocks) {
        if (code < start)
            break;
        letter = initial;
    }
    return letter;
}
} // namespace

bool PinyinInitials::isAvailable() {
    return QStringEncoder("GB18030").isValid();
}

QString PinyinInitials::of(const QString &text) {
    QStringEncoder encoder("GB18030");
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        if (c.unicode() < 0x80) {
            if (c.isLetterOrNumber())
                out += c.toUpper();
            continue;
        }
        if (!encoder.isValid())
            continue;
        const QByteArray bytes = encoder.encode(QStringView(&c, 1));
        if (bytes.size() != 2)
            continue;
        const quint16 code = quint16((quint8(bytes.at(0)) << 8) | quint8(bytes.at(1)));
        if (const char initial = initialOf(code))
            out += QLatin1Char(initial);
    }
    return out;
}

bool PinyinInitials::matches(const QString &name, const QString &typed) {
    if (typed.isEmpty())
        return false;
    for (const QChar c : typed)
        if (c.unicode() >= 0x80 || !c.isLetterOrNumber())
            return false; // only plain letters are an initials query
    return of(name).contains(typed.toUpper());
}

#include "core/import/CellTextCheck.h"

using namespace Qt::StringLiterals;

bool CellTextCheck::isControl(char32_t c) {
    if (c == u'\t' || c == u'\n')
        return false;
    return c < 0x20 || (c >= 0x7F && c <= 0x9F) || (c >= 0x202A && c <= 0x202E) ||
           (c >= 0x2066 && c <= 0x2069) || c == 0xFFFE || c == 0xFFFF;
}

std::optional<CellTextCheck::Finding> CellTextCheck::firstControl(const QString &text) {
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text.at(i).unicode();
        // Every code this check refuses is a single UTF-16 unit; surrogates were checked when
        // the file was decoded.
        if (isControl(c))
            return Finding{i, c};
    }
    return std::nullopt;
}

QString CellTextCheck::describe(char32_t c) {
    static const char *const c0[] = {"NUL", "SOH", "STX", "ETX", "EOT", "ENQ", "ACK", "BEL",
                                     "BS",  "TAB", "LF",  "VT",  "FF",  "CR",  "SO",  "SI",
                                     "DLE", "DC1", "DC2", "DC3", "DC4", "NAK", "SYN", "ETB",
                                     "CAN", "EM",  "SUB", "ESC", "FS",  "GS",  "RS",  "US"};
    QString name;
    if (c < 0x20)
        name = QString::fromLatin1(c0[c]);
    else if (c == 0x7F)
        name = u"DEL"_s;
    else if (c == 0x9B)
        name = u"CSI"_s;
    else if (c >= 0x80 && c <= 0x9F)
        name = u"C1 control"_s;
    else if (c >= 0x202A && c <= 0x202E)
        name = u"bidirectional override"_s;
    else if (c >= 0x2066 && c <= 0x2069)
        name = u"bidirectional isolate"_s;
    else
        name = u"noncharacter"_s;
    const QString code = QString::number(uint(c), 16).toUpper().rightJustified(4, u'0');
    return u"U+%1 (%2)"_s.arg(code, name);
}

QString CellTextCheck::message(const Finding &finding) {
    return tr("holds the control character %1 at character %2; control characters are not "
              "text (terminal escape codes, a damaged file or a copy from another program): "
              "delete them in the spreadsheet and import again")
        .arg(describe(finding.character))
        .arg(finding.position + 1);
}

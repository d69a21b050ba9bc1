#include "forms/FormFonts.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFontDatabase>
#include <QHash>
#include <QSet>
#include <QStringList>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

// The official families, as Windows, WPS and the offices' font packs name them.
QStringList preferred(FormFonts::Role role) {
    switch (role) {
    case FormFonts::Role::Title:
        return {u"方正小标宋简体"_s, u"FZXiaoBiaoSong-B05S"_s, u"方正小标宋_GBK"_s, u"小标宋"_s};
    case FormFonts::Role::Heading:
        return {u"SimHei"_s, u"黑体"_s};
    case FormFonts::Role::SubHeading:
        return {u"KaiTi_GB2312"_s, u"楷体_GB2312"_s, u"KaiTi"_s, u"楷体"_s};
    case FormFonts::Role::PageNumber:
        return {u"SimSun"_s, u"宋体"_s};
    case FormFonts::Role::Label:
    case FormFonts::Role::Body:
        break;
    }
    return {u"FangSong_GB2312"_s, u"仿宋_GB2312"_s, u"FangSong"_s, u"仿宋"_s};
}

// The Fandol file standing in for each role. FandolSong-Regular is left out on purpose: its
// Bold face declares the same (regular) weight, so with both loaded Qt would pick either one
// for a title; with the Bold alone, "FandolSong" is the 小标宋 stand-in. Page numbers are
// digits and dashes, for which the 仿宋 face serves.
QString fandolFile(FormFonts::Role role) {
    switch (role) {
    case FormFonts::Role::Title:
        return u"FandolSong-Bold.otf"_s;
    case FormFonts::Role::Heading:
        return u"FandolHei-Regular.otf"_s;
    case FormFonts::Role::SubHeading:
        return u"FandolKai-Regular.otf"_s;
    case FormFonts::Role::PageNumber:
    case FormFonts::Role::Label:
    case FormFonts::Role::Body:
        break;
    }
    return u"FandolFang-Regular.otf"_s;
}

// Installed Simplified Chinese families, in the order that extracts correctly from PDFs
// (WenQuanYi maps every glyph back to its code point; Noto CJK's radicals do not).
QStringList fallbacks(FormFonts::Role role) {
    if (role == FormFonts::Role::Heading)
        return {u"WenQuanYi Micro Hei"_s, u"Noto Sans CJK SC"_s};
    if (role == FormFonts::Role::Title || role == FormFonts::Role::PageNumber)
        return {u"SimSun"_s, u"宋体"_s, u"WenQuanYi Micro Hei"_s, u"Noto Serif CJK SC"_s,
                u"Noto Sans CJK SC"_s};
    return {u"WenQuanYi Micro Hei"_s, u"Noto Serif CJK SC"_s, u"Noto Sans CJK SC"_s};
}

quint16 be16(const QByteArray &d, qsizetype at) {
    return quint16((uchar(d.at(at)) << 8) | uchar(d.at(at + 1)));
}
quint32 be32(const QByteArray &d, qsizetype at) {
    return (quint32(be16(d, at)) << 16) | be16(d, at + 2);
}

// The font with the Kangxi radicals (U+2F00–U+2FDF), the CJK radicals supplement
// (U+2E80–U+2EFF) and the control characters taken out of its character map. Fandol maps the
// radicals to the glyphs of the ideographs they look like (⼀ and 一 share one glyph) and the
// controls to the space, and Qt's PDF writer names each glyph by the lowest code point mapping
// to it: the PDF's text said ⼈⽤⽉ for 人用月 and U+0001 for a space, and search and copy
// failed. Nobody types a radical in a form, so their entries (in the format 4
// subtables' glyph arrays, where Fandol keeps them) are set to "no glyph". Other fonts are
// returned as they are.
QByteArray withoutRadicals(QByteArray font) {
    if (font.size() < 12)
        return font;
    const quint16 tables = be16(font, 4);
    qsizetype cmap = -1, maxp = -1;
    for (quint16 i = 0; i < tables && 12 + 16 * (i + 1) <= font.size(); ++i) {
        const QByteArray tag = font.mid(12 + 16 * i, 4);
        if (tag == "cmap")
            cmap = qsizetype(be32(font, 12 + 16 * i + 8));
        else if (tag == "maxp")
            maxp = qsizetype(be32(font, 12 + 16 * i + 8));
    }
    if (cmap < 0 || maxp < 0 || cmap + 4 > font.size() || maxp + 6 > font.size())
        return font;
    struct Segment {
        qsizetype rangeOffsetAt;
        quint16 start, end, delta, rangeOffset;
    };
    QList<Segment> segments;
    QSet<qsizetype> seen;
    const quint16 subtables = be16(font, cmap + 2);
    for (quint16 i = 0; i < subtables; ++i) {
        const qsizetype at = cmap + 4 + 8 * i;
        if (at + 8 > font.size())
            break;
        const qsizetype sub = cmap + qsizetype(be32(font, at + 4));
        if (seen.contains(sub) || sub + 14 > font.size() || be16(font, sub) != 4)
            continue;
        seen.insert(sub);
        const int count = be16(font, sub + 6) / 2;
        const qsizetype ends = sub + 14, starts = ends + 2 * count + 2;
        const qsizetype deltas = starts + 2 * count, offsets = deltas + 2 * count;
        if (offsets + 2 * count > font.size())
            continue;
        for (int k = 0; k < count; ++k)
            segments << Segment{offsets + 2 * k, be16(font, starts + 2 * k),
                                be16(font, ends + 2 * k), be16(font, deltas + 2 * k),
                                be16(font, offsets + 2 * k)};
    }
    const auto slot = [](const Segment &s, quint32 c) {
        return s.rangeOffsetAt + s.rangeOffset + 2 * qsizetype(c - s.start);
    };
    // The controls go to a glyph no character uses: mapped to nothing, Qt would draw them with
    // the space's glyph and the space would then read as U+0001.
    const quint16 glyphs = be16(font, maxp + 4);
    QList<bool> used(glyphs, false);
    for (const Segment &s : std::as_const(segments)) {
        for (quint32 c = s.start; c <= s.end && c < 0xFFFF; ++c) {
            quint16 g = 0;
            if (s.rangeOffset == 0)
                g = quint16(c + s.delta);
            else if (slot(s, c) + 2 <= font.size() && be16(font, slot(s, c)) != 0)
                g = quint16(be16(font, slot(s, c)) + s.delta);
            if (g < glyphs)
                used[g] = true;
        }
    }
    int spare = glyphs - 1;
    while (spare > 0 && used.at(spare))
        --spare;
    for (const Segment &s : std::as_const(segments)) {
        if (s.rangeOffset == 0)
            continue;
        for (quint32 c = s.start; c <= s.end && c < 0xFFFF; ++c) {
            const qsizetype at = slot(s, c);
            if (at + 2 > font.size() || be16(font, at) == 0)
                continue;
            quint16 value = 0xFFFF; // left alone
            if (c >= 0x2E80 && c <= 0x2FDF)
                value = 0; // no glyph
            else if ((c < 0x20 || (c >= 0x7F && c <= 0x9F)) && spare > 0)
                value = quint16(spare - s.delta);
            if (value != 0xFFFF) {
                font[at] = char(value >> 8);
                font[at + 1] = char(value & 0xFF);
            }
        }
    }
    return font;
}

struct Fandol {
    QString directory;
    QHash<QString, QString> familyOfFile; // FandolFang-Regular.otf → FandolFang
};

// Loads the Fandol files once per process: the first folder of the search path that has
// them all wins (a half-copied folder would mix faces from two places).
const Fandol &fandol() {
    static const Fandol loaded = [] {
        Fandol f;
        const QStringList files = {u"FandolFang-Regular.otf"_s, u"FandolSong-Bold.otf"_s,
                                   u"FandolHei-Regular.otf"_s, u"FandolKai-Regular.otf"_s};
        for (const QString &dir : FormFonts::fandolSearchPath()) {
            const QDir d(dir);
            if (!std::all_of(files.cbegin(), files.cend(),
                             [&d](const QString &file) { return QFile::exists(d.filePath(file)); }))
                continue;
            for (const QString &file : files) {
                QFile font(d.filePath(file));
                if (!font.open(QIODevice::ReadOnly))
                    continue;
                const int id =
                    QFontDatabase::addApplicationFontFromData(withoutRadicals(font.readAll()));
                const QStringList families = QFontDatabase::applicationFontFamilies(id);
                if (id >= 0 && !families.isEmpty())
                    f.familyOfFile.insert(file, families.first());
            }
            if (!f.familyOfFile.isEmpty())
                f.directory = d.absolutePath();
            break;
        }
        return f;
    }();
    return loaded;
}

} // namespace

QList<FormFonts::Role> FormFonts::allRoles() {
    return {Role::Body, Role::Title, Role::Heading, Role::SubHeading, Role::PageNumber};
}

QStringList FormFonts::fandolSearchPath() {
    QStringList dirs;
    const QString env = qEnvironmentVariable("QINQING_FONT_DIR");
    if (!env.isEmpty())
        dirs << env.split(u':', Qt::SkipEmptyParts);
    // The .deb installs them under /usr/share/qinqing/fonts/fandol, beside /usr/bin.
    if (QCoreApplication::instance())
        dirs << QCoreApplication::applicationDirPath() + u"/../share/qinqing/fonts/fandol"_s;
    dirs << u"/usr/share/qinqing/fonts/fandol"_s
         << u"/usr/share/texlive/texmf-dist/fonts/opentype/public/fandol"_s;
    return dirs;
}

QString FormFonts::fandolDirectory() {
    return fandol().directory;
}

QStringList FormFonts::fandolFamilies() {
    QStringList families = fandol().familyOfFile.values();
    families.sort();
    return families;
}

QString FormFonts::family(Role role) {
    // Asked for every cell of every sheet; the installed families do not change while
    // printing, and looking them up is the costly part.
    static QHash<Role, QString> chosen;
    if (const auto it = chosen.constFind(role); it != chosen.constEnd())
        return *it;
    // hasFamily(), not families().contains(): under a Chinese locale fontconfig lists the
    // families by their Chinese names (文泉驿微米黑), and the PDFs then fell back to Noto CJK,
    // whose text does not extract correctly.
    QString found;
    for (const QString &f : preferred(role)) {
        if (QFontDatabase::hasFamily(f)) {
            found = f;
            break;
        }
    }
    if (found.isEmpty())
        found = fandol().familyOfFile.value(fandolFile(role));
    for (const QString &f : fallbacks(role)) {
        if (!found.isEmpty())
            break;
        if (QFontDatabase::hasFamily(f))
            found = f;
    }
    if (found.isEmpty())
        found = QFontDatabase::systemFont(QFontDatabase::GeneralFont).family();
    chosen.insert(role, found);
    return found;
}

QString FormFonts::preferredFamily(Role role) {
    switch (role) {
    case Role::Title:
        return u"方正小标宋简体"_s;
    case Role::Heading:
        return u"黑体"_s;
    case Role::SubHeading:
        return u"楷体_GB2312"_s;
    case Role::PageNumber:
        return u"宋体"_s;
    case Role::Label:
    case Role::Body:
        break;
    }
    return u"仿宋_GB2312"_s;
}

QString FormFonts::substitution(Role role) {
    const QString used = family(role);
    const QString wanted = preferred(role).constLast();
    return preferred(role).contains(used) ? QString() : wanted + u" → "_s + used;
}

QFont FormFonts::font(Role role, qreal pointSize) {
    QFont f(family(role));
    f.setPointSizeF(pointSize);
    return f;
}

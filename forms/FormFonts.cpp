#include "forms/FormFonts.h"

#include <QFontDatabase>
#include <QHash>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace {

QStringList preferred(FormFonts::Role role) {
    switch (role) {
    case FormFonts::Role::Title:
        return {u"方正小标宋简体"_s, u"FZXiaoBiaoSong-B05S"_s, u"SimSun"_s, u"宋体"_s};
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

// Installed Simplified Chinese families, in the order that extracts correctly from PDFs
// (WenQuanYi maps every glyph back to its code point; Noto CJK's radicals do not).
QStringList fallbacks(FormFonts::Role role) {
    if (role == FormFonts::Role::Heading)
        return {u"WenQuanYi Micro Hei"_s, u"Noto Sans CJK SC"_s};
    return {u"WenQuanYi Micro Hei"_s, u"Noto Serif CJK SC"_s, u"Noto Sans CJK SC"_s};
}

} // namespace

QList<FormFonts::Role> FormFonts::allRoles() {
    return {Role::Body, Role::Title, Role::Heading, Role::SubHeading, Role::PageNumber};
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
    for (const QString &f : preferred(role) + fallbacks(role)) {
        if (QFontDatabase::hasFamily(f)) {
            found = f;
            break;
        }
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

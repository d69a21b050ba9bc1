#pragma once

#include <QFont>
#include <QList>
#include <QString>

// The fonts of official documents (GB/T 9704): 仿宋 for the body, 小标宋/宋体 for titles, 黑体
// and 楷体 for headings. Clerks' machines often lack the GB2312 fonts, so each role falls back
// to an installed Simplified Chinese font and says which one it used.
class FormFonts {
public:
    enum class Role { Body, Title, Heading, SubHeading, Label, PageNumber };
    static QList<Role> allRoles();

    static QFont font(Role role, qreal pointSize);
    static QString family(Role role);
    // The official family a role asks for, as Chinese offices' machines name it (仿宋_GB2312,
    // 方正小标宋简体, 黑体, 楷体_GB2312, 宋体): what documents for editing in WPS or Word name.
    static QString preferredFamily(Role role);
    // Empty when the preferred family is installed; otherwise "仿宋 → Noto Serif CJK SC".
    static QString substitution(Role role);
};

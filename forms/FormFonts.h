#pragma once

#include <QFont>
#include <QList>
#include <QString>
#include <QStringList>

// The fonts of official documents (GB/T 9704): 仿宋 for the body, 小标宋 for titles, 黑体 and
// 楷体 for headings, 宋体 for page numbers. Each role takes, in this order:
// 1. the office's own official font when installed (仿宋_GB2312, 方正小标宋简体, 黑体,
// 楷体_GB2312);
// 2. else the free Fandol faces (FandolFang 仿宋, FandolSong Bold as the 小标宋 stand-in,
//    FandolHei 黑, FandolKai 楷), loaded from the files the .deb carries or from Debian's
//    texlive-lang-chinese: fontconfig does not list them, so they are added to the
//    application once, when the first document asks for a font;
// 3. else an installed Simplified Chinese font whose text extracts correctly from PDFs
//    (WenQuanYi Micro Hei), and says which one it used.
class FormFonts {
public:
    enum class Role { Body, Title, Heading, SubHeading, Label, PageNumber };
    static QList<Role> allRoles();

    static QFont font(Role role, qreal pointSize);
    static QString family(Role role);
    // The official family a role asks for, as Chinese offices' machines name it (仿宋_GB2312,
    // 方正小标宋简体, 黑体, 楷体_GB2312, 宋体): what documents for editing in WPS or Word name.
    static QString preferredFamily(Role role);
    // Empty when the preferred family is installed; otherwise "仿宋 → FandolFang".
    static QString substitution(Role role);

    // The folders searched for the Fandol files, in order: $QINQING_FONT_DIR (tests, or an
    // office that keeps them elsewhere), the package's share/qinqing/fonts/fandol beside the
    // executable, and texlive's folder.
    static QStringList fandolSearchPath();
    // The folder the Fandol faces were loaded from; empty when none was found.
    static QString fandolDirectory();
    // The Fandol families loaded (FandolFang, FandolSong, FandolHei, FandolKai), empty if none.
    static QStringList fandolFamilies();
};

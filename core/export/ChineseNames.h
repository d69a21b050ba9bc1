#pragma once

#include <QString>
#include <QStringView>

// What the public export needs to know about Chinese personal names: the common single
// surnames and the compound ones (欧阳, 司马, 诸葛 …), so that a name is masked after its whole
// surname (欧阳娜娜 → 欧阳**, not 欧**娜) and so that a word after a label such as 负责人 is taken
// for a name only when it starts like one (负责人身份证号 is no person).
class ChineseNames {
public:
    // The length of the surname `text` starts with at `pos`: 2 for a compound surname, 1 for a
    // common single one, 0 when it starts with none.
    static int surnameAt(QStringView text, qsizetype pos);
    // How many leading characters of `name` stay visible when it is masked: the compound
    // surname, else the first character (also of names without a Han surname: 巴特尔 → 巴**).
    static int visiblePart(QStringView name);
    // 张三 → 张*, 欧阳娜娜 → 欧阳**, John Smith → J*** S****.
    static QString mask(const QString &name);
    static bool isHan(QChar c) { return c.unicode() >= 0x4E00 && c.unicode() <= 0x9FFF; }
};

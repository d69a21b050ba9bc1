#pragma once

#include <QString>

// First letters of the pinyin of Chinese text (通辽经开区 -> "TLJKQ"), so that a clerk can find
// 通辽经济技术开发区 by typing "tljj". Debian has no small pinyin library (only input-method
// engines), so this uses a property of GB2312: its 3,755 level-1 characters, which cover the
// names of nearly every enterprise, are sorted by pinyin, and the first code of each initial
// is well known. Level-2 (rare) characters and polyphonic readings get no initial or the most
// common one; Latin letters and digits are kept as they are.
class PinyinInitials {
public:
    static bool isAvailable(); // false when Qt has no GB18030 codec (no ICU)
    static QString of(const QString &text);
    // True when `typed` (letters) is a prefix of the initials of `name`, or occurs in them.
    static bool matches(const QString &name, const QString &typed);
};

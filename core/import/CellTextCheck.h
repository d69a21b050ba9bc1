#pragma once

#include <QCoreApplication>
#include <QString>
#include <optional>

// What a cell of an imported file must not hold although it decodes as text: control
// characters (terminal escape codes that `list` and `show` would replay, backspaces that hide
// text, bells, C1 controls that some terminals obey) and the bidirectional overrides that
// make a name read as another. Tab and line feed are text; everything else below U+0020 is not.
class CellTextCheck {
    Q_DECLARE_TR_FUNCTIONS(CellTextCheck)

public:
    struct Finding {
        qsizetype position = 0; // 0-based, in UTF-16 units
        char32_t character = 0;
    };

    // The first character that is not text, if any.
    static std::optional<Finding> firstControl(const QString &text);
    static bool isControl(char32_t c);
    // "U+001B (ESC)", "U+202E (RIGHT-TO-LEFT OVERRIDE)"
    static QString describe(char32_t c);
    // The message for a cell: what it holds, where, and what to do.
    static QString message(const Finding &finding);
};

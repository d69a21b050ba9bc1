#pragma once

#include <QCoreApplication>
#include <QDate>
#include <optional>

// Reads dates and yes/no cells the way clerks type them in spreadsheets.
class LooseValueParser {
    Q_DECLARE_TR_FUNCTIONS(LooseValueParser)

public:
    // 2024-07-05, 2024-7-5, 2024/7/5, 2024.7.5, 2024年7月5日, 20240705, with full-width digits
    // and a trailing time ("2024/7/5 0:00", as Excel writes date cells) allowed.
    static std::optional<QDate> parseDate(const QString &text);
    // 是/否, 是/空, Y/N, yes/no, true/false, 1/0, √/×, plus the words of `yesWords`/`noWords`.
    // An empty cell is "no".
    static std::optional<bool> parseYesNo(const QString &text, const QStringList &yesWords = {},
                                          const QStringList &noWords = {});
    // For messages: the date forms parseDate() accepts.
    static QString acceptedDateForms();
};

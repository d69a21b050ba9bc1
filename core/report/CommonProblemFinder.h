#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// Common problems (共性问题, seed 002: “由解决‘一个问题’向解决‘一类问题’转变”): what several
// DIFFERENT enterprises raised in a period, flagged for a thematic study. One enterprise
// writing in three times about its boiler is one enterprise's problem, not a common one.
//
// Two groupings:
// - by domain (领域): a domain raised by at least `minEnterprises` enterprises;
// - by wording: Chinese has no word breaks, so texts are compared as sets of 4-character
//   pieces (the same length SimilarAppealFinder uses: long enough to avoid chance matches).
//   A piece raised by at least `minEnterprises` enterprises seeds a group of every text that
//   contains it; the piece is then grown left and right as far as all texts of the group share
//   it, so the group shows the whole shared phrase (“污水管网尚未接通”, not “管网尚未”); a
//   phrase that stays shorter than `minPhraseLength` (texts sharing four characters and then
//   going on differently, “未获批准”) is no group.
//   Pieces that belong to an already reported group (same texts, or most of them) are not
//   reported again. Only letters count: digits and punctuation break phrases (amounts and years
//   differ between enterprises). Boilerplate is left out: pieces found in more than `maxShare`
//   of all texts of the period (and in more than ten), such as the “我公司成立于” with which
//   enterprises introduce themselves, and the stock phrases of petitions (“相关部门”,
//   “协调解决”…).
class CommonProblemFinder {
public:
    struct Text {
        qint64 id = 0;
        QString number;     // the appeal's 编号, shown in the report
        QString enterprise; // who raised it: enterprise id or normalised name
        QString domain;
        QString text; // the 困难问题
    };
    struct Group {
        QString subject; // the domain, or the shared phrase
        int enterprises = 0;
        QList<qint64> ids; // the appeals, in input order
        QStringList numbers;
    };
    struct Options {
        int minEnterprises = 3;
        int pieceLength = 4;
        int minPhraseLength = 6; // a wording group's shared phrase, in characters
        double maxShare = 0.1;
        int maxGroups = 10;
    };

    static QList<Group> byDomain(const QList<Text> &texts, const Options &options);
    static QList<Group> byWording(const QList<Text> &texts, const Options &options);

    // The letters of `text`, each run of other characters replaced by one breakChar.
    static QString normalised(const QString &text);
    static constexpr QChar breakChar = QChar(u'|');
};

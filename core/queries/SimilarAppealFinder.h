#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

class Database;

// Existing appeals that look like the one being typed: the same enterprise's, and those whose
// problem shares telling phrases with it. Chinese has no word breaks, so a phrase is a
// 4-character piece. Pieces most appeals contain (企业反映, 相关部门, 协调解决) say nothing
// about the matter: each piece is weighted by its rarity (the inverse of how many appeals
// hold it), pieces in more than an eighth of them are not searched at all, and an appeal
// ranks by the summed weight of the pieces it shares — so an appeal about unpaid wages is no
// longer offered a water-quota appeal because both asked the departments to coordinate.
// Each match names the phrases it shares. The pieces are found through the trigram
// full-text index where the database has one (SQLite) and with LIKE otherwise.
class SimilarAppealFinder {
    Q_DECLARE_TR_FUNCTIONS(SimilarAppealFinder)

public:
    struct Match {
        qint64 id = 0;
        QString number;
        QString submittingUnit;
        QString problem; // its first 120 characters
        qint64 topicId = 0;
        bool sameEnterprise = false;
        double score = 0;          // summed rarity of the shared pieces
        QStringList sharedPhrases; // the typed text's stretches it shares, longest first
    };

    explicit SimilarAppealFinder(Database &db);

    QList<Match> find(qint64 enterpriseId, const QString &text, int limit = 10) const;
    // The 4-character pieces of `text` (at most `count`, spread over the text).
    static QStringList phrases(const QString &text, int count = 12);
    // Why a match was offered, for the list: "共同词句：拖欠工资、农民工".
    static QString reason(const Match &match);

private:
    // How many appeals hold each piece; -1 for all when they cannot be counted.
    QHash<QString, int> documentCounts(const QStringList &pieces) const;
    int appealCount() const;

    Database &m_db;
};

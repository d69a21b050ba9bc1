#pragma once

#include <QList>
#include <QString>

class Database;

// Existing appeals that look like the one being typed: the same enterprise's, and those whose
// texts share phrases with it. Chinese has no word breaks, so "sharing phrases" means sharing
// 4-character pieces, found through the trigram full-text index where the database has one
// (SQLite) and with LIKE otherwise.
class SimilarAppealFinder {
public:
    struct Match {
        qint64 id = 0;
        QString number;
        QString submittingUnit;
        QString problem;
        qint64 topicId = 0;
        bool sameEnterprise = false;
    };

    explicit SimilarAppealFinder(Database &db);

    QList<Match> find(qint64 enterpriseId, const QString &text, int limit = 10) const;
    // The 4-character pieces of `text` searched for (at most `count`, spread over the text).
    static QStringList phrases(const QString &text, int count = 12);

private:
    Database &m_db;
};

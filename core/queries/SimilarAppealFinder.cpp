#include "core/queries/SimilarAppealFinder.h"

#include "core/Database.h"

#include <QSet>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace {
constexpr int phraseLength = 4; // the trigram index needs 3+; 4 avoids chance matches

SimilarAppealFinder::Match readMatch(const QSqlQuery &q, bool sameEnterprise) {
    SimilarAppealFinder::Match m;
    m.id = q.value(0).toLongLong();
    m.number = q.value(1).toString();
    m.submittingUnit = q.value(2).toString();
    m.problem = q.value(3).toString();
    m.topicId = q.value(4).toLongLong();
    m.sameEnterprise = sameEnterprise;
    return m;
}
} // namespace

SimilarAppealFinder::SimilarAppealFinder(Database &db)
    : m_db(db) {}

QStringList SimilarAppealFinder::phrases(const QString &text, int count) {
    // Only letters and digits: punctuation and spaces would make pieces that never repeat.
    QString clean;
    for (const QChar c : text)
        if (c.isLetterOrNumber())
            clean += c;
    QStringList out;
    if (clean.size() < phraseLength)
        return out;
    const int windows = int(clean.size()) - phraseLength + 1;
    const int step = qMax(1, windows / count);
    QSet<QString> seen;
    for (int i = 0; i < windows && out.size() < count; i += step) {
        const QString piece = clean.mid(i, phraseLength);
        if (!seen.contains(piece)) {
            seen.insert(piece);
            out << piece;
        }
    }
    return out;
}

QList<SimilarAppealFinder::Match> SimilarAppealFinder::find(qint64 enterpriseId,
                                                            const QString &text, int limit) const {
    QList<Match> out;
    QSet<qint64> ids;
    const QString columns =
        u"a.id, a.number, a.submitting_unit, substr(a.problem, 1, 120), a.topic_id"_s;
    if (enterpriseId > 0) {
        QSqlQuery q(m_db.sql());
        q.prepare(u"SELECT "_s + columns +
                  u" FROM appeals a WHERE a.enterprise_id = ? ORDER BY a.id DESC LIMIT ?"_s);
        q.addBindValue(enterpriseId);
        q.addBindValue(limit);
        q.exec();
        while (q.next()) {
            out << readMatch(q, true);
            ids.insert(out.last().id);
        }
    }
    const QStringList pieces = phrases(text);
    if (pieces.isEmpty() || out.size() >= limit)
        return out;
    QSqlQuery q(m_db.sql());
    if (m_db.dialect().hasTrigramSearch()) {
        QStringList quoted;
        for (const QString &p : pieces)
            quoted << u'"' + QString(p).replace(u'"', u"\"\""_s) + u'"';
        // bm25 ranks appeals sharing more pieces first.
        q.prepare(u"SELECT "_s + columns +
                  u" FROM appeal_search s JOIN appeals a ON a.id = s.rowid "
                  "WHERE appeal_search MATCH ? ORDER BY bm25(appeal_search) LIMIT ?"_s);
        q.addBindValue(u"problem : ("_s + quoted.join(u" OR "_s) + u')');
        q.addBindValue(limit * 2);
    } else {
        QStringList conditions;
        for (int i = 0; i < pieces.size(); ++i)
            conditions << m_db.dialect().containsCondition(u"a.problem"_s);
        q.prepare(u"SELECT "_s + columns + u" FROM appeals a WHERE "_s +
                  conditions.join(u" OR "_s) + u" ORDER BY a.id DESC LIMIT ?"_s);
        for (const QString &p : pieces)
            q.addBindValue(SqlDialect::likePattern(p));
        q.addBindValue(limit * 2);
    }
    q.exec();
    while (q.next() && out.size() < limit) {
        const Match m = readMatch(q, false);
        if (!ids.contains(m.id)) {
            ids.insert(m.id);
            out << m;
        }
    }
    return out;
}

#include "core/queries/SimilarAppealFinder.h"

#include "core/Database.h"

#include <QSet>
#include <QSqlQuery>
#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace {
constexpr int phraseLength = 4;    // the trigram index needs 3+; 4 avoids chance matches
constexpr int countedPieces = 40;  // pieces of the typed text whose rarity is looked up
constexpr int searchedPieces = 16; // the rarest of them, searched for
constexpr int candidates = 100;    // appeals read and ranked

// Only letters and digits: punctuation and spaces would make pieces that never repeat.
QString lettersOf(const QString &text) {
    QString clean;
    for (const QChar c : text)
        if (c.isLetterOrNumber())
            clean += c;
    return clean;
}

// The stretches of `clean` made of the pieces in `shared` (overlapping pieces join into one
// longer phrase), longest first.
QStringList stretches(const QString &clean, const QSet<QString> &shared) {
    QList<bool> covered(clean.size(), false);
    for (int i = 0; i + phraseLength <= clean.size(); ++i)
        if (shared.contains(clean.mid(i, phraseLength)))
            std::fill(covered.begin() + i, covered.begin() + i + phraseLength, true);
    QStringList out;
    for (int i = 0; i < clean.size();) {
        if (!covered.at(i)) {
            ++i;
            continue;
        }
        int end = i;
        while (end < clean.size() && covered.at(end))
            ++end;
        if (const QString s = clean.mid(i, end - i); !out.contains(s))
            out << s;
        i = end;
    }
    std::stable_sort(out.begin(), out.end(),
                     [](const QString &a, const QString &b) { return a.size() > b.size(); });
    return out;
}

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

QString ftsPhrase(const QString &piece) {
    return u'"' + QString(piece).replace(u'"', u"\"\""_s) + u'"';
}
} // namespace

SimilarAppealFinder::SimilarAppealFinder(Database &db)
    : m_db(db) {}

QStringList SimilarAppealFinder::phrases(const QString &text, int count) {
    const QString clean = lettersOf(text);
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

QString SimilarAppealFinder::reason(const Match &match) {
    if (match.sharedPhrases.isEmpty())
        return {};
    return tr("Shares: %1").arg(match.sharedPhrases.mid(0, 4).join(tr(", ")));
}

int SimilarAppealFinder::appealCount() const {
    QSqlQuery q(m_db.sql());
    return q.exec(u"SELECT COUNT(*) FROM appeals"_s) && q.next() ? q.value(0).toInt() : 0;
}

QHash<QString, int> SimilarAppealFinder::documentCounts(const QStringList &pieces) const {
    QHash<QString, int> counts;
    if (pieces.isEmpty())
        return counts;
    QSqlQuery q(m_db.sql());
    if (m_db.dialect().hasTrigramSearch()) {
        // One index look-up per piece.
        q.prepare(u"SELECT COUNT(*) FROM appeal_search WHERE appeal_search MATCH ?"_s);
        for (const QString &p : pieces) {
            q.addBindValue(u"problem : "_s + ftsPhrase(p));
            counts.insert(p, q.exec() && q.next() ? q.value(0).toInt() : -1);
        }
        return counts;
    }
    // One pass over the appeals for all pieces.
    QStringList sums;
    for (const QString &p : pieces)
        sums << u"SUM(CASE WHEN %1 THEN 1 ELSE 0 END)"_s.arg(
            m_db.dialect().containsCondition(u"a.problem"_s, p));
    q.prepare(u"SELECT "_s + sums.join(u", "_s) + u" FROM appeals a"_s);
    for (const QString &p : pieces)
        q.addBindValue(SqlDialect::likePattern(p));
    const bool ok = q.exec() && q.next();
    for (int i = 0; i < pieces.size(); ++i)
        counts.insert(pieces.at(i), ok ? q.value(i).toInt() : -1);
    return counts;
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
    const QStringList pieces = phrases(text, countedPieces);
    if (pieces.isEmpty() || out.size() >= limit)
        return out;

    // Rarity: ln(N / df). Pieces in more than an eighth of the appeals are not telling.
    const int total = appealCount();
    const QHash<QString, int> counts = documentCounts(pieces);
    const int common = std::max(2, total / 8);
    QHash<QString, double> weights;
    QStringList telling;
    for (const QString &p : pieces) {
        const int df = counts.value(p, -1);
        if (df <= 0 || df > common)
            continue;
        weights.insert(p, std::log((total + 1.0) / df));
        telling << p;
    }
    if (telling.isEmpty())
        return out;
    std::stable_sort(telling.begin(), telling.end(), [&counts](const QString &a, const QString &b) {
        return counts.value(a) < counts.value(b);
    });
    const QStringList searched = telling.mid(0, searchedPieces);

    QSqlQuery q(m_db.sql());
    const QString full = u"a.id, a.number, a.submitting_unit, a.problem, a.topic_id"_s;
    if (m_db.dialect().hasTrigramSearch()) {
        QStringList quoted;
        for (const QString &p : searched)
            quoted << ftsPhrase(p);
        q.prepare(u"SELECT "_s + full +
                  u" FROM appeal_search s JOIN appeals a ON a.id = s.rowid "
                  "WHERE appeal_search MATCH ? ORDER BY bm25(appeal_search) LIMIT ?"_s);
        q.addBindValue(u"problem : ("_s + quoted.join(u" OR "_s) + u')');
    } else {
        QStringList conditions;
        for (const QString &p : searched)
            conditions << m_db.dialect().containsCondition(u"a.problem"_s, p);
        q.prepare(u"SELECT "_s + full + u" FROM appeals a WHERE "_s + conditions.join(u" OR "_s) +
                  u" ORDER BY a.id DESC LIMIT ?"_s);
        for (const QString &p : searched)
            q.addBindValue(SqlDialect::likePattern(p));
    }
    q.addBindValue(candidates);
    q.exec();
    const QString typed = lettersOf(text);
    QList<Match> ranked;
    while (q.next()) {
        Match m = readMatch(q, false);
        if (ids.contains(m.id))
            continue;
        const QString theirs = lettersOf(m.problem);
        QSet<QString> shared;
        for (const QString &p : std::as_const(telling)) {
            if (theirs.contains(p)) {
                shared.insert(p);
                m.score += weights.value(p);
            }
        }
        if (shared.isEmpty())
            continue;
        m.problem.truncate(120);
        m.sharedPhrases = stretches(typed, shared);
        ranked << m;
    }
    std::stable_sort(ranked.begin(), ranked.end(), [](const Match &a, const Match &b) {
        return a.score != b.score ? a.score > b.score : a.id > b.id;
    });
    for (const Match &m : std::as_const(ranked)) {
        if (out.size() >= limit)
            break;
        out << m;
    }
    return out;
}

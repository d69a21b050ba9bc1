#include "core/queries/AppealSearch.h"

#include "core/Database.h"
#include "core/PreparedStatementCache.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace {

// FTS5 query syntax treats quotes, AND/OR/NOT and * specially; one quoted phrase with doubled
// inner quotes makes any user text a plain substring search.
QString ftsPhrase(const QString &text) {
    QString escaped = text;
    escaped.replace(u'"', "\"\""_L1);
    return u'"' + escaped + u'"';
}

const QStringList kColumns = {u"number"_s, u"submitting_unit"_s, u"problem"_s, u"suggestions"_s,
                              u"prior_handling"_s};

} // namespace

AppealSearch::AppealSearch(Database &db, const QString &text)
    : m_db(db)
    , m_term(text.trimmed())
    , m_length(m_term.toUcs4().size()) {}

QStringList AppealSearch::columns() {
    QStringList qualified;
    for (const QString &c : kColumns)
        qualified << u"a."_s + c;
    return qualified;
}

void AppealSearch::addScanCondition(QStringList *conditions, QVariantList *binds) const {
    const SqlDialect &d = m_db.dialect();
    const QString pattern = SqlDialect::likePattern(m_term);
    QStringList ors;
    for (const QString &column : columns()) {
        ors << d.containsCondition(column, m_term);
        *binds << pattern;
    }
    *conditions << u'(' + ors.join(" OR "_L1) + u')';
}

bool AppealSearch::addIndexCondition(QStringList *conditions, QVariantList *binds) const {
    const SqlDialect &d = m_db.dialect();
    if (d.kind() == SqlDialect::Kind::Postgres)
        return addServerIndexCondition(conditions, binds);
    if (!d.hasTrigramSearch())
        return false;
    if (m_length >= 3) {
        *conditions << u"a.id IN (%1)"_s.arg(d.trigramMatchSql());
        *binds << ftsPhrase(m_term);
        return true;
    }
    return addShortIndexCondition(conditions, binds);
}

// PostgreSQL answers the scan's LIKE conditions of 3+ characters from its trigram index (schema
// step 002) whenever its planner finds that cheaper. One or two characters hold no trigram: the
// tripled texts of step 021 are looked up instead, and the scan's conditions, ANDed, keep the
// rows exact (the tripled texts join the five columns, so a term could span two of them).
bool AppealSearch::addServerIndexCondition(QStringList *conditions, QVariantList *binds) const {
    if (m_length >= 3)
        return false;
    QString tripled;
    for (const char32_t c : m_term.toLower().toUcs4()) {
        const QString one = QString::fromUcs4(&c, 1);
        tripled += one + one + one;
    }
    *conditions << u"qinqing_search_tripled(a.number, a.submitting_unit, a.problem, "
                   "a.suggestions, a.prior_handling) LIKE ? ESCAPE '\\'"_s;
    *binds << SqlDialect::likePattern(tripled);
    addScanCondition(conditions, binds);
    return true;
}

// An occurrence of a term of one or two characters is either followed by enough characters to
// start a trigram — found through the index's vocabulary — or sits at the end of its column,
// found through the indexes on each column's last two and last characters. Case is folded as
// LIKE and the trigram index fold ASCII.
bool AppealSearch::addShortIndexCondition(QStringList *conditions, QVariantList *binds) const {
    const QString folded = m_term.toLower();
    const QString highest = QString::fromUcs4(U"\U0010FFFF", 1); // sorts after every character
    QStringList trigrams;
    {
        PreparedStatementCache::Lease vocabulary = PreparedStatementCache::prepare(
            m_db.sql(), u"SELECT term FROM appeal_search_vocab WHERE term >= ? AND term < ?"_s);
        if (!vocabulary.exec({folded, folded + highest}))
            return false;
        while (vocabulary.query().next())
            trigrams << ftsPhrase(vocabulary.query().value(0).toString());
    }
    // One "a.id IN (…)" over the union: given ORs of the trigram lookup and the tails beside the
    // list's ORDER BY and a bound LIMIT, SQLite walked the sort index and tested every appeal
    // (0.35 s at 100,000 for a character found nowhere); an id list it looks up and sorts.
    QStringList found;
    if (!trigrams.isEmpty()) {
        found << m_db.dialect().trigramMatchSql();
        *binds << trigrams.join(" OR "_L1);
    }
    QStringList tails;
    for (const QString &column : kColumns) {
        const QString tail = u"lower(substr(%1, -2))"_s.arg(column);
        if (m_length == 2) {
            tails << tail + u" = ?"_s;
            *binds << folded;
        } else {
            // Second to last (or a column of that one character), then last.
            tails << u"(%1 >= ? AND %1 < ?)"_s.arg(tail);
            *binds << folded << folded + highest;
            tails << u"lower(substr(%1, -1)) = ?"_s.arg(column);
            *binds << folded;
        }
    }
    found << u"SELECT id FROM appeals WHERE "_s + tails.join(" OR "_L1);
    *conditions << u"a.id IN (%1)"_s.arg(found.join(" UNION ALL "_L1));
    return true;
}

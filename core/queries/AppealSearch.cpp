#include "core/queries/AppealSearch.h"

#include "core/Database.h"

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
    if (!d.hasTrigramSearch())
        return false;
    if (m_length >= 3) {
        *conditions << u"a.id IN (%1)"_s.arg(d.trigramMatchSql());
        *binds << ftsPhrase(m_term);
        return true;
    }
    return addShortIndexCondition(conditions, binds);
}

// An occurrence of a term of one or two characters is either followed by enough characters to
// start a trigram — found through the index's vocabulary — or sits at the end of its column,
// found through the indexes on each column's last two and last characters. Case is folded as
// LIKE and the trigram index fold ASCII.
bool AppealSearch::addShortIndexCondition(QStringList *conditions, QVariantList *binds) const {
    const QString folded = m_term.toLower();
    const QString highest = QString::fromUcs4(U"\U0010FFFF", 1); // sorts after every character
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    if (!q.prepare(u"SELECT term FROM appeal_search_vocab WHERE term >= ? AND term < ?"_s))
        return false;
    q.addBindValue(folded);
    q.addBindValue(folded + highest);
    if (!q.exec())
        return false;
    QStringList trigrams;
    while (q.next())
        trigrams << ftsPhrase(q.value(0).toString());
    QStringList ors;
    if (!trigrams.isEmpty()) {
        ors << u"a.id IN (%1)"_s.arg(m_db.dialect().trigramMatchSql());
        *binds << trigrams.join(" OR "_L1);
    }
    for (const QString &column : columns()) {
        const QString tail = u"lower(substr(%1, -2))"_s.arg(column);
        if (m_length == 2) {
            ors << tail + u" = ?"_s;
            *binds << folded;
        } else {
            // Second to last (or a column of that one character), then last.
            ors << u"(%1 >= ? AND %1 < ?)"_s.arg(tail);
            *binds << folded << folded + highest;
            ors << u"lower(substr(%1, -1)) = ?"_s.arg(column);
            *binds << folded;
        }
    }
    *conditions << u'(' + ors.join(" OR "_L1) + u')';
    return true;
}

#include "core/records/AppealNumbering.h"

#include "core/Database.h"
#include "core/ProfileRepository.h"
#include "core/SqlRead.h"
#include "core/TransactionGuard.h"

#include <QRegularExpression>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <optional>

using namespace Qt::StringLiterals;

namespace {
const QRegularExpression &seqToken() {
    static const QRegularExpression rx(u"\\{seq(?::(\\d{1,2}))?\\}"_s);
    return rx;
}

QString withYear(const QString &pattern, int year) {
    QString s = pattern;
    s.replace(u"{year}"_s, QString::number(year));
    s.replace(u"{yy}"_s, QString::number(year % 100).rightJustified(2, u'0'));
    return s;
}
} // namespace

AppealNumbering::AppealNumbering(Database &db)
    : m_db(db) {}

QString AppealNumbering::pattern() const {
    QString p = m_pattern;
    if (p.isEmpty())
        p = ProfileRepository(m_db).active().numberingPattern;
    return isValidPattern(p) ? p : u"{year}-{seq:4}"_s;
}

bool AppealNumbering::isValidPattern(const QString &pattern) {
    auto it = seqToken().globalMatch(pattern);
    int count = 0;
    while (it.hasNext()) {
        it.next();
        ++count;
    }
    return count == 1;
}

QString AppealNumbering::format(const QString &pattern, int year, int seq) {
    QString s = withYear(pattern, year);
    const auto m = seqToken().match(s);
    if (!m.hasMatch())
        return s;
    const int width = m.captured(1).isEmpty() ? 0 : m.captured(1).toInt();
    s.replace(m.capturedStart(), m.capturedLength(),
              QString::number(seq).rightJustified(width, u'0'));
    return s;
}

QString AppealNumbering::counterKey(int year) const {
    return u"appeal_number:"_s + withYear(pattern(), year);
}

int AppealNumbering::storedCounter(int year, bool *known) const {
    QSqlQuery q(m_db.sql());
    q.prepare(u"SELECT value FROM settings WHERE key = ?"_s);
    q.addBindValue(counterKey(year));
    bool ok = false;
    int value = 0;
    if (SqlRead::exec(q, m_readError, tr("the appeal number counter")) && q.next())
        value = q.value(0).toString().toInt(&ok);
    *known = ok;
    return ok ? value : 0;
}

QHash<QString, int> AppealNumbering::numbersOfYear(int year) const {
    // The numbers of this pattern and year: literal text around the sequence digits.
    const QString p = withYear(pattern(), year);
    const auto m = seqToken().match(p);
    const QString prefix = p.left(m.capturedStart());
    const QString suffix = p.mid(m.capturedEnd());
    const QRegularExpression rx(u"^"_s + QRegularExpression::escape(prefix) + u"(\\d+)"_s +
                                QRegularExpression::escape(suffix) + u"$"_s);
    QSqlQuery q(m_db.sql());
    q.prepare(u"SELECT number FROM appeals WHERE substr(number, 1, ?) = ?"_s);
    q.addBindValue(int(prefix.size()));
    q.addBindValue(prefix);
    QHash<QString, int> numbers;
    if (!SqlRead::exec(q, m_readError, tr("the appeal numbers")))
        return numbers;
    while (q.next()) {
        const QString number = q.value(0).toString();
        if (const auto n = rx.match(number); n.hasMatch())
            numbers.insert(number, n.captured(1).toInt());
    }
    SqlRead::failedMidway(q, m_readError, tr("the appeal numbers"));
    return numbers;
}

bool AppealNumbering::numberInUse(const QString &number) const {
    QSqlQuery q(m_db.sql());
    q.prepare(u"SELECT 1 FROM appeals WHERE number = ?"_s);
    q.addBindValue(number);
    // False on a failure too, which ends freeSeqAfter()'s search; m_readError then refuses
    // the number found.
    return SqlRead::exec(q, m_readError, tr("the appeal numbers")) && q.next();
}

int AppealNumbering::lastSeq(int year) const {
    bool known = false;
    const int seq = storedCounter(year, &known);
    if (known)
        return seq;
    int highest = 0;
    for (const int n : numbersOfYear(year))
        highest = qMax(highest, n);
    return highest;
}

int AppealNumbering::freeSeqAfter(const QString &pattern, int year, int seq,
                                  const std::function<bool(const QString &)> &inUse) {
    do
        ++seq;
    while (inUse(format(pattern, year, seq)));
    return seq;
}

QString AppealNumbering::preview(int year) const {
    m_readError.clear();
    const QString p = pattern();
    const QString free =
        format(p, year, freeSeqAfter(p, year, lastSeq(year), [this](const QString &number) {
                   return numberInUse(number);
               }));
    return m_readError.isEmpty() ? free : QString();
}

QString AppealNumbering::next(int year) {
    return reserve(year, 1, [this](const QString &number) { return numberInUse(number); }).value(0);
}

QStringList AppealNumbering::next(int year, int count, const QSet<QString> &alsoTaken) {
    // The year's numbers read once (after the claim, see reserve()), not a query per number.
    std::optional<QSet<QString>> taken;
    return reserve(year, count, [&](const QString &number) {
        if (!taken) {
            const QHash<QString, int> inUse = numbersOfYear(year);
            taken = QSet<QString>(inUse.keyBegin(), inUse.keyEnd()).unite(alsoTaken);
        }
        return taken->contains(number);
    });
}

QStringList AppealNumbering::reserve(int year, int count,
                                     const std::function<bool(const QString &)> &inUse) {
    m_error.clear();
    m_readError.clear();
    TransactionGuard tx(m_db.sql());
    const QString key = counterKey(year);
    QSqlQuery claim(m_db.sql());
    // A write before any read: see the class comment.
    claim.prepare(u"INSERT INTO settings (key, value) VALUES (?, '') "
                  "ON CONFLICT (key) DO NOTHING"_s);
    claim.addBindValue(key);
    if (!claim.exec()) {
        m_error = tr("Cannot reserve an appeal number: %1").arg(claim.lastError().text());
        return {};
    }
    const QString p = pattern();
    int seq = lastSeq(year);
    QStringList numbers;
    while (numbers.size() < count) {
        seq = freeSeqAfter(p, year, seq, inUse);
        numbers << format(p, year, seq);
    }
    // A read that failed would restart at 1 or give a number in use: nothing is numbered.
    if (!m_readError.isEmpty()) {
        m_error = m_readError;
        return {};
    }
    if (!m_db.setSetting(key, QString::number(seq))) {
        m_error = tr("Cannot store the appeal number counter %1").arg(key);
        return {};
    }
    if (!tx.commit()) {
        m_error = tr("Cannot commit the appeal number %1").arg(numbers.value(0));
        return {};
    }
    return numbers;
}

#include "core/ProfileRepository.h"

#include "core/Database.h"
#include "core/PreparedStatementCache.h"
#include "core/SqlRead.h"
#include "core/TransactionGuard.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace {
const auto kActiveKey = u"profile"_s;
// The order users see them in: the regimes' documents in seed order.
const QStringList kBuiltInOrder{u"tongliao"_s, u"heyuan"_s, u"wuhai"_s, u"qingxin"_s, u"wushen"_s};
} // namespace

ProfileRepository::ProfileRepository(Database &db)
    : m_db(db) {}

QStringList ProfileRepository::builtInCodes() {
    return kBuiltInOrder;
}

std::optional<RuleProfile> ProfileRepository::builtIn(const QString &code) {
    QFile file(u":/profiles/%1.json"_s.arg(code));
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    QStringList errors;
    RuleProfile p =
        RuleProfile::fromJson(QJsonDocument::fromJson(file.readAll()).object(), &errors);
    if (!errors.isEmpty())
        return std::nullopt;
    return p;
}

bool ProfileRepository::installBuiltIns() {
    TransactionGuard tx(m_db.sql());
    for (const QString &code : builtInCodes()) {
        if (find(code))
            continue;
        const auto profile = builtIn(code);
        if (!profile) {
            m_error = tr("The built-in profile %1 is damaged in this build.").arg(code);
            return false;
        }
        if (!save(*profile))
            return false;
    }
    return tx.commit();
}

QList<RuleProfile> ProfileRepository::list() const {
    QList<RuleProfile> profiles;
    QSqlQuery q(m_db.sql());
    if (!q.exec(u"SELECT settings FROM profiles ORDER BY id"_s)) {
        SqlRead::fail(q, m_error, tr("the rule profiles"));
        return profiles;
    }
    while (q.next()) {
        QStringList errors;
        profiles << RuleProfile::fromJson(
            QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object(), &errors);
    }
    return profiles;
}

std::optional<RuleProfile> ProfileRepository::find(const QString &code) const {
    // Read at every dashboard refresh and deadline state filter: kept prepared.
    PreparedStatementCache::Lease statement = PreparedStatementCache::prepare(
        m_db.sql(), u"SELECT settings FROM profiles WHERE code = ?"_s);
    QSqlQuery &q = statement.query();
    if (!statement.exec({code})) {
        SqlRead::fail(q, m_error, tr("the rule profile %1").arg(code));
        return std::nullopt;
    }
    if (!q.next())
        return std::nullopt;
    QStringList errors;
    return RuleProfile::fromJson(QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object(),
                                 &errors);
}

QString ProfileRepository::activeCode() const {
    return m_db.setting(kActiveKey, u"tongliao"_s);
}

RuleProfile ProfileRepository::active() const {
    if (auto p = find(activeCode()))
        return *p;
    return builtIn(u"tongliao"_s).value_or(RuleProfile{});
}

bool ProfileRepository::setActive(const QString &code) {
    if (!find(code)) {
        m_error = tr("profile: there is no profile \"%1\" (known: %2)")
                      .arg(code, builtInCodes().join(u", "_s));
        return false;
    }
    if (!m_db.setSetting(kActiveKey, code)) {
        m_error = tr("Cannot save the active profile: %1").arg(m_db.sql().lastError().text());
        return false;
    }
    return true;
}

bool ProfileRepository::save(const RuleProfile &profile) {
    const QStringList problems = profile.validate();
    if (!problems.isEmpty()) {
        m_error = problems.join(u'\n');
        return false;
    }
    QSqlQuery q(m_db.sql());
    q.prepare(u"INSERT INTO profiles (code, name, settings) VALUES (?, ?, ?) "
              "ON CONFLICT (code) DO UPDATE SET name = excluded.name, "
              "settings = excluded.settings"_s);
    q.addBindValue(profile.code);
    q.addBindValue(profile.name);
    q.addBindValue(
        QString::fromUtf8(QJsonDocument(profile.toJson()).toJson(QJsonDocument::Compact)));
    if (!q.exec()) {
        m_error = tr("Cannot save the profile %1: %2").arg(profile.code, q.lastError().text());
        return false;
    }
    return true;
}

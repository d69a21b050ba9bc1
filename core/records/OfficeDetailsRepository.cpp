#include "core/records/OfficeDetailsRepository.h"

#include "core/AuditLog.h"
#include "core/Database.h"
#include "core/TransactionGuard.h"
#include "core/records/RecordDiff.h"
#include "core/validation/PhoneValidator.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace {

// Setting key and field, in the order the settings page shows them.
const QList<std::pair<QString, QString OfficeDetails::*>> &fields() {
    static const QList<std::pair<QString, QString OfficeDetails::*>> list{
        {u"office.issuer"_s, &OfficeDetails::issuer},
        {u"office.phone"_s, &OfficeDetails::phone},
        {u"office.email"_s, &OfficeDetails::email},
        {u"office.booking_hours"_s, &OfficeDetails::bookingHours},
        {u"office.booking_place"_s, &OfficeDetails::bookingPlace}};
    return list;
}

QVariantMap toMap(const OfficeDetails &d) {
    QVariantMap map;
    for (const auto &[key, member] : fields())
        map.insert(key, d.*member);
    return map;
}

} // namespace

OfficeDetailsRepository::OfficeDetailsRepository(Database &db)
    : m_db(db) {}

OfficeDetails OfficeDetailsRepository::load() const {
    OfficeDetails d;
    for (const auto &[key, member] : fields())
        d.*member = m_db.setting(key);
    return d;
}

bool OfficeDetailsRepository::save(const OfficeDetails &details) {
    m_error.clear();
    OfficeDetails clean;
    for (const auto &[key, member] : fields())
        clean.*member = RecordDiff::text(details.*member);
    const QJsonObject changes = RecordDiff::changes(toMap(load()), toMap(clean));
    if (changes.isEmpty())
        return true;
    TransactionGuard tx(m_db.sql());
    for (const auto &[key, member] : fields()) {
        if (!changes.contains(key))
            continue;
        if (!m_db.setSetting(key, clean.*member)) {
            m_error = tr("Cannot store the office's %1").arg(key);
            return false;
        }
    }
    if (!AuditLog(m_db).record(u"settings"_s, 0, u"office_updated"_s, changes)) {
        m_error = tr("Cannot write the audit log for the office's details");
        return false;
    }
    if (!tx.commit()) {
        m_error = tr("Cannot commit the office's details");
        return false;
    }
    return true;
}

QStringList OfficeDetailsRepository::warnings(const OfficeDetails &d) {
    QStringList list;
    const PhoneValidator::Result phone = PhoneValidator::check(d.phone);
    if (!phone.isValid())
        list << tr("Phone and fax: %1").arg(phone.reason);
    static const QRegularExpression email(u"^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"_s);
    if (!d.email.trimmed().isEmpty() && !email.match(d.email.trimmed()).hasMatch())
        list << tr("E-mail: \"%1\" does not look like an address (name@example.cn)")
                    .arg(d.email.trimmed());
    return list;
}

#include "core/records/AppealEntryStore.h"

#include "core/Database.h"
#include "core/TransactionGuard.h"
#include "core/attachments/AttachmentRepository.h"
#include "core/records/AppealRepository.h"
#include "core/records/EnterpriseRepository.h"

using namespace Qt::StringLiterals;

AppealEntryStore::AppealEntryStore(Database &db)
    : m_db(db) {}

bool AppealEntryStore::fail(const QString &message, const QString &field) {
    m_error = message.isEmpty() ? tr("The appeal could not be stored.") : message;
    m_errorField = field;
    m_createdEnterprise = false;
    return false;
}

bool AppealEntryStore::createEnterprise(Appeal &appeal, const Extras &extras) {
    if (appeal.enterpriseId != 0 || !extras.createEnterprise)
        return true;
    Enterprise e;
    e.name = appeal.submittingUnit;
    e.uscc = extras.uscc;
    e.responsiblePerson = appeal.responsiblePerson;
    e.phone = appeal.phone;
    EnterpriseRepository enterprises(m_db);
    if (!enterprises.insert(e))
        return fail(enterprises.errorString(), u"submitting_unit"_s);
    appeal.enterpriseId = e.id;
    m_createdEnterprise = true;
    return true;
}

bool AppealEntryStore::insert(Appeal &appeal, const Extras &extras) {
    return store(appeal, extras, true);
}

bool AppealEntryStore::update(Appeal &appeal, const Extras &extras) {
    return store(appeal, extras, false);
}

bool AppealEntryStore::store(Appeal &appeal, const Extras &extras, bool isNew) {
    m_error.clear();
    m_errorField.clear();
    m_createdEnterprise = false;
    m_conflict.reset();
    Appeal stored = appeal;
    TransactionGuard tx(m_db.sql());
    if (!createEnterprise(stored, extras))
        return false;
    AppealRepository appeals(m_db);
    if (!(isNew ? appeals.insert(stored) : appeals.update(stored))) {
        m_conflict = appeals.conflict();
        return fail(appeals.errorString());
    }
    if (isNew) {
        AttachmentRepository attachments(m_db);
        for (const QString &path : extras.attachments)
            if (!attachments.addFile(stored.id, path))
                return fail(attachments.errorString());
        bool linked = true;
        if (extras.duplicateOf > 0)
            linked = appeals.markDuplicate(stored.id, extras.duplicateOf);
        else if (extras.topicId > 0)
            linked = appeals.setTopic(stored.id, extras.topicId);
        if (!linked)
            return fail(appeals.errorString());
    }
    if (!tx.commit())
        return fail(isNew ? tr("The appeal could not be stored.")
                          : tr("The changes could not be stored."));
    appeal = stored;
    return true;
}

#pragma once

#include "core/Appeal.h"
#include "core/records/EditConflict.h"

#include <QCoreApplication>
#include <QStringList>
#include <optional>

class Database;

// Stores what the key-in form holds, all or nothing in one transaction: a new enterprise for an
// unknown submitting unit (when the clerk left "add to the registry" ticked), the appeal, its
// scanned forms and its link to a similar appeal. The repositories write the audit entries.
class AppealEntryStore {
    Q_DECLARE_TR_FUNCTIONS(AppealEntryStore)

public:
    struct Extras {
        bool createEnterprise = false; // appeal.enterpriseId is 0 and the clerk wants it added
        QString uscc;                  // the new enterprise's credit code
        QStringList attachments;       // new appeal: files to store with it
        qint64 duplicateOf = 0;        // new appeal: mark it a duplicate of this one
        qint64 topicId = 0;            // new appeal: put it into this topic
    };

    explicit AppealEntryStore(Database &db);

    // On success `appeal` has its id, number and enterprise.
    bool insert(Appeal &appeal, const Extras &extras);
    bool update(Appeal &appeal, const Extras &extras);

    QString errorString() const { return m_error; }
    // The form field the error is about ("submitting_unit" for the new enterprise), empty when
    // the repository refused the appeal itself.
    QString errorField() const { return m_errorField; }
    bool createdEnterprise() const { return m_createdEnterprise; }
    // Set when the update was refused because another desk saved the appeal after the form
    // read it (see AppealRepository::update).
    std::optional<EditConflict> conflict() const { return m_conflict; }

private:
    bool store(Appeal &appeal, const Extras &extras, bool isNew);
    bool createEnterprise(Appeal &appeal, const Extras &extras);
    bool fail(const QString &message, const QString &field = {});

    Database &m_db;
    QString m_error;
    QString m_errorField;
    bool m_createdEnterprise = false;
    std::optional<EditConflict> m_conflict;
};

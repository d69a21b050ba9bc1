#pragma once

#include "core/OfficeDetails.h"

#include <QCoreApplication>
#include <QStringList>

class Database;

// OfficeDetails in the database's settings (office.issuer, office.phone, office.email,
// office.booking_hours, office.booking_place), so that every clerk's program and the CLI print
// the same. Saved in one transaction with one audit entry of what changed.
class OfficeDetailsRepository {
    Q_DECLARE_TR_FUNCTIONS(OfficeDetailsRepository)

public:
    explicit OfficeDetailsRepository(Database &db);

    OfficeDetails load() const;
    // False (and errorString()) on a database error; nothing is then changed.
    bool save(const OfficeDetails &details);
    QString errorString() const { return m_error; }

    // What looks wrong, one message a field ("Phone: …"); warnings only: the office may well
    // have a number or address of an unusual shape, and what was typed is saved.
    static QStringList warnings(const OfficeDetails &details);

private:
    Database &m_db;
    QString m_error;
};

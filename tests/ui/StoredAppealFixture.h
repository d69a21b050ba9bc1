#pragma once

// What the appeal-window suites (tst_appealentry, tst_appealedit) start from: a database under
// the 通辽 profile with one registered enterprise, and stored appeals made on request, the
// first of them preceded by another appeal whose number an edit can try to take.

#include "core/Database.h"
#include "core/DatabaseInitializer.h"
#include "core/records/AppealRepository.h"
#include "core/records/EnterpriseRepository.h"
#include "tests/ui/TestSettings.h"

#include <QCoreApplication>
#include <QTemporaryDir>
#include <QTest>

class StoredAppealFixture {
protected:
    // Test mode keeps drafts and window geometry out of the developer's own settings;
    // appName separates the suites' settings from each other.
    void openFixture(const QString &appName) {
        using namespace Qt::StringLiterals;
        useTestSettings(appName);
        QVERIFY(m_dir.isValid());
        QVERIFY(m_db.open(m_dir.filePath(u"entry.sqlite"_s)));
        QVERIFY(DatabaseInitializer(m_db).initialize(u"tongliao"_s));
        Enterprise e;
        e.name = u"通辽宏达化工有限公司"_s;
        e.responsiblePerson = u"李明"_s;
        e.phone = u"13812345678"_s;
        e.uscc = u"91110000600037341L"_s;
        QVERIFY(EnterpriseRepository(m_db).insert(e));
        m_enterpriseId = e.id;
    }

    qint64 storedAppeal(const QString &problem) {
        using namespace Qt::StringLiterals;
        if (m_otherNumber.isEmpty()) {
            Appeal other;
            other.submittingUnit = u"另一家企业"_s;
            other.submitDate = QDate(2024, 5, 1);
            other.problem = u"占用编号的诉求"_s;
            AppealRepository(m_db).insert(other);
            m_otherNumber = other.number;
        }
        Appeal a;
        a.submittingUnit = u"通辽宏达化工有限公司"_s;
        a.enterpriseId = m_enterpriseId;
        a.responsiblePerson = u"李明"_s;
        a.submitDate = QDate(2024, 6, 3);
        a.channel = u"报名表"_s;
        a.problem = problem;
        AppealRepository repo(m_db);
        if (!repo.insert(a))
            qWarning("storedAppeal: %s", qPrintable(repo.errorString()));
        return a.id;
    }

    QString m_otherNumber;
    QTemporaryDir m_dir;
    Database m_db;
    qint64 m_enterpriseId = 0;
};

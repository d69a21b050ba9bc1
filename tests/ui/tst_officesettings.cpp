// Settings ▸ Office: the issuing office and the 通告's contacts are keyed in once, saved in the
// database with an audit entry, warned about (not refused) when odd, and printed.
#include "core/AuditLog.h"
#include "core/Database.h"
#include "core/DatabaseInitializer.h"
#include "core/ProfileRepository.h"
#include "core/records/OfficeDetailsRepository.h"
#include "forms/FormPrinter.h"
#include "ui/SettingsPage.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestOfficeSettings : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    Database m_db;

    QLineEdit *edit(SettingsPage &page, const char *name) {
        return page.findChild<QLineEdit *>(QString::fromLatin1(name));
    }
    QString noticeHtml() {
        FormPrinter::Request r;
        r.kind = FormPrinter::Kind::Notice;
        r.meetingId = 1;
        const QList<PrintableDocument> docs = FormPrinter(m_db).documents(r);
        return docs.isEmpty() ? QString() : docs.first().html;
    }

private slots:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        QVERIFY(m_db.open(m_dir.filePath(u"office.sqlite"_s)));
        QVERIFY(DatabaseInitializer(m_db).initialize(u"wuhai"_s));
        QSqlQuery q(m_db.sql());
        QVERIFY(q.exec(u"INSERT INTO meetings(id, title, meeting_date, place, created_at) VALUES "
                       "(1, '市长服务民营企业接待日', '2024-07-05', '市政务服务中心', "
                       "'2024-06-01T00:00:00')"_s));
    }

    void savesAndPrintsTheOfficeDetails() {
        SettingsPage page(m_db);
        const QString profileIssuer = ProfileRepository(m_db).active().issuer;
        QVERIFY(!profileIssuer.isEmpty());
        QCOMPARE(edit(page, "issuerEdit")->placeholderText(), profileIssuer);
        // Nothing set yet: the documents sign with the profile's issuer.
        QVERIFY(noticeHtml().contains(profileIssuer));

        edit(page, "issuerEdit")->setText(u"  海勃湾区营商环境建设局 "_s);
        edit(page, "phoneEdit")->setText(u"0473-8991510"_s);
        edit(page, "emailEdit")->setText(u"yingshang@wuhai.gov.cn"_s);
        edit(page, "bookingHoursEdit")->setText(u"工作日8:30—12:00"_s);
        edit(page, "bookingPlaceEdit")->setText(u"市政务服务中心3楼<302>室"_s);
        page.findChild<QPushButton *>(u"saveOfficeButton"_s)->click();
        auto *message = page.findChild<QLabel *>(u"officeMessage"_s);
        QVERIFY2(message->text().startsWith(u"Saved;"_s), qPrintable(message->text()));

        QCOMPARE(m_db.setting(u"office.issuer"_s), u"海勃湾区营商环境建设局"_s); // trimmed
        QCOMPARE(m_db.setting(u"office.phone"_s), u"0473-8991510"_s);
        QCOMPARE(m_db.setting(u"office.booking_place"_s), u"市政务服务中心3楼<302>室"_s);
        const QList<AuditLog::Entry> history = AuditLog(m_db).history(u"settings"_s, 0);
        QCOMPARE(history.size(), 1);
        QCOMPARE(history.first().action, u"office_updated"_s);
        QVERIFY(history.first().detail.contains(u"office.phone"_s));

        const QString html = noticeHtml();
        for (const QString &value :
             {u"海勃湾区营商环境建设局"_s, u"0473-8991510"_s, u"yingshang@wuhai.gov.cn"_s,
              u"工作日8:30—12:00"_s, u"市政务服务中心3楼&lt;302&gt;室"_s})
            QVERIFY2(html.contains(value), qPrintable(value));
        QVERIFY(!html.contains(profileIssuer));

        // Saving the same again changes nothing and writes no audit entry.
        QVERIFY(page.saveOffice());
        QCOMPARE(AuditLog(m_db).history(u"settings"_s, 0).size(), 1);
        // A new page shows what is stored.
        SettingsPage again(m_db);
        QCOMPARE(edit(again, "emailEdit")->text(), u"yingshang@wuhai.gov.cn"_s);
    }

    // The office's details being typed stay when the page is read again after another desk's
    // save (the live refresh put the stored ones back); with nothing changed it shows the
    // stored ones, another desk's included.
    void aRefreshKeepsTheDetailsBeingTyped() {
        SettingsPage page(m_db);
        OfficeDetailsRepository repo(m_db);
        OfficeDetails d = repo.load();
        edit(page, "phoneEdit")->setText(u"0473-3990000"_s);
        page.refresh();
        QCOMPARE(edit(page, "phoneEdit")->text(), u"0473-3990000"_s);
        QVERIFY(page.unsavedChanges().contains(u"the office's details"_s));

        // Another desk changes the booking place: shown at once, the phone typed here stays.
        d.bookingPlace = u"市政务服务中心三楼"_s;
        QVERIFY(repo.save(d));
        page.refresh();
        QCOMPARE(edit(page, "bookingPlaceEdit")->text(), u"市政务服务中心三楼"_s);
        QCOMPARE(edit(page, "phoneEdit")->text(), u"0473-3990000"_s);
    }

    void oddPhoneAndEmailAreWarnedAboutButSaved() {
        SettingsPage page(m_db);
        edit(page, "phoneEdit")->setText(u"8991510"_s); // no area code
        edit(page, "emailEdit")->setText(u"yingshang at wuhai"_s);
        QVERIFY(page.saveOffice());
        const QString text = page.findChild<QLabel *>(u"officeMessage"_s)->text();
        QVERIFY2(text.contains(u"Phone and fax:"_s), qPrintable(text));
        QVERIFY2(text.contains(u"E-mail:"_s), qPrintable(text));
        QCOMPARE(m_db.setting(u"office.phone"_s), u"8991510"_s);
        QCOMPARE(m_db.setting(u"office.email"_s), u"yingshang at wuhai"_s);

        OfficeDetails fine;
        fine.phone = u"0473-8991510、13904771234"_s;
        fine.email = u"a@b.cn"_s;
        QVERIFY(OfficeDetailsRepository::warnings(fine).isEmpty());
    }

    void emptyIssuerFallsBackToTheProfile() {
        SettingsPage page(m_db);
        edit(page, "issuerEdit")->clear();
        QVERIFY(page.saveOffice());
        QVERIFY(m_db.setting(u"office.issuer"_s).isEmpty());
        QVERIFY(noticeHtml().contains(ProfileRepository(m_db).active().issuer));
    }
};

QTEST_MAIN(TestOfficeSettings)
#include "tst_officesettings.moc"

#include "core/Database.h"
#include "core/DatabaseInitializer.h"
#include "core/ProfileRepository.h"
#include "core/WorkCalendar.h"
#include "tests/support/TestServer.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// The five regimes as data: the numbers each one's document sets, and what a user may adjust.
class TestProfiles : public QObject {
    Q_OBJECT

private:
    QTemporaryDir dir;
    WorkCalendar cal = WorkCalendar::builtIn();
    static RuleProfile p(const char *code) {
        return *ProfileRepository::builtIn(QString::fromLatin1(code));
    }
    static QDate d(const char *iso) {
        return QDate::fromString(QString::fromLatin1(iso), Qt::ISODate);
    }

private slots:
    void allFiveLoadAndValidate() {
        QCOMPARE(ProfileRepository::builtInCodes().size(), 5);
        for (const QString &code : ProfileRepository::builtInCodes()) {
            const auto profile = ProfileRepository::builtIn(code);
            QVERIFY2(profile, qPrintable(code));
            QCOMPARE(profile->code, code);
            QVERIFY2(profile->validate().isEmpty(), qPrintable(profile->validate().join(u'\n')));
            QVERIFY(!profile->form1Title.isEmpty() && !profile->source.isEmpty());
            QCOMPARE(profile->exclusionReasons.size(), 6);
            // JSON round trip loses nothing.
            QStringList errors;
            QCOMPARE(RuleProfile::fromJson(profile->toJson(), &errors), *profile);
            QVERIFY(errors.isEmpty());
        }
    }

    void tongliao() {
        const RuleProfile t = p("tongliao");
        QCOMPARE(t.cadencePeriod, RuleProfile::CadencePeriod::Month);
        QCOMPARE(t.representativesMin, 5);
        QCOMPARE(t.representativesMax, 10);
        QCOMPARE(t.formVariant, u"000"_s);
        QCOMPARE(t.form1Title, u"政企畅谈会报名申请表"_s);
    }

    void heyuanCatalogueLeadTime() {
        const RuleProfile h = p("heyuan");
        QCOMPARE(h.cadencePeriod, RuleProfile::CadencePeriod::Quarter);
        QCOMPARE(h.catalogueLeadWorkingDays, 4);
        // Meeting on Tuesday 2024-10-08, right after 国庆: the catalogue is due 4 working days
        // earlier, counting the make-up Sunday 09-29.
        QCOMPARE(cal.subtractWorkingDays(d("2024-10-08"), h.catalogueLeadWorkingDays).date,
                 d("2024-09-26"));
    }

    void wuhaiLimits() {
        const RuleProfile w = p("wuhai");
        QCOMPARE(w.noticeLeadWorkingDays, 15);
        QCOMPARE(w.progressLimit, (HandlingLimit{7, DeadlineUnit::WorkingDays}));
        QCOMPARE(w.resultLimitSingle, (HandlingLimit{30, DeadlineUnit::CalendarDays}));
        QVERIFY(w.tenDayReports);
        QCOMPARE(w.reportIntervalDays, 10);
        QVERIFY(w.domainMatching);
        QCOMPARE(w.meetingsPerPeriod, 4);
        // Assigned Friday 2024-09-27: progress within 7 working days, result within 30 days.
        QCOMPARE(w.progressDeadline(cal, d("2024-09-27")).date, d("2024-10-12"));
        QCOMPARE(w.resultDeadline(cal, d("2024-09-27"), false).date, d("2024-10-28"));
    }

    void qingxinLiaison() {
        const RuleProfile q = p("qingxin");
        QCOMPARE(q.liaisonEnterprisesMin, 2);
        QCOMPARE(q.liaisonEnterprisesMax, 3);
    }

    void wushenSingleAndMultiDepartment() {
        const RuleProfile w = p("wushen");
        QCOMPARE(w.extensionCap, 2);
        QCOMPARE(w.assignWithinWorkingDays, 1);
        QCOMPARE(w.representativesMin, 10);
        QCOMPARE(w.formVariant, u"004"_s);
        QVERIFY(!w.progressLimit.isSet());
        // 7 days for one department, 15 for several; 2024-07-05 is the notice's date.
        QCOMPARE(w.resultDeadline(cal, d("2024-07-05"), false).date, d("2024-07-12"));
        QCOMPARE(w.resultDeadline(cal, d("2024-07-05"), true).date,
                 d("2024-07-22")); // 07-20 is a Saturday
    }

    void validationNamesTheField() {
        RuleProfile bad = p("wushen");
        bad.representativesMax = 5; // below the minimum of 10
        bad.formVariant = u"003"_s;
        bad.extensionCap = -5;
        bad.exclusionReasons << ExclusionReason{u"judicial"_s, u"重复"_s};
        const QStringList problems = bad.validate();
        QCOMPARE(problems.size(), 4);
        QVERIFY(problems.at(0).startsWith(u"representatives:"_s));
        QVERIFY(problems.join(u'\n').contains(u"forms.variant"_s));
        QVERIFY(problems.join(u'\n').contains(u"extensionCap"_s));
        QVERIFY(problems.join(u'\n').contains(u"\"judicial\" is used twice"_s));

        QStringList errors;
        QJsonObject json = p("wuhai").toJson();
        QJsonObject limits = json.value("limits"_L1).toObject();
        limits.insert("progress"_L1, QJsonObject{{"amount"_L1, 7}, {"unit"_L1, "weeks"_L1}});
        json.insert("limits"_L1, limits);
        RuleProfile::fromJson(json, &errors);
        QCOMPARE(errors.size(), 1);
        QVERIFY(errors.first().startsWith(u"limits.progress: unit"_s));
    }

    void adjustedProfileIsStoredInTheDatabase() {
        Database db;
        QVERIFY(db.open(TestServer::location(dir.path(), u"p.sqlite"_s)));
        QVERIFY(DatabaseInitializer(db).initialize(u"wushen"_s));
        ProfileRepository repo(db);
        RuleProfile w = repo.active();
        QCOMPARE(w.code, u"wushen"_s);
        w.extensionCap = 3;
        w.resultLimitSingle = {10, DeadlineUnit::WorkingDays};
        QVERIFY2(repo.save(w), qPrintable(repo.errorString()));
        QCOMPARE(repo.active().extensionCap, 3);
        QCOMPARE(repo.active().resultLimitSingle, (HandlingLimit{10, DeadlineUnit::WorkingDays}));
        // The shipped file is untouched: another database still gets the document's rules.
        QCOMPARE(ProfileRepository::builtIn(u"wushen"_s)->extensionCap, 2);

        w.representativesMin = 20;
        w.representativesMax = 10;
        QVERIFY(!repo.save(w));
        QVERIFY(repo.errorString().startsWith(u"representatives:"_s));
        QCOMPARE(repo.active().representativesMin, 10);

        QVERIFY(!repo.setActive(u"beijing"_s));
        QVERIFY(repo.errorString().contains(u"beijing"_s));
        QVERIFY(repo.setActive(u"heyuan"_s));
        QCOMPARE(repo.active().code, u"heyuan"_s);
        QCOMPARE(repo.list().size(), 5);
    }
};

QTEST_GUILESS_MAIN(TestProfiles)
#include "tst_profiles.moc"

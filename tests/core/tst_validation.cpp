#include "core/Appeal.h"
#include "core/Clock.h"
#include "core/validation/AppealValidator.h"
#include "core/validation/PhoneValidator.h"
#include "core/validation/UsccValidator.h"

#include <QTest>

using namespace Qt::StringLiterals;

// GB 32100-2015 codes and the phone shapes of the paper forms.
class TestValidation : public QObject {
    Q_OBJECT

private slots:
    void validUscc_data() {
        QTest::addColumn<QString>("code");
        // 91110000600037341L is the brief's example; the others were computed by hand from the
        // weights 3^(i-1) mod 31 and checked with a separate script.
        QTest::newRow("brief's example") << u"91110000600037341L"_s;
        QTest::newRow("Fuzhou, letters inside") << u"91350100M000100Y43"_s;
        QTest::newRow("Ordos MA code") << u"91150626MA0N6X8K2N"_s;
        QTest::newRow("Wuhai MA code") << u"91150602MA0Q7B3R1F"_s;
        QTest::newRow("public institution, 12") << u"12150000011601447K"_s;
        QTest::newRow("check character 0 case") << u"91440101231245152Y"_s;
    }

    void validUscc() {
        QFETCH(QString, code);
        const auto r = UsccValidator::check(code);
        QVERIFY2(r.isValid(), qPrintable(r.reason));
        QCOMPARE(r.normalized, code);
        QCOMPARE(UsccValidator::checkCharacter(QStringView(code).left(17)), code.back());
    }

    void usccNormalisation() {
        // Lower case, full-width characters and spaces are how codes arrive from input methods.
        const auto lower = UsccValidator::check(u"91110000600037341l"_s);
        QVERIFY(lower.isValid());
        QCOMPARE(lower.normalized, u"91110000600037341L"_s);
        const auto fullWidth = UsccValidator::check(u"９１１１００００６０００３７３４１Ｌ"_s);
        QVERIFY(fullWidth.isValid());
        const auto spaced = UsccValidator::check(u" 9111 0000 6000 3734 1L "_s);
        QVERIFY(spaced.isValid());
        QCOMPARE(spaced.normalized, u"91110000600037341L"_s);
    }

    void usccLength() {
        const auto r = UsccValidator::check(u"91110000600037341"_s);
        QCOMPARE(r.problem, UsccValidator::Problem::Length);
        QVERIFY(r.reason.contains(u"17"_s));
        QVERIFY(r.reason.contains(u"18"_s));
        QCOMPARE(UsccValidator::check(u"91110000600037341LL"_s).problem,
                 UsccValidator::Problem::Length);
        QCOMPARE(UsccValidator::check(QString()).problem, UsccValidator::Problem::Empty);
    }

    void usccIllegalCharacter_data() {
        QTest::addColumn<QString>("code");
        QTest::addColumn<int>("position");
        QTest::addColumn<QString>("character");
        QTest::newRow("letter O for zero") << u"9111O000600037341L"_s << 5 << u"O"_s;
        QTest::newRow("letter I for one") << u"9I110000600037341L"_s << 2 << u"I"_s;
        QTest::newRow("S") << u"91110000600037341S"_s << 18 << u"S"_s;
        QTest::newRow("hyphen") << u"91110000-00037341L"_s << 9 << u"-"_s;
        QTest::newRow("Chinese") << u"9111000060003734码L"_s << 17 << u"码"_s;
    }

    void usccIllegalCharacter() {
        QFETCH(QString, code);
        QFETCH(int, position);
        QFETCH(QString, character);
        const auto r = UsccValidator::check(code);
        QCOMPARE(r.problem, UsccValidator::Problem::IllegalCharacter);
        QCOMPARE(r.position, position);
        QCOMPARE(QString(r.found), character);
        QVERIFY2(r.reason.contains(QString::number(position)), qPrintable(r.reason));
        QVERIFY2(r.reason.contains(character), qPrintable(r.reason));
    }

    void usccCheckCharacter() {
        const auto r = UsccValidator::check(u"91110000600037341K"_s);
        QCOMPARE(r.problem, UsccValidator::Problem::CheckCharacter);
        QCOMPARE(r.expected, QChar(u'L'));
        QCOMPARE(r.found, QChar(u'K'));
        QVERIFY2(r.reason.contains(u"'L'"_s), qPrintable(r.reason));
        // A changed digit in the body changes the expected check character.
        const auto body = UsccValidator::check(u"91110000600037342L"_s);
        QCOMPARE(body.problem, UsccValidator::Problem::CheckCharacter);
        QVERIFY(body.expected != QChar(u'L'));
    }

    void usccWeights() {
        // Σ vᵢ·Wᵢ mod 31 with all-zero body except one position gives the weight back.
        const QString cs = UsccValidator::charset();
        QCOMPARE(cs.size(), 31);
        const int weights[17] = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
        for (int i = 0; i < 17; ++i) {
            QString body(17, u'0');
            body[i] = u'1';
            QCOMPARE(UsccValidator::checkCharacter(body), cs[(31 - weights[i]) % 31]);
        }
    }

    void phones_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("normalized");
        const int mobile = int(PhoneValidator::Kind::Mobile);
        const int landline = int(PhoneValidator::Kind::Landline);
        const int hotline = int(PhoneValidator::Kind::Hotline);
        const int invalid = int(PhoneValidator::Kind::Invalid);
        const int empty = int(PhoneValidator::Kind::Empty);
        QTest::newRow("mobile") << u"13847512345"_s << mobile << u"13847512345"_s;
        QTest::newRow("mobile spaced") << u"138 4751 2345"_s << mobile << u"13847512345"_s;
        QTest::newRow("mobile hyphens") << u"138-4751-2345"_s << mobile << u"13847512345"_s;
        QTest::newRow("+86") << u"+86 19912345678"_s << mobile << u"19912345678"_s;
        QTest::newRow("86 without plus") << u"86-15012345678"_s << mobile << u"15012345678"_s;
        QTest::newRow("full-width digits")
            << u"１３８４７５１２３４５"_s << mobile << u"13847512345"_s;
        QTest::newRow("landline seed 002") << u"0473-8991510"_s << landline << u"0473-8991510"_s;
        QTest::newRow("landline em dash") << u"0473—8991510"_s << landline << u"0473-8991510"_s;
        QTest::newRow("landline no hyphen") << u"04738991510"_s << landline << u"0473-8991510"_s;
        QTest::newRow("landline brackets") << u"（0477）8991510"_s << landline << u"0477-8991510"_s;
        QTest::newRow("Beijing 8 digits") << u"010-12345678"_s << landline << u"010-12345678"_s;
        QTest::newRow("Beijing no hyphen") << u"01012345678"_s << landline << u"010-12345678"_s;
        QTest::newRow("extension 转")
            << u"0473-8991510转123"_s << landline << u"0473-8991510 转 123"_s;
        QTest::newRow("extension hyphen")
            << u"0473-8991510-123"_s << landline << u"0473-8991510 转 123"_s;
        QTest::newRow("extension ext")
            << u"010-12345678 ext. 45"_s << landline << u"010-12345678 转 45"_s;
        QTest::newRow("12345") << u"12345"_s << hotline << u"12345"_s;
        QTest::newRow("95588") << u"95588"_s << hotline << u"95588"_s;
        QTest::newRow("400 number") << u"400-810-8888"_s << hotline << u"4008108888"_s;
        QTest::newRow("two numbers")
            << u"13847512345、0473-8991510"_s << mobile << u"13847512345、0473-8991510"_s;
        QTest::newRow("empty") << u"  "_s << empty << QString();
        QTest::newRow("mobile 12") << u"12847512345"_s << invalid << u"12847512345"_s;
        QTest::newRow("mobile too short") << u"1384751234"_s << invalid << u"1384751234"_s;
        QTest::newRow("Beijing 7 digits") << u"010-1234567"_s << invalid << u"010-1234567"_s;
        QTest::newRow("no area code") << u"8991510"_s << invalid << u"8991510"_s;
        QTest::newRow("garbage") << u"见附件"_s << invalid << u"见附件"_s;
        QTest::newRow("one bad of two") << u"13847512345/123"_s << invalid << u"13847512345、123"_s;
    }

    void phones() {
        QFETCH(QString, text);
        QFETCH(int, kind);
        QFETCH(QString, normalized);
        const auto r = PhoneValidator::check(text);
        QCOMPARE(int(r.kind), kind);
        QCOMPARE(r.normalized, normalized);
        QCOMPARE(r.reason.isEmpty(), r.isValid());
    }

    void phoneReasonQuotesTheNumber() {
        const auto r = PhoneValidator::check(u"12847512345"_s);
        QVERIFY(r.reason.contains(u"12847512345"_s));
        QVERIFY(PhoneValidator::check(u"0473-123"_s).reason.contains(u"0473-8991510"_s));
    }

    void appealRequiredFields() {
        Clock::Fixed today(QDate(2024, 7, 10));
        AppealValidator v;
        Appeal a;
        const auto issues = v.validate(a);
        QStringList errors;
        for (const auto &i : issues) {
            QVERIFY(i.isError());
            QVERIFY(i.message.startsWith(i.message.section(u':', 0, 0)));
            errors << i.field;
        }
        QCOMPARE(errors, (QStringList{u"submitting_unit"_s, u"submit_date"_s, u"problem"_s}));
        QVERIFY(issues.first().message.startsWith(u"Submitting unit: "_s));
    }

    void appealDates() {
        Clock::Fixed today(QDate(2024, 7, 10));
        AppealValidator v;
        Appeal a;
        a.submittingUnit = u"乌审旗某能源有限公司"_s;
        a.problem = u"用地审批慢"_s;
        a.submitDate = QDate(2024, 7, 10);
        QVERIFY(v.validate(a).isEmpty());
        a.submitDate = QDate(2024, 7, 11);
        auto issues = v.validate(a);
        QCOMPARE(issues.size(), 1);
        QCOMPARE(issues.first().field, u"submit_date"_s);
        QVERIFY(issues.first().reason.contains(u"2024-07-11"_s));
        QVERIFY(issues.first().reason.contains(u"future"_s));
        a.submitDate = QDate(1999, 12, 31);
        issues = v.validate(a);
        QCOMPARE(issues.size(), 1);
        QVERIFY(issues.first().reason.contains(u"1999-12-31"_s));
        a.submitDate = QDate(2000, 1, 1);
        QVERIFY(v.validate(a).isEmpty());
    }

    void appealWarningsDoNotBlock() {
        Clock::Fixed today(QDate(2024, 7, 10));
        AppealValidator v;
        Appeal a;
        a.submittingUnit = u"乌审旗某能源有限公司"_s;
        a.problem = u"用地审批慢"_s;
        a.submitDate = QDate(2024, 7, 5);
        a.phone = u"12345678"_s;
        const auto issues = v.validate(a, u"91110000600037341K"_s);
        QCOMPARE(issues.size(), 2);
        QVERIFY(!ValidationIssue::hasErrors(issues));
        QCOMPARE(issues.at(0).field, u"uscc"_s);
        QCOMPARE(issues.at(1).field, u"phone"_s);
        QVERIFY(issues.at(0).message.startsWith(u"Unified social credit code: "_s));
        QVERIFY(issues.at(1).message.startsWith(u"Phone: "_s));
    }
};

QTEST_GUILESS_MAIN(TestValidation)
#include "tst_validation.moc"

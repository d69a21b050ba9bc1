// One vocabulary: every status code the database stores has words on screen (never the raw
// code) and official Chinese words on paper, both from core/StatusLabels.
#include "core/StatusLabels.h"
#include "core/queries/AssignmentState.h"
#include "core/workflow/AssignmentService.h"
#include "core/workflow/Evaluation.h"
#include "core/workflow/Extension.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {
bool isChinese(const QString &text) {
    for (const QChar c : text)
        if (c.unicode() >= 0x4e00 && c.unicode() <= 0x9fff)
            return true;
    return false;
}
} // namespace

class TestStatusLabels : public QObject {
    Q_OBJECT

private slots:
    void everyCodeHasWords() {
        for (const QString &code : StatusLabels::appealStatusCodes()) {
            QVERIFY2(StatusLabels::appeal(code) != code, qPrintable(code));
            QVERIFY2(isChinese(StatusLabels::printedAppeal(code)), qPrintable(code));
        }
        for (const QString &code : AssignmentState::allStatusCodes()) {
            QVERIFY2(StatusLabels::assignment(code) != code, qPrintable(code));
            QVERIFY2(isChinese(StatusLabels::printedAssignment(code)), qPrintable(code));
        }
        for (const QString &code : {u"planned"_s, u"held"_s, u"cancelled"_s}) {
            QVERIFY2(StatusLabels::meeting(code) != code, qPrintable(code));
            QVERIFY2(isChinese(StatusLabels::printedMeeting(code)), qPrintable(code));
        }
        for (const auto s :
             {Extension::Status::Pending, Extension::Status::Approved, Extension::Status::Refused})
            QVERIFY(StatusLabels::extension(Extension::statusCode(s)) != Extension::statusCode(s));
        for (const auto l : {Evaluation::Level::Satisfied, Evaluation::Level::Basic,
                             Evaluation::Level::Unsatisfied}) {
            const QString code = Evaluation::levelCode(l);
            QVERIFY2(StatusLabels::evaluationLevel(code) != code, qPrintable(code));
            QVERIFY2(isChinese(StatusLabels::printedEvaluationLevel(code)), qPrintable(code));
        }
        using State = AssignmentService::DeadlineState;
        QSet<QString> codes;
        for (const auto s : {State::Closed, State::OnTime, State::DueSoon, State::Overdue,
                             State::Extended, State::ExtendedOverdue}) {
            const QString code = AssignmentService::deadlineStateCode(s);
            codes.insert(code);
            QVERIFY2(StatusLabels::assignmentDeadline(code) != code, qPrintable(code));
        }
        QCOMPARE(codes.size(), 6);
        for (const auto s :
             {AssignmentState::DeadlineState::None, AssignmentState::DeadlineState::OnTrack,
              AssignmentState::DeadlineState::DueSoon, AssignmentState::DeadlineState::Overdue}) {
            const QString code = AssignmentState::stateCode(s);
            QVERIFY2(StatusLabels::deadlineState(code) != code, qPrintable(code));
        }
    }

    // The printed words are the same in every printout: the minutes' status column and the
    // printed lists both say 退回重办 for a returned item.
    void printedWords() {
        QCOMPARE(StatusLabels::printedAssignment(u"returned"_s), u"退回重办"_s);
        QCOMPARE(StatusLabels::printedAppeal(u"pending"_s), u"待研判"_s);
        QCOMPARE(StatusLabels::printedMeeting(u"held"_s), u"已召开"_s);
        QCOMPARE(StatusLabels::printedAssignment(u"unknown"_s), u"unknown"_s);
    }
};

QTEST_GUILESS_MAIN(TestStatusLabels)
#include "tst_statuslabels.moc"

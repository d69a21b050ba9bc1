#pragma once

#include <QDate>
#include <QString>

// 评价 (附件3 办结评价表 / 总体评价表): the enterprise's rating of a finished assignment.
struct Evaluation {
    enum class Level { Satisfied, Basic, Unsatisfied }; // 满意, 基本满意, 不满意

    qint64 id = 0;
    qint64 assignmentId = 0;
    QString evaluatingUnit;
    QString responsiblePerson;
    QString phone;
    QDate submitDate;
    Level level = Level::Satisfied;
    QString opinion;     // 总体评价意见
    QString suggestions; // 其他意见建议

    static QString levelCode(Level l) {
        switch (l) {
        case Level::Basic:
            return QStringLiteral("basic");
        case Level::Unsatisfied:
            return QStringLiteral("unsatisfied");
        case Level::Satisfied:
            break;
        }
        return QStringLiteral("satisfied");
    }
    static Level levelFromCode(const QString &code) {
        if (code == QLatin1String("basic"))
            return Level::Basic;
        if (code == QLatin1String("unsatisfied"))
            return Level::Unsatisfied;
        return Level::Satisfied;
    }
};

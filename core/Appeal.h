#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

// 诉求: one difficulty or suggestion an enterprise handed in (附件1).
struct Appeal {
    enum class Status { Pending, Accepted, Rejected, Redirected, Solved };

    qint64 id = 0;
    QString number;         // 编号
    QString submittingUnit; // 提交单位 / 提交企业
    qint64 enterpriseId = 0;
    QString responsiblePerson;
    QString phone;
    QDate submitDate;
    QString channel; // 报名表, 12345, 粤商通, 走访 ...
    qint64 collectingDepartmentId = 0;
    QString problem;       // 困难问题
    QString suggestions;   // 意见建议
    QString priorHandling; // 备注: 前期问题困难反映情况及初步结果
    QString domain;        // 领域
    bool industryWide = false;
    bool urgent = false;
    Status status = Status::Pending;
    QString screeningReason; // an exclusion reason code of the profile, or the redirect target
    QString screeningNote;
    qint64 duplicateOf = 0;
    qint64 topicId = 0;
    QDateTime createdAt; // set by AppealRepository
    QDateTime updatedAt;
    int version = 0; // as read; a save over a later version is refused (EditConflict)

    static QString statusCode(Status s);
    static Status statusFromCode(const QString &code, bool *ok = nullptr);
};

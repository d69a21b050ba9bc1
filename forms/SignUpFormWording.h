#pragma once

#include <QString>
#include <QStringList>

// The words of 附件1 as the seeds print them: seed 000's 报名申请表 or seed 004's 议题表. Clerks
// copy from that paper, so the printed form (AttachmentForms::form1) and the on-screen key-in
// form read their labels and footnotes from here, in Chinese whatever the UI language.
struct SignUpFormWording {
    QString title;
    QString number;      // 编号：
    QString unit;        // 提交单位 (000) / 提交企业 (004)
    QString person;      // 企业负责人 (000) / 负责人 (004)
    QString phone;       // 联系电话
    QString date;        // 提交日期
    QString problem;     // 困难问题
    QString suggestions; // 意见建议
    QString remarks;     // 备注
    QString remarksHint; // （前期问题困难反映情况及初步结果）
    QStringList footnotes;

    // `variant` "004" or anything else for 000; `title` the profile's form-1 title, empty for
    // the seed's own.
    static SignUpFormWording of(const QString &variant, const QString &title = {});
};

#pragma once

#include "forms/FormData.h"
#include "forms/PrintableDocument.h"
#include "forms/report/ReminderNoticeData.h"

// The 催办通知 for an overdue assignment as an official notice (GB/T 9704 like the 通告 and the
// minutes): the 版头 (the office's name, the 发文字号 under it, the red rule), the title, the
// lead department addressed (主送), the item with its deadline in force, extensions and working
// days overdue, the demand to report by a date, the office and the date placed as 7.3.5.2 says,
// and at the foot of the last page the 版记: the cooperating departments copied (抄送) and the
// 印发 line. `issued` dates it (the day it counts to). A null notice prints the blank template.
// Always Chinese.
class ReminderNotice {
public:
    static QString title() { return QStringLiteral("企业诉求事项催办通知"); }
    static PrintableDocument build(const FormContext &context, const ReminderNoticeData *notice,
                                   const QDate &issued);
};

#pragma once

#include "forms/FormData.h"
#include "forms/PrintableDocument.h"
#include "forms/report/ReminderNoticeData.h"

// The 催办通知 for an overdue assignment as an official notice (GB/T 9704 like the 通告 and the
// minutes): title and number line, the lead department addressed (主送), the item with its
// deadline in force, extensions and working days overdue, the demand to report by a date, the
// issuing office and date, and the cooperating departments copied (抄送) in the 版记. A null
// notice prints the blank template. Always Chinese.
class ReminderNotice {
public:
    static QString title() { return QStringLiteral("企业诉求事项催办通知"); }
    static PrintableDocument build(const FormContext &context, const ReminderNoticeData *notice,
                                   const QDate &issued);
};

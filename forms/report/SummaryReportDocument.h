#pragma once

#include "core/report/SummaryReport.h"
#include "forms/FormData.h"
#include "forms/PrintableDocument.h"

#include <QCoreApplication>
#include <optional>

class Database;

// The leaders' summary report (诉求办理情况月报/季报) as an official document: GB/T 9704 layout
// like the minutes (title, issuing office and date, headings 一、…, （一）…), always Chinese.
// Sections: 基本情况 (by status, domain, channel), 逾期未办结事项, 部门办理情况, 企业满意度评价,
// 需领导研究决定的事项 (提交上级, 暂缓解决), 共性问题及专题研究建议.
class SummaryReportDocument {
    Q_DECLARE_TR_FUNCTIONS(SummaryReportDocument)

public:
    // “乌审旗政务服务“亲清”政企恳谈会诉求办理情况月报（2026年11月）”.
    static QString title(const FormContext &context, const ReportPeriod &period);
    // The title's words: the profile's name, 诉求办理情况月报, （2026年10月）.
    static QStringList titleWords(const FormContext &context, const ReportPeriod &period);
    static PrintableDocument build(const FormContext &context, const SummaryReport &report,
                                   const QDate &issued);

    // Reads the period's figures (SummaryReportQuery) and lays them out, dated today.
    // nullopt with `error` set when the period is invalid or the database cannot be read.
    static std::optional<PrintableDocument> fromDatabase(Database &db, const ReportPeriod &period,
                                                         QString *error);
};

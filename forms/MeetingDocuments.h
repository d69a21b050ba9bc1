#pragma once

#include "forms/FormData.h"
#include "forms/PrintableDocument.h"

// What a meeting produces for leaders and departments: the 会议纪要 (GB/T 9704 layout), the
// 《企业诉求事项处理意见》 (seed 001), and the landscape problem & suggestion list
// (问题建议清单 / 企业问题目录 / 涉企问题工作台账). A null meeting prints the blank template.
class MeetingDocuments {
public:
    static PrintableDocument minutes(const FormContext &context, const MeetingFormData *meeting);
    static PrintableDocument opinions(const FormContext &context, const MeetingFormData *meeting);
    static PrintableDocument problemList(const FormContext &context, const MeetingFormData *meeting,
                                         const QList<AssignmentFormData> &rows, bool blank);

    static QString minutesTitle(const FormContext &context, const MeetingFormData *meeting);
    static QString listTitle(const FormContext &context);
};

#pragma once

#include "forms/FormData.h"
#include "forms/PrintableDocument.h"

// Seed 002's attachments (乌海市“市长服务民营企业接待日”): 附件1 通告 from its template, 附件2
// 来访企业预约登记表, 附件3 企业诉求交办单. The seed prints only the notice's text; the two
// tables follow the fields its 接待程序 asks for. A null record prints the blank form.
class ReceptionForms {
public:
    static PrintableDocument notice(const FormContext &context, const MeetingFormData *meeting);
    static PrintableDocument booking(const FormContext &context, const AppealFormData *appeal);
    static PrintableDocument dispatch(const FormContext &context, const AssignmentFormData *sheet);
};

#pragma once

#include "forms/FormData.h"
#include "forms/PrintableDocument.h"

// 附件1/2/3 of seed 000 (报名申请表, 办理情况表, 办结评价表) and seed 004 (议题表, 议题办理情况表,
// 总体评价表): label for label and footnote for footnote as the seeds print them. A null
// record prints the blank form for handing out on paper.
class AttachmentForms {
public:
    static PrintableDocument form1(const FormContext &context, const AppealFormData *appeal);
    static PrintableDocument form2(const FormContext &context, const AssignmentFormData *sheet);
    static PrintableDocument form3(const FormContext &context,
                                   const EvaluationFormData *evaluation);

    // The seed's own title of form 1..3 in a variant (used when the profile has none).
    static QString defaultTitle(int form, const QString &variant);
};

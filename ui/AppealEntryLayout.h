#pragma once

#include <QCoreApplication>

class AppealEntryFields;
class Database;
class QWidget;
struct SignUpFormWording;

// Places the key-in form's fields as on the paper 附件1 and the office's own fields below it.
// The paper's labels, 备注 hint and footnotes are the official Chinese wording of the profile's
// variant (SignUpFormWording, the same words the printed form uses), whatever the UI language:
// clerks copy from that paper. In the English UI each of them carries its English meaning as
// a tooltip. The office's own fields are ordinary translated UI.
class AppealEntryLayout {
    Q_DECLARE_TR_FUNCTIONS(AppealEntryLayout)

public:
    static QWidget *paperSheet(const AppealEntryFields &fields, const SignUpFormWording &wording,
                               bool variant004);
    // Also fills the channel, collecting-department and 领域 choices.
    static QWidget *officeFields(const AppealEntryFields &fields, Database &db);
    // The paper's reading order, then the office's own fields, the number last (it is usually
    // left to the automatic numbering).
    static void setTabOrder(const AppealEntryFields &fields);
};

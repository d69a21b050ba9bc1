#pragma once

#include "core/Appeal.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QMap>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QFontMetrics;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

// The input widgets of the key-in form: the paper's fields, the office's own (credit code,
// channel, collecting department, 领域, flags) and the notes shown beside them. Each has the
// object name the tests and the tab order use. The widgets have no parent until
// AppealEntryLayout places them. What they hold moves to and from an Appeal (saving, editing)
// and JSON (the draft that survives a crash).
class AppealEntryFields {
    Q_DECLARE_TR_FUNCTIONS(AppealEntryFields)

public:
    explicit AppealEntryFields(const QFontMetrics &fm);

    // True when any text was typed (the date and the choices do not count).
    bool hasTypedText() const;
    // The typed values over `base` (editing keeps status, screening, topic and duplicate mark);
    // the enterprise link is the form's business.
    Appeal toAppeal(Appeal base) const;
    void fill(const Appeal &appeal, const QString &uscc);
    // Empties what differs from sheet to sheet; keeps date, channel and collecting department.
    void clearForNextSheet();
    QJsonObject toJson() const;
    void fromJson(const QJsonObject &json);
    // toJson() with the fields of a filled 附件1 read from its Word file (AppealCsvColumns'
    // keys -> the form's texts) and the form's wording as the channel; a date the form gives
    // in words no date reads ("下周") is left out and returned in *unreadDate.
    QJsonObject withWordForm(const QMap<QString, QString> &fields, const QString &wording,
                             QString *unreadDate) const;

    QLineEdit *number;
    QLineEdit *unit;
    QLineEdit *person;
    QLineEdit *phone;
    QDateEdit *date;
    QPlainTextEdit *problem;
    QPlainTextEdit *suggestions;
    QPlainTextEdit *prior;
    QLineEdit *uscc;
    QCheckBox *addEnterprise;
    QComboBox *channel;
    QComboBox *department;
    QComboBox *domain;
    QCheckBox *industry;
    QCheckBox *urgent;
    QLabel *phoneWarning;
    QLabel *usccWarning;
    QLabel *enterpriseHint;
    QLabel *errors;
    QLabel *attachmentLabel;
};

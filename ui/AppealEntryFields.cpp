#include "ui/AppealEntryFields.h"

#include "core/Clock.h"
#include "core/import/LooseValueParser.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>

using namespace Qt::StringLiterals;

namespace {

// Tab leaves the date as it leaves every other field; QDateEdit would otherwise use it to walk
// year, month and day, and the clerk's hands would lose their place on the paper. The digits
// move between the sections by themselves.
class FormDateEdit : public QDateEdit {
public:
    using QDateEdit::QDateEdit;

protected:
    bool focusNextPrevChild(bool next) override { return QWidget::focusNextPrevChild(next); }
};

QPlainTextEdit *textBox(int lines, const QFontMetrics &fm) {
    auto *edit = new QPlainTextEdit;
    edit->setTabChangesFocus(true); // Tab walks the form as on paper; Enter is a new line
    edit->setMinimumHeight(fm.lineSpacing() * lines + 12);
    return edit;
}

} // namespace

AppealEntryFields::AppealEntryFields(const QFontMetrics &fm)
    : number(new QLineEdit)
    , unit(new QLineEdit)
    , person(new QLineEdit)
    , phone(new QLineEdit)
    , date(new FormDateEdit(Clock::today()))
    , problem(textBox(5, fm))
    , suggestions(textBox(3, fm))
    , prior(textBox(2, fm))
    , uscc(new QLineEdit)
    , addEnterprise(new QCheckBox(tr("Add to the enterprise registry")))
    , channel(new QComboBox)
    , department(new QComboBox)
    , domain(new QComboBox)
    , industry(new QCheckBox(tr("Concerns a whole &industry")))
    , urgent(new QCheckBox(tr("U&rgent")))
    , phoneWarning(new QLabel)
    , usccWarning(new QLabel)
    , enterpriseHint(new QLabel)
    , errors(new QLabel)
    , attachmentLabel(new QLabel) {
    const QList<std::pair<QWidget *, const char *>> names{{number, "numberEdit"},
                                                          {unit, "unitEdit"},
                                                          {person, "personEdit"},
                                                          {phone, "phoneEdit"},
                                                          {date, "dateEdit"},
                                                          {problem, "problemEdit"},
                                                          {suggestions, "suggestionsEdit"},
                                                          {prior, "priorEdit"},
                                                          {uscc, "usccEdit"},
                                                          {addEnterprise, "addEnterpriseCheck"},
                                                          {channel, "channelCombo"},
                                                          {department, "departmentCombo"},
                                                          {domain, "domainCombo"},
                                                          {industry, "industryCheck"},
                                                          {urgent, "urgentCheck"},
                                                          {phoneWarning, "phoneWarning"},
                                                          {usccWarning, "usccWarning"},
                                                          {enterpriseHint, "enterpriseHint"},
                                                          {errors, "errorLabel"}};
    for (const auto &[widget, name] : names)
        widget->setObjectName(QString::fromLatin1(name));
    date->setCalendarPopup(true);
    date->setDisplayFormat(u"yyyy-MM-dd"_s);
    channel->setEditable(true);
    domain->setEditable(true);
    uscc->setMaxLength(24);
    for (QLabel *warning : {phoneWarning, usccWarning, errors}) {
        warning->setStyleSheet(u"color:#b9770e"_s);
        warning->setWordWrap(true);
        warning->hide();
    }
    errors->setStyleSheet(u"color:#c0392b"_s);
    enterpriseHint->setWordWrap(true);
    addEnterprise->setChecked(true); // a new name becomes a registry entry unless unticked
    attachmentLabel->hide();
}

bool AppealEntryFields::hasTypedText() const {
    for (const QLineEdit *edit : {number, unit, person, phone, uscc})
        if (!edit->text().trimmed().isEmpty())
            return true;
    for (const QPlainTextEdit *edit : {problem, suggestions, prior})
        if (!edit->toPlainText().trimmed().isEmpty())
            return true;
    return false;
}

Appeal AppealEntryFields::toAppeal(Appeal a) const {
    a.number = number->text().trimmed();
    a.submittingUnit = unit->text().trimmed();
    a.responsiblePerson = person->text().trimmed();
    a.phone = phone->text().trimmed();
    a.submitDate = date->date();
    a.channel = channel->currentText().trimmed();
    a.collectingDepartmentId = department->currentData().toLongLong();
    a.problem = problem->toPlainText().trimmed();
    a.suggestions = suggestions->toPlainText().trimmed();
    a.priorHandling = prior->toPlainText().trimmed();
    a.domain = domain->currentText().trimmed();
    a.industryWide = industry->isChecked();
    a.urgent = urgent->isChecked();
    return a;
}

void AppealEntryFields::fill(const Appeal &appeal, const QString &usccText) {
    number->setText(appeal.number);
    unit->setText(appeal.submittingUnit);
    person->setText(appeal.responsiblePerson);
    phone->setText(appeal.phone);
    date->setDate(appeal.submitDate);
    problem->setPlainText(appeal.problem);
    suggestions->setPlainText(appeal.suggestions);
    prior->setPlainText(appeal.priorHandling);
    uscc->setText(usccText);
    channel->setCurrentText(appeal.channel);
    department->setCurrentIndex(qMax(0, department->findData(appeal.collectingDepartmentId)));
    domain->setCurrentText(appeal.domain);
    industry->setChecked(appeal.industryWide);
    urgent->setChecked(appeal.urgent);
    addEnterprise->setChecked(true);
}

void AppealEntryFields::clearForNextSheet() {
    for (QLineEdit *edit : {number, unit, person, phone, uscc})
        edit->clear();
    for (QPlainTextEdit *edit : {problem, suggestions, prior})
        edit->clear();
    domain->setCurrentText(QString());
    industry->setChecked(false);
    urgent->setChecked(false);
    addEnterprise->setChecked(true);
    attachmentLabel->hide();
    phoneWarning->hide();
    usccWarning->hide();
}

QJsonObject AppealEntryFields::toJson() const {
    return {
        {"number"_L1, number->text()},
        {"submitting_unit"_L1, unit->text()},
        {"responsible_person"_L1, person->text()},
        {"phone"_L1, phone->text()},
        {"submit_date"_L1, date->date().toString(Qt::ISODate)},
        {"problem"_L1, problem->toPlainText()},
        {"suggestions"_L1, suggestions->toPlainText()},
        {"prior_handling"_L1, prior->toPlainText()},
        {"uscc"_L1, uscc->text()},
        {"channel"_L1, channel->currentText()},
        {"collecting_department_id"_L1, department->currentData().toLongLong()},
        {"domain"_L1, domain->currentText()},
        {"industry"_L1, industry->isChecked()},
        {"urgent"_L1, urgent->isChecked()},
    };
}

void AppealEntryFields::fromJson(const QJsonObject &json) {
    number->setText(json.value("number"_L1).toString());
    unit->setText(json.value("submitting_unit"_L1).toString());
    person->setText(json.value("responsible_person"_L1).toString());
    phone->setText(json.value("phone"_L1).toString());
    const QDate d = QDate::fromString(json.value("submit_date"_L1).toString(), Qt::ISODate);
    if (d.isValid())
        date->setDate(d);
    problem->setPlainText(json.value("problem"_L1).toString());
    suggestions->setPlainText(json.value("suggestions"_L1).toString());
    prior->setPlainText(json.value("prior_handling"_L1).toString());
    uscc->setText(json.value("uscc"_L1).toString());
    channel->setCurrentText(json.value("channel"_L1).toString());
    const int dept = department->findData(json.value("collecting_department_id"_L1).toInteger());
    department->setCurrentIndex(qMax(0, dept));
    domain->setCurrentText(json.value("domain"_L1).toString());
    industry->setChecked(json.value("industry"_L1).toBool());
    urgent->setChecked(json.value("urgent"_L1).toBool());
}

QJsonObject AppealEntryFields::withWordForm(const QMap<QString, QString> &fields,
                                            const QString &wording, QString *unreadDate) const {
    QJsonObject json = toJson();
    for (const QString &key : {u"number"_s, u"submitting_unit"_s, u"responsible_person"_s,
                               u"phone"_s, u"problem"_s, u"suggestions"_s, u"prior_handling"_s})
        json.insert(key, fields.value(key).trimmed());
    const QString dateText = fields.value(u"submit_date"_s).trimmed();
    if (const auto parsed = LooseValueParser::parseDate(dateText))
        json.insert("submit_date"_L1, parsed->toString(Qt::ISODate));
    else if (unreadDate)
        *unreadDate = dateText;
    if (!wording.isEmpty())
        json.insert("channel"_L1, wording);
    return json;
}

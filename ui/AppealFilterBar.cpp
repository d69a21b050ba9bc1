#include "AppealFilterBar.h"

#include "Database.h"
#include "DepartmentRepository.h"
#include "StatusLabels.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSqlQuery>
#include <QTimer>

using namespace Qt::StringLiterals;

AppealFilterBar::AppealFilterBar(Database &db, const QString &settingsGroup, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
    , m_group(settingsGroup)
    , m_search(new QLineEdit)
    , m_status(new QComboBox)
    , m_department(new QComboBox)
    , m_deadline(new QComboBox)
    , m_meeting(new QComboBox)
    , m_dateRange(new QCheckBox(tr("Submitted &from")))
    , m_from(new QDateEdit)
    , m_to(new QDateEdit)
    , m_searchTimer(new QTimer(this)) {
    m_search->setObjectName(u"searchEdit"_s);
    m_status->setObjectName(u"statusFilter"_s);
    m_department->setObjectName(u"departmentFilter"_s);
    m_deadline->setObjectName(u"deadlineFilter"_s);
    m_meeting->setObjectName(u"meetingFilter"_s);
    m_dateRange->setObjectName(u"dateRangeCheck"_s);
    m_from->setObjectName(u"fromDate"_s);
    m_to->setObjectName(u"toDate"_s);

    m_search->setPlaceholderText(tr("Search number, unit, problem… (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_status->addItem(tr("Any status"), QString());
    for (const QString &code : StatusLabels::appealStatusCodes())
        m_status->addItem(StatusLabels::appeal(code), code);
    m_deadline->addItem(tr("Any deadline"), QString());
    for (const QString &code : {u"overdue"_s, u"due-soon"_s, u"on-track"_s, u"none"_s})
        m_deadline->addItem(StatusLabels::deadlineState(code), code);
    for (QDateEdit *d : {m_from, m_to}) {
        d->setCalendarPopup(true);
        d->setDisplayFormat(u"yyyy-MM-dd"_s);
        d->setDate(QDate::currentDate());
    }
    m_from->setDate(QDate::currentDate().addMonths(-3));
    auto *resetButton = new QPushButton(tr("&Reset filters"));

    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->addWidget(m_search, 0, 0, 1, 3);
    grid->addWidget(m_dateRange, 0, 3);
    grid->addWidget(m_from, 0, 4);
    grid->addWidget(new QLabel(tr("to")), 0, 5);
    grid->addWidget(m_to, 0, 6);
    grid->addWidget(m_status, 1, 0);
    grid->addWidget(m_department, 1, 1);
    grid->addWidget(m_deadline, 1, 2);
    grid->addWidget(m_meeting, 1, 3, 1, 3);
    grid->addWidget(resetButton, 1, 6);
    grid->setColumnStretch(0, 2);
    grid->setColumnStretch(1, 2);
    grid->setColumnStretch(2, 1);

    reloadChoices();
    restore();

    // Searching runs after a short pause in typing, not on every keystroke.
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(250);
    connect(m_searchTimer, &QTimer::timeout, this, &AppealFilterBar::changed);
    connect(m_search, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, &AppealFilterBar::changed);
    for (QComboBox *c : {m_status, m_department, m_deadline, m_meeting})
        connect(c, &QComboBox::currentIndexChanged, this, &AppealFilterBar::changed);
    connect(m_dateRange, &QCheckBox::toggled, this, &AppealFilterBar::changed);
    connect(m_from, &QDateEdit::dateChanged, this, &AppealFilterBar::changed);
    connect(m_to, &QDateEdit::dateChanged, this, &AppealFilterBar::changed);
    connect(resetButton, &QPushButton::clicked, this, &AppealFilterBar::reset);
}

void AppealFilterBar::reloadChoices() {
    m_restoring = true;
    const qint64 department = m_department->currentData().toLongLong();
    const qint64 meeting = m_meeting->currentData().toLongLong();
    m_department->clear();
    m_department->addItem(tr("Any lead department"), 0);
    for (const Department &d : DepartmentRepository(m_db).list())
        m_department->addItem(d.name, d.id);
    m_department->setCurrentIndex(qMax(0, m_department->findData(department)));
    m_meeting->clear();
    m_meeting->addItem(tr("Any meeting"), 0);
    QSqlQuery q(m_db.sql());
    q.exec(u"SELECT id, meeting_date, title FROM meetings ORDER BY meeting_date DESC"_s);
    while (q.next())
        m_meeting->addItem(q.value(1).toString() + u"  "_s + q.value(2).toString(),
                           q.value(0).toLongLong());
    m_meeting->setCurrentIndex(qMax(0, m_meeting->findData(meeting)));
    m_restoring = false;
}

AppealListQuery::Filter AppealFilterBar::filter() const {
    AppealListQuery::Filter f;
    f.search = m_search->text().trimmed();
    if (const QString status = m_status->currentData().toString(); !status.isEmpty())
        f.statuses = {status};
    f.leadDepartmentId = m_department->currentData().toLongLong();
    f.meetingId = m_meeting->currentData().toLongLong();
    if (const QString state = m_deadline->currentData().toString(); !state.isEmpty())
        f.deadlineState = AssignmentState::stateFromCode(state);
    if (m_dateRange->isChecked()) {
        f.submittedFrom = m_from->date();
        f.submittedTo = m_to->date();
    }
    return f;
}

void AppealFilterBar::reset() {
    m_restoring = true;
    m_search->clear();
    for (QComboBox *c : {m_status, m_department, m_deadline, m_meeting})
        c->setCurrentIndex(0);
    m_dateRange->setChecked(false);
    m_restoring = false;
    changed();
}

void AppealFilterBar::changed() {
    if (m_restoring)
        return;
    m_searchTimer->stop();
    remember();
    emit filterChanged();
}

void AppealFilterBar::remember() {
    QSettings s;
    s.beginGroup(m_group);
    s.setValue(u"search"_s, m_search->text());
    s.setValue(u"status"_s, m_status->currentData());
    s.setValue(u"department"_s, m_department->currentData());
    s.setValue(u"deadline"_s, m_deadline->currentData());
    s.setValue(u"meeting"_s, m_meeting->currentData());
    s.setValue(u"dateRange"_s, m_dateRange->isChecked());
    s.setValue(u"from"_s, m_from->date());
    s.setValue(u"to"_s, m_to->date());
}

void AppealFilterBar::restore() {
    m_restoring = true;
    QSettings s;
    s.beginGroup(m_group);
    m_search->setText(s.value(u"search"_s).toString());
    const auto pick = [&s](QComboBox *c, const QString &key) {
        if (s.contains(key))
            c->setCurrentIndex(qMax(0, c->findData(s.value(key))));
    };
    pick(m_status, u"status"_s);
    pick(m_deadline, u"deadline"_s);
    // Ids are stored as numbers; QVariant comparison in findData needs the same type.
    const auto pickId = [&s](QComboBox *c, const QString &key) {
        c->setCurrentIndex(qMax(0, c->findData(s.value(key).toLongLong())));
    };
    pickId(m_department, u"department"_s);
    pickId(m_meeting, u"meeting"_s);
    m_dateRange->setChecked(s.value(u"dateRange"_s).toBool());
    if (s.contains(u"from"_s))
        m_from->setDate(s.value(u"from"_s).toDate());
    if (s.contains(u"to"_s))
        m_to->setDate(s.value(u"to"_s).toDate());
    m_restoring = false;
}

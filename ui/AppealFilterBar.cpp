#include "ui/AppealFilterBar.h"
#include "ui_AppealFilterBar.h"

#include "core/Clock.h"
#include "core/Database.h"
#include "core/StatusLabels.h"
#include "core/queries/ChoiceLists.h"
#include "core/records/DepartmentRepository.h"
#include "forms/ChineseFormat.h"

#include <QAbstractItemView>
#include <QHash>
#include <QSettings>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace {
// The combo boxes are sized by a fixed number of characters (in the .ui) rather than by their
// longest entry, so a long meeting title cannot widen the bar; the open list still shows whole
// entries.
void fitPopupToEntries(QComboBox *combo) {
    QAbstractItemView *view = combo->view();
    view->setMinimumWidth(qMin(view->sizeHintForColumn(0) + 24, 640));
}
} // namespace

AppealFilterBar::AppealFilterBar(Database &db, const QString &settingsGroup, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
    , m_group(settingsGroup)
    , m_ui(std::make_unique<Ui::AppealFilterBar>())
    , m_searchTimer(new QTimer(this)) {
    m_ui->setupUi(this);
    m_ui->statusFilter->addItem(tr("Any status"), QString());
    for (const QString &code : StatusLabels::appealStatusCodes())
        m_ui->statusFilter->addItem(StatusLabels::appeal(code), code);
    m_ui->deadlineFilter->addItem(tr("Any deadline"), QString());
    for (const QString &code : {u"overdue"_s, u"due-soon"_s, u"on-track"_s, u"none"_s})
        m_ui->deadlineFilter->addItem(StatusLabels::deadlineState(code), code);
    fitPopupToEntries(m_ui->statusFilter);
    m_ui->toDate->setDate(Clock::today());
    m_ui->fromDate->setDate(Clock::today().addMonths(-3));

    reloadChoices();
    restore();
    updateMoreButton();

    // Searching runs after a short pause in typing, not on every keystroke.
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(250);
    connect(m_searchTimer, &QTimer::timeout, this, &AppealFilterBar::changed);
    connect(m_ui->searchEdit, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_ui->searchEdit, &QLineEdit::returnPressed, this, &AppealFilterBar::changed);
    for (QComboBox *c :
         {m_ui->statusFilter, m_ui->departmentFilter, m_ui->deadlineFilter, m_ui->meetingFilter})
        connect(c, &QComboBox::currentIndexChanged, this, &AppealFilterBar::changed);
    connect(m_ui->dateRangeCheck, &QCheckBox::toggled, this, &AppealFilterBar::changed);
    connect(m_ui->fromDate, &QDateEdit::dateChanged, this, &AppealFilterBar::changed);
    connect(m_ui->toDate, &QDateEdit::dateChanged, this, &AppealFilterBar::changed);
    connect(m_ui->resetButton, &QPushButton::clicked, this, &AppealFilterBar::reset);
    connect(m_ui->moreButton, &QToolButton::toggled, this, &AppealFilterBar::showMoreFilters);
}

AppealFilterBar::~AppealFilterBar() = default;

QLineEdit *AppealFilterBar::searchEdit() const {
    return m_ui->searchEdit;
}

void AppealFilterBar::reloadChoices() {
    m_restoring = true;
    QComboBox *department = m_ui->departmentFilter;
    QComboBox *meeting = m_ui->meetingFilter;
    const qint64 departmentId = department->currentData().toLongLong();
    const qint64 meetingId = meeting->currentData().toLongLong();
    department->clear();
    department->addItem(tr("Any lead department"), 0);
    for (const Department &d : DepartmentRepository(m_db).list())
        department->addItem(d.name, d.id);
    department->setCurrentIndex(qMax(0, department->findData(departmentId)));
    meeting->clear();
    meeting->addItem(tr("Any meeting"), 0);
    for (const ChoiceLists::Choice &m : ChoiceLists(m_db).meetings())
        meeting->addItem(m.detail + u"  "_s + m.name, m.id);
    meeting->setCurrentIndex(qMax(0, meeting->findData(meetingId)));
    fitPopupToEntries(department);
    fitPopupToEntries(meeting);
    m_restoring = false;
}

AppealListQuery::Filter AppealFilterBar::filter() const {
    AppealListQuery::Filter f;
    f.search = m_ui->searchEdit->text().trimmed();
    if (const QString status = m_ui->statusFilter->currentData().toString(); !status.isEmpty())
        f.statuses = {status};
    f.leadDepartmentId = m_ui->departmentFilter->currentData().toLongLong();
    f.meetingId = m_ui->meetingFilter->currentData().toLongLong();
    if (const QString state = m_ui->deadlineFilter->currentData().toString(); !state.isEmpty())
        f.deadlineState = AssignmentState::stateFromCode(state);
    if (m_ui->dateRangeCheck->isChecked()) {
        f.submittedFrom = m_ui->fromDate->date();
        f.submittedTo = m_ui->toDate->date();
    }
    return f;
}

bool AppealFilterBar::moreFiltersShown() const {
    return m_ui->moreButton->isChecked();
}

int AppealFilterBar::activeMoreFilters() const {
    return int(m_ui->departmentFilter->currentIndex() > 0) +
           int(m_ui->meetingFilter->currentIndex() > 0) + int(m_ui->dateRangeCheck->isChecked());
}

void AppealFilterBar::showMoreFilters(bool show) {
    m_ui->moreButton->setChecked(show);
    m_ui->moreRow->setVisible(show);
    updateMoreButton();
    if (!m_restoring)
        QSettings().setValue(m_group + u"/moreFilters"_s, show);
}

void AppealFilterBar::updateMoreButton() {
    const bool shown = moreFiltersShown();
    const int hidden = shown ? 0 : activeMoreFilters();
    m_ui->moreButton->setArrowType(shown ? Qt::DownArrow : Qt::RightArrow);
    // Filters in use behind the button are counted on it: the list is never filtered unseen.
    m_ui->moreButton->setText(hidden ? tr("&More filters (%1)").arg(hidden) : tr("&More filters"));
    QFont font = m_ui->moreButton->font();
    font.setBold(hidden > 0);
    m_ui->moreButton->setFont(font);
}

void AppealFilterBar::commitPendingSearch() {
    if (m_searchTimer->isActive())
        changed();
}

QString AppealFilterBar::description(const AppealListQuery::Filter &f) const {
    // Printed lists are official papers: Chinese whatever the screen language.
    static const QHash<QString, QString> deadlineWords{{u"none"_s, u"未交办或已办结"_s},
                                                       {u"on-track"_s, u"正常办理"_s},
                                                       {u"due-soon"_s, u"即将到期"_s},
                                                       {u"overdue"_s, u"已超期"_s}};
    QStringList parts;
    if (!f.search.isEmpty())
        parts << u"检索“%1”"_s.arg(f.search);
    if (!f.statuses.isEmpty())
        parts << u"受理情况：%1"_s.arg(StatusLabels::printedAppeal(f.statuses.constFirst()));
    if (f.leadDepartmentId > 0)
        parts << u"牵头承办部门：%1"_s.arg(
            m_ui->departmentFilter->itemText(m_ui->departmentFilter->findData(f.leadDepartmentId)));
    if (f.deadlineState) {
        const QString state = AssignmentState::stateCode(*f.deadlineState);
        parts << u"办理期限：%1"_s.arg(deadlineWords.value(state, state));
    }
    if (f.meetingId > 0)
        parts << u"会议：%1"_s.arg(
            m_ui->meetingFilter->itemText(m_ui->meetingFilter->findData(f.meetingId)).simplified());
    if (f.submittedFrom.isValid())
        parts << u"提交日期：%1至%2"_s.arg(ChineseFormat::date(f.submittedFrom),
                                           ChineseFormat::date(f.submittedTo));
    return parts.join(u"；"_s);
}

void AppealFilterBar::reset() {
    m_restoring = true;
    m_ui->searchEdit->clear();
    for (QComboBox *c :
         {m_ui->statusFilter, m_ui->departmentFilter, m_ui->deadlineFilter, m_ui->meetingFilter})
        c->setCurrentIndex(0);
    m_ui->dateRangeCheck->setChecked(false);
    m_restoring = false;
    changed();
}

void AppealFilterBar::changed() {
    if (m_restoring)
        return;
    m_searchTimer->stop();
    updateMoreButton();
    remember();
    emit filterChanged();
}

void AppealFilterBar::remember() {
    QSettings s;
    s.beginGroup(m_group);
    s.setValue(u"search"_s, m_ui->searchEdit->text());
    s.setValue(u"status"_s, m_ui->statusFilter->currentData());
    s.setValue(u"department"_s, m_ui->departmentFilter->currentData());
    s.setValue(u"deadline"_s, m_ui->deadlineFilter->currentData());
    s.setValue(u"meeting"_s, m_ui->meetingFilter->currentData());
    s.setValue(u"dateRange"_s, m_ui->dateRangeCheck->isChecked());
    s.setValue(u"from"_s, m_ui->fromDate->date());
    s.setValue(u"to"_s, m_ui->toDate->date());
}

void AppealFilterBar::restore() {
    m_restoring = true;
    QSettings s;
    s.beginGroup(m_group);
    m_ui->searchEdit->setText(s.value(u"search"_s).toString());
    const auto pick = [&s](QComboBox *c, const QString &key) {
        if (s.contains(key))
            c->setCurrentIndex(qMax(0, c->findData(s.value(key))));
    };
    pick(m_ui->statusFilter, u"status"_s);
    pick(m_ui->deadlineFilter, u"deadline"_s);
    // Ids are stored as numbers; QVariant comparison in findData needs the same type.
    const auto pickId = [&s](QComboBox *c, const QString &key) {
        c->setCurrentIndex(qMax(0, c->findData(s.value(key).toLongLong())));
    };
    pickId(m_ui->departmentFilter, u"department"_s);
    pickId(m_ui->meetingFilter, u"meeting"_s);
    m_ui->dateRangeCheck->setChecked(s.value(u"dateRange"_s).toBool());
    if (s.contains(u"from"_s))
        m_ui->fromDate->setDate(s.value(u"from"_s).toDate());
    if (s.contains(u"to"_s))
        m_ui->toDate->setDate(s.value(u"to"_s).toDate());
    showMoreFilters(s.value(u"moreFilters"_s, false).toBool());
    m_restoring = false;
}

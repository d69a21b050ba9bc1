#include "ui/workflow/MeetingAgendaTab.h"

#include "core/Database.h"
#include "core/ProfileRepository.h"
#include "core/queries/MeetingPlanQuery.h"
#include "core/records/RecordNames.h"
#include "core/workflow/MeetingService.h"
#include "ui/StoredText.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QVBoxLayout>
#include <algorithm>

using namespace Qt::StringLiterals;

MeetingAgendaTab::MeetingAgendaTab(Database &db, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
    , m_agenda(new QListWidget(this))
    , m_topicChoice(new QComboBox(this))
    , m_decision(new QPlainTextEdit(this))
    , m_domainLabel(new QLabel(this)) {
    auto *layout = new QVBoxLayout(this);
    m_agenda->setObjectName(u"agendaList"_s);
    m_topicChoice->setObjectName(u"agendaTopicChoice"_s);
    m_decision->setObjectName(u"decisionEdit"_s);
    m_agenda->setDragDropMode(QAbstractItemView::InternalMove);
    m_agenda->setDefaultDropAction(Qt::MoveAction);
    layout->addWidget(new QLabel(tr("Drag topics to set the order of the agenda."), this));
    layout->addWidget(m_agenda, 2);
    auto *row = new QHBoxLayout;
    row->addWidget(m_topicChoice, 1);
    auto *add = new QPushButton(tr("Add to agenda"), this);
    auto *remove = new QPushButton(tr("Remove from agenda"), this);
    row->addWidget(add);
    row->addWidget(remove);
    layout->addLayout(row);
    layout->addWidget(new QLabel(tr("Decision on the selected topic"), this));
    m_decision->setMaximumHeight(90);
    layout->addWidget(m_decision);
    auto *saveDecisionButton = new QPushButton(tr("Save decision"), this);
    layout->addWidget(saveDecisionButton);
    m_domainLabel->setWordWrap(true);
    layout->addWidget(m_domainLabel);

    connect(add, &QPushButton::clicked, this, [this] { addTopic(); });
    connect(remove, &QPushButton::clicked, this, &MeetingAgendaTab::removeCurrent);
    connect(saveDecisionButton, &QPushButton::clicked, this, [this] {
        if (QListWidgetItem *item = m_agenda->currentItem())
            saveDecision(item->data(Qt::UserRole).toLongLong(), m_decision->toPlainText());
    });
    connect(m_agenda, &QListWidget::currentRowChanged, this, &MeetingAgendaTab::showDecision);
    // A drop inside the list moves the row: store the new order at once.
    // (Not while the list is filled or rearranged here: m_filling. Blocking the model's signals
    // instead would keep the view from ever showing the rows.)
    connect(m_agenda->model(), &QAbstractItemModel::rowsMoved, this, [this] {
        if (!m_filling)
            saveOrder();
    });
}

QString MeetingAgendaTab::domainText() const {
    return m_domainLabel->text();
}

QList<qint64> MeetingAgendaTab::topicIds() const {
    QList<qint64> ids;
    for (int i = 0; i < m_agenda->count(); ++i)
        ids << m_agenda->item(i)->data(Qt::UserRole).toLongLong();
    return ids;
}

void MeetingAgendaTab::showMeeting(qint64 meetingId, const std::optional<Meeting> &meeting) {
    // Read again (another desk saved something, or this tab did): the topic selected stays
    // selected, and a decision being written stays as typed (showDecision).
    const QListWidgetItem *current = m_agenda->currentItem();
    const qint64 selected =
        meetingId == m_meetingId && current ? current->data(Qt::UserRole).toLongLong() : 0;
    m_meetingId = meetingId;
    const QScopedValueRollback filling(m_filling, true);
    m_agenda->clear();
    m_topicChoice->clear();
    QList<qint64> onAgenda;
    if (meeting) {
        for (const auto &item : meeting->agenda) {
            auto *w = new QListWidgetItem(
                u"%1. %2"_s.arg(item.position).arg(RecordNames::topicTitle(m_db, item.topicId)),
                m_agenda);
            w->setData(Qt::UserRole, item.topicId);
            w->setData(Qt::UserRole + 1, item.decision);
            if (!item.decision.isEmpty())
                w->setToolTip(item.decision);
            if (item.topicId == selected)
                m_agenda->setCurrentItem(w);
            onAgenda << item.topicId;
        }
    }
    // Topics on no meeting's agenda yet come first (urgent first, newest first): they are what
    // the clerk plans. Those already on another meeting's agenda follow, with that meeting's
    // date, for carrying a topic over to a later meeting.
    for (const MeetingPlanQuery::TopicChoice &t : MeetingPlanQuery(m_db).openTopics()) {
        if (onAgenda.contains(t.id))
            continue;
        QString text = (t.urgent ? tr("[urgent] ") : QString()) + t.title;
        if (t.scheduled.isValid())
            text += tr(" (on the agenda of %1)").arg(t.scheduled.toString(Qt::ISODate));
        m_topicChoice->addItem(text, t.id);
    }
    m_filling = false; // the rollback restores it at the end; showDecision must run now
    showDecision();
    updateDomainCheck();
}

bool MeetingAgendaTab::saveOrder() {
    MeetingService service(m_db);
    if (!service.setAgenda(m_meetingId, topicIds())) {
        emit message(service.errorString(), true);
        return false;
    }
    const qint64 current =
        m_agenda->currentItem() ? m_agenda->currentItem()->data(Qt::UserRole).toLongLong() : 0;
    emit changed(); // shows the meeting again, renumbered
    for (int i = 0; i < m_agenda->count(); ++i)
        if (m_agenda->item(i)->data(Qt::UserRole).toLongLong() == current)
            m_agenda->setCurrentRow(i);
    return true;
}

bool MeetingAgendaTab::addTopic(qint64 topicId) {
    if (!m_meetingId) {
        emit message(tr("Save the meeting before adding topics."), true);
        return false;
    }
    if (!topicId)
        topicId = m_topicChoice->currentData().toLongLong();
    if (!topicId) {
        emit message(tr("Choose a topic to add."), true);
        return false;
    }
    QList<qint64> ids = topicIds();
    ids << topicId;
    MeetingService service(m_db);
    if (!service.setAgenda(m_meetingId, ids)) {
        emit message(service.errorString(), true);
        return false;
    }
    emit changed();
    return true;
}

bool MeetingAgendaTab::removeCurrent() {
    const int row = m_agenda->currentRow();
    if (row < 0)
        return false;
    QList<qint64> ids = topicIds();
    ids.removeAt(row);
    MeetingService service(m_db);
    if (!service.setAgenda(m_meetingId, ids)) {
        emit message(service.errorString(), true);
        return false;
    }
    emit changed();
    return true;
}

bool MeetingAgendaTab::move(int from, int to) {
    if (from < 0 || from >= m_agenda->count() || to < 0 || to >= m_agenda->count())
        return false;
    const QScopedValueRollback filling(m_filling, true);
    QListWidgetItem *item = m_agenda->takeItem(from);
    m_agenda->insertItem(to, item);
    m_agenda->setCurrentRow(to);
    m_filling = false;
    showDecision();
    return saveOrder();
}

bool MeetingAgendaTab::hasTyping() const {
    return m_decision->isEnabled() && StoredText::typedOver(m_decision);
}

void MeetingAgendaTab::showDecision() {
    if (m_filling) // rows taken out and put back: the selection settles at the end
        return;
    QListWidgetItem *item = m_agenda->currentItem();
    const qint64 topic = item ? item->data(Qt::UserRole).toLongLong() : 0;
    if (topic != m_decisionTopic) { // another topic: its stored decision, nothing typed counts
        StoredText::clear(m_decision);
        m_decisionTopic = topic;
    }
    m_decision->setEnabled(item != nullptr);
    StoredText::show(m_decision, item ? item->data(Qt::UserRole + 1).toString() : QString());
}

bool MeetingAgendaTab::saveDecision(qint64 topicId, const QString &decision) {
    MeetingService service(m_db);
    if (!service.setDecision(m_meetingId, topicId, decision)) {
        emit message(service.errorString(), true);
        return false;
    }
    emit changed();
    emit message(tr("Decision saved."), false);
    return true;
}

void MeetingAgendaTab::updateDomainCheck() {
    m_domainLabel->clear();
    if (!m_meetingId || !ProfileRepository(m_db).active().domainMatching)
        return;
    // 乌海: the chairing vice-mayor receives the appeals of his domains. Appeals on this agenda
    // that do not match are pointed to a later meeting; appeals of topics on no agenda yet that
    // match are proposed for this one.
    MeetingService service(m_db);
    MeetingPlanQuery plans(m_db);
    const auto numberOf = [this](qint64 appealId) {
        const QString number = RecordNames::appealNumber(m_db, appealId);
        return number.isEmpty() ? QString::number(appealId) : number;
    };
    const auto dateOf = [&service](qint64 meetingId) {
        const auto m = service.find(meetingId);
        return m ? m->date.toString(Qt::ISODate) : QString();
    };
    QStringList lines;
    // Without a chair nothing can match: say what to do rather than list every appeal.
    const auto meeting = service.find(m_meetingId);
    if (!meeting && !service.readError().isEmpty()) { // not "no chair yet"
        m_domainLabel->setText(service.readError());
        return;
    }
    const bool hasChair =
        meeting && std::any_of(meeting->leaders.begin(), meeting->leaders.end(),
                               [](const Meeting::LeaderRole &l) { return l.role == "chair"_L1; });
    if (!hasChair) {
        m_domainLabel->setText(tr("No chairing leader yet: choose the chair (主持) on the "
                                  "Attendees tab to match the agenda to the chair's domains."));
        return;
    }
    // A read that failed is said as such, not as "fits no chair" or "all match".
    QString unread;
    const auto note = [&unread](const QString &error) {
        if (unread.isEmpty())
            unread = error;
    };
    const QList<qint64> agendaAppeals = plans.appealsOnAgenda(m_meetingId);
    note(plans.errorString());
    const auto onAgenda = service.proposeByDomain(m_meetingId, agendaAppeals);
    note(service.readError());
    const QList<qint64> waitingAppeals = plans.appealsWaitingForAMeeting();
    note(plans.errorString());
    const auto waiting = service.proposeByDomain(m_meetingId, waitingAppeals);
    note(service.readError());
    if (!unread.isEmpty()) {
        m_domainLabel->setText(unread);
        return;
    }
    for (const auto &p : onAgenda) {
        if (p.matchesThisMeeting)
            continue;
        if (p.domain.isEmpty()) {
            lines << tr("On the agenda, but %1 has no domain (领域): enter it on the appeal to "
                        "match it to a chair.")
                         .arg(numberOf(p.appealId));
            continue;
        }
        const QString &domain = p.domain;
        lines << (p.proposedMeetingId
                      ? tr("On the agenda, but %1 (%2) fits the chair of the meeting on %3.")
                            .arg(numberOf(p.appealId), domain, dateOf(p.proposedMeetingId))
                      : tr("On the agenda, but no planned meeting's chair covers %1 (%2).")
                            .arg(numberOf(p.appealId), domain));
    }
    QStringList candidates;
    for (const auto &p : waiting) {
        if (p.matchesThisMeeting)
            candidates << u"%1 (%2)"_s.arg(numberOf(p.appealId), p.domain);
    }
    if (!candidates.isEmpty())
        lines << tr("Waiting topics whose appeals match this chair: %1")
                     .arg(candidates.join(u", "_s));
    m_domainLabel->setText(lines.isEmpty()
                               ? tr("All appeals on the agenda match the chair's domains.")
                               : lines.join(u'\n'));
}

#include "ui/NextStepBanner.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

NextStepBanner::NextStepBanner(const QString &pageKey, QWidget *parent)
    : QFrame(parent)
    , m_page(pageKey)
    , m_chain(new QLabel(this))
    , m_text(new QLabel(this))
    , m_button(new QPushButton(this)) {
    setObjectName(u"nextStepBanner"_s);
    setFrameShape(QFrame::StyledPanel);
    setStyleSheet(u"#nextStepBanner { background: #e8f4fd; border: 1px solid #64b5f6; "
                  "border-radius: 4px; }"_s);
    m_chain->setTextFormat(Qt::RichText);
    m_chain->setWordWrap(true);
    m_text->setWordWrap(true);
    m_text->setObjectName(u"nextStepText"_s);
    m_button->setObjectName(u"nextStepButton"_s);
    auto *texts = new QVBoxLayout;
    texts->addWidget(m_chain);
    texts->addWidget(m_text);
    auto *row = new QHBoxLayout(this);
    row->addLayout(texts, 1);
    row->addWidget(m_button);
    connect(m_button, &QPushButton::clicked, this, [this] { emit goTo(m_target); });
    hide();
}

void NextStepBanner::refresh(Database &db) {
    showState(FirstDayQuery(db).state());
}

QString NextStepBanner::text() const {
    return m_text->text();
}

bool NextStepBanner::pageIsEmpty(const FirstDayQuery::State &s) const {
    if (m_page == "departments"_L1)
        return !s.departments || !s.leaders;
    if (m_page == "appeals"_L1)
        return !s.appeals;
    if (m_page == "enterprises"_L1)
        return !s.enterprises;
    if (m_page == "topics"_L1)
        return !s.topics;
    if (m_page == "meetings"_L1)
        return !s.meetings;
    return !s.assignments; // the dashboard and the assignments
}

void NextStepBanner::showState(const FirstDayQuery::State &state) {
    m_step = state.next;
    if (m_step == FirstDayQuery::Step::Done || !pageIsEmpty(state)) {
        hide();
        return;
    }
    using S = FirstDayQuery::Step;
    struct Guide {
        S step;
        QString text;
        QString button;
        const char16_t *target;
    };
    const Guide guides[] = {
        {S::Departments,
         tr("First add the departments that handle the items and the leaders who chair the "
            "meetings."),
         tr("Go to Departments && leaders"), u"departments"},
        {S::KeyIn, tr("Next key in the enterprises' sign-up forms as they came in on paper."),
         tr("Key in forms"), u"appeals"},
        {S::Screen,
         tr("Next screen the keyed-in appeals: accept each one, or redirect or refuse it with "
            "the reason."),
         tr("Go to Topics"), u"topics"},
        {S::Topics, tr("Next put the accepted appeals into topics for the meeting."),
         tr("Go to Topics"), u"topics"},
        {S::Meeting,
         tr("Next plan the meeting: its date, the leaders, and the topics on its agenda."),
         tr("Go to Meetings"), u"meetings"},
        {S::Assign,
         tr("Next record the meeting's decisions and assign the items to their lead "
            "departments."),
         tr("Go to Meetings"), u"meetings"}};
    for (const Guide &g : guides) {
        if (g.step == m_step) {
            m_text->setText(g.text);
            m_button->setText(g.button);
            m_target = QString::fromUtf16(g.target);
        }
    }
    QStringList chain;
    for (S s : FirstDayQuery::steps()) {
        const QString name = FirstDayQuery::stepName(s).toHtmlEscaped();
        chain << (s == m_step ? u"<b>%1</b>"_s.arg(name) : name);
    }
    m_chain->setText(chain.join(u" → "_s));
    // On the page it would go to the button has nothing to do, except keying in a form.
    m_button->setVisible(m_target != m_page || m_step == S::KeyIn);
    show();
}

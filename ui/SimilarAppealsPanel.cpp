#include "ui/SimilarAppealsPanel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

SimilarAppealsPanel::SimilarAppealsPanel(Database &db, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
    , m_list(new QListWidget)
    , m_linkLabel(new QLabel)
    , m_duplicateButton(new QPushButton(tr("Du&plicate of this")))
    , m_topicButton(new QPushButton(tr("Same &topic")))
    , m_timer(new QTimer(this)) {
    auto *title = new QLabel(tr("<b>Similar appeals</b>"));
    m_list->setObjectName(u"similarList"_s);
    m_list->setWordWrap(true);
    m_list->setAlternatingRowColors(true);
    // The list is a side help: Tab from the form's last field must not get stuck in it.
    m_list->setFocusPolicy(Qt::ClickFocus);
    m_duplicateButton->setFocusPolicy(Qt::ClickFocus);
    m_topicButton->setFocusPolicy(Qt::ClickFocus);
    m_duplicateButton->setToolTip(tr("The new appeal says the same as the selected one: it is "
                                     "saved and marked as its duplicate."));
    m_topicButton->setToolTip(tr("Put the new appeal into the topic of the selected one."));
    m_linkLabel->setWordWrap(true);
    m_linkLabel->setObjectName(u"linkLabel"_s);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_duplicateButton);
    buttons->addWidget(m_topicButton);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(title);
    layout->addWidget(m_list, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_linkLabel);

    m_timer->setSingleShot(true);
    m_timer->setInterval(400);
    connect(m_timer, &QTimer::timeout, this, &SimilarAppealsPanel::search);
    connect(m_duplicateButton, &QPushButton::clicked, this,
            [this] { applyLink(Link::DuplicateOf); });
    connect(m_topicButton, &QPushButton::clicked, this, [this] { applyLink(Link::SameTopic); });
    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        m_duplicateButton->setEnabled(row >= 0);
        m_topicButton->setEnabled(row >= 0 && m_matches.value(row).topicId > 0);
    });
    m_duplicateButton->setEnabled(false);
    m_topicButton->setEnabled(false);
    showLink();
}

void SimilarAppealsPanel::setCriteria(qint64 enterpriseId, const QString &text, bool now) {
    m_enterpriseId = enterpriseId;
    m_text = text;
    if (now)
        search();
    else
        m_timer->start();
}

int SimilarAppealsPanel::matchCount() const {
    return int(m_matches.size());
}

void SimilarAppealsPanel::search() {
    m_timer->stop();
    m_matches = SimilarAppealFinder(m_db).find(m_enterpriseId, m_text);
    m_list->clear();
    for (const SimilarAppealFinder::Match &m : std::as_const(m_matches)) {
        QString text = m.number + u"  "_s + m.submittingUnit + u'\n' + m.problem;
        if (m.sameEnterprise)
            text += u'\n' + tr("(same enterprise)");
        else if (const QString why = SimilarAppealFinder::reason(m); !why.isEmpty())
            text += u'\n' + why; // why it is offered: the phrases both texts have
        auto *item = new QListWidgetItem(text, m_list);
        item->setData(Qt::UserRole, m.id);
    }
}

bool SimilarAppealsPanel::linkTo(qint64 appealId, Link link) {
    for (int i = 0; i < m_matches.size(); ++i) {
        if (m_matches.at(i).id == appealId) {
            m_list->setCurrentRow(i);
            applyLink(link);
            return m_link == link;
        }
    }
    return false;
}

void SimilarAppealsPanel::applyLink(Link link) {
    const int row = m_list->currentRow();
    if (row < 0 || row >= m_matches.size())
        return;
    const SimilarAppealFinder::Match &m = m_matches.at(row);
    if (link == Link::SameTopic && m.topicId <= 0)
        return;
    m_link = link;
    m_linkedId = m.id;
    m_linkedTopic = m.topicId;
    m_linkedNumber = m.number;
    showLink();
}

void SimilarAppealsPanel::clearLink() {
    m_link = Link::None;
    m_linkedId = 0;
    m_linkedTopic = 0;
    m_linkedNumber.clear();
    showLink();
}

void SimilarAppealsPanel::showLink() {
    switch (m_link) {
    case Link::None:
        m_linkLabel->setText(tr("Not linked to another appeal."));
        break;
    case Link::DuplicateOf:
        m_linkLabel->setText(tr("Will be saved as a duplicate of %1.").arg(m_linkedNumber));
        break;
    case Link::SameTopic:
        m_linkLabel->setText(tr("Will be put into the topic of %1.").arg(m_linkedNumber));
        break;
    }
}

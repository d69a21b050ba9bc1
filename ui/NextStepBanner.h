#pragma once

#include "core/queries/FirstDayQuery.h"

#include <QFrame>

class QLabel;
class QPushButton;

// The guided first day: on a page that has nothing to show yet, what to do next and a button
// that goes there (先添加部门和领导 → 录入纸质表格 → 甄别 → 议题 → 会议 → 交办), the chain with the
// next step in bold. A new clerk used to land on an all-zero dashboard and learn that there
// were no departments from an empty box on the Topics page. Hidden once the page has
// records, and everywhere once an item has been assigned.
class NextStepBanner : public QFrame {
    Q_OBJECT

public:
    // `pageKey`: the page it sits on (PageRegistry's keys), which decides when it shows.
    explicit NextStepBanner(const QString &pageKey, QWidget *parent = nullptr);

    void showState(const FirstDayQuery::State &state);
    // Reads the state itself.
    void refresh(Database &db);

    FirstDayQuery::Step step() const { return m_step; }
    QString targetPage() const { return m_target; } // where the button goes
    QString text() const;

signals:
    // The button: the page to show (the page's own key when its own action is meant, such as
    // keying in a form on the appeals page).
    void goTo(const QString &pageKey);

private:
    bool pageIsEmpty(const FirstDayQuery::State &state) const;

    QString m_page;
    QString m_target;
    FirstDayQuery::Step m_step = FirstDayQuery::Step::Done;
    QLabel *m_chain;
    QLabel *m_text;
    QPushButton *m_button;
};

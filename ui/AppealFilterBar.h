#pragma once

#include "core/queries/AppealListQuery.h"

#include <QWidget>
#include <memory>

class Database;
class QLineEdit;
class QTimer;

namespace Ui {
class AppealFilterBar;
}

// The filters above the appeals list: search text, status and deadline state on the first row;
// lead department, meeting and a submission date range behind "More filters" (a second row),
// so that the bar fits a 1024-pixel window whatever the departments and meetings are called.
// The filters combine (AND) whether shown or not; the button counts the hidden ones in use.
// Filters and the second row's visibility are remembered under `settingsGroup` in QSettings.
class AppealFilterBar : public QWidget {
    Q_OBJECT

public:
    AppealFilterBar(Database &db, const QString &settingsGroup, QWidget *parent = nullptr);
    ~AppealFilterBar() override;

    AppealListQuery::Filter filter() const;
    QLineEdit *searchEdit() const;
    bool moreFiltersShown() const;
    // Filters of the second row that restrict the list (shown on the button when hidden).
    int activeMoreFilters() const;
    // A filter (normally the one the list applied) in Chinese words for printed lists
    // ("受理情况：已受理；检索“用地”"); empty when nothing is filtered.
    QString description(const AppealListQuery::Filter &f) const;
    // Applies a search still waiting for its typing pause, so that a print or export started
    // right after typing covers what was typed.
    void commitPendingSearch();

public slots:
    void reset();
    // Re-reads departments and meetings (they may have changed elsewhere).
    void reloadChoices();
    void showMoreFilters(bool show);

signals:
    void filterChanged();

private:
    void remember();
    void restore();
    void changed();
    void updateMoreButton();

    Database &m_db;
    QString m_group;
    std::unique_ptr<Ui::AppealFilterBar> m_ui;
    QTimer *m_searchTimer;
    bool m_restoring = false;
};

#pragma once

#include <QListWidget>

struct PageEntry;

// The list of sections at the left of the main window. Keyboard: Ctrl+1..Ctrl+9 jump to the
// sections (set up by the main window), arrow keys move within the list.
class NavigationPane : public QListWidget {
    Q_OBJECT

public:
    explicit NavigationPane(QWidget *parent = nullptr);

    void addPage(const PageEntry &page);
    QString keyAt(int row) const;
    int rowOf(const QString &key) const;

    QSize sizeHint() const override;
};

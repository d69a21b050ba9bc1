#include "ui/ListEndKey.h"

#include <QAbstractItemView>
#include <QGuiApplication>
#include <QKeyEvent>
#include <QTableView>

ListEndKey::ListEndKey(QAbstractItemView *view)
    : QObject(view)
    , m_view(view) {}

void ListEndKey::install(QAbstractItemView *view) {
    view->installEventFilter(new ListEndKey(view));
}

bool ListEndKey::eventFilter(QObject *watched, QEvent *event) {
    if (event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        QAbstractItemModel *model = m_view->model();
        // In a table End alone moves within the row; Ctrl+End goes to the last row.
        const bool toLastRow =
            key->key() == Qt::Key_End &&
            ((key->modifiers() & Qt::ControlModifier) || !qobject_cast<QTableView *>(m_view));
        if (toLastRow && model && model->canFetchMore({})) {
            QGuiApplication::setOverrideCursor(Qt::WaitCursor);
            while (model->canFetchMore({}))
                model->fetchMore({});
            QGuiApplication::restoreOverrideCursor();
        }
    }
    return QObject::eventFilter(watched, event);
}

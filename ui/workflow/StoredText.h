#pragma once

#include <QPlainTextEdit>

// A text field showing a stored value (a result, a note) that the clerk may be editing: a
// reload after another action on the same item shows the stored value only where the clerk has
// not typed over the value shown before, so that a half-written text is never wiped.
namespace StoredText {
inline const char *const shownProperty = "shownValue";

inline void show(QPlainTextEdit *edit, const QString &value) {
    if (edit->toPlainText() == edit->property(shownProperty).toString())
        edit->setPlainText(value);
    edit->setProperty(shownProperty, value);
}

// The clerk has typed over the value shown (and not saved it yet).
inline bool typedOver(const QPlainTextEdit *edit) {
    return edit->toPlainText() != edit->property(shownProperty).toString();
}

// Another item: empty, and nothing counts as shown.
inline void clear(QPlainTextEdit *edit) {
    edit->clear();
    edit->setProperty(shownProperty, QString());
}
} // namespace StoredText

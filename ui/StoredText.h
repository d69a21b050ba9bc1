#pragma once

#include <QComboBox>
#include <QDateEdit>
#include <QLineEdit>
#include <QPlainTextEdit>

// A field showing a stored value (a result, a note) that the clerk may be editing: a
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

// The same for a line of text (a meeting's title or place).
inline void show(QLineEdit *edit, const QString &value) {
    if (edit->text() == edit->property(shownProperty).toString())
        edit->setText(value);
    edit->setProperty(shownProperty, value);
}

inline bool changed(const QLineEdit *edit) {
    return edit->text() != edit->property(shownProperty).toString();
}

inline void clear(QLineEdit *edit) {
    edit->clear();
    edit->setProperty(shownProperty, QString());
}

// The same for a date and a choice beside the texts (the day of the feedback, its way, a new
// deadline): a reload shows the stored one unless the clerk has changed what was shown. Before
// anything was shown (a new item: the default of today), the stored value is taken.
inline void show(QDateEdit *edit, const QDate &value) {
    const QVariant shown = edit->property(shownProperty);
    if (!shown.isValid() || edit->date() == shown.toDate())
        edit->setDate(value);
    edit->setProperty(shownProperty, value);
}

inline void show(QComboBox *combo, const QString &value) {
    const QVariant shown = combo->property(shownProperty);
    if (!shown.isValid() || combo->currentText() == shown.toString())
        combo->setCurrentText(value);
    combo->setProperty(shownProperty, value);
}

// The clerk has changed the date or choice shown (or the default it started with) and not
// saved it: a step taken with it must be checked against the version the clerk saw.
inline bool changed(const QDateEdit *edit) {
    const QVariant shown = edit->property(shownProperty);
    return shown.isValid() && edit->date() != shown.toDate();
}

inline bool changed(const QComboBox *combo) {
    const QVariant shown = combo->property(shownProperty);
    return shown.isValid() && combo->currentText() != shown.toString();
}

// Another item: `value`, which counts as shown, so that a stored value arriving with the next
// reload replaces it unless the clerk changed it meanwhile.
inline void clear(QDateEdit *edit, const QDate &value) {
    edit->setDate(value);
    edit->setProperty(shownProperty, value);
}

inline void clear(QComboBox *combo) {
    combo->setCurrentIndex(0);
    combo->setProperty(shownProperty, combo->currentText());
}
// What the field holds now was saved: it counts as shown, so that the reload after the save
// (and any later one) shows the stored value again.
inline void settle(QLineEdit *edit) {
    edit->setProperty(shownProperty, edit->text());
}

inline void settle(QDateEdit *edit) {
    edit->setProperty(shownProperty, edit->date());
}

inline void settle(QComboBox *combo) {
    combo->setProperty(shownProperty, combo->currentText());
}
} // namespace StoredText

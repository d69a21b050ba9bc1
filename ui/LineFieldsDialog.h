#pragma once

#include <QDialog>
#include <QList>
#include <QStringList>

class QLabel;
class QLineEdit;

// A small form: one line edit per field, a line for what went wrong, Save and Cancel. Save
// stores through save() and closes only when that succeeded, so that a refused save (a name
// already used, a colleague's save in between) leaves everything typed where it was.
class LineFieldsDialog : public QDialog {
    Q_OBJECT

public:
    void accept() override;

protected:
    LineFieldsDialog(const QString &title, const QStringList &labels, QWidget *parent);

    QStringList values() const; // trimmed, in the order of the labels
    void setValues(const QStringList &values);
    void showError(const QString &message); // empty hides the line
    // The note shown after the clerk chose to reload a record a colleague saved meanwhile.
    static QString reloadedNote();

    // Stores what the dialog shows; false keeps the dialog open, showError() saying why.
    virtual bool save() = 0;

private:
    QList<QLineEdit *> m_edits;
    QLabel *m_error;
};

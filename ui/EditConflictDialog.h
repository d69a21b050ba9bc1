#pragma once

#include <QDialog>
#include <QList>

namespace Ui {
class EditConflictDialog;
}

// Shown when a save is refused because another desk saved the record after this form read it
// (EditConflict): who did it and when, each field that differs with both values, and the
// clerk's choice: reload the stored record, overwrite it with what was typed, or go back to the
// form (nothing typed is lost either way until the clerk chooses).
class EditConflictDialog : public QDialog {
    Q_OBJECT

public:
    struct Difference {
        QString field;
        QString yours;
        QString stored;
    };
    enum class Choice { Back, Reload, Overwrite };

    EditConflictDialog(const QString &message, const QList<Difference> &differences,
                       QWidget *parent = nullptr);
    ~EditConflictDialog() override;

    Choice choice() const { return m_choice; }

private:
    Ui::EditConflictDialog *m_ui;
    Choice m_choice = Choice::Back;
};

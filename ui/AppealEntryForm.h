#pragma once

#include "core/Appeal.h"
#include "ui/AppealEntryFields.h"

#include <QHash>
#include <QJsonObject>
#include <QStringList>
#include <QWidget>

class Database;
class DraftStore;
class EnterpriseCompleter;
class QTimer;
class SimilarAppealsPanel;

// Keying in one paper sign-up form (附件1 报名申请表 / 议题表): the fields sit where they are on
// the paper and Tab walks them in the paper's order, so a clerk copies a stack of forms
// without looking at the screen (AppealEntryLayout, with the paper's own wording). Ctrl+Enter
// saves and clears for the next sheet (checks here, storing in AppealEntryStore). What is typed
// is kept as a draft on disk until it is saved or discarded.
//
// The same form corrects a stored appeal (loadAppeal()): save() then writes the changes through
// AppealRepository::update, which records old and new values in the history. No draft is kept
// and no similar appeals are offered in that mode; an assigned appeal keeps its number.
class AppealEntryForm : public QWidget {
    Q_OBJECT

public:
    explicit AppealEntryForm(Database &db, QWidget *parent = nullptr);
    ~AppealEntryForm() override;

    // True when any text was typed (the date and the choices do not count).
    bool hasTypedText() const;
    // Checks and stores the appeal (and a new enterprise); false after showing what is wrong.
    // In edit mode: stores the changes of the loaded appeal.
    bool save();

    // Edit mode: fills the form from the stored appeal; false when it does not exist.
    bool loadAppeal(qint64 appealId);
    qint64 editedAppealId() const { return m_loaded.id; }
    int loadedVersion() const { return m_loaded.version; }
    bool isEditing() const { return m_loaded.id > 0; }
    // Edit mode: a field differs from the stored appeal.
    bool isModified() const;
    // Edit mode: back to the stored values.
    void revert();
    // Puts the cursor into the first field of the paper (the submitting unit).
    void focusFirstField();
    qint64 lastSavedId() const { return m_lastSavedId; }
    int savedCount() const { return m_savedCount; }

    // Empties the form for the next sheet; keeps date, channel and collecting department,
    // which are the same for a pile of forms from one collection round.
    void clearForNextSheet();
    void discardDraft();
    bool hasDraft() const;
    // Asks whether to restore a draft left from an earlier session; true when restored.
    bool offerDraft();
    QJsonObject fieldsAsJson() const;
    void restoreFields(const QJsonObject &json);
    void saveDraftNow();

    // Fills the empty form from a filled 附件1 read from the Word file `path` (kept as the scan
    // to attach), for the clerk to check against the paper's wording and save.
    void fillFromWordForm(const QMap<QString, QString> &fields, const QString &wording,
                          const QString &path);

    SimilarAppealsPanel *similarPanel() const { return m_similar; }
    QStringList pendingAttachments() const { return m_attachments; }
    void addAttachment(const QString &path);

signals:
    void saved(qint64 appealId, const QString &number);
    // Edit mode: a field was changed by the user (isModified() tells whether it still differs).
    void edited();

private:
    void onUnitChanged();
    void fillFromEnterprise(qint64 enterpriseId);
    void checkPhone();
    void checkUscc();
    void scheduleDraft();
    void fillFields(const Appeal &appeal);
    bool store(Appeal appeal, const QString &uscc);
    // Another desk saved the appeal after this form read it: show both values of what differs
    // and let the clerk reload, overwrite or go back to the form.
    bool resolveConflict(Appeal appeal, const QString &uscc, const QString &message);
    void showNumberPreview();
    // `fields` names the field of each message (AppealValidator's keys; empty for none).
    void showErrors(const QStringList &messages, QWidget *first, const QStringList &fields = {});
    void fieldEdited(const QString &field);
    Appeal appealFromFields() const;
    QWidget *fieldWidget(const QString &field) const;

    Database &m_db;
    DraftStore *m_draft;
    AppealEntryFields m_f;
    EnterpriseCompleter *m_completer;
    SimilarAppealsPanel *m_similar;
    QTimer *m_draftTimer;
    QStringList m_attachments;
    Appeal m_loaded;          // edit mode: the appeal as stored (id 0: keying in new ones)
    QJsonObject m_loadedJson; // edit mode: fieldsAsJson() right after loading
    qint64 m_enterpriseId = 0;
    qint64 m_lastSavedId = 0;
    int m_savedCount = 0;
    bool m_restoring = false;
    QHash<QString, QString> m_fieldLabels; // field key -> the paper's label for it
    QStringList m_errorMessages;           // shown under the form, one per line
    QStringList m_errorFields;             // the field each of them is about
};

#pragma once

#include "core/export/ExportProgress.h"

#include <QProgressDialog>

// The progress of a long export (a PDF of thousands of rows takes minutes): rows written out of
// the total, and Cancel, which stops the writer and leaves no file behind. Appears only when the
// export takes longer than a moment.
class ExportProgressDialog : public QProgressDialog {
    Q_OBJECT

public:
    // `total`: the rows to write, or -1 while unknown (a busy bar).
    ExportProgressDialog(qint64 total, QWidget *parent);

    // What TableExporter::write() calls as it goes: keeps Cancel clickable on the GUI thread.
    ExportProgress callback();
    int rowsWritten() const { return m_written; }
    // Hides the dialog and, when the export failed, tells the user (a message box titled
    // `title`): that it was cancelled and nothing was written to `path`, or `error`.
    void finish(bool ok, const QString &path, const QString &error, const QString &title);

protected:
    // Esc: the same as 取消. QDialog makes it reject(), which only hid the dialog while the
    // export went on unseen.
    void reject() override { cancel(); }

private:
    int m_written = 0;
};

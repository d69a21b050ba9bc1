#include "ui/ExportProgressDialog.h"

#include "ui/UserPrompt.h"

#include <QCoreApplication>
#include <QDir>

ExportProgressDialog::ExportProgressDialog(qint64 total, QWidget *parent)
    : QProgressDialog(total >= 0 ? tr("Exporting %n row(s)…", nullptr, int(total))
                                 : tr("Exporting…"),
                      tr("Cancel"), 0, total >= 0 ? int(std::max<qint64>(1, total)) : 0, parent) {
    setWindowTitle(tr("Export"));
    setWindowModality(Qt::WindowModal);
    setMinimumDuration(300);
}

ExportProgress ExportProgressDialog::callback() {
    return [this](int done, int total) {
        m_written = done;
        // Nothing written yet: a PDF first measures every row (some seconds for 50,000), and a
        // bar standing still at 0 % looks like a program that hangs. A busy bar until then.
        if (done == 0 && total > 0 && maximum() != 0)
            setRange(0, 0);
        else if (done > 0 && total > 0 && maximum() != total)
            setRange(0, total);
        // Called even on the busy bar: the first call starts the clock that shows the dialog.
        setValue(maximum() > 0 ? std::min(done, maximum()) : 0);
        QCoreApplication::processEvents(); // keeps Cancel clickable
        return !wasCanceled();
    };
}

void ExportProgressDialog::finish(bool ok, const QString &path, const QString &error,
                                  const QString &title) {
    const bool cancelled = wasCanceled();
    reset();
    if (ok)
        return;
    // The clerk asked for it: a note, not a warning; PartFile left nothing behind.
    if (cancelled)
        UserPrompt::information(parentWidget(), title,
                                tr("The export was cancelled: nothing was written to %1.")
                                    .arg(QDir::toNativeSeparators(path)));
    else
        UserPrompt::warning(parentWidget(), title, error);
}

#include "ui/ExportProgressDialog.h"

#include <QCoreApplication>

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
        if (total > 0 && maximum() != total)
            setMaximum(total);
        if (maximum() > 0)
            setValue(std::min(done, maximum()));
        QCoreApplication::processEvents(); // keeps Cancel clickable
        return !wasCanceled();
    };
}

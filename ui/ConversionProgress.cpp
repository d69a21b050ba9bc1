#include "ui/ConversionProgress.h"

#include <QApplication>
#include <QProgressDialog>

ConversionProgress::ConversionProgress(QWidget *parent, const QString &fileNames)
    : m_dialog(new QProgressDialog(parent)) {
    m_dialog->setObjectName(QStringLiteral("conversionProgress"));
    m_dialog->setWindowTitle(tr("Converting"));
    m_dialog->setLabelText(tr("LibreOffice is converting %1…").arg(fileNames));
    m_dialog->setCancelButtonText(tr("Cancel"));
    m_dialog->setRange(0, 0); // how long it takes is not known
    m_dialog->setWindowModality(Qt::WindowModal);
    m_dialog->setMinimumDuration(0);
}

ConversionProgress::~ConversionProgress() {
    delete m_dialog;
}

OfficeConverter::WaitHook ConversionProgress::hook() {
    return [dialog = m_dialog] {
        if (!dialog)
            return true;
        if (!dialog->isVisible())
            dialog->show();
        QApplication::processEvents();
        return !dialog->wasCanceled();
    };
}

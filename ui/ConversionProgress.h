#pragma once

#include "core/import/OfficeConverter.h"

#include <QCoreApplication>
#include <QPointer>

class QProgressDialog;
class QWidget;

// The window a clerk sees while LibreOffice converts an .xls, .doc or .wps file (a few seconds,
// longer on its first start): the file named, a busy bar and 取消, the window behind kept
// painted. OfficeConverter calls hook() while it waits; 取消 stops the conversion.
class ConversionProgress {
    Q_DECLARE_TR_FUNCTIONS(ConversionProgress)

public:
    ConversionProgress(QWidget *parent, const QString &fileNames);
    ~ConversionProgress();
    ConversionProgress(const ConversionProgress &) = delete;
    ConversionProgress &operator=(const ConversionProgress &) = delete;

    OfficeConverter::WaitHook hook();

private:
    QPointer<QProgressDialog> m_dialog;
};

#pragma once

// What the suites that print to PDF and read it back share: a database with the test records
// (FormsTestData), printing a request to a PDF in a temporary folder, and reading the PDF's
// text and words back through poppler (pdftotext, pdfinfo) as a clerk copying it would.

#include "core/Database.h"
#include "core/DatabaseInitializer.h"
#include "forms/DocumentRenderer.h"
#include "forms/FormPrinter.h"
#include "tests/forms/FormsTestData.h"
#include "tests/support/PdfWords.h"
#include "tests/support/TestServer.h"

#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

namespace FormsPdf {
using namespace Qt::StringLiterals;

inline QString run(const QString &program, const QStringList &args) {
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(60000) || p.exitCode() != 0)
        return {};
    return QString::fromUtf8(p.readAllStandardOutput());
}

inline QString squash(QString s) {
    static const QRegularExpression space(u"\\s+"_s);
    return s.remove(space);
}

// The first label not found after the previous one, or empty when all appear in order.
inline QString missingInOrder(const QString &text, const QStringList &labels) {
    const QString flat = squash(text);
    qsizetype from = 0;
    for (const QString &label : labels) {
        const qsizetype at = flat.indexOf(squash(label), from);
        if (at < 0)
            return label;
        from = at + squash(label).size();
    }
    return {};
}

using PdfWords::Word;

inline QList<Word> words(const QString &pdf, int page) {
    return PdfWords::page(pdf, page);
}

inline constexpr double mm = 72.0 / 25.4; // PDF points per millimetre

inline int pageCount(const QString &pdfPath) {
    static const QRegularExpression re(u"Pages:\\s+(\\d+)"_s);
    return re.match(run(u"pdfinfo"_s, {pdfPath})).captured(1).toInt();
}

// The words printed inside the text block of every page, in drawing order.
inline QString visibleText(const QString &pdfPath, double topMm, double bottomMm) {
    QString text;
    for (int page = 1; page <= pageCount(pdfPath); ++page) {
        for (const Word &w : words(pdfPath, page)) {
            if (w.box.top() >= topMm * mm - 1 && w.box.bottom() <= bottomMm * mm + 1)
                text += w.text;
        }
    }
    return text;
}
} // namespace FormsPdf

class FormsCase {
protected:
    // For initTestCase(): the 乌审旗 database with the test records.
    void setUpDatabase() {
        QVERIFY(m_dir.isValid());
        // Set QINQING_KEEP_TEST_FILES=1 to look at the PDFs afterwards.
        m_dir.setAutoRemove(!qEnvironmentVariableIsSet("QINQING_KEEP_TEST_FILES"));
        qInfo() << "documents in" << m_dir.path();
        QVERIFY2(m_db.open(TestServer::location(m_dir.path(), QStringLiteral("forms.sqlite"))),
                 qPrintable(m_db.errorString()));
        DatabaseInitializer init(m_db);
        QVERIFY2(init.initialize(QStringLiteral("wushen")), qPrintable(init.errorString()));
        QString error;
        QVERIFY2(FormsTestData::insert(m_db, &error), qPrintable(error));
    }

    // The request printed to NAME.pdf in the temporary folder; empty on failure.
    QString pdf(const FormPrinter::Request &r, const QString &name) {
        FormPrinter printer(m_db);
        const auto docs = printer.documents(r);
        if (docs.isEmpty()) {
            qWarning() << printer.errorString();
            return {};
        }
        const QString path = m_dir.filePath(name + QStringLiteral(".pdf"));
        DocumentRenderer renderer;
        if (!renderer.writePdf(docs, path)) {
            qWarning() << renderer.errorString();
            return {};
        }
        return path;
    }
    static QString text(const QString &pdfPath) {
        return FormsPdf::run(QStringLiteral("pdftotext"),
                             {QStringLiteral("-raw"), pdfPath, QStringLiteral("-")});
    }
    static int pages(const QString &pdfPath) { return FormsPdf::pageCount(pdfPath); }

    QTemporaryDir m_dir;
    Database m_db;
};

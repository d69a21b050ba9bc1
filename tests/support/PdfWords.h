#pragma once

// The words of a PDF with their boxes, as poppler's `pdftotext -bbox` reads them: where on
// the page each piece of printed text is (in PDF points from the top left).

#include <QList>
#include <QProcess>
#include <QRectF>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

namespace PdfWords {

struct Word {
    QRectF box;
    QString text;
};

// The words of each page from `first` to `last` (1-based; 0: from the first, to the last).
inline QList<QList<Word>> pages(const QString &pdf, int first = 0, int last = 0) {
    QStringList args{QStringLiteral("-bbox")};
    if (first > 0)
        args << QStringLiteral("-f") << QString::number(first);
    if (last > 0)
        args << QStringLiteral("-l") << QString::number(last);
    QProcess p;
    p.start(QStringLiteral("pdftotext"), args << pdf << QStringLiteral("-"));
    if (!p.waitForFinished(60000) || p.exitCode() != 0)
        return {};
    static const QRegularExpression word(QStringLiteral(
        R"re(<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>)re"));
    QList<QList<Word>> result;
    const QStringList pageTexts =
        QString::fromUtf8(p.readAllStandardOutput()).split(QStringLiteral("<page "));
    for (qsizetype i = 1; i < pageTexts.size(); ++i) {
        QList<Word> words;
        for (auto it = word.globalMatch(pageTexts.at(i)); it.hasNext();) {
            const auto m = it.next();
            words << Word{QRectF(QPointF(m.captured(1).toDouble(), m.captured(2).toDouble()),
                                 QPointF(m.captured(3).toDouble(), m.captured(4).toDouble())),
                          m.captured(5)};
        }
        result << words;
    }
    return result;
}

inline QList<Word> page(const QString &pdf, int number) {
    return pages(pdf, number, number).value(0);
}

} // namespace PdfWords

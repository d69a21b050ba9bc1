#include "forms/FormTable.h"

#include "forms/FormHtml.h"

#include <QFontMetricsF>
#include <QRegularExpression>
#include <numeric>

using namespace Qt::StringLiterals;

namespace {

// Text widths in characters of the table's size (a Chinese character is one).
class Measure {
public:
    Measure(FormFonts::Role role, qreal pointSize)
        : m_metrics(FormFonts::font(role, pointSize))
        , m_em(m_metrics.horizontalAdvance(u'\u4e2d')) {}
    qreal operator()(const QString &text) const { return m_metrics.horizontalAdvance(text) / m_em; }

private:
    QFontMetricsF m_metrics;
    qreal m_em;
};

// The widest piece of a wrapping text that should not be broken: a run of Latin letters, digits
// and their punctuation (WS2026-0186, 0477-7561234, 85.7%) or one character. Longer runs (a
// credit code in a sentence) break anyway, and Qt breaks them where it must.
qreal widestPiece(const QString &text, const Measure &measure) {
    static const QRegularExpression piece(uR"re([\x21-\x7e]+|\S)re"_s);
    qreal widest = 0;
    for (auto it = piece.globalMatch(text); it.hasNext();)
        widest = std::max(widest, measure(it.next().captured()));
    return std::min<qreal>(widest, 6);
}

// The widest line of a header, which breaks where it says ("逾期\n工作日"); `halved`: the
// width when a line of three or more characters breaks once more, in the middle, as Qt wraps it
// in a narrow column (提交 / 日期).
qreal headerWidth(const QString &header, const Measure &measure, bool halved) {
    qreal widest = 0;
    for (const QString &line : header.split(u'\n')) {
        const qreal w = measure(line);
        widest = std::max(widest, halved && line.size() > 2 ? w / 2 + 0.5 : w);
    }
    return widest;
}

QString alignAttribute(FormTable::Align align) {
    switch (align) {
    case FormTable::Align::Center:
        return u" align=\"center\""_s;
    case FormTable::Align::Right:
        return u" align=\"right\""_s;
    case FormTable::Align::Left:
        break;
    }
    return {};
}

} // namespace

FormTable::FormTable(const QList<Column> &columns, qreal pointSize, qreal lineMm, int cellPadding)
    : m_columns(columns)
    , m_widest(columns.size(), 0)
    , m_piece(columns.size(), 0)
    , m_pointSize(pointSize)
    , m_lineMm(lineMm)
    , m_padding(cellPadding) {}

void FormTable::addRow(const QStringList &cells) {
    measureRow(cells);
    addMeasuredRow(cells);
}

void FormTable::addMeasuredRow(const QStringList &cells) {
    m_rows << cells;
    m_blankLines << 0;
}

void FormTable::measureRow(const QStringList &cells) {
    const Measure body(FormFonts::Role::Body, m_pointSize);
    for (qsizetype c = 0; c < m_columns.size(); ++c) {
        const QString value = cells.value(int(c));
        if (value.isEmpty())
            continue;
        for (const QString &line : value.split(u'\n')) {
            m_widest[c] = std::max(m_widest.at(c), body(line));
            m_piece[c] = std::max(m_piece.at(c), widestPiece(line, body));
        }
    }
    m_widths.clear();
}

void FormTable::copyMeasuresFrom(const FormTable &other) {
    m_widest = other.m_widest;
    m_piece = other.m_piece;
    m_widths.clear();
}

void FormTable::clearRows() {
    m_rows.clear();
    m_blankLines.clear();
}

void FormTable::setFit(int column, Fit fit) {
    m_columns[column].fit = fit;
    m_widths.clear();
}

void FormTable::addBlankRows(int count, int lines) {
    for (int i = 0; i < count; ++i) {
        m_rows << QStringList();
        m_blankLines << std::max(1, lines);
    }
    m_widths.clear();
}

QList<qreal> FormTable::widths() const {
    if (!m_widths.isEmpty() || m_columns.isEmpty())
        return m_widths;
    const Measure body(FormFonts::Role::Body, m_pointSize);
    const Measure heading(FormFonts::Role::Heading, m_pointSize);
    const qsizetype n = m_columns.size();
    // Each column's width in characters: the least it can do with (`hard`: a whole date or
    // code, the widest unbreakable piece of a text), the least it reads well with (`soft`:
    // four characters of a wrapping text, unless it has fewer) and what it would take on one line.
    QList<qreal> hard(n), soft(n), natural(n);
    for (qsizetype c = 0; c < n; ++c) {
        const Column &column = m_columns.at(c);
        const qreal header = headerWidth(column.header, heading, false);
        const qreal halfHeader = headerWidth(column.header, heading, true);
        const qreal widest =
            std::max(column.sample.isEmpty() ? 0 : body(column.sample), m_widest.at(c));
        // A sample is room, not a piece to keep whole.
        const qreal piece = column.fit == Fit::Words ? m_piece.at(c) : 0;
        const bool whole = column.fit == Fit::Whole;
        hard[c] = std::max(halfHeader, whole ? widest : piece);
        soft[c] = std::max({header, hard.at(c), whole ? widest : std::min<qreal>(widest, 4)});
        natural[c] = std::max(soft.at(c), std::min<qreal>(widest, 80));
    }
    // The padding on both sides, the border and a little for rounding, per column.
    const qreal em = m_pointSize / 72.0 * 96; // CSS pixels
    const qreal overhead = (2.0 * m_padding + 1) / em + 0.3;
    const qreal line = m_lineMm / 25.4 * 96 / em - 0.5; // in characters, less the table's edge
    const qreal room = line - n * overhead;
    const auto sum = [](const QList<qreal> &list) {
        return std::accumulate(list.begin(), list.end(), qreal(0));
    };
    // Between two tiers: each column gets the lower one and a share of the rest in proportion
    // to how much more it would take to reach the upper one.
    const auto between = [&](const QList<qreal> &low, const QList<qreal> &high) {
        const qreal more = sum(high) - sum(low);
        QList<qreal> w(n);
        for (qsizetype c = 0; c < n; ++c)
            w[c] = low.at(c) + (more > 0 ? (room - sum(low)) * (high.at(c) - low.at(c)) / more : 0);
        return w;
    };
    QList<qreal> inner(n);
    m_wholeFits = sum(hard) <= room;
    m_readsWell = sum(soft) <= room;
    if (sum(natural) <= room) {
        // Everything fits on one line: the spare room is shared in proportion to the content,
        // as a browser widens a table to the line.
        for (qsizetype c = 0; c < n; ++c)
            inner[c] = natural.at(c) * room / sum(natural);
    } else if (sum(soft) <= room) {
        inner = between(soft, natural);
    } else if (m_wholeFits) {
        inner = between(hard, soft);
    } else {
        for (qsizetype c = 0; c < n; ++c)
            inner[c] = hard.at(c) * room / sum(hard); // too many columns: everything wraps
    }
    const qreal total = room + n * overhead;
    for (qsizetype c = 0; c < n; ++c)
        m_widths << (inner.at(c) + overhead) * 100.0 / total;
    return m_widths;
}

bool FormTable::readsWell() const {
    widths();
    return m_readsWell;
}

QString FormTable::startHtml(bool pageBreakBefore) const {
    QString html = FormHtml::tableStart(m_pointSize)
                       .replace(u"cellpadding=\"6\""_s, u"cellpadding=\"%1\""_s.arg(m_padding));
    if (pageBreakBefore)
        html.replace(u"style=\""_s, u"style=\"page-break-before:always; "_s);
    const QList<qreal> w = widths();
    html += u"<thead><tr>"_s;
    for (qsizetype c = 0; c < m_columns.size(); ++c) {
        QStringList lines;
        for (const QString &line : m_columns.at(c).header.split(u'\n'))
            lines << FormHtml::text(line);
        html += u"<th width=\"%1%\" style=\"%2\">%3</th>"_s.arg(
            QString::number(w.at(c), 'f', 2), FormHtml::font(FormFonts::Role::Heading, m_pointSize),
            lines.join(u"<br/>"_s));
    }
    return html + u"</tr></thead>"_s;
}

QString FormTable::rowHtml(int row) const {
    widths(); // decides whether whole columns can stay on one line
    const QStringList &cells = m_rows.at(row);
    const int blank = m_blankLines.at(row);
    QString html = u"<tr>"_s;
    for (qsizetype c = 0; c < m_columns.size(); ++c) {
        const Column &column = m_columns.at(c);
        QString text = blank ? u"&nbsp;"_s : FormHtml::text(cells.value(int(c)));
        for (int i = 1; i < blank; ++i)
            text += u"<br/>&nbsp;"_s;
        // Whole columns never wrap, when the line holds them all; Qt then widens a column
        // whose text the measure above found a hair narrower than it prints.
        const bool nowrap = column.fit == Fit::Whole && m_wholeFits;
        html += u"<td valign=\"top\"%1%2>%3</td>"_s.arg(
            alignAttribute(column.align), nowrap ? u" style=\"white-space:nowrap;\""_s : QString(),
            text);
    }
    return html + u"</tr>"_s;
}

QString FormTable::html() const {
    QString html = startHtml();
    for (int r = 0; r < rowCount(); ++r)
        html += rowHtml(r);
    return html + endHtml();
}

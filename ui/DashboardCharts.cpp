#include "DashboardCharts.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QHorizontalBarSeries>
#include <QPieSeries>
#include <QStackedBarSeries>
#include <QValueAxis>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

QChart *newChart(const QString &title) {
    auto *chart = new QChart;
    chart->setTitle(title);
    chart->setAnimationOptions(QChart::NoAnimation); // refreshes must be instant
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(4, 4, 4, 4));
    return chart;
}

} // namespace

QChart *DashboardCharts::monthly(const MonthlySeries &series, const QString &title, int maxKeys) {
    QChart *chart = newChart(title);
    auto *bars = new QStackedBarSeries;
    QStringList shown = series.keys.mid(0, maxKeys);
    const QStringList rest = series.keys.mid(maxKeys);
    int peak = 0;
    QList<int> monthTotals(series.months.size(), 0);
    auto addSet = [&](const QString &label, const QStringList &keys) {
        auto *set = new QBarSet(label.isEmpty() ? tr("(not given)") : label);
        for (int m = 0; m < series.months.size(); ++m) {
            int n = 0;
            for (const QString &k : keys)
                n += series.counts.value(k).value(series.months.at(m));
            *set << n;
            monthTotals[m] += n;
        }
        bars->append(set);
    };
    for (const QString &k : shown)
        addSet(k, {k});
    if (!rest.isEmpty())
        addSet(tr("Other"), rest);
    for (int t : monthTotals)
        peak = std::max(peak, t);
    chart->addSeries(bars);
    auto *x = new QBarCategoryAxis;
    QStringList labels;
    // "24.1", "2", "3" ...: the year only where it starts, so twelve labels fit side by side.
    for (int i = 0; i < series.months.size(); ++i) {
        const QString &m = series.months.at(i);
        const QString month = QString::number(m.mid(5).toInt());
        labels << (i == 0 || month == "1"_L1 ? m.mid(2, 2) + u'.' + month : month);
    }
    x->append(labels);
    auto *y = new QValueAxis;
    y->setRange(0, std::max(1, peak));
    y->setLabelFormat(u"%d"_s);
    y->applyNiceNumbers();
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    bars->attachAxis(x);
    bars->attachAxis(y);
    return chart;
}

QChart *DashboardCharts::onTimeRate(const QList<DepartmentScore> &scores, int maxDepartments) {
    QChart *chart = newChart(tr("On-time completion rate by department (%)"));
    QList<DepartmentScore> withData;
    for (const DepartmentScore &s : scores) {
        if (s.completed > 0)
            withData << s;
    }
    std::sort(withData.begin(), withData.end(),
              [](const DepartmentScore &a, const DepartmentScore &b) {
                  return a.completed > b.completed;
              });
    withData = withData.mid(0, maxDepartments);
    // Lowest rate at the top of the chart: the departments to look at first.
    std::sort(withData.begin(), withData.end(),
              [](const DepartmentScore &a, const DepartmentScore &b) {
                  return a.onTimeRate() > b.onTimeRate();
              });
    auto *set = new QBarSet(tr("On time"));
    QStringList names;
    for (const DepartmentScore &s : withData) {
        *set << s.onTimeRate() * 100.0;
        names << s.department;
    }
    set->setColor(QColor(u"#388e3c"_s));
    auto *bars = new QHorizontalBarSeries;
    bars->append(set);
    bars->setLabelsVisible(true);
    bars->setLabelsFormat(u"@value"_s);
    bars->setLabelsPrecision(3);
    chart->addSeries(bars);
    chart->legend()->hide();
    auto *y = new QBarCategoryAxis;
    y->append(names);
    auto *x = new QValueAxis;
    x->setRange(0, 100);
    x->setLabelFormat(u"%d"_s);
    chart->addAxis(y, Qt::AlignLeft);
    chart->addAxis(x, Qt::AlignBottom);
    bars->attachAxis(x);
    bars->attachAxis(y);
    return chart;
}

QChart *DashboardCharts::satisfaction(const QList<DepartmentScore> &scores) {
    QChart *chart = newChart(tr("Satisfaction"));
    int satisfied = 0;
    int basic = 0;
    int unsatisfied = 0;
    for (const DepartmentScore &s : scores) {
        satisfied += s.satisfied;
        basic += s.basic;
        unsatisfied += s.unsatisfied;
    }
    auto *pie = new QPieSeries;
    const int total = satisfied + basic + unsatisfied;
    auto add = [&](const QString &label, int n, const char *colour) {
        if (n == 0)
            return;
        QPieSlice *slice = pie->append(
            tr("%1 %2 (%3%)").arg(label).arg(n).arg(qRound(100.0 * n / std::max(1, total))), n);
        slice->setColor(QColor(QString::fromLatin1(colour)));
    };
    add(tr("Satisfied"), satisfied, "#388e3c");
    add(tr("Basically satisfied"), basic, "#9ccc65");
    add(tr("Unsatisfied"), unsatisfied, "#d32f2f");
    chart->addSeries(pie);
    if (total == 0)
        chart->setTitle(tr("Satisfaction: no evaluations in the period"));
    chart->legend()->setAlignment(Qt::AlignRight);
    return chart;
}

#include "ui/DashboardCharts.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QFont>
#include <QHorizontalBarSeries>
#include <QPieSeries>
#include <QSet>
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

template <typename T> T *firstSeries(QChart *chart) {
    return chart && chart->series().size() == 1 ? qobject_cast<T *>(chart->series().first())
                                                : nullptr;
}

template <typename T> T *firstAxis(QChart *chart, Qt::Orientation orientation) {
    const QList<QAbstractAxis *> axes = chart->axes(orientation);
    return axes.size() == 1 ? qobject_cast<T *>(axes.first()) : nullptr;
}

// What a chart shows, worked out once for making a chart and for updating one.
struct MonthlyBars {
    QStringList setLabels;
    QList<QList<int>> values; // per set, per month
    QStringList monthLabels;
    int peak = 0;
};

MonthlyBars monthlyBars(const MonthlySeries &series, int maxKeys) {
    MonthlyBars bars;
    QList<int> monthTotals(series.months.size(), 0);
    auto addSet = [&](const QString &label, const QStringList &keys) {
        bars.setLabels << (label.isEmpty() ? DashboardCharts::tr("(not given)") : label);
        QList<int> values;
        for (int m = 0; m < series.months.size(); ++m) {
            int n = 0;
            for (const QString &k : keys)
                n += series.counts.value(k).value(series.months.at(m));
            values << n;
            monthTotals[m] += n;
        }
        bars.values << values;
    };
    for (const QString &k : series.keys.mid(0, maxKeys))
        addSet(k, {k});
    const QStringList rest = series.keys.mid(maxKeys);
    if (!rest.isEmpty())
        addSet(DashboardCharts::tr("Other"), rest);
    for (int t : monthTotals)
        bars.peak = std::max(bars.peak, t);
    // "24.1", "2", "3" ...: the year only where it starts, so twelve labels fit side by side.
    for (int i = 0; i < series.months.size(); ++i) {
        const QString &m = series.months.at(i);
        const QString month = QString::number(m.mid(5).toInt());
        bars.monthLabels << (i == 0 || month == "1"_L1 ? m.mid(2, 2) + u'.' + month : month);
    }
    return bars;
}

void setCountRange(QValueAxis *y, int peak) {
    y->setRange(0, std::max(1, peak));
    y->applyNiceNumbers();
}

struct RateBars {
    QStringList names;
    QList<double> percents;
};

RateBars rateBars(const QList<DepartmentScore> &scores, int maxDepartments) {
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
    RateBars bars;
    for (const DepartmentScore &s : withData)
        bars.percents << s.onTimeRate() * 100.0;
    bars.names = DashboardCharts::departmentLabels(withData);
    return bars;
}

struct Slice {
    QString label;
    int count = 0;
    QString colour;
};

QList<Slice> satisfactionSlices(const QList<DepartmentScore> &scores) {
    int satisfied = 0;
    int basic = 0;
    int unsatisfied = 0;
    for (const DepartmentScore &s : scores) {
        satisfied += s.satisfied;
        basic += s.basic;
        unsatisfied += s.unsatisfied;
    }
    const int total = satisfied + basic + unsatisfied;
    QList<Slice> slices;
    auto add = [&](const QString &label, int n, const QString &colour) {
        if (n > 0)
            slices << Slice{DashboardCharts::tr("%1 %2 (%3%)")
                                .arg(label)
                                .arg(n)
                                .arg(qRound(100.0 * n / std::max(1, total))),
                            n, colour};
    };
    add(DashboardCharts::tr("Satisfied"), satisfied, u"#388e3c"_s);
    add(DashboardCharts::tr("Basically satisfied"), basic, u"#9ccc65"_s);
    add(DashboardCharts::tr("Unsatisfied"), unsatisfied, u"#d32f2f"_s);
    return slices;
}

QString satisfactionTitle(const QList<Slice> &slices) {
    return slices.isEmpty() ? DashboardCharts::tr("Satisfaction: no evaluations in the period")
                            : DashboardCharts::tr("Satisfaction");
}

} // namespace

QChart *DashboardCharts::monthly(const MonthlySeries &series, const QString &title, int maxKeys) {
    QChart *chart = newChart(title);
    const MonthlyBars plan = monthlyBars(series, maxKeys);
    auto *bars = new QStackedBarSeries;
    for (int i = 0; i < plan.setLabels.size(); ++i) {
        auto *set = new QBarSet(plan.setLabels.at(i));
        for (int n : plan.values.at(i))
            *set << n;
        bars->append(set);
    }
    chart->addSeries(bars);
    auto *x = new QBarCategoryAxis;
    x->append(plan.monthLabels);
    auto *y = new QValueAxis;
    y->setLabelFormat(u"%d"_s);
    setCountRange(y, plan.peak);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    bars->attachAxis(x);
    bars->attachAxis(y);
    return chart;
}

bool DashboardCharts::updateMonthly(QChart *chart, const MonthlySeries &series, int maxKeys) {
    auto *bars = firstSeries<QStackedBarSeries>(chart);
    auto *x = bars ? firstAxis<QBarCategoryAxis>(chart, Qt::Horizontal) : nullptr;
    auto *y = bars ? firstAxis<QValueAxis>(chart, Qt::Vertical) : nullptr;
    if (!x || !y)
        return false;
    const MonthlyBars plan = monthlyBars(series, maxKeys);
    const QList<QBarSet *> sets = bars->barSets();
    if (x->categories() != plan.monthLabels || sets.size() != plan.setLabels.size())
        return false;
    for (int i = 0; i < sets.size(); ++i) {
        if (sets.at(i)->label() != plan.setLabels.at(i))
            return false;
    }
    for (int i = 0; i < sets.size(); ++i) {
        for (int m = 0; m < plan.monthLabels.size(); ++m) {
            if (sets.at(i)->at(m) != plan.values.at(i).at(m))
                sets.at(i)->replace(m, plan.values.at(i).at(m));
        }
    }
    setCountRange(y, plan.peak);
    return true;
}

QStringList DashboardCharts::departmentLabels(const QList<DepartmentScore> &scores) {
    // Full names do not fit beside a bar (they showed as "…"): the 简称 where one is
    // recorded, else the name without the place all of them start with (乌审旗税务局 and
    // 乌审旗自然资源局 -> 税务局, 自然资源局), cut only after a place word so that 市场监管局
    // keeps its 市.
    QStringList unnamed;
    for (const DepartmentScore &s : scores)
        if (s.shortName.isEmpty())
            unnamed << s.department;
    QString prefix = unnamed.size() > 1 ? unnamed.first() : QString();
    for (const QString &name : std::as_const(unnamed)) {
        int n = 0;
        while (n < prefix.size() && n < name.size() && prefix.at(n) == name.at(n))
            ++n;
        prefix.truncate(n);
    }
    // Up to the first place word after a name (乌审旗|市场监督管理局, not 乌审旗市|场…).
    static const QString placeWords = u"省市州盟县旗区"_s;
    int cut = 0;
    for (int i = 1; i < prefix.size() && cut == 0; ++i)
        if (placeWords.contains(prefix.at(i)))
            cut = i + 1;
    prefix.truncate(cut);
    QStringList labels;
    for (const DepartmentScore &s : scores) {
        QString label = s.shortName;
        if (label.isEmpty())
            label = s.department.size() - prefix.size() >= 2 ? s.department.mid(prefix.size())
                                                             : s.department;
        labels << label;
    }
    // The axis needs distinct labels; two departments of one short name keep their names.
    if (QSet<QString>(labels.cbegin(), labels.cend()).size() != labels.size()) {
        for (int i = 0; i < scores.size(); ++i)
            labels[i] = scores.at(i).department;
    }
    return labels;
}

QChart *DashboardCharts::onTimeRate(const QList<DepartmentScore> &scores, int maxDepartments) {
    QChart *chart = newChart(tr("On-time completion rate by department (%)"));
    const RateBars plan = rateBars(scores, maxDepartments);
    auto *set = new QBarSet(tr("On time"));
    for (double p : plan.percents)
        *set << p;
    set->setColor(QColor(u"#388e3c"_s));
    auto *bars = new QHorizontalBarSeries;
    bars->append(set);
    bars->setLabelsVisible(true);
    bars->setLabelsFormat(u"@value"_s);
    bars->setLabelsPrecision(3);
    bars->setLabelsPosition(QAbstractBarSeries::LabelsInsideEnd); // not across the bar's end
    chart->addSeries(bars);
    chart->legend()->hide();
    auto *y = new QBarCategoryAxis;
    y->append(plan.names);
    // Qt Charts cut every department's name to "…" here, however short: the names are what
    // the chart is read by, so they are drawn whole and the bars get the rest of the width.
    y->setTruncateLabels(false);
    // A name per bar: Qt Charts leaves out a label that would touch the next one, and the
    // program's font is taller than a bar at a laptop's height.
    QFont font = y->labelsFont();
    font.setPointSizeF(font.pointSizeF() * 0.85);
    y->setLabelsFont(font);
    auto *x = new QValueAxis;
    x->setRange(0, 100);
    x->setLabelFormat(u"%d"_s);
    chart->addAxis(y, Qt::AlignLeft);
    chart->addAxis(x, Qt::AlignBottom);
    bars->attachAxis(x);
    bars->attachAxis(y);
    return chart;
}

bool DashboardCharts::updateOnTimeRate(QChart *chart, const QList<DepartmentScore> &scores,
                                       int maxDepartments) {
    auto *bars = firstSeries<QHorizontalBarSeries>(chart);
    auto *y = bars ? firstAxis<QBarCategoryAxis>(chart, Qt::Vertical) : nullptr;
    const RateBars plan = rateBars(scores, maxDepartments);
    if (!y || bars->count() != 1 || bars->barSets().first()->count() != plan.percents.size())
        return false;
    QBarSet *set = bars->barSets().first();
    for (int i = 0; i < plan.percents.size(); ++i) {
        if (set->at(i) != plan.percents.at(i))
            set->replace(i, plan.percents.at(i));
    }
    if (y->categories() != plan.names)
        y->setCategories(plan.names);
    return true;
}

QChart *DashboardCharts::satisfaction(const QList<DepartmentScore> &scores) {
    const QList<Slice> slices = satisfactionSlices(scores);
    QChart *chart = newChart(satisfactionTitle(slices));
    auto *pie = new QPieSeries;
    for (const Slice &s : slices) {
        QPieSlice *slice = pie->append(s.label, s.count);
        slice->setColor(QColor(s.colour));
    }
    chart->addSeries(pie);
    chart->legend()->setAlignment(Qt::AlignRight);
    return chart;
}

bool DashboardCharts::updateSatisfaction(QChart *chart, const QList<DepartmentScore> &scores) {
    auto *pie = firstSeries<QPieSeries>(chart);
    const QList<Slice> slices = satisfactionSlices(scores);
    if (!pie || pie->count() != slices.size())
        return false;
    const QList<QPieSlice *> existing = pie->slices();
    for (int i = 0; i < slices.size(); ++i) {
        if (existing.at(i)->color() != QColor(slices.at(i).colour))
            return false;
    }
    for (int i = 0; i < slices.size(); ++i) {
        existing.at(i)->setValue(slices.at(i).count);
        existing.at(i)->setLabel(slices.at(i).label);
    }
    chart->setTitle(satisfactionTitle(slices));
    return true;
}

#include "ui/DashboardTexts.h"

DashboardTexts::DashboardTexts(DashboardQuery &query)
    : m_query(query) {}

void DashboardTexts::clear() {
    m_texts.clear();
}

void DashboardTexts::load(const QList<qint64> &ids) {
    QList<qint64> missing;
    for (qint64 id : ids) {
        if (id > 0 && !m_texts.contains(id)) // 0: a row without an assignment (a meeting)
            missing << id;
    }
    if (missing.isEmpty())
        return;
    const QHash<qint64, DashboardQuery::Texts> read = m_query.texts(missing);
    for (qint64 id : missing)
        m_texts.insert(id, read.value(id)); // empty texts for a deleted one: asked only once
}

const DashboardQuery::Texts &DashboardTexts::at(const QList<qint64> &ids, int index) {
    if (index < 0 || index >= ids.size())
        return m_none;
    const qint64 id = ids.at(index);
    auto it = m_texts.constFind(id);
    if (it == m_texts.cend()) {
        const int start = index - index % chunkSize;
        load(ids.mid(start, chunkSize));
        it = m_texts.constFind(id);
    }
    return it != m_texts.cend() ? *it : m_none;
}

void DashboardTexts::loadAll(const QList<qint64> &ids) {
    load(ids);
}

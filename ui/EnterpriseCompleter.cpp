#include "ui/EnterpriseCompleter.h"

#include "core/Database.h"
#include "core/PinyinInitials.h"
#include "core/queries/ChoiceLists.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QLineEdit>
#include <QStringListModel>

using namespace Qt::StringLiterals;

EnterpriseCompleter::EnterpriseCompleter(Database &db, QLineEdit *edit)
    : QObject(edit)
    , m_db(db)
    , m_edit(edit)
    , m_completer(new QCompleter(this))
    , m_model(new QStringListModel(this)) {
    m_completer->setModel(m_model);
    // We filter ourselves (substring and pinyin); the completer only shows the list.
    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setMaxVisibleItems(12);
    m_edit->setCompleter(m_completer);
    connect(m_edit, &QLineEdit::textEdited, this, &EnterpriseCompleter::onEdited);
    connect(m_completer, qOverload<const QString &>(&QCompleter::activated), this,
            [this](const QString &name) {
                if (const qint64 id = idOf(name))
                    emit chosen(id);
            });
    reload();
}

void EnterpriseCompleter::reload() {
    // The registry of one office holds hundreds to a few thousand enterprises: keeping names and
    // their initials in memory makes every keystroke instant without an index on initials.
    m_entries.clear();
    for (const ChoiceLists::Choice &e : ChoiceLists(m_db).enterprises())
        m_entries.append({e.id, e.name, PinyinInitials::of(e.name)});
}

QStringList EnterpriseCompleter::suggestions(const QString &typed, int limit) const {
    const QString text = typed.trimmed();
    if (text.isEmpty())
        return {};
    QStringList prefix, contains, initials;
    bool latin = true;
    for (const QChar c : text)
        latin = latin && c.unicode() < 0x80 && c.isLetterOrNumber();
    const QString upper = text.toUpper();
    for (const Entry &e : m_entries) {
        if (e.name.startsWith(text, Qt::CaseInsensitive))
            prefix << e.name;
        else if (e.name.contains(text, Qt::CaseInsensitive))
            contains << e.name;
        else if (latin && e.initials.contains(upper))
            initials << e.name;
    }
    auto shorterFirst = [](const QString &a, const QString &b) {
        return a.size() != b.size() ? a.size() < b.size() : a < b;
    };
    std::sort(prefix.begin(), prefix.end(), shorterFirst);
    std::sort(contains.begin(), contains.end(), shorterFirst);
    std::sort(initials.begin(), initials.end(), shorterFirst);
    return (prefix + contains + initials).mid(0, limit);
}

qint64 EnterpriseCompleter::idOf(const QString &name) const {
    const QString trimmed = name.trimmed();
    for (const Entry &e : m_entries)
        if (e.name == trimmed)
            return e.id;
    return 0;
}

void EnterpriseCompleter::onEdited(const QString &text) {
    m_model->setStringList(suggestions(text));
    if (m_model->rowCount() > 0 && m_edit->hasFocus())
        m_completer->complete();
    else
        m_completer->popup()->hide();
}

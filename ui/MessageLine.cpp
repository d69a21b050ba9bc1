#include "ui/MessageLine.h"

using namespace Qt::StringLiterals;

MessageLine::MessageLine(QWidget *parent)
    : QLabel(parent) {
    setWordWrap(true);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
}

QString MessageLine::styleSheet(Kind kind) {
    switch (kind) {
    case Kind::Success:
        return u"color: #1b5e20"_s;
    case Kind::Warning:
        return u"color: #8a5300"_s;
    case Kind::Error:
        return u"color: #b00020; font-weight: bold"_s;
    case Kind::None:
        break;
    }
    return {};
}

void MessageLine::show(Kind kind, const QString &text) {
    m_kind = kind;
    setStyleSheet(styleSheet(kind));
    setText(text);
}

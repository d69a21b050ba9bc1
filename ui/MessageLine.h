#pragma once

#include <QLabel>

// The line under a page or panel that says what an action did: done in green, a warning in
// brown, a refusal in bold red, so that the clerk can correct the field and retry without a
// modal box. The one place for those colours.
class MessageLine : public QLabel {
    Q_OBJECT

public:
    enum class Kind { None, Success, Warning, Error };

    explicit MessageLine(QWidget *parent = nullptr);

    void showSuccess(const QString &text) { show(Kind::Success, text); }
    void showWarning(const QString &text) { show(Kind::Warning, text); }
    void showError(const QString &text) { show(Kind::Error, text); }
    // Error or success by `error`, for the pages' message(text, error) signals.
    void showMessage(const QString &text, bool error) {
        show(error ? Kind::Error : Kind::Success, text);
    }
    void clearMessage() { show(Kind::None, {}); }
    Kind kind() const { return m_kind; }

    // The colour (and weight) a kind is shown in, for labels that are not a message line
    // (e.g. a list of warnings).
    static QString styleSheet(Kind kind);

private:
    void show(Kind kind, const QString &text);

    Kind m_kind = Kind::None;
};

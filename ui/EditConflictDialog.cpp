#include "ui/EditConflictDialog.h"

#include "ui_EditConflictDialog.h"

#include <QColor>
#include <QFont>
#include <QHeaderView>
#include <QPushButton>

EditConflictDialog::EditConflictDialog(const QString &message, const QList<Difference> &differences,
                                       QWidget *parent)
    : QDialog(parent)
    , m_ui(new Ui::EditConflictDialog) {
    m_ui->setupUi(this);
    m_ui->message->setText(message);
    m_ui->table->setRowCount(int(differences.size()));
    for (int row = 0; row < differences.size(); ++row) {
        const Difference &d = differences.at(row);
        int column = 0;
        for (const QString &text : {d.field, d.yours, d.stored}) {
            auto *item = new QTableWidgetItem(text);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
            item->setToolTip(d.conflict ? tr("Changed at both desks: saving yours replaces theirs.")
                                        : text);
            if (d.conflict) {
                QFont bold = item->font();
                bold.setBold(true);
                item->setFont(bold);
                item->setBackground(QColor(0xf8, 0xd7, 0xda));
            }
            m_ui->table->setItem(row, column++, item);
        }
    }
    m_ui->table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_ui->table->setVisible(!differences.isEmpty());
    m_ui->noDifference->setVisible(differences.isEmpty());
    QPushButton *reload =
        m_ui->buttons->addButton(tr("&Reload the stored version"), QDialogButtonBox::ResetRole);
    QPushButton *overwrite =
        m_ui->buttons->addButton(tr("&Save my changes"), QDialogButtonBox::DestructiveRole);
    overwrite->setToolTip(tr("Saves the fields you changed onto the stored version; what only "
                             "the other desk changed stays as they saved it."));
    QPushButton *back =
        m_ui->buttons->addButton(tr("&Back to the form"), QDialogButtonBox::RejectRole);
    reload->setObjectName(QStringLiteral("reloadButton"));
    overwrite->setObjectName(QStringLiteral("overwriteButton"));
    back->setObjectName(QStringLiteral("backButton"));
    back->setDefault(true); // Enter or Esc leaves everything as it is
    connect(reload, &QPushButton::clicked, this, [this] {
        m_choice = Choice::Reload;
        accept();
    });
    connect(overwrite, &QPushButton::clicked, this, [this] {
        m_choice = Choice::Overwrite;
        accept();
    });
    connect(back, &QPushButton::clicked, this, &QDialog::reject);
}

EditConflictDialog::~EditConflictDialog() {
    delete m_ui;
}

QString EditConflictDialog::notChanged() {
    return tr("(not changed)");
}

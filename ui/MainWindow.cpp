#include "MainWindow.h"

#include "Database.h"
#include "ProfileRepository.h"

#include <QLabel>
#include <QStatusBar>

MainWindow::MainWindow(Database &db, QWidget *parent)
    : QMainWindow(parent)
    , m_db(db)
{
    setWindowTitle(tr("Qinqing"));
    resize(1200, 800);
    const RuleProfile profile = ProfileRepository(m_db).active();
    statusBar()->addPermanentWidget(
        new QLabel(tr("Database: %1 · Profile: %2").arg(m_db.path(), profile.name)));
}

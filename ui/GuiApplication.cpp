#include "GuiApplication.h"

#include "Database.h"
#include "DatabaseInitializer.h"
#include "MainWindow.h"
#include "Translations.h"

#include <QCommandLineParser>
#include <QFont>
#include <QFontDatabase>
#include <QMessageBox>

using namespace Qt::StringLiterals;

GuiApplication::GuiApplication(int &argc, char **argv)
    : QApplication(argc, argv)
{
    setOrganizationName(u"qinqing"_s);
    setApplicationName(u"qinqing"_s);
    setApplicationDisplayName(tr("Qinqing"));
    setApplicationVersion(QStringLiteral(QINQING_VERSION));
    Translations::install(*this);
    // With LANG=C.UTF-8 Qt would pick Japanese glyph shapes for Han characters; ask for a
    // Simplified Chinese family explicitly.
    for (const QString &family : {u"Noto Sans CJK SC"_s, u"WenQuanYi Micro Hei"_s}) {
        if (QFontDatabase::families().contains(family)) {
            QFont f = font();
            f.setFamilies({family});
            setFont(f);
            break;
        }
    }
}

GuiApplication::~GuiApplication() = default;

int GuiApplication::start()
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Case management for government-enterprise dialogue meetings"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(u"db"_s, tr("Open the database file PATH."), u"PATH"_s);
    parser.addOption(dbOption);
    parser.process(*this);

    const QString path = parser.isSet(dbOption) ? parser.value(dbOption) : Database::defaultPath();
    m_db = std::make_unique<Database>();
    if (!m_db->open(path)) {
        QMessageBox::critical(nullptr, tr("Cannot open the database"), m_db->errorString());
        return 1;
    }
    DatabaseInitializer init(*m_db);
    if (!init.ensureInitialized()) {
        QMessageBox::critical(nullptr, tr("Cannot open the database"), init.errorString());
        return 1;
    }
    m_window = std::make_unique<MainWindow>(*m_db);
    m_window->show();
    return exec();
}

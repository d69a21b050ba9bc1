#pragma once

#include <QApplication>
#include <memory>

class Database;
class MainWindow;

// The desktop program: parses --db, opens (or creates) the database and shows the main window.
class GuiApplication : public QApplication
{
    Q_OBJECT

public:
    GuiApplication(int &argc, char **argv);
    ~GuiApplication() override;

    int start();

private:
    std::unique_ptr<Database> m_db;
    std::unique_ptr<MainWindow> m_window;
};

#pragma once

#include <QString>

class Database;

// Fills a new database with demo data through core/demo's DemoDataGenerator when the build has
// it; the first-start dialog offers the choice only then.
namespace DemoDataHook {
bool available();
// Returns false and sets *error when generation failed.
bool generate(Database &db, QString *error);
} // namespace DemoDataHook

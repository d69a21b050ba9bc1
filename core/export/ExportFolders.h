#pragma once

#include <QString>
#include <QStringList>

// The folders the desk exported to lately (the export dialog, a list's Save as, a printout's
// PDF), kept in the settings ("export/recentFolders", newest first). The desktop program tidies
// them when it starts: an export killed half-way on a network share leaves a hidden part file
// (see PartFile) that would otherwise wait for the next export into that same folder.
class ExportFolders {
public:
    static constexpr int kKept = 8;

    // Puts the folder of `target` first; called before the export starts, so that a kill
    // during it still finds the folder remembered.
    static void remember(const QString &target);
    static QStringList recent();
    // The last folder exported to, "" when none (or it is gone).
    static QString last();
    // Removes what killed exports left in the recent folders; parts a live export still
    // writes are left alone.
    static void removeStaleParts();
};

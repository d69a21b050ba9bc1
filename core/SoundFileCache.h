#pragma once

#include <QString>

// The database files PRAGMA quick_check found sound, by the state of the file then (the size
// and modification time of the file and of its -wal). A file in the same state is not read
// whole again: within a process (the window reopening it) and across processes (each
// qinqing-cli command opens the file anew, and a check reads all of it: 0.16 s at 100,000
// appeals, ten times that at a million). Kept per user in the cache folder, shared by the
// window and the command line; any write changes the state, and the next open checks again.
class SoundFileCache {
public:
    // The file's state now: taken before the check, so that a write during it is not
    // remembered as checked.
    static QString stateOf(const QString &path);
    static bool isKnownSound(const QString &path, const QString &state);
    static void rememberSound(const QString &path, const QString &state);
};

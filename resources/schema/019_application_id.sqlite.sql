-- SQLite: mark the file as a Qinqing database ("QQDB" = 0x51514442 in the file's header,
-- DatabaseFileCheck::applicationId), so that another program's SQLite file is told apart
-- before anything is written into it. A new database gets it on creation, an older one here.
PRAGMA application_id = 1364280386;

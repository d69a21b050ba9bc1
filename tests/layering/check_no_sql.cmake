# cmake -DDIR=<folder> -P check_no_sql.cmake
#
# Fails when a source file under DIR reaches the database itself: Qt SQL classes (QSqlQuery,
# QSqlDatabase, QSqlError, QSqlRecord, ...), Database::sql() or a TransactionGuard. ui/ holds
# widgets, item models and dialogs; every query belongs in core/queries and every rule and
# write in a core service, where it is tested without a GUI and runs on SQLite and PostgreSQL.
if(NOT DIR OR NOT IS_DIRECTORY "${DIR}")
    message(FATAL_ERROR "check_no_sql: DIR=${DIR} is not a folder")
endif()
file(GLOB_RECURSE files "${DIR}/*.h" "${DIR}/*.cpp" "${DIR}/*.ui")
if(NOT files)
    message(FATAL_ERROR "check_no_sql: no sources under ${DIR}")
endif()
set(found "")
foreach(f IN LISTS files)
    file(STRINGS "${f}" hits REGEX "QSql[A-Za-z]*|[.>]sql\\(\\)|TransactionGuard")
    foreach(line IN LISTS hits)
        string(STRIP "${line}" line)
        file(RELATIVE_PATH rel "${DIR}" "${f}")
        string(APPEND found "\n  ${rel}: ${line}")
    endforeach()
endforeach()
if(found)
    message(FATAL_ERROR "SQL in ${DIR} (move it to core/queries or a core service):${found}")
endif()
list(LENGTH files n)
message(STATUS "check_no_sql: ${n} files under ${DIR}, none reaches the database")

# Writes a man page from a built program's own help, at build time (installer/CMakeLists.txt).
#   cmake -DPROGRAM=path -DKIND=cli|gui -DLOCALE=C.UTF-8|zh_CN.UTF-8 -DOUTPUT=file
#         [-DBUILDINFO=QinqingBuildInfo.cmake -DVERSION=x.y.z] -P ManPage.cmake
# cli: qinqing-cli writes the whole page itself (`help --man`, from every verb's description).
# gui: the page is made around `qinqing --help` (QCommandLineParser's options), with the few
#      facts a user of the desktop program looks up in a man page.
# The programs run without a display (offscreen) and in the page's language.
cmake_minimum_required(VERSION 3.21)

set(ENV{QT_QPA_PLATFORM} offscreen)
set(ENV{LC_ALL} "${LOCALE}")
set(ENV{LANG} "${LOCALE}")
set(ENV{LANGUAGE} "")

if(KIND STREQUAL "cli")
    execute_process(COMMAND "${PROGRAM}" help --man OUTPUT_VARIABLE page ERROR_VARIABLE err
                    RESULT_VARIABLE rc)
    if(NOT rc EQUAL 0 OR NOT page MATCHES "^\\.TH ")
        message(FATAL_ERROR "${PROGRAM} help --man failed (${rc}): ${err}")
    endif()
else()
    # A settings file of the builder's own choosing (language, text size) must not change the
    # page: an empty home.
    string(RANDOM LENGTH 8 tag)
    set(home "${CMAKE_CURRENT_BINARY_DIR}/manpage-home-${tag}")
    file(MAKE_DIRECTORY "${home}")
    set(ENV{HOME} "${home}")
    set(ENV{XDG_CONFIG_HOME} "${home}/.config")
    set(ENV{XDG_DATA_HOME} "${home}/.local/share")
    execute_process(COMMAND "${PROGRAM}" --help OUTPUT_VARIABLE help ERROR_VARIABLE err
                    RESULT_VARIABLE rc)
    file(REMOVE_RECURSE "${home}")
    if(NOT rc EQUAL 0 OR NOT help MATCHES "--db")
        message(FATAL_ERROR "${PROGRAM} --help failed (${rc}): ${err}")
    endif()
    set(QINQING_GIT_DATE "")
    if(BUILDINFO AND EXISTS "${BUILDINFO}")
        include("${BUILDINFO}")
    endif()
    # The options and arguments as the program lists them, without its usage line (which
    # carries the build folder's path) and its one-line description (said below).
    string(FIND "${help}" "\n\n" cut)
    math(EXPR cut "${cut} + 2")
    string(SUBSTRING "${help}" ${cut} -1 options)
    string(STRIP "${options}" options)
    string(REPLACE "\\" "\\e" options "${options}")
    string(REPLACE "-" "\\-" options "${options}")
    set(page ".TH \"QINQING\" 1 \"${QINQING_GIT_DATE}\" \"Qinqing ${VERSION}\" \"Qinqing\"
.SH NAME
qinqing \\- case management for government\\-enterprise dialogue meetings (亲清政企诉求办理)
.SH SYNOPSIS
.B qinqing
[\\fIOPTIONS\\fR] [\\fIFILE\\fR]
.SH DESCRIPTION
The desktop program of the offices that run local governments' dialogue meetings with
enterprises (政企畅谈会, 恳谈会): key in the enterprises' sign\\-up forms, screen them, bundle them
into topics, plan the meeting, assign each item to a lead department with a legal deadline on
the official working\\-day calendar, chase it, record extensions, results and the enterprise's
evaluation, and print the official forms.
.PP
Without \\fIFILE\\fR it opens the database used last, or on the first start asks where a new one
goes and which rule profile it follows. The window is in Chinese on a Chinese system and can be
switched under Settings. The users' guide is inside the program: press F1.
.SH OPTIONS
.nf
${options}
.fi
.SH FILES
.TP
.I ~/.local/share/qinqing/qinqing/qinqing.sqlite
the database when no other is chosen (one SQLite file holds everything, scanned forms included)
.TP
.I ~/.local/share/qinqing/qinqing/drafts/
forms being keyed in, offered back after a crash or power cut
.TP
.I ~/.config/qinqing/qinqing.conf
settings: language, text size, recent databases, window layout
.SH SEE ALSO
qinqing\\-cli(1): the same database from the command line (import, lists, printing, exports).
")
endif()

set(old "")
if(EXISTS "${OUTPUT}")
    file(READ "${OUTPUT}" old)
endif()
if(NOT old STREQUAL page)
    file(WRITE "${OUTPUT}" "${page}")
endif()

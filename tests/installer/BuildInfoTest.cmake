# installer/BuildInfo.cmake outside a git checkout: a copy of the sources (no .git) and a tarball
# from `git archive` (installer/git-commit.txt filled in by export-subst).
# cmake -DSOURCE_DIR=... -DWORK_DIR=... -DVERSION=... -P BuildInfoTest.cmake
cmake_minimum_required(VERSION 3.21)

function(run_buildinfo src out)
    file(REMOVE_RECURSE "${out}")
    file(MAKE_DIRECTORY "${out}")
    execute_process(COMMAND "${CMAKE_COMMAND}" -DSOURCE_DIR=${src} -DVERSION=${VERSION}
                            -DOUT_DIR=${out} -P "${src}/installer/BuildInfo.cmake"
                    RESULT_VARIABLE rc ERROR_VARIABLE err)
    if(NOT rc EQUAL 0)
        message(FATAL_ERROR "BuildInfo.cmake failed in ${src}: ${err}")
    endif()
    file(READ "${out}/QinqingBuildInfo.h" header)
    set(header "${header}" PARENT_SCOPE)
endfunction()

function(expect text what)
    string(FIND "${header}" "${text}" at)
    if(at EQUAL -1)
        message(FATAL_ERROR "${what}: expected ${text} in\n${header}")
    endif()
endfunction()

# 1. A plain copy of the folder, as from a USB stick: version only, commit unknown.
set(copy "${WORK_DIR}/copy")
file(REMOVE_RECURSE "${copy}")
file(MAKE_DIRECTORY "${copy}/installer")
file(COPY "${SOURCE_DIR}/installer/BuildInfo.cmake" DESTINATION "${copy}/installer")
file(COPY "${SOURCE_DIR}/installer/git-commit.txt" DESTINATION "${copy}/installer")
run_buildinfo("${copy}" "${WORK_DIR}/out-copy")
expect("#define QINQING_GIT_COMMIT \"\"" "a copy without .git")
expect("#define QINQING_DEB_VERSION \"${VERSION}\"" "a copy without .git")

# 2. What `git archive` writes into installer/git-commit.txt: the commit and its time.
file(WRITE "${copy}/installer/git-commit.txt"
     "0123456789abcdef0123456789abcdef01234567 1764786385\n")
run_buildinfo("${copy}" "${WORK_DIR}/out-archive")
expect("#define QINQING_GIT_COMMIT \"0123456789\"" "a git archive tarball")
expect("#define QINQING_GIT_DATE \"2025-12-03\"" "a git archive tarball")
expect("#define QINQING_DEB_VERSION \"${VERSION}~git20251203.182625.0123456789\""
       "a git archive tarball")

# 3. The real thing, when this is a checkout: git archive fills the file in (.gitattributes).
find_program(GIT git)
if(GIT AND EXISTS "${SOURCE_DIR}/.git")
    execute_process(COMMAND "${GIT}" -C "${SOURCE_DIR}" archive HEAD installer/git-commit.txt
                            .gitattributes
                    OUTPUT_FILE "${WORK_DIR}/archive.tar" RESULT_VARIABLE rc)
    if(rc EQUAL 0)
        file(ARCHIVE_EXTRACT INPUT "${WORK_DIR}/archive.tar" DESTINATION "${WORK_DIR}/archive")
        file(READ "${WORK_DIR}/archive/installer/git-commit.txt" archived)
        if(NOT archived MATCHES "^[0-9a-f]+ [0-9]+")
            message(FATAL_ERROR "git archive did not fill in installer/git-commit.txt "
                                "(export-subst in .gitattributes): ${archived}")
        endif()
    endif()
endif()
message(STATUS "BuildInfo.cmake works without git, from a tarball and from a checkout")

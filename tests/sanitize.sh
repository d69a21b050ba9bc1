#!/bin/sh
# Builds Qinqing with AddressSanitizer and UndefinedBehaviorSanitizer (-DQINQING_SANITIZE=ON) in
# build-asan/ and runs the core and CLI suites (the tests of tests/core, label "core") under
# them; any sanitizer report fails the test that caused it. A full build of its own: on a
# shared machine run it niced, when a build slot is free.
#
#     tests/sanitize.sh            # the suites on SQLite files
#     tests/sanitize.sh --with-pg  # and their _pg twins on the PostgreSQL test cluster
#                                  # (the same port as other build trees' runs: not at once)
#
# Leak checking is off: Qt's and fontconfig's process-lifetime caches are reported as leaks at
# exit. Everything else ASan and UBSan find (out-of-bounds, use after free, overflow, invalid
# shifts or casts…) stops the program with a report.
set -eu
cd "$(dirname "$0")/.."
# The suites that need the PostgreSQL test cluster: its fixed port is shared with the other
# build trees' runs, so they are left out unless asked for.
exclude='_pg$|^tst_server$|^tst_cli_engines$|^tst_reconnect$'
[ "${1:-}" = "--with-pg" ] && exclude='^$'
# Set for the build too: it runs the instrumented programs (the man pages are written from
# their --help), and fontconfig's caches would fail them as leaks.
export ASAN_OPTIONS=detect_leaks=0:abort_on_error=1:strict_string_checks=1:detect_stack_use_after_return=1
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
# The instrumented suites run several times slower than the plain ones (tst_hostilecsv, 450
# imports, takes some ten minutes on two busy cores): every ctest timeout times 6
# (QINQING_TEST_TIMEOUT_SCALE; ctest's --timeout does not reach suites with a timeout of their
# own), and Qt Test's limit per test function from 5 to 30 minutes.
export QTEST_FUNCTION_TIMEOUT=1800000
cmake -S . -B build-asan -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DQINQING_BUILD_TESTS=ON \
    -DQINQING_SANITIZE=ON -DQINQING_TEST_TIMEOUT_SCALE=6 \
    -DCMAKE_CXX_COMPILER_LAUNCHER=ccache >/dev/null
nice cmake --build build-asan -j2 --target core_tests
cd build-asan
nice ctest -L core -E "$exclude" -j2 --output-on-failure

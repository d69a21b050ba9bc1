#!/usr/bin/env bash
# The README's commands, on Debian 12 or a derivative with Qt 6.4 or later:
#   installer/bootstrap.sh run    install what is missing, build, start the app on its default database
#   installer/bootstrap.sh test   install what is missing, build, run the whole test suite with ctest
#   installer/bootstrap.sh deb    install what is missing, build, write build/qinqing_VERSION_amd64.deb
set -euo pipefail
cd "$(dirname "$0")/.."

# Debian 12 packages the build and the app need. Every program, library and CMake package that
# the configure step finds must come from these (or what they depend on): the test
# build_dependencies (installer/check-build-deps.py) compares CMake's findings with this list,
# because a development machine that collected packages over time hides a missing one.
PACKAGES=(qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite libqt6sql6-psql qt6-tools-dev
          qt6-tools-dev-tools qt6-l10n-tools qt6-charts-dev libqt6opengl6-dev qt6-svg-dev
          libgl-dev xvfb xauth fonts-noto-cjk fonts-wqy-microhei poppler-utils
          libxlsxwriter-dev cmake g++ ninja-build pkg-config postgresql python3-openpyxl
          qt6-translations-l10n libzip-dev unzip texlive-lang-chinese libsqlite3-dev)
# libsqlite3-dev: core links the system libsqlite3 that Qt's SQLite plugin uses (the backup
# API, the OS's reason for an I/O error); Qt's packages do not bring its headers.
# texlive-lang-chinese carries the free Fandol faces (仿宋, 宋 Bold as 小标宋, 黑, 楷) that official
# documents print in when the office's own fonts are missing. The build copies the four files
# into the .deb (installer/CMakeLists.txt), so an office installing the package does not need
# texlive; the app run from the build tree reads them from texlive's folder.
# Only the tests need these (tests/CMakeLists.txt finds their programs): LibreOffice Writer
# converts the .odt files to PDF so that tests/forms/tst_odt measures the page as a word
# processor lays it out (the variant without a GUI: it runs headless, also as root);
# LibreOffice Calc converts the sample CSV to .xlsx so that tests/core/tst_xlsximport imports a
# workbook as Calc writes it; desktop-file-utils, appstream and shared-mime-info validate the
# desktop entry, the AppStream metadata and the MIME type the package installs.
TEST_PACKAGES=(libreoffice-writer-nogui libreoffice-calc-nogui desktop-file-utils appstream
               shared-mime-info)

# install_packages NAME...: apt-get install those not installed yet.
install_packages() {
    local missing=()
    for p in "$@"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    local sudo=""
    [ "$(id -u)" -ne 0 ] && sudo="sudo"
    echo "Installing: ${missing[*]}"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

# build ON|OFF: configure (with or without the test suite) and build. QINQING_WERROR is passed
# only when set (CI sets it), so that a developer's build folder keeps its own setting instead
# of being compiled again from scratch with other flags.
build() {
    local options=(-DQINQING_BUILD_TESTS="$1")
    [ -n "${QINQING_WERROR:-}" ] && options+=(-DQINQING_WERROR="$QINQING_WERROR")
    command -v ccache >/dev/null && options+=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
    cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo "${options[@]}"
    cmake --build build --parallel "$(nproc)"
}

case "${1:-}" in
    run)
        install_packages "${PACKAGES[@]}"
        build OFF
        shift
        exec ./build/app/qinqing/qinqing "$@"
        ;;
    test)
        install_packages "${PACKAGES[@]}" "${TEST_PACKAGES[@]}"
        build ON
        # Unfinished Chinese translations would show clerks English: fail on any.
        if grep -q 'type="unfinished"' translations/qinqing_zh_CN.ts; then
            echo "translations/qinqing_zh_CN.ts has unfinished entries:" >&2
            grep -c 'type="unfinished"' translations/qinqing_zh_CN.ts >&2
            exit 1
        fi
        cd build
        exec ctest --output-on-failure --timeout 900 -j "$(nproc)"
        ;;
    deb)
        install_packages "${PACKAGES[@]}"
        build OFF
        rm -f build/qinqing_*.deb
        (cd build && cpack -G DEB)
        ls build/qinqing_*.deb
        ;;
    *)
        echo "usage: installer/bootstrap.sh run|test|deb" >&2
        exit 2
        ;;
esac

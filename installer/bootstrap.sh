#!/usr/bin/env bash
# The README's two commands:
#   installer/bootstrap.sh run    install what is missing, build, start the app on its default database
#   installer/bootstrap.sh test   install what is missing, build, run the whole test suite with ctest
set -euo pipefail
cd "$(dirname "$0")/.."

# Debian 12 packages the build, the tests and the app need (see README "Dependencies").
PACKAGES=(qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite libqt6sql6-psql qt6-tools-dev
          qt6-tools-dev-tools qt6-l10n-tools qt6-charts-dev libqt6opengl6-dev qt6-svg-dev
          libgl-dev xvfb xauth fonts-noto-cjk fonts-wqy-microhei poppler-utils
          libxlsxwriter-dev cmake g++ ninja-build postgresql python3-openpyxl
          qt6-translations-l10n libzip-dev unzip)
# Only the tests need these: LibreOffice Writer converts the .odt files to PDF so that
# tests/forms/tst_odt measures the page as a word processor lays it out (the variant without
# a GUI: it runs headless, also as root).
TEST_PACKAGES=(libreoffice-writer-nogui)

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

build() {
    local werror="${QINQING_WERROR:-OFF}"
    local launcher=()
    command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
    cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DQINQING_WERROR="$werror" "${launcher[@]}"
    cmake --build build --parallel "$(nproc)"
}

case "${1:-}" in
    run)
        install_packages "${PACKAGES[@]}"
        build
        shift
        exec ./build/app/qinqing/qinqing "$@"
        ;;
    test)
        install_packages "${PACKAGES[@]}" "${TEST_PACKAGES[@]}"
        build
        # Unfinished Chinese translations would show clerks English: fail on any.
        if grep -q 'type="unfinished"' translations/qinqing_zh_CN.ts; then
            echo "translations/qinqing_zh_CN.ts has unfinished entries:" >&2
            grep -c 'type="unfinished"' translations/qinqing_zh_CN.ts >&2
            exit 1
        fi
        cd build
        exec ctest --output-on-failure --timeout 900 -j "$(nproc)"
        ;;
    *)
        echo "usage: installer/bootstrap.sh run|test" >&2
        exit 2
        ;;
esac

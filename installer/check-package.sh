#!/usr/bin/env bash
# Checks the .deb as a user meets it, in a bare Debian 12 root (debootstrap --variant=minbase
# with git, ca-certificates and sudo: the root that ../shared/tools/fresh-machine.sh keeps):
#   - `apt-get install ./qinqing_*.deb` (without Recommends) pulls in everything it needs;
#   - the files around the programs are there (man pages, desktop entry, metainfo, MIME, icons);
#   - a clerk's account: qinqing-cli init, demo --appeals 200, print form2 --meeting N give a PDF
#     whose text pdftotext reads back in Chinese;
#   - qinqing starts on that database under LANG=zh_CN.UTF-8 and shows its window in Chinese
#     (a screenshot is written for a person to look at);
#   - `apt-get remove` and `dpkg --purge` leave the clerk's database as it was.
# The X server and pdftotext run outside the root, so that nothing the check itself needs can
# hide a dependency missing from the package.
#
# Usage (as root, from the project's root, after installer/bootstrap.sh deb):
#   installer/check-package.sh build/qinqing_*.deb [OUTPUT_DIR]
# Needs debootstrap, xvfb, xauth, poppler-utils and imagemagick on this machine (installed when
# missing) and Debian's package mirror; about 5 minutes. OUTPUT_DIR (default
# /tmp/qinqing-package-check.out) receives the PDF, its text and the screenshot.
set -u
deb=$(readlink -f "${1:?usage: installer/check-package.sh build/qinqing_VERSION_amd64.deb [OUTPUT_DIR]}")
out=${2:-/tmp/qinqing-package-check.out}
pristine=${FRESH_ROOT:-/tmp/fresh-bookworm}.pristine
root=${CHECK_ROOT:-/tmp/qinqing-package-check}
[ "$(id -u)" -eq 0 ] || { echo "run as root (chroot, mount)"; exit 2; }
[ -f "$deb" ] || { echo "$deb: no such package file"; exit 2; }

host_tools=(debootstrap xvfb xauth poppler-utils imagemagick)
missing=()
for p in "${host_tools[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# The bare root: the one fresh-machine.sh made, or made here the same way.
if [ ! -x "$pristine/bin/bash" ]; then
    mirror=$(grep -h '^URIs:' /etc/apt/sources.list.d/debian.sources 2>/dev/null | head -n1 | awk '{print $2}')
    tmp="${pristine%.pristine}.making"
    rm -rf "$tmp"
    debootstrap --variant=minbase bookworm "$tmp" "$mirror" >/tmp/qinqing-debootstrap.log 2>&1 || { echo "debootstrap failed"; exit 1; }
    cp /etc/apt/sources.list.d/debian.sources "$tmp/etc/apt/sources.list.d/" 2>/dev/null
    chroot "$tmp" apt-get update >/dev/null 2>&1
    chroot "$tmp" apt-get install -y --no-install-recommends git ca-certificates sudo >/dev/null 2>&1
    mv "$tmp" "$pristine"
fi

unmount_all() { for m in "$root/tmp/.X11-unix" "$root/dev" "$root/proc"; do mountpoint -q "$m" 2>/dev/null && umount "$m"; done; }
unmount_all
if mountpoint -q "$root/dev" 2>/dev/null || mountpoint -q "$root/proc" 2>/dev/null; then
    echo "cannot unmount $root/dev or $root/proc; not touching $root"; exit 1
fi
trap unmount_all EXIT
rm -rf "$root" "$out" && cp -a "$pristine" "$root" && mkdir -p "$out"
mount -t proc proc "$root/proc" && mount --bind /dev "$root/dev"
cp "$deb" "$root/tmp/"

passed=0; failed=0
check() { # check NAME COMMAND...: runs the command on the host, counts and prints the result
    local name=$1; shift
    if "$@" >>"$out/log" 2>&1; then
        passed=$((passed + 1)); echo "ok   $name"
    else
        failed=$((failed + 1)); echo "FAIL $name (see $out/log)"
    fi
}
inroot() { chroot "$root" "$@"; }
# As the clerk, in Chinese, as a login would set it up.
clerk() { chroot --userspec=clerk:clerk "$root" env -i HOME=/home/clerk USER=clerk PATH=/usr/bin:/bin \
              LANG=zh_CN.UTF-8 LC_ALL=zh_CN.UTF-8 "$@"; }

echo "package: $(basename "$deb")"
check "apt-get install ./$(basename "$deb") pulls in what it needs" \
    inroot bash -c "apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends /tmp/$(basename "$deb")"
inroot dpkg -L qinqing >"$out/files.txt" 2>&1
for f in /usr/bin/qinqing /usr/bin/qinqing-cli /usr/share/man/man1/qinqing.1 \
         /usr/share/man/man1/qinqing-cli.1 /usr/share/man/zh_CN/man1/qinqing-cli.1 \
         /usr/share/applications/qinqing.desktop /usr/share/metainfo/cn.qinqing.Qinqing.metainfo.xml \
         /usr/share/mime/packages/qinqing.xml /usr/share/icons/hicolor/scalable/apps/qinqing.svg \
         /usr/share/icons/hicolor/48x48/apps/qinqing.png /usr/share/doc/qinqing/CHANGELOG.md \
         /usr/share/doc/qinqing/manual/zh_CN/index.html /usr/share/doc/qinqing/manual/en/index.html; do
    check "installs $f" grep -qx "$f" "$out/files.txt"
done
# print, report and PDF exports are in a library qinqing-cli loads when it paints (lib/<arch>/
# qinqing: where the program looks for it); every other command starts without Qt Gui.
check "installs the printing library .../qinqing/qinqing-cli-printing.so" \
    grep -qE '^/usr/lib/([a-z0-9_-]+/)?qinqing/qinqing-cli-printing\.so$' "$out/files.txt"
check "qinqing-cli itself does not load Qt Gui" \
    bash -c "! chroot '$root' ldd /usr/bin/qinqing-cli | grep -q libQt6Gui"
inroot bash -c 'qinqing-cli --version; QT_QPA_PLATFORM=offscreen qinqing --version' >"$out/versions.txt" 2>&1
sed 's/^/     /' "$out/versions.txt"
check "both programs name version and commit" \
    bash -c "[ \$(grep -cE '^qinqing(-cli)? [0-9.]+ \\([0-9a-f]{10}' '$out/versions.txt') -eq 2 ]"
check "the package's version follows the commit" \
    bash -c "grep -q \"\$(inroot dpkg-query -W -f='\${Version}' qinqing | sed 's/.*\\.//')\" '$out/versions.txt'"

# A clerk's account with a Chinese session (the root has no locales package: Qt reads LANG).
inroot useradd -m -s /bin/bash clerk
db=/home/clerk/.local/share/qinqing/qinqing/qinqing.sqlite
check "qinqing-cli init --profile wushen" clerk qinqing-cli init --profile wushen
check "qinqing-cli demo --appeals 200" clerk qinqing-cli demo --appeals 200 --today 2026-11-16
meeting=""
for id in $(seq 1 20); do
    if clerk qinqing-cli print form2 --meeting "$id" --out /tmp/form2.pdf >>"$out/log" 2>&1; then
        meeting=$id; break
    fi
done
check "qinqing-cli print form2 --meeting ${meeting:-?} writes a PDF" test -s "$root/tmp/form2.pdf"
cp "$root/tmp/form2.pdf" "$out/form2.pdf" 2>/dev/null
pdftotext -raw "$out/form2.pdf" "$out/form2.txt" 2>>"$out/log"
check "pdftotext reads the form in Chinese (办理情况表, 承办)" \
    bash -c "grep -q '办理情况表' '$out/form2.txt' && grep -q '承办' '$out/form2.txt'"
check "no Kangxi radicals in the PDF's text (unsearchable glyphs)" \
    bash -c "! grep -qP '[\\x{2F00}-\\x{2FDF}]' '$out/form2.txt'"
pdftoppm -png -r 50 -f 1 -l 1 "$out/form2.pdf" "$out/form2" 2>>"$out/log"

# The desktop program on that database, on an X server outside the root.
mkdir -p /tmp/.X11-unix "$root/tmp/.X11-unix" && chmod 1777 /tmp/.X11-unix
mount --bind /tmp/.X11-unix "$root/tmp/.X11-unix"
xvfb-run -a -f "$root/tmp/xauth" -s "-screen 0 1366x768x24" bash -c "
    chmod 644 '$root/tmp/xauth'
    chroot --userspec=clerk:clerk '$root' env -i HOME=/home/clerk USER=clerk PATH=/usr/bin:/bin \
        DISPLAY=\$DISPLAY XAUTHORITY=/tmp/xauth LANG=zh_CN.UTF-8 LC_ALL=zh_CN.UTF-8 \
        qinqing >'$out/gui.log' 2>&1 &
    pid=\$!   # chroot and env exec: this is qinqing itself
    sleep 25
    import -window root '$out/window.png'
    if kill -0 \$pid 2>/dev/null; then echo running >'$out/gui.state'; fi
    kill -TERM \$pid 2>/dev/null; wait \$pid
" >>"$out/log" 2>&1
check "qinqing starts under LANG=zh_CN.UTF-8 and keeps running" grep -qx running "$out/gui.state"
check "screenshot taken ($out/window.png)" test -s "$out/window.png"
check "no Qt warning about missing plugins or translations" \
    bash -c "! grep -Eiq 'could not (load|find)|not found|qtbase_zh_CN' '$out/gui.log'"

# Removing the program leaves the clerk's data alone.
sum_before=$(sha256sum "$root$db" | cut -d' ' -f1)
check "apt-get remove qinqing" inroot bash -c 'DEBIAN_FRONTEND=noninteractive apt-get remove -y -q qinqing'
check "the database is untouched after remove" bash -c "[ \"\$(sha256sum '$root$db' | cut -d' ' -f1)\" = $sum_before ]"
check "dpkg --purge qinqing" inroot dpkg --purge qinqing
check "the database is untouched after purge" bash -c "[ \"\$(sha256sum '$root$db' | cut -d' ' -f1)\" = $sum_before ]"
check "no program left behind" bash -c "[ ! -e '$root/usr/bin/qinqing' ] && [ ! -e '$root/usr/bin/qinqing-cli' ]"

echo "package check: $passed passed, $failed failed (output in $out)"
[ "$failed" -eq 0 ]

#!/usr/bin/python3
"""Checks that every file CMake found when configuring comes from a Debian package that
installer/bootstrap.sh installs (or from one of their dependencies).

Development machines collect packages over time, so a build that passes there can still fail
on a new machine (pkg-config was missing from the list, and only a bare Debian 12 showed it).
This reads what CMake actually found (the paths in CMakeCache.txt: programs, libraries, CMake
package folders), asks dpkg which package owns each, and fails when none of the owners is in
the dependency closure of bootstrap.sh's PACKAGES (TEST_PACKAGES as well for the programs the
tests run, cached as QINQING_TEST_TOOL_*).

usage: check-build-deps.py BUILD_DIR/CMakeCache.txt installer/bootstrap.sh
"""
import os
import re
import subprocess
import sys

# Found when present but not needed: CMake's FindOpenGL/FindVulkan (pulled in by Qt) look for
# these and Qt works without them (a bare Debian 12 root configures without libegl-dev).
OPTIONAL = re.compile(r"^(Vulkan_|OPENGL_(glu|xmesa|egl)|XKB_)")


def bash_array(script, name):
    m = re.search(r"^%s=\((.*?)\)" % name, script, re.S | re.M)
    if not m:
        sys.exit("bootstrap.sh has no %s=(...) list" % name)
    return re.sub(r"#.*", "", m.group(1)).split()


def installed_packages():
    """name -> (depends, provides) for every installed package."""
    out = subprocess.run(
        ["dpkg-query", "-W", "-f", "${db:Status-Abbrev}\t${Package}\t${Depends}, ${Pre-Depends}\t${Provides}\n"],
        capture_output=True, text=True, check=True).stdout
    pkgs, providers = {}, {}
    for line in out.splitlines():
        status, name, deps, provides = line.split("\t")
        if not status.startswith("ii"):
            continue
        alternatives = []
        for dep in deps.split(","):
            names = [re.sub(r"[:\s(].*", "", a.strip()) for a in dep.split("|")]
            names = [n for n in names if n]
            if names:
                alternatives.append(names)
        pkgs[name] = alternatives
        for p in provides.split(","):
            p = re.sub(r"[:\s(].*", "", p.strip())
            if p:
                providers.setdefault(p, []).append(name)
    return pkgs, providers


def closure(roots, pkgs, providers):
    seen, todo = set(), list(roots)
    while todo:
        name = todo.pop()
        if name in seen:
            continue
        seen.add(name)
        for alternatives in pkgs.get(name, []):
            for alt in alternatives:  # any installed alternative may be the one in use
                for real in ([alt] if alt in pkgs else []) + providers.get(alt, []):
                    todo.append(real)
    return seen


def owners(paths):
    """path -> set of packages owning it (or its symlink target), one dpkg-query for all."""
    wanted = {p: {p, os.path.realpath(p)} for p in paths}
    queries = sorted(set().union(*wanted.values())) if wanted else []
    r = subprocess.run(["dpkg-query", "-S"] + queries, capture_output=True, text=True)
    by_file = {}
    for line in r.stdout.splitlines():
        pkgs, _, owned = line.rpartition(": ")
        by_file.setdefault(owned.strip(), set()).update(
            x.strip().split(":")[0] for x in pkgs.split(","))
    # The path's own owner decides: libsqlite3.so is libsqlite3-dev's symlink to a file of
    # libsqlite3-0, which Qt's SQLite plugin pulls in; counting the target's owner hid that
    # the -dev package was missing from PACKAGES (a bare Debian 12 could not configure). The
    # target counts only for a path no package owns (a link made by an alternative).
    return {p: by_file.get(p) or by_file.get(os.path.realpath(p), set()) for p in wanted}


def main():
    cache_path, bootstrap_path = sys.argv[1], sys.argv[2]
    script = open(bootstrap_path, encoding="utf-8").read()
    packages = bash_array(script, "PACKAGES")
    test_packages = bash_array(script, "TEST_PACKAGES")
    pkgs, providers = installed_packages()
    missing = [p for p in packages + test_packages if p not in pkgs]
    if missing:
        print("not installed here (run installer/bootstrap.sh test): " + " ".join(missing))
        return 1
    app_closure = closure(packages, pkgs, providers)
    test_closure = closure(packages + test_packages, pkgs, providers)

    cache = open(cache_path, encoding="utf-8").read()
    source = re.search(r"^CMAKE_HOME_DIRECTORY:INTERNAL=(.*)$", cache, re.M).group(1)
    build = os.path.dirname(os.path.abspath(cache_path))
    found_paths = []
    for name, value in re.findall(r"^([A-Za-z0-9_.+-]+):(?:FILEPATH|PATH)=(/.*)$", cache, re.M):
        if name.startswith("CMAKE_INSTALL") or OPTIONAL.match(name):
            continue
        if value.startswith((source + "/", build + "/")) or not os.path.exists(value):
            continue
        found_paths.append((name, value))
    owned = owners([value for _, value in found_paths])
    failures = []
    for name, value in found_paths:
        is_test_tool = name.startswith("QINQING_TEST_TOOL_")
        allowed = test_closure if is_test_tool else app_closure
        found = owned[value]
        if not found:
            failures.append("%s=%s belongs to no Debian package: install it from one and add "
                            "that package to installer/bootstrap.sh" % (name, value))
        elif not found & allowed:
            failures.append("%s=%s comes from %s, which installer/bootstrap.sh does not install: "
                            "add it to %s" % (name, value, " or ".join(sorted(found)),
                                              "TEST_PACKAGES" if is_test_tool else "PACKAGES"))
    checked = len(found_paths)
    for f in failures:
        print(f)
    print("%d paths CMake found, %d not from bootstrap.sh's packages" % (checked, len(failures)))
    return 1 if failures or checked == 0 else 0


if __name__ == "__main__":
    sys.exit(main())

# Read by cpack (CPACK_PROJECT_CONFIG_FILE): the .deb's version from the commit the build was
# made from, as written by installer/BuildInfo.cmake at build time.
if(EXISTS "${CPACK_QINQING_BUILDINFO}")
    include("${CPACK_QINQING_BUILDINFO}")
    set(CPACK_DEBIAN_PACKAGE_VERSION "${QINQING_DEB_VERSION}")
    set(CPACK_PACKAGE_VERSION "${QINQING_DEB_VERSION}")
else()
    message(FATAL_ERROR "${CPACK_QINQING_BUILDINFO} is missing: build before packaging")
endif()

# SPDX-License-Identifier: MIT
# `cmake --install` as a desktop application (GNUInstallDirs; paths below are under the prefix):
#   bin/shanghai-innovation-map
#   share/shanghai-innovation-map/data/              the bundled data (bundledDataDir() finds it
#                                                    from the executable: ../share/…/data)
#   share/shanghai-innovation-map/translations/      the compiled UI translations (.qm; the program
#                                                    uses the copies embedded in it, these are for
#                                                    translators and distributions)
#   share/applications/<id>.desktop                  the menu entry
#   share/icons/hicolor/scalable/apps/<id>.svg       the icon, and NxN/apps/<id>.png (16–256) made
#                                                    from it at build time with rsvg-convert
#   share/metainfo/<id>.metainfo.xml                 AppStream
#   share/man/man1/shanghai-innovation-map.1.gz      made from --help at build time with help2man
#   share/doc/shanghai-innovation-map/               copyright (DEP-5, every data source's terms), changelog
#   share/lintian/overrides/shanghai-innovation-map  the lintian warnings accepted, with reasons
# and the Debian package of all that (cpack -G DEB; ./package.sh).
#
# SIM_PROJECT_URL / SIM_SCREENSHOT_BASE_URL: the project's public home page and where the
# screenshots in resources/screenshots/ are served from (https). Unset (the project has no public
# address yet), the metainfo carries neither, and appstreamcli's url-homepage-missing warning is
# lowered to info by .ci/package-test (AppStream allows it for a project without a homepage).
set(SIM_PROJECT_URL "" CACHE STRING "The project's home page (https), for the AppStream metainfo and the package")
set(SIM_SCREENSHOT_BASE_URL "" CACHE STRING "https URL of the folder serving resources/screenshots/ (AppStream screenshots)")
set(SIM_PACKAGE_MAINTAINER "The Shanghai Innovation Map contributors <maintainers@shanghai-innovation-map.invalid>"
    CACHE STRING "Maintainer of the Debian package: Name <address>")

set(SIM_SHARE ${CMAKE_INSTALL_DATADIR}/shanghai-innovation-map)
set(SIM_RES ${PROJECT_SOURCE_DIR}/resources)
set(SIM_GEN ${CMAKE_BINARY_DIR}/resources)

# --- the program and its data --------------------------------------------------------------------
install(TARGETS shanghai-innovation-map RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
install(DIRECTORY ${PROJECT_SOURCE_DIR}/data/ DESTINATION ${SIM_SHARE}/data)
# qt_add_translations compiled them somewhere under app/ in the build tree
install(CODE "
    file(GLOB_RECURSE qms \"${CMAKE_BINARY_DIR}/app/*.qm\")
    if(NOT qms)
        message(FATAL_ERROR \"no compiled translations (.qm) under ${CMAKE_BINARY_DIR}/app: build first\")
    endif()
    file(INSTALL \${qms} DESTINATION \"\${CMAKE_INSTALL_PREFIX}/${SIM_SHARE}/translations\")
")

# --- the menu entry, the metainfo ----------------------------------------------------------------
set(SIM_METAINFO_URLS "")
if(SIM_PROJECT_URL)
    string(APPEND SIM_METAINFO_URLS "  <url type=\"homepage\">${SIM_PROJECT_URL}</url>\n")
endif()
if(SIM_SCREENSHOT_BASE_URL)
    string(APPEND SIM_METAINFO_URLS "  <screenshots>\n"
        "    <screenshot type=\"default\">\n      <caption>The districts, Pudong selected with its profile</caption>\n"
        "      <image>${SIM_SCREENSHOT_BASE_URL}/district.png</image>\n    </screenshot>\n"
        "    <screenshot>\n      <caption>The map coloured by population density</caption>\n"
        "      <image>${SIM_SCREENSHOT_BASE_URL}/choropleth.png</image>\n    </screenshot>\n"
        "    <screenshot>\n      <caption>Two districts compared</caption>\n"
        "      <image>${SIM_SCREENSHOT_BASE_URL}/compare.png</image>\n    </screenshot>\n"
        "  </screenshots>\n")
endif()
configure_file(${SIM_RES}/desktop/shanghai-innovation-map.desktop.in ${SIM_GEN}/${SIM_APP_ID}.desktop @ONLY)
configure_file(${SIM_RES}/desktop/metainfo.xml.in ${SIM_GEN}/${SIM_APP_ID}.metainfo.xml @ONLY)
install(FILES ${SIM_GEN}/${SIM_APP_ID}.desktop DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES ${SIM_GEN}/${SIM_APP_ID}.metainfo.xml DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)

# --- icons ---------------------------------------------------------------------------------------
install(FILES ${SIM_RES}/icons/shanghai-innovation-map.svg
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps RENAME ${SIM_APP_ID}.svg)
find_program(SIM_RSVG_CONVERT rsvg-convert)
if(SIM_RSVG_CONVERT)
    set(pngs "")
    foreach(size 16 22 24 32 48 64 128 256)
        set(png ${SIM_GEN}/icons/${size}x${size}/${SIM_APP_ID}.png)
        add_custom_command(OUTPUT ${png}
            COMMAND ${CMAKE_COMMAND} -E make_directory ${SIM_GEN}/icons/${size}x${size}
            COMMAND ${SIM_RSVG_CONVERT} -w ${size} -h ${size} -o ${png} ${SIM_RES}/icons/shanghai-innovation-map.svg
            DEPENDS ${SIM_RES}/icons/shanghai-innovation-map.svg
            COMMENT "Icon ${size}x${size}" VERBATIM)
        list(APPEND pngs ${png})
        install(FILES ${png} DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps)
    endforeach()
    add_custom_target(sim_icons ALL DEPENDS ${pngs})
else()
    message(STATUS "rsvg-convert not found (librsvg2-bin): only the SVG icon is installed, no PNG sizes")
endif()

# --- the man page (from --help) ------------------------------------------------------------------
find_program(SIM_HELP2MAN help2man)
find_program(SIM_GZIP gzip)
if(SIM_HELP2MAN AND SIM_GZIP AND NOT CMAKE_CROSSCOMPILING)
    set(man ${SIM_GEN}/man/shanghai-innovation-map.1)
    add_custom_command(OUTPUT ${man}.gz
        COMMAND ${CMAKE_COMMAND} -E make_directory ${SIM_GEN}/man
        # headless (--help needs no display); a sanitizer build's leak report must not fail it
        COMMAND ${CMAKE_COMMAND} -E env QT_QPA_PLATFORM=offscreen ASAN_OPTIONS=detect_leaks=0 LANG=C.UTF-8
                ${SIM_HELP2MAN} --no-info --section=1 --version-string=${PROJECT_VERSION}
                --include=${SIM_RES}/man/shanghai-innovation-map.h2m --output=${man}
                $<TARGET_FILE:shanghai-innovation-map>
        COMMAND ${SIM_GZIP} -9nf ${man}
        DEPENDS shanghai-innovation-map ${SIM_RES}/man/shanghai-innovation-map.h2m
        COMMENT "Man page (help2man)" VERBATIM)
    add_custom_target(sim_manpage ALL DEPENDS ${man}.gz)
    install(FILES ${man}.gz DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
else()
    message(STATUS "help2man or gzip not found: no man page")
endif()

# --- Debian: copyright, changelog ----------------------------------------------------------------
set(SIM_DOC ${CMAKE_INSTALL_DATADIR}/doc/shanghai-innovation-map)
configure_file(${SIM_RES}/debian/changelog.in ${SIM_GEN}/debian/changelog @ONLY)
if(SIM_GZIP)
    add_custom_command(OUTPUT ${SIM_GEN}/debian/changelog.gz
        COMMAND ${SIM_GZIP} -9nc ${SIM_GEN}/debian/changelog > ${SIM_GEN}/debian/changelog.gz
        DEPENDS ${SIM_GEN}/debian/changelog VERBATIM)
    add_custom_target(sim_changelog ALL DEPENDS ${SIM_GEN}/debian/changelog.gz)
    install(FILES ${SIM_GEN}/debian/changelog.gz DESTINATION ${SIM_DOC})
endif()
install(FILES ${SIM_RES}/debian/copyright DESTINATION ${SIM_DOC})
# the lintian warnings accepted, each with its reason
install(FILES ${SIM_RES}/debian/lintian-overrides DESTINATION ${CMAKE_INSTALL_DATADIR}/lintian/overrides
        RENAME shanghai-innovation-map)

# --- the Debian package (cpack -G DEB) -----------------------------------------------------------
set(CPACK_PACKAGE_NAME shanghai-innovation-map)
set(CPACK_PACKAGE_VENDOR "The Shanghai Innovation Map contributors")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Shanghai's 16 districts and their innovation work, on a map")
set(CPACK_PACKAGE_DIRECTORY ${PROJECT_SOURCE_DIR}/build/packages)
set(CPACK_STRIP_FILES ON)
set(CPACK_GENERATOR DEB)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${SIM_PACKAGE_MAINTAINER}")
set(CPACK_DEBIAN_PACKAGE_SECTION science)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
if(SIM_PROJECT_URL)
    set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${SIM_PROJECT_URL}")
endif()
# (the first line of the Description is CPACK_PACKAGE_DESCRIPTION_SUMMARY; this is the rest)
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION "A desktop application (Qt Quick, Qt Location) that draws Shanghai's 16
districts. Click a district to read its innovation brand, platforms,
policies, initiatives, key figures and comparable metrics, in Chinese or
English, each fact with the sentence of the source it comes from. Colour
the map by a metric, search, compare two districts and export PDF
summaries.
.
The bundled district boundaries are Amap's and not under an open-data
licence (see /usr/share/doc/shanghai-innovation-map/copyright).")
# Shared libraries: computed by dpkg-shlibdeps. What it cannot see, because Qt loads it at run
# time: the QML modules imported by app/qml/ (QtQuick, QtQuick.Controls, .Layouts, .Dialogs,
# QtQuick.Window and QtQml's WorkerScript/Models under them, QtLocation and its itemsoverlay map
# plugin, QtPositioning, QtGraphs with Qt Quick 3D under it, QtCore, QtQuick.Shapes under
# QtLocation's map items), the X11 platform plugin, and the font of the PDF summaries.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "qml6-module-qtquick, qml6-module-qtquick-controls, qml6-module-qtquick-templates, qml6-module-qtquick-layouts, qml6-module-qtquick-dialogs, qml6-module-qtquick-window, qml6-module-qtqml-workerscript, qml6-module-qtqml-models, qml6-module-qtquick-shapes, qml6-module-qtlocation, qt6-location-plugins, qml6-module-qtpositioning, qml6-module-qtgraphs, qml6-module-qtquick3d, qml6-module-qtcore, qt6-qpa-plugins, fonts-wqy-microhei")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-wayland")
include(CPack)

# SPDX-License-Identifier: MIT
# `cmake --install` into a fresh prefix, then the installed program, started from there, must find
# the installed data (bin/../share/shanghai-innovation-map/data), not the checkout's.
# cmake -DBUILD=<build dir> -DOUT=<scratch dir> -P install.cmake
set(prefix "${OUT}/install-prefix")
file(REMOVE_RECURSE "${prefix}")
execute_process(COMMAND ${CMAKE_COMMAND} --install "${BUILD}" --prefix "${prefix}"
                RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "cmake --install failed (${rc}):\n${out}\n${err}")
endif()
set(id io.github.shanghai_innovation_map.ShanghaiInnovationMap)
foreach(f bin/shanghai-innovation-map share/shanghai-innovation-map/data/dataset.json
          share/shanghai-innovation-map/translations/shanghai-innovation-map_zh_CN.qm
          share/applications/${id}.desktop share/metainfo/${id}.metainfo.xml
          share/icons/hicolor/scalable/apps/${id}.svg share/icons/hicolor/48x48/apps/${id}.png
          share/man/man1/shanghai-innovation-map.1.gz share/doc/shanghai-innovation-map/copyright)
    if(NOT EXISTS "${prefix}/${f}")
        message(FATAL_ERROR "not installed: ${f}")
    endif()
endforeach()
set(ENV{SIM_DATA_DIR} "")
set(ENV{QT_QPA_PLATFORM} "offscreen")
execute_process(COMMAND "${prefix}/bin/shanghai-innovation-map" --validate
                RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT rc EQUAL 0 OR NOT out MATCHES "^${prefix}/share/shanghai-innovation-map/data: valid: 16 districts")
    message(FATAL_ERROR "the installed program did not validate the installed data (exit ${rc}):\n${out}\n${err}")
endif()
execute_process(COMMAND "${prefix}/bin/shanghai-innovation-map" --version
                RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT rc EQUAL 0 OR NOT out MATCHES "\nData directory: ${prefix}/share/shanghai-innovation-map/data\n")
    message(FATAL_ERROR "--version of the installed program (exit ${rc}):\n${out}\n${err}")
endif()
file(REMOVE_RECURSE "${prefix}")
message(STATUS "installed into ${prefix}; the installed program uses the installed data")

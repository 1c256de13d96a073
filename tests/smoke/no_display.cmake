# SPDX-License-Identifier: MIT
# Started for its window with no display at all (over SSH, DISPLAY unset): the real executable says
# so plainly, names what works without one, and exits with code 3 — not Qt's plugin abort (SIGABRT,
# "Reinstalling the application may fix this problem", a core dump).
#   cmake -DAPP=… -P no_display.cmake
set(NO_DISPLAY ${CMAKE_COMMAND} -E env --unset=QT_QPA_PLATFORM --unset=DISPLAY --unset=WAYLAND_DISPLAY)
foreach(args "--district;pudong" "")
    execute_process(COMMAND ${NO_DISPLAY} ${APP} ${args} RESULT_VARIABLE code OUTPUT_VARIABLE out ERROR_VARIABLE err TIMEOUT 60)
    if(NOT code STREQUAL "3")
        message(FATAL_ERROR "`${args}` with no display exited with '${code}', expected 3\nstdout: ${out}\nstderr: ${err}")
    endif()
    set(expected "shanghai-innovation-map: no display found (neither DISPLAY nor WAYLAND_DISPLAY is set), so the window cannot open.
Without a display these work: --validate, --export-pdf FILE, --export-all DIR, --export-table FILE, --export-map FILE,
and a picture of the window: QT_QPA_PLATFORM=offscreen shanghai-innovation-map --screenshot FILE.png
")
    if(NOT err STREQUAL expected)
        message(FATAL_ERROR "`${args}` with no display printed:\n${err}\nexpected:\n${expected}")
    endif()
    if(NOT out STREQUAL "")
        message(FATAL_ERROR "`${args}` with no display printed on stdout: ${out}")
    endif()
endforeach()
# What the message promises works without a display
execute_process(COMMAND ${NO_DISPLAY} ${APP} --validate RESULT_VARIABLE code OUTPUT_VARIABLE out ERROR_VARIABLE err TIMEOUT 120)
if(NOT code STREQUAL "0" OR NOT out MATCHES "valid: 16 districts")
    message(FATAL_ERROR "--validate with no display exited with ${code}\nstdout: ${out}\nstderr: ${err}")
endif()

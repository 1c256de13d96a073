# SPDX-License-Identifier: MIT
# The real application reopening with a saved window geometry that does not fit (issue 16): on an
# offscreen screen of 1600×1000 (the offscreen platform's configfile), a window saved at 5000×4000,
# -300,-200 (e.g. at a scale factor of 2 on a larger screen) opens as large as the screen and no
# larger, a window saved tiny grows to the minimum (640×420), and at QT_SCALE_FACTOR=2 (800×500
# logical) the same saved window fits the smaller logical screen. The window's size is read from
# the first frame (--screenshot, without --size). XDG_CONFIG_HOME points into the build directory.
set(home ${OUT}/geometry-home)
set(conf ${home}/ShanghaiInnovationMap/shanghai-innovation-map.conf)
set(screen ${OUT}/geometry-screen.json)
file(WRITE ${screen} [[{ "screens": [ { "name": "screen-1600x1000", "x": 0, "y": 0, "width": 1600, "height": 1000,
  "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1 } ] }]])

# run_app(SAVED_WINDOW_SETTINGS EXPECTED_PIXELS [ENV...]): the frame's size in pixels must be EXPECTED_PIXELS
function(run_app settings expected)
    file(REMOVE_RECURSE ${home})
    file(MAKE_DIRECTORY ${home}/ShanghaiInnovationMap)
    file(WRITE ${conf} "[hints]\nfirstStartHintDismissed=true\n\n[window]\n${settings}")
    execute_process(COMMAND ${CMAKE_COMMAND} -E env XDG_CONFIG_HOME=${home} QT_QPA_PLATFORM=offscreen:configfile=${screen}
                            ${ARGN} ${APP} --screenshot ${OUT}/geometry.png
                    RESULT_VARIABLE code OUTPUT_VARIABLE out ERROR_VARIABLE err TIMEOUT 90)
    if(NOT code STREQUAL "0")
        message(FATAL_ERROR "exited with ${code} (saved: ${settings})\nstdout: ${out}\nstderr: ${err}")
    endif()
    if(NOT out MATCHES "Saved [^\n]* \\(([0-9]+x[0-9]+)\\)")
        message(FATAL_ERROR "no screenshot: ${out}\n${err}")
    endif()
    if(NOT CMAKE_MATCH_1 STREQUAL expected)
        message(FATAL_ERROR "saved as `${settings}`${ARGN}: the window opened at ${CMAKE_MATCH_1} pixels, expected ${expected}")
    endif()
endfunction()

# nothing saved: 1280×800 (it fits)
run_app("" 1280x800)
# larger than the screen, partly off it: the screen's size
run_app("x=-300\ny=-200\nwidth=5000\nheight=4000\nmaximized=false\n" 1600x1000)
# entirely off screen (a screen that is gone) and larger
run_app("x=9000\ny=9000\nwidth=1700\nheight=1200\nmaximized=false\n" 1600x1000)
# tiny: the minimum
run_app("x=10\ny=10\nwidth=120\nheight=80\nmaximized=false\n" 640x420)
# one that fits is kept
run_app("x=100\ny=50\nwidth=1100\nheight=700\nmaximized=false\n" 1100x700)
# at a scale factor of 2 the screen is 800×500 logical pixels (1600×1000 device pixels): the saved
# 1100×700 shrinks to it, the minimum gives way to the screen
run_app("x=100\ny=50\nwidth=1100\nheight=700\nmaximized=false\n" 1600x1000 QT_SCALE_FACTOR=2)
run_app("x=10\ny=10\nwidth=120\nheight=80\nmaximized=false\n" 1280x840 QT_SCALE_FACTOR=2)

# SPDX-License-Identifier: MIT
# The real application with a damaged or nonsensical settings file (issue 8, "nothing lost"): it
# starts with defaults and says so, the damaged file is kept byte for byte, and values that are
# out of range are ignored. XDG_CONFIG_HOME points into the build directory: never the user's.
set(home ${OUT}/settings-home)
set(conf ${home}/ShanghaiInnovationMap/shanghai-innovation-map.conf)

function(check_screenshot png)
    file(SIZE ${png} png_size)
    if(png_size LESS 20000)
        message(FATAL_ERROR "the screenshot ${png} is suspiciously small (${png_size} bytes): nothing drawn?")
    endif()
endfunction()

function(run_app)
    execute_process(COMMAND ${CMAKE_COMMAND} -E env XDG_CONFIG_HOME=${home} ${APP} ${ARGN}
                    RESULT_VARIABLE code OUTPUT_VARIABLE out ERROR_VARIABLE err TIMEOUT 90)
    if(NOT code STREQUAL "0")
        message(FATAL_ERROR "`${ARGN}` exited with ${code}\nstdout: ${out}\nstderr: ${err}")
    endif()
    set(last_err "${err}" PARENT_SCOPE)
endfunction()

# 1. Not a settings file at all (binary bytes): set aside, defaults, a notice.
file(REMOVE_RECURSE ${home})
file(MAKE_DIRECTORY ${home}/ShanghaiInnovationMap)
file(WRITE ${conf} "[window]\nzoomLevel=12\n")
file(APPEND ${conf} "\n[General]\n")
# (CMake strings cannot hold NUL bytes: printf appends them)
execute_process(COMMAND sh -c "printf 'x\\377\\376\\000\\001\\000y' >> '${conf}'" RESULT_VARIABLE appended)
if(NOT appended STREQUAL "0")
    message(FATAL_ERROR "could not write the damaged file")
endif()
file(SHA256 ${conf} damaged_hash)
run_app(--screenshot ${OUT}/settings-damaged.png --size 1000x700)
if(NOT last_err MATCHES "Your settings file was damaged \\((.*)\\), so the application started with its default settings. The damaged file was kept as ([^\n]*)\\.\n")
    message(FATAL_ERROR "no notice about the damaged settings: ${last_err}")
endif()
set(kept "${CMAKE_MATCH_2}")
if(NOT EXISTS "${kept}")
    message(FATAL_ERROR "the damaged file was not kept: ${kept}")
endif()
file(SHA256 "${kept}" kept_hash)
if(NOT kept_hash STREQUAL damaged_hash)
    message(FATAL_ERROR "the kept file differs from the damaged one")
endif()
check_screenshot(${OUT}/settings-damaged.png)

# 2. A well-formed file with nonsense values: no notice, the app starts and draws normally.
file(REMOVE_RECURSE ${home})
file(MAKE_DIRECTORY ${home}/ShanghaiInnovationMap)
file(WRITE ${conf} "[General]\nlanguage=klingon\n\n[window]\nx=-99999999\ny=nan\nwidth=1e999\nheight=-5\nmaximized=perhaps\n"
                   "centerLatitude=95\ncenterLongitude=abc\nzoomLevel=1e308\nmetricKey=no-such-metric\n")
run_app(--screenshot ${OUT}/settings-nonsense.png --size 1000x700)
if(last_err MATCHES "settings file")
    message(FATAL_ERROR "a well-formed file is not damaged: ${last_err}")
endif()
file(GLOB damaged ${conf}.damaged-*)
if(damaged)
    message(FATAL_ERROR "a well-formed file was set aside: ${damaged}")
endif()
check_screenshot(${OUT}/settings-nonsense.png)

# 3. ... and it looks exactly as with no settings at all: every nonsense value was ignored.
file(REMOVE_RECURSE ${home})
run_app(--screenshot ${OUT}/settings-none.png --size 1000x700)
check_screenshot(${OUT}/settings-none.png)
file(SHA256 ${OUT}/settings-nonsense.png nonsense_hash)
file(SHA256 ${OUT}/settings-none.png none_hash)
if(NOT nonsense_hash STREQUAL none_hash)
    message(FATAL_ERROR "the nonsense settings changed what is shown: compare ${OUT}/settings-nonsense.png with ${OUT}/settings-none.png")
endif()

# 4. Sane saved values are still used (so the comparison above can tell): a view saved zoomed in.
file(MAKE_DIRECTORY ${home}/ShanghaiInnovationMap)
file(WRITE ${conf} "[window]\ncenterLatitude=31.2\ncenterLongitude=121.5\nzoomLevel=11\nmaximized=false\n")
run_app(--screenshot ${OUT}/settings-saved-view.png --size 1000x700)
check_screenshot(${OUT}/settings-saved-view.png)
file(SHA256 ${OUT}/settings-saved-view.png saved_hash)
if(saved_hash STREQUAL none_hash)
    message(FATAL_ERROR "the saved view was not restored: ${OUT}/settings-saved-view.png looks like the default")
endif()

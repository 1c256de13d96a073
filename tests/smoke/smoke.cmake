# SPDX-License-Identifier: MIT
# Starts the real application: it must come up, render, and exit cleanly; bad input must fail
# with a clear message and a non-zero exit code, never a crash.
function(run_app expect_code)
    execute_process(COMMAND ${APP} ${ARGN} RESULT_VARIABLE code OUTPUT_VARIABLE out ERROR_VARIABLE err TIMEOUT 90)
    if(NOT code STREQUAL "${expect_code}")
        message(FATAL_ERROR "`${ARGN}` exited with ${code}, expected ${expect_code}\nstdout: ${out}\nstderr: ${err}")
    endif()
    set(last_out "${out}" PARENT_SCOPE)
    set(last_err "${err}" PARENT_SCOPE)
endfunction()

# Comes up with the bundled data, renders a frame with a district selected, exits 0.
file(REMOVE ${OUT}/smoke.png)
run_app(0 --district pudong --screenshot ${OUT}/smoke.png --size 1000x700)
file(SIZE ${OUT}/smoke.png png_size)
if(png_size LESS 20000)
    message(FATAL_ERROR "the screenshot is suspiciously small (${png_size} bytes): nothing drawn?")
endif()

# An unknown district and a point outside every district: clear message, exit 2.
run_app(2 --district atlantis --screenshot ${OUT}/unused.png)
if(NOT last_err MATCHES "No district matches \"atlantis\"")
    message(FATAL_ERROR "unexpected message: ${last_err}")
endif()
run_app(2 --at 30.27,120.15 --screenshot ${OUT}/unused.png)
if(NOT last_err MATCHES "No district contains the point 30.27,120.15")
    message(FATAL_ERROR "unexpected message: ${last_err}")
endif()
run_app(2 --at nonsense)

# Bad data: --validate names the file and the problem and exits 1.
run_app(1 --validate --data ${DATA}/does-not-exist)
if(NOT last_err MATCHES "does-not-exist: error: the data directory does not exist")
    message(FATAL_ERROR "unexpected message: ${last_err}")
endif()

# Bad data in the running app: it starts, shows the error view, and exits cleanly.
run_app(0 --data ${DATA}/does-not-exist --screenshot ${OUT}/error-view.png)
if(NOT last_err MATCHES "could not be loaded")
    message(FATAL_ERROR "the app did not report the bad data: ${last_err}")
endif()

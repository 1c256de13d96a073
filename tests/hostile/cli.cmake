# SPDX-License-Identifier: MIT
# One hostile case through the real validator: tst_hostile makes the data directory, the
# application validates it, tst_hostile compares what it printed and its exit code with the
# case's expected.txt. Run by ctest (see CMakeLists.txt) with APP, HOSTILE, CASE and WORK set.
execute_process(COMMAND ${HOSTILE} --prepare ${CASE} ${WORK}
                RESULT_VARIABLE rc OUTPUT_VARIABLE prepared ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "could not prepare ${CASE}: ${err}")
endif()
string(REGEX MATCH "dir=([^\n]*)" _ "${prepared}")
set(dir "${CMAKE_MATCH_1}")

set(run ${APP} --validate --data ${dir})
if(prepared MATCHES "unprivileged=1")
    # An unreadable file is readable to root: run the validator as "nobody" instead.
    execute_process(COMMAND id -u OUTPUT_VARIABLE uid OUTPUT_STRIP_TRAILING_WHITESPACE)
    if(uid STREQUAL "0")
        find_program(SETPRIV setpriv)
        if(NOT SETPRIV)
            message("HOSTILE-SKIP: running as root, and setpriv (util-linux) is missing to drop to an unprivileged user")
            return()
        endif()
        set(run ${SETPRIV} --reuid=65534 --regid=65534 --clear-groups ${run})
        execute_process(COMMAND ${SETPRIV} --reuid=65534 --regid=65534 --clear-groups ${APP} --version
                        RESULT_VARIABLE vrc OUTPUT_QUIET ERROR_QUIET)
        if(NOT vrc EQUAL 0)
            message("HOSTILE-SKIP: the user nobody cannot run ${APP} (the checkout is out of its reach)")
            return()
        endif()
    endif()
endif()

execute_process(COMMAND ${run} RESULT_VARIABLE code OUTPUT_FILE ${WORK}/${CASE}.out ERROR_FILE ${WORK}/${CASE}.err
                TIMEOUT 120)
execute_process(COMMAND ${HOSTILE} --compare ${CASE} ${dir} ${code} ${WORK}/${CASE}.out ${WORK}/${CASE}.err
                RESULT_VARIABLE same)
if(NOT same EQUAL 0)
    message(FATAL_ERROR "`${run}` did not report what ${CASE}/expected.txt says (see above)")
endif()
# the 100 MB case and its friends need not stay in the build tree
file(REMOVE_RECURSE ${dir} ${dir}-link ${WORK}/${CASE}.out ${WORK}/${CASE}.err)

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
        # The checkout may lie where nobody cannot go (a clone in a mode-0700 mktemp -d folder): copy
        # the program and the case (modes kept) to a folder in the temporary directory that nobody can enter.
        execute_process(COMMAND mktemp -d OUTPUT_VARIABLE reach OUTPUT_STRIP_TRAILING_WHITESPACE RESULT_VARIABLE mrc)
        if(NOT mrc EQUAL 0)
            message(FATAL_ERROR "mktemp -d failed")
        endif()
        file(CHMOD ${reach} PERMISSIONS OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ GROUP_EXECUTE WORLD_READ WORLD_EXECUTE)
        execute_process(COMMAND cp -a ${dir} ${reach}/${CASE} RESULT_VARIABLE crc1)
        execute_process(COMMAND cp ${APP} ${reach}/app RESULT_VARIABLE crc2)
        if(NOT crc1 EQUAL 0 OR NOT crc2 EQUAL 0)
            file(REMOVE_RECURSE ${reach})
            message(FATAL_ERROR "could not copy ${CASE} and the program to ${reach}")
        endif()
        file(REMOVE_RECURSE ${dir})
        set(dir ${reach}/${CASE})
        set(run ${SETPRIV} --reuid=65534 --regid=65534 --clear-groups ${reach}/app --validate --data ${dir})
        execute_process(COMMAND ${SETPRIV} --reuid=65534 --regid=65534 --clear-groups ${reach}/app --version
                        RESULT_VARIABLE vrc OUTPUT_QUIET ERROR_QUIET)
        if(NOT vrc EQUAL 0)
            file(REMOVE_RECURSE ${reach})
            message(FATAL_ERROR "the user nobody cannot run a copy of the program in ${reach}")
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
if(reach)
    file(REMOVE_RECURSE ${reach})
endif()

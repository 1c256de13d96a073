# SPDX-License-Identifier: MIT
# The version the program reports (--version, the About box): `git describe` of the checkout, read
# at every build (a new commit changes it without configuring again; the header is only rewritten,
# and its users only recompiled, when it changes), or the project version alone where the sources
# are not a git checkout (a release tarball). Where git cannot see the repository (a worktree built
# inside the build root, whose .git points outside it) the environment variable SIM_GIT_DESCRIBE,
# set by scripts/buildenv.sh on the host, is used instead.
#
#   sim_use_version_header(TARGET)   TARGET's sources may #include "sim_buildversion.h"
set(SIM_VERSION_DIR ${CMAKE_BINARY_DIR}/generated)
add_custom_target(sim_version
    COMMAND ${CMAKE_COMMAND} -DSOURCE_DIR=${PROJECT_SOURCE_DIR} -DOUT=${SIM_VERSION_DIR}/sim_buildversion.h
            -DPROJECT_VERSION=${PROJECT_VERSION} -P ${CMAKE_CURRENT_LIST_DIR}/write-version.cmake
    BYPRODUCTS ${SIM_VERSION_DIR}/sim_buildversion.h
    COMMENT "Reading the version (git describe)"
    VERBATIM)

function(sim_use_version_header target)
    add_dependencies(${target} sim_version)
    target_include_directories(${target} PRIVATE ${SIM_VERSION_DIR})
endfunction()

cmake_minimum_required(VERSION 3.25)
# OUTPACE_GUI=OFF configures a build with no desktop target and nothing of Qt Widgets, for a machine that
# has only Qt Core, Sql and Gui (a server making reports). Configures SOURCE_DIR into WORK_DIR and reads
# the generated build.
file(REMOVE_RECURSE "${WORK_DIR}")
execute_process(
    COMMAND ${CMAKE_COMMAND} -S "${SOURCE_DIR}" -B "${WORK_DIR}" -G Ninja -DOUTPACE_GUI=OFF -DOUTPACE_TESTS=OFF
    RESULT_VARIABLE configured OUTPUT_VARIABLE output ERROR_VARIABLE output)
if(NOT configured EQUAL 0)
    message(FATAL_ERROR "configuring with OUTPACE_GUI=OFF failed:\n${output}")
endif()
file(READ "${WORK_DIR}/build.ninja" ninja)
set(problems "")
if(ninja MATCHES "build app/desktop/outpace:")
    string(APPEND problems "  the desktop app (app/desktop/outpace) is still a target\n")
endif()
if(ninja MATCHES "Qt6Widgets|libQt6Widgets|QtWidgets")
    string(APPEND problems "  something still compiles or links against Qt Widgets\n")
endif()
if(NOT ninja MATCHES "build app/cli/outpace-cli:")
    string(APPEND problems "  the command line (app/cli/outpace-cli) is missing\n")
endif()
file(REMOVE_RECURSE "${WORK_DIR}")
if(problems)
    message(FATAL_ERROR "OUTPACE_GUI=OFF does not gate the desktop targets:\n${problems}")
endif()
message(STATUS "OUTPACE_GUI=OFF builds the command line and the report, and nothing of Qt Widgets.")

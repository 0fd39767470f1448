cmake_minimum_required(VERSION 3.25)
# Fails when a front end does the application layer's work itself: opens the database or a store, runs
# SQL, calls the scorer, or reads the system clock (the Workspace's clock is the only one, so that tests and
# every front end agree on "today"). FOLDERS: the front ends' folders, relative to SOURCE_DIR.
# Each rule: a regular expression, then what a line that matches does. Types (the Battlefield enum in
# RiskScorer.h) may be included; a scorer may not be made.
set(rules
    "#include \"storage/|opens the database itself"
    "PersonalStore|uses a store class"
    "PersonalDatabase|opens the database itself"
    "QSql|runs SQL"
    "RiskScorer[ ({:]|calls the scorer"
    "QDate::currentDate|reads the system clock"
    "QDateTime::currentDateTime|reads the system clock")

set(problems "")
foreach(folder IN LISTS FOLDERS)
    file(GLOB_RECURSE files "${SOURCE_DIR}/${folder}/*.h" "${SOURCE_DIR}/${folder}/*.cpp")
    foreach(file IN LISTS files)
        file(RELATIVE_PATH relative "${SOURCE_DIR}" "${file}")
        file(STRINGS "${file}" lines)
        set(number 0)
        foreach(line IN LISTS lines)
            math(EXPR number "${number} + 1")
            foreach(rule IN LISTS rules)
                string(REPLACE "|" ";" parts "${rule}")
                list(GET parts 0 needle)
                list(GET parts 1 why)
                if(line MATCHES "${needle}")
                    string(APPEND problems "  ${relative}:${number}: ${why} (${needle})\n")
                endif()
            endforeach()
        endforeach()
    endforeach()
endforeach()
if(problems)
    message(FATAL_ERROR "Front ends present, the Workspace decides; move these into core/workspace:\n${problems}")
endif()
message(STATUS "The front ends leave the rules to the Workspace (${FOLDERS}).")

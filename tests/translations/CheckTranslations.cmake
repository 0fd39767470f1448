# Fails when a French translation has unfinished entries, or when the sources hold strings the committed
# .ts file lacks (a fresh lupdate into a copy would add them as unfinished). TS_FILE names the file in
# translations/, SOURCES the folders (relative to the project) whose strings it holds, separated by ",".
file(REMOVE_RECURSE "${WORK_DIR}")
file(MAKE_DIRECTORY "${WORK_DIR}")
file(COPY "${SOURCE_DIR}/translations/${TS_FILE}" DESTINATION "${WORK_DIR}")
set(folders "")
string(REPLACE "," ";" SOURCES "${SOURCES}")
foreach(folder IN LISTS SOURCES)
    list(APPEND folders "${SOURCE_DIR}/${folder}")
endforeach()
execute_process(
    COMMAND "${LUPDATE}" -silent -no-obsolete -locations none ${folders} -ts "${WORK_DIR}/${TS_FILE}"
    RESULT_VARIABLE lupdate_result
    OUTPUT_VARIABLE lupdate_output ERROR_VARIABLE lupdate_output)
if(NOT lupdate_result EQUAL 0)
    message(FATAL_ERROR "lupdate failed (${lupdate_result}):\n${lupdate_output}")
endif()
file(READ "${WORK_DIR}/${TS_FILE}" refreshed)
string(REGEX MATCHALL "<source>[^<]*</source>[ \t\r\n]*(<comment>[^<]*</comment>[ \t\r\n]*)?(<extracomment>[^<]*</extracomment>[ \t\r\n]*)?<translation type=\"unfinished\"" unfinished "${refreshed}")
list(LENGTH unfinished count)
if(count GREATER 0)
    set(listing "")
    foreach(entry IN LISTS unfinished)
        string(REGEX REPLACE "<source>([^<]*)</source>.*" "\\1" source "${entry}")
        string(APPEND listing "  ${source}\n")
    endforeach()
    message(FATAL_ERROR "${TS_FILE}: ${count} French entries are missing or unfinished; run tools/refresh-translations.sh and translate them:\n${listing}")
endif()
string(REGEX MATCHALL "<message>" messages "${refreshed}")
list(LENGTH messages total)
message(STATUS "${TS_FILE}: French translation complete, ${total} entries")

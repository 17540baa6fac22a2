# A test: every string the sources show a clerk has a Chinese translation. Runs lupdate over core,
# ui and app into a copy of doudi_zh_CN.ts and fails, listing them, on any unfinished entry.
# Run as `cmake -DLUPDATE=… -DSOURCE_DIR=… -DWORK_DIR=… -P translations_complete.cmake`.
set(copy "${WORK_DIR}/doudi_zh_CN.check.ts")
file(COPY_FILE "${SOURCE_DIR}/translations/doudi_zh_CN.ts" "${copy}")
execute_process(
    COMMAND "${LUPDATE}" -silent -no-obsolete -locations none
            "${SOURCE_DIR}/core" "${SOURCE_DIR}/ui" "${SOURCE_DIR}/app" -ts "${copy}"
    RESULT_VARIABLE result OUTPUT_QUIET ERROR_VARIABLE errors)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "lupdate failed: ${errors}")
endif()
file(READ "${copy}" ts)
string(REGEX MATCHALL "<source>[^<]*</source>\n[ ]*<translation type=\"unfinished\"" unfinished "${ts}")
list(LENGTH unfinished count)
if(count GREATER 0)
    string(REPLACE ";" "\n" listing "${unfinished}")
    message(FATAL_ERROR "${count} strings have no Chinese translation yet (run the update_translations target, "
                        "then translate them in translations/doudi_zh_CN.ts):\n${listing}")
endif()
message(STATUS "translations_complete: every string has a Chinese translation")

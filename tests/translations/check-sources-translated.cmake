# Fails when a source string has no entry in some .ts file (or an entry has no source string left): lupdate,
# run as `update_translations` runs it but on copies, must leave every file as it is.
# -DLUPDATE=... -DSOURCES_LIST=file with one source per line -DTS_DIR=translations -DWORK_DIR=scratch
file(REMOVE_RECURSE "${WORK_DIR}")
file(MAKE_DIRECTORY "${WORK_DIR}")
file(GLOB ts_files "${TS_DIR}/*.ts") # the files to check, whichever languages exist
set(failed "")
foreach(ts IN LISTS ts_files)
    get_filename_component(name "${ts}" NAME)
    file(COPY "${ts}" DESTINATION "${WORK_DIR}")
    set(options -no-obsolete -locations none)
    if(name STREQUAL "netready_en.ts")
        list(APPEND options -pluralonly)
    endif()
    execute_process(COMMAND "${LUPDATE}" ${options} "@${SOURCES_LIST}" -ts "${WORK_DIR}/${name}"
        RESULT_VARIABLE result OUTPUT_VARIABLE output ERROR_VARIABLE output)
    if(NOT result EQUAL 0)
        message(FATAL_ERROR "lupdate failed on ${name}:\n${output}")
    endif()
    file(READ "${ts}" before)
    file(READ "${WORK_DIR}/${name}" after)
    if(NOT before STREQUAL after)
        string(REGEX MATCH "Found [^\n]*" found "${output}")
        string(REGEX MATCH "Removed [^\n]*" removed "${output}")
        list(APPEND failed "${name}: ${found} ${removed}")
    endif()
endforeach()
if(failed)
    list(JOIN failed "\n  " failed)
    message(FATAL_ERROR "The .ts files are not in step with the sources; run "
        "`cmake --build build --target update_translations` and translate what is new:\n  ${failed}")
endif()
message(STATUS "${TS_DIR}: every source string has an entry in every .ts file")

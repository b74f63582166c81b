# Runs a build that must fail with a given message (a guard that proves itself).
execute_process(COMMAND ${CMAKE_COMMAND} --build ${BUILD_DIR} --target ${TARGET}
                RESULT_VARIABLE result OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(result EQUAL 0)
    message(FATAL_ERROR "${TARGET} built, but it must not")
endif()
string(FIND "${out}${err}" "${EXPECTED}" found)
if(found EQUAL -1)
    message(FATAL_ERROR "${TARGET} failed for another reason than the guard:\n${out}${err}")
endif()
message(STATUS "${TARGET} failed to build as it must: ${EXPECTED}")

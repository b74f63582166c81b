# Writes the man page: help2man reads --help and --version of the built program (run as plain
# "sp-upgrade-wizard" from PATH, so the usage line names no build folder) and adds the sections of
# sp-upgrade-wizard.h2m; the server kit's folder in the build becomes the installed one.
# cmake -DHELP2MAN=... -DPROGRAM_DIR=... -DINCLUDE=... -DNAME=... -DBUILD_KIT=... -DINSTALLED_KIT=...
#       -DEPOCH=... -DOUTPUT=file.1.gz -P ManPage.cmake
if(NOT IS_DIRECTORY ${BUILD_KIT})
    message(FATAL_ERROR "${BUILD_KIT} does not exist: the man page would say the package has no server kit")
endif()
get_filename_component(page ${OUTPUT} NAME_WLE)
get_filename_component(dir ${OUTPUT} DIRECTORY)
set(ENV{PATH} "${PROGRAM_DIR}:$ENV{PATH}")
set(ENV{SOURCE_DATE_EPOCH} ${EPOCH})
set(ENV{LC_ALL} C.UTF-8)
set(ENV{QT_QPA_PLATFORM} offscreen)
execute_process(COMMAND ${HELP2MAN} --no-info --section=1 "--name=${NAME}" --include=${INCLUDE}
                        --output=${dir}/${page} sp-upgrade-wizard
                RESULT_VARIABLE result)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "help2man failed (${result})")
endif()
file(READ ${dir}/${page} text)
# help2man writes every "-" as "\-".
string(REPLACE "-" "\\-" build_kit "${BUILD_KIT}")
string(REPLACE "-" "\\-" installed_kit "${INSTALLED_KIT}")
string(FIND "${text}" "${build_kit}" at)
if(at EQUAL -1)
    message(FATAL_ERROR "${dir}/${page} does not name the server kit's folder ${BUILD_KIT}: has --help changed?")
endif()
string(REPLACE "${build_kit}" "${installed_kit}" text "${text}")
file(WRITE ${dir}/${page} "${text}")
execute_process(COMMAND gzip -9nf ${dir}/${page} RESULT_VARIABLE result)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "gzip ${dir}/${page} failed")
endif()

# spuw-live-probe.exe for Windows, cross-built with mingw-w64 as a project of its own (wizard/windows)
# for i686 (what Windows 2000 and Server 2003 x86 run) and x86_64. Two users: the server kit that the
# package ships (SPUW_SERVER_KIT, with the MSIs that wixl builds from it) and the Wine tests
# (SPUW_WINDOWS_PROBE_TESTS, which also need spuw-win32-tests.exe). Sets SPUW_WIN32_DIR_<arch>.
foreach(arch x86_64 i686)
    find_program(SPUW_MINGW_${arch} ${arch}-w64-mingw32-g++-win32)
endforeach()
find_program(SPUW_WIXL wixl)
set(spuw_kit_default OFF)
if(SPUW_MINGW_x86_64 AND SPUW_MINGW_i686 AND SPUW_WIXL)
    set(spuw_kit_default ON)
endif()
option(SPUW_SERVER_KIT
    "Build the server kit the package ships: spuw-live-probe.exe for i686 and x86_64 (mingw-w64) and its MSIs (wixl); ON when those are found; `package` needs it"
    ${spuw_kit_default})

if(SPUW_SERVER_KIT AND NOT SPUW_WIXL)
    message(FATAL_ERROR "SPUW_SERVER_KIT needs wixl to build the MSIs: install wixl (bash .ci/dev package does), "
                        "or configure with -DSPUW_SERVER_KIT=OFF")
endif()
if(NOT SPUW_SERVER_KIT AND NOT SPUW_WINDOWS_PROBE_TESTS)
    return()
endif()

include(ExternalProject)
foreach(arch x86_64 i686)
    string(REPLACE "_" "-" package_arch ${arch})
    if(NOT SPUW_MINGW_${arch})
        message(FATAL_ERROR "${arch}-w64-mingw32-g++-win32 not found: install g++-mingw-w64-${package_arch}-win32 "
                            "(bash .ci/dev test does), or configure with -DSPUW_WINDOWS_PROBE_TESTS=OFF "
                            "-DSPUW_SERVER_KIT=OFF")
    endif()
    set(SPUW_WIN32_DIR_${arch} ${CMAKE_BINARY_DIR}/win32-${arch})
    ExternalProject_Add(spuw_win32_${arch}
        SOURCE_DIR ${PROJECT_SOURCE_DIR}/wizard/windows
        BINARY_DIR ${SPUW_WIN32_DIR_${arch}}
        CMAKE_ARGS -G Ninja
                   -DCMAKE_TOOLCHAIN_FILE=${PROJECT_SOURCE_DIR}/cmake/mingw-w64-${arch}.cmake
                   -DCMAKE_BUILD_TYPE=Release
                   -DCMAKE_C_COMPILER_LAUNCHER=${CMAKE_C_COMPILER_LAUNCHER}
                   -DCMAKE_CXX_COMPILER_LAUNCHER=${CMAKE_CXX_COMPILER_LAUNCHER}
                   -DSPUW_WERROR=${SPUW_WERROR}
                   -DSPUW_VERSION=${SPUW_VERSION}
                   -DSPUW_WIN32_TESTS=${SPUW_WINDOWS_PROBE_TESTS}
        BUILD_ALWAYS ON
        BUILD_BYPRODUCTS ${SPUW_WIN32_DIR_${arch}}/spuw-live-probe.exe
        INSTALL_COMMAND ""
        USES_TERMINAL_BUILD ON)
endforeach()

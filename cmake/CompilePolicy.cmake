# One INTERFACE target carries the compile policy for every target of the project.
add_library(spuw_policy INTERFACE)
target_compile_options(spuw_policy INTERFACE
    -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wcast-align -Wunused
    -Woverloaded-virtual -Wformat=2 -Wimplicit-fallthrough)
# Not -Wnull-dereference: with -O2 it reports false positives inside Qt's own headers (qwidget.h).

# Bind every symbol at start-up so the GOT can be read-only (full RELRO), as Debian builds its packages.
if(CMAKE_SYSTEM_NAME STREQUAL "Linux")
    target_link_options(spuw_policy INTERFACE LINKER:-z,relro,-z,now)
endif()

if(SPUW_WERROR)
    target_compile_options(spuw_policy INTERFACE -Werror)
endif()
target_compile_definitions(spuw_policy INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_FOREACH
    QT_NO_KEYWORDS
    QT_USE_QSTRINGBUILDER
    QT_DISABLE_DEPRECATED_BEFORE=0x060400)
# The version of the top-level project() for every target, the Win32 builds included (they get it as
# -DSPUW_VERSION): --version, the report, the agent's answer, the package and the MSI say the same.
if(NOT SPUW_VERSION MATCHES "^[0-9]+\\.[0-9]+\\.[0-9]+$")
    message(FATAL_ERROR "SPUW_VERSION \"${SPUW_VERSION}\" is not MAJOR.MINOR.PATCH: it comes from project() in the "
                        "top-level CMakeLists.txt")
endif()
target_compile_definitions(spuw_policy INTERFACE SPUW_VERSION="${SPUW_VERSION}")
if(SPUW_SANITIZE)
    target_compile_options(spuw_policy INTERFACE -fsanitize=address,undefined -fno-omit-frame-pointer
                                                 -fno-sanitize-recover=undefined)
    target_link_options(spuw_policy INTERFACE -fsanitize=address,undefined)
endif()

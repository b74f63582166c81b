# One INTERFACE target carries the compile policy for every target of the project.
add_library(spuw_policy INTERFACE)
target_compile_options(spuw_policy INTERFACE
    -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wcast-align -Wunused
    -Woverloaded-virtual -Wformat=2 -Wimplicit-fallthrough)
# Not -Wnull-dereference: with -O2 it reports false positives inside Qt's own headers (qwidget.h).

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
if(SPUW_SANITIZE)
    target_compile_options(spuw_policy INTERFACE -fsanitize=address,undefined -fno-omit-frame-pointer
                                                 -fno-sanitize-recover=undefined)
    target_link_options(spuw_policy INTERFACE -fsanitize=address,undefined)
endif()

# Compiler flags shared by every Nacre target. Applied per target through nacre_apply_settings(),
# never directory-wide, so third-party code is not held to them.

find_program(NACRE_CCACHE ccache)
if(NACRE_CCACHE AND NOT CMAKE_CXX_COMPILER_LAUNCHER)
    set(CMAKE_CXX_COMPILER_LAUNCHER "${NACRE_CCACHE}")
endif()

function(nacre_apply_settings target)
    # GCC 12 warns about every member a designated initializer leaves to its default, which is the
    # point of filling aggregates by name ({.type = …, .targetId = …}); the warning is off for that.
    target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor
        -Wold-style-cast -Wcast-align -Woverloaded-virtual -Wimplicit-fallthrough -Wno-missing-field-initializers)
    if(NACRE_WERROR)
        target_compile_options(${target} PRIVATE -Werror)
    endif()
    # QT_NO_CONTEXTLESS_CONNECT exists only from Qt 6.7; on 6.4 the context-object rule is kept by review.
    target_compile_definitions(${target} PRIVATE
        QT_NO_CAST_FROM_ASCII
        QT_NO_CAST_TO_ASCII
        QT_NO_CAST_FROM_BYTEARRAY
        QT_NO_URL_CAST_FROM_STRING
        QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
        QT_NO_FOREACH
        QT_NO_KEYWORDS
        QT_STRICT_ITERATORS
        QT_DISABLE_DEPRECATED_UP_TO=0x060400)
endfunction()

# `cmake --build <dir> --target check-format` fails when a C++ file differs from .clang-format;
# `--target format` rewrites them. CI runs the check before the tests.
find_program(NACRE_CLANG_FORMAT NAMES clang-format clang-format-14)
if(NOT NACRE_CLANG_FORMAT)
    message(STATUS "clang-format not found: the check-format target is not available")
    return()
endif()

file(GLOB_RECURSE NACRE_FORMATTED_SOURCES CONFIGURE_DEPENDS
    "${PROJECT_SOURCE_DIR}/app/*.cpp" "${PROJECT_SOURCE_DIR}/app/*.h"
    "${PROJECT_SOURCE_DIR}/core/*.cpp" "${PROJECT_SOURCE_DIR}/core/*.h"
    "${PROJECT_SOURCE_DIR}/models/*.cpp" "${PROJECT_SOURCE_DIR}/models/*.h"
    "${PROJECT_SOURCE_DIR}/server/*.cpp" "${PROJECT_SOURCE_DIR}/server/*.h"
    "${PROJECT_SOURCE_DIR}/ui/*.cpp" "${PROJECT_SOURCE_DIR}/ui/*.h"
    "${PROJECT_SOURCE_DIR}/tests/*.cpp" "${PROJECT_SOURCE_DIR}/tests/*.h"
    "${PROJECT_SOURCE_DIR}/bench/*.cpp" "${PROJECT_SOURCE_DIR}/bench/*.h"
    "${PROJECT_SOURCE_DIR}/fuzz/*.cpp" "${PROJECT_SOURCE_DIR}/fuzz/*.h")

add_custom_target(check-format
    COMMAND "${NACRE_CLANG_FORMAT}" --dry-run --Werror ${NACRE_FORMATTED_SOURCES}
    WORKING_DIRECTORY "${PROJECT_SOURCE_DIR}"
    COMMENT "Checking C++ formatting against .clang-format"
    VERBATIM)
add_custom_target(format
    COMMAND "${NACRE_CLANG_FORMAT}" -i ${NACRE_FORMATTED_SOURCES}
    WORKING_DIRECTORY "${PROJECT_SOURCE_DIR}"
    COMMENT "Formatting C++ sources"
    VERBATIM)

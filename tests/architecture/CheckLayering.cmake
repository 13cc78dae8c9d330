# Structural rules that review alone would let slip, checked on every test run:
# - server routes reach the domain through services only: no store, SQL or ServerContext in routes/;
# - problem codes and invite outcomes cross the wire as core enums: no production file outside
#   core/ spells one of their names as a string literal.
# Run as: cmake -DSOURCE_DIR=<tree> -P CheckLayering.cmake
cmake_minimum_required(VERSION 3.25)

set(failures "")

file(GLOB route_files "${SOURCE_DIR}/server/routes/*.cpp" "${SOURCE_DIR}/server/routes/*.h")
foreach(file IN LISTS route_files)
    file(STRINGS "${file}" lines REGEX "m_context|ServerContext|Store\\b|SqlQuery|Transaction|\\.db\\b")
    foreach(line IN LISTS lines)
        string(APPEND failures "  ${file}: a route touches storage: ${line}\n")
    endforeach()
endforeach()

set(names "")
foreach(table IN ITEMS protocol/ProblemCode.h protocol/InviteOutcome.h)
    file(STRINGS "${SOURCE_DIR}/core/${table}" entries REGEX "QLatin1String\\(\"[a-z_]+\"\\)")
    foreach(entry IN LISTS entries)
        string(REGEX REPLACE ".*QLatin1String\\(\"([a-z_]+)\"\\).*" "\\1" name "${entry}")
        list(APPEND names "${name}")
    endforeach()
endforeach()
list(LENGTH names count)
if(count LESS 40)
    string(APPEND failures "  found only ${count} names in core's tables; the check cannot read them\n")
endif()

file(GLOB_RECURSE production_files
    "${SOURCE_DIR}/server/*.cpp" "${SOURCE_DIR}/server/*.h"
    "${SOURCE_DIR}/models/*.cpp" "${SOURCE_DIR}/models/*.h"
    "${SOURCE_DIR}/ui/*.cpp" "${SOURCE_DIR}/ui/*.h"
    "${SOURCE_DIR}/app/*.cpp" "${SOURCE_DIR}/app/*.h")
foreach(file IN LISTS production_files)
    file(READ "${file}" text)
    foreach(name IN LISTS names)
        string(FIND "${text}" "\"${name}\"" at)
        if(NOT at EQUAL -1)
            string(APPEND failures "  ${file}: \"${name}\" spelled out; use the core enum\n")
        endif()
    endforeach()
endforeach()

if(failures)
    message(FATAL_ERROR "Layering rules broken:\n${failures}")
endif()
message(STATUS "layering: routes use services only; ${count} wire names live in core only")

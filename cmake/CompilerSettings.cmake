# Warnings and sanitizers shared by every target of the project.
add_library(heatdesk_warnings INTERFACE)
if(MSVC)
  target_compile_options(heatdesk_warnings INTERFACE /W4 /permissive- /utf-8)
else()
  target_compile_options(heatdesk_warnings INTERFACE -Wall -Wextra -Wpedantic -Wshadow
                                                     -Wnon-virtual-dtor -Wconversion -Wno-sign-conversion)
endif()

if(HEATDESK_SANITIZE OR HEATDESK_BUILD_FUZZ)
  # Applied globally so that the core library, the tests and the fuzzers agree on the runtime.
  add_compile_options(-fsanitize=address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer)
  add_link_options(-fsanitize=address,undefined)
endif()

if(HEATDESK_BUILD_FUZZ)
  # Coverage instrumentation for every library the fuzz targets call into (the targets themselves
  # add -fsanitize=fuzzer for libFuzzer's main); without it the fuzzer is blind inside the decoders.
  add_compile_options(-fsanitize=fuzzer-no-link)
endif()

find_program(CCACHE_PROGRAM ccache)
if(CCACHE_PROGRAM)
  set(CMAKE_CXX_COMPILER_LAUNCHER "${CCACHE_PROGRAM}")
endif()

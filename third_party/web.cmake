# SPDX-License-Identifier: EUPL-1.2
# The browser build's dependencies (Debian's emscripten, configure preset "web"): nlohmann/json and
# stb from the system's headers; Dear ImGui and libhyphen compiled from Debian's own source
# packages, which third_party/fetch_sources.sh unpacks (the same versions the native build links);
# GLFW and WebGL 2 from emscripten itself (-sUSE_GLFW=3, part of it: nothing is downloaded). No
# X11, no oscpack (TUIO is a native table's), no FreeType (ImGui's own stb_truetype draws the
# fonts), no threads (a page without cross-origin isolation has none: saves run in the frame).

set(PPS_SOURCES_DIR "${CMAKE_CURRENT_LIST_DIR}/sources" CACHE PATH
    "Where third_party/fetch_sources.sh unpacked imgui and hyphen")
foreach(package imgui hyphen)
  if(NOT EXISTS "${PPS_SOURCES_DIR}/${package}")
    message(FATAL_ERROR "${PPS_SOURCES_DIR}/${package} is missing: run "
                        "bash third_party/setup.sh web (it fetches Debian's source packages)")
  endif()
endforeach()

# The system's header-only libraries, nlohmann/json and stb: their folders alone, linked into the
# build (all of /usr/include would put the system's C library before emscripten's).
set(PPS_SYSTEM_HEADERS ${CMAKE_BINARY_DIR}/system-headers)
foreach(folder nlohmann stb)
  if(NOT EXISTS /usr/include/${folder})
    message(FATAL_ERROR "/usr/include/${folder} is missing: run bash third_party/setup.sh web")
  endif()
  file(MAKE_DIRECTORY ${PPS_SYSTEM_HEADERS})
  file(CREATE_LINK /usr/include/${folder} ${PPS_SYSTEM_HEADERS}/${folder} SYMBOLIC)
endforeach()
set(NLOHMANN_JSON_INCLUDE_DIR ${PPS_SYSTEM_HEADERS})
set(STB_INCLUDE_DIR ${PPS_SYSTEM_HEADERS})
add_library(nlohmann_json INTERFACE)
target_include_directories(nlohmann_json SYSTEM INTERFACE "${NLOHMANN_JSON_INCLUDE_DIR}")
add_library(nlohmann_json::nlohmann_json ALIAS nlohmann_json)
# stb's PNG writer, compiled once (Debian's libstb is a native library).
add_library(stb STATIC "${CMAKE_CURRENT_LIST_DIR}/stb_image_write.c")
target_include_directories(stb SYSTEM PUBLIC "${STB_INCLUDE_DIR}")

set(IMGUI_DIR "${PPS_SOURCES_DIR}/imgui")
add_library(imgui STATIC
  "${IMGUI_DIR}/imgui.cpp" "${IMGUI_DIR}/imgui_draw.cpp" "${IMGUI_DIR}/imgui_tables.cpp"
  "${IMGUI_DIR}/imgui_widgets.cpp" "${IMGUI_DIR}/backends/imgui_impl_opengl3.cpp")
# The native build includes <imgui.h> and <backends/...> as Debian installs them.
target_include_directories(imgui SYSTEM PUBLIC "${IMGUI_DIR}")
target_compile_definitions(imgui PUBLIC IMGUI_IMPL_OPENGL_ES3 PPS_NO_FREETYPE)

set(HYPHEN_DIR "${PPS_SOURCES_DIR}/hyphen")
add_library(hyphen STATIC "${HYPHEN_DIR}/hyphen.c" "${HYPHEN_DIR}/hnjalloc.c")
target_include_directories(hyphen SYSTEM PUBLIC "${HYPHEN_DIR}")
target_compile_options(hyphen PRIVATE -w)  # not our code

# The core's saves run in the frame (core/files/save_writer.h); a file's stamp is its size and
# time, since the page's files get new inodes each time they are read back from IndexedDB; a
# file is kept under a new name by a check and a rename, with no renameat2 in its C library
# (core/io/atomic_file.cpp).
add_compile_definitions(PPS_NO_THREADS PPS_NEW_INODES_EACH_START PPS_NO_RENAMEAT2)
# Empty stand-ins for what the core links natively. No QR code in the page (Debian's qrencode
# source is not fetchable here): the page's own address is the link to share.
add_compile_definitions(PPS_NO_QR)
add_library(oscpack INTERFACE)
add_library(ZLIB::ZLIB INTERFACE IMPORTED)
add_library(Threads::Threads INTERFACE IMPORTED)

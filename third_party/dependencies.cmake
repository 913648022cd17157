# SPDX-License-Identifier: EUPL-1.2
# How PPS Canvas finds its Debian-packaged dependencies. No foreign source lives in this repo.

find_package(PkgConfig REQUIRED)
find_package(nlohmann_json 3.10 REQUIRED)
find_package(Catch2 2 REQUIRED)
find_package(OpenGL REQUIRED)
find_package(Freetype REQUIRED)
pkg_check_modules(GLFW REQUIRED IMPORTED_TARGET glfw3)
# XInput 2.2 touch on a second X connection (app/platform/x11_touch.cpp only).
pkg_check_modules(X11 REQUIRED IMPORTED_TARGET x11)
pkg_check_modules(XI REQUIRED IMPORTED_TARGET xi>=1.6)
# The screens beside each other, for presenting on one and the presenter's notes on another
# (app/platform/screens.cpp only).
pkg_check_modules(XINERAMA REQUIRED IMPORTED_TARGET xinerama)
include(${CMAKE_CURRENT_LIST_DIR}/oscpack.cmake)
# A sketch in a link, compressed (core/model/share_link.cpp), drawn as a QR code
# (ui/widgets/qr_code.cpp).
find_package(ZLIB REQUIRED)
pkg_check_modules(QRENCODE REQUIRED IMPORTED_TARGET libqrencode)
# libhyphen breaks long words on chips at syllables (app/core/io/hyphenation.cpp). Debian's
# libhyphen-dev has no pkg-config file; its patterns (hyphen-nl, hyphen-en-us) are read at run
# time.
find_library(HYPHEN_LIBRARY NAMES hyphen REQUIRED)
find_path(HYPHEN_INCLUDE_DIR hyphen.h REQUIRED)
add_library(hyphen INTERFACE IMPORTED GLOBAL)
set_target_properties(hyphen PROPERTIES
  INTERFACE_INCLUDE_DIRECTORIES "${HYPHEN_INCLUDE_DIR}"
  INTERFACE_LINK_LIBRARIES "${HYPHEN_LIBRARY}")

# Debian's libimgui.a already holds the core, imgui_stdlib, imgui_freetype and the glfw and
# opengl3 backends. Its interface lists what the archive needs, after it on the link line,
# so that --as-needed does not drop FreeType before the archive is seen.
find_library(IMGUI_ARCHIVE NAMES libimgui.a imgui REQUIRED)
find_path(IMGUI_INCLUDE_DIR imgui.h PATH_SUFFIXES imgui REQUIRED)
find_library(STB_LIBRARY NAMES stb REQUIRED)
find_path(STB_INCLUDE_DIR stb_image_write.h PATH_SUFFIXES stb REQUIRED)
add_library(imgui STATIC IMPORTED GLOBAL)
set_target_properties(imgui PROPERTIES
  IMPORTED_LOCATION "${IMGUI_ARCHIVE}"
  INTERFACE_INCLUDE_DIRECTORIES "${IMGUI_INCLUDE_DIR}"
  INTERFACE_LINK_LIBRARIES "${STB_LIBRARY};Freetype::Freetype;PkgConfig::GLFW;OpenGL::GL;${CMAKE_DL_LIBS}")
add_library(stb INTERFACE IMPORTED GLOBAL)
set_target_properties(stb PROPERTIES
  INTERFACE_INCLUDE_DIRECTORIES "${STB_INCLUDE_DIR}"
  INTERFACE_LINK_LIBRARIES "${STB_LIBRARY}")

# glad is generated at build time from the Khronos XML that python3-glad ships.
find_program(GLAD_GENERATOR glad PATHS /usr/bin NO_DEFAULT_PATH REQUIRED)
set(GLAD_DIR "${CMAKE_BINARY_DIR}/glad")
add_custom_command(
  OUTPUT "${GLAD_DIR}/src/gl.c" "${GLAD_DIR}/include/glad/gl.h"
  COMMAND "${GLAD_GENERATOR}" --api gl:core=3.3 --extensions= --out-path "${GLAD_DIR}"
          --reproducible --quiet c
  COMMENT "Generating the glad OpenGL 3.3 core loader"
  VERBATIM)
add_library(glad STATIC "${GLAD_DIR}/src/gl.c")
target_include_directories(glad SYSTEM PUBLIC "${GLAD_DIR}/include")
target_link_libraries(glad PUBLIC ${CMAKE_DL_LIBS})

# SPDX-License-Identifier: EUPL-1.2
# The browser build (configure preset "web", Debian's emscripten): the app's frame and views as
# natively, with the browser's platform code, linked into one folder of static files, site/:
# index.html, app.js, app.wasm, app.data (the data, the fonts and the hyphenation patterns), the
# web app manifest, its icon and the service worker.

set(PPS_WEB_DIR ${CMAKE_CURRENT_LIST_DIR})
set(PPS_SITE_DIR ${CMAKE_BINARY_DIR}/site)

add_library(pps_platform STATIC
  app/platform/input.cpp app/platform/layer_cache.cpp app/platform/screenshot.cpp
  app/platform/board_export.cpp
  ${PPS_WEB_DIR}/web_frame_io.cpp ${PPS_WEB_DIR}/web_page.cpp ${PPS_WEB_DIR}/web_touch.cpp)
target_link_libraries(pps_platform PUBLIC pps_shell imgui stb)
pps_warnings(pps_platform)

add_executable(pps-canvas ${PPS_WEB_DIR}/web_main.cpp)
target_link_libraries(pps-canvas PRIVATE pps_shell pps_platform)
pps_warnings(pps-canvas)
# What the app reads at run time, at the paths it reads them natively.
set(PPS_WEB_FILES
  "${CMAKE_SOURCE_DIR}/data@/data"
  "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf@/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
  "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf@/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
  "/usr/share/hyphen/hyph_nl_NL.dic@/usr/share/hyphen/hyph_nl_NL.dic"
  "/usr/share/hyphen/hyph_en_US.dic@/usr/share/hyphen/hyph_en_US.dic")
list(TRANSFORM PPS_WEB_FILES PREPEND "--preload-file=")
target_link_options(pps-canvas PRIVATE
  -sUSE_GLFW=3 -sMIN_WEBGL_VERSION=2 -sMAX_WEBGL_VERSION=2 -sFULL_ES3=1
  -sALLOW_MEMORY_GROWTH=1 -sENVIRONMENT=web -lidbfs.js
  "-sEXPORTED_FUNCTIONS=['_main','_pps_layout','_pps_settled','_malloc','_free']"
  "-sEXPORTED_RUNTIME_METHODS=['ccall','UTF8ToString','allocateUTF8','FS']"
  --pre-js=${PPS_WEB_DIR}/page/pre.js --exclude-file=*.md ${PPS_WEB_FILES})
# The data package is made at the link: an edit of data/ links again.
file(GLOB_RECURSE PPS_WEB_DATA CONFIGURE_DEPENDS ${CMAKE_SOURCE_DIR}/data/*)
set_target_properties(pps-canvas PROPERTIES
  OUTPUT_NAME app SUFFIX .js RUNTIME_OUTPUT_DIRECTORY ${PPS_SITE_DIR}
  LINK_DEPENDS "${PPS_WEB_DIR}/page/pre.js;${PPS_WEB_DATA}")

# The page's own files beside the app's, and the service worker with the site's files and their
# hash (a new build is a new offline copy).
set(PPS_PAGE_FILES ${PPS_WEB_DIR}/page/index.html ${PPS_WEB_DIR}/page/manifest.webmanifest
                   ${CMAKE_SOURCE_DIR}/assets/pps-canvas.svg)
add_custom_command(
  OUTPUT ${PPS_SITE_DIR}/sw.js
  COMMAND ${CMAKE_COMMAND} -E copy ${PPS_PAGE_FILES} ${PPS_SITE_DIR}
  COMMAND ${CMAKE_COMMAND} -DSITE=${PPS_SITE_DIR} -DTEMPLATE=${PPS_WEB_DIR}/page/sw.js.in
          -P ${PPS_WEB_DIR}/page/service_worker.cmake
  DEPENDS pps-canvas ${PPS_PAGE_FILES} ${PPS_WEB_DIR}/page/sw.js.in
          ${PPS_WEB_DIR}/page/service_worker.cmake
  COMMENT "The site's page, manifest and service worker"
  VERBATIM)
add_custom_target(site ALL DEPENDS ${PPS_SITE_DIR}/sw.js)

include(CTest)
if(BUILD_TESTING)
  add_subdirectory(tests/web)
endif()

// SPDX-License-Identifier: EUPL-1.2
// Preloaded (LD_PRELOAD) into the processes of the sanitize tests only, see lsan.supp: dlclose()
// does nothing, so no library is unmapped before LeakSanitizer looks, at exit.
//
// glfwTerminate() closes the X display, and Mesa then unloads its driver (swrast_dri.so, with
// libLLVM) and glfw its libGL: what they still hold, pointed to only from their own globals,
// would be reported as leaks from "<unknown module>", which no suppression can name. With the
// libraries kept, their globals are scanned like any other and lsan.supp can name them.

int dlclose(void* handle);

int dlclose(void* handle) {
  (void)handle;
  return 0;
}

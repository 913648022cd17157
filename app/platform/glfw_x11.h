// SPDX-License-Identifier: EUPL-1.2
#pragma once
// GLFW's native X11 and GLX handles, as <GLFW/glfw3native.h> declares them (GLFW 3.0 and
// later). That header, with GLFW_EXPOSE_NATIVE_X11, also includes <X11/extensions/Xrandr.h> for
// its monitor functions (libxrandr-dev as a build dependency for three declarations), and with
// GLFW_EXPOSE_NATIVE_GLX <GL/glx.h>, which brings <GL/gl.h> in beside glad's.
// Include after <GLFW/glfw3.h> and <X11/Xlib.h>, last: X's macros (None, Bool, Status) must not
// reach our headers.

extern "C" {
Display* glfwGetX11Display(void);
::Window glfwGetX11Window(GLFWwindow* window);
XID glfwGetGLXWindow(GLFWwindow* window);
}

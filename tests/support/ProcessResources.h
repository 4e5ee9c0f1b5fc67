#pragma once

#include <QtGlobal>

// What the test process holds at this moment, read from Linux's /proc/self: tests that check a run leaves no
// worker thread or socket behind compare these before and after.
namespace ProcessResources {
qsizetype threads(); // entries of /proc/self/task
int sockets(); // descriptors in /proc/self/fd that are sockets
} // namespace ProcessResources

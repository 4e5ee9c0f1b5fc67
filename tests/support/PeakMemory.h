#pragma once

#include <QtGlobal>

// The most memory the test process has held at once so far (peak resident set / working set), for tests that
// measure what hostile input costs.
namespace PeakMemory {
qint64 residentBytes(); // 0 when the system does not say
}

#pragma once

// Settings of the C library's allocator for the whole process, applied first thing in main(). On glibc, every
// thread that allocates gets a heap arena of its own; the engine's I/O threads and its short-lived background
// jobs would each keep freed TLS buffers in theirs, so one shared arena keeps the peak memory of a run lower.
namespace HeapTuning {
void apply();
}

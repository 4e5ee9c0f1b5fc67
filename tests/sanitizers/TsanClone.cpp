// Linked into the test programs of the ThreadSanitizer build only (NETREADY_THREAD_SANITIZER, tests/CMakeLists.txt).
// Qt 6.4 starts every QProcess through forkfd's vforkfd(): clone() with CLONE_VM | CLONE_VFORK | CLONE_PIDFD, a
// child that shares the parent's memory. ThreadSanitizer's clone() interceptor (Clang 14 and 16) handles only a
// child with memory of its own: with CLONE_VM the child re-initialises the parent's thread state, and the parent
// then fails the runtime's check "((!thr->slot)) != (0)" in __tsan::ForkAfter. This clone() takes the place of the
// runtime's (a weak symbol) and hands it the same call without CLONE_VM, so the child gets a copy of the memory,
// as after fork(). The runtime treats vfork() the same way. CLONE_VFORK still holds the parent until the child has
// called exec, and Qt's child reports a failed exec through a pipe, as it does when it falls back to fork().
#include <cstdarg>
#include <sched.h>

extern "C" {
// The runtime's own interceptor, which the weak symbol clone would otherwise name.
int __interceptor_clone(
    int (*fn)(void*), void* stack, int flags, void* arg, pid_t* parentTid, void* tls, pid_t* childTid);

int clone(int (*fn)(void*), void* stack, int flags, void* arg, ...) noexcept
{
    std::va_list rest;
    va_start(rest, arg);
    auto* parentTid = va_arg(rest, pid_t*);
    auto* tls = va_arg(rest, void*);
    auto* childTid = va_arg(rest, pid_t*);
    va_end(rest);
    if ((flags & CLONE_VM) != 0 && (flags & CLONE_VFORK) != 0)
        flags &= ~CLONE_VM;
    return __interceptor_clone(fn, stack, flags, arg, parentTid, tls, childTid);
}
}

// Windows tests: the C runtime calls __wrap_main (the tests link with -Wl,--wrap=main), which runs the test's own
// main and then ends the process with ProcessEnd, so a test whose functions all ran never waits in DLL detach.
#include "ProcessEnd.h"

extern "C" int __real_main(int argc, char* argv[]); // NOLINT(bugprone-reserved-identifier): the linker's name
extern "C" int __wrap_main(int argc, char* argv[]) // NOLINT(bugprone-reserved-identifier): the linker's name
{
    return ProcessEnd::leave(__real_main(argc, argv));
}

#pragma once

// How the program ends once everything is written: returns the exit code to return from main, or ends the
// process itself where the normal way cannot be trusted to finish.
namespace ProcessEnd {
int leave(int exitCode);
}

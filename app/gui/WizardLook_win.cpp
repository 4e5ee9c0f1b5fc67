#include "WizardLook.h"

#include <windows.h>

bool WizardLook::runningUnderWine()
{
    // Wine's ntdll exports wine_get_version; Windows' never does.
    const HMODULE ntdll = GetModuleHandleW(L"ntdll.dll");
    return ntdll && GetProcAddress(ntdll, "wine_get_version");
}

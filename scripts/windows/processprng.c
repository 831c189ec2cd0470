/*
 * A stand-in for Windows' bcryptprimitives.dll, for running aula-plan.exe under Debian's wine 8
 * in scripts/windows-smoke only; it is never shipped.
 *
 * Rust's standard library asks ProcessPrng (bcryptprimitives.dll) for random bytes at start-up
 * on Windows. Windows 10 and later have it; Debian's wine 8 does not, and the program stops
 * before main. This DLL exports ProcessPrng and forwards it to advapi32's SystemFunction036
 * (RtlGenRandom), which wine has. Placed beside the .exe and preferred to wine's own
 * (WINEDLLOVERRIDES=bcryptprimitives=n,b), it stands in for the missing function.
 */
#include <windows.h>

BOOLEAN WINAPI SystemFunction036(PVOID buffer, ULONG length);

__declspec(dllexport) BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T length)
{
    while (length > 0) {
        ULONG part = length > 0x7fffffff ? 0x7fffffff : (ULONG)length;
        if (!SystemFunction036(data, part)) {
            return FALSE;
        }
        data += part;
        length -= part;
    }
    return TRUE;
}

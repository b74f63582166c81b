/* A driver-shaped PE file for tests: only its version resource matters. */
typedef struct _DRIVER_OBJECT DRIVER_OBJECT;
typedef struct _UNICODE_STRING UNICODE_STRING;

long __stdcall DriverEntry(DRIVER_OBJECT *driver, UNICODE_STRING *registryPath)
{
    (void)driver;
    (void)registryPath;
    return 0;
}

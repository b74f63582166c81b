#include "Win32Probe.h"

#include "CrashDumpReader.h"
#include "PeVersionReader.h"

#include <windows.h>

#include <clusapi.h>
#include <winioctl.h>

#include <cstring>

namespace spuw::live {

std::string systemMessage(unsigned long code)
{
    wchar_t *buffer = nullptr;
    const DWORD n
        = FormatMessageW(FORMAT_MESSAGE_ALLOCATE_BUFFER | FORMAT_MESSAGE_FROM_SYSTEM | FORMAT_MESSAGE_IGNORE_INSERTS,
            nullptr, code, 0, reinterpret_cast<wchar_t *>(&buffer), 0, nullptr);
    std::string text;
    if (n > 0 && buffer) {
        text = toUtf8(std::wstring(buffer, n));
        while (
            !text.empty() && (text.back() == '\n' || text.back() == '\r' || text.back() == ' ' || text.back() == '.'))
            text.pop_back();
    }
    if (buffer)
        LocalFree(buffer);
    return text + (text.empty() ? "" : " ") + "(error " + std::to_string(code) + ")";
}

namespace {

template<typename T> T procAddress(HMODULE module, const char *name)
{
    FARPROC p = GetProcAddress(module, name);
    T f;
    static_assert(sizeof f == sizeof p, "function pointer size");
    std::memcpy(&f, &p, sizeof f);
    return p ? f : nullptr;
}

// A 32-bit build on 64-bit Windows must ask for the 64-bit registry view and see the real
// system32. IsWow64Process is looked up at run time: Windows 2000 does not have it.
bool underWow64()
{
    using IsWow64ProcessFn = BOOL(WINAPI *)(HANDLE, PBOOL);
    static const bool wow64 = [] {
        auto fn = procAddress<IsWow64ProcessFn>(GetModuleHandleW(L"kernel32.dll"), "IsWow64Process");
        BOOL result = FALSE;
        return fn && fn(GetCurrentProcess(), &result) && result;
    }();
    return wow64;
}

} // namespace

unsigned long registryView64()
{
    return underWow64() ? KEY_WOW64_64KEY : 0;
}

namespace {

class FileSystemRedirectionOff
{
public:
    FileSystemRedirectionOff()
    {
        if (!underWow64())
            return;
        using DisableFn = BOOL(WINAPI *)(PVOID *);
        if (auto fn = procAddress<DisableFn>(GetModuleHandleW(L"kernel32.dll"), "Wow64DisableWow64FsRedirection"))
            m_active = fn(&m_old) != FALSE;
    }
    ~FileSystemRedirectionOff()
    {
        using RevertFn = BOOL(WINAPI *)(PVOID);
        if (m_active) {
            if (auto fn = procAddress<RevertFn>(GetModuleHandleW(L"kernel32.dll"), "Wow64RevertWow64FsRedirection"))
                fn(m_old);
        }
    }
    FileSystemRedirectionOff(const FileSystemRedirectionOff &) = delete;
    FileSystemRedirectionOff &operator=(const FileSystemRedirectionOff &) = delete;

private:
    PVOID m_old = nullptr;
    bool m_active = false;
};

// Reads with every sharing mode, so a dump or a driver that another process holds open is still read.
class Win32FileSource final : public formats::ByteSource
{
public:
    explicit Win32FileSource(const std::wstring &path)
    {
        m_file = CreateFileW(path.c_str(), GENERIC_READ, FILE_SHARE_READ | FILE_SHARE_WRITE | FILE_SHARE_DELETE,
            nullptr, OPEN_EXISTING, FILE_ATTRIBUTE_NORMAL, nullptr);
        if (m_file == INVALID_HANDLE_VALUE) {
            m_error = GetLastError();
            return;
        }
        LARGE_INTEGER size;
        if (GetFileSizeEx(m_file, &size))
            m_size = static_cast<std::uint64_t>(size.QuadPart);
    }
    ~Win32FileSource() override
    {
        if (m_file != INVALID_HANDLE_VALUE)
            CloseHandle(m_file);
    }
    Win32FileSource(const Win32FileSource &) = delete;
    Win32FileSource &operator=(const Win32FileSource &) = delete;

    bool isOpen() const { return m_file != INVALID_HANDLE_VALUE; }
    DWORD error() const { return m_error; }
    std::uint64_t size() const override { return m_size; }
    bool read(std::uint64_t offset, std::size_t length, std::uint8_t *out) override
    {
        if (offset > m_size || length > m_size - offset || length > 0x7FFFFFFF)
            return false;
        OVERLAPPED at{};
        at.Offset = static_cast<DWORD>(offset & 0xFFFFFFFFu);
        at.OffsetHigh = static_cast<DWORD>(offset >> 32);
        DWORD got = 0;
        if (!ReadFile(m_file, out, static_cast<DWORD>(length), &got, &at) || got != length)
            return false;
        m_bytesRead += got;
        return true;
    }

private:
    HANDLE m_file = INVALID_HANDLE_VALUE;
    DWORD m_error = 0;
    std::uint64_t m_size = 0;
};

std::string expandEnvironment(const std::string &text)
{
    const std::wstring in = fromUtf8(text);
    const DWORD n = ExpandEnvironmentStringsW(in.c_str(), nullptr, 0);
    if (n == 0)
        return text;
    std::wstring out(n, L'\0');
    if (ExpandEnvironmentStringsW(in.c_str(), out.data(), n) == 0)
        return text;
    out.resize(n - 1);
    return toUtf8(out);
}

std::string systemRoot()
{
    wchar_t buffer[MAX_PATH];
    const UINT n = GetSystemWindowsDirectoryW(buffer, MAX_PATH);
    return n > 0 && n < MAX_PATH ? toUtf8(std::wstring(buffer, n)) : std::string("C:\\WINDOWS");
}

// The Raidisk service's ImagePath as a Windows path: "System32\DRIVERS\Raidisk.sys",
// "\SystemRoot\System32\...", "%SystemRoot%\..." or "\??\C:\...".
std::string driverPath(const std::string &imagePath, const std::string &root)
{
    std::string p = imagePath;
    for (char &c : p) {
        if (c == '/')
            c = '\\';
    }
    auto starts = [&](const char *prefix) {
        const std::size_t n = std::strlen(prefix);
        return p.size() >= n && equalsIgnoreCase(p.substr(0, n), prefix);
    };
    if (p.empty())
        return root + "\\system32\\drivers\\Raidisk.sys";
    if (starts("\\??\\"))
        return p.substr(4);
    if (starts("\\SystemRoot\\"))
        return root + p.substr(11);
    if (p.find('%') != std::string::npos)
        return expandEnvironment(p);
    if (p.size() > 2 && p[1] == ':')
        return p;
    return root + "\\" + p;
}

class RealClusterApi final : public ClusterApi
{
public:
    ~RealClusterApi() override
    {
        if (m_cluster && m_close)
            m_close(m_cluster);
        if (m_module)
            FreeLibrary(m_module);
    }

    bool load(std::string *error) override
    {
        m_module = LoadLibraryW(L"clusapi.dll");
        if (!m_module) {
            *error = "clusapi.dll is not present: " + systemMessage(GetLastError());
            return false;
        }
        m_state = procAddress<decltype(m_state)>(m_module, "GetNodeClusterState");
        m_open = procAddress<decltype(m_open)>(m_module, "OpenCluster");
        m_close = procAddress<decltype(m_close)>(m_module, "CloseCluster");
        m_info = procAddress<decltype(m_info)>(m_module, "GetClusterInformation");
        m_openEnum = procAddress<decltype(m_openEnum)>(m_module, "ClusterOpenEnum");
        m_enum = procAddress<decltype(m_enum)>(m_module, "ClusterEnum");
        m_closeEnum = procAddress<decltype(m_closeEnum)>(m_module, "ClusterCloseEnum");
        m_openNode = procAddress<decltype(m_openNode)>(m_module, "OpenClusterNode");
        m_nodeState = procAddress<decltype(m_nodeState)>(m_module, "GetClusterNodeState");
        m_closeNode = procAddress<decltype(m_closeNode)>(m_module, "CloseClusterNode");
        m_openGroup = procAddress<decltype(m_openGroup)>(m_module, "OpenClusterGroup");
        m_groupState = procAddress<decltype(m_groupState)>(m_module, "GetClusterGroupState");
        m_closeGroup = procAddress<decltype(m_closeGroup)>(m_module, "CloseClusterGroup");
        if (!m_state) {
            *error = "clusapi.dll has no GetNodeClusterState";
            return false;
        }
        return true;
    }

    bool nodeClusterState(int *state, std::string *error) override
    {
        DWORD s = 0;
        const DWORD rc = m_state(nullptr, &s);
        if (rc != ERROR_SUCCESS) {
            *error = systemMessage(rc);
            return false;
        }
        *state = static_cast<int>(s);
        return true;
    }

    bool open(std::string *clusterName, std::string *error) override
    {
        if (!m_open || !m_close || !m_openEnum || !m_enum || !m_closeEnum || !m_openNode || !m_nodeState || !m_closeNode
            || !m_openGroup || !m_groupState || !m_closeGroup) {
            *error = "clusapi.dll lacks functions the wizard needs";
            return false;
        }
        m_cluster = m_open(nullptr);
        if (!m_cluster) {
            *error = systemMessage(GetLastError());
            return false;
        }
        if (m_info) {
            wchar_t name[256];
            DWORD length = 256;
            if (m_info(m_cluster, name, &length, nullptr) == ERROR_SUCCESS)
                *clusterName = toUtf8(name);
        }
        return true;
    }

    bool nodes(std::vector<ClusterReport::Node> *out, std::string *error) override
    {
        std::vector<std::wstring> names;
        if (!enumerate(CLUSTER_ENUM_NODE, &names, error))
            return false;
        for (const std::wstring &n : names) {
            ClusterReport::Node node;
            node.name = toUtf8(n);
            if (HNODE h = m_openNode(m_cluster, n.c_str())) {
                node.state = static_cast<int>(m_nodeState(h));
                m_closeNode(h);
            }
            out->push_back(node);
        }
        return true;
    }

    bool groups(std::vector<ClusterReport::Group> *out, std::string *error) override
    {
        std::vector<std::wstring> names;
        if (!enumerate(CLUSTER_ENUM_GROUP, &names, error))
            return false;
        for (const std::wstring &n : names) {
            ClusterReport::Group group;
            group.name = toUtf8(n);
            if (HGROUP h = m_openGroup(m_cluster, n.c_str())) {
                wchar_t owner[256];
                DWORD length = 256;
                group.state = static_cast<int>(m_groupState(h, owner, &length));
                if (group.state >= 0)
                    group.ownerNode = toUtf8(owner);
                m_closeGroup(h);
            }
            out->push_back(group);
        }
        return true;
    }

private:
    bool enumerate(DWORD type, std::vector<std::wstring> *names, std::string *error)
    {
        HCLUSENUM e = m_openEnum(m_cluster, type);
        if (!e) {
            *error = systemMessage(GetLastError());
            return false;
        }
        for (DWORD i = 0;; ++i) {
            std::wstring name(256, L'\0');
            DWORD kind = 0;
            DWORD length = static_cast<DWORD>(name.size());
            DWORD rc = m_enum(e, i, &kind, name.data(), &length);
            if (rc == ERROR_MORE_DATA) {
                name.assign(length + 1, L'\0');
                length = static_cast<DWORD>(name.size());
                rc = m_enum(e, i, &kind, name.data(), &length);
            }
            if (rc == ERROR_NO_MORE_ITEMS)
                break;
            if (rc != ERROR_SUCCESS) {
                m_closeEnum(e);
                *error = systemMessage(rc);
                return false;
            }
            name.resize(length);
            names->push_back(name);
        }
        m_closeEnum(e);
        return true;
    }

    HMODULE m_module = nullptr;
    HCLUSTER m_cluster = nullptr;
    DWORD(WINAPI *m_state)(LPCWSTR, DWORD *) = nullptr;
    HCLUSTER(WINAPI *m_open)(LPCWSTR) = nullptr;
    BOOL(WINAPI *m_close)(HCLUSTER) = nullptr;
    DWORD(WINAPI *m_info)(HCLUSTER, LPWSTR, LPDWORD, LPCLUSTERVERSIONINFO) = nullptr;
    HCLUSENUM(WINAPI *m_openEnum)(HCLUSTER, DWORD) = nullptr;
    DWORD(WINAPI *m_enum)(HCLUSENUM, DWORD, LPDWORD, LPWSTR, LPDWORD) = nullptr;
    DWORD(WINAPI *m_closeEnum)(HCLUSENUM) = nullptr;
    HNODE(WINAPI *m_openNode)(HCLUSTER, LPCWSTR) = nullptr;
    CLUSTER_NODE_STATE(WINAPI *m_nodeState)(HNODE) = nullptr;
    BOOL(WINAPI *m_closeNode)(HNODE) = nullptr;
    HGROUP(WINAPI *m_openGroup)(HCLUSTER, LPCWSTR) = nullptr;
    CLUSTER_GROUP_STATE(WINAPI *m_groupState)(HGROUP, LPWSTR, LPDWORD) = nullptr;
    BOOL(WINAPI *m_closeGroup)(HGROUP) = nullptr;
};

class RealDiskApi final : public DiskApi
{
public:
    std::uint32_t logicalDrives() override { return GetLogicalDrives(); }

    std::uint32_t driveType(char letter) override
    {
        const wchar_t root[] = {static_cast<wchar_t>(letter), L':', L'\\', 0};
        return GetDriveTypeW(root);
    }

    bool queryDevice(char letter, std::vector<std::uint8_t> *descriptor, std::string *error) override
    {
        const wchar_t device[] = {L'\\', L'\\', L'.', L'\\', static_cast<wchar_t>(letter), L':', 0};
        // No access rights are needed for this query, so it works without administrator rights too.
        HANDLE h = CreateFileW(device, 0, FILE_SHARE_READ | FILE_SHARE_WRITE, nullptr, OPEN_EXISTING, 0, nullptr);
        if (h == INVALID_HANDLE_VALUE) {
            *error = systemMessage(GetLastError());
            return false;
        }
        STORAGE_PROPERTY_QUERY query{};
        query.PropertyId = StorageDeviceProperty;
        query.QueryType = PropertyStandardQuery;
        descriptor->assign(1024, 0);
        DWORD returned = 0;
        const BOOL ok = DeviceIoControl(h, IOCTL_STORAGE_QUERY_PROPERTY, &query, sizeof query, descriptor->data(),
            static_cast<DWORD>(descriptor->size()), &returned, nullptr);
        const DWORD code = GetLastError();
        CloseHandle(h);
        if (!ok) {
            *error = systemMessage(code);
            return false;
        }
        descriptor->resize(returned);
        return true;
    }
};

} // namespace

std::string toUtf8(const std::wstring &text)
{
    if (text.empty())
        return {};
    const int n
        = WideCharToMultiByte(CP_UTF8, 0, text.data(), static_cast<int>(text.size()), nullptr, 0, nullptr, nullptr);
    std::string out(static_cast<std::size_t>(n), '\0');
    WideCharToMultiByte(CP_UTF8, 0, text.data(), static_cast<int>(text.size()), out.data(), n, nullptr, nullptr);
    return out;
}

std::wstring fromUtf8(const std::string &text)
{
    if (text.empty())
        return {};
    const int n = MultiByteToWideChar(CP_UTF8, 0, text.data(), static_cast<int>(text.size()), nullptr, 0);
    std::wstring out(static_cast<std::size_t>(n), L'\0');
    MultiByteToWideChar(CP_UTF8, 0, text.data(), static_cast<int>(text.size()), out.data(), n);
    return out;
}

RegistryRead readRegistry(const std::string &key, const std::string &name)
{
    RegistryRead r;
    r.key = key;
    r.name = name;
    const REGSAM view = underWow64() ? KEY_WOW64_64KEY : 0;
    HKEY h = nullptr;
    LONG rc = RegOpenKeyExW(HKEY_LOCAL_MACHINE, fromUtf8(key).c_str(), 0, KEY_READ | view, &h);
    if (rc != ERROR_SUCCESS) {
        r.status = rc == ERROR_FILE_NOT_FOUND ? RegistryRead::Status::Missing : RegistryRead::Status::Error;
        if (rc != ERROR_FILE_NOT_FOUND)
            r.error = systemMessage(static_cast<DWORD>(rc));
        return r;
    }
    if (name.empty()) {
        RegCloseKey(h);
        r.status = RegistryRead::Status::Ok;
        return r;
    }
    const std::wstring valueName = fromUtf8(name);
    std::vector<BYTE> data(512);
    DWORD type = 0;
    for (int attempt = 0; attempt < 4; ++attempt) {
        DWORD size = static_cast<DWORD>(data.size());
        rc = RegQueryValueExW(h, valueName.c_str(), nullptr, &type, data.data(), &size);
        if (rc == ERROR_MORE_DATA) {
            data.resize(size + 4);
            continue;
        }
        data.resize(size);
        break;
    }
    RegCloseKey(h);
    if (rc != ERROR_SUCCESS) {
        r.status = rc == ERROR_FILE_NOT_FOUND ? RegistryRead::Status::Missing : RegistryRead::Status::Error;
        if (rc != ERROR_FILE_NOT_FOUND)
            r.error = systemMessage(static_cast<DWORD>(rc));
        return r;
    }
    r.status = RegistryRead::Status::Ok;
    r.type = type;
    // Registry strings need not be terminated: take what is there, up to the first NUL.
    const std::size_t chars = data.size() / sizeof(wchar_t);
    std::wstring all(chars, L'\0');
    std::memcpy(all.data(), data.data(), chars * sizeof(wchar_t));
    switch (type) {
    case REG_SZ:
    case REG_EXPAND_SZ: r.strings.push_back(toUtf8(all.substr(0, all.find(L'\0')))); break;
    case REG_MULTI_SZ: {
        // Elements end at NULs; the list ends at the first empty element, as Windows reads it.
        std::size_t start = 0;
        while (start < all.size()) {
            std::size_t end = all.find(L'\0', start);
            if (end == std::wstring::npos)
                end = all.size();
            if (end == start)
                break;
            r.strings.push_back(toUtf8(all.substr(start, end - start)));
            start = end + 1;
        }
        break;
    }
    case REG_DWORD:
        if (data.size() >= 4)
            std::memcpy(&r.dword, data.data(), 4);
        break;
    default: break;
    }
    return r;
}

DriverFile readDriverFile(const std::string &windowsPath)
{
    FileSystemRedirectionOff redirection;
    DriverFile d;
    d.path = windowsPath;
    const std::wstring path = fromUtf8(windowsPath);
    const DWORD attributes = GetFileAttributesW(path.c_str());
    if (attributes == INVALID_FILE_ATTRIBUTES || (attributes & FILE_ATTRIBUTE_DIRECTORY)) {
        const DWORD code = GetLastError();
        d.present = false;
        if (code != ERROR_FILE_NOT_FOUND && code != ERROR_PATH_NOT_FOUND && attributes == INVALID_FILE_ATTRIBUTES)
            d.error = systemMessage(code);
        return d;
    }
    d.present = true;
    DWORD ignored = 0;
    const DWORD size = GetFileVersionInfoSizeW(path.c_str(), &ignored);
    if (size > 0) {
        std::vector<BYTE> block(size);
        VS_FIXEDFILEINFO *info = nullptr;
        UINT length = 0;
        if (GetFileVersionInfoW(path.c_str(), 0, size, block.data())
            && VerQueryValueW(block.data(), L"\\", reinterpret_cast<void **>(&info), &length) && info
            && length >= sizeof(VS_FIXEDFILEINFO) && info->dwSignature == 0xFEEF04BD) {
            d.version = formats::FileVersion::fromMsLs(info->dwFileVersionMS, info->dwFileVersionLS).toString();
            d.versionSource = "GetFileVersionInfoW";
            return d;
        }
    }
    const std::string windowsError = systemMessage(GetLastError());
    Win32FileSource source(path);
    if (!source.isOpen()) {
        d.error = "cannot open it: " + systemMessage(source.error());
        return d;
    }
    const formats::PeVersionInfo pe = formats::readPeVersion(source);
    if (pe.ok()) {
        d.version = pe.fileVersion.toString();
        d.versionSource = "PE reader";
    } else {
        d.error = std::string("no version: GetFileVersionInfoW: ") + windowsError + "; PE reader: "
            + formats::toString(pe.error) + (pe.errorDetail.empty() ? "" : " (" + pe.errorDetail + ")");
    }
    return d;
}

CrashDump readCrashDump(const std::string &windowsPath)
{
    FileSystemRedirectionOff redirection;
    CrashDump d;
    d.path = windowsPath;
    Win32FileSource source(fromUtf8(windowsPath));
    if (!source.isOpen()) {
        d.error = "cannot open it: " + systemMessage(source.error());
        return d;
    }
    const formats::CrashDumpHeader h = formats::readCrashDumpHeader(source);
    if (!h.ok()) {
        d.error = std::string(formats::toString(h.error)) + (h.errorDetail.empty() ? "" : " (" + h.errorDetail + ")");
        return d;
    }
    d.ok = true;
    d.bits = h.bits;
    d.build = h.build;
    d.bugCheckCode = h.bugCheckCode;
    d.parameters = h.parameters;
    d.dumpType = h.dumpType == formats::CrashDumpHeader::kUnset ? 0 : h.dumpType;
    d.productType = h.productType == formats::CrashDumpHeader::kUnset ? 0 : h.productType;
    return d;
}

std::unique_ptr<ClusterApi> win32ClusterApi()
{
    return std::make_unique<RealClusterApi>();
}

std::unique_ptr<DiskApi> win32DiskApi()
{
    return std::make_unique<RealDiskApi>();
}

LiveReport collectLiveReport()
{
    auto cluster = win32ClusterApi();
    auto disks = win32DiskApi();
    return collectLiveReport(*cluster, *disks);
}

LiveReport collectLiveReport(ClusterApi &cluster, DiskApi &disks)
{
    LiveReport r;
    r.collectedBy = std::string("spuw-live-probe ") + (sizeof(void *) == 8 ? "(x86_64)" : "(i686)");

    // RtlGetVersion tells the truth whatever the program's compatibility settings; GetVersionExW
    // is the fallback.
    OSVERSIONINFOEXW v{};
    v.dwOSVersionInfoSize = sizeof v;
    using RtlGetVersionFn = LONG(WINAPI *)(OSVERSIONINFOEXW *);
    if (auto fn = procAddress<RtlGetVersionFn>(GetModuleHandleW(L"ntdll.dll"), "RtlGetVersion"); fn && fn(&v) == 0) {
        r.os.ok = true;
        r.os.api = "RtlGetVersion";
    } else if (GetVersionExW(reinterpret_cast<OSVERSIONINFOW *>(&v))) {
        r.os.ok = true;
        r.os.api = "GetVersionExW";
    } else {
        r.os.error = systemMessage(GetLastError());
    }
    if (r.os.ok) {
        r.os.major = v.dwMajorVersion;
        r.os.minor = v.dwMinorVersion;
        r.os.build = v.dwBuildNumber;
        r.os.csdVersion = toUtf8(v.szCSDVersion);
        r.os.servicePackMajor = v.wServicePackMajor;
        r.os.servicePackMinor = v.wServicePackMinor;
        r.os.productType = v.wProductType;
        r.os.suiteMask = v.wSuiteMask;
    }

    wchar_t name[MAX_COMPUTERNAME_LENGTH + 1];
    DWORD length = MAX_COMPUTERNAME_LENGTH + 1;
    if (GetComputerNameW(name, &length))
        r.computerName = toUtf8(std::wstring(name, length));
    else
        r.computerNameError = systemMessage(GetLastError());
    r.systemRoot = systemRoot();

    for (const RegistryQuery &q : registryQueries())
        r.registry.push_back(readRegistry(q.key, q.name));

    const RegistryRead *image = r.find("SYSTEM\\CurrentControlSet\\Services\\Raidisk", "ImagePath");
    const std::string imagePath = image && image->status == RegistryRead::Status::Ok && !image->strings.empty()
        ? image->strings.front()
        : std::string();
    r.securePath = readDriverFile(driverPath(imagePath, r.systemRoot));

    // Crash dumps where CrashControl says; Windows' defaults where it says nothing.
    const std::string crashKey = "SYSTEM\\CurrentControlSet\\Control\\CrashControl";
    auto crashValue = [&](const char *value, const char *fallback) {
        const RegistryRead *read = r.find(crashKey, value);
        return expandEnvironment(read && read->status == RegistryRead::Status::Ok && !read->strings.empty()
                ? read->strings.front()
                : std::string(fallback));
    };
    const std::string dumpFile = crashValue("DumpFile", "%SystemRoot%\\MEMORY.DMP");
    const std::string minidumpDir = crashValue("MinidumpDir", "%SystemRoot%\\Minidump");
    {
        FileSystemRedirectionOff redirection;
        if (GetFileAttributesW(fromUtf8(dumpFile).c_str()) != INVALID_FILE_ATTRIBUTES)
            r.dumps.push_back(readCrashDump(dumpFile));
        WIN32_FIND_DATAW found;
        HANDLE find = FindFirstFileW(fromUtf8(minidumpDir + "\\*.dmp").c_str(), &found);
        if (find != INVALID_HANDLE_VALUE) {
            std::vector<std::string> files;
            do {
                if (!(found.dwFileAttributes & FILE_ATTRIBUTE_DIRECTORY))
                    files.push_back(minidumpDir + "\\" + toUtf8(found.cFileName));
            } while (FindNextFileW(find, &found));
            FindClose(find);
            for (const std::string &f : files)
                r.dumps.push_back(readCrashDump(f));
        }
    }

    r.cluster = collectCluster(cluster);
    r.volumes = collectVolumes(disks);
    return r;
}

bool setRunOnce(const std::wstring &valueName, const std::string &commandLine, std::string *error)
{
    const REGSAM view = underWow64() ? KEY_WOW64_64KEY : 0;
    HKEY h = nullptr;
    LONG rc = RegCreateKeyExW(HKEY_LOCAL_MACHINE, L"Software\\Microsoft\\Windows\\CurrentVersion\\RunOnce", 0, nullptr,
        0, KEY_SET_VALUE | view, nullptr, &h, nullptr);
    if (rc != ERROR_SUCCESS) {
        *error = "cannot open HKLM\\Software\\Microsoft\\Windows\\CurrentVersion\\RunOnce: "
            + systemMessage(static_cast<DWORD>(rc));
        return false;
    }
    const std::wstring data = fromUtf8(commandLine);
    rc = RegSetValueExW(h, valueName.c_str(), 0, REG_SZ, reinterpret_cast<const BYTE *>(data.c_str()),
        static_cast<DWORD>((data.size() + 1) * sizeof(wchar_t)));
    RegCloseKey(h);
    if (rc != ERROR_SUCCESS) {
        *error = "cannot write the RunOnce entry: " + systemMessage(static_cast<DWORD>(rc));
        return false;
    }
    return true;
}

bool removeRunOnce(const std::wstring &valueName, std::string *error)
{
    const REGSAM view = underWow64() ? KEY_WOW64_64KEY : 0;
    HKEY h = nullptr;
    LONG rc = RegOpenKeyExW(
        HKEY_LOCAL_MACHINE, L"Software\\Microsoft\\Windows\\CurrentVersion\\RunOnce", 0, KEY_SET_VALUE | view, &h);
    if (rc == ERROR_FILE_NOT_FOUND)
        return true;
    if (rc != ERROR_SUCCESS) {
        *error = "cannot open HKLM\\Software\\Microsoft\\Windows\\CurrentVersion\\RunOnce: "
            + systemMessage(static_cast<DWORD>(rc));
        return false;
    }
    rc = RegDeleteValueW(h, valueName.c_str());
    RegCloseKey(h);
    if (rc != ERROR_SUCCESS && rc != ERROR_FILE_NOT_FOUND) {
        *error = "cannot remove the RunOnce entry: " + systemMessage(static_cast<DWORD>(rc));
        return false;
    }
    return true;
}

std::optional<std::string> readRunOnce(const std::wstring &valueName)
{
    const RegistryRead r = readRegistry("Software\\Microsoft\\Windows\\CurrentVersion\\RunOnce", toUtf8(valueName));
    if (r.status != RegistryRead::Status::Ok || r.strings.empty())
        return std::nullopt;
    return r.strings.front();
}

} // namespace spuw::live

#include "LiveReportJson.h"

#include <cstdio>

namespace spuw::live {

namespace {

class Writer
{
public:
    void open(const char *key, char bracket)
    {
        prefix(key);
        m_out += bracket;
        m_first = true;
        ++m_depth;
    }
    void close(char bracket)
    {
        --m_depth;
        if (!m_first)
            newline();
        m_out += bracket;
        m_first = false;
    }
    void str(const char *key, const std::string &value)
    {
        prefix(key);
        m_out += jsonString(value);
    }
    void num(const char *key, long long value)
    {
        prefix(key);
        m_out += std::to_string(value);
    }
    void boolean(const char *key, bool value)
    {
        prefix(key);
        m_out += value ? "true" : "false";
    }
    std::string take() { return std::move(m_out) + "\n"; }

private:
    void newline()
    {
        m_out += '\n';
        m_out.append(static_cast<std::size_t>(m_depth) * 2, ' ');
    }
    void prefix(const char *key)
    {
        if (m_depth > 0) {
            if (!m_first)
                m_out += ',';
            newline();
        }
        m_first = false;
        if (key) {
            m_out += jsonString(key);
            m_out += ": ";
        }
    }

    std::string m_out;
    bool m_first = true;
    int m_depth = 0;
};

const char *statusName(RegistryRead::Status s)
{
    switch (s) {
    case RegistryRead::Status::Ok: return "ok";
    case RegistryRead::Status::Missing: return "missing";
    case RegistryRead::Status::Error: return "error";
    }
    return "error";
}

} // namespace

std::string jsonString(const std::string &text)
{
    std::string out = "\"";
    for (const char c : text) {
        switch (c) {
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        case '\n': out += "\\n"; break;
        case '\r': out += "\\r"; break;
        case '\t': out += "\\t"; break;
        default:
            if (static_cast<unsigned char>(c) < 0x20) {
                char buf[8];
                std::snprintf(buf, sizeof buf, "\\u%04x", static_cast<unsigned>(static_cast<unsigned char>(c)));
                out += buf;
            } else {
                out += c;
            }
        }
    }
    return out + "\"";
}

std::string toJson(const LiveReport &r)
{
    Writer w;
    w.open(nullptr, '{');
    w.str("schema", LiveReport::kSchema);
    w.str("collected_by", r.collectedBy);

    w.open("os", '{');
    w.boolean("ok", r.os.ok);
    w.str("api", r.os.api);
    w.num("major", r.os.major);
    w.num("minor", r.os.minor);
    w.num("build", r.os.build);
    w.str("csd_version", r.os.csdVersion);
    w.num("service_pack_major", r.os.servicePackMajor);
    w.num("service_pack_minor", r.os.servicePackMinor);
    w.num("product_type", r.os.productType);
    w.num("suite_mask", r.os.suiteMask);
    w.str("error", r.os.error);
    w.close('}');

    w.str("computer_name", r.computerName);
    w.str("computer_name_error", r.computerNameError);
    w.str("system_root", r.systemRoot);

    w.open("registry", '[');
    for (const RegistryRead &v : r.registry) {
        w.open(nullptr, '{');
        w.str("key", v.key);
        w.str("name", v.name);
        w.str("status", statusName(v.status));
        w.num("type", v.type);
        w.open("strings", '[');
        for (const std::string &s : v.strings)
            w.str(nullptr, s);
        w.close(']');
        w.num("dword", v.dword);
        w.str("error", v.error);
        w.close('}');
    }
    w.close(']');

    w.open("secure_path", '{');
    w.str("path", r.securePath.path);
    w.boolean("present", r.securePath.present);
    w.str("version", r.securePath.version);
    w.str("version_source", r.securePath.versionSource);
    w.str("error", r.securePath.error);
    w.close('}');

    w.open("dumps", '[');
    for (const CrashDump &d : r.dumps) {
        w.open(nullptr, '{');
        w.str("path", d.path);
        w.boolean("ok", d.ok);
        w.str("error", d.error);
        w.num("bits", d.bits);
        w.num("build", d.build);
        w.num("bugcheck_code", d.bugCheckCode);
        w.open("parameters", '[');
        // As strings: 64-bit parameters do not survive a JSON number's double.
        for (const std::uint64_t p : d.parameters)
            w.str(nullptr, std::to_string(p));
        w.close(']');
        w.num("dump_type", d.dumpType);
        w.num("product_type", d.productType);
        w.close('}');
    }
    w.close(']');

    w.open("cluster", '{');
    w.num("node_state", r.cluster.nodeState);
    w.boolean("clusapi_present", r.cluster.clusapiPresent);
    w.str("cluster_name", r.cluster.clusterName);
    w.boolean("enumerated", r.cluster.enumerated);
    w.open("nodes", '[');
    for (const ClusterReport::Node &n : r.cluster.nodes) {
        w.open(nullptr, '{');
        w.str("name", n.name);
        w.num("state", n.state);
        w.close('}');
    }
    w.close(']');
    w.open("groups", '[');
    for (const ClusterReport::Group &g : r.cluster.groups) {
        w.open(nullptr, '{');
        w.str("name", g.name);
        w.str("owner_node", g.ownerNode);
        w.num("state", g.state);
        w.close('}');
    }
    w.close(']');
    w.str("error", r.cluster.error);
    w.close('}');

    w.open("volumes", '[');
    for (const Volume &v : r.volumes) {
        w.open(nullptr, '{');
        w.str("root", v.root);
        w.num("drive_type", v.driveType);
        w.boolean("queried", v.queried);
        w.num("bus_type", v.busType);
        w.str("vendor", v.vendor);
        w.str("product", v.product);
        w.boolean("removable_media", v.removableMedia);
        w.str("error", v.error);
        w.close('}');
    }
    w.close(']');

    w.open("warnings", '[');
    for (const std::string &s : r.warnings)
        w.str(nullptr, s);
    w.close(']');
    w.close('}');
    return w.take();
}

} // namespace spuw::live

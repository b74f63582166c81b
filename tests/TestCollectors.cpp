#include "Collectors.h"

#include <QTest>

#include <cstring>
#include <map>

using namespace spuw::live;

namespace {

// ClusAPI's answers, scripted: each call can be made to fail.
class ScriptedCluster final : public ClusterApi
{
public:
    bool loads = true;
    bool stateOk = true;
    int state = kClusterRunning;
    bool opens = true;
    bool nodesOk = true;
    bool groupsOk = true;
    int calls = 0;

    bool load(std::string *error) override
    {
        ++calls;
        if (!loads)
            *error = "clusapi.dll is not present: The specified module could not be found (error 126)";
        return loads;
    }
    bool nodeClusterState(int *out, std::string *error) override
    {
        ++calls;
        if (!stateOk) {
            *error = "Access is denied (error 5)";
            return false;
        }
        *out = state;
        return true;
    }
    bool open(std::string *name, std::string *error) override
    {
        ++calls;
        if (!opens) {
            *error = "The RPC server is unavailable (error 1722)";
            return false;
        }
        *name = "CLUSTER1";
        return true;
    }
    bool nodes(std::vector<ClusterReport::Node> *out, std::string *error) override
    {
        ++calls;
        out->push_back({"NODE1", 2});
        if (!nodesOk) {
            *error = "broken";
            return false;
        }
        out->push_back({"NODE2", 0});
        return true;
    }
    bool groups(std::vector<ClusterReport::Group> *out, std::string *error) override
    {
        ++calls;
        if (!groupsOk) {
            *error = "broken";
            return false;
        }
        out->push_back({"Cluster Group", "NODE2", 0});
        out->push_back({"Disk Group 1", "NODE2", 0});
        return true;
    }
};

class ScriptedDisks final : public DiskApi
{
public:
    std::map<char, std::uint32_t> types;
    std::map<char, std::vector<std::uint8_t>> answers; // absent: the query fails
    std::string queried;

    std::uint32_t logicalDrives() override
    {
        std::uint32_t mask = 0;
        for (const auto &[letter, type] : types)
            mask |= 1u << (letter - 'A');
        return mask;
    }
    std::uint32_t driveType(char letter) override { return types.at(letter); }
    bool queryDevice(char letter, std::vector<std::uint8_t> *out, std::string *error) override
    {
        queried += letter;
        const auto it = answers.find(letter);
        if (it == answers.end()) {
            *error = "Access is denied (error 5)";
            return false;
        }
        *out = it->second;
        return true;
    }
};

std::vector<std::uint8_t> descriptor(int bus, const char *vendor)
{
    std::vector<std::uint8_t> d(48, 0);
    d[4] = 48;
    d[12] = 36;
    std::memcpy(d.data() + 36, vendor, std::strlen(vendor));
    d[28] = std::uint8_t(bus);
    return d;
}

} // namespace

class TestCollectors final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void runningClusterIsEnumerated()
    {
        ScriptedCluster api;
        const ClusterReport r = collectCluster(api);
        QVERIFY(r.clusapiPresent);
        QCOMPARE(r.nodeState, int(kClusterRunning));
        QVERIFY(r.enumerated);
        QCOMPARE(r.clusterName, std::string("CLUSTER1"));
        QCOMPARE(int(r.nodes.size()), 2);
        QCOMPARE(r.nodes[0].state, 2);
        QCOMPARE(r.groups[1].ownerNode, std::string("NODE2"));
        QVERIFY(r.error.empty());
    }

    void withoutClusapiTheServiceIsNotInstalled()
    {
        ScriptedCluster api;
        api.loads = false;
        const ClusterReport r = collectCluster(api);
        QVERIFY(!r.clusapiPresent);
        QCOMPARE(r.nodeState, int(kClusterNotInstalled));
        QCOMPARE(api.calls, 1); // nothing else is asked of a missing DLL
        QVERIFY(r.error.find("error 126") != std::string::npos);
    }

    void stateUnknownWhenTheQueryFails()
    {
        ScriptedCluster api;
        api.stateOk = false;
        const ClusterReport r = collectCluster(api);
        QCOMPARE(r.nodeState, -1);
        QVERIFY(r.error.find("GetNodeClusterState failed: Access is denied") != std::string::npos);
        QVERIFY(!r.enumerated);
    }

    void notInstalledOrNotConfiguredAreNotOpened_data()
    {
        QTest::addColumn<int>("state");
        QTest::newRow("not installed") << int(kClusterNotInstalled);
        QTest::newRow("not configured") << int(kClusterNotConfigured);
    }
    void notInstalledOrNotConfiguredAreNotOpened()
    {
        QFETCH(int, state);
        ScriptedCluster api;
        api.state = state;
        const ClusterReport r = collectCluster(api);
        QCOMPARE(r.nodeState, state);
        QCOMPARE(api.calls, 2);
        QVERIFY(r.error.empty());
        QVERIFY(!r.enumerated);
    }

    void stoppedServiceSaysWhy()
    {
        ScriptedCluster api;
        api.state = kClusterNotRunning;
        const ClusterReport r = collectCluster(api);
        QCOMPARE(r.nodeState, int(kClusterNotRunning));
        QVERIFY(!r.enumerated);
        QVERIFY(r.error.find("not running") != std::string::npos);
    }

    void failuresLeaveNoHalfLists_data()
    {
        QTest::addColumn<bool>("opens");
        QTest::addColumn<bool>("nodesOk");
        QTest::addColumn<bool>("groupsOk");
        QTest::addColumn<QString>("error");
        QTest::newRow("open fails") << false << true << true << "OpenCluster failed: The RPC server";
        QTest::newRow("nodes fail") << true << false << true << "nodes failed: broken";
        QTest::newRow("groups fail") << true << true << false << "groups failed: broken";
    }
    void failuresLeaveNoHalfLists()
    {
        QFETCH(bool, opens);
        QFETCH(bool, nodesOk);
        QFETCH(bool, groupsOk);
        QFETCH(QString, error);
        ScriptedCluster api;
        api.opens = opens;
        api.nodesOk = nodesOk;
        api.groupsOk = groupsOk;
        const ClusterReport r = collectCluster(api);
        QVERIFY(!r.enumerated);
        QVERIFY(r.nodes.empty()); // a half-read node list would hide a node
        QVERIFY(r.groups.empty());
        QVERIFY2(QString::fromStdString(r.error).contains(error), r.error.c_str());
    }

    void volumesOnlyDisksAreAsked()
    {
        ScriptedDisks api;
        api.types = {{'A', 2}, {'C', 3}, {'D', 5}, {'E', 3}, {'F', 3}, {'G', 4}, {'Z', 3}};
        api.answers['C'] = descriptor(3, "ATA");
        api.answers['E'] = descriptor(6, "COMPAQ");
        api.answers['F'] = {1, 2, 3}; // a descriptor too short to be one
        api.answers['A'] = descriptor(7, "USB");
        const std::vector<Volume> v = collectVolumes(api);
        QCOMPARE(int(v.size()), 7);
        QCOMPARE(QString::fromStdString(api.queried), QStringLiteral("ACEFZ")); // not the CD, not the share
        QCOMPARE(v[1].root, std::string("C:"));
        QVERIFY(v[1].queried);
        QCOMPARE(v[1].busType, 3);
        QCOMPARE(v[3].vendor, std::string("COMPAQ"));
        QCOMPARE(v[3].busType, 6);
        QVERIFY(!v[4].queried);
        QVERIFY2(v[4].error.find("shorter") != std::string::npos, v[4].error.c_str());
        QVERIFY(!v[2].queried && v[2].error.empty()); // D: the CD drive
        QVERIFY(!v[6].queried);
        QCOMPARE(v[6].error, std::string("Access is denied (error 5)"));
    }
};

QTEST_GUILESS_MAIN(TestCollectors)
#include "TestCollectors.moc"

#include "StorageDescriptor.h"

#include <QTest>

#include <cstring>
#include <vector>

using namespace spuw::live;

namespace {

// A STORAGE_DEVICE_DESCRIPTOR laid out as winioctl.h declares it.
std::vector<std::uint8_t> descriptor(int bus, const char *vendor, const char *product, std::uint32_t declaredSize = 0)
{
    std::vector<std::uint8_t> d(36, 0);
    auto put32 = [&](std::size_t at, std::uint32_t v) {
        for (int i = 0; i < 4; ++i)
            d[at + std::size_t(i)] = std::uint8_t(v >> (8 * i));
    };
    put32(0, 1);
    d[10] = 0; // not removable
    put32(28, std::uint32_t(bus));
    auto addString = [&](std::size_t offsetField, const char *text) {
        if (!text)
            return;
        put32(offsetField, std::uint32_t(d.size()));
        d.insert(d.end(), text, text + std::strlen(text) + 1);
    };
    addString(12, vendor);
    addString(16, product);
    put32(4, declaredSize ? declaredSize : std::uint32_t(d.size()));
    return d;
}

} // namespace

class TestStorageDescriptor final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesBusVendorAndProduct()
    {
        const auto d = descriptor(6, "COMPAQ  ", "HSV110 (C)COMPAQ  ");
        const StorageDescriptor s = parseStorageDescriptor(d.data(), d.size());
        QVERIFY(s.ok);
        QCOMPARE(s.busType, 6);
        QCOMPARE(s.vendor, std::string("COMPAQ")); // SCSI inquiry strings are space-padded
        QCOMPARE(s.product, std::string("HSV110 (C)COMPAQ"));
        QVERIFY(!s.removableMedia);
    }

    void absentStringsAreEmpty()
    {
        const auto d = descriptor(1, nullptr, nullptr);
        const StorageDescriptor s = parseStorageDescriptor(d.data(), d.size());
        QVERIFY(s.ok);
        QCOMPARE(s.busType, 1);
        QVERIFY(s.vendor.empty() && s.product.empty());
    }

    void shortBufferIsAnError()
    {
        const auto d = descriptor(6, "HP", "HSV200");
        const StorageDescriptor s = parseStorageDescriptor(d.data(), 20);
        QVERIFY(!s.ok);
        QVERIFY(s.error.find("20 bytes") != std::string::npos);
        QVERIFY(!parseStorageDescriptor(nullptr, 0).ok);
    }

    void stringsNeverLeaveTheDeclaredSize()
    {
        // The descriptor says it is 40 bytes: the vendor string at offset 36 is cut there, and a
        // product offset beyond it is ignored rather than read from the rest of the buffer.
        auto d = descriptor(6, "VENDORNAME", "PRODUCT", 40);
        const StorageDescriptor s = parseStorageDescriptor(d.data(), d.size());
        QVERIFY(s.ok);
        QCOMPARE(s.vendor, std::string("VEND"));
        QVERIFY(s.product.empty());
    }

    void unterminatedStringStopsAtTheBuffer()
    {
        auto d = descriptor(1, "ABCDEF", nullptr);
        d.pop_back(); // drop the NUL
        d[4] = std::uint8_t(d.size() + 100); // declared larger than the buffer
        const StorageDescriptor s = parseStorageDescriptor(d.data(), d.size());
        QVERIFY(s.ok);
        QCOMPARE(s.vendor, std::string("ABCDEF"));
    }

    void offsetsInsideTheFixedPartAreIgnored()
    {
        auto d = descriptor(1, "X", nullptr);
        d[12] = 8; // vendor "string" inside the header
        const StorageDescriptor s = parseStorageDescriptor(d.data(), d.size());
        QVERIFY(s.ok);
        QVERIFY(s.vendor.empty());
    }

    void declaredSizeTooSmall()
    {
        auto d = descriptor(1, nullptr, nullptr, 12);
        QVERIFY(!parseStorageDescriptor(d.data(), d.size()).ok);
    }

    void controlBytesAreMasked()
    {
        auto d = descriptor(1,
            "A\x01"
            "B",
            nullptr);
        QCOMPARE(parseStorageDescriptor(d.data(), d.size()).vendor, std::string("A?B"));
    }

    void busNames()
    {
        QCOMPARE(busTypeName(6), std::string("Fibre Channel"));
        QCOMPARE(busTypeName(9), std::string("iSCSI"));
        QCOMPARE(busTypeName(200), std::string("bus type 200"));
    }
};

QTEST_GUILESS_MAIN(TestStorageDescriptor)
#include "TestStorageDescriptor.moc"

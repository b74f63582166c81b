#pragma once

#include <cstddef>
#include <cstdint>
#include <fstream>
#include <string>
#include <vector>

namespace spuw::formats {

// Random access to the bytes of a file or a buffer. The readers ask only for the ranges they need,
// so a 4 GiB crash dump costs the same as a 64 KiB one.
class ByteSource
{
public:
    virtual ~ByteSource() = default;
    virtual std::uint64_t size() const = 0;
    // Reads exactly `length` bytes at `offset`; false when the range is not inside the source.
    virtual bool read(std::uint64_t offset, std::size_t length, std::uint8_t *out) = 0;
    std::uint64_t bytesRead() const { return m_bytesRead; }

protected:
    std::uint64_t m_bytesRead = 0;
};

class MemorySource final : public ByteSource
{
public:
    MemorySource(const std::uint8_t *data, std::size_t size) : m_data(data), m_size(size) { }
    std::uint64_t size() const override { return m_size; }
    bool read(std::uint64_t offset, std::size_t length, std::uint8_t *out) override;

private:
    const std::uint8_t *m_data;
    std::size_t m_size;
};

class FileSource final : public ByteSource
{
public:
    explicit FileSource(const std::string &path);
    bool isOpen() const { return m_open; }
    std::uint64_t size() const override { return m_size; }
    bool read(std::uint64_t offset, std::size_t length, std::uint8_t *out) override;

private:
    std::ifstream m_stream;
    std::uint64_t m_size = 0;
    bool m_open = false;
};

// Little-endian helpers over a byte buffer; callers check bounds first.
inline std::uint16_t le16(const std::uint8_t *p)
{
    return static_cast<std::uint16_t>(p[0] | (p[1] << 8));
}
inline std::uint32_t le32(const std::uint8_t *p)
{
    return static_cast<std::uint32_t>(p[0]) | (static_cast<std::uint32_t>(p[1]) << 8)
        | (static_cast<std::uint32_t>(p[2]) << 16) | (static_cast<std::uint32_t>(p[3]) << 24);
}
inline std::uint64_t le64(const std::uint8_t *p)
{
    return static_cast<std::uint64_t>(le32(p)) | (static_cast<std::uint64_t>(le32(p + 4)) << 32);
}

} // namespace spuw::formats

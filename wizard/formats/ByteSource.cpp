#include "ByteSource.h"

#include <cstring>

namespace spuw::formats {

bool MemorySource::read(std::uint64_t offset, std::size_t length, std::uint8_t *out)
{
    if (offset > m_size || length > m_size - offset)
        return false;
    if (length > 0)
        std::memcpy(out, m_data + offset, length);
    m_bytesRead += length;
    return true;
}

FileSource::FileSource(const std::string &path) : m_stream(path, std::ios::binary)
{
    if (!m_stream)
        return;
    m_stream.seekg(0, std::ios::end);
    const auto end = m_stream.tellg();
    if (end < 0)
        return;
    m_size = static_cast<std::uint64_t>(end);
    m_open = true;
}

bool FileSource::read(std::uint64_t offset, std::size_t length, std::uint8_t *out)
{
    if (!m_open || offset > m_size || length > m_size - offset)
        return false;
    m_stream.clear();
    m_stream.seekg(static_cast<std::streamoff>(offset));
    m_stream.read(reinterpret_cast<char *>(out), static_cast<std::streamsize>(length));
    if (static_cast<std::size_t>(m_stream.gcount()) != length)
        return false;
    m_bytesRead += length;
    return true;
}

} // namespace spuw::formats

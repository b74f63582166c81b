#pragma once

// RFC 2202's test cases for HMAC-SHA1 (section 3), as hex. Plain C++: used by the wizard's tests
// (QMessageAuthenticationCode, the protocol's RFC 2104 construction) and by spuw-win32-tests.exe
// (CryptoAPI under Wine).

#include <cstdint>
#include <string>
#include <vector>

namespace spuw::test {

struct Rfc2202Case
{
    std::string key; // hex
    std::string data; // hex
    std::string digest; // hex
};

inline std::string rfc2202Repeat(const char *hexByte, int n)
{
    std::string out;
    for (int i = 0; i < n; ++i)
        out += hexByte;
    return out;
}

inline std::string rfc2202Hex(const std::string &text)
{
    static const char digits[] = "0123456789abcdef";
    std::string out;
    for (const unsigned char c : text) {
        out += digits[c >> 4];
        out += digits[c & 15];
    }
    return out;
}

inline std::vector<Rfc2202Case> rfc2202Cases()
{
    return {
        {rfc2202Repeat("0b", 20), rfc2202Hex("Hi There"), "b617318655057264e28bc0b6fb378c8ef146be00"},
        {rfc2202Hex("Jefe"), rfc2202Hex("what do ya want for nothing?"), "effcdf6ae5eb2fa2d27416d5f184df9c259a7c79"},
        {rfc2202Repeat("aa", 20), rfc2202Repeat("dd", 50), "125d7342b9ac11cd91a39af48aa17b4f63f175d3"},
        {"0102030405060708090a0b0c0d0e0f10111213141516171819", rfc2202Repeat("cd", 50),
            "4c9007f4026250c6bc8414f9bf50c86c2d7235da"},
        {rfc2202Repeat("0c", 20), rfc2202Hex("Test With Truncation"), "4c1a03424b55e07fe7f27be1d58bb9324a9a5a04"},
        {rfc2202Repeat("aa", 80), rfc2202Hex("Test Using Larger Than Block-Size Key - Hash Key First"),
            "aa4ae5e15272d00e95705637ce8a3b55ed402112"},
        {rfc2202Repeat("aa", 80),
            rfc2202Hex("Test Using Larger Than Block-Size Key and Larger Than One Block-Size Data"),
            "e8e99d0f45237d786d6bbaa7965c7808bbff1a91"},
    };
}

inline std::vector<std::uint8_t> rfc2202Bytes(const std::string &hex)
{
    std::vector<std::uint8_t> out;
    auto nibble = [](char c) { return c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10; };
    for (std::size_t i = 0; i + 1 < hex.size(); i += 2)
        out.push_back(static_cast<std::uint8_t>(nibble(hex[i]) * 16 + nibble(hex[i + 1])));
    return out;
}

} // namespace spuw::test

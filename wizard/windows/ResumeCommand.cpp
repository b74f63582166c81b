#include "ResumeCommand.h"

namespace spuw::live {

std::string ResumeCommand::quote(const std::string &argument)
{
    if (!argument.empty() && argument.find_first_of(" \t\"") == std::string::npos)
        return argument;
    // Backslashes are literal except before a quote, where each one must be doubled; so must the
    // run of backslashes before the closing quote.
    std::string out = "\"";
    std::size_t backslashes = 0;
    for (const char c : argument) {
        if (c == '\\') {
            ++backslashes;
            continue;
        }
        if (c == '"') {
            out.append(backslashes * 2 + 1, '\\');
            out += '"';
        } else {
            out.append(backslashes, '\\');
            out += c;
        }
        backslashes = 0;
    }
    out.append(backslashes * 2, '\\');
    return out + "\"";
}

std::string ResumeCommand::build(
    const std::string &program, const std::vector<std::string> &arguments, std::string *error)
{
    // The program is always quoted: an unquoted path with spaces lets Windows try C:\Program.exe.
    std::string line = "\"" + program + "\"";
    for (const std::string &a : arguments)
        line += " " + quote(a);
    if (line.size() > kMaxLength) {
        if (error)
            *error = "the command line is " + std::to_string(line.size())
                + " characters; Windows runs RunOnce entries of at most 260: move the journal to a shorter path";
        return {};
    }
    return line;
}

} // namespace spuw::live

// SPDX-License-Identifier: MIT
#include "data/jsonfile.h"

#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <algorithm>
#include <cerrno>
#include <cmath>
#include <sys/stat.h>

namespace sim {

namespace {
const char *typeName(const nlohmann::json &v)
{
    if (v.is_number())
        return "a number";
    if (v.is_string())
        return "a string";
    if (v.is_boolean())
        return "a boolean";
    if (v.is_null())
        return "null";
    if (v.is_array())
        return "an array";
    return "an object";
}

// JSON pointer escaping (RFC 6901)
std::string escape(std::string s)
{
    for (size_t i = 0; (i = s.find('~', i)) != std::string::npos; i += 2)
        s.replace(i, 1, "~0");
    for (size_t i = 0; (i = s.find('/', i)) != std::string::npos; i += 2)
        s.replace(i, 1, "~1");
    return s;
}
} // namespace

bool blockedByPermissions(const QString &path)
{
    struct stat st { };
    return ::stat(QFile::encodeName(path).constData(), &st) != 0 && errno == EACCES;
}

QString readDataFile(const QString &path, QByteArray &bytes, qint64 maxBytes)
{
    const QFileInfo info(path);
    if (!info.exists()) {
        if (blockedByPermissions(path))
            return QStringLiteral("permission denied: a directory on the way to the file cannot be entered");
        // lstat() sees a link that stat() cannot follow: a loop, or a target that is gone
        if (info.isSymLink())
            return QStringLiteral("the file is a symbolic link that leads nowhere (a loop, or its target is missing)");
        return QStringLiteral("the file does not exist");
    }
    if (!info.isFile())
        return info.isDir() ? QStringLiteral("not a regular file (a directory)") : QStringLiteral("not a regular file");
    const auto tooBig = [&](qint64 size) {
        return QStringLiteral("the file is %1 MB; data files may be at most %2 MB")
                .arg((size + 1024 * 1024 - 1) / (1024 * 1024))
                .arg(maxBytes / (1024 * 1024));
    };
    if (info.size() > maxBytes)
        return tooBig(info.size());
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QStringLiteral("cannot be read: %1").arg(file.errorString());
    // Never more than the limit, even from a file whose size the file system does not know (or
    // that grows meanwhile); in chunks, as QFile::read(max) would allocate the whole limit.
    bytes.clear();
    bytes.reserve(qsizetype(std::min(info.size(), maxBytes)) + 1);
    char chunk[64 * 1024];
    for (;;) {
        const qint64 n = file.read(chunk, sizeof chunk);
        if (n < 0)
            return QStringLiteral("cannot be read: %1").arg(file.errorString());
        if (n == 0)
            break;
        bytes.append(chunk, qsizetype(n));
        if (bytes.size() > maxBytes) {
            bytes.clear();
            return tooBig(maxBytes + 1);
        }
    }
    return {};
}

QString lineColumnAt(const QByteArray &bytes, qsizetype offset)
{
    const qsizetype stop = std::clamp<qsizetype>(offset, 0, bytes.size());
    int line = 1;
    qsizetype lineStart = 0;
    for (qsizetype i = 0; i < stop; ++i) {
        if (bytes[i] == '\n') {
            ++line;
            lineStart = i + 1;
        }
    }
    const int column = int(QString::fromUtf8(bytes.mid(lineStart, stop - lineStart + 1)).size());
    return QStringLiteral("%1:%2").arg(line).arg(std::max(column, 1));
}

qsizetype invalidUtf8At(const QByteArray &bytes)
{
    const auto *b = reinterpret_cast<const unsigned char *>(bytes.constData());
    const qsizetype n = bytes.size();
    for (qsizetype i = 0; i < n;) {
        const unsigned c = b[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        int more = 0;
        unsigned lo = 0x80, hi = 0xBF; // allowed range of the second byte
        if (c >= 0xC2 && c <= 0xDF) {
            more = 1;
        } else if (c >= 0xE0 && c <= 0xEF) {
            more = 2;
            if (c == 0xE0)
                lo = 0xA0; // no overlong forms
            if (c == 0xED)
                hi = 0x9F; // no surrogates
        } else if (c >= 0xF0 && c <= 0xF4) {
            more = 3;
            if (c == 0xF0)
                lo = 0x90; // no overlong forms
            if (c == 0xF4)
                hi = 0x8F; // nothing beyond U+10FFFF
        } else {
            return i;
        }
        if (i + more >= n) // cut off at the end
            return i;
        if (b[i + 1] < lo || b[i + 1] > hi)
            return i;
        for (int k = 2; k <= more; ++k)
            if (b[i + k] < 0x80 || b[i + k] > 0xBF)
                return i;
        i += more + 1;
    }
    return -1;
}

namespace {

/** Offset of the bracket that opens nesting level maxDepth + 1, or -1. */
qsizetype tooDeepAt(const QByteArray &bytes, int maxDepth)
{
    int depth = 0;
    bool inString = false;
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const char c = bytes[i];
        if (inString) {
            if (c == '\\')
                ++i;
            else if (c == '"')
                inString = false;
        } else if (c == '"') {
            inString = true;
        } else if (c == '[' || c == '{') {
            if (++depth > maxDepth)
                return i;
        } else if (c == ']' || c == '}') {
            depth = std::max(0, depth - 1);
        }
    }
    return -1;
}

/**
 * Builds the document like nlohmann's own DOM parser, but never throws: every parse error
 * (out_of_range for 1e999 included, which json::parse() throws as a non-parse_error) is kept
 * with its byte offset; it also refuses nesting deeper than kMaxJsonDepth and reports
 * duplicate members, which json::parse() silently overwrites. Iterative, like the parser.
 */
class DomBuilder
{
public:
    using json = nlohmann::json;
    explicit DomBuilder(json &root) : m_root(root) { }

    bool null() { return put(nullptr) != nullptr; }
    bool boolean(bool v) { return put(v) != nullptr; }
    bool number_integer(json::number_integer_t v) { return put(v) != nullptr; }
    bool number_unsigned(json::number_unsigned_t v) { return put(v) != nullptr; }
    bool number_float(json::number_float_t v, const json::string_t &) { return put(v) != nullptr; }
    bool string(json::string_t &v) { return put(std::move(v)) != nullptr; }
    bool binary(json::binary_t &v) { return put(std::move(v)) != nullptr; }
    bool start_object(std::size_t) { return open(json::value_t::object); }
    bool start_array(std::size_t) { return open(json::value_t::array); }
    bool end_object() { return close(); }
    bool end_array() { return close(); }
    bool key(json::string_t &k)
    {
        json &obj = *m_stack.back();
        if (obj.contains(k) && duplicates.size() < 20)
            duplicates.push_back(pointer() + '/' + escape(k));
        m_key = k;
        m_member = &obj[k];
        return true;
    }
    bool parse_error(std::size_t position, const std::string &, const json::exception &ex)
    {
        errorByte = position;
        error = QString::fromUtf8(ex.what());
        return false;
    }

    bool tooDeep = false;
    std::size_t errorByte = 0; // 1-based: the byte where parsing stopped
    QString error;
    std::vector<std::string> duplicates; // JSON pointers of repeated members

private:
    template<class V>
    json *put(V &&v)
    {
        if (m_stack.empty()) {
            m_root = json(std::forward<V>(v));
            return &m_root;
        }
        json &top = *m_stack.back();
        if (top.is_array()) {
            m_path.back() = std::to_string(top.size());
            top.emplace_back(std::forward<V>(v));
            return &top.back();
        }
        m_path.back() = escape(m_key);
        *m_member = json(std::forward<V>(v));
        return m_member;
    }
    bool open(json::value_t type)
    {
        if (m_stack.size() >= size_t(kMaxJsonDepth)) {
            tooDeep = true;
            return false;
        }
        json *v = put(type);
        m_stack.push_back(v);
        m_path.emplace_back();
        return true;
    }
    bool close()
    {
        m_stack.pop_back();
        m_path.pop_back();
        return true;
    }
    std::string pointer() const
    {
        std::string p;
        for (size_t i = 0; i + 1 < m_path.size(); ++i)
            p += '/' + m_path[i];
        return p;
    }
    json &m_root;
    std::vector<json *> m_stack; // the open arrays and objects
    std::vector<std::string> m_path; // m_path[i]: where the current child of m_stack[i] sits in it
    std::string m_key;
    json *m_member = nullptr;
};

} // namespace

bool looksLikeGbk(const QByteArray &bytes)
{
    // Every byte above ASCII is part of a GBK/GB18030 character (two bytes: lead 0x81–0xFE, trail
    // 0x40–0xFE but not 0x7F; or GB18030's four), at least two of them: Chinese text saved in
    // Windows' legacy encoding.
    int pairs = 0;
    for (qsizetype i = 0, n = bytes.size(); i < n;) {
        const auto c = uchar(bytes[i]);
        if (c < 0x80) {
            ++i;
            continue;
        }
        if (c < 0x81 || c > 0xFE || i + 1 >= n)
            return false;
        const auto d = uchar(bytes[i + 1]);
        if (d >= 0x30 && d <= 0x39 && i + 3 < n) { // GB18030's four-byte form (e.g. ², ·)
            const auto e = uchar(bytes[i + 2]), f = uchar(bytes[i + 3]);
            if (e < 0x81 || e > 0xFE || f < 0x30 || f > 0x39)
                return false;
            ++pairs;
            i += 4;
            continue;
        }
        if (d < 0x40 || d > 0xFE || d == 0x7F)
            return false;
        ++pairs;
        i += 2;
    }
    return pairs >= 2;
}

std::optional<nlohmann::json> parseJson(const QByteArray &bytes, const QString &path, Problems &problems)
{
    auto fail = [&](const QString &location, const QString &message) {
        problems.push_back({Problem::Severity::Error, path, location, message});
        return std::nullopt;
    };
    if (bytes.isEmpty())
        return fail(QStringLiteral("1:1"), QStringLiteral("the file is empty"));
    nlohmann::json doc;
    DomBuilder builder(doc);
    bool ok = false;
    try {
        ok = nlohmann::json::sax_parse(bytes.begin(), bytes.end(), &builder);
    } catch (const std::exception &e) { // e.g. std::bad_alloc; the parser itself reports through the builder
        return fail({}, QStringLiteral("cannot be parsed: %1").arg(QString::fromUtf8(e.what())));
    }
    if (builder.tooDeep) {
        return fail(lineColumnAt(bytes, tooDeepAt(bytes, kMaxJsonDepth)),
                QStringLiteral("arrays and objects are nested more than %1 levels deep").arg(kMaxJsonDepth));
    }
    if (!ok) {
        // The mistakes people make most, said plainly (the parser's own text says what it read).
        const qsizetype at = std::min(qsizetype(builder.errorByte) - 1, bytes.size() - 1);
        if (const qsizetype bad = invalidUtf8At(bytes); bad >= 0 && bad <= at + 1 && looksLikeGbk(bytes))
            return fail(lineColumnAt(bytes, bad), kGbkHint);
        for (qsizetype p = std::max<qsizetype>(0, at - 1); p <= at && p + 1 < bytes.size(); ++p) {
            if (bytes[p] == '/' && (bytes[p + 1] == '/' || bytes[p + 1] == '*'))
                return fail(lineColumnAt(bytes, p), QStringLiteral("a comment: JSON allows no comments; remove it"));
        }
        if (at >= 0 && (bytes[at] == '}' || bytes[at] == ']')) {
            qsizetype p = at - 1;
            while (p >= 0 && (bytes[p] == ' ' || bytes[p] == '\n' || bytes[p] == '\r' || bytes[p] == '\t'))
                --p;
            if (p >= 0 && bytes[p] == ',')
                return fail(lineColumnAt(bytes, p),
                        QStringLiteral("a comma before '%1': JSON allows no trailing comma; remove it")
                                .arg(QLatin1Char(bytes[at])));
        }
        QString what = builder.error;
        static const QRegularExpression prefix(
                QStringLiteral("^\\[json\\.exception[^\\]]*\\] *(parse error( at line \\d+, column \\d+)?: *)?"));
        what.remove(prefix);
        return fail(lineColumnAt(bytes, qsizetype(builder.errorByte) - 1), what);
    }
    if (!builder.duplicates.empty()) {
        for (const auto &p : builder.duplicates)
            problems.push_back({Problem::Severity::Error, path, QString::fromStdString(p),
                    QStringLiteral("the member appears more than once in its object")});
        return std::nullopt;
    }
    return doc;
}

std::optional<nlohmann::json> readJsonFile(const QString &path, Problems &problems, qint64 maxBytes)
{
    QByteArray bytes;
    if (const QString why = readDataFile(path, bytes, maxBytes); !why.isEmpty()) {
        problems.push_back({Problem::Severity::Error, path, {}, why});
        return std::nullopt;
    }
    return parseJson(bytes, path, problems);
}

void JsonChecker::error(const std::string &pointer, const QString &message)
{
    m_problems.push_back({Problem::Severity::Error, m_file, QString::fromStdString(pointer.empty() ? "/" : pointer), message});
}

void JsonChecker::warning(const std::string &pointer, const QString &message)
{
    m_problems.push_back({Problem::Severity::Warning, m_file, QString::fromStdString(pointer.empty() ? "/" : pointer), message});
}

std::string JsonChecker::child(const std::string &ptr, const char *key)
{
    return ptr + "/" + escape(key);
}

std::string JsonChecker::child(const std::string &ptr, size_t index)
{
    return ptr + "/" + std::to_string(index);
}

bool JsonChecker::object(const json &value, const std::string &ptr, std::initializer_list<const char *> allowed)
{
    if (!value.is_object()) {
        error(ptr, QStringLiteral("expected an object, found %1").arg(QLatin1String(typeName(value))));
        return false;
    }
    for (const auto &[key, v] : value.items()) {
        if (key == "$schema")
            continue;
        bool known = false;
        for (const char *a : allowed)
            known = known || key == a;
        if (!known)
            error(child(ptr, key.c_str()), QStringLiteral("unknown member \"%1\"").arg(QString::fromStdString(key)));
    }
    return true;
}

const nlohmann::json *JsonChecker::member(const json &obj, const char *key, const std::string &ptr, bool required)
{
    if (!obj.is_object())
        return nullptr;
    const auto it = obj.find(key);
    if (it == obj.end()) {
        if (required)
            error(ptr, QStringLiteral("missing required member \"%1\"").arg(QLatin1String(key)));
        return nullptr;
    }
    return &*it;
}

std::optional<QString> JsonChecker::string(const json &obj, const char *key, const std::string &ptr, bool required)
{
    const json *v = member(obj, key, ptr, required);
    if (!v)
        return std::nullopt;
    const std::string p = child(ptr, key);
    if (!v->is_string()) {
        error(p, QStringLiteral("expected a string, found %1").arg(QLatin1String(typeName(*v))));
        return std::nullopt;
    }
    const QString s = QString::fromStdString(v->get<std::string>());
    if (s.trimmed().isEmpty()) {
        error(p, QStringLiteral("empty string"));
        return std::nullopt;
    }
    if (s.trimmed() != s) {
        error(p, QStringLiteral("leading or trailing white space"));
        return std::nullopt;
    }
    return s;
}

std::optional<QString> JsonChecker::nullableString(const json &obj, const char *key, const std::string &ptr)
{
    const json *v = member(obj, key, ptr, false);
    if (!v || v->is_null())
        return std::nullopt;
    return string(obj, key, ptr);
}

std::optional<double> JsonChecker::number(const json &obj, const char *key, const std::string &ptr, bool required)
{
    const json *v = member(obj, key, ptr, required);
    if (!v)
        return std::nullopt;
    if (!v->is_number()) {
        error(child(ptr, key), QStringLiteral("expected a number, found %1").arg(QLatin1String(typeName(*v))));
        return std::nullopt;
    }
    const double d = v->get<double>();
    if (!std::isfinite(d)) {
        error(child(ptr, key), QStringLiteral("the number is out of range"));
        return std::nullopt;
    }
    return d;
}

std::optional<int> JsonChecker::nullableInt(const json &obj, const char *key, const std::string &ptr, bool required)
{
    const json *v = member(obj, key, ptr, required);
    if (!v || v->is_null())
        return std::nullopt;
    if (!v->is_number_integer() || v->get<long long>() < -1000000000 || v->get<long long>() > 1000000000) {
        error(child(ptr, key), QStringLiteral("expected a whole number or null, found %1").arg(QLatin1String(typeName(*v))));
        return std::nullopt;
    }
    return int(v->get<long long>());
}

const nlohmann::json *JsonChecker::array(const json &obj, const char *key, const std::string &ptr, bool required)
{
    const json *v = member(obj, key, ptr, required);
    if (!v)
        return nullptr;
    if (!v->is_array()) {
        error(child(ptr, key), QStringLiteral("expected an array, found %1").arg(QLatin1String(typeName(*v))));
        return nullptr;
    }
    return v;
}

std::optional<QString> JsonChecker::oneOf(
        const json &obj, const char *key, const std::string &ptr, std::initializer_list<const char *> choices)
{
    QStringList names;
    for (const char *c : choices)
        names << QLatin1String(c);
    return oneOf(obj, key, ptr, names);
}

std::optional<QString> JsonChecker::oneOf(const json &obj, const char *key, const std::string &ptr, const QStringList &choices)
{
    auto s = string(obj, key, ptr);
    if (!s)
        return std::nullopt;
    if (choices.contains(*s))
        return s;
    error(child(ptr, key), QStringLiteral("\"%1\" is not one of: %2").arg(*s, choices.join(QStringLiteral(", "))));
    return std::nullopt;
}

} // namespace sim

// SPDX-License-Identifier: MIT
#pragma once

#include "data/problem.h"

#include <QString>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>

namespace sim {

/** The largest data file (JSON, GeoJSON, source text) the program reads. */
inline constexpr qint64 kMaxDataFileBytes = 64 * 1024 * 1024;
/** The deepest nesting of arrays and objects a JSON data file may have. */
inline constexpr int kMaxJsonDepth = 64;

/**
 * Reads a whole regular file of at most maxBytes into `bytes`. Returns an empty string on success,
 * else why not ("the file does not exist", "the file is 100 MB; data files may be at most 64 MB", …).
 */
QString readDataFile(const QString &path, QByteArray &bytes, qint64 maxBytes = kMaxDataFileBytes);

/** Whether `path` cannot be looked at because a directory on the way cannot be entered (EACCES). */
bool blockedByPermissions(const QString &path);

/** "line:column" of a byte offset (0-based) in a text; the column counts characters, not bytes. */
QString lineColumnAt(const QByteArray &bytes, qsizetype offset);

/** Offset of the first byte that is not part of well-formed UTF-8 (RFC 3629), or -1. */
qsizetype invalidUtf8At(const QByteArray &bytes);

/**
 * Whether text that is not UTF-8 reads as GBK/GB18030 (Chinese saved in Windows' legacy encoding):
 * every non-ASCII byte is part of a two-byte GBK character, and there are at least two.
 */
bool looksLikeGbk(const QByteArray &bytes);

/** The message for ill-formed UTF-8 that looksLikeGbk(). */
inline const QString kGbkHint = QStringLiteral("ill-formed UTF-8: the text looks like GBK-encoded Chinese; save it as UTF-8");

/** Reads a JSON file; syntax errors (invalid UTF-8 included) are reported with line and column. */
std::optional<nlohmann::json> readJsonFile(const QString &path, Problems &problems, qint64 maxBytes = kMaxDataFileBytes);

/**
 * Parses JSON text read from `path` (used in problems only). Syntax errors, numbers out of range,
 * duplicate object members and nesting deeper than kMaxJsonDepth are reported; a UTF-8 byte order
 * mark and CRLF line ends are accepted. Never throws.
 */
std::optional<nlohmann::json> parseJson(const QByteArray &bytes, const QString &path, Problems &problems);

/**
 * Typed, reporting access to a parsed JSON document. Every accessor takes the JSON pointer of
 * what it reads so that problems name the exact place; nothing throws, every problem is recorded.
 */
class JsonChecker
{
public:
    using json = nlohmann::json;
    JsonChecker(QString file, Problems &problems) : m_file(std::move(file)), m_problems(problems) { }

    void error(const std::string &pointer, const QString &message);
    void warning(const std::string &pointer, const QString &message);

    /** obj must be an object; reports members not in `allowed` ("$schema" is always allowed). */
    bool object(const json &value, const std::string &ptr, std::initializer_list<const char *> allowed);
    /** The member, or nullptr (reported when required). */
    const json *member(const json &obj, const char *key, const std::string &ptr, bool required = true);
    /** A non-empty string (surrounding white space is an error too). */
    std::optional<QString> string(const json &obj, const char *key, const std::string &ptr, bool required = true);
    /** A string that is null or absent → nullopt without error. */
    std::optional<QString> nullableString(const json &obj, const char *key, const std::string &ptr);
    std::optional<double> number(const json &obj, const char *key, const std::string &ptr, bool required = true);
    /** A whole number, or null (→ nullopt; absent is reported when required). */
    std::optional<int> nullableInt(const json &obj, const char *key, const std::string &ptr, bool required = true);
    /** An array member (absent → reported when required; returns nullptr). */
    const json *array(const json &obj, const char *key, const std::string &ptr, bool required = true);
    /** One of the given strings. */
    std::optional<QString> oneOf(
            const json &obj, const char *key, const std::string &ptr, std::initializer_list<const char *> choices);
    /** The same, with the choices as a list (text/vocabulary.h's kinds). */
    std::optional<QString> oneOf(const json &obj, const char *key, const std::string &ptr, const QStringList &choices);

    static std::string child(const std::string &ptr, const char *key);
    static std::string child(const std::string &ptr, size_t index);

    [[nodiscard]] const QString &file() const { return m_file; }

private:
    QString m_file;
    Problems &m_problems;
};

} // namespace sim

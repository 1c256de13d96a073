// SPDX-License-Identifier: MIT
#include "jsonfile.h"

#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <cmath>

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

std::optional<nlohmann::json> readJsonFile(const QString &path, Problems &problems, qint64 maxBytes)
{
    auto fail = [&](const QString &location, const QString &message) {
        problems.push_back({Problem::Severity::Error, path, location, message});
        return std::nullopt;
    };
    const QFileInfo info(path);
    if (!info.exists())
        return fail({}, QStringLiteral("the file does not exist"));
    if (!info.isFile())
        return fail({}, QStringLiteral("not a regular file"));
    if (info.size() > maxBytes)
        return fail({}, QStringLiteral("the file is %1 MB; data files may be at most %2 MB")
                            .arg(info.size() / (1024 * 1024)).arg(maxBytes / (1024 * 1024)));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail({}, QStringLiteral("cannot be read: %1").arg(file.errorString()));
    const QByteArray bytes = file.readAll();
    if (file.error() != QFileDevice::NoError)
        return fail({}, QStringLiteral("cannot be read: %1").arg(file.errorString()));
    try {
        return nlohmann::json::parse(bytes.begin(), bytes.end());
    } catch (const nlohmann::json::parse_error &e) {
        // Line and column of the byte where parsing stopped (e.byte is 1-based).
        const qsizetype stop = std::clamp<qsizetype>(qsizetype(e.byte) - 1, 0, bytes.size());
        int line = 1;
        qsizetype lineStart = 0;
        for (qsizetype i = 0; i < stop; ++i) {
            if (bytes[i] == '\n') {
                ++line;
                lineStart = i + 1;
            }
        }
        const int column = int(QString::fromUtf8(bytes.mid(lineStart, stop - lineStart + 1)).size());
        QString what = QString::fromUtf8(e.what());
        static const QRegularExpression prefix(QStringLiteral("^\\[json\\.exception[^\\]]*\\] *parse error( at line \\d+, column \\d+)?: *"));
        what.remove(prefix);
        if (bytes.isEmpty())
            what = QStringLiteral("the file is empty");
        return fail(QStringLiteral("%1:%2").arg(line).arg(std::max(column, 1)), what);
    }
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

std::optional<QString> JsonChecker::oneOf(const json &obj, const char *key, const std::string &ptr,
                                          std::initializer_list<const char *> choices)
{
    auto s = string(obj, key, ptr);
    if (!s)
        return std::nullopt;
    QStringList names;
    for (const char *c : choices) {
        if (*s == QLatin1String(c))
            return s;
        names << QLatin1String(c);
    }
    error(child(ptr, key), QStringLiteral("\"%1\" is not one of: %2").arg(*s, names.join(QStringLiteral(", "))));
    return std::nullopt;
}

} // namespace sim

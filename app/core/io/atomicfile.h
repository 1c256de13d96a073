// SPDX-License-Identifier: MIT
#pragma once

#include <QIODevice>
#include <QString>

#include <functional>
#include <optional>

namespace sim {

/**
 * Writes `path` atomically: `write` fills a temporary file beside it (QSaveFile), which replaces
 * `path` only when `write` reported no error and every byte reached the file system. On any
 * failure nothing is left at `path` but what was there before. Returns "Could not write PATH:
 * why" (the path absolute, with native separators), or std::nullopt on success.
 * `write` returns its own error (without the path), or std::nullopt.
 */
std::optional<QString> writeFileAtomically(const QString &path, const std::function<std::optional<QString>(QIODevice &)> &write);

/** "Could not write PATH: why", the way every writer of the application says it. */
QString couldNotWrite(const QString &path, const QString &why);

/**
 * Passes writes on to another device and remembers whether one failed, for writers that do not
 * check (QPdfWriter, QSvgGenerator): ask failed() when done.
 */
class CheckedDevice final : public QIODevice
{
public:
    explicit CheckedDevice(QIODevice &target) : m_target(target) { open(QIODevice::WriteOnly); }
    [[nodiscard]] bool failed() const { return m_failed; }
    [[nodiscard]] QString reason() const;

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *data, qint64 size) override;

private:
    QIODevice &m_target;
    bool m_failed = false;
};

} // namespace sim

// SPDX-License-Identifier: MIT
#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

namespace sim {

/** What a district summary (the PDF report) is made with. */
struct ReportOptions {
    enum class Language { Zh, En, Both }; ///< Both: every heading and item in Chinese, then English
    Language language = Language::Both;
    QDateTime generated; ///< printed in the footer; invalid: now
};

/** "zh", "en", "both" → the language; anything else: std::nullopt. */
std::optional<ReportOptions::Language> reportLanguageFromString(const QString &text);

} // namespace sim

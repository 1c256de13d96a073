// SPDX-License-Identifier: MIT
#include "report/filenames.h"

namespace sim {

QString sanitizeFileName(const QString &name)
{
    QString out;
    out.reserve(name.size());
    for (const QChar c : name) {
        const char16_t u = c.unicode();
        if (u < 0x20 || u == 0x7f || c.isSpace() || QStringView(u"<>:\"/\\|?*").contains(c))
            out += QLatin1Char('-');
        else if (u == u'\'' || u == 0x2019 || u == 0x2018 || u == u'`')
            continue; // Jing'an → Jingan
        else if (c.category() == QChar::Other_Format || c.category() == QChar::Other_NotAssigned)
            continue;
        else
            out += c;
    }
    // No runs of dashes; no dots or dashes at either end (hidden files, Windows trims dots).
    while (out.contains(QLatin1String("--")))
        out.replace(QLatin1String("--"), QLatin1String("-"));
    auto trimmable = [](QChar c) { return c == QLatin1Char('-') || c == QLatin1Char('.'); };
    while (!out.isEmpty() && trimmable(out.front()))
        out.remove(0, 1);
    while (!out.isEmpty() && trimmable(out.back()))
        out.chop(1);
    if (out.size() > 120) {
        out.truncate(120);
        if (out.back().isHighSurrogate())
            out.chop(1);
        while (!out.isEmpty() && trimmable(out.back()))
            out.chop(1);
    }
    static const QStringList reserved = {QStringLiteral("CON"), QStringLiteral("PRN"), QStringLiteral("AUX"),
            QStringLiteral("NUL"), QStringLiteral("COM1"), QStringLiteral("COM2"), QStringLiteral("COM3"), QStringLiteral("COM4"),
            QStringLiteral("COM5"), QStringLiteral("COM6"), QStringLiteral("COM7"), QStringLiteral("COM8"),
            QStringLiteral("COM9"), QStringLiteral("LPT1"), QStringLiteral("LPT2"), QStringLiteral("LPT3"),
            QStringLiteral("LPT4"), QStringLiteral("LPT5"), QStringLiteral("LPT6"), QStringLiteral("LPT7"),
            QStringLiteral("LPT8"), QStringLiteral("LPT9")};
    const QString stem = out.section(QLatin1Char('.'), 0, 0);
    if (reserved.contains(stem, Qt::CaseInsensitive))
        out.prepend(QLatin1Char('_'));
    if (out.isEmpty())
        out = QStringLiteral("district");
    return out;
}

QString suggestedReportFileName(const District &district, ReportOptions::Language language)
{
    QString stem;
    switch (language) {
    case ReportOptions::Language::Zh:
        stem = district.name.zh;
        break;
    case ReportOptions::Language::En:
        stem = district.name.en;
        break;
    case ReportOptions::Language::Both:
        stem = district.name.zh + QLatin1Char('-') + district.name.en;
        break;
    }
    if (stem.trimmed().isEmpty())
        stem = district.id;
    // Sanitise the name alone, so the suffix always survives truncation.
    return sanitizeFileName(sanitizeFileName(stem).left(90) + QStringLiteral("-innovation-summary.pdf"));
}

QString atlasReportFileName(const District &district)
{
    return sanitizeFileName(sanitizeFileName(district.id).left(90) + QStringLiteral("-innovation-summary.pdf"));
}

QString suggestedCompareFileName(const District &a, const District &b, ReportOptions::Language language)
{
    auto name = [language](const District &d) {
        QString n = language == ReportOptions::Language::En ? d.name.en : d.name.zh;
        return n.trimmed().isEmpty() ? d.id : n;
    };
    const QString stem = sanitizeFileName(name(a)).left(50) + QStringLiteral("-vs-") + sanitizeFileName(name(b)).left(50);
    return sanitizeFileName(stem + QStringLiteral("-innovation-comparison.pdf"));
}

} // namespace sim

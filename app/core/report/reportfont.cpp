// SPDX-License-Identifier: MIT
#include "report/reportfont.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QStandardPaths>

namespace sim {

namespace {

bool haveGuiApp()
{
    return qobject_cast<QGuiApplication *>(QCoreApplication::instance()) != nullptr;
}

QString familyOf(int id)
{
    const QStringList families = QFontDatabase::applicationFontFamilies(id);
    for (const QString &f : families)
        if (f.compare(QLatin1String("WenQuanYi Micro Hei"), Qt::CaseInsensitive) == 0)
            return f;
    for (const QString &f : families)
        if (!f.contains(QLatin1String("Mono"), Qt::CaseInsensitive))
            return f;
    return families.value(0);
}

ReportFont findReportFont()
{
    ReportFont font;
    const QString override = qEnvironmentVariable("SIM_REPORT_FONT");
    if (!override.isEmpty()) {
        const int id = QFileInfo::exists(override) ? QFontDatabase::addApplicationFont(override) : -1;
        if (id < 0 || familyOf(id).isEmpty()) {
            font.error = QStringLiteral("SIM_REPORT_FONT=%1: not a font file that can be loaded").arg(override);
            return font;
        }
        font.family = familyOf(id);
        font.file = override;
        return font;
    }

    // WenQuanYi Micro Hei: where Debian/Ubuntu, Fedora and Arch put it, then any font directory.
    const QStringList names = {QStringLiteral("wqy-microhei.ttc"), QStringLiteral("wqy-microhei.ttf")};
    QStringList files;
    for (const char *dir : {"/usr/share/fonts/truetype/wqy", "/usr/share/fonts/wqy-microhei",
                 "/usr/share/fonts/wenquanyi/wqy-microhei", "/usr/share/fonts/wenquanyi"})
        for (const QString &n : names)
            files << QLatin1String(dir) + QLatin1Char('/') + n;
    QStringList dirs = QStandardPaths::standardLocations(QStandardPaths::FontsLocation);
    dirs << QStringLiteral("/usr/share/fonts") << QStringLiteral("/usr/local/share/fonts")
         << QDir::homePath() + QStringLiteral("/.local/share/fonts") << QDir::homePath() + QStringLiteral("/.fonts");
    auto tryFile = [&font](const QString &file) {
        if (!QFileInfo(file).isFile())
            return false;
        const int id = QFontDatabase::addApplicationFont(file);
        if (id < 0 || familyOf(id).isEmpty())
            return false;
        font.family = familyOf(id);
        font.file = file;
        return true;
    };
    for (const QString &f : files)
        if (tryFile(f))
            return font;
    for (const QString &dir : dirs) {
        QDirIterator it(dir, names, QDir::Files, QDirIterator::Subdirectories | QDirIterator::FollowSymlinks);
        while (it.hasNext())
            if (tryFile(it.next()))
                return font;
    }

    // A fallback: any font that covers Simplified Chinese (the text layer may not extract exactly).
    const QStringList chinese = QFontDatabase::families(QFontDatabase::SimplifiedChinese);
    auto pick = [&chinese](const char *part) {
        for (const QString &f : chinese)
            if (f.contains(QLatin1String(part), Qt::CaseInsensitive))
                return f;
        return QString();
    };
    QString family = pick("WenQuanYi Micro Hei");
    if (family.isEmpty()) {
        for (const char *part : {"WenQuanYi", "Source Han Sans", "Noto Sans CJK", "Noto Sans SC", "PingFang", "Microsoft YaHei",
                     "SimHei", "SimSun", "Droid Sans Fallback"}) {
            family = pick(part);
            if (!family.isEmpty())
                break;
        }
        if (family.isEmpty() && !chinese.isEmpty())
            family = chinese.front();
        if (!family.isEmpty())
            font.warning = QStringLiteral("WenQuanYi Micro Hei was not found; the PDF uses \"%1\", whose text may not be "
                                          "extracted exactly (some ideographs can come out as Kangxi radicals). "
                                          "Install fonts-wqy-microhei or set SIM_REPORT_FONT.")
                                   .arg(family);
    }
    if (family.isEmpty()) {
        font.error = QStringLiteral("no font with Chinese characters was found for the PDF: install WenQuanYi Micro Hei "
                                    "(Debian/Ubuntu: fonts-wqy-microhei, Fedora: wqy-microhei-fonts, Arch: wqy-microhei) "
                                    "or set SIM_REPORT_FONT to a .ttf/.ttc file");
        return font;
    }
    font.family = family;
    return font;
}

} // namespace

const ReportFont &reportFont()
{
    static const ReportFont noApp = [] {
        ReportFont f;
        f.error = QStringLiteral("the PDF report needs a QGuiApplication (fonts)");
        return f;
    }();
    if (!haveGuiApp())
        return noApp;
    static const ReportFont font = [] {
        ReportFont f = findReportFont();
        if (f.error.isEmpty()) {
            const QStringList all = QFontDatabase::families();
            for (const char *latin : {"DejaVu Sans", "Noto Sans", "Liberation Sans", "Arial", "Helvetica Neue", "Helvetica"}) {
                if (all.contains(QLatin1String(latin), Qt::CaseInsensitive)) {
                    f.latinFamily = QLatin1String(latin);
                    break;
                }
            }
        }
        if (!f.warning.isEmpty())
            qWarning("%s", qPrintable(f.warning));
        return f;
    }();
    return font;
}

} // namespace sim

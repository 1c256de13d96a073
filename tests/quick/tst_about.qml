// SPDX-License-Identifier: MIT
// The About box (issue 18): opened from the toolbar, it shows the version, the Qt and GDAL
// versions, the code's licence, the data directory, every source of the loaded data with its
// licence, and the caveat on the bundled boundaries — in both languages.
import QtQuick
import QtTest
import ShanghaiInnovationMap

Item {
    id: root
    width: 1400
    height: 860

    MainView {
        id: view
        anchors.fill: parent
    }

    TestCase {
        name: "About"
        when: windowShown

        function cleanup() {
            const dialog = findChild(view, "aboutDialog")
            if (dialog && dialog.visible)
                dialog.close()
            App.session.language = "zh"
        }

        function openAbout() {
            const button = findChild(view, "aboutButton")
            verify(button, "the toolbar has an About button")
            mouseClick(button)
            const dialog = findChild(view, "aboutDialog")
            verify(dialog)
            tryCompare(dialog, "opened", true)
            return dialog
        }

        function test_versions_licences_and_data_directory() {
            App.session.language = "en"
            const dialog = openAbout()
            compare(dialog.title, "About Shanghai Innovation Map")
            const version = findChild(dialog.contentItem, "aboutVersion").text
            verify(/^Version [0-9]+\.[0-9]+\.[0-9]+( \(git [^)]+\))?$/.test(version), version)
            verify(version.indexOf(AppInfo.version) > 0, version)
            const libs = findChild(dialog.contentItem, "aboutLibraries").text
            verify(/^Qt 6\.[0-9]+\.[0-9]+.* · GDAL [0-9]+\.[0-9]+/.test(libs), libs)
            compare(findChild(dialog.contentItem, "aboutCodeLicence").text, "The program's code is under the MIT licence.")
            const dir = findChild(dialog.contentItem, "aboutDataDir").text
            compare(dir, App.session.dataDir)
            verify(dir.endsWith("/data"), dir)
            // one line per source of the loaded dataset, each with its licence
            const sources = findChild(dialog.contentItem, "aboutSources")
            compare(sources.count, 3)
            compare(sources.count, App.session.sourceLines.length)
            verify(sources.itemAt(2).text.indexOf("the geometry comes from Amap, whose terms are not an open-data licence") > 0,
                   sources.itemAt(2).text)
            verify(sources.itemAt(1).text.indexOf("Official statistics, cited with attribution") > 0, sources.itemAt(1).text)
            const caveat = findChild(dialog.contentItem, "aboutAmapCaveat").text
            verify(caveat.indexOf("Amap's terms are not an open-data licence") > 0, caveat)
            dialog.close()
            tryCompare(dialog, "visible", false)
        }

        function test_in_chinese() {
            App.session.language = "zh"
            const dialog = openAbout()
            compare(dialog.title, "关于上海创新地图")
            verify(findChild(dialog.contentItem, "aboutVersion").text.startsWith("版本 "))
            compare(findChild(dialog.contentItem, "aboutCodeLicence").text, "本程序的代码采用 MIT 许可证。")
            const sources = findChild(dialog.contentItem, "aboutSources")
            verify(sources.itemAt(2).text.indexOf("边界几何来自高德，其条款并非开放数据许可") > 0, sources.itemAt(2).text)
            verify(findChild(dialog.contentItem, "aboutAmapCaveat").text.indexOf("高德的条款并非开放数据许可") >= 0)
        }
    }
}

// SPDX-License-Identifier: MIT
// Export PDF from the app (issues 5 and 6): the panel's and the compare view's "Export PDF…"
// buttons, the suggested file names, and the App.exporter invokables the save dialogs call —
// with a temporary file URL. The save dialog itself, opened and typed at: tst_savedialog.qml.
import QtCore
import QtQuick
import QtTest
import ShanghaiInnovationMap
import TestSupport

Item {
    id: root
    width: 1400
    height: 860

    MainView {
        id: view
        anchors.fill: parent
    }

    TestCase {
        name: "Export"
        when: windowShown

        readonly property string tempDir: StandardPaths.writableLocation(StandardPaths.TempLocation).toString()

        function tempFile(name) { return tempDir + "/sim-tst-export-" + name }

        function init() {
            App.session.language = "zh"
            App.selection.leaveCompare()
            App.selection.clearSelection()
            wait(50)
        }

        function test_panel_button_and_suggested_name() {
            App.selection.select(App.session.findDistrict("pudong"))
            const button = findChild(view, "exportPdfButton")
            verify(button, "the panel has an Export PDF button")
            tryVerify(() => findChild(view, "districtPanel").visible && button.visible && button.width > 0)
            // the save dialog is made on first use, for the selected district, in a folder that
            // exists (Documents, else home, else the current directory; it is not opened here)
            const dialog = findChild(view, "districtPanel").prepareSaveDialog()
            verify(dialog)
            compare(dialog.objectName, "exportPdfDialog")
            verify(dialog instanceof SaveDialog, "the app's own save dialog (not Qt Quick Dialogs' FileDialog)")
            compare(dialog.defaultSuffix, "pdf")
            compare(dialog.nameFilters, ["PDF 文件 (*.pdf)"])
            compare(dialog.selectedFile, App.exporter.suggestedPdfUrl())
            compare(dialog.currentFolder, App.exporter.saveFolderUrl())
            const url = App.exporter.suggestedPdfUrl().toString()
            verify(url.startsWith(App.exporter.saveFolderUrl().toString() + "/"), url)
            verify(url.startsWith("file://"), url)
            verify(decodeURIComponent(url).endsWith("/浦东新区-Pudong-New-Area-innovation-summary.pdf"), url)
            App.selection.clearSelection()
            compare(App.exporter.suggestedPdfUrl().toString(), "")
        }

        function test_export_the_selected_district() {
            App.selection.select(App.session.findDistrict("xuhui"))
            const file = tempFile("xuhui.pdf")
            TestEnv.removeFile(file)
            compare(TestEnv.fileSize(file), -1)
            compare(App.exporter.exportPdf(file), "", "no error")
            verify(TestEnv.fileSize(file) > 20000, "a PDF of " + TestEnv.fileSize(file) + " bytes")
            compare(TestEnv.fileHead(file, 5), "%PDF-")
            TestEnv.removeFile(file)
        }

        function test_export_failures_are_messages() {
            App.session.language = "en"
            compare(App.exporter.exportPdf(tempFile("none.pdf")), "No district is selected.")
            App.session.language = "zh"
            compare(App.exporter.exportPdf(tempFile("none.pdf")), "未选择任何区。")
            App.selection.select(App.session.findDistrict("pudong"))
            // The "directory" is a regular file: unwritable, even for root.
            const plain = tempFile("plain")
            compare(App.exporter.exportPdf(plain), "")
            const error = App.exporter.exportPdf(plain + "/pudong.pdf")
            verify(error.indexOf("Could not write") >= 0, error)
            compare(TestEnv.fileSize(plain + "/pudong.pdf"), -1)
            verify(App.exporter.exportPdf("https://example.com/x.pdf").length > 0, "not a local file")
            TestEnv.removeFile(plain)
        }

        function test_result_is_shown() {
            App.selection.select(App.session.findDistrict("pudong"))
            const panel = findChild(view, "districtPanel")
            tryVerify(() => panel.visible)
            panel.showExportResult("", "file:///tmp/somewhere/pudong.pdf")
            const status = findChild(view, "exportStatus")
            tryVerify(() => status.visible)
            verify(status.text.indexOf("/tmp/somewhere/pudong.pdf") >= 0, status.text)
            panel.showExportResult("Could not write /x.pdf: denied", "file:///x.pdf")
            compare(status.text, "Could not write /x.pdf: denied")
            App.selection.select(App.session.findDistrict("minhang"))
            tryVerify(() => !status.visible, 1000, "a new selection clears the message")
        }

        // After a successful export the panel offers "Open" and "Show in folder", which ask the
        // desktop to open the file, resp. its folder (caught by the test's "file" URL handler);
        // after a failed one it offers neither.
        function test_open_and_show_in_folder_after_an_export() {
            App.selection.select(App.session.findDistrict("xuhui"))
            const panel = findChild(view, "districtPanel")
            tryVerify(() => panel.visible)
            const actions = findChild(view, "exportActions")
            verify(actions)
            verify(!actions.visible, "nothing saved yet")
            const dialog = panel.prepareSaveDialog()
            const file = tempFile("open-xuhui.pdf")
            TestEnv.removeFile(file)
            dialog.saved(file) // what the dialog says when the user saves
            compare(TestEnv.fileHead(file, 5), "%PDF-")
            tryVerify(() => actions.visible && actions.width > 0)
            TestEnv.clearOpenedUrls()
            mouseClick(findChild(view, "openExportButton"))
            compare(TestEnv.openedUrls().join("\n"), file)
            mouseClick(findChild(view, "showExportButton"))
            compare(TestEnv.openedUrls().join("\n"), file + "\n" + tempDir)
            // a failed export: the error, and nothing to open
            const plain = tempFile("plain-for-open")
            compare(App.exporter.exportPdf(plain), "")
            dialog.saved(plain + "/xuhui.pdf")
            tryVerify(() => !actions.visible, 1000, "no Open / Show in folder after a failure")
            verify(findChild(view, "exportStatus").text.indexOf("Could not write") >= 0, findChild(view, "exportStatus").text)
            // … and a new successful export brings them back
            dialog.saved(file)
            tryVerify(() => actions.visible)
            TestEnv.clearOpenedUrls()
            TestEnv.removeFile(file)
            TestEnv.removeFile(plain)
        }

        // The comparison's own Export PDF… offers the same "Open" and "Show in folder".
        function test_open_and_show_in_folder_after_a_comparison_export() {
            App.selection.select(App.session.findDistrict("pudong"))
            App.selection.compareWith(App.session.findDistrict("minhang"))
            const compareView = findChild(view, "compareView")
            tryVerify(() => compareView.visible)
            const actions = findChild(view, "compareExportActions")
            verify(actions)
            verify(!actions.visible, "nothing saved yet")
            const dialog = compareView.prepareSaveDialog()
            const file = tempFile("open-pudong-minhang.pdf")
            TestEnv.removeFile(file)
            dialog.saved(file)
            compare(TestEnv.fileHead(file, 5), "%PDF-")
            tryVerify(() => actions.visible && actions.width > 0)
            TestEnv.clearOpenedUrls()
            mouseClick(findChild(view, "compareOpenExportButton"))
            compare(TestEnv.openedUrls().join("\n"), file)
            mouseClick(findChild(view, "compareShowExportButton"))
            compare(TestEnv.openedUrls().join("\n"), file + "\n" + tempDir)
            const plain = tempFile("plain-for-compare")
            compare(App.exporter.exportPdf(plain), "")
            dialog.saved(plain + "/pudong-minhang.pdf")
            tryVerify(() => !actions.visible, 1000, "no Open / Show in folder after a failure")
            verify(findChild(view, "compareExportStatus").text.indexOf("Could not write") >= 0,
                   findChild(view, "compareExportStatus").text)
            TestEnv.clearOpenedUrls()
            TestEnv.removeFile(file)
            TestEnv.removeFile(plain)
            App.selection.leaveCompare()
        }

        function test_export_the_comparison() {
            App.selection.select(App.session.findDistrict("pudong"))
            App.selection.compareWith(App.session.findDistrict("minhang"))
            tryVerify(() => findChild(view, "compareView").visible)
            const button = findChild(view, "exportComparePdf")
            verify(button && button.visible, "the compare view has an Export PDF button")
            const url = decodeURIComponent(App.exporter.suggestedComparePdfUrl().toString())
            verify(url.endsWith("/浦东新区-vs-闵行区-innovation-comparison.pdf"), url)
            const file = tempFile("pudong-minhang.pdf")
            TestEnv.removeFile(file)
            compare(App.exporter.exportComparePdf(file), "")
            verify(TestEnv.fileSize(file) > 20000, "a PDF of " + TestEnv.fileSize(file) + " bytes")
            compare(TestEnv.fileHead(file, 5), "%PDF-")
            TestEnv.removeFile(file)
            App.selection.leaveCompare()
            verify(App.exporter.exportComparePdf(file).length > 0, "nothing to compare")
        }
    }
}

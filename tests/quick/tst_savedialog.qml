// SPDX-License-Identifier: MIT
// The app's own save dialog (issue 16, app/qml/dialogs/SaveDialog.qml), in a 1000×650 window, used
// the way a user does: it opens in the exporter's folder with the proposed name (stem selected,
// focused), Enter saves and the file is written there; a name without suffix gets one; an existing
// file is only replaced after "Replace"; folders are opened from the list and left with Up; a
// missing folder typed in the path is an inline error and nothing is saved. Through all three
// callers: the panel's PDF, the Export… menu (CSV) and the comparison PDF.
import QtQuick
import QtQuick.Controls
import QtTest
import ShanghaiInnovationMap
import TestSupport

Item {
    id: root
    width: 1000
    height: 650

    MainView {
        id: view
        anchors.fill: parent
    }

    SignalSpy {
        id: savedSpy
        signalName: "saved"
    }

    TestCase {
        name: "SaveDialog"
        when: windowShown

        property var dialog: null
        property string dir: ""

        function folderUrl(path) { return "file://" + path }
        function part(name) { return findChild(dialog.contentItem, name) }
        function activeName() { return root.Window.activeFocusItem ? root.Window.activeFocusItem.objectName : "" }

        function init() {
            App.session.language = "en"
            App.selection.leaveCompare()
            App.selection.clearSelection()
            // a fresh, empty folder for each case
            dir = TestEnv.tempDir() + "/" + Math.random().toString(36).slice(2)
            verify(TestEnv.makeDir(dir))
            wait(50)
        }
        function cleanup() {
            if (dialog && dialog.visible)
                dialog.close()
            if (dialog)
                tryVerify(() => !dialog.visible)
            dialog = null
            savedSpy.clear()
            App.session.language = "zh"
        }

        /** The panel's dialog for `district`, opened in the test's folder. */
        function openPanelDialog(district) {
            App.selection.select(App.session.findDistrict(district))
            tryVerify(() => findChild(view, "districtPanel").visible)
            dialog = findChild(view, "districtPanel").prepareSaveDialog()
            dialog.currentFolder = folderUrl(dir)
            savedSpy.target = dialog
            dialog.open()
            tryVerify(() => dialog.opened)
            tryVerify(() => part("saveDialogName").activeFocus, 1000, "the name field has the focus")
        }

        function test_opens_with_the_proposed_name_in_the_exporters_folder() {
            App.selection.select(App.session.findDistrict("pudong"))
            tryVerify(() => findChild(view, "districtPanel").visible)
            dialog = findChild(view, "districtPanel").prepareSaveDialog()
            compare(dialog.objectName, "exportPdfDialog")
            savedSpy.target = dialog
            dialog.open()
            tryVerify(() => dialog.opened)
            const folder = decodeURIComponent(App.exporter.saveFolderUrl().toString()).replace(/^file:\/\//, "")
            compare(part("saveDialogPath").text, folder)
            const name = part("saveDialogName")
            compare(name.text, "浦东新区-Pudong-New-Area-innovation-summary.pdf")
            compare(name.selectedText, "浦东新区-Pudong-New-Area-innovation-summary")
            tryVerify(() => name.activeFocus)
            compare(dialog.title, "Export the district summary as PDF")
            // centred, and whole in a 1000×650 window
            verify(dialog.x >= 0 && dialog.y >= 0 && dialog.x + dialog.width <= root.width && dialog.y + dialog.height <= root.height,
                   "the dialog " + dialog.x + "," + dialog.y + " " + dialog.width + "×" + dialog.height + " fits")
            verify(Math.abs(dialog.x + dialog.width / 2 - root.width / 2) <= 1)
            verify(dialog.width >= 600 && dialog.height >= 450, dialog.width + "×" + dialog.height)
            if (TestEnv.screenshotDir !== "") {
                const image = grabImage(root)
                image.save(TestEnv.screenshotDir + "/save-dialog.png")
            }
            // Esc cancels: nothing is saved
            keyClick(Qt.Key_Escape)
            tryVerify(() => !dialog.visible)
            compare(savedSpy.count, 0)
        }

        function test_enter_saves_the_pdf_in_the_folder() {
            openPanelDialog("pudong")
            keyClick(Qt.Key_Return)
            tryVerify(() => !dialog.visible)
            compare(savedSpy.count, 1)
            const file = dir + "/浦东新区-Pudong-New-Area-innovation-summary.pdf"
            compare(decodeURIComponent(savedSpy.signalArguments[0][0].toString()), "file://" + file)
            compare(decodeURIComponent(dialog.selectedFile.toString()), "file://" + file)
            verify(TestEnv.fileSize(file) > 20000, "a PDF of " + TestEnv.fileSize(file) + " bytes")
            compare(TestEnv.fileHead(file, 5), "%PDF-")
            const status = findChild(view, "exportStatus")
            tryVerify(() => status.visible)
            compare(status.text, "Saved to " + file)
        }

        function test_typed_name_without_suffix_gets_pdf() {
            openPanelDialog("xuhui")
            // typing replaces the selected stem; the suffix stays
            for (const c of "report")
                keyClick(c)
            compare(part("saveDialogName").text, "report.pdf")
            // a name without any suffix gets .pdf
            part("saveDialogName").selectAll()
            for (const c of "plain")
                keyClick(c)
            compare(part("saveDialogName").text, "plain")
            compare(part("saveDialogTarget").text, "Saves " + dir + "/plain.pdf")
            keyClick(Qt.Key_Return)
            tryVerify(() => !dialog.visible)
            compare(decodeURIComponent(savedSpy.signalArguments[0][0].toString()), "file://" + dir + "/plain.pdf")
            compare(TestEnv.fileHead(dir + "/plain.pdf", 5), "%PDF-")
            compare(TestEnv.fileSize(dir + "/plain"), -1)
        }

        function test_an_existing_file_is_replaced_only_when_confirmed() {
            const file = dir + "/old.pdf"
            verify(TestEnv.writeText(file, "the user's old file", true))
            openPanelDialog("pudong")
            part("saveDialogName").selectAll()
            for (const c of "old")
                keyClick(c)
            keyClick(Qt.Key_Return)
            const question = part("saveDialogReplaceQuestion")
            tryVerify(() => question.visible)
            compare(question.text, "“old.pdf” already exists. Replace it?")
            compare(activeName(), "saveDialogReplace")
            compare(savedSpy.count, 0)
            // Esc takes the question back (the dialog stays)
            keyClick(Qt.Key_Escape)
            tryVerify(() => !question.visible)
            verify(dialog.visible)
            compare(activeName(), "saveDialogName")
            // Cancel keeps the old file as it was
            keyClick(Qt.Key_Return)
            tryVerify(() => question.visible)
            mouseClick(part("saveDialogKeep"))
            tryVerify(() => !question.visible)
            verify(dialog.visible)
            compare(savedSpy.count, 0)
            compare(TestEnv.readText(file), "the user's old file")
            // Replace writes the PDF over it
            keyClick(Qt.Key_Return)
            tryVerify(() => question.visible)
            keyClick(Qt.Key_Return)
            tryVerify(() => !dialog.visible)
            compare(savedSpy.count, 1)
            compare(TestEnv.fileHead(file, 5), "%PDF-")
        }

        function test_folders_first_open_and_up() {
            verify(TestEnv.makeDir(dir + "/folder10/inner"))
            verify(TestEnv.makeDir(dir + "/folder9"))
            verify(TestEnv.makeDir(dir + "/.hidden"))
            verify(TestEnv.writeText(dir + "/b.pdf", "b", true))
            verify(TestEnv.writeText(dir + "/A.PDF", "a", true))
            verify(TestEnv.writeText(dir + "/notes.txt", "n", true))
            verify(TestEnv.writeText(dir + "/.hidden.pdf", "h", true))
            openPanelDialog("pudong")
            const list = part("saveDialogList")
            const names = []
            for (let i = 0; i < list.count; ++i)
                names.push(list.model.nameAt(i))
            compare(names, ["folder9", "folder10", "A.PDF", "b.pdf"])
            // Enter on a folder opens it
            list.forceActiveFocus()
            list.currentIndex = 1
            keyClick(Qt.Key_Return)
            tryCompare(part("saveDialogPath"), "text", dir + "/folder10")
            compare(decodeURIComponent(dialog.currentFolder.toString()), "file://" + dir + "/folder10")
            compare(list.count, 1)
            compare(list.model.nameAt(0), "inner")
            // Up goes back
            mouseClick(part("saveDialogUp"))
            tryCompare(part("saveDialogPath"), "text", dir)
            compare(list.count, 4)
            // a double-click opens a folder too
            mouseDoubleClickSequence(list.itemAtIndex(0))
            tryCompare(part("saveDialogPath"), "text", dir + "/folder9")
            mouseClick(part("saveDialogUp"))
            tryCompare(part("saveDialogPath"), "text", dir)
            // clicking a file takes its name
            mouseClick(list.itemAtIndex(3))
            compare(part("saveDialogName").text, "b.pdf")
            compare(part("saveDialogName").selectedText, "b")
            // Home
            mouseClick(part("saveDialogHome"))
            verify(part("saveDialogPath").text !== dir)
            compare(part("saveDialogFolderError").visible, false)
        }

        function test_a_missing_folder_is_an_error_and_nothing_is_saved() {
            openPanelDialog("pudong")
            const path = part("saveDialogPath")
            path.forceActiveFocus()
            path.selectAll()
            for (const c of "nope")
                keyClick(c)
            keyClick(Qt.Key_Return) // a relative path: inside the folder shown
            const error = part("saveDialogFolderError")
            tryVerify(() => error.visible)
            compare(error.text, "The folder “" + dir + "/nope” does not exist.")
            compare(part("saveDialogSave").enabled, false)
            part("saveDialogName").forceActiveFocus()
            keyClick(Qt.Key_Return)
            wait(100)
            verify(dialog.visible)
            compare(savedSpy.count, 0)
            compare(TestEnv.fileSize(dir + "/nope/浦东新区-Pudong-New-Area-innovation-summary.pdf"), -1)
            // Up from the missing folder comes back
            mouseClick(part("saveDialogUp"))
            tryCompare(path, "text", dir)
            verify(!error.visible)
            // and a file is not a folder either; a good path brings Save back
            verify(TestEnv.writeText(dir + "/plain", "x", true))
            path.text = dir + "/plain"
            path.forceActiveFocus()
            keyClick(Qt.Key_Return)
            tryCompare(error, "text", "The folder “" + dir + "/plain” does not exist.")
            path.text = dir
            keyClick(Qt.Key_Return)
            tryVerify(() => !error.visible)
            compare(part("saveDialogSave").enabled, true)
            // an empty name: Save is disabled and says why
            part("saveDialogName").text = ""
            compare(part("saveDialogSave").enabled, false)
            compare(part("saveDialogTarget").text, "Type a file name.")
            part("saveDialogName").forceActiveFocus()
            keyClick(Qt.Key_Return)
            verify(dialog.visible)
            compare(savedSpy.count, 0)
        }

        function test_tab_reaches_every_control() {
            openPanelDialog("pudong")
            part("saveDialogPath").forceActiveFocus()
            const order = []
            for (let i = 0; i < 7; ++i) {
                order.push(activeName())
                keyClick(Qt.Key_Tab)
            }
            compare(order, ["saveDialogPath", "saveDialogUp", "saveDialogHome", "saveDialogList",
                            "saveDialogName", "saveDialogSave", "saveDialogCancel"])
            compare(activeName(), "saveDialogPath", "Tab wraps round inside the dialog")
        }

        function test_chinese() {
            openPanelDialog("pudong")
            App.session.language = "zh"
            tryCompare(part("saveDialogSave"), "text", "保存")
            compare(dialog.title, "Export the district summary as PDF", "the title is set when the dialog is prepared")
        }

        function test_export_menu_csv() {
            dialog = findChild(view, "viewBar").prepareDialog("csv")
            compare(dialog.objectName, "exportDialog_csv")
            dialog.currentFolder = folderUrl(dir)
            savedSpy.target = dialog
            dialog.open()
            tryVerify(() => dialog.opened)
            compare(part("saveDialogName").text, "shanghai-districts.csv")
            compare(part("saveDialogName").selectedText, "shanghai-districts")
            tryVerify(() => part("saveDialogName").activeFocus)
            for (const c of "table")
                keyClick(c)
            keyClick(Qt.Key_Return)
            tryVerify(() => !dialog.visible)
            compare(decodeURIComponent(savedSpy.signalArguments[0][0].toString()), "file://" + dir + "/table.csv")
            const text = TestEnv.readText(dir + "/table.csv")
            verify(text.split("\n").length >= 17, "a header and 16 districts: " + text.slice(0, 200))
            verify(text.indexOf("Pudong") >= 0, text.slice(0, 200))
        }

        function test_compare_pdf() {
            App.selection.select(App.session.findDistrict("pudong"))
            App.selection.compareWith(App.session.findDistrict("minhang"))
            const compareView = findChild(view, "compareView")
            tryVerify(() => compareView.visible)
            dialog = compareView.prepareSaveDialog()
            compare(dialog.objectName, "exportComparePdfDialog")
            compare(dialog.title, "Export the comparison as PDF")
            dialog.currentFolder = folderUrl(dir)
            savedSpy.target = dialog
            dialog.open()
            tryVerify(() => dialog.opened)
            compare(part("saveDialogName").text, "浦东新区-vs-闵行区-innovation-comparison.pdf")
            tryVerify(() => part("saveDialogName").activeFocus)
            keyClick(Qt.Key_Return)
            tryVerify(() => !dialog.visible)
            const file = dir + "/浦东新区-vs-闵行区-innovation-comparison.pdf"
            verify(TestEnv.fileSize(file) > 20000, "a PDF of " + TestEnv.fileSize(file) + " bytes")
            compare(TestEnv.fileHead(file, 5), "%PDF-")
            compare(compareView.exportMessage, "Saved to " + file)
        }
    }
}

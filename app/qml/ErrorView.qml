// SPDX-License-Identifier: MIT
// Shown instead of the map when the data directory has errors: what is wrong, and where; and the
// ways out: try again, the bundled data, another folder, or importing a boundary file.
import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import ShanghaiInnovationMap

Pane {
    id: errorView
    objectName: "errorView"

    DataRecovery { id: recovery }
    /** What the last boundary import said (shown instead of the problems until the next load). */
    property var importReport: []
    property string importedDir: ""
    property bool importOk: false

    /** Loads another data directory (the problems of this one are shown if it fails too). */
    function loadFolder(dir: string) {
        importReport = []
        App.session.load(dir)
    }

    FolderDialog {
        id: folderDialog
        objectName: "openFolderDialog"
        title: qsTr("Open a data folder")
        onAccepted: errorView.loadFolder(recovery.localPath(selectedFolder))
    }
    FileDialog {
        id: boundaryFileDialog
        objectName: "importFileDialog"
        title: qsTr("Import boundaries: choose the boundary file")
        nameFilters: [qsTr("GeoJSON or JSON files (*.json *.geojson)"), qsTr("All files (*)")]
        onAccepted: importFolderDialog.open()
    }
    FolderDialog {
        id: importFolderDialog
        objectName: "importFolderDialog"
        title: qsTr("Import boundaries: choose a new, empty folder for the data")
        onAccepted: errorView.runImport(boundaryFileDialog.selectedFile, selectedFolder)
    }
    function runImport(source: url, folder: url) {
        const result = recovery.importBoundaries(source, folder)
        importOk = result.ok
        importedDir = result.dir
        importReport = result.report
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: 24
        spacing: 12
        Label {
            text: qsTr("The data could not be loaded")
            font.pixelSize: 22
            font.bold: true
        }
        Label {
            text: App.session.watching
                  ? qsTr("Nothing was loaded from %1. Fix the problems below: the files are watched, and the map appears as soon as they are valid. Or start with --data to choose another directory.").arg(App.session.dataDir)
                  : qsTr("Nothing was loaded from %1. Fix the problems below and press Try again, or start with --data to choose another directory.").arg(App.session.dataDir)
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        Flow {
            Layout.fillWidth: true
            spacing: 8
            Button {
                objectName: "retryButton"
                text: qsTr("Try again")
                onClicked: {
                    errorView.importReport = []
                    App.session.reload()
                }
            }
            Button {
                objectName: "bundledDataButton"
                text: qsTr("Use the bundled data")
                visible: App.session.dataDir !== recovery.bundledDataDir
                ToolTip.visible: hovered
                ToolTip.delay: 500
                ToolTip.text: recovery.bundledDataDir
                onClicked: errorView.loadFolder(recovery.bundledDataDir)
            }
            Button {
                objectName: "openFolderButton"
                text: qsTr("Open folder…")
                onClicked: folderDialog.open()
            }
            Button {
                objectName: "importBoundariesButton"
                text: qsTr("Import boundaries…")
                ToolTip.visible: hovered
                ToolTip.delay: 500
                ToolTip.text: qsTr("Make a new data folder from a published boundary file (DataV, ECharts, Amap) and the bundled data")
                onClicked: boundaryFileDialog.open()
            }
        }
        RowLayout {
            objectName: "importResult"
            visible: errorView.importReport.length > 0
            Layout.fillWidth: true
            Label {
                text: errorView.importOk ? qsTr("Imported into %1.").arg(errorView.importedDir)
                                         : qsTr("The boundaries were not imported.")
                font.bold: true
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            Button {
                objectName: "openImportedButton"
                visible: errorView.importOk
                text: qsTr("Open the imported data")
                onClicked: errorView.loadFolder(errorView.importedDir)
            }
        }
        ScrollView {
            Layout.fillWidth: true
            Layout.fillHeight: true
            TextArea {
                objectName: "problemList"
                readOnly: true
                selectByMouse: true
                wrapMode: TextEdit.Wrap
                font.family: "monospace"
                text: errorView.importReport.length > 0 ? errorView.importReport.join("\n") : App.session.problems.join("\n")
            }
        }
    }
}

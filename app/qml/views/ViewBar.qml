// SPDX-License-Identifier: MIT
// Above the map: which view fills the window — Map, Table or Chart (Ctrl+1/2/3) — and the Export…
// menu (the district's or the comparison's PDF, the table as XLSX or CSV, the map as PNG or SVG),
// with "Saved to …" or the error beside it.
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import ShanghaiInnovationMap

ToolBar {
    id: bar
    objectName: "viewBar"
    required property DataSession session
    required property Selection selection
    required property Choropleth choropleth
    required property Exporter exporter
    /** "map", "table" or "chart". */
    property string mode: "map"
    /** "Saved to …" or the error of the last export; "" for none. */
    property string exportMessage: ""
    property bool exportFailed: false

    readonly property var modes: ["map", "table", "chart"]

    Shortcut {
        sequence: "Ctrl+1"
        onActivated: bar.mode = "map"
    }
    Shortcut {
        sequence: "Ctrl+2"
        onActivated: bar.mode = "table"
    }
    Shortcut {
        sequence: "Ctrl+3"
        onActivated: bar.mode = "chart"
    }

    Loader {
        id: dialogLoader
        active: false // made on first use
        source: Qt.resolvedUrl("../dialogs/SaveDialog.qml")
    }
    Connections {
        target: dialogLoader.item
        function onSaved(file: url) { bar.exportTo(dialogLoader.item.objectName.replace("exportDialog_", ""), file) }
    }

    /** What an export kind is called, its file type and the name proposed for it. */
    function kindInfo(kind: string): var {
        switch (kind) {
        case "pdf": return { title: qsTr("Export the district summary as PDF"), filter: qsTr("PDF files (*.pdf)"), url: bar.exporter.suggestedPdfUrl() }
        case "compare-pdf": return { title: qsTr("Export the comparison as PDF"), filter: qsTr("PDF files (*.pdf)"), url: bar.exporter.suggestedComparePdfUrl() }
        case "xlsx": return { title: qsTr("Export the table as an Excel workbook"), filter: qsTr("Excel workbooks (*.xlsx)"), url: bar.exporter.suggestedTableUrl("xlsx") }
        case "csv": return { title: qsTr("Export the table as CSV"), filter: qsTr("CSV files (*.csv)"), url: bar.exporter.suggestedTableUrl("csv") }
        case "png": return { title: qsTr("Export the map as a PNG image"), filter: qsTr("PNG images (*.png)"), url: bar.exporter.suggestedMapUrl("png", bar.choropleth.metricKey) }
        case "svg": return { title: qsTr("Export the map as an SVG image"), filter: qsTr("SVG images (*.svg)"), url: bar.exporter.suggestedMapUrl("svg", bar.choropleth.metricKey) }
        }
        return null
    }
    /** The save dialog for an export kind, made if needed and set up (not opened). */
    function prepareDialog(kind: string): var {
        const info = kindInfo(kind)
        dialogLoader.active = true
        const dialog = dialogLoader.item
        dialog.objectName = "exportDialog_" + kind
        dialog.title = info.title
        dialog.nameFilters = [info.filter]
        dialog.defaultSuffix = kind === "compare-pdf" ? "pdf" : kind
        dialog.currentFolder = bar.exporter.saveFolderUrl()
        dialog.selectedFile = info.url
        return dialog
    }
    /** Writes an export kind to a file (the dialog calls this); returns "" or the error, also shown. */
    function exportTo(kind: string, file: url): string {
        let error = ""
        switch (kind) {
        case "pdf": error = bar.exporter.exportPdf(file); break
        case "compare-pdf": error = bar.exporter.exportComparePdf(file); break
        case "xlsx":
        case "csv": error = bar.exporter.exportTable(file); break
        case "png":
        case "svg": error = bar.exporter.exportMap(file, bar.choropleth.metricKey); break
        default: error = qsTr("Unknown export: %1").arg(kind)
        }
        exportFailed = error !== ""
        exportMessage = error !== "" ? error : qsTr("Saved to %1").arg(decodeURIComponent(file.toString().replace(/^file:\/\//, "")))
        return error
    }

    RowLayout {
        anchors.fill: parent
        anchors.leftMargin: 8
        anchors.rightMargin: 8
        spacing: 8

        TabBar {
            id: tabs
            objectName: "viewTabs"
            currentIndex: bar.modes.indexOf(bar.mode)
            Layout.preferredWidth: implicitWidth
            TabButton {
                objectName: "mapTab"
                text: qsTr("Map")
                width: implicitWidth
                leftPadding: 14
                rightPadding: 14
                onClicked: bar.mode = "map"
                ToolTip.visible: hovered
                ToolTip.text: qsTr("The map (Ctrl+1)")
            }
            TabButton {
                objectName: "tableTab"
                text: qsTr("Table")
                width: implicitWidth
                leftPadding: 14
                rightPadding: 14
                onClicked: bar.mode = "table"
                ToolTip.visible: hovered
                ToolTip.text: qsTr("Every district and metric in a sortable table (Ctrl+2)")
            }
            TabButton {
                objectName: "chartTab"
                text: qsTr("Chart")
                width: implicitWidth
                leftPadding: 14
                rightPadding: 14
                onClicked: bar.mode = "chart"
                ToolTip.visible: hovered
                ToolTip.text: qsTr("The districts ranked by the chosen metric (Ctrl+3)")
            }
        }
        Label {
            objectName: "exportMessage"
            Layout.fillWidth: true
            text: bar.exportMessage
            color: bar.exportFailed ? "#c0392b" : bar.palette.windowText
            elide: Text.ElideMiddle
            horizontalAlignment: Text.AlignRight
            font.pixelSize: 12
        }
        ToolButton {
            id: exportButton
            objectName: "exportMenuButton"
            text: qsTr("Export…")
            Accessible.name: qsTr("Export the data, the map or a summary to a file")
            onClicked: exportMenu.open()
            Menu {
                id: exportMenu
                objectName: "exportMenu"
                y: exportButton.height
                MenuItem {
                    text: qsTr("District summary (PDF)…")
                    enabled: bar.selection.selectedIndex >= 0
                    onTriggered: bar.prepareDialog("pdf").open()
                }
                MenuItem {
                    text: qsTr("Comparison (PDF)…")
                    enabled: bar.selection.compareIndex >= 0
                    onTriggered: bar.prepareDialog("compare-pdf").open()
                }
                MenuSeparator {}
                MenuItem {
                    text: qsTr("Table as Excel workbook (XLSX)…")
                    onTriggered: bar.prepareDialog("xlsx").open()
                }
                MenuItem {
                    text: qsTr("Table as CSV…")
                    onTriggered: bar.prepareDialog("csv").open()
                }
                MenuSeparator {}
                MenuItem {
                    text: qsTr("Map as PNG image…")
                    onTriggered: bar.prepareDialog("png").open()
                }
                MenuItem {
                    text: qsTr("Map as SVG image…")
                    onTriggered: bar.prepareDialog("svg").open()
                }
            }
        }
    }
}

// SPDX-License-Identifier: MIT
// Two districts side by side: names and brands in the comparison colours, a metrics table with
// values, difference, ratio and ranks, a bar chart (Qt Graphs), and the aligned profiles with
// what they share marked.
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import QtGraphs
import ShanghaiInnovationMap

Pane {
    id: view

    required property DataSession session
    required property Selection selection
    required property Exporter exporter
    objectName: "compareView"
    padding: 0

    component SideHeader: ColumnLayout {
        id: side
        required property string name
        required property string brand
        required property color accent
        required property int pickSide
        spacing: 2
        Rectangle {
            Layout.fillWidth: true
            implicitHeight: 4
            color: side.accent
        }
        Label {
            text: side.name
            font.pixelSize: 20
            font.bold: true
            color: side.accent
            Layout.fillWidth: true
            elide: Text.ElideRight
        }
        Label {
            text: side.brand
            wrapMode: Text.Wrap
            font.bold: true
            Layout.fillWidth: true
        }
        Button {
            text: view.selection.picking === side.pickSide ? qsTr("Click a district on the map…") : qsTr("Replace…")
            flat: true
            Accessible.name: qsTr("Replace %1").arg(side.name)
            onClicked: view.selection.picking = view.selection.picking === side.pickSide ? Selection.NotPicking : side.pickSide
        }
    }

    /** "Saved to …" or the error of the last export; "" for none. */
    property string exportMessage: ""
    property bool exportFailed: false

    Connections {
        target: view.selection
        function onCompareChanged() { view.exportMessage = "" }
    }

    FileDialog {
        id: compareSaveDialog
        objectName: "exportComparePdfDialog"
        title: qsTr("Export the comparison as PDF")
        fileMode: FileDialog.SaveFile
        defaultSuffix: "pdf"
        nameFilters: [qsTr("PDF files (*.pdf)")]
        onAccepted: {
            const error = view.exporter.exportComparePdf(selectedFile)
            view.exportFailed = error !== ""
            view.exportMessage = error !== "" ? error
                : qsTr("Saved to %1").arg(decodeURIComponent(selectedFile.toString().replace(/^file:\/\//, "")))
        }
    }

    Flickable {
        anchors.fill: parent
        contentHeight: content.implicitHeight + 32
        clip: true
        boundsBehavior: Flickable.StopAtBounds
        ScrollBar.vertical: ScrollBar {}

        ColumnLayout {
            id: content
            x: 16
            y: 12
            width: view.width - 32
            spacing: 10

            RowLayout {
                Layout.fillWidth: true
                Label {
                    text: qsTr("Compare districts")
                    font.pixelSize: 13
                    font.bold: true
                    opacity: 0.7
                    Layout.fillWidth: true
                }
                ToolButton {
                    objectName: "exportComparePdf"
                    text: qsTr("Export PDF…")
                    Accessible.name: qsTr("Export this comparison as a PDF file")
                    ToolTip.visible: hovered
                    ToolTip.delay: 500
                    ToolTip.text: qsTr("Save a printable comparison of the two districts as a PDF, in Chinese and English")
                    onClicked: {
                        view.exportMessage = ""
                        compareSaveDialog.currentFolder = view.exporter.saveFolderUrl()
                        compareSaveDialog.selectedFile = view.exporter.suggestedComparePdfUrl()
                        compareSaveDialog.open()
                    }
                }
                ToolButton {
                    objectName: "swapCompare"
                    text: qsTr("Swap")
                    Accessible.name: qsTr("Swap the two districts")
                    onClicked: view.selection.swapCompare()
                }
                ToolButton {
                    objectName: "leaveCompare"
                    text: qsTr("Leave compare")
                    Accessible.name: qsTr("Leave compare mode")
                    onClicked: view.selection.leaveCompare()
                }
            }
            Label {
                objectName: "compareExportStatus"
                visible: text !== ""
                text: view.exportMessage
                color: view.exportFailed ? "#c0392b" : view.palette.text
                font.pixelSize: 12
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }

            RowLayout {
                Layout.fillWidth: true
                spacing: 16
                SideHeader {
                    objectName: "compareHeaderA"
                    name: view.selection.selected.name
                    brand: view.selection.selected.brand
                    accent: view.selection.colorA
                    pickSide: Selection.PickingFirst
                    Layout.fillWidth: true
                    Layout.preferredWidth: 1
                    Layout.alignment: Qt.AlignTop
                }
                SideHeader {
                    objectName: "compareHeaderB"
                    name: view.selection.compared.name
                    brand: view.selection.compared.brand
                    accent: view.selection.colorB
                    pickSide: Selection.PickingSecond
                    Layout.fillWidth: true
                    Layout.preferredWidth: 1
                    Layout.alignment: Qt.AlignTop
                }
            }

            Label {
                text: qsTr("Metrics")
                font.bold: true
                font.pixelSize: 15
                Layout.topMargin: 6
            }
            GridLayout {
                id: table
                objectName: "metricTable"
                columns: 6
                columnSpacing: 12
                rowSpacing: 4
                Layout.fillWidth: true
                Label { text: qsTr("Metric"); font.bold: true; Layout.fillWidth: true }
                Label { text: view.selection.selected.name; font.bold: true; color: view.selection.colorA }
                Label { text: view.selection.compared.name; font.bold: true; color: view.selection.colorB }
                Label { text: qsTr("Difference"); font.bold: true }
                Label { text: qsTr("Ratio"); font.bold: true }
                Label { text: qsTr("Rank"); font.bold: true }
                Repeater {
                    model: view.selection.metricComparison
                    delegate: Label {
                        required property int index
                        required property string label
                        required property string source
                        text: label
                        wrapMode: Text.Wrap
                        Layout.fillWidth: true
                        Layout.row: index + 1
                        Layout.column: 0
                        ToolTip.visible: labelHover.hovered
                        ToolTip.text: source
                        HoverHandler { id: labelHover }
                    }
                }
                Repeater {
                    model: view.selection.metricComparison
                    delegate: Label {
                        required property int index
                        required property string valueA
                        objectName: "valueA_" + index
                        text: valueA
                        Layout.row: index + 1
                        Layout.column: 1
                    }
                }
                Repeater {
                    model: view.selection.metricComparison
                    delegate: Label {
                        required property int index
                        required property string valueB
                        objectName: "valueB_" + index
                        text: valueB
                        Layout.row: index + 1
                        Layout.column: 2
                    }
                }
                Repeater {
                    model: view.selection.metricComparison
                    delegate: Label {
                        required property int index
                        required property string difference
                        objectName: "difference_" + index
                        text: difference
                        Layout.row: index + 1
                        Layout.column: 3
                    }
                }
                Repeater {
                    model: view.selection.metricComparison
                    delegate: Label {
                        required property int index
                        required property string ratio
                        text: ratio
                        Layout.row: index + 1
                        Layout.column: 4
                    }
                }
                Repeater {
                    model: view.selection.metricComparison
                    delegate: Label {
                        required property int index
                        required property string rankA
                        required property string rankB
                        text: rankA + " · " + rankB
                        font.pixelSize: 12
                        opacity: 0.8
                        Layout.row: index + 1
                        Layout.column: 5
                    }
                }
            }
            Label {
                text: qsTr("Differences and ratios are first district minus / over second. Ranks are among all districts with data. Hover a metric for its source.")
                font.pixelSize: 11
                opacity: 0.7
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }

            Label {
                text: qsTr("Each metric as a share of the highest district's value (%)")
                font.bold: true
                Layout.topMargin: 8
            }
            GraphsView {
                id: chart
                objectName: "compareChart"
                Layout.fillWidth: true
                Layout.preferredHeight: view.session.language === "zh" ? 260 : 300
                theme: GraphsTheme {
                    colorScheme: view.palette.window.hslLightness < 0.5 ? GraphsTheme.ColorScheme.Dark : GraphsTheme.ColorScheme.Light
                    labelTextColor: view.palette.windowText
                    grid.mainColor: view.palette.mid
                    backgroundVisible: false
                    plotAreaBackgroundVisible: false
                }
                axisX: BarCategoryAxis {
                    categories: view.selection.metricComparison.categories
                    labelsAngle: view.session.language === "zh" ? 0 : -25
                }
                axisY: ValueAxis {
                    min: 0
                    max: 100
                    tickInterval: 25
                }
                BarSeries {
                    BarSet {
                        objectName: "barsA"
                        label: view.selection.selected.name
                        color: view.selection.colorA
                        values: view.selection.metricComparison.sharesA
                    }
                    BarSet {
                        objectName: "barsB"
                        label: view.selection.compared.name
                        color: view.selection.colorB
                        values: view.selection.metricComparison.sharesB
                    }
                }
            }

            Repeater {
                model: view.selection.comparison
                delegate: ColumnLayout {
                    id: line
                    required property int index
                    required property string section
                    required property string sectionTitle
                    required property string leftText
                    required property string rightText
                    required property bool leftShared
                    required property bool rightShared
                    required property bool firstInSection
                    Layout.fillWidth: true
                    spacing: 2
                    Label {
                        visible: line.firstInSection
                        text: line.sectionTitle
                        font.bold: true
                        font.pixelSize: 15
                        Layout.topMargin: 10
                    }
                    RowLayout {
                        Layout.fillWidth: true
                        spacing: 16
                        Repeater {
                            model: [[line.leftText, line.leftShared, view.selection.colorA], [line.rightText, line.rightShared, view.selection.colorB]]
                            delegate: Label {
                                required property var modelData
                                text: modelData[0] + (modelData[1] ? "  ✓ " + qsTr("in both") : "")
                                font.bold: modelData[1]
                                wrapMode: Text.Wrap
                                Layout.fillWidth: true
                                Layout.preferredWidth: 1
                                leftPadding: 8
                                Rectangle {
                                    visible: parent.text.length > 0
                                    width: 3
                                    height: parent.height
                                    color: parent.modelData[2]
                                    opacity: 0.7
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}

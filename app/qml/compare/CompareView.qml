// SPDX-License-Identifier: MIT
// Two districts side by side: names and brands in the comparison colours, a metrics table with
// values, difference, ratio and ranks, a bar chart (Qt Graphs), and the aligned profiles with
// what they share marked.
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
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

    // The table's cells wrap between words, never inside one: a cell is never narrower than its
    // longest word (a Chinese character is a word of its own: Chinese breaks between any two).
    FontMetrics { id: plainMetrics; font: view.font }
    FontMetrics { id: boldMetrics; font.family: view.font.family; font.pixelSize: view.font.pixelSize; font.bold: true }
    FontMetrics { id: smallMetrics; font.family: view.font.family; font.pixelSize: 12 }
    /** The width of the widest word of `text` in the metrics' font (0 for none). */
    function longestWord(text: string, metrics: FontMetrics): real {
        const words = text.match(/[\u2E80-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF]|[^\s\u2E80-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF]+/g) || []
        return Math.ceil(words.reduce((w, word) => Math.max(w, metrics.advanceWidth(word)), 0)) + 1
    }

    /** "Saved to …" or the error of the last export; "" for none. */
    property string exportMessage: ""
    property bool exportFailed: false
    /** The file last saved (for "Open" and "Show in folder"). */
    property url exportedFile

    Connections {
        target: view.selection
        function onCompareChanged() { view.exportMessage = "" }
    }

    Loader {
        id: saveDialogLoader
        active: false // made on first use
        source: Qt.resolvedUrl("../dialogs/SaveDialog.qml")
    }
    Connections {
        target: saveDialogLoader.item
        function onSaved(file: url) {
            const error = view.exporter.exportComparePdf(file)
            view.exportedFile = file
            view.exportFailed = error !== ""
            view.exportMessage = error !== "" ? error
                : qsTr("Saved to %1").arg(decodeURIComponent(file.toString().replace(/^file:\/\//, "")))
        }
    }
    /** The save dialog, made if needed and set up for the comparison (not opened). */
    function prepareSaveDialog(): var {
        saveDialogLoader.active = true
        const dialog = saveDialogLoader.item
        dialog.objectName = "exportComparePdfDialog"
        dialog.title = qsTr("Export the comparison as PDF")
        dialog.nameFilters = [qsTr("PDF files (*.pdf)")]
        dialog.defaultSuffix = "pdf"
        dialog.currentFolder = view.exporter.saveFolderUrl()
        dialog.selectedFile = view.exporter.suggestedComparePdfUrl()
        return dialog
    }

    // The actions stay at the top (they do not scroll away with the content below)
    ColumnLayout {
        id: actionColumn
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        spacing: 0
        RowLayout {
            objectName: "compareActionBar"
            Layout.fillWidth: true
            Layout.leftMargin: 16
            Layout.rightMargin: 8
            Layout.topMargin: 6
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
                    view.prepareSaveDialog().open()
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
            Layout.leftMargin: 16
            Layout.rightMargin: 16
        }
        RowLayout {
            objectName: "compareExportActions"
            visible: view.exportMessage !== "" && !view.exportFailed
            Layout.leftMargin: 12
            Button {
                objectName: "compareOpenExportButton"
                text: qsTr("Open")
                flat: true
                Accessible.name: qsTr("Open the saved PDF")
                onClicked: view.exporter.openFile(view.exportedFile)
            }
            Button {
                objectName: "compareShowExportButton"
                text: qsTr("Show in folder")
                flat: true
                Accessible.name: qsTr("Show the saved PDF in its folder")
                onClicked: view.exporter.showInFolder(view.exportedFile)
            }
        }

        Rectangle {
            Layout.fillWidth: true
            implicitHeight: 1
            color: view.palette.mid
            Layout.topMargin: 4
        }
    }

    Flickable {
        objectName: "compareContent"
        anchors.top: actionColumn.bottom
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
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
                component HeaderCell: Label {
                    font.bold: true
                    wrapMode: Text.WordWrap
                    Layout.alignment: Qt.AlignBottom
                    Layout.fillWidth: true
                    Layout.minimumWidth: view.longestWord(text, boldMetrics)
                    Layout.preferredWidth: implicitWidth
                }
                HeaderCell { text: qsTr("Metric") }
                HeaderCell { text: view.selection.selected.name; color: view.selection.colorA }
                HeaderCell { text: view.selection.compared.name; color: view.selection.colorB }
                HeaderCell { text: qsTr("Difference") }
                HeaderCell { text: qsTr("Ratio") }
                HeaderCell { text: qsTr("Rank") }
                Repeater {
                    model: view.selection.metricComparison
                    delegate: Label {
                        required property int index
                        required property string label
                        required property string source
                        objectName: "metricLabel_" + index
                        text: label
                        wrapMode: Text.WordWrap
                        Layout.fillWidth: true
                        Layout.minimumWidth: view.longestWord(text, plainMetrics)
                        Layout.preferredWidth: implicitWidth
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
                        wrapMode: Text.WordWrap
                        Layout.fillWidth: true
                        Layout.minimumWidth: view.longestWord(text, plainMetrics)
                        Layout.preferredWidth: implicitWidth
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
                        wrapMode: Text.WordWrap
                        Layout.fillWidth: true
                        Layout.minimumWidth: view.longestWord(text, plainMetrics)
                        Layout.preferredWidth: implicitWidth
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
                        wrapMode: Text.WordWrap
                        Layout.fillWidth: true
                        Layout.minimumWidth: view.longestWord(text, plainMetrics)
                        Layout.preferredWidth: implicitWidth
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
                        wrapMode: Text.WordWrap
                        Layout.fillWidth: true
                        Layout.minimumWidth: view.longestWord(text, plainMetrics)
                        Layout.preferredWidth: implicitWidth
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
                        wrapMode: Text.WordWrap
                        Layout.fillWidth: true
                        Layout.minimumWidth: view.longestWord(text, smallMetrics)
                        Layout.preferredWidth: implicitWidth
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
                // bars across, one row per metric: its name reads horizontally beside its bars
                // (names under upright bars were rotated onto the axis and cut)
                orientation: Qt.Horizontal
                Layout.preferredHeight: 60 + 34 * view.selection.metricComparison.categories.length
                theme: GraphsTheme {
                    colorScheme: view.palette.window.hslLightness < 0.5 ? GraphsTheme.ColorScheme.Dark : GraphsTheme.ColorScheme.Light
                    labelTextColor: view.palette.windowText
                    grid.mainColor: view.palette.mid
                    backgroundVisible: false
                    plotAreaBackgroundVisible: false
                }
                // room on the left for the metrics' names, each wrapped between words beside its bars
                readonly property real labelRoom: Math.min(190, width * 0.34)
                marginLeft: labelRoom
                axisX: BarCategoryAxis {
                    categories: view.selection.metricComparison.categories
                    labelDelegate: Component {
                        Item {
                            property string text
                            Text {
                                objectName: "chartCategory"
                                anchors.right: parent.right
                                anchors.rightMargin: 6
                                anchors.verticalCenter: parent.verticalCenter
                                width: chart.labelRoom
                                text: parent.text
                                wrapMode: Text.WordWrap
                                horizontalAlignment: Text.AlignRight
                                font.pixelSize: 12
                                color: view.palette.windowText
                            }
                        }
                    }
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

// SPDX-License-Identifier: MIT
// The selected district's profile: names, brand, summary, focus industries, then its platforms,
// policies, initiatives, key figures and metrics (with rank); click an item for its source sentence.
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import ShanghaiInnovationMap

Pane {
    id: panel

    required property DataSession session
    required property Selection selection
    required property Exporter exporter
    objectName: "districtPanel"
    signal closeRequested()
    padding: 0

    function showHighlighted() {
        const row = panel.selection.profile.rowOf(panel.selection.highlightedItemId)
        list.currentIndex = row
        list.stickToTop = row < 0
        if (row >= 0)
            list.positionViewAtIndex(row, ListView.Center)
        else
            list.contentY = list.originY // the very top, header included (positionViewAtBeginning hides it)
    }

    Loader {
        id: saveDialogLoader
        objectName: "exportPdfDialogLoader"
        active: false // made on first use
        source: Qt.resolvedUrl("../dialogs/SaveDialog.qml")
    }
    Connections {
        target: saveDialogLoader.item
        function onSaved(file: url) { panel.showExportResult(panel.exporter.exportPdf(file), file) }
    }
    /** The save dialog, made if needed and set up for the selected district (not opened). */
    function prepareSaveDialog() {
        saveDialogLoader.active = true
        const dialog = saveDialogLoader.item
        dialog.objectName = "exportPdfDialog"
        dialog.title = qsTr("Export the district summary as PDF")
        dialog.nameFilters = [qsTr("PDF files (*.pdf)")]
        dialog.defaultSuffix = "pdf"
        dialog.currentFolder = panel.exporter.saveFolderUrl()
        dialog.selectedFile = panel.exporter.suggestedPdfUrl()
        return dialog
    }

    /** "Saved to …" or the error of the last export, under the panel's buttons; "" for none. */
    property string exportMessage: ""
    property bool exportFailed: false
    /** The file last saved (for "Open" and "Show in folder"). */
    property url exportedFile
    function showExportResult(error: string, file: url) {
        exportedFile = file
        exportFailed = error !== ""
        exportMessage = error !== "" ? error
            : qsTr("Saved to %1").arg(decodeURIComponent(file.toString().replace(/^file:\/\//, "")))
    }

    Connections {
        target: panel.selection
        function onHighlightChanged() { Qt.callLater(panel.showHighlighted) }
        function onSelectionChanged() {
            panel.exportMessage = ""
            Qt.callLater(panel.showHighlighted)
        }
    }

    ListView {
        id: list
        objectName: "profileList"
        anchors.fill: parent
        clip: true
        model: panel.selection.profile
        currentIndex: -1
        highlightFollowsCurrentItem: false
        boundsBehavior: Flickable.StopAtBounds
        ScrollBar.vertical: ScrollBar {}
        Accessible.name: qsTr("District profile")
        // A newly opened profile starts at its top, even while its header is still growing as
        // its texts wrap; scrolling by the user ends that.
        property bool stickToTop: true
        onOriginYChanged: if (stickToTop) contentY = originY
        onMovementStarted: stickToTop = false

        header: ColumnLayout {
            width: list.width
            spacing: 6
            RowLayout {
                Layout.fillWidth: true
                Layout.margins: 16
                Layout.bottomMargin: 0
                ColumnLayout {
                    Layout.fillWidth: true
                    spacing: 2
                    SelectableText {
                        objectName: "panelNameZh"
                        text: panel.selection.selected.nameZh
                        font.pixelSize: 24
                        font.bold: true
                        Layout.fillWidth: true
                    }
                    SelectableText {
                        objectName: "panelNameEn"
                        text: panel.selection.selected.nameEn
                        font.pixelSize: 15
                        opacity: 0.75
                        Layout.fillWidth: true
                    }
                }
                ToolButton {
                    objectName: "panelClose"
                    text: "✕"
                    Accessible.name: qsTr("Close the district panel")
                    ToolTip.visible: hovered
                    ToolTip.text: qsTr("Close (Esc)")
                    onClicked: panel.closeRequested()
                }
            }
            SelectableText {
                objectName: "panelBrand"
                text: panel.selection.selected.brand
                font.pixelSize: 18
                font.bold: true
                color: panel.palette.highlight
                Layout.fillWidth: true
                Layout.leftMargin: 16
                Layout.rightMargin: 16
            }
            RowLayout {
                Layout.leftMargin: 12
                Layout.rightMargin: 12
                Button {
                    objectName: "compareButton"
                    text: panel.selection.picking === Selection.PickingSecond ? qsTr("Click a district to compare…") : qsTr("Compare with…")
                    Accessible.name: qsTr("Compare this district with another")
                    onClicked: panel.selection.picking = panel.selection.picking === Selection.PickingSecond ? Selection.NotPicking : Selection.PickingSecond
                }
                Button {
                    objectName: "exportPdfButton"
                    text: qsTr("Export PDF…")
                    Accessible.name: qsTr("Export this district's summary as a PDF file")
                    ToolTip.visible: hovered
                    ToolTip.delay: 500
                    ToolTip.text: qsTr("Save a printable summary of this district as a PDF, in Chinese and English")
                    onClicked: {
                        panel.exportMessage = ""
                        panel.prepareSaveDialog().open()
                    }
                }
            }
            Label {
                objectName: "exportStatus"
                visible: text !== ""
                text: panel.exportMessage
                color: panel.exportFailed ? "#c0392b" : panel.palette.text
                font.pixelSize: 12
                wrapMode: Text.Wrap
                Layout.fillWidth: true
                Layout.leftMargin: 16
                Layout.rightMargin: 16
            }
            RowLayout {
                objectName: "exportActions"
                visible: panel.exportMessage !== "" && !panel.exportFailed
                Layout.leftMargin: 12
                Button {
                    objectName: "openExportButton"
                    text: qsTr("Open")
                    flat: true
                    Accessible.name: qsTr("Open the saved PDF")
                    onClicked: panel.exporter.openFile(panel.exportedFile)
                }
                Button {
                    objectName: "showExportButton"
                    text: qsTr("Show in folder")
                    flat: true
                    Accessible.name: qsTr("Show the saved PDF in its folder")
                    onClicked: panel.exporter.showInFolder(panel.exportedFile)
                }
            }
            SelectableText {
                objectName: "panelSummary"
                text: panel.selection.selected.summary
                Layout.fillWidth: true
                Layout.leftMargin: 16
                Layout.rightMargin: 16
            }
            Label {
                visible: panel.selection.selected.industries.length > 0
                text: qsTr("Focus industries")
                font.pixelSize: 13
                font.bold: true
                opacity: 0.7
                Layout.leftMargin: 16
                Layout.topMargin: 6
            }
            Flow {
                objectName: "industryChips"
                visible: panel.selection.selected.industries.length > 0
                spacing: 6
                Layout.fillWidth: true
                Layout.leftMargin: 16
                Layout.rightMargin: 16
                Repeater {
                    model: panel.selection.selected.industries
                    delegate: Rectangle {
                        required property string modelData
                        width: chipText.implicitWidth + 18
                        height: chipText.implicitHeight + 8
                        radius: height / 2
                        color: Qt.alpha(panel.palette.highlight, 0.15)
                        border.color: Qt.alpha(panel.palette.highlight, 0.5)
                        Label {
                            id: chipText
                            anchors.centerIn: parent
                            text: parent.modelData
                            font.pixelSize: 12
                        }
                    }
                }
            }
            Item { implicitHeight: 4 }
        }

        section.property: "sectionTitle"
        section.delegate: Label {
            required property string section
            width: ListView.view.width
            text: section
            font.pixelSize: 13
            font.bold: true
            opacity: 0.7
            topPadding: 14
            bottomPadding: 4
            leftPadding: 16
        }

        delegate: ItemDelegate {
            id: row
            required property int index
            required property string section
            required property string title
            required property string subtitle
            required property string detail
            required property string value
            required property string rank
            required property string sourceQuote
            required property string sourceTitle
            readonly property bool card: section === "figures" || section === "metrics"
            property bool showSource: false
            width: ListView.view.width
            highlighted: ListView.isCurrentItem
            onClicked: if (sourceQuote.length > 0) showSource = !showSource
            // reached with Tab like the panel's buttons: Enter or Space shows the source sentence
            focusPolicy: Qt.StrongFocus
            Keys.onReturnPressed: row.clicked()
            Keys.onEnterPressed: row.clicked()
            onActiveFocusChanged: if (activeFocus) ListView.view.positionViewAtIndex(index, ListView.Contain)
            Accessible.name: title + (value.length ? ": " + value : "")
            Accessible.description: sourceQuote.length ? qsTr("Press to show the source") : ""
            leftPadding: card ? 24 : 16
            rightPadding: card ? 24 : 16
            background: Rectangle {
                color: row.highlighted ? Qt.alpha(panel.palette.highlight, 0.25)
                     : row.hovered ? Qt.alpha(panel.palette.highlight, 0.08) : "transparent"
                Rectangle {
                    visible: row.card
                    anchors.fill: parent
                    anchors.leftMargin: 12
                    anchors.rightMargin: 12
                    anchors.topMargin: 3
                    anchors.bottomMargin: 3
                    radius: 6
                    color: "transparent"
                    border.color: panel.palette.mid
                }
            }
            contentItem: ColumnLayout {
                spacing: 2
                RowLayout {
                    Layout.fillWidth: true
                    Label {
                        text: row.title
                        font.bold: !row.card
                        wrapMode: Text.Wrap
                        Layout.fillWidth: true
                    }
                    Label {
                        visible: row.value.length > 0
                        text: row.value
                        font.bold: true
                        font.pixelSize: 16
                        color: panel.palette.highlight
                    }
                }
                Label {
                    visible: row.subtitle.length > 0 || row.rank.length > 0
                    text: [row.subtitle, row.rank].filter(s => s.length > 0).join(" · ")
                    opacity: 0.7
                    font.pixelSize: 12
                    Layout.fillWidth: true
                    wrapMode: Text.Wrap
                }
                Label {
                    visible: row.detail.length > 0
                    text: row.detail
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                    opacity: 0.9
                    font.pixelSize: row.card ? 12 : 13
                }
                SelectableText {
                    objectName: "sourceText"
                    visible: row.showSource
                    text: qsTr("Source: %1").arg(row.sourceTitle) + "\n“" + row.sourceQuote + "”"
                    font.italic: true
                    font.pixelSize: 12
                    opacity: 0.8
                    Layout.fillWidth: true
                }
            }
        }

        footer: ColumnLayout {
            width: list.width
            spacing: 4
            Label {
                text: qsTr("Sources")
                font.pixelSize: 13
                font.bold: true
                opacity: 0.7
                Layout.leftMargin: 16
                Layout.topMargin: 16
            }
            Label {
                text: qsTr("Click any item above to see the sentence it comes from.")
                font.pixelSize: 12
                opacity: 0.7
                wrapMode: Text.Wrap
                Layout.fillWidth: true
                Layout.leftMargin: 16
                Layout.rightMargin: 16
            }
            Repeater {
                model: panel.session.sourceLines
                delegate: Label {
                    required property string modelData
                    text: "• " + modelData
                    font.pixelSize: 11
                    opacity: 0.8
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                    Layout.leftMargin: 16
                    Layout.rightMargin: 16
                }
            }
            Item { implicitHeight: 16 }
        }
    }
}

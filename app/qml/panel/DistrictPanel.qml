// SPDX-License-Identifier: MIT
// The selected district's profile: names, brand, summary, then its platforms, policies,
// initiatives, figures and metrics, each with its source sentence on demand.
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import ShanghaiInnovationMap

Pane {
    id: panel
    objectName: "districtPanel"
    signal closeRequested()
    padding: 0

    ListView {
        id: list
        objectName: "profileList"
        anchors.fill: parent
        clip: true
        model: AppController.profile
        boundsBehavior: Flickable.StopAtBounds
        ScrollBar.vertical: ScrollBar {}

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
                    Label {
                        objectName: "panelNameZh"
                        text: AppController.selectedNameZh
                        font.pixelSize: 24
                        font.bold: true
                        Layout.fillWidth: true
                        wrapMode: Text.Wrap
                    }
                    Label {
                        objectName: "panelNameEn"
                        text: AppController.selectedNameEn
                        font.pixelSize: 15
                        opacity: 0.75
                        Layout.fillWidth: true
                        wrapMode: Text.Wrap
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
            Label {
                objectName: "panelBrand"
                text: AppController.selectedBrand
                font.pixelSize: 18
                font.bold: true
                color: palette.highlight
                wrapMode: Text.Wrap
                Layout.fillWidth: true
                Layout.leftMargin: 16
                Layout.rightMargin: 16
            }
            Label {
                objectName: "panelSummary"
                text: AppController.selectedSummary
                wrapMode: Text.Wrap
                lineHeight: 1.2
                Layout.fillWidth: true
                Layout.leftMargin: 16
                Layout.rightMargin: 16
                Layout.bottomMargin: 8
            }
        }

        section.property: "sectionTitle"
        section.delegate: Label {
            required property string section
            width: ListView.view.width
            text: section
            font.pixelSize: 13
            font.bold: true
            font.capitalization: Font.AllUppercase
            opacity: 0.7
            topPadding: 14
            bottomPadding: 4
            leftPadding: 16
        }

        delegate: ItemDelegate {
            id: row
            required property int index
            required property string title
            required property string subtitle
            required property string detail
            required property string value
            required property string rank
            required property string sourceQuote
            required property string sourceTitle
            property bool showSource: false
            width: ListView.view.width
            onClicked: if (sourceQuote.length > 0) showSource = !showSource
            Accessible.name: title + (value.length ? " " + value : "")
            contentItem: ColumnLayout {
                spacing: 2
                RowLayout {
                    Layout.fillWidth: true
                    Label {
                        text: row.title
                        font.bold: true
                        wrapMode: Text.Wrap
                        Layout.fillWidth: true
                    }
                    Label {
                        visible: row.value.length > 0
                        text: row.value
                        font.bold: true
                        font.pixelSize: 15
                        color: palette.highlight
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
                }
                Label {
                    visible: row.showSource
                    text: qsTr("Source: %1\n“%2”").arg(row.sourceTitle).arg(row.sourceQuote)
                    wrapMode: Text.Wrap
                    font.italic: true
                    font.pixelSize: 12
                    opacity: 0.8
                    Layout.fillWidth: true
                }
            }
        }
    }
}

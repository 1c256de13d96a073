// SPDX-License-Identifier: MIT
// Help (F1 or Help in the toolbar): what each part of the window does and every key.
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

Dialog {
    id: dialog
    objectName: "helpDialog"
    parent: Overlay.overlay
    anchors.centerIn: parent
    width: Math.min(660, parent ? parent.width - 40 : 660)
    height: Math.min(implicitHeight, parent ? parent.height - 40 : 640)
    modal: true
    title: qsTr("Help")
    standardButtons: Dialog.Close

    /** [key, what it does] rows of the keyboard map. */
    readonly property var keys: [
        ["F1", qsTr("This help")],
        ["Ctrl+F", qsTr("Search for a district, platform or policy (↑/↓ and Enter choose)")],
        ["Tab / Shift+Tab", qsTr("Move through the districts in the official order, then the panel's items and buttons")],
        ["← → ↑ ↓", qsTr("Move to the neighbouring district (with Shift: pan the map)")],
        ["Enter / Space", qsTr("Open the district with the keyboard focus, or an item's source sentence")],
        ["Menu / Shift+F10", qsTr("The district's menu: open, compare with…, export PDF")],
        ["+ / −", qsTr("Zoom in / out")],
        ["0", qsTr("Show the whole city")],
        ["Esc", qsTr("One step back: stop picking, leave compare, close the panel")],
        ["Ctrl+1 / 2 / 3", qsTr("Map, table or chart")],
        ["Ctrl+E", qsTr("Export the open district's PDF summary")],
        ["Ctrl+R / F5", qsTr("Read the data files again")],
        ["Ctrl+Q", qsTr("Quit")]
    ]

    ScrollView {
        anchors.fill: parent
        contentWidth: availableWidth
        clip: true

        ColumnLayout {
            width: parent.width
            spacing: 8

            Label {
                text: qsTr("What each view does")
                font.bold: true
                font.pixelSize: 15
            }
            Repeater {
                model: [
                    qsTr("Map: click a district to open its profile; drag to pan, wheel or pinch to zoom, double-click to zoom in. Zoom in to see the names of the small central districts. Right-click a district for its menu."),
                    qsTr("District panel: names, brand, platforms, policies, initiatives, key figures and metrics with their rank. Click or press Enter on an item to read the sentence it comes from; text can be selected and copied."),
                    qsTr("Colour by: colours the districts by a metric, with a legend of its classes, unit, year and source. Grey means no data."),
                    qsTr("Compare: \"Compare with…\" in the panel, then click a second district. The view shows both side by side: a metrics table, a chart and the aligned profiles. Swap, replace either side, leave, or export the comparison as a PDF."),
                    qsTr("Export PDF…: a printable A4 summary (Chinese and English) of the district or of the comparison.")
                ]
                delegate: Label {
                    required property string modelData
                    text: "• " + modelData
                    wrapMode: Text.WordWrap
                    Layout.fillWidth: true
                }
            }
            Label {
                text: qsTr("Keyboard")
                font.bold: true
                font.pixelSize: 15
                Layout.topMargin: 6
            }
            GridLayout {
                objectName: "helpKeys"
                columns: 2
                columnSpacing: 16
                rowSpacing: 4
                Layout.fillWidth: true
                Repeater {
                    model: dialog.keys.length * 2
                    delegate: Label {
                        required property int index
                        readonly property var row: dialog.keys[Math.floor(index / 2)]
                        text: row[index % 2]
                        font.bold: index % 2 === 0
                        font.family: index % 2 === 0 ? "monospace" : dialog.font.family
                        wrapMode: Text.WordWrap
                        Layout.fillWidth: index % 2 === 1
                    }
                }
            }
        }
    }
}

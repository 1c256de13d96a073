// SPDX-License-Identifier: MIT
// The main screen: a toolbar, the map, and the district panel beside it (never over it).
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import ShanghaiInnovationMap

Item {
    id: root
    property alias map: districtMap

    Shortcut {
        sequence: "Escape"
        enabled: AppController.selectedIndex >= 0
        onActivated: AppController.clearSelection()
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0
        visible: AppController.loaded

        ToolBar {
            Layout.fillWidth: true
            RowLayout {
                anchors.fill: parent
                anchors.leftMargin: 12
                anchors.rightMargin: 8
                Label {
                    text: AppController.language === "zh" ? "上海创新地图" : "Shanghai Innovation Map"
                    font.pixelSize: 17
                    font.bold: true
                }
                Item { Layout.fillWidth: true }
                ToolButton {
                    objectName: "zoomOutButton"
                    text: "−"
                    font.pixelSize: 18
                    Accessible.name: qsTr("Zoom out")
                    ToolTip.visible: hovered
                    ToolTip.text: qsTr("Zoom out (-)")
                    onClicked: districtMap.zoomBy(-1)
                }
                ToolButton {
                    objectName: "zoomInButton"
                    text: "+"
                    font.pixelSize: 18
                    Accessible.name: qsTr("Zoom in")
                    ToolTip.visible: hovered
                    ToolTip.text: qsTr("Zoom in (+)")
                    onClicked: districtMap.zoomBy(1)
                }
                ToolButton {
                    objectName: "resetViewButton"
                    text: AppController.language === "zh" ? "全市视图" : "Reset view"
                    Accessible.name: qsTr("Reset the view to the whole city")
                    onClicked: districtMap.resetView()
                }
                ToolButton {
                    objectName: "languageButton"
                    text: AppController.language === "zh" ? "English" : "中文"
                    Accessible.name: qsTr("Switch language")
                    onClicked: AppController.language = AppController.language === "zh" ? "en" : "zh"
                }
            }
        }

        RowLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: 0
            DistrictMap {
                id: districtMap
                Layout.fillWidth: true
                Layout.fillHeight: true
                focus: true
            }
            DistrictPanel {
                id: panel
                visible: AppController.selectedIndex >= 0
                Layout.preferredWidth: Math.min(420, root.width * 0.4)
                Layout.fillHeight: true
                onCloseRequested: AppController.clearSelection()
            }
        }
    }

    ErrorView {
        anchors.fill: parent
        visible: !AppController.loaded
    }
}

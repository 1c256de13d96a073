// SPDX-License-Identifier: MIT
import QtQuick
import QtQuick.Controls
import ShanghaiInnovationMap

ApplicationWindow {
    id: window
    width: 1280
    height: 800
    visible: true
    title: AppController.language === "zh" ? "上海创新地图" : "Shanghai Innovation Map"

    MainView {
        anchors.fill: parent
    }
}

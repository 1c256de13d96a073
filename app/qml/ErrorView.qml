// SPDX-License-Identifier: MIT
// Shown instead of the map when the data directory has errors: what is wrong, and where.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import ShanghaiInnovationMap

Pane {
    objectName: "errorView"
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
        Button {
            objectName: "retryButton"
            text: qsTr("Try again")
            onClicked: App.session.reload()
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
                text: App.session.problems.join("\n")
            }
        }
    }
}

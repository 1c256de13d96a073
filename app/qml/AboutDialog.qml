// SPDX-License-Identifier: MIT
// The About box: the program's version (git describe at build time), the Qt and GDAL versions, the
// licence of the code and of each source of the loaded data (the bundled boundaries' caveat stated
// plainly), and where the data directory is.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import ShanghaiInnovationMap

Dialog {
    id: dialog
    objectName: "aboutDialog"
    parent: Overlay.overlay
    anchors.centerIn: parent
    width: Math.min(620, parent ? parent.width - 40 : 620)
    height: Math.min(implicitHeight, parent ? parent.height - 40 : 640)
    modal: true
    title: qsTr("About Shanghai Innovation Map")
    standardButtons: Dialog.Close

    ScrollView {
        anchors.fill: parent
        contentWidth: availableWidth
        clip: true

        ColumnLayout {
            width: parent.width
            spacing: 10

            Label {
                objectName: "aboutVersion"
                Layout.fillWidth: true
                text: qsTr("Version %1").arg(AppInfo.version)
                font.bold: true
            }
            Label {
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                text: qsTr("Shanghai's 16 districts and their innovation work, on a map.")
            }
            Label {
                objectName: "aboutLibraries"
                Layout.fillWidth: true
                text: qsTr("Qt %1 · GDAL %2").arg(AppInfo.qtVersion).arg(AppInfo.gdalVersion)
            }
            Label {
                objectName: "aboutCodeLicence"
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                text: qsTr("The program's code is under the %1 licence.").arg(AppInfo.codeLicence)
            }
            Label {
                Layout.fillWidth: true
                Layout.topMargin: 6
                text: qsTr("Data directory")
                font.bold: true
            }
            TextEdit {
                objectName: "aboutDataDir"
                Layout.fillWidth: true
                readOnly: true
                selectByMouse: true
                wrapMode: TextEdit.WrapAnywhere
                color: palette.text
                text: App.session.dataDir
            }
            Label {
                Layout.fillWidth: true
                Layout.topMargin: 6
                text: qsTr("Data sources and their licences")
                font.bold: true
            }
            Repeater {
                objectName: "aboutSources"
                model: App.session.sourceLines
                delegate: Label {
                    required property string modelData
                    Layout.fillWidth: true
                    wrapMode: Text.Wrap
                    text: "• " + modelData
                }
            }
            Label {
                objectName: "aboutAmapCaveat"
                Layout.fillWidth: true
                Layout.topMargin: 6
                wrapMode: Text.Wrap
                text: qsTr("The district boundaries bundled with the application are Amap's (redistributed by cnmaps, converted from GCJ-02 to WGS84). Amap's terms are not an open-data licence: do not assume that you may reuse or redistribute them. Any GeoJSON with the same properties can replace them (see FORMAT.md in the data directory, and --data).")
            }
        }
    }
}

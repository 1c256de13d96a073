// SPDX-License-Identifier: MIT
// Strips above the map that tell the user about the data and the app, never over the map:
//  - the data files changed but have errors: the last good data stays on screen, and why;
//  - the data loaded with warnings;
//  - a notice that is not about the data (a damaged settings file was set aside).
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import ShanghaiInnovationMap

ColumnLayout {
    id: banners
    spacing: 0
    property bool dark: false
    property bool warningsDismissed: false
    Connections {
        target: App.session
        function onProblemsChanged() { banners.warningsDismissed = false } // (new data, or new warnings about it)
    }

    component Strip: Pane {
        id: strip
        property string message
        property var details: []
        property bool expanded: false
        property color tint
        default property alias actions: buttons.data
        Layout.fillWidth: true
        padding: 6
        leftPadding: 16
        Accessible.role: Accessible.AlertMessage
        Accessible.name: message
        background: Rectangle {
            color: Qt.tint(strip.palette.window, Qt.alpha(strip.tint, banners.dark ? 0.35 : 0.22))
            Rectangle { width: 4; height: parent.height; color: strip.tint }
        }
        contentItem: ColumnLayout {
            RowLayout {
                Layout.fillWidth: true
                Label {
                    objectName: strip.objectName + "Text"
                    text: strip.message
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
                RowLayout { id: buttons }
            }
            ScrollView {
                visible: strip.expanded && strip.details.length > 0
                Layout.fillWidth: true
                Layout.preferredHeight: Math.min(details.implicitHeight + 8, 180)
                TextArea {
                    id: details
                    objectName: strip.objectName + "Problems"
                    readOnly: true
                    selectByMouse: true
                    wrapMode: TextEdit.Wrap
                    font.family: "monospace"
                    text: strip.details.join("\n")
                }
            }
        }
    }

    Strip {
        id: staleStrip
        objectName: "staleBanner"
        visible: App.session.stale
        tint: "#d1495b"
        details: App.session.reloadProblems
        message: qsTr("The data files in %1 changed, but they have %n problem(s). Still showing the data loaded at %2; it is replaced as soon as the files are valid.", "", App.session.reloadProblems.length)
                 .arg(App.session.dataDir).arg(App.session.loadedAt)
        Button {
            objectName: "staleBannerDetails"
            text: staleStrip.expanded ? qsTr("Hide problems") : qsTr("Show problems")
            onClicked: staleStrip.expanded = !staleStrip.expanded
        }
        Button {
            text: qsTr("Reload")
            ToolTip.visible: hovered
            ToolTip.text: qsTr("Read the data files again (F5)")
            onClicked: App.session.reload()
        }
    }
    Strip {
        id: warningStrip
        objectName: "warningBanner"
        visible: !App.session.stale && App.session.warnings.length > 0 && !banners.warningsDismissed
        tint: "#e0a100"
        details: App.session.warnings
        message: qsTr("The data loaded with %n warning(s): something in it may be wrong.", "", App.session.warnings.length)
        Button {
            text: warningStrip.expanded ? qsTr("Hide") : qsTr("Show")
            onClicked: warningStrip.expanded = !warningStrip.expanded
        }
        Button {
            text: qsTr("Dismiss")
            onClicked: banners.warningsDismissed = true
        }
    }
    Strip {
        objectName: "noticeBanner"
        visible: App.session.notice !== ""
        tint: "#5a7fa8"
        message: App.session.notice
        Button {
            text: qsTr("Dismiss")
            onClicked: App.session.dismissNotice()
        }
    }
}

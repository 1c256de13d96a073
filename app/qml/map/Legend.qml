// SPDX-License-Identifier: MIT
// The choropleth legend: title with unit and year, class breaks, "no data", and the source.
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import ShanghaiInnovationMap

Pane {
    id: legend
    objectName: "legend"
    visible: App.choropleth.metricKey !== ""
    padding: 10
    background: Rectangle {
        color: legend.palette.window
        opacity: 0.94
        radius: 6
        border.color: legend.palette.mid
    }
    ColumnLayout {
        spacing: 4
        Label {
            objectName: "legendTitle"
            text: App.choropleth.metricTitle
            font.bold: true
            Layout.maximumWidth: 260
            wrapMode: Text.Wrap
        }
        Repeater {
            objectName: "legendRows"
            model: App.choropleth.legend
            delegate: RowLayout {
                required property color color
                required property string label
                spacing: 8
                Rectangle {
                    implicitWidth: 18
                    implicitHeight: 12
                    color: parent.color
                    border.color: "#808080"
                    border.width: 0.5
                }
                Label { text: parent.label }
            }
        }
        Label {
            text: App.choropleth.metricSource
            font.pixelSize: 11
            opacity: 0.7
            Layout.maximumWidth: 260
            wrapMode: Text.Wrap
        }
    }
}

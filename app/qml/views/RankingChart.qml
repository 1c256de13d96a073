// SPDX-License-Identifier: MIT
// The ranking chart (issue 15): one horizontal bar per district for the map's metric (population
// density when the map is not coloured), largest first, each labelled with its value and unit as
// the panel shows it; the selected and the compared district in the comparison colours; the
// districts without data named under the chart, never drawn as a zero bar. Hover: value, rank,
// year and source; click selects. Plain Qt Quick items, not Qt Graphs: Qt Graphs' BarSeries
// sorts nothing itself, cannot colour one bar of a set by the selection, cuts long category
// labels and would leave a district without data as a gap or a zero bar.
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import ShanghaiInnovationMap

FocusScope {
    id: root
    objectName: "rankingChart"
    required property DataSession session
    required property Selection selection
    required property Choropleth choropleth
    /** The metric charted: the map's, else population density. */
    readonly property string metricKey: choropleth.metricKey !== "" ? choropleth.metricKey : "population-density"
    readonly property int column: ranking.districtCount >= 0 ? ranking.columnOfMetric(metricKey) : -1
    /** The bars, largest first: {district, name, value, text, rank}. */
    property var bars: []
    /** The names of the districts without data for the metric. */
    property var missing: []
    property real maximum: 0
    property int keyboardBar: -1

    DistrictTableModel {
        id: ranking
        session: root.session
        onModelReset: Qt.callLater(root.refresh)
        onLanguageChanged: Qt.callLater(root.refresh)
    }
    onMetricKeyChanged: refresh()
    Component.onCompleted: {
        refresh()
        if (visible) // (made while shown, not in advance)
            forceActiveFocus()
    }
    onVisibleChanged: if (visible) forceActiveFocus()

    /** Reads the bars from the table sorted by the metric (no data after every value). */
    function refresh() {
        const c = ranking.columnOfMetric(metricKey)
        const out = [], none = []
        if (c > 0) {
            ranking.sort(c, Qt.DescendingOrder)
            for (let r = 0; r < ranking.rowCount(); ++r) {
                const at = ranking.index(r, c)
                const name = ranking.data(ranking.index(r, 0), Qt.DisplayRole)
                if (ranking.data(at, DistrictTableModel.HasDataRole))
                    out.push({ district: ranking.data(at, DistrictTableModel.DistrictIndexRole), name: name,
                               value: ranking.data(at, DistrictTableModel.ValueRole), text: ranking.data(at, Qt.DisplayRole),
                               rank: ranking.data(at, DistrictTableModel.RankTextRole) })
                else
                    none.push(name)
            }
        }
        maximum = c > 0 ? ranking.maximum(c) : 0
        bars = out
        missing = none
    }
    function barColor(district: int): color {
        if (district === root.selection.selectedIndex)
            return root.selection.colorA
        if (district === root.selection.compareIndex)
            return root.selection.colorB
        return root.palette.base.hslLightness < 0.5 ? "#6f8296" : "#9fb0c2" // (dark theme : light)
    }

    Keys.onPressed: event => {
        if (event.key === Qt.Key_Down || event.key === Qt.Key_Up) {
            keyboardBar = Math.max(0, Math.min(bars.length - 1, keyboardBar + (event.key === Qt.Key_Down ? 1 : -1)))
            event.accepted = true
        } else if ((event.key === Qt.Key_Return || event.key === Qt.Key_Enter) && keyboardBar >= 0) {
            root.selection.select(bars[keyboardBar].district)
            event.accepted = true
        }
    }

    Rectangle {
        anchors.fill: parent
        color: root.palette.base
    }

    Flickable {
        id: flick
        anchors.fill: parent
        contentHeight: content.implicitHeight + 24
        clip: true
        boundsBehavior: Flickable.StopAtBounds
        ScrollBar.vertical: ScrollBar {}

        ColumnLayout {
            id: content
            x: 16
            y: 12
            width: flick.width - 32
            spacing: 3

            Label {
                objectName: "chartTitle"
                Layout.fillWidth: true
                text: root.column > 0 ? ranking.headerData(root.column, Qt.Horizontal) : ""
                font.pixelSize: 17
                font.bold: true
                wrapMode: Text.WordWrap
            }
            Label {
                objectName: "chartSource"
                Layout.fillWidth: true
                Layout.bottomMargin: 8
                readonly property var year: root.column > 0 ? ranking.headerData(root.column, Qt.Horizontal, DistrictTableModel.YearRole) : undefined
                text: root.column <= 0 ? ""
                      : (year !== undefined && year !== null ? qsTr("Figures for %1").arg(year) + " · " : "")
                        + qsTr("Source: %1").arg(ranking.headerData(root.column, Qt.Horizontal, DistrictTableModel.SourceRole))
                color: root.palette.placeholderText
                font.pixelSize: 12
                wrapMode: Text.WordWrap
            }

            Repeater {
                model: root.bars
                delegate: Item {
                    id: bar
                    required property var modelData
                    required property int index
                    objectName: "bar_" + modelData.district
                    Layout.fillWidth: true
                    implicitHeight: 26
                    readonly property real track: Math.max(40, width - nameLabel.width - 16 - valueLabel.implicitWidth - 8)
                    readonly property bool highlighted: barMouse.containsMouse || (root.activeFocus && root.keyboardBar === index)
                    Label {
                        id: nameLabel
                        width: 150
                        anchors.verticalCenter: parent.verticalCenter
                        horizontalAlignment: Text.AlignRight
                        elide: Text.ElideRight
                        text: bar.modelData.rank + ". " + bar.modelData.name
                        font.bold: bar.modelData.district === root.selection.selectedIndex
                                   || bar.modelData.district === root.selection.compareIndex
                    }
                    Rectangle {
                        id: fill
                        objectName: "barFill"
                        x: nameLabel.width + 10
                        anchors.verticalCenter: parent.verticalCenter
                        height: 18
                        width: root.maximum > 0 ? Math.max(1, bar.track * bar.modelData.value / root.maximum) : 0
                        color: root.barColor(bar.modelData.district)
                        border.color: bar.highlighted ? root.palette.text : "transparent"
                        border.width: 1.5
                    }
                    Label {
                        id: valueLabel
                        objectName: "barValue"
                        x: fill.x + fill.width + 6
                        anchors.verticalCenter: parent.verticalCenter
                        text: bar.modelData.text
                        font.pixelSize: 12
                    }
                    MouseArea {
                        id: barMouse
                        anchors.fill: parent
                        hoverEnabled: true
                        onClicked: {
                            root.forceActiveFocus()
                            root.keyboardBar = bar.index
                            root.selection.select(bar.modelData.district)
                        }
                        onContainsMouseChanged: root.selection.hoveredIndex = containsMouse ? bar.modelData.district : -1
                    }
                    ToolTip.visible: barMouse.containsMouse
                    ToolTip.delay: 200
                    ToolTip.text: qsTr("%1: %2 (rank %3 of %4)").arg(bar.modelData.name).arg(bar.modelData.text)
                                  .arg(bar.modelData.rank).arg(root.bars.length) + "\n" + chartSourceText()
                    function chartSourceText(): string {
                        const year = ranking.headerData(root.column, Qt.Horizontal, DistrictTableModel.YearRole)
                        return (year !== undefined && year !== null ? qsTr("Figures for %1").arg(year) + " · " : "")
                               + qsTr("Source: %1").arg(ranking.headerData(root.column, Qt.Horizontal, DistrictTableModel.SourceRole))
                    }
                }
            }

            Label {
                objectName: "chartNoData"
                Layout.fillWidth: true
                Layout.topMargin: 10
                visible: root.missing.length > 0
                text: qsTr("No data: %1").arg(root.missing.join(root.session.language === "zh" ? "、" : ", "))
                wrapMode: Text.WordWrap
                font.italic: true
                color: root.palette.placeholderText
            }
            Label {
                Layout.fillWidth: true
                Layout.topMargin: 6
                text: qsTr("The chart shows the metric chosen under \"Colour by\". Click a bar to open the district.")
                color: root.palette.placeholderText
                font.pixelSize: 12
                wrapMode: Text.WordWrap
            }
        }
    }
}

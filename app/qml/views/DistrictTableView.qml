// SPDX-License-Identifier: MIT
// The table view (issue 15): every district × every metric, in the same place as the map. A
// header per metric with its unit (year and source on hover); click a header to sort, again to
// reverse ("no data" stays last both ways); a rank column for the sorted metric (else the map's
// metric), "=3" for a shared rank; a filter on the names (Chinese, English, pinyin). The selection
// is the map's: a click (or Enter) selects the district, Ctrl-click (Ctrl+Enter) compares it
// with the selected one; Ctrl+C copies the selected rows, or the whole table, as tab-separated text.
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import ShanghaiInnovationMap

FocusScope {
    id: root
    objectName: "districtTableView"
    required property DataSession session
    required property Selection selection
    required property Choropleth choropleth
    /** The row the keyboard is on (-1: none yet). */
    property int currentRow: -1
    /** A header was clicked: the map's metric no longer chooses the sort. */
    property bool sortedByUser: false
    readonly property alias model: tableModel

    /** The width of the widest text in a column of the table, in the cells' font (bold: selected
        names), over every district (shown or filtered out): measured once per column and data and
        language, not on every sort or filter (the table asks for its columns' widths on each). */
    function widestCell(column: int): real {
        let w = widestCache[column]
        if (w === undefined) {
            w = tableModel.widestText(column, fontProbe.font)
            widestCache[column] = w
        }
        return w
    }
    property var widestCache: ({})
    Label { id: fontProbe; visible: false; font.bold: true }
    readonly property alias table: table
    readonly property alias header: header
    /** "Copied 2 rows" after Ctrl+C, for a moment. */
    property string copyMessage: ""

    DistrictTableModel {
        id: tableModel
        session: root.session
        filterText: filter.text
        rankColumn: sortColumn > 0 ? sortColumn : columnOfMetric(root.choropleth.metricKey)
    }

    /** Sorts by the map's metric, largest first, until the user sorts by a header. */
    function followMetric() {
        if (sortedByUser)
            return
        const column = tableModel.columnOfMetric(root.choropleth.metricKey)
        tableModel.sort(column, column > 0 ? Qt.DescendingOrder : Qt.AscendingOrder)
    }
    Component.onCompleted: {
        followMetric()
        if (visible) // (made while shown, not in advance)
            table.forceActiveFocus()
    }
    onVisibleChanged: if (visible) table.forceActiveFocus()
    Connections {
        target: root.choropleth
        function onMetricChanged() { root.followMetric() }
    }
    Connections {
        target: tableModel
        // new data (a reload) or another language: other texts, other widths
        function onLanguageChanged() {
            root.widestCache = {}
            table.forceLayout()
        }
        function onSessionChanged() { root.widestCache = {} }
    }
    Connections {
        target: root.session
        function onDatasetChanged() { root.widestCache = {} }
    }
    Connections {
        target: root.selection
        function onSelectionChanged() { root.showDistrict(root.selection.selectedIndex) }
    }

    function sortBy(column: int) {
        sortedByUser = true
        tableModel.sortByHeader(column)
        if (currentRow >= 0)
            currentRow = Math.max(0, tableModel.rowOfDistrict(root.selection.selectedIndex))
    }
    /** Scrolls the district's row into view (when it is shown). */
    function showDistrict(district: int) {
        const row = tableModel.rowOfDistrict(district)
        if (row >= 0) {
            currentRow = row
            table.positionViewAtRow(row, TableView.Contain)
        }
    }
    /** A click or Enter on a row: selects its district (a pick while "Compare with…" waits for
        one); with Ctrl, compares it with the selected district. */
    function activateRow(row: int, compareIt: bool) {
        const district = tableModel.data(tableModel.index(row, 0), DistrictTableModel.DistrictIndexRole)
        if (district === undefined)
            return
        currentRow = row
        if (root.selection.pickingCompare)
            root.selection.pick(district)
        else if (compareIt && root.selection.selectedIndex >= 0 && root.selection.selectedIndex !== district)
            root.selection.compareWith(district)
        else
            root.selection.select(district)
    }
    /** The rows of the selected and the compared district that are shown (in table order). */
    function selectedRows(): var {
        const rows = []
        for (const d of [root.selection.selectedIndex, root.selection.compareIndex]) {
            const r = d >= 0 ? tableModel.rowOfDistrict(d) : -1
            if (r >= 0)
                rows.push(r)
        }
        return rows.sort((a, b) => a - b)
    }
    /** Ctrl+C: the selected rows, or every row shown, as tab-separated text with the header line. */
    function copy() {
        const rows = selectedRows()
        const n = tableModel.copyRows(rows)
        copyMessage = rows.length > 0 ? qsTr("Copied %1 of %2 rows").arg(n).arg(tableModel.districtCount)
                                      : qsTr("Copied the whole table: %1 rows").arg(n)
        copyTimer.restart()
    }
    Timer {
        id: copyTimer
        interval: 2500
        onTriggered: root.copyMessage = ""
    }
    Keys.onPressed: event => {
        if (event.matches(StandardKey.Copy)) {
            root.copy()
            event.accepted = true
        }
    }

    Rectangle {
        anchors.fill: parent
        color: root.palette.base
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: 10
        spacing: 6

        RowLayout {
            Layout.fillWidth: true
            spacing: 10
            TextField {
                id: filter
                objectName: "tableFilter"
                Layout.preferredWidth: 300
                placeholderText: qsTr("Filter by name (中文, English, pinyin)")
                Accessible.name: qsTr("Filter the districts by name")
                selectByMouse: true
                onActiveFocusChanged: if (activeFocus) root.session.search.prepare()
                Keys.onDownPressed: {
                    table.forceActiveFocus()
                    if (root.currentRow < 0 && tableModel.districtCount > 0)
                        root.currentRow = 0
                }
                Keys.onEscapePressed: event => {
                    if (text !== "") {
                        text = ""
                        event.accepted = true
                    } else {
                        event.accepted = false
                    }
                }
            }
            Label {
                objectName: "tableCount"
                text: tableModel.districtCount === root.session.districtCount
                      ? qsTr("%1 districts").arg(tableModel.districtCount)
                      : qsTr("%1 of %2 districts").arg(tableModel.districtCount).arg(root.session.districtCount)
                color: root.palette.placeholderText
            }
            Item { Layout.fillWidth: true }
            Label {
                text: root.copyMessage
                visible: text !== ""
            }
            Button {
                objectName: "copyTableButton"
                text: qsTr("Copy")
                ToolTip.visible: hovered
                ToolTip.text: qsTr("Copy the selected rows, or the whole table, for a spreadsheet (Ctrl+C)")
                onClicked: root.copy()
            }
        }

        GridLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            columns: 2
            rowSpacing: 0
            columnSpacing: 0

            Rectangle {
                // the rank column's header
                Layout.preferredWidth: ranks.width
                Layout.preferredHeight: header.height
                color: root.palette.alternateBase
                border.color: root.palette.mid
                Label {
                    objectName: "rankHeader"
                    anchors.fill: parent
                    anchors.margins: 4
                    text: qsTr("Rank")
                    font.bold: true
                    horizontalAlignment: Text.AlignHCenter
                    verticalAlignment: Text.AlignVCenter
                    elide: Text.ElideRight
                }
                HoverHandler { id: rankHover }
                ToolTip.visible: rankHover.hovered
                ToolTip.text: tableModel.rankColumn > 0
                              ? qsTr("Rank by %1 (1 = largest; \"=\" marks a shared rank)").arg(tableModel.headerData(tableModel.rankColumn, Qt.Horizontal))
                              : qsTr("Sort by a metric, or colour the map by one, to see ranks")
            }
            HorizontalHeaderView {
                id: header
                objectName: "tableHeader"
                syncView: table
                clip: true
                Layout.fillWidth: true
                Layout.preferredHeight: 62
                delegate: Rectangle {
                    id: head
                    required property int column
                    required property string display
                    required property var year
                    required property var source
                    readonly property bool sorted: tableModel.sortColumn === column
                    implicitWidth: 150
                    implicitHeight: 62
                    color: headMouse.containsMouse || activeFocus ? Qt.alpha(root.palette.highlight, 0.15) : root.palette.alternateBase
                    border.color: activeFocus ? root.palette.highlight : root.palette.mid
                    border.width: activeFocus ? 2 : 1
                    activeFocusOnTab: true
                    objectName: "header_" + column
                    Accessible.role: Accessible.ColumnHeader
                    Accessible.name: display
                    Label {
                        anchors.fill: parent
                        anchors.leftMargin: 6
                        anchors.rightMargin: 16
                        text: head.display
                        font.bold: true
                        wrapMode: Text.WordWrap
                        elide: Text.ElideRight
                        maximumLineCount: 4
                        font.pixelSize: 12
                        verticalAlignment: Text.AlignVCenter
                        horizontalAlignment: head.column === 0 ? Text.AlignLeft : Text.AlignRight
                    }
                    Label {
                        // ▼ largest first, ▲ smallest first
                        anchors.right: parent.right
                        anchors.rightMargin: 3
                        anchors.verticalCenter: parent.verticalCenter
                        visible: head.sorted
                        text: tableModel.sortDescending ? "▼" : "▲"
                        font.pixelSize: 10
                        color: root.palette.highlight
                    }
                    MouseArea {
                        id: headMouse
                        anchors.fill: parent
                        hoverEnabled: true
                        onClicked: root.sortBy(head.column)
                        onDoubleClicked: root.sortBy(head.column) // (two quick clicks: sorted, then reversed)
                    }
                    ToolTip.visible: headMouse.containsMouse && head.column > 0
                    ToolTip.delay: 300
                    ToolTip.text: (head.year !== undefined && head.year !== null ? qsTr("Figures for %1").arg(head.year) + "\n" : "")
                                  + qsTr("Source: %1").arg(head.source) + "\n" + qsTr("Click to sort; again to reverse")
                    Keys.onPressed: event => {
                        if (event.key === Qt.Key_Return || event.key === Qt.Key_Enter || event.key === Qt.Key_Space) {
                            root.sortBy(head.column)
                            event.accepted = true
                        }
                    }
                }
            }
            VerticalHeaderView {
                id: ranks
                objectName: "rankColumn"
                syncView: table
                clip: true
                Layout.fillHeight: true
                Layout.preferredWidth: 52
                delegate: Rectangle {
                    id: rankCell
                    required property int row
                    required property string display
                    implicitWidth: 52
                    implicitHeight: 32
                    color: root.palette.alternateBase
                    border.color: root.palette.mid
                    Label {
                        anchors.centerIn: parent
                        text: rankCell.display
                        font.pixelSize: 13
                    }
                }
            }
            TableView {
                id: table
                objectName: "districtTable"
                Layout.fillWidth: true
                Layout.fillHeight: true
                model: tableModel
                clip: true
                focus: true
                activeFocusOnTab: true
                boundsBehavior: Flickable.StopAtBounds
                // wide enough for the widest value of the column (no "…" in a figure), 165 px at least
                columnWidthProvider: column => Math.max(column === 0 ? 170 : 165, root.widestCell(column) + 24)
                rowHeightProvider: () => 32
                ScrollBar.horizontal: ScrollBar {}
                ScrollBar.vertical: ScrollBar {}
                Accessible.role: Accessible.Table
                Accessible.name: qsTr("Districts and their metrics")

                Keys.onPressed: event => {
                    const last = tableModel.districtCount - 1
                    if (event.key === Qt.Key_Down || event.key === Qt.Key_Up) {
                        if (last < 0)
                            return
                        const step = event.key === Qt.Key_Down ? 1 : -1
                        root.currentRow = root.currentRow < 0 ? 0 : Math.max(0, Math.min(last, root.currentRow + step))
                        table.positionViewAtRow(root.currentRow, TableView.Contain)
                        event.accepted = true
                    } else if (event.key === Qt.Key_Home || event.key === Qt.Key_End) {
                        if (last < 0)
                            return
                        root.currentRow = event.key === Qt.Key_Home ? 0 : last
                        table.positionViewAtRow(root.currentRow, TableView.Contain)
                        event.accepted = true
                    } else if (event.key === Qt.Key_Left || event.key === Qt.Key_Right) {
                        table.contentX = Math.max(0, Math.min(table.contentWidth - table.width,
                                                              table.contentX + (event.key === Qt.Key_Right ? 150 : -150)))
                        event.accepted = true
                    } else if ((event.key === Qt.Key_Return || event.key === Qt.Key_Enter) && root.currentRow >= 0) {
                        root.activateRow(root.currentRow, (event.modifiers & Qt.ControlModifier) !== 0)
                        event.accepted = true
                    }
                }
                onActiveFocusChanged: if (activeFocus && root.currentRow < 0 && tableModel.districtCount > 0) root.currentRow = 0

                delegate: Rectangle {
                    id: cell
                    required property int row
                    required property int column
                    required property string display
                    required property int districtIndex
                    required property bool hasData
                    readonly property bool isSelected: districtIndex === root.selection.selectedIndex
                    readonly property bool isCompared: districtIndex === root.selection.compareIndex
                    implicitWidth: 150
                    implicitHeight: 32
                    color: isSelected ? Qt.alpha(root.selection.colorA, 0.28)
                         : isCompared ? Qt.alpha(root.selection.colorB, 0.28)
                         : cellMouse.containsMouse ? Qt.alpha(root.palette.highlight, 0.08)
                         : row % 2 ? root.palette.alternateBase : root.palette.base
                    Rectangle {
                        // the keyboard's row
                        anchors.fill: parent
                        color: "transparent"
                        border.color: root.palette.highlight
                        border.width: 2
                        visible: table.activeFocus && cell.row === root.currentRow
                    }
                    Label {
                        anchors.fill: parent
                        anchors.leftMargin: 8
                        anchors.rightMargin: 8
                        text: cell.display
                        elide: Text.ElideRight
                        verticalAlignment: Text.AlignVCenter
                        horizontalAlignment: cell.column === 0 ? Text.AlignLeft : Text.AlignRight
                        font.bold: cell.column === 0 && (cell.isSelected || cell.isCompared)
                        font.italic: !cell.hasData
                        color: cell.hasData ? root.palette.text : root.palette.placeholderText
                    }
                    MouseArea {
                        id: cellMouse
                        anchors.fill: parent
                        hoverEnabled: true
                        onClicked: mouse => {
                            table.forceActiveFocus()
                            root.activateRow(cell.row, (mouse.modifiers & Qt.ControlModifier) !== 0)
                        }
                        onContainsMouseChanged: root.selection.hoveredIndex = containsMouse ? cell.districtIndex : -1
                    }
                }
            }
        }
        Label {
            Layout.fillWidth: true
            text: qsTr("Click a row to open the district, Ctrl+click a second row to compare; Ctrl+C copies for a spreadsheet.")
            color: root.palette.placeholderText
            font.pixelSize: 12
            elide: Text.ElideRight
        }
    }
}

// SPDX-License-Identifier: MIT
// The right-hand part of the toolbar: its actions as buttons, as many as fit in the width it is
// given, in declaration order; those that do not fit (lowest priority first, a group together) go into a "⋯" menu,
// so every action stays reachable at any window width and scale factor.
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls

Item {
    id: bar
    objectName: "actionBar"

    /** The actions, in the order their buttons appear. */
    default property list<ToolbarAction> actions
    property int spacing: 2

    /** Which actions are shown as buttons (by index in `actions`); the others are in the menu. */
    readonly property var buttonWidths: {
        const widths = []
        for (let i = 0; i < buttons.count; ++i) {
            const b = buttons.itemAt(i) as ToolButton
            widths.push(b ? b.implicitWidth + bar.spacing : 0)
        }
        return widths
    }
    /** The width all buttons need (without "⋯"). */
    readonly property real fullWidth: buttonWidths.reduce((a, b) => a + b, 0)
    readonly property var shownIndices: {
        const widths = buttonWidths
        const total = fullWidth
        const all = actions.map((a, i) => i)
        if (total <= bar.width || widths.length !== actions.length)
            return all
        // drop the lowest priority (the later one on equal priority) until the rest and "⋯" fit
        const room = bar.width - moreButton.implicitWidth - bar.spacing
        const order = all.slice().sort((a, b) => (actions[a].priority - actions[b].priority) || (b - a))
        let used = total
        const hidden = new Set()
        for (const i of order) {
            if (used <= room)
                break
            // (with the others of its group: a group is shown or hidden as one)
            for (const j of all) {
                if ((j === i || (actions[i].group !== "" && actions[j].group === actions[i].group)) && !hidden.has(j)) {
                    hidden.add(j)
                    used -= widths[j]
                }
            }
        }
        return all.filter(i => !hidden.has(i))
    }
    readonly property var overflowActions: actions.filter((a, i) => !shownIndices.includes(i))

    implicitWidth: fullWidth
    implicitHeight: Math.max(row.implicitHeight, moreButton.implicitHeight)

    Row {
        id: row
        anchors.right: bar.right
        anchors.verticalCenter: bar.verticalCenter
        spacing: bar.spacing
        Repeater {
            id: buttons
            model: bar.actions
            delegate: ToolButton {
                id: button
                required property int index
                required property ToolbarAction modelData
                objectName: modelData.name
                action: modelData
                visible: bar.shownIndices.includes(index)
                Component.onCompleted: if (modelData.pixelSize > 0) font.pixelSize = modelData.pixelSize
                Accessible.name: modelData.description !== "" ? modelData.description : modelData.text
                ToolTip.visible: hovered && modelData.toolTip !== ""
                ToolTip.delay: 500
                ToolTip.text: modelData.toolTip
            }
        }
        ToolButton {
            id: moreButton
            objectName: "moreButton"
            text: "⋯"
            font.pixelSize: 18
            visible: bar.overflowActions.length > 0
            Accessible.name: qsTr("More actions")
            ToolTip.visible: hovered
            ToolTip.delay: 500
            ToolTip.text: qsTr("More actions")
            onClicked: moreMenu.open()
            Menu {
                id: moreMenu
                objectName: "moreMenu"
                y: moreButton.height
                Instantiator {
                    model: bar.overflowActions
                    delegate: MenuItem {
                        required property ToolbarAction modelData
                        objectName: modelData.name + "Menu"
                        action: modelData
                    }
                    onObjectAdded: (index, object) => moreMenu.insertItem(index, object as MenuItem)
                    onObjectRemoved: (index, object) => moreMenu.removeItem(object as MenuItem)
                }
            }
        }
    }
    /** Opens the overflow menu (for tests and the keyboard). */
    function openMenu() { moreMenu.open() }
}

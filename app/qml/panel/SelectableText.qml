// SPDX-License-Identifier: MIT
// Read-only text of the panel that can be selected with the mouse and copied (Ctrl+C, or the
// right-click menu); it looks like a Label.
import QtQuick
import QtQuick.Controls

TextEdit {
    id: field
    readOnly: true
    selectByMouse: true
    persistentSelection: false
    activeFocusOnPress: true
    activeFocusOnTab: false
    wrapMode: TextEdit.WordWrap
    textFormat: TextEdit.PlainText
    color: field.palette.windowText
    selectionColor: field.palette.highlight
    selectedTextColor: field.palette.highlightedText
    Accessible.role: Accessible.StaticText
    Accessible.name: field.text

    TapHandler {
        acceptedButtons: Qt.RightButton
        onTapped: copyMenu.popup()
    }
    Menu {
        id: copyMenu
        MenuItem {
            text: qsTr("Copy")
            enabled: field.selectedText.length > 0
            onTriggered: field.copy()
        }
        MenuItem {
            text: qsTr("Copy all")
            onTriggered: {
                field.selectAll()
                field.copy()
                field.deselect()
            }
        }
    }
}

// SPDX-License-Identifier: MIT
// One field that finds districts (Chinese, English, pinyin) and their platforms and policies.
// Up/Down move through the results, Enter chooses, Escape closes.
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import ShanghaiInnovationMap

TextField {
    id: field
    objectName: "searchField"
    placeholderText: qsTr("Search districts, platforms, policies… (Ctrl+F)")
    Accessible.name: qsTr("Search")
    selectByMouse: true
    signal chosen()

    // the index is built in the background once a search looks likely
    onActiveFocusChanged: if (activeFocus) App.session.search.prepare()
    HoverHandler { onHoveredChanged: if (hovered) App.session.search.prepare() }

    // textChanged, not textEdited: input methods (Chinese, pinyin IMEs) commit text without edits
    onTextChanged: {
        App.session.search.query = text
        results.currentIndex = 0
        popup.visible = text.length > 0 && activeFocus
    }

    function choose(row) {
        if (row < 0 || row >= App.session.search.count)
            return
        App.selection.chooseSearchResult(row)
        popup.close()
        field.chosen()
    }

    Keys.onDownPressed: {
        if (!popup.visible && text.length > 0)
            popup.open()
        results.incrementCurrentIndex()
    }
    Keys.onUpPressed: results.decrementCurrentIndex()
    Keys.onReturnPressed: choose(results.currentIndex)
    Keys.onEnterPressed: choose(results.currentIndex)
    Keys.onEscapePressed: (event) => {
        if (popup.visible) {
            popup.close()
        } else if (text.length > 0) {
            text = ""
            App.session.search.query = ""
        } else {
            event.accepted = false
            return
        }
        event.accepted = true
    }

    Popup {
        id: popup
        objectName: "searchPopup"
        y: field.height + 2
        width: Math.max(field.width, 360)
        padding: 1
        closePolicy: Popup.CloseOnPressOutsideParent
        // never an empty sliver: with no results, the height of the "No matches" row
        height: results.count === 0 ? noMatches.implicitHeight + 2 : Math.min(results.contentHeight + 2, 420)
        ListView {
            id: results
            objectName: "searchResults"
            anchors.fill: parent
            clip: true
            model: App.session.search
            keyNavigationWraps: true
            highlightMoveDuration: 0
            delegate: ItemDelegate {
                id: result
                required property int index
                required property string title
                required property string subtitle
                width: ListView.view.width
                highlighted: ListView.isCurrentItem
                onClicked: field.choose(index)
                contentItem: Column {
                    // on the highlight, both lines in the style's highlighted-text colour at full
                    // strength (dimmed text on the saturated highlight was barely legible)
                    Label {
                        text: result.title
                        font.bold: true
                        width: result.width - 24
                        elide: Text.ElideRight
                        color: result.highlighted ? result.palette.highlightedText : result.palette.text
                    }
                    Label {
                        text: result.subtitle
                        font.pixelSize: 12
                        width: result.width - 24
                        elide: Text.ElideRight
                        color: result.highlighted ? result.palette.highlightedText : result.palette.text
                        opacity: result.highlighted ? 1 : 0.7
                    }
                }
            }
        }
        Label {
            id: noMatches
            objectName: "searchNoMatches"
            anchors.centerIn: parent
            visible: results.count === 0
            text: qsTr("No matches")
            opacity: 0.7
            padding: 12
        }
    }
}

// SPDX-License-Identifier: MIT
// One action of the toolbar (ActionBar): a button while there is room, an entry of the overflow
// ("⋯") menu when there is not. Other parts of the window add their own (base map, views, export…)
// by declaring one more ToolbarAction in the ActionBar with a priority.
import QtQuick
import QtQuick.Controls

Action {
    /** Higher stays on the toolbar longer as the window narrows; equal priorities keep their order. */
    property int priority: 0
    /** objectName of the button (tests find the button by it; the menu entry gets "<name>Menu"). */
    property string name: ""
    /** What a screen reader says, and the button's tooltip (defaults to the text). */
    property string description: ""
    property string toolTip: ""
    /** Actions with the same non-empty group leave the toolbar together (e.g. zoom out and zoom in). */
    property string group: ""
    /** The button's font size in pixels (0: the style's). */
    property int pixelSize: 0
}

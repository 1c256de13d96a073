// SPDX-License-Identifier: MIT
// The app's own save dialog (issue 16), used by every export: the district PDF (DistrictPanel), the
// Export… menu (ViewBar) and the comparison PDF (CompareView). It takes the API of Qt Quick Dialogs'
// FileDialog that those callers use — title, currentFolder, selectedFile, nameFilters,
// defaultSuffix, open(), close() — and emits saved(file) with the file chosen. Unlike the
// non-native FileDialog, it keeps a proposed name that does not exist yet: the name field opens
// with it, its stem selected, so typing replaces the stem and Enter saves.
// The folder is listed by FolderListing (app/quick/folderlisting.h, over QDir).
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import ShanghaiInnovationMap

Dialog {
    id: dialog
    objectName: "saveDialog"

    /** The folder shown (a file: URL); it follows the user's navigation. */
    property url currentFolder
    /** The file proposed before open() (its name fills the name field); the file saved after. */
    property url selectedFile
    /** "PDF files (*.pdf)": which files the listing shows. */
    property list<string> nameFilters
    /** Appended (after a dot) to a name typed without a suffix: "pdf". */
    property string defaultSuffix
    /** The user chose `file` (a file: URL) and confirmed replacing it if it existed. */
    signal saved(file: url)

    /** Asking whether to replace the existing `target`. */
    property bool confirmingReplace: false
    /** The file the name field and folder give now (empty while there is nothing to save). */
    readonly property url target: dialog.nameProblem === "" && listing.exists
        ? listing.fileInFolder(dialog.fileNameWithSuffix(nameField.text.trim())) : ""
    /** Why the typed name cannot be saved ("" when it can, also for an empty name). */
    readonly property string nameProblem: {
        const name = nameField.text.trim()
        if (name === "")
            return ""
        if (name.indexOf("/") >= 0)
            return qsTr("A file name cannot contain “/”.")
        if (name === "." || name === "..")
            return qsTr("“%1” is not a file name.").arg(name)
        if (listing.exists && listing.isFolder(listing.fileInFolder(dialog.fileNameWithSuffix(name))))
            return qsTr("“%1” is a folder. Type another name.").arg(dialog.fileNameWithSuffix(name))
        return ""
    }
    /** Why the folder cannot be used ("" when it can). */
    readonly property string folderProblem: listing.exists ? ""
        : listing.isFolder(listing.folder) ? qsTr("The folder “%1” cannot be read.").arg(listing.path)
        : qsTr("The folder “%1” does not exist.").arg(listing.path)
    readonly property bool canSave: dialog.folderProblem === "" && dialog.nameProblem === "" && nameField.text.trim() !== ""
    readonly property bool dark: palette.window.hslLightness < 0.5
    readonly property color errorColor: dark ? "#ff8a80" : "#b3261e"

    parent: Overlay.overlay
    anchors.centerIn: parent
    width: Math.min(720, parent ? parent.width - 32 : 720)
    height: Math.min(560, parent ? parent.height - 32 : 560)
    modal: true
    focus: true
    // Esc cancels the dialog, or only the "Replace?" question while it is asked
    closePolicy: dialog.confirmingReplace ? Popup.NoAutoClose : Popup.CloseOnEscape

    /** `name`, with "." + defaultSuffix when it has no suffix of its own. */
    function fileNameWithSuffix(name: string): string {
        return name === "" || dialog.defaultSuffix === "" || name.lastIndexOf(".") > 0 ? name : name + "." + dialog.defaultSuffix
    }
    /** Puts `name` in the name field with the part before its suffix selected. */
    function setName(name: string) {
        nameField.text = name
        const dot = name.lastIndexOf(".")
        nameField.select(0, dot > 0 ? dot : name.length)
    }
    /** Lists another folder (a missing one shows why it cannot be used). */
    function goTo(folder: url) {
        dialog.confirmingReplace = false
        dialog.currentFolder = folder
        pathField.text = listing.path
        entries.currentIndex = -1
    }
    /** Save (Enter): asks first when the file exists; does nothing while Save is disabled. */
    function save() {
        if (!dialog.canSave)
            return
        if (listing.isFile(dialog.target) && !dialog.confirmingReplace) {
            dialog.confirmingReplace = true
            replaceButton.forceActiveFocus()
            return
        }
        const file = dialog.target
        dialog.confirmingReplace = false
        dialog.selectedFile = file
        dialog.close()
        dialog.saved(file)
    }
    function cancelReplace() {
        dialog.confirmingReplace = false
        nameField.forceActiveFocus()
    }

    onAboutToShow: {
        confirmingReplace = false
        const proposed = selectedFile.toString()
        const name = proposed === "" ? "" : decodeURIComponent(proposed.substring(proposed.lastIndexOf("/") + 1))
        if (currentFolder.toString() === "" && proposed !== "")
            currentFolder = proposed.substring(0, proposed.lastIndexOf("/"))
        listing.refresh()
        pathField.text = listing.path
        entries.currentIndex = -1
        setName(name)
    }
    onOpened: nameField.forceActiveFocus()

    FolderListing {
        id: listing
        folder: dialog.currentFolder
        nameFilters: dialog.nameFilters
    }

    contentItem: ColumnLayout {
        spacing: 8

        RowLayout {
            Layout.fillWidth: true
            spacing: 4
            Label {
                text: qsTr("Folder:")
            }
            TextField {
                id: pathField
                objectName: "saveDialogPath"
                Layout.fillWidth: true
                selectByMouse: true
                Accessible.name: qsTr("Folder path (Enter goes there)")
                onAccepted: dialog.goTo(listing.folderFromText(text))
            }
            Button {
                objectName: "saveDialogUp"
                text: qsTr("Up")
                Accessible.name: qsTr("Go to the folder above")
                enabled: listing.path !== "/" && listing.path !== ""
                onClicked: dialog.goTo(listing.parentFolder())
                Keys.onReturnPressed: dialog.goTo(listing.parentFolder())
                Keys.onEnterPressed: dialog.goTo(listing.parentFolder())
            }
            Button {
                objectName: "saveDialogHome"
                text: qsTr("Home")
                Accessible.name: qsTr("Go to your home folder")
                onClicked: dialog.goTo(listing.homeFolder())
                Keys.onReturnPressed: dialog.goTo(listing.homeFolder())
                Keys.onEnterPressed: dialog.goTo(listing.homeFolder())
            }
        }
        Label {
            objectName: "saveDialogFolderError"
            Layout.fillWidth: true
            visible: text !== ""
            text: dialog.folderProblem
            color: dialog.errorColor
            wrapMode: Text.Wrap
        }

        Frame {
            Layout.fillWidth: true
            Layout.fillHeight: true
            padding: 1
            ListView {
                id: entries
                objectName: "saveDialogList"
                anchors.fill: parent
                clip: true
                model: listing
                currentIndex: -1
                activeFocusOnTab: true
                keyNavigationEnabled: true
                boundsBehavior: Flickable.StopAtBounds
                ScrollBar.vertical: ScrollBar {}
                Accessible.role: Accessible.List
                Accessible.name: qsTr("Folders, and the files of this kind")
                // Enter opens a folder or takes a file's name; Backspace goes up
                Keys.onReturnPressed: entries.activate(entries.currentIndex)
                Keys.onEnterPressed: entries.activate(entries.currentIndex)
                Keys.onPressed: event => {
                    if (event.key === Qt.Key_Backspace) {
                        dialog.goTo(listing.parentFolder())
                        event.accepted = true
                    }
                }
                onActiveFocusChanged: if (activeFocus && currentIndex < 0 && count > 0) currentIndex = 0
                function activate(row: int) {
                    if (row < 0 || row >= entries.count)
                        return
                    if (listing.isFolderAt(row)) {
                        dialog.goTo(listing.fileInFolder(listing.nameAt(row)))
                    } else {
                        dialog.setName(listing.nameAt(row))
                        nameField.forceActiveFocus()
                    }
                }
                delegate: ItemDelegate {
                    id: entry
                    required property int index
                    required property string name
                    required property bool isFolder
                    width: ListView.view.width
                    highlighted: ListView.isCurrentItem
                    focusPolicy: Qt.NoFocus
                    text: entry.isFolder ? "▸  " + entry.name + "/" : "     " + entry.name
                    opacity: entry.isFolder ? 1 : 0.6 // files are only there to see (and to take a name from)
                    Accessible.name: entry.isFolder ? qsTr("Folder %1").arg(entry.name) : qsTr("File %1").arg(entry.name)
                    onClicked: {
                        entries.currentIndex = entry.index
                        if (!entry.isFolder)
                            entries.activate(entry.index)
                    }
                    onDoubleClicked: entries.activate(entry.index)
                }

                Label {
                    anchors.centerIn: parent
                    visible: entries.count === 0 && listing.exists
                    text: qsTr("No folders or files of this kind here")
                    opacity: 0.6
                }
            }
        }

        RowLayout {
            Layout.fillWidth: true
            spacing: 4
            Label {
                text: qsTr("Name:")
            }
            TextField {
                id: nameField
                objectName: "saveDialogName"
                Layout.fillWidth: true
                selectByMouse: true
                Accessible.name: qsTr("File name (Enter saves)")
                onTextEdited: dialog.confirmingReplace = false
                Keys.onReturnPressed: dialog.save()
                Keys.onEnterPressed: dialog.save()
            }
        }
        Label {
            objectName: "saveDialogNameError"
            Layout.fillWidth: true
            visible: text !== ""
            text: dialog.nameProblem
            color: dialog.errorColor
            wrapMode: Text.Wrap
        }

        RowLayout {
            Layout.fillWidth: true
            visible: !dialog.confirmingReplace
            spacing: 8
            Label {
                objectName: "saveDialogTarget"
                Layout.fillWidth: true
                elide: Text.ElideMiddle
                opacity: 0.7
                text: dialog.canSave ? qsTr("Saves %1").arg(listing.path.replace(/\/$/, "") + "/" + dialog.fileNameWithSuffix(nameField.text.trim()))
                    : nameField.text.trim() === "" && dialog.folderProblem === "" ? qsTr("Type a file name.") : ""
            }
            Button {
                objectName: "saveDialogSave"
                text: qsTr("Save")
                highlighted: true
                enabled: dialog.canSave
                onClicked: dialog.save()
                Keys.onReturnPressed: dialog.save()
                Keys.onEnterPressed: dialog.save()
            }
            Button {
                objectName: "saveDialogCancel"
                text: qsTr("Cancel")
                onClicked: dialog.close()
                Keys.onReturnPressed: dialog.close()
                Keys.onEnterPressed: dialog.close()
            }
        }
        RowLayout {
            objectName: "saveDialogReplaceBar"
            Layout.fillWidth: true
            visible: dialog.confirmingReplace
            spacing: 8
            Label {
                objectName: "saveDialogReplaceQuestion"
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                font.bold: true
                text: qsTr("“%1” already exists. Replace it?").arg(dialog.fileNameWithSuffix(nameField.text.trim()))
            }
            Button {
                id: replaceButton
                objectName: "saveDialogReplace"
                text: qsTr("Replace")
                onClicked: dialog.save()
                Keys.onReturnPressed: dialog.save()
                Keys.onEnterPressed: dialog.save()
                Keys.onEscapePressed: dialog.cancelReplace()
            }
            Button {
                objectName: "saveDialogKeep"
                text: qsTr("Cancel")
                onClicked: dialog.cancelReplace()
                Keys.onReturnPressed: dialog.cancelReplace()
                Keys.onEnterPressed: dialog.cancelReplace()
                Keys.onEscapePressed: dialog.cancelReplace()
            }
        }
    }
}

// SPDX-License-Identifier: MIT
// The save dialog of the Export… menu. In a file of its own so that Qt Quick Dialogs is loaded the
// first time someone exports (through a Loader), not at start-up.
import QtQuick
import QtQuick.Dialogs

FileDialog {
    id: dialog
    /** Accepted, with the file chosen (the bar knows this dialog only as a Loader's item). */
    signal saved(file: url)
    fileMode: FileDialog.SaveFile
    onAccepted: dialog.saved(dialog.selectedFile)
}

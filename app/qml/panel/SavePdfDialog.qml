// SPDX-License-Identifier: MIT
// The save dialog for PDF exports. In a file of its own so that Qt Quick Dialogs is loaded the
// first time someone exports (through a Loader), not at start-up.
import QtQuick
import QtQuick.Dialogs

FileDialog {
    fileMode: FileDialog.SaveFile
    defaultSuffix: "pdf"
}

// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QString>
#include <QUrl>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

namespace sim {

/**
 * What the data error view offers besides "Try again": the bundled data directory (to load it
 * instead), and importing a published boundary file (import/boundaryimport.h) into a new data
 * directory made from the bundled data's other files.
 */
class DataRecovery : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    /** The bundled data directory (data/dataset.h bundledDataDir(): SIM_DATA_DIR, the installed or the checkout's). */
    Q_PROPERTY(QString bundledDataDir READ bundledDataDir CONSTANT)
public:
    explicit DataRecovery(QObject *parent = nullptr);

    QString bundledDataDir() const;

    /** The local path of a file: URL (as a folder dialog returns it); "" for any other URL. */
    Q_INVOKABLE QString localPath(const QUrl &url) const;

    /**
     * Imports the boundary file `source` (a local file: URL) into the folder `folder`, which must be
     * empty or not exist yet: the bundled data's files except its boundaries are copied there, then
     * the importer writes the folder's boundaries.geojson. Nothing is written into the bundled data.
     * Returns {ok: bool, dir: the folder's path, report: one line per step, problem and error (in English,
     * like the importer's report and every data problem)}.
     */
    Q_INVOKABLE QVariantMap importBoundaries(const QUrl &source, const QUrl &folder) const;
};

} // namespace sim

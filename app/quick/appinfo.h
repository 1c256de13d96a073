// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QtQml/qqmlregistration.h>

namespace sim {

/**
 * What the About box shows about the program itself: its version (git describe at build time),
 * the Qt and GDAL versions it runs with and the licence of its code. The data directory and the
 * data's sources with their licences are the loaded dataset's (App.session.dataDir,
 * App.session.sourceLines).
 */
class AppInfo : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    /** "0.1.0 (git 449efd1)", or the project version alone outside a git checkout. */
    Q_PROPERTY(QString version READ version CONSTANT)
    /** "6.8.2", or "6.8.3 (built with 6.8.2)" when they differ. */
    Q_PROPERTY(QString qtVersion READ qtVersion CONSTANT)
    Q_PROPERTY(QString gdalVersion READ gdalVersion CONSTANT)
    /** SPDX identifier of the code's licence ("MIT"). */
    Q_PROPERTY(QString codeLicence READ codeLicence CONSTANT)

public:
    explicit AppInfo(QObject *parent = nullptr);

    [[nodiscard]] QString version() const { return m_version; }
    [[nodiscard]] QString qtVersion() const { return m_qt; }
    [[nodiscard]] QString gdalVersion() const { return m_gdal; }
    [[nodiscard]] QString codeLicence() const;

private:
    QString m_version;
    QString m_qt;
    QString m_gdal;
};

} // namespace sim

// SPDX-License-Identifier: MIT
#pragma once

// Internal to geo/: GDAL's error messages, collected for our own messages.

#include <QStringList>
#include <cpl_error.h>

namespace sim {

/** Collects GDAL's error messages while alive instead of letting GDAL print them. */
class GdalErrorCollector
{
public:
    GdalErrorCollector() { CPLPushErrorHandlerEx(&handler, this); }
    ~GdalErrorCollector() { CPLPopErrorHandler(); }
    GdalErrorCollector(const GdalErrorCollector &) = delete;
    GdalErrorCollector &operator=(const GdalErrorCollector &) = delete;

    [[nodiscard]] QString last() const { return m_messages.isEmpty() ? QString() : m_messages.last(); }
    [[nodiscard]] const QStringList &messages() const { return m_messages; }

private:
    static void CPL_STDCALL handler(CPLErr err, CPLErrorNum, const char *msg)
    {
        auto *self = static_cast<GdalErrorCollector *>(CPLGetErrorHandlerUserData());
        if (self && err >= CE_Warning)
            self->m_messages << QString::fromUtf8(msg);
    }
    QStringList m_messages;
};

} // namespace sim

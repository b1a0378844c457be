#pragma once

#include <QCoreApplication>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>

namespace HeadroomTest {

namespace detail {
inline QtMessageHandler &previousHandler()
{
    static QtMessageHandler handler = nullptr;
    return handler;
}
// The offscreen platform warns about window features it lacks (raise(), size hints) on
// every window; the warnings say nothing about our code and drown real ones.
inline void dropOffscreenNoise(QtMsgType type, const QMessageLogContext &context,
                               const QString &text)
{
    if (type == QtWarningMsg && text.startsWith(QLatin1String("This plugin does not support")))
        return;
    if (previousHandler())
        previousHandler()(type, context, text);
}
} // namespace detail

// Keeps a test away from the user's real settings and data: QStandardPaths in test mode
// (~/.qttest/...) and QSettings in a temporary folder that disappears with the process.
// Call first thing in initTestCase().
inline void useHermeticEnvironment()
{
    QStandardPaths::setTestModeEnabled(true);
    static QTemporaryDir settingsDir;
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settingsDir.path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settingsDir.path());
    QCoreApplication::setOrganizationName(QStringLiteral("HeadroomTests"));
    QCoreApplication::setApplicationName(QStringLiteral("Headroom"));
    if (!detail::previousHandler())
        detail::previousHandler() = qInstallMessageHandler(detail::dropOffscreenNoise);
}

} // namespace HeadroomTest

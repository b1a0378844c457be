#pragma once

#include <QByteArray>
#include <QDir>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

namespace HeadroomTest {

struct CliResult
{
    int exitCode = -1;
    QString out;
    QString err;
};

// Runs the real `headroom` executable (HEADROOM_EXECUTABLE, set by the test's CMake target)
// as a user's script would: no display, C locale, a throw-away config folder, optional
// standard input.
inline CliResult runHeadroom(const QStringList &arguments, const QByteArray &input = {})
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("xcb"));
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("LANGUAGE"), QString());
    // One folder per test program, removed when it ends: test programs run in parallel.
    static const QTemporaryDir home;
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.path() + QStringLiteral("/config"));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home.path() + QStringLiteral("/data"));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(HEADROOM_EXECUTABLE), arguments);
    if (!process.waitForStarted(30000))
        return {};
    if (!input.isNull())
        process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(120000))
        return {};
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

} // namespace HeadroomTest

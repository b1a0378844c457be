#pragma once

#include <QDir>
#include <QProcess>
#include <QString>
#include <QStringList>

namespace HeadroomTest {

struct ProcessResult
{
    int exitCode = -1; // -1: crashed or timed out
    QString out;
    QString err;
};

// Runs the real `headroom` executable (HEADROOM_EXECUTABLE, set by tests/CMakeLists.txt)
// as a user's script would: no display (DISPLAY unset and QT_QPA_PLATFORM asking for xcb,
// so a subcommand that did not pick the offscreen platform itself fails), English, and
// settings in a folder of the tests' own.
inline ProcessResult runHeadroom(const QStringList &arguments)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("xcb"));
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("LANGUAGE"), QString());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"),
               QDir::tempPath() + QStringLiteral("/headroom-cli-test"));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(HEADROOM_EXECUTABLE), arguments);
    if (!process.waitForFinished(120000))
        return {};
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

} // namespace HeadroomTest

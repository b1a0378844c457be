#include "app/bench/startupbenchmark.h"

#include "app/languagemanager.h"
#include "app/mainwindow.h"

#include <QElapsedTimer>
#include <QEvent>

#include <memory>

namespace {
class FirstPaintWatcher : public QObject
{
public:
    bool painted = false;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint)
            painted = true;
        return QObject::eventFilter(watched, event);
    }
};
} // namespace

QString StartupBenchmark::description() const
{
    return tr("Constructs the main window and waits for its first paint.");
}

QList<Measurement> StartupBenchmark::run(const BenchOptions &options)
{
    LanguageManager languages;
    Measurement cold {QStringLiteral("first_window_first_paint")};
    Measurement warm {QStringLiteral("window_first_paint")};
    const int runs = options.runs > 0 ? options.runs : defaultRuns();
    for (int i = 0; i <= runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        auto window = std::make_unique<MainWindow>(&languages);
        FirstPaintWatcher watcher;
        window->installEventFilter(&watcher);
        window->show();
        while (!watcher.painted && timer.elapsed() < 10000)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 1);
        const double ms = static_cast<double>(timer.nsecsElapsed()) / 1e6;
        (i == 0 ? cold : warm).samples.push_back(ms);
        window->removeEventFilter(&watcher);
    }
    return {warm, cold};
}

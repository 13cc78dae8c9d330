// The baseline of nacre's start time (bench/run): an empty QMainWindow of the size nacre opens at,
// built with the same flags and timed the same way (startup_probe.cpp).
#include <QApplication>
#include <QMainWindow>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QMainWindow window;
    window.resize(1100, 720);
    window.show();
    return QApplication::exec();
}

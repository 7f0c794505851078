// Helpers shared by the tests: printing Qt types in Catch2 messages, fixtures, files.
#pragma once

#include <catch2/catch.hpp>

#include <QByteArray>
#include <QDate>
#include <QString>
#include <QStringList>
#include <QWidget>

#include <functional>

#include <ostream>

// For INFO() and CAPTURE() with Qt strings.
inline std::ostream &operator<<(std::ostream &os, const QString &value)
{
    return os << value.toStdString();
}

namespace Catch {
template<>
struct StringMaker<QString>
{
    static std::string convert(const QString &value) { return '"' + value.toStdString() + '"'; }
};
template<>
struct StringMaker<QDate>
{
    static std::string convert(const QDate &value) { return value.toString(Qt::ISODate).toStdString(); }
};
template<>
struct StringMaker<QStringList>
{
    static std::string convert(const QStringList &value)
    {
        return '[' + value.join(QStringLiteral(", ")).toStdString() + ']';
    }
};
} // namespace Catch

namespace coach::test {

QByteArray readFile(const QString &path);
void writeFile(const QString &path, const QByteArray &content);
// Calls Qt's event loop until the predicate holds or the time runs out; returns the predicate's value.
bool waitFor(const std::function<bool()> &predicate, int timeoutMs = 5000);
// Delivers the posted events (layout requests, resizes, the screen's answers) until a round posts no more,
// so the widgets have the sizes their layouts give them; no time passes.
void settleLayouts();
// How much audio the take being recorded into folder holds so far (ms): the granule position of the last
// Ogg page of its *.partial file, at Opus's 48 kHz; 0 without such a file or before its first audio page.
qint64 partialTakeMs(const QString &folder);
// Overwrites one whole page (4096 bytes) of a database file: the kind of damage a failing disk leaves.
void damagePage(const QString &path, int page);

// The child widget of that type and objectName; the test stops if there is none.
template<typename T>
T *child(QWidget &parent, const char *name)
{
    T *widget = parent.findChild<T *>(QString::fromLatin1(name));
    REQUIRE(widget != nullptr);
    return widget;
}

} // namespace coach::test

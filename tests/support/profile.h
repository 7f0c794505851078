// A test profile: a real SQLite database with the bundled question bank copied in.
#pragma once

#include <QString>

namespace coach {
class Database;
}

namespace coach::test {

// Opens path (a file, or ":memory:") and imports the bundled backend-engineer bank; fails the test otherwise.
void openWithBundledBank(Database &database, const QString &path);

} // namespace coach::test

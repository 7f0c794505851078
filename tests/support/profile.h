// A test profile: a real SQLite database with the bundled question bank copied in.
#pragma once

#include <QString>

namespace coach {
class Database;
}

namespace coach::test {

// Opens path (a file, or ":memory:") and imports the bundled backend-engineer bank; fails the test otherwise.
void openWithBundledBank(Database &database, const QString &path);
// Creates dir/coach.sqlite with the bundled bank and folds its write-ahead log into the file (so a damaged
// page stays damaged); its path.
QString createProfile(const QString &dir);
// How many questions the database holds (-1 when it cannot be read), and whether a harmless update of
// them goes through: for the tests of read-only connections.
int countQuestions(const Database &database);
bool canUpdate(const Database &database);

} // namespace coach::test

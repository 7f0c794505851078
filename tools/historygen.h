// Fills a database with a generated history: extra questions up to a total, and attempts spread over two
// years with ratings, notes and delivery figures, but no audio files. For the history benchmark, screenshots
// and tests at scale.
#pragma once

#include "core/result.h"

#include <QDateTime>

namespace coach {

class Database;

struct HistorySpec
{
    int questions = 200; // in all, the bundled bank's included
    int attempts = 100000;
    QDateTime end = QDateTime::currentDateTimeUtc(); // the newest attempt is a little before this
    int days = 730;
    quint32 seed = 1;
};

// Every bundled bank, in its place, as the program's first start writes them.
Status importBundledBanks(Database &database);

// The database must already hold the bundled banks.
Status generateHistory(Database &database, const HistorySpec &spec);

} // namespace coach

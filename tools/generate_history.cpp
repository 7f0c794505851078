// generate_history DATA_DIR [ATTEMPTS] [QUESTIONS]: a profile with a generated history, for trying the
// History and Progress views at scale (the attempts have no audio files).
#include "historygen.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QDir>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc < 2) {
        std::fputs("usage: generate_history DATA_DIR [ATTEMPTS] [QUESTIONS]\n", stderr);
        return 2;
    }
    using namespace coach;
    const QString dir = QString::fromLocal8Bit(argv[1]);
    HistorySpec spec;
    if (argc > 2)
        spec.attempts = QString::fromLocal8Bit(argv[2]).toInt();
    if (argc > 3)
        spec.questions = QString::fromLocal8Bit(argv[3]).toInt();
    Database database;
    if (Status s = database.open(QDir(dir).filePath(QStringLiteral("coach.sqlite"))); !s) {
        std::fprintf(stderr, "%s\n", qPrintable(s.error()));
        return 1;
    }
    if (Status s = importBundledBanks(database); !s) {
        std::fprintf(stderr, "the bundled banks cannot be loaded: %s\n", qPrintable(s.error()));
        return 1;
    }
    if (Status s = generateHistory(database, spec); !s) {
        std::fprintf(stderr, "%s\n", qPrintable(s.error()));
        return 1;
    }
    std::printf("%d attempts over %d days, %d questions: %s\n", spec.attempts, spec.days, spec.questions,
                qPrintable(QDir::toNativeSeparators(database.path())));
    return 0;
}

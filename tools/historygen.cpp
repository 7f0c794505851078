#include "historygen.h"

#include "core/bankloader.h"
#include "storage/attemptrepository.h"
#include "storage/database.h"
#include "storage/questionrepository.h"

#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>

#include <cmath>

namespace coach {

namespace {

constexpr int kGeneratedCategories = 4;

} // namespace

Status importBundledBanks(Database &database)
{
    QuestionRepository questions(database);
    const QStringList files = BankLoader::bundledFiles();
    for (qsizetype i = 0; i < files.size(); ++i) {
        auto bank = BankLoader::loadFile(files.at(i));
        if (!bank)
            return Status::failure(bank.error());
        if (auto imported = questions.importBundledBank(bank.value(), static_cast<int>(i)); !imported)
            return Status::failure(imported.error());
    }
    return Status::success();
}

Status generateHistory(Database &database, const HistorySpec &spec)
{
    QuestionRepository questions(database);
    auto existing = questions.questions();
    if (!existing)
        return Status::failure(existing.error());

    // Extra questions in a bank of their own, with categories of their own.
    QuestionBank bank;
    bank.id = QStringLiteral("generated");
    bank.title = QStringLiteral("Generated questions");
    bank.language = QStringLiteral("en");
    bank.version = 1;
    for (int c = 1; c <= kGeneratedCategories; ++c)
        bank.categories.append(
            {QStringLiteral("generated-%1").arg(c), QStringLiteral("Generated topics %1").arg(c)});
    const int extra = std::max<int>(0, spec.questions - static_cast<int>(existing->size()));
    for (int i = 0; i < extra; ++i) {
        Question q;
        q.id = QStringLiteral("gen-q%1").arg(i + 1, 3, 10, QLatin1Char('0'));
        q.bankId = bank.id;
        q.categoryId = bank.categories.at(i % kGeneratedCategories).id;
        q.text = QStringLiteral("Generated question %1 about topic %2?").arg(i + 1).arg(i % 37);
        q.whyAsked = QStringLiteral("Generated.");
        q.sampleAnswer = QStringLiteral("Generated.");
        q.star = i % 3 == 0;
        q.targetSeconds = q.star ? 120 : 90;
        q.position = i;
        bank.questions.append(q);
    }
    if (extra > 0) {
        // Listed after the bundled banks.
        if (auto imported =
                questions.importBundledBank(bank, static_cast<int>(BankLoader::bundledFiles().size()));
            !imported)
            return Status::failure(imported.error());
    }
    auto all = questions.questions();
    if (!all)
        return Status::failure(all.error());

    QRandomGenerator random(spec.seed);
    QSqlDatabase db = database.connection();
    db.transaction();
    QSqlQuery attempt(db);
    attempt.prepare(
        QStringLiteral("INSERT INTO attempts (question_id, started_at, duration_ms, audio_path, status, "
                       "rating, notes) VALUES (?, ?, ?, ?, 'complete', ?, ?)"));
    QSqlQuery figures(db);
    figures.prepare(QStringLiteral(
        "INSERT INTO attempt_figures (attempt_id, version, analysed_at, duration_ms, speaking_ms, "
        "first_word_ms, "
        "pause_count_05s, pause_count_2s, longest_pause_ms, syllables, speaking_rate_wpm, articulation_wpm, "
        "peak_dbfs, speech_level_dbfs, clipped, pauses) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, "
        "'[]')"));
    const qint64 spanMs = static_cast<qint64>(spec.days) * 86400000LL;
    const qint64 endMs = spec.end.toMSecsSinceEpoch();
    const QString analysedAt = spec.end.toString(Qt::ISODateWithMs);
    for (int n = 0; n < spec.attempts; ++n) {
        // Spread over the span, with practice getting more regular (and a little faster) over time.
        const double t = std::sqrt(random.generateDouble());
        const qint64 at = endMs - spanMs + static_cast<qint64>(t * spanMs) - 60000;
        const Question &q = all->at(random.bounded(static_cast<int>(all->size())));
        const qint64 duration = std::max<qint64>(
            5000, static_cast<qint64>(q.targetSeconds * 1000 * (0.7 + 0.6 * random.generateDouble())));
        // Ratings improve with practice, with a spread around the trend; one in five is not rated.
        const double skill = 1.4 + 2.2 * t + (random.generateDouble() - 0.5) * 1.8;
        const int rating =
            random.bounded(10) < 2 ? 0 : std::clamp(static_cast<int>(std::lround(skill)), 1, 4);
        attempt.addBindValue(q.id);
        attempt.addBindValue(QDateTime::fromMSecsSinceEpoch(at, Qt::UTC).toString(Qt::ISODateWithMs));
        attempt.addBindValue(duration);
        attempt.addBindValue(QStringLiteral("recordings/generated-%1.opus").arg(n));
        attempt.addBindValue(rating == 0 ? QVariant() : QVariant(rating));
        attempt.addBindValue(n % 50 == 0 ? QStringLiteral("Remember the numbers.") : QStringLiteral(""));
        if (!attempt.exec()) {
            db.rollback();
            return Status::failure(attempt.lastError().text());
        }
        if (random.bounded(10) == 0)
            continue; // not analysed yet
        const double pace = 125 + 30 * t + 10 * (random.generateDouble() - 0.5);
        const int longPauses = random.bounded(std::max(1, static_cast<int>(5 - 3 * t)));
        const QVariantList values{attempt.lastInsertId(),
                                  kSpeechAnalysisVersion,
                                  analysedAt,
                                  duration,
                                  duration * 8 / 10,
                                  300 + random.bounded(900),
                                  longPauses + random.bounded(6),
                                  longPauses,
                                  longPauses > 0 ? 2000 + random.bounded(2500) : 900,
                                  static_cast<int>(pace * 1.5 * duration / 60000.0),
                                  pace * 0.9,
                                  pace,
                                  -3.0,
                                  -18.0};
        for (const QVariant &v : values)
            figures.addBindValue(v);
        if (!figures.exec()) {
            db.rollback();
            return Status::failure(figures.lastError().text());
        }
    }
    AttemptRepository attempts(database);
    for (const Question &q : all.value()) {
        if (Status s = attempts.updateSchedule(q.id); !s) {
            db.rollback();
            return s;
        }
    }
    if (!db.commit())
        return Status::failure(db.lastError().text());
    return Status::success();
}

} // namespace coach

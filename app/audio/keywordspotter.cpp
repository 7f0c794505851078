#include "audio/keywordspotter.h"

#include "audio/audiofile.h"
#include "core/keypoints.h"
#include "core/libraryfunctions.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTextStream>

#include <pocketsphinx.h>
#include <sphinxbase/err.h>

#include <algorithm>
#include <cmath>
#include <limits>
#include <memory>
#include <numbers>

namespace coach {

namespace {

constexpr int kSpotRate = 16000; // the model's rate
constexpr int kFramesPerSecond = 100;
constexpr qint64 kSameHitMs = 1000; // detections of one phrase closer than this are one hit
// A detection this many powers of ten below the same phrase's best in the take is taken for a like-sounding
// stretch, not for the phrase said again: flite's awb and rms hear "connection pool" at "connections, so I
// tuned the" (10^-1 and 10^-4) two seconds before the phrase itself (10^11 and 10^37).
constexpr double kBelowBestLog10 = 8;
// The engine's start of a detection can reach back to an earlier word that begins the same ("connections, so
// I tuned the connection pool" started 2.4 s early on flite's rms); its end is where the phrase ends. A
// phrase lasts at most this long a phone (about 80 ms at a normal pace, 100 ms slow).
constexpr qint64 kLongestPhoneMs = 120;

// Thresholds by the length of the phrase, as powers of ten of the likelihood ratio against the phone loop: a
// phrase's score sums its evidence over its phones, and a long phrase not said scores far lower than a short
// one. Measured (tests/audio/test_keywordspotter.cpp, "[.keypoints-full]" and "[.keypoints-scores]"): a
// backend answer with 8 phrases said and 8 of the same domain not said, by flite's awb, rms, slt, kal and
// espeak-ng's en-us, +f3, +m7, at two rates, clean and at 30 and 20 dB SNR. Phrases said scored from below
// 10^-60 (missed) to 10^+91. Of those not said, the short ones came closest: "five seconds" (10 phones)
// 10^-7.4 and "thread pool" (7) 10^-9.2; all of 12 and 13 phones stayed below 10^-45. So two words need
// 10^-5, or half a power of ten a phone when longer (10^-7 for the 14 phones of "cache invalidation"), three
// or more 10^-10, or half a power a phone beyond that, down to 10^-20. One word is unmeasured and kept
// strict.
constexpr double kLog10Threshold1Word = 0;
constexpr double kLog10Threshold2Words = -5;
constexpr double kLog10Threshold3Words = -10; // and longer
constexpr double kLog10PerPhone = -0.5;
constexpr double kLog10Loosest = -20;

// The model's folder and dictionary; COACH_KWS_MODEL_DIR names another folder laid out the same (tests).
QString modelRoot()
{
    const QString overridden = qEnvironmentVariable("COACH_KWS_MODEL_DIR");
    return overridden.isEmpty() ? QStringLiteral(COACH_POCKETSPHINX_MODELDIR "/en-us") : overridden;
}
QString acousticModelPath()
{
    return modelRoot() + QStringLiteral("/en-us");
}
QString dictionaryPath()
{
    return modelRoot() + QStringLiteral("/cmudict-en-us.dict");
}

// The dictionary's pronunciations of the given words (alternates "word(2)" included). The file (135,000
// words, 3.5 MB) is read in one piece and scanned without a copy of each line: this runs on the window's
// thread each time a key point is added or changed.
QStringList pronunciationLines(const QSet<QString> &words)
{
    QStringList lines;
    QFile file(dictionaryPath());
    if (words.isEmpty() || !file.open(QIODevice::ReadOnly))
        return lines;
    QSet<QByteArray> wanted;
    for (const QString &word : words)
        wanted.insert(word.toUtf8());
    const QByteArray text = file.readAll();
    qsizetype start = 0;
    while (start < text.size()) {
        qsizetype end = text.indexOf('\n', start);
        if (end < 0)
            end = text.size();
        const qsizetype space = text.indexOf(' ', start);
        if (space > start && space < end) {
            qsizetype wordEnd = space;
            if (const qsizetype paren = text.indexOf('(', start); paren > start && paren < space)
                wordEnd = paren;
            if (wanted.contains(QByteArray::fromRawData(text.constData() + start, wordEnd - start)))
                lines << QString::fromUtf8(text.mid(start, end - start)).trimmed();
        }
        start = end + 1;
    }
    return lines;
}

// The dictionary's pronunciations of the words of a phrase in its spoken form.
QStringList pronunciationLinesOf(const QString &spoken)
{
    const QStringList words = spoken.split(u' ', Qt::SkipEmptyParts);
    return pronunciationLines(QSet<QString>(words.cbegin(), words.cend()));
}

// Phones of the phrase's words in their first pronunciations.
int phonesOf(const QString &phrase, const QStringList &lines)
{
    int phones = 0;
    for (const QString &word : phrase.split(u' ', Qt::SkipEmptyParts))
        for (const QString &line : lines)
            if (line.section(u' ', 0, 0) == word) {
                phones += static_cast<int>(line.count(u' '));
                break;
            }
    return phones;
}

// The dictionary's alternate pronunciations ("word(2)") become words of their own ("word@2") in the
// decoder's dictionary: the keyword search listens for a word's first pronunciation only.
QString asDistinctWord(const QString &line)
{
    static const QRegularExpression alternate(QStringLiteral("^([^ (]+)\\(([0-9]+)\\)"));
    QString distinct = line;
    return distinct.replace(alternate, QStringLiteral("\\1@\\2"));
}

// Every way the dictionary lets the phrase be said, as keyphrases of distinct words, the first
// pronunciations first; at most kMaxSayings.
constexpr int kMaxSayings = 8;
QStringList sayings(const QString &phrase, const QStringList &lines)
{
    QStringList result{QString()};
    for (const QString &word : phrase.split(u' ', Qt::SkipEmptyParts)) {
        QStringList forms;
        for (const QString &line : lines) {
            const QString head = line.section(u' ', 0, 0);
            if (head == word || head.startsWith(word + u'('))
                forms << asDistinctWord(head);
        }
        QStringList next;
        for (const QString &form : std::as_const(forms))
            for (const QString &start : std::as_const(result))
                if (next.size() < kMaxSayings)
                    next << (start.isEmpty() ? form : start + u' ' + form);
        result = next;
    }
    return result;
}

QSet<QString> knownWords(const QStringList &lines)
{
    QSet<QString> known;
    for (const QString &line : lines)
        known.insert(line.section(u' ', 0, 0).section(u'(', 0, 0));
    return known;
}

// Windowed-sinc resampling to 16 kHz from any rate, a block at a time: the kernel is tabulated once and
// read with linear interpolation, so fractional ratios (44.1 kHz) cost what 48 kHz costs.
class SpotResampler final
{
public:
    explicit SpotResampler(int inRate)
        : m_step(static_cast<double>(inRate) / kSpotRate)
    {
        const double cutoff = 0.475 * std::min(inRate, kSpotRate) / inRate; // cycles per input sample
        m_half = static_cast<int>(std::ceil(8.0 / cutoff));                 // 16 zero crossings each side
        m_table.resize(kTableSize + 2);
        for (int i = 0; i <= kTableSize + 1; ++i) {
            const double u = std::min(1.0, static_cast<double>(i) / kTableSize);
            const double x = u * m_half;
            const double arg = 2 * cutoff * x * std::numbers::pi;
            const double sinc = x == 0 ? 1.0 : std::sin(arg) / arg;
            const double window =
                0.42 + 0.5 * std::cos(std::numbers::pi * u) + 0.08 * std::cos(2 * std::numbers::pi * u);
            m_table[static_cast<size_t>(i)] = static_cast<float>(2 * cutoff * sinc * window);
        }
        // Output 0 sits on input 0; the kernel's left half reads silence before the start.
        m_pending.assign(static_cast<size_t>(m_half), 0.0f);
        m_next = m_half;
    }

    void feed(const float *samples, size_t count, std::vector<qint16> &out)
    {
        m_pending.insert(m_pending.end(), samples, samples + count);
        produce(out);
    }
    void finish(std::vector<qint16> &out)
    {
        m_pending.insert(m_pending.end(), static_cast<size_t>(m_half) + 1, 0.0f);
        produce(out);
    }

private:
    static constexpr int kTableSize = 4096;

    float kernel(double distance) const
    {
        const double at = std::abs(distance) / m_half * kTableSize;
        const auto i = static_cast<size_t>(at);
        const double f = at - static_cast<double>(i);
        return static_cast<float>(m_table[i] * (1 - f) + m_table[i + 1] * f);
    }

    void produce(std::vector<qint16> &out)
    {
        while (m_next + m_half + 1 < static_cast<double>(m_pending.size())) {
            const auto first = static_cast<qsizetype>(std::ceil(m_next - m_half));
            const auto last = static_cast<qsizetype>(std::floor(m_next + m_half));
            double sum = 0;
            for (qsizetype j = std::max<qsizetype>(first, 0); j <= last; ++j)
                sum += m_pending[static_cast<size_t>(j)] * kernel(static_cast<double>(j) - m_next);
            out.push_back(static_cast<qint16>(std::clamp(sum * 32767.0, -32768.0, 32767.0)));
            m_next += m_step;
        }
        // Keep only what the next outputs still read.
        const auto drop = static_cast<qsizetype>(std::floor(m_next - m_half)) - 1;
        if (drop > 0) {
            m_pending.erase(m_pending.begin(), m_pending.begin() + drop);
            m_next -= static_cast<double>(drop);
        }
    }

    double m_step;
    int m_half = 0;
    std::vector<float> m_table;
    std::vector<float> m_pending;
    double m_next = 0; // position of the next output in m_pending
};

// pocketsphinx is loaded on the first listening, not with the program: with BLAS, LAPACK and gfortran it is
// seven libraries that a start would otherwise load and bind (Debian's are linked to bind every symbol at
// once). Its functions are called through this table.
struct Sphinx
{
    decltype(&::cmd_ln_init) cmd_ln_init = nullptr;
    decltype(&::cmd_ln_free_r) cmd_ln_free_r = nullptr;
    decltype(&::err_set_logfp) err_set_logfp = nullptr;
    decltype(&::ps_args) ps_args = nullptr;
    decltype(&::ps_init) ps_init = nullptr;
    decltype(&::ps_free) ps_free = nullptr;
    decltype(&::ps_start_utt) ps_start_utt = nullptr;
    decltype(&::ps_process_raw) ps_process_raw = nullptr;
    decltype(&::ps_end_utt) ps_end_utt = nullptr;
    decltype(&::ps_seg_iter) ps_seg_iter = nullptr;
    decltype(&::ps_seg_next) ps_seg_next = nullptr;
    decltype(&::ps_seg_frames) ps_seg_frames = nullptr;
    decltype(&::ps_seg_prob) ps_seg_prob = nullptr;
    decltype(&::ps_seg_word) ps_seg_word = nullptr;
};

void resolveAll(LibraryFunctions &library, Sphinx &api)
{
    library.resolve("cmd_ln_init", api.cmd_ln_init);
    library.resolve("cmd_ln_free_r", api.cmd_ln_free_r);
    library.resolve("err_set_logfp", api.err_set_logfp);
    library.resolve("ps_args", api.ps_args);
    library.resolve("ps_init", api.ps_init);
    library.resolve("ps_free", api.ps_free);
    library.resolve("ps_start_utt", api.ps_start_utt);
    library.resolve("ps_process_raw", api.ps_process_raw);
    library.resolve("ps_end_utt", api.ps_end_utt);
    library.resolve("ps_seg_iter", api.ps_seg_iter);
    library.resolve("ps_seg_next", api.ps_seg_next);
    library.resolve("ps_seg_frames", api.ps_seg_frames);
    library.resolve("ps_seg_prob", api.ps_seg_prob);
    library.resolve("ps_seg_word", api.ps_seg_word);
}

// Loaded once, by the first thread that listens; the library stays loaded.
const LoadedLibrary<Sphinx> &loadedSphinx()
{
    return LoadedLibrary<Sphinx>::get(QStringLiteral("pocketsphinx"), 3, resolveAll);
}

const Sphinx &sphinx()
{
    return loadedSphinx().api();
}

struct DecoderDeleter
{
    void operator()(ps_decoder_t *decoder) const { sphinx().ps_free(decoder); }
};
struct ConfigDeleter
{
    void operator()(cmd_ln_t *config) const { sphinx().cmd_ln_free_r(config); }
};

// pocketsphinx compares scores in its log base (1.0001), shifted by 10 bits; KWS_MAX is taken off a
// detection's score before it is reported.
constexpr double kLogBase = 1.0001;
constexpr int kScoreShift = 10;
constexpr int kKwsMax = 1500;

double log10OfScore(int prob)
{
    return (prob + kKwsMax) * static_cast<double>(1 << kScoreShift) * std::log10(kLogBase);
}

// The recording decoded and resampled to 16 kHz, handed to sink a block at a time.
template<typename Sink>
Status streamAt16k(const QString &path, const std::atomic_bool *cancelled, Sink &&sink)
{
    std::unique_ptr<SpotResampler> resampler;
    std::vector<qint16> block;
    const Status read = AudioFile::stream(path, [&](const float *samples, size_t count, int rate) {
        if (cancelled && cancelled->load())
            return false;
        if (!resampler)
            resampler = std::make_unique<SpotResampler>(rate);
        block.clear();
        resampler->feed(samples, count, block);
        if (!block.empty())
            sink(block.data(), block.size());
        return true;
    });
    if (read && resampler) {
        block.clear();
        resampler->finish(block);
        if (!block.empty())
            sink(block.data(), block.size());
    }
    return read;
}

} // namespace

bool KeywordSpotter::isAvailable()
{
    return QFileInfo(acousticModelPath() + QStringLiteral("/mdef")).isFile() &&
           QFileInfo(dictionaryPath()).isFile();
}

QStringList KeywordSpotter::unknownWords(const QString &phrase)
{
    const QString spoken = keypoints::spokenForm(phrase);
    const QSet<QString> known = knownWords(pronunciationLinesOf(spoken));
    const QStringList words = spoken.split(u' ', Qt::SkipEmptyParts);
    QStringList unknown;
    for (const QString &word : words)
        if (!known.contains(word) && !unknown.contains(word))
            unknown << word;
    return unknown;
}

QStringList KeywordSpotter::waysOfSaying(const QString &spoken)
{
    return sayings(spoken, pronunciationLinesOf(spoken));
}

int KeywordSpotter::phoneCount(const QString &spoken)
{
    return phonesOf(spoken, pronunciationLinesOf(spoken));
}

double KeywordSpotter::log10ThresholdFor(int words, int phones)
{
    if (words <= 1)
        return kLog10Threshold1Word;
    const double byWords = words == 2 ? kLog10Threshold2Words : kLog10Threshold3Words;
    return std::max(std::min(byWords, kLog10PerPhone * phones), kLog10Loosest);
}

Result<std::vector<KeywordSpotter::Detection>> KeywordSpotter::detect(const QString &path,
                                                                      const QStringList &phrases,
                                                                      double log10Threshold,
                                                                      const std::atomic_bool *cancelled)
{
    QStringList spoken;
    for (const QString &phrase : phrases)
        spoken << keypoints::spokenForm(phrase);
    return run(
        path, spoken, [log10Threshold](int, int) { return log10Threshold; }, cancelled);
}

Result<QList<KeyPointHit>> KeywordSpotter::spotFile(const QString &opusPath, const QStringList &phrases,
                                                    const std::atomic_bool *cancelled)
{
    using R = Result<QList<KeyPointHit>>;
    QStringList spoken;
    for (const QString &phrase : phrases)
        spoken << keypoints::spokenForm(phrase);
    auto detections = run(opusPath, spoken, &KeywordSpotter::log10ThresholdFor, cancelled);
    if (!detections)
        return detections.isCancelled() ? R::cancelled() : R::failure(detections.error());
    std::vector<Detection> sorted = std::move(detections).value();
    std::sort(sorted.begin(), sorted.end(),
              [](const Detection &a, const Detection &b) { return a.startMs < b.startMs; });
    QList<KeyPointHit> hits;
    std::vector<qint64> lastEnd(static_cast<size_t>(phrases.size()), -1);
    std::vector<double> best(static_cast<size_t>(phrases.size()), -std::numeric_limits<double>::infinity());
    for (const Detection &d : sorted)
        best[static_cast<size_t>(d.phrase)] = std::max(best[static_cast<size_t>(d.phrase)], d.score);
    for (const QString &phrase : phrases)
        hits.append({phrase, false, -1, -1, 0});
    for (const Detection &d : sorted) {
        if (d.score < best[static_cast<size_t>(d.phrase)] - kBelowBestLog10)
            continue;
        KeyPointHit &hit = hits[d.phrase];
        qint64 &end = lastEnd[static_cast<size_t>(d.phrase)];
        if (!hit.heard) {
            hit.heard = true;
            hit.startMs = d.startMs;
            hit.endMs = d.endMs;
        }
        if (end < 0 || d.startMs > end + kSameHitMs)
            ++hit.count;
        end = std::max(end, d.endMs);
    }
    return hits;
}

Result<std::vector<KeywordSpotter::Detection>> KeywordSpotter::run(const QString &path,
                                                                   const QStringList &spoken,
                                                                   const ThresholdRule &thresholdFor,
                                                                   const std::atomic_bool *cancelled)
{
    using R = Result<std::vector<Detection>>;
    if (!isAvailable())
        return R::failure(tr("The speech model for listening to key points is not installed (the package "
                             "pocketsphinx-en-us, in %1).")
                              .arg(QDir::toNativeSeparators(modelRoot())));
    if (spoken.isEmpty())
        return std::vector<Detection>{};
    const auto loaded = loadedSphinx().result();
    if (!loaded)
        return R::failure(
            tr("The speech recognition library could not be loaded (the package libpocketsphinx3): %1")
                .arg(loaded.error()));
    const Sphinx &api = *loaded.value();

    // Only the phrases' words go into the decoder's dictionary: loading all of it would take longer than
    // listening to a short take.
    QSet<QString> words;
    for (const QString &phrase : spoken)
        for (const QString &word : phrase.split(u' ', Qt::SkipEmptyParts))
            words.insert(word);
    const QStringList lines = pronunciationLines(words);
    const QSet<QString> known = knownWords(lines);
    for (const QString &word : std::as_const(words))
        if (!known.contains(word))
            return R::failure(
                tr("\"%1\" is not in the speech model's dictionary and cannot be listened for.").arg(word));

    QTemporaryDir scratch;
    QFile dictionary(scratch.filePath(QStringLiteral("words.dict")));
    QFile keyphrases(scratch.filePath(QStringLiteral("phrases.kws")));
    if (!scratch.isValid() || !dictionary.open(QIODevice::WriteOnly) ||
        !keyphrases.open(QIODevice::WriteOnly))
        return R::failure(tr("No room for the key points' temporary files: %1").arg(scratch.errorString()));
    for (const QString &line : lines)
        dictionary.write(asDistinctWord(line).toUtf8() + '\n');
    dictionary.close();
    // Each way of saying each distinct phrase once, with the phrase's threshold ("phrase /1e-20/"), set by
    // the length of its first pronunciation.
    QHash<QString, QList<int>> indexOf; // by the way of saying it
    QHash<QString, QString> phraseOf;   // the same
    QSet<QString> listed;
    for (qsizetype i = 0; i < spoken.size(); ++i) {
        const bool first = !listed.contains(spoken.at(i));
        listed.insert(spoken.at(i));
        const double log10Threshold =
            thresholdFor(static_cast<int>(spoken.at(i).count(u' ') + 1), phonesOf(spoken.at(i), lines));
        for (const QString &saying : sayings(spoken.at(i), lines)) {
            if (first)
                keyphrases.write(QStringLiteral("%1 /%2/\n")
                                     .arg(saying)
                                     .arg(std::pow(10.0, log10Threshold), 0, 'e', 3)
                                     .toUtf8());
            indexOf[saying].append(static_cast<int>(i));
            phraseOf.insert(saying, spoken.at(i));
        }
    }
    keyphrases.close();

    api.err_set_logfp(nullptr); // pocketsphinx logs a great deal, to stderr
    const QByteArray hmm = QFile::encodeName(acousticModelPath());
    const QByteArray dict = QFile::encodeName(dictionary.fileName());
    const QByteArray kws = QFile::encodeName(keyphrases.fileName());
    // Silence is kept (-remove_silence no): frames then count real time, which places the hits. The
    // acoustic scores are computed every other frame (-ds 2): 1.8 times faster, the phrases' scores within a
    // few powers of ten of those of every frame (measured on flite's slt).
    std::unique_ptr<cmd_ln_t, ConfigDeleter> config(api.cmd_ln_init(
        nullptr, api.ps_args(), TRUE, "-hmm", hmm.constData(), "-dict", dict.constData(), "-kws",
        kws.constData(), "-logfn", "/dev/null", "-remove_silence", "no", "-ds", "2", nullptr));
    std::unique_ptr<ps_decoder_t, DecoderDeleter> decoder(config ? api.ps_init(config.get()) : nullptr);
    if (!decoder || api.ps_start_utt(decoder.get()) < 0)
        return R::failure(
            tr("The speech model in %1 could not be loaded.").arg(QDir::toNativeSeparators(modelRoot())));
    ps_decoder_t *listening = decoder.get();
    const Status read = streamAt16k(path, cancelled, [&](const qint16 *samples, size_t count) {
        api.ps_process_raw(listening, samples, count, FALSE, FALSE);
    });
    if (read.isCancelled())
        return R::cancelled();
    if (!read)
        return R::failure(read.error());
    api.ps_end_utt(decoder.get());

    std::vector<Detection> found;
    for (ps_seg_t *seg = api.ps_seg_iter(decoder.get()); seg; seg = api.ps_seg_next(seg)) {
        int startFrame = 0;
        int endFrame = 0;
        api.ps_seg_frames(seg, &startFrame, &endFrame);
        int32 acoustic = 0, language = 0, backoff = 0;
        const int32 prob = api.ps_seg_prob(seg, &acoustic, &language, &backoff);
        // The phrase as the keyphrase file's line had it, with the space before the threshold.
        const QString saying = QString::fromUtf8(api.ps_seg_word(seg)).trimmed();
        const QString phrase = phraseOf.value(saying);
        const qint64 endMs = qint64(endFrame + 1) * 1000 / kFramesPerSecond;
        const qint64 startMs = std::max(qint64(startFrame) * 1000 / kFramesPerSecond,
                                        endMs - kLongestPhoneMs * phonesOf(phrase, lines));
        for (const int index : indexOf.value(saying))
            found.push_back({index, startMs, endMs, log10OfScore(prob)});
    }
    return found;
}

} // namespace coach

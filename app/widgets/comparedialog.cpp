#include "widgets/comparedialog.h"

#include "audio/opusfilereader.h"
#include "core/deliverytext.h"
#include "core/player.h"
#include "core/takefiles.h"
#include "models/historymodel.h"
#include "storage/attemptrepository.h"
#include "widgets/playbackbar.h"

#include "ui_comparedialog.h"

#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QLocale>
#include <QShortcut>
#include <QVBoxLayout>

namespace coach {

CompareDialog::CompareDialog(const HistoryRow &first, const HistoryRow &second, AttemptRepository &attempts,
                             Player &player, const QString &dataDir, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::CompareDialog>())
{
    // The older attempt on the left, as on a timeline. The columns are made before the form so that Tab
    // goes through both attempts before the buttons.
    const bool firstIsOlder = first.attempt.startedAt <= second.attempt.startedAt;
    QWidget *left = column(firstIsOlder ? first : second, 0, attempts, player, dataDir);
    QWidget *right = column(firstIsOlder ? second : first, 1, attempts, player, dataDir);
    m_ui->setupUi(this);
    m_ui->compareQuestion->setText(first.questionText);
    m_ui->columns->addWidget(left, 1);
    m_ui->columns->addSpacing(12);
    m_ui->columns->addWidget(right, 1);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // 1 and 2 play the left and the right attempt.
    for (int side = 0; side < 2; ++side) {
        auto *shortcut = new QShortcut(QKeySequence(Qt::Key_1 + side), this);
        connect(shortcut, &QShortcut::activated, m_bars[side], &PlaybackBar::togglePlayback);
    }
    connect(this, &QDialog::finished, this, [this] {
        for (PlaybackBar *bar : m_bars)
            bar->stop();
    });
    resize(900, 360);
}

CompareDialog::~CompareDialog() = default;

QWidget *CompareDialog::column(const HistoryRow &row, int side, AttemptRepository &attempts, Player &player,
                               const QString &dataDir)
{
    auto *widget = new QWidget(this);
    const Attempt &a = row.attempt;
    QStringList lines;
    lines << QLocale().toString(a.startedAt.toLocalTime(), QLocale::LongFormat);
    lines << tr("Length %1").arg(DeliveryText::clock(a.durationMs));
    lines << (a.rating > 0 ? tr("Your rating: %1 %2").arg(a.rating).arg(HistoryModel::ratingName(a.rating))
                           : tr("Not rated"));
    QList<QPair<qint64, qint64>> marks;
    if (const auto figures = attempts.figures(a.id)) {
        lines << DeliveryText::summary(*figures);
        for (const Pause &p : figures->pauses)
            marks.append({p.startMs, p.endMs});
    }
    if (!a.notes.isEmpty())
        lines << tr("Notes: %1").arg(a.notes);
    auto *details = new QLabel(lines.join(u'\n'), widget);
    details->setObjectName(QStringLiteral("compareDetails%1").arg(side + 1));
    details->setWordWrap(true);
    details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    details->setAlignment(Qt::AlignTop | Qt::AlignLeft);

    auto *bar = new PlaybackBar(player, widget);
    bar->setObjectName(QStringLiteral("comparePlayback%1").arg(side + 1));
    m_bars[side] = bar;
    const auto resolved = profileAudioFile(dataDir, a.audioPath);
    const QString path = resolved ? resolved.value() : QString();
    bar->setFile(path, false);
    bar->setMarks(marks);
    if (!resolved) {
        bar->showMessage(resolved.error());
    } else if (!QFileInfo::exists(path)) {
        bar->showMessage(
            tr("The audio file of this attempt is missing: %1").arg(QDir::toNativeSeparators(path)));
    } else if (auto decoded = OpusFileReader::decode(path)) {
        bar->setPreview(computeWaveform(decoded->samples, Player::kWaveformBins), decoded->durationMs());
    } else {
        bar->showMessage(decoded.error());
    }
    auto *layout = new QVBoxLayout(widget);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(details);
    layout->addWidget(bar);
    layout->addStretch(1);
    return widget;
}

} // namespace coach

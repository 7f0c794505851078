// Two attempts of one question side by side: both waveforms, lengths, ratings and figures; play either.
#pragma once

#include "storage/historyquery.h"

#include <QDialog>

#include <memory>

namespace coach {

namespace Ui {
class CompareDialog;
}

class AttemptRepository;
class Player;
class PlaybackBar;

class CompareDialog final : public QDialog
{
    Q_OBJECT

public:
    CompareDialog(const HistoryRow &first, const HistoryRow &second, AttemptRepository &attempts,
                  Player &player, const QString &dataDir, QWidget *parent = nullptr);
    ~CompareDialog() override;

    PlaybackBar *playback(int side) const { return m_bars[side]; }

private:
    QWidget *column(const HistoryRow &row, int side, AttemptRepository &attempts, Player &player,
                    const QString &dataDir);
    std::unique_ptr<Ui::CompareDialog> m_ui;
    PlaybackBar *m_bars[2] = {};
};

} // namespace coach

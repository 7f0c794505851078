// The status bar's progress of the delivery analysis: shown while takes wait for their figures.
#pragma once

#include <QProgressBar>

namespace coach {

class AnalysisQueue;

class AnalysisProgressBar final : public QProgressBar
{
    Q_OBJECT

public:
    explicit AnalysisProgressBar(AnalysisQueue &queue, QWidget *parent = nullptr);

private:
    void showProgress(int done, int total);
};

} // namespace coach

#include "widgets/analysisprogressbar.h"

#include "controllers/analysisqueue.h"

namespace coach {

AnalysisProgressBar::AnalysisProgressBar(AnalysisQueue &queue, QWidget *parent)
    : QProgressBar(parent)
{
    setObjectName(QStringLiteral("analysisProgress"));
    setMaximumWidth(220);
    setTextVisible(true);
    hide();
    connect(&queue, &AnalysisQueue::progressChanged, this, &AnalysisProgressBar::showProgress);
}

void AnalysisProgressBar::showProgress(int done, int total)
{
    if (done >= total) {
        hide();
        return;
    }
    setRange(0, total);
    setValue(done);
    setFormat(tr("Analysing recordings: %v of %m"));
    show();
}

} // namespace coach

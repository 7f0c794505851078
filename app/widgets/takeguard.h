// Keeps a take with the question it was started on: moving away while recording is refused, and after the
// take the list and the panels show one question again. Also knows whether the person practised today.
#pragma once

#include <QObject>

class QStatusBar;

namespace coach {

class AttemptRepository;
class AttemptsPanel;
class QuestionBrowser;
class QuestionTreeModel;
class QuestionView;
class RecorderPanel;
class StarEditor;
struct Question;

// What the take guard looks at; the main window owns all of it.
struct TakeGuardParts
{
    RecorderPanel &recorder;
    QuestionTreeModel &model;
    QuestionBrowser &browser;
    QuestionView &view;
    AttemptsPanel &attempts;
    StarEditor &starEditor;
    AttemptRepository &attemptRepository;
    QStatusBar &statusBar;
};

class TakeGuard final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TakeGuard)

public:
    TakeGuard(const TakeGuardParts &parts, QObject *parent);

    // The browser moved to question: whether the panels are to show it (false while a take of another
    // question is recorded, or when back on the take's question that is still shown).
    bool allowsShowing(const Question *question);
    // Says whose the take is and moves the list back to its question.
    void keepTakeQuestion();
    // A take or a STAR draft of the shown question today.
    bool practisedToday() const;

Q_SIGNALS:
    // After a take the browser's current question differs from the one shown: this one is to be shown.
    void showQuestion(const Question *question);

private:
    void followBrowserAfterTake();

    TakeGuardParts m_parts;
};

} // namespace coach

// The questions the person changes, with their dialogs: a new question, editing, deleting or hiding the
// current one, a bank imported from a file or exported to one. The main window reloads its list when told.
#pragma once

#include "core/result.h"

#include <QObject>

class QWidget;

namespace coach {

class QuestionBrowser;
class QuestionRepository;
class QuestionTreeModel;
struct Question;

class QuestionEditing final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QuestionEditing)

public:
    // Dialogs open over window; the current question is the browser's.
    QuestionEditing(QuestionRepository &questions, QuestionTreeModel &model, QuestionBrowser &browser,
                    QWidget &window);

    // Each returns cancelled when the person closed a dialog or declined; a failure has been shown
    // already where a dialog was open, and is returned for the caller otherwise.
    Status newQuestion();
    Status editQuestion();   // own questions only
    Status deleteQuestion(); // own questions only, after asking
    // hiddenListed: whether hidden questions are listed now (then a hidden one stays selected).
    Status setHidden(bool hidden, bool hiddenListed);
    // Returns how many questions were added, after showing what the file adds.
    Result<int> importQuestions();
    Status exportQuestions();

Q_SIGNALS:
    // The questions changed: the list is to be read again, keeping questionId selected if it is there.
    void questionsChanged(const QString &questionId);
    void statusMessage(const QString &message, int timeoutMs);

private:
    const Question *currentOwnQuestion() const;

    QuestionRepository &m_questions;
    QuestionTreeModel &m_model;
    QuestionBrowser &m_browser;
    QWidget &m_window;
};

} // namespace coach

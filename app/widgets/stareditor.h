// The STAR editor beside the question: the story linked to it, four guided parts, live figures, gentle hints,
// autosave and revisions. Its form is built when it is first shown (or a story is started): until then it
// follows the question and its linked story without widgets, so a window that opens on another tab does not
// build it.
#pragma once

#include "core/question.h"
#include "core/result.h"
#include "core/starchecks.h"
#include "core/story.h"

#include <QTimer>
#include <QWidget>

#include <array>
#include <memory>
#include <optional>

class QPlainTextEdit;
class QLabel;

namespace coach {

namespace Ui {
class StarEditor;
}

class CompetencyCompleter;
class PractiseView;
class StarShareBar;
class StoryListModel;
class StoryRepository;

class StarEditor final : public QWidget
{
    Q_OBJECT

public:
    static constexpr int kAutosaveDelayMs = 800;

    StarEditor(StoryRepository &stories, QString language, QWidget *parent = nullptr);
    ~StarEditor() override;

    // Saves the story being edited and shows the one linked to this question.
    void setQuestion(const Question *question);
    // Saves now and closes the editing session (a revision is kept when the text changed); for quit.
    Status flush();
    // Forgets stories deleted elsewhere (the story bank) without saving them again.
    void forgetStories(const QList<qint64> &ids);
    void newStory();
    void linkExistingStory();
    void showRevisions();
    void showPractiseView();
    // The person's usual overall pace (0: not known yet, the default of 140 is used).
    void setWordsPerMinute(int wordsPerMinute);
    bool hasStory() const { return m_story.has_value(); }
    std::optional<Story> currentStory() const { return m_story; }
    QList<StarHint> hints() const { return m_hints; }
    // What the competencies field is completed from; none before the form is built.
    CompetencyCompleter *competencyCompleter() const { return m_competencies; }
    void setVisible(bool visible) override;

Q_SIGNALS:
    // A story was created, saved, linked or restored; other views of the stories may refresh.
    void storiesChanged();
    void draftChanged(const coach::Story &story);
    // The person asked for the question's key points (kept beside the question, not in the story).
    void keyPointsRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void buildForm();
    // The line under the story picker: saved, editing or what went wrong.
    void setStatus(const QString &text);
    QPlainTextEdit *edit(StarPart part) const;
    QLabel *stats(StarPart part) const;
    void reloadStories(qint64 select);
    void refreshCompetencies();
    void openStory(qint64 id);
    void showStory();
    void onEdited();
    void updateFigures();
    Status saveNow();
    Status endSession();
    Status keepRevisionIfNew(const Story &story);
    void restore(const StoryRevision &revision);
    void retranslate();

    std::unique_ptr<Ui::StarEditor> m_ui;
    StoryRepository &m_stories;
    QString m_language;
    StoryListModel *m_storyModel;
    StarShareBar *m_shareBar = nullptr;
    CompetencyCompleter *m_competencies = nullptr;
    PractiseView *m_practise = nullptr;
    QTimer m_autosave;
    QString m_status;
    std::optional<Question> m_question;
    std::optional<Story> m_story;
    std::optional<Story> m_sessionStart; // the story as it was when this editing session began
    QList<StarHint> m_hints;
    bool m_loading = false;
    bool m_dirty = false;
    int m_wordsPerMinute = kDefaultWordsPerMinute;
    bool m_paceMeasured = false;
};

} // namespace coach

// The right pane: one question with why it is asked, what a strong answer shows, tips and the sample answer.
#pragma once

#include "core/question.h"

#include <QWidget>

#include <memory>
#include <optional>

namespace coach {

namespace Ui {
class QuestionView;
}

class QuestionView final : public QWidget
{
    Q_OBJECT

public:
    // The guide's widest line, in average characters.
    static constexpr int kGuideColumns = 90;

    explicit QuestionView(QWidget *parent = nullptr);
    ~QuestionView() override;

    // Shows a question (copied) or, with nullptr, the empty state. The sample answer starts hidden.
    // categoryTitle: the title of its category as the list shows it (a bank's own titles are not known here).
    void setQuestion(const Question *question, const QString &categoryTitle = {});
    QString questionId() const { return m_question ? m_question->id : QString(); }
    bool isSampleVisible() const { return m_sampleVisible; }
    void setSampleVisible(bool visible);
    // The guide as plain text: why it is asked, what a strong answer shows, tips, and the sample when shown.
    QString guideText() const;

Q_SIGNALS:
    void sampleVisibilityChanged(bool visible);

protected:
    void changeEvent(QEvent *event) override;

private:
    void showQuestion();
    void showGuide();
    void limitGuideWidth();

    std::unique_ptr<Ui::QuestionView> m_ui;
    std::optional<Question> m_question;
    QString m_categoryTitle;
    bool m_sampleVisible = false;
};

} // namespace coach

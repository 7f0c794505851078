// The text box of one STAR part: as tall as its text at the width it has (at least a few lines, at most a
// dozen, then it scrolls), so the story, which scrolls as a whole, gives each part the room it needs.
#pragma once

#include <QPlainTextEdit>

namespace coach {

class StarPartEdit final : public QPlainTextEdit
{
    Q_OBJECT

public:
    static constexpr int kMinimumLines = 4;
    static constexpr int kMaximumLines = 12;

    explicit StarPartEdit(QWidget *parent = nullptr);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void updateHint();
    int heightForLines(int lines) const;
    int textLines() const;

    int m_hintedLines = kMinimumLines;
};

} // namespace coach

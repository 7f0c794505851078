#include "widgets/starpartedit.h"

#include <QResizeEvent>
#include <QtMath>

#include <algorithm>
#include <climits>

namespace coach {

namespace {

// Longer texts are not measured on each key: they get the most lines anyway.
constexpr qsizetype kMeasuredCharacters = 4000;

} // namespace

StarPartEdit::StarPartEdit(QWidget *parent)
    : QPlainTextEdit(parent)
{
    // The hint follows the text: a new line, or a word wrapping, makes the box taller (up to the most lines).
    connect(this, &QPlainTextEdit::textChanged, this, &StarPartEdit::updateHint);
}

void StarPartEdit::updateHint()
{
    if (const int lines = textLines(); lines != m_hintedLines) {
        m_hintedLines = lines;
        updateGeometry();
    }
}

int StarPartEdit::heightForLines(int lines) const
{
    return fontMetrics().lineSpacing() * lines + 2 * (frameWidth() + qCeil(document()->documentMargin()));
}

int StarPartEdit::textLines() const
{
    if (document()->characterCount() > kMeasuredCharacters)
        return kMaximumLines;
    const QString text = toPlainText();
    const int width = viewport()->width() - 2 * qCeil(document()->documentMargin());
    if (width <= 0)
        return kMinimumLines;
    const int height =
        fontMetrics()
            .boundingRect(QRect(0, 0, width, INT_MAX), Qt::TextWordWrap, text + QLatin1Char('x'))
            .height();
    return std::clamp(qCeil(static_cast<double>(height) / fontMetrics().lineSpacing()), kMinimumLines,
                      kMaximumLines);
}

QSize StarPartEdit::sizeHint() const
{
    return {QPlainTextEdit::sizeHint().width(), heightForLines(m_hintedLines)};
}

QSize StarPartEdit::minimumSizeHint() const
{
    return {QPlainTextEdit::minimumSizeHint().width(), heightForLines(kMinimumLines)};
}

void StarPartEdit::resizeEvent(QResizeEvent *event)
{
    QPlainTextEdit::resizeEvent(event);
    // Another width wraps the text into another number of lines.
    if (event->oldSize().width() != event->size().width())
        updateHint();
}

} // namespace coach

// A read-only view of a STAR draft in large text, to glance at while answering aloud.
#pragma once

#include "core/story.h"

#include <QDialog>

class QTextBrowser;

namespace coach {

class PractiseView final : public QDialog
{
    Q_OBJECT

public:
    explicit PractiseView(QWidget *parent = nullptr);
    void setStory(const coach::Story &story);
    QString text() const;

private:
    QTextBrowser *m_text;
};

} // namespace coach

// The person's key points for one question: up to eight phrases they mean to say, added, edited and removed
// (a removal can be undone), each checked before it is stored, with suggestions offered from the STAR draft
// and the question's "what a strong answer shows", never added without the person.
#pragma once

#include "core/keypoint.h"
#include "core/stardraft.h"

#include <QList>
#include <QStringList>
#include <QWidget>

#include <optional>

class QLabel;
class QLineEdit;
class QMenu;
class QPushButton;
class QToolButton;
class QVBoxLayout;

namespace coach {

class KeyPointRepository;

class KeyPointEditor final : public QWidget
{
    Q_OBJECT

public:
    explicit KeyPointEditor(KeyPointRepository &keyPoints, QWidget *parent = nullptr);

    // The question whose key points are edited, read from the database; empty: none.
    void setQuestion(const QString &questionId, const QStringList &strongAnswerShows);
    QString questionId() const { return m_questionId; }
    // The draft the suggestions come from.
    void setStarDraft(const StarDraft &draft);
    // Why key points are not listened for here (shown on one line; they can still be written); empty: they
    // are.
    void setOffReason(const QString &reason);
    // The profile cannot be written: nothing can be changed.
    void setReadOnly(bool readOnly);

    const QList<KeyPoint> &keyPoints() const { return m_points; }
    // The last problem or notice shown; empty when there is none.
    QString message() const;
    QStringList suggestions() const;

    // Each stores the list at once when it is a good one; otherwise the message says why and nothing changes.
    bool addKeyPoint(const QString &phrase);
    bool editKeyPoint(int row, const QString &phrase, const QString &soundsLike);
    bool removeKeyPoint(int row);
    // Puts back the key point removed last, at its place.
    bool undoRemove();

Q_SIGNALS:
    // The question's key points were stored changed: older takes may be listened to again.
    void keyPointsChanged(const QString &questionId);

protected:
    void changeEvent(QEvent *event) override;

private:
    bool store(const QList<KeyPoint> &points);
    void rebuild();
    void showMessage(const QString &text, bool offerUndo = false);
    void showUnknownWords();
    void updateSuggestions();
    void retranslate();

    KeyPointRepository &m_keyPoints;
    QString m_questionId;
    QStringList m_strongAnswerShows;
    StarDraft m_draft;
    QList<KeyPoint> m_points;
    struct Removed
    {
        int row;
        KeyPoint point;
    };
    std::optional<Removed> m_removed;
    bool m_readOnly = false;

    QLabel *m_heading;
    QLabel *m_offReason;
    QVBoxLayout *m_rows;
    QList<QWidget *> m_rowWidgets;
    QLineEdit *m_newEdit;
    QPushButton *m_addButton;
    QToolButton *m_suggestButton;
    QMenu *m_suggestMenu;
    QLabel *m_message;
    QPushButton *m_undoButton;
};

} // namespace coach

// What the main window does with key points, kept out of it: the editor beside the question, listening to
// each take saved and to older takes when the key points change, and whether key points are listened for
// at all (the speech model is there, the question and the program are in English).
#pragma once

#include "core/attempt.h"
#include "storage/questionrepository.h"

#include <QHash>
#include <QObject>
#include <QPointer>

#include <memory>

class QWidget;

namespace coach {

class Database;
class KeyPointEditor;
class KeyPointQueue;
class KeyPointRepository;
struct Question;

class KeyPointControl final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KeyPointControl)

public:
    // language: the program's; the editor is made a child of editorParent.
    KeyPointControl(Database &database, QString dataDir, QString language, QWidget &editorParent,
                    QObject *parent = nullptr);
    ~KeyPointControl() override;

    KeyPointEditor *editor() const { return m_editor.data(); }
    KeyPointRepository &repository() const { return *m_repository; }
    KeyPointQueue &queue() const { return *m_queue; }
    // Each question's bank language (after the questions were read).
    void setQuestionLanguages(const QList<Question> &questions,
                              const QList<QuestionRepository::BankInfo> &banks);
    // Empty when this question's key points are listened for; otherwise the one-line reason they are not.
    QString offReason(const QString &questionId) const;
    void setQuestion(const Question *question);
    // A take was saved: it is listened to for its question's key points, when they are listened for.
    void takeSaved(const Attempt &attempt);
    void setReadOnly(bool readOnly);
    // Takes not yet listened to for their question's key points as they are now (the program quit before
    // it got to them); returns how many were queued.
    int addBacklog();

Q_SIGNALS:
    // A take's key points were listened for and the results saved.
    void resultsSaved(qint64 attemptId);
    void statusMessage(const QString &message, int timeoutMs);

private:
    void onKeyPointsChanged(const QString &questionId);

    std::unique_ptr<KeyPointRepository> m_repository;
    KeyPointQueue *m_queue;
    QPointer<KeyPointEditor> m_editor;
    QString m_language;
    QHash<QString, QString> m_languages;
};

} // namespace coach

#include "widgets/keypointcontrol.h"

#include "controllers/keypointqueue.h"
#include "core/question.h"
#include "storage/keypointrepository.h"
#include "widgets/keypointeditor.h"

namespace coach {

KeyPointControl::KeyPointControl(Database &database, QString dataDir, QString language, QWidget &editorParent,
                                 QObject *parent)
    : QObject(parent)
    , m_repository(std::make_unique<KeyPointRepository>(database))
    , m_queue(new KeyPointQueue(*m_repository, std::move(dataDir), &KeywordSpotter::spotFile, this))
    , m_editor(new KeyPointEditor(*m_repository, &editorParent))
    , m_language(std::move(language))
{
    connect(m_editor.data(), &KeyPointEditor::keyPointsChanged, this, &KeyPointControl::onKeyPointsChanged);
    connect(m_queue, &KeyPointQueue::resultsSaved, this, &KeyPointControl::resultsSaved);
    connect(m_queue, &KeyPointQueue::failed, this,
            [this](qint64, const QString &message) { Q_EMIT statusMessage(message, 10000); });
}

// The queue stops its listening and waits, and the editor goes (its tab with it), before the repository both
// work with.
KeyPointControl::~KeyPointControl()
{
    delete m_queue;
    delete m_editor;
}

void KeyPointControl::setQuestionLanguages(const QList<Question> &questions,
                                           const QList<QuestionRepository::BankInfo> &banks)
{
    QHash<QString, QString> bankLanguages;
    for (const auto &bank : banks)
        bankLanguages.insert(bank.id, bank.language);
    m_languages.clear();
    for (const Question &q : questions)
        m_languages.insert(q.id, bankLanguages.value(q.bankId));
}

QString KeyPointControl::offReason(const QString &questionId) const
{
    return KeyPointQueue::offReason(m_languages.value(questionId), m_language);
}

void KeyPointControl::setQuestion(const Question *question)
{
    m_editor->setQuestion(question ? question->id : QString(),
                          question ? question->strongAnswerShows : QStringList());
    m_editor->setOffReason(question ? offReason(question->id) : QString());
}

void KeyPointControl::takeSaved(const Attempt &attempt)
{
    if (offReason(attempt.questionId).isEmpty())
        m_queue->add(attempt);
}

void KeyPointControl::setReadOnly(bool readOnly)
{
    m_editor->setReadOnly(readOnly);
}

int KeyPointControl::addBacklog()
{
    const auto all = m_repository->all();
    if (!all) {
        Q_EMIT statusMessage(all.error(), 10000);
        return 0;
    }
    int queued = 0;
    for (auto it = all->cbegin(); it != all->cend(); ++it)
        if (offReason(it.key()).isEmpty())
            queued += m_queue->addOlderTakes(it.key());
    return queued;
}

// Takes recorded before the key points changed are listened to once more, for the list as it is now.
void KeyPointControl::onKeyPointsChanged(const QString &questionId)
{
    if (offReason(questionId).isEmpty())
        m_queue->addOlderTakes(questionId);
}

} // namespace coach

#include "widgets/keypointeditor.h"

#include "audio/keywordspotter.h"
#include "core/keypoints.h"
#include "core/keypointsuggestions.h"
#include "storage/keypointrepository.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QShortcut>
#include <QToolButton>
#include <QVBoxLayout>

namespace coach {

namespace {

// The first word of a key point the listening cannot hear as written; empty when it can hear them all.
QString firstUnknownWord(const KeyPoint &point)
{
    const QStringList unknown = KeywordSpotter::unknownWords(point.listenedFor());
    return unknown.isEmpty() ? QString() : unknown.constFirst();
}

} // namespace

KeyPointEditor::KeyPointEditor(KeyPointRepository &keyPoints, QWidget *parent)
    : QWidget(parent)
    , m_keyPoints(keyPoints)
    , m_heading(new QLabel(this))
    , m_offReason(new QLabel(this))
    , m_rows(new QVBoxLayout)
    , m_newEdit(new QLineEdit(this))
    , m_addButton(new QPushButton(this))
    , m_suggestButton(new QToolButton(this))
    , m_suggestMenu(new QMenu(this))
    , m_message(new QLabel(this))
    , m_undoButton(new QPushButton(this))
{
    setObjectName(QStringLiteral("keyPointEditor"));
    m_heading->setObjectName(QStringLiteral("keyPointsHeading"));
    m_offReason->setObjectName(QStringLiteral("keyPointsOffReason"));
    m_newEdit->setObjectName(QStringLiteral("newKeyPointEdit"));
    m_addButton->setObjectName(QStringLiteral("addKeyPointButton"));
    m_suggestButton->setObjectName(QStringLiteral("suggestKeyPointsButton"));
    m_suggestMenu->setObjectName(QStringLiteral("keyPointSuggestionsMenu"));
    m_message->setObjectName(QStringLiteral("keyPointsMessage"));
    m_undoButton->setObjectName(QStringLiteral("undoKeyPointButton"));
    QFont bold = m_heading->font();
    bold.setBold(true);
    m_heading->setFont(bold);
    m_offReason->setWordWrap(true);
    m_offReason->hide();
    m_message->setWordWrap(true);
    m_undoButton->hide();
    m_suggestButton->setMenu(m_suggestMenu);
    m_suggestButton->setPopupMode(QToolButton::InstantPopup);
    m_newEdit->setMaxLength(200);

    auto *addRow = new QHBoxLayout;
    addRow->addWidget(m_newEdit, 1);
    addRow->addWidget(m_addButton);
    addRow->addWidget(m_suggestButton);
    auto *messageRow = new QHBoxLayout;
    messageRow->addWidget(m_message, 1);
    messageRow->addWidget(m_undoButton, 0, Qt::AlignTop);
    m_rows->setSpacing(2);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_offReason);
    layout->addLayout(m_rows);
    layout->addLayout(addRow);
    layout->addLayout(messageRow);
    layout->addStretch(1);

    const auto addTyped = [this] {
        if (addKeyPoint(m_newEdit->text()))
            m_newEdit->clear();
    };
    connect(m_newEdit, &QLineEdit::returnPressed, this, addTyped);
    connect(m_addButton, &QPushButton::clicked, this, addTyped);
    connect(m_undoButton, &QPushButton::clicked, this, &KeyPointEditor::undoRemove);
    auto *undo = new QShortcut(QKeySequence::Undo, this);
    undo->setContext(Qt::WidgetWithChildrenShortcut);
    connect(undo, &QShortcut::activated, this, &KeyPointEditor::undoRemove);
    connect(m_suggestMenu, &QMenu::aboutToShow, this, [this] {
        m_suggestMenu->clear();
        for (const QString &phrase : suggestions())
            m_suggestMenu->addAction(phrase, this, [this, phrase] { addKeyPoint(phrase); });
    });
    retranslate();
    setQuestion({}, {});
}

void KeyPointEditor::setQuestion(const QString &questionId, const QStringList &strongAnswerShows)
{
    m_questionId = questionId;
    m_strongAnswerShows = strongAnswerShows;
    m_removed.reset();
    m_points.clear();
    showMessage({});
    if (!m_questionId.isEmpty()) {
        if (const auto points = m_keyPoints.forQuestion(m_questionId); points)
            m_points = points.value();
        else
            showMessage(points.error());
    }
    rebuild();
    showUnknownWords();
}

void KeyPointEditor::setStarDraft(const StarDraft &draft)
{
    m_draft = draft;
    updateSuggestions();
}

void KeyPointEditor::setOffReason(const QString &reason)
{
    m_offReason->setText(reason);
    m_offReason->setVisible(!reason.isEmpty());
}

void KeyPointEditor::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    rebuild();
}

QString KeyPointEditor::message() const
{
    return m_message->text();
}

QStringList KeyPointEditor::suggestions() const
{
    if (m_questionId.isEmpty() || m_points.size() >= keypoints::kMaxPhrases)
        return {};
    return KeyPointSuggestions::suggest(m_draft, m_strongAnswerShows, phrasesOf(m_points),
                                        keypoints::kMaxPhrases - static_cast<int>(m_points.size()));
}

bool KeyPointEditor::addKeyPoint(const QString &phrase)
{
    QList<KeyPoint> points = m_points;
    points.append(KeyPoint{phrase.simplified(), {}});
    return store(points);
}

bool KeyPointEditor::editKeyPoint(int row, const QString &phrase, const QString &soundsLike)
{
    if (row < 0 || row >= m_points.size())
        return false;
    const KeyPoint edited{phrase.simplified(), soundsLike.simplified()};
    if (edited == m_points.at(row))
        return true;
    QList<KeyPoint> points = m_points;
    points[row] = edited;
    return store(points);
}

bool KeyPointEditor::removeKeyPoint(int row)
{
    if (row < 0 || row >= m_points.size())
        return false;
    const KeyPoint removed = m_points.at(row);
    QList<KeyPoint> points = m_points;
    points.removeAt(row);
    if (!store(points))
        return false;
    m_removed = Removed{row, removed};
    showMessage(tr("Removed \"%1\".").arg(removed.phrase), true);
    return true;
}

bool KeyPointEditor::undoRemove()
{
    if (!m_removed)
        return false;
    const Removed removed = *m_removed;
    QList<KeyPoint> points = m_points;
    points.insert(std::min<qsizetype>(removed.row, points.size()), removed.point);
    return store(points);
}

bool KeyPointEditor::store(const QList<KeyPoint> &points)
{
    if (m_questionId.isEmpty() || m_readOnly)
        return false;
    // The list's own problems first, so what is wrong is said the same way wherever it is found.
    if (const QString problem = keypoints::problemWithList(phrasesOf(points)); !problem.isEmpty()) {
        showMessage(problem);
        return false;
    }
    if (Status saved = m_keyPoints.setForQuestion(m_questionId, points); !saved) {
        showMessage(saved.error());
        return false;
    }
    m_points = points;
    m_removed.reset();
    showMessage({});
    rebuild();
    showUnknownWords();
    Q_EMIT keyPointsChanged(m_questionId);
    return true;
}

// One row per key point: the phrase, how it sounds (shown when a word of it is unknown, or already given)
// and a button that removes it.
void KeyPointEditor::rebuild()
{
    for (QWidget *row : std::as_const(m_rowWidgets)) {
        // An edit losing the focus as its row goes must not edit the new list by an old row's number.
        for (QObject *child : row->children())
            child->disconnect(this);
        // Out of the editor at once (findChild and the layout no longer see it), deleted once its own signals
        // have returned.
        row->hide();
        row->setParent(nullptr);
        row->deleteLater();
    }
    m_rowWidgets.clear();
    for (qsizetype i = 0; i < m_points.size(); ++i) {
        const int index = static_cast<int>(i);
        const KeyPoint &point = m_points.at(i);
        auto *row = new QWidget(this);
        auto *phrase = new QLineEdit(point.phrase, row);
        auto *soundsLike = new QLineEdit(point.soundsLike, row);
        auto *remove = new QToolButton(row);
        phrase->setObjectName(QStringLiteral("keyPointEdit%1").arg(i + 1));
        soundsLike->setObjectName(QStringLiteral("keyPointSoundsLikeEdit%1").arg(i + 1));
        remove->setObjectName(QStringLiteral("removeKeyPointButton%1").arg(i + 1));
        phrase->setAccessibleName(tr("Key point %1").arg(i + 1));
        soundsLike->setAccessibleName(tr("How key point %1 sounds").arg(i + 1));
        soundsLike->setPlaceholderText(tr("sounds like…"));
        soundsLike->setToolTip(tr("How you say it, in words the listening knows"));
        soundsLike->setVisible(!point.soundsLike.isEmpty() || !firstUnknownWord(point).isEmpty());
        remove->setText(tr("Remove"));
        remove->setToolTip(tr("Remove this key point (Ctrl+Z puts it back)"));
        for (QWidget *w : {static_cast<QWidget *>(phrase), static_cast<QWidget *>(soundsLike),
                           static_cast<QWidget *>(remove)})
            w->setEnabled(!m_readOnly);
        const auto commit = [this, index, phrase, soundsLike] {
            editKeyPoint(index, phrase->text(), soundsLike->text());
        };
        connect(phrase, &QLineEdit::editingFinished, this, commit);
        connect(soundsLike, &QLineEdit::editingFinished, this, commit);
        connect(remove, &QToolButton::clicked, this, [this, index] { removeKeyPoint(index); });
        auto *layout = new QHBoxLayout(row);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->addWidget(phrase, 2);
        layout->addWidget(soundsLike, 1);
        layout->addWidget(remove);
        m_rows->addWidget(row);
        m_rowWidgets.append(row);
    }
    m_newEdit->setEnabled(!m_questionId.isEmpty() && !m_readOnly);
    m_addButton->setEnabled(!m_questionId.isEmpty() && !m_readOnly);
    updateSuggestions();
}

void KeyPointEditor::showMessage(const QString &text, bool offerUndo)
{
    m_message->setText(text);
    m_undoButton->setVisible(offerUndo && m_removed.has_value());
}

// A word the listening does not know is named, with where to say how it sounds.
void KeyPointEditor::showUnknownWords()
{
    for (const KeyPoint &point : std::as_const(m_points)) {
        if (const QString word = firstUnknownWord(point); !word.isEmpty()) {
            showMessage(
                point.soundsLike.isEmpty()
                    ? tr("\"%1\" cannot be listened for as written: write how you say it in the "
                         "\"sounds like\" field beside \"%2\".")
                          .arg(word, point.phrase)
                    : tr("\"%1\" in how \"%2\" sounds cannot be listened for: write it in other words.")
                          .arg(word, point.phrase));
            return;
        }
    }
}

void KeyPointEditor::updateSuggestions()
{
    m_suggestButton->setEnabled(!m_readOnly && !suggestions().isEmpty());
}

void KeyPointEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void KeyPointEditor::retranslate()
{
    m_heading->setText(tr("Key points"));
    m_heading->setToolTip(tr("Phrases you mean to say in your answer; each take is listened for them"));
    m_newEdit->setAccessibleName(tr("New key point"));
    m_newEdit->setPlaceholderText(tr("A phrase you mean to say, e.g. \"composite index\""));
    m_addButton->setText(tr("Add"));
    m_suggestButton->setText(tr("Suggest"));
    m_suggestButton->setToolTip(tr("Phrases from your STAR answer and from what a strong answer shows"));
    m_undoButton->setText(tr("Undo"));
    rebuild();
}

} // namespace coach

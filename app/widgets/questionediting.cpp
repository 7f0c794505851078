#include "widgets/questionediting.h"

#include "core/bankfiles.h"
#include "models/questiontreemodel.h"
#include "storage/questionrepository.h"
#include "widgets/filedialog.h"
#include "widgets/importquestionsdialog.h"
#include "widgets/messagebox.h"
#include "widgets/questionbrowser.h"
#include "widgets/questioneditordialog.h"

#include <QDir>

namespace coach {

QuestionEditing::QuestionEditing(QuestionRepository &questions, QuestionTreeModel &model,
                                 QuestionBrowser &browser, QWidget &window)
    : QObject(&window)
    , m_questions(questions)
    , m_model(model)
    , m_browser(browser)
    , m_window(window)
{}

const Question *QuestionEditing::currentOwnQuestion() const
{
    const Question *current = m_model.question(m_model.indexOfQuestion(m_browser.currentQuestionId()));
    return current && current->bankId == QLatin1String(kCustomBankId) ? current : nullptr;
}

Status QuestionEditing::newQuestion()
{
    const auto categories = m_questions.categories();
    QuestionEditorDialog dialog(categories ? categories.value() : QList<Category>{}, &m_window);
    dialog.setWindowTitle(tr("New Question"));
    if (dialog.exec() != QDialog::Accepted)
        return Status::cancelled();
    const auto added = m_questions.addOwnQuestion(dialog.question(), dialog.categoryTitle());
    if (!added) {
        MessageBox::warning(&m_window, tr("New Question"), added.error());
        return Status::failure(added.error());
    }
    m_browser.setShow(0);
    Q_EMIT questionsChanged(added->id);
    Q_EMIT statusMessage(tr("Your question was added."), 8000);
    return Status::success();
}

Status QuestionEditing::editQuestion()
{
    const Question *current = currentOwnQuestion();
    if (!current)
        return Status::cancelled(); // the action is off for these
    const Question before = *current;
    const auto categories = m_questions.categories();
    QuestionEditorDialog dialog(categories ? categories.value() : QList<Category>{}, &m_window);
    dialog.setWindowTitle(tr("Edit Question"));
    dialog.setQuestion(before, QuestionTreeModel::displayTitle({before.categoryId, before.categoryId}));
    if (dialog.exec() != QDialog::Accepted)
        return Status::cancelled();
    if (Status s = m_questions.updateOwnQuestion(dialog.question(), dialog.categoryTitle()); !s) {
        MessageBox::warning(&m_window, tr("Edit Question"), s.error());
        return s;
    }
    Q_EMIT questionsChanged(before.id);
    return Status::success();
}

Status QuestionEditing::deleteQuestion()
{
    const Question *current = currentOwnQuestion();
    if (!current)
        return Status::failure(tr("Only your own questions can be deleted; the others can be hidden."));
    const QString id = current->id;
    if (MessageBox::question(&m_window, tr("Delete Question"),
                             tr("Delete your question \"%1\"?").arg(current->text)) != QMessageBox::Yes)
        return Status::cancelled();
    if (Status s = m_questions.deleteOwnQuestion(id); !s)
        return s;
    Q_EMIT questionsChanged(QString());
    Q_EMIT statusMessage(tr("Your question was deleted."), 8000);
    return Status::success();
}

Status QuestionEditing::setHidden(bool hidden, bool hiddenListed)
{
    const QString id = m_browser.currentQuestionId();
    if (id.isEmpty())
        return Status::failure(tr("Choose a question first."));
    if (Status s = m_questions.setHidden(id, hidden); !s)
        return s;
    Q_EMIT questionsChanged(hiddenListed || !hidden ? id : QString());
    Q_EMIT statusMessage(hidden ? tr("The question is hidden. View > Show Hidden Questions lists it again.")
                                : tr("The question is shown again."),
                         8000);
    return Status::success();
}

Result<int> QuestionEditing::importQuestions()
{
    const QString file =
        FileDialog::getOpenFileName(&m_window, tr("Import Questions"), QString(),
                                    tr("Question banks (*.json *.md *.markdown);;All files (*)"));
    if (file.isEmpty())
        return Result<int>::cancelled();
    ImportQuestionsDialog dialog(m_questions, file, &m_window);
    const auto fail = [&] {
        Q_EMIT statusMessage(dialog.error(), 20000);
        MessageBox::warning(&m_window, tr("Import Questions"), dialog.error());
        return Result<int>::failure(dialog.error());
    };
    if (!dialog.error().isEmpty())
        return fail();
    if (dialog.exec() != QDialog::Accepted)
        return Result<int>::cancelled();
    const int added = dialog.apply();
    if (added < 0)
        return fail();
    Q_EMIT questionsChanged(m_browser.currentQuestionId());
    Q_EMIT statusMessage(tr("Questions added: %1.").arg(added), 10000);
    return added;
}

Status QuestionEditing::exportQuestions()
{
    const auto banks = m_questions.banks();
    if (!banks)
        return Status::failure(banks.error());
    QStringList names;
    for (const auto &b : banks.value())
        names << tr("%1 (%2 questions)").arg(b.title).arg(b.questionCount);
    const auto chosen = FileDialog::getItem(&m_window, tr("Export Questions"), tr("Question bank:"), names);
    if (!chosen || !names.contains(*chosen))
        return Status::cancelled();
    const auto bank = m_questions.bank(banks->at(names.indexOf(*chosen)).id);
    if (!bank)
        return Status::failure(bank.error());
    const QString file = FileDialog::getSaveFileName(
        &m_window, tr("Export Questions"), bank->id + QStringLiteral(".json"), tr("Question banks (*.json)"));
    if (file.isEmpty())
        return Status::cancelled();
    if (Status saved = BankFiles::save(bank.value(), file); !saved)
        return saved;
    Q_EMIT statusMessage(
        tr("%1 questions written to %2.").arg(bank->questions.size()).arg(QDir::toNativeSeparators(file)),
        10000);
    return Status::success();
}

} // namespace coach

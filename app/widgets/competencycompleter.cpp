#include "widgets/competencycompleter.h"

#include <QLineEdit>
#include <QStringListModel>

namespace coach {

CompetencyCompleter::CompetencyCompleter(QObject *parent)
    : QCompleter(parent)
    , m_model(new QStringListModel(this))
{
    setModel(m_model);
    setCaseSensitivity(Qt::CaseInsensitive);
    // "pressure" finds "debugging under pressure" too: a competency is remembered by any of its words.
    setFilterMode(Qt::MatchContains);
    setCompletionMode(QCompleter::PopupCompletion);
}

void CompetencyCompleter::setCompetencies(const QStringList &known)
{
    // Unchanged, the model is left alone: a reset would close the list while it is open.
    if (known != m_model->stringList())
        m_model->setStringList(known);
}

QStringList CompetencyCompleter::competencies() const
{
    return m_model->stringList();
}

QStringList CompetencyCompleter::splitPath(const QString &path) const
{
    return {path.section(u',', -1).trimmed()};
}

QString CompetencyCompleter::pathFromIndex(const QModelIndex &index) const
{
    const QString chosen = QCompleter::pathFromIndex(index);
    const auto *edit = qobject_cast<const QLineEdit *>(widget());
    const QString text = edit ? edit->text() : QString();
    const qsizetype comma = text.lastIndexOf(u',');
    return comma < 0 ? chosen : text.left(comma + 1) + u' ' + chosen;
}

} // namespace coach

// Completes the competency being typed in a comma-separated list from the known ones: "ownership, debu"
// offers "debugging under pressure", and choosing it keeps the competencies before it.
#pragma once

#include <QCompleter>

class QStringListModel;

namespace coach {

class CompetencyCompleter final : public QCompleter
{
    Q_OBJECT

public:
    explicit CompetencyCompleter(QObject *parent = nullptr);

    void setCompetencies(const QStringList &known);
    QStringList competencies() const;

    // Only the part after the last comma is completed...
    QStringList splitPath(const QString &path) const override;
    // ...and what is chosen replaces only that part.
    QString pathFromIndex(const QModelIndex &index) const override;

private:
    QStringListModel *m_model;
};

} // namespace coach

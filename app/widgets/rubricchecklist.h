// The self-review of one take: its question's "what a strong answer shows" points as a checklist the person
// ticks (each tick stored at once; a second tick undoes it), with the coverage ("Covered 3 of 5"). Hidden
// while there is no take or the question lists no points.
#pragma once

#include <QList>
#include <QStringList>
#include <QWidget>

class QCheckBox;
class QLabel;
class QVBoxLayout;

namespace coach {

class AttemptRepository;

class RubricChecklist final : public QWidget
{
    Q_OBJECT

public:
    // Keys 5 to 9 tick the first five points.
    static constexpr int kKeyedPoints = 5;

    explicit RubricChecklist(AttemptRepository &attempts, QWidget *parent = nullptr);

    // The take to review and its question's points, read again from the database; attemptId 0: none.
    void setAttempt(qint64 attemptId, const QStringList &points);
    qint64 attemptId() const { return m_attemptId; }
    // Ticks the point (from 0) when it is not ticked, unticks it when it is, and stores that. False when
    // there is no such point, the profile is read-only, or it cannot be stored (failed() then says why).
    bool toggle(int point);
    const QList<int> &ticked() const { return m_ticked; }
    // "Covered 3 of 5", against the points listed now; empty while hidden.
    QString coverageText() const;
    // The profile cannot be written (reason says why): the boxes are off, with the reason as their tooltip.
    // An empty reason turns them on again.
    void setReadOnly(const QString &reason);

Q_SIGNALS:
    // A point was ticked or unticked and stored.
    void changed(qint64 attemptId);
    void failed(const QString &message);

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void rebuild();
    void showTicks();
    void retranslate();
    void elideTexts();

    AttemptRepository &m_attempts;
    qint64 m_attemptId = 0;
    QStringList m_points;
    QList<int> m_ticked;
    QString m_readOnlyReason;
    QLabel *m_heading;
    QLabel *m_coverage;
    QVBoxLayout *m_boxes;
    QList<QCheckBox *> m_checks;
};

} // namespace coach

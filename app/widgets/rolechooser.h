// The panel over the question list where the person ticks the roles (bundled banks) they practise for.
#pragma once

#include "core/rolechoice.h"

#include <QFrame>

#include <memory>

namespace coach {

namespace Ui {
class RoleChooser;
}

class RoleListModel;

class RoleChooser final : public QFrame
{
    Q_OBJECT

public:
    explicit RoleChooser(QWidget *parent = nullptr);
    ~RoleChooser() override;

    // The banks in the order to offer them; checkedIds start ticked.
    void setBanks(const QList<RoleBank> &banks, const QStringList &checkedIds);
    QStringList checkedIds() const;
    // Moves the keyboard focus into the list of roles.
    void focusRoles();

Q_SIGNALS:
    // "Start practising" with at least one role ticked.
    void chosen(const QStringList &bankIds);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void updateStartButton();

    std::unique_ptr<Ui::RoleChooser> m_ui;
    RoleListModel *m_model;
};

} // namespace coach

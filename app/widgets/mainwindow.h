// The main window: question browser on the left, question view on the right, menus around them.
#pragma once

#include <QMainWindow>

#include <memory>

namespace Ui {
class MainWindow;
}

namespace coach {

class QuestionBrowser;
class QuestionRepository;
class QuestionTreeModel;
class QuestionView;
class Settings;

class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(QuestionRepository &questions, Settings &settings, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Reads the questions from the database; returns an error message, empty on success.
    QString reload();

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void setUpActions();
    void restoreState();
    void saveState();
    void showAbout();
    void updateStatus();

    std::unique_ptr<Ui::MainWindow> m_ui;
    QuestionRepository &m_questions;
    Settings &m_settings;
    QuestionTreeModel *m_model;
    QuestionBrowser *m_browser;
    QuestionView *m_view;
};

} // namespace coach

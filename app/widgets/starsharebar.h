// One bar split into the four STAR parts by their share of the words, with the guide's shares marked above
// it.
#pragma once

#include <QWidget>

#include <array>

namespace coach {

class StarShareBar final : public QWidget
{
    Q_OBJECT

public:
    explicit StarShareBar(QWidget *parent = nullptr);
    void setShares(const std::array<double, 4> &shares);
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    std::array<double, 4> m_shares{};
};

} // namespace coach

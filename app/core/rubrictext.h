// How the self-review of a take reads: the coverage of its question's "what a strong answer shows" points.
#pragma once

#include <QCoreApplication>
#include <QString>

namespace coach {

class RubricText final
{
    Q_DECLARE_TR_FUNCTIONS(RubricText)

public:
    // "Covered 3 of 5"; empty when the take was not reviewed (points 0).
    static QString coverage(int covered, int points);
    // "3 of 5", for a column headed "Covered"; empty when not reviewed.
    static QString shortCoverage(int covered, int points);
};

} // namespace coach

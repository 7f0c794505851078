#include "core/rubrictext.h"

namespace coach {

QString RubricText::coverage(int covered, int points)
{
    return points > 0 ? tr("Covered %1 of %2").arg(covered).arg(points) : QString();
}

QString RubricText::shortCoverage(int covered, int points)
{
    return points > 0 ? tr("%1 of %2").arg(covered).arg(points) : QString();
}

} // namespace coach

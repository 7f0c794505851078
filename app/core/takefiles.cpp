#include "core/takefiles.h"

#include <QFileInfo>
#include <QRegularExpression>

namespace coach {

namespace {
const QString kStampFormat = QStringLiteral("yyyyMMdd'T'HHmmsszzz'Z'");
} // namespace

QString takeRelativePath(const QString &questionId, const QDateTime &startedAt)
{
    return QLatin1String(kRecordingsDir) + u'/' + startedAt.toUTC().toString(kStampFormat) + u'_' +
           questionId + QLatin1String(kTakeSuffix);
}

std::optional<TakeName> parseTakeFileName(const QString &fileName)
{
    static const QRegularExpression pattern(
        QStringLiteral(R"(^(\d{8}T\d{9}Z)_([A-Za-z0-9_.-]+?)(~\d+)?\.opus(\.partial)?$)"));
    const QRegularExpressionMatch match = pattern.match(QFileInfo(fileName).fileName());
    if (!match.hasMatch())
        return std::nullopt;
    QDateTime startedAt = QDateTime::fromString(match.captured(1), kStampFormat);
    if (!startedAt.isValid())
        return std::nullopt;
    startedAt.setTimeSpec(Qt::UTC);
    return TakeName{match.captured(2), startedAt};
}

} // namespace coach

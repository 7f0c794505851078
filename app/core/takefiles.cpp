#include "core/takefiles.h"

#include <QCoreApplication>
#include <QDir>
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

QString audioOutsideProfileText()
{
    return QCoreApplication::translate("TakeFiles", "audio outside the profile");
}

Result<QString> profileAudioFile(const QString &dataDir, const QString &audioPath)
{
    using R = Result<QString>;
    const QStringList parts = audioPath.split(u'/');
    const bool shaped =
        parts.size() == 2 &&
        (parts.at(0) == QLatin1String(kRecordingsDir) || parts.at(0) == QLatin1String(kTrashDir)) &&
        !parts.at(1).isEmpty() && parts.at(1) != QLatin1String(".") && parts.at(1) != QLatin1String("..") &&
        !audioPath.contains(u'\\') && !audioPath.contains(QChar(0));
    if (!shaped)
        return R::failure(audioOutsideProfileText());
    const QDir root(dataDir);
    // QFileInfo::isSymLink looks at the link itself (lstat): a link is refused wherever it points.
    if (QFileInfo(root.filePath(parts.at(0))).isSymLink())
        return R::failure(audioOutsideProfileText());
    const QString file = QDir::cleanPath(root.absoluteFilePath(audioPath));
    if (QFileInfo(file).isSymLink())
        return R::failure(audioOutsideProfileText());
    return file;
}

} // namespace coach

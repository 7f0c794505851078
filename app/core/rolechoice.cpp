#include "core/rolechoice.h"

#include "core/settings.h"

#include <QLocale>

#include <algorithm>

namespace coach {

namespace {

// "de", "de_DE" and "de-AT" are all German: only the language counts, never the country.
bool sameLanguage(const QString &bankLanguage, const QString &interfaceLanguage)
{
    return QLocale(bankLanguage).language() == QLocale(interfaceLanguage).language();
}

} // namespace

RoleChoice::RoleChoice(Settings &settings)
    : m_settings(settings)
{}

bool RoleChoice::isMade() const
{
    return !stored().isEmpty();
}

QStringList RoleChoice::stored() const
{
    return m_settings.value(Settings::Key::ChosenRoles).toStringList();
}

void RoleChoice::store(const QStringList &bankIds)
{
    m_settings.setValue(Settings::Key::ChosenRoles, bankIds);
    m_settings.sync();
}

QStringList RoleChoice::shownBanks(const QList<RoleBank> &banks, const QString &language) const
{
    const QStringList chosen = stored();
    QStringList shown;
    for (const RoleBank &bank : banks) {
        if (chosen.contains(bank.id))
            shown << bank.id;
    }
    return shown.isEmpty() ? defaultBanks(banks, language) : shown;
}

QList<RoleBank> RoleChoice::ordered(const QList<RoleBank> &banks, const QString &language)
{
    QList<RoleBank> result = banks;
    std::stable_partition(result.begin(), result.end(), [&language](const RoleBank &bank) {
        return sameLanguage(bank.language, language);
    });
    return result;
}

QStringList RoleChoice::defaultBanks(const QList<RoleBank> &banks, const QString &language)
{
    QStringList all;
    QStringList inLanguage;
    for (const RoleBank &bank : banks) {
        all << bank.id;
        if (sameLanguage(bank.language, language))
            inLanguage << bank.id;
    }
    return inLanguage.isEmpty() ? all : inLanguage;
}

} // namespace coach

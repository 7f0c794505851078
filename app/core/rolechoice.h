// The roles the person practises for: which bundled banks the question list shows, kept in the settings.
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace coach {

class Settings;

// A bundled bank as the role chooser offers it.
struct RoleBank
{
    QString id;
    QString title;
    QString language; // e.g. "en", "de"
    int questionCount = 0;
};

class RoleChoice final
{
public:
    explicit RoleChoice(Settings &settings);

    // Whether the person has chosen yet (at first start they have not).
    bool isMade() const;
    // The chosen bank ids as stored, in the order they were chosen.
    QStringList stored() const;
    // Keeps the choice; an empty list forgets it, as at first start.
    void store(const QStringList &bankIds);

    // The banks whose questions are shown: the chosen ones that exist, or before a choice (or when none of
    // the chosen banks exists any more) the default ones.
    QStringList shownBanks(const QList<RoleBank> &banks, const QString &language) const;

    // Banks of the interface's language first, each group in its given order.
    static QList<RoleBank> ordered(const QList<RoleBank> &banks, const QString &language);
    // Every bank of the interface's language; all banks when none is in that language.
    static QStringList defaultBanks(const QList<RoleBank> &banks, const QString &language);

private:
    Settings &m_settings;
};

} // namespace coach

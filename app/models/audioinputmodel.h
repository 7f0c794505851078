// The microphones the system offers, as a list for a combo box, kept current as devices come and go.
#pragma once

#include "core/microphones.h"

#include <QAbstractListModel>

namespace coach {

class AudioInputModel final : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role { DeviceIdRole = Qt::UserRole + 1, IsDefaultRole };
    Q_ENUM(Role)

    explicit AudioInputModel(Microphones &microphones, QObject *parent = nullptr);

    // Starts following the system's devices (kept out of the constructor: it talks to the sound server).
    void refresh();
    int rowOfDevice(const QByteArray &id) const;
    QByteArray defaultDeviceId() const { return m_defaultId; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    void read();

    Microphones &m_microphones;
    QList<Microphone> m_inputs;
    QByteArray m_defaultId;
};

} // namespace coach

// The microphones the system offers, kept current as devices come and go.
#pragma once

#include <QAbstractListModel>
#include <QAudioDevice>
#include <QTimer>

class QMediaDevices;

namespace coach {

class AudioInputModel final : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role { DeviceIdRole = Qt::UserRole + 1, IsDefaultRole };
    Q_ENUM(Role)

    explicit AudioInputModel(QObject *parent = nullptr);

    // Starts listening to the system's devices (kept out of the constructor: it talks to the sound server).
    void refresh();
    int rowOfDevice(const QByteArray &id) const;
    QByteArray defaultDeviceId() const { return m_defaultId; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    void checkForChanges();

    QMediaDevices *m_devices = nullptr;
    QTimer m_poll;
    QList<QAudioDevice> m_inputs;
    QByteArray m_defaultId;
};

} // namespace coach

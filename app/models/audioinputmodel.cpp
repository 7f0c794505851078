#include "models/audioinputmodel.h"

#include <QMediaDevices>

namespace coach {

AudioInputModel::AudioInputModel(QObject *parent)
    : QAbstractListModel(parent)
{
    // Qt 6.4 does not always announce PulseAudio sources coming and going; a cheap look at its cached list
    // does.
    m_poll.setInterval(2000);
    connect(&m_poll, &QTimer::timeout, this, &AudioInputModel::checkForChanges);
}

void AudioInputModel::checkForChanges()
{
    const QList<QAudioDevice> inputs = QMediaDevices::audioInputs();
    if (inputs != m_inputs || QMediaDevices::defaultAudioInput().id() != m_defaultId)
        refresh();
}

void AudioInputModel::refresh()
{
    if (!m_devices) {
        m_devices = new QMediaDevices(this);
        connect(m_devices, &QMediaDevices::audioInputsChanged, this, &AudioInputModel::refresh);
        m_poll.start();
    }
    beginResetModel();
    m_inputs = QMediaDevices::audioInputs();
    // isDefault() on the listed devices is unreliable; the default device's id is not.
    m_defaultId = QMediaDevices::defaultAudioInput().id();
    endResetModel();
}

int AudioInputModel::rowOfDevice(const QByteArray &id) const
{
    for (qsizetype row = 0; row < m_inputs.size(); ++row) {
        if (m_inputs.at(row).id() == id)
            return static_cast<int>(row);
    }
    return -1;
}

int AudioInputModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_inputs.size());
}

QVariant AudioInputModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QAudioDevice &device = m_inputs.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return device.id() == m_defaultId ? tr("%1 (default)").arg(device.description())
                                          : device.description();
    case Qt::ToolTipRole:
        return QString::fromUtf8(device.id());
    case DeviceIdRole:
        return device.id();
    case IsDefaultRole:
        return device.id() == m_defaultId;
    default:
        return {};
    }
}

QHash<int, QByteArray> AudioInputModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(DeviceIdRole, "deviceId");
    names.insert(IsDefaultRole, "isDefault");
    return names;
}

} // namespace coach

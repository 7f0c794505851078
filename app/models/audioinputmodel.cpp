#include "models/audioinputmodel.h"

namespace coach {

AudioInputModel::AudioInputModel(Microphones &microphones, QObject *parent)
    : QAbstractListModel(parent)
    , m_microphones(microphones)
{
    connect(&m_microphones, &Microphones::changed, this, &AudioInputModel::read);
}

void AudioInputModel::refresh()
{
    m_microphones.watch();
}

void AudioInputModel::read()
{
    beginResetModel();
    m_inputs = m_microphones.inputs();
    m_defaultId = m_microphones.defaultId();
    endResetModel();
}

int AudioInputModel::rowOfDevice(const QByteArray &id) const
{
    for (qsizetype row = 0; row < m_inputs.size(); ++row) {
        if (m_inputs.at(row).id == id)
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
    const Microphone &device = m_inputs.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return device.id == m_defaultId ? tr("%1 (default)").arg(device.description) : device.description;
    case Qt::ToolTipRole:
        return QString::fromUtf8(device.id);
    case DeviceIdRole:
        return device.id;
    case IsDefaultRole:
        return device.id == m_defaultId;
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

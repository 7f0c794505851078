#include "media/systemmicrophones.h"

#include <QMediaDevices>

namespace coach {

SystemMicrophones::SystemMicrophones(QObject *parent)
    : Microphones(parent)
{
    // Qt 6.4 does not always announce PulseAudio sources coming and going; a cheap look at its cached list
    // does.
    m_poll.setInterval(2000);
    connect(&m_poll, &QTimer::timeout, this, &SystemMicrophones::read);
}

void SystemMicrophones::watch()
{
    if (!m_devices) {
        m_devices = new QMediaDevices(this);
        connect(m_devices, &QMediaDevices::audioInputsChanged, this, &SystemMicrophones::read);
        m_poll.start();
    }
    m_announced = false; // changed() follows even when nothing did
    read();
}

void SystemMicrophones::read()
{
    QList<Microphone> inputs;
    for (const QAudioDevice &device : QMediaDevices::audioInputs())
        inputs.append({device.id(), device.description()});
    // isDefault() on the listed devices is unreliable; the default device's id is not.
    const QByteArray defaultId = QMediaDevices::defaultAudioInput().id();
    if (m_announced && inputs == m_inputs && defaultId == m_defaultId)
        return;
    m_announced = true;
    m_inputs = inputs;
    m_defaultId = defaultId;
    Q_EMIT changed();
}

} // namespace coach

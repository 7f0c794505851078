// The sound server's microphones through Qt Multimedia, kept current as devices come and go.
#pragma once

#include "core/microphones.h"

#include <QTimer>

class QMediaDevices;

namespace coach {

class SystemMicrophones final : public Microphones
{
    Q_OBJECT

public:
    explicit SystemMicrophones(QObject *parent = nullptr);

    void watch() override;
    QList<Microphone> inputs() const override { return m_inputs; }
    QByteArray defaultId() const override { return m_defaultId; }

private:
    void read();

    QMediaDevices *m_devices = nullptr;
    QTimer m_poll;
    QList<Microphone> m_inputs;
    QByteArray m_defaultId;
    bool m_announced = false;
};

} // namespace coach

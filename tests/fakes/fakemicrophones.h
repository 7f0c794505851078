// A sound server's microphone list that the test sets: watch() announces it, setInputs() changes it.
#pragma once

#include "core/microphones.h"

#include <utility>

namespace coach::test {

class FakeMicrophones final : public Microphones
{
public:
    using Microphones::Microphones;

    void watch() override
    {
        m_watched = true;
        Q_EMIT changed();
    }
    QList<Microphone> inputs() const override { return m_inputs; }
    QByteArray defaultId() const override { return m_defaultId; }

    bool watched() const { return m_watched; }
    void setInputs(QList<Microphone> inputs, QByteArray defaultId)
    {
        m_inputs = std::move(inputs);
        m_defaultId = std::move(defaultId);
        if (m_watched)
            Q_EMIT changed();
    }

private:
    QList<Microphone> m_inputs;
    QByteArray m_defaultId;
    bool m_watched = false;
};

} // namespace coach::test

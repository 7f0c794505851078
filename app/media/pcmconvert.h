// Converts captured audio in whatever format the device delivers to mono 16-bit samples.
#pragma once

#include <QAudioFormat>
#include <QByteArray>

#include <vector>

namespace coach {

// Channels are averaged; unknown formats give no samples.
void appendMonoInt16(const QByteArray &data, const QAudioFormat &format, std::vector<qint16> &out);

} // namespace coach

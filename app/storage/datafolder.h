// The data folder's state before anything is opened in it: whether new files can be written there.
#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QString>

namespace coach {

class DataFolder final
{
    Q_DECLARE_TR_FUNCTIONS(DataFolder)

public:
    // Makes the folder if it is missing, then writes a small file there, flushes and removes it: a
    // read-only folder or file system, missing permissions and a full disk all fail here, named.
    static Status checkWritable(const QString &dir);
};

} // namespace coach

// Splits a migration script into the single statements QSqlQuery can execute.
#pragma once

#include <QStringList>

namespace coach {

// Splits at semicolons outside quotes, comments and CREATE TRIGGER bodies; drops empty statements.
QStringList splitSqlStatements(const QString &script);

} // namespace coach

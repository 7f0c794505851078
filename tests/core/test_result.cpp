#include "core/result.h"

#include "support/testsupport.h"

using namespace coach;

TEST_CASE("Success, failure and cancelled are three different outcomes", "[core][result]")
{
    const Status done = Status::success();
    CHECK(done.ok());
    CHECK_FALSE(done.isCancelled());

    const Status failed = Status::failure(QStringLiteral("The disk is full."));
    CHECK_FALSE(failed.ok());
    CHECK_FALSE(failed.isCancelled());
    CHECK(failed.error() == QStringLiteral("The disk is full."));

    // A failure without a message is still a failure, not a cancel.
    CHECK_FALSE(Status::failure(QString()).isCancelled());

    const Status cancelled = Status::cancelled();
    CHECK_FALSE(cancelled.ok());
    CHECK_FALSE(static_cast<bool>(cancelled));
    CHECK(cancelled.isCancelled());
    CHECK(cancelled.error().isEmpty());

    const Result<int> value = 3;
    CHECK(value.ok());
    CHECK_FALSE(value.isCancelled());
    CHECK(value.value() == 3);
    const auto bad = Result<int>::failure(QStringLiteral("No."));
    CHECK_FALSE(bad.ok());
    CHECK_FALSE(bad.isCancelled());
    const auto stopped = Result<int>::cancelled();
    CHECK_FALSE(stopped.ok());
    CHECK(stopped.isCancelled());
    CHECK(stopped.error().isEmpty());
}

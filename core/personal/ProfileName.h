#pragma once
// One rule for the names of profiles, applied wherever a name comes in (the command line, a later GUI, an
// imported file), so that a name accepted once is accepted everywhere and never garbles a terminal.

#include "common/Result.h"

#include <QCoreApplication>
#include <QString>

namespace outpace {

class ProfileName
{
    Q_DECLARE_TR_FUNCTIONS(ProfileName)

public:
    static constexpr int maximumLength = 64;

    // The name as it is kept (trimmed, in Unicode composed form), or why it is refused: empty, longer
    // than maximumLength characters, or holding a control, format or unassigned character.
    static Result<QString> check(const QString &name);
    // What two names are compared by: "Zoé", "ZOÉ" and "Zoe\u0301" are the same profile.
    static QString comparisonKey(const QString &name);
    // A name stored by an earlier version, made safe to print: each character check() would refuse is
    // shown as U+FFFD, so that no escape sequence reaches a terminal.
    static QString printable(const QString &name);
    // What check() asks for, for messages that name the expected form.
    static QString expectedForm();
};

} // namespace outpace

#pragma once
// Terminal layout shared by the commands: wrapped paragraphs, headings, bars and numbers in the
// reader's language.

#include "common/LocalizedText.h"

#include <QLocale>
#include <QString>
#include <QTextStream>

namespace outpace::cli {

inline constexpr int lineWidth = 100;

// Wraps text to the line width, indenting every line; blank lines separate paragraphs.
void writeWrapped(QTextStream &out, const QString &text, int indent = 2, const QString &firstPrefix = {});
void writeHeading(QTextStream &out, const QString &title);
// A usage line, wrapped at the line width with the continuation lines indented under the command.
void writeUsage(QTextStream &out, const QString &usage);
// A bar of block characters for a 0..100 value.
QString bar(double value, int width = 20);
QString percent(const QLocale &locale, double value, int decimals = 1);
// The text whole when it fits in `width` columns, else cut with an ellipsis (JSON always has it whole).
QString elided(const QString &text, int width);
// A risk score, always shown the same way: "42.0 / 100" ("42,0 / 100"), never as a percentage.
QString outOf100(const QLocale &locale, double value);
// ": " in English, " : " with a no-break space in French.
QString colon(Language language);

} // namespace outpace::cli

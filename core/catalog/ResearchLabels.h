#pragma once
// The label vocabulary of the research label set (GPTs are GPTs): which labels a catalog may quote. What
// each label is worth belongs to the scoring model, which must know every one of them.

#include <QStringList>

namespace outpace::ResearchLabels {

// E0, E1, E2.
const QStringList &exposure();
// T0 to T4.
const QStringList &automation();

} // namespace outpace::ResearchLabels

#pragma once
// Which research labels give a task's exposure (GPT-4's or the human annotators'); automation always comes
// from GPT-4. One type for the scorer, the occupation figures and every front end.

#include <QString>
#include <QStringView>

namespace outpace {

enum class Lens { Gpt4, Human };
QString lensKey(Lens lens);
bool lensFromKey(QStringView key, Lens *lens);

} // namespace outpace

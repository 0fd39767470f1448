#pragma once
// A catalog header reaching up into scoring: the layering check must refuse it.
#include "scoring/ScoringModel.h"

#pragma once
// A core header needing Qt Gui: the layering check must refuse it.
#include <QPainter>

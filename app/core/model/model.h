// SPDX-License-Identifier: EUPL-1.2
#pragma once
// The typology model: the two axes, which type sits in which quadrant, how the board is laid
// out on screen, and the grensgeval margin. All of it is data (data/model.json).

#include <array>
#include <cstdint>

#include "core/io/text.h"
#include "core/model/pps_type.h"
#include "core/model/sketch.h"

namespace pps {

enum class Axis { Formal = 0, Outside = 1 };

struct AxisInfo {
  LocalText name;              // "Inhoud", "Organisatie"
  LocalText negative_end;      // "Non-formeel leren", "Binnen"
  LocalText positive_end;      // "Formeel leren", "Buiten"
  LocalText negative_explain;  // what the negative end means, one sentence
  LocalText positive_explain;
};

struct TypeInfo {
  int number = 0;            // 1..4, as in the publication
  LocalText name;            // "Ontwikkelaar"
  std::uint32_t color = 0;   // 0xRRGGBB, the quadrant's fill
  std::uint32_t accent = 0;  // 0xRRGGBB, strong: the type's name, borders, bars
  int formal_sign = 0;       // -1 or +1: the quadrant's side of the formal axis
  int outside_sign = 0;      // -1 or +1
};

// Where the axes go on screen. Screen y grows downwards.
struct ScreenLayout {
  Axis horizontal = Axis::Formal;  // the other axis is vertical
  bool positive_right = true;      // the horizontal axis' positive end is on the right
  bool positive_down = true;       // the vertical axis' positive end is at the bottom
};

// How a classification reads in words: the thresholds behind "firmly this type" and "the
// activities fan out". Data, like the rest of the model.
struct Reading {
  double firm = 0.35;      // board units: a zwaartepunt further than this from both axes is firm
  double moderate = 0.15;  // board units: further than this is fairly stable; closer is fragile
  double quadrant_share = 0.15;  // a quadrant with at least this share of the weight is in use
  int wide_quadrants = 2;        // this many quadrants in use: the activities fan out
};

struct Model {
  std::array<AxisInfo, 2> axes;            // indexed by Axis
  std::array<TypeInfo, kTypeCount> types;  // indexed by PpsType
  ScreenLayout layout;
  double margin = 0.1;  // board units: a zwaartepunt this close to an axis is a grensgeval
  Reading reading;

  const AxisInfo& AxisOf(Axis axis) const { return axes[static_cast<int>(axis)]; }
  const TypeInfo& Of(PpsType type) const { return types[Index(type)]; }
};

// The model as published, in the default layout; the loader replaces it with data/model.json.
Model DefaultModel();

// The type whose quadrant has these signs (each -1 or +1).
PpsType TypeAt(const Model& model, int formal_sign, int outside_sign);

// Which side of an axis a coordinate is on. A coordinate exactly on the axis (0) counts as the
// positive side (formeel, buiten): a documented tie-break, never a hidden one.
inline int SideOf(double coordinate) {
  return coordinate >= 0.0 ? 1 : -1;
}

}  // namespace pps

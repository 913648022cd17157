// SPDX-License-Identifier: EUPL-1.2
#include "core/model/model.h"

#include <cassert>

namespace pps {

Model DefaultModel() {
  Model m;
  m.axes[0] = {{"Inhoud", "Content"},
               {"Non-formeel leren", "Non-formal learning"},
               {"Formeel leren", "Formal learning"},
               {"Leren door werken en innoveren", "Learning by working and innovating"},
               {"Leren voor diploma's en certificaten", "Learning for diplomas and certificates"}};
  m.axes[1] = {{"Organisatie", "Organisation"},
               {"Binnen", "Inside"},
               {"Buiten", "Outside"},
               {"Onderwijs heeft de regie, leren op school", "Education leads, learning at school"},
               {"Samen of anderen aan het roer, leren buiten school",
                "Shared or others lead, learning outside school"}};
  m.types[Index(PpsType::Ontwikkelaar)] = {1, {"Ontwikkelaar", "Developer"}, 0xCFE2F3, 0x1F5F99, -1, -1};
  m.types[Index(PpsType::Opleider)] = {2, {"Opleider", "Trainer"}, 0xD4EBCD, 0x2E7A32, 1, -1};
  m.types[Index(PpsType::Katalysator)] = {3, {"Katalysator", "Catalyst"}, 0xF6E3C3, 0xA35A00, -1, 1};
  m.types[Index(PpsType::Ondernemer)] = {4, {"Ondernemer", "Entrepreneur"}, 0xEAD5EC, 0x86358F, 1, 1};
  return m;
}

PpsType TypeAt(const Model& model, int formal_sign, int outside_sign) {
  for (PpsType type : kAllTypes) {
    const TypeInfo& info = model.Of(type);
    if (info.formal_sign == formal_sign && info.outside_sign == outside_sign) return type;
  }
  assert(false && "the model must map each quadrant to one type: validate it in LoadModel");
  return PpsType::Ontwikkelaar;
}

}  // namespace pps

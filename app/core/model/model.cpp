// SPDX-License-Identifier: EUPL-1.2
#include "core/model/model.h"

#include <cassert>

namespace pps {

Model DefaultModel() {
  Model m;
  // The axis texts say what data/model.json says (the ends, without the app's reading of buiten).
  m.axes[0] = {{"Inhoud", "Content"},
               {"Non-formeel leren", "Non-formal learning"},
               {"Formeel leren", "Formal learning"},
               {"Groeien in het vak door werk en leren te verbinden en mee te bouwen aan "
                "vernieuwing",
                "Growing in the trade by linking work with learning and by helping to innovate"},
               {"Leren dat uitmondt in een diploma of certificaat",
                "Learning that leads to a diploma or certificate"}};
  m.axes[1] = {{"Organisatie", "Organisation"},
               {"Binnen", "Inside"},
               {"Buiten", "Outside"},
               {"Het onderwijs heeft de regie, met bedrijven als partner of als adviseur; geleerd "
                "wordt op (innovatieve) plekken van de school",
                "Education leads, with companies as partner or as adviser; learning happens at "
                "the school's (innovative) sites"},
               {"Onderwijs en bedrijven als gelijkwaardige partners, of een ander dan het onderwijs "
                "aan het roer: de school doet mee als partner, en het leren gebeurt buiten de school",
                "Education and business as equal partners, or someone other than education leads: "
                "the school takes part as a partner, and learning happens outside the school"}};
  m.types[Index(PpsType::Ontwikkelaar)] = {1, {"Ontwikkelaar", "Developer"}, 0xCFE2F3, 0x1F5F99, -1, -1};
  m.types[Index(PpsType::Opleider)] = {2, {"Opleider", "Educator"}, 0xD4EBCD, 0x2E7A32, 1, -1};
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

"""The phrase bank for one reply, as both backends use it: neutral titles or the business
profile's, the approver for an amount, how soon an escalated case is called back, and the safety
step for a hazard. The template backend composes from it; the LLM prompt quotes it."""

from __future__ import annotations

import re
from functools import cache, lru_cache
from typing import Any

from drafter.backends import safety_fit
from drafter.backends.satisfy_asks6 import manager_asked, names_manager
from drafter.backends.template_remedy import with_others
from drafter.guard.normalize import fold
from drafter.intake.addressee import addressed_role
from drafter.intake.danger import names_child
from drafter.intake.meanwhile import needs_cash, parcel_found, spoiled_goods
from drafter.intake.protect import (
    card_stop_asked,
    card_stopped,
    child_left_alone,
    freeze_asked_no_card,
    misuse_channel,
)
from drafter.models import Analysis, Complaint, Hazard
from drafter.policy import Policy
from drafter.profile import BusinessProfile
from drafter.reply import phrase_bank_for, traditional


@lru_cache(maxsize=16)
def _situations(text: str) -> tuple[bool, bool, bool]:
    """(parcel found, goods spoiled, cash needed), read once per complaint (a draft builds its
    Wording more than once)."""
    found = parcel_found(text)
    return found, found and spoiled_goods(text), needs_cash(text)


def _fitted_answers(bank: dict[str, Any], text: str) -> dict[str, Any]:
    """The bank with the answers that the situation changes (drafter/intake/meanwhile.py): a
    parcel already found is not traced (what went wrong is checked, spoiled fresh goods claimed
    for); a card kept by a machine comes with a way to get cash meanwhile when they need it. Both
    backends quote the bank, so the answer fits whichever drafts. A fresh dict: the cached bank
    is shared."""
    found, spoiled, cash = _situations(text)
    if not (found or cash):
        return bank
    satisfy = bank["satisfy"]
    answer = satisfy["answer"]
    swaps: dict[str, Any] = {}
    by_category = satisfy["by_category"]
    if found:
        found = answer["parcel_found_spoiled" if spoiled else "parcel_found"]
        swaps.update({"delivery": found, "delivery_by": found, "trace": found})
        if spoiled:
            # the fresh goods spoiled while it sat there: the claim for them, not a breakage claim
            # nor "what went wrong with your delivery"
            swaps["damage_claim"] = found
            by_category = {
                **by_category,
                "delivery": {**by_category["delivery"], "any": found},
                "product_quality": {**by_category["product_quality"], "delivery": found},
            }
    if cash:
        swaps["card_retained"] = answer["card_retained_cash"]
    return {**bank, "satisfy": {**satisfy, "answer": {**answer, **swaps}, "by_category": by_category}}


class Wording:
    """The phrase bank in the reply's script, with the business profile's titles filled in and,
    without a profile, the titles that fit the kind of business read from the complaint."""

    def __init__(self, complaint: Complaint, profile: BusinessProfile | None, domain: str | None = None) -> None:
        self.zh = complaint.language != "en"
        self.trad = complaint.language == "zh-Hant"
        self.lang = "zh" if self.zh else "en"
        self.bank: dict[str, Any] = _fitted_answers(phrase_bank_for(complaint.language), complaint.text)
        self.profile = profile
        self.domain = profile.kind if profile else (domain or "other")
        self.sep = "" if self.zh else " "
        self.chat = complaint.channel == "im"
        self.text = complaint.text
        # flaw's verdict on each sentence tested for this reply (drafter/backends/template_listen.py)
        self.flaws: dict[tuple[str, bool, bool], str | None] = {}
        # select's choice of story sentences: Listen is composed twice when Satisfy's amounts
        # change it, from the same story (template_listen.select)
        self.selected: dict[tuple[tuple[str, ...], int], tuple[str, ...]] = {}

    def __getitem__(self, key: str) -> Any:
        return self.bank[key]

    def mine(self, text: str | None) -> str | None:
        """The profile's wording (written in Simplified) in the reply's script."""
        return traditional(text) if text and self.trad else text

    def manager(self) -> str:
        """Who takes an escalated case: the profile's title, else the senior role the customer
        asks for by name ("校长或者负责人亲自打俾我", "the head of centre"), else the kind of
        business's (trainers: a generic 经理 to someone who asked for the centre head)."""
        mine = self.mine(self.profile.say("manager", self.lang)) if self.profile else None
        roles = (*self.bank["asked_roles"], *self.bank.get("asked_levels", ()))  # "the regional manager" too
        asked = None if mine else asked_role(self.text, self.zh, roles) or addressed_role(self.text, self.zh)
        kind = self._kind_manager()
        if not mine and not asked and not names_manager(kind) and manager_asked(self.text):
            kind = str(self.bank["manager"])  # s13asks2: "a manager, not another agent": a manager, by that title
        return mine or asked or kind

    def _kind_manager(self) -> str:
        """The kind of business's manager; within a kind, the one its own words name (a pharmacy's
        manager, not a GP practice's: trainers, "passed your case to the practice manager")."""
        for within in self.bank.get("managers_within", {}).get(self.domain, ()):
            if any(str(w).lower() in self.text.lower() for w in within["said"]):
                return str(within["manager"])
        return str(self.bank.get("managers", {}).get(self.domain) or self.bank["manager"])

    def approver(self, role: str) -> str:
        mine = self.mine(self.profile.role_title(role, self.lang)) if self.profile else None
        return mine or str(self.bank["roles"].get(role, self.bank["roles"]["supervisor"]))

    def escalation_time(self, analysis: Analysis) -> str:
        """Sooner for a hazard happening now or a customer waiting on the spot, soon for a hurt
        person, within hours otherwise."""
        times = self.bank["satisfy"]["escalated"]["time"]
        if live(analysis) or _minutes(analysis):
            return str(times.get("live", times["urgent"]))  # people in danger where they are: minutes
        if analysis.safety is not None:
            # a lift that dropped or a railing that gave way where others pass: within the hour too
            shared = analysis.safety.installation or (
                analysis.safety.fixed and "defect" in analysis.safety.hazards and self._shared(analysis)
            )
            # lips or throat swelling now: the ambulance is called, and so are they, within the half hour
            severe = analysis.safety.hazards[:1] == ["allergy"] and _SEVERE.search(self.text) is not None
            # (an injury treated last week by a broken shelf: the hazard is cordoned off, the call within hours)
            shared = (shared or severe) and not analysis.situation.cared_for
            return str(times["urgent" if analysis.safety.urgent or analysis.situation.now or shared else "safety"])
        if analysis.situation.now or analysis.situation.today:
            return str(times["now"])
        return str(times["default"])

    def protect(self, analysis: Analysis) -> str | None:
        """The protective step that is not first aid, said before anything else (a card charged
        by someone else is frozen and the charge disputed now, by the card issuer when we did not
        issue it; a child left waiting alone after dark is asked after), or None."""
        channel = misuse_channel(self.text)
        if channel == "carrier":  # on the phone bill: third-party billing blocked, not a card frozen
            return str(self.bank["protect"]["carrier_ours" if self.domain in _CARRIERS else "carrier"])
        if channel == "card" and freeze_asked_no_card(self.text):
            return None  # "幫我即刻凍結" a wallet or an account: the freeze they asked is answered as asked
        if channel == "card":
            # they ask us to stop or cancel their card: we issued it, whatever else we sell
            ours = self.domain in _CARD_ISSUERS or card_stop_asked(self.text)
            if card_stopped(self.text):  # already reported or frozen by them: the dispute, not a second freeze
                return str(self.bank["protect"]["card_stopped_ours" if ours else "card_stopped_issuer"])
            return str(self.bank["protect"]["card_ours" if ours else "card_issuer"])
        if analysis.safety is None and child_left_alone(self.text):
            return str(self.bank["protect"]["child_alone"])  # a child stranded now has its own safety step
        return None

    def safety(self, analysis: Analysis) -> tuple[str, str, str] | None:
        """(who to ask after, the wellbeing question, the safety step), or None. Someone already
        in a doctor's care is wished well and asked to follow the doctors' advice; a hazard the
        customer already made safe is not to be used again; a live installation is not touched."""
        safety = analysis.safety
        if safety is None or not safety.hazards:
            return None
        bank = self.bank["safety"]
        hazard = safety.hazards[0]
        situation = analysis.situation
        if safety.pet and safety.who and hazard not in _HOUSEHOLD:
            # an animal hurt or ill: asked after by name and taken to a vet, never "seek medical care"
            ask = bank["wellbeing"]["pet"].format(who=safety.who)
            # already seen by a vet (ours or another): the vet's advice, not "take them to a vet now"
            key = "pet_cared" if situation.cared_for or _VET_SEEN.search(self.text) else "pet"
            return str(safety.who), str(ask), str(bank["steps"][key].format(whom=safety.who))
        # someone frail or a young child left at a roadside or a gate: asked after by name first
        person = safety.who or (bank["whom_child"] if safety.child and "stranded" in safety.hazards else None)
        stranded = "stranded" in safety.hazards and safety.vulnerable and person is not None
        unwell = hazard == "gas" and _unwell(self.text)
        who: str | None
        object_key = "object"
        if unwell and safety.who and not _GROUP.match(safety.who):
            ask, who = bank["wellbeing"]["other"].format(who=safety.who), safety.who  # the one feeling dizzy
        elif hazard == "object" and not situation.cared_for:
            # glass or a staple found: whether anyone was hurt is the question, not "how are you feeling"
            key = safety_fit.object_key(analysis, self.text, _BIT.search(self.text) is not None)
            ask, who = bank["wellbeing"][key].format(who=safety.who), safety.who or bank["whom_group"]
            object_key = "object_self" if key == "object_self" else "object"
        elif hazard in _THINGS and safety.who and any(h in safety.hazards for h in _BODY) and not stranded:
            # the scooter whose brakes failed hurt their son: asked after by name, not "everyone"
            ask, who = bank["wellbeing"]["other"].format(who=safety.who), safety.who
        elif safety.conduct and safety.who and not _GROUP.match(safety.who) and not stranded:
            # one of our people grabbed or shoved their son: asked after him, not "everyone with you" (s13timing)
            ask, who = bank["wellbeing"]["other"].format(who=safety.who), safety.who
        elif safety.shut_in_before and safety.who and not _GROUP.match(safety.who):
            # their mother was shut in the lift and is out now: asked after by name (round 10ba)
            ask, who = bank["wellbeing"]["other"].format(who=safety.who), safety.who
        elif hazard in ("gas", "fire", "electric", "defect", "trapped", "water") and not stranded:
            # "您和家人" only where a family or someone with them is told (s10harm2): no family invented
            others = with_others(self.text) or names_child(fold(self.text)) or safety.child
            key = "group" if others or "group_alone" not in bank["wellbeing"] else "group_alone"
            if safety_fit.at_work(self.text) and "group_work" in bank["wellbeing"]:
                key = "group_work"  # their office or shop: "you and your colleagues", not "your family" (s13pg)
            ask, who = bank["wellbeing"][key], bank["whom_group"]
        elif stranded:
            ask, who = bank["wellbeing"]["other"].format(who=person), person
        elif hazard == "stranded":
            over = safety_fit.stranded_over(self.text)  # home again: how they are now, not "somewhere safe?"
            ask, who = bank["wellbeing"]["stranded_over" if over else "stranded"], bank["whom_self"]
        elif situation.cared_for and not safety_fit.head_signs_now(analysis, self.text):
            hurt = safety.who or safety_fit.third_hurt(self.text)  # "his finger is fractured": him, not the writer
            key = "cared_other" if hurt else "cared_self"
            ask, who = bank["wellbeing"][key].format(who=hurt), hurt or bank["whom_self"]
        elif safety.who and _PAIR.match(safety.who) and "pair" in bank["wellbeing"]:
            ask, who = bank["wellbeing"]["pair"].format(who=safety.who), safety.who  # "how are you and your partner"
        elif safety.who:
            ask, who = bank["wellbeing"]["other"].format(who=safety.who), safety.who
        elif hurt := safety_fit.third_hurt(self.text):
            ask, who = bank["wellbeing"]["other"].format(who=hurt), hurt  # the one hurt, not the writer (s13pg)
        else:
            ask, who = bank["wellbeing"]["self"], bank["whom_self"]
        steps = bank["steps"]
        key = str(hazard)
        if safety.line and hazard in ("fire", "electric"):
            key = "electric_line"  # a line down in the street: keep away; nothing to unplug
        elif safety.public and hazard in _PUBLIC and not situation.made_safe and not situation.building:
            # a pole, a gas main: kept away from, never unplugged, cooled or collected
            key = "public_defect" if hazard == "defect" else "public" if hazard == "gas" else "public_electric"
        elif hazard == "gas":
            return str(who), str(ask), self._gas_step(analysis)
        elif hazard == "chemical" and safety.fumes:
            key = "fumes"  # breathed in: fresh air first, never a rinse or an EpiPen
        elif hazard in ("fire", "electric") and situation.responders and (situation.building or safety.fixed):
            key = "attended"  # the fire service is there: follow them and keep away, not "call the fire service"
        elif hazard == "fire" and safety.battery and not _SMOKE.search(self.text) and not situation.vehicle:
            key = "battery"  # swollen or hot, not (yet) smoking: not charged or pressed, moved clear if safe
        elif hazard == "fire" and safety.live and not situation.building and not situation.vehicle:
            key = "fire_live"  # still smoking: keep clear and call the fire service, not "keep it"
        elif (
            "stranded" in safety.hazards
            and ("defect" in safety.hazards or situation.vehicle)
            and hazard in ("defect", "stranded")
        ):
            # not driven on, kept warm, help sent now; on a motorway, out and behind the barrier
            key = "stranded_vehicle" if safety.who else "stranded_vehicle_self"
            if safety.services:
                key = f"{key}_services"  # pulled into a service area: wait inside, nobody behind a barrier
            elif safety.highway:
                key = f"{key}_highway"
        elif hazard == "defect" and (situation.vehicle or safety.vehicle) and not safety.installation:
            key = "defect_vehicle"  # (a lift in a car park is no vehicle)
            if safety_fit.parked_off_road(self.text):
                key = "defect_vehicle_parked"  # at home or the garage now: not driven, no roadside steps
            if safety_fit.hired_back(analysis, self.text):
                # a hired car already towed away: ours to take out of service (s14safety2)
                vehicle = safety_fit.vehicle_word(self.text, self.zh) or str(steps["fleet_vehicle"])
                return str(who), str(ask), str(steps["vehicle_out"].format(vehicle=vehicle))
        elif hazard in ("fire", "electric", "defect") and safety.shut_in_before:
            key = "lift_fault"  # the lift that shut someone in is still faulty: nobody uses it, no unplugging
            if hazard == "defect":
                key = "lift_shut_in"  # no smoke told: stopped and checked, no fire service (round 10ba)
        elif hazard == "defect" and safety.spill:
            key = "spill_clear"  # a spill nobody was hurt on yet: dried, signed and closed off now
        elif hazard == "defect" and safety.fixed and self._shared(analysis):
            # a lift that dropped, a railing that gave way where others pass: what we do about it, now
            key = "installation_out" if safety.installation else "defect_ours"
        elif hazard == "defect" and safety.fixed:
            key = "public_defect"  # a sagging ceiling, a loose fitting: kept away from, not "stop using it"
        elif hazard == "stranded" and safety.vulnerable and safety.child:
            key = "stranded_child"  # a young child alone: an adult stays with them, someone sent now
        elif hazard == "stranded" and safety.vulnerable and safety.home and person is not None:
            key = "stranded_home"  # someone frail at home with no carer: someone sent to the door now
        elif hazard == "stranded" and safety.vulnerable:
            key = "stranded_vulnerable"  # someone frail on their own: a person sent, not advice
        elif hazard == "medication" and situation.cared_for:
            key = "medication_cared"  # the doctors need to know what was given, now
        elif hazard == "medication" and (safety.symptoms or _symptoms(safety.hazards)):
            key = "medication_symptoms"  # stop it, urgent care now (not the routine appointment), the packaging
        elif hazard == "medication" and safety.urgent:
            key = "medication_now"
        elif hazard == "fire" and situation.vehicle:
            key = "fire_vehicle"
        elif (
            hazard == "fire"
            and safety.fixed
            and situation.building
            and not situation.made_safe
            and not _BURNING.search(self.text)
        ):
            # sparks from a fitting, with no smoke, flame or burning told: kept away from and made safe,
            # never "get everyone out of the building" (trainers: absurd for a sparking stair light)
            key = "public_electric"
        elif hazard == "fire" and situation.building and not situation.made_safe:
            key = "fire_building"
        elif hazard == "illness" and not situation.cared_for and safety_fit.unrelieved(self.text):
            # pain painkillers do not ease (after a filling, a procedure): seen today, what to watch for (s14safety2)
            key = "unrelieved_other" if safety.who else "unrelieved"
        elif safety.reaction and hazard in _REACTION and not situation.cared_for:
            # after a vaccine or a medicine: no more doses, seen today with the record; not food advice
            key = "reaction_now" if safety.urgent or _SEVERE.search(self.text) else "reaction"
        elif safety.reaction and hazard in _REACTION:
            key = "reaction_cared"
        elif hazard == "allergy" and (safety.urgent or _SEVERE.search(self.text)) and not situation.cared_for:
            key = "allergy_now"  # a reaction happening now: the adrenaline pen and an ambulance
        elif hazard == "allergy" and not situation.cared_for and _PEN_USED.search(fold(self.text)):
            # the EpiPen was used and it is over: checked by a doctor today even if better (it can come back)
            key = "allergy_pen" if safety.who else "allergy_pen_self"
        elif hazard in _DOWN_HURT and _fallen(self.text) and not situation.cared_for:
            key = "fell_down" if safety.who else "fell_down_self"  # not moved, an ambulance now
        elif (
            hazard == "injury"
            and "object" in safety.hazards
            and not situation.cared_for
            and (not safety.urgent or _STOPPED.search(self.text))
        ):
            key = "object_cut"  # cut on what was found: checked for fragments today, pressure if it bleeds again
        elif hazard == "injury" and safety.broken_glass and not situation.cared_for:
            key = "glass_cut"  # glass may still be in the wound: pressed round, not on; the rest kept away from
        elif (
            hazard == "injury"
            and (safety.urgent or (situation.now and safety.symptoms))
            and not situation.cared_for
            and not _STOPPED.search(self.text)  # "it has stopped now": no "press to stop the bleeding"
            and _BLEEDING.search(self.text) is not None  # a bruise or a sprain: nothing to press on (round 10at)
        ):
            key = "injury_now"  # bleeding now: pressure on the wound and care now, not "if it gets infected"
        elif (
            hazard == "injury"
            and not situation.cared_for
            and _KNOCKED.search(self.text)
            and not _WOUND.search(self.text)
        ):
            key = "bruised"  # a fall or a knock with no wound: rest and a doctor today, no "sign of infection"
        elif hazard == "head" and safety.symptoms and not situation.cared_for:
            key = "head_now" if safety.who else "head_now_self"  # dizzy after the blow: lie down, ambulance if worse
        elif hazard == "head" and not safety.who and not situation.cared_for:
            key = "head_self"
        elif hazard in ("electric", "fire") and safety_fit.fixed_ours(analysis, self.text):
            key = "fixed_ours"  # a charging post at our station: kept away from, taken out of use by us
        elif (
            hazard in ("electric", "fire")
            and _PREMISES.search(" ".join(analysis.facts.story))
            and not safety_fit.bought_there(" ".join(analysis.facts.story))  # (在我们店买的: used at home)
        ):
            key = "premises"  # a treadmill at our gym: ours to take out of service, nothing to unplug at home
        elif hazard == "electric" and safety.fixed and safety_fit.wet_mains(self.text):
            # water on a light fitting, nothing burning: that circuit off at the fuse box, the room kept clear
            key = "wet_safe" if situation.made_safe else "wet_fixed"
        elif hazard in ("electric", "fire") and safety.fixed and not situation.made_safe:
            key = f"{hazard}_fixed"
        elif hazard in ("fire", "electric") and situation.made_safe and safety.fixed:
            key = "fixed_safe"  # mains off at a meter box: kept off, not touched, never "kept for inspection"
        elif hazard in ("fire", "electric") and situation.made_safe:
            key = f"{hazard}_safe"
        elif hazard == "object" and not situation.cared_for:
            key = object_key
        elif hazard == "swallowed" and _THROAT.search(self.text) and not situation.cared_for:
            key = "throat"  # a fish bone stuck now: not forced down, A&E now
        elif hazard == "illness" and _FAINT.search(self.text) and not situation.cared_for:
            key = "faint"
        elif hazard == "burn" and not situation.cared_for:
            key = "burn_blister" if _BLISTER.search(self.text) else "burn" if safety.who else "burn_self"
        elif hazard == "head" and safety_fit.head_signs_now(analysis, self.text):
            key = "head" if who != bank["whom_self"] else "head_self"  # sleepy since A&E: a doctor now (s14)
        elif hazard not in ("gas", "fire", "electric", "trapped", "water") and situation.cared_for:
            key = "cared_in" if safety_fit.in_hospital_now(self.text) else "cared"  # in a ward now: no 999 (s14pg2)
        duty = safety_fit.conduct_step(analysis, hazard, self.text, steps, self.zh)
        if duty is not None and hazard == "defect":
            return str(who), str(ask), duty  # a driver texting at the wheel is taken off duty, not inspected
        if safety_fit.wound_with_swelling(analysis, key, self.text):
            key = "fracture_wound"  # a swollen wrist and a bleeding knee: both answered
        key = safety_fit.treated_key(analysis, key, self.text)  # stitched last month: if it gets worse
        key = safety_fit.past_key(analysis, key, self.text)  # sparked while charging last night: not the live step
        if f"{key}_work" in steps and safety_fit.at_work(self.text):
            key = f"{key}_work"  # an office or a shop: everyone out of the room, no "children and older people"
        if (
            key.startswith("stranded")
            and not key.startswith("stranded_vehicle")
            and safety_fit.stranded_over(self.text)
        ):
            key = "stranded_over" if person is not None else "stranded_over_self"  # (s13pg) no staff "sent now"
        whom = person or (who if key == "head" else None)  # the one asked after is the one checked (s14)
        # s13pg: someone else there was hurt (那位阿婆): the check-up is theirs, not the writer's
        other = key in ("fracture", "bruised") and f"{key}_other" in steps and not safety.who
        if other and (hurt := safety_fit.third_hurt(self.text)) is not None:
            key, whom = f"{key}_other", hurt
        step = str(steps[key].format(whom=whom or bank["whom_self"], thing=self._installation()))
        if key == "fire_fixed" and "fire_fixed_named" in steps and (part := safety_fit.fixed_part(self.text, self.zh)):
            step = str(steps["fire_fixed_named"].format(part=part))  # the socket named, not a bare "it" (s14safety2)
        if situation.asks_to_go and hazard in _GO and not situation.cared_for and key != "allergy_now":
            step = self._go_now(analysis, hazard, key, person)  # (swelling lips: the ambulance, not a drive)
        elif safety.severe and not situation.cared_for and key not in _EMERGENCY_FIRST and hazard not in _OWN_CALL:
            # breathing, consciousness, heavy bleeding: the ambulance first, whatever the harm's own step
            lead = steps["severe_other" if safety.who and not safety.pet else "severe_self"]
            step = self.sep.join([str(lead.format(whom=safety.who)), step])
        found_in_it = key.startswith("object") or (hazard in _BODY and "object" in safety.hazards)
        if found_in_it and not _KEPT.search(self.text):
            # what they found (and cut themselves on), kept for us to look into; served at our
            # table, only the object (there is no packaging)
            served = _SERVED.search(self.text) is not None and _PACKAGED.search(self.text) is None
            step = self.sep.join([step, str(steps["object_keep_served" if served else "object_keep"])])
        extra = _second_step(analysis, hazard, self.text)
        if extra == "keep_away" and situation.gone:
            extra = "repair_first"  # they have checked out: it is repaired before anyone uses it again
        elif extra == "keep_away" and safety.installation:
            extra = "installation_out"  # a lift or an escalator: stopped now, not cordoned off today
        elif extra is None and hazard == "electric" and safety.fixed and self._shared(analysis):
            # bare wiring at our gym: cordoned off by us, not only kept away from
            extra = "keep_away" if _OURS.search(self.text) else None
        if extra in (None, "keep_away") and hazard in _BODY and safety.broken_glass and _OURS.search(self.text):
            extra = "glass_clear"  # the glass that cut them is still on our floor: cleared today
        if (
            extra is None
            and hazard in ("fire", "electric")
            and not safety.fixed
            and safety_fit.socket_scorched(self.text)
        ):
            extra = "socket_check"  # the socket the product scorched: not used until it has been checked
        if extra is None and safety_fit.fixture_burn(analysis, self.text):
            extra = "repair_first"  # the shower that scalded them is repaired before the next guest uses it
        if extra == "cared" and safety_fit.in_hospital_now(self.text):
            extra = "cared_in"  # still in hospital: the doctors there, not "call the emergency services" (s14pg2)
        if extra is not None:
            said = str(steps[extra].format(whom=safety.who or bank["whom_self"], thing=self._installation()))
            step = self.sep.join([step, said])
        fleet = safety_fit.fleet_out(analysis, self.text)
        if fleet is not None:
            # the hire bike that threw them is taken off the street now; the rest checked when they ask
            vehicle = safety_fit.vehicle_word(self.text, self.zh) or str(steps["fleet_vehicle"])
            step = self.sep.join([step, str(steps[fleet].format(vehicle=vehicle))])
        leftovers = safety_fit.keep_food_key(analysis, self.text)
        if leftovers is not None and not _KEPT.search(self.text):
            step = self.sep.join([step, str(steps[leftovers])])  # the takeaway's leftovers, for checking
        if duty is not None:
            step = self.sep.join([step, duty])  # the head hit in the sudden stop, then the driver off duty
        return str(who), str(ask), step

    def _shared(self, analysis: Analysis) -> bool:
        """The hazard is in a place of ours or one people share (a landing, a lift, a gym floor),
        not public infrastructure, a vehicle or a product at someone's home, and not yet made safe:
        what we do about it is said, not only what the customer should do."""
        safety = analysis.safety
        if safety is None or safety.public or safety.vehicle or analysis.situation.made_safe:
            return False
        if analysis.situation.vehicle:
            return False
        return self.domain not in _SELLERS or _OURS.search(self.text) is not None

    def _installation(self) -> str:
        """The lift, escalator or door they name, as a reply names it ("the lift", 电梯)."""
        m = _INSTALLATION.search(self.text)
        if m is None and self.zh and _YUE_LIFT.search(self.text):
            return "電梯" if self.trad else "电梯"  # Cantonese 𨋢, 部較: a lift, named as a reply names it
        if m is None:
            return str(self.bank["safety"].get("installation", "它" if self.zh else "it"))
        return m.group() if self.zh else m.group().lower()

    def _go_now(self, analysis: Analysis, hazard: str, key: str, person: str | None) -> str:
        """They ask whether to go to A&E now: yes, go now, first, in their own word for it; then
        what fits the harm on the way (pressure on a cut, the medicine's packaging, the EpiPen)."""
        bank = self.bank["safety"]["go_now"]
        safety = analysis.safety
        place = next((str(p) for cue, p in bank["places"].items() if re.search(cue, self.text, re.I)), bank["place"])
        # (the customer and one other, "you and your partner": told as the customer is, "please go")
        one = safety is not None and safety.who and not safety.pet and not _PAIR.match(safety.who)
        who = safety.who if one and safety is not None else None
        going = _GOING.search(self.text) is not None
        # a doctor asked about, nothing severe or urgent (a fever the day after a meal): seen today, not A&E
        minor = (
            safety is not None
            and not safety.urgent
            and not safety.severe
            and "head" not in safety.hazards
            and (not safety.symptoms or "illness" in safety.hazards[:1])
        )
        doctor = minor and not going and _ASKED_DOCTOR.search(self.text) and not _EMERGENCY.search(self.text)
        # "which hospital?", "where's the nearest A&E?": a place to go, not a yes-or-no question
        which = analysis.situation.asks_where or _WHICH_CARE.search(self.text) is not None
        lead = "going_" if going else "doctor_" if doctor else "which_" if which else ""
        if safety is not None and safety.severe and not going:
            lead = "severe_"  # can't breathe, won't wake: yes, and an ambulance rather than a drive
        if which:
            place = re.sub(r"^the\s+", "", place)  # "the nearest emergency room", not "nearest the"
        yes = str(bank[lead + ("other" if who else "self")]).format(whom=who, place=place)
        found = safety.hazards if safety is not None else []
        kind = (
            "reaction"
            if key.startswith("reaction")
            else "glass"
            if key == "glass_cut"
            else "burn"
            if "burn" in found
            else "head"
            if "head" in found
            else "injury"
            if hazard == "injury" and _BLEEDING.search(self.text)
            else "fracture"
            if "fracture" in found
            else "allergy"
            if hazard == "allergy"
            else "object"
            if hazard in ("object", "swallowed")
            else "default"
        )
        if doctor and kind in ("injury", "fracture", "default"):
            kind = "doctor"  # seen today: what to do if it gets worse before then, not "on the way"
        if lead == "severe_" and kind not in _FIRST_AID:
            # the ambulance is the step: no "call them if it gets worse" after it
            return self.sep.join([yes, str(bank["help"])]) if analysis.situation.asks_where else yes
        then = str(bank["then"][kind]).format(whom=who or person or self.bank["safety"]["whom_self"])
        if analysis.situation.asks_where:  # "where's the nearest A&E?": how to find it, and our help
            return self.sep.join([yes, then, str(bank["help"])])
        return self.sep.join([yes, then])

    def _gas_step(self, analysis: Analysis) -> str:
        """Gas: what they have not yet done (leave, no flames or switches), never what they have
        (the valve off, the windows open, everyone out: thanked, not told again); the gas
        emergency line only when we are not the gas company ourselves (our crew is on its way);
        someone already dizzy is taken into the fresh air now, not "if anyone feels dizzy"."""
        parts = self.bank["safety"]["gas"]
        safety, s = analysis.safety, analysis.situation
        done = [str(parts["done"][k]) for k in ("valve", "aired", "left") if getattr(s, _DONE[k])]
        lead = "out" if s.left else "safe" if done else "open"
        said = str(parts["lead"][lead]).format(done=str(parts["and"]).join(done))
        call = str(parts["call"]["ours" if self.domain == "utility" else "line_out" if s.left else "line"])
        if _unwell(self.text):
            whom = safety.who if safety is not None else None
            kind = "self" if not whom else "some" if _GROUP.match(whom) else "other"
            unwell = str(parts["unwell"][kind]).format(whom=whom)
        else:
            unwell = str(parts["unwell"]["anyone"])
        step = f"{said}{call}{unwell}"
        return self._their_gas_word(step) if self.zh else step

    def _their_gas_word(self, step: str) -> str:
        """燃气 in the customer's own word: 瓦斯 in Taiwan, 煤气 where they say 煤气."""
        if "燃气" in self.text or "燃氣" in self.text:
            return step
        for word, trad in (("瓦斯", "瓦斯"), ("煤气", "煤氣"), ("煤氣", "煤氣")):
            if word in self.text:
                return step.replace("燃气", trad if self.trad else word).replace("燃氣", trad)
        return step


_DONE = {"valve": "valve_off", "aired": "aired", "left": "left"}
# What to do on the way that is first aid (cool a burn, press round glass), kept after the ambulance.
_FIRST_AID = frozenset({"burn", "glass", "injury", "head", "fracture"})
# Hazards whose own step already says when to call the emergency services (a gas leak, a fire).
_OWN_CALL = frozenset({"gas", "fire"})
# Steps that already open with the emergency services, unconditionally (no second call added).
_EMERGENCY_FIRST = frozenset(
    {"allergy_now", "reaction_now", "fell_down", "fell_down_self", "trapped", "fire_building", "fire_live", "attended"}
)
# Harm to the body a customer may ask "should I go to A&E?" about (not a gas leak or a fire).
_GO = frozenset(
    {"injury", "burn", "fracture", "head", "allergy", "illness", "poisoning", "swallowed", "object", "chemical"}
)
# Kinds of harm a vaccine or a medicine can cause (a wrong medicine has its own steps).
_REACTION = frozenset({"allergy", "illness", "fracture", "head", "poisoning"})
# Signs of a severe reaction: an ambulance or A&E now, not "seen today".
_SEVERE = re.compile(
    r"can.?t breathe|cannot breathe|couldn.?t breathe|struggling to breathe|short of breath|wheez|throat|lips?\b|"
    r"face (?:is )?swell|swollen face|faint|collaps|呼吸困难|呼吸困難|喘不过气|喘不過氣|"
    r"透不过气|透不過氣|唞唔到气|唞唔到氣|"
    r"喉咙|喉嚨|嘴唇|面肿|面腫|脸肿|臉腫|成块面|成塊面|晕倒|暈倒",
    re.IGNORECASE,
)
_THROAT = re.compile(
    r"卡住喉|卡在喉|卡喉|鱼刺|魚刺|骨头卡|骨頭卡|鲠|鯁|哽到|stuck in (?:my|his|her|their) throat|fish ?bone|bone stuck",
    re.I,
)
_FAINT = re.compile(r"faint|collaps|passed out|晕倒|暈倒|晕低|暈低|昏倒|晕过去|暈過去|昏迷", re.IGNORECASE)
# On their way to A&E now ("we're on our way to A&E", 在去医院的路上), a doctor asked about ("should
# she see a doctor?", 要唔要睇醫生) with no A&E, hospital or ambulance named.
_GOING = re.compile(
    r"\bon (?:our|my|his|her|their|the) way (?:to|into) "
    r"|\b(?:heading|rushing|driving) (?:straight )?(?:to|into) (?:the )?(?:a ?& ?e|er|hospital|emergency)"
    r"|(?:去|送)(?:紧|緊)?(?:医院|醫院|急诊|急診|急症室)(?:的)?(?:路上|途中)|(?:而家|現在|现在|正在)(?:送|去)(?:紧|緊)?(?:医院|醫院|急诊|急診|急症室)",
    re.IGNORECASE,
)
_ASKED_DOCTOR = re.compile(
    r"\bsee an? (?:doctor|gp)\b|\bneed an? (?:doctor|gp)\b|看医生|看醫生|睇医生|睇醫生", re.IGNORECASE
)
# Which hospital or A&E to go to ("which hospital should we go to?", 去哪个医院, 去邊間醫院).
_WHICH_CARE = re.compile(
    r"\bwhich\s+(?:hospital|a ?& ?e|er|emergency room|urgent care|clinic|walk-in)\b"
    r"|(?:去|到|送|上|睇|看)(?:哪|边|邊)(?:个|個|间|間|家|一间|一間|一家|度)?(?:医院|醫院|急诊|急診|急症室|诊所|診所)",
    re.IGNORECASE,
)
_EMERGENCY = re.compile(
    r"a ?& ?e|\ber\b|emergency|hospital|ambulance|urgent care|急诊|急診|急症|医院|醫院|救护车|救護車|白车|白車",
    re.IGNORECASE,
)
# Bleeding told of: pressure on the wound on the way to A&E (not for a bump, a burn or a sprain).
_BLEEDING = re.compile(r"bleed|blood|流血|出血|流紧血|流緊血|出紧血|出緊血|流咗好多血|血流", re.IGNORECASE)
# A fall or a knock (slipped, landed on my hip, 摔倒, 撞到) and a wound (a cut, blood, stitches):
# with no wound, the hurt is a bruise or a sprain, rested and checked, not watched for infection.
_KNOCKED = re.compile(
    r"\b(?:slipped|slip|tripped|trip|fell|fall|falling|landed|bruis\w*|knocked|banged|bumped|twisted)\b"
    r"|摔倒|摔了|滑倒|跌倒|绊倒|跌亲|跌親|跌咗|撞到|撞伤|撞傷|淤青|瘀青|扭到|扭伤|扭傷",
    re.IGNORECASE,
)
_WOUND = re.compile(
    r"\b(?:cut|cuts|gash\w*|wound\w*|stitch\w*|graze\w*|scrape\w*|bleed\w*|bled|blood\w*|glass|nail|bite|bitten|burn\w*)\b"
    r"|割|划伤|劃傷|划破|劃破|流血|出血|伤口|傷口|缝针|縫針|破皮|擦伤|擦傷|咬伤|咬傷|玻璃|烫|燙",
    re.IGNORECASE,
)
_BLISTER = re.compile(r"blister|水泡|起泡|起咗泡", re.IGNORECASE)
_BURNING = re.compile(
    r"smok|flame|on fire|caught fire|\bfire\b|burn|blaze|冒烟|冒煙|着火|著火|起火|失火|火灾|火災|烧|燒|焦|濃煙|浓烟",
    re.IGNORECASE,
)
_SMOKE = re.compile(r"smok|flame|fire|on fire|冒烟|冒煙|着火|著火|起火|火花|spark", re.IGNORECASE)
# The customer bit on it or ate it themself ("I bit down on", 我咬到): asked after by name, not "anyone".
_BIT = re.compile(
    r"\bI (?:only )?(?:bit|bite|chewed|ate|crunched|swallowed|nearly swallowed|almost swallowed|cut my)\b"
    r"|\bwhen I (?:bit|was eating|ate|chewed)\b"
    r"|我(?:一口)?(?:咬到|咬了|吃到|吃出|嚼到|差点咽|差點咽|差点吞|差點吞|食到|咬親)",
    re.IGNORECASE,
)
# What they found is already kept ("I've kept the glass", 已经保留): not asked again.
# (保存了 / 包好保存 / "I've bagged it": kept in other words; trainers: "把异物和包装保留好" to a diner
# who had wrapped the glass in a tissue and kept it.)
_KEPT = re.compile(
    r"\b(?:I(?:'ve| have)?|we(?:'ve| have)?) (?:(?:still|already) )?"
    r"(?:kept|saved|still have|put aside|bagged|wrapped up|held on to|hung on to|photographed and kept)\b"
    r"|\b(?:it|the \w+) (?:is|s) (?:kept|saved|in a (?:bag|tissue|napkin))\b"
    r"|已(?:经|經)?(?:保留|留住|留着|留著|留低|保存|收好|存好)|(?:保留|留|保存|收好|存好|收起|留起)(?:咗|了|好了|好咗|住了|起来了|起來了)"
    r"|(?:保存|保留)(?:着|著|起来|起來|低)",
    re.IGNORECASE,
)
# Served at our table, not sold packaged (a waiter, a table, 堂食, 在…店吃饭 — no takeaway, bag or
# tin): what they found is kept, there is no packaging to keep (trainers: "异物和包装" at a dine-in).
_SERVED = re.compile(
    r"\btable\s*(?:no\.?\s*|#\s*)?\d{1,3}\b"
    r"|\b(?:waiter|waitress|waiting staff|server|dine[ds]?|dining|ate in|eating in)\b"
    r"|\b(?:ate|eating|lunch|dinner|breakfast|brunch|meal) (?:at|in) (?:your|the) "
    r"(?:restaurant|caf[eé]|branch|bistro)\b"
    r"|服务员|服務員|堂食|店(?:里|裡|內|内|度)?(?:吃饭|吃飯|用餐|就餐|食饭|食飯|吃|食)|(?:号|號)?桌|饮茶|飲茶|食飯|吃饭|吃飯|用餐|就餐",
    re.IGNORECASE,
)
_PACKAGED = re.compile(
    r"packag|packet|wrapper|\b(?:tins?|cans?|bottles?|jars?|box|boxes|bag|takeaway|take-away|takeout|delivery|delivered"
    r"|bought|purchased|ordered online|supermarket)\b"
    r"|\b(?:deliveroo|uber ?eats|just ?eat|foodpanda|doordash|rider|courier)\b"
    r"|包装|包裝|袋|盒|罐|瓶|外卖|外賣|外送|外带|外帶|打包|买的|買的|买了|買了|超市|网购|網購|快递|快遞"
    r"|送来|送來|送到|送餐|配送|骑手|騎手|美团|美團|饿了么|餓了麼|熊猫|熊貓",
    re.IGNORECASE,
)
# An adrenaline pen used ("we had to use his EpiPen", 打了肾上腺素笔, 用咗EpiPen): first aid given, and
# a reaction that needed one is seen by a doctor that day even if it settles (trainers: "follow the
# doctors' advice" / "if there are further symptoms" after an EpiPen used in a car park). Folded text.
_PEN_USED = re.compile(
    r"\b(?:used|use|using|gave|given|give|injected|jabbed|administered|stabbed)\b[^.!?\n]{0,25}"
    r"(?:epi-?pen|adrenaline|auto-?injector|jext|emerade)"
    r"|(?:epi-?pen|adrenaline (?:pen|shot|injection)|auto-?injector)[^.!?\n]{0,12}\b(?:used|given|administered)\b"
    r"|(?:用了|用咗|打了|打咗|注射了|注射咗|扎了|插了|篤咗|笃咗|使用了)[^，。！？\n]{0,8}(?:epi-?pen|肾上腺素|腎上腺素)"
    r"|(?:epi-?pen|肾上腺素笔|肾上腺素针|腎上腺素筆|腎上腺素針)[^，。！？\n]{0,6}(?:用了|用咗|打了|打咗|注射)"
)
_PAIR = re.compile(r"you and your ", re.IGNORECASE)  # the customer and one other: "how are", not "how is"
_GROUP = re.compile(r"you and|您和|您與|您与|你们|你們|家人|family", re.IGNORECASE)  # a household, not one person
_UNWELL = re.compile(
    r"(?<!not )(?<!no one )(?<!nobody )(?<!n't )"
    r"(?:dizz|headache|nause|light-?headed|feel(?:s|ing)? sick|vomit|faint|drows)"
    r"|(?<![没沒不])(?:头|頭)(?:有点|有點|很|好|开始|開始)?(?:晕|暈|痛|疼)|(?<![没沒不])(?:有点|有點|很|好)?(?:晕|暈)"
    r"|恶心|噁心|想吐|呕吐|嘔吐",
    re.IGNORECASE,
)


def _unwell(text: str) -> bool:
    """Someone already feeling the gas (dizzy, a headache, sick): the step is for them, now."""
    return _UNWELL.search(text) is not None


# Equipment the customer used at our premises (restated in our voice: "在我们万达店…用7号跑步机",
# "at our Hartley Street gym"): we take it out of service; they have nothing to unplug.
_PREMISES = re.compile(
    r"(?:在|喺)(?:我们|我們|我哋)[^，。,]{0,12}(?:店|馆|館|中心|健身房|会所|會所|场|場|大厅|大廳|网点|網點)[^。]{0,12}(?:用|使用|跑|坐|上)"
    r"|\b(?:at|in) our [\w' -]{0,30}(?:gym|branch|store|club|centre|center|pool|premises|studio)\b"
    r"[^.]{0,40}\b(?:using|on|used)\b",
    re.IGNORECASE,
)


# Businesses that issue cards and hold accounts: they freeze a misused card themselves.
_CARD_ISSUERS = frozenset({"bank_payments"})
# Businesses that send the phone bill: they block third-party billing on the number themselves.
_CARRIERS = frozenset({"telecom"})


# A place that is the business's own, in the customer's words ("at your branch", 你哋旺角分店,
# 你们酒店的楼梯): what broke there is ours to cordon off and clear, not the customer's.
_OURS = re.compile(
    r"(?:你们|你們|你哋|贵|貴)[^，。！？,.!?\n]{0,10}?"
    r"(?:店|酒店|馆|館|中心|健身房|会所|會所|商场|商場|餐厅|餐廳|分行|支行|学校|學校|医院|醫院|诊所|診所|大堂|大厦|大廈|场|場|站|楼|樓)"
    r"|\byour\s+(?:[\w'-]+\s+){0,3}?(?:store|shop|branch|hotel|gym|restaurant|premises|building|lobby|station|office|"
    r"centre|center|club|pool|car park|site|venue|school|clinic|cafe|café|mall|park|bank)\b",
    re.IGNORECASE,
)


_YUE_LIFT = re.compile(r"𨋢|(?<=[部架])[較较](?![好差多少為为量快慢早晚近遠远高低大小])")
_SELLERS = frozenset({"ecommerce", "delivery", "retail_store"})
# A lift, an escalator or a door that moves on its own, in the customer's words (both scripts).
_INSTALLATION = re.compile(
    r"\b(?:lifts?|elevators?|escalators?|travelators?|moving walkways?|(?:automatic|sliding|revolving|auto) doors?|"
    r"ticket (?:gates?|barriers?)|turnstiles?)\b"
    r"|自动扶梯|自動扶梯|扶手电梯|扶手電梯|电梯|電梯|升降机|升降機|扶梯|自动门|自動門|感应门|感應門|旋转门|旋轉門|闸机|閘機",
    re.IGNORECASE,
)


# Hazards in public infrastructure that a crew makes safe (gas main, sparking pole, open manhole).
_PUBLIC = frozenset({"fire", "electric", "gas", "defect"})

# Hazards to a whole household (a gas leak, a live socket): everyone is asked after, pets or not.
_HOUSEHOLD = frozenset({"gas", "fire", "electric", "trapped", "water", "stranded"})

# A thing that hurt someone (a charger that burned a hand, a scooter whose brakes failed): the
# step for the thing first, then the one for the person or the vehicle.
_THINGS = frozenset({"fire", "electric", "defect"})  # the gas step already covers feeling unwell
_BODY = ("burn", "head", "fracture", "injury")


def _second_step(analysis: Analysis, hazard: str, text: str = "") -> str | None:
    safety = analysis.safety
    if safety is None:
        return None
    situation = analysis.situation
    if safety.spill and hazard != "defect":
        return "spill_clear"  # the wet floor they fell on: dried, signed and closed off now
    if hazard in _THINGS:
        body = next((h for h in _BODY if h in safety.hazards), None)
        if body is None and "injury" in analysis.reasons and _fallen(text) and not situation.cared_for:
            return "fell_down" if safety.who else "fell_down_self"  # hurt by the thing, told in other words
        if body is not None:
            if situation.cared_for:
                return "cared"
            if body in _DOWN_HURT and _fallen(text):
                return "fell_down" if safety.who else "fell_down_self"  # the escalator first, then her
            if body == "injury" and safety.urgent and _BLEEDING.search(text):
                return "injury_now"
            return "head_self" if body == "head" and not safety.who else body
    elif (
        hazard in _BODY
        and "defect" in safety.hazards
        and (situation.vehicle or safety.vehicle)
        and not safety.installation
    ):
        return "defect_vehicle"
    elif hazard in _BODY and "defect" in safety.hazards and safety.fixed:
        return "keep_away"  # what hurt them (a slide's loose plate) is still there: everyone kept away
    elif hazard in _BODY and "defect" in safety.hazards and analysis.domain in _SELLERS and not _OURS.search(text):
        return "product_aside"  # a product at their home (a toy's sharp edge): stopped using, kept aside
    elif hazard == "trapped" and any(h in safety.hazards for h in ("fire", "electric", "defect")):
        return "lift_fault"  # a lift that shut someone in and still smells of burning: nobody uses it
    elif hazard == "stranded" and safety.missed_medicine:
        return "missed_medicine"  # a dose missed while nobody came: the doctor says what to do, now
    if hazard in ("fire", "electric") and _SAME_BATCH.search(text):
        return "same_batch"  # "家里还有一颗同批的": the other one is not charged or used either
    if hazard == "electric" and safety.who is None and not situation.cared_for and _STILL_FELT.search(text):
        return "shock_felt"  # the hand still tingling: seen by a doctor today, not "if anyone feels unwell"
    return None


# An animal already seen by a vet ("we took her to the vet, who stitched it", 转到别家医院确认是感染,
# 带佢去睇咗兽医): wished well and the vet's advice followed, not sent to a vet again (round 10ay).
_VET_SEEN = re.compile(
    r"\b(?:took|taken|went|brought|rushed|carried)\b[^.!?\n]{0,30}"
    r"\b(?:vets?|veterinar\w*|animal hospital|pet hospital)\b"
    r"|\bvets?\b[^.!?\n]{0,30}\b(?:said|says|stitched|treated|confirmed|diagnosed|prescribed|found|x-?rayed|operated)\b"
    r"|(?:看了|看过|看咗|睇咗|睇过|去了|去咗|带去|帶去|送去|送了|转到|轉到|转去|轉去)[^，,。！？!?\n]{0,8}?"
    r"(?:兽医|獸醫|宠物医院|寵物醫院|动物医院|動物醫院|医院|醫院|诊所|診所)"
    r"|(?:兽医|獸醫)(?:说|說|话|話|确认|確認|诊断|診斷|开了|開了|缝|縫)"
    r"|(?:花了|花咗|又花了|又花咗)[^，,。！？!?\n]{0,14}?(?:治疗|治療|医药费|醫藥費|诊金|診金)",
    re.IGNORECASE,
)


# Another of the same batch or model still at home ("家里还有一颗同批的", "I have a second one from
# the same batch"): the customer asks what to do with it, and the step answers (round 10ay).
_SAME_BATCH = re.compile(
    r"\b(?:same (?:batch|lot|model|order|delivery|box|pack)"
    r"|(?:second|other|another|spare) (?:one|unit)s?\b[^.!?\n]{0,30}"
    r"\b(?:same|identical)|bought (?:two|2|a pair)|came in a (?:pack|set) of)\b"
    r"|同批|同一批|同一批次|同款的另|另一(?:个|個|颗|顆|部|台|只|隻|粒)(?:同|一样|一樣)|买了两|買了兩|两个一起买|兩個一起買",
    re.IGNORECASE,
)


# The body still feeling a shock ("hand still tingling", 手到现在还有点麻, 仲麻): a doctor today.
_STILL_FELT = re.compile(
    r"\b(?:tingl\w*|numb\w*|pins and needles)\b"
    r"|(?:还|仍|仍然|依然|仲|一直)(?:有点|有些|有啲|在|係|系|是)?(?:发)?麻|麻了好久|麻咗好耐|麻了很久|到现在(?:还|都)?(?:有点)?麻|(?:而家|现在)仲?(?:有啲)?麻"
    r"|還(?:有點|有些|在|是)?(?:發)?麻|到現在(?:還|都)?(?:有點)?麻"
    # s14route: the body part named between ("到現在手指還是麻的")
    r"|(?:到现在|到現在|而家|现在|現在)[^，。！？,.!?\n]{1,4}(?:还|還|仍|仲|都)(?:是|係|有点|有點)?(?:发|發)?麻",
    re.IGNORECASE,
)


# Someone who fell and cannot get up, stand or walk now (round 10ao): not moved or lifted, an
# ambulance called, kept warm and still; not "press on the wound" (nothing bleeds) nor "if it is
# still painful". A fall must be told: a cut foot that cannot be walked on is no fall.
_DOWN_HURT = frozenset({"injury", "fracture", "head"})
_FELL = re.compile(
    r"\b(?:fell|fallen|fall|slipped|tripped|collapsed|knocked (?:down|over))\b"
    r"|摔|跌|滑倒|绊倒|絆倒|倒地|掉了下来|掉了下來|碌咗落|仆低|仆倒",
    re.IGNORECASE,
)
_CANT_GET_UP = re.compile(
    r"\b(?:can ?n?o?t|can t|can't|is unable to|unable to|still can't|still cannot)\s+"
    r"(?:get up|stand(?: up)?|walk|move (?:her|his|my) (?:leg|hip))\b"
    r"|起不来|起不來|站不起来|站不起來|走不了|走不动|走不動|不能走|动不了|動不了|起唔到身|起唔到|企唔起|企唔到|"
    r"行唔到|行不到|行唔郁|郁唔到|郁唔得|起唔返身",
    re.IGNORECASE,
)


# Bleeding that has stopped ("it has stopped now", 血止住了, 冇再流血): no "press to stop the bleeding".
_STOPPED = re.compile(
    r"\b(?:it|bleeding|the bleeding)\s+(?:has|had|s)?\s*stopped\b|\bstopped bleeding\b"
    r"|不流(?:血)?了|止住了|止了血|血止了|止咗血|冇再流|无再流|唔再流|已经止血|已經止血",
    re.IGNORECASE,
)
# A fall told as days past ("last week", 上周, 前幾日): a doctor today, not an ambulance now.
_DAYS_AGO = re.compile(
    r"\b(?:yesterday|last (?:week|month|night|weekend)|days ago|weeks ago|a week ago)\b"
    r"|昨天|昨日|琴日|寻日|尋日|上周|上週|上星期|上个月|上個月|几天前|幾天前|前几天|前幾天|幾日前|几日前|前幾日|前几日",
    re.IGNORECASE,
)


def _fallen(text: str) -> bool:
    """Someone fell and cannot get up, stand or walk now (not days ago)."""
    return _FELL.search(text) is not None and _CANT_GET_UP.search(text) is not None and _DAYS_AGO.search(text) is None


def _symptoms(found: list[Hazard]) -> bool:
    """A wrong medicine that is already showing (bruising, bleeding, dizziness): the medicine's step
    says urgent care now, and no first aid for an injury the complaint does not describe."""
    return any(h in _SYMPTOMS for h in found)


_SYMPTOMS = frozenset({"illness", "head", "injury", "burn", "fracture", "allergy", "poisoning"})


def _minutes(analysis: Analysis) -> bool:
    """Still smoking, a line sparking in the street, someone frail left on their own, a wrong
    medicine the doctors need named now: the call comes in minutes too."""
    safety = analysis.safety
    if safety is None or not safety.hazards:
        return False
    hazard = safety.hazards[0]
    frail_stranded = safety.vulnerable and "stranded" in safety.hazards and hazard in ("stranded", "defect")
    frail_stranded = frail_stranded and not safety_fit.stranded_over(" ".join(analysis.facts.story))  # (home now)
    if safety.line or (safety.live and hazard == "fire") or frail_stranded or stuck_vehicle(analysis):
        return True
    return hazard == "medication" and (
        safety.urgent or analysis.situation.cared_for or safety.symptoms or _symptoms(safety.hazards)
    )


def stuck_vehicle(analysis: Analysis) -> bool:
    """A car or bike that failed (brakes gone) with them stuck by the road or in a service area:
    recovery sent now and a call in minutes, never "within 24 hours"."""
    safety = analysis.safety
    return (
        safety is not None
        and "stranded" in safety.hazards
        and ("defect" in safety.hazards or analysis.situation.vehicle or safety.vehicle)
    )


def live(analysis: Analysis) -> bool:
    """People in danger where they are right now: gas, shut in a lift, a building filling with
    smoke. Help goes to the hazard and the call comes in minutes; nobody is met "in the room"."""
    safety = analysis.safety
    if safety is None or not safety.hazards:
        return False
    hazard = safety.hazards[0]
    return hazard in ("gas", "trapped") or (hazard == "fire" and analysis.situation.building)


def approver_role(policy: Policy, value: float | None) -> str:
    """The lowest role whose approval limit covers the amount (the first above the default role
    when the amount is unknown)."""
    ranked = sorted(
        ((role, limit) for role, limit in policy.roles.items() if role != policy.default_role),
        key=lambda rl: float("inf") if rl[1] is None else rl[1],
    )
    if not ranked:
        return "supervisor"
    if value is None:
        return ranked[0][0]
    for role, limit in ranked:
        if limit is None or value <= limit:
            return role
    return ranked[-1][0]


_ZH_ASK_FOR = (
    "(?:转给|轉給|转交|轉交|交给|交給|交俾|找|叫|请|請|让|讓|要求|要(?![找叫请請见見同跟搵揾])|俾|畀|由|或者|或是|或)"
)
_ZH_OURS = "(?:你们|你們|你哋|贵|貴|我们|我們)?"
_EN_ASK_FOR = (
    r"(?:have|get|want|ask for|speak to|speak with|talk to|hear from|see|meet|escalated? (?:this |it )?to|"
    r"pass (?:this |it )?(?:on )?to|forward (?:this |it )?to|refer (?:this |it )?to|"
    r"(?:handled|dealt with|looked at|looked into|reviewed|seen|decided) by|or)"
)
# s12prefs. The role as who is told to come or call ("你们店长赶紧过来", "叫你哋經理出嚟"): asked for too.
_ZH_COME = (
    r"(?:亲自|親自|马上|馬上|赶紧|趕緊|赶快|趕快|快点|快點|快|立刻|立即|现在|現在|而家|即刻)?"
    r"(?:过来|過來|出来|出來|过嚟|過嚟|出嚟|出面|来|來|嚟|打给我|打給我|打俾我|打畀我|联系我|聯繫我|聯絡我)"
)


@cache
def _asked_pattern(zh: bool, roles: tuple[str, ...]) -> re.Pattern[str]:
    names = "|".join(re.escape(r) for r in sorted(roles, key=len, reverse=True))
    if zh:  # "要求同你哋区域经理直接倾": the role after 同/跟, not "同你哋区域经理"
        return re.compile(
            rf"{_ZH_ASK_FOR}(?:同|跟|和|与|與)?{_ZH_OURS}((?:[\u4e00-\u9fff]{{0,8}}?的)?[\u4e00-\u9fff]{{0,6}}?(?:{names}))"
            rf"|(?:你们|你們|你哋)((?:{names}))(?={_ZH_COME})"
        )
    article = r"(?:the\s+|your\s+|an?\s+)?"  # "escalated to a billing manager" names the role too
    return re.compile(rf"\b{_EN_ASK_FOR}\s+{article}((?:[a-z-]+\s){{0,2}}?(?:{names}))\b", re.IGNORECASE)


def asked_role(text: str, zh: bool, roles: tuple[str, ...]) -> str | None:
    """The senior role a customer asks to take their case, as they name it ("信用卡中心负责人",
    "the head of centre"); of several ("支行行长或者信用卡中心的负责人"), the one they ask to call
    them in person, else the last they offer."""
    found = [m for m in _asked_pattern(zh, roles).finditer(text)]
    if not found:
        return None
    personal = [
        m for m in found if re.match(r"\s*(?:亲自|親自|call me|phone me|ring me|contact me)", text[m.end() :], re.I)
    ]
    role = next(g for g in (personal or found)[-1].groups() if g)
    if zh:
        # "主管或者风控负责人": the last they offer, said without 的
        return re.split(r"或者|或是|或|和|及|与|與", role)[-1].replace("的", "")
    return "the " + role.lower()

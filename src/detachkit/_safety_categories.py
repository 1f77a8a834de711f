"""The safety categories of LABELING.md, and which pattern rows find each.

Each concern's categories run from most to least serious, the order an app
would triage them in. Every self-harm and violence pattern row of
:mod:`detachkit._safety_patterns` belongs to exactly one category, named
for what the row itself matches ("hands round my neck" is strangulation
wherever it is written); a test checks that no row is left out or counted
twice.
"""

from __future__ import annotations

from types import MappingProxyType

__all__ = [
    "CATEGORIES",
    "CATEGORY_CONCERN",
    "CATEGORY_WORDS",
    "PATTERN_CATEGORY",
    "category_of",
    "signal_category",
]


def _ids(text: str) -> tuple[str, ...]:
    return tuple(text.split())


#: concern value -> its categories, most serious first
CATEGORIES: MappingProxyType[str, tuple[str, ...]] = MappingProxyType(
    {
        "self_harm": ("attempt", "plan", "method", "self_injury", "ideation", "wish_dead"),
        "violence": (
            "strangulation",
            "weapon",
            "sexual",
            "threat",
            "physical",
            "stalking",
            "confinement",
            "fear",
        ),
    }
)

#: category -> the concern it belongs to
CATEGORY_CONCERN: MappingProxyType[str, str] = MappingProxyType(
    {category: concern for concern, names in CATEGORIES.items() for category in names}
)

_ROWS: dict[str, tuple[str, ...]] = {
    # ---- self-harm
    "attempt": _ids("SH.took_pills SH.too_many_pills SH.whole_bottle SH.lethal_pills SH.overdose"),
    "plan": _ids(
        """
        SH.goodbye_notes SH.goodbye_letter_family SH.give_away SH.give_away_after
        SH.hoard_pills SH.saying_goodbye SH.will SH.not_needing SH.all_at_once
        SH.wont_be_here
        """
    ),
    "method": _ids(
        """
        SH.how_many_pills SH.how_to SH.method_research SH.method_way SH.means
        SH.crash_car SH.high_place SH.jump SH.blades SH.remove_means SH.pills_lethal
        """
    ),
    "self_injury": _ids(
        """
        SH.injure_again SH.injure_body SH.injure_on_purpose SH.injure_urge SH.punish
        SH.relapse SH.self_harm SH.verb_myself SH.something_to_me
        """
    ),
    "ideation": _ids(
        """
        SH.direct SH.end_it SH.end_it_all SH.end_life SH.thinking_of SH.thoughts_ending
        SH.death_way_out SH.feel_like SH.something_stupid SH.all_stop SH.favour
        """
    ),
    "wish_dead": _ids(
        """
        SH.better_me_gone SH.better_off_dead SH.better_without_me
        SH.better_without_me_short SH.burden SH.cant_anymore SH.cant_go_on
        SH.cant_keep_going SH.cant_live SH.death_solves SH.done_with_life
        SH.eternal_sleep SH.hate_living SH.if_gone SH.if_not_here SH.insurance
        SH.life_pointless SH.live_for SH.no_point SH.no_point_going_on SH.not_in_it
        SH.not_on_earth SH.not_see_morning SH.not_wake SH.not_want_here
        SH.not_want_live SH.passive_wish SH.sleep_for_ever SH.sleep_forever
        SH.sleep_no_wake SH.thinking_not_here SH.tired_of_living SH.vanish_for_good
        SH.want_die SH.want_gone SH.want_not_exist SH.wanted_to SH.will_to_live
        SH.wish_accident SH.wish_hit SH.wish_not_born SH.world_without_me
        SH.worth_living SH.would_not_mind
        """
    ),
    # ---- violence
    "strangulation": _ids("VI.hands_neck VI.choke"),
    "weapon": _ids(
        "VI.attack_with VI.bat VI.weapon VI.weapon_in_hand VI.loaded VI.bullet VI.next_one"
    ),
    "sexual": _ids("VI.forced_self VI.forced_sex VI.rape"),
    "threat": _ids(
        """
        VI.arson VI.burn_house VI.death_threat VI.door_down VI.end_me VI.finish
        VI.fist_through VI.ground VI.ground_quoted VI.hunt_down VI.kill_me VI.kill_said
        VI.murder_me VI.never_walk VI.pay VI.property_threat VI.regret
        VI.regret_physically VI.smash_property VI.smash_with VI.threat_body
        VI.threat_dependants VI.threat_to_body VI.threat_your_body VI.threatened
        VI.threatened_me VI.what_happens VI.raise_fist VI.raise_hand VI.scare_drive
        VI.drove_at VI.run_over VI.door_in VI.slam VI.know_where VI.knows_where
        VI.knows_where_you VI.watch_back VI.broke_property
        """
    ),
    "physical": _ids(
        """
        VI.beat VI.black_eye VI.broke_body VI.grab_body VI.grab_hard VI.grab_me
        VI.hands_on VI.held_by VI.hit_body VI.hit_me VI.injury VI.lay_hand
        VI.left_marks VI.made_bleed VI.passive VI.physically VI.restrain VI.spit
        VI.split_lip VI.throw_at VI.throw_me VI.throwing_things VI.bruises_on
        VI.arrested VI.charges VI.domestic
        """
    ),
    "stalking": _ids(
        """
        VI.break_in VI.drive_past VI.follow VI.new_address VI.outside VI.parked_near
        VI.stalk VI.track VI.tracker VI.turned_up VI.knows_schedule VI.found_where
        """
    ),
    "confinement": _ids("VI.block_door VI.locked_in VI.not_let_leave VI.door_locked"),
    "fear": _ids(
        """
        VI.barricade VI.brace VI.capable VI.come_after VI.dangerous VI.fear_alone
        VI.fear_for_life VI.fear_harm VI.fear_of_him VI.fear_of_person VI.fear_what
        VI.flinch VI.lock_door VI.not_safe VI.order VI.police VI.refuge VI.safe_house
        VI.scares_me VI.shelter VI.unsafe VI.violent VI.get_physical VI.hurt_me
        VI.do_to_me VI.and_hurting VI.hide
        """
    ),
}

#: pattern row id -> its category
PATTERN_CATEGORY: MappingProxyType[str, str] = MappingProxyType(
    {pattern_id: category for category, ids in _ROWS.items() for pattern_id in ids}
)


#: words that make a match more serious than its row: "choked me" matched by
#: the row for blows is strangulation, "came at me with a knife" a weapon
CATEGORY_WORDS: MappingProxyType[str, frozenset[str]] = MappingProxyType(
    {
        "strangulation": frozenset(
            """
            choke choked chokes choking strangle strangled strangles strangling
            throttle throttled throttling suffocate suffocated smother smothered
            neck throat windpipe
            """.split()
        ),
        "weapon": frozenset(
            """
            knife knives gun guns pistol rifle shotgun weapon machete axe hammer
            crowbar blade
            """.split()
        ),
    }
)


def signal_category(pattern_id: str, words: list[str]) -> str:
    """The category a match reports: its row's, or a more serious one its words show.

    >>> signal_category("VI.hit_me", ["choked", "me"]), signal_category("VI.hit_me", ["hit"])
    ('strangulation', 'physical')
    """
    category = PATTERN_CATEGORY[pattern_id]
    names = CATEGORIES[CATEGORY_CONCERN[category]]
    for serious in names[: names.index(category)]:
        if not CATEGORY_WORDS.get(serious, frozenset()).isdisjoint(words):
            return serious
    return category


def category_of(pattern_id: str) -> str | None:
    """The category of a safety pattern row; ``None`` for an idiom row.

    >>> category_of("VI.hands_neck"), category_of("ID.killing")
    ('strangulation', None)
    """
    return PATTERN_CATEGORY.get(pattern_id)

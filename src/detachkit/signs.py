"""The signs checklist and the progress checklist, as data.

:data:`SIGNS_CHECKLIST` asks how often the signs that a relationship is
draining show up, and screens for the red flags that change all advice
(physical harm, threats or fear, verbal abuse, thoughts of self-harm).
:data:`PROGRESS_CHECKLIST` asks how often the signs that stepping back is
working show up. Both are scored by :func:`~detachkit.score_checklist`.

Prompts are written for this library from two practitioner articles (see
the signs page of the docs for sources). The bands are a heuristic for
reflection, not a validated clinical cut-off.

>>> from detachkit import score_signs
>>> answers = {item.id: 2 for item in SIGNS_CHECKLIST.scored_items}
>>> result = score_signs(answers)
>>> result.score, result.band.id
(50.0, 'many_signs')
>>> result.unscreened
('physical_harm', 'threats_or_fear', 'verbal_abuse', 'self_harm_thoughts')
"""

from __future__ import annotations

from collections.abc import Mapping

from detachkit.checklists import (
    SAFETY_BAND_ID,
    Assessment,
    Band,
    Checklist,
    ChecklistItem,
    _register_built_in,
    score_checklist,
)
from detachkit.vocabulary import CrisisResource, SafetyConcern

__all__ = ["PROGRESS_CHECKLIST", "SIGNS_CHECKLIST", "score_signs"]

_THRIVEWORKS = "Practitioner article quoting two licensed therapists"
_GUIDE = "General self-help guide"
_SCREENING = "Screening conventions (research notes)"

SIGNS_CHECKLIST = Checklist(
    id="signs",
    version="1",
    title="Signs that stepping back may help",
    items=(
        ChecklistItem(
            id="worse_after_contact",
            prompt=(
                "After time with them I feel worse (tense, drained, low or "
                "unsure), and it stays with me after we part."
            ),
            source=f"{_THRIVEWORKS}, signs: feeling worse after contact",
            rationale="A feeling that lingers after contact ends is a pattern, not a bad day.",
        ),
        ChecklistItem(
            id="walking_on_eggshells",
            prompt="I weigh my words and actions to avoid their reaction or disappointment.",
            source=f"{_THRIVEWORKS}, signs: walking on eggshells",
            rationale="Constant self-monitoring shows the relationship runs on fear of a reaction.",
        ),
        ChecklistItem(
            id="repeating_pattern",
            prompt="The same fights, the same promises to change and the same letdown come back.",
            source=f"{_THRIVEWORKS}, signs: the same pattern repeats",
            rationale="A repeating cycle is a pattern worth naming, unlike a one-off incident.",
        ),
        ChecklistItem(
            id="stopped_sharing",
            prompt=(
                "I keep parts of this relationship from friends, or defend it, "
                "because I can guess what they would say."
            ),
            source=f"{_THRIVEWORKS}, signs: no longer sharing with others",
            rationale=(
                "Hiding a relationship from people who care about us often "
                "means we already doubt it."
            ),
        ),
        ChecklistItem(
            id="body_pays",
            prompt=(
                "My body reacts to them: poor sleep, tight muscles, a knot of "
                "worry or low mood around contact or before it."
            ),
            source=f"{_THRIVEWORKS}, signs: physical toll",
            rationale="Stress tends to show in the body before we admit it in words.",
        ),
        ChecklistItem(
            id="mood_shifts",
            prompt="My mood changes when I am with them.",
            source=f"{_GUIDE}, signs: mood changes around the person",
            rationale="A reliable shift in mood around one person is a signal to look closer.",
        ),
        ChecklistItem(
            id="excess_stress",
            prompt=(
                "This relationship brings me more stress and worry than I can comfortably carry."
            ),
            source=f"{_GUIDE}, signs: excessive stress and worry",
            rationale="A relationship that costs more than it gives wears us down over time.",
        ),
        ChecklistItem(
            id="wellbeing_depends_on_them",
            prompt=(
                "How I feel depends on what they do, and their troubles spill "
                "into my headaches, sleepless nights or restlessness."
            ),
            source=f"{_GUIDE}, signs: wellbeing hinges on their actions",
            rationale="When our wellbeing is tied to someone else's choices, we lose our footing.",
        ),
        ChecklistItem(
            id="victim_and_blame",
            prompt=(
                "They cast themselves as the wronged one, blame others or me, "
                "and draw me into their complaints."
            ),
            source=f"{_GUIDE}, signs: playing the victim and blaming",
            rationale=(
                "Being pulled into someone's grievances drains energy and blurs what is true."
            ),
        ),
        ChecklistItem(
            id="best_friend_test",
            prompt=(
                "If my best friend were in a relationship like mine, I would "
                "not want that for them."
            ),
            source=f"{_THRIVEWORKS}, the best-friend perspective test",
            rationale=(
                "Imagining someone we love in our place cuts through the habits that keep us stuck."
            ),
            weight=2.0,
        ),
        ChecklistItem(
            id="physical_harm",
            prompt="They have pushed, hit, grabbed or otherwise physically hurt me.",
            source=f"{_GUIDE}, red flags: physical abuse and domestic violence",
            rationale="Physical harm changes every step: safety comes first, with a specialist.",
            red_flag=SafetyConcern.VIOLENCE,
        ),
        ChecklistItem(
            id="threats_or_fear",
            prompt="They have threatened me, or I am afraid for my physical safety around them.",
            source=f"{_GUIDE} and {_THRIVEWORKS}, red flags: fear for your safety",
            rationale="Threats and fear for safety call for safety planning before anything else.",
            red_flag=SafetyConcern.VIOLENCE,
        ),
        ChecklistItem(
            id="verbal_abuse",
            prompt="They insult, humiliate, scream at or belittle me.",
            source=f"{_GUIDE}, red flags: verbal abuse and mistreatment",
            rationale="Verbal abuse is mistreatment in its own right, not a communication style.",
            red_flag=SafetyConcern.VERBAL_ABUSE,
        ),
        ChecklistItem(
            id="self_harm_thoughts",
            prompt="I have had thoughts of hurting myself or of not wanting to be alive.",
            source=f"{_THRIVEWORKS}, crisis note; {_SCREENING}",
            rationale="Thoughts of self-harm deserve support now, whatever else is going on.",
            red_flag=SafetyConcern.SELF_HARM,
        ),
    ),
    bands=(
        Band(
            id="few_signs",
            min_score=0,
            summary="Few signs of a draining relationship show up in your answers.",
        ),
        Band(
            id="some_signs",
            min_score=25,
            summary=(
                "Some signs of a draining relationship show up; writing down "
                "what actually happens can help you see the pattern."
            ),
        ),
        Band(
            id="many_signs",
            min_score=50,
            summary=(
                "Many signs of a draining relationship show up; stepping back "
                "and leaning on support people may help."
            ),
        ),
    ),
    safety_band=Band(
        id=SAFETY_BAND_ID,
        min_score=0,
        summary=(
            "You reported a safety concern. Safety comes before every other "
            "step: please reach out to a crisis line or a specialist."
        ),
    ),
)
"""The signs checklist: ten scored signs and four red-flag questions."""
_register_built_in(SIGNS_CHECKLIST)

PROGRESS_CHECKLIST = Checklist(
    id="progress",
    version="1",
    title="Signs that stepping back is working",
    items=(
        ChecklistItem(
            id="feels_easier",
            prompt="Day to day, things feel easier than they did.",
            source=f"{_GUIDE}, how you know it is working",
            rationale="A lighter everyday load is the first sign that distance is helping.",
        ),
        ChecklistItem(
            id="boundaries_hold",
            prompt="I keep my boundaries without wavering.",
            source=f"{_GUIDE}, how you know it is working",
            rationale="Holding a limit without second-guessing shows the old pull has weakened.",
        ),
        ChecklistItem(
            id="contact_manageable",
            prompt="Having little or no contact with them feels manageable rather than agonising.",
            source=f"{_GUIDE}, how you know it is working",
            rationale="Distance that no longer hurts every day means the bond is loosening.",
        ),
        ChecklistItem(
            id="spot_patterns_early",
            prompt=(
                "With new people, I notice harmful patterns early and step "
                "away before they take hold."
            ),
            source=f"{_GUIDE}, how you know it is working (the most telling sign)",
            rationale="Recognising the pattern in someone new is the clearest sign of change.",
            weight=2.0,
        ),
        ChecklistItem(
            id="both_can_be_true",
            prompt=(
                "I can miss them and still know I am better off; the relief "
                "and the regret can both be there."
            ),
            source=f"{_GUIDE}, how you know it is working",
            rationale="Holding mixed feelings without being thrown by them is part of healing.",
        ),
    ),
    bands=(
        Band(
            id="early_days",
            min_score=0,
            summary="Early days: change is slow and not a straight line; be patient with yourself.",
        ),
        Band(
            id="finding_footing",
            min_score=35,
            summary="You are finding your footing: some signs of progress are showing.",
        ),
        Band(
            id="steady_ground",
            min_score=70,
            summary="Steady ground: many signs that stepping back is working.",
        ),
    ),
)
"""The progress checklist: how you know stepping back is working."""
_register_built_in(PROGRESS_CHECKLIST)


def score_signs(
    responses: Mapping[str, object],
    checklist: Checklist | None = None,
    *,
    resources: tuple[CrisisResource, ...] | None = None,
) -> Assessment:
    """Score answers to the signs checklist.

    The same as :func:`~detachkit.score_checklist`; *checklist* ``None``
    means the built-in :data:`SIGNS_CHECKLIST`, and *resources* ``None`` the
    built-in crisis resources.

    >>> result = score_signs({"worse_after_contact": 4, "walking_on_eggshells": 3,
    ...     "repeating_pattern": 3, "stopped_sharing": 2, "body_pays": 2,
    ...     "mood_shifts": 3, "excess_stress": 3, "wellbeing_depends_on_them": 2,
    ...     "victim_and_blame": 1, "best_friend_test": True,
    ...     "physical_harm": 0, "threats_or_fear": 0, "verbal_abuse": 2,
    ...     "self_harm_thoughts": 0})
    >>> result.band.id, sorted(c.value for c in result.safety)
    ('safety_first', ['verbal_abuse'])
    """
    chosen = SIGNS_CHECKLIST if checklist is None else checklist
    return score_checklist(responses, chosen, resources=resources)

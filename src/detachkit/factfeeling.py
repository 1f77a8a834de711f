"""Fact vs feeling: tell what a journal statement claims.

Step 3 of detaching (DOMAIN.md) asks a person to sort what they wrote into
facts (what a camera could record), feelings (their own emotions and bodily
stress), and interpretations (judgments, predictions, mind-reading, faux
feelings). :func:`classify` labels one statement following LABELING.md,
shows the cues that fired (each with its rule id and a span into the text),
tags thinking traps, names the feelings that may lie under a faux feeling,
and flags safety concerns (self-harm, violence) independently of the label.
:func:`fact_check` builds the exercise: is there a fact behind this feeling?

The classifier is a set of English linguistic rules over a tokenised
statement, with its lexicons as data; it is deterministic and linear in the
length of the text. It supports reflection and is not a diagnosis: the
person can always override a label.

>>> from detachkit.factfeeling import classify
>>> classify("He texted me 14 times on Saturday.").label.value
'fact'
>>> classify("I feel like he doesn't care.").label.value
'interpretation'
>>> classify("I felt sick when she hung up on me yesterday.").label.value
'mixed'
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from enum import Enum
from html import escape
from operator import itemgetter
from types import MappingProxyType

import attrs

from detachkit._classifier import Decision, decide
from detachkit._classifier_features import WHOLE, features
from detachkit._display import html_card, html_list, plural, text_block
from detachkit._factfeeling_rules import Reading, read_statement
from detachkit._html import chip, highlight, legend
from detachkit._lexicon import TAGS, Tag
from detachkit._resources import check_resource_list, serving
from detachkit._safety_categories import signal_category
from detachkit._tokens import tokenize
from detachkit._validation import (
    Check,
    check_bool,
    check_id,
    check_int,
    check_str,
    check_text,
    enum_member,
    fail,
    field_check,
    frozenset_of,
    gather,
    instance_of,
    invariant,
    json_choices,
    number_in,
    optional,
    records,
    trusted,
    trusted_builder,
    tuple_of,
)
from detachkit.errors import InvalidInputError
from detachkit.evidence import MODEL_SOURCE, SAFETY_CATEGORIES, Evidence, SafetySignal
from detachkit.vocabulary import CrisisResource, Reason, SafetyConcern

__all__ = [
    "CUE_RULES",
    "Classification",
    "Cue",
    "CueKind",
    "CueRule",
    "EntryAnalysis",
    "FactCheck",
    "LabelCounts",
    "StatementKind",
    "ThinkingTrap",
    "analyze_entry",
    "classify",
    "classify_many",
    "fact_check",
    "split_statements",
]


class StatementKind(Enum):
    """What a statement claims (LABELING.md): the five labels."""

    FACT = "fact"
    FEELING = "feeling"
    INTERPRETATION = "interpretation"
    MIXED = "mixed"
    OTHER = "other"


class CueKind(Enum):
    """What a cue signals: a part of a statement, a safety concern or a modifier."""

    FACT = "fact"
    FEELING = "feeling"
    INTERPRETATION = "interpretation"
    OTHER = "other"
    SELF_HARM = "self_harm"
    VIOLENCE = "violence"
    MODIFIER = "modifier"


class ThinkingTrap(Enum):
    """Common thinking traps (CBT) that an interpretation may show."""

    OVERGENERALISATION = "overgeneralisation"
    MIND_READING = "mind_reading"
    FORTUNE_TELLING = "fortune_telling"
    LABELLING = "labelling"
    SHOULD_STATEMENT = "should_statement"
    CATASTROPHISING = "catastrophising"
    PERSONALISATION = "personalisation"
    BLAMING = "blaming"


@attrs.frozen
class CueRule:
    """One classifier rule: a stable id, a name, the kind it signals, a summary.

    Attributes:
        id: Stable id such as ``"FF101"``; retired ids are never reused.
        name: A short snake_case name.
        kind: What a match signals.
        summary: One line on what the rule matches, with an example.
        trap: The thinking trap the rule points to, if any.
        examples: Statements the rule must fire on (a test runs every one).
        counterexamples: Near misses it must not fire on.
    """

    id: str = attrs.field(validator=field_check(check_id))
    name: str = attrs.field(validator=field_check(check_id))
    kind: CueKind = attrs.field(validator=field_check(enum_member(CueKind)))
    summary: str = attrs.field(validator=field_check(check_text))
    trap: ThinkingTrap | None = attrs.field(
        default=None, validator=field_check(optional(enum_member(ThinkingTrap)))
    )
    examples: tuple[str, ...] = attrs.field(
        default=(), validator=field_check(tuple_of(check_text, "non-empty str"))
    )
    counterexamples: tuple[str, ...] = attrs.field(
        default=(), validator=field_check(tuple_of(check_text, "non-empty str"))
    )


_F, _E, _I, _O = CueKind.FACT, CueKind.FEELING, CueKind.INTERPRETATION, CueKind.OTHER
_T = ThinkingTrap

_RULE_TABLE: tuple[CueRule, ...] = (
    CueRule(
        "FF101",
        "emotion_word",
        _E,
        'The writer names their own emotion or mood: "I\'m gutted", "Scared."',
        examples=("I'm gutted.", "Scared."),
        counterexamples=("He was gutted when the match ended.",),
    ),
    CueRule(
        "FF102",
        "body_sensation",
        _E,
        'A bodily stress sensation: "my chest goes tight", "couldn\'t sleep".',
        examples=("My chest goes tight when my phone buzzes.", "I couldn't sleep last night."),
        counterexamples=("He has a tight schedule this week.",),
    ),
    CueRule(
        "FF103",
        "feel_like_urge",
        _E,
        '"feel like" + an urge is a feeling: "I feel like screaming" (rule 15).',
        examples=("I feel like screaming.",),
        counterexamples=("I feel like he ignores me.",),
    ),
    CueRule(
        "FF104",
        "emotion_verb",
        _E,
        'The writer\'s emotion as a verb: "I dread Sundays", "I miss her".',
        examples=("I dread Sundays.", "I miss her."),
        counterexamples=("She missed the bus.",),
    ),
    CueRule(
        "FF105",
        "wish_not_to_live",
        _E,
        'A wish or urge not to live, in any form: "some nights I want to vanish" (rule 17).',
        examples=("Some nights I want to vanish.",),
        counterexamples=("I want to visit my sister.",),
    ),
    CueRule(
        "FF106",
        "feeling_idiom",
        _E,
        'An idiom for a feeling: "I wanted the ground to swallow me", "I could have cried".',
        examples=("I wanted the ground to swallow me.", "I could have cried."),
        counterexamples=("The dog dug a hole in the ground.",),
    ),
    CueRule(
        "FF107",
        "feeling_on_occasion",
        _E,
        'A feeling held over one dated occasion, part feeling and part fact (rule 16): "I felt '
        "sick all through Tuesday's meeting\".",
        examples=("I felt sick all through Tuesday's meeting.",),
        counterexamples=("I feel sick.",),
    ),
    CueRule(
        "FF201",
        "reported_speech",
        _F,
        'Someone said, wrote or sent words: "She told me I was lazy" (rule 5).',
        examples=("She told me I was lazy.",),
        counterexamples=("She is lazy.",),
    ),
    CueRule(
        "FF202",
        "quantity_or_time",
        _F,
        'Numbers, counts, dates and clock times: "four calls since Monday" (rule 6).',
        examples=("He rang four times since Monday.",),
        counterexamples=("He never listens.",),
    ),
    CueRule(
        "FF203",
        "own_action",
        _F,
        'The writer\'s own action: "I muted the group chat" (rule 7).',
        examples=("I muted the group chat.",),
        counterexamples=("I feel so tired.",),
    ),
    CueRule(
        "FF204",
        "visible_behaviour",
        _F,
        'Someone else\'s visible action: "He slammed the car door" (rule 14).',
        examples=("He slammed the car door.",),
        counterexamples=("He is so selfish.",),
    ),
    CueRule(
        "FF205",
        "capability_or_record",
        _F,
        'A capability or a record: "She can drive herself", "was diagnosed".',
        examples=("She can drive herself to work.",),
        counterexamples=("She should drive herself.",),
    ),
    CueRule(
        "FF206",
        "verbal_outburst",
        _F,
        'A vivid verb for a verbal attack is behaviour: "he laid into me" (rule 14).',
        examples=("He laid into me about the bills.",),
        counterexamples=("He laid the table.",),
    ),
    CueRule(
        "FF301",
        "feel_like_clause",
        _I,
        '"I feel like/that/as if" + a clause is a belief (rule 1).',
        _T.MIND_READING,
        examples=("I feel like she doesn't care.", "I feel as if nobody listens."),
        counterexamples=("I feel sad.",),
    ),
    CueRule(
        "FF302",
        "faux_feeling",
        _I,
        'A faux feeling names what others did: "I feel so used" (rule 2).',
        examples=("I feel so used.",),
        counterexamples=("I feel so tired.",),
    ),
    CueRule(
        "FF303",
        "absolute",
        _I,
        "Absolutes: always, never, nobody, every single time (rule 3).",
        _T.OVERGENERALISATION,
        examples=("He always ignores me.",),
        counterexamples=("He ignored me on Friday.",),
    ),
    CueRule(
        "FF304",
        "label",
        _I,
        'A label or evaluation: "she\'s so selfish", "a total control freak".',
        _T.LABELLING,
        examples=("She's so selfish.", "He is a total control freak."),
        counterexamples=("She is my sister.",),
    ),
    CueRule(
        "FF305",
        "prediction",
        _I,
        'A prediction: "he\'ll never change", "I\'ll end up alone" (rule 4).',
        _T.FORTUNE_TELLING,
        examples=("He'll never change.", "I'll end up alone."),
        counterexamples=("He changed his number in May.",),
    ),
    CueRule(
        "FF306",
        "mind_reading",
        _I,
        'Someone else\'s thoughts or motives: "he wants me to fail" (rule 4).',
        _T.MIND_READING,
        examples=("He wants me to fail.",),
        counterexamples=("He asked for a new car.",),
    ),
    CueRule(
        "FF307",
        "hedge",
        _I,
        'A hedged guess: "maybe", "probably", "I think" (rule 12).',
        examples=("Maybe she forgot.", "I think he lied."),
        counterexamples=("She forgot my birthday.",),
    ),
    CueRule(
        "FF308",
        "should_statement",
        _I,
        'A rule about how people ought to be: "he should have known".',
        _T.SHOULD_STATEMENT,
        examples=("He should have known.",),
        counterexamples=("He knew about the party.",),
    ),
    CueRule(
        "FF309",
        "catastrophising",
        _I,
        'Catastrophising: "everything is ruined", "the worst day".',
        _T.CATASTROPHISING,
        examples=("Everything is ruined.",),
        counterexamples=("I burnt the cake on Sunday.",),
    ),
    CueRule(
        "FF310",
        "personalisation",
        _I,
        'Taking all the blame: "it\'s my fault", "I\'m the problem".',
        _T.PERSONALISATION,
        examples=("It's my fault.", "I'm the problem."),
        counterexamples=("I fixed the car on Saturday.",),
    ),
    CueRule(
        "FF311",
        "blaming",
        _I,
        'Putting all the blame on another: "it\'s his fault", "she made me".',
        _T.BLAMING,
        examples=("It's his fault.", "She made me cry."),
        counterexamples=("She made dinner.",),
    ),
    CueRule(
        "FF312",
        "judgment",
        _I,
        'A claim about what someone or something is like: "he has no empathy".',
        examples=("He has no empathy.",),
        counterexamples=("He sold his car in June.",),
    ),
    CueRule(
        "FF313",
        "evaluative_action",
        _I,
        'A verb that judges what someone did: "he manipulated me", "she just uses me".',
        examples=("He manipulated me.", "She just uses me."),
        counterexamples=("She uses the car on Mondays.",),
    ),
    CueRule(
        "FF314",
        "drawn_conclusion",
        _I,
        'A conclusion drawn from a fact: "..., which shows how little I matter" (rule 10).',
        examples=("He forgot again, which shows how little I matter.",),
        counterexamples=("He forgot again.",),
    ),
    CueRule(
        "FF315",
        "restrictive_condition",
        _I,
        'A rule about when someone bothers: "he only calls when he needs money".',
        _T.OVERGENERALISATION,
        examples=("He only calls when he needs money.",),
        counterexamples=("He calls on Sundays.",),
    ),
    CueRule(
        "FF316",
        "motive",
        _I,
        'A motive or purpose read into an act: "he did it to embarrass me" (rule 4).',
        _T.MIND_READING,
        examples=("He did it to embarrass me.",),
        counterexamples=("He did the dishes.",),
    ),
    CueRule(
        "FF317",
        "betrayal_metaphor",
        _I,
        'A betrayal or character metaphor: "she stabbed me in the back" (rule 3).',
        _T.LABELLING,
        examples=("She stabbed me in the back.",),
        counterexamples=("She sat at the back of the bus.",),
    ),
    CueRule(
        "FF318",
        "confidence_clause",
        _I,
        'Certainty about something unseen is a belief: "I\'m sure she meant it" (rule 4).',
        _T.MIND_READING,
        examples=("I'm sure she meant it.",),
        counterexamples=("She said she meant it.",),
    ),
    CueRule(
        "FF319",
        "comparison_over_time",
        _I,
        'A then-and-now evaluation: "he was nicer when we first met" (rule 3).',
        examples=("He was nicer when we first met.",),
        counterexamples=("We first met in 2019.",),
    ),
    CueRule(
        "FF401",
        "question",
        _O,
        'A question: "Should I answer her?" (rule 11).',
        examples=("Should I answer her?",),
        counterexamples=("I answered her.",),
    ),
    CueRule(
        "FF402",
        "plan_or_intent",
        _O,
        'A plan or an intention: "Tomorrow I\'ll ask for my keys back" (rule 11).',
        examples=("Tomorrow I'll ask for my keys back.",),
        counterexamples=("Yesterday I asked for my keys back.",),
    ),
    CueRule(
        "FF403",
        "instruction",
        _O,
        'An instruction to oneself: "Stop checking his profile." (rule 11).',
        examples=("Stop checking his profile.",),
        counterexamples=("He stopped checking my profile.",),
    ),
    CueRule(
        "FF404",
        "no_claim",
        _O,
        'A greeting, filler or exclamation with no claim: "ugh", "hi journal".',
        examples=("ugh", "hi journal"),
        counterexamples=("He left at nine.",),
    ),
    CueRule(
        "FF405",
        "heading_or_list_item",
        _O,
        'A heading or a worksheet item: "Day 12.", "Step 3: call the helpline." (rule 11).',
        examples=("Day 12.", "Step 3: call the helpline."),
        counterexamples=("I called the helpline.",),
    ),
    CueRule(
        "FF501",
        "negation",
        CueKind.MODIFIER,
        "Negation; a negated feeling is still a feeling (rule 9).",
        examples=("He didn't call.",),
        counterexamples=("He called.",),
    ),
    CueRule(
        "FF502",
        "habitual_trigger",
        CueKind.MODIFIER,
        'A habitual trigger ("whenever he calls") keeps a feeling a feeling (rule 16).',
        examples=("Whenever he calls I feel sick.",),
        counterexamples=("He called on Friday.",),
    ),
    CueRule(
        "FF503",
        "sarcasm_or_joke",
        CueKind.MODIFIER,
        'Sarcasm or joking markers ("lol", "yeah right") soften hyperbole.',
        examples=("Great, another lovely weekend, yeah right.",),
        counterexamples=("We had a lovely weekend.",),
    ),
    CueRule(
        "FF504",
        "idiom",
        CueKind.MODIFIER,
        'A deadly or violent idiom that is no safety concern: "this job is killing me".',
        examples=("This job is killing me.",),
        counterexamples=("This job pays well.",),
    ),
    CueRule(
        "FF505",
        "feared_outcome",
        CueKind.MODIFIER,
        'What a fear is about is part of the feeling: "terrified she\'ll turn up at work".',
        examples=("I'm terrified she'll turn up at work.",),
        counterexamples=("She turned up at work.",),
    ),
    CueRule(
        "FF506",
        "report_ended",
        CueKind.MODIFIER,
        '"and now" / "so now" / "so I" ends reported words or a belief: "he texted my boss so now '
        'I feel sick" (rule 10).',
        examples=("He texted my boss so now I feel sick.",),
        counterexamples=("He texted my boss.",),
    ),
    CueRule(
        "FF507",
        "belief_grounds",
        CueKind.MODIFIER,
        'A because/since clause naming an observable past act is a fact of its own: "I feel like '
        "she hates me because she didn't invite me on Saturday\" (rule 10).",
        examples=("I feel like she hates me because she didn't invite me on Saturday.",),
        counterexamples=("I feel like she hates me.",),
    ),
    CueRule(
        "FF508",
        "judgment_by_act",
        CueKind.FACT,
        'A judgment verb or idiom whose "by" + gerund names an observable act is mixed: "she '
        'stabbed me in the back by telling everyone" (rule 10).',
        examples=("She stabbed me in the back by telling everyone.",),
        counterexamples=("She stabbed me in the back.",),
    ),
    CueRule(
        "FF901",
        "self_harm",
        CueKind.SELF_HARM,
        "Thoughts of suicide, self-harm or not wanting to live, direct or indirect.",
        examples=("I want to kill myself.", "Everyone would be better off without me."),
        counterexamples=("I killed the spider in the bath.",),
    ),
    CueRule(
        "FF902",
        "violence",
        CueKind.VIOLENCE,
        "Physical violence, threats of it, or fear for physical safety.",
        examples=("He put his hands round my neck.", "She said she'd hurt me if I leave."),
        counterexamples=("He put his hands in his pockets.",),
    ),
)
"""The rule table, in id order (see :data:`CUE_RULES`)."""

CUE_RULES: Mapping[str, CueRule] = MappingProxyType({rule.id: rule for rule in _RULE_TABLE})
"""Every cue rule of the classifier, by id."""
_RULES_BY_ID = CUE_RULES


_PART_KINDS = frozenset(
    {
        StatementKind.FACT,
        StatementKind.FEELING,
        StatementKind.INTERPRETATION,
        StatementKind.OTHER,
    }
)
_FLAGGED = frozenset({SafetyConcern.SELF_HARM, SafetyConcern.VIOLENCE})
_CUE_TO_KIND = {
    CueKind.FACT: StatementKind.FACT,
    CueKind.FEELING: StatementKind.FEELING,
    CueKind.INTERPRETATION: StatementKind.INTERPRETATION,
    CueKind.OTHER: StatementKind.OTHER,
}
_CUE_TO_CONCERN = {
    CueKind.SELF_HARM: SafetyConcern.SELF_HARM,
    CueKind.VIOLENCE: SafetyConcern.VIOLENCE,
}


def _check_offset(field: str, value: object) -> None:
    check_int(field, value, low=0)


def _check_rule_id(field: str, value: object) -> None:
    check_id(field, value)
    if value not in _RULES_BY_ID:
        fail(field, value, f"a rule id, {json_choices(_RULES_BY_ID)}")


@attrs.frozen
class Cue:
    """One piece of evidence: what a rule matched, and where.

    Attributes:
        kind: What the cue signals: a part (fact, feeling, interpretation,
            other), a safety concern (self-harm, violence) or a modifier
            (negation, habitual trigger, joke, idiom).
        text: The matched text, exactly ``statement[start:end]``.
        start: Offset of the first matched character in the statement.
        end: Offset just past the last matched character.
        rule: The id of the rule that matched (see :data:`CUE_RULES`).
    """

    kind: CueKind = attrs.field(validator=field_check(enum_member(CueKind)))
    text: str = attrs.field(validator=field_check(check_str))
    start: int = attrs.field(validator=field_check(_check_offset))
    end: int = attrs.field(validator=field_check(_check_offset))
    rule: str = attrs.field(validator=field_check(_check_rule_id))

    def __attrs_post_init__(self) -> None:
        if self.end < self.start:
            fail("Cue.end", self.end, f"an integer >= start ({self.start})")
        if len(self.text) != self.end - self.start:
            fail("Cue.text", self.text, f"a string of length end - start ({self.end - self.start})")

    @property
    def part(self) -> StatementKind | None:
        """The statement kind this cue signals, or ``None`` for safety and modifiers."""
        return _CUE_TO_KIND.get(self.kind)

    @property
    def concern(self) -> SafetyConcern | None:
        """The safety concern this cue signals, if any."""
        return _CUE_TO_CONCERN.get(self.kind)

    @property
    def rule_name(self) -> str:
        """The name of the rule, e.g. ``"faux_feeling"``."""
        return _RULES_BY_ID[self.rule].name


_PARTS_ALLOWED = (
    'a non-empty array of "fact", "feeling", "interpretation" or "other" '
    "(a frozenset of StatementKind)"
)
_FLAGGED_ALLOWED = 'an array of "self_harm" and/or "violence" (a frozenset of SafetyConcern)'


def _check_parts(field: str, value: object) -> None:
    if not isinstance(value, frozenset) or not value:
        fail(field, value, _PARTS_ALLOWED)
    for kind in value:
        if not isinstance(kind, StatementKind) or kind is StatementKind.MIXED:
            fail(field, value, _PARTS_ALLOWED)


def _check_traps(field: str, value: object) -> None:
    if not isinstance(value, frozenset) or not all(isinstance(t, ThinkingTrap) for t in value):
        fail(field, value, "an array of thinking-trap values (a frozenset of ThinkingTrap)")


_check_concern_set = frozenset_of(enum_member(SafetyConcern), "SafetyConcern")


def _check_flagged(field: str, value: object) -> None:
    _check_concern_set(field, value)
    assert isinstance(value, frozenset)  # noqa: S101 - narrowed by the check above
    if not value <= _FLAGGED:
        fail(
            field, value, 'an array of "self_harm" and/or "violence" (a frozenset of SafetyConcern)'
        )


_check_resources = records(CrisisResource)


def _check_carries_resources(
    safety: frozenset[SafetyConcern], resources: tuple[CrisisResource, ...]
) -> None:
    invariant(
        bool(resources) == bool(safety),
        "$.resources",
        [r.id for r in resources],
        "crisis resources are present exactly when a safety concern is",
    )


def _check_words(field: str, value: object) -> None:
    tuple_of(check_id, "non-empty str")(field, value)


def _check_found(
    text: str,
    safety: frozenset[SafetyConcern],
    signals: tuple[SafetySignal, ...],
    evidence: tuple[Evidence, ...],
) -> None:
    concerns = [signal.concern for signal in signals]
    invariant(
        len(set(concerns)) == len(concerns) and set(concerns) <= safety,
        "$.safety_signals",
        [concern.value for concern in concerns],
        "at most one signal per concern, each concern in safety",
    )
    spans = [("safety_signals", k, s.start, s.end, s.text) for k, s in enumerate(signals)]
    spans += [("evidence", k, e.start, e.end, e.text) for k, e in enumerate(evidence)]
    for name, index, begin, end, words in spans:
        invariant(
            text[begin:end] == words,
            f"$.{name}[{index}]",
            words,
            "a span whose text matches the statement",
        )


@attrs.frozen
class Classification:
    """The reading of one statement.

    Attributes:
        text: The statement, exactly as given.
        label: What the statement claims (LABELING.md).
        parts: The kinds found in it: one for a plain label, two or more of
            fact, feeling and interpretation for ``mixed``; ``other`` may sit
            next to the claims inside a question or plan.
        cues: What the rules matched, in rule order then position; each
            with a span and the rule row that fired.
        confidence: The trained model's probability for the label, from 0
            to 1, calibrated on writers held out of its training.
        safety: Safety concerns found (self-harm, violence), whatever the label.
        traps: Thinking traps shown by the interpretation, if any.
        underlying_feelings: For faux feelings ("used", "abandoned"), the
            feelings that commonly lie underneath, so the person can name
            the real one.
        resources: Crisis resources for the concerns found (the ones serving
            them), present exactly when a concern is.
        start: Where the statement begins in the entry it came from (0 when
            it was classified alone).
        end: Where it ends there: ``entry[start:end] == text``.
        safety_signals: One per concern in ``safety``: its most serious
            category, the words that raised it and their source (a pattern
            row, or the trained detector).
        evidence: The features the trained model weighed most for the
            label, strongest first, each with its words.
    """

    text: str = attrs.field(validator=field_check(check_str))
    label: StatementKind = attrs.field(validator=field_check(enum_member(StatementKind)))
    parts: frozenset[StatementKind] = attrs.field(validator=field_check(_check_parts))
    cues: tuple[Cue, ...] = attrs.field(validator=field_check(tuple_of(instance_of(Cue), "Cue")))
    confidence: float = attrs.field(validator=field_check(number_in(0, 1)))
    safety: frozenset[SafetyConcern] = attrs.field(
        default=frozenset(), validator=field_check(_check_flagged)
    )
    traps: frozenset[ThinkingTrap] = attrs.field(
        default=frozenset(), validator=field_check(_check_traps)
    )
    underlying_feelings: tuple[str, ...] = attrs.field(
        default=(), validator=field_check(_check_words)
    )
    resources: tuple[CrisisResource, ...] = attrs.field(
        default=(), validator=field_check(_check_resources)
    )
    start: int = attrs.field(default=0, validator=field_check(_check_offset))
    end: int = attrs.field(
        default=attrs.Factory(lambda self: self.start + len(self.text), takes_self=True),
        validator=field_check(_check_offset),
    )
    safety_signals: tuple[SafetySignal, ...] = attrs.field(
        default=(), validator=field_check(tuple_of(instance_of(SafetySignal), "SafetySignal"))
    )
    evidence: tuple[Evidence, ...] = attrs.field(
        default=(), validator=field_check(tuple_of(instance_of(Evidence), "Evidence"))
    )

    def __attrs_post_init__(self) -> None:
        _check_carries_resources(self.safety, self.resources)
        _check_found(self.text, self.safety, self.safety_signals, self.evidence)
        invariant(
            self.end - self.start == len(self.text),
            "$.end",
            self.end,
            f"start + the length of text ({self.start + len(self.text)})",
        )
        claims = self.parts - {StatementKind.OTHER}
        if self.label is StatementKind.MIXED:
            if len(claims) < 2:
                fail(
                    "Classification.parts", self.parts, "two or more claim kinds for a mixed label"
                )
        elif self.label not in self.parts:
            fail(
                "Classification.parts",
                self.parts,
                f"a set containing the label {self.label.value!r}",
            )
        for index, cue in enumerate(self.cues):
            if cue.end > len(self.text) or self.text[cue.start : cue.end] != cue.text:
                fail(f"Classification.cues[{index}]", cue, "a cue whose span matches text")

    @property
    def safety_first(self) -> bool:
        """True when a safety concern was found."""
        return bool(self.safety)

    def cues_for(self, kind: CueKind) -> tuple[Cue, ...]:
        """The cues of one kind, in order."""
        return tuple(cue for cue in self.cues if cue.kind is kind)

    def _lines(self) -> list[str]:
        lines = [
            f"Statement: {self.text}",
            f"Label: {self.label.value} (confidence {self.confidence:.2f})",
        ]
        if self.label is StatementKind.MIXED or len(self.parts) > 1:
            lines.append("Parts: " + ", ".join(sorted(p.value for p in self.parts)))
        if self.safety:
            lines.append("Safety concerns: " + ", ".join(sorted(c.label for c in self.safety)))
            lines += [f"  - {signal}" for signal in self.safety_signals]
        if self.traps:
            lines.append(
                "Thinking traps: "
                + ", ".join(sorted(t.value.replace("_", " ") for t in self.traps))
            )
        if self.underlying_feelings:
            lines.append("Feelings that may lie underneath: " + ", ".join(self.underlying_feelings))
        if self.cues:
            lines.append("Cues:")
            lines += [
                f"  - {cue.rule} {cue.rule_name}: {cue.text!r} ({cue.kind.value})"
                for cue in self.cues
            ]
        lines.append("You can always override this label: it is a suggestion.")
        return lines

    def __str__(self) -> str:
        return text_block(
            f"Fact or feeling: {self.label.value}",
            self._lines(),
            safety_first=self.safety_first,
            resources=self.resources,
        )

    def _highlighted(self) -> str:
        """The statement with its cues marked by kind."""
        return highlight(self.text, [(c.start, c.end, c.kind.value) for c in self.cues])

    def _repr_html_(self) -> str:
        body = (
            f'<p style="font-size:larger">{self._highlighted()}</p>'
            f"<p>{chip(self.label.value)} confidence {self.confidence:.2f}</p>"
        )
        if self.safety:
            concerns = ", ".join(sorted(c.label for c in self.safety))
            body += f"<p><strong>Safety concerns:</strong> {escape(concerns)}</p>"
            body += html_list(str(signal) for signal in self.safety_signals)
        if self.traps:
            traps = ", ".join(sorted(t.value for t in self.traps))
            body += f"<p><strong>Thinking traps:</strong> {escape(traps)}</p>"
        if self.underlying_feelings:
            body += (
                "<p><strong>Feelings that may lie underneath:</strong> "
                f"{escape(', '.join(self.underlying_feelings))}</p>"
            )
        body += html_list(f"{c.rule} {c.rule_name}: {c.text!r} ({c.kind.value})" for c in self.cues)
        body += legend()
        return html_card(
            f"Fact or feeling: {self.label.value}",
            body,
            safety_first=self.safety_first,
            resources=self.resources,
            banner_detail=f"Raised by: {self.text}" if self.safety else "",
        )


def _check_count(field: str, value: object) -> None:
    check_int(field, value, low=0)


@attrs.frozen
class LabelCounts:
    """How many statements of an entry got each label."""

    fact: int = attrs.field(default=0, validator=field_check(_check_count))
    feeling: int = attrs.field(default=0, validator=field_check(_check_count))
    interpretation: int = attrs.field(default=0, validator=field_check(_check_count))
    mixed: int = attrs.field(default=0, validator=field_check(_check_count))
    other: int = attrs.field(default=0, validator=field_check(_check_count))

    def __getitem__(self, kind: StatementKind) -> int:
        """The count for *kind*."""
        enum_member(StatementKind)("kind", kind)
        value: int = getattr(self, kind.value)
        return value

    @property
    def total(self) -> int:
        """All statements counted."""
        return self.fact + self.feeling + self.interpretation + self.mixed + self.other


@attrs.frozen
class EntryAnalysis:
    """A whole journal entry, statement by statement.

    Attributes:
        entry: The entry, exactly as given.
        statements: One classification per statement, in order.
        counts: How many statements got each label.
        safety: Every safety concern found in any statement.
        resources: Crisis resources for those concerns, present exactly when
            a concern is.
    """

    entry: str = attrs.field(validator=field_check(check_str))
    statements: tuple[Classification, ...] = attrs.field(
        validator=field_check(tuple_of(instance_of(Classification), "Classification"))
    )
    counts: LabelCounts = attrs.field(validator=field_check(instance_of(LabelCounts)))
    safety: frozenset[SafetyConcern] = attrs.field(validator=field_check(_check_flagged))
    resources: tuple[CrisisResource, ...] = attrs.field(
        default=(), validator=field_check(_check_resources)
    )

    def __attrs_post_init__(self) -> None:
        _check_carries_resources(self.safety, self.resources)
        previous = 0
        for index, statement in enumerate(self.statements):
            invariant(
                previous <= statement.start
                and self.entry[statement.start : statement.end] == statement.text,
                f"$.statements[{index}].start",
                statement.start,
                "the statement's place in the entry, after the one before: "
                "entry[start:end] == text",
            )
            previous = statement.end
        labels = [statement.label.value for statement in self.statements]
        invariant(
            self.counts == LabelCounts(**{kind: labels.count(kind) for kind in set(labels)}),
            "$.counts",
            self.counts,
            "the counts are the number of statements with each label",
        )
        found = frozenset().union(*(statement.safety for statement in self.statements))
        invariant(
            self.safety == found,
            "$.safety",
            sorted(concern.value for concern in self.safety),
            "safety is the union of the statements' safety concerns",
        )

    @property
    def safety_first(self) -> bool:
        """True when any statement raised a safety concern."""
        return bool(self.safety)

    def _lines(self) -> list[str]:
        c = self.counts
        lines = [
            (
                f"{plural(c.total, 'statement')}: {c.fact} fact, {c.feeling} feeling, "
                f"{c.interpretation} interpretation, {c.mixed} mixed, {c.other} other"
            )
        ]
        if self.safety:
            lines.append("Safety concerns: " + ", ".join(sorted(s.label for s in self.safety)))
            lines += [f"  raised by: {line}" for line in self._flagged()]
        lines.append("")
        lines += [f"  [{s.label.value}] {s.text}" for s in self.statements]
        lines.append("You can always override a label: they are suggestions.")
        return lines

    def _flagged(self) -> list[str]:
        """Each statement that raised a concern, with its number and the concerns."""
        return [
            f"statement {number}, {s.text!r} ({', '.join(sorted(c.label for c in s.safety))})"
            for number, s in enumerate(self.statements, 1)
            if s.safety
        ]

    def __str__(self) -> str:
        return text_block(
            "Journal entry: fact or feeling",
            self._lines(),
            safety_first=self.safety_first,
            resources=self.resources,
        )

    def _repr_html_(self) -> str:
        c = self.counts
        body = (
            f"<p>{plural(c.total, 'statement')}: {c.fact} fact, {c.feeling} feeling, "
            f"{c.interpretation} interpretation, {c.mixed} mixed, {c.other} other</p>"
        )
        if self.safety:
            concerns = ", ".join(sorted(s.label for s in self.safety))
            body += f"<p><strong>Safety concerns:</strong> {escape(concerns)}</p>"
        body += f'<ol style="padding-left:1.4em">{"".join(map(_entry_row, self.statements))}</ol>'
        body += legend()
        return html_card(
            "Journal entry: fact or feeling",
            body,
            safety_first=self.safety_first,
            resources=self.resources,
            banner_detail="; ".join(f"Raised by {line}" for line in self._flagged()),
        )


def _entry_row(statement: Classification) -> str:
    """One statement of an entry's HTML view: its chip, its marked text, its concerns."""
    concerns = ", ".join(sorted(c.label for c in statement.safety))
    flag = f' <strong style="color:#c0392b">({escape(concerns)})</strong>' if concerns else ""
    return (
        f'<li style="margin:3px 0">{chip(statement.label.value)} '
        f"{statement._highlighted()}{flag}</li>"
    )


def _check_intensity(field: str, value: object) -> None:
    check_int(field, value, low=0, high=10)


@attrs.frozen
class FactCheck:
    """The fact-vs-feeling exercise for one feeling and the facts offered for it.

    Attributes:
        feeling: The classification of the feeling statement.
        facts: The classifications of the offered facts, in order.
        intensity: The person's rating of the feeling, 0 to 10, if given.
        supported: True when at least one offered fact is a fact (an
            interpretation offered as a fact does not count).
        big_feeling_without_fact: True when the feeling is big (intensity 7
            or more, or strong wording) and no offered fact is a fact.
        questions: The guiding questions of the exercise, each a Reason
            with a stable code.
        resources: Crisis resources for any concern in the feeling or the
            facts, present exactly when there is one.
    """

    feeling: Classification = attrs.field(validator=field_check(instance_of(Classification)))
    facts: tuple[Classification, ...] = attrs.field(
        validator=field_check(tuple_of(instance_of(Classification), "Classification"))
    )
    intensity: int | None = attrs.field(validator=field_check(optional(_check_intensity)))
    supported: bool = attrs.field(validator=field_check(check_bool))
    big_feeling_without_fact: bool = attrs.field(validator=field_check(check_bool))
    questions: tuple[Reason, ...] = attrs.field(
        validator=field_check(tuple_of(instance_of(Reason), "Reason"))
    )
    resources: tuple[CrisisResource, ...] = attrs.field(
        default=(), validator=field_check(_check_resources)
    )

    def __attrs_post_init__(self) -> None:
        _check_carries_resources(self.safety, self.resources)
        supported = any(_is_fact(fact) for fact in self.facts)
        invariant(
            self.supported == supported,
            "$.supported",
            self.supported,
            "supported is true exactly when an offered fact is a fact",
        )
        big = _is_big(self.feeling, self.intensity)
        invariant(
            self.big_feeling_without_fact == (big and not supported),
            "$.big_feeling_without_fact",
            self.big_feeling_without_fact,
            "true exactly when the feeling is big (intensity 7 or more, or strong "
            "wording when no intensity is given) and no offered fact is a fact",
        )

    @property
    def real_facts(self) -> tuple[Classification, ...]:
        """The offered facts that are facts (or contain one)."""
        return tuple(f for f in self.facts if _is_fact(f))

    @property
    def safety(self) -> frozenset[SafetyConcern]:
        """Safety concerns found in the feeling or any offered fact."""
        found = set(self.feeling.safety)
        for fact in self.facts:
            found |= fact.safety
        return frozenset(found)

    def _lines(self) -> list[str]:
        lines = [f"Feeling: {self.feeling.text} [{self.feeling.label.value}]"]
        if self.intensity is not None:
            lines.append(f"Intensity: {self.intensity}/10")
        for fact in self.facts:
            mark = "fact" if _is_fact(fact) else f"not a fact ({fact.label.value})"
            lines.append(f"  - {fact.text} [{mark}]")
        lines.append("Supported by a fact: " + ("yes" if self.supported else "no"))
        if self.big_feeling_without_fact:
            lines.append("A big feeling with no fact behind it: worth examining.")
        lines += ["", "Questions:"] + [f"  - {q.message}" for q in self.questions]
        return lines

    def __str__(self) -> str:
        return text_block(
            "Fact check", self._lines(), safety_first=bool(self.safety), resources=self.resources
        )

    def _repr_html_(self) -> str:
        body = (
            f"<p><strong>Feeling:</strong> {escape(self.feeling.text)} "
            f"({escape(self.feeling.label.value)})</p>"
        )
        if self.intensity is not None:
            body += f"<p><strong>Intensity:</strong> {self.intensity}/10</p>"
        if self.safety:
            body += (
                "<p><strong>Safety concerns:</strong> "
                + escape(", ".join(sorted(s.label for s in self.safety)))
                + "</p>"
            )
        body += html_list(
            f"{f.text} [{'fact' if _is_fact(f) else 'not a fact: ' + f.label.value}]"
            for f in self.facts
        )
        body += f"<p><strong>Supported by a fact:</strong> {'yes' if self.supported else 'no'}</p>"
        if self.big_feeling_without_fact:
            body += "<p>A big feeling with no fact behind it: worth examining.</p>"
        body += html_list(q.message for q in self.questions)
        return html_card(
            "Fact check", body, safety_first=bool(self.safety), resources=self.resources
        )


def _is_fact(classification: Classification) -> bool:
    return classification.label is StatementKind.FACT or (
        classification.label is StatementKind.MIXED and StatementKind.FACT in classification.parts
    )


# ---------------------------------------------------------------- functions


def classify(text: str, *, resources: tuple[CrisisResource, ...] | None = None) -> Classification:
    """Classify one statement as fact, feeling, interpretation, mixed or other.

    Args:
        text: One statement (a sentence or a short run of clauses). Any
            Unicode; an empty or blank string is ``other``.
        resources: Crisis resources to attach when a concern is found;
            ``None`` means the built-in :data:`~detachkit.DEFAULT_RESOURCES`.

    Returns:
        A :class:`Classification` with the label, its parts, the cues that
        fired (with spans into *text*), a confidence, safety concerns,
        thinking traps and, for faux feelings, the feelings underneath.

    Raises:
        InvalidInputError: If *text* is not a ``str``.

    >>> from detachkit.factfeeling import classify
    >>> result = classify("I feel so used.")
    >>> result.label.value, result.underlying_feelings
    ('interpretation', ('angry', 'hurt', 'resentful'))
    >>> sorted(c.value for c in classify("He grabbed my wrist so hard it bruised.").safety)
    ['violence']
    """
    gather(
        lambda: check_str("text", text),
        lambda: check_resource_list("resources", resources),
    )
    return _classify(text, check_resource_list("resources", resources))


# Records built by the classifier from its own, already valid values skip the
# attrs validators (see detachkit._validation.trusted); public construction
# stays validated.
_RULE_KINDS = {rule_id: rule.kind for rule_id, rule in CUE_RULES.items()}
_KINDS = {kind.value: kind for kind in StatementKind}
_TRAPS = {trap.value: trap for trap in ThinkingTrap}
_BY_RULE_AND_FIRST = itemgetter(0, 1)
_build_cue = trusted_builder(Cue, "kind", "text", "start", "end", "rule")


# A list marker, a checkbox, or both, at the very start of a statement:
# "- ", "* ", "• ", "1. ", "2) ", "[ ] ", "[x] ", "- [x] ". They are layout,
# not words. One anchored pass of simple classes: linear on any input.
_LIST_MARKER = re.compile(
    r"[ \t]*(?:(?:[-*+\u2022\u25e6\u25aa\u2023\u2013]|\d{1,3}[.)]|\[[ xX\u2713\u2714]?\])"
    r"(?:[ \t]+|$))*"
)


def _marker_length(text: str) -> int:
    """How many leading characters of *text* are a list or checkbox marker."""
    match = _LIST_MARKER.match(text)
    assert match is not None  # noqa: S101 - every part of the pattern is optional
    end = match.end()
    return end if end and not text[:end].isspace() else 0


def _reading(text: str) -> Reading:
    """The rules' reading of one statement, its list marker blanked out."""
    marker = _marker_length(text)
    # Blank the marker out rather than cut it, so every span stays an offset
    # into the text as given.
    return read_statement(" " * marker + text[marker:] if marker else text)


def _classify(text: str, resources: tuple[CrisisResource, ...], start: int = 0) -> Classification:
    reading = _reading(text)
    decision = decide(features(reading))
    label, parts = _label_and_parts(reading, decision)
    signals = _signals(reading, decision, text)
    safety = frozenset([signal.concern for signal in signals])
    interpreting = _INTERPRETATION in parts
    return trusted(
        Classification,
        text=text,
        label=label,
        parts=parts,
        cues=tuple(_cues(reading, text)),
        confidence=round(decision.probabilities[label.value], 2),
        safety=safety,
        traps=frozenset([_TRAPS[trap] for trap in reading.traps]) if interpreting else frozenset(),
        underlying_feelings=tuple(dict.fromkeys(reading.underlying)) if interpreting else (),
        resources=serving(resources, safety),
        start=start,
        end=start + len(text),
        safety_signals=signals,
        evidence=_evidence(reading, decision, text),
    )


_INTERPRETATION = StatementKind.INTERPRETATION
_CLAIMS = ("fact", "feeling", "interpretation")


def _label_and_parts(
    reading: Reading, decision: Decision
) -> tuple[StatementKind, frozenset[StatementKind]]:
    """The model's label, with parts kept consistent with it.

    The rules' parts stand when the rules agree; a plain label is its own
    part; a mixed label keeps the rules' claims and adds the model's likeliest
    claim kinds until there are two.
    """
    label = decision.label
    if label == reading.label:
        names = set(reading.parts)
    elif label != "mixed":
        names = {label}
    else:
        names = {part for part in reading.parts if part in _CLAIMS}
        for kind in sorted(_CLAIMS, key=lambda k: -decision.probabilities[k]):
            if len(names) < 2:
                names.add(kind)
    return _KINDS[label], frozenset([_KINDS[name] for name in names])


_RULE_CONCERN = {
    rule_id: _CUE_TO_CONCERN[kind]
    for rule_id, kind in _RULE_KINDS.items()
    if kind in _CUE_TO_CONCERN
}
_SEVERITY = {
    category: rank for names in SAFETY_CATEGORIES.values() for rank, category in enumerate(names)
}
_build_signal = trusted_builder(
    SafetySignal, "concern", "category", "text", "start", "end", "source"
)
_build_evidence = trusted_builder(Evidence, "feature", "weight", "text", "start", "end")


def _signals(reading: Reading, decision: Decision, text: str) -> tuple[SafetySignal, ...]:
    """One signal per concern: the most serious pattern match, else the model's flag."""
    tokens = reading.tokens
    best: dict[SafetyConcern, tuple[int, int, int, str, str]] = {}
    for rule, first, last, pattern_id in reading.safety_ids:
        concern = _RULE_CONCERN.get(rule)
        if concern is None:
            continue
        words = [token.norm for token in tokens[first : last + 1]]
        category = signal_category(pattern_id, words)
        rank = _SEVERITY[category]
        if concern not in best or rank < best[concern][0]:
            best[concern] = (rank, tokens[first].start, tokens[last].end, pattern_id, category)
    found = []
    for concern in SAFETY_CATEGORIES:
        if concern in best:
            _, begin, end, source, category = best[concern]
        elif decision.flags(concern.value):
            begin, end = 0, len(text)
            category, source = decision.categories[concern.value], MODEL_SOURCE
        else:
            continue
        found.append(_build_signal(concern, category, text[begin:end], begin, end, source))
    return tuple(found)


def _evidence(reading: Reading, decision: Decision, text: str) -> tuple[Evidence, ...]:
    tokens = reading.tokens
    found = []
    for name, weight, first, last in decision.evidence:
        begin, end = (0, len(text)) if first == WHOLE else (tokens[first].start, tokens[last].end)
        found.append(_build_evidence(name, weight, text[begin:end], begin, end))
    return tuple(found)


def _cues(reading: Reading, text: str) -> list[Cue]:
    """The rule matches of a reading as cues with spans into *text*, one per span and rule."""
    tokens = reading.tokens
    cues: list[Cue] = []
    if not tokens:
        return cues
    seen = set()
    top = len(tokens) - 1
    append = cues.append
    for rule_id, first_raw, last_raw in sorted(reading.matches, key=_BY_RULE_AND_FIRST):
        first = max(0, min(first_raw, top))
        last = max(first, min(last_raw, top))
        start = tokens[first].start
        end = tokens[last].end
        key = (rule_id, start, end)
        if key in seen:
            continue
        seen.add(key)
        append(_build_cue(_RULE_KINDS[rule_id], text[start:end], start, end, rule_id))
    return cues


_TEXTS_ALLOWED = "an array of strings (a list or tuple; not one string, bytes or a mapping)"


def _texts(
    name: str, texts: object, check: Check = check_str
) -> tuple[tuple[str, ...], list[InvalidInputError]]:
    """The items of a list of statements, and every problem found in it."""
    if isinstance(texts, (str, bytes, bytearray, Mapping)) or not isinstance(texts, Iterable):
        return (), [InvalidInputError(name, texts, _TEXTS_ALLOWED)]
    items = tuple(texts)
    errors = []
    for index, item in enumerate(items):
        try:
            check(f"{name}[{index}]", item)
        except InvalidInputError as err:
            errors.append(err)
    return items, errors


def _check_texts(name: str, texts: object) -> tuple[str, ...]:
    items, errors = _texts(name, texts)
    InvalidInputError.collect(errors)
    return items


def classify_many(
    texts: Iterable[str], *, resources: tuple[CrisisResource, ...] | None = None
) -> tuple[Classification, ...]:
    """Classify several statements, in order.

    Args:
        texts: An iterable of statements; a single ``str`` is refused (it
            would be read letter by letter).
        resources: As for :func:`classify`.

    Raises:
        InvalidInputError: If *texts* is a ``str`` or holds a non-``str``.

    >>> from detachkit.factfeeling import classify_many
    >>> [c.label.value for c in classify_many(["I'm exhausted.", "Should I call?"])]
    ['feeling', 'other']
    """
    items, errors = _texts("texts", texts)
    gather(
        lambda: InvalidInputError.collect(errors),
        lambda: check_resource_list("resources", resources),
    )
    chosen = check_resource_list("resources", resources)
    return tuple(_classify(text, chosen) for text in items)


_ABBREVIATIONS = frozenset(
    {"mr", "mrs", "ms", "dr", "st", "vs", "etc", "e.g", "i.e", "a.m", "p.m", "jr", "sr"}
)


def split_statements(entry: str) -> tuple[str, ...]:
    """Split a journal entry into statements (sentences), trimmed, in order.

    Sentences end at ``.``, ``!``, ``?`` or ``…`` followed by a space, and at
    line breaks; decimals, clock times and common abbreviations ("Dr.",
    "a.m.") do not end a sentence. Blank pieces are dropped.

    Raises:
        InvalidInputError: If *entry* is not a ``str``.

    >>> from detachkit.factfeeling import split_statements
    >>> split_statements("He left at 9.30 p.m. last night. I cried!\\nWhat now?")
    ('He left at 9.30 p.m. last night.', 'I cried!', 'What now?')
    """
    check_str("entry", entry)
    return tuple(_split(entry))


def _split(entry: str) -> list[str]:
    return [entry[start:end] for start, end in _spans(entry)]


def _spans(entry: str) -> list[tuple[int, int]]:
    """Where each statement of *entry* sits: trimmed, and without its list marker."""
    found = []
    for raw_start, raw_end in _sentence_spans(entry):
        start, end = _trimmed(entry, raw_start, raw_end)
        start, end = _trimmed(entry, start + _marker_length(entry[start:end]), end)
        if start < end:
            found.append((start, end))
    return found


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    """*start* and *end* moved past the whitespace at both edges of ``text[start:end]``."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _sentence_spans(entry: str) -> list[tuple[int, int]]:
    """The untrimmed spans between line breaks and sentence ends."""
    spans: list[tuple[int, int]] = []
    start = 0
    length = len(entry)
    index = 0
    while index < length:
        char = entry[index]
        if char in "\n\r":
            spans.append((start, index))
            start = index + 1
        elif char in ".!?…":
            end = index + 1
            while end < length and entry[end] in ".!?…\"'”\u2019)":
                end += 1
            if end >= length or entry[end] in " \t\n\r":
                word_start = entry.rfind(" ", start, index) + 1
                word = entry[word_start:index].lower().strip("(\"'")
                next_char = entry[end + 1] if end + 1 < length else ""
                if char == "." and (
                    word in _ABBREVIATIONS or (word in ("a.m", "p.m") and next_char.islower())
                ):
                    index = end
                    continue
                spans.append((start, end))
                start = end
            index = end
            continue
        index += 1
    spans.append((start, length))
    return spans


def analyze_entry(
    entry: str, *, resources: tuple[CrisisResource, ...] | None = None
) -> EntryAnalysis:
    """Split a journal entry into statements and classify each one.

    *resources* are attached, as in :func:`classify`, to every statement and
    to the entry when a concern is found (``None``: the built-in ones).

    Raises:
        InvalidInputError: If *entry* is not a ``str``.

    >>> from detachkit.factfeeling import analyze_entry
    >>> result = analyze_entry("She cancelled again. I'm gutted. She never cares.")
    >>> [s.label.value for s in result.statements]
    ['fact', 'feeling', 'interpretation']
    >>> result.counts.feeling
    1
    """
    gather(
        lambda: check_str("entry", entry),
        lambda: check_resource_list("resources", resources),
    )
    chosen = check_resource_list("resources", resources)
    statements = tuple(_classify(entry[a:b], chosen, a) for a, b in _spans(entry))
    totals = dict.fromkeys(("fact", "feeling", "interpretation", "mixed", "other"), 0)
    safety: set[SafetyConcern] = set()
    for statement in statements:
        totals[statement.label.value] += 1
        safety |= statement.safety
    return trusted(
        EntryAnalysis,
        entry=entry,
        statements=statements,
        counts=LabelCounts(**totals),
        safety=frozenset(safety),
        resources=serving(chosen, frozenset(safety)),
    )


def _is_big(feeling: Classification, intensity: int | None) -> bool:
    """A big feeling: rated 7 or more, or, unrated, put in strong words."""
    if intensity is not None:
        return intensity >= 7
    return _strong_wording(feeling)


def _strong_wording(classification: Classification) -> bool:
    tokens = tokenize(classification.text)
    for index, token in enumerate(tokens):
        tag = TAGS.get(token.norm, 0)
        if tag & Tag.STRONG:
            return True
        if token.upper and tag & Tag.EMOTION:
            return True
        if (
            tag & Tag.INTENSIFIER
            and index + 1 < len(tokens)
            and TAGS.get(tokens[index + 1].norm, 0) & Tag.EMOTION
        ):
            return True
    return classification.text.count("!") >= 2


def fact_check(
    feeling: str,
    facts: Iterable[str] = (),
    *,
    intensity: int | None = None,
    resources: tuple[CrisisResource, ...] | None = None,
) -> FactCheck:
    """Run the fact-vs-feeling exercise on a feeling and the facts offered for it.

    Args:
        feeling: What the person feels, in their words ("I feel guilty").
        facts: What they offer as the facts behind it. Each is classified:
            an interpretation offered as a fact does not count.
        intensity: How strong the feeling is, 0 to 10 (``None``: not rated).
        resources: As for :func:`classify`, for any concern in the feeling or the
            facts.

    Returns:
        A :class:`FactCheck`: which facts are facts, whether the feeling is
        supported, whether it is a big feeling without a fact, and the
        guiding questions of the exercise.

    Raises:
        InvalidInputError: If *feeling* is not a ``str``, *facts* is a
            ``str`` or holds a non-``str``, or *intensity* is not an int from
            0 to 10 (a bool is refused).

    >>> from detachkit.factfeeling import fact_check
    >>> check = fact_check("I feel so guilty", ["He can cook his own meals.",
    ...                    "He thinks I'm selfish."], intensity=8)
    >>> check.supported, check.big_feeling_without_fact
    (True, False)
    >>> [q.code for q in check.questions][:2]
    ['name_the_feeling', 'fact_behind_it']
    """
    offered, fact_errors = _texts("facts", facts, check_text)
    gather(
        lambda: check_text("feeling", feeling),
        lambda: InvalidInputError.collect(fact_errors),
        lambda: None if intensity is None else _check_intensity("intensity", intensity),
        lambda: check_resource_list("resources", resources),
    )
    chosen = check_resource_list("resources", resources)
    feeling_c = _classify(feeling, chosen)
    fact_cs = tuple(_classify(text, chosen) for text in offered)
    real = [f for f in fact_cs if _is_fact(f)]
    supported = bool(real)
    big_without = _is_big(feeling_c, intensity) and not supported
    return FactCheck(
        feeling=feeling_c,
        facts=fact_cs,
        intensity=intensity,
        supported=supported,
        big_feeling_without_fact=big_without,
        questions=_questions(feeling_c, fact_cs, intensity, supported, big_without),
        resources=serving(chosen, feeling_c.safety.union(*(f.safety for f in fact_cs))),
    )


def _questions(
    feeling: Classification,
    facts: tuple[Classification, ...],
    intensity: int | None,
    supported: bool,
    big_without: bool,
) -> tuple[Reason, ...]:
    out: list[Reason] = []
    if feeling.safety:
        out.append(
            Reason(
                "safety_first",
                "What you wrote touches on your safety. Please reach out to one of the "
                "resources below before working through this exercise.",
            )
        )
    if feeling.underlying_feelings:
        words = ", ".join(feeling.underlying_feelings)
        out.append(
            Reason(
                "name_the_feeling",
                f"Some of your words describe what you think was done to you. Underneath, "
                f"do you feel something like {words}? Try naming the feeling in one word.",
                subject="faux_feeling",
            )
        )
    else:
        out.append(
            Reason(
                "name_the_feeling",
                "Name the feeling in one or two words, and how strong it is from 0 to 10.",
            )
        )
    out.append(
        Reason(
            "fact_behind_it",
            "Is there a fact behind this feeling: something they actually did or said "
            "that a camera could have recorded?",
        )
    )
    for index, fact in enumerate(facts):
        if not _is_fact(fact):
            out.append(
                Reason(
                    "not_a_fact",
                    f'"{fact.text}" reads as {fact.label.value}, not a fact. What did they '
                    "actually do or say?",
                    subject=str(index),
                )
            )
    out.append(
        Reason(
            "source_of_feeling",
            "Where is this feeling really coming from: the request itself, or how they "
            "react when you say no (anger, silence, guilt-tripping)?",
        )
    )
    out.append(
        Reason(
            "capability_check",
            "Can they do this for themselves? If they can, the weight may be their "
            "reaction, not their need.",
        )
    )
    if intensity is not None or big_without:
        strength = f" ({intensity}/10)" if intensity is not None else ""
        out.append(
            Reason(
                "intensity_fits_facts",
                f"Does the strength of the feeling{strength} fit the facts you found?",
            )
        )
    if any(
        ThinkingTrap.FORTUNE_TELLING in f.traps or ThinkingTrap.MIND_READING in f.traps
        for f in (feeling, *facts)
    ):
        out.append(
            Reason(
                "threat_check",
                "Are you expecting a threat or reading their mind? How likely is it, "
                "judged only by what they have actually done?",
            )
        )
    out.append(
        Reason(
            "other_explanations",
            "What other explanations could fit the same facts?",
        )
    )
    if not supported:
        out.append(
            Reason(
                "feeling_allowed",
                "Your feeling is allowed either way. If no fact stands behind it, notice "
                "it, and decide what you need without acting on it yet.",
            )
        )
    return tuple(out)

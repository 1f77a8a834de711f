"""The matching logic of the fact-vs-feeling classifier.

The rule table itself (ids, names, summaries) lives in
:data:`detachkit.factfeeling.CUE_RULES`; this module applies those rules and
reports matches by rule id, with labels and traps as their string values.

How a statement is read:

1. :func:`~detachkit._tokens.tokenize` splits it into tokens with spans;
   every token gets the bit flags of the lexicons it belongs to.
2. The tokens are cut into clauses at punctuation and at conjunctions that
   open a new clause ("and", "but", "because", "when" + a subject, ...).
3. Each clause is read for its subject (the writer, their body, someone
   else, a thing, or none) and its cues; the strongest cue for that subject
   decides the clause's kind.
4. The clause kinds make the label: one kind is that label, two or more are
   ``mixed``; a question, plan or instruction at the head is ``other``; a
   feeling whose only trigger is habitual ("whenever he calls") stays a
   feeling.
5. Safety is read over the whole statement, independent of the label.

Everything is a constant number of dictionary look-ups per token, so the
time is linear in the length of the text.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from functools import reduce
from operator import or_

import attrs

from detachkit._factfeeling_safety import find_safety_ids
from detachkit._lexicon import FAUX_FEELINGS, PHRASES, TAGS, Tag
from detachkit._tokens import Token, tokenize

__all__ = ["FACT", "FEELING", "INTERPRETATION", "MIXED", "OTHER", "Reading", "read_statement"]


FACT = "fact"
FEELING = "feeling"
INTERPRETATION = "interpretation"
MIXED = "mixed"
OTHER = "other"


@attrs.define
class Reading:
    """What the matcher found in one statement (internal, mutable)."""

    tokens: list[Token]
    label: str
    parts: set[str]
    matches: list[tuple[str, int, int]]
    confidence: float
    self_harm: bool
    violence: bool
    traps: set[str]
    underlying: list[str]
    #: the safety and idiom matches, each ``(rule, first, last, pattern id)``
    safety_ids: list[tuple[str, int, int, str]]
    #: concern rows turned down by their context, each ``(rule, pattern id, first, last)``
    declined: list[tuple[str, str, int, int]]


# ---------------------------------------------------------------- helpers

_PHRASE_INDEX: dict[str, list[tuple[tuple[str, ...], int]]] = {}
for _words_, _tag_ in PHRASES:
    _PHRASE_INDEX.setdefault(_words_[0], []).append((_words_, _tag_))


def _word_set(text: str) -> frozenset[str]:
    return frozenset(text.split())


_EMOTION_DELETES: dict[str, str] = {}
_EMOTION_WORDS = frozenset(w for w, t in TAGS.items() if t & Tag.EMOTION and "-" not in w)
for _word in _EMOTION_WORDS:
    if len(_word) >= 6:
        for _k in range(len(_word)):
            _EMOTION_DELETES.setdefault(_word[:_k] + _word[_k + 1 :], _word)

# A word one letter longer than the longest emotion word cannot be one edit
# away from any of them: longer tokens (a pasted URL, a key held down) are
# never fuzzy-matched, which keeps the cost of a token linear in its length.
FUZZY_MAX_LENGTH = max(map(len, _EMOTION_WORDS)) + 1

# Words that carry no claim of their own: skipped when looking for a
# clause's subject, and (with the small quantifiers and time words below)
# when looking past a word for what it governs.
_SUBJECT_SKIP = frozenset(
    """
    just still also really then now even actually literally only basically
    totally lowkey highkey honestly tbh ngl well oh ok okay yeah so and but
    again already finally suddenly seriously truly clearly obviously currently
    anyway apparently guess maybe perhaps plus possibly probably
    """.split()
)
_FILLERS = (
    _SUBJECT_SKIP
    - {"anyway", "apparently", "guess", "maybe", "perhaps", "plus", "possibly", "probably"}
) | frozenset(
    """
    a always bit definitely kind kinda lately like little never of once pretty
    quite rather sort today tomorrow tonight yesterday
    """.split()
)
_SPLIT_ALWAYS = frozenset({"and", "but", "yet", "plus", "whereas", "though", "although"})
_SPLIT_IF_SUBJECT = frozenset(
    {
        "because",
        "cause",
        "since",
        "when",
        "whenever",
        "after",
        "before",
        "while",
        "until",
        "unless",
        "once",
        "if",
        "so",
        "which",
        "then",
        "even",
    }
)
_PUNCT_SPLIT = frozenset('.,;:!?—\u2013…()[]{}"“”|/')
_SENTENCE_END = frozenset(".!?…")
_QUOTES = frozenset({"'", '"', "“", "”", "\u2018", "\u2019"})
_HABITUAL_INTRO = frozenset({"whenever", "when", "if", "every", "each", "anytime"})
_CAUSAL_INTRO = frozenset({"because", "cause", "since", "as"})
# Evaluative words that name the writer's own state right after "feel".
_FELT_STATES = frozenset(
    "good bad great better worse fine okay ok terrible awful horrible rubbish crap shit".split()
)
_CONDITION_INTRO = _HABITUAL_INTRO | {"once", "until", "unless", "before", "after"}
_PRESENT_BE = frozenset({"am", "is", "are", "'s", "'re"})
_BE_FORMS = frozenset({"am", "is", "are", "was", "were", "be", "been", "being", "'s", "'re"})
_HAVE_FORMS = frozenset({"have", "has", "had", "'ve"})
_DO_FORMS = frozenset({"do", "does", "did"})
_SECOND_PERSON = frozenset({"you", "we", "us", "our", "your"})
_THING_SUBJECTS = frozenset(
    {
        "it",
        "this",
        "that",
        "everything",
        "nothing",
        "something",
        "things",
        "life",
        "today",
        "tonight",
        "work",
        "home",
        "there",
    }
)
_WE = frozenset({"we", "us", "our"})
_NEUTRAL_NOUNS_AFTER_A = frozenset(
    [
        "friend",
        "sister",
        "brother",
        "mother",
        "father",
        "mom",
        "dad",
        "nurse",
        "teacher",
        "doctor",
        "student",
        "kid",
        "child",
        "parent",
        "nurse",
        "lawyer",
        "boss",
        "manager",
        "coworker",
        "colleague",
        "neighbour",
        "neighbor",
        "roommate",
        "partner",
        "wife",
        "husband",
        "girlfriend",
        "boyfriend",
        "member",
        "lot",
        "few",
        "couple",
        "bit",
        "while",
        "week",
        "day",
        "month",
        "year",
        "minute",
        "hour",
        "time",
        "call",
        "text",
        "letter",
        "message",
    ]
)
_OUTCOME_VERBS = frozenset(
    [
        "end",
        "be",
        "die",
        "lose",
        "regret",
        "fail",
        "never",
        "always",
        "get",
        "find",
        "become",
        "stay",
        "ruin",
        "suffer",
    ]
)
_VOLITIONAL = frozenset(
    [
        "open",
        "lend",
        "borrow",
        "pay",
        "drive",
        "host",
        "attend",
        "ring",
        "phone",
        "apply",
        "collect",
        "hand",
        "call",
        "tell",
        "text",
        "leave",
        "go",
        "stop",
        "block",
        "unblock",
        "see",
        "ask",
        "say",
        "talk",
        "write",
        "message",
        "email",
        "move",
        "pack",
        "change",
        "delete",
        "mute",
        "unfollow",
        "return",
        "take",
        "give",
        "make",
        "book",
        "schedule",
        "meet",
        "visit",
        "cancel",
        "skip",
        "quit",
        "start",
        "try",
        "keep",
        "sleep",
        "eat",
        "walk",
        "run",
        "hang",
        "answer",
        "reply",
        "respond",
        "buy",
        "sell",
        "send",
        "put",
        "set",
        "focus",
        "spend",
        "stay",
        "only",
        "not",
        "never",
        "also",
        "just",
        "limit",
        "protect",
        "bring",
        "pick",
        "drop",
        "speak",
        "sit",
        "wait",
        "rest",
        "read",
        "print",
        "save",
        "sign",
        "file",
        "report",
        "contact",
        "find",
        "invite",
        "decline",
        "refuse",
        "let",
        "get",
    ]
)
_PLAN_MARKERS = frozenset({"will", "'ll", "shall"})
_WILL_MARKERS = frozenset({"will", "'ll", "shall", "going", "gonna"})
# Outcomes that happen to the writer rather than acts they choose:
# "I'll probably cave", "I'll crack and text him" are predictions (rule 4).
_NON_AGENCY = _word_set(
    """
    cave crack snap break fall fail lose die regret suffer explode crumble forget panic
    freak collapse relapse mess screw end drown lie
    """
)
_FORESEEING = frozenset({"know", "bet", "sure", "certain", "probably", "prolly", "inevitably"})
_NOT_ACTION_TAGS = (
    Tag.EMOTION
    | Tag.EMOTION_VERB
    | Tag.MIND
    | Tag.HEDGE
    | Tag.ABSOLUTE
    | Tag.COPULA
    | Tag.NEGATION
    | Tag.DETERMINER
    | Tag.PREPOSITION
    | Tag.FIRST_PRONOUN
    | Tag.THIRD_PRONOUN
    | Tag.PERSON
    | Tag.LABEL
    | Tag.FUTURE
    | Tag.MODAL
    | Tag.TIME
    | Tag.NUMBER
    | Tag.SENSATION
    | Tag.INTENSIFIER
)
_INTENT_VERBS = frozenset(
    {
        "plan",
        "planning",
        "need",
        "have",
        "intend",
        "going",
        "gonna",
        "want",
        "wanna",
        "mean",
        "promise",
        "decided",
        "decide",
        "got",
    }
)
_PLAN_WORDS = _PLAN_MARKERS | _INTENT_VERBS | {"getting"}
_TIME_HEADS = frozenset(
    [
        "tomorrow",
        "tonight",
        "today",
        "next",
        "from",
        "later",
        "soon",
        "then",
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "weekend",
        "morning",
        "after",
        "before",
        "this",
    ]
)
_SPECIFIC_TIME = frozenset(
    [
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "mon",
        "tue",
        "tues",
        "wed",
        "thu",
        "thurs",
        "fri",
        "sat",
        "sun",
        "january",
        "february",
        "march",
        "april",
        "may",
        "may_month",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
        "jan",
        "feb",
        "mar",
        "apr",
        "aug",
        "sept",
        "oct",
        "nov",
        "dec",
        "yesterday",
        "today",
        "tonight",
        "tomorrow",
        "a.m.",
        "p.m.",
        "o'clock",
        "midnight",
        "noon",
        "christmas",
        "thanksgiving",
        "easter",
        "birthday",
        "anniversary",
        "ago",
    ]
)
_NUMBER_NEEDS_TIME = frozenset({"one", "first", "second", "third", "half"})
_NOT_VERBS_ED = frozenset(
    [
        "need",
        "needed",
        "bed",
        "red",
        "shed",
        "wed",
        "sled",
        "seed",
        "feed",
        "weed",
        "breed",
        "speed",
        "indeed",
        "hundred",
        "kindred",
        "sacred",
        "naked",
        "wicked",
        "wretched",
        "ragged",
        "rugged",
        "crooked",
    ]
)
_CAN = frozenset({"can", "could"})
_RECORD_WORDS = frozenset(
    [
        "diagnosed",
        "prescribed",
        "file",
        "record",
        "records",
        "receipt",
        "receipts",
        "report",
        "reported",
        "screenshot",
        "screenshots",
        "invoice",
        "court",
        "court-ordered",
        "filed",
        "documented",
        "logged",
        "registered",
        "signed",
    ]
)
_FEEL_SKIP = frozenset(
    [
        "so",
        "really",
        "very",
        "kind",
        "sort",
        "of",
        "a",
        "bit",
        "little",
        "pretty",
        "quite",
        "super",
        "totally",
        "completely",
        "kinda",
        "just",
        "extremely",
        "incredibly",
        "deeply",
        "weirdly",
        "oddly",
        "strangely",
        "honestly",
        "utterly",
        "somewhat",
        "slightly",
        "mostly",
        "rather",
        "too",
        "this",
        "such",
        "more",
        "less",
        "much",
        "even",
        "still",
    ]
)
_FEEL_LIKE_FEELINGS = frozenset(
    [
        "crap",
        "shit",
        "garbage",
        "death",
        "hell",
        "trash",
        "dirt",
        "rubbish",
        "poop",
        "warmed",
        "over",
        "nothing",
    ]
)
_PERSONAL_THIRD = frozenset({"he", "she", "they", "him", "her", "them", "someone", "somebody"})
_OBJ_ME = frozenset({"me", "my", "myself"})


# Verbs that judge what someone did rather than describe it: said of someone
# else they stay interpretations ("he manipulated me"), while the other faux
# words used as active verbs are behaviour ("she ignored my calls").
_EVALUATIVE_VERBS = _word_set(
    """
    overreact overreacts overreacted overreacting
    disrespect disrespects disrespected disrespecting manipulate manipulates
    manipulated manipulating gaslight gaslights gaslit gaslighted gaslighting
    betray betrays betrayed betraying control controls controlled exploit
    exploits exploited exploiting belittle belittles belittled belittling
    patronise patronises patronised patronising patronize patronizes patronized
    patronizing neglect neglects neglected neglecting smother smothers
    smothered smothering isolate isolates isolated isolating bully bullies
    bullied bullying deceive deceives deceived deceiving trick tricks tricked
    tricking provoke provokes provoked provoking intimidate intimidates
    intimidated intimidating violate violates violated violating wrong wrongs
    wronged dismiss dismisses dismissed dismissing stonewall stonewalls
    stonewalled stonewalling silence silences silenced silencing micromanage
    micromanages micromanaged micromanaging sideline sidelines sidelined
    disregard disregards disregarded disregarding guilt-trip guilt-trips
    guilt-tripped guilt-tripping undermine undermines undermined undermining
    invalidate invalidates invalidated invalidating demean demeans demeaned
    demeaning punish punishes punished punishing taunt taunts taunted taunting bait
    baits baited baiting toying humiliate humiliates humiliated humiliating
    """
)
# Verbs that judge only with a person as object: "uses me" (not "used my car").
_PERSON_EVALUATIVE_VERBS = frozenset(
    {
        "use",
        "uses",
        "used",
        "using",
        "play",
        "plays",
        "played",
        "playing",
        "owned",
        "test",
        "tests",
        "tested",
        "testing",
    }
)
_PERSON_OBJECTS = frozenset({"me", "us", "him", "her", "them", "you", "everyone", "people"})
# Faux words that are also plain past-tense verbs ("she rejected my offer").
_FAUX_VERB_FORMS = frozenset(
    {word for word in FAUX_FEELINGS if word.endswith("ed") and not word.startswith("un")}
    - {"overworked", "underappreciated", "undervalued", "guilt-tripped", "second-guessed"}
    | {"misunderstood"}
)
# Adverbs that may sit between a subject and its verb.
_ADVERBS_BEFORE_VERB = _word_set(
    """
    just always never constantly really literally basically actually also still
    even then again completely totally deliberately purposely intentionally
    openly publicly repeatedly simply straight kind of sort ever once only
    """
)
_NOT_SUBJECTS = frozenset({"me", "my", "him", "them", "us", "myself", "to", "and", "or"})
_PASSIVE_MARKERS = frozenset(
    {"get", "gets", "got", "getting", "been", "being", "become", "became", "feel", "felt"}
)
# Attitudes and stances: said of someone else they are mind reading (rule 4),
# with or without a negation ("she doesn't respect me").
_ATTITUDE_VERBS = _word_set(
    """
    respect value appreciate trust admire understand care love like want need
    deserve believe mind
    """
)
_NEGATION_SKIP = frozenset({"even", "really", "ever", "actually", "truly", "genuinely", "once"})
# "..., which shows how little I matter": a conclusion drawn from a fact.
_CONCLUSION_VERBS = _word_set(
    """
    shows show proves proved prove says tells confirms confirmed suggests speaks
    means goes
    """
)
_CONCLUSION_HEADS = frozenset({"which", "that", "this", "it"})
_CONSEQUENCE_VERBS = frozenset({"have", "has", "had", "need", "needs", "got", "get"})
# "He only calls when he needs something": a restrictive generalisation.
_RESTRICTIVE_NOT_VERB = _word_set(
    """
    to one child kid person thing way reason friend because a an the my his her
    their for in on at if when after once just about
    """
)
_ROLE_WORDS = frozenset(
    {"useful", "needed", "wanted", "helpful", "convenient", "available", "necessary", "handy"}
)
# Greetings built on an emotion-looking word: "Happy Monday!", "Merry Christmas".
_GREETING_HEADS = frozenset({"happy", "merry", "good", "lovely", "belated", "blessed"})
_HELLOS = _word_set("hi hello hey hiya howdy evening morning")
_OCCASIONS = _word_set(
    """
    birthday christmas xmas holidays holiday easter thanksgiving halloween
    anniversary new year morning afternoon evening night day weekend friday
    monday tuesday wednesday thursday saturday sunday mothers fathers
    mother's father's valentine's valentines hanukkah diwali eid
    """
)
_GREETING_TAIL = frozenset(
    {"to", "me", "you", "us", "all", "everyone", "journal", "diary", "myself", "and", "a"}
)
# A "never" anchored to one concrete event or object is a fact, not an absolute.
_EVENT_NOUNS = _word_set(
    """
    wedding funeral party graduation ceremony recital game match concert show
    appointment interview hearing reunion shower christening baptism trip
    holiday vacation dinner lunch date meeting court surgery operation hospital
    money loan deposit rent bill invoice keys key deposit dollars pounds euros
    bucks quid breakup divorce separation fight argument row
    """
)
# "during the meeting", "all through Tuesday's dinner", "the whole time at her
# parents'": a feeling held over one occasion (rule 16).
_OCCASION_WORDS = frozenset({"during", "through", "throughout", "at", "whole"})
_HABITUAL_WORDS = _word_set("always whenever every usually often anytime each normally")
_RETURN_VERBS = frozenset(
    {"returned", "repaid", "refunded", "reimbursed", "signed", "collected", "delivered"}
)
_PARTICLE_ANCHORS = frozenset({"back"})

_KILL_WORDS = frozenset(
    {"kill", "kills", "killed", "killing", "murder", "murdered", "murders", "murdering", "strangle"}
)


def _tags_for(tokens: list[Token], norms: list[str]) -> list[int]:
    """Look up the flags of every token, plus phrases and simple shapes."""
    tags: list[int] = []
    append = tags.append
    get = TAGS.get
    shapes = _SHAPE_CACHE
    prev_end = -1
    for index, norm in enumerate(norms):
        tag = get(norm, 0)
        if not tag:
            shape = shapes.get(norm)
            if shape is None:
                shape = _shape(norm)
            tag = shape[0]
            if not tag:
                token = tokens[index]
                raw = token.raw
                if (
                    index > 0
                    and raw[:1].isupper()
                    and not token.upper
                    and raw.isalpha()
                    and norms[index - 1] not in _SENTENCE_END
                    and token.start != prev_end
                ):
                    tag = Tag.PERSON
                else:
                    tag = shape[1]
        elif index > 0 and (
            (norm == "'s" and _possessive(tokens, index))
            or (norm == "will" and _after_possessive(tokens, tags, index))
        ):
            tag = 0
        if norm == "long" and index and norms[index - 1] in _DURATION_BEFORE:
            tag = 0  # "for staying so long", "how long": a duration, not a longing
        if tag & _AMBIGUOUS_TAGS:
            if norm in _HARM_ACTS and _own_harm_act(norms, tags, index):
                tag = Tag.PAST_ACTION  # "I burned my arm": the writer's act, not a mood
            elif (
                tag & Tag.EMOTION
                and norm in _AMBIGUOUS_EMOTION
                and (not _after_feel(tokens, index) or _object_after(norms, tags, index))
                and not _emotion_noun(norms, index)
            ):
                tag &= ~Tag.EMOTION
                if (
                    norm.endswith("ed")
                    and index
                    and tags[index - 1] & (Tag.PERSON | Tag.THIRD_PRONOUN)
                ):
                    tag = Tag.PAST_ACTION  # "my cousin wrecked the car": an act, not a mood
            if (
                tag & Tag.SENSATION
                and norm in _AMBIGUOUS_SENSATION
                and not _body_around(tokens, index)
            ):
                tag &= ~Tag.SENSATION
        append(tag)
        prev_end = tokens[index].end
    if not any(token.raw[:1].isupper() for token in tokens):
        _caseless_names(norms, tags)
    # phrases
    if _PHRASE_INDEX.keys().isdisjoint(norms):
        return tags
    count = len(tokens)
    for index in range(count):
        candidates = _PHRASE_INDEX.get(norms[index])
        if not candidates:
            continue
        for words, tag in candidates:
            size = len(words)
            if index + size <= count and tuple(norms[index : index + size]) == words:
                for k in range(index, index + size):
                    tags[k] |= tag
    return tags


_AMBIGUOUS_TAGS = Tag.EMOTION | Tag.SENSATION


def _caseless_names(norms: list[str], tags: list[int]) -> None:
    """Mark names in text written without capitals (LABELING.md rule 13).

    "when jenna finally paid me back": an unknown word after a clause
    opener and before a past-tense verb is a person, as "Jenna" would be.
    """
    count = len(norms)
    for index in range(1, count - 1):
        word = norms[index]
        if tags[index] or not word.isalpha() or len(word) < 2 or word.endswith("ly"):
            continue
        if norms[index - 1] not in _SPLIT_ALWAYS and norms[index - 1] not in _SPLIT_IF_SUBJECT:
            continue
        nxt = index + 1
        while nxt < count - 1 and (norms[nxt] in _ADVERBS_BEFORE_VERB or norms[nxt].endswith("ly")):
            nxt += 1
        if tags[nxt] & Tag.PAST_ACTION or norms[nxt].endswith("ed"):
            tags[index] = Tag.PERSON


# Verbs that are a feeling ("I feel burned", "I'm hurt") or, with the writer
# as subject and their own body as object, an act (FF203).
_HARM_ACTS = _word_set("burned burnt burn hurt cut scratched hit")
_LIMBS = _word_set("arm arms wrist wrists thigh thighs leg finger fingers hands")


def _own_harm_act(norms: list[str], tags: list[int], index: int) -> bool:
    """ "I burned my arm", "I hurt myself again": the writer's own act on their body."""
    if index == 0 or index + 1 >= len(norms):
        return False
    if norms[index - 1] != "i" and (index < 2 or norms[index - 2] != "i"):
        return False
    nxt = norms[index + 1]
    if nxt == "myself":
        return True
    if nxt != "my" or index + 2 >= len(norms):
        return False
    part = norms[index + 2]
    return part in _LIMBS or bool(TAGS.get(part, 0) & Tag.BODY_PART)


# A bounded memo of _shape (a pure function of the word).
_SHAPE_CACHE: dict[str, tuple[int, int]] = {}
_SHAPE_CACHE_LIMIT = 50_000
# Words longer than this are not kept, so the memo's memory stays bounded.
_SHAPE_CACHE_WORD_LENGTH = 64


def _shape(norm: str) -> tuple[int, int]:
    """The flags of a word no lexicon knows, from its shape alone.

    The first flags hold whatever the context; the second apply unless the
    word turns out to be a capitalised name (decided by the caller).
    """
    first = norm[0]
    if first.isdigit() or first in "$£€":
        shape = (Tag.NUMBER, 0)
    elif "-" in norm and _hyphenated(norm):
        shape = (_hyphenated(norm), 0)
    elif len(norm) > 4 and norm.endswith("ed") and norm not in _NOT_VERBS_ED:
        shape = (Tag.PAST_ACTION, 0)
    elif "-" in norm:
        # a capitalised name has no hyphen, so nothing to decide later
        shape = (0, 0)
    elif len(norm) >= 5 and norm.isalpha():
        shape = (0, _fuzzy_emotion(norm))
    else:
        shape = (0, 0)
    if len(norm) <= _SHAPE_CACHE_WORD_LENGTH:
        if len(_SHAPE_CACHE) >= _SHAPE_CACHE_LIMIT:
            _SHAPE_CACHE.clear()
        _SHAPE_CACHE[norm] = shape
    return shape


_AMBIGUOUS_EMOTION = frozenset(
    [
        "light",
        "lost",
        "free",
        "warm",
        "cold",
        "strong",
        "whole",
        "fine",
        "ok",
        "okay",
        "better",
        "worse",
        "off",
        "stuck",
        "broken",
        "trapped",
        "beat",
        "spent",
        "fried",
        "burned",
        "burnt",
        "shattered",
        "wiped",
        "flat",
        "blank",
        "raw",
        "sore",
        "heavy",
        "loved",
        "safe",
        "secure",
        "settled",
        "content",
        "down",
        "low",
        "blue",
        "hurt",
        "crushed",
        "empty",
        "hollow",
        "torn",
        "sick",
        "small",
        "weird",
        "odd",
        "tired",
        "exhausted",
        "drained",
        "comfortable",
        "cozy",
        "capable",
        "interested",
        "curious",
        "keen",
        "wrecked",
        "done",
    ]
)
_AMBIGUOUS_SENSATION = frozenset(
    [
        "pounds",
        "drops",
        "drop",
        "sinks",
        "races",
        "flips",
        "flip",
        "hot",
        "cold",
        "weight",
        "pressure",
        "tension",
        "pain",
        "hurts",
        "sank",
        "dropped",
        "flipped",
        "raced",
        "sore",
        "stiff",
        "frozen",
        "froze",
        "burning",
        "heavy",
        "tight",
        "tighter",
        "knot",
        "lump",
        "flutter",
        "shallow",
    ]
)
# Verbs of feeling and being that make an ambiguous emotion word a feeling
# ("felt *hollow*", "I'm *flat*").
_FEEL_VERBS = frozenset(
    """
     feel feels felt feeling am 'm was were been get got getting become became
     me 're are
    """.split()
)
# What may stand between such a verb and the emotion word.
_FEEL_WORDS = _FEEL_VERBS | frozenset(
    """
     so too very really just i is 's kinda pretty quite totally completely
     utterly bit little super extremely honestly weirdly strangely oddly still
     all and but or lowkey deeply incredibly sort kind of a makes made make
     leaves left leave dead bone-deep emotionally physically mentally more less this bone
    """.split()
)


def _after_feel(tokens: list[Token], index: int) -> bool:
    """An ambiguous emotion word counts after feel/be or at a fragment's start."""
    probe = index - 1
    steps = 0
    while probe >= 0 and steps < 4:
        norm = tokens[probe].norm
        if norm in _FEEL_VERBS:
            return True
        if norm in _SENTENCE_END or norm in (",", ";", ":"):
            return True
        if norm not in _FEEL_WORDS:
            return False
        probe -= 1
        steps += 1
    return probe < 0


_DURATION_BEFORE = frozenset({"so", "too", "how", "as", "that", "very", "this", "for", "all"})


def _object_after(norms: list[str], tags: list[int], index: int) -> bool:
    """ "Lost the appeal", "I lost six kilos": a verb with its object, not a state;
    "better off (without her)": a verdict, not a mood."""
    if index + 1 >= len(norms):
        return False
    after = norms[index + 1]
    if norms[index] == "better":
        return after == "off"
    if index and norms[index - 1] in _FEEL_VERBS:
        return False  # "I feel lost the whole time"
    return after in ("the", "my", "his", "her", "our", "their") or bool(
        TAGS.get(after, 0) & Tag.NUMBER
    )


def _emotion_noun(norms: list[str], index: int) -> bool:
    """ "the hurt hasn't faded", "that heavy feeling is back": an emotion as a subject."""
    return (
        0 < index < len(norms) - 1
        and norms[index - 1] in ("the", "this", "that", "all")
        and norms[index + 1] in _NOUN_SUBJECT_NEXT
    )


_NOUN_SUBJECT_NEXT = _word_set("is was has had will 's never still just keeps comes goes")


def _body_around(tokens: list[Token], index: int) -> bool:
    """A body part near an ambiguous sensation word, or "I went (completely) cold"."""
    for probe in range(max(0, index - 4), min(len(tokens), index + 4)):
        if TAGS.get(tokens[probe].norm, 0) & Tag.BODY_PART:
            return True
    probe = index - 1
    while probe > 0 and tokens[probe].norm in _DEGREE_WORDS:
        probe -= 1
    return tokens[probe].norm in _TURNING and probe > 0 and tokens[probe - 1].norm == "i"


# "I went cold", "I turned hot": the writer's body changing
_TURNING = frozenset({"went", "go", "goes", "turned", "turn", "ran", "run", "grow", "grew"})
_DEGREE_WORDS = frozenset({"completely", "totally", "all", "really", "so", "very", "just", "stone"})


_PRONOUNS = frozenset(
    {
        "he",
        "she",
        "it",
        "that",
        "there",
        "what",
        "who",
        "this",
        "where",
        "here",
        "how",
        "everyone",
        "nobody",
        "someone",
        "everything",
        "nothing",
        "let",
    }
)
_COPULA_NEXT = frozenset(
    {
        "not",
        "so",
        "been",
        "going",
        "gonna",
        "always",
        "never",
        "just",
        "such",
        "really",
        "too",
        "still",
        "a",
        "an",
        "the",
        "being",
        "got",
        "very",
        "totally",
        "completely",
        "probably",
        "definitely",
        "clearly",
        "obviously",
        "back",
        "gone",
        "out",
        "home",
        "here",
        "there",
        "in",
        "on",
        "at",
    }
)


def _possessive(tokens: list[Token], index: int) -> bool:
    """Whether a clitic ``'s`` is a possessive ("Mom's car") rather than "is"/"has"."""
    if tokens[index - 1].norm in _PRONOUNS:
        return False
    if index + 1 >= len(tokens):
        return False
    nxt = tokens[index + 1].norm
    if nxt in _COPULA_NEXT or nxt.endswith(("ing", "ed", "ly")):
        return False
    tag = TAGS.get(nxt, 0)
    return not tag & (
        Tag.EMOTION
        | Tag.LABEL
        | Tag.DETERMINER
        | Tag.FAUX
        | Tag.PREPOSITION
        | Tag.NEGATION
        | Tag.ABSOLUTE
        | Tag.INTENSIFIER
        | Tag.HEDGE
    )


_POSSESSIVES = frozenset({"his", "her", "their", "my", "our", "your", "the", "a", "free", "own"})


def _after_possessive(tokens: list[Token], tags: list[int], index: int) -> bool:
    """ "her will", "Grandma's will": the noun, not the modal."""
    prev = tokens[index - 1].norm
    return prev in _POSSESSIVES or (prev == "'s" and tags[index - 1] == 0)


def _hyphenated(norm: str) -> int:
    parts = norm.split("-")
    if parts[-1] == "ish" and parts[0] in TAGS:
        return TAGS[parts[0]]
    if parts[0] and parts[0][0].isdigit():
        return Tag.NUMBER
    if all(TAGS.get(part, 0) & Tag.NUMBER for part in parts):
        # "seventy-eight", "twenty-one"
        return Tag.NUMBER
    if parts[0] in ("bone", "dead", "super", "so") and TAGS.get(parts[-1], 0) & (
        Tag.EMOTION | Tag.SENSATION
    ):
        return TAGS[parts[-1]]  # "bone-tired", "dead-tired": the feeling, intensified
    if parts[0] in (
        "self",
        "over",
        "under",
        "two",
        "one",
        "half",
        "hot",
        "cold",
        "short",
        "bad",
        "hard",
        "narrow",
        "small",
        "big",
        "thin",
        "pig",
        "mean",
        "ill",
        "bone",
    ):
        return Tag.LABEL
    if parts[-1] in TAGS:
        return TAGS[parts[-1]] & (Tag.EMOTION | Tag.LABEL | Tag.PERSON)
    return 0


def _fuzzy_emotion(norm: str) -> int:
    """Match a misspelt emotion word one edit away ("anxous", "lonley")."""
    if len(norm) > FUZZY_MAX_LENGTH or norm.endswith(("ing", "ly")):
        return 0
    # Typists keep the first letter: "pension" is no misspelt "tension".
    missing = _EMOTION_DELETES.get(norm, "")
    if len(missing) >= 7 and missing[0] == norm[0]:
        return Tag.EMOTION
    if norm.endswith("s"):
        return 0
    if len(norm) < 7:
        return 0
    for k in range(len(norm)):
        shorter = norm[:k] + norm[k + 1 :]
        swapped = _EMOTION_DELETES.get(shorter, "")
        if shorter in _EMOTION_WORDS or (len(swapped) == len(norm) and swapped[0] == norm[0]):
            return Tag.EMOTION
    return 0


def _quoted(tokens: list[Token], norms: list[str]) -> list[bool]:
    """Mark tokens inside quotation marks."""
    inside = [False] * len(tokens)
    if _QUOTES.isdisjoint(norms):
        return inside
    open_at = -1
    for index, token in enumerate(tokens):
        if token.norm not in _QUOTES:
            continue
        nxt = tokens[index + 1] if index + 1 < len(tokens) else None
        prv = tokens[index - 1] if index > 0 else None
        opens = (
            nxt is not None
            and nxt.start == token.end
            and (prv is None or prv.end < token.start or prv.norm in _PUNCT_SPLIT)
        )
        closes = prv is not None and prv.end == token.start
        if open_at < 0 and opens:
            open_at = index
        elif open_at >= 0 and (closes or token.norm in {'"', "”"}):
            for k in range(open_at, index + 1):
                inside[k] = True
            open_at = -1
    return inside


# ---------------------------------------------------------------- clauses


class _Clause:
    """A clause: token range, the word that opened it and what was found."""

    __slots__ = (
        "conditional",
        "end",
        "intro",
        "kind",
        "matches",
        "start",
        "subject",
        "swallowed",
    )

    def __init__(self, start: int, end: int, intro: str, conditional: bool = False) -> None:
        self.start = start
        self.end = end
        self.intro = intro
        self.conditional = conditional
        self.kind: str | None = None
        self.matches: list[tuple[str, int, int]] = []
        self.subject = "none"
        self.swallowed = False


def _subject_like(tag: int, norm: str) -> bool:
    return bool(
        tag & (Tag.THIRD_PRONOUN | Tag.FIRST_PRONOUN | Tag.PERSON | Tag.DETERMINER)
    ) or norm in ("we", "you", "there", "it", "i")


def _split_clauses(  # noqa: PLR0915 - the clause cuts read as one table
    tokens: list[Token], tags: list[int], quoted: list[bool]
) -> list[_Clause]:
    clauses: list[_Clause] = []
    start = 0
    intro = ""
    conditional = False
    count = len(tokens)
    index = 0
    while index < count:
        norm = tokens[index].norm
        if quoted[index]:
            index += 1
            continue
        cut = False
        skip = 1
        new_intro = ""
        if index == start and norm in _OPENERS:
            opener = _opener_length(tokens, index)
            after = index + opener
            if opener and after < count and norm in _LOOKING and tokens[after].norm in _LOOKED_AT:
                # "looking back on the whole ten years, ...": the frame runs to the comma
                after = next(
                    (
                        m
                        for m in range(after, min(count, after + _FRAME_SPAN))
                        if tokens[m].norm == ","
                    ),
                    after,
                )
            if (
                opener
                and after < count
                and (
                    tokens[after].norm in (",", ":")
                    or _subject_like(tags[after], tokens[after].norm)
                    or tokens[after].norm in _SUBJECT_SKIP
                )
            ):
                # "deep down | I still miss him": the frame is no part of the claim
                clauses.append(_Clause(start, after, _FRAME, conditional))
                start = index = after
                continue
        if norm == "," and _listed_adjectives(tokens, tags, index, start):
            pass  # "a selfish, hopeless daughter": one description, not two clauses
        elif (
            norm in _PUNCT_SPLIT
            or (norm == "-" and index > 0 and tokens[index - 1].end < tokens[index].start)
            or (
                norm in _SPLIT_ALWAYS
                and index > start
                and not (norm == "though" and tokens[index - 1].norm in ("as", "even"))
                # "nothing but a burden", "anything but kind": "but" as "except"
                and not (norm == "but" and tokens[index - 1].norm in _BUT_EXCEPT)
            )
        ):
            cut = True
            new_intro = norm
        elif norm in _SPLIT_IF_SUBJECT:
            nxt = index + 1
            while nxt < count and tokens[nxt].norm in ("then", "just", "still", "also", "now"):
                nxt += 1
            if (
                nxt < count
                and _subject_like(tags[nxt], tokens[nxt].norm)
                and not (norm == "so" and tokens[nxt].norm in ("much", "many", "far", "long"))
            ):
                prev = tokens[index - 1].norm if index > 0 else ""
                if not (norm == "if" and prev in ("as", "even", "what")):
                    cut = True
                    new_intro = norm
        elif (
            index > start
            and tags[index - 1] & (Tag.EMOTION | Tag.EMOTION_VERB)
            and (norm == "that" or tags[index - 1] & Tag.EMOTION)
            and _emotion_that(tokens, tags, index)
        ):
            # "I'm sad that we don't talk": the emotion and what it is about
            cut = True
            new_intro = "that"
            skip = 1 if norm == "that" else 0
        elif (
            norm == "that"
            and index + 1 < count
            and tokens[index + 1].norm in _CLAUSE_SUBJECTS
            and _so_emotion(tokens, tags, start, index)
        ):
            # "I was so anxious at the wedding | that I left early": a feeling and its result
            cut = True
            new_intro = "that"
        elif norm == "that" and _it_feels(tokens, start, index) and index + 1 < count:
            # "it stings | that she forgot": the feeling and what it is about
            cut = True
            new_intro = "that"
        elif norm in _GERUND_LINKS and _gerund_trigger(tokens, tags, index, start):
            # "proud of myself for leaving early yesterday": the feeling and its event
            cut = True
            new_intro = norm
        elif intro in _SUBORDINATORS and _main_clause_starts(tokens, tags, index, start, intro):
            cut = True
            new_intro = ","
            skip = 0
        elif (
            norm in _HOPING
            and index - start >= 2
            and index + 1 < count
            and tokens[index + 1].norm in _CLAUSE_SUBJECTS
        ):
            # "I took extra pills last night | hoping I wouldn't wake up": an act and a wish
            cut = True
            new_intro = ","
            skip = 0
        elif (
            norm in _CLAUSE_SUBJECTS
            and index - start >= 3
            and tokens[index - 1].norm in _QUOTES
            and quoted[index - 2]
        ):
            # "When she said 'no one else would have you,' | I went cold": after the quote
            cut = True
            new_intro = ","
            skip = 0
        elif (
            norm in ("as", "while")
            and index - start >= 2
            and index + 2 < count
            and tokens[index + 1].norm in _CLAUSE_SUBJECTS
            and tags[index + 2] & (Tag.PAST_ACTION | Tag.SPEECH)
            and tokens[index + 2].norm not in ("said", "say", "says")
        ):
            # "my legs went to jelly | as I typed 'we're done'": a feeling and its moment
            cut = True
            new_intro = "when"
        elif (
            norm == "i"
            and index - start >= 3
            and tokens[index - 1].norm in _RUN_ON_ENDS
            and index + 1 < count
            and tags[index + 1] & (Tag.COPULA | Tag.FEEL | Tag.EMOTION_VERB | Tag.PAST_ACTION)
        ):
            # "she blocked me yesterday | im gutted": a run-on with no stop
            cut = True
            new_intro = ","
            skip = 0
        elif (
            norm == "the"
            and index + 2 < count
            and tokens[index + 1].norm in _MOMENT_WORDS
            and _subject_like(tags[index + 2], tokens[index + 2].norm)
        ):
            # "my stomach dropped the second his car pulled in": "the second" is "when"
            cut = True
            new_intro = "when"
            skip = 2
        elif (
            norm in ("every", "each", "any")
            and index + 1 < count
            and tokens[index + 1].norm == "time"
        ):
            nxt = index + 2
            if nxt < count and _subject_like(tags[nxt], tokens[nxt].norm):
                cut = True
                new_intro = "every"
                skip = 2
        if cut:
            if index > start:
                clauses.append(_Clause(start, index, intro, conditional))
            conditional = norm in _CONDITIONAL
            intro = (
                new_intro
                if new_intro not in _PUNCT_SPLIT or new_intro in _SENTENCE_END or new_intro == "?"
                else intro
                if new_intro == "," and intro in ("if", "when", "whenever")
                else new_intro
            )
            if norm in _PUNCT_SPLIT or skip == 0:
                intro = new_intro if skip == 0 else norm
            start = index + skip
            index += skip
            continue
        index += 1
    if start < count:
        clauses.append(_Clause(start, count, intro, conditional))
    return clauses


def _listed_adjectives(tokens: list[Token], tags: list[int], index: int, start: int) -> bool:
    """Whether the comma at *index* lists describing words ("a selfish, hopeless son")."""
    if index <= start or index + 1 >= len(tokens):
        return False
    nxt = tokens[index + 1].norm
    return bool(
        tags[index - 1] & _DESCRIBING
        and tags[index + 1] & _DESCRIBING
        and not _subject_like(tags[index + 1], nxt)
        and tokens[max(index - 2, start)].norm in _LIST_HEADS
    )


_FRAME = "frame"  # the intro of a framing opener's own clause
_LOOKING = frozenset({"looking", "thinking"})
_LOOKED_AT = frozenset({"at", "on", "over"})
_FRAME_SPAN = 12


def _opener_length(tokens: list[Token], index: int) -> int:
    """The number of tokens of a framing opener at *index* ("in my opinion"), or 0."""
    for phrase in _OPENERS[tokens[index].norm]:
        stop = index + len(phrase)
        if tuple(token.norm for token in tokens[index:stop]) == phrase:
            return len(phrase)
    return 0


_DESCRIBING = Tag.LABEL | Tag.EMOTION | Tag.FAUX
_THE = frozenset({"the", "that", "my", "his", "her", "our", "their", "your"})
# Just before the first listed word: "a selfish, ...", "so tired, ...", "such a ...".
_LIST_HEADS = frozenset({"a", "an", "so", "such", "very", "really", "too", "and"})
_MISSING_VERBS = frozenset({"miss", "notice", "care", "mind", "grieve", "mourn"})
_ING_NOUNS = frozenset({"nothing", "something", "anything", "everything", "thing", "king", "ring"})
_BUT_EXCEPT = frozenset({"nothing", "anything", "everything", "all", "everyone", "nobody"})
_CONDITIONAL = frozenset({"if", "unless"})
_DESIRES = _word_set(
    """
    want wants wanted wanting wish wishes wished wishing urge urges longing tempted craving
    rather
    """
)
_GONE_WORDS = _word_set("vanish disappear die dead exist existing born wake waking alive here")
_GONE_NEEDS_NOT = _word_set("exist existing born wake waking alive here")
_SLEEP_WORDS = frozenset({"sleep", "asleep", "sleeping"})
_CARELESS_ENDS = _word_set("live die wake alive survive dead")
_NOTS = frozenset({"not", "never", "stop", "longer", "no"})
_HARM_VERBS = frozenset({"hurt", "harm", "cut", "kill"})
_HARM_URGE_NEXT = frozenset(
    {"myself", "again", "", ".", "is", "was", "comes", "came", "keeps", "gets", "returns", ","}
)
_OTHER_PEOPLE = _word_set("he she they him her them his their")
_WISH_SPAN = 10
_WISH_STARTS = _DESIRES | {"care", "love"}
_WHOLE_DETERMINERS = frozenset({"the", "a", "this", "that", "my", "his", "her", "our", "their"})


def _forms(text: str) -> frozenset[str]:
    return frozenset(text.split())


_OBJ = frozenset({"me", "us", "him", "her", "them", "everyone", "my", "his", "our", "their"})
_BETRAYAL = "FF317"
_OUTBURST = "FF206"
# Fixed idioms as slots of allowed words (the first slot holds the verb forms).
_IDIOM_LIST: tuple[tuple[str, tuple[frozenset[str], ...]], ...] = (
    (
        _BETRAYAL,
        (_forms("stab stabs stabbed stabbing"), _OBJ, _forms("in"), _forms("the"), _forms("back")),
    ),
    (
        _BETRAYAL,
        (
            _forms("throw throws threw thrown throwing"),
            _OBJ,
            _forms("under"),
            _forms("the"),
            _forms("bus"),
        ),
    ),
    (_BETRAYAL, (_forms("sell sells sold selling"), _OBJ, _forms("out down"))),
    # "that comment was a knife in the back"
    (_BETRAYAL, (_forms("knife"), _forms("in"), _forms("the my"), _forms("back"))),
    # "my boss is out to get me": a motive read in
    (_BETRAYAL, (_forms("out"), _forms("to"), _forms("get"), _forms("me us"))),
    # "laughing at me behind my back": what cannot be seen, told as known
    (_BETRAYAL, (_forms("behind"), _forms("my our"), _forms("back backs"))),
    (_BETRAYAL, (_forms("string strings strung stringing"), _OBJ, _forms("along"))),
    (
        _BETRAYAL,
        (_forms("hang hangs hung hanging"), _OBJ, _forms("out"), _forms("to"), _forms("dry")),
    ),
    (
        _BETRAYAL,
        (_forms("leave leaves left leaving"), _OBJ, _forms("high"), _forms("and"), _forms("dry")),
    ),
    (
        _BETRAYAL,
        (_forms("take takes took taken taking"), _OBJ, _forms("for"), _forms("a"), _forms("ride")),
    ),
    (_BETRAYAL, (_forms("walk walks walked walking"), _forms("all"), _forms("over"), _OBJ)),
    (
        _BETRAYAL,
        (
            _forms("treat treats treated treating"),
            _OBJ,
            _forms("like"),
            _forms("dirt garbage trash crap shit rubbish"),
        ),
    ),
    (
        _BETRAYAL,
        (
            _forms("kick kicks kicked kicking"),
            _OBJ,
            _forms("to"),
            _forms("the"),
            _forms("curb kerb"),
        ),
    ),
    (_BETRAYAL, (_forms("put puts putting"), _OBJ, _forms("through"), _forms("hell"))),
    (_BETRAYAL, (_forms("backstabbed backstabbing backstabber"),)),
    (_OUTBURST, (_forms("lay lays laid laying"), _forms("into"), _OBJ)),
    (_OUTBURST, (_forms("tear tears tore torn tearing"), _forms("into"), _OBJ)),
    (_OUTBURST, (_forms("rip rips ripped ripping"), _forms("into"), _OBJ)),
    (_OUTBURST, (_forms("go goes went gone going"), _forms("off"), _forms("at on"), _OBJ)),
    (_OUTBURST, (_forms("kick kicks kicked kicking"), _forms("off"), _forms("at"), _OBJ)),
    (_OUTBURST, (_forms("chew chews chewed chewing"), _OBJ, _forms("out"))),
    (_OUTBURST, (_forms("tell tells told telling"), _OBJ, _forms("off"))),
    (_OUTBURST, (_forms("dress dresses dressed dressing"), _OBJ, _forms("down"))),
    (_OUTBURST, (_forms("have has had having"), _forms("a"), _forms("go"), _forms("at"), _OBJ)),
    (_OUTBURST, (_forms("blow blows blew blown blowing"), _forms("up"), _forms("at on"), _OBJ)),
    (_OUTBURST, (_forms("lash lashes lashed lashing"), _forms("out"), _forms("at"), _OBJ)),
    (_OUTBURST, (_forms("lose loses lost losing"), _forms("it"), _forms("at with"), _OBJ)),
    (_OUTBURST, (_forms("bite bites bit biting"), _OBJ, _forms("head"), _forms("off"))),
    (
        _OUTBURST,
        (
            _forms("give gives gave giving"),
            _OBJ,
            _forms("an a"),
            _forms("earful mouthful bollocking rollicking"),
        ),
    ),
    (_OUTBURST, (_forms("fly flies flew flying"), _forms("off"), _forms("the"), _forms("handle"))),
)
_IDIOMS: dict[str, list[tuple[str, tuple[frozenset[str], ...]]]] = {}
for _rule_, _pattern_ in _IDIOM_LIST:
    for _verb_ in _pattern_[0]:
        _IDIOMS.setdefault(_verb_, []).append((_rule_, _pattern_))
_PLAN_HEADINGS = _word_set(
    """
    step steps goal goals plan plans todo to-do reminder reminders intention intentions
    task tasks action actions resolution resolutions commitment homework
    """
)
_HEADING_NOUNS = _word_set(
    """
    entry page pages log reflection reflections notes session check-in checkin update
    recap summary thoughts part chapter gratitude list review debrief exercise
    worksheet prompt journal diary
    """
)
_HEADING_FILLERS = frozenset(
    {"#", "the", "my", "for", "of", "to", "self", "next", "another", "new", "this", "-"}
)
# Verbs after which "to" starts their object, not a purpose: "tried to hurt me".
_INFINITIVE_TAKERS = _word_set(
    """
    try tried tries trying want wanted wants going gonna need needed needs used have has
    had got threatened threatens promised asked told refused decided planned started
    began like love hate able supposed about seem seemed seems going wanna ought offered
    agreed forgot remembered learned learnt managed pretended swore vowed way how
    """
)
_MOTIVE_VERBS = _word_set(
    """
    embarrass humiliate upset punish spite annoy irritate provoke manipulate test scare
    frighten intimidate guilt shame belittle impress rattle bait trick torment taunt
    undermine sabotage antagonise antagonize goad unsettle destabilise destabilize
    """
)
_MOTIVE_TAILS: dict[str, frozenset[str]] = {
    "get": frozenset({"a", "back", "attention", "under", "even", "revenge", "something", "at"}),
    "make": frozenset({"me", "a", "herself", "himself", "themselves"}),
    "prove": frozenset({"a", "that", "he", "she", "they", "something"}),
    "show": frozenset({"off", "everyone", "me"}),
    "look": frozenset({"good", "better", "like"}),
    "teach": frozenset({"me"}),
    "check": frozenset({"up"}),
    "rub": frozenset({"it"}),
    "wind": frozenset({"me"}),
    "keep": frozenset({"tabs", "me"}),
    "score": frozenset({"points"}),
    "hurt": frozenset({"me", "us"}),
    "control": frozenset({"me", "us", "what", "who", "where"}),
}
# Openers that frame a statement without being its subject ("in my opinion
# he ...", "deep down I ..."), longest first under each first word.
_OPENER_PHRASES = (
    "in my opinion|in my view|in my mind|in my head|in my heart|in my experience|"
    "in hindsight|in retrospect|in truth|in fact|in reality|in the end|"
    "deep down|looking back|thinking back|to be fair|truth be told|"
    "at the end of the day|at this point|by now|so far|after all|of course|"
    "for what it is worth|for what its worth|if you ask me|if i am honest|"
    "if i am being honest|if i am being real|to me|for me|personally|frankly|"
    "one of these days|one day|some day|some days|some nights|some mornings|some evenings|"
    "most days|most nights|most mornings|most evenings|on top of that|on the other hand|"
    "all in all|from now on|from today|from tomorrow|starting today|starting tomorrow|"
    "as of today"
)
_OPENER_SET = frozenset(tuple(phrase.split()) for phrase in _OPENER_PHRASES.split("|"))
_OPINION_OPENERS = frozenset(
    tuple(phrase.split())
    for phrase in "in my opinion|in my view|in my mind|in my head|if you ask me|to me".split("|")
)
_OPENERS: dict[str, tuple[tuple[str, ...], ...]] = {}
for _phrase in sorted(_OPENER_SET, key=len, reverse=True):
    _OPENERS[_phrase[0]] = (*_OPENERS.get(_phrase[0], ()), _phrase)
# After "go", a direction or a place: the going is the act ("go to the gym").
_GO_PLACES = _word_set(
    """
    to home back out away outside inside into up down over round around
    somewhere elsewhere abroad upstairs downstairs
    """
)
_FEAR_WORDS = _word_set(
    """
    scared afraid terrified frightened worried nervous anxious petrified fear fearful
    dread dreading panicking paranoid worry
    """
)
_URGE_MODALS = frozenset({"could", "want", "wanna", "need", "'d", "would", "might", "just"})
_ABSOLUTE_FREQUENCY = frozenset({"never", "always", "constantly", "forever"})
# "I hope / wish / pray" + a clause: a wish, not a claim about the world.
_WANTS = frozenset({"want", "wanted"})
_BODY_STRUGGLES = _word_set("breathe sleep eat swallow focus concentrate think stand sit")
# "I was late", "I'm sober now": states a record could show, not feelings
_VERDICT_WORDS = frozenset(
    {"stand", "hard", "difficult", "impossible", "better", "right", "wrong", "best", "worst"}
    | {"reason", "deserve", "deserves", "deserved", "overreact", "overreacted", "overreacting"}
)
_PLAIN_STATES = _word_set(
    "late early busy sober pregnant married single divorced engaged unemployed retired awake"
    " catholic protestant christian muslim jewish hindu sikh buddhist atheist vegan vegetarian"
)
_HEDGE_TAILS = _word_set("obviously clearly apparently probably surely guess suppose presumably")
_GUESSING = _word_set("kind sort probably maybe must obviously clearly definitely surely")
_HOPING = frozenset({"hoping", "wishing", "praying"})
_HOPE_VERBS = _word_set("hope hoped hoping wish wished wishing pray prayed praying")
_WISH_WORDS = frozenset(
    {
        "want",
        "wanted",
        "wanting",
        "wish",
        "wished",
        "wishing",
        "hope",
        "hoped",
        "hopes",
        "hoping",
        "pray",
        "prayed",
        "praying",
        "urge",
        "urges",
        "think",
        "thinking",
        "thought",
        "thoughts",
        "picture",
        "picturing",
        "imagine",
        "imagining",
        "fantasise",
        "fantasize",
        "fantasising",
        "fantasizing",
        "tempted",
        "reason",
        "craving",
        "crave",
    }
)
_VIOLENT_PARTICIPLES = frozenset(
    {"killed", "strangled", "murdered", "punched", "slapped", "throttled", "smacked", "decked"}
)
_APPEARANCE_VERBS = frozenset(
    {"look", "looks", "looked", "seem", "seems", "seemed", "sound", "sounds", "sounded", "appear"}
)
_ROUTINE_NOUNS = frozenset({"work", "school", "dinner", "lunch", "breakfast", "class", "church"})
_TIME_QUANTIFIERS = frozenset({"some", "most", "many", "other", "these", "those", "all", "one"})
_AM = frozenset({"am", "'m"})
_FUTURE_HEADS = frozenset({"next", "tomorrow", "tonight", "later", "soon"})
_FUTURE_WORDS = frozenset({"tomorrow", "tonight", "next", "later", "soon", "tmrw"})
_STRESS_IDIOM_LIST: tuple[tuple[str, ...], ...] = (
    ("killing", "me"),
    ("doing", "my", "head", "in"),
    ("driving", "me"),
    ("getting", "to", "me"),
    ("wearing", "me"),
    ("stressing", "me"),
    ("eating", "me", "up"),
    ("eating", "at", "me"),
    ("messing", "with", "my", "head"),
    ("is", "murder"),
    ("stings",),
    ("hurts",),
    ("sucks",),
)
# Idioms for a feeling, written as token sequences ("could've" is "could have").
_FEELING_IDIOM_LIST: tuple[tuple[str, ...], ...] = (
    ("ground", "to", "swallow"),
    ("floor", "to", "swallow"),
    ("earth", "to", "swallow"),
    ("ground", "to", "open"),
    ("floor", "to", "open"),
    ("could", "have", "cried"),
    ("could", "have", "wept"),
    ("could", "have", "screamed"),
    ("crawl", "into", "a", "hole"),
    ("heart", "in", "my", "mouth"),
    ("end", "of", "my", "tether"),
    ("at", "my", "wits"),
    ("running", "on", "empty"),
    ("dead", "on", "my", "feet"),
    ("my", "brain", "is", "fried"),
    ("my", "brain", "'s", "fried"),
    ("my", "brain", "feels", "fried"),
    ("completely", "fried"),
    ("totally", "fried"),
    ("ten", "feet", "tall"),
    ("inches", "tall"),
    ("nearly", "had", "a", "heart"),
    ("almost", "had", "a", "heart"),
    ("inch", "tall"),
    ("on", "top", "of", "the", "world"),
    ("on", "cloud", "nine"),
    ("walking", "on", "air"),
    ("on", "eggshells"),
    ("sick", "to", "my", "stomach"),
    ("weight", "off", "my", "shoulders"),
    ("weight", "lifted"),
    ("wrung", "out"),
    ("could", "strangle"),
    ("wanted", "to", "wring"),
    ("wanted", "to", "strangle"),
    ("wanted", "to", "throttle"),
    ("want", "to", "wring"),
    ("want", "to", "strangle"),
    ("want", "to", "throttle"),
    ("could", "throttle"),
    ("could", "scream"),
    ("could", "wring"),
)
_FEELING_IDIOMS: dict[str, list[tuple[str, ...]]] = {}
for _idiom in _FEELING_IDIOM_LIST:
    _FEELING_IDIOMS.setdefault(_idiom[0], []).append(_idiom)
# "I'm sure she meant it": certainty about what cannot be seen.
_CONFIDENCE_WORDS = frozenset({"sure", "certain", "convinced", "positive"})
_CONFIDENCE_SKIP = _word_set(
    "so pretty absolutely totally completely just really quite fairly dead not 100"
)
# "I've been keeping a log": -ing forms that are states or thoughts, not acts.
_NOT_ONGOING = _word_set(
    """
    having feeling thinking getting being wondering struggling trying hoping wishing
    dreaming worrying
    """
)
_ONGOING_SKIP = _word_set("just really quietly secretly slowly also still actually basically")
_NOT_ONGOING_TAGS = (
    Tag.EMOTION | Tag.SENSATION | Tag.FEEL | Tag.MIND | Tag.FAUX | Tag.LABEL | Tag.EMOTION_VERB
)
# "things were better before we moved in": the time frame of a comparison.
_TIME_FRAME = frozenset({"before", "since", "when", "after", "until", "once", "while"})
_COMPARISON_LINKS = _word_set(
    "was were is 's are 're been got get gets getting became seemed seems"
)
_DEGREE = _word_set("much way far so even a lot bit little loads heaps")
_COMPARABLE = _word_set(
    """
    nice kind calm easy happy quiet close warm safe loud strict mean cold sweet gentle
    fun hard peaceful tense soft harsh
    """
)
_STRESS_IDIOMS: dict[str, list[tuple[str, ...]]] = {}
for _idiom in _STRESS_IDIOM_LIST:
    _STRESS_IDIOMS.setdefault(_idiom[0], []).append(_idiom)
_VERB_TAGS = (
    Tag.EMOTION_VERB | Tag.MIND | Tag.SPEECH | Tag.FAUX | Tag.PAST_ACTION | Tag.COPULA | Tag.MODAL
)
_OBJECT_HEADS = Tag.DETERMINER | Tag.PREPOSITION | Tag.PERSON | Tag.THIRD_PRONOUN | Tag.NUMBER


def _location_after(norms: list[str], tags: list[int], k: int, end: int) -> bool:
    return (
        k + 1 < end
        and norms[k] in ("at", "in", "on", "with")
        and bool(tags[k + 1] & Tag.DETERMINER)
        and norms[k + 1] not in ("a", "an", "this", "that", "such")
    )


def _progressive_with_object(norms: list[str], tags: list[int], k: int, end: int) -> bool:
    """ "was holding the baby": a verb in -ing with an object is an action."""
    return norms[k].endswith("ing") and k + 1 < end and bool(tags[k + 1] & _OBJECT_HEADS)


def _ing_stem_volitional(verb: str) -> bool:
    if verb in _ING_NOUNS:
        return False  # "I'm nothing", "something": not verbs
    stem = verb[:-3]
    for candidate in (stem, stem + "e", stem[:-1]):
        if candidate in _VOLITIONAL or TAGS.get(candidate, 0) & Tag.IMPERATIVE:
            return True
    return False


# Everyday activities in -ing: "I was driving", "I'm cooking" are acts, not states.
_ACTIVITIES = _word_set(
    """
    cooking cleaning working driving walking running reading studying shopping
    eating showering bathing packing unpacking waiting sitting standing typing
    writing painting gardening ironing washing hoovering vacuuming tidying
    commuting travelling traveling exercising training jogging swimming moving
    """
)
_REPORT_CONTINUATIONS = frozenset({"if", "unless", "that", "because", "cause", "so"})
_REPORT_ENDERS = frozenset({"so", "and", "then"})
_GROUND_INTROS = frozenset({"because", "cause", "since"})
_BY_JUDGMENTS = frozenset({"FF302", "FF313", "FF317"})
_NOT_ACTS = _word_set(
    "being having feeling thinking acting pretending trying nothing ignoring abandoning rejecting"
)
_DID_NOT = frozenset({"didn't", "didnt", "did", "never"})
_JUDGMENT_TAGS = Tag.LABEL | Tag.ABSOLUTE | Tag.FAUX | Tag.MIND | Tag.HEDGE | Tag.SHOULD
_SUBORDINATORS = frozenset(
    {"when", "after", "before", "since", "once", "if", "whenever", "while", "every"}
)
_CLAUSE_SUBJECTS = frozenset({"i", "he", "she", "they", "we"})
_OBJECT_PRONOUNS = frozenset({"me", "him", "her", "us", "them", "it"})
_NO_SPLIT_BEFORE_SUBJECT = Tag.SPEECH | Tag.MIND | Tag.FEEL | Tag.CONJUNCTION | Tag.MODAL


def _emotion_that(tokens: list[Token], tags: list[int], index: int) -> bool:
    """ "I'm sad that we don't talk": an emotion, then what it is about.

    The caller has checked that an emotion word comes just before *index*,
    inside the clause.
    """
    if index + 1 >= len(tokens):
        return False
    norm = tokens[index].norm
    if norm == "that":
        return _subject_like(tags[index + 1], tokens[index + 1].norm)
    # "I'm so relieved I blocked her", "terrified she'll turn up"
    return norm in _CLAUSE_SUBJECTS


def _so_emotion(tokens: list[Token], tags: list[int], start: int, end: int) -> bool:
    """Whether "so" + an emotion word comes between *start* and *end* ("so anxious ...")."""
    return any(
        tokens[m].norm in ("so", "such") and tags[m + 1] & Tag.EMOTION
        for m in range(start, end - 1)
    )


def _it_feels(tokens: list[Token], start: int, end: int) -> bool:
    """ "it stings", "it upsets me so much": a feeling told with "it" as its subject."""
    words = [token.norm for token in tokens[start:end]]
    while words and words[-1] in _DEGREE_TAILS:
        words.pop()
    if words and words[-1] == "me":
        words.pop()
    while words and words[0] in _SUBJECT_SKIP:
        words.pop(0)
    if len(words) == 3 and words[1] in ("still", "really", "just", "honestly"):
        del words[1]
    return len(words) == 2 and words[0] in ("it", "this") and words[1] in _IT_FEELS


# Physical acts on a person, in the present: "she hits me", "he shoves us".
_PHYSICAL_ACTS = _word_set(
    """
    hits slaps punches kicks shoves pushes grabs chokes strangles bites pinches
    spits smacks beats drags shakes locks follows corners
    """
)
# A message that can be "saying" something: "a voicemail saying he'd ...".
# ", every single time", ", mostly around four in the afternoon": when, not what
_TAIL_STARTS = _word_set("every each all most mostly usually often always around almost nearly")
_TAIL_ENDS = _word_set("time times day days night nights week weeks afternoon morning evening")
_TIME_WORDS_PLAIN = _word_set("today tonight weekend month year")
_FRAGMENT_OBJECTS = frozenset({"me", "my", "us", "our", "the", "his", "her", "their", "a", "an"})
_SAY_BASE = frozenset({"say", "tell"})
_SEEMS = frozenset({"sounds", "seems", "looks", "feels"})
_MESSAGE_NOUNS = _word_set(
    """
    voicemail voicemails message messages text texts note notes email emails letter
    letters post posts story status comment card dm dms tweet voice-note voicenote
    """
)
# "starting to think", "beginning to believe": a belief that is dawning.
_INCHOATIVE = frozenset({"starting", "beginning", "started", "began", "begun", "coming"})
_BELIEF_ADVERBS = _word_set("truly really honestly genuinely actually still just do")
_DAWNING = _word_set("think believe realise realize suspect wonder feel see understand doubt")
# Faux feelings said as a verb + particle: "left out", "let down", "taken for granted".
_FAUX_PHRASE_NEXT: dict[str, frozenset[str]] = {
    "left": frozenset({"out", "behind"}),
    "let": frozenset({"down"}),
    "taken": frozenset({"for", "advantage"}),
    "lied": frozenset({"to"}),
    "put": frozenset({"down", "upon"}),
    "walked": frozenset({"over", "all"}),
}
_DESERVE = frozenset({"deserve", "deserves", "deserved"})
_PERSON_NOUNS = _word_set("person human people guy girl lad bloke soul being individual")
_WHAT_WORDS = frozenset({"what", "everything", "anything", "whatever", "things"})
# "on a Sunday", "every Friday": any such day, not one dated day.
_ANY_OCCASION = frozenset({"a", "an", "every", "each", "any"})
_CONTACT_VERBS = frozenset({"calls", "texts", "messages", "emails", "rings", "phones"})
# "drinks every night", "calls most mornings": a habit with its time.
_HABIT_HEADS = frozenset({"every", "each", "most", "all"})
# "it hurts", "it scares me" (+ "that ..."): verbs whose "it" is a feeling's cause.
_IT_FEELS = _word_set(
    """
    hurts hurt stings stung kills killed scares scared frightens frightened terrifies
    terrified upsets upset bothers bothered annoys annoyed angers angered saddens
    saddened frustrates frustrated worries worried infuriates infuriated haunts haunted
    """
)
_DEGREE_TAILS = frozenset({"so", "much", "a", "lot", "more", "deeply", "badly", "most"})


# Words that end a subordinate clause ("if he texts again", "when she calls"):
# adverbs and intransitive uses of verbs that take no clause after them.
_CLAUSE_END_WORDS = _word_set(
    """
    again anymore late early back out up off home already tonight today calls called
    texts texted rings rang phones phoned visits visited arrives arrived leaves shouts
    yells drinks time times left came speaks spoke
    """
)


_GERUND_LINKS = frozenset({"for", "about", "after"})
# Words that end one claim in a run-on before "i ...": "he left yesterday im gutted".
_RUN_ON_ENDS = _word_set("yesterday today tonight again anymore lol lmao tho though now")
_MOMENT_WORDS = frozenset({"moment", "minute", "second", "instant"})
# Words that place a clause in the past ("last Friday", "was", "two weeks ago").
# What the main clause of a plan for a day ahead uses: "I'm telling", "I'll ask".
_AHEAD_MARKERS = frozenset({"am", "'m", "will", "'ll", "going", "gonna"})
_PAST_MARKERS = _word_set("yesterday last ago earlier was were did had felt")
_SPECIFIC_SPAN = 10


def _gerund_trigger(tokens: list[Token], tags: list[int], index: int, start: int) -> bool:
    """ "Proud of myself for leaving the party early yesterday": a feeling, then a dated act.

    The caller has checked that the word at *index* is one of ``_GERUND_LINKS``.
    """
    if (
        index + 1 >= len(tokens)
        or not tokens[index + 1].norm.endswith("ing")
        or not any(tags[m] & Tag.EMOTION for m in range(max(start, index - 6), index))
    ):
        return False
    ahead = range(index + 2, min(len(tokens), index + _SPECIFIC_SPAN))
    return any(tokens[m].norm in _SPECIFIC_TIME or tags[m] & Tag.NUMBER for m in ahead)


def _main_clause_starts(
    tokens: list[Token], tags: list[int], index: int, start: int, intro: str
) -> bool:
    """A subject pronoun that opens the main clause after a comma-less subordinate one.

    "When he raised his fist on Friday I froze": the subordinate clause
    ("when ...") ends where a new subject follows a time word, a past action
    or a prepositional object ("on me I couldn't"), not a speech or thought
    verb ("told me I was").
    """
    if index - start < 2:  # the caller has checked that *intro* is a subordinator
        return False
    norm = tokens[index].norm
    body = norm == "my" and index + 1 < len(tokens) and bool(tags[index + 1] & Tag.BODY_PART)
    if norm not in _CLAUSE_SUBJECTS and not body:
        return False
    prev = tokens[index - 1].norm
    prev_tag = tags[index - 1]
    if prev == "may" and tokens[index - 1].raw[:1] == "M" and index - start >= 3:
        # "when he moved out in May I began ...": the month, not the modal
        return True
    if prev in _CLAUSE_END_WORDS or (prev in _EVENT_NOUNS and tokens[index - 2].norm in _THE):
        # "if he texts again I'm ...", "whenever she calls I tense up", "after the funeral I"
        return True
    if index - start < 3:
        return False
    if prev_tag & _NO_SPLIT_BEFORE_SUBJECT or prev in ("that", "what", "how", "why", "if"):
        return False
    if prev in _OBJECT_PRONOUNS:
        return bool(tags[index - 2] & Tag.PREPOSITION)
    return bool(prev_tag & (Tag.TIME | Tag.NUMBER | Tag.PAST_ACTION | Tag.BODY_PART)) or (
        prev in _SPECIFIC_TIME
    )


_FIRST_SCAN_TAGS = Tag.FEEL | Tag.NEGATION | Tag.SARCASM | Tag.LAUGH
# Per-token gates of the clause scan: a token whose tag has none of these
# bits and whose word is in none of these sets fires no per-token rule.
_SCAN_TAGS = (
    Tag.COPULA
    | Tag.MEDICAL
    | Tag.EMOTION
    | Tag.SENSATION
    | Tag.FAUX
    | Tag.EMOTION_VERB
    | Tag.ABSOLUTE
    | Tag.LABEL
    | Tag.MIND
    | Tag.HEDGE
    | Tag.SHOULD
    | Tag.CATASTROPHE
    | Tag.FUTURE
    | Tag.NUMBER
    | Tag.PAST_ACTION
)
_ACTIVE_FAUX_WORDS = _PERSON_EVALUATIVE_VERBS | _EVALUATIVE_VERBS | _FAUX_VERB_FORMS
_SCAN_WORDS = (
    frozenset(_IDIOMS)
    | _RECORD_WORDS
    | _ACTIVE_FAUX_WORDS
    | _ATTITUDE_VERBS
    | _SPECIFIC_TIME
    | _CAN
    | {"may", "think", "believe", "know", "reckon", "suspect", "bet", "guess", "going"}
    | _CONFIDENCE_WORDS
    | {"made", "makes", "make", "last", "since", "did", "does", "do", "has", "have", "had"}
    | _DESERVE
    | {"reason", "able", "better", "stand", "hard", "difficult", "impossible", "right", "wrong"}
    | {"best", "worst", "overreacted", "overreacting", "overreact"}
)


# ---------------------------------------------------------------- reading


def read_statement(text: str) -> Reading:
    """Read one statement: its label, parts, rule matches and safety."""
    tokens = tokenize(text)
    norms = [token.norm for token in tokens]
    tags = _tags_for(tokens, norms)
    quoted = _quoted(tokens, norms)
    clauses = _split_clauses(tokens, tags, quoted)
    reader = _Reader(tokens, norms, tags, quoted)
    return reader.read(clauses)


class _Carry:
    """What one clause hands on to the next: its subject and what it opened."""

    __slots__ = (
        "belief",
        "comparison",
        "discovery",
        "fear",
        "fear_future",
        "hope",
        "motive",
        "own_act",
        "plan",
        "prediction",
        "restrictive",
        "speech",
        "subject",
        "wish",
    )

    def __init__(self) -> None:
        self.subject = "none"
        self.speech = self.belief = self.restrictive = self.plan = self.motive = False
        self.own_act = False
        self.prediction = self.discovery = False
        self.fear = self.wish = self.hope = False
        # a fear of what may happen, a then-and-now comparison
        self.fear_future = self.comparison = False


_CAUSING = _word_set("made makes make making left leaves leave keeps kept drives drove")
_REFUSALS = _word_set("talk speak answer reply look text call let listen come eat sleep give stop")
_NOW_WORDS = frozenset({"now", "anymore", "still", "currently", "today"})
_GENERIC_HEADS = frozenset({"a", "an", "any", "no", "anyone", "nobody", "someone"})
_FRAME_INTROS = frozenset({"when", "after", "once", "as", "since"})
_MOTIVE_RULES = frozenset({"FF306", "FF316"})
# "(when she) finds out / hears / sees ...": learning of something, in the present
_DISCOVERY = _word_set("finds learns hears sees realises realizes discovers notices gets")
_SHARED_SUBJECT_INTROS = frozenset({"and", "but", "then", "yet", "plus", "so"})


class _Reader:
    """Applies the rules to one tokenised statement."""

    def __init__(
        self, tokens: list[Token], norms: list[str], tags: list[int], quoted: list[bool]
    ) -> None:
        self.tokens = tokens
        self.norms = norms
        self.tags = tags
        self.quoted = quoted
        self.count = len(tokens)
        self.matches: list[tuple[str, int, int]] = []
        self.safety_found: list[tuple[str, int, int]] = []
        self.safety_ids: list[tuple[str, int, int, str]] = []
        self.declined: list[tuple[str, str, int, int]] = []
        self.future_frame = False
        self.traps: set[str] = set()
        self.underlying: list[str] = []
        self.next_intro = ""
        self.after_heading = False
        self.occasion = False
        self.by_act = False
        # The words of the statement: rules that need a word skip their scan without it.
        self.words = frozenset(norms)
        self.has_quotes = not _QUOTES.isdisjoint(self.words)
        # The flags of all tokens: rules that need a flag skip their scan without it.
        self.all_tags = reduce(or_, tags, 0)
        # Written without capitals: case then says nothing about names (rule 13).
        self.caseless = not any(token.raw[:1].isupper() for token in tokens)

    # -- small look-ups
    def norm(self, index: int) -> str:
        return self.norms[index] if 0 <= index < self.count else ""

    def tag(self, index: int) -> int:
        return self.tags[index] if 0 <= index < self.count else 0

    def read(self, clauses: list[_Clause]) -> Reading:
        question = self._question()
        for clause in clauses:
            if self._dated_when(clause):
                clause.conditional = True  # "when I see him on Friday": no claim yet
        self.future_frame = (
            any(c.conditional or self.norms[c.start] in _FUTURE_HEADS for c in clauses)
            or not _FUTURE_WORDS.isdisjoint(self.words)
            # "from now on I'm not lending ...", "starting tomorrow I'm ..."
            or any(
                c.intro == _FRAME and self.norms[c.start] in ("from", "starting") for c in clauses
            )
        )
        self.safety_ids = find_safety_ids(self.norms, self.tokens, self.declined)
        self.safety_found = [match[:3] for match in self.safety_ids]
        carry = _Carry()
        for position, clause in enumerate(clauses):
            self.next_intro = clauses[position + 1].intro if position + 1 < len(clauses) else ""
            self._subject(clause)
            if clause.subject == "none" and clause.intro in _SHARED_SUBJECT_INTROS:
                clause.subject = carry.subject
            if self._swallowed(clause, clauses, position, carry):
                continue
            self._classify_clause(clause)
            if position:
                self._after_opinion(clauses[position - 1], clause)
            carry = self._carry(clause, clauses, position, carry.subject)
        label, parts, confidence = self._combine(clauses, question)
        self_harm, violence = self._safety()
        traps = self.traps if INTERPRETATION in parts else set()
        matches = [m for c in clauses for m in c.matches] + self.matches
        return Reading(
            tokens=self.tokens,
            label=label,
            parts=parts,
            matches=matches,
            confidence=confidence,
            self_harm=self_harm,
            violence=violence,
            traps=traps,
            underlying=self.underlying if INTERPRETATION in parts else [],
            safety_ids=self.safety_ids,
            declined=self.declined,
        )

    def _swallowed(
        self, clause: _Clause, clauses: list[_Clause], position: int, carry: _Carry
    ) -> bool:
        """Whether *clause* belongs to the claim before it (and is marked so)."""
        if (carry.speech or carry.belief) and (
            (self._continues_report(clause) and not (carry.belief and self._grounds(clause)))
            or (
                clause.intro == ","
                and clauses[position - 1].swallowed
                and clauses[position - 1].intro in _CONDITION_INTRO
                # "When he said ... if I told anyone, | I went cold": the writer's own clause
                and not (clauses[0].intro in _FRAME_INTROS and self.norm(clause.start) == "i")
            )
        ):
            # The content of what was said ("he said if I leave he'll ...")
            # or believed ("I feel like she'll snap and hurt me") is no
            # claim of its own.
            clause.swallowed = True
            clause.kind = FACT if carry.speech else INTERPRETATION
            return True
        if (
            clause.intro == ","
            and position
            and (
                self._comparative_tail(clause)
                or self._listed_gerund(clause, clauses[position - 1])
                or self._time_tail(clause)
            )
        ):
            # "the urge is back tonight, stronger than last week", "giving advice,
            # lending money": more of the same claim
            clause.swallowed = True
            clause.kind = clauses[position - 1].kind
            return True
        if carry.prediction and (
            (
                clause.intro in ("when", "if", "once")
                and not _DISCOVERY.isdisjoint(self.norms[clause.start : clause.start + 4])
            )
            or (clause.intro == "," and carry.discovery and self.norm(clause.start - 1) != ",")
        ):
            # "Mum will kill me when she finds out | I moved out": part of the prediction
            carry.discovery = clause.intro != ","
            clause.swallowed = True
            clause.kind = INTERPRETATION
            return True
        if clause.intro == "," and position and self._hedge_tail(clause):
            # "They were laughing at me, obviously.": the claim before is told as a view
            clause.swallowed = True
            clause.kind = INTERPRETATION
            clause.matches.append(("FF307", clause.start, clause.end - 1))
            if clauses[position - 1].kind is FACT:
                clauses[position - 1].kind = INTERPRETATION
            return True
        if (
            clause.intro in ("and", "but", "or")
            and position
            and clauses[position - 1].kind is FEELING
            and self._bare_feeling(clause)
        ):
            # "I feel sad and a bit empty": more of the same feeling
            clause.swallowed = True
            clause.kind = FEELING
            return True
        if carry.own_act and clause.intro == "so" and self._purpose(clause):
            # "I sobbed in the stairwell so nobody would see": why the writer did it
            clause.swallowed = True
            clause.kind = FACT
            return True
        if carry.motive and clause.intro == "so" and self._purpose(clause):
            # "he drinks on purpose so he doesn't have to talk to me": the purpose read in
            clause.matches.append(("FF316", clause.start, clause.end - 1))
            clause.swallowed = True
            clause.kind = INTERPRETATION
            return True
        if carry.plan and self._continues_action(clause):
            # "I'll pack the photos and put them in the attic": one plan
            clause.swallowed = True
            clause.kind = OTHER
            return True
        if carry.hope and clause.intro in ("that", ""):
            self._wished(clause)
            carry.hope = False
            return True
        if (carry.fear and self._feared_outcome(clause)) or (
            carry.wish and self._continues_action(clause)
        ):
            # "terrified she'll turn up at work": what is feared is no
            # prediction of its own (FF505); "want to disappear and never
            # come back" goes on with the wish.
            if carry.fear:
                clause.matches.append(("FF505", clause.start, clause.end - 1))
            clause.swallowed = True
            clause.kind = FEELING
            return True
        if self._frame_of_before(clause, carry.fear_future, carry.comparison):
            return True
        if carry.restrictive and clause.intro in _CONDITION_INTRO:
            # "only ... when I'm useful": the condition belongs to the rule
            clause.swallowed = True
            clause.kind = INTERPRETATION
            carry.restrictive = False
            return True
        return False

    def _carry(
        self, clause: _Clause, clauses: list[_Clause], position: int, subject: str
    ) -> _Carry:
        """What a classified clause hands on to the clause after it."""
        rules = {m[0] for m in clause.matches}
        words = self.norms[clause.start : clause.end]
        carry = _Carry()
        carry.subject = clause.subject if clause.subject != "none" else subject
        carry.speech = clause.kind == FACT and "FF201" in rules and not self._unsaid(clause)
        carry.belief = clause.kind == INTERPRETATION and "FF301" in rules
        carry.restrictive = "FF315" in rules
        carry.plan = clause.kind == OTHER and "FF402" in rules
        carry.motive = clause.kind == INTERPRETATION and not rules.isdisjoint(_MOTIVE_RULES)
        carry.own_act = clause.kind == FACT and "FF203" in rules
        carry.prediction = clause.kind == INTERPRETATION and "FF305" in rules
        carry.fear = (
            clause.kind == FEELING
            and not self.words.isdisjoint(_FEAR_WORDS)
            and not _FEAR_WORDS.isdisjoint(words)
        )
        carry.wish = (
            "FF105" in rules
            or "FF103" in rules
            or ("FF104" in rules and not _HOPE_VERBS.isdisjoint(words))
        )
        carry.hope = self._ends_with_hope(clause)
        carry.fear_future = carry.fear and self._fears_future(clause)
        carry.comparison = self._framed_comparison(clause, clauses, position)
        return carry

    def _frame_of_before(self, clause: _Clause, fear_future: bool, comparison: bool) -> bool:
        """Swallow a condition or time frame that belongs to the clause before.

        "scared of what he'll do *when he's been drinking*": the condition is
        part of what is feared (FF505); "he was nicer *when we first met*":
        the time frame of a comparison (FF319).
        """
        if fear_future and clause.intro in _CONDITION_INTRO:
            clause.matches.append(("FF505", clause.start, clause.end - 1))
            clause.kind = FEELING
        elif comparison and clause.intro in _TIME_FRAME:
            clause.matches.append(("FF319", clause.start, clause.end - 1))
            clause.kind = INTERPRETATION
        else:
            return False
        clause.swallowed = True
        return True

    def _fears_future(self, clause: _Clause) -> bool:
        """ "I'm frightened of what he'll do": a fear of what may yet happen."""
        feared = False
        for m in range(clause.start, clause.end):
            if self.norms[m] in _FEAR_WORDS:
                feared = True
            elif feared and self.tags[m] & (Tag.FUTURE | Tag.MODAL):
                return True
        return False

    def _framed_comparison(self, clause: _Clause, clauses: list[_Clause], position: int) -> bool:
        """Whether *clause* compares then and now; marks a time frame before it.

        "things were better before we moved in" (the frame follows) or "since
        she started that job, it's worse" (the frame comes first).
        """
        if clause.kind != INTERPRETATION:
            return False
        before = clauses[position - 1] if position else None
        framed_before = (
            before is not None
            and before.intro in _TIME_FRAME
            and before.kind == FACT
            and not before.swallowed
        )
        if not framed_before and self.next_intro not in _TIME_FRAME:
            return False
        k = self._comparison(clause)
        if k < 0:
            return False
        clause.matches.append(("FF319", k, k))
        if framed_before:
            assert before is not None  # noqa: S101 - narrowed by framed_before
            before.matches.append(("FF319", before.start, before.end - 1))
            before.swallowed = True
            before.kind = INTERPRETATION
        return self.next_intro in _TIME_FRAME

    def _continues_action(self, clause: _Clause) -> bool:
        """ "... and put them in the attic": a verb phrase that shares the subject before it."""
        return clause.intro in ("and", "then", "or") and not self._own_subject(clause)

    def _feared_outcome(self, clause: _Clause) -> bool:
        """ "(scared) that he'll ...", "(nervous) about seeing him ...": the content of a fear."""
        if clause.intro == "about" and self.norms[clause.start].endswith("ing"):
            # an anticipated occasion, unless it is told as past
            return not self._looks_back(clause.start, clause.end)
        return (clause.intro == "that" or self.norm(clause.start) in ("that", "what")) and any(
            self.tags[m] & (Tag.FUTURE | Tag.MODAL) for m in range(clause.start, clause.end)
        )

    def _unsaid(self, clause: _Clause) -> bool:
        """ "(he) hasn't mentioned it since": a denied report, or one with only a topic,
        carries no words after it."""
        said = min((m[1] for m in clause.matches if m[0] == "FF201"), default=clause.end)
        # "I told my boss about the divorce", "he texted me 30 times": no words to go on with
        after = self.norms[said + 1 : min(said + 5, clause.end)]
        about = "about" in after or any(
            self.tags[m] & Tag.NUMBER for m in range(said + 1, min(said + 4, clause.end))
        )
        return about or any(m[0] == "FF501" and m[1] < said for m in clause.matches)

    def _wished(self, clause: _Clause) -> None:
        """ "I hope | I don't wake up": the content of a wish is part of the feeling."""
        if any(
            m[0] == "FF901" and m[1] < clause.end and m[2] >= clause.start
            for m in self.safety_found
        ):
            clause.matches.append(("FF105", clause.start, clause.end - 1))
        clause.swallowed = True
        clause.kind = FEELING

    def _after_opinion(self, opener: _Clause, clause: _Clause) -> None:
        """ "In my view | the coach plays favourites": what follows is told as a view."""
        if (
            opener.intro == _FRAME
            and tuple(self.norms[opener.start : opener.end]) in _OPINION_OPENERS
        ):
            clause.matches.append(("FF307", opener.start, opener.end - 1))
            if clause.kind is FACT or clause.kind is None:
                clause.kind = INTERPRETATION

    def _looks_back(self, start: int, end: int) -> bool:
        """Whether the words from *start* to *end* tell of something past ("last", "was")."""
        return any(
            self.norms[m] in _PAST_MARKERS
            or (self.tags[m] & Tag.PAST_ACTION and self.norms[m].endswith("ed"))
            for m in range(start, end)
        )

    def _continues_report(self, clause: _Clause) -> bool:
        """Whether *clause* goes on with the words or belief of the clause before it."""
        if self._ends_report(clause):
            return False
        if clause.intro == "so" and self.norm(clause.start - 2) == ",":
            return False  # "I told him no, so he'll sulk": a consequence, not his words
        if self.norm(clause.start) == "that" or clause.intro in _REPORT_CONTINUATIONS:
            return True
        # "and really hurt me": no subject of its own
        return clause.intro in ("and", "then") and not self._own_subject(clause)

    def _own_subject(self, clause: _Clause) -> bool:
        """Whether *clause* names its own subject ("and honestly I was relieved")."""
        k = clause.start
        while k + 1 < clause.end and self.norms[k] in _SUBJECT_SKIP:
            k += 1
        return bool(
            self.tags[k] & (Tag.FIRST_PRONOUN | Tag.THIRD_PRONOUN | Tag.PERSON | Tag.DETERMINER)
        )

    def _by_act(self, clause: _Clause, found: Iterable[tuple[str, int, int]]) -> int:
        """The "by" of "(he belittled me) by correcting my grammar", or -1.

        A judgment (an evaluative verb or idiom) whose "by" + gerund names an
        observable act: the act is a fact of its own (FF508). "by being
        selfish" or "by ignoring me" is more judgment, not an act.
        """
        first = min((m[1] for m in found if m[0] in _BY_JUDGMENTS), default=-1)
        if first < 0:
            return -1
        for k in range(first + 1, clause.end - 1):
            if self.norms[k] != "by":
                continue
            gerund = self.norms[k + 1]
            if (
                gerund.endswith("ing")
                and gerund not in _NOT_ACTS
                and gerund not in _ACTIVE_FAUX_WORDS
                and not self.tags[k + 1] & (_JUDGMENT_TAGS | Tag.EMOTION)
            ):
                return k
        return -1

    def _grounds(self, clause: _Clause) -> bool:
        """ "(I feel like she hates me) because she didn't invite me on Saturday".

        A because/since clause with its own subject and an observable past act
        is a fact claim of its own (FF507); "because she's selfish" stays part
        of the belief.
        """
        a, b = clause.start, clause.end
        if clause.intro not in _GROUND_INTROS or b - a < 3:
            return False
        if not self.tags[a] & (Tag.THIRD_PRONOUN | Tag.PERSON) and self.norms[a] not in ("i", "we"):
            return False
        if any(self.tags[m] & _JUDGMENT_TAGS for m in range(a, b)):
            return False
        verb = a + 1
        if self.norms[verb] in _DID_NOT and b - a >= 4:
            verb += 2 if self.norms[verb] == "did" and self.norms[verb + 1] == "not" else 1
            act = not self.tags[verb] & (Tag.MIND | Tag.EMOTION_VERB | Tag.COPULA)
        else:
            act = self._past_form(verb) and not self.tags[verb] & (Tag.MIND | Tag.EMOTION_VERB)
        if act:
            clause.matches.append(("FF507", a, verb))
        return act

    def _ends_report(self, clause: _Clause) -> bool:
        """ "... so now I feel sick", "... and now I want to disappear": the writer again.

        "and now", "so now" or "so I" followed by the writer as a new subject
        ends the words or belief reported before it (FF506).
        """
        if clause.intro not in _REPORT_ENDERS:
            return False
        k = clause.start
        now = self.norm(k) == "now"
        if now:
            k += 1
        if k >= clause.end or self.norm(k) != "i" or not (now or clause.intro == "so"):
            return False
        clause.matches.append(("FF506", clause.start, k))
        return True

    # -- question detection (statement level)
    def _question(self) -> bool:
        last = self.count - 1
        while last >= 0 and not self.norms[last][0].isalnum() and self.norms[last] not in ".!?…":
            last -= 1
        if last >= 0 and self.norms[last] == "?":
            self.matches.append(("FF401", last, last))
            return True
        return self._question_words()

    def _question_words(self) -> bool:
        first = 0
        while first < self.count and (
            self.norms[first] in _QUOTES or self.norms[first] in _PUNCT_SPLIT
        ):
            first += 1
        if first >= self.count:
            return False
        word = self.norms[first]
        nxt = self.norm(first + 1)
        ends_q = "?" in self.norms[-3:]
        if word in ("what", "why", "how", "who", "where", "which", "whose"):  # noqa: SIM102 - one test per rule condition
            if ends_q or nxt in _BE_FORMS | _DO_FORMS | {
                "'s",
                "can",
                "could",
                "would",
                "should",
                "will",
            }:
                self.matches.append(("FF401", first, first))
                return True
        if (  # noqa: SIM102 - one test per rule condition
            self.tag(first) & Tag.QUESTION_START
            and word
            not in (
                "when",
                "have",
                "has",
                "was",
                "were",
            )
            and nxt in ("i", "he", "she", "they", "we", "you", "it", "this", "that", "my", "there")
        ):
            if ends_q or word in (
                "should",
                "shoud",
                "am",
                "do",
                "does",
                "did",
                "can",
                "could",
                "would",
                "is",
            ):
                self.matches.append(("FF401", first, first + 1))
                return True
        if (
            word in ("was", "were", "have", "has")
            and ends_q
            and nxt in ("i", "he", "she", "they", "we", "you", "it", "this", "that")
        ):
            self.matches.append(("FF401", first, first + 1))
            return True
        return False

    # -- subject of a clause
    def _subject(self, clause: _Clause) -> None:  # noqa: PLR0915 - the clause rules read as one table
        index = clause.start
        end = clause.end
        while (
            index < end
            and (
                self.norms[index] in _TIME_HEADS
                or self.tags[index] & Tag.TIME
                or self.norms[index]
                in (
                    "that",
                    "on",
                    "every",
                    "each",
                    "last",
                    "to",
                    "be",
                    "honest",
                    "kind",
                    "of",
                    "lowkey",
                    "itself",
                    "sooner",
                    "or",
                    "eventually",
                    "someday",
                )
                or (self.norms[index] in _TIME_QUANTIFIERS and self.tag(index + 1) & Tag.TIME)
                or (self.norms[index] in _ROUTINE_NOUNS and self.norm(index - 1) in _TIME_HEADS)
            )
            and index + 1 < end
            and (self.norms[index] != "this" or self._time_frame(index))
        ):
            index += 1
        if index < end and self.tags[index] & Tag.PREPOSITION and self.norms[index] != "like":
            for probe in range(index + 1, min(end, index + 9)):
                if self.norms[probe] in ("i", "he", "she", "they", "we", "you"):
                    index = probe
                    break
        while index < end and (
            self.norms[index] in _SUBJECT_SKIP or self.quoted[index] or self.norms[index] in _QUOTES
        ):
            index += 1
        if index >= end:
            clause.subject = "none"
            return
        word = self.norms[index]
        tag = self.tags[index]
        nxt = self.norm(index + 1)
        if word == "i" or (
            word == "part" and self.norm(index + 1) == "of" and nxt and self.norm(index + 2) == "me"
        ):
            clause.subject = "first"  # "part of me wants ...": the writer
        elif word == "no" and nxt == "one":
            clause.subject = "third"  # "no one would miss me": everyone else
        elif word in ("my", "our"):
            nxt_tag = self.tag(index + 1)
            probe = index + 1
            while probe < end and self.norms[probe] in (
                "whole",
                "entire",
                "left",
                "right",
                "own",
                "poor",
                "stupid",
            ):
                probe += 1
            nxt_tag = self.tag(probe)
            if nxt_tag & Tag.BODY_PART:
                clause.subject = "body"
            elif (
                nxt_tag & Tag.PERSON or self.tokens[probe].raw[:1].isupper()
                if probe < end
                else False
            ):
                clause.subject = "third"
            elif nxt_tag & (Tag.EMOTION | Tag.SENSATION):
                clause.subject = "body"
            else:
                clause.subject = "thing" if word == "my" else "we"
        elif word in _WE:
            clause.subject = "we"
        elif word == "you":
            clause.subject = "you"
        elif word == "there" and nxt in _BE_FORMS | {"'s"}:
            clause.subject = "there"
        elif word in _THING_SUBJECTS and not (tag & Tag.PERSON):
            clause.subject = "thing"
        elif tag & (Tag.THIRD_PRONOUN | Tag.PERSON):
            clause.subject = "third"
        elif tag & Tag.DETERMINER:
            probe = index + 1
            while (
                probe < end
                and not (self.tags[probe] & (Tag.PERSON | Tag.BODY_PART))
                and probe - index < 4
                and not (self.tags[probe] & (Tag.COPULA | Tag.PAST_ACTION | Tag.MODAL))
            ):
                probe += 1
            if probe < end and self.tags[probe] & Tag.PERSON:
                clause.subject = "third"
            elif probe < end and self.tags[probe] & Tag.BODY_PART:
                clause.subject = "body" if word == "my" else "thing"
            else:
                clause.subject = "thing"
        elif tag & Tag.PERSON or self._name_subject(index):
            clause.subject = "third"
        elif (
            not tag
            and not word.endswith(("ing", "ly", "ed"))
            and any(
                self.tag(m) & (Tag.COPULA | Tag.MODAL | Tag.PAST_ACTION)
                or self.norm(m) in ("has", "have", "had", "keeps", "makes", "made")
                for m in range(index + 1, min(end, index + 4))
            )
        ):
            clause.subject = "thing"
        else:
            clause.subject = "none"

    def _time_frame(self, index: int) -> bool:
        """ "this week I'll ...": a time frame before the subject, not "this" as subject."""
        return bool(self.tag(index + 1) & Tag.TIME) and self.norm(index + 2) in _CLAUSE_SUBJECTS

    def _name_subject(self, index: int) -> bool:
        """ "Marco missed my recital": a capitalised unknown word before a verb is a name.

        In a statement written without capitals ("marco missed my recital")
        an unknown first word before a verb is read the same way, and so is
        one after "when", "because" and the like before a past-tense verb
        ("when jenna paid me back").
        """
        raw = self.tokens[index].raw
        if self.tags[index] or not raw.isalpha() or raw.isupper() or raw.endswith("ly"):
            return False
        if len(raw) > 5 and raw.lower().endswith("ing"):
            return False  # "Making plans for me": a gerund, not a name
        caseless = self.caseless and len(raw) > 1 and not raw[0].isupper()
        if not raw[0].isupper() and not caseless:
            return False
        nxt = index + 1
        if self.norm(nxt) == "and" and self._unknown_word(nxt + 1):
            nxt += 2  # "jess and maya made ..."
        while nxt < self.count and self.norms[nxt] in _ADVERBS_BEFORE_VERB:
            nxt += 1
        if nxt >= self.count:
            return False
        past = bool(self.tags[nxt] & Tag.PAST_ACTION) or self._past_form(nxt)
        if caseless and index > 0:
            return past and self.norms[index - 1] in _SPLIT_ALWAYS | _SPLIT_IF_SUBJECT
        return (
            past
            or bool(self.tags[nxt] & _VERB_TAGS)
            or self.norms[nxt] in _DO_FORMS
            or self.norms[nxt] in _HAVE_FORMS
        )

    def _unknown_word(self, index: int) -> bool:
        return 0 <= index < self.count and not self.tags[index] and self.norms[index].isalpha()

    # -- the clause rules
    def _classify_clause(self, clause: _Clause) -> None:  # noqa: PLR0915 - the clause rules read as one table
        a, b = clause.start, clause.end
        norms, tags = self.norms, self.tags
        subject = clause.subject
        found: dict[str, tuple[str, int, int]] = {}
        kind: str | None

        def hit(rule: str, i: int, j: int | None = None) -> None:
            if rule not in found:
                found[rule] = (rule, i, i if j is None else j)

        content = (
            [k for k in range(a, b) if not self.quoted[k] and norms[k] not in _QUOTES]
            if self.has_quotes
            else list(range(a, b))
        )
        if not content or clause.intro == _FRAME:
            clause.kind = None
            return
        if all(
            tags[k] & (Tag.NO_CONTENT | Tag.LAUGH | Tag.SARCASM)
            or norms[k] in _PUNCT_SPLIT
            or norms[k] in ("-", "*", "~")
            for k in content
        ) or self._greeting(content):
            hit("FF404", content[0], content[-1])
            for k in content:
                if tags[k] & (Tag.SARCASM | Tag.LAUGH):
                    hit("FF503", k, k)
            clause.matches.extend(found.values())
            clause.kind = None
            return
        first = content[0]
        while first < b and norms[first] in _SUBJECT_SKIP and first + 1 < b:
            first += 1

        # ---- other: a heading ("Day 12.") or a worksheet item ("Step 3: ...")
        heading = self._heading(clause, content)
        if heading is not None:
            hit("FF405", content[0], content[-1])
            clause.kind = heading or None
            clause.matches.extend(found.values())
            self.after_heading = True
            return
        self.after_heading = False
        if self._kind_descriptor(content):
            # "butterflies, the bad kind": more about the feeling before, no claim
            clause.kind = None
            return

        # ---- a log line: "Message from him, 23:51: '...'", "Voicemail from Mum"
        if norms[first] in _MESSAGE_NOUNS and (
            self.norm(first + 1) == "from"
            or (self.has_quotes and self.tag(first + 1) & (Tag.NUMBER | Tag.TIME))
        ):
            hit("FF201", first, first + 1)
            clause.kind = FACT
            clause.matches.extend(found.values())
            return
        # ---- "sounds like he's growing up", "seems like she's lying": a view
        if (
            subject == "none"
            and norms[first] in _SEEMS
            and self.norm(first + 1) in ("like", "as")
            and _subject_like(self.tag(first + 2), self.norm(first + 2))
        ):
            hit("FF307", first, first + 1)
            clause.kind = INTERPRETATION
            clause.matches.extend(found.values())
            return
        # ---- other: a rule for oneself, "no replying after 7", "no lending money"
        rule_head = first if "no" in self.words else b
        while rule_head < b and (
            norms[rule_head] in _TIME_HEADS
            or self.tags[rule_head] & Tag.TIME
            or norms[rule_head] in (":", "-", "from", "now", "on", ",")
        ):
            rule_head += 1
        if (
            subject == "none"
            and norms[rule_head : rule_head + 1] == ["no"]
            and self.norm(rule_head + 1).endswith("ing")
        ):
            hit("FF403", rule_head, rule_head + 1)
            clause.kind = OTHER
            clause.matches.extend(found.values())
            return
        # ---- other: instruction
        head = first
        while head < b and (
            norms[head] in _TIME_HEADS
            or tags[head] & Tag.TIME
            or norms[head] in ("now", "on", "week", "from", "then", "please", "just", "-", ":")
        ):
            head += 1
        if (
            subject == "none"
            and head < b
            and tags[head] & Tag.IMPERATIVE
            and not tags[head] & (Tag.EMOTION | Tag.SENSATION)
            and not (
                norms[head] in ("do", "did")
                and self.norm(head + 1) == "not"
                and self.norm(head + (3 if self.norm(head + 2) in _NEGATION_SKIP else 2))
                in ("know", "feel", "want", "care", "think", "understand", "get")
            )
            and not (head > 0 and norms[head - 1] in ("i", "he", "she", "they", "we"))
            # "Mark is lazy": a name before its verb, not an instruction
            and not self.tag(head + 1) & Tag.COPULA
        ) and not (
            norms[head] in ("miss", "hate", "love", "cried", "feel")
            or self.norm(head + 1) in _FAUX_PHRASE_NEXT.get(norms[head], ())
            # "Sunday evenings make me restless": a cause, not an instruction
            or (norms[head] in _CAUSING and self.norm(head + 1) == "me" and head > first)
        ):
            hit("FF403", head, head)
            clause.kind = OTHER
            clause.matches.extend(found.values())
            return

        # ---- a conclusion drawn from the clause before ("which shows ..."), or
        # a restrictive rule ("he only calls when he needs money")
        conclusion = self._conclusion(content)
        if conclusion >= 0:
            hit("FF314", content[0], conclusion)
        restrictive = self._restrictive(clause, content, self.next_intro)
        if restrictive >= 0:
            hit("FF315", restrictive, restrictive)
            self.traps.add("overgeneralisation")
        motive = self._motive(clause, content)
        if motive >= 0:
            hit("FF316", motive, motive + 1)
            self.traps.add("mind_reading")
        if conclusion >= 0 or restrictive >= 0 or motive >= 0:
            clause.kind = INTERPRETATION
            clause.matches.extend(found.values())
            return

        # ---- scan the clause once
        feel_at = -1
        for k in content if self.all_tags & _FIRST_SCAN_TAGS else ():
            tag = tags[k]
            if tag & Tag.FEEL and feel_at < 0:
                feel_at = k
            if tag & Tag.NEGATION:
                hit("FF501", k)
            if tag & (Tag.SARCASM | Tag.LAUGH):
                hit("FF503", k)

        first_person = subject in ("first", "body", "none", "we")
        if not self.words.isdisjoint(_IT_FEELS) and _it_feels(self.tokens, a, b):
            verb = next(k for k in content if norms[k] in _IT_FEELS)
            hit("FF101", verb, verb)
            clause.kind = FEELING
            clause.matches.extend(found.values())
            return
        hope = self._hope(clause, content)
        if hope >= 0:
            # "I wish he had never come back": what is wished for is no claim
            hit("FF104", hope, hope)
            if (
                self._wish_not_to_live(clause, content) >= 0
                or self._self_harm_wish(clause, content) >= 0
            ):
                hit("FF105", hope, hope)
            clause.kind = FEELING
            clause.matches.extend(found.values())
            return
        # ---- other: plan or intent
        plan = self._plan(clause, content) or self._progressive_plan(clause, content)
        if plan is not None:
            hit("FF402", plan[0], plan[1])
            clause.kind = OTHER
            clause.matches.extend(found.values())
            return

        # ---- reported speech
        speech = -1
        if self.all_tags & Tag.SPEECH:
            for k in content:
                if tags[k] & Tag.SPEECH and norms[k] not in (
                    "calls",
                    "messages",
                    "texts",
                    "emails",
                    "claims",
                    "demands",
                    "swears",
                ):
                    prev = norms[k - 1] if k > a else ""
                    if (norms[k].endswith("s") and prev in _ABSOLUTE_FREQUENCY) or (
                        prev in ("once", "ever", "even") and self.norm(k - 2) in _ABSOLUTE_FREQUENCY
                    ):
                        continue  # "she never asks", "never once asked": an absolute
                    if k - 2 >= a and norms[k - 2] in _WHAT_WORDS and prev in _CLAUSE_SUBJECTS:
                        continue  # "(tell everyone) what I said": a thing, not a report
                    if prev in (
                        "to",
                        "will",
                        "'ll",
                        "should",
                        "would",
                        "'d",
                        "could",
                        "might",
                        "must",
                        "gonna",
                    ):
                        continue
                    if subject == "none" and k != first and prev != "then":
                        continue
                    if (
                        norms[k]
                        in (
                            "lied",
                            "mocked",
                            "blamed",
                            "criticized",
                            "criticised",
                            "insulted",
                            "accused",
                        )
                        and first_person
                        and subject != "none"
                    ):
                        continue
                    if subject in ("first", "we") and norms[k] in (
                        "said",
                        "told",
                        "asked",
                        "texted",
                        "called",
                        "messaged",
                        "emailed",
                        "wrote",
                        "replied",
                        "answered",
                    ):
                        speech = k
                        break
                    if subject in ("third", "none", "you", "thing"):
                        speech = k
                        break
        if speech < 0 and "saying" in self.words and subject in ("third", "none", "thing"):
            speech = self._message_saying(content)
        if speech < 0 and subject == "third" and not self.words.isdisjoint(_SAY_BASE):
            # "my husband he say I am stupid": the plain form, as in many Englishes
            speech = next(
                (
                    k
                    for k in content
                    if norms[k] in _SAY_BASE
                    and k > a
                    and (norms[k - 1] in ("he", "she", "they") or tags[k - 1] & Tag.PERSON)
                ),
                -1,
            )
        if speech >= 0 and any(
            tags[m] & (Tag.SHOULD | Tag.MODAL) for m in range(max(a, speech - 3), speech)
        ):
            speech = -1
        if speech >= 0:
            hit("FF201", speech, speech)
            for k in content:
                if (tags[k] & Tag.NUMBER and norms[k] not in _NUMBER_NEEDS_TIME) or norms[
                    k
                ] in _SPECIFIC_TIME:
                    hit("FF202", k, k)
            clause.kind = FACT
            clause.matches.extend(found.values())
            return

        interp_strong: list[tuple[str, int, int]] = []
        interp_weak: list[tuple[str, int, int]] = []
        feeling: list[tuple[str, int, int]] = []
        fact: list[tuple[str, int, int]] = []

        # ---- feel constructions
        if feel_at >= 0:
            k = feel_at + 1
            while k < b and norms[k] in _FEEL_SKIP:
                k += 1
            nxt = self.norm(k)
            feel_subject_third = subject in ("third", "you") and not first_person
            if feel_subject_third:
                interp_strong.append(("FF306", feel_at, feel_at))
            elif nxt == "like":
                after = self.norm(k + 1)
                after_tag = self.tag(k + 1)
                if after_tag & Tag.URGE or (
                    after.endswith("ing") and not after_tag & (Tag.PERSON | Tag.THIRD_PRONOUN)
                ):
                    feeling.append(("FF103", feel_at, k + 1))
                elif after in _FEEL_LIKE_FEELINGS or (
                    after_tag & Tag.EMOTION and after not in ("a", "an")
                ):
                    feeling.append(("FF101", feel_at, k + 1))
                elif after == "i" and self.norm(k + 2) in _URGE_MODALS:
                    feeling.append(("FF103", feel_at, k + 2))
                elif after:
                    interp_strong.append(("FF301", feel_at, k))
            elif (
                nxt in ("that", "as")
                or (
                    nxt
                    and self.tag(k) & (Tag.THIRD_PRONOUN | Tag.PERSON)
                    and not self.tag(k) & Tag.EMOTION
                    and nxt != "it"
                )
                or (nxt == "i" and self.norm(k + 1) != "")
            ) and (nxt != "as" or self.norm(k + 1) in ("if", "though")):
                interp_strong.append(("FF301", feel_at, k))

        # ---- per-token cues
        about_other = False
        copula_seen = False
        third_emotion = False
        record_seen = False
        for k in content:
            tag = tags[k]
            word = norms[k]
            if not tag & _SCAN_TAGS and word not in _SCAN_WORDS:
                continue
            prev = norms[k - 1] if k > a else ""
            if tag & Tag.COPULA:
                copula_seen = True
            if word in _IDIOMS:
                idiom = self._idiom_at(k)
                if idiom is not None:
                    (interp_strong if idiom[0] == "FF317" else fact).append(idiom)
            if word in _RECORD_WORDS or tag & Tag.MEDICAL:
                # "diagnosed with panic disorder", "I have ADHD": a record
                record_seen = True
                if tag & Tag.MEDICAL and not _GUESSING.isdisjoint(self.norms[max(a, k - 4) : k]):
                    # "Mom has some kind of personality disorder": a diagnosis guessed at
                    interp_strong.append(("FF307", k, k))
                elif tag & Tag.MEDICAL:
                    fact.append(("FF205", k, k))
                if tag & Tag.EMOTION:
                    continue
            if tag & (Tag.EMOTION | Tag.SENSATION) and (
                record_seen or self.norm(k + 1) in ("disorder", "disorders")
            ):
                continue
            active = self._active_faux(k, a, first, subject) if word in _ACTIVE_FAUX_WORDS else None
            if active is not None:
                if active:
                    interp_strong.append(("FF313", k, k))
                else:
                    fact.append(("FF203" if subject in ("first", "we") else "FF204", k, k))
                continue
            if word in _ATTITUDE_VERBS and self._negated_attitude(k, a, subject):
                interp_strong.append(("FF306", k, k))
                self.traps.add("mind_reading")
                continue
            # faux feelings
            if (
                tag & Tag.FAUX
                and word not in ("left", "taken", "shut", "played", "owned", "lied", "used")
            ) or (
                tag & Tag.FAUX
                and word in ("left", "taken", "shut", "played", "owned", "lied", "used")
                and (
                    prev
                    in (
                        "feel",
                        "felt",
                        "feeling",
                        "so",
                        "totally",
                        "completely",
                        "just",
                        "very",
                        "really",
                        "get",
                        "got",
                        "been",
                        "pretty",
                        "quite",
                        "kinda",
                        "utterly",
                        "absolutely",
                        "bit",
                        "of",
                    )
                    or k == first
                )
                and self.norm(k + 1) != "to"
            ):
                faux_ok = (
                    first_person
                    and (
                        prev
                        in (
                            "feel",
                            "felt",
                            "feeling",
                            "am",
                            "'m",
                            "was",
                            "been",
                            "get",
                            "got",
                            "being",
                        )
                        or tags[k - 1] & (Tag.INTENSIFIER | Tag.FEEL)
                        or k == first
                        or prev
                        in (
                            "so",
                            "totally",
                            "completely",
                            "just",
                            "very",
                            "really",
                            "kinda",
                            "pretty",
                            "utterly",
                            "quite",
                            "absolutely",
                            "bit",
                        )
                        or (prev == "of" and self.norm(k - 2) in ("kind", "sort"))
                    )
                    and subject != "third"
                ) or (tag & Tag.EMOTION and first_person)
                phrase_faux = self.norm(k + 1) in _FAUX_PHRASE_NEXT.get(word, ())
                if (
                    faux_ok
                    and (phrase_faux or (word in FAUX_FEELINGS and word not in _FAUX_PHRASE_NEXT))
                    and subject != "third"
                ) and (
                    not (
                        prev in ("i", "he", "she", "they", "we")
                        and subject == "first"
                        and prev == "i"
                        and word != "abandoned"
                    )
                    or prev in ("feel", "felt")
                ):
                    interp_strong.append(("FF302", k, k + (1 if phrase_faux and k + 1 < b else 0)))
                    under = FAUX_FEELINGS.get(word)
                    if under:
                        self.underlying.extend(under)
                    continue
            experiencer = (
                self._experiencer(k, a, subject)
                if tag & (Tag.EMOTION | Tag.EMOTION_VERB)
                else subject
            )
            if (
                tag & Tag.EMOTION
                and not self.quoted[k]
                and experiencer == "third"
                and subject in ("first", "none", "we", "thing")
            ):
                interp_strong.append(("FF306", k, k))
                third_emotion = True
            elif tag & Tag.EMOTION and not self.quoted[k]:
                if self._kind_of_person(k):
                    # "I'm a terrible son", "she's an angry person": a label (rule 3)
                    interp_strong.append(("FF304", k, k + 1))
                    self.traps.add("labelling")
                elif first_person or subject == "body":
                    feeling.append(
                        ("FF104" if tag & Tag.EMOTION_VERB and prev == "i" else "FF101", k, k)
                    )
                elif subject in ("third", "you") and (
                    copula_seen or prev in ("seems", "seemed", "looks", "looked", "sounds")
                ):
                    interp_strong.append(("FF306", k, k))
                    third_emotion = True
                elif subject == "thing" and tag & Tag.LABEL:
                    interp_weak.append(("FF304", k, k))
                elif (
                    (
                        subject == "thing"
                        and (
                            prev in ("me", "feel", "made", "makes", "make")
                            or self.norm(k - 2) in ("make", "makes", "made")
                        )
                    )
                    or subject == "there"
                    or (
                        prev in ("of", "with", "the", "a", "this", "such", "my")
                        and subject != "third"
                    )
                ):
                    feeling.append(("FF101", k, k))
            if (
                tag & Tag.EMOTION_VERB
                and not tag & Tag.EMOTION
                and subject in ("first", "none")
                and experiencer == "third"
            ):
                # "I guess he never loved me": someone else's emotion is mind reading.
                interp_strong.append(("FF306", k, k))
                self.traps.add("mind_reading")
            elif tag & Tag.EMOTION_VERB and subject in ("first", "none") and not tag & Tag.EMOTION:  # noqa: SIM102 - one test per rule condition
                if not (
                    word in ("love", "loved") and self.norm(k + 1) in ("it", "that", "how", "when")
                ):
                    feeling.append(("FF104", k, k))
            if tag & Tag.SENSATION and (
                subject in ("body", "first", "none")
                or self._body_near(k, a, b)
                or (prev == "me" and self.norm(k - 2) in _CAUSING)  # "the quiet makes me ache"
            ):
                feeling.append(("FF102", k, k))
            if (
                word == "nothing"
                and prev in ("feel", "feels", "felt", "feeling")
                and subject in ("first", "none")
            ):
                # "I felt nothing", "now I feel nothing at all": numbness, a feeling
                feeling.append(("FF101", k - 1, k))
            elif (
                tag & Tag.ABSOLUTE
                and word != "ever"
                # "my shoulders have ached constantly": how often a sensation comes
                and not (subject == "body" and word in _ABSOLUTE_FREQUENCY)
                # "I've never felt this light": how the writer feels, not an absolute
                and not (word == "never" and self.norm(k + 1) in ("felt", "been") and first_person)
                and not (
                    word == "never" and subject in ("first", "we") and self._own_fact_after(k, b)
                )
                and not (word == "never" and self._anchored_never(k, b))
                and not self._bounded_absolute(k)
            ):
                interp_weak.append(("FF303", k, k))
                self.traps.add("overgeneralisation")
            if (
                tag & Tag.LABEL
                and word in _FELT_STATES
                and prev in ("feel", "feels", "felt", "feeling")
                and subject in ("first", "none")
            ):
                # "I feel bad for him", "feeling better": how the writer feels.
                feeling.append(("FF101", k, k))
            elif tag & Tag.LABEL and not (tag & Tag.EMOTION and first_person):
                near_copula = any(
                    tags[m] & (Tag.COPULA | Tag.INTENSIFIER)
                    or norms[m]
                    in ("a", "an", "such", "the", "being", "total", "complete", "typical", "so")
                    for m in range(max(a, k - 3), k)
                )
                if word in ("fault", "problem") or (word == "mess" and subject == "first"):
                    if self._self_blame(k, a):
                        interp_strong.append(("FF310", k, k))
                        self.traps.add("personalisation")
                    else:
                        interp_strong.append(("FF311", k, k))
                        self.traps.add("blaming")
                elif (
                    near_copula
                    or k == first
                    or prev in ("so", "very", "really", "too", "such")
                    # "I feel worthless": a label of oneself, not an emotion
                    or prev in ("feel", "feels", "felt", "feeling")
                    or subject == "none"
                    or (k == content[-1] and subject != "first")
                ) and not (
                    word in ("good", "bad", "great", "fine", "nice", "perfect", "kind")
                    and (subject in ("first", "none", "body") or prev in ("a", "the"))
                ):
                    interp_strong.append(("FF304", k, k))
                    self.traps.add("labelling")
            if tag & Tag.MIND and subject in ("third", "you", "thing") and not tag & Tag.FEEL:  # noqa: SIM102 - one test per rule condition
                if (
                    not (
                        word in ("like", "liked")
                        and (
                            tags[k - 1] & Tag.COPULA
                            or prev
                            in (
                                "looks",
                                "look",
                                "just",
                                "feel",
                                "felt",
                                "seems",
                                "sounds",
                                "was",
                                "is",
                            )
                        )
                    )
                    and not (word == "thought" and prev in ("the", "a"))
                    and not (
                        word in ("knows", "knew", "know") and self.norm(k + 1) in ("how", "about")
                    )
                ):
                    interp_strong.append(("FF306", k, k))
                    self.traps.add("mind_reading")
            if tag & Tag.MIND and word in (
                "purpose",
                "deliberately",
                "purposely",
                "intentionally",
                "secretly",
            ):
                interp_strong.append(("FF306", k, k))
                self.traps.add("mind_reading")
            if word in ("just", "only", "to", "so") and tag & Tag.MIND and subject != "first":
                interp_strong.append(("FF306", k, k))
                self.traps.add("mind_reading")
            if (
                (
                    (tag & Tag.HEDGE and word != "may")
                    or (
                        word == "may"
                        and self.norm(k + 1) != ""
                        and not (tags[k - 1] & Tag.TIME if k > a else False)
                        and not self.tokens[k].raw[:1].isupper()
                    )
                )
                and not (
                    word in ("looks", "sounds", "seem", "seems", "seemed")
                    and subject in ("first", "none")
                )
                and not (word == "bet" and prev != "i")
                and not (word in ("guess", "suppose", "imagine", "wonder") and prev != "i")
                # "when I think about going back": a thought's topic, not a guess
                and not (
                    (word in ("think", "thinking") and self.norm(k + 1) in ("about", "of"))
                    or (word == "i" and self.norm(k + 2) in ("about", "of"))
                )
            ):
                interp_weak.append(("FF307", k, k))
            if (
                word in ("think", "believe", "know", "reckon", "suspect", "bet", "guess")
                and (
                    prev == "i"
                    or (prev == "to" and self.norm(k - 2) in _INCHOATIVE)
                    or (prev in _BELIEF_ADVERBS and self.norm(k - 2) == "i")
                )
                and self.norm(k + 1)
                not in ("", "so", "about", "what", "how", "why", "where", "when", "if", "it", ".")
            ):
                interp_strong.append(("FF307", k, k))
                if self.tag(k + 1) & (Tag.THIRD_PRONOUN | Tag.PERSON) or self.norm(k + 1) == "that":
                    self.traps.add("mind_reading")
                    about_other = True  # "I think he enjoys seeing me stressed": a belief
            if word in _VERDICT_WORDS:
                self._verdict_word(k, a, subject, interp_strong, feeling)
            if word in _CONFIDENCE_WORDS and self._confidence_clause(k, a):
                # "I'm sure she meant it": a belief, however certain
                interp_strong.append(("FF318", k, k))
                self.traps.add("mind_reading")
            if tag & Tag.SHOULD and not (k == first and self._question_start()):
                interp_strong.append(("FF308", k, k))
                self.traps.add("should_statement")
            if tag & Tag.CATASTROPHE:
                interp_weak.append(("FF309", k, k))
                self.traps.add("catastrophising")
            if (tag & Tag.FUTURE and word != "going") or (
                (
                    word == "going"
                    and self.norm(k + 1) == "to"
                    and not self.tag(k + 2) & (Tag.DETERMINER | Tag.PREPOSITION | Tag.PERSON)
                    and self.norm(k + 2)
                    not in ("", "bed", "work", "school", "church", "therapy", "be")
                )
                or (word == "going" and self.norm(k + 1) == "to" and self.norm(k + 2) == "be")
            ):
                pred = self._prediction(k, subject, b)
                if pred:
                    interp_strong.append(("FF305", k, k))
                    self.traps.add("fortune_telling")
                elif subject == "third" and self._refusal(k):
                    fact.append(("FF204", k, k + 2))
            if (
                word in ("made", "makes", "make")
                and self.norm(k + 1) == "me"
                and subject == "third"
                and not self.tag(k + 2) & Tag.EMOTION
                and not self.tag(k + 3) & Tag.EMOTION
            ):
                interp_strong.append(("FF311", k, k + 1))
                self.traps.add("blaming")
            # facts
            if tag & Tag.NUMBER and not self.quoted[k]:
                if (
                    (word in _NUMBER_NEEDS_TIME and not (self.tag(k + 1) & Tag.TIME))
                    or (word == "once" and subject not in ("third", "first", "we"))
                    or (self.all_tags & Tag.EMOTION and self._rating(k))
                ):
                    pass
                else:
                    fact.append(("FF202", k, k))
            elif word in _SPECIFIC_TIME and not (
                word == "may" and not self.tokens[k].raw[:1].isupper()
            ):
                if word in ("today", "tonight", "tomorrow") and subject == "none":
                    pass
                else:
                    fact.append(("FF202", k, k))
            elif (word == "last" and self.tag(k + 1) & Tag.TIME) or (
                word == "since" and self.tag(k + 1) & Tag.TIME
            ):
                fact.append(("FF202", k, k + 1))
            if (
                tag & Tag.PAST_ACTION
                and not tag & (Tag.EMOTION | Tag.SENSATION)
                and not (k > a and tags[k - 1] & Tag.FEEL)
            ) or (
                word in ("did", "does", "do", "has", "have", "had")
                and self.norm(k + 1) == "not"
                and not self.tag(k + 2) & (Tag.MIND | Tag.EMOTION | Tag.FEEL)
                and not self._negated_attitude(k + 2, a, subject)
                and self.norm(k + 2) not in ("", "know")
            ):
                if (
                    word in _INCHOATIVE
                    and self.norm(k + 1) == "to"
                    and self.norm(k + 2) in _DAWNING
                ):
                    pass  # "I'm starting to think ...": the thought is the claim
                elif word in (
                    "thought",
                    "meant",
                    "felt",
                    "been",
                    "had",
                    "got",
                    "gotten",
                    "made",
                    "let",
                    "became",
                ) and not (
                    word in ("got", "made")
                    and self.norm(k + 1) != "me"
                    and subject in ("first", "we", "third", "none")
                ):
                    pass
                elif subject in ("first", "we", "none") and not (tag & Tag.MIND):
                    fact.append(("FF203", k, k))
                elif subject in ("third", "thing", "you") and not (
                    tag & Tag.MIND and subject != "thing"
                ):
                    fact.append(("FF204", k, k))
            if (
                (
                    word in _CAN
                    or (word == "able" and prev in _BE_FORMS and self.norm(k + 1) == "to")
                )
                and subject == "third"
                and self.norm(k + 1) not in ("not", "be", "")
                and not self.tag(k + 1) & (Tag.MIND | Tag.EMOTION)
            ):
                # "she can drive", "he is able to cook for himself": a capability
                fact.append(("FF205", k, k + 1))
            if word in _RECORD_WORDS:
                fact.append(("FF205", k, k))
        if third_emotion:
            self.traps.add("mind_reading")

        # ---- decide the clause kind
        for rule, i, j in interp_strong + interp_weak + feeling + fact:
            hit(rule, i, j)
        strong_interp = [m for m in interp_strong if m[0] != "FF307"]
        hedge = [m for m in interp_strong if m[0] == "FF307"]
        if first_person and subject not in ("we", "body"):
            overriding = [
                m
                for m in strong_interp
                if m[0]
                in (
                    "FF301",
                    "FF302",
                    "FF310",
                    "FF306",
                    "FF305",
                    "FF311",
                    "FF313",
                    "FF315",
                    "FF318",
                )
            ]
            if overriding or about_other:
                kind = INTERPRETATION
            elif feeling:
                kind = FEELING
            elif fact and not strong_interp and not hedge and any(m[0] == "FF203" for m in fact):
                kind = FACT
            elif strong_interp or hedge or interp_weak:
                kind = INTERPRETATION
            elif fact:
                kind = FACT
            else:
                kind = self._fallback(clause, content)
        elif subject == "body":
            kind = (
                FEELING
                if feeling
                else (
                    INTERPRETATION
                    if interp_strong
                    else (
                        FACT if fact and not any(tags[k] & Tag.COPULA for k in content) else FEELING
                    )
                )
            )
        elif (
            feeling
            and subject in ("there", "thing")
            and not any(m[0] in ("FF306", "FF301", "FF302") for m in strong_interp)
        ):
            kind = FEELING
        elif strong_interp or hedge or interp_weak:
            kind = INTERPRETATION
        elif fact:
            kind = FACT
        elif feeling and subject in ("there", "thing", "we"):
            kind = FEELING
        else:
            kind = self._fallback(clause, content)
        kind = self._refine(clause, content, kind, hit)
        if kind is FEELING and fact and not self.words.isdisjoint(_OCCASION_WORDS):
            occasion = self._occasion(content, fact)
            if occasion >= 0:
                # "I felt sick all through Tuesday's meeting": feeling + the occasion
                hit("FF107", occasion, occasion)
                self.occasion = True
        if kind is INTERPRETATION and "by" in self.words:
            act = self._by_act(clause, found.values())
            if act >= 0:
                # "she stabbed me in the back by telling everyone": judgment + act (rule 10)
                hit("FF508", act, act + 1)
                self.by_act = True
        clause.kind = kind
        clause.matches.extend(found.values())

    # -- refinements: general patterns that override the clause kind
    def _refine(
        self,
        clause: _Clause,
        content: list[int],
        kind: str | None,
        hit: Callable[[str, int, int | None], None],
    ) -> str | None:
        wish = self._wish_not_to_live(clause, content)
        if wish >= 0:
            # Rule 17, in its indirect forms: "want to vanish for good".
            hit("FF105", wish, wish)
            return FEELING
        without = self._better_without_me(content)
        if without >= 0:
            # "The world would be fine without me": a judgment, not a wish (rule 17).
            hit("FF312", without, without + 1)
            return INTERPRETATION
        wish = self._self_harm_wish(clause, content)
        if wish >= 0:
            # Rule 17: a wish not to live is a feeling.
            hit("FF104", wish, wish)
            return FEELING
        idiom = self._feeling_idiom(clause, content)
        if idiom is not None:
            # "I wanted the ground to swallow me": a feeling, whatever the verbs
            hit("FF106", idiom[0], idiom[1])
            return FEELING
        if kind is None:
            ongoing = self._ongoing_action(clause, content)
            if ongoing >= 0:
                # "I've been keeping a log of his calls": the writer's own doing (rule 7)
                hit("FF203", ongoing, ongoing)
                return FACT
        stress = self._stress_idiom(clause, content) or self._counterfactual_urge(clause, content)
        if stress is not None:
            hit("FF101", stress[0], stress[1])
            return FEELING
        looks = self._appearance_judgment(content)
        if looks >= 0 and kind in (FACT, None):
            hit("FF304", looks, looks + 1)
            self.traps.add("labelling")
            return INTERPRETATION
        return kind

    def _heading(self, clause: _Clause, content: list[int]) -> str | None:
        """A worksheet item ("Goal for the week:", "Step 3:") is ``OTHER``; a heading
        ("Day 12.", "Morning pages") is ``""`` (no claim); anything else ``None``."""
        plan = False
        named = False
        for k in content:
            word, tag = self.norms[k], self.tags[k]
            if word in _PLAN_HEADINGS or (word == "to" and self.norm(k + 1) == "do"):
                plan = True
            elif word in _HEADING_NOUNS:
                named = True
            elif not (
                tag & (Tag.TIME | Tag.NUMBER)
                or word in _HEADING_FILLERS
                or (word == "do" and self.norm(k - 1) == "to")
            ):
                return None
        after = self.norm(clause.end)
        if plan and after in (":", "-", "—", "\u2013"):
            return OTHER
        opens = self.tags[content[0]] & Tag.TIME and len(content) <= 3  # "Week three."
        if plan or not (named or clause.start == 0 or self.after_heading or opens):
            return None
        return "" if named or after in ("", ".", ":", "-", "—", "\u2013", "!") else None

    def _kind_descriptor(self, content: list[int]) -> bool:
        """ "..., the bad kind": a noun phrase that only qualifies what came before."""
        return (
            len(content) <= 4
            and self.norms[content[0]] in ("the", "a", "not")
            and self.norms[content[-1]] in ("kind", "sort", "type")
        )

    def _motive(self, clause: _Clause, content: list[int]) -> int:
        """ "He did it to embarrass me": the "to" of a purpose read into someone's act, or -1."""
        if clause.subject not in ("third", "you", "none") or "to" not in self.words:
            return -1
        for k in content[1:]:
            if self.norms[k] != "to" or self.norm(k - 1) in _INFINITIVE_TAKERS:
                continue
            verb = self.norm(k + 1)
            tail = _MOTIVE_TAILS.get(verb)
            if verb in _MOTIVE_VERBS or (tail is not None and self.norm(k + 2) in tail):
                return k
        return -1

    def _bounded_absolute(self, k: int) -> bool:
        """ "cried the whole call", "in front of everyone": a scope, not a generalisation."""
        word, prev = self.norms[k], self.norm(k - 1)
        if word in ("whole", "entire"):
            return prev in _WHOLE_DETERMINERS
        return prev == "of" and self.norm(k - 2) == "front"

    def _idiom_at(self, k: int) -> tuple[str, int, int] | None:
        """A fixed idiom starting at *k*: a betrayal metaphor or a verbal outburst."""
        for rule, pattern in _IDIOMS.get(self.norms[k], ()):
            end = k + len(pattern)
            if end <= self.count and all(
                self.norms[m] in slot
                for m, slot in zip(range(k + 1, end), pattern[1:], strict=True)
            ):
                return (rule, k, end - 1)
        return None

    def _wish_not_to_live(self, clause: _Clause, content: list[int]) -> int:
        """The desire word of a wish or urge not to live or to self-harm, or -1."""
        if clause.subject in ("third", "you") or self.words.isdisjoint(_WISH_STARTS):
            return -1
        for k in content:
            word = self.norms[k]
            if word == "care" and "not" in (self.norm(k - 1), self.norm(k - 2)):
                # "I don't care whether I wake up tomorrow"
                if self._gone_after(k, _CARELESS_ENDS):
                    return k
            elif (
                (word in _DESIRES or (word == "love" and self.norm(k - 1) in ("'d", "would")))
                and not self._third_before(k, clause.start)
                and self._gone_after(k, _GONE_WORDS)
            ):
                return k
        return -1

    def _gone_after(self, k: int, ends: frozenset[str]) -> bool:
        """Whether the few words after *k* wish the writer gone: "... to vanish for good"."""
        for m in range(k + 1, min(self.count, k + _WISH_SPAN)):
            word = self.norms[m]
            if word in _OTHER_PEOPLE:
                return False  # "I wish he would disappear"
            if word in ends and (
                ends is _CARELESS_ENDS
                or word not in _GONE_NEEDS_NOT
                or self.norm(m - 1) in _NOTS
                or self.norm(m - 2) in _NOTS
            ):
                return True
            if word in _HARM_VERBS and self.norm(m + 1) in _HARM_URGE_NEXT:
                return True  # "the urge to cut is back", "... to cut comes back every night"
            if word in _SLEEP_WORDS and self._for_ever(m):
                return True
        return False

    def _for_ever(self, m: int) -> bool:
        """ "(sleep) forever", "(stay asleep) for ever", "for good": with no end."""
        nxt = self.norm(m + 1)
        return nxt in ("forever", "permanently") or (
            nxt == "for" and self.norm(m + 2) in ("ever", "good")
        )

    def _better_without_me(self, content: list[int]) -> int:
        """ "Everyone would be fine without me": the "without me" of a judgment, or -1."""
        if "without" not in self.words:
            return -1
        modal = False
        for k in content:
            word = self.norms[k]
            if word in ("would", "'d"):
                modal = True
            elif word == "without" and modal and self.norm(k + 1) in ("me", "us"):
                return k
        return -1

    def _counterfactual_urge(self, clause: _Clause, content: list[int]) -> tuple[int, int] | None:
        """ "Could've strangled him": an urge in anger, not an act (no safety flag)."""
        if clause.subject not in ("first", "none") or self.words.isdisjoint(_VIOLENT_PARTICIPLES):
            return None
        for k in content:
            if (
                self.norms[k] in ("could", "would", "'d")
                and self.norm(k + 1) in ("have", "'ve")
                and self.norm(k + 2) in _VIOLENT_PARTICIPLES
            ):
                return (k, k + 2)
        return None

    def _appearance_judgment(self, content: list[int]) -> int:
        """ "makes me look desperate", "she seemed annoyed": how someone comes across."""
        if self.words.isdisjoint(_APPEARANCE_VERBS):
            return -1
        for k in content:
            if self.norms[k] in _APPEARANCE_VERBS and self.tag(k + 1) & (
                Tag.LABEL | Tag.EMOTION | Tag.STRONG
            ):
                return k
        return -1

    def _self_harm_wish(self, clause: _Clause, content: list[int]) -> int:
        """The desire word of a first-person wish or urge to self-harm, or -1."""
        if clause.subject not in ("first", "none", "there"):
            return -1
        a, b = clause.start, clause.end
        if not any(m[0] == "FF901" and m[1] < b and m[2] >= a for m in self.safety_found):
            return -1
        for k in content:
            if self.norms[k] in _WISH_WORDS and not self._third_before(k, a):
                return k
        return -1

    def _reason_is_me(self, k: int) -> bool:
        """ "I'm the (whole / only) reason": the writer as the cause of it all."""
        back = k - 1
        while back > 0 and self.norms[back] in ("whole", "only", "main", "real", "entire"):
            back -= 1
        return (
            self.norm(back) == "the"
            and self.norm(back - 1) in ("am", "'m", "was")
            and self.norm(back - 2) == "i"
        )

    def _verdict_word(
        self,
        k: int,
        a: int,
        subject: str,
        interp_strong: list[tuple[str, int, int]],
        feeling: list[tuple[str, int, int]],
    ) -> None:
        """Cues of a few words that judge or feel in context ("better off", "the right call",
        "can't stand", "hard to breathe", "deserve", "I'm the reason", "overreacted")."""
        word = self.norms[k]
        prev = self.norms[k - 1] if k > a else ""
        if (
            word == "stand"
            and prev == "not"
            and self.norm(k - 2) in _CAN
            and self.norm(k + 1) not in ("up", "straight", "still", "on")
        ):
            # "he can't stand not being in control": a strong dislike, someone's or mine
            if subject in ("third", "you"):
                interp_strong.append(("FF306", k - 2, k))
                self.traps.add("mind_reading")
            else:
                feeling.append(("FF104", k - 2, k))
        if (
            word in ("hard", "difficult", "impossible")
            and self.norm(k + 1) == "to"
            and (self.norm(k + 2) in _BODY_STRUGGLES)
        ):
            # "it's hard to breathe when I think about it": a bodily stress sensation
            feeling.append(("FF102", k, k + 2))
        if word == "better" and self.norm(k + 1) == "off" and prev in _BE_FORMS | {"'m", "be"}:
            # "I'm better off without her": a verdict, not a mood
            interp_strong.append(("FF312", k, k + 1))
        if word.startswith("overreact") and subject == "first":
            # "I probably overreacted": a verdict on oneself, not a plain act
            interp_strong.append(("FF304", k, k))
        if (
            word in ("right", "wrong", "best", "worst")
            and prev == "the"
            and self.norm(k + 1) in ("call", "choice", "decision", "thing", "move")
        ):
            # "leaving was the right call": a verdict on a choice
            interp_strong.append(("FF312", k, k + 1))
        if word in _DESERVE and k > a:
            # "I deserve better", "he doesn't deserve her": a judgment of worth
            interp_strong.append(("FF312", k, k))
        if word == "reason" and self._reason_is_me(k):
            # "I'm the reason the marriage fell apart": all the blame on oneself
            interp_strong.append(("FF310", k - 3, k))
            self.traps.add("personalisation")

    def _dated_when(self, clause: _Clause) -> bool:
        """ "when I see him on Friday": one occasion named in the present, so still ahead."""
        return (
            clause.intro in ("when", "once", "before")
            and not self.words.isdisjoint(_AHEAD_MARKERS)
            and not _SPECIFIC_TIME.isdisjoint(self.norms[clause.start : clause.end])
            and not any(
                self.norms[m] in _PAST_MARKERS or self.tags[m] & Tag.PAST_ACTION
                for m in range(clause.start, clause.end)
            )
        )

    def _kind_of_person(self, k: int) -> bool:
        """ "(I'm) a terrible | son", "a selfish, hopeless | daughter": what kind of person."""
        back = k - 1
        while back > 0 and (self.norms[back] in (",", "and") or self.tags[back] & _DESCRIBING):
            back -= 1
        ahead = k + 1
        while ahead < self.count and (
            self.norms[ahead] in (",", "and") or self.tags[ahead] & _DESCRIBING
        ):
            ahead += 1
        return (
            self.norm(back) in ("a", "an")
            and self.norm(back - 1) in _BE_FORMS | {"'m", "'s", "'re"}
            and (bool(self.tag(ahead) & Tag.PERSON) or self.norm(ahead) in _PERSON_NOUNS)
        )

    def _listed_gerund(self, clause: _Clause, before: _Clause) -> bool:
        """ "(giving advice,) lending money, and never asking": one more item of a list."""
        k = clause.start
        while k < clause.end and self.norms[k] in ("and", "or", "never", "not", "always"):
            k += 1
        word = self.norm(k)
        return (
            len(word) > 4
            and word.endswith("ing")
            and not self.tag(k) & (Tag.EMOTION | Tag.SENSATION)
            and before.kind is not None
            and any(
                self.norms[m].endswith("ing")
                for m in range(max(before.start, before.end - 3), before.end)
            )
        )

    def _hedge_tail(self, clause: _Clause) -> bool:
        """ ", obviously", ", I guess", ", probably": a hedge said after the claim."""
        words = [w for w in self.norms[clause.start : clause.end] if w[0].isalnum()]
        return (
            0 < len(words) <= 2 and words[-1] in _HEDGE_TAILS and words[0] in _HEDGE_TAILS | {"i"}
        )

    def _bare_feeling(self, clause: _Clause) -> bool:
        """ "(and) a bit empty", "(and) so tired": an emotion word with no verb of its own."""
        kept = range(clause.start, clause.end)
        return any(TAGS.get(self.norms[m], 0) & Tag.EMOTION for m in kept) and not any(
            self.tags[m] & _VERB_TAGS and not (self.norms[m] == "bit" and self.norm(m - 1) == "a")
            for m in kept
        )

    def _purpose(self, clause: _Clause) -> bool:
        """ "(so) she doesn't have to fire me", "(so) he can play golf": a purpose."""
        for m in range(clause.start, clause.end):
            word = self.norms[m]
            if self.tags[m] & Tag.MODAL or word in _CAN:
                return True
            if word in _HAVE_FORMS | {"does", "do"} and "to" in self.norms[m + 1 : m + 4]:
                return True
        return False

    def _time_tail(self, clause: _Clause) -> bool:
        """ ", every single day", ", all week": how often or how long, said after the claim."""
        kept = [m for m in range(clause.start, clause.end) if self.norms[m][0].isalnum()]
        return (
            1 < len(kept) <= 6
            and self.norms[kept[0]] in _TAIL_STARTS
            and (
                self.norms[kept[-1]] in _TAIL_ENDS | _TIME_WORDS_PLAIN
                or bool(self.tags[kept[-1]] & (Tag.NUMBER | Tag.TIME))
            )
            and not any(self.tags[m] & _VERB_TAGS for m in kept)
        )

    def _comparative_tail(self, clause: _Clause) -> bool:
        """ ", stronger than last week", ", more than ever": a verbless comparison."""
        first = self.norms[clause.start]
        if first in ("more", "less", "worse", "better", "even", "much", "way", "far"):
            return "than" in self.norms[clause.start + 1 : clause.start + 4]
        return len(first) > 4 and first.endswith("er") and self.norm(clause.start + 1) == "than"

    def _message_saying(self, content: list[int]) -> int:
        """The "saying" of "left a voicemail saying ...", "rang me saying ...", or -1."""
        for k in content[2:]:
            if self.norms[k] != "saying":
                continue
            before = self.norms[k - 1]
            if before in _MESSAGE_NOUNS or (
                before in ("me", "us") and self.norms[k - 2].endswith(("ed", "ted", "rang", "sent"))
            ):
                return k
        return -1

    def _hope(self, clause: _Clause, content: list[int]) -> int:
        """The verb of "I (just) hope / wish / pray" + a clause, or -1."""
        if clause.subject not in ("first", "none") or self.words.isdisjoint(_HOPE_VERBS | _WANTS):
            return -1
        k = content[0]
        if self.norms[k] in _HOPING:
            return k  # "(I took the pills) hoping I wouldn't wake up"
        if self.norms[k] != "i":
            return -1
        k += 1
        while k < clause.end and self.norms[k] in _ADVERBS_BEFORE_VERB:
            k += 1
        if k + 1 >= clause.end:
            return -1
        nxt = self.norms[k + 1]
        if self.norms[k] in ("want", "wanted") and nxt in ("my", "him", "her", "them", "someone"):
            # "I just want my mom to hold me": a wish for what someone would do
            after = k + (3 if nxt == "my" else 2)
            return k if self.norm(after) == "to" and self.norm(after + 1) != "be" else -1
        if self.norms[k] not in _HOPE_VERBS:
            return -1
        return k if nxt == "that" or _subject_like(self.tags[k + 1], nxt) else -1

    def _ends_with_hope(self, clause: _Clause) -> bool:
        """ "I hope | I don't wake up": a clause that ends on its wish verb."""
        last = clause.end - 1
        while last > clause.start and self.norms[last] in _PUNCT_SPLIT:
            last -= 1
        return (
            self.norms[last] in _HOPE_VERBS
            and clause.subject in ("first", "none")
            and self.norm(last - 1) not in _OTHER_PEOPLE
        )

    def _feeling_idiom(self, clause: _Clause, content: list[int]) -> tuple[int, int] | None:
        """ "wanted the ground to swallow me", "could have cried": the idiom's span."""
        if clause.subject not in ("first", "none", "body", "thing") or self.words.isdisjoint(
            _FEELING_IDIOMS
        ):
            return None
        if clause.subject == "thing" and self.norms[content[0]] != "my":
            # "my brain is fried": only one's own head or body as the thing
            return None
        b = clause.end
        for k in content:
            for words in _FEELING_IDIOMS.get(self.norms[k], ()):
                end = k + len(words)
                if (
                    end <= b
                    and tuple(self.norms[k:end]) == words
                    and not self._third_before(k, clause.start)
                ):
                    return (k, end - 1)
        return None

    def _ongoing_action(self, clause: _Clause, content: list[int]) -> int:
        """ "I've been sleeping at my sister's": the -ing verb of an ongoing own act, or -1."""
        if clause.subject not in ("first", "we") or "been" not in self.words:
            return -1
        for k in content:
            if self.norms[k] != "been" or self.norm(k - 1) not in _HAVE_FORMS:
                continue
            step = k + 1
            while self.norm(step) in _ONGOING_SKIP:
                step += 1
            verb = self.norm(step)
            if (
                len(verb) > 4
                and verb.endswith("ing")
                and verb not in _NOT_ONGOING
                and not self.tag(step) & _NOT_ONGOING_TAGS
                and step + 1 < clause.end
                and self.norm(step + 1).isalpha()
            ):
                return step
        return -1

    def _confidence_clause(self, k: int, a: int) -> bool:
        """ "I'm sure (that) she meant it": the writer's certainty about a clause."""
        p = k - 1
        while p > a and self.norms[p] in _CONFIDENCE_SKIP:
            p -= 1
        if p <= a and self.norms[p] in _CONFIDENCE_SKIP | {"pretty", "fairly"}:
            pass  # "Pretty sure my stepdad resents me": the writer's certainty, unsaid "I'm"
        elif self.norm(p) not in ("am", "'m", "was") or self.norm(p - 1) != "i":
            return False
        if self.norm(k + 1) == "of" and self.norm(k + 2) in ("it", "that", "this"):
            return True  # "..., I'm sure of it": certainty about the clause before
        nxt = k + 2 if self.norm(k + 1) == "that" else k + 1
        return bool(
            self.tag(nxt) & (Tag.THIRD_PRONOUN | Tag.PERSON | Tag.FIRST_PRONOUN | Tag.DETERMINER)
        ) or self.norm(nxt) in ("it", "this", "there", "he", "she", "they", "we", "i")

    def _comparison(self, clause: _Clause) -> int:
        """ "he was nicer", "it's worse": the comparative of an evaluation, or -1."""
        for k in range(clause.start, clause.end):
            word = self.norms[k]
            if not (
                word in ("better", "worse")
                or (word.endswith("er") and len(word) > 4 and self._comparable(word))
            ):
                continue
            p = k - 1
            while p > clause.start and self.norms[p] in _DEGREE:
                p -= 1
            if self.norm(p) in _COMPARISON_LINKS:
                return k
        return -1

    def _comparable(self, word: str) -> bool:
        """Whether *word* is the comparative of an evaluative adjective ("nicer", "easier")."""
        for stem in (word[:-1], word[:-2], word[:-3] + "y", word[:-3]):
            if stem in _COMPARABLE or TAGS.get(stem, 0) & (Tag.LABEL | Tag.EMOTION):
                return True
        return False

    def _third_before(self, k: int, a: int) -> bool:
        return any(self.tags[m] & Tag.THIRD_PRONOUN for m in range(max(a, k - 2), k))

    def _stress_idiom(self, clause: _Clause, content: list[int]) -> tuple[int, int] | None:
        """ "This commute is killing me", "the wait is doing my head in": stress, not a claim."""
        subject = clause.subject
        a, b = clause.start, clause.end
        if subject in ("thing", "none", "there") and not self.words.isdisjoint(_STRESS_IDIOMS):
            for k in content:
                for words in _STRESS_IDIOMS.get(self.norms[k], ()):
                    end = k + len(words)
                    if end <= b and tuple(self.norms[k:end]) == words:
                        return (k, end - 1)
        if subject in ("thing", "none", "first"):
            for rule, i, j in self.safety_found:
                if rule == "FF504" and a <= i < b and not self._third_before(i, a):
                    return (i, j)
        return None

    def _progressive_plan(self, clause: _Clause, content: list[int]) -> tuple[int, int] | None:
        """ "Tomorrow I'm telling her", "If he shouts, I'm leaving": a plan in the present."""
        if clause.subject != "first" or not self.future_frame or self.words.isdisjoint(_AM):
            return None
        for k in content:
            if self.norms[k] not in ("am", "'m"):
                continue
            step = k + 1
            while step < clause.end and self.norms[step] in _FEEL_SKIP | {"not", "definitely"}:
                step += 1
            verb = self.norm(step)
            if (verb.endswith("ing") and _ing_stem_volitional(verb)) or (
                verb == "ending" and self.norm(step + 1) in _THE | {"things", "this", "a"}
            ):
                return (k, step)
        return None

    def _after_subject(self, k: int, a: int) -> bool:
        """Whether the word at *k* follows its subject, as an active verb does.

        "She rejected my offer", "my ex has ignored me": yes; "I was ignored",
        "I feel so rejected", "my ignored texts": no (a state or an adjective).
        """
        p = k - 1
        while p >= a and (self.norms[p] in _ADVERBS_BEFORE_VERB or self.tags[p] & Tag.INTENSIFIER):
            p -= 1
        if p < a:
            return False
        word, tag = self.norms[p], self.tags[p]
        if tag & (Tag.COPULA | Tag.FEEL | Tag.DETERMINER) or word in _PASSIVE_MARKERS:
            return False
        if word in _NOT_SUBJECTS or word == "her":
            return False
        if word in ("has", "have", "had", "'ve", "'d", "i", "we", "you"):
            return True
        if tag & (Tag.PERSON | Tag.THIRD_PRONOUN):
            return True
        raw = self.tokens[p].raw
        return (
            not tag
            and raw.isalpha()
            and (raw[0].isupper() or bool(self.tag(p - 1) & Tag.DETERMINER))
        )

    def _active_faux(self, k: int, a: int, first: int, subject: str) -> bool | None:
        """A faux word used as an active verb: ``True`` if it judges, ``False`` if it reports.

        "He manipulated me", "she just uses me": a judgment (rule 2); "she
        ignored my texts", "he rejected my offer": behaviour (rule 14).
        ``None`` when the word is no active verb here ("I feel ignored").
        """
        word, tag = self.norms[k], self.tags[k]
        if tag & (Tag.SPEECH | Tag.MIND):
            return None
        nxt = self.norm(k + 1)
        if word in _PERSON_EVALUATIVE_VERBS:
            if nxt not in _PERSON_OBJECTS and not (word.startswith("play") and nxt == "games"):
                return None
            evaluative = True
        elif word in _EVALUATIVE_VERBS:
            evaluative = True
        else:
            # one of _FAUX_VERB_FORMS: the caller passes only _ACTIVE_FAUX_WORDS
            evaluative = False
        if evaluative and word.endswith("ing"):
            # "he is using me", "she keeps belittling me"
            return True
        if subject == "none":
            # a fragment: "ignored my calls again", "manipulating me"
            has_object = nxt in _PERSON_OBJECTS or bool(self.tag(k + 1) & Tag.DETERMINER)
            return evaluative if k == first and has_object else None
        return evaluative if self._after_subject(k, a) else None

    def _negated_attitude(self, k: int, a: int, subject: str) -> bool:
        """ "She doesn't respect me", "he never even valued it": an attitude, not an act."""
        if self.norm(k) not in _ATTITUDE_VERBS or not (
            subject in ("third", "you")
            or (subject == "thing" and self.norm(k + 1) in _PERSON_OBJECTS)
        ):
            return False
        p = k - 1
        while p >= a and self.norms[p] in _NEGATION_SKIP:
            p -= 1
        return p >= a and self.norms[p] in ("not", "never")

    def _conclusion(self, content: list[int]) -> int:
        """ "..., which shows how little I matter": the verb drawing a conclusion, or -1."""
        head = content[0]
        while head < content[-1] and self.norms[head] in ("and", "so", "but"):
            head += 1
        if self.norms[head] not in _CONCLUSION_HEADS:
            return -1
        verb = head + 1
        while verb < self.count and self.norms[verb] in _ADVERBS_BEFORE_VERB | {"clearly"}:
            verb += 1
        word = self.norm(verb)
        if self.norms[head] == "which" and word in ("is", "'s", "was"):
            after = verb + 1
            while self.norm(after) in ("so", "such", "really", "pretty", "just", "a", "very"):
                after += 1
            if (
                self.norm(verb + 1) == "how"
                and self.tag(verb + 2) & (Tag.THIRD_PRONOUN | Tag.PERSON)
            ) or self.tag(after) & Tag.LABEL:
                return verb  # "..., which is how he punishes me", "..., which is so petty"
        if word not in _CONCLUSION_VERBS:
            return -1
        if word == "goes" and self.norm(verb + 1) != "to":
            return -1
        if word in ("means", "meant") and (
            self.norms[head] != "which"
            or any(self.norm(m) in _CONSEQUENCE_VERBS for m in range(verb + 1, verb + 4))
        ):
            # "which means I have to pay the rent alone": a consequence, not a verdict
            return -1
        return verb

    def _restrictive(self, clause: _Clause, content: list[int], next_intro: str) -> int:
        """ "He only calls when he needs money": the "only" of a restrictive rule, or -1."""
        if clause.subject not in ("third", "thing", "you") or "only" not in self.words:
            return -1
        for k in content:
            if self.norms[k] != "only":
                continue
            verb = k + 1
            while self.norm(verb) in ("ever", "really", "ever"):
                verb += 1
            nxt = self.norm(verb)
            if nxt in ("time", "times"):
                after = range(verb + 1, self.count)
            elif nxt in _RESTRICTIVE_NOT_VERB or self.tag(verb) & (Tag.NUMBER | Tag.TIME):
                continue
            else:
                after = range(verb + 1, clause.end)
            if next_intro in ("when", "whenever", "if", "unless", "once"):
                return k
            if any(self._restricting_word(m) for m in after):
                return k
        return -1

    def _restricting_word(self, m: int) -> bool:
        """ "when ...", "for favours", "to borrow money": what the restriction is."""
        word = self.norms[m]
        if word in ("when", "whenever", "if", "unless") or (
            word == "as" and self.norm(m + 1) == "long" and self.norm(m + 2) == "as"
        ):
            return True  # "... as long as I was the one paying"
        if word not in ("for", "to"):
            return False
        following = [self.tag(m + step) for step in (1, 2, 3)]
        if any(tag & (Tag.NUMBER | Tag.TIME) for tag in following):
            return False  # "for an hour", "to 9 pm"
        if word == "to":
            # a purpose ("to borrow money"), not a place or a person ("to the shop", "to me")
            return not following[0] & (
                Tag.DETERMINER | Tag.PERSON | Tag.FIRST_PRONOUN | Tag.THIRD_PRONOUN
            ) and self.norm(m + 1) not in ("us", "you", "")
        return True

    def _anchored_never(self, k: int, b: int) -> bool:
        """ "He never paid back the 200 dollars": one concrete event, not an absolute."""
        verb = k + 1
        while verb < b and self.norms[verb] in _NEGATION_SKIP:
            verb += 1
        if (
            verb >= b
            or not self._past_form(verb)
            or self.tags[verb] & (Tag.MIND | Tag.EMOTION_VERB)
        ):
            return False
        if self.norms[verb] in _RETURN_VERBS:
            return True
        for m in range(verb + 1, b):
            word, tag = self.norms[m], self.tags[m]
            if word in _PARTICLE_ANCHORS or word in _EVENT_NOUNS or word in _SPECIFIC_TIME:
                return True
            if tag & Tag.NUMBER and word not in _NUMBER_NEEDS_TIME:
                return True
            if word in ("that", "this") and self.tag(m + 1) & Tag.TIME:
                return True
        return False

    def _past_form(self, k: int) -> bool:
        """Whether the word at *k* looks like a finite past-tense verb."""
        word, tag = self.norms[k], self.tags[k]
        if tag & Tag.PAST_ACTION:
            return word not in ("been", "gone", "given", "taken", "seen", "done", "written")
        return (
            len(word) > 4
            and word.endswith("ed")
            and word.isalpha()
            and word not in _NOT_VERBS_ED
            and word not in _AMBIGUOUS_EMOTION
            and not tag & (Tag.EMOTION | Tag.LABEL)
        )

    def _plain_event(self, clause: _Clause, content: list[int]) -> int:
        """A subject and a finite past-tense verb that no other rule claimed: an event."""
        if clause.subject not in ("third", "first", "we", "you", "thing"):
            return -1
        for k in content:
            if self._past_form(k) and not self.tags[k] & (Tag.MIND | Tag.LABEL):
                if self.tags[k] & Tag.EMOTION_VERB and (
                    clause.subject != "third" or self.norm(k + 1) in _PERSON_OBJECTS
                ):
                    continue
                if self._after_subject(k, clause.start):
                    return k
        return -1

    def _present_habit(self, clause: _Clause, content: list[int]) -> int:
        """A present-tense verb of someone else with an object ("handles the bills"), or -1."""
        if clause.subject != "third":
            return -1
        for k in content:
            word = self.norms[k]
            if word in _CONTACT_VERBS and self.norm(k + 1) in _OBJECT_PRONOUNS:
                return k  # "she texts me every morning"
            if word == "hurts" and any(m[0] == "FF902" and m[1] == k for m in self.safety_found):
                return k  # "he hurts me when he drinks", read as a physical act
            if (
                not self.tags[k]
                and len(word) > 3
                and word.isalpha()
                and word.endswith("s")
                and not word.endswith(("ss", "us", "is"))
                and (
                    self.tag(k + 1) & (Tag.DETERMINER | Tag.PREPOSITION)
                    or (word in _PHYSICAL_ACTS and self.norm(k + 1) in _OBJECT_PRONOUNS)
                    or (self.norm(k + 1) in _HABIT_HEADS and self.tag(k + 2) & Tag.TIME)
                )
                and self._after_subject(k, clause.start)
            ):
                return k
        return -1

    def _greeting(self, content: list[int]) -> bool:
        """ "Happy Monday!", "Merry Christmas to me lol", "Hi everyone": a greeting, no claim."""
        norms = self.norms
        if norms[content[0]] in _HELLOS:
            return all(
                norms[k] in _GREETING_TAIL or norms[k] in _HELLOS or not norms[k][0].isalnum()
                for k in content[1:]
            )
        if norms[content[0]] not in _GREETING_HEADS:
            return False
        seen_occasion = False
        for k in content[1:]:
            word, tag = norms[k], self.tags[k]
            if word in _OCCASIONS or word in _GREETING_HEADS:
                seen_occasion = True
            elif not (
                word in _GREETING_TAIL
                or tag & (Tag.NO_CONTENT | Tag.LAUGH | Tag.SARCASM)
                or not word[0].isalnum()
            ):
                return False
        return seen_occasion

    def _subjectless_act(self, clause: _Clause, k: int) -> bool:
        """ "Been googling ...", "Made me pay again", "Took the kids to school": an act whose
        subject is left out (and marked so)."""
        word = self.norms[k]
        if word == "been" and self.norm(k + 1).endswith("ing"):
            if self.tag(k + 1) & (Tag.EMOTION | Tag.SENSATION | Tag.FAUX):
                return False
            clause.matches.append(("FF203", k + 1, k + 1))
            return True
        if (
            (self.tags[k] & Tag.PAST_ACTION or word in ("made", "took", "kept", "got"))
            and not self.tags[k] & (Tag.EMOTION | Tag.FAUX | Tag.LABEL | Tag.SENSATION)
            and self.norm(k + 1) in _FRAGMENT_OBJECTS
        ):
            clause.matches.append(("FF204" if self.norm(k + 1) == "me" else "FF203", k, k))
            return True
        return False

    def _fallback(self, clause: _Clause, content: list[int]) -> str | None:
        norms, tags = self.norms, self.tags
        subject = clause.subject
        if subject in ("third", "you", "thing"):
            for k in content:
                if tags[k] & Tag.COPULA or norms[k] in (
                    "has",
                    "have",
                    "had",
                    "seems",
                    "acts",
                    "treats",
                ):
                    nxt = self.norm(k + 1)
                    nxt2 = self.norm(k + 2)
                    if norms[k] in ("has", "have", "had") and nxt not in ("no", "zero", "never"):
                        continue
                    if nxt == "been" and (
                        nxt2.endswith("ing") or self.tag(k + 2) & Tag.PAST_ACTION
                    ):
                        continue  # "he's been drinking": what he does, not what he is
                    if nxt in (
                        "me",
                        "him",
                        "her",
                        "us",
                        "them",
                        "you",
                        "ok",
                        "okay",
                        "fine",
                        "mine",
                        "his",
                        "hers",
                        "theirs",
                        "ours",
                        "over",
                        "off",
                        "on",
                        "up",
                        "done",
                        "about",
                    ):
                        continue
                    if (
                        nxt in ("no", "zero", "never")
                        or (
                            nxt
                            in (
                                "a",
                                "an",
                                "such",
                                "so",
                                "too",
                                "the",
                                "just",
                                "always",
                                "really",
                                "not",
                            )
                            and nxt2 not in _NEUTRAL_NOUNS_AFTER_A
                        )
                        or (
                            nxt
                            and not self.tag(k + 1)
                            & (
                                Tag.PREPOSITION
                                | Tag.DETERMINER
                                | Tag.NUMBER
                                | Tag.PAST_ACTION
                                | Tag.TIME
                            )
                            and not nxt.endswith("ing")
                            and nxt
                            not in (
                                "at",
                                "in",
                                "home",
                                "out",
                                "back",
                                "here",
                                "there",
                                "still",
                                "gone",
                            )
                        )
                    ):
                        clause.matches.append(("FF312", k, min(k + 1, content[-1])))
                        return INTERPRETATION
            for k in content:
                word = norms[k]
                if (
                    word.endswith("ing")
                    and len(word) > 4
                    and not tags[k] & ~Tag.URGE
                    and k > content[0]
                ):
                    # "he's been drinking again", "she keeps texting"
                    clause.matches.append(("FF204", k, k))
                    return FACT
        if subject in ("none", "first", "thing"):
            # "I'm struggling", "feeling wobbly", "everything feels heavy":
            # the writer's own state, in words the lexicon does not know.
            for k in content:
                if (
                    tags[k] & Tag.FEEL
                    or (
                        tags[k] & Tag.COPULA
                        and norms[k - 1 if k else 0] == "i"
                        and subject == "first"
                    )
                ) and k + 1 < clause.end:
                    if _location_after(norms, tags, k + 1, clause.end):
                        # "I was at my sister's", "I'm in the car": where, not how
                        clause.matches.append(("FF203", k, k + 2))
                        return FACT
                    probe = k + 1
                    while probe < clause.end and norms[probe] in _FEEL_SKIP | {
                        "not",
                        "all",
                        "at",
                        "in",
                        "kind",
                        "sort",
                    }:
                        probe += 1
                    if probe < clause.end and norms[probe] in _PLAIN_STATES:
                        clause.matches.append(("FF203", k, probe))  # "I was late again"
                        return FACT
                    if (
                        probe < clause.end
                        and not tags[probe]
                        & (
                            Tag.LABEL
                            | Tag.PERSON
                            | Tag.THIRD_PRONOUN
                            | Tag.FAUX
                            | Tag.TIME
                            | Tag.NUMBER
                        )
                        and norms[probe]
                        not in (
                            "like",
                            "that",
                            "as",
                            "the",
                            "a",
                            "an",
                            "home",
                            "work",
                            "here",
                            "there",
                            "going",
                            "gonna",
                            "sure",
                            "told",
                            "supposed",
                        )
                        and norms[probe] not in _ROLE_WORDS
                    ):
                        if (
                            _progressive_with_object(norms, tags, probe, clause.end)
                            or norms[probe] in _ACTIVITIES
                        ):
                            # "I was holding the baby", "I was driving": an act, not a state
                            clause.matches.append(("FF203", probe, probe))
                            return FACT
                        clause.matches.append(("FF101", k, probe))
                        return FEELING
        if subject in ("none", "first"):
            # gerund fragments such as "yelling at me"
            k = content[0]
            word = norms[k]
            if word.endswith("ing") and not tags[k] & (Tag.EMOTION | Tag.FAUX | Tag.LABEL):
                stem = word[:-3]
                judged = (
                    TAGS.get(stem + "ed", 0)
                    | TAGS.get(stem + "ted", 0)
                    | TAGS.get(stem[:-1] + "ed", 0)
                    | TAGS.get(stem + "d", 0)
                )
                if word in _EVALUATIVE_VERBS:
                    clause.matches.append(("FF313", k, k))
                    return INTERPRETATION
                if judged & Tag.LABEL:
                    clause.matches.append(("FF302", k, k))
                    return INTERPRETATION
                clause.matches.append(("FF204", k, k))
                return FACT
            if subject == "none" and self._subjectless_act(clause, k):
                return FACT
            # third-person fragments such as "reads my messages"
            if (
                subject == "none"
                and word.endswith("s")
                and len(word) > 3
                and self.norm(k + 1) in ("me", "my", "us", "our", "the", "at", "to", "up")
                and not tags[k] & (Tag.EMOTION | Tag.LABEL | Tag.FAUX | Tag.BODY_PART)
            ):
                clause.matches.append(("FF204", k, k))
                return FACT
        habit = self._present_habit(clause, content)
        if habit >= 0:
            # "My wife handles the bills": who does what, as a camera would see it
            clause.matches.append(("FF204", habit, habit))
            return FACT
        event = self._plain_event(clause, content)
        if event >= 0:
            # "She ignored my texts all weekend": a subject and a past action
            clause.matches.append(
                ("FF203" if subject in ("first", "we") else "FF204", event, event)
            )
            return FACT
        return None

    def _experiencer(self, k: int, a: int, subject: str) -> str:
        """Whose emotion the word at *k* is: the nearest subject before it."""
        if self.norm(k - 1) in ("him", "her", "them") and self.norm(k - 2) in _CAUSING:
            return "third"  # "the divorce has made her lonelier"
        for m in range(k - 1, a - 1, -1):
            word = self.norms[m]
            if word in ("i", "me", "my", "myself", "we", "us"):
                return "first"
            if word in ("he", "she", "they", "someone", "somebody", "everyone", "nobody") or (  # noqa: SIM102 - one test per rule condition
                self.tags[m] & Tag.PERSON and word not in ("him", "her", "them")
            ):
                if self.norm(m + 1) in (
                    "'s",
                    "is",
                    "was",
                    "seems",
                    "seemed",
                    "looks",
                    "looked",
                    "sounds",
                    "'d",
                    "gets",
                    "got",
                    "must",
                    "might",
                    "'ll",
                    "will",
                    "would",
                    "feels",
                    "felt",
                    "are",
                    "were",
                    "'re",
                    "never",
                    "always",
                    "probably",
                    "really",
                    "still",
                    "just",
                    "has",
                    "had",
                    "did",
                    "does",
                    "can",
                    "could",
                ) or self.tags[m + 1] & (Tag.EMOTION | Tag.MIND):
                    return "third"
        return subject

    def _body_near(self, k: int, a: int, b: int) -> bool:
        for m in range(max(a, k - 4), min(b, k + 5)):
            if self.tags[m] & Tag.BODY_PART and self.norm(m - 1) in ("my", "the", "in", "of"):
                return True
        return False

    def _own_fact_after(self, k: int, b: int) -> bool:
        return bool(self.tag(k + 1) & Tag.PAST_ACTION) and self.norm(k - 1) in (
            "have",
            "'ve",
            "had",
        )

    def _self_blame(self, k: int, a: int) -> bool:
        return any(self.norms[m] in ("my", "i", "me", "am", "'m") for m in range(max(a, k - 4), k))

    def _question_start(self) -> bool:
        return any(m[0] == "FF401" for m in self.matches)

    def _refusal(self, k: int) -> bool:
        """ "(now) she won't talk to me", "he still won't answer": a refusal going on."""
        return (
            self.norms[k] in ("will", "'ll")
            and self.norm(k + 1) == "not"
            and self.norm(k + 2) in _REFUSALS
            and not _NOW_WORDS.isdisjoint(self.norms[max(0, k - 4) : k + 8])
        )

    def _told_before(self, k: int) -> bool:
        """Whether a past act is told just before *k*, in the same sentence and by a named
        subject ("he stood in the doorway and wouldn't ..."): a story in the past."""
        if self.norm(k - 1) in _GENERIC_HEADS or (
            (self.tag(k - 1) & Tag.PERSON or self.norm(k - 1) in _PERSON_NOUNS)
            and not _GENERIC_HEADS.isdisjoint(self.norms[max(0, k - 3) : k - 1])
        ):
            return False  # "a real friend wouldn't do that": a rule, not a story
        m = k - 1
        while m >= 0 and self.norms[m] not in _SENTENCE_END:
            if self.tags[m] & Tag.PAST_ACTION and not self.norms[m].endswith("ing"):
                return True
            m -= 1
        return False

    def _prediction(self, k: int, subject: str, b: int) -> bool:
        word = self.norms[k]
        nxt = self.norm(k + 1)
        if word in ("would", "'d") and subject == "first":
            return False
        if word == "'d" and self.norm(k + 1) in ("better", "rather"):
            return False
        if word in ("would", "'d") and nxt in ("not", "never") and self._told_before(k):
            return False  # "(he stood in the doorway and) wouldn't let me out": a past refusal
        if self._refusal(k):
            return False  # "now she won't talk to me": a refusal going on, not a forecast
        if word == "going" or nxt in (
            "not",
            "never",
            "just",
            "probably",
            "definitely",
            "still",
            "always",
            "only",
        ):
            verb = self.norm(k + 2)
        else:
            verb = nxt
        if subject == "none" and word in ("would", "'d") and nxt == "have":
            return True  # "anyone else would have walked out years ago": a verdict
        if subject in ("first", "we", "none"):
            return verb in _OUTCOME_VERBS or (nxt == "never" and self.norm(k + 2) in _OUTCOME_VERBS)
        if word in ("would", "'d") and subject == "thing":
            # "things would have been fine if ...", "the world wouldn't miss me": a verdict
            return (nxt == "have" and self.norm(k + 2) == "been") or verb in _MISSING_VERBS
        return bool(verb) and verb not in ("", ".", ",")

    def _plan(self, clause: _Clause, content: list[int]) -> tuple[int, int] | None:
        subject = clause.subject
        if subject not in ("first", "we", "none", "thing") or self.words.isdisjoint(_PLAN_WORDS):
            return None
        norms = self.norms
        for k in content:
            word = norms[k]
            if (
                word in _PLAN_MARKERS
                or (word in ("going", "gonna") and self.norm(k + 1) == "to")
                or (
                    word in _INTENT_VERBS
                    and self.norm(k + 1) == "to"
                    and word not in ("going", "gonna")
                )
            ):
                if subject == "thing" and word != "getting":
                    return None
                if subject == "none" and k > content[0] + 2:
                    return None
                prev = self.norm(k - 1)
                back = k - 1
                while back > content[0] and self.norms[back] in (
                    "really",
                    "definitely",
                    "just",
                    "finally",
                    "actually",
                    "also",
                    "totally",
                    "seriously",
                    "am",
                    "'m",
                    "are",
                    "'re",
                    "honestly",
                    "only",
                    "still",
                ):
                    back -= 1
                if self.norm(back) not in ("i", "we") and not (
                    subject == "none" and back < content[0] + 1
                ):
                    return None
                if self._foreseen(content[0], k):
                    # "I know I'll give in": a prediction about oneself
                    return None
                if word == "want" and prev not in ("i", "we"):
                    return None
                if word == "have" and prev not in ("i", "we"):
                    return None
                step = k + 2 if word in ("going", "gonna") or word in _INTENT_VERBS else k + 1
                while step < self.count and norms[step] in (
                    "to",
                    "not",
                    "just",
                    "only",
                    "finally",
                    "also",
                    "actually",
                    "really",
                    "definitely",
                    "go",
                    "try",
                    "start",
                    "and",
                    "politely",
                    "calmly",
                    "firmly",
                    "never",
                ):
                    if norms[step] == "go" and self.norm(step + 1) in _GO_PLACES:
                        break  # "I'll go to my sister's": going is the plan itself
                    step += 1
                verb = self.norm(step)
                if norms[step - 1] in ("start", "begin") and verb.endswith("ing"):
                    return (k, step)  # "going to start looking at flats"
                if verb == "end" and self.norm(step + 1) in _THE | {"things", "this", "a"}:
                    return (k, step)  # "I will end the call": an act, not "end up"
                if verb in _NON_AGENCY or (verb == "give" and self.norm(step + 1) == "in"):
                    return None
                if word == "want" and verb in (
                    "die",
                    "disappear",
                    "scream",
                    "cry",
                    "hide",
                    "sleep",
                    "be",
                    "feel",
                    "stop",
                    "kill",
                    "hurt",
                    "end",
                    "give",
                    "run",
                    "throw",
                    "punch",
                    "go",
                    "not",
                ):
                    return None
                if verb in _OUTCOME_VERBS and verb not in ("stay", "get", "find", "never"):
                    return None
                if norms[step - 1] == "never" and verb in (
                    "find",
                    "be",
                    "get",
                    "have",
                    "love",
                    "trust",
                    "forgive",
                    "recover",
                    "change",
                ):
                    return None
                if (
                    verb in _VOLITIONAL
                    or (self.tag(step) & Tag.IMPERATIVE)
                    or verb == "need"
                    or (word in _WILL_MARKERS and self._base_action(step))
                ):
                    return (k, min(step, content[-1]))
                return None
            if word == "getting" and self.norm(k + 1) == "called":
                return (k, k + 1)
        return None

    def _foreseen(self, start: int, k: int) -> bool:
        return any(self.norms[m] in _FORESEEING for m in range(start, k))

    def _base_action(self, k: int) -> bool:
        """ "I'll collect", "gonna phone": a plain verb the writer can choose to do."""
        word = self.norm(k)
        return (
            len(word) > 2
            and word.isalpha()
            and not word.endswith(("ing", "ed", "ly"))
            and not self.tag(k) & _NOT_ACTION_TAGS
            and word not in _OUTCOME_VERBS
        )

    # -- combining clauses
    def _combine(self, clauses: list[_Clause], question: bool) -> tuple[str, set[str], float]:
        if question:
            parts = {OTHER}
            for clause in clauses:
                if clause.kind is not None and clause.kind is not OTHER:
                    parts.add(clause.kind)
            return OTHER, parts, 0.8
        claims = [c for c in clauses if c.kind is not None]
        if not claims:
            if self.count and not any(m[0] == "FF404" for c in clauses for m in c.matches):
                self.matches.append(("FF404", 0, self.count - 1))
            return OTHER, {OTHER}, 0.6
        head = claims[0]
        is_if = any(c.intro == "if" or c.conditional for c in clauses[:1])
        if head.kind is OTHER and head.intro not in ("and", "but", "so"):
            parts = {OTHER} | {c.kind for c in claims if c.kind is not None}
            return OTHER, parts, 0.75
        if is_if and any(c.kind is OTHER for c in claims):
            parts = {OTHER} | {c.kind for c in claims if c.kind is not None}
            return OTHER, parts, 0.7
        present: set[str] = {c.kind for c in claims if c.kind is not None and c.kind is not OTHER}
        asserted = {c.kind for c in claims if not c.conditional and c.kind is not OTHER}
        if asserted and asserted != present:
            # "Nobody would notice if I moved away": a condition is no claim.
            present = asserted  # type: ignore[assignment]
        if not present:
            return OTHER, {OTHER}, 0.7
        for c in claims:
            if c.intro in ("whenever", "every") and not self._specific(c):
                self.matches.append(("FF502", c.start, c.end - 1))
        for c in clauses:
            if c.kind is None and c.intro in ("whenever", "every") and not self._specific(c):
                self.matches.append(("FF502", c.start, c.end - 1))
        # habitual triggers keep a feeling a feeling (rule 16); a condition
        # in the present ("when she sees it") is no separate claim.
        if len(present) > 1:
            kept: set[str] = set()
            for c in claims:
                if c.kind is OTHER or c.kind is None:
                    continue
                if c.intro in _CONDITION_INTRO and c.kind is FACT and not self._specific(c):
                    self.matches.append(("FF502", c.start, c.end - 1))
                    continue
                kept.add(c.kind)
            present = kept or present
        if self.occasion and FEELING in present:
            present.add(FACT)
        if self.by_act and INTERPRETATION in present:
            present.add(FACT)
        if len(present) == 1:
            label = next(iter(present))
            assert label is not None  # noqa: S101 - claims have a kind
            support = sum(len(c.matches) for c in claims)
            return label, set(present), min(0.95, 0.55 + 0.1 * support)
        return MIXED, set(present), 0.6

    def _occasion(self, content: list[int], fact: list[tuple[str, int, int]]) -> int:
        """ "during the meeting ... yesterday": where a dated occasion starts, or -1."""
        if not self.words.isdisjoint(_HABITUAL_WORDS) or not any(m[0] == "FF202" for m in fact):
            return -1
        if not self.words.isdisjoint(_FEAR_WORDS) and not self._looks_back(
            content[0], content[-1] + 1
        ):
            return -1  # "dreading Sunday dinner at his parents'": the occasion is still ahead
        for k in content:
            word = self.norms[k]
            if word not in _OCCASION_WORDS:
                continue
            ahead = self.norms[k + 1 : k + 4]
            if word == "whole":
                if self.norm(k + 1) == "time":
                    return k
            elif (
                "'s" in ahead
                or "'" in ahead
                or not _EVENT_NOUNS.isdisjoint(ahead)
                or (word != "at" and bool(self.tag(k + 1) & (Tag.DETERMINER | Tag.TIME)))
            ):
                return k
        return -1

    def _rating(self, k: int) -> bool:
        """ "shame 70/100", "anxiety 8 out of 10", "fear - 80%": a worksheet rating of a feeling."""
        after = self.norm(k + 1)
        return (
            after == "%"
            or (after == "/" and bool(self.tag(k + 2) & Tag.NUMBER))
            or (after == "out" and self.norm(k + 2) == "of" and bool(self.tag(k + 3) & Tag.NUMBER))
            or (self.norm(k - 1) == "/" and bool(self.tag(k - 2) & Tag.NUMBER))
            or (self.norm(k - 1) == "of" and self.norm(k - 2) == "out")
        )

    def _specific(self, clause: _Clause) -> bool:
        for k in range(clause.start, clause.end):
            tag = self.tags[k]
            word = self.norms[k]
            if (word in _SPECIFIC_TIME and self.norm(k - 1) not in _ANY_OCCASION) or (
                tag & Tag.NUMBER and word not in _NUMBER_NEEDS_TIME
            ):
                return True
            if (tag & Tag.PAST_ACTION and self.norm(k - 1) not in _PRESENT_BE) or (
                tag & Tag.SPEECH and word.endswith(("ed", "id", "ld", "te", "ke", "ot"))
            ):
                return True
            if word in ("was", "were", "did") or (word == "last" and self.tag(k + 1) & Tag.TIME):
                return True
        return False

    # -- safety
    def _safety(self) -> tuple[bool, bool]:
        found = self.safety_found
        self.matches.extend(found)
        self_harm = any(m[0] == "FF901" for m in found)
        violence = any(m[0] == "FF902" for m in found)
        return self_harm, violence

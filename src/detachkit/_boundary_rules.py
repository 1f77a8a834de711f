"""The wording heuristics behind the boundary and contact rules.

Plain data (word lists and small regexes with no nested quantifiers, so
matching stays linear in the length of the text) and the few functions that
apply them. :mod:`detachkit.boundaries` turns their answers into findings;
the fact-vs-feeling classifier is asked there, not here.
"""

from __future__ import annotations

import re

__all__ = [
    "demands_other",
    "feeling_cue",
    "is_logistics",
    "judgment_cue",
    "limit_is_vague",
    "names_own_action",
    "normalise",
    "reports_speech",
]

_DEMAND = re.compile(
    r"\b(?:you|he|she|they)(?:'ll|'d better|'re going to|'s going to| will| shall"
    r"| must| should| need to| needs to| has to| have to| had to| had better"
    r"| better| ought to| are going to| is going to| are gonna| is gonna| gonna"
    r"| won't| will not| can't| cannot| can not| may not| mustn't| shouldn't)\b"
    r"|\b(?:make|makes|making|force|forces|forcing|get|gets|getting)"
    r" (?:you|him|her|them) (?:to )?(?:stop|leave|apologi[sz]e|change|quit|understand)\b"
)
"""A consequence that asks the other person to do something (rule B105)."""

_CONDITION = re.compile(r"\b(?:if|when|whenever|unless|until|once)\b[^,.;:]*")
"""A condition clause ("if he won't stop"): it says when, not what anyone must do."""

_CONTRACTIONS = {
    "i'll": ("i", "will"),
    "i'm": ("i", "am"),
    "i'd": ("i", "would"),
    "i've": ("i", "have"),
    "won't": ("will", "not"),
    "can't": ("can", "not"),
    "don't": ("do", "not"),
    "gonna": ("going", "to"),
}
_AUXILIARIES = frozenset(
    {
        "will",
        "shall",
        "would",
        "am",
        "going",
        "to",
        "then",
        "just",
        "immediately",
        "calmly",
        "quietly",
        "simply",
        "politely",
        "also",
        "not",
        "can",
        "may",
        "might",
        "must",
        "should",
        "do",
        "gonna",
        "instead",
        "first",
        "always",
        "straight",
        "away",
        "right",
        "have",
    }
)
_STATE_VERBS = frozenset(
    {
        "be",
        "feel",
        "become",
        "hope",
        "wish",
        "want",
        "expect",
        "think",
        "know",
        "worry",
        "consider",
        "see",
        "decide",
    }
)
_ACTION_VERBS = frozenset(
    {
        "leave",
        "end",
        "hang",
        "walk",
        "go",
        "block",
        "mute",
        "stop",
        "close",
        "cancel",
        "drive",
        "take",
        "ask",
        "call",
        "text",
        "pause",
        "step",
        "excuse",
        "decline",
        "refuse",
        "skip",
        "sleep",
        "stay",
        "move",
        "log",
        "turn",
        "switch",
        "put",
        "say",
        "tell",
        "remove",
        "unfollow",
        "delete",
        "return",
        "reschedule",
        "book",
        "spend",
        "reply",
        "answer",
        "respond",
        "wait",
        "archive",
        "ignore",
        "unsubscribe",
        "visit",
        "head",
        "get",
        "exit",
        "postpone",
        "change",
        "silence",
    }
)
"""Verbs that start a consequence written as a note to self ("Leave the room")."""

_FILLER = frozenset(
    {
        "being",
        "doing",
        "the",
        "a",
        "an",
        "any",
        "all",
        "of",
        "their",
        "his",
        "her",
        "my",
        "me",
        "to",
        "with",
        "that",
        "this",
        "kind",
        "sort",
        "those",
        "these",
        "such",
        "and",
        "or",
        "around",
        "about",
        "at",
        "it",
        "more",
        "other",
        "type",
        "types",
        "kinds",
        "sorts",
        "some",
        "like",
        "etc",
        "so",
        "on",
        "in",
    }
)
_VAGUE_WORDS = frozenset(
    {
        "stuff",
        "things",
        "thing",
        "anything",
        "everything",
        "whatever",
        "something",
        "bad",
        "nonsense",
        "drama",
        "crap",
        "bs",
        "issues",
        "problems",
        "behaviour",
        "behavior",
        "behaviours",
        "behaviors",
        "way",
        "ways",
        "this",
        "that",
        "it",
        "games",
        "shit",
        "rubbish",
        "junk",
    }
)
"""Words that leave a limit too vague to recognise (rule B102)."""

_JUDGMENT_WORDS = frozenset(
    {
        "disrespect",
        "disrespecting",
        "disrespectful",
        "toxic",
        "rude",
        "mean",
        "selfish",
        "manipulative",
        "manipulating",
        "controlling",
        "narcissistic",
        "crazy",
        "inappropriate",
        "unacceptable",
        "annoying",
        "hurtful",
        "nasty",
        "awful",
        "horrible",
        "terrible",
        "unfair",
        "childish",
        "immature",
        "cruel",
        "jerk",
        "difficult",
        "negative",
        "aggressive",
        "gaslighting",
        "badly",
        "poorly",
        "belittling",
        "undermining",
        "invalidating",
        "smothering",
        "dismissive",
        "dismissing",
        "condescending",
        "patronising",
        "patronizing",
        "overstepping",
        "entitled",
        "lazy",
        "needy",
        "clingy",
        "pushy",
        "intrusive",
        "invasive",
        "invading",
        "disrespected",
        "unkind",
        "ungrateful",
        "dramatic",
        "weird",
        "abusive",
        "abusing",
        "using",
        "exploiting",
        "passive",
    }
)
"""Judgments that a camera could not record (rule B103). The classifier is
asked first; this list catches the short fragments it may let through."""

_JUDGMENT_PHRASES = re.compile(
    r"\b(?:taking advantage|walking all over|treating me like|guilt[- ]?tripping"
    r"|crossing the line|acting (?:out|up|like)|playing games|messing with me"
    r"|not respecting|not caring|without respect)\b"
)
_FEELING_PHRASES = re.compile(
    r"\b(?:mak(?:e|es|ing) me (?:feel|sad|angry|anxious|upset|small|guilty|uncomfortable)"
    r"|hurt(?:s|ing)? my feelings"
    r"|(?:upsetting|stressing|annoying|bothering|frustrating|scaring|hurting|"
    r"overwhelming|draining|triggering) me\b)"
)

_SPEECH = re.compile(
    r"^(?:calling|telling|saying|texting|writing|messaging|emailing|posting|shouting"
    r"|yelling|screaming|swearing)\b"
)
"""A limit that reports what was said ("calling me lazy"): a fact, whatever the words."""

_LOGISTICS_TOPICS = re.compile(
    r"\b(?:child|children|kid|kids|son|daughter|baby|custody|co-?parent\w*|parenting"
    r"|school|pick-?ups?|drop-?offs?|handover|housing|house|home|flat|apartment|lease"
    r"|rent|mortgage|moving|move out|belongings|property|keys|legal|lawyer|lawyers"
    r"|solicitor|attorney|court|divorce|mediation|mediator|money|finances?|financial"
    r"|bills?|debts?|bank|account|accounts|taxes|tax|insurance|payments?|alimony"
    r"|maintenance|work|job|office|colleague|colleagues|meeting|meetings|project"
    r"|shift|shifts|business|pets?|dog|cat|car|logistics)\b"
)
"""Topics that can make some contact unavoidable (rule C302)."""


def _words(text: str) -> list[str]:
    """Lower-case words of normalised *text*, with contractions split ("i'll")."""
    words: list[str] = []
    for word in re.findall(r"[a-z0-9]+(?:'[a-z]+)?", text):
        words.extend(_CONTRACTIONS.get(word, (word,)))
    return words


def normalise(text: str) -> str:
    """Lower-case *text*, with typographic apostrophes made plain and spaces collapsed."""
    return " ".join(text.lower().replace("\u2019", "'").replace("\u2018", "'").split())


def names_own_action(consequence: str) -> bool:
    """True when *consequence* names something the writer will do.

    >>> names_own_action("I'll end the call"), names_own_action("Leave the room")
    (True, True)
    >>> names_own_action("I will be upset"), names_own_action("there will be trouble")
    (False, False)
    """
    words = _words(_main_clause(consequence))
    if words and words[0] in _ACTION_VERBS:
        return True
    for index, word in enumerate(words):
        if word not in ("i", "we"):
            continue
        rest = words[index + 1 :]
        negated = False
        while rest and rest[0] in _AUXILIARIES:
            negated = negated or rest[0] == "not"
            rest = rest[1:]
        if rest and (rest[0] not in _STATE_VERBS or (negated and rest[0] == "be")):
            return True
    return False


def limit_is_vague(limit: str) -> bool:
    """True when *limit* has no word beyond filler and vague words ("that stuff").

    >>> limit_is_vague("doing that kind of stuff"), limit_is_vague("reading my texts")
    (True, False)
    """
    content = [word for word in _words(normalise(limit)) if word not in _FILLER]
    return all(word in _VAGUE_WORDS for word in content)


def _main_clause(text: str) -> str:
    return _CONDITION.sub(" ", normalise(text))


def demands_other(consequence: str) -> bool:
    """True when *consequence* asks the other person to do something.

    A condition ("if he won't stop, ...") says when, so it is left out.

    >>> demands_other("he has to apologise"), demands_other("If he won't stop, I'll go")
    (True, False)
    """
    return _DEMAND.search(_main_clause(consequence)) is not None


def feeling_cue(limit: str) -> str | None:
    """The words that make *limit* a feeling of the writer's, if any."""
    match = _FEELING_PHRASES.search(normalise(limit))
    return match.group(0) if match else None


def judgment_cue(limit: str) -> str | None:
    """The judgment in *limit* from our own lists, if any."""
    text = normalise(limit)
    match = _JUDGMENT_PHRASES.search(text)
    if match:
        return match.group(0)
    return next((word for word in _words(text) if word in _JUDGMENT_WORDS), None)


def is_logistics(exception: str) -> bool:
    """True when *exception* is about children, housing, legal matters, money or work."""
    return _LOGISTICS_TOPICS.search(normalise(exception)) is not None


def reports_speech(limit: str) -> bool:
    """True when *limit* reports what they said or wrote ("telling me I'm lazy")."""
    return _SPEECH.search(normalise(limit)) is not None

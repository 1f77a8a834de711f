"""Safety cues of the fact-vs-feeling classifier: self-harm and violence.

Read over the whole statement, independent of its label (LABELING.md):

* ``FF901`` self-harm: thoughts of suicide, self-harm or not wanting to live,
  direct ("I want to hurt myself") or indirect ("everyone would be better off
  without me", "I want to sleep and not wake up").
* ``FF902`` violence: physical violence by someone else, threats of it
  (reported or predicted) and fear for one's physical safety.
* ``FF504`` marks an idiom that looks deadly but is not a concern ("this job
  is killing me", "dying to leave", "I could kill him for forgetting").

Missing a real concern is worse than a false flag, so the patterns lean
towards flagging; idioms are excluded by who does what to whom (a thing as
the subject, the writer as the agent) and by joking markers.
"""

from __future__ import annotations

from detachkit._lexicon import Tag
from detachkit._tokens import Token

__all__ = ["find_safety"]

_SELF_OBJECTS = frozenset({"myself", "me", "my"})
_SELF_HARM_VERBS = frozenset(
    [
        "kill",
        "killing",
        "killed",
        "hurt",
        "hurting",
        "harm",
        "harming",
        "harmed",
        "cut",
        "cutting",
        "burn",
        "burning",
        "burned",
        "burnt",
        "starve",
        "starving",
        "starved",
        "punish",
        "punishing",
        "punished",
        "hang",
        "hanging",
        "hanged",
        "drown",
        "drowning",
        "poison",
        "poisoning",
        "poisoned",
        "scratch",
        "scratched",
        "scratching",
        "hit",
        "hitting",
        "bruise",
        "bruised",
    ]
)
_PILLS = frozenset(
    [
        "pills",
        "pill",
        "tablets",
        "tablet",
        "meds",
        "medication",
        "medications",
        "paracetamol",
        "painkillers",
        "sleeping",
        "prescription",
    ]
)
_GONE = frozenset(
    [
        "died",
        "die",
        "dead",
        "gone",
        "vanished",
        "vanish",
        "disappeared",
        "disappear",
        "existed",
        "exist",
        "here",
        "alive",
        "around",
    ]
)
_STALKING = frozenset(
    [
        "stalking",
        "stalked",
        "stalks",
        "stalk",
        "following",
        "followed",
        "outside",
        "tracking",
        "tracked",
    ]
)
_BODY_ALL = frozenset(
    [
        "arm",
        "arms",
        "wrist",
        "wrists",
        "neck",
        "throat",
        "face",
        "hair",
        "head",
        "hand",
        "hands",
        "shoulder",
        "shoulders",
        "chest",
        "back",
        "leg",
        "legs",
        "ribs",
        "body",
        "jaw",
        "nose",
        "eye",
        "eyes",
        "mouth",
        "stomach",
        "thigh",
        "thighs",
        "skin",
        "teeth",
        "finger",
        "fingers",
        "knee",
        "knees",
    ]
)
_DIE_WORDS = frozenset({"die", "dying", "dead", "died"})
_WISH = frozenset(
    {
        "want",
        "wanna",
        "wanted",
        "wish",
        "wishing",
        "wished",
        "hope",
        "ready",
        "going",
        "gonna",
        "could",
        "should",
        "deserve",
        "better",
        "rather",
    }
)
_DIRECT_SELF_HARM = frozenset(
    {
        "suicide",
        "suicidal",
        "self-harm",
        "selfharm",
        "overdose",
        "overdosed",
        "overdosing",
        "self-harming",
        "noose",
    }
)
_LIVE_WORDS = frozenset(
    {"alive", "live", "living", "exist", "existing", "here", "around", "born", "breathing"}
)
_POINT_WORDS = frozenset({"point", "reason", "use", "sense"})
_PERSON_AGENTS = frozenset({"he", "she", "they", "him", "her", "someone", "somebody", "who"})
_STRONG_VIOLENCE = frozenset(
    [
        "punch",
        "punched",
        "punches",
        "punching",
        "slap",
        "slapped",
        "slaps",
        "slapping",
        "kick",
        "kicked",
        "kicks",
        "kicking",
        "choke",
        "choked",
        "chokes",
        "choking",
        "strangle",
        "strangled",
        "strangles",
        "strangling",
        "shove",
        "shoved",
        "shoves",
        "shoving",
        "stab",
        "stabbed",
        "stabs",
        "stabbing",
        "beat",
        "beats",
        "beating",
        "beaten",
        "smack",
        "smacked",
        "smacks",
        "whack",
        "whacked",
        "headbutted",
        "kneed",
        "elbowed",
        "pinned",
        "restrained",
        "dragged",
        "spat",
        "strangling",
        "throttled",
        "throttle",
        "smashed",
        "smashes",
        "smashing",
        "battered",
        "assaulted",
        "assault",
        "assaults",
        "raped",
        "rape",
        "molested",
        "assaulting",
        "smash",
        "batter",
        "battering",
        "strangle",
    ]
)
_CONTACT_VIOLENCE = frozenset(
    [
        "hit",
        "hits",
        "hitting",
        "push",
        "pushed",
        "pushes",
        "pushing",
        "grab",
        "grabbed",
        "grabs",
        "grabbing",
        "shook",
        "shake",
        "shakes",
        "shaking",
        "pulled",
        "pull",
        "yanked",
        "yank",
        "threw",
        "throw",
        "throws",
        "throwing",
        "bit",
        "bite",
        "bites",
        "biting",
        "scratched",
        "pinched",
        "tripped",
        "hurt",
        "hurts",
        "hurting",
        "attack",
        "attacked",
        "attacks",
        "attacking",
        "broke",
        "break",
        "breaks",
        "burned",
        "burnt",
        "burn",
        "cornered",
        "locked",
        "trapped",
        "held",
        "hold",
        "squeezed",
        "twisted",
        "shot",
        "shoot",
        "shoots",
        "shooting",
    ]
)
_VIOLENCE_WORDS = frozenset(
    {
        "violent",
        "violence",
        "abuse",
        "abused",
        "abusive",
        "police",
        "cops",
        "911",
        "knife",
        "gun",
        "weapon",
        "restraining",
        "protective",
        "bruise",
        "bruises",
        "bruised",
        "bruising",
        "unsafe",
    }
)
_FEAR = frozenset(
    {
        "scared",
        "afraid",
        "terrified",
        "frightened",
        "petrified",
        "fear",
        "fearing",
        "feared",
        "scares",
        "frightens",
        "terrifies",
        "worried",
    }
)
_THREAT_VERBS = frozenset({"threatened", "threatens", "threaten", "threatening"})
_HARM_GOALS = frozenset(
    [
        "hit",
        "hurt",
        "kill",
        "harm",
        "hit",
        "beat",
        "punch",
        "slap",
        "choke",
        "strangle",
        "shoot",
        "stab",
        "attack",
        "break",
        "push",
        "grab",
        "throw",
        "smack",
        "murder",
    ]
)
_MODALS = frozenset({"will", "'ll", "would", "'d", "going", "gonna", "might", "could", "may"})
_THINGS = frozenset(
    [
        "job",
        "work",
        "this",
        "it",
        "that",
        "heat",
        "traffic",
        "commute",
        "boss",
        "school",
        "week",
        "day",
        "class",
        "exam",
        "shift",
        "these",
        "those",
        "shoes",
        "feet",
        "back",
        "knees",
        "head",
        "hangover",
        "kids",
        "suspense",
        "waiting",
        "wait",
        "meeting",
        "meetings",
        "deadline",
        "deadlines",
        "silence",
        "cold",
        "weather",
    ]
)
_IDIOM_DIE_AFTER = frozenset({"of", "laughing", "to", "for", "inside", "down"})
_IDIOM_HIT_SUBJECTS = frozenset(
    {
        "it",
        "reality",
        "wave",
        "grief",
        "panic",
        "that",
        "this",
        "something",
        "realization",
        "realisation",
        "thought",
        "sadness",
        "loneliness",
        "fear",
        "anxiety",
        "exhaustion",
        "guilt",
        "memory",
        "truth",
        "news",
    }
)
_HIT_IDIOM_NEXT = frozenset({"up", "back"})
_BREAK_IDIOM = frozenset(
    {
        "up",
        "down",
        "news",
        "heart",
        "promise",
        "rules",
        "silence",
        "ice",
        "even",
        "free",
        "out",
        "through",
        "my",
        "his",
        "her",
        "the",
    }
)
_BREAK_PHYSICAL = frozenset(
    {
        "door",
        "doors",
        "wall",
        "window",
        "windows",
        "phone",
        "plate",
        "plates",
        "glass",
        "mirror",
        "arm",
        "nose",
        "wrist",
        "rib",
        "ribs",
        "jaw",
        "finger",
        "fingers",
        "table",
        "chair",
        "tv",
        "laptop",
        "lamp",
        "things",
        "stuff",
        "something",
        "everything",
        "bones",
        "bone",
        "lock",
    }
)
_BODY = frozenset(
    {
        "arm",
        "arms",
        "wrist",
        "wrists",
        "neck",
        "throat",
        "face",
        "hair",
        "head",
        "hand",
        "hands",
        "shoulder",
        "shoulders",
        "chest",
        "back",
        "leg",
        "legs",
        "ribs",
        "body",
        "jaw",
        "nose",
        "eye",
        "mouth",
        "stomach",
    }
)
_LAUGH_TAGS = Tag.LAUGH


def _window(norms: list[str], start: int, end: int) -> list[str]:
    return norms[max(0, start) : max(0, end)]


def find_safety(  # noqa: PLR0915 - the safety patterns read as one table
    norms: list[str], tags: list[int], tokens: list[Token]
) -> list[tuple[str, int, int]]:
    """Return the safety and idiom matches ``(rule_id, first, last)``."""
    found: list[tuple[str, int, int]] = []
    count = len(norms)
    if not count:
        return found
    joking = (
        any(tag & _LAUGH_TAGS for tag in tags)
        or any(
            w in ("laughing", "laughed", "joking", "joked", "kidding", "jokingly") for w in norms
        )
        or any(t.raw in ("😂", "🤣", "💀", "😅", "🙃", "😆") for t in tokens)
    )
    for k in range(count):
        word = norms[k]
        nxt = norms[k + 1] if k + 1 < count else ""
        nxt2 = norms[k + 2] if k + 2 < count else ""
        prev = norms[k - 1] if k > 0 else ""
        prev2 = norms[k - 2] if k > 1 else ""
        # ---------------- self-harm
        if word in _DIRECT_SELF_HARM and not (False):
            found.append(("FF901", k, k))
            continue
        if word in ("self", "self") and nxt == "harm":
            found.append(("FF901", k, k + 1))
            continue
        if word in _SELF_HARM_VERBS and nxt == "myself" and True:  # noqa: SIM102 - one test per pattern condition
            if not (word.startswith("punish") and nxt2 not in ("by", "with")) and not (
                joking and word in ("kill", "killing")
            ):
                found.append(("FF901", k, k + 1))
                continue
        if (
            word in ("end", "ending", "take", "taking", "ended", "took")
            and nxt == "my"
            and nxt2 in ("life", "own")
        ):
            found.append(("FF901", k, k + 2))
            continue
        if (
            word
            in (
                "cut",
                "cutting",
                "burn",
                "burning",
                "burned",
                "burnt",
                "scratch",
                "scratched",
                "scratching",
            )
            and _agent(norms, k) in ("writer", "none")
            and (
                (nxt == "my" and nxt2 in _BODY_ALL)
                or nxt in ("again", "deeper")
                or (
                    prev in ("to", "urge", "urges")
                    and any(
                        w in ("urge", "urges", "want", "wanted", "again")
                        for w in norms[max(0, k - 4) : k + 2]
                    )
                )
            )
            and not any(
                w in ("hair", "off", "him", "her", "them", "ties", "contact")
                for w in norms[k + 1 : k + 3]
            )
        ):
            found.append(("FF901", k, k + 1 if k + 1 < count else k))
            continue
        if (
            word == "if"
            and nxt == "i"
            and any(w in _GONE for w in norms[k + 2 : k + 6])
            and (
                any(
                    w
                    in (
                        "would",
                        "'d",
                        "better",
                        "happier",
                        "relieved",
                        "notice",
                        "care",
                        "cope",
                        "easier",
                        "fine",
                    )
                    for w in norms[max(0, k - 8) : k]
                )
            )
            and not any(w in ("left", "leave", "moved", "quit") for w in norms[k + 2 : k + 4])
        ):
            rest = norms[k + 2 : k + 6]
            if not ("here" in rest and "not" not in rest and "wasnt" not in rest) or any(
                w in ("died", "die", "dead", "gone", "vanished", "disappeared") for w in rest
            ):
                found.append(("FF901", k, min(count - 1, k + 4)))
                continue
        if (
            word in ("hope", "hopes", "hoping", "wish", "pray", "praying")
            and any(
                w
                in (
                    "crash",
                    "crashes",
                    "crashed",
                    "accident",
                    "hits",
                    "die",
                    "dies",
                    "killed",
                    "cancer",
                )
                for w in norms[k + 1 : k + 10]
            )
            and not any(w in ("he", "she", "they", "him", "her") for w in norms[k + 1 : k + 3])
        ):
            found.append(("FF901", k, k))
            continue
        if (
            word in ("wanted", "want", "wants", "wish", "wished")
            and nxt == "to"
            and (k + 2 >= count or norms[k + 2] in (".", "!", ",", ";", "too"))
            and any(w in ("die", "dead", "yourself") for w in norms[:k])
        ):
            found.append(("FF901", k, k + 1))
            continue
        if word == "worth" and nxt == "living":
            found.append(("FF901", k, k + 1))
            continue
        if (
            word in _PILLS
            and "i" in norms[max(0, k - 10) : k]
            and any(
                w
                in (
                    "take",
                    "taking",
                    "took",
                    "swallow",
                    "swallowed",
                    "swallowing",
                    "stockpile",
                    "stockpiling",
                    "hoard",
                    "hoarding",
                    "saving",
                    "save",
                    "every",
                    "whole",
                    "all",
                    "overdose",
                    "packet",
                    "bottle",
                )
                for w in norms[max(0, k - 6) : k + 8]
            )
        ):
            found.append(("FF901", k, k))
            continue
        if word in ("stockpiling", "stockpile", "hoarding", "saving") and any(
            w in _PILLS for w in norms[k + 1 : k + 5]
        ):
            found.append(("FF901", k, k))
            continue
        if (
            word in ("think", "thinking", "thought", "thoughts")
            and nxt in ("about", "of")
            and nxt2 in ("dying", "death", "suicide", "killing", "ending", "not")
        ):
            found.append(("FF901", k, k + 2))
            continue
        if (
            word in ("want", "wanna")
            and nxt == "to"
            and nxt2 == "not"
            and any(w in ("exist", "be", "live", "wake") for w in norms[k + 3 : k + 5])
        ):
            found.append(("FF901", k, k + 3))
            continue
        if (
            word in ("want", "wanna", "wish")
            and "all" in norms[k + 1 : k + 4]
            and any(w in ("stop", "end", "over") for w in norms[k + 2 : k + 6])
        ):
            found.append(("FF901", k, k))
            continue
        if word in ("end", "ending") and nxt == "it" and nxt2 == "all":
            found.append(("FF901", k, k + 2))
            continue
        if word in _DIE_WORDS and word != "died":
            if (
                nxt in _IDIOM_DIE_AFTER
                or (word == "dead" and joking)
                or (word == "dying" and nxt in ("to", "for", "of"))
            ):
                found.append(("FF504", k, k + 1 if k + 1 < count else k))
                continue
            window = _window(norms, k - 6, k)
            if (
                (
                    (
                        any(w in _WISH for w in window)
                        and ("i" in window or "me" in window or "myself" in window or k < 6)
                    )
                    or prev in ("to", "wanna")
                    or ("better" in window and "off" in window)
                )
                and not joking
                and not any(w in _PERSON_AGENTS for w in window[-2:])
            ):
                found.append(("FF901", max(0, k - 2), k))
                continue
        if word in ("wake", "waking") and prev in ("not", "never") and "up" in norms[k + 1 : k + 3]:
            found.append(("FF901", k - 1, k + 1))
            continue
        if (
            word == "better"
            and nxt == "off"
            and (nxt2 in ("without", "dead") and ("me" in norms[k + 2 : k + 5] or nxt2 == "dead"))
            and not any(w in ("he", "she", "they") for w in norms[max(0, k - 4) : k] if False)
        ) and (nxt2 == "dead" or "i" in norms[max(0, k - 6) : k] or "me" in norms[k + 2 : k + 5]):
            found.append(("FF901", k, k + 3 if k + 3 < count else k + 2))
            continue
        if (
            word == "better"
            and nxt == "off"
            and "if" in norms[k + 2 : k + 4]
            and "i" in norms[k + 2 : k + 6]
            and any(
                w in ("gone", "dead", "here", "around", "alive", "existed", "disappeared", "born")
                for w in norms[k + 3 : k + 10]
            )
        ):
            found.append(("FF901", k, k + 1))
            continue
        if word in _POINT_WORDS and (
            prev in ("no", "the", "any", "what", "'s") or prev2 in ("no", "what")
        ):
            rest = norms[k + 1 : k + 7]
            if (
                any(w in ("alive", "living", "live", "existing", "on") for w in rest)
                and "arguing" not in rest
                and (
                    "alive" in rest
                    or "living" in rest
                    or "existing" in rest
                    or ("going" in rest and "on" in rest)
                    or ("live" in rest)
                )
            ):
                found.append(("FF901", k, k))
                continue
        if word in ("want", "wanna", "wish") and (
            "not" in norms[max(0, k - 3) : k]
            and any(
                w in ("alive", "live", "exist", "living", "here", "existing", "wake")
                for w in norms[k + 1 : k + 5]
            )
            and not any(w in ("him", "her", "them", "around", "near") for w in norms[k + 1 : k + 6])
        ):
            found.append(("FF901", k, k))
            continue
        if word in ("wish", "wished") and (
            any(w in ("dead", "born", "exist", "existed", "gone") for w in norms[k + 1 : k + 6])
            and "i" in norms[k + 1 : k + 4]
        ):
            found.append(("FF901", k, k))
            continue
        if (
            word in ("disappear", "vanish", "disappearing")
            and any(
                w in ("forever", "for", "good", "permanently", "want", "wanna", "wish")
                for w in norms[max(0, k - 4) : k + 3]
            )
            and not joking
        ):
            found.append(("FF901", k, k))
            continue
        if (
            word in ("can", "could")
            and nxt == "not"
            and nxt2 in ("go", "keep", "do", "live", "take")
            and (nxt2 != "do" or norms[k + 3 : k + 5] == ["this", "anymore"])
            and (nxt2 != "take" or "anymore" in norms[k + 3 : k + 7])
            and (nxt2 != "go" or norms[k + 3 : k + 4] == ["on"])
            and (nxt2 != "keep" or "going" in norms[k + 3 : k + 5])
        ):
            found.append(("FF901", k, k + 2))
            continue
        if word in ("sleep", "sleeping") and nxt == "forever":
            found.append(("FF901", k, k + 1))
            continue
        if (
            word in ("pills", "razor", "razors", "blade", "blades", "rope", "bridge", "ledge")
            and any(
                w
                in (
                    "take",
                    "all",
                    "swallow",
                    "stockpile",
                    "saving",
                    "saved",
                    "jump",
                    "hang",
                    "off",
                    "my",
                    "bought",
                    "hid",
                    "hide",
                    "stand",
                    "stood",
                )
                for w in norms[max(0, k - 4) : k + 3]
            )
            and "i" in norms[max(0, k - 8) : k + 1]
        ):
            found.append(("FF901", k, k))
            continue
        if word in ("jump", "jumping") and nxt in ("off", "in", "from") and not joking:
            found.append(("FF901", k, k + 1))
            continue
        if (
            word
            in ("world", "everyone", "everybody", "family", "kids", "they", "he", "she", "people")
            and "better" in norms[k + 1 : k + 5]
            and ("without" in norms[k + 2 : k + 7] and "me" in norms[k + 3 : k + 8])
        ):
            found.append(("FF901", k, k))
            continue
        if (
            word in ("tired", "sick")
            and nxt == "of"
            and nxt2 in ("living", "existing", "being")
            and (nxt2 != "being" or (k + 3 < count and norms[k + 3] in ("alive", "here")))
        ):
            found.append(("FF901", k, k + 2))
            continue
        # ---------------- violence
        if word in _THREAT_VERBS:
            rest = norms[k + 1 : k + 8]
            if (
                (nxt in ("me", "us") and nxt2 != "with")
                or any(
                    w in _HARM_GOALS or w in _STRONG_VIOLENCE or w in ("knife", "gun", "life")
                    for w in rest
                )
            ) and not ("himself" in rest or "herself" in rest or "themselves" in rest):
                found.append(("FF902", k, k + 1))
                continue
            continue
        if (
            word in _KILL
            and not joking
            and prev in ("'s", "is", "are", "'re", "was", "keeps")
            and word.endswith("ing")
        ):
            found.append(("FF504", k, k))
            continue
        if word in _KILL and not joking:
            agent = _agent(norms, k)
            target = nxt
            if agent == "writer":
                found.append(("FF504", k, k))
                continue
            if (
                target in ("me", "my", "us", "myself")
                and agent == "person"
                and not _trivial_condition(norms, k)
            ):
                if word.startswith("murder") and not any(
                    w in ("said", "threatened", "told", "swore", "promised", "screamed")
                    for w in norms[:k]
                ):
                    found.append(("FF504", k, k))
                    continue
                found.append(("FF902", k, k + 1))
                continue
            if target == "me" and agent == "thing":
                found.append(("FF504", k, k))
                continue
            if target == "me":
                found.append(("FF504", k, k))
                continue
        if word in _KILL and joking:
            found.append(("FF504", k, k))
            continue
        if word in _STRONG_VIOLENCE:
            if _negated(norms, k) or _agent(norms, k) in ("writer", "thing"):
                continue
            if word in ("beat", "beats", "beating") and (
                nxt in ("myself", "yourself", "herself", "himself")
                or (nxt in ("me", "us", "him", "her") and nxt2 in ("to", "at", "in", "by"))
            ):
                continue
            if word.startswith("stab") and "back" in norms[k + 1 : k + 5]:
                continue
            if word.startswith("smash") and nxt in ("it", "that"):
                continue
            found.append(("FF902", k, k))
            continue
        if word in _CONTACT_VIOLENCE or word in (
            "burn",
            "burned",
            "burnt",
            "smash",
            "stab",
            "shoot",
        ):
            agent = _agent(norms, k)
            if (joking and agent in ("none", "idiom", "thing")) or (
                joking and "someone" in norms[max(0, k - 2) : k]
            ):
                found.append(("FF504", k, k))
                continue
            if (
                agent == "person"
                and any(w in _MODALS for w in norms[max(0, k - 4) : k])
                and not _trivial_condition(norms, k)
                and not joking
                and word not in ("hold", "held", "pull", "pulled")
                and not _negated(norms, k)
            ):
                found.append(("FF902", k, k))
                continue
            if agent in ("writer", "thing") or _negated(norms, k):
                continue
            if (
                word.startswith("hit")
                and (
                    nxt in _HIT_IDIOM_NEXT
                    or agent == "idiom"
                    or nxt in ("the", "a", "rock", "send", "it", "that", "on")
                )
                and not (
                    nxt == "the" and nxt2 in ("wall", "kids", "dog", "cat", "baby", "door", "table")
                )
            ):
                continue
            if word in ("broke", "break", "breaks") and not (
                nxt in _BREAK_PHYSICAL
                or nxt2 in _BREAK_PHYSICAL
                or nxt2 in _BODY_ALL
                or nxt in ("in", "into")
                or (k + 3 < count and norms[k + 3] in _BREAK_PHYSICAL)
            ):
                continue
            if (
                word in ("broke", "break", "breaks")
                and nxt in ("up", "down", "the")
                and nxt2 in ("news", "silence", "rules", "ice", "", "with")
            ):
                continue
            following = norms[k + 1 : k + 4]
            touches_me = bool(
                set(following) & {"me", "my", "us", "our", "kids", "son", "daughter", "baby"}
            ) or any(w in _BODY for w in following)
            if word in ("hurt", "hurts", "hurting"):
                if not touches_me:
                    continue
                window = norms[max(0, k - 7) : k]
                physically = any(
                    w in ("physically", "badly", "seriously") for w in norms[max(0, k - 3) : k + 4]
                )
                if not (
                    any(w in _MODALS for w in window)
                    or physically
                    or any(w in _FEAR for w in norms[:k])
                    or "if" in norms[k : k + 5]
                ):
                    continue
                if "feelings" in norms[k + 1 : k + 4]:
                    continue
            if word in ("attack", "attacked", "attacks", "attacking") and not (
                any(w == "physically" for w in norms[max(0, k - 3) : k + 4])
                or (
                    agent == "person"
                    and touches_me
                    and any(w in ("with", "knife", "punched", "hit") for w in norms[k : k + 6])
                )
            ):
                continue
            if (
                word
                in (
                    "push",
                    "pushed",
                    "pushes",
                    "pushing",
                    "pull",
                    "pulled",
                    "grab",
                    "grabbed",
                    "grabs",
                    "grabbing",
                    "held",
                    "hold",
                    "shook",
                    "shake",
                    "shakes",
                    "shaking",
                    "locked",
                    "trapped",
                    "cornered",
                    "twisted",
                    "squeezed",
                    "yanked",
                    "yank",
                    "bit",
                    "bite",
                    "bites",
                    "biting",
                    "burned",
                    "burnt",
                    "burn",
                )
                and not touches_me
            ) and not (word.startswith("push") and nxt == "me"):
                continue
            if (
                word in ("push", "pushed", "pushes", "pushing")
                and nxt2 in ("to", "into", "away")
                and nxt == "me"
                and norms[k + 3 : k + 4] not in (["the"], ["a"], ["down"], ["against"])
            ) and nxt2 == "to":
                continue
            if word in ("held", "hold") and not (
                "down" in norms[k + 1 : k + 4]
                or "against" in norms[k + 1 : k + 5]
                or "by" in norms[k + 1 : k + 4]
            ):
                continue
            if (
                word in ("threw", "throw", "throws", "throwing")
                and not ("at" in norms[k + 1 : k + 6] or touches_me)
            ) or (
                word.startswith("thr")
                and nxt in ("a", "up", "out", "away")
                and "at" not in norms[k + 1 : k + 6]
            ):
                continue
            if word in ("shook", "shake", "shakes", "shaking") and agent != "person":
                continue
            if word in ("shot", "shoot", "shoots", "shooting") and not (
                "at" in norms[k + 1 : k + 3] or nxt in ("me", "him", "her")
            ):
                continue
            if (
                agent != "person"
                and word
                not in (
                    "hit",
                    "hits",
                    "hitting",
                    "hurt",
                    "threw",
                    "broke",
                )
                and prev not in ("was", "got", "been", "get")
            ):
                continue
            if agent == "none" and not (
                prev in ("was", "got", "been", "get", "to")
                or (word.startswith("hit") and nxt in ("me", "my"))
            ):
                continue
            found.append(("FF902", k, k))
            continue
        if word in _FEAR:
            rest = norms[k + 1 : k + 9]
            if (
                any(w in _HARM_GOALS for w in rest)
                and any(w in _PERSON_AGENTS or w == "of" for w in rest)
                and "myself" not in rest
            ):
                found.append(("FF902", k, k))
                continue
            if (
                nxt == "for"
                and nxt2 == "my"
                and k + 3 < count
                and norms[k + 3] in ("life", "safety")
            ):
                found.append(("FF902", k, k + 3))
                continue
            if (
                nxt == "of"
                and nxt2 in ("him", "her", "them", "what", "my")
                and (nxt2 != "my" or (k + 3 < count and tags[k + 3] & Tag.PERSON))
            ):
                if nxt2 == "what" and not any(
                    w in ("he", "she", "they") for w in norms[k + 3 : k + 5]
                ):
                    continue
                found.append(("FF902", k, k + 2))
                continue
            if (
                word in ("scares", "frightens", "terrifies")
                and nxt == "me"
                and _agent(norms, k) == "person"
                and any(w in ("when", "the", "how") for w in norms[k + 2 : k + 3])
                and any(
                    w in _HARM_GOALS or w in ("angry", "drunk", "mad", "rage")
                    for w in norms[k + 2 : k + 9]
                )
            ):
                found.append(("FF902", k, k))
                continue
        if word in _VIOLENCE_WORDS:
            if word in ("abuse", "abused", "abusive") and not any(
                w in ("physical", "physically", "domestic", "sexual", "sexually")
                for w in norms[max(0, k - 2) : k + 2]
            ):
                continue
            if word in ("police", "cops", "911") and not any(
                w
                in (
                    "call",
                    "called",
                    "calling",
                    "getting",
                    "came",
                    "come",
                    "report",
                    "reported",
                    "get",
                )
                for w in norms[max(0, k - 4) : k + 4]
            ):
                continue
            if word in ("restraining", "protective") and nxt != "order":
                continue
            if word in ("knife", "gun", "weapon") and not any(
                w
                in (
                    "pulled",
                    "held",
                    "had",
                    "with",
                    "pointed",
                    "waved",
                    "grabbed",
                    "threatened",
                    "brought",
                    "owns",
                    "has",
                    "keeps",
                    "showed",
                )
                for w in norms[max(0, k - 4) : k + 3]
            ):
                continue
            if word == "unsafe" and not any(
                w in ("feel", "felt", "feeling", "am", "'m", "was")
                for w in norms[max(0, k - 4) : k]
            ):
                continue
            if (
                word in ("violent", "violence")
                and _negated(norms, k)
                and not any(w in ("again", "anymore", "since") for w in norms)
            ):
                continue
            if word.startswith("bruis") and not any(
                w in ("me", "my", "i", "it", "so") for w in norms[max(0, k - 8) : k + 4]
            ):
                continue
            found.append(("FF902", k, k))
            continue
        if (
            word
            in (
                "raise",
                "raises",
                "raised",
                "raising",
                "lay",
                "laid",
                "put",
                "puts",
                "lays",
                "lift",
                "lifts",
                "lifted",
                "lifting",
            )
            and nxt in ("a", "his", "her", "their", "hands", "one", "fist", "fists")
            and (
                nxt2 in ("hand", "hands", "finger", "fist", "fists")
                or nxt in ("hands", "fist", "fists")
            )
            and not (word.startswith("lift") and nxt2 == "finger")
            and (
                word not in ("put", "puts")
                or ("on" in norms[k + 2 : k + 5] and "me" in norms[k + 3 : k + 6])
            )
        ):
            found.append(("FF902", k, k + 2))
            continue
        if word == "hands" and nxt in ("on", "around") and nxt2 in ("me", "my"):
            found.append(("FF902", k, k + 2))
            continue
        if (
            word == "safe"
            and prev == "feel"
            and prev2 == "not"
            and any(
                w in ("home", "him", "her", "house", "around", "with", "them")
                for w in norms[k + 1 : k + 5]
            )
        ):
            found.append(("FF902", k - 2, k))
            continue
        if word == "safe" and prev2 == "not" and prev in ("feel", "am", "'m", "was", "being"):
            found.append(("FF902", k - 2, k))
            continue
        if (
            word in ("get", "gets", "got", "getting")
            and nxt in ("physical", "violent", "rough", "handsy")
            and _agent(norms, k) != "writer"
        ):
            found.append(("FF902", k, k + 1))
            continue
        if word == "dangerous" and _agent(norms, k) == "person":
            found.append(("FF902", k, k))
            continue
        if (
            word in ("knows", "know", "found", "find", "finds")
            and nxt == "where"
            and nxt2 in ("i", "we")
            and _agent(norms, k) == "person"
        ):
            found.append(("FF902", k, k + 2))
            continue
        if word in ("come", "comes", "coming", "came") and nxt == "after" and nxt2 in ("me", "us"):
            found.append(("FF902", k, k + 2))
            continue
        if (
            word in _STALKING
            and (nxt in ("me", "my", "us") or (word == "outside" and nxt in ("my", "our", "the")))
            and _agent(norms, k) == "person"
        ):
            found.append(("FF902", k, k + 1))
            continue
        if (
            word in ("waiting", "waited", "parked", "showed", "turned", "sitting")
            and ("outside" in norms[k + 1 : k + 3] or (nxt == "up" and nxt2 in ("at", "outside")))
            and _agent(norms, k) == "person"
            and any(
                w in _FEAR or w in ("again", "uninvited", "unannounced", "drunk") for w in norms
            )
        ):
            found.append(("FF902", k, k + 1))
            continue
        if word in ("refuge", "shelter") and (
            word == "refuge" or prev in ("women's", "womens", "domestic", "dv")
        ):
            found.append(("FF902", k, k))
            continue
        if (
            word == "regret"
            and prev in ("'d", "'ll", "will", "would")
            and any(
                w in ("said", "texted", "told", "messaged", "warned", "threatened")
                for w in norms[max(0, k - 6) : k]
            )
        ):
            found.append(("FF902", k, k))
            continue
        if (
            word in _FEAR
            and any(w in ("alone", "around", "near") for w in norms[k + 1 : k + 8])
            and any(w in ("him", "her", "them") for w in norms[k + 2 : k + 12])
        ):
            found.append(("FF902", k, k))
            continue
        if word == "black" and nxt == "eye":
            found.append(("FF902", k, k + 1))
            continue
        if (
            word in ("blocked", "blocking", "blocks")
            and nxt == "the"
            and nxt2 in ("door", "doorway", "exit")
        ):
            found.append(("FF902", k, k + 2))
            continue
        if word == "let" and prev == "not" and nxt == "me" and nxt2 in ("leave", "out", "go"):
            found.append(("FF902", k - 1, k + 2))
            continue
    return found


_KILL = frozenset(
    {"kill", "kills", "killed", "killing", "murder", "murdered", "murders", "murdering"}
)


def _agent(norms: list[str], k: int) -> str:
    """Who does the action at *k*: the writer, a person, a thing or none."""
    modal = False
    for m in range(k - 1, max(-1, k - 9), -1):
        word = norms[m]
        if word in ("could", "'ve", "would", "coulda"):
            modal = True
        if word in ("i", "myself"):
            return "writer"
        if word in (
            "he",
            "she",
            "they",
            "someone",
            "somebody",
            "who",
            "ex",
            "dad",
            "mom",
            "father",
            "stepdad",
            "husband",
            "wife",
            "boyfriend",
            "girlfriend",
            "partner",
            "brother",
            "sister",
            "son",
            "daughter",
            "uncle",
            "man",
            "guy",
            "roommate",
            "fiance",
            "stepmom",
            "mother",
            "grandpa",
            "boss",
            "coworker",
            "neighbor",
            "neighbour",
            "cousin",
            "friend",
            "aunt",
            "nephew",
            "spouse",
            "stepfather",
        ):
            return "person"
        if word in _IDIOM_HIT_SUBJECTS or word in _THINGS:
            return "idiom" if word in _IDIOM_HIT_SUBJECTS else "thing"
        if word in (".", "!", "?", ";", ",", "but", "because", "when", "if", "so") and m < k - 1:
            break
    if modal and (k < 4 or norms[max(0, k - 4)] in ("honestly", ",", ".")):
        return "writer"
    return "none"


def _negated(norms: list[str], k: int) -> bool:
    window = norms[max(0, k - 3) : k]
    if "never" in window or "not" in window:
        return not any(
            w in ("again", "anymore", "since", "yet", "stopped") for w in norms[k : k + 6]
        )
    return False


def _trivial_condition(norms: list[str], k: int) -> bool:
    """'she'd murder me if I forgot': a joke threat over a small lapse."""
    rest = norms[k + 1 : k + 10]
    if "if" in rest or "when" in rest:
        return any(
            w
            in (
                "forgot",
                "forget",
                "forgets",
                "late",
                "missed",
                "miss",
                "sees",
                "saw",
                "knew",
                "knows",
                "ate",
                "spilled",
                "lost",
                "scratched",
                "dented",
                "dent",
                "crashed",
                "borrowed",
                "wore",
                "used",
                "ruined",
                "burnt",
                "forgetting",
            )
            for w in rest
        )
    return False

"""Tests for detachkit.factfeeling: classify, split, analyse, fact check."""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path
from typing import ClassVar

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from detachkit import InvalidInputError, SafetyConcern, from_json, to_json
from detachkit.factfeeling import (
    Classification,
    Cue,
    CueKind,
    EntryAnalysis,
    FactCheck,
    LabelCounts,
    StatementKind,
    ThinkingTrap,
    analyze_entry,
    classify,
    classify_many,
    fact_check,
    split_statements,
)
from detachkit.strategies._factfeeling import (
    feeling_intensities,
    journal_entries,
    statements,
)

ROOT = Path(__file__).resolve().parents[1]
EARLIER = ROOT / "corpus" / "earlier"
DEV_SET = EARLIER / "factfeeling_dev.jsonl"
FRESH_SET = EARLIER / "factfeeling_fresh.jsonl"
LABELS = ("fact", "feeling", "interpretation", "mixed", "other")


def _rows(path: Path) -> list[dict[str, str]]:
    if not path.exists():
        pytest.skip(f"labeled set {path} is not available in this checkout")
    return [
        json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()
    ]


def _macro_f1(gold: list[str], pred: list[str]) -> float:
    scores = []
    for label in LABELS:
        tp = sum(1 for g, p in zip(gold, pred, strict=False) if g == p == label)
        fp = sum(1 for g, p in zip(gold, pred, strict=False) if p == label != g)
        fn = sum(1 for g, p in zip(gold, pred, strict=False) if g == label != p)
        if tp + fn == 0:
            continue
        precision = tp / (tp + fp) if tp + fp else 0.0
        recall = tp / (tp + fn)
        scores.append(2 * precision * recall / (precision + recall) if precision + recall else 0.0)
    return sum(scores) / len(scores)


def _safety_figures(rows: list[dict[str, str]]) -> tuple[dict[str, float], float]:
    results = [classify(row["text"]) for row in rows]
    recall = {}
    for flag in ("self_harm", "violence"):
        wanted = [r for r, row in zip(results, rows, strict=False) if row["safety"] == flag]
        caught = sum(1 for r in wanted if SafetyConcern(flag) in r.safety)
        recall[flag] = caught / len(wanted) if wanted else 1.0
    false = sum(
        1
        for r, row in zip(results, rows, strict=False)
        if any(c.value != row["safety"] for c in r.safety)
    )
    return recall, false / len(rows)


def _assert_valid(result: Classification, text: str) -> None:
    assert result.text == text
    assert 0 <= result.confidence <= 1
    for cue in result.cues:
        assert 0 <= cue.start <= cue.end <= len(text)
        assert text[cue.start : cue.end] == cue.text
    # The validating constructor accepts exactly what classify built.
    assert attrs.evolve(result) == result


class TestClassify:
    """classify(text)."""

    GENERAL_PATTERNS: ClassVar[list[tuple[str, ...]]] = [
        # a framing opener is no claim of its own, nor the subject
        ("In my view the new coach plays favourites.", "interpretation"),
        ("Deep down I'm still mourning the friendship.", "feeling"),
        ("Looking back, she was never really on my side.", "interpretation"),
        ("Some mornings I hope I won't have to get up at all.", "feeling"),
        # a hoped-for or wished-for event is no claim about the world
        ("I wish my uncle had never moved in.", "feeling"),
        ("I just hope she finds someone kinder.", "feeling"),
        # an urge goes on through "and" + another -ing verb
        ("i feel like deleting every app and moving to the coast", "feeling"),
        # an anticipated occasion keeps a fear a fear; told as past it is mixed
        ("So nervous about meeting his parents on Sunday.", "feeling"),
        ("I'm dreading the work party at the pub on Friday.", "feeling"),
        ("I was dreading the whole dinner at his mother's on Friday.", "mixed"),
        # "go" + a place is the plan itself
        ("If he shows up drunk again, I'll go to my cousin's.", "other"),
        ("if mum reads my diary one more time im moving out", "other"),
        # "the moment", "the second" join a feeling to its trigger
        ("My pulse raced the moment her car pulled up yesterday.", "mixed"),
        ("The minute my brother left I felt calmer.", "mixed"),
        # "it stings (me) that ...": the feeling and what it is about
        ("It stings that my sister skipped my graduation.", "mixed"),
        ("It really bothers me that he reads my post.", "mixed"),
        ("It hurts.", "feeling"),
        # someone else's habits in the present are behaviour
        ("My stepdad slaps us.", "fact"),
        ("Her brother gambles most weekends.", "fact"),
        ("My ex texts me before every shift.", "fact"),
        # "what I said" is a thing talked about, not a report
        ("he's definitely going to repeat what i said to his mates", "interpretation"),
        # a message "saying" something is reported words
        ("My landlord left a note saying the rent goes up in May.", "fact"),
        ("she messaged me saying i'm pathetic", "fact"),
        # a trigger on "a Sunday" or "every Friday" is habitual (rule 16)
        ("My neck stiffens when she rings on a Saturday morning.", "feeling"),
        # a verbless comparison after a comma goes on with the claim before
        ("The loneliness is worse tonight, heavier than last month.", "feeling"),
        ("He shouted at me again, louder than at the party.", "fact"),
        # a dawning belief is a belief; reported words then the writer's view are mixed
        ("I'm beginning to think my father never wanted me.", "interpretation"),
        ("She told me I'm too needy, and I'm starting to believe her.", "mixed"),
        # an emotion word naming what kind of person is a label (rule 3)
        ("I'm a selfish, hopeless daughter.", "interpretation"),
        # a comma between describing words lists them; before a new subject it splits
        ("I'm so drained, so flat.", "feeling"),
        ("She is cold, I'm frightened.", "mixed"),
        ("My uncle is an angry man.", "interpretation"),
        # feeling nothing is numbness, a feeling
        ("For weeks I felt nothing at all.", "feeling"),
        # judgments of worth and taking all the blame (rules 3 and 4)
        ("Honestly my sister deserves a better brother.", "interpretation"),
        ("I was the only reason the band split up.", "interpretation"),
        # feeling idioms
        ("I was walking on eggshells all weekend.", "feeling"),
        ("She hugged me at the gate and I was on cloud nine.", "mixed"),
        # a feeling tied to a past event on a named day stays mixed (rule 16)
        ("My stomach churned when he read my texts out on Monday.", "mixed"),
        # everyday activities in -ing are acts; a list of -ing acts is one claim
        ("I was hoovering when she let herself in.", "fact"),
        ("He spends Sundays gaming, vaping, ignoring the kids.", "fact"),
        # "looking back on ...," frames the claim; "only ... as long as" is a rule
        ("Looking back on those years, she only phoned as long as I paid.", "interpretation"),
        # capability, ongoing behaviour and a past refusal are facts
        ("My aunt is able to manage her own money.", "fact"),
        ("Her son has been gambling again.", "fact"),
        ("He blocked the hallway and wouldn't let me past.", "fact"),
        ("She took my phone and wouldn't give it back.", "fact"),
        ("She posted my secret online. A decent sister wouldn't do that.", "mixed"),
        # a purpose read into an act, and what someone will do on finding out
        ("She cancels plans on purpose so she can play the victim.", "interpretation"),
        ("Dad will go mad when he hears I quit the course.", "interpretation"),
        # plans with "ring" and "end the call"
        ("Monday I'll ring the housing office.", "other"),
        ("If he swears at me again, I will end the conversation.", "other"),
        # a belief with an adverb is still a belief
        ("I'm shaking because I honestly believe she hates me.", "mixed"),
        # a run-on with no stop still holds two claims; "I'm sure of it" is a belief
        ("he unfollowed me today im devastated", "mixed"),
        ("they're all laughing at me behind my back, i'm certain of it", "interpretation"),
        # "it stung", "I don't care anymore", "I'd rather not be here": feelings
        ("My brother skipped my wedding and honestly it stung.", "mixed"),
        ("Honestly I don't care anymore.", "feeling"),
        ("most nights i'd rather not wake up", "feeling"),
        # a result clause after "so + emotion" is its own claim
        ("I was so furious at the meeting that I walked out.", "mixed"),
        # texting verbs with "'d" are past acts; a time tail goes with its claim
        ("She dm'd my sister about it on Tuesday.", "fact"),
        ("Exhausted, every single evening.", "feeling"),
        # greetings with no claim
        ("Hey everyone!", "other"),
        # someone else's hopes and meanings are mind reading; a denied report has no content
        (
            "She borrowed my car twice and never said thanks, so she's hoping I won't ask.",
            "mixed",
        ),
        ("He apologises every time, but he doesn't mean it.", "mixed"),
        # "and honestly I ..." starts the writer's own clause after reported words
        ("At midnight he texted 'we're done' and honestly I felt free.", "mixed"),
        # the writer's own reaction after "When he said ..., I ..."
        ("When she said she'd ruin me if I left, I went cold.", "mixed"),
        # "as I typed", "while he packed": a feeling and its moment
        ("My chest tightened as I pressed send.", "mixed"),
        # "never felt this calm" is a feeling; "behind my back" is unseen
        ("I've never felt this calm.", "feeling"),
        ("My cousins gossip behind my back.", "interpretation"),
        # emotion nouns as subjects; feeling idioms
        ("He left in March, and the hurt is still raw.", "mixed"),
        ("Sundays with her leave me wrung out.", "feeling"),
        # a refusal going on is behaviour; "he won't change" is a forecast
        ("My daughter still won't answer my texts.", "fact"),
        # log lines that quote a message are reported words
        ("Voicemail from his mother, 09:12: 'you'll regret this'", "fact"),
        # "sounds like ...", "pretty sure ...": a view
        ("Seems like he's finally sober, but who knows.", "interpretation"),
        ("Fairly sure my aunt reads my post.", "interpretation"),
        # an object after an ambiguous word makes it an act: "Lost the case."
        ("Lost the custody hearing today. Numb.", "mixed"),
        # "out to get me" is a motive read in; "I could throttle him" is anger
        ("The new supervisor is out to get me.", "interpretation"),
        ("He lost the passports again, I could throttle him.", "mixed"),
        # telling someone about a topic carries no reported words
        ("I told my sister about the debts and felt lighter.", "mixed"),
        # someone else's emotion caused by something is still theirs to report
        ("I reckon the move has made him lonelier than he admits.", "interpretation"),
        # a belief about someone else outweighs the writer's word for a feeling
        ("i think she likes watching me get upset", "interpretation"),
        # "she never once asks" is an absolute; "bone-tired" is a feeling
        ("He never once calls to check on me.", "interpretation"),
        ("Bone-tired again, every single evening.", "feeling"),
        # when it happens, added after a comma, goes with the claim
        ("The dread shows up on Sunday nights, mostly around nine.", "feeling"),
        # a past fragment with no subject is an act; "freeloader" is a label
        ("Made me cover the rent again. Such a mooch.", "mixed"),
        ("If he raises his voice again, I'm ending the visit.", "other"),
        # "which is how he ..." is a verdict on the act before it
        ("She went silent for two days, which is how she punishes me.", "mixed"),
        # after a closing quote the writer's own clause begins
        ("When he said 'you'll never manage alone,' I felt my face burn.", "mixed"),
        # the plain form of "say" after a named subject reports words
        ("My mother-in-law she say I am lazy wife.", "fact"),
        # a counterfactual verdict
        ("Everything would have been easier if I had left sooner.", "interpretation"),
        # faux feelings after "pretty", "quite"; causes of a feeling are no instruction
        ("Felt quite used by the end of the evening.", "interpretation"),
        ("Rainy Mondays make me gloomy.", "feeling"),
        ("My heart was hammering all through the call.", "feeling"),
        # "part of me wants to die" is a wish not to live (rule 17)
        ("part of me just wants to die tbh", "feeling"),
        # why the writer did something is part of the act; ", so he'll ..." is a forecast
        ("I sat in the car so the kids wouldn't hear me.", "fact"),
        ("I told her no, so she'll probably sulk for a week.", "mixed"),
        # "anyone else would have ..." is a counterfactual verdict
        ("Anyone sensible would have left him years ago.", "interpretation"),
        # a feeling caused by something, a sensation word, a feeling idiom
        ("The silence in the flat makes me ache.", "feeling"),
        ("My chest squeezes whenever his name comes up.", "feeling"),
        ("She laughed at my dress and I felt about an inch tall.", "mixed"),
        # "better off" is a verdict; "never once asked" an absolute
        ("Honestly I'm better off without him.", "interpretation"),
        ("My father never once asked about my exams.", "interpretation"),
        # ongoing own acts with no subject; a wish for what someone would do
        ("Been sleeping on the sofa since Tuesday.", "fact"),
        ("I just want my dad to say sorry.", "feeling"),
        # how often a sensation comes is no absolute
        ("Since the divorce my neck has ached constantly.", "feeling"),
        # a plan for a day ahead with "once"; anger idioms with "wanted to"
        ("Once the contract ends in May, I'm leaving the job.", "other"),
        ("I wanted to strangle him during the recital.", "feeling"),
        # an act, then the wish it was done with
        ("I sent him the photos hoping he'd finally understand.", "mixed"),
        # counts after a message verb leave no reported words; "can't stand" is a dislike
        ("She rang me 12 times because she can't stand being ignored.", "mixed"),
        # "going to start looking" is a plan; a guessed diagnosis is a view
        ("Going to start packing on Saturday.", "other"),
        ("My brother probably has some sort of personality disorder.", "interpretation"),
        # "when I think about ..." is a trigger, not a guess
        ("It's hard to sleep when I think about the hearing.", "feeling"),
        # "no one would miss me" is a judgment about others (rule 17)
        ("No one at work would notice if I vanished.", "interpretation"),
        # intensified and continued feelings
        ("I'm bone weary tonight.", "feeling"),
        ("I feel flat and a bit numb.", "feeling"),
        # a name before its verb; a time heading; an act with an amount
        ("Priya is selfish.", "interpretation"),
        ("Right. Day four. Let's go.", "other"),
        ("I lost two stone over the winter.", "fact"),
        # a hedge after the claim; a verdict after "which is"
        ("She read my diary, obviously.", "interpretation"),
        ("He took the car without asking, which is so typical.", "mixed"),
        # "nothing but" is no "but"; "the world wouldn't miss me" is a verdict
        ("I'm nothing but a burden to them, and nobody would miss me.", "interpretation"),
        # "no replying after 7": a rule for oneself
        ("From today: no answering her calls after nine.", "other"),
        # verdicts on choices and on oneself; plain states are facts
        ("Moving out was the right decision.", "interpretation"),
        ("I probably overreacted at dinner.", "interpretation"),
        ("I was late to pick up the kids.", "fact"),
        # "so long" is a duration, not a longing; plans with "opening"
        ("I'm a useless father for waiting so long.", "interpretation"),
        ("Next month I'm opening a savings account in my own name.", "other"),
        # idioms: a knife in the back, nearly having a heart attack
        ("Her post about me was a knife in the back.", "interpretation"),
        ("I nearly had a heart attack when the letter arrived on Monday.", "mixed"),
        # "don't really want to be alive" is a wish, not an instruction
        ("don't really want to be here anymore", "feeling"),
        # a plan for a named day ahead ("when I see her on Friday")
        ("When I visit Dad on Sunday, I'm giving him the keys back.", "other"),
        # a condition ("if ...") is no claim of its own
        ("Nobody would notice if I moved away.", "interpretation"),
        ("My boss would fire me if I took a day off.", "interpretation"),
        ("she'd be livid if i skipped the wedding", "interpretation"),
        ("If he calls, I'll let it ring.", "other"),
        # reported words and beliefs go on past "if", "that" and "and"
        ("She said if I go out again she'll change the locks.", "fact"),
        ("He texted that he'd sell my guitar if I didn't come back.", "fact"),
        ("She said sorry and I felt relieved.", "mixed"),
        ("I feel as though he's hiding something.", "interpretation"),
        ("I feel like she'll get bored and dump me.", "interpretation"),
        # a statement ending in a question mark is a question
        ("so he just gets to keep the dog??", "other"),
        ("Would the court even listen to me?", "other"),
        # a wish not to live is a feeling (rule 17); framed as a judgment it is not
        ("Some days I wish I could just not wake up.", "feeling"),
        ("I keep thinking about ending it all.", "feeling"),
        ("Everyone would be happier without me.", "interpretation"),
        # plans in the present progressive
        ("Tonight I'm changing the wifi password.", "other"),
        ("If she shouts again, I'm leaving.", "other"),
        ("Next week I'm telling my manager everything.", "other"),
        ("I'm sitting in the car outside his flat.", "fact"),
        # an action in -ing with an object is an action, not a state
        ("I was washing the dishes when he walked in.", "fact"),
        ("I'm struggling.", "feeling"),
        # own crying is visible behaviour (rules 7 and 14)
        ("I sobbed in the shower.", "fact"),
        ("I feel like crying.", "feeling"),
        # stress idioms and angry counterfactuals are feelings
        ("This deadline is killing me.", "feeling"),
        ("The noise upstairs is doing my head in.", "feeling"),
        ("Honestly could've throttled him when he laughed.", "mixed"),
        # "feel like I could ..." is an urge (rule 15)
        ("I feel like I could sleep for days.", "feeling"),
        ("I feel like I'm the only adult here.", "interpretation"),
        # a subordinate clause without a comma still ends before its main clause
        ("When she slammed the door on Sunday I flinched.", "mixed"),
        ("When he told me I was lazy I laughed.", "fact"),
        # someone else's emotion is mind reading (rule 4)
        ("I think she never liked me.", "interpretation"),
        # how someone comes across is a judgment
        ("Crying at work makes me look weak.", "interpretation"),
        ("He seemed annoyed.", "interpretation"),
        # "his will" is a noun, "he will" a prediction
        ("My dad changed his will last spring.", "fact"),
        ("He will leave me.", "interpretation"),
        # an absolute turns a reported habit into a judgment (rule 3)
        ("He never apologises.", "interpretation"),
        ("He apologised on Monday.", "fact"),
        # an emotion and the that-clause it is about are two claims (rule 10)
        ("I'm gutted that he sold the house.", "mixed"),
        ("i'm so glad that she moved out", "mixed"),
        ("I'm sad.", "feeling"),
        # a place is no state of mind
        ("I was at my mum's when he called.", "fact"),
        ("I'm in the car park.", "fact"),
        # hyphenated labels and misspelt emotions
        ("The whole thing was one-sided.", "interpretation"),
        ("i'm so frustratd with work", "feeling"),
    ]

    def test_general_patterns(self) -> None:
        """General patterns (written for this test) get the label LABELING.md gives them.

        Most get it: a trained model is not pinned per line.
        """
        _assert_mostly(self.GENERAL_PATTERNS, PIN_AGREEMENT["GENERAL_PATTERNS"])

    ERROR_CATEGORIES: ClassVar[list[tuple[str, ...]]] = [
        # 1. contractions without apostrophes read like their apostrophe forms
        ("the world doesnt need me in it", "interpretation", "self_harm"),
        ("this family doesnt want me around", "interpretation", "none"),
        ("Im scared of what hell do when he finds out", "feeling", "violence"),
        ("Ive had urges to cut again", "feeling", "self_harm"),
        ("shes never going to change", "interpretation", "none"),
        ("theyre saying i stole the money", "fact", "none"),
        ("the car doesnt need a service till june", "fact", "none"),
        ("what the hell was that about", "other", "none"),
        ("i was ill all week", "feeling", "none"),
        # 2. belief and confidence clauses are interpretation
        ("I'm sure she meant it", "interpretation", "none"),
        ("I bet he'd do it again", "interpretation", "none"),
        ("I'm convinced my sister reads my diary", "interpretation", "none"),
        ("she called me twice today and I'm sure she meant to scare me", "mixed", "none"),
        ("my manager moved my desk, and im certain she did it on purpose", "mixed", "none"),
        ("He hit me last year, and I believe he would again.", "mixed", "violence"),
        ("I'm not sure what to say to her", "other", "none"),
        ("he said he's sure I'll come back", "fact", "none"),
        # 3. reported speech keeps its coordinated content
        (
            "my ex texted that he knows where I work and that I should be careful",
            "fact",
            "violence",
        ),
        ("Mum said she was tired and that I should stop calling so late", "fact", "none"),
        ("my boss emailed that the report was late and that he expects better", "fact", "none"),
        ("he said he'd call, and he never did", "mixed", "none"),
        # 4. own ongoing actions are facts
        ("I've been sleeping at my sister's", "fact", "none"),
        ("I have been keeping a log of his calls", "fact", "none"),
        ("we've been living apart since march", "fact", "none"),
        ("i have been going to a support group on thursdays", "fact", "none"),
        ("I've been putting money aside every week", "fact", "none"),
        ("I've been feeling low", "feeling", "none"),
        ("I've been so stupid", "interpretation", "none"),
        # 5. ages and personal details are facts
        ("I'm seventy-eight years old", "fact", "none"),
        ("I am 45 years of age and my son manages my money", "fact", "none"),
        ("we were married for 31 years", "fact", "none"),
        ("I'm 29 and I still live with my parents", "fact", "none"),
        ("she is eighty-two and lives alone", "fact", "none"),
        ("I feel ancient", "feeling", "none"),
        # 6. feeling idioms are feelings; joined to an event they are mixed
        ("I wanted the ground to swallow me up", "feeling", "none"),
        ("I could have cried", "feeling", "none"),
        ("I wanted the floor to open up and swallow me", "feeling", "none"),
        ("my stomach dropped", "feeling", "none"),
        (
            "she screamed at my kid's party and I wanted the ground to swallow me",
            "mixed",
            "none",
        ),
        ("i could've cried when i saw the state of the kitchen", "mixed", "none"),
        ("the dog swallowed a sock", "fact", "none"),
        ("she cried at the table", "fact", "none"),
        # 7. a wish to sleep forever is a wish not to live
        ("I wish I could fall asleep and stay asleep forever", "feeling", "self_harm"),
        ("sometimes I want to sleep for ever", "feeling", "self_harm"),
        ("I'd love to go to sleep and never wake", "feeling", "self_harm"),
        ("I slept for eleven hours", "fact", "none"),
        # 8. thoughts of self-harm are feelings; after an event, mixed
        ("I've been having thoughts of hurting myself", "feeling", "self_harm"),
        ("lately I've had thoughts of ending my life", "feeling", "self_harm"),
        ("when he moved out in May I began having thoughts of suicide", "mixed", "self_harm"),
        ("he has been having thoughts about quitting", "fact", "none"),
        # 9. a fear of what someone may do stays a feeling, conditions and all
        (
            "I'm frightened of what he'll do to me when he's been drinking",
            "feeling",
            "violence",
        ),
        ("I'm afraid of what my dad might do when he gets home drunk", "feeling", "violence"),
        ("worried what she'll say if I don't go to the wedding", "feeling", "none"),
        ("I'm scared of him because he punched me last night", "mixed", "violence"),
        # 10. then-and-now comparisons are evaluations
        ("things were better before we moved in together", "interpretation", "none"),
        ("he was nicer when we first met", "interpretation", "none"),
        ("it's worse since she started that job", "interpretation", "none"),
        ("the house was calmer when he worked nights", "interpretation", "none"),
        ("since my manager left, work has been easier", "interpretation", "none"),
        ("I felt better after the walk", "feeling", "none"),
        ("he earned more before he lost the job", "fact", "none"),
        # 11. an ordinal anchor makes the first clause a fact
        ("she cancelled for the third time, she clearly doesn't value me", "mixed", "none"),
        ("he was late for the 5th time this month, he obviously doesnt care", "mixed", "none"),
        ("my sister borrowed money for the fourth time, she's using me", "mixed", "none"),
        ("she cancelled for the third time", "fact", "none"),
        # 12. "and now" / "so now" / "so I" ends reported words; a wish not to live is a part
        (
            "my brother screamed at me on the phone and now I want to disappear",
            "mixed",
            "self_harm",
        ),
        ("mum yelled at me in the car and now i just want to die", "mixed", "self_harm"),
        ("he left me on read and now I want to hurt myself", "mixed", "self_harm"),
        ("he texted my boss about me so now I feel sick", "mixed", "none"),
        (
            "she told everyone at work about my divorce and now I'm so embarrassed",
            "mixed",
            "none",
        ),
        ("He said he'd call so I waited by the phone", "fact", "none"),
        ("He told me he was tired and that I should go", "fact", "none"),
        ("She said I was selfish and now she won't talk to me", "fact", "none"),
        # 13. a because/since clause naming an observable past act is a fact of its own
        (
            "I feel like she hates me because she didn't invite me to her party on Saturday",
            "mixed",
            "none",
        ),
        (
            "I feel like my dad is disappointed in me since he skipped my graduation in June",
            "mixed",
            "none",
        ),
        (
            "I think he's bored of me because he cancelled our date twice this week",
            "mixed",
            "none",
        ),
        ("i think mum favours my sister cause she paid for her wedding", "mixed", "none"),
        ("I feel like she hates me because she's selfish", "interpretation", "none"),
        ("I feel like he doesn't care because he never listens", "interpretation", "none"),
        ("He said he left because she yelled at him", "fact", "none"),
        # 14. the writer's own act on their body is a fact (the flag stays)
        ("I burned my arm after he left on Sunday", "fact", "self_harm"),
        ("i cut my wrist last night after she screamed at me", "fact", "self_harm"),
        ("I hurt myself again on Tuesday", "fact", "self_harm"),
        ("I scratched my arms until they bled", "fact", "self_harm"),
        ("I'm burned out", "feeling", "none"),
        ("I feel burned", "feeling", "none"),
        ("I felt so hurt when he left", "mixed", "none"),
        # 15. a judgment whose "by" + gerund names an observable act is mixed (rule 10)
        ("he humiliated me by mocking me", "mixed", "none"),
        ("she stabbed me in the back by telling everyone", "mixed", "none"),
        ("He belittled me by correcting my grammar at dinner", "mixed", "none"),
        ("She betrayed me by reading my diary", "mixed", "none"),
        ("he disrespected me by being selfish", "interpretation", "none"),
        ("he manipulates me by ignoring me", "interpretation", "none"),
        ("she stabbed me in the back", "interpretation", "none"),
        ("he humiliated me", "interpretation", "none"),
    ]

    def test_error_categories(self) -> None:
        """General error categories (statements written for this test).

        Most get it: a trained model is not pinned per line.
        """
        _assert_mostly(self.ERROR_CATEGORIES, PIN_AGREEMENT["ERROR_CATEGORIES"])

    @pytest.mark.parametrize(
        ("text", "label"),
        [
            ("She left my birthday dinner at 8:15 without a word.", "fact"),
            ("My sister told me I was being dramatic.", "fact"),
            ("I unfollowed her on every app this morning.", "fact"),
            ("I'm gutted.", "feeling"),
            ("My shoulders are up by my ears again.", "feeling"),
            ("Honestly just really tired today", "feeling"),
            ("I feel like screaming into a pillow.", "feeling"),
            ("I feel like nobody at work respects me.", "interpretation"),
            ("I feel so manipulated.", "interpretation"),
            ("My flatmate is completely selfish.", "interpretation"),
            ("He'll never change.", "interpretation"),
            ("Maybe she's just busy with the new job.", "interpretation"),
            ("I was humiliated when he laughed at my dress in front of his friends.", "mixed"),
            ("I'm nervous because he's going to be furious.", "mixed"),
            ("Do I have to go to the reunion?", "other"),
            ("Next Sunday I will tell Dad I'm not coming.", "other"),
            ("Hey journal.", "other"),
        ],
    )
    def test_labels_own_statements(self, text: str, label: str) -> None:
        """Statements written for this test get the label LABELING.md gives them."""
        assert classify(text).label.value == label

    DEFAULT_READINGS: ClassVar[list[tuple[str, ...]]] = [
        # a subject and a finite past-tense verb is an observable event
        ("Our neighbour towed my car.", "fact"),
        ("Ravi cancelled the booking.", "fact"),
        ("my grandad sold the allotment", "fact"),
        # faux words as active verbs are behaviour; judging verbs stay judgments
        ("The committee rejected my proposal.", "fact"),
        ("Her brother ignored the wedding invite.", "fact"),
        ("My coach criticised my serve.", "fact"),
        ("He manipulates everyone around him.", "interpretation"),
        ("She is using me.", "interpretation"),
        ("I feel so neglected.", "interpretation"),
        # attitudes of someone else are mind reading, negated or not
        ("My stepmum doesn't value my opinion.", "interpretation"),
        ("He never appreciated the effort.", "interpretation"),
        ("My sister trusts her friends more than me.", "interpretation"),
        # a fact with a conclusion drawn from it is mixed (rule 10)
        ("He changed the wifi password, which proves he's hiding something.", "mixed"),
        ("She kept the deposit, and this shows what she thinks of me.", "mixed"),
        # restrictive generalisations
        ("My dad only listens when I agree with him.", "interpretation"),
        ("Dana only texts me for homework answers.", "interpretation"),
        # greetings with emotion-looking words are no claims
        ("Happy Saturday!", "other"),
        ("merry xmas to me haha", "other"),
        # a "never" anchored to one concrete event is a fact
        ("He never paid the 90 euros back.", "fact"),
        ("My aunt never came to the christening.", "fact"),
        ("He never cooks.", "interpretation"),
    ]

    def test_default_readings(self) -> None:
        """Statements written for this test get the label LABELING.md gives them.

        Most get it: a trained model is not pinned per line.
        """
        _assert_mostly(self.DEFAULT_READINGS, PIN_AGREEMENT["DEFAULT_READINGS"])

    COMMON_LANGUAGE: ClassVar[list[tuple[str, ...]]] = [
        # A. own plans are other (rule 11); predictions about oneself are not
        ("this week I'll pack up the photos and put them in the attic", "other"),
        ("Today itself I will tell my dad.", "other"),
        ("on friday im gonna return his hoodie", "other"),
        ("If she's late again, I'll write down the time and tell the mediator.", "other"),
        ("Step 3: call the helpline.", "other"),
        ("Goal for the week: sleep by eleven.", "other"),
        ("To do: change my passwords.", "other"),
        ("Tomorrow morning I'm going to drop the keys at her office.", "other"),
        ("tonight ill finally text my sister back", "other"),
        ("Next time he raises his voice I will walk out of the room.", "other"),
        ("After work I shall collect my belongings from the flat.", "other"),
        ("Plan: mute the family group chat until Sunday.", "other"),
        ("This weekend I'm gonna clear out his drawer.", "other"),
        ("Monday I will phone the solicitor about the lease.", "other"),
        ("Reminder to self: drink water before the call.", "other"),
        ("Next step - book a session with the counsellor.", "other"),
        ("if he texts again im just gonna leave him on read", "other"),
        ("I will to speak with my manager tomorrow about the schedule.", "other"),
        ("I'll never be happy again.", "interpretation"),
        ("I'll probably cave and text him.", "interpretation"),
        ("I'm going to end up alone.", "interpretation"),
        ("I know I'll just give in again like always.", "interpretation"),
        # B. third-person predictions are interpretation (rule 4)
        ("One day he's going to really hurt someone.", "interpretation"),
        ("she's gonna leave me for him", "interpretation"),
        ("They'll turn everyone against me.", "interpretation"),
        ("My mother will ruin the wedding.", "interpretation"),
        ("he's going to take the kids and move away, i just know it", "interpretation"),
        ("Sooner or later my boss will fire me.", "interpretation"),
        ("Her family is going to blame me for everything.", "interpretation"),
        ("He said he's going to move out in June.", "fact"),
        ("She is moving out on the 3rd.", "fact"),
        ("He said he'll pick up the kids on Saturday.", "fact"),
        # C. motives and purposes read into an act are interpretation (rule 4)
        ("He did it to embarrass me.", "interpretation"),
        ("She only calls to get something.", "interpretation"),
        ("He's punishing me with silence.", "interpretation"),
        ("She's testing me.", "interpretation"),
        ("They're playing games with me.", "interpretation"),
        ("my dad buys her presents just to make me jealous", "interpretation"),
        ("He posted the photo to get a reaction out of me.", "interpretation"),
        ("She is trying to turn the kids against me.", "interpretation"),
        ("he only came round to check up on me", "interpretation"),
        ("He went to the shop to get milk.", "fact"),
        ("She called to say the appointment moved to 4.", "fact"),
        ("He drove to the station to pick me up.", "fact"),
        ("We played cards with the kids.", "fact"),
        # D. betrayal metaphors judge; vivid verbs for a verbal attack report behaviour
        ("She stabbed me in the back.", "interpretation"),
        ("My boss threw me under the bus in the meeting.", "interpretation"),
        ("He's so two-faced.", "interpretation"),
        ("my best friend sold me out", "interpretation"),
        ("He strung me along for two years.", "interpretation"),
        ("She walks all over me.", "interpretation"),
        ("He laid into me in front of everyone.", "fact"),
        ("Mum tore into me at dinner.", "fact"),
        ("He went off at me about the rent.", "fact"),
        ("my sister chewed me out over the phone last night", "fact"),
        ("She ripped into me about the dishes.", "fact"),
        ("Dad had a go at me for being late.", "fact"),
        ("He blew up at me in the car.", "fact"),
        ("I stabbed my finger on a nail.", "fact"),
        ("He threw my bag on the floor.", "fact"),
        # E. a wish not to live is a feeling, indirect too; as a judgment it is not (rule 17)
        ("some nights I just want to vanish for good", "feeling"),
        ("I wish I could go to sleep and not wake up.", "feeling"),
        ("I don't care whether I wake up tomorrow.", "feeling"),
        ("the urge to hurt myself is strong tonight", "feeling"),
        ("Lately I wish I didn't exist.", "feeling"),
        ("sometimes i just wanna disappear and never come back", "feeling"),
        ("I dont care if i live or die anymore", "feeling"),
        ("The urge to cut is back.", "feeling"),
        ("The world would be fine without me in it.", "interpretation"),
        ("Nobody needs me around.", "interpretation"),
        ("My family would be better off if I was gone.", "interpretation"),
        # F. a feeling tied to a specific event is mixed; a habitual trigger keeps it a feeling
        ("felt so proud when I didn't pick up his call last night", "mixed"),
        ("I'm so relieved I blocked her number.", "mixed"),
        ("After he moved out I started sleeping badly.", "mixed"),
        ("I was shaking after she hung up on me.", "mixed"),
        ("so relieved i finally returned her keys", "mixed"),
        ("I felt guilty after I said no to her on Sunday.", "mixed"),
        ("Proud of myself for leaving the party early yesterday.", "mixed"),
        ("I'm glad I told him no.", "mixed"),
        ("Whenever she calls I tense up.", "feeling"),
        ("Every time he texts my stomach drops.", "feeling"),
        ("I get anxious whenever my phone buzzes.", "feeling"),
        # G. a fact and a judgment in a comma splice are mixed
        ("he forgot my birthday again, he obviously doesn't care", "mixed"),
        ("She cancelled for the third time, clearly I'm not a priority.", "mixed"),
        ("He read my message and didn't reply, he's ignoring me on purpose.", "mixed"),
        ("mum hung up on me, she hates me", "mixed"),
        ("They didn't invite me to the barbecue, they think I'm boring.", "mixed"),
        ("He left the dishes again, typical.", "mixed"),
        ("He forgot my birthday, then he forgot our anniversary.", "fact"),
        ("She cancelled, I cried.", "fact"),
        ("He obviously doesn't care.", "interpretation"),
        # H. records and plain personal facts are facts
        ("I was diagnosed with panic disorder in 2021.", "fact"),
        ("My GP put me on sertraline in March.", "fact"),
        ("I'm 67 and my son handles my pension.", "fact"),
        ("I have ADHD.", "fact"),
        ("My daughter has type 1 diabetes.", "fact"),
        ("My husband does all the cooking.", "fact"),
        ("i'm 24 and still live with my parents", "fact"),
        ("My therapist diagnosed me with PTSD last year.", "fact"),
        ("My wife handles the bills.", "fact"),
        ("I take 50mg of sertraline every morning.", "fact"),
        ("I have been on antidepressants since 2019.", "fact"),
        ("I have anxiety about the call.", "feeling"),
        ("I think I have depression.", "interpretation"),
        ("He's a narcissist, I'm sure of it.", "interpretation"),
        # I. someone else's visible emotion is a fact (rule 14)
        ("My sister cried through the whole call.", "fact"),
        ("He was shaking when he left.", "fact"),
        ("mum sobbed at the door", "fact"),
        ("Dad's hands trembled as he signed the papers.", "fact"),
        ("My son screamed and cried when I took the tablet.", "fact"),
        ("She was in tears at the funeral.", "fact"),
        ("He went red and stormed out.", "fact"),
        ("My brother laughed at me.", "fact"),
        ("She seemed upset.", "interpretation"),
        ("He was angry.", "interpretation"),
        ("I cried through the whole call.", "fact"),
        ("He is sad deep down.", "interpretation"),
        # J. slang and emoji feelings are feelings (rule 13)
        ("ngl im emotionally wrecked fr 😭", "feeling"),
        ("lowkey devastated rn", "feeling"),
        ("so done 😩", "feeling"),
        ("dead inside today", "feeling"),
        ("butterflies, the bad kind", "feeling"),
        ("big sad tonight", "feeling"),
        ("i'm not ok fr fr", "feeling"),
        ("literally shaking rn", "feeling"),
        ("highkey stressed abt tmrw 😬", "feeling"),
        ("Mood: anxious.", "feeling"),
        ("i'm so over it 🙃", "feeling"),
        ("feeling some type of way", "feeling"),
        ("he ghosted me AGAIN lol", "fact"),
        ("she's so extra 🙄", "interpretation"),
        # K. headings and verbless fragments are other
        ("Sunday. Reflection time.", "other"),
        ("Day 12.", "other"),
        ("Morning pages", "other"),
        ("Entry #4 - Tuesday", "other"),
        ("Week 3 check-in", "other"),
        ("Evening reflection.", "other"),
        ("Gratitude list:", "other"),
        ("Session notes, 14 March.", "other"),
        ("Day 12 without texting him.", "fact"),
        ("Monday: he moved out.", "fact"),
        # L. fear of what someone might do is a feeling, not a prediction
        ("I'm scared of what he'll do when he's drunk.", "feeling"),
        ("terrified she'll turn up at my work", "feeling"),
        ("I'm afraid he will take the kids.", "feeling"),
        ("worried she's going to tell everyone", "feeling"),
        ("I'm nervous he'll be angry when I say no.", "feeling"),
        ("I fear they will come to the house.", "feeling"),
        ("I'm scared because he'll never change.", "mixed"),
        ("I'm anxious because she's going to leave me.", "mixed"),
        ("He'll turn up at my work.", "interpretation"),
        # M. a feeling held over one dated occasion is mixed; a habitual one is not (rule 16)
        ("I was anxious the whole time we were at his brother's on Friday", "mixed"),
        ("I felt numb all through Monday's dinner with her family.", "mixed"),
        ("I was shaking during the meeting with my manager yesterday.", "mixed"),
        ("I felt ashamed at Sarah's party last night.", "mixed"),
        ("I felt sick throughout Tuesday's session with him.", "mixed"),
        ("I get anxious whenever we visit his parents.", "feeling"),
        ("I always feel sick during meetings with him.", "feeling"),
        ("every time we go to her mum's I feel on edge", "feeling"),
        ("I've been anxious since March.", "feeling"),
        ("I was angry at him all day on Sunday.", "feeling"),
        # N. tiredness and stress idioms are feelings
        ("I'm running on empty this week.", "feeling"),
        ("my brain is fried", "feeling"),
        ("my brain's fried after today", "feeling"),
        ("I'm completely fried.", "feeling"),
        ("I'm dead on my feet.", "feeling"),
        ("totally wiped out", "feeling"),
        ("He fried some eggs.", "fact"),
        # a label of oneself after "feel" is a judgment, not an emotion (rule 3)
        ("I feel worthless.", "interpretation"),
        ("honestly i feel so stupid", "interpretation"),
        ("I felt pathetic after the call.", "interpretation"),
        ("I feel lonely.", "feeling"),
        ("I feel fine today.", "feeling"),
        ("I feel bad for him.", "feeling"),
        ("feeling better after the walk", "feeling"),
        ("He feels good about himself.", "interpretation"),
        ("The plan sounds good.", "interpretation"),
        # O. a feeling rated on a worksheet scale is one feeling, not mixed
        ("Emotion: guilt, 60 out of 100", "feeling"),
        ("anxiety 8/10 tonight", "feeling"),
        ("sadness 7/10, shame 5/10", "feeling"),
        ("Feelings: fear, anger - 80%", "feeling"),
        ("dread 9 out of 10 before the call", "feeling"),
        ("He texted me 8 times and I'm furious.", "mixed"),
        ("He scored 8/10 on the test.", "fact"),
    ]

    def test_common_language(self) -> None:
        """Common phrasings (written for this test, by category) get their LABELING.md label.

        Most get it: a trained model is not pinned per line.
        """
        _assert_mostly(self.COMMON_LANGUAGE, PIN_AGREEMENT["COMMON_LANGUAGE"])

    @pytest.mark.parametrize(
        ("text", "concern"),
        [
            ("Some nights I want to disappear forever.", "self_harm"),
            ("I can't go on like this.", "self_harm"),
            ("I can't keep going.", "self_harm"),
            ("I started self harming again.", "self_harm"),
            ("I thought about jumping off the bridge on the way home.", "self_harm"),
            ("He blocked the door so I couldn't get out.", "violence"),
            ("He put his hands around my neck.", "violence"),
            ("I don't feel safe at home.", "violence"),
        ],
    )
    def test_safety_patterns(self, text: str, concern: str) -> None:
        """Indirect safety phrasings (written for this test) are flagged."""
        assert SafetyConcern(concern) in classify(text).safety

    def test_faux_feeling_names_underlying_feelings(self) -> None:
        """A faux feeling lists the feelings that may lie underneath it (NVC)."""
        result = classify("I feel totally abandoned.")
        assert result.label is StatementKind.INTERPRETATION
        assert set(result.underlying_feelings) == {"scared", "hurt", "lonely"}

    def test_traps_tagged_on_interpretations(self) -> None:
        """Absolutes and predictions tag overgeneralisation and fortune telling."""
        assert ThinkingTrap.OVERGENERALISATION in classify("He always forgets me.").traps
        assert ThinkingTrap.FORTUNE_TELLING in classify("She'll leave me eventually.").traps

    def test_mixed_has_two_parts(self) -> None:
        """A mixed label lists at least two claim kinds in parts."""
        result = classify("He yelled at me in the car and I was shaking.")
        assert result.label is StatementKind.MIXED
        assert {StatementKind.FACT, StatementKind.FEELING} <= result.parts

    @pytest.mark.parametrize(
        ("text", "concern"),
        [
            ("Sometimes I think my family would be better off without me.", "self_harm"),
            ("I keep wishing I could fall asleep and not wake up.", "self_harm"),
            ("My ex shoved me into the bookcase.", "violence"),
            ("He said he'd hurt me if I ever left.", "violence"),
            ("I'm afraid he'll hit me again when he's drunk.", "violence"),
        ],
    )
    def test_safety_flags(self, text: str, concern: str) -> None:
        """Self-harm and violence are flagged, including indirect phrasing."""
        assert SafetyConcern(concern) in classify(text).safety

    @pytest.mark.parametrize(
        "text",
        [
            "This commute is killing me.",
            "I'm dying to get out of this town.",
            "I could kill him for losing my charger.",
            "She'd murder me if I forgot her birthday.",
            "The realisation hit me on the bus.",
        ],
    )
    def test_idioms_are_not_flagged(self, text: str) -> None:
        """Deadly or violent idioms are no safety concern (LABELING.md)."""
        assert classify(text).safety == frozenset()

    def test_rendering_shows_safety(self) -> None:
        """str and HTML show the label, and the safety banner when flagged."""
        result = classify("He punched the wall next to my head.")
        assert "violence" in str(result)
        assert "Safety comes first" in str(result)
        assert "violence" in result._repr_html_()

    def test_non_str_is_invalid(self) -> None:
        """A non-str argument raises InvalidInputError naming it."""
        with pytest.raises(InvalidInputError, match=r"\'\$\.text\'"):
            classify(b"bytes")  # type: ignore[arg-type]

    @given(st.text())
    def test_any_text_gives_valid_classification(self, text: str) -> None:
        """Law (DESIGN.md): any str gives a valid Classification whose cue spans match."""
        _assert_valid(classify(text), text)

    @given(statements())
    def test_deterministic(self, text: str) -> None:
        """Law (DESIGN.md): classify is deterministic."""
        assert classify(text) == classify(text)

    @given(statements())
    def test_json_round_trip(self, text: str) -> None:
        """Law (DESIGN.md): every public type round-trips through JSON exactly."""
        result = classify(text)
        assert from_json(to_json(result), Classification) == result

    def test_large_entry(self) -> None:
        """A 1 MB statement is handled (linear time, no backtracking)."""
        text = "he said I always ruin everything and I feel so used! " * 20_000
        result = classify(text)
        assert result.text == text


class TestRendering:
    """Text and HTML views of a classification."""

    def test_mixed_safety_and_traps_are_shown(self) -> None:
        """Parts, safety, traps and cues all appear in both views."""
        result = classify("She betrayed me by reading my diary and now I want to disappear")
        text, html = str(result), result._repr_html_()
        assert "Parts:" in text and "Safety concerns: self-harm" in text
        assert "self-harm" in html
        assert result.cues_for(CueKind.FACT)
        assert {cue.part for cue in result.cues} >= {StatementKind.FACT, None}
        assert SafetyConcern.SELF_HARM in {cue.concern for cue in result.cues}

    def test_traps_and_underlying_feelings_are_shown(self) -> None:
        """A faux feeling names its traps and the feelings underneath."""
        result = classify("I feel so used, she always takes my money")
        text, html = str(result), result._repr_html_()
        assert "Feelings that may lie underneath:" in text
        assert "Thinking traps:" in text and "Thinking traps:" in html


class TestClassifyMany:
    """classify_many(texts)."""

    def test_in_order(self) -> None:
        """Results come back in input order."""
        labels = [c.label.value for c in classify_many(["I'm scared.", "He left at noon."])]
        assert labels == ["feeling", "fact"]

    def test_str_refused(self) -> None:
        """A single str is refused rather than read letter by letter."""
        with pytest.raises(InvalidInputError, match=r"\'\$\.texts\'"):
            classify_many("I am sad")

    def test_non_str_item_refused(self) -> None:
        """A non-str item is named by its index."""
        with pytest.raises(InvalidInputError, match=r"texts\[1\]"):
            classify_many(["fine", 3])  # type: ignore[list-item]


class TestSplitStatements:
    """split_statements(entry)."""

    def test_splits_sentences_and_lines(self) -> None:
        """Sentences and line breaks split; times and abbreviations do not."""
        entry = "Dr. Patel called at 4 p.m. today. I cried!\nWhy now?"
        assert split_statements(entry) == (
            "Dr. Patel called at 4 p.m. today.",
            "I cried!",
            "Why now?",
        )

    def test_empty(self) -> None:
        """An empty or blank entry has no statements."""
        assert split_statements("  \n ") == ()

    def test_non_str(self) -> None:
        """A non-str entry is invalid input."""
        with pytest.raises(InvalidInputError, match=r"\'\$\.entry\'"):
            split_statements(None)  # type: ignore[arg-type]

    @given(journal_entries())
    def test_pieces_come_from_entry(self, entry: str) -> None:
        """Every statement is a trimmed, non-empty piece of the entry."""
        for piece in split_statements(entry):
            assert piece and piece == piece.strip() and piece in entry


class TestAnalyzeEntry:
    """analyze_entry(entry)."""

    def test_counts_and_safety(self) -> None:
        """Counts add up per label and safety is the union over statements."""
        result = analyze_entry("He slapped me on Friday. I'm terrified. He thinks he's the victim.")
        assert result.counts.total == 3
        assert result.counts[StatementKind.FEELING] == 1
        assert SafetyConcern.VIOLENCE in result.safety
        assert "Safety comes first" in str(result)
        assert "violence" in result._repr_html_()

    def test_non_str(self) -> None:
        """A non-str entry is invalid input."""
        with pytest.raises(InvalidInputError, match=r"\'\$\.entry\'"):
            analyze_entry(42)  # type: ignore[arg-type]

    @given(journal_entries())
    def test_round_trip(self, entry: str) -> None:
        """Law (DESIGN.md): EntryAnalysis round-trips through JSON."""
        result = analyze_entry(entry)
        assert from_json(to_json(result), EntryAnalysis) == result
        assert result.counts.total == len(result.statements)


class TestFactCheck:
    """fact_check(feeling, facts, *, intensity)."""

    def test_interpretation_offered_as_fact_does_not_count(self) -> None:
        """Only real facts support a feeling; an interpretation does not."""
        check = fact_check("I feel guilty", ["He thinks I'm lazy."], intensity=9)
        assert not check.supported
        assert check.big_feeling_without_fact
        assert "not_a_fact" in [q.code for q in check.questions]

    def test_supported(self) -> None:
        """A real fact supports the feeling."""
        check = fact_check("I'm anxious", ["She can make her own dinner."], intensity=8)
        assert check.supported and not check.big_feeling_without_fact
        assert check.real_facts == (check.facts[0],)

    def test_strong_wording_without_intensity(self) -> None:
        """Strong wording counts as a big feeling when no intensity is given."""
        assert fact_check("I'm absolutely terrified").big_feeling_without_fact

    def test_questions_have_stable_codes(self) -> None:
        """The guiding questions include the fact and source-of-feeling questions."""
        codes = {q.code for q in fact_check("I feel bad").questions}
        assert {"name_the_feeling", "fact_behind_it", "source_of_feeling"} <= codes

    @pytest.mark.parametrize("intensity", [-1, 11, True, 7.5, "8"])
    def test_bad_intensity(self, intensity: object) -> None:
        """Intensity must be an int from 0 to 10; bools are refused."""
        with pytest.raises(InvalidInputError, match=r"\'\$\.intensity\'"):
            fact_check("I'm sad", intensity=intensity)  # type: ignore[arg-type]

    def test_str_facts_refused(self) -> None:
        """A str passed as facts is refused."""
        with pytest.raises(InvalidInputError, match=r"\'\$\.facts\'"):
            fact_check("I'm sad", "He left.")

    def test_non_str_feeling(self) -> None:
        """A non-str feeling is invalid input."""
        with pytest.raises(InvalidInputError, match=r"\'\$\.feeling\'"):
            fact_check(None)  # type: ignore[arg-type]

    @given(
        statements(allow_blank=False),
        st.lists(statements(allow_blank=False), max_size=3),
        feeling_intensities(),
    )
    def test_round_trip(self, feeling: str, facts: list[str], intensity: int | None) -> None:
        """Law (DESIGN.md): FactCheck round-trips through JSON and renders."""
        check = fact_check(feeling, facts, intensity=intensity)
        assert from_json(to_json(check), FactCheck) == check
        assert str(check) and check._repr_html_()


class TestRecords:
    """The records' validators keep the error contract."""

    def test_cue_span_checked(self) -> None:
        """A cue whose text does not fit its span is invalid input."""
        with pytest.raises(InvalidInputError, match=r"\$\.text"):
            Cue(CueKind.FACT, "abc", 0, 2, "FF202")

    def test_unknown_rule(self) -> None:
        """A cue with an unknown rule id is invalid input."""
        with pytest.raises(InvalidInputError, match=r"\$\.rule"):
            Cue(CueKind.FACT, "ab", 0, 2, "XX1")

    def test_mixed_needs_two_parts(self) -> None:
        """A mixed label with one part is invalid input."""
        with pytest.raises(InvalidInputError, match=r"\$\.parts"):
            Classification("x", StatementKind.MIXED, frozenset({StatementKind.FACT}), (), 0.5)

    def test_safety_limited(self) -> None:
        """Only self-harm and violence can be flagged by the classifier."""
        with pytest.raises(InvalidInputError, match=r"\$\.safety"):
            Classification(
                "x",
                StatementKind.OTHER,
                frozenset({StatementKind.OTHER}),
                (),
                0.5,
                safety=frozenset({SafetyConcern.VERBAL_ABUSE}),
            )

    def test_counts_refuse_negative(self) -> None:
        """Label counts are non-negative ints."""
        with pytest.raises(InvalidInputError, match=r"\$\.fact"):
            LabelCounts(fact=-1)


def _figures(rows: Iterable[dict[str, str]]) -> tuple[float, dict[str, float], float]:
    rows = list(rows)
    pred = [classify(row["text"]).label.value for row in rows]
    recall, false = _safety_figures(rows)
    return _macro_f1([row["label"] for row in rows], pred), recall, false


def _assert_mostly(cases: list[tuple[str, ...]], floor: float) -> None:
    """At least *floor* of *cases* get their label (and safety flag, where given)."""
    missed = []
    for text, label, *safety in cases:
        result = classify(text)
        got = [result.label.value]
        if safety:
            got.append(",".join(sorted(c.value for c in result.safety)) or "none")
        if got != [label, *safety]:
            missed.append((text, [label, *safety], got))
    assert 1 - len(missed) / len(cases) >= floor, missed


# Label pins of the rules era, now measured together: the share of each
# table the trained classifier gets right, a little below what it scored
# when these floors were set (see the changelog).
PIN_AGREEMENT = {
    "GENERAL_PATTERNS": 0.93,
    "ERROR_CATEGORIES": 0.88,
    "DEFAULT_READINGS": 0.90,
    "COMMON_LANGUAGE": 0.94,
}


class TestFloors:
    """Regression floors on the earlier labelled sets (they can fail).

    The rules were developed on these sets, so the floors guard against
    regressions; they are not claims about new writing (the corpus writers'
    figures are, see docs/corpus.md).
    """

    def test_dev_set(self) -> None:
        """Dev set: macro-F1 >= 0.90, safety recall >= 0.95 per flag, false flags <= 2 %."""
        macro, recall, false = _figures(_rows(DEV_SET))
        assert macro >= 0.90
        assert all(value >= 0.95 for value in recall.values()), recall
        assert false <= 0.02

    def test_fresh_set(self) -> None:
        """Fresh held-out set: floors set a little below the achieved figures."""
        macro, recall, false = _figures(_rows(FRESH_SET))
        assert macro >= FRESH_MACRO_F1_FLOOR
        assert all(value >= 0.95 for value in recall.values()), recall
        assert false <= 0.02

    @pytest.mark.parametrize(
        ("name", "floor"), [("panel_tuned.jsonl", 0.92), ("panel_measured.jsonl", 0.85)]
    )
    def test_panel_sets(self, name: str, floor: float) -> None:
        """The earlier panels (corpus/earlier/README.md): floors a little below today's."""
        macro, recall, false = _figures(_rows(EARLIER / name))
        assert macro >= floor
        assert all(value >= 0.95 for value in recall.values()), recall
        assert false <= 0.02


FRESH_MACRO_F1_FLOOR = 0.88


class TestTokenize:
    """The private tokeniser behind classify."""

    def test_clitics_and_trailing_hyphens(self) -> None:
        """ "let's" is "let us", an unknown clitic is dropped, a trailing hyphen is cut."""
        from detachkit._tokens import tokenize

        tokens = tokenize("let's go, y'all, well-- fine")
        assert [t.norm for t in tokens][:3] == ["let", "us", "go"]
        assert "yall" in [t.norm for t in tokens]
        assert all(not t.raw.endswith("-") for t in tokens)

    @pytest.mark.parametrize(
        ("text", "norms"),
        [
            ("Tonight Ill call her", ["tonight", "i", "will", "call", "her"]),
            ("Id rather not", ["i", "'d", "rather", "not"]),
            ("if she finds out shell kill me", ["if", "she", "finds", "out", "she", "will"]),
            ("I think shed never", ["i", "think", "she", "'d", "never"]),
            ("I feel ill today", ["i", "feel", "ill", "today"]),
            ("what the hell happened", ["what", "the", "hell", "happened"]),
            ("hell no", ["hell", "no"]),
            ("the garden shed", ["the", "garden", "shed"]),
            ("hed couldve theyd", ["he", "'d", "could", "have", "they", "'d"]),
        ],
    )
    def test_apostrophe_less_contractions(self, text: str, norms: list[str]) -> None:
        """ "Ill", "hell", "shed" are contractions only where a clause starts and a verb follows."""
        from detachkit._tokens import tokenize

        assert [t.norm for t in tokenize(text)][: len(norms)] == norms

    def test_capital_pronoun_contraction_is_no_name(self) -> None:
        """ "Ive" keeps its capital for the pronoun: flagged like "I've"."""
        from detachkit._tokens import tokenize

        assert all(t.upper for t in tokenize("Ive"))
        assert classify("Should I tell my therapist Ive been thinking about suicide?").safety

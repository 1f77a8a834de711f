"""Table tests per rule id: each rule fires on its cases and not on its near misses.

The statements are written for these tests (none come from a labeled set).
A meta-test fails when a registered rule has no cases.
"""

from __future__ import annotations

import pytest

from detachkit.factfeeling import CUE_RULES, CueKind, classify

# rule id -> (statements it must fire on, statements it must not fire on)
CASES: dict[str, tuple[list[str], list[str]]] = {
    "FF101": (
        ["I'm gutted.", "Scared and tired tonight.", "i am so anxous about the call"],
        [
            "He slammed the door.",
            "She seems angry.",
            "I sobbed in the shower.",
            "Happy new year, diary!",
            "Dad only calls when I'm needed at the shop.",
        ],
    ),
    "FF102": (
        [
            "My chest goes tight when the phone rings.",
            "I couldn't sleep at all.",
            "Tension headache all afternoon.",
        ],
        ["He texted me twice.", "The drive took an hour."],
    ),
    "FF103": (
        [
            "I feel like screaming.",
            "Honestly I feel like crying.",
            "I feel like I could sleep for days.",
        ],
        ["I feel like she hates me.", "I feel sad."],
    ),
    "FF104": (
        [
            "I dread Sunday dinners.",
            "I miss my old flat.",
            "I really wish she'd stop calling my work.",
            "i pray he never finds my new address",
        ],
        ["He misses every deadline.", "She dreads nothing.", "She hopes I fail."],
    ),
    "FF105": (
        [
            "some nights I just want to vanish for good",
            "I wish I could go to sleep and not wake up.",
            "I don't care whether I wake up tomorrow.",
            "the urge to hurt myself is strong tonight",
            "sometimes i just wanna disappear and never come back",
            "The urge to cut is back.",
            "Some nights I hope I just won't wake up.",
            "i pray i dont wake up tmrw",
        ],
        [
            "The world would be fine without me in it.",
            "I wish he would disappear.",
            "I want to cut my hair short.",
            "I don't care whether he calls.",
        ],
    ),
    "FF106": (
        [
            "I wanted the ground to swallow me up.",
            "honestly could've cried",
            "I just wanted the floor to open up and swallow me",
            "I was at the end of my tether by lunchtime.",
            "I'm running on empty this week.",
            "my brain is fried",
            "honestly dead on my feet",
            "I felt ten feet tall after the talk.",
        ],
        [
            "My nephew is six feet tall.",
            "The dog swallowed a sock.",
            "She could have cried for help.",
            "I cried at my desk.",
            "He fried some eggs.",
            "Her brain is fried.",
        ],
    ),
    "FF107": (
        [
            "I felt sick all through Tuesday's meeting with him.",
            "I was on edge the whole time at her parents' on Saturday.",
            "i was shaking during the call with my manager yesterday",
            "I felt ashamed at Sarah's party last night.",
        ],
        [
            "I always feel sick during meetings with him.",
            "I was so tired yesterday.",
            "I was angry at him all day on Sunday.",
            "I feel anxious during meetings.",
            "I was sad the whole day on Sunday.",
        ],
    ),
    "FF201": (
        [
            "She told me I was too sensitive.",
            "He said sorry at the door.",
            "My dad yelled that I was ungrateful.",
            "The school left a voicemail saying he missed class.",
        ],
        [
            "I feel ignored.",
            "He is a liar.",
            "I keep saying I'm fine.",
            "She'll tell her mum everything I said.",
        ],
    ),
    "FF202": (
        ["He called me 6 times.", "We met on Tuesday.", "She left at 11:40."],
        [
            "I feel awful.",
            "He never listens.",
            "anxiety 8/10 tonight",
            "Emotion: guilt, 60 out of 100",
            "Feelings: fear, anger - 80%",
        ],
    ),
    "FF203": (
        [
            "I deleted his number this morning.",
            "I moved my things out.",
            "I cried at my desk.",
            "I was washing the dishes.",
        ],
        ["He moved out.", "I feel moved."],
    ),
    "FF204": (
        [
            "He slammed the door.",
            "My aunt rearranged my kitchen.",
            # a subject and a past-tense verb no other rule claims: an event
            "Our landlord raised the rent.",
            "Marco missed my recital.",
            "my cousin wrecked the rental car",
            # faux words as active verbs are behaviour (rule 14)
            "She ignored my texts all weekend.",
            "The club rejected his application.",
            "my stepdad has ignored every email since june",
            "mocking me in front of friends",
            # present habits: a physical act on a person, or a habit with its time
            "My uncle shoves me.",
            "Dad drinks every evening.",
        ],
        [
            "He adores me.",
            "I slammed the door.",
            "I'm furious.",
            "I was ignored at the party.",
            "Feeling rejected by the whole team.",
            "He has been so neglected.",
        ],
    ),
    "FF205": (
        ["She can cook for herself.", "He was diagnosed with diabetes last year."],
        ["She can't be trusted.", "I can't breathe."],
    ),
    "FF206": (
        [
            "He laid into me in front of everyone.",
            "Mum tore into me at dinner.",
            "He went off at me about the rent.",
            "my sister chewed me out over the phone last night",
            "Dad had a go at me for being late.",
        ],
        ["He laid the table.", "She tore the letter up.", "The alarm went off at six."],
    ),
    "FF301": (
        [
            "I feel like he doesn't care.",
            "I feel that my mum favours my brother.",
            "I feel as though he's hiding something.",
        ],
        ["I feel like screaming.", "I feel tired."],
    ),
    "FF302": (
        [
            "I feel so used.",
            "Feeling rejected again.",
            "I was completely ignored by my team.",
            "I sat there and felt left out.",
            "so let down by my oldest friend",
        ],
        [
            "He used my car.",
            "I feel lonely.",
            "She ignored my calls.",
            "ignoring my messages",
            "I packed my bag and left the flat.",
            "I let the dog out.",
        ],
    ),
    "FF303": (
        [
            "He always cancels.",
            "Nobody listens to me.",
            "My sister never helps.",
            "He never helped with the kids.",
        ],
        [
            "He cancelled on Friday.",
            "I'm anxious.",
            # a "never" anchored to one concrete event or object is a fact
            "Jen never paid back the 60 quid.",
            "my uncle never came to the funeral",
            "She never returned the ladder.",
        ],
    ),
    "FF304": (
        ["My boss is so toxic.", "She's a total narcissist.", "Crying at work makes me look weak."],
        ["My boss emailed me.", "I'm jealous."],
    ),
    "FF305": (
        ["He'll never change.", "She's going to leave me."],
        ["I'll call her tomorrow.", "He left yesterday.", "My dad changed his will last spring."],
    ),
    "FF306": (
        [
            "He wants me to fail.",
            "She did it on purpose.",
            "I think she never loved me.",
            # attitudes of someone else, negated or not, are mind reading
            "My manager doesn't respect my time.",
            "They don't even value what I do.",
            "Grandpa trusts my cousin more than me.",
            "the world doesnt need me in it",
        ],
        [
            "I want a break.",
            "He said he wanted to talk.",
            "I don't trust him yet.",
            "The car doesn't need a service.",
        ],
    ),
    "FF307": (
        ["Maybe he's just stressed.", "I think she's lying."],
        ["He is stressed, he told me.", "I'm stressed."],
    ),
    "FF308": (
        ["He should have called.", "She ought to know better."],
        ["Should I call him?", "He called."],
    ),
    "FF309": (
        ["Everything is ruined.", "This is a total disaster."],
        ["The cake burned.", "I'm sad."],
    ),
    "FF310": (
        ["It's all my fault.", "I'm the problem here.", "I'm the reason she moved out."],
        ["It's his fault.", "I'm tired.", "The reason she moved out was the rent."],
    ),
    "FF311": (["It's his fault.", "She made me do it."], ["It's my fault.", "She made dinner."]),
    "FF312": (
        ["She has zero empathy.", "My brother is such a piece of work.", "I deserve better."],
        ["She has two kids.", "He is at work.", "I reserved a table."],
    ),
    "FF313": (
        [
            "He manipulated me into lending him the car.",
            "My boss belittles me in meetings.",
            "she just uses me for lifts",
            "They gaslit me about the money.",
            "disrespecting me",
        ],
        ["He used my laptop.", "I feel manipulated.", "She ignored the invitation."],
    ),
    "FF314": (
        [
            "He skipped my graduation, which shows where I rank.",
            "She unfollowed me, which tells me she's moved on.",
            "They cut my hours and that proves they want me gone.",
        ],
        [
            "She sent a letter which said she was sorry.",
            "He took the car, which means I have to walk to work.",
            "He skipped my graduation.",
        ],
    ),
    "FF315": (
        [
            "My mother only loves me when I'm useful to her.",
            "He only texts when he's bored.",
            "My friends only call me for favours.",
            "The only time she visits is when she needs cash.",
        ],
        ["He only stayed for an hour.", "She has only one brother.", "I only slept four hours."],
    ),
    "FF316": (
        [
            "He did it to embarrass me.",
            "He posted the photo to get a reaction out of me.",
            "he only came round to check up on me",
            "She cancels plans to punish me.",
        ],
        [
            "He went to the shop to get milk.",
            "She called to say the appointment moved to 4.",
            "He tried to embarrass me.",
        ],
    ),
    "FF317": (
        [
            "She stabbed me in the back.",
            "My boss threw me under the bus in the meeting.",
            "my best friend sold me out",
            "He strung me along for two years.",
            "She walks all over me.",
        ],
        ["I stabbed my finger on a nail.", "He threw my bag on the floor.", "We sold the car."],
    ),
    "FF318": (
        [
            "I'm sure she meant it.",
            "im pretty certain he read my texts",
            "I'm convinced that my sister reads my diary.",
        ],
        ["I'm not sure what to say.", "I'm sure about the date.", "He is sure of it."],
    ),
    "FF319": (
        [
            "He was nicer when we first met.",
            "things were so much better before we moved in together",
            "Since she started that job, it's worse.",
        ],
        [
            "I felt better after the walk.",
            "He earned more before he lost the job.",
            "She was kinder to the dog.",
        ],
    ),
    "FF401": (
        ["Should I text him back?", "Why does she do this?", "so he just gets to keep the dog??"],
        ["He asked why I left.", "I should rest."],
    ),
    "FF402": (
        [
            "Tomorrow I will tell her I need space.",
            "I'm going to block his number.",
            "Tonight I'm changing the wifi password.",
            "If she turns up again, I will go home.",
        ],
        ["He's going to cheat.", "I'll end up alone.", "I'm sitting in the car outside his flat."],
    ),
    "FF403": (
        ["Stop replying to her messages.", "Call the lawyer on Monday."],
        ["He stopped replying.", "I called the lawyer."],
    ),
    "FF404": (
        ["Hi journal.", "ugh.", "Happy Friday!", "Merry Christmas to me lol", "good morning diary"],
        ["I'm sad.", "He left.", "I'm happy today.", "She ignored my texts all weekend."],
    ),
    "FF405": (
        [
            "Sunday. Reflection time.",
            "Day 12.",
            "Morning pages",
            "Entry #4 - Tuesday",
            "Step 3: call the helpline.",
            "Goal for the week: sleep by eleven",
        ],
        ["Day 12 without texting him.", "Three weeks, no contact.", "I had a good morning."],
    ),
    "FF501": (["I don't feel angry anymore.", "He didn't call."], ["I feel angry.", "He called."]),
    "FF502": (
        [
            "My stomach drops whenever he says we need to talk.",
            "I get a headache every time she visits.",
        ],
        ["My stomach dropped when he hung up yesterday.", "I'm tired."],
    ),
    "FF503": (
        ["my boss is gonna kill me lol", "Oh great, another family dinner."],
        ["My boss emailed me.", "Dinner is at six."],
    ),
    "FF504": (
        ["This commute is killing me.", "I'm dying to leave.", "I could kill him for forgetting."],
        ["He said he'd kill me.", "I'm tired."],
    ),
    "FF505": (
        [
            "terrified she'll turn up at my work",
            "I'm nervous he'll be angry when I say no.",
            "worried she's going to tell everyone",
            "anxious about facing my father at the hearing on the 3rd",
        ],
        [
            "I'm scared because he'll never change.",
            "I'm so relieved I blocked her number.",
            "He'll turn up at my work.",
            "I was anxious about meeting him at the station last Tuesday.",
        ],
    ),
    "FF506": (
        [
            "he texted my boss that I was lazy so now I feel sick",
            "my brother screamed at me on the phone and now I want to disappear",
            "He said he'd call so I waited by the phone",
        ],
        [
            "He told me he was tired and that I should go",
            "She said I was selfish and now she won't talk to me",
            "he left me on read and now I want to hurt myself",
        ],
    ),
    "FF507": (
        [
            "I feel like she hates me because she didn't invite me to her party on Saturday",
            "I feel like he's cheating because he deleted his texts last night",
            "I feel like my boss is punishing me because he moved my desk on Monday",
        ],
        [
            "I feel like she hates me because she's selfish",
            "I feel like he doesn't care because he never listens",
            "He said he left because she yelled at him",
            "I feel like she hates me because the party was moved",
            "I feel like she hates me because she did not think of me",
        ],
    ),
    "FF508": (
        [
            "he humiliated me by mocking me",
            "she stabbed me in the back by telling everyone",
            "She betrayed me by reading my diary",
        ],
        [
            "he disrespected me by being selfish",
            "he manipulates me by ignoring me",
            "she stabbed me in the back",
            "He drove home by taking the back roads.",
        ],
    ),
    "FF901": (
        [
            "I want to hurt myself.",
            "Everyone would be better off without me.",
            "I want to sleep and never wake up.",
        ],
        ["I hurt my back lifting boxes.", "This job is killing me."],
    ),
    "FF902": (
        [
            "He grabbed my wrist so hard it bruised.",
            "He said he'd hurt me if I leave.",
            "I'm scared he'll hit me again.",
        ],
        ["A wave of sadness hit me.", "She'd murder me if I forgot her birthday."],
    ),
}


_FIRES = [(rule_id, text) for rule_id, (fires, _) in CASES.items() for text in fires]
_SILENT = [(rule_id, text) for rule_id, (_, silent) in CASES.items() for text in silent]


@pytest.mark.parametrize(("rule_id", "text"), _FIRES)
def test_rule_fires(rule_id: str, text: str) -> None:
    """The rule matches a statement it is meant for."""
    assert rule_id in {cue.rule for cue in classify(text).cues}


@pytest.mark.parametrize(("rule_id", "text"), _SILENT)
def test_rule_stays_silent(rule_id: str, text: str) -> None:
    """The rule does not match a near miss."""
    assert rule_id not in {cue.rule for cue in classify(text).cues}


def test_every_rule_has_cases() -> None:
    """Meta-test: every registered rule has cases that fire and cases that do not."""
    missing = [
        rule.id
        for rule in CUE_RULES.values()
        if not (CASES.get(rule.id, ([], []))[0] and CASES[rule.id][1])
    ]
    assert missing == []


def test_no_cases_for_unknown_rules() -> None:
    """Every rule id in the table is registered."""
    assert set(CASES) <= {rule.id for rule in CUE_RULES.values()}


def test_rule_table_is_well_formed() -> None:
    """Rule ids are unique and sorted, and safety rules signal a concern."""
    ids = [rule.id for rule in CUE_RULES.values()]
    assert ids == sorted(set(ids))
    kinds = {rule.id: rule.kind for rule in CUE_RULES.values()}
    assert kinds["FF901"] is CueKind.SELF_HARM
    assert kinds["FF902"] is CueKind.VIOLENCE

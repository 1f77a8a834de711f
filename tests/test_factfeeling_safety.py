"""Table tests of the safety patterns (self-harm, violence) and their near misses.

Statements are written for these tests, in many registers (formal, casual,
lower case, typos, texting shorthand, non-native English), by category of
suicide warning signs and intimate-partner-violence indicators. None comes
from the dev or held-out sets.
"""

from __future__ import annotations

import pytest

from detachkit import SafetyConcern
from detachkit._factfeeling_safety import find_safety
from detachkit._safety_match import Context, pattern
from detachkit._safety_patterns import GROUPS, IDIOMS, SELF_HARM, VIOLENCE
from detachkit._tokens import tokenize
from detachkit.factfeeling import classify

SELF_HARM_CASES: dict[str, tuple[str, ...]] = {
    "self-injury said to be on purpose": (
        "I just burned my hand with the lighter on purpose.",
        "i hit my head against the wall on purpose",
        "Last night I deliberately hurt my leg with a belt.",
        "I banged my fists on the door until they bled, on purpose.",
    ),
    "wish to die": (
        "I keep hoping a lorry will take me out on the motorway.",
        "Most mornings I pray I won't see another Christmas.",
        "part of me hopes the train derails on my way home",
        "I want to die.",
        "honestly i just wanna be dead",
        "I deserve to die after what I did to him.",
        "i'd rather be dead tbh",
        "Some days I am ready to die, I am so tired.",
        "I feel like dying most mornings now.",
        "I wish I was dead.",
        "I wish i'd never been born tbh",
        "When he said to go kill myself, part of me wanted to.",
    ),
    "not wanting to exist, more ways": (
        "Some days I only want to disappear for good.",
        "i wanna vanish permanently",
        "I honestly would not care whether I woke up tomorrow.",
        "dont even care if i wake up at this point",
        "the world does not need me in it",
        "Nobody needs me around, not really.",
    ),
    "not wanting to exist": (
        "I don't want to be in this world any more.",
        "I don't want to be alive anymore.",
        "i dont wanna live anymore",
        "I no longer want to live.",
        "I'm not going to do anything stupid, I just don't want to be here.",
        "i just want to not exist",
        "I want to stop existing.",
        "i wish i wasnt here",
        "I wish I didn't exist.",
        "I want to be gone.",
        "I just want to disappear forever.",
        "I want to go to sleep and not wake up.",
        "Some nights I hope I won't wake up.",
        "I want to sleep forever.",
        "sometimes I want to sleep for ever",
        "I wish I could fall asleep and stay asleep for good.",
        "I wish everything would just end.",
        "I hate being alive.",
    ),
    "hopelessness about living": (
        "My life is meaningless and they'd be better served if I just disappeared.",
        "Ending it feels like the only real option left.",
        "Death feels like the only escape left to me.",
        "honestly whats the point of waking up",
        "I can't go on like this.",
        "i cant keep going",
        "I cannot do this anymore.",
        "What is the point of living?",
        "There is no reason for me to go on.",
        "I have nothing left to live for.",
        "My life is not worth living.",
        "I'm tired of living.",
        "im so done with life",
        "I have lost the will to live.",
    ),
    "burden and better off without me": (
        "I'd be doing them all a favour by dying.",
        "My dying would fix everything for them.",
        "They wouldn't notice if I stopped existing.",
        "Honestly the family would be happier with me gone.",
        "No one would notice if I stopped being around.",
        "Nobody would miss a thing if I wasn't in it.",
        "maybe is easier for my family if I am not living",
        "The kids would be better served by my life insurance than by me.",
        "My kids would be happier without a dad like me.",
        "The house would be calmer without me.",
        "I am just a burden to everyone who has to look after me.",
        "Everyone would be better off without me.",
        "my kids would be happier without me",
        "I am a burden and they would be relieved if I was gone.",
        "Nobody would care if I died tomorrow.",
        "It would be easier for everyone if I wasn't around.",
        "I won't be around much longer anyway.",
        "They'll be sorry when I'm dead.",
    ),
    "end it": (
        "I feel like ending it.",
        "I want to end it all.",
        "I am thinking about ending things.",
        "I keep thinking about ending my life.",
        "Sometimes I think about taking my own life.",
        "i'm going to end it tonight",
    ),
    "plans and preparation": (
        "Handing my pills to my flatmate tonight so I can't reach them.",
        "Tonight I could just take the whole packet and be done.",
        "My brother is keeping my tablets so I can't take them all at once.",
        "Told my GP about the thoughts of taking an overdose.",
        "I'm going to call the helpline before I do something to myself.",
        "Woke up in hospital after swallowing too many tablets on purpose.",
        "I gave my flatmate the blades so I wouldn't be alone with them tonight.",
        "Gave my guitar away, I won't be needing it much longer.",
        "My therapist asked about my thoughts of ending it.",
        "I have been giving away my things to my friends.",
        "I wrote goodbye letters to my kids last night.",
        "I've started writing goodbye notes.",
        "I sorted out my will this week out of nowhere.",
        "I've been saying goodbye to everyone, just in case.",
        "I googled the most painless way to die.",
        "I looked up how to kill myself.",
        "i looked up the lethal dose of my meds",
        "I have been saving up my pills.",
        "I've been stockpiling my antidepressants.",
        "Tonight I will take all my tablets at once.",
        "I stood on the bridge for an hour thinking about jumping.",
        "I want to jump off a bridge.",
        "I thought about stepping in front of a train on the way home.",
        "I bought a rope and hid it in the shed.",
        "I took a whole bunch of pills last night.",
        "Sometimes I think about driving into a wall on the motorway.",
    ),
    "self-injury": (
        "I dug at my wrist with my nails until it bled.",
        "The urge to burn is back tonight.",
        "I felt like cutting myself after she walked out.",
        "I cut myself last night.",
        "I've started cutting again.",
        "I burned my arm with a lighter after the call.",
        "I keep scratching my skin until it bleeds.",
        "I hit myself when I get like this.",
        "I hurt myself on purpose last week.",
        "i relapsed with self harm after 6 months clean",
        "The urge to cut is so strong tonight.",
        "I have been starving myself to punish myself.",
        "I punish myself by not eating.",
        "I took an overdose in March.",
        "I overdosed after the divorce.",
        "I am trying not to hurt myself tonight.",
    ),
    "texting style and typos": (
        "kms fr",
        "thinking about unaliving myself",
        "i want to unalive",
        "i feel suicidal again",
        "I'm having sucidal thoughts",
        "been self harming again",
        "my selfharm is getting worse",
        "I want to kill myslef",
    ),
    "non-native and formal": (
        "I am not wanting to live more.",
        "Sometimes I have thoughts of suicide.",
        "I experience recurrent thoughts of death.",
        "I have had persistent thoughts about dying.",
    ),
}

VIOLENCE_CASES: dict[str, tuple[str, ...]] = {
    "physical acts": (
        "I was pushed into the radiator on Sunday.",
        "He hit me.",
        "my stepmum hurts me whenever she's been drinking",
        "she slapped me across the face",
        "He punched me in the stomach.",
        "My ex kicked me when I was on the floor.",
        "He shoved me into the wardrobe.",
        "he pushed me down the stairs",
        "He choked me until I couldn't breathe.",
        "she strangled me",
        "He grabbed my arm so hard it left marks.",
        "He pinned me down on the bed.",
        "He held me against the wall by my throat.",
        "he dragged me across the kitchen floor by my hair",
        "She threw a glass at me.",
        "He threw his phone at my head.",
        "She spat in my face.",
        "He beat me up in front of the kids.",
        "Dad slapped mum across the kitchen while we watched.",
        "my stepdad punched my brother again last night",
        "He hits my mother when he has been drinking.",
        "I was punched by my boyfriend last night.",
        "My husband hits our son.",
        "he bit me so hard it bled",
        "he choked me out",
        "He put his hands around my neck.",
    ),
    "weapons": (
        "She still had the scissors in her hand when she told me to get out.",
        "He left a loaded shotgun on the bed after our fight.",
        "He held a knife to my throat.",
        "He pulled a gun on me.",
        "She came at me with scissors.",
        "He swung a baseball bat at me.",
        "He keeps a gun in the car and reminds me of it.",
    ),
    "injuries": (
        "He gave me a black eye.",
        "I have a split lip from where he hit me.",
        "I have bruises on my arm from where he grabbed me.",
        "He broke my nose.",
        "He left bruises on my neck.",
    ),
    "threats": (
        "The man next door keeps threatening to break my teeth.",
        "She said she would slash my tyres if I went to court.",
        "There was a bullet in my letterbox and a note.",
        "He texted that if I talked he'd finish this for good.",
        "His voicemail said to keep talking and see what happens to my face.",
        "He swore he'd make sure I never walk again.",
        "My uncle threatened to 'deal with me' if I spoke up.",
        "the message said: 'keep talking and I'll put you in hospital'",
        "He was banging on the door yelling that he'd kick it in.",
        "She messaged that she would set fire to my flat.",
        "he left a note: 'I know where you work.'",
        "My brother said he'd kill me if I called the police.",
        "He told me I'd regret it physically.",
        "His text said 'touch my car again and I'll smash your face in'.",
        "He said he would drown the cat if I told anyone.",
        "got a voicemail from her going 'you better watch your back'",
        "He said he'd kill me.",
        "She threatened to hurt the kids.",
        "He threatened to hurt my dog if I leave.",
        "He told me I would regret it if I ever left him.",
        "He texted that he knows where I live.",
        "He said he will break my legs.",
        "He's going to kill me one day.",
        "he threatened me with a knife",
        "He said he'd put me in the ground.",
        "I got death threats from him.",
    ),
    "intimidation": (
        "He kicked his boot through the door right next to me.",
        "He smashed the windscreen with a hammer while I sat in the car.",
        "He punched the wall beside my head.",
        "He punched a hole in the door.",
        "He blocked the door so I couldn't leave.",
        "He wouldn't let me leave the room.",
        "He smashed my phone.",
        "He drove like a maniac to scare me.",
        "He raised his fist at me.",
        "He locked me in the bedroom.",
    ),
    "stalking and breaking in": (
        "She has driven past my house every night this week and I'm frightened.",
        "My ex was parked outside my flat four nights running.",
        "I never told him my new address but he turned up anyway.",
        "He followed me home from work.",
        "My ex is stalking me.",
        "He put a tracker on my car.",
        "He broke into my flat last night.",
        "He's been waiting outside my work and I'm terrified.",
    ),
    "help and protection": (
        "I called the police on him last night.",
        "I got a restraining order.",
        "The court gave me a non-molestation order.",
        "I went to a women's shelter with the kids.",
        "I am staying at a refuge.",
        "I want to press charges.",
    ),
    "fear for safety": (
        "I'm staying at my sister's so he can't lay a finger on me.",
        "How can I get out without her finding out and hurting me?",
        "Every time a door bangs I brace for a blow.",
        "I froze when I saw his van parked outside the school.",
        "I'm frightened to go out since he said he knows my routine.",
        "I keep a wardrobe pushed against the door at night because of her.",
        "I honestly think she is capable of hurting the kids.",
        "I'm scared he'll hurt me.",
        "I'm afraid of what he'll do when he finds out.",
        "I flinch when he raises his hand.",
        "I sleep with my door locked because of him.",
        "I'm terrified of my husband.",
        "I fear for my life.",
        "I'm scared to go home when he's there.",
        "I don't feel safe around him.",
        "i'm scared hes gonna hit me again",
        "I'm afraid to be alone with him.",
        "He gets violent when he drinks.",
        "He got physical with me last night.",
    ),
}

# Near misses: idioms, sports, games and everyday senses of the same words.
NEAR_MISSES: tuple[str, ...] = (
    # accidents and other people's purposes
    "I burned my hand on the stove making dinner.",
    "I hit my head on the cupboard door again.",
    "He hurt my feelings on purpose.",
    # ordinary uses of the new patterns' words
    "I want him gone for good.",
    "I want to sleep in on Saturday.",
    "the baby slept for ever so long last night",
    "I would care if my sister got hurt.",
    "Everyone needs me at work this week.",
    "My mum hit the jackpot at bingo.",
    "My brother hit a home run on Saturday.",
    # exaggeration idioms
    "This job is killing me.",
    "My feet are killing me.",
    "I could kill him for forgetting.",
    "I'm dying to leave this town.",
    "She'd murder me if I forgot her birthday.",
    "I nearly died of embarrassment.",
    "He blew up at me about the bins.",
    "My mum is going to kill me when she sees my hair.",
    "I'd rather die than go to that wedding.",
    "im dead lol",
    "This heat will kill me.",
    "I'm dead tired.",
    "I was dying laughing.",
    "This meeting could kill me 😂",
    "I want to die of embarrassment.",
    "She's killing it at work.",
    "He absolutely killed it on stage.",
    # hit, struck, slap, beat, push: everyday senses
    "Hit me up when you're free.",
    "It struck me as odd.",
    "The news hit me hard.",
    "Reality hit me on the bus.",
    "The report was slapped together.",
    "He beat me at chess again.",
    "She beat me to it.",
    "He pushed me to apply for the job.",
    "She pushed me away when I needed her.",
    "He kicked me out of the group chat.",
    "The ball hit me in the face at football.",
    "We had another fight about money.",
    "He always picks fights about nothing.",
    "He hit the roof when he saw the bill.",
    "He grabbed me a coffee on the way.",
    # threats without physical harm
    "He threatened to leave.",
    "She threatened to tell my mum.",
    "He threatened to post the photos.",
    "He threatened to take me to court.",
    "She said I'd regret not taking the job.",
    # TV, news and third parties
    "We watched a violent film last night.",
    "There was a stabbing on the news.",
    "My neighbour called the police about the party.",
    "My brother broke his leg skiing.",
    "He broke the news to me gently.",
    "He broke my heart.",
    "Break a leg tonight!",
    # self-harm words in other senses
    "I cut my finger chopping onions.",
    "I burnt my hand on the oven.",
    "I hurt myself at the gym.",
    "I cut myself off from him.",
    "I need to cut myself some slack.",
    "I burnt myself out at work.",
    "I want to cut him out of my life.",
    "I had my hair cut again.",
    "I want to end it with him.",
    "I ended things with her last week.",
    "I take my pills every morning.",
    "I took my pills with food like the doctor said.",
    "That song choked me up.",
    "I forgot to take my tablets again.",
    "I don't want to die alone.",
    "I don't want to live with him anymore.",
    "I don't want to be here at this party.",
    "I wrote him a goodbye letter I will never send.",
    "I gave away my old clothes to charity.",
    "I didn't wake up until noon.",
    "I'm never waking up early again.",
    "I wanted to disappear into the floor.",
    "I just want to disappear for the weekend.",
    "There's no point arguing with him.",
    "I can't go on the trip.",
    "My grandad died of cancer.",
    "I'm not suicidal.",
    "He has never hit me.",
    "He would never hurt me.",
    "I'm not scared of him anymore.",
    "I don't feel safe telling him how I feel.",
    "He dragged me to a party.",
    "He followed me on instagram.",
    "I keep stalking his instagram.",
    "I'm scared he'll break up with me.",
    "I'm afraid of losing him.",
    "My fitness tracker says I slept four hours.",
    "He cut the cake with a knife.",
    "I jumped in the pool.",
    "I'm tired of being here at work.",
    "He hurt my feelings.",
    "He really hurt me when he left.",
    "She hurts me with the things she says.",
    "Gran will kill me when she hears I sold her old bike.",
    "The fear of him has finally faded.",
    "My boss clearly wants me gone by spring.",
    "I had to cut myself out of the group chat.",
    "Dad would never hurt the dog.",
    "He threw the ball off the balcony for the dog.",
    "I hope the bus comes on time tomorrow.",
    "thinking about ending it with him this weekend",
    "Mum asked if I'd gone to church yet.",
    "I help with the supervised medication round on the ward.",
    "New razor blades for shaving are on the shopping list.",
    "The mortgage is a burden for all of us.",
    "My dad will kill me if I miss the train.",
    "My sister is going to kill me when she sees the carpet.",
    "The new manager bit my head off in the meeting.",
    "Reading his texts still stabs me in the chest.",
    "I accidentally took too many vitamins.",
    "He showed up at my door after I asked for a night alone.",
    "My aunt turned up unannounced with a casserole.",
    "The electrician's shortcut was lazy and dangerous.",
    "She threatened to leave me if I went back to him.",
    "I want to cut my hair really short.",
    "I need to renew the life insurance this month.",
    "My legs are so sore I'll never walk again lol",
    "If he turns up drunk, I'm taking the kids to my sister's.",
    "I loaded the dishwasher after he left.",
    "If I'm not living here by June I'll scream.",
    "The news hit me like a ton of bricks.",
    "I got kicked out of the group chat.",
    "I'll finish this essay tonight, I told Mum.",
    "I got hit by a car on my bike last year.",
    "He drank the whole bottle of wine himself.",
    "She'll poison the kids against me, I know it.",
    "If he turns up at work again, I'll call security.",
    "My mother-in-law will kill me when she hears we skipped her party.",
    "Mum threatened to disown me if I married him.",
    "I used to lie awake with worry whenever he didn't come home.",
    "He drove past my house on the way to work.",
    "My manager will strangle me for emailing the client again.",
    "He has never laid a hand on me.",
    "Do me a favour by not calling.",
)

_SH = [(cat, text) for cat, texts in SELF_HARM_CASES.items() for text in texts]
_VI = [(cat, text) for cat, texts in VIOLENCE_CASES.items() for text in texts]


def test_enough_cases() -> None:
    """The tables hold at least 80 positives and 60 near misses."""
    assert len(_SH) + len(_VI) >= 80
    assert len(NEAR_MISSES) >= 60


@pytest.mark.parametrize(("category", "text"), _SH)
def test_self_harm_flagged(category: str, text: str) -> None:
    """Self-harm, suicide thoughts and plans are flagged, however phrased."""
    assert SafetyConcern.SELF_HARM in classify(text).safety, category


@pytest.mark.parametrize(("category", "text"), _VI)
def test_violence_flagged(category: str, text: str) -> None:
    """Violence, threats, intimidation and fear for safety are flagged."""
    assert SafetyConcern.VIOLENCE in classify(text).safety, category


@pytest.mark.parametrize("text", NEAR_MISSES)
def test_near_miss_not_matched_by_a_pattern(text: str) -> None:
    """Idioms, games, denials and everyday senses: no pattern row raises a flag."""
    sources = [signal.source for signal in classify(text).safety_signals]
    assert all(source == "model" for source in sources), sources


def test_near_misses_rarely_flagged() -> None:
    """The trained detector, set for recall first, flags few near misses at all.

    It may flag one the patterns read as everyday (the price of recall on
    new writing): the ceiling is measured, not per line.
    """
    flagged = [text for text in NEAR_MISSES if classify(text).safety]
    assert len(flagged) <= NEAR_MISS_CEILING * len(NEAR_MISSES), flagged


NEAR_MISS_CEILING = 0.04


# ---------------------------------------------------------------- the tables and the matcher


def _matches(text: str) -> list[tuple[str, int, int]]:
    tokens = tokenize(text)
    return find_safety([t.norm for t in tokens], [0] * len(tokens), tokens)


def test_pattern_table_is_well_formed() -> None:
    """Pattern ids are unique and their prefix names the rule they signal."""
    prefix = {"FF901": "SH.", "FF902": "VI.", "FF504": "ID."}
    rows = SELF_HARM + VIOLENCE + IDIOMS
    assert len({row.pid for row in rows}) == len(rows)
    for row in rows:
        assert row.pid.startswith(prefix[row.rule]), row.pid
        assert row.slots, row.pid
        assert all(row.slots), row.pid
        assert len(row.gaps) == len(row.slots)


def test_group_references_expand() -> None:
    """A slot ``@GROUP`` expands to the words of the group, and ``~N`` sets a gap."""
    row = pattern("SH.x", "FF901", "@DIE|gone ~2 now", GROUPS)
    assert row.slots[0] == GROUPS["DIE"] | {"gone"}
    assert row.gaps == (0, 2)


def test_empty_statement() -> None:
    """No tokens, no matches."""
    assert find_safety([], [], []) == []
    assert classify("").safety == frozenset()


def test_spans_point_at_the_match() -> None:
    """Matches carry the rule and the first and last token of the phrase."""
    assert _matches("I want to hurt myself.") == [("FF901", 3, 4)]
    assert _matches("Then he hit me.") == [("FF902", 2, 3)]


def test_concern_wins_over_idiom_at_same_word() -> None:
    """A threat to kill is a concern, not the 'kill me' idiom."""
    rules = [rule for rule, _, _ in _matches("He said he'd kill me.")]
    assert rules == ["FF902"]
    assert [rule for rule, _, _ in _matches("This commute is killing me.")] == ["FF504"]


def test_joking_turns_a_pattern_into_an_idiom() -> None:
    """Laughter markers make 'kill myself' hyperbole (FF504), not a concern."""
    rules = {
        rule for rule, _, _ in _matches("if i have to sit through that again i'll kill myself lol")
    }
    assert rules == {"FF504"}


def test_end_of_text_slot() -> None:
    """``$`` also matches the end of the text: "part of me wanted to"."""
    text = "when he told me to go die part of me wanted to"
    assert "FF901" in {rule for rule, _, _ in _matches(text)}


def test_unnamed_writer_with_a_counterfactual() -> None:
    """'Could have strangled him' is the writer's anger, not violence against the writer."""
    assert classify("Could have strangled him for that.").safety == frozenset()


def test_name_as_agent() -> None:
    """A capitalised name inside a sentence is another person."""
    assert SafetyConcern.VIOLENCE in classify("Yesterday Marco grabbed me and shook me.").safety


def test_denial_taken_back() -> None:
    """'Hasn't hit me since' still reports violence; 'not scared anymore' is no fear."""
    assert SafetyConcern.VIOLENCE in classify("He hasn't hit me since March.").safety
    assert classify("I'm not afraid of my ex anymore.").safety == frozenset()


def test_long_input_is_read_in_one_pass() -> None:
    """Matches in a long, pattern-dense input grow in proportion to its length."""
    piece = "i want to not be here and he hit me , "
    once = len(_matches(piece * 1000))
    assert once >= 2000
    assert len(_matches(piece * 2000)) == 2 * once


@pytest.mark.parametrize(
    ("text", "word", "agent"),
    [
        ("Could have killed him.", "killed", "writer"),
        ("We argued and then suddenly hit me.", "hit", "none"),
        ("It hit me.", "hit", "thing"),
        ("My dad hit me.", "hit", "person"),
    ],
)
def test_agent_of(text: str, word: str, agent: str) -> None:
    """The agent is the nearest subject before the word, within its clause."""
    tokens = tokenize(text)
    norms = [t.norm for t in tokens]
    assert Context(norms, tokens).agent_of(norms.index(word)) == agent

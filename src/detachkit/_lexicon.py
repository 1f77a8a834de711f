"""The English lexicons of the fact-vs-feeling classifier, as data.

Every lexicon is a frozen :class:`Lexicon` with a stable id, a name and a
one-line summary. Entries are lower-case words after tokenising (clitics
split: "don't" is "do" + "not"); multi-word entries are phrases matched
token by token. All lists were written for detachkit (no third-party
lexicon, so no licence limits); they are meant to be broad rather than
fitted to any data set.

:data:`FAUX_FEELINGS` maps each "faux feeling" (Nonviolent Communication:
words for what we think others did to us) to the feelings that commonly lie
underneath it.
"""

from __future__ import annotations

from types import MappingProxyType
from typing import Final

import attrs

from detachkit._validation import check_id, check_int, check_text, fail, field_check

__all__ = [
    "FAUX_FEELINGS",
    "LEXICONS",
    "PHRASES",
    "TAGS",
    "Lexicon",
    "Tag",
]


class Tag:
    """Bit flags for word classes; a word may carry several."""

    EMOTION: Final = 1 << 0
    BODY_PART: Final = 1 << 1
    SENSATION: Final = 1 << 2
    FAUX: Final = 1 << 3
    SPEECH: Final = 1 << 4
    PAST_ACTION: Final = 1 << 5
    NUMBER: Final = 1 << 6
    TIME: Final = 1 << 7
    ABSOLUTE: Final = 1 << 8
    LABEL: Final = 1 << 9
    MIND: Final = 1 << 10
    HEDGE: Final = 1 << 11
    SHOULD: Final = 1 << 12
    CATASTROPHE: Final = 1 << 13
    QUESTION_START: Final = 1 << 14
    IMPERATIVE: Final = 1 << 15
    NO_CONTENT: Final = 1 << 16
    PERSON: Final = 1 << 17
    THIRD_PRONOUN: Final = 1 << 18
    FIRST_PRONOUN: Final = 1 << 19
    COPULA: Final = 1 << 20
    INTENSIFIER: Final = 1 << 21
    NEGATION: Final = 1 << 22
    FUTURE: Final = 1 << 23
    EMOTION_VERB: Final = 1 << 24
    URGE: Final = 1 << 25
    VIOLENT: Final = 1 << 26
    SARCASM: Final = 1 << 27
    STRONG: Final = 1 << 28
    CONJUNCTION: Final = 1 << 29
    HABITUAL: Final = 1 << 30
    VOLITIONAL: Final = 1 << 31
    FEEL: Final = 1 << 32
    PRESENT_ACTION: Final = 1 << 33
    LAUGH: Final = 1 << 34
    DETERMINER: Final = 1 << 35
    PREPOSITION: Final = 1 << 36
    MODAL: Final = 1 << 37
    EVIDENCE: Final = 1 << 38
    MEDICAL: Final = 1 << 39


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


def _check_words(field: str, value: object) -> None:
    if not isinstance(value, frozenset) or not value:
        fail(field, value, "a non-empty array of strings (a frozenset)")


def _check_tag(field: str, value: object) -> None:
    check_int(field, value, low=1)


@attrs.frozen
class Lexicon:
    """One word list: a stable id, a name, a summary, its tag and its words."""

    id: str = attrs.field(validator=field_check(check_id))
    name: str = attrs.field(validator=field_check(check_id))
    summary: str = attrs.field(validator=field_check(check_text))
    tag: int = attrs.field(repr=False, validator=field_check(_check_tag))
    words: frozenset[str] = attrs.field(validator=field_check(_check_words), repr=False)


FAUX_FEELINGS: MappingProxyType[str, tuple[str, ...]] = MappingProxyType(
    {
        "abandoned": ("scared", "hurt", "lonely"),
        "betrayed": ("hurt", "angry", "shocked"),
        "manipulated": ("angry", "scared", "powerless"),
        "ignored": ("lonely", "hurt", "sad"),
        "used": ("angry", "hurt", "resentful"),
        "unappreciated": ("sad", "frustrated", "disappointed"),
        "underappreciated": ("sad", "frustrated", "disappointed"),
        "rejected": ("hurt", "sad", "scared"),
        "disrespected": ("angry", "hurt", "frustrated"),
        "attacked": ("scared", "angry", "defensive"),
        "criticised": ("hurt", "embarrassed", "frustrated"),
        "criticized": ("hurt", "embarrassed", "frustrated"),
        "controlled": ("angry", "frustrated", "powerless"),
        "cheated": ("angry", "hurt", "resentful"),
        "misunderstood": ("frustrated", "lonely", "sad"),
        "neglected": ("lonely", "sad", "hurt"),
        "pressured": ("anxious", "overwhelmed", "resentful"),
        "invisible": ("lonely", "sad", "hurt"),
        "unheard": ("sad", "frustrated", "lonely"),
        "unloved": ("sad", "lonely", "hurt"),
        "unwanted": ("sad", "lonely", "hurt"),
        "unsupported": ("overwhelmed", "sad", "lonely"),
        "belittled": ("angry", "hurt", "ashamed"),
        "dismissed": ("hurt", "frustrated", "sad"),
        "patronized": ("irritated", "frustrated", "hurt"),
        "patronised": ("irritated", "frustrated", "hurt"),
        "bullied": ("scared", "hurt", "angry"),
        "cornered": ("scared", "anxious", "trapped"),
        "guilt-tripped": ("guilty", "resentful", "frustrated"),
        "gaslit": ("confused", "scared", "angry"),
        "gaslighted": ("confused", "scared", "angry"),
        "judged": ("hurt", "embarrassed", "anxious"),
        "blamed": ("hurt", "angry", "defensive"),
        "smothered": ("frustrated", "anxious", "overwhelmed"),
        "suffocated": ("frustrated", "anxious", "overwhelmed"),
        "unimportant": ("sad", "hurt", "lonely"),
        "unvalued": ("sad", "hurt", "discouraged"),
        "undervalued": ("sad", "hurt", "discouraged"),
        "provoked": ("angry", "frustrated", "defensive"),
        "intimidated": ("scared", "anxious", "nervous"),
        "threatened": ("scared", "alarmed", "anxious"),
        "violated": ("upset", "scared", "angry"),
        "wronged": ("hurt", "angry", "resentful"),
        "insulted": ("hurt", "angry", "embarrassed"),
        "excluded": ("lonely", "hurt", "sad"),
        "replaced": ("hurt", "sad", "insecure"),
        "deceived": ("hurt", "angry", "shocked"),
        "played": ("hurt", "angry", "embarrassed"),
        "tricked": ("angry", "embarrassed", "hurt"),
        "mocked": ("hurt", "embarrassed", "angry"),
        "ridiculed": ("hurt", "embarrassed", "angry"),
        "exploited": ("angry", "hurt", "resentful"),
        "overworked": ("exhausted", "resentful", "overwhelmed"),
        "stonewalled": ("frustrated", "lonely", "hurt"),
        "unseen": ("lonely", "sad", "hurt"),
        "isolated": ("lonely", "sad", "scared"),
        "deserted": ("scared", "hurt", "lonely"),
        "forgotten": ("lonely", "hurt", "sad"),
        "taken": ("angry", "hurt", "resentful"),
        "disregarded": ("hurt", "frustrated", "sad"),
        "overlooked": ("hurt", "sad", "discouraged"),
        "unwelcome": ("hurt", "lonely", "uncomfortable"),
        "put-upon": ("resentful", "tired", "frustrated"),
        "micromanaged": ("frustrated", "anxious", "irritated"),
        "babied": ("frustrated", "irritated", "embarrassed"),
        "trapped": ("scared", "anxious", "desperate"),
        "ambushed": ("shocked", "scared", "angry"),
        "blindsided": ("shocked", "hurt", "confused"),
        "sidelined": ("hurt", "frustrated", "sad"),
        "shut": ("lonely", "hurt", "sad"),
        "left": ("hurt", "lonely", "sad"),
        "discarded": ("hurt", "sad", "lonely"),
        "dumped": ("hurt", "sad", "shocked"),
        "owned": ("angry", "powerless", "resentful"),
        "silenced": ("frustrated", "scared", "angry"),
        "second-guessed": ("frustrated", "insecure", "hurt"),
        "lied": ("hurt", "angry", "betrayed"),
    }
)
"""Faux feeling -> the feelings that commonly lie underneath (NVC-style)."""

LEXICONS: tuple[Lexicon, ...] = (
    Lexicon(
        "LX01",
        "emotion_words",
        "Words that name an emotion or mood, formal and casual.",
        Tag.EMOTION,
        _words(
            """
            angry mad furious livid irate irritated annoyed frustrated fuming
            pissed enraged resentful bitter cross sore outraged incensed seething
            sad unhappy depressed miserable heartbroken devastated
            gutted crushed grief grieving mourning sorrow sorrowful mournful lonely lonesome
            empty numb hollow scared afraid frightened terrified fearful anxious
            anxiety nervous worried uneasy panicky panicked panic panicking dread
            dreading dreaded tense stressed overwhelmed exhausted tired drained
            weary depleted ashamed embarrassed humiliated mortified guilty guilt
            shame shameful regretful remorseful jealous envious insecure confused
            hopeless helpless powerless hopeful happy glad relieved calm calmer
            peaceful content grateful thankful proud excited joyful elated
            bored restless hurt heartsick homesick disappointed discouraged
            defeated resigned shocked stunned surprised disgusted uncomfortable
            awkward vulnerable raw fragile shaky jittery wired agitated irritable
            cranky grumpy moody touchy upset distressed troubled torn conflicted
            ambivalent uncertain unsure apprehensive sheepish horrified appalled
            disheartened dejected despondent despair despairing melancholy
            wistful nostalgic longing yearning lovesick affectionate tender
            optimistic cheerful upbeat giddy thrilled ecstatic amused satisfied
            fulfilled accomplished confident brave determined motivated
            inspired energized energised rested refreshed relaxed serene grounded
            settled secure safe free light lighter rage anger fear sadness joy terror
            loneliness jealousy envy heartbreak embarrassment relief hope
            frustration irritation resentment bitterness exhaustion fatigue
            stress tension worry nerves shame guilt meh bleh blah salty shook
            bummed hangry spiraling spiralling frazzled flustered rattled
            unsettled shaken edgy keyed antsy fidgety jumpy twitchy distraught frantic
            queasy weepy teary tearful
            choked sulky petrified alarmed aghast dismayed crestfallen glum tempted
            gloomy morose downcast forlorn bereft desolate wretched anguished
            anguish agony tormented heavyhearted broken exasperated impatient
            indignant vexed peeved miffed disgruntled displeased ticked
            infuriated sickened repulsed revolted nauseated pained wounded
            aching lost stuck trapped overjoyed delighted pleased blissful
            cheerful comfortable cozy warm loved adored cherished hopeful
            curious interested eager enthusiastic keen playful silly smug
            triumphant victorious strong capable whole okay ok fine better
            worse awful terrible horrible rotten lousy crappy shitty sick
            weird odd off nervy skittish paranoid suspicious wary cautious
            hesitant reluctant timid shy bashful humble
            lonelier sadder happier angrier calmest saddest loneliest
            disoriented foggy dazed spaced zoned blank flat apathetic indifferent
            unmotivated listless sluggish drowsy sleepy wiped knackered shattered
            burnt burned fried spent beat zonked homesickness wrecked done
            😭 😢 😩 😫 😞 😔 😟 😰 😥 😓
            💔 😤 😡 😠 🥺 😖 😣 😨 😱 😪
            """
        ),
    ),
    Lexicon(
        "LX02",
        "emotion_verbs",
        'Verbs that report the writer\'s own emotion ("I dread", "I miss").',
        Tag.EMOTION_VERB,
        _words(
            """
            hate hated love loved miss missed dread dreaded fear feared resent
            resented regret regretted worry worried panic panicked grieve
            grieved mourn mourned despise despised loathe loathed adore adored
            envy envied pity pitied cherish cherished crave craved long longed
            yearn yearned ache ached freak freaked flinch flinched cringe cringed
            shudder shuddered wince winced tear teared
            shake shook tremble trembled froze freeze care cares cared
            """
        ),
    ),
    Lexicon(
        "LX03",
        "body_parts",
        "Parts of the body where stress is felt.",
        Tag.BODY_PART,
        _words(
            """
            chest stomach tummy belly gut guts heart throat jaw jaws hands hand
            head shoulders shoulder neck back legs knees skin body breath
            breathing eyes face muscles teeth fists fist palms lungs temples
            forehead spine pulse nerves insides ears cheeks lips voice mind
            """
        ),
    ),
    Lexicon(
        "LX04",
        "sensations",
        "Bodily stress sensations and symptoms.",
        Tag.SENSATION,
        _words(
            """
            tight tighter tightens tightened tightening tense tenses tensed
            knot knots knotted pounding pounds pounded racing races raced
            flipped flips flip drops dropped drop sinks sank sinking churning
            churns churned clenched clenching clench clenches shaking shook
            shakes trembling trembled trembles heavy numb sick nauseous nausea
            dizzy lightheaded sweating sweaty sweat clammy burning aching ache
            aches sore pain hurts throbbing throbs flutter fluttering
            butterflies lump shallow headache headaches migraine migraines
            insomnia tension exhausted fatigue goosebumps shiver shivering
            shivers twitching twitches twitch hot cold flushed cramping cramps
            tingling tingles pressure weight heaviness buzzing hollow jittery
            hammering hammered squeezed squeezing ached
            queasy stiff stiffens frozen freezes froze exhaustion shaky
            tearing
            """
        ),
    ),
    Lexicon(
        "LX05",
        "faux_feelings",
        "Faux feelings: what we think others did to us (see FAUX_FEELINGS).",
        Tag.FAUX,
        frozenset(FAUX_FEELINGS),
    ),
    Lexicon(
        "LX06",
        "speech_verbs",
        "Verbs that report that words were said, written or sent.",
        Tag.SPEECH,
        _words(
            """
            said says told tells asked asks texted texts messaged messages
            emailed emails wrote writes yelled yells screamed screams shouted
            shouts whispered replied answered admitted admits promised promises
            swore swears claimed claims insisted insists announced mentioned
            mentions explained complained complains accused accuses threatened
            threatens warned warns snapped muttered commented posted joked
            apologized apologised apologizes apologises agreed refused denied
            denies confirmed called calls dmed dm'd voicemailed tweeted
            shrieked hissed sneered mocked teased replied responded responds
            reminded reminds begged begs pleaded demanded demands ordered
            scolded lectured criticized criticised blamed blames cursed swore
            insulted joked bragged boasted lied confessed declared stated
            repeated hinted suggested informed notified invited uninvited
            """
        ),
    ),
    Lexicon(
        "LX07",
        "past_actions",
        "Irregular past-tense and participle verbs of visible actions.",
        Tag.PAST_ACTION,
        _words(
            """
            went gone left came come took taken gave given made got gotten
            broke broken threw thrown hit put read sent slept woke woken ate
            eaten drank drunk drove driven ran run sat stood spent lost found
            bought sold paid kept held told said wrote written saw seen met
            brought forgot forgotten hung hid hidden fell won began begun cut
            quit let set shut bit bitten blew caught chose dug drew fed fought
            flew forgave froze grew heard hurt knelt laid led lent lit meant
            rode rang rose sang sank shot showed shown slid spoke spoken stole
            stuck struck swam swung taught tore thought understood wore woken
            unfollowed unfriended ghosted blocked muted deleted moved
            became cried sobbed wept bawled
            """
        ),
    ),
    Lexicon(
        "LX08",
        "number_words",
        "Number words and counting words.",
        Tag.NUMBER,
        _words(
            """
            one two three four five six seven eight nine ten eleven twelve
            thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty
            thirty forty fifty sixty seventy eighty ninety hundred thousand
            once twice thrice dozen half first second third fourth fifth
            """
        ),
    ),
    Lexicon(
        "LX09",
        "time_words",
        "Dates, days, months, clock words and time spans.",
        Tag.TIME,
        _words(
            """
            monday tuesday wednesday thursday friday saturday sunday mon tue
            tues wed thu thurs fri sat sun january february march april may_month june
            july august september october november december jan feb mar apr
            aug sept oct nov dec yesterday today tonight tomorrow morning
            afternoon evening night midnight noon weekend weekday week weeks
            month months year years hour hours minute minutes day days
            a.m. p.m. am pm o'clock christmas thanksgiving easter birthday
            anniversary ago last since until till mornings afternoons evenings nights
            weekends weekdays mondays tuesdays wednesdays thursdays fridays saturdays
            sundays
            """
        ),
    ),
    Lexicon(
        "LX10",
        "absolutes",
        "Absolutes and overgeneralisations.",
        Tag.ABSOLUTE,
        _words(
            """
            always never everyone everybody nobody noone everything nothing
            constantly forever ever anyone anybody whole entire literally
            """
        ),
    ),
    Lexicon(
        "LX11",
        "labels",
        "Evaluative words and labels for people and situations.",
        Tag.LABEL,
        _words(
            """
            selfish narcissist narcissistic toxic manipulative manipulator
            freeloader freeloading mooch moocher scrounger sponger hellhole warzone
            passive-aggressive
            controlling lazy crazy insane psycho psychotic gaslighter gaslighting
            liar lying fake rude mean cruel heartless inconsiderate thoughtless
            careless irresponsible immature childish pathetic useless worthless
            idiot idiotic jerk loser failure hypocrite hypocritical arrogant
            entitled spoiled spoilt ungrateful disrespectful unfair unreasonable
            ridiculous dramatic needy clingy difficult impossible dishonest
            untrustworthy unreliable flaky greedy petty vindictive bully monster
            terrible awful horrible bad good perfect best worst wrong fault
            favorite favourite obsessed broken damaged unlovable burden mess
            disaster nightmare doormat pushover weak kind sweet nice generous
            caring great amazing wonderful brilliant genius evil abusive
            passive-aggressive cold distant jealous possessive obsessive
            unhinged unstable delusional dense clueless oblivious incompetent
            hopeless helpless lame boring annoying exhausting draining
            suffocating smothering overbearing bossy pushy nosy judgmental
            critical condescending patronizing patronising dismissive
            self-absorbed self-centered self-centred vain shallow fickle
            two-faced backstabbing sneaky shady creepy weird stingy cheap
            sloppy messy dirty disgusting gross stupid dumb clever smart
            honest loyal faithful unfaithful cheater cheating user taker
            enabler martyr victim villain saint angel devil snake rat coward
            cowardly spineless brat princess
            typical classic textbook problem unbearable intolerable
            unacceptable outrageous insulting offensive hurtful harmful
            dangerous unsafe healthy unhealthy normal abnormal
            inappropriate appropriate reasonable fair unkind loving supportive
            unsupportive cold-hearted heartless moody sensitive oversensitive
            overreacting overdramatic hysterical irrational emotional
            immoral disgrace embarrassment disappointment joke
            clown freak weirdo nutcase headcase lunatic maniac
            fraud phony phoney parasite leech vampire
            superficial materialistic manipulating controlling
            """
        ),
    ),
    Lexicon(
        "LX12",
        "mind_verbs",
        "Verbs of thought, intent and inner state when said of someone else.",
        Tag.MIND,
        _words(
            """
            thinks think thought wants want wanted knows know knew cares care
            cared loves love hates hate hated likes like liked means meant
            tries trying tried pretends pretending pretended expects expected expecting
            hoping wishing wanting mean
            believes believed feels felt resents resented blames blamed
            prefers preferred regrets enjoys enjoyed secretly deliberately
            purposely intentionally purpose wishes wished hopes hoped plans
            planned intends intended schemes scheming plotting plots realizes
            realises realized realised notices noticed understands
            appreciates respects respected values valued trusts trusted
            needs needed assumes assumed judges judged forgives forgave
            remembers forgets decided decides chose chooses
            """
        ),
    ),
    Lexicon(
        "LX13",
        "hedges",
        "Hedges that mark a guess rather than an observation.",
        Tag.HEDGE,
        _words(
            """
            maybe perhaps probably possibly likely unlikely apparently
            seemingly seems seem seemed looks sounds clearly obviously
            definitely surely certainly presumably supposedly guess bet
            suspect assume imagine reckon suppose doubt wonder might may
            guaranteed evidently
            """
        ),
    ),
    Lexicon(
        "LX14",
        "should_words",
        "Should statements: rules about how people ought to be.",
        Tag.SHOULD,
        _words("should shouldn't ought supposed"),
    ),
    Lexicon(
        "LX15",
        "catastrophe_words",
        "Catastrophising words.",
        Tag.CATASTROPHE,
        _words(
            """
            ruined ruin ruins ruining destroyed destroys destroy disaster
            catastrophe catastrophic doomed hopeless unbearable unsurvivable
            apocalypse apocalyptic worst
            """
        ),
    ),
    Lexicon(
        "LX16",
        "question_starts",
        "Words that open a question.",
        Tag.QUESTION_START,
        _words(
            """
            should shoud what why how who where when which whose is am are do
            does did can could would will have has was were shall
            """
        ),
    ),
    Lexicon(
        "LX17",
        "imperative_verbs",
        "Base verbs that open an instruction to oneself.",
        Tag.IMPERATIVE,
        _words(
            """
            stop keep call remember do try take write tell text block go leave
            ask let make get breathe change check find put say give be focus
            drink sleep eat schedule book pack delete mute unfollow reply
            answer pick buy bring talk walk note remind start quit cancel
            email message contact hang lock save print plan prepare practise
            practice journal list rest stay see meet wait look read return
            send set pay move clean sort mark add use hold skip avoid limit
            protect don't drop throw toss unblock ring
            """
        ),
    ),
    Lexicon(
        "LX18",
        "no_content",
        "Greetings, interjections and filler with no claim.",
        Tag.NO_CONTENT,
        _words(
            """
            hi hello hey dear journal diary okay ok ugh ugh. wow lol lmao lmfao
            rofl hmm hm meh sigh oof oh god omg jeez damn welp goodnight
            morning update anyway anyways well yeah yep nope no yes whatever
            again entry page new just so um uh er ah aha haha hahaha hehe
            argh arg gah ack yikes whoa woah phew huh alright right fine
            note self today tonight day another one more here it me
            """
        ),
    ),
    Lexicon(
        "LX19",
        "person_nouns",
        "People the writer may write about.",
        Tag.PERSON,
        _words(
            """
            mom dad mother father mum mama papa parents parent brother sister
            sibling siblings son daughter kids kid children child baby husband
            wife partner spouse boyfriend girlfriend ex fiance fiancé fiancee
            fiancée friend friends bestie bff roommate flatmate housemate
            coworker co-worker colleague colleagues boss manager supervisor foreman
            coach
            teammate neighbor neighbour landlord landlady aunt uncle cousin
            grandma grandpa grandmother grandfather nan nana granny stepdad
            stepmom stepmum stepmother stepfather stepson stepdaughter in-laws
            mother-in-law father-in-law sister-in-law brother-in-law therapist
            teacher people everyone team family guy girl man woman lady
            someone somebody nobody he she they him her them his hers
            """
        ),
    ),
    Lexicon(
        "LX20",
        "intensifiers",
        "Intensifiers that strengthen what follows.",
        Tag.INTENSIFIER,
        _words(
            """
            so very really extremely super totally completely utterly
            absolutely incredibly insanely deeply truly seriously terribly
            awfully massively hugely crazy mega too such
            """
        ),
    ),
    Lexicon(
        "LX21",
        "strong_words",
        "Words that mark a big feeling.",
        Tag.STRONG,
        _words(
            """
            furious livid enraged terrified petrified devastated heartbroken
            panic panicking panicked hate despise loathe unbearable
            overwhelmed destroyed crushed gutted hysterical desperate
            desperately sobbing screaming shaking rage terror agony anguish
            anguished horrified mortified humiliated worthless hopeless
            """
        ),
    ),
    Lexicon(
        "LX22",
        "urges",
        'Verbs in -ing that follow "feel like" as an urge.',
        Tag.URGE,
        _words(
            """
            screaming crying throwing puking vomiting running hiding
            disappearing sleeping quitting leaving punching yelling shouting
            sobbing laughing giving curling breaking smashing walking
            moving drinking eating doing nothing staying lying going
            calling texting deleting dancing hitting kicking
            """
        ),
    ),
    Lexicon(
        "LX23",
        "laughter",
        "Laughter and joking markers that soften hyperbole.",
        Tag.LAUGH,
        _words(
            """
            lol lmao lmfao rofl haha hahaha hahahaha hehe jk kidding
            😂 🤣 😅 😆 😹 💀 🙃 😜 😝 /s
            """
        ),
    ),
    Lexicon(
        "LX24",
        "sarcasm_markers",
        "Markers of sarcasm.",
        Tag.SARCASM,
        _words("sarcasm /s yeah-right 🙄 🙃"),
    ),
    Lexicon(
        "LX25",
        "medical_records",
        'Named conditions and medicines: a record, not a feeling ("I have ADHD").',
        Tag.MEDICAL,
        _words(
            """
            adhd ocd ptsd cptsd c-ptsd bpd gad ibs copd pcos bipolar autism
            autistic dyslexia dyslexic dyspraxia diabetes diabetic asthma
            epilepsy epileptic cancer fibromyalgia arthritis endometriosis
            dementia alzheimer's parkinson's schizophrenia anorexia bulimia
            hypertension disorder disorders sertraline zoloft prozac fluoxetine
            citalopram escitalopram lexapro xanax diazepam valium lithium
            propranolol mirtazapine venlafaxine quetiapine ritalin adderall
            antidepressants antidepressant insulin medication meds
            """
        ),
    ),
)


# Multi-word entries: (words, tag). Matched token by token.
PHRASES: tuple[tuple[tuple[str, ...], int], ...] = (
    (("on", "edge"), Tag.EMOTION),
    (("feel", "down"), Tag.EMOTION),
    (("feeling", "down"), Tag.EMOTION),
    (("felt", "down"), Tag.EMOTION),
    (("feel", "low"), Tag.EMOTION),
    (("feeling", "low"), Tag.EMOTION),
    (("felt", "low"), Tag.EMOTION),
    (("feeling", "blue"), Tag.EMOTION),
    (("dying", "to"), Tag.EMOTION),
    (("holding", "it", "together"), Tag.EMOTION),
    (("breaking", "point"), Tag.EMOTION),
    (("in", "bits"), Tag.EMOTION),
    (("all", "over", "the", "place"), Tag.EMOTION),
    (("over", "it"), Tag.EMOTION),
    (("not", "okay"), Tag.EMOTION),
    (("not", "ok"), Tag.EMOTION),
    (("too", "much"), Tag.LABEL),
    (("no", "point"), Tag.LABEL),
    (("a", "lie"), Tag.LABEL),
    (("one", "sided"), Tag.LABEL),
    (("worn", "out"), Tag.EMOTION),
    (("burnt", "out"), Tag.EMOTION),
    (("burned", "out"), Tag.EMOTION),
    (("stressed", "out"), Tag.EMOTION),
    (("freaked", "out"), Tag.EMOTION),
    (("freaking", "out"), Tag.EMOTION),
    (("fed", "up"), Tag.EMOTION),
    (("pissed", "off"), Tag.EMOTION),
    (("let", "down"), Tag.FAUX),
    (("left", "out"), Tag.FAUX),
    (("taken", "for", "granted"), Tag.FAUX),
    (("lied", "to"), Tag.FAUX),
    (("put", "down"), Tag.FAUX),
    (("walked", "all", "over"), Tag.FAUX),
    (("at", "peace"), Tag.EMOTION),
    (("over", "the", "moon"), Tag.EMOTION),
    (("a", "wreck"), Tag.EMOTION),
    (("a", "mess"), Tag.EMOTION),
    (("in", "pieces"), Tag.EMOTION),
    (("sick", "of"), Tag.EMOTION),
    (("tired", "of"), Tag.EMOTION),
    (("heavy", "heart"), Tag.EMOTION),
    (("out", "of", "sorts"), Tag.EMOTION),
    (("beside", "myself"), Tag.EMOTION),
    (("at", "my", "wits"), Tag.EMOTION),
    (("can", "not", "breathe"), Tag.SENSATION),
    (("could", "not", "breathe"), Tag.SENSATION),
    (("can", "not", "sleep"), Tag.SENSATION),
    (("could", "not", "sleep"), Tag.SENSATION),
    (("can", "not", "eat"), Tag.SENSATION),
    (("could", "not", "eat"), Tag.SENSATION),
    (("can", "not", "stop", "crying"), Tag.SENSATION),
    (("could", "not", "stop", "crying"), Tag.SENSATION),
    (("can", "not", "stop", "shaking"), Tag.SENSATION),
    (("could", "not", "stop", "shaking"), Tag.SENSATION),
    (("no", "appetite"), Tag.SENSATION),
    (("zero", "appetite"), Tag.SENSATION),
    (("barely", "slept"), Tag.SENSATION),
    (("barely", "eaten"), Tag.SENSATION),
    (("pit", "in", "my", "stomach"), Tag.SENSATION),
    (("lump", "in", "my", "throat"), Tag.SENSATION),
    (("knot", "in", "my"), Tag.SENSATION),
    (("tears", "in", "my", "eyes"), Tag.SENSATION),
    (("on", "purpose"), Tag.MIND),
    (("just", "to"), Tag.MIND),
    (("only", "to"), Tag.MIND),
    (("so", "that", "i"), Tag.MIND),
    (("to", "get", "me", "to"), Tag.MIND),
    (("to", "make", "me"), Tag.MIND),
    (("all", "the", "time"), Tag.ABSOLUTE),
    (("every", "single"), Tag.ABSOLUTE),
    (("no", "one"), Tag.ABSOLUTE),
    (("not", "once"), Tag.ABSOLUTE),
    (("end", "up"), Tag.FUTURE),
    (("ends", "up"), Tag.FUTURE),
    (("i", "can", "tell"), Tag.HEDGE),
    (("i", "think"), Tag.HEDGE),
    (("i", "know"), Tag.HEDGE),
    (("i", "believe"), Tag.HEDGE),
    (("i", "feel", "like"), Tag.HEDGE),
    (("yeah", "right"), Tag.SARCASM),
    (("oh", "great"), Tag.SARCASM),
    (("just", "great"), Tag.SARCASM),
    (("thanks", "a", "lot"), Tag.SARCASM),
    (("how", "lovely"), Tag.SARCASM),
    (("what", "a", "surprise"), Tag.SARCASM),
    (("big", "surprise"), Tag.SARCASM),
    (("so", "much", "for"), Tag.SARCASM),
    (("the", "end", "of", "the", "world"), Tag.CATASTROPHE),
    (("falling", "apart"), Tag.CATASTROPHE),
    (("never", "recover"), Tag.CATASTROPHE),
    (("ruin", "everything"), Tag.CATASTROPHE),
    (("my", "fault"), Tag.LABEL),
    (("the", "problem"), Tag.LABEL),
    (("red", "flag"), Tag.LABEL),
    (("red", "flags"), Tag.LABEL),
    (("drama", "queen"), Tag.LABEL),
    (("control", "freak"), Tag.LABEL),
    (("basket", "case"), Tag.LABEL),
    (("con", "artist"), Tag.LABEL),
    (("dead", "inside"), Tag.EMOTION),
    (("in", "tears"), Tag.PAST_ACTION),
    (("sleeping", "badly"), Tag.SENSATION),
    (("slept", "badly"), Tag.SENSATION),
    (("sleep", "badly"), Tag.SENSATION),
)

# Closed word classes used by the syntax rules.
_CLOSED: tuple[tuple[str, int], ...] = (
    ("he she they it someone somebody everyone everybody nobody people", Tag.THIRD_PRONOUN),
    ("i me my mine myself", Tag.FIRST_PRONOUN),
    ("am is are was were be been being 's 're 'm", Tag.COPULA),
    ("not never no nothing neither nor without hardly barely", Tag.NEGATION),
    ("will 'll going gonna shall 'd would", Tag.FUTURE),
    ("feel feels felt feeling", Tag.FEEL),
    (
        (
            "and but because since when whenever after before while though although "
            "which so until unless once as then plus cause whereas yet"
        ),
        Tag.CONJUNCTION,
    ),
    ("every each whenever usually often sometimes lately anytime", Tag.HABITUAL),
    ("the a an this that these those his her their my our your its some any", Tag.DETERMINER),
    (
        (
            "in on at to from with about for of by into over under after before "
            "during without through around near behind across against between"
        ),
        Tag.PREPOSITION,
    ),
    ("can could may might must should would will shall", Tag.MODAL),
    (
        (
            "bruise bruises bruised bruising bleeding bled blood scar scars "
            "marks mark swollen stitches"
        ),
        Tag.EVIDENCE,
    ),
)


def _build_tags() -> dict[str, int]:
    tags: dict[str, int] = {}
    for lexicon in LEXICONS:
        for word in lexicon.words:
            tags[word] = tags.get(word, 0) | lexicon.tag
    for text, tag in _CLOSED:
        for word in text.split():
            tags[word] = tags.get(word, 0) | tag
    return tags


TAGS: MappingProxyType[str, int] = MappingProxyType(_build_tags())
"""Word -> bit flags of every lexicon the word belongs to."""

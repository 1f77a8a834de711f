"""The safety patterns as data: word groups and pattern tables.

Each row of a table is one call ``_sh/_vi/_id(id, slots, **constraints)``
(see :mod:`detachkit._safety_match` for the slot syntax and what the
constraints mean). Ids read ``SH.*`` (self-harm, ``FF901``), ``VI.*``
(violence, ``FF902``) and ``ID.*`` (idioms that look deadly, ``FF504``).
Rows are grouped by category, each with the phrasing it is meant for in a
comment; the near misses it must not catch are table tests in
tests/test_factfeeling_safety.py.

How the constraints are used:

* ``agent`` keeps violence to acts of another person ("he hit me", not "it
  hit me", "I hit a wall") and self-harm to the writer ("I overdosed", not
  "my dad overdosed");
* ``neg`` (on by default) drops denials ("he has never hit me", "I'm not
  suicidal"); patterns whose meaning *is* a negation ("I don't want to be
  here") anchor on the negation and switch it off;
* ``joke`` turns gallows humour with laughter markers into an idiom;
* ``near``/``veto``/``block`` separate the concern from the everyday sense
  of the same words ("cut myself *shaving*", "hit me *up*", "I want *him*
  gone").
"""

from __future__ import annotations

from detachkit._safety_match import PEOPLE, Pattern, pattern

__all__ = ["GROUPS", "IDIOMS", "SELF_HARM", "VIOLENCE"]


def _g(text: str) -> frozenset[str]:
    return frozenset(text.split())


GROUPS: dict[str, frozenset[str]] = {
    # ---- shared
    "PEOPLE": PEOPLE,
    "OBJ": _g("him her them it this that you he she they"),
    "ME": _g("me us"),
    "BODY": _g(
        """
        arm arms wrist wrists neck throat face hair head hand hands shoulder
        shoulders chest back leg legs rib ribs body jaw nose eye eyes mouth
        lip lips stomach thigh thighs skin teeth finger fingers knee knees
        ankle ankles cheek ear ears forearm forearms hip hips side
        """
    ),
    # where self-injury is usually done (a cut finger is usually the kitchen)
    "SH_SITE": _g(
        """
        arm arms wrist wrists thigh thighs leg legs skin stomach hip hips
        forearm forearms body chest
        """
    ),
    # the writer's children and pets: harm to them threatens the writer too
    # the writer's children, pets and household: violence at home threatens the
    # writer too ("he hit mum in front of us")
    "DEPENDANTS": _g(
        """
        kids kid children child baby son daughter dog cat puppy pets mum mom
        mother mam mummy mommy sister brother grandma gran nan granny siblings
        stepmum stepmom
        """
    ),
    # who says "will kill me" as hyperbole ("Mum will kill me if I'm late")
    "FAMILY_IDIOM": _g(
        """
        mum mom mam mummy mommy mother dad daddy father gran nan nanna grandma
        granny grandad grandpa sister sis brother bro aunt auntie uncle boss
        teacher coach parents folks mother-in-law father-in-law sister-in-law
        brother-in-law in-laws law
        """
    ),
    "MODAL": _g("will 'll would 'd going gonna might could may"),
    "SPEECH": _g(
        """
        said says told tells texted texts messaged wrote warned threatened
        screamed yelled shouted swore promised whispered emailed
        """
    ),
    "FEAR": _g(
        """
        scared afraid terrified frightened petrified fear fearing feared
        fearful scares frightens terrifies worried worry worrying nervous
        """
    ),
    # ---- self-harm
    "WANT": _g(
        """
        want wants wanted wanting wish wishes wished wishing hope hopes hoping ready
        rather prefer deserve deserved longing need needed tempted urge
        urges craving crave
        """
    ),
    "DIE": _g("die dead disappear vanish"),
    "GONE": _g("died die dead gone vanished disappeared disappear"),
    "SELF_HARM_VERB": _g(
        """
        kill killing killed hurt hurting harm harming harmed cut cutting
        burn burning burned burnt starve starving starved hang hanging
        hanged drown drowning poison poisoning poisoned scratch scratched
        scratching hit hitting punch punched punching bruise bruised
        strangle strangled choke choked choking suffocate off offed unalive
        unaliving slash slashed slashing carve carved carving bleed
        """
    ),
    "INJURE": _g(
        """
        cut cutting burn burning burned burnt scratch scratched scratching
        slash slashed slashing carve carved carving gouge gouged gouging dug digging
        """
    ),
    "ACCIDENT": _g(
        """
        accident accidentally accidental shaving cooking chopping ironing
        gym lifting workout training running playing football rugby sports
        slipped fell tripped paper oven stove kettle pan tray baking garden
        gardening hiking climbing bike cycling skating moving dancing onion
        onions day
        """
    ),
    # right after "cut myself", "hurt myself": "cut myself off", "some slack"
    "ACCIDENT_NEXT": _g("off out from short slack loose some"),
    "PILLS": _g(
        """
        pills pill tablets tablet meds medication medications paracetamol
        painkillers sleeping antidepressants insulin
        """
    ),
    "HOARD": _g(
        """
        stockpile stockpiling stockpiled hoard hoarding hoarded saving
        saved save collecting collected stashing stashed stash hiding hid
        hidden
        """
    ),
    "LETHAL": _g("all whole entire handful enough lethal swallow swallowed swallowing every"),
    "ROUTINE": _g(
        """
        morning mornings daily evening day prescribed doctor gp forgot
        forget remember remembered schedule refill pharmacy food headache
        pain period cramps fever migraine money cost round rounds ward shift
        patients patient supervised nurse
        """
    ),
    "METHOD": _g("die dying death suicide kill overdose od hang hanging drown pills"),
    "HIGH_PLACE": _g("bridge ledge cliff rooftop roof tracks balcony motorway overpass"),
    "CRASH": _g("crash crashes crashed hits kills killed die"),
    # ---- violence
    "HIT": _g(
        """
        hit hits hitting punch punched punches punching slap slapped slaps
        slapping kick kicked kicks kicking smack smacked smacks smacking whack
        whacked headbutt headbutted kneed elbowed batter battered battering
        thump thumped wallop walloped clobbered shove shoved shoves shoving
        push pushed pushes pushing bit bite bites biting pinched scratched
        stab stabbed stabs stabbing stamped stomped struck hurled
        """
    ),
    "CHOKE": _g(
        """
        choke choked chokes choking strangle strangled strangles strangling
        throttle throttled throttling suffocate suffocated smother smothered
        """
    ),
    "RESTRAIN": _g("pinned pin pins pinning restrained restrain dragged drag drags dragging"),
    "GRAB": _g(
        """
        grab grabbed grabs grabbing yanked yank pulled pull twisted squeezed
        shook shake shakes shaking
        """
    ),
    "THROW": _g("threw throw throws throwing hurled hurl chucked chuck flung fling lobbed"),
    "SMASH": _g(
        """
        smash smashed smashes smashing punched punch kicked kick broke break
        breaks hit hits threw throw
        """
    ),
    "PROPERTY": _g(
        """
        wall walls door doors window windows hole plate plates glass glasses
        mirror table chair tv phone laptop lamp things stuff everything
        cupboard fridge dashboard windscreen
        """
    ),
    "HARM_GOAL": _g(
        """
        hit hurt kill harm beat punch slap choke strangle shoot stab attack
        break push grab throw smack murder kick hitting hurting killing
        beating strangling choking stabbing shooting burn drown
        """
    ),
    "KILL": _g("kill kills killed killing murder murdered murders murdering"),
    "WEAPON": _g(
        """
        knife knives gun guns pistol rifle shotgun weapon machete axe hammer
        scissors crowbar shovel spade bat
        """
    ),
    "WIELD": _g(
        """
        pulled held holding hold waved waving pointed pointing grabbed
        threatened brought showed swung swinging came pressed put had keeps
        owns has with at took
        """
    ),
    "KITCHEN": _g(
        """
        cake bread cut cutting chop chopping chopped butter cooking dinner
        vegetables fork spread steak carve sharpen sharpened drawer
        dishwasher wash washing bought set block fish played playing game
        match team cricket hardware nails
        """
    ),
    "INJURY": _g("bruise bruises bruised bruising welts welt marks stitches concussion"),
}


def _sh(pid: str, spec: str, **kw: object) -> Pattern:
    return pattern(pid, "FF901", spec, GROUPS, **kw)  # type: ignore[arg-type]


def _vi(pid: str, spec: str, **kw: object) -> Pattern:
    return pattern(pid, "FF902", spec, GROUPS, **kw)  # type: ignore[arg-type]


def _id(pid: str, spec: str, **kw: object) -> Pattern:
    return pattern(pid, "FF504", spec, GROUPS, neg=False, **kw)  # type: ignore[arg-type]


_BY_WRITER = "writer none"
_BY_WRITER_OR_THING = "writer none thing"
_BY_OTHER = "person none"
# Everyday reasons that make "he'll kill me if ..." hyperbole, not a threat.
_MUNDANE_REASONS = (
    "forgot forget forgetting late missed miss ate spilled lost scratched dented dent "
    "crashed borrowed wore used ruined burnt grades hair haircut tattoo mess bill spent "
    "spending shopping price cost now softly inside failed report sold sell bought "
    "skipped dyed pierced cancelled"
)

SELF_HARM: tuple[Pattern, ...] = (
    # ---------------------------------------------------------------- direct words
    # "suicidal thoughts", "I'm self-harming again", "kms", "thinking about unaliving"
    _sh(
        "SH.direct",
        """suicide|suicidal|suicidel|sucide|sucidal|suicde|self-harm|selfharm|self-harming
        |selfharming|self-harmed|self-injury|noose|unalive|unaliving|sewerslide|kms""",
        agent=_BY_WRITER_OR_THING,
        veto="squad prevention awareness bomber bombing",
    ),
    # "I took an overdose", "I overdosed in May", "nearly OD'd"
    # "I overdosed in May", "thoughts of taking an overdose"
    _sh("SH.overdose", "overdose|overdosed|overdosing|od", agent=_BY_WRITER_OR_THING),
    # "self harm", "urges to self harm"
    _sh("SH.self_harm", "self harm|harming|harmed|injury|injuring"),
    # ---------------------------------------------------------------- self-injury
    # "I want to hurt myself", "I cut myself again", "kill myself", "off myself"
    _sh(
        "SH.verb_myself",
        "@SELF_HARM_VERB myself|meself|myslef|mself",
        joke=True,
        veto="@ACCIDENT",
        veto_after=6,
        veto_next="@ACCIDENT_NEXT",
    ),
    # "punish myself by not eating", "punishing myself with the blade"
    _sh(
        "SH.punish",
        "punish|punishing|punished myself",
        near="by with cut cutting hurt starve starving burn hit pain bleed physically eating",
        near_before=0,
    ),
    # "I cut my arm again", "burning my wrists", "scratching my skin till it bled"
    _sh(
        "SH.injure_body",
        "@INJURE ~1 my ~1 @SH_SITE",
        agent=_BY_WRITER,
        veto="@ACCIDENT hair",
        veto_after=6,
        veto_next="@ACCIDENT_NEXT",
    ),
    # "I burned my hand with the lighter on purpose", "hit my head on the wall
    # deliberately": any part of the body, when the writer says it was meant
    _sh(
        "SH.injure_on_purpose",
        "@INJURE|hit|hurt|punched|banged|bashed|slammed|smashed my|myself",
        agent=_BY_WRITER,
        near="purpose deliberately intentionally purposely",
        near_before=3,
        near_after=10,
    ),
    # "cut again last night", "I started cutting again", "cutting deeper"
    _sh(
        "SH.injure_again",
        "@INJURE again|deeper|open|more",
        agent=_BY_WRITER,
        veto="hair fringe hours ties contact off budget power grass lawn nails class corners "
        "him her them out back down eyes chest throat stomach heartburn fever box package "
        "carbs sugar costs spending calories",
        veto_before=2,
    ),
    # "the urge to cut", "I really want to burn", "tempted to cut again"
    _sh(
        "SH.injure_urge",
        "@WANT ~1 to @INJURE|starve|purge|bleed",
        veto="his their letters photos candle bridges calories fat energy everything ribbon "
        "cake losses eyes wardrobe closet costs cord class hair slack",
        # right after the verb: "cut ties", "cut back", "cut my hair", "burn the letters"
        veto_next="@OBJ out off ties contact hair back down corners in the slack loose short",
    ),
    # "I relapsed and cut", "relapsed on self harm", "clean from cutting for 3 months"
    _sh(
        "SH.relapse",
        "relapse|relapsed|relapsing|clean",
        near="cut cutting self harm sh harming burning blade blades razor scars",
    ),
    # ---------------------------------------------------------------- wish to die
    # "I want to die", "I just wanna be dead", "I deserve to die", "ready to die"
    _sh(
        "SH.want_die",
        "@WANT ~3 @DIE",
        agent=_BY_WRITER_OR_THING,
        joke=True,
        block="@OBJ @PEOPLE my your",
        veto="of laughing than inside into under for somewhere weekend week while bit "
        "holiday trip island abroad room bed cave hair hill",
        veto_after=2,
    ),
    # "When she told me to go die, part of me wanted to."
    _sh(
        "SH.wanted_to",
        "@WANT to $",
        near="die dead kys yourself",
        near_before=12,
        near_after=0,
    ),
    # "I feel like dying", "feeling like ending it"
    _sh(
        "SH.feel_like",
        "feel|feeling|felt|feels like dying|ending|disappearing",
        veto="inside hair",
    ),
    # "I don't want to be alive", "i dont wanna live anymore", "no longer want to wake up"
    _sh(
        "SH.not_want_live",
        "not|no|never ~1 @WANT ~3 live|alive|living|exist|existing|breathing|wake|waking",
        neg=False,
        block="@OBJ",
        veto="with in at near there together here anywhere alone abroad party office work "
        "school house job city town wedding meeting country place flat room early",
        veto_after=4,
    ),
    # "I don't want to be here anymore", "i dont wanna be around"
    _sh(
        "SH.not_want_here",
        "not|no|never ~1 @WANT ~2 be here|around",
        neg=False,
        veto="at in with for party office work school house job wedding meeting him her "
        "them tonight when",
        veto_after=3,
    ),
    # "i just want to not exist", "want to stop living", "wish i could cease to exist"
    _sh(
        "SH.want_not_exist",
        "@WANT ~3 not|stop|cease ~3 exist|existing|living|alive|breathing|wake|waking|here",
        block="@OBJ",
        veto="with in at together party work office",
        veto_after=4,
    ),
    # "I want to be gone", "i just want to be gone forever"
    _sh(
        "SH.want_gone",
        "@WANT ~3 gone",
        block="@OBJ @PEOPLE @ME my your the pain",
        veto="out",
        veto_after=2,
    ),
    # "I wish I was dead", "wish i'd never been born", "I wish I didn't exist", "wish i wasnt here"
    _sh(
        "SH.wish_not_born",
        "wish|wished|wishing ~1 i|i'd ~5 dead|exist|existed|gone|disappear|vanish|born|here|alive",
        near="dead exist existed gone disappear vanish never not",
        near_before=0,
        near_after=2,
        veto="earlier sooner later rich richer into under weekend while holiday trip",
    ),
    # "I want it all to stop", "wish everything would just end"
    _sh(
        "SH.all_stop",
        "@WANT ~3 all|everything ~3 stop|end|over|ended|stopped",
        veto="argument arguments fight fighting divorce court case meeting process drama "
        "tension arguing shouting yelling custody trial week day shift",
    ),
    # "Part of me hopes the car crashes on my way to work", "I pray a bus hits me"
    _sh(
        "SH.passive_wish",
        "hope|hopes|hoping|wish|pray|praying ~8 @CRASH",
        near="i me my myself",
        block="he she they him her them not his 's dog cat flight team",
    ),
    # "I wouldn't mind if a bus hit me", "wouldn't care if I died"
    _sh(
        "SH.would_not_mind",
        "mind|care ~1 if|whether ~4 died|die|dead|hit|crash|crashed|wake|woke|gone|killed",
        near="i me my",
        near_before=0,
        veto="traffic",
        # The meaning is the negation itself: "I don't care if I wake up".
        neg=False,
    ),
    # "I just want to disappear for good", "wish I could vanish permanently"
    _sh(
        "SH.vanish_for_good",
        "@WANT ~4 disappear|vanish|gone ~3 good|forever|permanently",
        block="@OBJ @PEOPLE",
    ),
    # "the world doesn't need me in it", "nobody would need me around anyway"
    _sh(
        "SH.world_without_me",
        "world|everyone|everybody|nobody|noone|no-one ~3 need|needs|want|wants ~1 me ~2 in|around"
        "|alive|here",
        neg=False,
    ),
    # ---------------------------------------------------------------- not wanting to live
    # "I want to sleep and never wake up", "go to sleep and not wake up"
    _sh("SH.sleep_no_wake", "sleep|sleeping|asleep ~6 not|never ~1 wake|waking", neg=False),
    # "Some nights I wish I wouldn't wake up", "how many would it take to not wake up"
    _sh(
        "SH.not_wake",
        "not|never ~1 wake|waking ~1 up",
        neg=False,
        near="want wish wished hope hoping rather take pray praying could just would 'd "
        "go peacefully sleep forever",
        near_after=0,
        veto="until till early before time late alarm",
    ),
    # "sleep forever", "go to sleep forever", "eternal sleep"
    _sh("SH.sleep_forever", "sleep|sleeping|asleep forever|permanently"),
    # "sometimes I want to sleep for ever", "just stay asleep for good"
    _sh("SH.sleep_for_ever", "sleep|asleep for ever|good"),
    _sh("SH.eternal_sleep", "eternal|permanent sleep|rest"),
    # "I can't go on", "can't keep going", "cannot do this anymore", "can't live like this"
    _sh(
        "SH.cant_go_on",
        "can|could not|never ~1 go|carry on",
        veto="holiday trip date with the about a",
        veto_after=2,
    ),
    _sh("SH.cant_keep_going", "can|could not ~1 keep going|living|existing", veto="to out"),
    _sh("SH.cant_live", "can|could not ~1 live|exist ~1 like|anymore"),
    _sh(
        "SH.cant_anymore",
        "can|could not ~1 do|take|cope ~1 this|it|life anymore",
        veto="his her lies relationship marriage job work fighting arguing",
        veto_after=4,
    ),
    # "no point in living", "what's the point of being alive", "no reason to keep living"
    _sh(
        "SH.no_point",
        "point|reason|use|sense|purpose ~6 alive|living|live|existing|exist|waking",
        neg=False,
        near="no what any not nothing",
        near_before=3,
        near_after=0,
        block="arguing talking trying calling texting",
        veto="here there",
        veto_after=1,
    ),
    _sh(
        "SH.no_point_going_on",
        "point|reason|use ~3 go|carry|going|carrying|keep ~1 on|going",
        neg=False,
        near="no what any not",
        near_before=3,
        near_after=0,
    ),
    # "I'd be doing everyone a favour by ending it"
    _sh("SH.favour", "favor|favour ~3 by ~1 ending|dying|killing|disappearing"),
    # "my life is pointless", "my life feels meaningless"
    _sh("SH.life_pointless", "my life ~1 is|feels|seems ~2 pointless|meaningless"),
    # "nothing to live for", "lost the will to live", "my life isn't worth living"
    _sh("SH.live_for", "nothing|noone|nobody ~2 to live for"),
    _sh("SH.will_to_live", "will to live|exist"),
    _sh(
        "SH.worth_living",
        "not|no|never|hardly|barely ~2 worth ~1 living|it",
        neg=False,
        near="life living alive",
        near_before=6,
    ),
    # "I'm tired of living", "sick of being alive", "done with life"
    _sh(
        "SH.tired_of_living",
        "tired|sick|exhausted of ~1 living|existing|life|alive|breathing",
        veto="with in here there at him her",
        veto_after=1,
    ),
    _sh("SH.done_with_life", "done|finished with ~1 life|living|existing"),
    _sh(
        "SH.hate_living",
        "hate|hating|hated being alive|here|existing|living",
        veto="with in at",
        veto_after=2,
    ),
    # ---------------------------------------------------------------- burden / better off
    # "everyone would be better off without me", "they'd be happier without me"
    _sh(
        "SH.better_without_me",
        "better|happier|easier|fine|relieved|lighter|calmer|brighter off ~2 without ~4 me",
    ),
    _sh(
        "SH.better_without_me_short",
        "better|happier|easier|fine|relieved|lighter|calmer|brighter|simpler without ~4 me",
        veto="did doing went go team",
        veto_before=2,
    ),
    _sh("SH.better_off_dead", "better off ~1 dead|gone"),
    # "my kids would do better with me gone"
    _sh("SH.better_me_gone", "better|happier|easier|fine ~3 me ~1 gone|dead"),
    # "Everyone would be happier if I were dead", "nobody would notice if I died"
    _sh(
        "SH.if_gone",
        "if|when|once i|i'd ~3 @GONE",
        near="would 'd better happier easier relieved notice care cope fine miss celebrate "
        "sorry glad happy nobody noone",
        near_before=10,
        near_after=8,
        veto="left leave moved quit holiday trip work uni college vacation away weekend shopping "
        "to mass church school bed out home yet",
        veto_after=2,
    ),
    _sh(
        "SH.if_not_here",
        "if|when i ~2 not|never|stopped|stop ~2 here|around|alive|existed|exist|existing|born"
        "|living",
        neg=False,  # "they wouldn't notice if I stopped existing" still wishes it
        near="would 'd better happier easier relieved notice care cope fine miss nobody noone",
        near_before=10,
        near_after=8,
        veto="work party home office tonight tomorrow weekend",
    ),
    # "if I swallowed the whole bottle", "took a whole packet"
    _sh(
        "SH.whole_bottle",
        "swallow|swallowed|swallowing|take|took|taking|down|downed ~2 whole|entire bottle|packet",
        agent=_BY_WRITER,
        veto="wine water beer vodka gin whisky whiskey cider juice coke",
        veto_after=3,
    ),
    # "my death would solve a lot of problems", "things would be easier if I died"
    _sh(
        "SH.death_solves",
        "my death|dying ~3 solve|solves|fix|fixes|help|helps|easier|better",
    ),
    # "keep wishing a bus would take me out", "hope a lorry hits me"
    _sh(
        "SH.wish_hit",
        "@WANT ~3 bus|car|lorry|truck|train ~3 take|takes|hit|hits ~1 me ~1 out",
        block="@PEOPLE his her their him them",
    ),
    # "the world wouldn't lose anything if I wasn't in it"
    _sh(
        "SH.not_in_it",
        "if i ~2 not in it",
        neg=False,
        near="world lose miss notice better nobody noone",
        near_before=10,
        near_after=4,
    ),
    # "I'm such a burden, they'd be fine if I disappeared"
    _sh(
        "SH.burden",
        "burden|burdens",
        near="gone dead die died exist disappear disappeared vanish without off alive "
        "everyone everybody",
        near_before=10,
        near_after=12,
    ),
    # "dying seems like the only way out", "death is the only answer"
    _sh(
        "SH.death_way_out",
        "dying|death|dead|suicide|ending ~6 way|answer|option|escape|solution",
        near="only out real",
        near_before=0,
        near_after=3,
        veto="penalty row certificate toll",
    ),
    # "I'll hand my razor blades to my flatmate so I'm not alone with them"
    _sh(
        "SH.blades",
        "razor|razors|blades|blade",
        near="alone hide hid hidden hand handed away safe urge urges flatmate tempted",
        near_before=10,
        near_after=10,
        veto="shaving shave shaved legs beard mower skates skate grass fan",
        veto_before=8,
        veto_after=8,
    ),
    # "I won't be around much longer", "I won't be here for long"
    _sh(
        "SH.wont_be_here",
        "not be ~1 here|around ~2 much|long|longer",
        agent=_BY_WRITER,
        neg=False,
        veto="holiday trip week weekend month moving move office job party",
        veto_after=6,
    ),
    # ---------------------------------------------------------------- thoughts, plans
    # "thinking about dying", "thoughts of ending it", "I think about suicide daily"
    _sh(
        "SH.thinking_of",
        """think|thinking|thought|thoughts|fantasise|fantasize|fantasising|fantasizing
        |picturing|imagine|imagining ~1 about|of ~1 dying|death|killing|ending|jumping
        |overdosing|dead|disappearing""",
        veto="@OBJ his relationship with ship",
        veto_after=2,
    ),
    # "these thoughts about ending it", "thoughts of ending it" (not "... with him")
    _sh(
        "SH.thoughts_ending",
        "thoughts about|of ending it",
        veto="with relationship marriage things between",
        veto_after=3,
    ),
    # "part of me wishes the car would skid off the road", "hope the plane goes down"
    _sh(
        "SH.wish_accident",
        "@WANT ~3 car|bus|plane|train|truck|lorry ~3 crash|crashes|skid|skids|swerve|veer|down"
        "|derail|derails",
        block="@PEOPLE his her their him them",
    ),
    # "thinking about not being here", "i think about not existing"
    _sh(
        "SH.thinking_not_here",
        "think|thinking|thought|thoughts about|of not ~1 being|existing|living|waking",
        veto="with in at together",
        veto_after=2,
    ),
    # "I feel like ending it all", "end it all", "end my life", "take my own life"
    _sh("SH.end_it_all", "end|ending|ended it all|everything"),
    _sh(
        "SH.end_life",
        "end|ending|take|taking|took|ended my ~1 life|own",
        veto="back in into over seriously direction",
        veto_after=2,
    ),
    # "I'm going to end it tonight", "thinking of ending things"
    _sh(
        "SH.end_it",
        "end|ending it|things",
        near="want wanna wanted feel feeling thinking think thought urge ready tempted plan "
        "planning just going",
        near_before=4,
        near_after=0,
        veto="with between him her them us relationship properly politely kindly text "
        "face marriage",
        veto_after=4,
    ),
    # "I wrote a suicide note", "writing goodbye letters", "goodbye messages to everyone"
    _sh("SH.goodbye_notes", "goodbye|farewell ~1 note|notes|letters|videos|messages|texts"),
    _sh(
        "SH.goodbye_letter_family",
        """goodbye|farewell|final letter|message|video ~1 to|for ~2 everyone|family|kids
        |children|parents|mom|dad|sister|brother|friends|loved|son|daughter""",
    ),
    # "I've been saying goodbye to everyone", "said my goodbyes"
    _sh(
        "SH.saying_goodbye",
        "say|said|saying ~2 goodbye|goodbyes|bye ~3 everyone|family|people|friends|world|kids",
        veto="airport party station wedding trip leaving moving move farewell holiday "
        "flight uni college",
        veto_after=8,
        veto_before=6,
    ),
    # "I pray I won't see the morning", "hope I don't see another birthday"
    _sh(
        "SH.not_see_morning",
        "not|won't|never ~2 see|make ~2 morning|tomorrow|christmas|birthday|another|next",
        neg=False,
        near="@WANT pray praying prayed",
        near_before=5,
        near_after=0,
    ),
    # "I won't be needing them much longer", "where I'm going I won't need it"
    _sh(
        "SH.not_needing",
        "not|won't ~2 needing|need ~2 much|any longer",
        neg=False,
        near="gave give giving given away belongings things watch guitar",
        near_before=12,
    ),
    # "so I can't take them all at once"
    _sh(
        "SH.all_at_once",
        "take|taking|swallow|swallowing them|it all ~1 at once",
        neg=False,
        near="@PILLS tablets pills meds",
        near_before=14,
        near_after=2,
    ),
    # "ended up in A&E after taking too many pills on purpose"
    _sh(
        "SH.too_many_pills",
        "too ~1 many|much @PILLS",
        near="purpose deliberately intentionally er a&e hospital ambulance overdose stomach pumped",
        near_before=12,
        near_after=12,
        veto="accident accidentally mistake mistakenly",
        veto_before=12,
        veto_after=12,
    ),
    # "I've been giving away my things", "gave my belongings away"
    _sh(
        "SH.give_away",
        """giving|gave|give|given away ~2 my|all ~2 belongings|possessions|stuff|things
        |everything|clothes|books|games""",
        veto="charity old moving move declutter decluttering donate donated sale ex his her "
        "their shop",
        veto_after=6,
    ),
    _sh(
        "SH.give_away_after",
        "giving|gave|give my ~2 belongings|possessions|stuff|things|everything ~4 away",
        veto="charity old moving move declutter decluttering donate sale shop",
        veto_after=6,
    ),
    # "I sorted out my will last week", "I've written a will"
    _sh(
        "SH.will",
        """sort|sorting|sorted|write|writing|wrote|written|made|making|update|updating|updated
        |finished|finishing ~2 my|a will""",
        veto="power",
        veto_after=1,
    ),
    # "googled painless ways to die", "looked up the lethal dose"
    _sh(
        "SH.method_research",
        "painless|lethal|fatal ~3 @METHOD|way|ways|dose|amount|method|methods",
    ),
    _sh(
        "SH.method_way",
        "quickest|easiest|best|surest ~2 way|ways|method|methods to die|kill|overdose|end",
    ),
    _sh("SH.how_to", "how to kill|hang|overdose|drown|die|od yourself|myself|oneself|$"),
    # "looked up how many of my sleeping pills it would take"
    _sh(
        "SH.how_many_pills",
        "how many|much ~4 @PILLS ~6 take|kill|die|enough|overdose",
        veto="@ROUTINE",
        veto_after=6,
    ),
    # "stockpiling my tablets", "saving up my meds", "i've hidden pills in my drawer"
    _sh(
        "SH.hoard_pills",
        "@HOARD ~4 @PILLS",
        near="i my",
        near_before=8,
        near_after=0,
        veto="money pharmacy cost discount kids children dog",
        veto_after=6,
    ),
    # "take all the pills at once", "swallowed a whole packet of pills"
    _sh(
        "SH.lethal_pills",
        "@LETHAL ~4 @PILLS",
        near="i my",
        near_before=10,
        near_after=4,
        veto="@ROUTINE",
        veto_before=6,
        veto_after=6,
    ),
    _sh(
        "SH.pills_lethal",
        "@PILLS ~4 all|once|overdose|whole",
        near="i my",
        near_before=10,
        veto="@ROUTINE",
        veto_before=6,
        veto_after=6,
    ),
    # "I took a bunch of pills", "swallowed too many painkillers"
    _sh(
        "SH.took_pills",
        "took|take|taking|swallowed|swallow|downed ~4 @PILLS",
        agent=_BY_WRITER,
        near="bunch lot load loads handful too many bottle packet box whole extra",
        near_before=0,
        near_after=0,
        veto="@ROUTINE",
        veto_before=4,
        veto_after=6,
    ),
    # "I think about driving into a wall", "wanted to crash the car into a tree"
    _sh(
        "SH.crash_car",
        "drive|driving|drove|crash|crashing|swerve|swerving ~3 into|off ~2 "
        "wall|tree|bridge|river|lake|sea|barrier|lorry|truck|oncoming|cliff|traffic",
        agent=_BY_WRITER,
        near="think thinking thought want wanted tempted urge imagine imagining wish wished like",
        near_before=8,
        near_after=0,
    ),
    # "flush the extra pills so I'm not tempted", "gave my sister the blades to keep"
    _sh(
        "SH.remove_means",
        "flush|flushing|bin|binning|hand|handing|give|giving|lock|locking ~4 @PILLS|blades"
        "|razors|razor",
        near="tempted temptation urge urges safe reach",
        near_before=2,
        near_after=10,
    ),
    # "razor blades hidden in my drawer", "I bought a rope"
    _sh(
        "SH.means",
        "razor|razors|blade|blades|rope",
        near="hid hide hidden hiding bought buy kept keep saved stash stashed bled cut cutting",
        agent=_BY_WRITER,
        veto="skipping boat climbing shaving shave legs beard tent camping garden dog swing "
        "washing grass skates",
        veto_before=4,
    ),
    # "I stood on the bridge for an hour", "went up to the roof and looked down"
    _sh(
        "SH.high_place",
        """stood|standing|stand|went|go|going|drove|drive|walked|walk|sat|sitting|climbed
        |climb ~4 @HIGH_PLACE""",
        near="jump jumping jumped end edge thinking think thought stared staring down looked "
        "looking alone wanted over night hours",
        agent=_BY_WRITER,
        veto="across fix repair gutter leak aerial view photo photos sunset dog friends "
        "picnic market shops shop fireworks party bar tour tourists drink drinks",
        veto_before=8,
        veto_after=8,
    ),
    # "jump off a bridge", "jump in front of a train", "walk into the sea"
    _sh(
        "SH.jump",
        """jump|jumping|jumped|throw|step|stepped|stepping|walk|walked|walking
        ~4 @HIGH_PLACE|train|bus|lorry|truck|traffic|building|window|car|sea""",
        agent=_BY_WRITER_OR_THING,
        near="off front into out from",
        near_before=0,
        joke=True,
        veto="queue conclusions gun bandwagon shark ship pool swimming trampoline stop station "
        "nearly almost accidentally",
        veto_after=4,
    ),
    # "I'm scared I'll do something stupid", "I might do something drastic tonight"
    _sh(
        "SH.something_stupid",
        "do|doing something|anything ~1 stupid|drastic|silly|permanent",
        agent=_BY_WRITER,
        veto="like text call message him her them at work ? wrong say said always when about",
        veto_after=4,
    ),
    # "before I do something to myself"
    _sh("SH.something_to_me", "do|doing something|anything to myself", agent=_BY_WRITER),
    # "I don't want to be on this earth anymore", "not in this world"
    _sh(
        "SH.not_on_earth",
        "not ~2 want|wanna ~2 be on|in ~1 this|the earth|planet|world",
        neg=False,
    ),
    # "they'd get more out of the life insurance than out of me"
    _sh(
        "SH.insurance",
        "life insurance|cover|policy",
        near="me worth more than better off",
        near_before=6,
        near_after=10,
        veto="update renew renewed quote quotes premium premiums compare cancel",
        veto_before=6,
        veto_after=6,
    ),
)

VIOLENCE: tuple[Pattern, ...] = (
    # ---------------------------------------------------------------- physical acts
    # "he hit me", "she slapped me across the face", "my ex shoved me into the bookcase"
    _vi(
        "VI.hit_me",
        "@HIT|@CHOKE @ME|@DEPENDANTS",
        agent=_BY_OTHER,
        veto="up out off away around aside as back forward ahead news bill question "
        "questions request guilt truth sarcasm comeback joke ultimatum compliment chess game "
        "race match cards tennis golf points score fine ticket lawsuit odd funny strange "
        "weird do go get be try start make take see apply quit talk therapy dreaming "
        "truck bricks wave tonne ton train texting forgetting emailing posting",
    ),
    # "he choked me out", "strangling me" (no idiom reading; "choked me up" is emotion)
    _vi(
        "VI.choke",
        "@CHOKE me|us",
        agent=_BY_OTHER,
        veto_next="up",
        # "my lawyer will strangle me for texting him": a telling-off
        veto="texting forgetting emailing calling ringing phoning posting",
        veto_after=4,
    ),
    # "keeps threatening to smash my face in"
    _vi(
        "VI.threat_to_body",
        "threaten|threatens|threatened|threatening to ~1 @HARM_GOAL|smash|bash ~2 my|our ~1 @BODY"
        "|face|head|teeth",
        agent=_BY_OTHER,
    ),
    # "so he can't lay a hand on me"
    _vi(
        "VI.lay_hand",
        "lay|laid|lays|laying ~1 a|one ~1 hand|finger on me|us",
        neg=False,  # "so he can't lay a hand on me" still fears it
        veto_prev="never",  # "he has never laid a finger on me" denies it
    ),
    # "he hit my face", "kicked my legs", "punched our son"
    _vi(
        "VI.hit_body",
        "@HIT|@CHOKE my|our ~1 @BODY|@DEPENDANTS",
        agent=_BY_OTHER,
        veto_next="off",  # "bit my head off": a telling-off
    ),
    # "smashed my lights with a shovel while I watched": damage done with a weapon
    _vi(
        "VI.smash_with",
        "smashed|smashes|smashing|broke|breaks|wrecked|destroyed ~5 with ~1 a|his|her|the @WEAPON",
        agent=_BY_OTHER,
    ),
    # "I'd 'regret it physically'"
    _vi("VI.regret_physically", "regret ~2 physically"),
    # "he beat me", "she beat me up" (not "beat me at chess", "beat me to it")
    _vi(
        "VI.beat",
        "beat|beats|beating me|us|up",
        agent=_BY_OTHER,
        veto="at to in on by",
        veto_after=1,
    ),
    # "I was punched", "got slapped at the party", "I was shoved into the bookcase"
    _vi(
        "VI.passive",
        """was|were|got|been|get|getting|being|be @HIT|@CHOKE|assaulted|attacked|raped
        |molested|beaten|battered|abused""",
        veto="car bus ball bike truck wave fine ticket bill storm traffic lorry van cyclist "
        "drunk together train",
        veto_after=5,
        # "kicked out", "pushed aside": a figure of speech ("shoved into the wall" is not)
        veto_next="out off to around aside up",
    ),
    # "he grabbed my wrist", "pulled my hair", "twisted my arm behind my back"
    _vi("VI.grab_body", "@GRAB ~1 my|our ~1 @BODY", agent=_BY_OTHER, block="hand hands"),
    # "he grabbed me", "yanked me by the arm", "shook me"
    _vi(
        "VI.grab_me",
        "@GRAB|@RESTRAIN me|us",
        agent=_BY_OTHER,
        veto="coffee drink drinks beer a some food lunch snack one hug kiss kissed hugged "
        "dance danced up close hand aside from school party wedding shopping concert gym "
        "church event along meeting",
    ),
    # "he grabbed me so hard", "held me down", "held me against the wall"
    _vi(
        "VI.grab_hard",
        "@GRAB|@RESTRAIN|held|hold|holds|holding ~3 hard|tight|tightly|roughly|violently"
        "|forcefully|down|against",
        agent=_BY_OTHER,
        near="me my us",
        near_before=0,
        veto="job",
    ),
    _vi("VI.held_by", "held|hold|holds|holding me|us ~1 by|down|against", agent=_BY_OTHER),
    # "pinned me against the fridge", "dragged me across the floor"
    _vi(
        "VI.restrain",
        "@RESTRAIN ~2 me|us|my",
        agent=_BY_OTHER,
        veto="name feet party wedding shopping concert gym church event along meeting",
    ),
    # "he threw the remote at me", "she threw a mug at my head", "threw my phone at the wall"
    _vi(
        "VI.throw_at",
        "@THROW ~5 at",
        agent=_BY_OTHER,
        veto="ball hoop frisbee basket dart darts party tantrum fit wedding money",
        veto_after=2,
    ),
    _vi("VI.throw_me", "@THROW me ~2 against|into|across|down|onto|off", agent=_BY_OTHER),
    _vi(
        "VI.throwing_things",
        "@THROW|smashing|smashed|smash ~2 things|stuff|plates|glasses|objects|furniture|chairs",
        agent=_BY_OTHER,
        veto="out away",
        veto_after=2,
    ),
    # "she spat in my face", "spat at me"
    _vi("VI.spit", "spat|spit|spits|spitting ~1 at|on|in ~1 me|my", agent=_BY_OTHER),
    # "he slammed me against the wall", "slammed my head into the door"
    _vi(
        "VI.slam",
        "slammed|slams|slamming|banged|smashed ~2 me|my ~2 against|into|on",
        agent=_BY_OTHER,
    ),
    # "put his hands on me", "laid a hand on me", "his hands around my neck"
    _vi("VI.hands_on", "hands|hand on me|us"),
    _vi("VI.hands_neck", "hands|hand|fingers|arm ~1 around|round ~1 my neck|throat"),
    # "raised his hand to me", "lifts his hand", "raised his fist"
    _vi(
        "VI.raise_hand",
        "raise|raises|raised|raising|lift|lifts|lifted|lifting ~1 a|his|her|their|one ~1 hand"
        "|hands|fist|fists",
        agent=_BY_OTHER,
        veto="finger help shoulder question class meeting vote answer",
        veto_after=3,
    ),
    _vi("VI.raise_fist", "raised|raises|raise|clenched|balled ~2 fist|fists", agent=_BY_OTHER),
    # "he got physical", "she gets violent when she drinks"
    _vi(
        "VI.get_physical",
        "get|gets|got|getting|became|becomes ~1 physical|violent|rough|handsy",
        agent=_BY_OTHER,
    ),
    # "he physically attacked me", "was physically abusive"
    _vi(
        "VI.physically",
        """physically|physical ~1 aggressive|abusive|violent|hurt|attacked|threatening
        |intimidating|abuse|violence|assault|assaulted|harmed|attack|fight""",
        veto="therapy",
    ),
    _vi("VI.attack_with", "attacked|attacks|attack|came ~2 me ~1 with|at"),
    # "he forced himself on me", "made me have sex"
    _vi("VI.forced_self", "forced|forces|forcing himself|herself|themselves on|onto me"),
    _vi("VI.forced_sex", "forced|made|makes|pressured ~1 me ~3 sex"),
    _vi("VI.rape", "rape|raped|raping|molested|groped|assault|assaulted|assaulting"),
    # ---------------------------------------------------------------- injuries
    # "he gave me a black eye", "a bruise where he grabbed me", "a split lip"
    _vi("VI.black_eye", "black eye|eyes"),
    _vi("VI.split_lip", "split|fat|bust|busted lip"),
    _vi(
        "VI.injury",
        "@INJURY",
        near="he she him her his they them where gave left from ex because after",
        veto="hiking fell fall football rugby gym running tripped slipped bumped bike skating "
        "climbing peach apple banana ego myself",
        veto_before=8,
        veto_after=8,
    ),
    # "he broke my nose", "she broke my phone", "he broke the bedroom door"
    _vi(
        "VI.broke_body",
        "broke|break|breaks ~2 @BODY|bones|bone",
        agent=_BY_OTHER,
        block="a his her their heart",
        veto="skiing playing football accident accidentally ball",
        veto_after=4,
    ),
    _vi(
        "VI.broke_property",
        "broke|break|breaks ~2 @PROPERTY|lock",
        agent=_BY_OTHER,
        block="his her their promise promises news rules silence ice",
        veto="off playing football accident accidentally ball",
        veto_after=4,
    ),
    _vi("VI.left_marks", "left ~2 marks|mark|bruise|bruises|welts|scratches", agent=_BY_OTHER),
    _vi("VI.made_bleed", "made|making|makes me bleed"),
    # ---------------------------------------------------------------- intimidation
    # "he punched a hole in the door", "punched the wall next to my head", "smashed the TV"
    _vi(
        "VI.smash_property",
        "@SMASH ~3 @PROPERTY",
        agent=_BY_OTHER,
        veto="it that exam test interview presentation goal record target mile off out",
        veto_after=1,
    ),
    _vi("VI.door_in", "kicked|kicks|kick|broke|smashed|forced ~2 door ~1 in|down|open"),
    # "he blocked the door", "stood in the doorway and wouldn't let me leave"
    _vi(
        "VI.block_door",
        "blocked|blocking|blocks|block|stood|standing ~2 door|doorway|exit",
        agent=_BY_OTHER,
        near="me my leave out past let",
    ),
    _vi(
        "VI.not_let_leave",
        "not|never let me ~1 leave|out|past|go|through|up",
        neg=False,
        veto="to with party friends see anywhere trip holiday gym pub work on sleepover "
        "concert club",
        veto_after=3,
    ),
    _vi("VI.locked_in", "locked|locks|locking|trapped me|us ~1 in|inside", agent=_BY_OTHER),
    # "he drove like a maniac to scare me", "swerved at me", "tried to run me off the road"
    _vi(
        "VI.scare_drive",
        "drove|drive|driving|sped|speeding|swerved|swerving ~6 scare|frighten|punish|teach",
        agent=_BY_OTHER,
        near="me us",
        near_before=0,
    ),
    _vi("VI.drove_at", "drove|swerved|accelerated|drives ~2 at|towards me|us"),
    _vi("VI.run_over", "run|ran|running me ~1 off|over"),
    # ---------------------------------------------------------------- threats
    # "He said he'd kill me", "he's going to kill me one day", "he'll kill the dog"
    # "he said he'd kill me", "she texted she would kill us": a reported threat, whoever
    _vi(
        "VI.kill_said",
        "@SPEECH ~3 @MODAL ~2 kill|murder me|us|@DEPENDANTS",
        agent=_BY_OTHER,
        joke=True,
        veto=_MUNDANE_REASONS,
        veto_after=10,
    ),
    # "he'll kill me one day" (not "Mum will kill me if I'm late": family hyperbole)
    _vi(
        "VI.kill_me",
        "kill|kills|killed ~1 me|us|@DEPENDANTS",
        agent=_BY_OTHER,
        joke=True,
        veto_prev="@FAMILY_IDIOM",
        veto=_MUNDANE_REASONS,
        veto_after=10,
    ),
    # "he said he'd murder me" (not "she'd murder me if I forgot")
    _vi(
        "VI.murder_me",
        "murder|murders ~1 me|us",
        agent=_BY_OTHER,
        joke=True,
        near="@SPEECH",
        near_before=10,
        near_after=0,
    ),
    # "threatened to hurt the dog", "threatened me", "death threats"
    _vi(
        "VI.threatened",
        "threatened|threatens|threaten|threatening|threat|threats ~7 @HARM_GOAL|@WEAPON|life|lives",
        block="himself herself themselves suicide ruin make destroy hell leave leaving tell "
        "post photos sue report take",
    ),
    _vi(
        "VI.threatened_me",
        "threatened|threatens|threatening|threats ~4 me|us",
        veto="lawsuit legal court police report divorce custody lawyer solicitor eviction "
        "leaving leave sack sacking fired firing fire dump block unfriend kick tell telling "
        "sue evict ground grounding cut disown disowning",
        veto_after=5,
    ),
    _vi("VI.death_threat", "death|rape threat|threats|threatened"),
    # "he'll hurt me", "she said she'd hurt me if I left", "I think he'd hurt me"
    _vi(
        "VI.hurt_me",
        "hurt|hurts|hurting|harm|harming ~1 me|us|@DEPENDANTS|my",
        agent=_BY_OTHER,
        near="@MODAL physically badly seriously @FEAR if again bleed bruise bruised "
        "whenever drunk drinks drinking",
        near_before=7,
        near_after=5,
        veto="feelings feeling emotionally pride ego heart words comments said saying "
        "deeply cheated cheating lied lying",
        veto_after=4,
    ),
    # "he'd throw the dog off the balcony", "she said she'll drown the cat"
    _vi(
        "VI.threat_dependants",
        "@MODAL ~2 @HARM_GOAL|poison ~2 @DEPENDANTS|pet|pets",
        agent=_BY_OTHER,
        block="never not",
        veto="against",  # "poison the kids against me": turning them, not harming them
        veto_after=2,
    ),
    # "he said he'd break my legs", "she'd smash my face in"
    _vi(
        "VI.threat_body",
        "@MODAL ~2 @HARM_GOAL|smash|bash|cut|burn ~2 my|your ~1 @BODY|face|head|legs",
        agent=_BY_OTHER,
    ),
    # "he's capable of killing me", "she could really hurt someone"
    _vi(
        "VI.capable",
        "capable ~1 of ~2 killing|hurting|hitting|harming|murdering|strangling"
        " ~1 me|us|@DEPENDANTS",
        neg="strict",
    ),
    # a threat against "your" body, said by anyone: "'Come near me and I'll break your jaw'"
    _vi("VI.threat_your_body", "@MODAL ~2 @HARM_GOAL|smash|bash ~2 your ~1 @BODY|face|head|legs"),
    # "he'd put me in the ground", "bury me", "he'll end me"
    _vi("VI.ground", "put|bury|buries|buried me ~2 ground|grave|hospital", agent="person"),
    # quoted: "'I'll put you in the ground'", "said he'd put me in hospital"
    _vi("VI.ground_quoted", "@MODAL ~1 put|bury you|u ~2 ground|grave|hospital"),
    # "shouting he'd break the door down", "kicked the door in"
    _vi(
        "VI.door_down",
        "break|breaking|kick|kicking|kicked|smash|smashing ~2 it|door|the ~1 door|down|in",
        agent=_BY_OTHER,
        near="@MODAL shouting shouted screaming banged banging threatened",
        near_before=8,
        near_after=4,
    ),
    _vi("VI.end_me", "@MODAL ~1 end|finish|destroy me", agent="person", veto="socially"),
    # "he'll burn the house down with me in it"
    _vi("VI.burn_house", "burn|torch|set ~3 house|flat|car ~3 down|fire|alight", agent=_BY_OTHER),
    # "see what happens to your face", "you'll see what happens to the kids"
    _vi(
        "VI.what_happens",
        "see what happens|happen to ~1 your|ur|the|my ~1 @BODY|face|kids|dog",
        near="@SPEECH keep or",
        near_before=10,
        near_after=0,
    ),
    # "set his loaded rifle on the table while we argued"
    _vi("VI.loaded", "loaded ~1 gun|guns|rifle|shotgun|pistol|weapon"),
    # "he would 'finish this properly'" (said as a threat)
    _vi(
        "VI.finish",
        "@MODAL ~2 finish ~1 this|it|you|me|us",
        near="@SPEECH police properly",
        near_before=10,
        near_after=3,
        veto="essay homework work job degree course book project",
        veto_after=4,
    ),
    # "the knife was still in his hand when he told me to shut up"
    _vi(
        "VI.weapon_in_hand",
        "@WEAPON ~3 in|into his|her|their ~1 hand|hands|fist",
        near="me shut told yelled shouted screamed scared argued argument",
        near_before=10,
        near_after=10,
    ),
    # "I freeze and brace for a hit"
    _vi("VI.brace", "brace|bracing|braced ~2 for ~1 a|the|another ~1 hit|blow|punch|slap|smack"),
    # "his truck parked across from my job" when it makes the writer shake
    _vi(
        "VI.parked_near",
        "his|her|their car|truck|van|bike ~1 parked|outside|across",
        near="@FEAR shook shaking trembling froze frozen",
        near_before=10,
        near_after=10,
    ),
    # "he messaged that he knows my schedule"
    _vi(
        "VI.knows_schedule",
        "know|knows|knew ~1 my|our schedule|routine|movements|shifts|whereabouts",
        near="@SPEECH @FEAR",
        near_before=10,
        near_after=6,
    ),
    # "my ex has driven past my building five times this week"
    _vi(
        "VI.drive_past",
        "drove|driven|drives|driving|walked|walks ~1 past|by my|our ~1 house|flat|building|work"
        "|place|home|office|school",
        agent=_BY_OTHER,
        near="@FEAR times again every week night nights",
        near_before=8,
        near_after=10,
    ),
    # "the ER doctor documented bruises on my ribs", "bruises on both my arms"
    _vi("VI.bruises_on", "bruise|bruises|bruising|marks ~1 on ~2 my ~1 @BODY|ribs|wrist"),
    # "he put his fist through the wall beside my head"
    _vi("VI.fist_through", "fist|foot|boot through ~2 @PROPERTY", agent=_BY_OTHER),
    # "a bullet on my windscreen with a note", "next one's for you"
    _vi("VI.bullet", "bullet|bullets|shell ~4 my|our|the|door|car|windscreen|note"),
    _vi(
        "VI.next_one", "next one ~1 's|is ~1 for you|u", near="@SPEECH note bullet", near_before=10
    ),
    # "how do I leave without him finding out and hurting me"
    _vi(
        "VI.and_hurting",
        "and ~1 hurting|hitting|killing|beating me|us",
        near="him her them",
        near_before=5,
        near_after=0,
    ),
    # "she'd make sure I never walk again"
    _vi(
        "VI.never_walk",
        "never ~1 walk|breathe ~1 again",
        near="sure @SPEECH",
        near_before=8,
        joke=True,
    ),
    # "she'd slash my tyres", "said he'd smash my windows"
    _vi(
        "VI.property_threat",
        "@MODAL ~2 slash|smash|key|torch|wreck ~2 my|our|your ~1 tires|tyres|car|windows|window",
        agent=_BY_OTHER,
    ),
    # "she'd set fire to my car", "setting light to our door"
    _vi(
        "VI.arson",
        "set|setting ~1 fire|light to|on ~1 my|our|the ~1 car|house|flat|home|stuff|things|door",
        agent=_BY_OTHER,
    ),
    # "he texted that I'd regret leaving", "you'll regret this" said as a menace
    _vi(
        "VI.regret",
        "@MODAL ~1 regret",
        near="@SPEECH",
        near_before=8,
        near_after=0,
        veto="buying eating ordering spending job offer",
        veto_after=6,
    ),
    _vi(
        "VI.pay",
        "'ll|will|gonna|going ~1 pay|sorry",
        near="@SPEECH",
        near_before=8,
        near_after=0,
        veto="back rent bill bills dinner half share taxi drinks money for_it deposit",
        veto_after=3,
    ),
    # "he found out where I live", "he knows where I work" (with a threat or fear)
    _vi(
        "VI.found_where",
        "found|find|finds|tracked ~1 where i|we ~1 live|work|am|stay|moved|sleep",
        agent=_BY_OTHER,
    ),
    _vi(
        "VI.knows_where",
        "know|knows ~1 where i|we ~1 live|work|am|stay|moved|sleep",
        agent=_BY_OTHER,
        near="@SPEECH @FEAR now reminded reminds remind",
        near_before=12,
    ),
    _vi(
        "VI.knows_where_you", "know|knows where you live|work|sleep", near="@SPEECH '", near_after=0
    ),
    _vi("VI.come_after", "come|comes|coming|came after me|us", agent=_BY_OTHER),
    _vi("VI.hunt_down", "hunt|hunted|track|tracked ~1 me|us ~1 down"),
    # "what he'll do to me", "what she might do to the kids"
    _vi(
        "VI.do_to_me",
        "@MODAL ~2 do|does ~1 to me|us|@DEPENDANTS",
        near="what",
        near_before=4,
        near_after=0,
    ),
    # ---------------------------------------------------------------- weapons
    # "he held a kitchen knife", "pulled a gun on me", "came at me with scissors"
    _vi(
        "VI.weapon",
        "@WEAPON",
        near="@WIELD threat threatening threatened",
        near_before=5,
        near_after=4,
        veto="@KITCHEN",
        veto_before=6,
        veto_after=6,
    ),
    _vi(
        "VI.bat",
        "bat|poker|belt",
        near="swung swinging came hit hitting threatened waved held pointed smashed beat",
        near_before=4,
        near_after=3,
        agent=_BY_OTHER,
        veto="played playing game match practice team innings ball",
        veto_before=6,
        veto_after=6,
    ),
    # ---------------------------------------------------------------- help and protection
    # "the police came", "I called 999", "restraining order", "the refuge"
    _vi(
        "VI.police",
        "police|cops|911|999",
        near="call called calling getting came come report reported get phoned phone ring "
        "rang press pressed",
        near_before=4,
        near_after=4,
        veto="noise party music burglary stolen theft lost parking accident fireworks "
        "neighbours neighbors show series tv",
        veto_before=8,
        veto_after=8,
    ),
    _vi(
        "VI.order",
        "restraining|protection|protective|non-molestation|molestation|occupation order|orders",
    ),
    _vi("VI.refuge", "injunction|refuge|safehouse"),
    _vi("VI.safe_house", "safe house"),
    _vi("VI.shelter", "women|womens|domestic|dv|abuse ~1 shelter|shelters"),
    _vi("VI.charges", "press|pressed|pressing charges"),
    _vi(
        "VI.arrested",
        "arrested|charged|convicted ~2 for|with ~1 assault|assaulting|battery|hitting|attacking",
    ),
    _vi("VI.domestic", "domestic violence|abuse|abuser"),
    _vi(
        "VI.violent",
        "violent|violence",
        agent="person none thing",
        veto="film movie show game games storm news series book video crime films movies "
        "shows tv dreams dream thunderstorm sneeze",
        veto_before=6,
        veto_after=6,
    ),
    _vi(
        "VI.dangerous",
        "dangerous",
        agent="person",
        veto="driver game sport fix repair wiring job work boiler lazy advice diet driving road",
        veto_before=6,
    ),
    # ---------------------------------------------------------------- stalking, breaking in
    # "he's stalking me", "followed me home", "put a tracker on my car"
    _vi(
        "VI.stalk",
        "stalking|stalked|stalks|stalk|stalker",
        agent="person none thing",
        veto="instagram insta twitter tiktok facebook profile online socials page",
        veto_after=4,
    ),
    _vi(
        "VI.track",
        "tracking|tracked|tracks|monitoring|monitors ~1 me|my|us",
        agent=_BY_OTHER,
        near="@FEAR",
        near_before=12,
        near_after=12,
    ),
    _vi(
        "VI.follow",
        "following|followed|follows ~1 me|my|us",
        agent=_BY_OTHER,
        near="home work car house station school flat around everywhere location phone "
        "scared afraid terrified",
        veto="instagram insta twitter tiktok facebook online socials page account advice "
        "lead example",
        veto_after=6,
    ),
    _vi("VI.tracker", "tracker|trackers|airtag|airtags|spyware ~2 on|in ~1 my|our"),
    # "he's waiting outside my work", "keeps turning up at my flat"
    _vi(
        "VI.outside",
        "waiting|waited|parked|sitting|standing|lurking|hanging ~1 outside",
        agent=_BY_OTHER,
        near="@FEAR again drunk midnight nights evenings times week every ex",
        near_before=12,
    ),
    _vi(
        "VI.turned_up",
        "showed|turned|shows|turns|turning|showing up ~1 at|outside",
        agent=_BY_OTHER,
        veto_prev="if",  # "if she turns up again, I'll ...": a plan, not an event
        near="@FEAR again midnight",
        near_before=4,
    ),
    # "'I know where you live'", "I know where you park": a watching threat, quoted
    _vi(
        "VI.know_where",
        "know|knows where you|u|ur live|park|work|sleep|are|go",
        near="@SPEECH ' \" think",
        near_before=8,
        near_after=6,
    ),
    # texted "watch your back", "you'd better watch your back"
    _vi("VI.watch_back", "watch|watching your|ur back", near="@SPEECH better", near_before=8),
    # "he found my new address", "I never gave him my new address" (and he came)
    _vi(
        "VI.new_address",
        "found|knows|got|gave|told ~3 my|our new address|flat|place|house",
        neg=False,
        near="outside door turned showed came @FEAR waiting parked",
        near_before=12,
        near_after=12,
    ),
    _vi(
        "VI.break_in",
        "broke|breaks|break|breaking in|into",
        agent=_BY_OTHER,
        veto="tears laughter song smile grin sweat",
    ),
    # ---------------------------------------------------------------- fear for safety
    # "I'm scared he'll hit me again", "afraid my dad will hurt me"
    _vi(
        "VI.fear_harm",
        "@FEAR ~8 @HARM_GOAL",
        neg="strict",
        near="@PEOPLE",
        near_before=0,
        near_after=0,
        veto="up away out on himself herself themselves myself feelings off",
        veto_after=2,
    ),
    # "I'm afraid of what he'll do", "terrified of how she'll react"
    _vi("VI.fear_what", "@FEAR of what|how ~2 he|she|they|@PEOPLE", neg="strict"),
    # "I'm scared of him", "physically afraid of my brother"
    _vi(
        "VI.fear_of_him",
        "@FEAR of him|her|them",
        neg="strict",
        veto="losing leaving finding judging gone faded eased lifted disappeared vanished",
        veto_after=4,
    ),
    _vi(
        "VI.fear_of_person",
        "@FEAR of ~1 @PEOPLE",
        neg="strict",
        veto="losing leaving finding find knowing reaction judging thinking 's opinion",
        veto_after=2,
    ),
    # "I feared for my life", "afraid for my safety", "scared for the kids' safety"
    _vi(
        "VI.fear_for_life",
        "@FEAR|fearing|terrified for my|our|the ~2 life|lives|safety",
        neg="strict",
        veto="savings",
    ),
    # "scared to be alone in the house with him", "afraid to go home while he's there"
    _vi(
        "VI.fear_alone",
        "@FEAR ~7 alone|around|near|home",
        neg="strict",
        near="him her them he she",
        near_before=0,
        near_after=5,
        block="for about come came coming",  # "worry whenever he didn't come home": for him
    ),
    # "It scares me when he drinks", "he terrifies me when he's angry"
    _vi(
        "VI.scares_me",
        "scares|frightens|terrifies|scared|frightened|terrified me",
        neg="strict",
        agent="person",
        near="angry drunk mad rage drinks drinking temper @HARM_GOAL",
        near_before=0,
    ),
    # "I flinch when he raises his hand", "I flinched when he moved"
    _vi(
        "VI.flinch",
        "flinch|flinched|flinching|flinches|cower|cowered|cowering",
        near="he she him her they hand hands raises touches moves voice anyone",
        near_before=0,
    ),
    # "I sleep with my door locked because of him", "I lock the door when he's home"
    _vi(
        "VI.lock_door",
        "lock|locked|locking|locks ~3 door|myself|bedroom|room",
        near="because him he she her them scared afraid safe",
        near_before=0,
        veto="cat dog keys out",
    ),
    # "I sleep with a chair wedged under the door handle because of him"
    _vi(
        "VI.barricade",
        "chair|wedge|wardrobe|drawers ~4 door",
        near="because him he she her them scared afraid safe",
        near_before=0,
        near_after=8,
    ),
    _vi(
        "VI.door_locked",
        "door|doors|room|bedroom ~1 locked",
        near="because him he she her them scared afraid safe",
        near_before=0,
        veto="cat dog keys out",
    ),
    # "I hid in the bathroom", "hiding from him"
    _vi(
        "VI.hide",
        "hid|hide|hiding ~2 in|from ~1 bathroom|closet|wardrobe|cupboard|him|her|them",
        agent=_BY_WRITER,
        near="scared afraid terrified shaking safe until when he him her",
        near_before=10,
        near_after=6,
    ),
    # "I don't feel safe at home", "I'm not safe around him", "I feel unsafe"
    _vi(
        "VI.not_safe",
        "not|never ~2 safe",
        neg=False,
        veto="telling sharing talking opening expressing saying emotionally crying online "
        "financially bet drive driving swim eat drink walk roads road ice water food bridge "
        "sure",
        veto_after=4,
        veto_before=1,
    ),
    _vi("VI.unsafe", "unsafe", veto="telling sharing talking emotionally online", veto_after=4),
)

IDIOMS: tuple[Pattern, ...] = (
    # "this job is killing me", "my feet are killing me"
    _id("ID.killing", "is|'s|are|'re|was|keeps|were @KILL"),
    # "I could kill him for forgetting", "should I just kill the group chat"
    _id("ID.writer_kill", "@KILL", agent="writer"),
    # "my boss is gonna kill me lol", "she'd murder me if I forgot"
    _id("ID.kill_me", "@KILL ~1 me|us"),
    # "I'm dying to leave", "dead inside", "dying of embarrassment"
    _id("ID.dying_to", "die|dying|dead of|laughing|to|for|inside|down"),
    # "I'm dead lol", "hit me up 😂"
    _id("ID.joke", "dead|hit|hits|punch|slap|kick", near="lol lmao lmfao haha hahaha jk 😂 💀"),
)

"""Where-is-the-technician cues: the customer asks where the technician is or whether they are still coming.

Joined in this order into one pattern (`WHERE_IS_TECH`). A bare "?" once the technician is overdue
is read in `core._short_reply`; "still on for this arvo?" asks here, not for a new slot.
"""

from __future__ import annotations

import re

from . import NEGATED, Cue, CueSet, Veto, cue, nfkc

# "glad you guys are coming" looks forward to the visit; it does not ask whether it still happens.
GLAD_THEY_COME = Veto(
    "where_is_tech.veto.glad_they_come",
    "a coming told with gladness, not asked about: 'glad you guys are coming'",
    re.compile(r"\b(?:glad|happy|great|good|nice|thankful|relieved|excited)\b"),
    scope="before",
    examples=("monday was a nightmare with the last company, glad you guys are coming",),
)
# "if nobody is here in 30 minutes I'm calling someone else" is a threat about the wait, not a question.
A_CONDITION = Veto(
    "where_is_tech.veto.a_condition",
    "the wait named inside a condition: 'if nobody is here in 30 minutes I'm calling someone else'",
    re.compile(r"\b(?:if|unless|when|once|in case)\s+$"),
    scope="near_before",
    examples=("If nobody is here in 30 minutes I'm calling Roto-Rooter",),
)

# "which tech is coming?": who the technician is, a question for the office, not where he is (issue 13,
# h13left14). "is the tech still coming?" names no choice of technician and stands.
WHICH_TECH_ASKED = Veto(
    "where_is_tech.veto.which_tech_asked",
    "which technician comes is asked, not whether: 'which tech is coming?'",
    re.compile(r"\b(?:which|what|who|whose)\b(?: (?!time\b|day\b|hour\b)\w+)?\s*$"),
    scope="near_before",
    becomes="question",
    examples=("which tech is coming?", "what plumber is coming tomorrow?"),
)

_NO_SHOW_AFTER = Veto(
    "where_is_tech.veto.no_show_long_past",
    "a no-show told about another visit or another wait: 'he never showed the first time', 'on hold'",
    re.compile(
        r"\b(?:first time|last (?:time|week|month|visit)|yesterday|on hold|invoice|receipt|refund|quote|bill|call ?back|"
        r"your office|the phone|voicemail|all day|again|day off|waste of|(?:mon|tues|wednes|thurs|fri|satur|sun)day|"
        r"or (?:called|rang|rung|phoned|texted|informed)|not even a (?:text|call)|(?:no ?one|nobody) (?:informed|called|rang))\b"
    ),
    scope="text",
    examples=("3 hours and counting on hold to your office about the invoice",),
)

# "the leak is back, when can someone come fix it properly", "when can you come back out?": a return
# visit asked for (a fault back after a finished job), not where today's technician is. A question for
# the office (and, beside the fault, a grievance), never a sure ETA reply (issue 13, h13threat11).
RETURN_VISIT_ASKED = Veto(
    "where_is_tech.veto.return_visit_asked",
    "a return visit asked for: 'when can someone come fix it properly', 'when can you come back out?'",
    re.compile(
        r"^\s*(?:back|out again|back out|again|(?:and )?(?:fix|redo|repair|finish|sort|look at|check)\b|take (?:another|a second) look|"
        # "¿cuándo pueden venir a arreglarla bien?", "de nuevo", "otra vez"
        r"(?:a |de nuevo a |otra vez a )?(?:arreglar|reparar|revisar|componer)\w*|de nuevo|otra vez|nuevamente)"
    ),
    scope="after",
    becomes="question",
    examples=(
        "the leak is back, when can someone come fix it properly",
        "When can you come back out?",
        "la fuga volvió, ¿cuándo pueden venir a arreglarla bien?",
    ),
)

CUES: tuple[Cue, ...] = (
    cue(
        "where_is_tech.eta_where_is_he",
        "where_is_tech",
        r"(?<!no )(?<!minutes )(?<!hours )eta(?!:? ?(?:is )?(?:\d|<|~|around|about|abt|bout|approx|like \d|maybe \d|(?:quarter|half) (?:past|to|after)\b|noon\b))|where (?:is|are|r|'s) (?:he|she|they|you|your|our)\b|where's (?:he|she|my|your)\b",
        examples=(
            "where is he?",
            "wya",
            "eta",
        ),
        near_misses=(
            "no eta yet, I'll text you",
            "ETA ~20",
            "ETA quarter to",  # the customer's own arrival, a clock with no hour (h13time8)
            "eta half past",
            "the meta data is wrong",
            "20 min ETA",  # the customer's own wait, said before the word (h13time9b)
        ),
        why="ETA, where is he",
    ),
    cue(
        "where_is_tech.where_is_the_tech",
        "where_is_tech",
        r"where(?: is|'s| are) (?:the|my) (?:tech\w*|guy|man|plumber|electrician|engineer|van|truck|crew|team|installer|locksmith|worker|driver)",
        examples=(
            "where's the tech?",
            "wheres the sparky at",
            "I'm home now, where's the tech?",
        ),
        near_misses=("where's the shutoff valve?",),
        why="where is the technician or his van",
    ),
    cue(
        "where_is_tech.where_is_name",
        "where_is_tech",
        r"where is (?!the\b|my\b|your\b|it\b|this\b|that\b|everyone\b)[a-z]+\b(?! (?:shut|valve|breaker|switch|panel|meter|filter))",
        examples=(
            "where is Luis?",
            "hey where is el tecnico? dijeron between 8 and 10",
        ),
        near_misses=(
            "where is the breaker panel?",
            "where is the main valve",
        ),
        why="where is <name>",
    ),
    cue(
        "where_is_tech.where_your_guy_at",
        "where_is_tech",
        r"where (?:your|the|my|ya) (?:guy|tech\w*|man|plumber|electrician|engineer|van|truck|crew|driver)(?: at)?|whereabouts",
        examples=(
            "yo where ur guy at",
            "Whereabouts is Jarrah? Need to duck out to the shops",
            "Whereabouts is he now? Traffic on the Harbour Bridge is chocka",
        ),
        near_misses=("where the water comes in is the basement",),
        why="where your guy at, whereabouts",
    ),
    cue(
        "where_is_tech.is_he_on_his_way",
        "where_is_tech",
        r"(?:is|are) (?:the |your )?(?:guy|tech\w*|he|she|they|man|plumber|electrician|engineer|crew|\w+) on (?:his|her|their|the) way",
        examples=(
            "Is the guy on his way",
            "He was supposed to come at 9, is he on his way?",
        ),
        near_misses=("I'm on my way home",),
        why="is he on his way",
    ),
    cue(
        "where_is_tech.on_the_way_yet_and_more",
        "where_is_tech",
        r"on (?:the|your|his|her|their) way yet|(?:is|are) (?:the |your )?\w+ (?:nearly|almost|getting) (?:here|there|close)|"
        r"^still waiting\b(?! (?:on|for) (?:that|the|my|a|our|his|your) (?:new |replacement )?(?:refund|credit|reimbursement|invoice|receipt|quote|estimate|parts?|call ?back|paperwork|warranty|report|certificate))|(?:what time|when) (?:should|do|can) (?:i|we) expect|en route\?|est en chemin|(?:el \w+ |ya )sali[oó]\b|"
        r"where (?:you|ya|ur guy|your guy|he|she|they) at\b|when (?:someone|somebody|anyone|he|she|they)(?:'s| is| are|'re) coming|"
        r"(?:is|are) (?:\w+ ){1,2}coming back (?:today|tomorrow|with|to|for)|cu[aá]ndo (?:puede|pueden) venir|still waiting (?:on|for) (?:your|the|him|her|them)\b(?! (?:new |replacement )?(?:refund|credit|invoice|receipt|quote|estimate|parts?|call ?back|paperwork|warranty|report|certificate)\b)|"
        r"when (?:he|she|they)(?:'ll| will| is going to|'s going to) (?:get|be|arrive|show)|"
        r"(?:tracking )?(?:link|app|map|tracker) (?:says|said|shows|showed)|(?:did|has) (?:he|she|they|\w+) (?:get |been )?held up|"
        r"is (?:it|that) still (?:the )?\d|"
        r"(?:checking|wondering|know) where (?:[\w']+ ){1,2}is\b|(?:coming|come|arriving|arrive) what time|(?:he's|he is|she's|she is|they're|they are) (?:\w+ )?(?:closer|close by|nearly here|almost here)\b",
        examples=(
            "where u at",
            "🤔 where u at",
            "still waiting...",
        ),
        near_misses=(
            "I'll be on my way soon",
            "still waiting on that refund you promised",
            "still waiting for the part he said he'd order, no one has called",
        ),
        vetoes=(
            RETURN_VISIT_ASKED,
            # issue 13 (h13left13): "would it kill him to call when he's going to be an hour late",
            # "text me when he's going to be late": the duty of warning of a lateness, no where-is
            Veto(
                "where_is_tech.veto.warn_when_late",
                "a call or text owed when he will be late: 'would it kill him to call when he's going to be late'",
                re.compile(
                    r"\b(?:call|calls|text|texts|ring|tell (?:me|us)|let (?:me|us) know|warn (?:me|us)|message|notify)"
                    r"(?: (?:me|us|first|ahead))? when (?:he|she|they)(?:'ll| will| is going to|'s going to) be (?:\w+ ){0,3}(?:late|behind)\b"
                ),
                scope="sentence",
                examples=("would it kill him to call when he's going to be an hour late",),
            ),
        ),
        why="on the way yet, when should I expect, tracker says, still waiting",
    ),
    cue(
        "where_is_tech.did_he_get_lost",
        "where_is_tech",
        r"(?:didn't|did not|hasn't) get lost|just (?:checking|making sure) (?:he|she|they|the \w+)|"
        r"(?:did|has|have) (?:he|she|they|\w+) (?:get |gotten |got )?lost|(?:is|are) (?:he|she|they) lost",
        examples=(
            "is he lost lol",
            "did he get lost lol",
            "Did he get lost lol",
        ),
        near_misses=(
            "I lost the gate code, can you resend?",
            "did he get lost in the loft lol, found his torch up there",
        ),
        vetoes=(
            Veto(
                "where_is_tech.veto.lost_in_the_house",
                "lost inside the house, about a visit that happened: 'did he get lost in the loft, found his torch'",
                re.compile(
                    r"\b(?:in|up) (?:the|our|my) (?:loft|attic|basement|cellar|crawl ?space|roof)|\bfound (?:his|her|their)\b"
                ),
                scope="text",
                examples=("did he get lost in the loft lol, found his torch up there",),
            ),
        ),
        why="did he get lost, just checking on him",
    ),
    cue(
        "where_is_tech.still_showing_or_forgot",
        "where_is_tech",
        r"(?:is|are) (?:he|she|they|the tech\w*|someone|anyone|somebody|your (?:guy|tech\w*)) (?:still )?(?:showing up|turning up|coming out|head(?:ed|ing) (?:my|our|this) way|head(?:ed|ing) (?:here|over))|"
        r"(?:did|has|have) (?:he|she|they|the tech\w*|your (?:guy|tech\w*)|you(?: guys)?|y'all|(?!some|any)[a-z]+) forg[eo]t(?:ten)? (?:about )?(?:us|me|our (?:appointment|appt|visit))|"
        r"wondering if (?:he|she|they|the tech\w*)(?:'s| is| are|'re)? (?:still )?(?:coming|on (?:his|her|their) way|close)|"
        # "any update on the technician?", "should he be here by now?", "is he still on schedule?"
        r"updates? (?:on|about) (?:the |my |our )?(?:tech\w*|guy|plumber|electrician|eta|arrival)|"
        r"should(?:n't)? (?:he|she|they|the tech\w*) (?:be here|have been here|be arriving) (?:by now|already|yet)|"
        r"(?:is|if) (?:he|she|they|the tech\w*)(?:'s| is| are|'re)? (?:still )?on (?:schedule|track|time)\b(?! (?:for (?:next|another)))",
        examples=(
            "is he still showing up?",
            "did the tech forget about us?",
            "is your tech still headed my way",
            "did Raj forget about us",
            "hey just wondering if he's on his way",
            "do you have an update on the technician?",
            "should he be here by now?",
            "just checking if he's still on schedule",
        ),
        near_misses=(
            "is the leak still showing up on the ceiling?",
            "I forgot about the appointment, sorry, can we do Friday?",
            "any update on the invoice?",
        ),
        why="is he still showing up, did he forget us",
    ),
    cue(
        "where_is_tech.still_expecting_him",
        "where_is_tech",
        # whether the visit is still happening today, asked without "where" or "coming"
        r"(?:still )?have (?:me|us) (?:down|booked|scheduled|on the (?:schedule|books|calendar|list)) for (?:today|this (?:morning|afternoon|evening))|"
        r"(?:am i|are we) still (?:on the (?:schedule|books|calendar|list)|booked|scheduled)(?: for)? today|"
        r"(?:should|do|can|will) (?:i|we) still (?:expect|be expecting) (?:someone|anyone|somebody|him|her|them|the tech\w*|a tech\w*|your (?:guy|tech\w*))|"
        r"(?:he's|she's|they're|he is|she is|they are|nobody's|no one's|nobody is|no one is|the tech\w*(?:'s| is)) (?:still )?not here(?: yet| still)|"
        r"(?:^|(?:is|are) (?:he|she|they|someone|somebody|anyone|you|you guys|y'all|the tech\w*|your (?:guy|tech\w*)) )"
        r"still (?:planning|going|gonna|scheduled) (?:on |to )?(?:come|coming|make it|show(?:ing)? up|be here|be coming)|"
        r"(?:no one|nobody|no one's|nobody's)(?: has| is)? (?:shown up|showed up|come|arrived|been here|here)(?: yet)?|"
        r"(?:nobody|no one|no sign of (?:anyone|him|her|them|the tech\w*)) yet|"
        r"(?:did|has|have) (?:someone|somebody|anyone|anybody|you|you guys|y'all) forg[eo]t(?:ten)? (?:about )?(?:us|me)|"
        r"(?:are|is) (?:you|you guys|he|she|they|the tech\w*|your (?:guy|tech\w*)|someone|anyone) "
        r"(?:here|outside|out front|at the (?:house|door))(?: yet| already| now)?(?=\s*\?)",
        examples=(
            "do you guys still have me down for today",
            "hes not here yet?",
            "should I still expect someone today?",
            "still planning on coming today?",
            "is he still going to make it?",
            "no one's shown up yet",
            "been home since 1, nobody yet",
            "did someone forget us?",
            "are you here?",
        ),
        near_misses=(
            "do you have me down for the annual plan?",
            "I'm still planning to be home at 1",
            "should I still expect a bill in the mail?",
            "are you here tomorrow too?",
            "nobody has to be home for the outside unit",
            "If nobody is here in 30 minutes I'm calling Roto-Rooter",
        ),
        vetoes=(A_CONDITION,),
        why="whether the technician is still coming today, asked without 'where'",
    ),
    cue(
        "where_is_tech.when_will_he_be_here",
        "where_is_tech",
        r"when (?:he|she|they|\w+|the \w+|your \w+) (?:will|'ll|is going to|is gonna|might|should|can) (?:be here|be there|arrive|get here|come|show|turn up|be with)",
        examples=(
            "any idea when Liam will be here? 🙂",
            "Any idea when Gaz will be here? Need to do the school run at 3",
        ),
        near_misses=("when he gets here the gate code is 4411",),
        why="when will he be here",
    ),
    cue(
        "where_is_tech.how_far_out",
        "where_is_tech",
        r"how far (?:out|away|off)(?! (?:are|r|do|is) (?:you|u|y'all|you guys|your company) (?:book|schedul)\w*)|how close is|how far (?:away )?is (?:he|she|the (?:tech|technician|guy|plumber|electrician))\b(?! from\b)|how (?:long|much longer) (?:until|till|before)(?! (?:it's|it is|its|we can|i can|the kids can|it'll be) (?:safe|ok|okay|dry|fine|go|let|come|be))|how long will (?:he|she|they|you|\w+) be\b(?! (?:here|there|at (?:it|the house|ours))(?: for)?\b| (?:on site|working|in the (?:house|loft|attic|basement)))|still coming|(?<!we're )(?<!we are )(?<!i'm )(?<!i am )still on for",
        examples=(
            "still coming?",
            "How far out is he",
            "how far out is he",
            "how far is he? we're at number 12",
        ),
        near_misses=(
            "how far is the drive from your shop?",
            "how long until it's safe to go back in after the spray?",
            "how far out are you booking for a furnace tune up?",
            "how far out do you schedule installs these days",
            # the work's length, not his arrival (issue 13, h13q9)
            "how long will he be here for roughly?",
            "how far is he from finishing?",
        ),
        why="how far out, how far is he, still coming",
    ),
    cue(
        "where_is_tech.any_sign_of_him",
        "where_is_tech",
        r"any sign of|no sign of|still on track|still (?:happening|going ahead|on\?)|still sending|what's the hold ?up",
        examples=(
            "whats the holdup",
            "any sign of him?",
            "whats the hold up",
        ),
        near_misses=("there's a sign on the gate",),
        why="any sign of him, what's the hold up",
    ),
    cue(
        "where_is_tech.dont_see_him",
        "where_is_tech",
        r"(?:don't|can't|do not|cannot) see (?:him|her|them|anyone|anybody|a van|the van|a truck)|there's no (?:van|truck|one here)",
        examples=(
            "I'm here, I don't see the van?",
            "Ok I'm here now, which van is yours? I don't see anyone out front.",
        ),
        near_misses=("I can see the van now, thanks",),
        why="I don't see him or the van",
    ),
    cue(
        "where_is_tech.is_he_still_coming",
        "where_is_tech",
        r"(?:is|are) (?!it\b|that\b|this\b)(?:\w+ ){0,2}(?:still )?coming(?! (?:in|into|out|through|from|up|down|off|back|to stay|to visit|over for|alone|by himself|by herself|on his own|on her own|with (?:a|an|his|her|the|another|someone|help)|solo)\b)|any (?:update|news|word)|status",
        examples=(
            "status?",
            "any update??",
            "is he still coming??",
        ),
        near_misses=(
            "is it coming out of the ceiling?",
            "so glad you guys are coming today",
            # who comes, not whether (issue 13, h13q9)
            "is he coming alone or with a helper?",
            # which technician comes, not whether (issue 13, h13left14)
            "which tech is coming?",
            "what plumber is coming tomorrow?",
        ),
        vetoes=(GLAD_THEY_COME, WHICH_TECH_ASKED),
        why="is he still coming, any update",
    ),
    cue(
        "where_is_tech.will_he_make_it",
        "where_is_tech",
        r"(?:will|is|would|can|does) (?:he|she|they|the tech\w*|your (?:guy|tech\w*|plumber|electrician)|[a-z]+) "
        r"(?:still )?(?:going to |gonna )?(?:make it|be able to make it|get here|be here|be there)(?: (?:in time|on time|before (?:then|\d)|by (?:then|\d)))?"
        r"(?! (?:to|into|up|through|in)\b)(?: at all)?\s*\?",
        examples=(
            "I have to leave at 3:30 for school pickup, will he make it?",
            "is he going to be here before 4?",
            "will Luis be here by then?",
            "would he still make it in time?",
        ),
        near_misses=("will he make it into the crawlspace?", "will he be there to fix the dryer too?"),
        why="whether the technician will make it in time",
    ),
    cue(
        "where_is_tech.update_on_arrival",
        "where_is_tech",
        r"(?:update|tell|inform|let) (?:me )?(?:on |about |me )?(?:the |his |her |their )?(?:tech\w* |engineer |plumber |electrician )?(?:arrival|eta)\b",
        examples=("Kindly update the technician arrival time. I am waiting since morning.",),
        near_misses=("I'll update you on my arrival time",),
        why="update me on his arrival",
    ),
    cue(
        "where_is_tech.says_hes_here",
        "where_is_tech",
        r"(?:says|said|shows) (?:he's|he is|she's|she is|they're|they are|the tech is) (?:here|arrived|on site)|no one(?:'s| is)? at (?:my|the) (?:door|house|gate)",
        examples=(
            "It says he's arrived but I don't see anyone. Is he at the right address?",
            "Your man says he's here but I'm looking out the window and there's no van?",
        ),
        near_misses=("he said the part is here",),
        why="the app says he's here but no one is",
    ),
    cue(
        "where_is_tech.what_time_coming",
        "where_is_tech",
        r"what time (?:[\w']+ ){0,6}(?:coming|come|arrive|arriving|get here|be here|show up|turn up|rock up|here)",
        examples=(
            "what time will he be here",
            "Quick q, roughly what time will Kimo be here?",
            "what time is he likely to turn up? window is pretty wide",
        ),
        near_misses=("what time do you close?",),
        why="what time is he coming",
    ),
    cue(
        "where_is_tech.when_is_he_coming",
        "where_is_tech",
        r"when (?:is|will|does|can) (?:he|she|they|someone|(?:the|your) (?:tech\w*|guy|man|plumber|electrician|engineer|sparky|"
        r"fitter|installer|crew|team|bloke|locksmith|worker|contractor)|(?!the|your|it|this|that|my|we|i)\w+) (?:\w+ )?"
        r"(?:be here|arrive|get here|come|show|coming|turn up)",
        examples=(
            "when is the technician coming?",
            "when will Luis arrive?",
        ),
        near_misses=("when is the invoice due?",),
        vetoes=(RETURN_VISIT_ASKED,),
        why="when is he coming",
    ),
    cue(
        "where_is_tech.is_he_close",
        "where_is_tech",
        r"(?:is|are) (?:he|she|they|the \w+|your \w+|\w+) (?:still )?(?:close|lost|close by|nearby|near|around|in the area|on (?:his|her|their) way)",
        examples=(
            "is ur guy close? need to nip to the shop",
            "Is he close? need to run to the store quick",
            "Is Hemi close? Just want to put the kettle on",
        ),
        near_misses=("please close the gate behind you",),
        why="is he close, nearby",
    ),
    cue(
        "where_is_tech.has_he_left",
        "where_is_tech",
        r"how much longer|(?:has|did) (?:he|she|they|the \w+|\w+) (?:left|leave|set off|head(?:ed)? out)(?: yet)?|on (?:his|her|their|the) way\?",
        examples=(
            "did he leave yet",
            "Has Shane left yet",
            "Has the engineer set off yet?",
        ),
        near_misses=("he left a mess", "ok, will he call when he's on his way?"),
        vetoes=(
            Veto(
                "where_is_tech.veto.when_on_his_way",
                "the way named as a time for something else: 'will he call when he's on his way?'",
                re.compile(
                    r"\b(?:when|once|before|as soon as) (?:he's|he is|she's|she is|they're|they are) $"
                ),
                scope="near_before",
                examples=("ok, will he call when he's on his way?",),
            ),
        ),
        why="has he left yet, how much longer",
    ),
    cue(
        "where_is_tech.how_is_it_looking",
        "where_is_tech",
        r"how(?:'s| is) it looking|how are we looking|(?:tech\w*|he|she|they|guy|anyone|someone|the \w+) here yet|"
        r"is (?:that|it|eta|he|she) still (?:at )?(?:\d|<)",
        examples=("tech here yet? im at work, cam shows nobody",),
        near_misses=("it's looking a lot better since the repair",),
        why="how's it looking, here yet",
    ),
    cue(
        "where_is_tech.hello_anyone",
        "where_is_tech",
        r"track(?:er|ing) says|hello\?+|anyone\?+|anybody\?+|(?:is )?(?:anyone|anybody) (?:there|coming)\?*|did you forget|forgot about me",
        examples=(
            "Hello? Anyone?",
            "hello?? anyone??",
            "hello?? anyone coming or not",
        ),
        near_misses=("hello, I'll be home at 3", "hello?? anyone?? I've asked for the receipt twice now"),
        vetoes=(
            Veto(
                "where_is_tech.veto.hello_about_paperwork",
                "hello? anyone? about paperwork after the visit: 'I've asked for the receipt twice now'",
                re.compile(r"\b(?:receipt|invoice|refund|quote|bill|on hold|call ?back|voicemail)\b"),
                scope="text",
                examples=("hello?? anyone?? I've asked for the receipt twice now",),
            ),
        ),
        why="hello? anyone? did you forget me",
    ),
    cue(
        "where_is_tech.spanish",
        "where_is_tech",
        r"(?:todav[ií]a |a[uú]n )?(?:va|van) a venir|cu[aá]nto (?:le )?falta|(?:le )?falta mucho\s*\?|hola\?+|alguien\?+|"
        r"va a venir (?:el t[eé]cnico|alguien)|(?:viene|vendr[aá]) (?:el t[eé]cnico )?o no|"
        r"ya (?:mero |casi )?(?:viene|llega)|viene el|d[oó]nde (?:est[aá]|viene)|a qu[eé] hora (?:m[aá]s o menos |aproximadamente )?(?:llega|viene)|"
        r"cu[aá]ndo llega|ya va a llegar|todav[ií]a (?:va a venir|viene)|(?:va a venir|viene) alguien",
        examples=(
            "Hola? 🙄 alguien?",
            "¿Ya viene el técnico?",
            "¿A qué hora llega Lupe?",
            "¿Falta mucho? el código del portal es 4411",
        ),
        near_misses=("viene mi hermano a abrir", "falta mucho trabajo en la cocina"),
        why="where is he, is he coming, in Spanish",
    ),
    cue(
        "where_is_tech.spanish_still_waiting",
        "where_is_tech",
        r"(?:lo|los|la|le|les) (?:espero|esperamos|estoy esperando|estamos esperando) desde|(?:sigo|seguimos) esperando|"
        r"y nada(?: que (?:llega|viene))?\s*[.!?]*$|(?:todav[ií]a|a[uú]n) no (?:llega|viene|ha llegado)|no ha llegado nadie",
        examples=(
            "aquí lo espero desde la 1 y nada",
            "seguimos esperando al técnico",
            "todavía no llega nadie",
        ),
        near_misses=("lo espero mañana a la 1", "y nada más, gracias"),
        why="still waiting for the technician, in Spanish",
    ),
    cue(
        "where_is_tech.french_portuguese",
        "where_is_tech",
        r"où est|(?:y'est|il est|elle est) où|il arrive quand|cadê|sigue viniendo|q(?:ue)? pas[oó] con el t[eé]cnico|por d[oó]nde (?:viene|va|anda)|s'en vient|est-ce qu'(?:il|elle) vient|(?:il|elle) vient ou pas|quand (?:est-ce qu')?(?:il|elle) arrive",
        examples=(
            "y'est où le technicien?",
            "Est-ce que le technicien s'en vient?",
            "Hola, ¿el fontanero sigue viniendo esta mañana?",
        ),
        near_misses=("je suis en retard",),
        why="where is he, is he coming, in French and Portuguese",
    ),
    cue(
        "where_is_tech.chinese_vietnamese",
        "where_is_tech",
        r"几点到|什么时候到|到哪|还来吗|tới chưa|đến chưa|bao giờ tới",
        examples=(
            "师傅大概几点到？",
            "Thợ sửa máy lạnh tới chưa vậy?",
        ),
        near_misses=("谢谢",),
        why="when will he arrive, in Chinese and Vietnamese",
    ),
    # ---- Vietnamese, Chinese, Portuguese, French, German, Tagalog, Korean (issue 13, h13lang) ----
    # ("tho", the technician without its diacritics, reads as "though" once SMS spellings are expanded)
    cue(
        "where_is_tech.other_languages",
        "where_is_tech",
        r"(?:thợ|tho|though) (?:đâu|dau|đang ở đâu|dang o dau)|(?:thợ|sao giờ này) [^.!?]{0,12}chưa (?:tới|đến)|(?:thợ|tho|though) (?:tới|toi|đến|den) (?:chưa|chua)|(?:có còn|co con) (?:tới|toi|đến|den)|"
        r"mấy giờ (?:thợ )?(?:tới|đến)|may gio (?:tho |though )?(?:toi|den)|(?:tho|though|sao gio nay) [^.!?]{0,12}chua (?:toi|den)|"
        r"师傅(?:到)?哪|師傅(?:到)?哪|(?:还|還)会来|(?:還|还)會來|快到了(?:吗|嗎)|(?:幾點|几点|什么时候|什麼時候)(?:会|會)到|幾點到|什麼時候到|人呢|"
        r"onde (?:está|esta|tá) o t[eé]cnico|vem ou n[ãa]o(?: vem)?|est-il en (?:chemin|route)|(?:o t[eé]cnico|ele) ainda vem|(?:já|ja) (?:está|esta|tá) chegando|"
        r"(?:a )?que horas (?:o t[eé]cnico |ele )?chega|(?:o t[eé]cnico|ele) j[áa] saiu|"
        r"où est le technicien|ou est le technicien|vient-il toujours|vient toujours|il arrive bientôt|"
        r"(?:à|a) quelle heure (?:le technicien|il) arrive|il arrive bient[ôo]t|cade o tecnico|"
        r"wo bleibt|kommt (?:der techniker|er) (?:today |heute )?noch|(?:ist|kommt) (?:er|sie|der techniker|der monteur) (?:schon )?bald(?: da| hier)?\s*\?|nasaan na|darating pa (?:po )?ba|어디쯤|오시는 거 맞나요|언제 (?:오|도착)",
        examples=(
            "Thợ đâu rồi? Tôi đợi cả buổi sáng rồi",
            "Anh thợ có còn tới hôm nay không ạ?",
            "师傅到哪里了?",
            "Sao giờ này thợ chưa tới vậy?",
            "May gio tho toi vay?",
            "Il arrive bientot?",
            "O técnico ainda vem hoje?",
            "Ô moço, o técnico vem ou não vem?",
            "O técnico já saiu? Que horas chega?",
            "Bonjour, le technicien est-il en chemin?",
            "À quelle heure le technicien arrive?",
            "Wo bleibt der Techniker?",
            "Ist er bald da? Torcode ist 2580",
            "기사님 어디쯤이세요?",
            "師傅幾點會到?",
            "기사님 언제 도착하세요?",
        ),
        near_misses=("Thợ sửa rất tốt, cảm ơn", "师傅修得很好", "O técnico foi ótimo", "Ist er bald fertig?"),
        why="where is he, is he still coming, what time, in Vietnamese, Chinese, Portuguese, French, German, Tagalog and Korean",
    ),
    cue(
        "where_is_tech.still_coming_asked_without_where",
        "where_is_tech",
        # "will the repairman be coming today?", "is that your guy in the van outside?"
        r"(?:will|is|are) (?:the |your |my |our )?(?:repair\w*|tech\w*|guy|man|plumber|electrician|engineer|installer|crew|someone|somebody|anyone|he|she|they) "
        r"(?:still )?(?:be )?(?:still )?(?:coming|showing|turning up|making it)(?: out| by| over| up)? ?(?:today|this (?:morning|afternoon|evening)|at all)|"
        r"is (?:that|this) (?:your|the) (?:guy|tech\w*|man|plumber|electrician|van|truck)\b[^.?!]{0,25}(?:outside|out front|parked|across the street|in the drive\w*)|"
        # "the tracking link has said 2 min for half an hour", "your text said 10 min, that was 40 min ago"
        r"(?:link|app|map|tracker|text|message) (?:has )?(?:said|says|shown|shows|been saying) (?:\w+ ){0,3}(?:for (?:like |about |over |almost )?(?:half an hour|an hour|ages|\d+ minutes)|[^.?!]{0,20}(?:that was|and that was|it's been) (?:\d+ minutes|half an hour|an hour|ages) ago)|"
        # "saw he's on the way, any idea how long?", "he's usually early, everything ok?"
        r"on (?:the|his|her|their) way[^.?!]{0,25}(?:any idea )?how (?:much )?long\b(?! (?:the|it|this|a) (?:job|repair|install|work|visit))|"
        r"(?:(?:he|she|they|you|text|message) said \d+ minutes?|said (?:he'd|she'd|they'd) be \d+ minutes?)[^.?!]{0,20}(?:and|but) (?:it's|it has|that's) been (?:over |almost )?(?:an hour|half an hour|ages|\d+)|"
        r"(?:usually|normally|always) (?:right )?(?:early|on time|punctual|prompt)[^.?!]{0,15}(?:everything|all) (?:ok|okay|alright|good|fine)",
        examples=(
            "will the repairman be coming today?",
            "will someone be coming out this morning?",
            "will the plumber still be making it today?",
            "is that your guy in the van outside? nobody knocked",
            "is this your tech parked across the street?",
            "the tracking link has said 2 min for half an hour",
            "your text said 10 min, that was 40 min ago",
            "saw he's on the way, any idea how long?",
            "he's usually early, everything ok?",
            "Dana's normally right on time, everything alright?",
            "he said 15 min and it's been an hour",
            "the app has shown 5 min for like 40 minutes now",
        ),
        near_misses=(
            "will he need access to the attic?",
            "is that your guy's number? I want to save it",
            "I'm on my way home, any idea how long the repair takes?",
            "sorry I'm running 20 min late, be there soon",
            "he's usually early so I'll be up by 8",
        ),
        why="still coming, is that him outside, the tracker has said 2 min for ages: asked without 'where' or 'ETA'",
    ),
    # ---- Italian, Polish, Hindi/Hinglish in Latin script, Russian (issue 13, h13lang2) ----
    cue(
        "where_is_tech.italian_polish_hindi_russian",
        "where_is_tech",
        r"dov'[èe] il tecnico|il tecnico (?:è |e )?(?:per strada|in viaggio|in arrivo)|dove (?:è|e|sta|si trova) il tecnico|il tecnico (?:sta )?(?:arriva|viene|arrivando|è late|e late|verrà|verra)|"
        r"(?:viene|arriva|verrà|verra) ancora|a che ora arriva|(?<!squillo )(?<!chiami )(?<!telefoni )(?<!avvisi )(?<!scriva )(?<!suoni )quando arriva(?!,? (?:mi|ci|suoni|citofoni|chiami|faccia|scendo)\b)|tra quanto arriva|quanto manca|"
        r"gdzie (?:jest )?(?:technik|fachowiec|hydraulik|elektryk|ten pan)|(?:kiedy|o której|o ktorej) (?:technik |pan )?(?:będzie|bedzie|przyjedzie|przyjdzie|dojedzie)|"
        r"czy (?:pan )?(?:technik|fachowiec|ktoś|ktos|pan) (?:\w+ )?(?:przyjedzie|przyjdzie|jest (?:już |juz )?w drodze|będzie|bedzie|się spóźni|sie spozni)|(?:technik|fachowiec) (?:się |sie )?spó[źz]nia|"
        r"(?:technician|mistri|mistry|bhaiya|plumber|electrician|aadmi|banda) (?:\w+ ){0,2}(?:kab|kahan|kidhar) (?:tak )?(?:aayega|aaega|aayenge|aaenge|pahunch\w*|hai|hain)|"
        r"(?:kab|kahan|kidhar) (?:tak )?(?:aayega|aaega|aayenge|aaenge|aaoge|pahunchega|pahunchenge|pahunchoge)|(?:kahan|kidhar) (?:ho|hain) (?:aap|bhaiya)|aa (?:bhi )?(?:rahe|raha) (?:hai|hain|ho) (?:ya nahi|kya)|abhi tak (?:nahi|nhi) (?:aaya|aaye|pahunch\w*)|"
        r"где (?:мастер|техник|сантехник|электрик|ваш)|когда (?:мастер |техник )?(?:будет|приедет|придёт|придет)|(?:мастер|техник) (?:\w+ )?(?:едет|выехал|в пути|приедет|придёт|придет|опаздывает)|"
        r"во сколько (?:мастер |он )?(?:приедет|будет)|(?:ещё|еще) (?:не )?(?:приехал|пришёл|пришел)|gde master|kogda (?:budet|priedet)",
        examples=(
            "Dov'è il tecnico? Aspetto da stamattina",
            "Gdzie jest technik? Kiedy przyjedzie?",
            "technician kab tak aayega?",
            "Где мастер? Когда приедет?",
        ),
        near_misses=(
            "il tecnico è stato bravissimo",
            "technik był bardzo miły",
            "мастер всё сделал хорошо",
            # "when he arrives" as the time of an instruction on the way in (issue 13, h14note)
            "Mi faccia uno squillo quando arriva e scendo ad aprire",
            "quando arriva mi chiami, il citofono non va",
        ),
        why="where is he, when will he come, is he still coming, in Italian, Polish, Hindi/Hinglish and Russian",
    ),
    # ---- Haitian Creole and Arabic (issue 13, h13lang2) ----
    cue(
        "where_is_tech.haitian_creole_arabic",
        "where_is_tech",
        r"kote teknisyen an|kilè (?:li|teknisyen an) (?:ap|pral|va) (?:rive|vini)|(?:li|teknisyen an) toujou ap vini|teknisyen an sou wout|"
        r"(?:وين|فين|أين|اين) (?:الفني|المهندس|الفنى|العامل)|(?:متى|امتى|إمتى) (?:\S+ )?(?:يوصل|بيوصل|هيوصل|يجي|ييجي|جاي)|"
        r"الفني (?:جاي|في الطريق|متأخر|متاخر)|(?:لسه|لسا|لسع) ما (?:وصل|اجا|جا)",
        examples=("Kote teknisyen an?", "Kilè li ap rive?", "وين الفني؟", "الفني جاي ولا لا؟"),
        near_misses=("teknisyen an te bon anpil", "الفني كان ممتاز"),
        why="where is he, when will he come, in Haitian Creole and Arabic",
    ),
    # ---- soon here, still coming, already on the way (issue 13, h13lang3) ----
    cue(
        "where_is_tech.languages3",
        "where_is_tech",
        r"(?:le technicien|il) (?:est-il|sera-t-il) bient[ôo]t (?:là|la|ici)|le technicien arrive quand|(?:le technicien|il) va bient[ôo]t (?:arriver|passer)|quand (?:est-ce que )?(?:le technicien|il) (?:arrive|vient|passe)|"
        r"(?:algu[ée]m|o t[ée]cnico|ele) ainda vem(?! tomorrow| amanh[ãa]| (?:para|pra) (?:terminar|acabar))|(?:o t[ée]cnico|ele) (?:j[áa] )?(?:est[áa]|t[áa]) a caminho|(?:le technicien|il) vient-il encore|(?:o t[ée]cnico|ele) vem mesmo(?: today| hoje)?\s*\?|(?:il tecnico|lui) (?:è|e) (?:già |gia )?partito\s*\?|wo ist der (?:techniker|monteur) (?:gerade|jetzt|denn)|kommt (?:today |heute )?(?:noch )?(?:jemand|wer)(?: today| heute)?(?: noch)?\s*\?|"
        r"wann (?:ist|kommt) (?:der|die) (?:techniker|monteur|handwerker)\w* (?:\w+ ){0,2}(?:da|hier|vorbei)|(?:ist|sind) (?:der (?:techniker|monteur)|er|sie) (?:schon |bereits )?unterwegs|"
        r"(?:мастер|он) вообще (?:today |сегодня )?(?:будет|приедет|придёт|придет)|(?:아직|정말) 오시는 거 (?:맞|맞죠|맞나)|오시는 거 맞죠|"
        r"(?:متى|امتى|إمتى) (?:\S+ )?(?:يصل|سيصل|راح يوصل)|(?:لا يزال|ما زال|مازال|لسا|لسه) (?:قادما|قادم|في الطريق|جاي)",
        examples=(
            "Le technicien est-il bientôt là ?",
            "Quand est-ce que le technicien passe ?",
            "Bonjour, le technicien arrive quand exactement ?",
            "Est-ce que le technicien va bientôt arriver ?",
            "O técnico vem mesmo hoje?",
            "Il tecnico è già partito?",
            "Kommt heute noch jemand?",
            "Wo ist der Techniker gerade?",
            "Le technicien vient-il encore aujourd'hui ?",
            "Мастер вообще сегодня будет?",
            "Alguém ainda vem hoje?",
            "O técnico já está a caminho?",
            "Wann ist der Monteur ungefähr da?",
            "Ist der Techniker schon unterwegs?",
            "기사님 아직 오시는 거 맞죠?",
            "متى يصل الفني؟",
            "هل الفني لا يزال قادما؟",
        ),
        near_misses=(
            "Le technicien est-il certifié ?",
            "Quand est-ce que je dois payer ?",
            "O técnico ainda vem amanhã para terminar a instalação? Ótimo, obrigado",
            "Wann ist die Rechnung fällig?",
            "Мастер вообще молодец",
            "Il tecnico è già partito, grazie di tutto",
            "Kommt heute noch jemand, um den Müll abzuholen, oder erst morgen? Egal",
            "متى يجب أن أدفع؟",
        ),
        why="is he soon here, is he still coming, is he on the way, in French, Portuguese, German, Korean and Arabic",
    ),
)
CUES = (
    *CUES,
    cue(
        "where_is_tech.the_time_now_asked",
        "where_is_tech",
        # round four (issue 13): the clock said back with a question or trailing dots is impatience
        # about the wait ("it's 3:55...?"), where-is-he with no word for it; a grievance said outright
        # ("I took the morning off for this") is a complaint's cue
        r"^(?:um+ |uh+ |so+ |hello+ |hi |hey |ok+ |umm+ )?(?:it's|its|it is)(?: now| already| almost| nearly| past| after| like)? "
        r"(?:\d{1,2}(?::\d{2})?(?: ?[ap]\.?m\.?)?|noon|lunchtime|half past \w+|quarter (?:past|to) \w+)(?: already| now)?\s*"
        r"(?:\.{2,}|…)?\s*\?+|^(?:um+ |so+ |hello+ )?(?:it's|its|it is)(?: now| already| almost| nearly| past| after)? "
        r"(?:\d{1,2}(?::\d{2})?(?: ?[ap]\.?m\.?)?|noon)(?: already| now)?\s*(?:\.{2,}|…)\s*$|"
        # the bare clock with dots ("3:55..."), and the clock with nobody there ("it's 3:55 and still nobody")
        r"^\d{1,2}:\d{2}(?: ?[ap]m)?\s*(?:\.{2,}|…)\s*\?*$|"
        r"^(?:it's|its|it is)(?: now| already| almost| nearly| past)? (?:\d{1,2}(?::\d{2})?(?: ?[ap]m)?|noon) "
        r"(?:and|&) (?:still )?(?:nobody|no one|no sign|no tech|no call|nothing|not here|no word)",
        examples=(
            "it's 3:55...?",
            "its already 4pm??",
            "it's almost noon...",
            "hello it's 11:40?",
            "3:55...",
            "it's 11:40 and still nobody",
        ),
        near_misses=(
            "it's 3:55, see you soon",
            "is it 3:55 or 4:55?",
            "it's 4 now, can he come at 5?",
            "3:55 works",
            "it's 11:40 and I'm home",
        ),
        why="the time now said back as a question: the technician is overdue",
    ),
)
CUES = (
    *CUES,
    cue(
        "where_is_tech.coming_or_what",
        "where_is_tech",
        # round four (issue 13): "u guys coming or what": impatience asking whether they still come
        r"(?:u|you|you guys|u guys|y'?all|ya'?ll|he|she|they|anyone|someone|your guy|the tech) (?:\w+ )?"
        r"(?:coming|showing up|show(?:ing)? up|turning up|(?:gonna|going to) (?:show|come|make it)) or (?:what|not)\b",
        examples=("u guys coming or what", "you guys turning up or not?", "is he gonna show or what"),
        near_misses=("are you coming Tuesday or Wednesday?", "coming or going lol"),
        why="coming or what: the wait asked about with impatience",
    ),
    cue(
        "where_is_tech.where_name_at",
        "where_is_tech",
        # round eight (issue 13): "where's Liam at", the name and a trailing "at"
        r"where(?:'s|s| is) (?!the\b|my\b|your\b|our\b|it\b|this\b|that\b|everyone\b|everything\b|we\b)[a-z]+ at\b",
        examples=("where's Liam at", "wheres marco at?", "ok wheres jess at"),
        near_misses=(
            "where's the breaker at?",
            "where's it at with the quote",
            "where's everything at on the part order",
        ),
        why="where's <name> at: asking where the technician is",
    ),
    cue(
        "where_is_tech.you_close",
        "where_is_tech",
        # round eight (issue 13): "u guys close?", asking whether they are near, not when the office closes
        r"^(?:(?:hey|hi|ok|okay|so|um)[,!.]? )?(?:are |r )?(?:you|u|you guys|u guys|y'?all|ya'?ll|he|she|they) (?:getting )?(?:close|nearby|near|almost here)"
        r"(?! (?:at|on|early|for|to|by|today|tomorrow|at \d)\b)",
        examples=("u guys close?", "you close?", "y'all nearby?", "he close?"),
        near_misses=("you guys close at 5 today?", "are you close to finishing?", "you close on sundays?"),
        why="are you close: asking how near the technician is",
    ),
)
# round nine (issue 13): where-is-he in slang: "ya bloke", "your fella", "the sparky"
TRADIE = (
    r"(?:bloke|fella|fellow|lad|sparky|sparkie|chippy|chippie|tradie|gas ?man|boiler (?:fella|man|guy)|"
    r"plumber|electrician|tech\w*|guy|man)"
)
CUES = (
    *CUES,
    cue(
        "where_is_tech.slang_where_is_he",
        "where_is_tech",
        r"where'?s (?:ya|yer|your|ur|me|my|the|our) (?:\w+ )?"
        + TRADIE
        + r"(?: at| got to| gone)?(?=\s*[?!.]*$)",
        r"(?:is|has) (?:the|ya|your|ur|yer) (?:\w+ )?"
        + TRADIE
        + r" (?:lost|gone missing|forgotten (?:us|me|about us))",
        examples=(
            "where's ya bloke at",
            "where's me gas man",
            "is the boiler fella lost",
            "has the sparkie forgotten us",
        ),
        near_misses=(
            "is your bloke any good with gas boilers?",
            "where's the plumber's invoice, never got it",
        ),
        why="a slang name for the technician asked after",
    ),
)

# round h13en5 (issue 13): still coming, asked without "where" or "ETA": "you haven't forgotten about
# us?", "are we still on with this weather?", "tracker shows him parked 20 min", "no one's turned up"
CUES = (
    *CUES,
    cue(
        "where_is_tech.not_forgotten_us",
        "where_is_tech",
        r"(?:you|u|y'?all|you guys|he|she|they) (?:haven't|havent|have not|hasn't|hasnt|didn't|didnt) forg[eo]t(?:ten)? (?:about )?(?:us|me)\b",
        r"just checking (?:we're|we are|you're|you are|he's|he is|someone's) still (?:on the (?:books|schedule|calendar|list)|coming)\b",
        r"(?:are|r) we still on (?:with|in|despite) (?:this|the|all this) (?:weather|rain|snow|storm|wind|ice|heat)",
        examples=(
            "you haven't forgotten about us?",
            "he hasn't forgot us has he",
            "are we still on with this weather?",
            "just checking we're still on the books for this morning",
        ),
        near_misses=("I haven't forgotten about the invoice", "we're still on with the other company"),
        why="asking whether the visit is still coming, said as a worry",
    ),
    cue(
        "where_is_tech.when_will_he_turn_up",
        "where_is_tech",
        r"when (?:will|is|does|'s|would|might) (?:the |your |ya |ur |our )?(?:\w+ )?"
        + TRADIE
        + r" (?:be )?(?:rock(?:ing)? up|turn(?:ing)? up|show(?:ing)? up|roll(?:ing)? up|get(?:ting)? here|arriv(?:e|ing))",
        r"when (?:the |your |ya |ur |our )?(?:\w+ )?"
        + TRADIE
        + r" (?:will|'ll|is going to|is gonna|might|should) (?:be )?(?:rock|turn|show|roll|get|arriv)\w*",
        r"(?:if|whether) (?:the |your |ya |our )?(?:\w+ )?"
        + TRADIE
        + r" (?:is|'s) (?:nearly|almost|close to|near) (?:here|there)",
        r"(?:is|are) (?:he|she|they|the \w+|your \w+) (?:still )?(?:a while|ages|long|far)(?: yet| off| away| out)?(?=\s*(?:[?!.]|$|or\b))",
        examples=(
            "any idea when the sparky will rock up?",
            "kids want to know if the heating man is nearly here",
            "should I put the kettle on or is he a while yet",
        ),
        near_misses=(
            "when will the plumber be finished?",
            "the heating man is nearly done",
            "is he long at these jobs usually",
        ),
        why="when the technician will turn up, asked sideways",
    ),
    cue(
        "where_is_tech.tracker_stuck",
        "where_is_tech",
        r"(?:tracker|tracking|gps|map(?: thing)?|dot|link)(?: \w+){0,2} (?:shows? (?:him|her|them|the van|the truck|it) (?:parked|stopped|sat|sitting|stuck|not moving)"
        r"|(?:hasn't|hasnt|has not|isn't|isnt|is not|not|hasn't been) (?:moved|moving|updated|updating|budged))",
        examples=(
            "the gps has him stopped, the dot hasn't moved in 20 min",
            "the little map thing hasnt moved in ages",
        ),
        near_misses=("the map you sent was great, found the tracker", "can you send the tracking link?"),
        why="the tracking shows the technician stopped: where is he",
    ),
    cue(
        "where_is_tech.nobody_turned_up",
        "where_is_tech",
        r"^(?:still )?(?:no ?one|nobody|no one)(?:'s| has| is)? (?:turned|shown|rocked|showed) up\b(?! (?:last|on|for the|yesterday|monday|tuesday|wednesday|thursday|friday|saturday|sunday|again)\b)",
        r"(?:window|slot|time ?slot|time frame|timeframe) (?:closed|ended|finished|was up|passed) (?:\w+ ){0,2}(?:minutes?|mins?|hours?|hrs?|an hour) ago",
        r"(?:been )?(?:looking|staring|peering|watching) out (?:the|my|of the) window (?:all (?:morning|day|afternoon)|for (?:ages|hours)|since)",
        r"(?:no ?one|nobody)(?:'s| has)? (?:rung|knocked (?:on|at)|come to) (?:the |my |our )?(?:bell|door|doorbell|front door)(?: yet)?\b",
        r"(?:did|has) (?:the |your |ya |ur |our )?(?:\w+ )?"
        + TRADIE
        + r" (?:get |got |been )(?:held up|lost|stuck|delayed|waylaid)",
        r"(?:did|have) (?:we|i) (?:get |been |got )?(?:bumped|forgotten|dropped|skipped)\b",
        r"is (?:that|this) (?:him|her|them|your (?:van|guy|bloke|truck|ute|tech\w*))\s*\?",
        r"(?:any chance|do you know if|wondering if) (?:he's|he is|she's|she is|they're|they are) running (?:late|behind)",
        r"still expecting (?:someone|somebody|anyone|anybody|him|her|them|the \w+)\b[^.!?]*(?:\bor (?:nah|not|no)\b|\?)",
        examples=(
            "No one's turned up mate",
            "window closed 25 minutes ago fyi",
            "still expecting someone between 10 and 12 or nah",
            "I've been looking out the window all morning",
            "nobody's rung the bell yet, should I be worried",
            "Did the fella get held up somewhere",
            "hey did we get bumped?",
            "van's been at the end of the street for 15 minutes, is that him?",
            "Any chance he's running late? Need to know before I head out",
        ),
        near_misses=(
            "no one turned up last time either, hope it's better",
            "been waiting since March for the part",
            "I've been sat here since 1 o'clock. Nobody has phoned.",
            "I'm still expecting someone from the council tomorrow",
            "nobody rang the bell last time, he just walked in",
            "is that him who did the Jones' roof?",
            "did we get charged twice?",
        ),
        why="the window gone by with nobody there: is he coming",
    ),
)
CUES = (
    *CUES,
    # ---- where is he, asked short and impatiently in the languages (issue 13, h13langeu) ----
    cue(
        "where_is_tech.impatient_languages",
        "where_is_tech",
        r"(?:^|[.!?] )¿?y (?:el|nuestro) (?:t[ée]cnico|plomero|electricista|muchacho)\s*\?|toujours personne|(?:il|le technicien|votre technicien|le plombier) (?:n'est )?toujours pas (?:là|arriv[ée])|"
        r"gdzie (?:jest|się podziewa|sie podziewa|jest ten|ten) (?:ten |nasz |pan )?(?:technik|fachowiec|serwisant|monter|hydraulik|elektryk)|"
        r"o[ùu] (?:est|en est) (?:passé )?(?:le technicien|le réparateur|le plombier|l'électricien|votre technicien)|"
        r"(?:e|mas) o t[ée]cnico\s*\?|(?:arriva|viene) o no (?:questo |il )?tecnico|(?:мастер(?:-то)?|он) приедет (?:сегодня |today )?или нет|мастер (?:сегодня |today )?(?:вообще )?будет\s*\?|(?:technik|fachowiec|pan) (?:jeszcze )?(?:dziś|dzis|today)? ?(?:przyjedzie|będzie|bedzie)\s*\?|"
        r"(?:le technicien|il) (?:est|sera) en retard\s*\?|wo ist (?:denn )?(?:der|ihr) (?:techniker|monteur|handwerker)|dov'è (?:finito )?il tecnico",
        examples=(
            "¿Y el técnico? Llevo toda la mañana esperando",
            "Gdzie jest ten technik? Czekam już godzinę",
            "E o técnico? Nada até agora",
            "Wo ist denn der Techniker?",
            "Le technicien devait passer à 10h et toujours personne",
            "Allora, arriva o no questo tecnico?",
            "Ну мастер-то приедет сегодня или нет?",
        ),
        near_misses=(
            "y el técnico trae las piezas?",
            "gdzie technik ma zaparkować?",
            "le colis n'est toujours pas arrivé ?",
        ),
        why="where is he, asked short and impatiently, in the languages",
    ),
)
# Issue 13, h13langas: when is he coming, is he still coming, in Vietnamese, Chinese, Korean, Hindi
# (Devanagari) and Haitian Creole.
CUES = (
    *CUES,
    cue(
        "where_is_tech.when_coming_langas",
        "where_is_tech",
        r"(?:khi nào|khi nao|bao giờ|bao gio|mấy giờ|may gio) (?:thì )?(?:thợ|tho|though|anh thợ|anh tho|kỹ thuật viên|ky thuat vien|người sửa|nguoi sua)(?: mới| moi)? (?:tới|toi|đến|den)|"
        r"(?:thợ|tho|though) (?:đâu|dau) (?:rồi|roi)|(?:thợ|tho|though) (?:có|co) (?:tới|đến|toi|den) không|"
        r"(?:师傅|師傅|技师|技師|维修工|維修工|工人)(?:到底|究竟)?(?:什么时候|什麼時候|几点|幾點|啥时候|啥時候)(?:才)?(?:来|來|到)|"
        r"(?:기사님?|수리 ?기사님?) (?:today )?(?:오시나요|오시는 거죠|오시는거죠|오시는 건가요|오시긴|안 오시)|"
        r"(?:टेक्नीशियन|मिस्त्री|मैकेनिक|technician) (?:\S+ ){0,2}(?:आ रहे हैं|आ रहा है|आएंगे|आयेंगे|आएगा|कहाँ|कहां|कब)|"
        r"teknisyen(?: an)? (?:toujou )?(?:ap|pral) vini",
        examples=(
            "Cho em hỏi khi nào thợ tới ạ?",
            "bao gio tho moi toi vay?",
            "師傅到底什麼時候來？等了一個多小時了",
            "혹시 기사님 오늘 오시나요?",
            "क्या टेक्नीशियन आज आ रहे हैं?",
            "Souple, èske teknisyen an ap vini jodi a?",
        ),
        near_misses=(
            "thợ làm rất kỹ, cảm ơn",
            "师傅修得很好",
            "기사님 친절하셨어요",
            "टेक्नीशियन बहुत अच्छे थे",
            "teknisyen an te fè yon bon travay",
        ),
        vetoes=(A_CONDITION,),
        why="when is the technician coming, is he still coming",
    ),
)
CUES = (
    *CUES,
    cue(
        "where_is_tech.has_he_left_langas",
        "where_is_tech",
        r"(?:anong oras|kailan) (?:po )?(?:ba )?(?:darating|dadating|pupunta) (?:po )?(?:yung|ang|si)|"
        r"(?:기사님?|수리 ?기사님?) (?:\S+ )?(?:출발하셨|출발했|오고 계신)|"
        r"कितनी (?:देर|late) (?:में|मे) (?:आएंगे|आयेंगे|आएगा|आ रहे)|kitni (?:der|late) (?:mein|me) (?:aayenge|aaenge|aayega|aa rahe)|"
        r"(?:الفني|المصلح) (?:طلع|تحرك|خرج)(?= ?(?:ولا|او|أو|؟|\?|$))|"
        r"teknisyen(?: an)? (?:soti|pati)(?: deja)?\s*\?|"
        r"(?:怎么|怎麼)(?:还|還)(?:没|沒)(?:到|来|來)|(?:师傅|師傅)(?:出发|出發)了(?:吗|嗎|没|沒)",
        examples=(
            "Anong oras po darating yung technician?",
            "기사님 출발하셨나요?",
            "भैया कितनी देर में आएंगे?",
            "الفني طلع ولا لسا؟",
            "Teknisyen an soti deja?",
            "怎么还没到？说好九点的",
        ),
        near_misses=(
            "anong oras po kayo bukas?",
            "기사님 친절하셨어요",
            "काम में कितनी देर लगेगी?",
            "الفني طلع شاطر",
            "teknisyen an soti byen",
            "怎么还没好？",
        ),
        vetoes=(A_CONDITION,),
        why="has the technician left yet, what time is he coming",
    ),
)
CUES = (
    *CUES,
    cue(
        "where_is_tech.not_here_yet_langas",
        "where_is_tech",
        r"có ai (?:tới|toi|đến|den) không|co ai (?:toi|den) khong|tuloy pa (?:po )?(?:ba )?(?:kayo|sila|tayo)|"
        r"아직 안 (?:오셨|오시|왔)|(?:टेक्नीशियन|मिस्त्री|मैकेनिक|भैया|वो|वह) अभी तक (?:क्यों )?(?:नहीं|नही) (?:आया|आए|आये|पहुँचा|पहुंचा)|"
        r"(?:الفني|المصلح|العامل) (?:ما|لسا ما|لسه ما|لم) (?:وصل|يوصل|جا|يجي)",
        examples=(
            "Có ai tới không vậy? Tôi chờ từ sáng tới giờ",
            "Tuloy pa po ba kayo ngayong araw?",
            "기사님 아직 안 오셨는데 어떻게 된 거예요?",
            "टेक्नीशियन अभी तक क्यों नहीं आया?",
            "ليش الفني ما وصل لين الحين؟",
        ),
        near_misses=(
            "có ai ở nhà không cũng được",
            "tuloy po ang bayad bukas",
            "아직 안 고쳐졌어요",
            "बिल अभी तक नहीं आया",
            "الفني وصل، شكرا",
        ),
        vetoes=(A_CONDITION,),
        why="is anyone coming, still not here, are you still on today",
    ),
)
CUES = (
    *CUES,
    cue(
        "where_is_tech.on_the_way_langas",
        "where_is_tech",
        r"(?:thợ|tho|though)[^.?!]{0,12}(?:trên đường|tren duong)(?: (?:tới|toi|đến|den))? (?:không|khong)|"
        r"(?:hẹn|hen)[^.!?]{0,25}(?:chưa thấy|chua thay)",
        examples=(
            "Anh thợ có đang trên đường tới không ạ?",
            "Làm ăn kiểu gì mà hẹn 9 giờ tới 12 giờ chưa thấy",
        ),
        near_misses=("thợ làm kỹ lắm", "hẹn gặp lại anh nhé"),
        vetoes=(A_CONDITION,),
        why="is he on the way, booked for nine and no one yet, in Vietnamese",
    ),
)
CUES = (
    *CUES,
    # ---- still here waiting, tick tock (issue 13, h13en6a) ----
    cue(
        "where_is_tech.still_sat_here",
        "where_is_tech",
        r"^(?:(?:so|and|um|erm|yeah|yep|just) )?still (?:sitting|sat|stood|standing|waiting) (?:here|around|at home|in)\b",
        r"^tick[ -]?tock\b",
        r"(?:are we|is this|is it|we) (?:still )?(?:doing this|happening)(?: today| this morning| or what)?\b[^.?!]{0,10}\bor (?:not|nah|what)\b",
        r"keep (?:waiting|waitin|hanging on|hanging around)(?: in| around| at home| here| for (?:him|her|them|your \w+))?\b(?! (?:for|on) (?:the|a|my) )",
        r"(?:(?:should|do|shall) (?:i|we)|(?:if|whether) (?:i|we) (?:should|need to|have to)) (?:\w+ )?(?:stay|wait) (?:home|in|around|here)\b"
        r"[^.?!]{0,20}\bor (?:not|what|nah|no|should)\b",
        # the choice left open, or the other half named: "should I stay home or?", "should I wait in or head
        # out" (issue 13, h13en9)
        r"(?:should|do|shall) (?:i|we) (?:\w+ )?(?:stay|wait) (?:home|in|around|here)\b(?: or\W*$| or (?:head|go|leave|nip|pop)\b)",
        examples=(
            "still sitting here",
            "still sat here like a lemon",
            "tick tock ⏰",
            "still stood here",
            "do I need to keep waiting in or what",
            "just want to know if I should stay home or not",
            "so are we doing this or not",
            "should I stay home or?",
            "should I wait in or head out",
            "do we stay in or go to work",
        ),
        near_misses=(
            "I've been sat here since 1 o'clock. Nobody has phoned.",
            "the clock goes tick tock when the heating is on",
            "do I need to stay home for the whole visit?",
            "should I stay in the room or can he work alone?",
            "keep waiting for the part, it's on backorder",
            "are we doing this on friday then?",
        ),
        vetoes=(
            Veto(
                "where_is_tech.veto.after_the_visit",
                "waiting said after the visit: 'still sitting here with no heat since he left'",
                re.compile(
                    r"\b(?:since|after) (?:he|she|they|your|the|his|her) (?:\w+ )?(?:left|came|was here|were here|visit)|"
                    r"\byesterday\b|\blast (?:week|time|night)\b|\bthe part\b|\brefund\b|\bcall ?back\b"
                ),
                scope="text",
                examples=("still sitting here with no heat since he left yesterday",),
            ),
        ),
        why="still sitting here, tick tock, keep waiting in or not: is anyone coming",
    ),
)
# ---- issue 13, h13lang7: Japanese, Turkish, Dutch, Greek and Ukrainian, one record per family ----
CUES = (
    *CUES,
    cue(
        "where_is_tech.languages_h7",
        "where_is_tech",
        r"(?:技術者|担当|作業員|業者|修理)[^。！？?]{0,6}(?:どこ|まだ(?:来|き)(?:ます|ません|ない))|(?:技術者|担当)[^。！？?]{0,6}いつ(?:来|着)",
        r"(?:teknisyen|usta|tamirci|servis)\w* (?:nerede|nerde|(?:hâlâ|hala|daha) gel\w*|ne zaman gel\w*|geliyor mu|gelecek mi|gelmedi)",
        r"waar (?:is|blijft) (?:de |jullie |uw )?(?:monteur|technicus|installateur)|komt (?:de |jullie )?(?:monteur|technicus|installateur) (?:nou |nu )?nog|"
        r"(?:monteur|technicus) is (?:nog )?(?:steeds )?niet (?:gekomen|hier|er)",
        r"πού (?:είναι|βρίσκεται|είσαστε) (?:ο |η )?(?:τεχνικός|μάστορας|υδραυλικός|ηλεκτρολόγος)|(?:έρχεται|θα έρθει) (?:ακόμα |τελικά |καθόλου )?ο (?:τεχνικός|μάστορας)|"
        r"ο (?:τεχνικός|μάστορας) (?:ακόμα )?δεν (?:έχει )?(?:έρθει|ήρθε)",
        r"де (?:ваш |зараз )?(?:майстер|технік|монтажник|сантехнік|електрик)|(?:майстер|технік) (?:ще |взагалі )?(?:приїде|прийде)|"
        r"(?:майстер|технік) (?:ще |досі )?не (?:приїхав|прийшов)|коли (?:приїде|буде) (?:майстер|технік)",
        examples=(
            "技術者の方は今どこですか？",
            "担当の方はまだ来ますか？",
            "Teknisyen nerede?",
            "Usta hâlâ geliyor mu?",
            "Waar is de monteur?",
            "Komt de monteur nog?",
            "Πού είναι ο τεχνικός;",
            "Έρχεται ακόμα ο τεχνικός;",
            "Де майстер?",
            "Коли приїде майстер?",
        ),
        near_misses=(
            "技術者は何を持ってきますか？",
            "Teknisyen ne getirmeli?",
            "Komt de monteur met een ladder?",
            "Ο τεχνικός μου άλλαξε τη βαλβίδα, ευχαριστώ",
            "Майстер вчора все полагодив, дякую",
        ),
        vetoes=(NEGATED,),
        why="where is the technician, is he still coming, in Japanese, Turkish, Dutch, Greek and Ukrainian",
    ),
)
# ---- issue 13, h13deep8: where is he, is he coming, in covered languages said the way people text ----
CUES = (
    *CUES,
    cue(
        "where_is_tech.texted_h13deep8",
        "where_is_tech",
        r"papunta na (?:po )?ba (?:si|ang|yung|ung) (?:kuya |ate )?(?:tech|technician|technician nyo|technician niyo|repairman|plumber|electrician|kuya)",
        r"(?:wein|wen|fein|feen|wain) (?:el |l)?(?:tech|technician|fanni|m3allem|m3alem)|(?:el |l)?(?:tech|fanni|m3allem) (?:jayi|jaye|ja2i) (?:aw|walla|wla) (?:la|laa)",
        r"(?:師傅|师傅|技師|技师)(?:而家)?(?:喺|係|在)邊(?:度|到)|(?:師傅|师傅)仲(?:嚟|來)唔(?:嚟|來)",
        r"wo (?:isch|ist|is) (?:de|der|dr) (?:techniker|monteur|handwerker)|kommt (?:de|der|dr) (?:techniker|monteur) (?:no|noch)\b",
        r"(?:bhaiya|bhai|technician|mistri) (?:\S+ )?(?:aa rahe (?:ho|hain|hai) kya|kab (?:tak )?(?:aaoge|aayenge|aa rahe))",
        examples=(
            "papunta na ba si kuya tech",
            "wein el tech?",
            "師傅喺邊度呀？",
            "師傅仲嚟唔嚟㗎",
            "wo isch de Techniker?",
            "kommt der Techniker no?",
            "bhaiya aa rahe ho kya",
        ),
        near_misses=(
            "papunta na ako",
            "wein el code?",
            "師傅整好咗",
            "der Techniker isch super gsi",
            "bhaiya aa gaye, thank you",
        ),
        vetoes=(NEGATED,),
        why="where is the technician, is he still coming, in Tagalog, Arabizi, Cantonese, Swiss German and Hinglish",
    ),
)

# ---- issue 13, h13en8: the no-show said as a grievance, sarcasm or resignation, with no "where" or "ETA" ----
# After the visit the same words are a grievance about it: `core` reads them as a complaint when the job is done.
CUES = (
    *CUES,
    cue(
        "where_is_tech.no_show_grievance",
        "where_is_tech",
        r"(?:guess|take it|suppose|assume|think|looks like) (?:he|she|they|nobody|no one|your \w+)(?:'s| is| are|'re)? "
        r"(?:not|n't|never) (?:coming|turning up|showing(?: up)?|bothering)\b(?! (?:back|to (?:fix|finish)))",
        r"(?:show|turn|rock) up\W+(?:oh )?wait\b",
        r"^(?:(?:so|and|yeah|ok) )?(?:\d+|an?|two|three|four) (?:hours?|minutes?|mins?)(?: now)? and counting\b",
        r"(?:am i|are we|have i|have we|was i|were we|getting|been|being) (?:being |been |getting )?stood up\b",
        # present perfect: "nobody has come", "no one's rocked up"; "nobody showed" told of a past day is a complaint
        r"(?:nobody|no one|no-one|noone)(?:'s| has| have| is)? (?:shown up|rocked up|pitched up|come|arrived)\b"
        r"(?! (?:me|us|how|back|to (?:fix|finish)))|(?:nobody|no one|no-one|noone)(?:'s| has) turned up\b",
        r"(?:tech\w*|plumber|fundi|engineer|electrician|fitter|installer|your (?:guy|man|bloke)|he|she|they)"
        r"(?: has| have| is| are)? (?:not|n't|still not|still hasn't) (?:yet )?(?:come|reached|arrived|turned up|shown up)"
        r"\b(?:(?: \w+){0,2} (?:yet|till now|until now|still|past \d+))?(?! back)(?! (?:to (?:fix|finish|check)|for the))",
        r"(?:until|till) now (?:still )?(?:no|nobody|no one|not) (?:one|body|technician|tech\w*|\w+ (?:arrived|come|came))?",
        r"(?:we're|we are|i'm|i am) after waiting\b|waited tire\b|(?<!been )twiddling (?:my|our) thumbs|"
        r"(?:still )?no show\b(?! (?:fee|charge))|ghosted\b|(?:fall(?:en)?|fell) off the face of the earth|"
        r"(?:day|morning|afternoon|week) wasted waiting (?:on|for|around)\b|(?:forgotten|forgot) (?:all )?about (?:us|me)\b|(?:should|do|shall) (?:i|we) (?:just )?give up (?:and|on (?:him|her|them|you|this))",
        r"(?:he|she|they|your \w+)(?:'s| is| are|'re) running late\?",
        # nobody, said with sarcastic praise: "took the morning off for this. nobody. brilliant"
        r"(?:nobody|no one|no-one|no sign)\W*(?:\.|…)\s*(?:brilliant|great|awesome|fantastic|lovely|perfect|amazing|nice|cheers|cool)\b",
        r"(?:he|she|they|you) said\W+(?:(?:that|this) was |and that was )?(?:an?|\d+|over an|half an|two|three) (?:\w+ )?(?:hours?|minutes?|mins?) ago\b",
        r"(?:he|she|they) said\W+that was (?:an?|\d+|over an|half an) (?:\w+ )?(?:hours?|minutes?|mins?) ago\b",
        examples=(
            "guess he's not coming then",
            "nice of your guy to show up... oh wait",
            "3 hrs and counting",
            "am I being stood up",
            "no-one has shown up",
            "yeah nah no one's rocked up",
            "Technician not reached till now, kindly update",
            "the fundi has not come and it is past 12",
            "wait until now still no one come",
            "we're after waiting all morning for him",
            "we have waited tire, nobody pick call",
            "sat here twiddling my thumbs mate",
            "still no show po, almost 2 hours na",
            "ghosted by a plumber, a new low",
            "did he fall off the face of the earth or",
            "took the morning off for this. nobody. brilliant",
            "great. another day wasted waiting on you guys",
            "been waiting since 9, starting to think he's forgotten about us",
            "should I just give up and go to work?",
            "I take it he's running late? would've been nice to get a text",
            "ETA 20 mins he said. that was an hour ago",
            "20 minutes, he said. 50 minutes ago.",
        ),
        near_misses=(
            "3 hrs and counting on hold to your office about the invoice",
            "he never even showed the first time, and now this bill??",
            "nobody showed me how to use the new thermostat",
            "he hasn't come back to fix the leak",
            "guess he's not coming back to finish then",
            "I'll be there in 20 minutes, he said to text you",
            "is there a no show fee if I'm not in?",
            "I'm running late, be there at 2",
            "did he forget his drill? it's on the porch",
            "waited all day nobody showed. done with u guys",
            "he never showed. waste of a day off.",
            "nobody turned up friday, not even a text",
            "been twiddling my thumbs since 8",
            "Sir, technician did not come on Saturday and no one informed.",
        ),
        vetoes=(_NO_SHOW_AFTER, A_CONDITION),
        why="a no-show said as a grievance, sarcasm or resignation: is anyone coming",
    ),
)

# ---- issue 13, h13lang8: Swedish, Danish, Norwegian, Romanian, Czech, Hungarian, Indonesian/Malay ----
CUES = (
    *CUES,
    cue(
        "where_is_tech.languages_h8",
        "where_is_tech",
        r"(?:var|hvor) (?:är|ar|er|blir|bliver) (?:\S+ )?(?:teknikern|tekniker|teknikeren|montören|montoren|montøren|reparatören|reparatoren|håndværkeren|handværkeren|rørleggeren|elektrikeren|servicemannen)|"
        r"(?:kommer|kommer) (?:teknikern|teknikeren|montøren|montören) (?:\S+ )?(?:snart|alls|stadig|fortsatt|ändå)",
        r"unde (?:este|e|a r[aă]mas|r[aă]m[aâ]ne) (?:\S+ )?(?:tehnicianul|instalatorul|electricianul|me[sș]terul|mesterul|omul)|(?:mai )?vine (?:\S+ )?(?:tehnicianul|me[sș]terul|mesterul)\b",
        r"kde (?:je|z[uů]st[aá]v[aá]) (?:\S+ )?(?:technik|instalat[eé]r|opravář|opravar|elektrik[aá]ř|elektrikar|montér|monter)|(?:přijde|prijde|dorazí|dorazi) (?:\S+ )?(?:vůbec |vubec |ještě |jeste )?(?:technik|instalatér|instalater)",
        r"hol (?:van|j[aá]r|marad) (?:\S+ )?(?:szerel[oő]|technikus|vízszerel[oő]|villanyszerel[oő]|szakember)|j[oö]n (?:m[eé]g |egy[aá]ltal[aá]n )?a (?:szerel[oő]|technikus)",
        r"(?:teknisi|tukang|montir|juruteknik|teknisyen)\w* (?:\S+ )?(?:di ?mana|dimana|ada di mana|sampai mana|sudah sampai mana|masih datang|jadi datang)|(?:di ?mana|dimana) (?:\S+ )?(?:teknisi|tukang|juruteknik)\w*",
        examples=(
            "Var är teknikern?",
            "Hvor er teknikeren?",
            "Hvor er montøren?",
            "Unde este tehnicianul?",
            "Kde je technik?",
            "Hol van a szerelő?",
            "Teknisinya di mana?",
            "Juruteknik di mana sekarang?",
        ),
        near_misses=(
            "Var är teknikern från förra gången?",
            "Hvor er måleren placeret?",
            "Kde je hlavní uzávěr vody?",
            "Teknisi kemarin sudah memperbaiki, terima kasih",
        ),
        vetoes=(
            NEGATED,
            Veto(
                "where_is_tech.veto.last_time_languages_h8",
                "the technician of a past visit, not today's: 'teknikern från förra gången'",
                re.compile(
                    r"förra gången|forra gangen|sidste gang|forrige gang|kemarin|data trecut|minule|legut[oó]bb"
                ),
                scope="sentence",
                examples=("Var är teknikern från förra gången?",),
            ),
        ),
        why="where is the technician, is he still coming, in Swedish, Danish, Norwegian, Romanian, Czech, Hungarian and Indonesian",
    ),
)

# Where is he, asked sideways in the Spanish of each country (issue 13, h13es9): a bare "ya mero?" (MX:
# nearly there?), "sigue en pie lo de hoy?" (is today still on?), "¿viene hoy al final o qué?".
CUES = (
    *CUES,
    cue(
        "where_is_tech.spanish_sideways_h13es9",
        "where_is_tech",
        r"^(?:y |oiga |oye |hola |buenas )?ya (?:mero|merito)\s*\?+\s*$",
        r"sigue en pie (?:lo de |la (?:cita|visita) de |la (?:cita|visita) (?:para )?|para )?(?:hoy|esta mañana|esta tarde)",
        # "y el técnico?", "asere y el técnico", "el técnico viene o qué onda", "q hora más o menos llega?"
        r"(?:^|, |\w+ )y (?:el|la) (?:t[eé]cnico|t[eé]cnica|muchacho|joven|señor|maestro|plomero|electricista)\s*\?*\s*$",
        r"viene o qu[eé] onda|(?:^|\b)q(?:u[eé])? hora (?:m[aá]s o menos |aproximadamente |como )?(?:llega|viene)",
        r"(?:viene|vienen|va a venir|van a venir) hoy (?:al final|por fin|o no|o qu[eé])",
        r"(?:al final|por fin) (?:viene|vienen|va a venir|van a venir)\b[^.!]{0,20}\?",
        # "todavía vienen hoy?", "siempre viene hoy el técnico?" (GT: still), "klk con el técnico, viene?"
        r"(?:todav[ií]a|siempre|a[uú]n) (?:vienen|viene) hoy|(?:todav[ií]a|a[uú]n) vienen\s*\?",
        r"(?:t[eé]cnico|muchacho|señor|joven|maestro|tech),? (?:ya )?(?:viene|vienen)\s*\?",
        r"^(?:y )?ya va llegando\s*\?|en cu[aá]nto (?:tiempo )?llega|se perdi[oó] o qu[eé]",
        examples=(
            "ya mero?",
            "ya merito?",
            "¿sigue en pie lo de esta mañana?",
            "asere y el tecnico",
            "che el técnico viene o qué onda",
            "ta bien pero q hora mas o menos llega?",
            "sigue en pie lo de hoy?",
            "¿sigue en pie la cita de hoy?",
            "¿viene hoy al final o qué?",
            "al final vienen o no?",
            "todavía vienen hoy?",
            "buenas, siempre viene hoy el tecnico?",
            "klk con el tecnico, viene?",
            "ya va llegando?",
            "en cuanto llega?",
            "mi hermano el tecnico se perdio o que",
        ),
        near_misses=(
            "ya mero llego",
            "sigue en pie lo de mañana, gracias",
            "al final vino y lo arregló",
            "ya mero termina?",
            "siempre viene tarde ese señor",
            "en cuanto llegue le pago",
            "y el técnico de la otra vez cobró de más",
        ),
        vetoes=(NEGATED,),
        why="nearly here? is today still on? coming after all? in Spanish",
    ),
)
# ---- issue 13, h13lang9: Farsi (and Finglish), Hebrew, Somali, Amharic, Bengali, Thai, Punjabi ----
CUES = (
    *CUES,
    cue(
        "where_is_tech.languages_h9",
        "where_is_tech",
        *nfkc(
            r"(?:تکنسین|تعمیرکار|نصاب|استادکار|مامور|برقکار|لوله ?کش)\S* (?:\S+ )?(?:کجاست|کجا ?است|کجا ?موند\S*|کجایی|پس کی میاد)|"
            r"(?:technician|teknisin|ostad|ostakar|mamoor)\w* (?:\w+ )?koja(?:st| hast| mounde| moonde| munde)?(?![\w])",
            r"איפה (?:\S+ )?(?:ה)?(?:טכנאי|מתקין|אינסטלטור|חשמלאי)|(?:ה)?(?:טכנאי|מתקין) (?:\S+ )?(?:עוד מגיע|עדיין מגיע|מגיע בכלל)",
            r"(?:farsamo|teknishan|tiknishan|makaanik)\w* (?:\w+ ){0,2}(?:xagg?ee|meeqa)\b|xagg?ee (?:\w+ )?(?:farsamo|teknishan)\w*",
            r"(?:ቴክኒሻ|ባለሙያ|ሰራተኛ)\S* (?:\S+ )?(?:የት ነው|የት ደረሰ|የት አለ|መቼ ይመጣል)",
            r"(?:টেকনিশিয়ান|মিস্ত্রি|মেকানিক)\S* (?:\S+ )?(?:কোথায়|কই|কখন আসবে)",
            r"ช่าง\S{0,8}?(?:อยู่ไหน|อยู่ที่ไหน|ถึงไหน|มาหรือยัง|จะมาไหม|มากี่โมง)",
            r"(?:ਟੈਕਨੀਸ਼ੀਅਨ|ਮਿਸਤਰੀ|ਮਕੈਨਿਕ)\S* (?:\S+ )?(?:ਕਿੱਥੇ|ਕਿਥੇ|ਕਦੋਂ ਆਵੇਗਾ)|"
            r"(?:technician|mistri|mistry|mechanic)\w* (?:\w+ )?(?:kithe|kitthe)\b",
        ),
        examples=(
            "تکنسین کجاست؟",
            "technician koja mounde?",
            "איפה הטכנאי?",
            "Farsamoyaqaanku xaggee buu joogaa?",
            "ቴክኒሻኑ የት ነው?",
            "টেকনিশিয়ান কোথায়?",
            "ช่างอยู่ไหนครับ",
            "ਟੈਕਨੀਸ਼ੀਅਨ ਕਿੱਥੇ ਹੈ?",
            "technician kithe aa?",
        ),
        near_misses=(
            "تکنسین دفعه قبل خیلی خوب بود",
            "איפה השעון של המים?",
            "ช่างเมื่อวานทำงานดีมาก",
            "টেকনিশিয়ান খুব ভালো ছিল",
        ),
        vetoes=(NEGATED,),
        why="where is the technician, in Farsi, Hebrew, Somali, Amharic, Bengali, Thai and Punjabi",
    ),
)

# ---- issue 13, h14lang: is he on the way, asked in Hebrew and Greek ("הטכנאי בדרך?", "Ο τεχνικός είναι
# καθ' οδόν;"); the customer's own "I'm on the way" and a statement about him are the near-misses ----
CUES = (
    *CUES,
    cue(
        "where_is_tech.on_the_way_asked_h14lang",
        "where_is_tech",
        r"(?:ה)?(?:טכנאי|מתקין|אינסטלטור|חשמלאי) (?:כבר |עוד |עדיין )?(?:בדרך|יצא(?: לדרך)?)(?= ?\?)",
        r"(?:ο |η )?(?:τεχνικός|μάστορας|υδραυλικός|ηλεκτρολόγος) (?:είναι |έρχεται |έχει )?(?:ήδη |ακόμα )?(?:καθ' οδόν|στο δρόμο|ξεκίνησε|έφυγε)(?= ?[;?])",
        examples=("הטכנאי בדרך?", "הטכנאי כבר יצא?", "Ο τεχνικός είναι καθ' οδόν;", "Ο τεχνικός ξεκίνησε;"),
        near_misses=("אני בדרך", "הטכנאי בדרך, תודה", "Είμαι στο δρόμο"),
        vetoes=(NEGATED,),
        why="is the technician on the way, asked in Hebrew and Greek",
    ),
)

# ---- issue 13, h13assist9: nobody here yet, said without naming the technician ----
CUES = (
    *CUES,
    cue(
        "where_is_tech.nobody_here_yet",
        "where_is_tech",
        # Japanese "まだですか？" (not yet?) opening the text, or "まだ来ない" with no subject; "誰も
        # いません" (there's nobody here). Spanish and Portuguese "no veo a nadie" (I see nobody), not
        # "no hay nadie en casa" (nobody will be home), which is the customer's own absence.
        r"(?:^|[。.!?！？、,\s])まだ(?:ですか|でしょうか|かな)|まだ(?:来|き)(?:ない|ません|てない|ていない|てません)|誰も(?:いません|いない|来ない|来ません)",
        r"\bno veo a nadie\b|\bn[aã]o vejo ningu[eé]m\b",
        examples=(
            "まだですか？もう11時半です",
            "まだ来ないんですけど",
            "あの、まだでしょうか",
            "着いてますか？玄関にいますが誰もいません",
            "¿Ya llegó? Estoy en la puerta y no veo a nadie",
            "Já cheguei em casa e não vejo ninguém",
        ),
        near_misses=(
            "見積もりはまだですか？",
            "部品がまだ来ないそうです",
            "no hay nadie en casa hasta las 3, pase después",
            "Mañana no hay nadie en casa",
            "Gracias, ya está todo listo",
        ),
        vetoes=(
            NEGATED,
            Veto(
                "where_is_tech.veto.not_the_technician_late",
                "a part, a parcel, a quote or a bill is what has not come yet, not the technician",
                re.compile(r"部品|荷物|パーツ|見積|請求"),
                scope="text",
                examples=("部品がまだ来ないそうです",),
            ),
        ),
        why="not yet? nobody's here: where is the technician",
    ),
)
# ---- issue 13, h13assist10: the technician's own promise quoted back as a grievance ----
# "your guy said 20 min an hour ago", "I was told between 8 and 10. It's 11:30 now": a time the
# technician or the office promised, said back with a sign it has lapsed. The time is theirs, not
# the customer's arrival: where is he, and a complaint (complaint.py reads the same words).
PROMISE_QUOTED_BACK = (
    # who promised and how: the technician or the office; "I was told" names no one ("your text said
    # 10 min" is `still_coming_asked_without_where`'s)
    r"(?:\b(?:your|the|ur) (?:guy|tech\w*|office|company|dispatch\w*|plumber|electrician|man)"
    r" (?:said|says|told (?:me|us)|promised(?: me| us)?|texted(?: me| us)?|confirmed)"
    r"|\b(?:he|she|they|you|y'all|luis|marco) (?:said|told (?:me|us)|promised(?: me| us)?|texted(?: me| us)?)"
    r"|\b(?:i|we) (?:was|were) (?:told|promised))"
    # the time promised: a clock or a number of minutes, never days or weeks ("a quote 2 weeks ago")
    r"\b.{0,40}?(?:\b\d+(?::\d+)?(?! ?(?:-\s?\d+ )?(?:days?|weeks?|months?|years?)\b)|\bnoon\b)"
    # the sign it lapsed, after it: its own "an hour ago", "it's 11:30", "it's past that", "still nobody"
    r".{0,40}?(?:\b(?:an?|\d+|couple of|few) (?:min\w*|hours?|hrs?) ago\b"
    r"|\bit'?s (?:now |already |almost |nearly |past |after )?\d+|\bnow it'?s\b|\bit'?s past\b|\bpast that\b"
    r"|\bstill (?:nobody|no one|no sign|not here|waiting)\b)",
    r"\b(?:me dijeron|dijeron|me dijo|dijo) que (?:\w+ ){0,3}(?:llega\w*|ven\w*|estar\w*)\b.{0,40}?\b(?:y )?(?:ya )?son las \d+",
    r"\b(?:me disseram|disseram|me disse|disse) que (?:\w+ ){0,3}(?:chega\w*|vinha|viria|vem)\b.{0,40}?\b(?:já )?são \d+",
)
# "You said 8 to 10. It's 11:40. Don't bother coming, cancel": the promise said back to cancel, not
# to ask where he is (the complaint still reads).
PROMISE_QUOTED_TO_CANCEL = Veto(
    "where_is_tech.veto.promise_quoted_to_cancel",
    "a lapsed promise said back to cancel: 'You said 8 to 10. It's 11:40. Don't bother coming. Cancel.'",
    re.compile(r"\b(?:cancel\w*|don'?t bother|forget it|cancela\w*|no vengan?)\b"),
    scope="text",
    examples=("You said 8 to 10. It's 11:40. Don't bother coming, I'm done. Cancel.",),
)
PROMISE_QUOTED_BACK_EXAMPLES = (
    "your guy said 20 min an hour ago",
    "he said he'd be here by 10, it's 11:30",
    "I was told between 8 and 10. It's 11:30 now",
    "they said he'd be here in 30 minutes, that was 2 hours ago",
    "I was promised a 10am arrival and it's past 11",
    "your office said 11 at the latest. It's past that",
    "Me dijeron que llegaba a las 10 y son las 11:30",
    "Disseram que ele chegava às 10, já são 11:30",
)
PROMISE_QUOTED_BACK_NEAR_MISSES = (
    "I said I'd be home by 10 but I'm running 20 min late, sorry",
    "I told him 11 but traffic, be there 11:20",
    "he said 20 min, great, see you then",
    "you said 2pm works for you, see you then",
    "still waiting on that quote you promised 2 weeks ago",
    "You texted 40 min ago that he's on the way, did he get lost?",
    "He said the compressor would be in within 2-3 days. It's been 12",
)
CUES = (
    *CUES,
    cue(
        "where_is_tech.promise_quoted_back",
        "where_is_tech",
        *PROMISE_QUOTED_BACK,
        examples=PROMISE_QUOTED_BACK_EXAMPLES,
        near_misses=PROMISE_QUOTED_BACK_NEAR_MISSES,
        vetoes=(PROMISE_QUOTED_TO_CANCEL,),
        why="a time the technician or office promised, said back once it has lapsed: where is he",
    ),
)
# issue 13 (h13takeback12): whether the technician is there yet, asked beside the customer's own
# lateness ("I'm 10 min out, is the tech there yet?", "llego en 15, ¿ya llegó él?", "Estou 10 min
# atrasada, ele já chegou?"): a where-is, read as a bare question before.
CUES = (
    *CUES,
    cue(
        "where_is_tech.is_he_there_yet",
        "where_is_tech",
        r"(?:is|has) (?:he|she|the tech\w*|your (?:guy|tech\w*|man|plumber|electrician)|the (?:plumber|electrician|guy)) "
        r"(?:(?:there|here|at the (?:house|property|place|door)) (?:yet|already)|already (?:there|here|at the (?:house|property|place)|arrived))",
        r"when will (?:he|she|the tech\w*|your (?:guy|tech\w*)) (?:get|be) (?:there|here)",
        r"(?:¿ ?)?ya lleg[óo] (?:él|el t[ée]cnico)(?= ?\?)|(?:ele|o t[ée]cnico) j[áa] chegou(?= ?\?)|(?:il|le technicien) est (?:déjà )?(?:arrivé|là)(?= ?\?)",
        r"quelqu'un vient (?:aujourd'hui|today)(?= ?\?)",
        examples=(
            "I'm 10 min out, is the tech there yet?",
            "when will he get there?",
            "llego en 15, ¿ya llegó él?",
            "Estou 10 min atrasada, ele já chegou?",
            "Quelqu'un vient aujourd'hui ?",
        ),
        near_misses=(
            "is the parcel there yet?",
            "he's already here, thanks",
            "ya llegó, gracias",
            "when will he get the part?",
        ),
        vetoes=(NEGATED,),
        why="whether the technician is there yet, asked",
    ),
)

WHERE_IS_TECH = CueSet("where_is_tech", CUES)

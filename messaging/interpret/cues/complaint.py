"""Complaint cues: the customer is unhappy with the service, the price, a past visit or the wait.

Joined in this order into one pattern (`COMPLAINT`); a negator just before a cue cancels it
("not unhappy"). A cancel or reschedule word done by the business, or threatened, becomes a
complaint through the vetoes in `appointment.py`.
"""

from __future__ import annotations

import re

from . import NEGATED, Cue, CueSet, Veto, cue, nfkc
from .where_is_tech import (
    PROMISE_QUOTED_BACK,
    PROMISE_QUOTED_BACK_EXAMPLES,
    PROMISE_QUOTED_BACK_NEAR_MISSES,
)

# "what if I'm not happy with the install?" asks about a grievance that has not happened.
IMAGINED = Veto(
    "complaint.veto.imagined",
    "a grievance imagined or asked about in advance: 'what if I'm not happy', 'in case it breaks'",
    re.compile(
        r"(?:\bwhat if|\bin case|\bsuppose|\bsupposing|\bwhat happens if|\bwhat do i do if)\b(?:\s+[\w']+){0,3}\s+$"
    ),
    scope="before",
    examples=("what if I'm not happy with the install?",),
)
VETOES = (NEGATED, IMAGINED)
# "do I get my money back if I cancel?": the refund rule for cancelling asked, nothing demanded (issue
# 13, h13threat11); "cancel it, I want my money back" still demands it.
MONEY_BACK_ASKED_AS_A_RULE = Veto(
    "complaint.veto.money_back_asked_as_a_rule",
    "getting the money back asked as the rule for cancelling or moving: 'do I get my money back if I cancel'",
    re.compile(
        r"\bget (?:\w+ ){0,2}money back\b[^.!?]{0,30}\bif (?:i|we) (?:have to |need to )?(?:cancel|reschedul|call (?:it )?off|change)|"
        r"\bif (?:i|we) (?:have to |need to )?(?:cancel|reschedul)\w*[^.!?]{0,30}\bget (?:\w+ ){0,2}money back\b"
    ),
    scope="sentence",
    examples=("do I get my money back if I cancel", "if we cancel do we get the money back?"),
)

# The customer at the edge of leaving, in Spanish, French (Québec too) and Portuguese (issue 13,
# h13safe7): "busco otra empresa", "je vais ailleurs", "vou chamar outra empresa". A threat or a
# decision in the first person, never the other company named in passing ("a outra empresa que veio
# antes não resolveu", "el otro técnico que vino fue muy amable"). `lexicon.CHURN_THREATS` reads it too.
LEAVING_LANGUAGES = (
    r"(?:busco|buscar(?:[eé]|emos)?|voy a (?:buscar|llamar a|contratar a?|ir(?:me)? con)|vamos a (?:buscar|llamar a|contratar a?)|"
    r"llamo a|contrato a|me voy con|nos vamos con|me cambio a) (?:otra (?:empresa|compa[ñn][ií]a)|otro (?:t[eé]cnico|plomero|electricista|servicio)|la competencia)|"
    r"(?:je vais|j'vais|j'vas|on va|je m'en vais|pis je vais|je m'en vas) (?:aller |appeler |voir |faire affaire )?ailleurs|"
    r"(?:aller|appeler|voir) ailleurs|(?:j'appelle|je vais appeler|j'vais appeler|je prends|je vais prendre|on prend) "
    r"(?:une autre (?:compagnie|entreprise|soci[ée]t[ée])|un autre (?:technicien|plombier|[ée]lectricien))|la concurrence|"
    r"(?:vou|vamos) (?:chamar|procurar|contratar|ligar para|atr[aá]s de) (?:outra empresa|outro (?:t[eé]cnico|eletricista|encanador|profissional)|a concorr[eê]ncia)|"
    r"nunca mais (?:contrato|chamo|uso) (?:voc[eê]s|essa empresa)"
)
# The customer at the edge of leaving, said as a last word rather than another company (issue 13,
# h13urgent8): "this is the last straw", "my lawyer will hear about this", "calling the BBB", "leaving a
# review everywhere", "never using you again", "c'est la goutte d'eau", "nunca más los vuelvo a contratar".
# A grievance by itself and, read by `lexicon.CHURN_THREATS` too, urgent.
LEAVING_FOR_GOOD = (
    r"(?:the )?(?:last|final) straw|(?:my|our) (?:lawyer|attorney|solicitor)|(?:will|gonna|going to) (?:be )?hear(?:ing)? about this|"
    r"legal action|see you in court|done with (?:you|y'all|your company)|sue (?:you|your|y'all)|bbb|better business bureau|"
    r"reviews? (?:\w+ ){0,4}everywhere|(?:bad|negative|terrible|scathing) reviews?|"
    r"never (?:using|use|hiring|calling|booking|recommending) (?:you|your|this|y'all|them)|"
    r"(?:la )?[uú]ltima vez que (?:los|les|lo|le|te) (?:llamo|contrato|busco|uso)|nunca m[aá]s (?:los|les|lo|le) (?:vuelvo|llamo|contrato)|"
    r"(?:disputar|reclamar|desconocer) (?:el|este|ese) (?:cargo|cobro)|(?:la )?gota que derram[oó]|profeco|(?:mi|un) abogado|"
    r"rese[ñn]as? (?:\w+ ){0,2}(?:en todos lados|en todas partes)|"
    r"la goutte d'eau|la goutte de trop|contester (?:le|la|ce|cette) (?:paiement|d[ée]bit|pr[ée]l[èe]vement|facture|charge)|"
    r"avis (?:\w+ ){0,2}partout|avis n[ée]gatifs?|(?:mon|un) avocat|plus jamais (?:je |on )?(?:ne )?(?:vous|fais affaire)|"
    r"contestar a cobran[çc]a|(?:meu|um) advogado|procon|reclame aqui|(?:a )?gota d'[aá]gua"
)
# The price of a deadline or of one more failure is leaving, said without the word cancel (issue 13,
# h13threat11): "he has until 3 or the job goes to someone else", "fix it tomorrow or I'm switching
# companies", "one more delay and we're done", "after today I'm done", "this is the last time I wait",
# "3pm or I call someone else", "si vuelven a fallar se acabó". Nothing is cancelled; the customer is at
# the edge of leaving: a grievance and, read by `lexicon.CHURN_THREATS` too, urgent.
LEAVING_AS_THE_PRICE = (
    r"\bor(?: else)?,? (?:the job|it|this job|the work|the contract) (?:goes|is going|will go) to (?:someone|somebody|another|a different)|"
    r"(?:you|u) can (?:just )?forget (?:about )?(?:the job|the contract|the work|my business|our business|us|me as a customer)|"
    r"(?:i'm|im|we're|i'll|we'll|i am|we are|gonna|going to|i will|we will) (?:just )?switch(?:ing)? "
    r"(?:companies|company|providers?|to (?:another|a different|someone else))|"
    r"\b(?:one|1|any) more (?:delay|no[- ]?show|reschedule|excuse|late arrival|cancellation|hour of this|day of this|time)s?,? "
    r"and (?:we're|we are|i'm|im|i am|you're|that's it|i'll be gone|you lose)|"
    r"\bafter (?:today|this|that|this time),? (?:we're|i'm|im|i am|we are) (?:done|out|finished|gone)\b(?! (?:with|at|from|for|of) )|"
    r"(?:this is|it's|that's) the last time (?:i|we) (?:wait|book|call|use|deal|put up)|(?:one|1) last (?:shot|chance)|"
    r"(?:you're|youre|you are|ur|you guys are|y'all are) (?:about to|gonna|going to|this close to) lose (?:a|my|our|this|another) (?:customer|client)|"
    r"\bor(?: else)?,? (?:i|we)(?:'ll|'m| will| am)? (?:just |gonna |going to )?"
    r"(?:call|calling|find|finding|get|getting|hire|hiring|book|booking|go|going)(?: with)? "
    r"(?:someone|somebody|another|a different|elsewhere|somewhere else)\b|"
    r"\bsi (?:no|vuelven|vuelve|otra vez)\b[^.!?]{0,40}\bse acab[oó]|es la [uú]ltima vez que (?:espero|los espero|les espero)|"
    # a day as an ultimatum: "Saturday or nothing", "el sábado o nada", "samedi ou rien", "Samstag oder gar nicht"
    # (issue 13, h13net13)
    r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|tomorrow|tonight|this week) or nothing|"
    # (the normaliser writes the days in English: "el sábado" -> "el saturday")
    r"(?:lunes|martes|mi[eé]rcoles|jueves|viernes|s[aá]bado|domingo|hoy|ma[ñn]ana|monday|tuesday|wednesday|thursday|friday|saturday|sunday) o nada|"
    r"(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|aujourd'hui|demain|monday|tuesday|wednesday|thursday|friday|saturday|sunday) ou (?:rien|nada)|"
    r"(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|heute|morgen|monday|tuesday|wednesday|thursday|friday|saturday|sunday) oder gar nicht\w*|"
    r"(?:segunda|ter[çc]a|quarta|quinta|sexta|s[aá]bado|domingo|hoje|amanh[ãa]) ou nada"
)
# The customer at the edge of leaving in Chinese, Korean, German, Russian, Italian, Tagalog, Japanese,
# Dutch and Polish (issue 13, h13assist8). `lexicon.CHURN_THREATS` reads them too (issue 13, h13hazard11):
# "Wenn heute keiner kommt, suche ich mir eine andere Firma" read as a grievance that was not urgent.
LEAVING_MORE_LANGUAGES: tuple[str, ...] = (
    r"找(?:别|別)(?:的|家)(?:公司|师傅|師傅)?|换(?:一)?家(?:公司)?|換(?:一)?家(?:公司)?|找其他(?:公司|师傅|師傅)",
    r"다른 (?:업체|회사|기사)(?:를|에|한테)? ?(?:부를|부르|알아볼|알아보|쓸|찾을|찾아)",
    r"(?:rufe|ruf|nehme|suche|hole) (?:mir |ich |jetzt |halt |eben )*(?:eine andere firma|einen anderen "
    r"(?:handwerker|techniker|installateur|elektriker|monteur))|(?:eine )?andere firma (?:an)?rufen|zur konkurrenz",
    r"(?:найду|найдём|найдем|найму|вызову|позову|обращусь в|позвоню в) друг(?:ую|ой|ого|их) (?:фирму|компанию|мастера|мастеров)",
    r"(?:chiamo|cerco|chiamerò|cercherò|vado da) (?:un'altra (?:ditta|azienda)|un altro (?:tecnico|idraulico|elettricista))",
    r"(?:hahanap|maghahanap|tatawag)(?: na lang)?(?: ako)? (?:ng|sa) ibang (?:kumpanya|technician|tubero|electrician)",
    r"(?:他|別|别)の業者",
    r"(?:bel|zoek|neem) (?:ik )?(?:wel |gewoon )?een ander bedrijf",
    r"(?:zadzwonię do|zadzwonie do|dzwonię do|dzwonie do|poszukam|szukam|wezmę|biorę) inn(?:ej|ą) firm(?:y|ę)",
    # Vietnamese (issue 13, h13hazard11): "không tới thì tôi gọi công ty khác" (normalised, "ty" reads "thank you")
    r"(?:gọi|tìm|kêu|thuê) (?:\S+ ){1,3}khác",
)
# A threat to leave, write a review or want the money back, in the words of the languages the leaving cues
# above did not read (issue 13, fifteenth session: 56 urgent grievances and where-is-he texts in 5,760 texts
# written blind were read without their urgency; these are the families among them, said the ways people
# say them, not those texts): never calling again, calling another firm, a review, the money back.
LEAVING_BLIND15: tuple[str, ...] = (
    # never again: "no pienso volver a llamaros", "bir daha sizi aramam", "больше к вам не обращусь",
    # "dobara kabhi nahi bulaunga", "di na ako uulit sa inyo", "nikdy viac", "ما راح اتعامل معكم"
    r"no (?:pienso|voy a|vamos a) volver a (?:llamar|contratar)\w*|no (?:los|las|les|os) (?:vuelvo|volveré) a (?:llamar|contratar)",
    r"bir daha (?:asla|sizi (?:aramam|çağırmam)|(?:aramam|çağırmam))",
    r"больше (?:к вам )?не (?:обращусь|обратимся|позвоню|вызову)",
    r"(?:dobara|phir) (?:kabhi )?(?:nahi|nahin|nai) (?:bulaung\w*|bulayenge|bulaenge|bulaoonga)",
    r"(?:di|hindi) na (?:ako |kami )?(?:uulit|babalik|tatawag) sa inyo",
    r"nikdy (?:viac|více|vic)|לא (?:אזמין|נזמין) אתכם|ما (?:راح|رح) (?:اتعامل|أتعامل|نتعامل) معكم",
    # another firm: "başka servis çağırıyorum", "أتصل بشركة ثانية", "یکی دیگه رو خبر میکنم", "kisi aur ko bula
    # loonga", "m ap rele yon lòt konpayi", "搵第二間", "他に頼む", "me consigo a otro"
    r"başka (?:firma|servis|usta)\w* (?:çağır|ara|bul)\w*|(?:اتصل|أتصل|بتصل|باتصل|بكلم|اجيب|أجيب|بجيب) ب?شركة (?:ثانية|تانية|ثانيه|أخرى|اخرى)",
    r"یکی دیگه رو (?:خبر|صدا) ?می ?کنم|kisi aur ko bula\w*|(?:rele|chèche) (?:yon )?lòt konpayi",
    r"搵第二間|他に頼(?:む|みます)",
    r"me consigo (?:a )?otro|(?:bel|zoek) ik een andere firma|chiamo un altro\b|вызываю друг(?:ую|ого) (?:фирму|мастера)",
    # a review or the money back: "אכתוב ביקורת", "θα γράψω κριτική", "отзыв напишу", "şikayetvar'a yazacağım",
    # "google pe review", "post it on google", "I want money back", "要么退钱", "prasīšu naudu atpakaļ"
    r"אכתוב ביקורת|θα γράψω κριτικ\w*|отзыв напишу|напишу отзыв|şikayetvar(?:'\w+)?|google pe review|review (?:bhi )?likh\w*",
    r"post (?:it |this )?on google|want (?:my |our |the )?money back|退钱|退錢|naudu atpakaļ",
)

# "the smell was just dust on the burners": the dust explains a worry away (issue 13, round 7).
JUST_DUST = Veto(
    "complaint.veto.just_dust",
    "dust or debris named as the harmless cause of something: 'it was just dust on the heater'",
    re.compile(r"\b(?:just|only|probably|prob)\s+$"),
    scope="near_before",
    examples=("the burning smell was just dust on the heater, all good now",),
)

CUES: tuple[Cue, ...] = (
    cue(
        "complaint.unhappy",
        "complaint",
        r"not happy|unhappy|disappointed|disappointing|rubbish|worst|unacceptable|ridiculous|already (?:confirmed|told|said)",
        examples=(
            "Really disappointed nobody called to say he'd be late",
            "Stop sending me these reminders, I already confirmed twice!!",
            "I've been on hold with your office for 40 minutes. Ridiculous.",
        ),
        near_misses=("happy to wait, no problem",),
        vetoes=VETOES,
        why="not happy, unacceptable, already told you",
    ),
    cue(
        "complaint.bad_service",
        "complaint",
        r"(?:terrible|awful|horrible|poor|bad|lousy) (?:service|job|work|workmanship|experience|company)",
        examples=("Very poor workmanship, I want a refund or I'm disputing the charge",),
        near_misses=("bad weather here, drive safe",),
        vetoes=VETOES,
        why="bad service or work",
    ),
    cue(
        "complaint.rip_off",
        "complaint",
        r"are you kidding|you kidding me|(?:this|that|it|you|you guys|your \w+|what) (?:is|are|'s|'re) (?:a |such a )?joke|rip-?off|ripped off|scam|overcharg\w*|too expensive|rude|unprofessional",
        examples=(
            "tech was rude to my wife. not ok",
            "got 4 reminder texts in an hour, your system is a joke",
            "He was rude to my wife and tracked mud through the house. I want a call from a manager.",
        ),
        near_misses=("he told a great joke lol",),
        vetoes=VETOES,
        why="a joke, a rip-off, overcharged",
    ),
    cue(
        "complaint.price_too_high",
        "complaint",
        r"(?:charge|price|bill|invoice|cost|fee|quote|total)s? (?:\w+ ){0,2}(?:seems?|is|was|looks?|feels?) (?:\w+ )?"
        r"(?:high|steep|a lot|too much|expensive|excessive|outrageous|crazy|insane)",
        examples=("the bill seems really high",),
        near_misses=("the price is fine, go ahead",),
        vetoes=VETOES,
        why="the price seems too high",
    ),
    cue(
        "complaint.didnt_do_it",
        "complaint",
        r"didn't (?:even |actually |really )?(?:clean|fix|show|turn up|come|call|finish|work|bother|have|bring)|thanks for nothing|never again|"
        r"(?:shows?|showed|turns?|turned) up (?:\w+ ){0,4}(?:before the end|at the end|hours? late)|(?:\d+(?:st|nd|rd|th)|second|third) (?:text|message|call)|"
        r"(?<!if )(?<!in case )(?:nobody|no one|no-one) (?:even )?(?:answers|answered|picks up|picked up|called)|<money> (?:just|only) to|never (?:showed|came|called|turned up|fixed)",
        examples=(
            "thanks for nothing",
            "3 - showed up 2 hours late",
            "3. Showed up 2 hrs late and didn't call",
        ),
        near_misses=("he fixed it, all good", "hide-a-key by the hose if nobody answers"),
        vetoes=VETOES,
        why="didn't fix, didn't show, never again",
    ),
    cue(
        "complaint.no_show",
        "complaint",
        r"no-?shows?|no one (?:called|came|rang|showed)|nobody (?:called|came|texted|rang|showed)|no call",
        examples=(
            "Cancel. Nobody showed up yesterday and I'm not waiting around again",
            "Waited in all day yesterday and no one came or called. Not impressed.",
            "Hello?? Nobody showed. If no one's here in 30 min I'm calling someone else",
        ),
        near_misses=("show him the side gate please",),
        vetoes=VETOES,
        why="a no-show, nobody called",
    ),
    cue(
        "complaint.still_broken",
        "complaint",
        r"still (?:dripping|leaking|broken|not working|doesn't work|isn't working|not fixed|no hot water)",
        examples=(
            "still leaking. same spot he fixed tues",
            "Still leaking after your guy 'fixed' it",
            "The faucet is still dripping after he left",
        ),
        near_misses=("it stopped dripping, thanks",),
        vetoes=VETOES,
        why="still dripping, still broken",
    ),
    cue(
        "complaint.still_doesnt_work",
        "complaint",
        r"(?<!i )(?<!i'm )(?<!we )(?<!we're )still (?:isn't|doesn't|won't|not|hasn't|can't|no) (?:\w+ )?(?:work|drain|heat|cool|"
        r"flush|fixed|turn|start|run|open|close|lock|charg)\w*",
        examples=("so the dishwasher still doesnt drain. what exactly did we pay for",),
        near_misses=("I still want the tune-up",),
        vetoes=VETOES,
        why="still doesn't work",
    ),
    cue(
        "complaint.broke_again",
        "complaint",
        r"(?:quit|broke|broken|failed|stopped working|went out|leaking|dripping|blocked|clogged|tripping|green|noisy) again",
        examples=(
            "the tap he replaced is dripping again",
            "Heater quit again the same night. Not impressed",
            "AC quit again 2 days after your visit. I paid $600 for this",
        ),
        near_misses=("thanks again!",),
        vetoes=VETOES,
        why="broke again, leaking again",
    ),
    cue(
        "complaint.fault_came_back",
        "complaint",
        # a machine that does not do its job again: "stopped cooling again", "won't drain again"
        r"(?:stopped|quit|isn't|is not|not|won't|wont|doesn't|does not|can't|no longer) (?:\w+ )?(?:cool|heat|work|drain|flush|start|"
        r"turn(?:ing)? on|fir|light|blow|clos|open|spin|come on|kick on)\w* again",
        # the fault itself again: "toilet's running again", "backed up again", "making that noise again"
        r"(?:toilet|tap|faucet|cistern)(?:'s| is)? (?:\w+ )?running again|(?:running over|overflowing|backed up|backing up|jammed|stuck|"
        r"out of hot water|no hot water|leaking|acting up|(?:draining |running )?slow|"
        r"rattling|squealing|grinding|banging|flickering|beeping|humming|buzzing|freezing up|icing up|short cycling|cycling) again|"
        r"(?:quit|died|broke|failed|stopped|went out|conked out) on (?:us|me) again|"
        r"making (?:\w+ ){0,2}(?:noise|sound|racket)s? again|(?:doing|making|has) (?:the )?(?:exact )?same (?:thing|noise|sound|problem)",
        # the problem is back: "the leak came back", "same issue is back"
        r"(?:problem|issue|leak|noise|fault|clog|smell|drip|error|code)(?:'s| is| has)? (?:\w+ )?(?:back|come back|came back|returned)"
        r"(?! (?:to|from|at|with)\b)|thought (?:you|he|they|u|your (?:guy|tech\w*))(?: guys)? (?:had )?(?:fixed|repaired|sorted)",
        examples=(
            "the AC stopped cooling again, your guy was just here Friday",
            "toilet's running again, thought you fixed it",
            "dishwasher won't drain again",
            "the leak came back",
            "furnace is making that banging noise again",
            "garbage disposal is jammed again already",
            "it worked for a day and now it's doing the exact same thing",
            "the error code is back on the thermostat",
            "the AC quit on us again last night, same thing you fixed",
            "uh oh the drain is slow again like before",
        ),
        near_misses=(
            "thanks again!",
            "the leak is back to a slow drip since he tightened it, fine for now",
            "can he come again next week to finish the trim?",
            "the heat is working again, thanks!",
        ),
        vetoes=VETOES,
        why="the fault the visit was for has come back",
    ),
    cue(
        "complaint.told_otherwise",
        "complaint",
        # what the business said beside what happened: "a fee when you said it was free", "I was told he'd call and he didn't"
        r"(?:when|after|even though) (?:you|u|they|he|she|your (?:office|guy|tech\w*)|the (?:office|tech\w*))(?: guys)? "
        r"(?:said|told (?:me|us)|promised|quoted|claimed)|"
        r"i was (?:told|promised|quoted) (?:[\w']+ ){0,6}(?:and|but) (?:he|she|they|it|you|nobody|no one) "
        r"(?:didn't|did not|never|wasn't|isn't|doesn't|hasn't)",
        examples=(
            "why is the tech charging a diagnostic fee when you said it was free?",
            "I was told he'd call before coming and he didn't",
        ),
        near_misses=(
            "you said to text if we need anything, so: can he bring filters?",
            "I was told to expect a call, thanks",
        ),
        vetoes=VETOES,
        why="the business said one thing and did another",
    ),
    cue(
        "complaint.billed_for_more_than_done",
        "complaint",
        r"(?:billed|charged|invoiced|bill|charge) (?:me |us )?for (?:[\w<>']+ ){1,3}(?:when|but|and|if|though) "
        r"(?:he|she|they|your (?:guy|tech\w*)|the (?:tech\w*|guy)) (?:was|were|only|worked|spent|didn't|did not|never)",
        examples=(
            "why did I get billed for 3 hours when he was here for 1?",
            "you charged us for a new valve but he never replaced it",
        ),
        near_misses=(
            "will I be billed for the part if he has to order it?",
            "can you bill me for the full visit?",
        ),
        vetoes=VETOES,
        why="billed for more than the technician did or stayed",
    ),
    cue(
        "complaint.stood_up",
        "complaint",
        r"stood (?:me|us) up|twice now|(?:took|taken|take|taking) (?:a|the|another) (?:whole )?(?:day|morning|afternoon) off",
        examples=(
            "It's 5:30. Took the day off for this. Great.",
            "Where's your tech at? I took the morning off for this",
            "Are you guys still coming? I took the day off for this",
        ),
        near_misses=("he stood on the ladder for ages",),
        vetoes=VETOES,
        why="stood me up, took a day off",
    ),
    cue(
        "complaint.tech_didnt",
        "complaint",
        r"(?:he|she|they|tech|guy|engineer|technician|plumber|electrician|sparky|bloke) (?:didn't|did not|never) (?!mind|get lost)\w+",
        examples=(
            "he never showed. waste of a day off.",
            "bloke never turned up, wasted me whole morning",
            "Engineer didn't turn up yesterday and no one rang. Rubbish.",
        ),
        near_misses=("he didn't mind the dog, thanks",),
        vetoes=VETOES,
        why="the technician didn't do something",
    ),
    cue(
        "complaint.tech_behaviour",
        "complaint",
        r"(?:your|the) (?:guy|tech|technician|man|engineer|sparky|plumber|electrician|bloke|worker|crew|installer)(?:'s)? (?:\w+ ){0,2}"
        r"(?:is|was|were|are)? ?(?:blasting|blocking|smok(?:ed|ing)|vap(?:ed|ing)|swearing|shouting|yelling|parked|parking|rude|playing|on (?:his|her) phone)",
        examples=(
            "Your guy was smoking in my driveway, that's not ok",
            "Your guy is smoking right outside my front door. Not ok",
            "Your tech smoked in my backyard and left butts on the lawn",
        ),
        near_misses=("the technician is on his way?",),
        vetoes=VETOES,
        why="the technician smoking, parked badly, on the phone",
    ),
    cue(
        "complaint.dont_want_him_back",
        "complaint",
        r"(?:don't|do not) want (?:him|her|them) (?:back|here|again)|told my tenant|without (?:talking|checking|consulting)",
        examples=("I don't want him back here",),
        near_misses=("I want him back next year for the tune-up",),
        vetoes=VETOES,
        why="don't want him back, without asking",
    ),
    cue(
        "complaint.repair_failed",
        "complaint",
        r"(?:installed|replaced|fixed|repaired|put in)\b[^?]{0,25}(?:doesn't|does not|won't|isn't|is not|keeps|stopped|"
        # "can he still service the furnace?" asks whether the visit goes on after someone else's repair (issue 13,
        # h13urgent13), it is no fault back
        r"(?<!can he )(?<!can she )(?<!can they )(?<!can you )(?<!could he )(?<!could you )(?<!will he )(?<!would he )"
        # "the leak he fixed is still holding" praises the repair (issue 13, h13urgent13)
        r"still(?! need| want| have to| planning| coming| on for| ok| good| holding| working| works| dry| fine| great| perfect|"
        r" going strong| solid| sealed| tight))",
        examples=(
            "the part he replaced last week keeps tripping",
            "you fixed it tuesday and it's still leaking",
        ),
        near_misses=(
            "installed fine, works great",
            "the utility fixed it, do you still need to check the line?",
            "the plumber fixed the leak this morning, can he still do the water heater flush today?",
            "the pipe your guy repaired in march is still holding, no drips at all, thanks",
        ),
        vetoes=VETOES,
        why="what was installed doesn't work",
    ),
    cue(
        "complaint.left_on_or_open",
        "complaint",
        r"(?:was|were) left (?:set|on|off|open|running|unlocked)|it's been (?:\d+|<qty>|a week|weeks|days|a month)\b",
        examples=("He said the compressor would be in within 2-3 days. It's been 12. What's going on?",),
        near_misses=("it's fine, see you soon",),
        vetoes=VETOES,
        why="left on or open, it's been a week",
    ),
    cue(
        "complaint.left_things_behind",
        "complaint",
        r"(?:he|she|they|tech|guy|engineer|technician) left (?:\w+ ){0,5}(?:sitting|lying|on (?:my|the)|in (?:my|the)|all over|everywhere|behind)",
        examples=(
            "He left the old water heater sitting in my driveway",
            "Your tech left mud all over my white carpet. Not happy.",
            "Engineer left a mess in the loft, insulation everywhere. Not impressed.",
        ),
        near_misses=("he left at 3",),
        vetoes=(
            *VETOES,
            # "he left the old filter on the bench, is that for me to keep?": asks what the thing left is for
            # (issue 13, h13en6a)
            Veto(
                "complaint.veto.left_for_me",
                "a thing left behind asked about, not grieved: 'is that for me to keep?', 'should I throw it out?'",
                re.compile(
                    r"\b(?:is|was) (?:that|it|this) (?:for me|for us|mine|ours|meant to|supposed to|on purpose)|"
                    r"\b(?:should|do|can|shall) (?:i|we) (?:keep|toss|bin|throw|chuck|hang on to|hold on to|return|give)\b|"
                    r"\bdoes he (?:need|want) (?:it|that|them) back\b"
                ),
                scope="text",
                examples=(
                    "he left the old filter on the bench, is that for me to keep?",
                    "tech left a spare part sitting in the garage, should I keep it?",
                ),
            ),
        ),
        why="left things lying around",
    ),
    cue(
        "complaint.mess_everywhere",
        "complaint",
        r"(?:mud|muddy|dust|debris|grease|dirt|paint|nails|screws|shavings|rubbish|trash|garbage|footprints|boot prints|butts|glass) "
        r"(?:\w+ ){0,3}(?:all over|all through|all down|all up|all along|everywhere|on (?:my|the)|in (?:my|the))",
        examples=("there are roofing nails all over my driveway, my wife already got a flat. really?",),
        near_misses=("the paint is dry now", "the burning smell was just dust on the heater, all good now"),
        vetoes=(*VETOES, JUST_DUST),
        why="mud or debris all over",
    ),
    cue(
        "complaint.not_done_properly",
        "complaint",
        r"(?:didn't|did not) (?:\w+ ){0,4}(?:properly|right|back)\b|not (?:done|fixed|installed|put back) (?:properly|right)",
        examples=("it was not installed properly",),
        near_misses=("it's working right now",),
        vetoes=VETOES,
        why="not done properly",
    ),
    cue(
        "complaint.waited_all_day",
        "complaint",
        r"window was \d+|rearranged my (?:whole )?(?:day|schedule)|(?:no one|nobody|no-one)(?:'s| is) (?:here|shown up)",
        examples=(
            "hello?? it's 5:40 and nobody's here",
            "The window was 8-12 and it's 12:30. Not happy.",
            "It's 2:40 and nobody's here. Are you coming or not??",
        ),
        near_misses=("the window is open for air",),
        vetoes=VETOES,
        why="the window was 8-12, rearranged my day",
    ),
    cue(
        "complaint.window_passed",
        "complaint",
        r"window (?:ended|closed|passed|is over|was over|finished)|(?:past|after) (?:the|your) (?:window|eta)|still nothing",
        examples=(
            "Please cancel. 3 hours past the window is ridiculous",
            "Hello? Anyone there? Window ended an hour ago and no call",
            "Where is he?? It's 95 in here and the window ended half an hour ago",
        ),
        near_misses=("the window in the bedroom is stuck",),
        vetoes=VETOES,
        why="the window passed, still nothing",
    ),
    cue(
        "complaint.nobody_called",
        "complaint",
        r"(?:nobody|no one|no-one|noone) (?:has |have |had |ever )?(?:called|came|rang|phoned|showed|texted|turned up|contacted|got back|replied)",
        examples=("nobody has called me back",),
        near_misses=("somebody called from your office, thanks",),
        vetoes=VETOES,
        why="nobody called or came",
    ),
    cue(
        "complaint.sitting_since",
        "complaint",
        r"(?:sat|sitting|stuck|been) (?:here |home |at home )?since|what (?:exactly )?(?:did|am|are) (?:i|we) pay(?:ing)? for",
        examples=(
            "I've been sat here since 1 o'clock. Nobody has phoned.",
            "Still seeing roaches everywhere a week after the treatment. What exactly did I pay for?",
        ),
        near_misses=("I've been a customer since 2010",),
        vetoes=VETOES,
        why="sitting here since, what did I pay for",
    ),
    cue(
        "complaint.paid_for_this",
        "complaint",
        r"(?:pay\w*|paid|charg\w*) (?:\w+ |<money> ){0,5}for this\?",
        examples=("we were charged a fortune for this?",),
        near_misses=("can I pay for this by card?",),
        vetoes=VETOES,
        why="I paid for this?",
    ),
    cue(
        "complaint.quoted_differently",
        "complaint",
        r"quoted (?:me )?(?:<money>|<qty>|\d+)|you (?:said|quoted|told me) (?:<money>|\d)|<money> (?:to|for|just|only) (?:[\w<>]+ ){0,8}[\w<>]+\?|\brobbery\b",
        examples=(
            "Quoted 200, charged 340. Explain?",
            "$380 for 20 min of work?? ridiculous",
            "$450 for 20 min of work?? are u kidding",
        ),
        near_misses=("can you send a quote?",),
        vetoes=VETOES,
        why="you quoted less, robbery",
    ),
    cue(
        "complaint.refund",
        "complaint",
        r"(?:want|demand|expect|give me) (?:a |my )?(?:full )?refund|money back|disput\w*|workmanship|shoddy|sloppy|botched|not impressed|not pleased|not good enough|rather disappointed",
        examples=(
            "I must say I'm rather disappointed with how this was handled",
            "Heating's gone off again and the lad was only out on Tuesday. Not impressed",
        ),
        near_misses=("refrigerator is in the garage", "do I get my money back if I cancel"),
        vetoes=(*VETOES, MONEY_BACK_ASKED_AS_A_RULE),
        why="I want a refund, shoddy work",
    ),
    cue(
        "complaint.damage",
        "complaint",
        # "messed up", "mess up the install" blame; "it's a mess up there" describes the customer's attic
        r"(?:left|tracked) (?:\w+ ){0,3}(?:mess|mud|grease|dirt|ruts)|messed up|(?<!a )mess up (?:the|my|our|your|it|everything)|"
        r"damaged|scratched|ruined",
        examples=(
            "Your tech tracked mud all over my carpet",
            "3, he was nice but left a mess under the sink",
            "Tech tracked mud all over my cream carpet. Not impressed",
        ),
        near_misses=(
            "damp patch on the ceiling, can he look?",
            "does he have to go up in the loft? it's a total mess up there, sorry",
        ),
        vetoes=VETOES,
        why="left a mess, damaged, ruined",
    ),
    cue(
        "complaint.tech_late",
        "complaint",
        r"you (?:guys )?(?:are|were|'re) late|(?:he|she|tech|guy|technician|plumber|electrician|engineer) (?:is|was|'s) (?:\w+ ){0,4}late",
        examples=(
            "3, he was fine but late",
            "3 he was late and didnt wipe his boots",
            "I had to step out since you guys are late. Back at 10:30",
        ),
        near_misses=("I'm late, sorry",),
        vetoes=VETOES,
        why="you're late, he was late",
    ),
    cue(
        "complaint.been_waiting",
        "complaint",
        r"been waiting|waiting since|waited (?:all|until|since)|took (?:the|a) (?:whole )?day off|left work early",
        examples=(
            "Cancel. Been waiting 3 hours, I'm done",
            "waited all day nobody showed. done with u guys",
            "Oye is the tech still coming? Been waiting desde las 9",
        ),
        near_misses=("I'm waiting for the delivery driver",),
        vetoes=VETOES,
        why="been waiting, took a day off",
    ),
    cue(
        "complaint.charged_twice",
        "complaint",
        r"charged (?:me )?(?:twice|double)|double[- ]charged|why (?:did|was) (?:i|we) (?:get )?charged",
        examples=(
            "Why was I charged twice?? Look at my card statement",
            "Why was I charged the weekend rate? It was a Friday.",
        ),
        near_misses=("charge my card on file",),
        vetoes=VETOES,
        why="charged twice",
    ),
    cue(
        "complaint.second_time_paid",
        "complaint",
        r"(?:second|third|<qty>) time|i paid|paid <money>|<money>\s*\?|charge me|charging me|charged me|"
        # "why is there" asks; it complains when what is there is a late fee, still nothing, another charge
        r"why is there (?:still |another |an? )?(?:no\b|nothing|another|extra|additional|hidden|surprise|double|late fee|<money> late)",
        examples=(
            "still no invoice, 3rd time asking",
            "Why is there a $75 late fee on my bill? Your guy was the one who was late",
            "why is there still no invoice?",
            "This is the third time you've moved my appointment",
            "this is the third time I've taken a day off for this",
        ),
        near_misses=("see you next week", "why is there a trip charge on the estimate?"),
        vetoes=VETOES,
        why="the second time, I paid, why is there still no or another charge",
    ),
    cue(
        "complaint.fed_up",
        "complaint",
        r"waste of|fed up|sick of|frustrat\w*|annoyed|angry|furious|never using|but you said|took (?:the|a|another) (?:whole )?day off",
        examples=("The tracker says he's 40 min away but you said 10:15??",),
        near_misses=("I'm so happy with it",),
        vetoes=VETOES,
        why="fed up, frustrated, but you said",
    ),
    cue(
        "complaint.on_his_phone",
        "complaint",
        r"(?:sitting|sat|been|was|is) (?:\w+ ){0,4}on (?:the|his|her) phone|(?:am i|are we|do i|did i|we're|i'm) (?:paying|being charged) for (?:that|this)",
        examples=("Why is this quote $180 more than what I was told on the phone?",),
        near_misses=("he called me on the phone earlier, thanks",),
        vetoes=VETOES,
        why="on his phone, paying for that",
    ),
    cue(
        "complaint.without_fixing",
        "complaint",
        r"without (?:fixing|finishing|doing|cleaning|calling|telling|asking)|(?:nobody|no one|no-one|never) (?:mentioned|told|said)",
        examples=(
            "3 - job was fine but nobody told me he was coming at 7am",
            "Is Ben coming back today with the part or not? Nobody told me anything",
            "Why's there a £180 call-out charge for a Sunday? Nobody mentioned that on the phone",
        ),
        near_misses=("without the dog in the yard it's easier",),
        vetoes=VETOES,
        why="left without fixing, nobody told me",
    ),
    cue(
        "complaint.more_than_quoted",
        "complaint",
        r"(?:more|higher) than (?:you|he|they|what you|the quote)|you (?:say|said|told|quoted)(?: me)? (?:<money>|\d)",
        examples=("Why price is more than you tell on phone? You say 150, bill say 240",),
        near_misses=("more or less on time",),
        vetoes=VETOES,
        why="more than the quote",
    ),
    cue(
        "complaint.supposed_to_fix",
        "complaint",
        r"(?:supposed|meant) to (?:kill|fix|stop|work|last|solve|get rid)|dinged|gouged?|scuffed|dented|chipped",
        examples=("it was supposed to fix the leak",),
        near_misses=("supposed to rain later",),
        vetoes=VETOES,
        why="supposed to fix it, dinged, scuffed",
    ),
    cue(
        "complaint.pay_again",
        "complaint",
        r"(?:pay|charge\w*) (?:me |us |for it )?again",
        examples=("do I have to pay again?",),
        near_misses=("I'll pay by card",),
        vetoes=VETOES,
        why="pay again",
    ),
    cue(
        "complaint.pests_back",
        "complaint",
        r"(?:more|another|new|live) (?:cockroach|roach|ant|bug|mouse|mice|rat|termite|wasp|flea|bed ?bug)e?s?\b",
        examples=("seeing more roaches in the kitchen",),
        near_misses=("we have no bugs since the visit",),
        vetoes=VETOES,
        why="more roaches, new ants",
    ),
    cue(
        "complaint.sarcasm",
        "complaint",
        # "again" after a working state is the repair holding, not sarcasm: "great job, fridge is cold again" (h14 review)
        r"^(?:oh )?(?:wonderful|great|fantastic|brilliant|perfect)\b.{0,40}(?<![a-z])(?:'fixed'|now|"
        r"(?<!cold )(?<!hot )(?<!warm )(?<!working )(?<!works )(?<!running )(?<!quiet )(?<!on )again|another)|love (?:sitting|waiting)|thanks a lot|"
        r"^oh good\b.{0,40}(?<![a-z])(?:again|another)",  # round 8
        examples=(
            "great, another no-show",
            "Oh perfect, running late AGAIN. Just perfect.",
            "love waiting around all day for nobody to show up 🙃",
            "oh good, another 'window' that came and went",
        ),
        near_misses=(
            "wonderful work, thank you",
            "great, thanks for letting me know",
            "great job, fridge is cold again",
            "perfect, the dryer is working again, thank you!",
        ),
        vetoes=VETOES,
        why="oh wonderful, 'fixed' again; thanks a lot",
    ),
    cue(
        "complaint.left_a_card",
        "complaint",
        r"knocked once|left a card|didn't (?:wait|knock|ring)|(?:late|no-show) (?:like|again|as usual)|like (?:yesterday|last time)|as usual",
        examples=("In 45. Went out for lunch, figured he'd be late like yesterday",),
        near_misses=("please knock loudly",),
        vetoes=VETOES,
        why="knocked once, left a card, as usual",
    ),
    cue(
        "complaint.finally_shows_up",
        "complaint",
        r"(?:actually|even|finally|bother to) (?:turns? up|shows? up|comes?)|(?:i'm|i am|we're|we are) (?:so )?done\b(?! (?:with (?:the|my|work)|at|by|in|for))",
        examples=(
            "Cancel it. I'm done.",
            "Wed works but only if someone actually turns up this time",
        ),
        near_misses=("I'm done with work at 5",),
        vetoes=VETOES,
        why="if he even shows up, I'm done",
    ),
    cue(
        "complaint.charged_amount",
        "complaint",
        r"(?:got |been |was )?charged (?:me )?(?:<money>|\d+)\b|promo says|blowing (?:warm|hot) again|(?:acting up|doing it) again",
        examples=(
            "the ac is blowing warm again smh",
            "the AC is blowing warm again, Luis was just here yesterday 😤",
            "ur promo says $79 but i got charged 129 for the same tune up",
        ),
        near_misses=("he charged the battery",),
        vetoes=VETOES,
        why="charged me $, acting up again",
    ),
    cue(
        "complaint.not_on",
        "complaint",
        r"not on[.!]*$|took (?:weeks|days|forever|ages|a month) to|(?:took|taken) (?:off|time off|a day off) work|"
        r"(?:you|y'all|you guys|you lot) (?:say|said|told me) (?:<money>|\d)",
        examples=(
            "3 - took weeks to get an appointment",
            "Y'all said 8 to 10. It is 11:30. I took off work for this",
            "Found a pile of old pipe offcuts in the garden after he left. Not on.",
        ),
        near_misses=("the lights are not on in the garage",),
        vetoes=VETOES,
        why="not on, took weeks, took a day off work",
    ),
    cue(
        "complaint.calling_someone_else",
        "complaint",
        r"(?:i'm|i am|we're|we are) calling (?:someone|somebody|another)",
        examples=("if hes not here in 30 min im calling someone else",),
        near_misses=("calling you back in 5",),
        vetoes=VETOES,
        why="I'm calling someone else",
    ),
    cue(
        "complaint.leaving_languages",
        "complaint",
        LEAVING_LANGUAGES
        + r"|vous me niaisez|(?:me cans[eé]|cansad[oa]|tann[ée]e?) d(?:e |')(?:esperar|attendre)",
        examples=(
            "j'annule tout pis je vais ailleurs, ça fait 3 heures que j'attends",
            "Si no llegan en una hora busco otra empresa",
            "Si el técnico no viene hoy me voy con la competencia",
            "vou chamar outra empresa se ninguém aparecer até as 3",
            "nunca mais contrato vocês, que falta de respeito",
            "c'est la 2e fois que vous me niaisez",
            "Ya me cansé de esperar",
        ),
        near_misses=(
            "a outra empresa que veio antes não resolveu, por isso chamei vocês",
            "el otro técnico que vino la vez pasada fue muy amable",
            "Mon mari a trouvé quelqu'un d'autre, on annule, merci quand même",
            "Ya encontramos otra empresa, pueden cancelar",
        ),
        vetoes=VETOES,
        why="busco otra empresa, je vais ailleurs, vou chamar outra empresa",
    ),
    cue(
        # issue 13, h13assist8: a leave threat in the languages the leaving cue above did not read
        # ("再不来我就找别的公司了" read as thanks, "다른 업체 부를게요" as a cancel, "Ich rufe eine andere
        # Firma an" as late), so the learned voice alone answered for them.
        "complaint.leaving_more_languages",
        "complaint",
        *LEAVING_MORE_LANGUAGES,
        examples=(
            "再不来我就找别的公司了",
            "太慢了！我要换一家公司",
            "오전 내내 기다렸어요. 다른 업체 부를게요",
            "Schon wieder zu spät. Ich rufe eine andere Firma an.",
            "Опять опаздываете, я найду другую фирму",
            "Se non arriva entro un'ora chiamo un'altra ditta",
            "hahanap na lang ako ng ibang kumpanya",
            "もう待てません。他の業者に頼みます",
            "Als hij niet komt bel ik een ander bedrijf",
            "Jeśli nikt nie przyjdzie, zadzwonię do innej firmy",
            "Trưa rồi mà không thấy ai, tôi gọi công ty khác",
        ),
        near_misses=(
            "上次别的公司没修好，所以才找你们",
            "다른 업체가 못 고쳐서 연락드렸어요",
            "Die andere Firma hat es letztes Jahr nicht repariert",
            "Другая фирма не смогла починить, поэтому вызвали вас",
            "L'altra ditta non l'ha riparato, per questo vi ho chiamato",
            "Công ty khác sửa không được nên tôi gọi bên anh",
        ),
        vetoes=VETOES,
        why="找别的公司, 다른 업체 부를게요, andere Firma anrufen, найду другую фирму",
    ),
    cue(
        "complaint.leaving_blind15",
        "complaint",
        *LEAVING_BLIND15,
        examples=(
            "Ya no. No pienso volver a llamarlos",
            "Üçüncü kez geç kaldınız, bir daha asla",
            "Второй раз не пришли. Больше к вам не обращусь",
            "itna late? dobara kabhi nahi bulaunga",
            "Grabe, di na ako uulit sa inyo",
            "Toto je hrôza, nikdy viac",
            "שלוש שעות איחור, לא אזמין אתכם שוב",
            "ما راح اتعامل معكم مرة ثانية بعد هالخدمة",
            "yarım saat içinde gelmezse başka servis çağırıyorum",
            "إذا ما وصل خلال ساعة بتصل بشركة ثانية",
            "اگه نیاد یکی دیگه رو خبر میکنم",
            "aadhe ghante me nahi aaye toh kisi aur ko bula lungi",
            "si li pa vini, m ap rele yon lòt konpayi",
            "今日唔嚟我就搵第二間",
            "これ以上待つなら他に頼むわ",
            "si no viene hoy me consigo a otro",
            "Als hij om 12u niet hier is bel ik een andere firma",
            "se non arriva entro le 11 chiamo un altro",
            "Ещё полчаса и вызываю другую фирму",
            "אכתוב ביקורת על היחס הזה",
            "Πλήρωσα και πάλι χαλασμένο, θα γράψω κριτική",
            "Деньги взяли, кран течёт. Отзыв напишу везде",
            "fatura 3 katı, şikayetvar'a yazıyorum",
            "3 ghante late, google pe review daalungi",
            "review bhi likhungi, bahut bura service",
            "Ok I'll post it on google then",
            "Two visits and nothing, I want money back",
            "修了两次还是坏的，退钱",
            "Radiators joprojām auksts, prasīšu naudu atpakaļ",
        ),
        near_misses=(
            "No, no vuelvo a llamar, ya quedó todo bien, gracias",
            "bir daha arıza olursa size yazarım",
            "Больше не течёт, спасибо",
            "dobara aana padega kya?",
            "Hindi na kailangan bumalik, ayos na",
            "Nikdy predtým sme taký problém nemali",
            "הוא כתב ביקורת מעולה עליכם",
            "شركة ثانية ركبت المكيف، بس انتو صلحتوه",
            "the other company quoted more, so we went with you",
            "I left you a great review on google",
            "Can I get money back if I pay by card and the part is cheaper?",
            "退货的事情我自己处理",
        ),
        vetoes=VETOES,
        why="no pienso volver a llamar, bir daha asla, başka servis, یکی دیگه رو خبر, אכתוב ביקורת, money back",
    ),
    cue(
        "complaint.left_a_hole",
        "complaint",
        r"(?:left|made) a (?:\w+ ){0,2}hole|pretty ordinary|ordinary work|didn't (?:even )?(?:go up|look|check|test|say a word)|"
        r"(?:double|twice|triple) what|expected better|not thrilled|(?:he|she|they) forgot (?:them|it|the|to)|(?:this|it) (?:has been|was|is) (?:a |an absolute )?nightmare|(?:let|letting) the (?:cat|dog)s? out|"
        r"(?:ants|roaches|cockroaches|bugs|mice|rats|wasps|termites|fleas|bed ?bugs)(?:'re| are)? (?:\w+ )?back\b|back already|came back already|"
        r"(?:drip|leak|noise|problem|issue|clog|smell)\w* (?:\w+ ){0,5}came back|came back (?:\w+ ){0,4}after (?:your|the|he|she|they)|"
        r"gripe|grumble|niggle|done waiting|(?:sick|tired) of waiting|if (?:nobody|no one|no-one) (?:shows|turns up|comes)",
        examples=(
            "The ants are back already, it's been 4 days since the treatment",
            "The drip under the sink came back a week after your guy fixed it",
            "If nobody shows up today I'm leaving a review and calling Roto-Rooter. Done waiting.",
        ),
        near_misses=("there's a hole in the fence for the dog",),
        vetoes=VETOES,
        why="left a hole, ordinary work, expected better",
    ),
    cue(
        "complaint.charged_twice_worse",
        "complaint",
        r"charged (?:my card|me|us|my account) (?:\w+ )?(?:twice|double|two times)|worse than (?:before|the old|it was)|even worse",
        examples=(
            "You charged my card twice for the same visit",
            "The tech was lovely but the noise from the new unit is worse than the old one",
        ),
        near_misses=("it's better than before",),
        vetoes=VETOES,
        why="charged my card twice, worse than before",
    ),
    cue(
        "complaint.left_gate_open",
        "complaint",
        r"left (?:the|my|our) (?:\w+ )?(?:gate|door|garage|window|tap|water|lights?|hose) (?:\w+ )?(?:open|on|running|unlocked)|(?:dog|cat) got out",
        examples=(
            "Your tech left the side gate open and my dog got out. Not ok.",
            "3 - job was fine but he left the gate open and the dog got out",
            "He left the side gate open and the dog got out. Took us an hour to find her",
        ),
        near_misses=("the gate is open for you",),
        vetoes=VETOES,
        why="left the gate open, the dog got out",
    ),
    cue(
        "complaint.useless_one_star",
        "complaint",
        r"useless|(?:one|1|<qty>)[- ]star|bad review|(?:highway|daylight) robbery|for nothing|not (?:ok|okay|cool|acceptable)\b",
        examples=(
            "$450 for a 20 minute job is highway robbery",
            "Your tech was really short with my elderly dad. Not ok.",
            "Leaving a 1 star review everywhere I can. Absolutely useless outfit.",
        ),
        near_misses=("five stars!",),
        vetoes=VETOES,
        why="useless, one star, highway robbery",
    ),
    cue(
        "complaint.same_problem",
        "complaint",
        r"same (?:\w+ ){0,2}(?:noise|problem|issue|leak|sound|smell|thing) (?:\w+ ){0,3}(?:before|again|as before)|still (?:making|doing) (?:the|that)",
        examples=(
            "Garage door is making the exact same grinding noise again",
            "Cheers for coming out but the door is making the same grinding noise again",
            "Mate the garage door is making the same grinding noise it was before you 'fixed' it",
        ),
        near_misses=("same time next week works",),
        vetoes=VETOES,
        why="the same problem again",
    ),
    cue(
        "complaint.damaged_property",
        "complaint",
        r"(?:backed|ran|drove|reversed) (?:over|into) (?:my|our|the|a|his) |(?:broke|cracked|dented|chipped|stained) (?:\w+ ){0,2}(?:of )?(?:our|my|the) \w+",
        examples=("he cracked one of my tiles",),
        near_misses=("back into the driveway is easiest",),
        vetoes=VETOES,
        why="cracked or dented something of ours (the 'backed into' alternative ends in a space, so it never matches before a word: kept as it was)",
    ),
    cue(
        "complaint.who_pays",
        "complaint",
        r"who(?:'s| is) (?:paying|going to pay) (?:for|to)|who pays for",
        examples=("who's paying for the damage?",),
        near_misses=("who is coming today?",),
        vetoes=VETOES,
        why="who's paying for this",
    ),
    cue(
        "complaint.left_debris",
        "complaint",
        r"left (?:a |the )?(?:\w+ ){0,2}(?:all over|everywhere|behind on|on (?:my|the) (?:floor|carpet|counter|lawn))|sawdust",
        examples=(
            "Guy smoked in my driveway and left butts everywhere",
            "3. He was nice but left sawdust all over the hallway",
        ),
        near_misses=("he left a note on the door",),
        vetoes=VETOES,
        why="left sawdust all over",
    ),
    cue(
        "complaint.waiting_outside",
        "complaint",
        r"been (?:standing|sitting|waiting|stuck) (?:outside|here|around|in the cold|at home|<qty>|\d)",
        examples=(
            "How long til the locksmith gets here? Been standing outside 40 min and it's minus 25",
            "Still waiting... is anyone coming? I've been sitting here since 8 and I have a 1pm shift.",
        ),
        near_misses=("I'll be standing outside when he arrives",),
        vetoes=VETOES,
        why="been standing outside",
    ),
    cue(
        "complaint.spanish",
        "complaint",
        r"mal servicio|muy mal|no arregl[oó]|(?:t[eé]cnico|muchacho|señor|plomero|electricista|él|guy) lleg[oó] (?:bien |muy |\d+ \w+ )?(?:tarde|late)|"
        r"ni avis[oó]|y nada|llevo esperando|llevamos (?:\w+ ){0,3}esperando|falta de respeto|nadie (?:me )?(?:ha )?(?:llamado|venido|avisado)|p[eé]simo|molest[oa]|nadie (?:llam[oó]|vino)",
        examples=(
            "Ya son las 11:40 y nada. ¿Dónde está?",
            "3, el tecnico llego bien tarde y ni aviso",
            "Muy mal servicio, llevo 3 horas esperando",
        ),
        near_misses=("muy bien, gracias",),
        vetoes=VETOES,
        why="bad service, arrived late, nobody called, in Spanish",
    ),
    cue(
        "complaint.french",
        "complaint",
        r"très mal|pas contente?|pantoute|traces de (?:bottes|boue|pas)|c'est du vol|ça fait (?:\d+ ?h|\d+|<qty>|une) ?(?:heures?|minutes)? que j'attends|j'attends depuis",
        examples=(
            "Est-ce qu'il s'en vient toujours? Ça fait 1h que j'attends",
            "Ça fait 2 heures que j'attends, est-ce qu'il vient ou pas?",
            "pas content, le technicien est parti sans finir pis y'a laissé des vis partout",
        ),
        near_misses=("très bien, merci",),
        vetoes=VETOES,
        why="bad service, waiting for hours, in French",
    ),
    cue(
        "complaint.spanish_mess",
        "complaint",
        r"dej[oó] todo (?:sucio|tirado)|lodo|ni se limpi\w+|(?:es|eso es) un robo|ni (?:lo|la) (?:arreglaron|repararon)|"
        r"llevo (?:\w+ ){0,3}esperando|ped[ií] el d[ií]a libre|me cobraron",
        examples=(
            "3, el muchacho fue amable pero dejó todo lleno de lodo",
            "¿Por qué me cobraron 150 por la visita si no arreglaron nada?",
            "dejaron todo sucio, lodo en la alfombra y ni barrieron. muy mal",
        ),
        near_misses=("esperamos al técnico mañana",),
        vetoes=VETOES,
        why="left it dirty, a robbery, still waiting, in Spanish",
    ),
    cue(
        "complaint.spanish_french_rude",
        "complaint",
        r"groser[oa]|mal ?educad[oa]|no me gust[oó]|no (?:lo|la) quiero (?:de vuelta|otra vez|aqu[ií])|"
        r"sigue sin (?:enfriar|funcionar|servir|calentar|prender|arrancar|drenar)|sigue (?:goteando|fallando|igual)|"
        r"no estoy (?:content[oa]|satisfech[oa]|feliz)|ne (?:marche|fonctionne) toujours pas|toujours (?:brisée?|pareil)",
        examples=(
            "El técnico fue muy grosero con mi mamá",
            "El aire hace el mismo ruido que antes y ya pagué. No estoy contento",
            "el AC sigue sin enfriar, ya vino el muchacho ayer y no arreglo nada",
        ),
        near_misses=("me gustó mucho el servicio",),
        vetoes=VETOES,
        why="rude, didn't like it, still not working, in Spanish and French",
    ),
    # ---- Vietnamese, Chinese, Portuguese, French, German, Tagalog, Korean (issue 13, h13lang) ----
    cue(
        "complaint.other_languages",
        "complaint",
        r"thất vọng|that vong|quá mắc|qua mac|không đáng|khong dang|vẫn không (?:chạy|được|hoạt động)|van khong chay|"
        r"lại hư|lai hu|không báo trước|khong bao truoc|(?:đợi|chờ|doi) cả|làm dơ|lam do|không dọn|khong don|"
        r"失望|太贵|太貴|不值|还是不|還是不|又(?:坏|壞|漏|不行|出问题|出問題)|(?:态度|態度)(?:很|太)?差|不合理|没通知|沒通知|等了|服务太差|服務太差|"
        r"decepcionad[oa]|caro demais|muito caro|não vale|nao vale|continua sem funcionar|quebrou de novo|ningu[ée]m avisou|"
        r"esperando (?:a manhã|o dia) tod[oa]|p[ée]ssimo|d[ée]çue?|trop cher|toujours pas|encore en panne|sans pr[ée]venir|"
        r"j'attends depuis|j'attends pour rien|toujours bris[ée]|inacceptable|inadmissible|c'est la (?:troisième|deuxième|3e|2e) fois|enttäuscht|immer noch nicht|zu teuer|ich warte seit|nakakadismaya|sira pa rin|kanina pa (?:po )?ako|"
        r"실망|여전히 안|너무 비싸|기다리고 있어요",
        examples=(
            "Sửa xong mà máy lạnh vẫn không chạy, rất thất vọng",
            "收费太贵了,不值",
            "又坏了,上周刚修的",
            "上次修完不到一天又漏水了",
            "师傅态度很差,收费也不合理",
            "Thợ làm dơ hết sàn nhà mà không dọn",
            "Cobraram caro demais, não vale",
            "C'est beaucoup trop cher pour ce qui a été fait",
            "C'est la troisième fois que j'attends pour rien, c'est inacceptable",
            "Ca fait trois fois que vous venez et c'est toujours brise",
            "Die Klimaanlage geht immer noch nicht, sehr enttäuscht",
            "수리했는데 에어컨이 여전히 안 돼요, 실망이에요",
        ),
        near_misses=("Máy chạy tốt rồi, cảm ơn", "很好,谢谢", "Ficou ótimo, obrigado"),
        vetoes=VETOES,
        why="disappointed, too expensive, still broken, broke again, nobody warned, in Vietnamese, Chinese, Portuguese, French, German, Tagalog and Korean",
    ),
    cue(
        "complaint.damage_left_behind",
        "complaint",
        # damage the visit made, told as a fact: "a dent in the fridge door now" (what he left lying
        # about is `left_things_behind`, mess is `mess_everywhere`)
        r"(?:made|put|caused) (?:a |an |some )?(?:big |huge |deep |small |little )?(?:scratch(?:es)?|dent|gouge|scuff(?:s| marks?)?|hole|crack)\b|"
        r"(?:there's|there is|there are|now (?:has|have)) (?:a |an )?(?:\w+ )?(?:scratch(?:es)?|dent|gouge|crack|stain|hole) (?:in|on) (?:the|my|our) [^.?!]{0,25}(?:now|since|after)\b",
        examples=(
            "there's a dent in the fridge door now",
            "your guy made a big gouge in the hardwood",
            "there are scratches on the floor now where he dragged the old unit",
            "there's a crack in the tile now since he was here",
        ),
        near_misses=(
            "there's a dent in the fridge door, can he look at the ice maker too?",
            "left the gate code on the door",
            "please wipe your feet, there's mud outside from the rain",
        ),
        vetoes=VETOES,
        why="damage the visit made, without a complaint word",
    ),
    cue(
        "complaint.charged_against_the_quote",
        "complaint",
        # "invoice says $189 when the quote was $99", texts too early or too many (a double charge is
        # `charged_twice`, nobody calling is `didnt_do_it`)
        r"(?:invoice|bill|receipt|charge|you charged|charged me)\b[^.?!]{0,30}(?:when|but|while|and) (?:the |your |my )?(?:quote|estimate|price)(?: was| said)|"
        r"(?:quote|estimate)d? (?:was|said) <money>[^.?!]{0,25}(?:charged|billed|invoice|bill)|"
        r"texts? (?:at|before) \d+(?::\d+)? ?am (?:is|are|was|were) (?:too much|a bit much|not ok|not okay|ridiculous)|"
        r"(?:too many|so many|way too many) (?:texts|messages|reminders)",
        examples=(
            "invoice says $189 when the quote was $99",
            "texts at 6 am are too much",
            "way too many reminders",
            "the bill came to $340 but the estimate was $200",
        ),
        near_misses=(
            "can I get a copy of the invoice?",
            "charged my card — is that the deposit?",
            "did anyone call about the part?",
        ),
        vetoes=VETOES,
        why="a price over the quote, texts too early or too many",
    ),
    # ---- Italian, Polish, Hindi/Hinglish in Latin script, Russian (issue 13, h13lang2) ----
    cue(
        "complaint.italian_polish_hindi_russian",
        "complaint",
        r"(?:molto |davvero )?delus[oia]|inaccettabile|vergognoso|vergogna|troppo car[oa]|non funziona (?:ancora|più|piu)|ancora non funziona|di nuovo rott[oa]|"
        r"(?:sono|siamo) (?:molto )?arrabbiat[oia]|pessim[oa]|nessuno (?:mi |ci )?ha (?:avvisato|chiamato)|(?:aspetto|sto aspettando) da|maleducat[oa]|"
        r"rozczarowan\w*|skandal\w*|za drogo|zbyt drogo|(?:nadal|dalej|wciąż|wciaz|znowu) nie (?:działa|dziala|grzeje)|znowu (?:się |sie )?zepsu\w*|beznadziejn\w*|"
        r"nikt (?:nie )?(?:zadzwonił|zadzwonil|uprzedził|uprzedzil|poinformował|poinformowal)|czekam (?:już |juz )?od|niegrzeczn\w*|"
        r"bahut (?:bura|kharab|mehenga|mehnga|ganda)|bekaar|bakwaas|bakwas|(?:ab bhi|abhi bhi|phir se|fir se) (?:kaam nahi|kharab|theek nahi|nahi chal)|"
        r"paise (?:barbaad|waste)|(?:ne )?(?:bahut )?badtameez\w*|koi (?:call|phone) nahi|worst service|(?:\d|do|teen) (?:ghante|hours) se (?:wait|intezaar)|"
        r"разочарован\w*|безобразие|возмутительно|ужасн(?:ый|ое) (?:сервис|обслуживание)|слишком дорого|очень дорого|"
        r"(?:всё |все )?(?:ещё|еще|опять|снова) не работает|(?:опять|снова) сломал\w*|никто не (?:позвонил|предупредил)|жду (?:уже|с утра|morning)|хамств\w*|нагруб\w*|недовол\w+",
        examples=(
            "Molto deluso, il condizionatore non funziona ancora",
            "Skandal, czekam od rana i nikt nie zadzwonił",
            "bahut bura service, AC phir se kharab ho gaya",
            "Безобразие, жду с утра, никто не позвонил",
        ),
        near_misses=("tutto perfetto, grazie", "wszystko działa, dziękuję", "всё работает, спасибо"),
        vetoes=VETOES,
        why="disappointed, too expensive, still broken, nobody called, in Italian, Polish, Hindi/Hinglish and Russian",
    ),
    # ---- Haitian Creole and Arabic (issue 13, h13lang2) ----
    cue(
        "complaint.haitian_creole_arabic",
        "complaint",
        r"pa kontan|dezapwente|tw[òo] ch[èe]|toujou pa mache|pa mache ank[òo]|kraze ank[òo]|p[èe]sonn pa rele|"
        r"سيء|سيئ|زفت|غالي (?:جدا|كتير|قوي|مرة)|(?:لسا|لسه|ما زال|مازال) (?:ما )?(?:بيشتغل|يشتغل|اشتغل|لا يعمل|خربان)|"
        r"خرب (?:مرة ثانية|تاني|من جديد)|مستاء|زعلان|(?:ما حد|محد|محدش) (?:اتصل|كلمني)|(?:بستنى|أنتظر|انتظر) من الصبح",
        examples=(
            "Mwen pa kontan ditou, li toujou pa mache",
            "Twò chè pou sa",
            "خدمة سيئة، لسا ما بيشتغل",
            "غالي جدا",
        ),
        near_misses=("li mache byen, mèsi", "كل شي تمام، شكرا"),
        vetoes=VETOES,
        why="unhappy, too expensive, still broken, nobody called, in Haitian Creole and Arabic",
    ),
    # ---- a mess left, a no-show without a call, "unacceptable" (issue 13, h13lang3) ----
    cue(
        "complaint.mess_no_show_unacceptable_languages3",
        "complaint",
        r"불쾌|돈(?:이)? 아깝|돈(?:이)? 아까워|말이 안 ?(?:됩니다|돼요|되네요|되죠)|납득이 안|불친절|다시는 [^.!?]{0,12}안 (?:씁니다|써요|부릅니다|불러요)|진흙|연락(?:도|조차) 없이|너무하네|화가 나|"
        r"غير مقبول|(?:ما|لا) (?:تستاهل|يستاهل|تسوى|يسوى)|غير (?:راض|راضي|راضية)|(?:وسخ|وسخوا|لطخ|بهدل)\S* (?:ال)?(?:سجادة|سجاد|أرض|ارض|بيت)|ضيعت?وا? (?:يومي|وقتي|نهاري)|(?:ولم|ولا|وما) (?:يتصل|اتصل|حد اتصل)|"
        r"scandaleux|unmöglich|unmoglich|inakzeptabel|unverschämt|unverschamt|verdreckt|(?:schlamm|dreck) (?:auf|im|in|überall)|"
        r"inaceit[áa]vel|lama no (?:tapete|ch[ãa]o)|nem (?:pediu desculpa|ligou|avisou)|"
        r"không thể chấp nhận|(?:cũng )?không (?:gọi|gọi điện|gọi báo|báo)(?: báo)? (?:gì|một tiếng|trước|,|\.)|không gọi báo|"
        r"不像话|不像話|太过分|太過分|没人来|沒人來|也没(?:打|通知|说)|也沒(?:打|通知|說)|全是泥|弄脏|弄髒|"
        r"неприемлемо|(?:даже|и) не позвонил\w*|nawet nie zadzwoni\w*|"
        r"hindi katanggap-tanggap|hindi man lang (?:tumawag|nagsabi|nag-text)|pa akseptab|(?:li|yo) pa (?:menm )?rele",
        examples=(
            "기사님이 신발 신고 들어와서 거실 카펫에 진흙이 묻었어요",
            "연락도 없이 안 오셨어요. 정말 불쾌합니다",
            "이건 말이 안 돼요, 하루를 버렸어요",
            "الفني وسخ السجادة كلها، غير مقبول",
            "ما جا أحد ولا اتصل، ضيعتوا نهاري",
            "Der Monteur hat alles verdreckt, unverschämt",
            "이런 서비스는 처음 봐요. 돈이 아깝네요",
            "خدمتكم ما تستاهل ولا ريال",
            "C'est scandaleux, personne ne m'a expliqué la facture",
            "Deixaram lama no chão e nem avisaram que não vinham. Inaceitável",
            "Hẹn mà không đến, cũng không gọi báo gì",
            "说好今天修，结果没人来，也没打电话",
            "Никто не пришёл и даже не позвонил",
            "Hindi man lang tumawag, sayang ang araw ko",
            "Yo pa vini, yo pa menm rele",
        ),
        near_misses=(
            "카펫 청소도 해 주시나요?",
            "돈은 언제 보내면 되나요?",
            "연락 주셔서 감사합니다",
            "المفتاح تحت السجادة",
            "Bitte Schuhe ausziehen, wir haben einen neuen Teppich",
            "O técnico ligou, obrigado",
            "师傅很好，谢谢",
            "Мастер позвонил, всё хорошо",
        ),
        vetoes=VETOES,
        why="mud left on a carpet, a no-show without a call, 'unacceptable', in Korean, Arabic and the other languages",
    ),
)
CUES = (
    *CUES,
    # ---- grievances said without angry words (issue 13, round 7) ----
    cue(
        "complaint.quote_against_bill",
        "complaint",
        r"(?:quote|quoted|estimate)d? (?:said|says|was|of) [^.!?]{0,25}(?:(?:invoice|bill|charged?|charging|total)\w*|"
        r"now (?:it's|its|it is|they want|you want))|"
        r"(?:almost |nearly |like )?(?:double|twice|triple) (?:the |what (?:the |you |he )?)?(?:estimate|quote|quoted)|"
        r"(?:invoice|bill|factura|cuenta) (?:sali[óo]|vino|lleg[óo]|fue|es) (?:\w+ ){0,2}m[áa]s (?:cara|caro|alta|alto) que (?:el|lo|la) "
        r"(?:presupuesto|cotizaci[óo]n|cotizado|acordado|dicho)|m[áa]s (?:cara|caro|alta|alto) de lo (?:que (?:me )?(?:dijeron|cotizaron)|acordado|cotizado)",
        examples=(
            "quote said 180, invoice says 412??",
            "the estimate was 200 and the bill came to 450",
            "invoice is almost double the estimate",
            "la factura salió mucho más cara que el presupuesto",
            "salió más caro de lo que dijeron",
        ),
        near_misses=("can you send me the quote for the invoice?", "the quote looks fine, go ahead"),
        vetoes=VETOES,
        why="the bill set against the quote: a grievance about the price without an angry word",
    ),
    cue(
        "complaint.new_part_already_failing",
        "complaint",
        r"already (?:loose|broke|broken|leaking|dripping|wobbl\w*|cracked|rusting|peeling|blank|dead|clogged|stuck|jammed|tripping|beeping|falling (?:apart|off)|coming (?:off|loose|apart)|"
        r"making (?:a |that |the )?noise|acting up|not working|stopped working)",
        examples=(
            "the new faucet is already loose",
            "handle's already coming off",
            "it's already leaking under the sink",
        ),
        near_misses=("we already unlocked the side door", "is he already on the way?"),
        vetoes=VETOES,
        why="what was fitted or fixed is failing already",
    ),
    cue(
        "complaint.still_does_it",
        "complaint",
        r"(?<!does it )(?<!will it )still (?:makes|making|does|doing|smells|smelling|rattles|rattling|squeaks|squeaking|drips|leaks|trips|tripping) "
        r"(?:that|the|this|a|same|it|its)\b",
        examples=(
            "3. took forever and still makes that noise",
            "it still does the same thing",
            "still smells the same",
        ),
        near_misses=(
            "does it still make noise when it starts? that is normal",
            "would Luis still make it in time?",
        ),
        vetoes=VETOES,
        why="the fault goes on after the visit",
    ),
    cue(
        "complaint.spanish_again_since_visit",
        "complaint",
        r"(?:segunda|tercera|cuarta|quinta) vez que|otra vez (?:gotea|se (?:rompi[óo]|descompuso|trab[óo])|falla|no (?:funciona|sirve|enfr[íi]a|calienta))|"
        r"sigue (?:goteando|fallando|igual)",
        examples=(
            "es la tercera vez que gotea desde que vinieron",
            "otra vez no enfría, la arreglaron el lunes",
            "otra vez falla desde que vinieron",
        ),
        near_misses=("es la primera vez que los llamo", "funciona muy bien, gracias"),
        vetoes=VETOES,
        why="the fault is back since the visit, in Spanish",
    ),
)
CUES = (
    *CUES,
    cue(
        "complaint.angry_face_alone",
        "complaint",
        # round four (issue 13): 😡 alone, to a delay notice or in the window, is a grievance
        r"^(?:emo_neg ?)+[?!. ]*$|"
        # with a word of disbelief before or after it: "wow. 😡", "😡 seriously"
        r"^(?:(?:seriously|really|wow|great|unbelievable|again|ugh|smh|wtf|omg|nice|perfect|lovely|come on|cool)[?!.,]* ?){1,2}"
        r"(?:emo_neg ?)+[?!. ]*$|^(?:emo_neg ?)+[?!.,]* ?(?:(?:seriously|really|wow|great|unbelievable|again|ugh|smh|wtf|omg|"
        r"nice|perfect|lovely|come on|cool)[?!.,]* ?){1,2}$",
        examples=("😡", "😡😡😡", "🤬!", "wow. 😡", "😡 seriously", "again?? 😤"),
        near_misses=("running late 😩 be there in 10", "😂", "so sorry 😩 10 min"),
        why="an angry or sad face sent alone",
    ),
    cue(
        "complaint.money_owed_back",
        "complaint",
        # round eight (issue 13): a refund or credit still owed is a grievance, not a where-is-he
        r"still waiting (?:on|for) (?:that|the|my|a|our) (?:refund|credit|reimbursement|money back)|(?:refund|credit) (?:you|they|he|she) promised",
        examples=("still waiting on that refund you promised last week", "where's the credit you promised?"),
        near_misses=("still waiting on the tech", "will I get a credit for the part?"),
        vetoes=VETOES,
        why="a refund or credit promised and not paid",
    ),
    cue(
        "complaint.billed_despite_warranty",
        "complaint",
        # round eight (issue 13): billed for what the warranty should cover, or asked why billed at all
        r"(?:should|supposed to|ought to) (?:be|have been) (?:covered|under) (?:by |under )?(?:the |my |your |our )?warranty|"
        r"why (?:am i|are we) (?:being |getting |even )?(?:billed|charged|a bill|an invoice)",
        examples=(
            "this should be covered by warranty, why am I getting a bill",
            "why am I being charged for this",
            "it's supposed to be under warranty",
        ),
        near_misses=(
            "is this covered by the warranty?",
            "will I be billed later?",
            "when will I get the bill?",
        ),
        vetoes=VETOES,
        why="billed for warranty work, or billed at all when the customer thinks they owe nothing",
    ),
    cue(
        "complaint.why_so_much",
        "complaint",
        # round 8: the amount itself questioned ("help me understand why this is $600")
        r"why (?:(?:is|was) )?(?:this|it|that|the bill|the invoice|my bill|my invoice|the charge)(?: (?:is|was))? "
        r"(?:<money>|so (?:much|high|expensive)|that (?:much|high))",
        examples=("help me understand why this is $600", "why was the bill so high?"),
        near_misses=("why is it so loud?", "why is there a $89 fee listed, is that the diagnostic?"),
        vetoes=VETOES,
        why="the amount itself questioned",
    ),
    cue(
        "complaint.new_part_already_failed",
        "complaint",
        # round eight (issue 13): what was put in has already failed
        r"(?:new \w+|(?:he|she|they|you|your guy|the tech) (?:put in|installed|replaced|fitted))(?: [\w']+){0,3}? "
        r"(?:already|has already|is already|already has) (?:died|quit|broke|broken|failed|dead|stopped working|went out|gone out)",
        examples=(
            "the part he put in already died, it's been 4 days",
            "the new faucet already quit",
            "the switch you installed already stopped working",
        ),
        near_misses=(
            "the old heater already died, that's why we called",
            "the new unit is already cooling nicely",
        ),
        vetoes=VETOES,
        why="the new part has already failed",
    ),
    cue(
        "complaint.bill_a_shock",
        "complaint",
        # round eight (issue 13): the bill itself called a shock or a joke (not a utility bill asked about)
        r"(?:the|your|that|this) (?:bill|invoice|charge|price|total) (?:was|is) (?:a )?(?:real |total |complete |bit of a |huge )?"
        r"(?:shock|shocker|joke|outrageous|highway robbery)",
        examples=("the bill was a real shock", "that invoice is a joke", "your price is outrageous"),
        near_misses=(
            "gas bill was crazy this month, maybe the furnace?",
            "the bill was what we expected, thanks",
        ),
        vetoes=VETOES,
        why="the bill called a shock or a joke",
    ),
    cue(
        "complaint.sarcastic_praise",
        "complaint",
        # round eight (issue 13): stars or thanks given "for wasting" the day
        r"(?:\d stars?|five stars?|thanks|thank you|kudos|props|great job) for (?:wasting|ruining|making me wait|standing (?:me|us) up|no[- ]showing)",
        examples=(
            "yeah 5 stars for wasting my whole saturday lol",
            "thanks for wasting my morning",
            "kudos for ruining the floor",
        ),
        near_misses=("5 stars for Liam, great work", "thanks for making time for us"),
        vetoes=VETOES,
        why="praise said through gritted teeth",
    ),
)
# round nine (issue 13): a grievance about the reminders themselves, told by their count or repetition
CUES = (
    *CUES,
    cue(
        "complaint.too_many_reminders",
        "complaint",
        r"(?:\d+|two|three|four|five|six|seven|so many|this many|how many(?: more)?) (?:reminders?|texts?|messages?) "
        r"(?:for (?:one|a single|the same|1)\b|about (?:one|a single|the same|1)\b|am i going to get|do i need)",
        r"(?:third|fourth|fifth|sixth|\d+(?:rd|th)) (?:reminder|text|message)(?: (?:today|this (?:morning|week|afternoon)))",
        r"(?:reminder|text|message) (?:number|no\.?) (?:three|four|five|six|\d+)\b",
        r"(?:text|message|remind)(?:ed)? (?:me|us) (?:this many|so many|three|four|five|\d+) times|"
        r"(?:told|texted|reminded) (?:me|us) (?:twice|three times|four times|\d+ times|so many times)|"
        r"same (?:text|reminder|message) (?:twice|again|three times)|enough (?:with )?(?:the |all the |these )?reminders",
        examples=(
            "4 reminders for one appointment, really?",
            "that's the 5th reminder this week lads",
            "how many more reminders am I going to get",
            "yes I KNOW. you've told me three times now",
            "enough with the reminders ffs",
            "got the same text twice this morning, bit much",
        ),
        near_misses=(
            "thanks for the reminder, see you tomorrow",
            "will I get a reminder text the morning of?",
            "yep, 3rd reminder received and confirmed lol",
            "can you send 2 texts, one to my wife too?",
        ),
        vetoes=VETOES,
        why="the count or repetition of reminders named as a grievance",
    ),
)

# round h13en5 (issue 13): a grievance said as a plain fact or through sarcasm, no complaint word:
# "thermostat reads 62 since the visit", "the cover plate is crooked", "it drips FASTER now"
CUES = (
    *CUES,
    cue(
        "complaint.worse_since_visit",
        "complaint",
        r"(?:reads|reading|says|showing|stuck (?:on|at)|won't go (?:above|past)) (?:\d+|<\w+>)(?: degrees)? (?:\w+ )?since (?:the|his|her|your|their|you|he|they)\b",
        r"\b(?:drips|leaks|runs|rattles|buzzes|clicks|bangs|hums|trips|squeals) (?:even )?(?:faster|more|worse|louder|harder|all night|all day|nonstop|non-stop|constantly|twice as)\b",
        r"now (?:the \w+ |it )?only (?:does|gives|blows|runs|works on|puts out) (?:cold|hot|lukewarm|warm|half)\b",
        r"(?:it |that |the fix |the repair )?(?:worked|lasted|held) (?:for )?(?:a (?:whole|full|grand total of)|one whole|all of|exactly) (?:day|week|hour|afternoon|morning|night|\w+ (?:days|hours))",
        r"(?:loving|love|enjoying) the new (?:hole|crack|leak|stain|dent|drip|puddle|mess|scratch|noise|smell|marks?)",
        r"(?:second|third|fourth|fifth|\d+(?:nd|rd|th)) (?:visit|time|call ?out|trip) (?:for|about|with) (?:the )?same\b",
        r"(?:noise|rattle|leak|drip|smell|problem|issue|fault|buzz|buzzing|click|clicking|squeal|hum|error|code|banging)(?:'s| is| has come) back\b(?![^.!?]*\?)",
        r"(?:power|electric\w*|gas|water|energy) bill (?:has )?(?:jumped|went up|doubled|tripled|shot up|spiked)",
        r"(?:is|are|'s|left) (?:all |now )?(?:crooked|wonky|skew-?whiff|lopsided|not straight|hanging off|scratched up|upside down|back to front)\b",
        r"still no (?:date|word|update|news|call ?back|reply|answer)\b",
        r"(?:we're|we are|i'm|i am) on day (?:\d+|<qty>|two|three|four|five|six|seven|eight|nine|ten) (?:of|with|without) (?:cold|no|freezing|a cold)\b",
        r"not so much as a (?:phone call|call|text|word|peep|email|reply)\b",
        r"\bnow (?:flushes|drains|leaks|drips|sprays|pours|blows|floods) (?:into|onto|all over|everywhere)\b",
        r"\b(?:\w+) (?:days|weeks) (?:without|with no) (?:heat(?:ing)?|hot water|power|ac|aircon|air con|cooling|a shower)\b",
        r"still waiting (?:on|for) (?:that|the|my|our) (?:quote|call ?back|invoice|refund|estimate|report) (?:you|he|they|she) promised",
        examples=(
            "the thermostat reads 62 since the visit",
            "it drips FASTER now",
            "now the shower only does cold",
            "Well it worked for a whole day",
            "Loving the new hole in my wall",
            "Third visit for the same leak. Third.",
            "the rattle is back, same as before he came",
            "fan runs nonstop now and the power bill jumped $90",
            "the cover plate is crooked",
            "four days without heating and still no date",
            "two weeks and not so much as a phone call about the part",
            "We're on day 5 of cold showers",
            "the toilet now flushes into the shower",
            "Light switch is upside down now haha what",
            "still waiting on that quote you promised 2 weeks ago",
        ),
        near_misses=(
            "thermostat reads 72 now, perfect",
            "is the rattle back or is that the fan?",
            "it's been working great since the visit",
            "is the plug upside down on purpose?",
            "the old cover plate was crooked, he fixed it",
        ),
        vetoes=VETOES,
        why="worse since the visit, or praise that names a new fault",
    ),
    cue(
        "complaint.billed_more_than_spent",
        "complaint",
        r"(?:bill|invoice|charged?)\b[^.!?]{0,30}\b(?:hours?|hrs?)\b[^.!?]{0,12}(?:he|she|they) (?:was|were) (?:only )?(?:here|there|on site)",
        examples=("Bill says 2 hours, he was here 50 min",),
        near_misses=(
            "the bill says 2 hours, is that right for this kind of job?",
            "the bill says 2 hours labour, is that normal?",
        ),
        vetoes=VETOES,
        why="billed for more hours than he was there",
    ),
)
CUES = (
    *CUES,
    # ---- grievances without a complaint word, in Spanish, French, Portuguese, German, Italian, Polish
    # and Russian (issue 13, h13langeu): a bill over the quote, a mess left, the fault back after the visit
    cue(
        "complaint.over_the_quote_languages",
        "complaint",
        r"cobra(?:ron|ste|do|ram)? (?:casi |mucho |bastante |bem |muito )?(?:el doble|m[áa]s|mais) (?:de lo que|que lo que|del|que el|do que o)\b|"
        r"(?:el doble|m[áa]s) de lo que (?:me |nos )?(?:cotizaron|dijeron|presupuestaron|quedamos)|"
        r"(?:factur|pay|compt)\w* [^.!?]{0,30}alors que (?:le devis|l'estimation|on m'avait dit)|plus (?:cher )?que (?:le|ce que disait le) devis|"
        r"(?:mais|bem mais|muito mais) (?:caro )?do que o (?:orçamento|orcamento|combinado|cotado|or[çc]ado)|"
        r"(?:höher|hoher|teurer|mehr) als (?:der |im |das |die )?(?:kostenvoranschlag|angebot|vereinbart|abgesprochen|ausgemacht)|"
        r"(?:più|piu) (?:caro |alto )?(?:del preventivo|di quanto (?:concordato|pattuito|detto|preventivato))|fatto pagare (?:molto |ben )?di (?:più|piu)|"
        r"(?:więcej|wiecej|drożej|drozej) niż (?:było )?(?:w )?(?:wycenie|wycena|ustalone|ustaliliśmy|umówione|umowione|się umawialiśmy)|"
        r"(?:больше|дороже),? чем (?:было )?(?:в смете|по смете|договаривались|обещали|в договоре|называли)",
        examples=(
            "Salió el doble de lo que nos cotizaron",
            "On m'a facturé 180 € alors que le devis était de 120 €",
            "Cobraram bem mais do que o orçamento que me passaram",
            "Die Rechnung ist viel höher als der Kostenvoranschlag",
            "Mi avete fatto pagare più del preventivo",
            "Zapłaciłem dużo więcej niż było w wycenie",
            "Взяли намного больше, чем было в смете",
        ),
        near_misses=(
            "¿me pueden mandar la cotización?",
            "le devis me convient, allez-y",
            "o orçamento está ótimo, pode fazer",
            "Können Sie mir den Kostenvoranschlag schicken?",
            "il preventivo va bene",
            "wycena jest w porządku",
            "смета нормальная, делайте",
        ),
        vetoes=VETOES,
        why="a bill over the quote, in the languages without a complaint word",
    ),
    cue(
        "complaint.mess_left_languages",
        "complaint",
        r"(?:hech[oa] un|como un) (?:desastre|cochinero|chiquero)|"
        r"(?:polvo|tierra|lodo|basura) por todas partes|"
        r"(?:laiss[ée]|laisse)\w* [^.!?]{0,25}(?:sale|en bazar|en désordre|un bazar|un chantier|de la poussière)|(?:de la poussière|de la boue|des saletés) partout|"
        r"deixaram [^.!?]{0,25}(?:sujo|suja|sujos|sujas|imund[oa]|bagun[çc]ad[oa]|uma bagun[çc]a|uma sujeira)|sujeira por toda (?:parte|a casa)|"
        r"(?:überall|uberall) dreck|dreck (?:hinterlassen|überall|uberall)|(?:nicht mal|nicht einmal) die schuhe ausgezogen|(?:sauerei|schweinerei|chaos) hinterlassen|"
        r"(?:polvere|sporco|sporcizia|calcinacci|fango)[^.!?]{0,15}(?:ovunque|dappertutto|dovunque)|lasciat[oa] (?:tutto )?(?:sporc[oa]|in disordine)|"
        r"zostawi\w* (?:po sobie )?(?:straszny |okropny |wielki |ogromny )?(?:bałagan|balagan|brud|syf)|(?:straszny|okropny|wielki) (?:bałagan|balagan)|"
        r"оставил\w* (?:после себя |за собой )?(?:грязь|бардак|мусор|беспорядок)|(?:грязь|мусор|пыль) (?:везде|повсюду)",
        examples=(
            "El técnico dejó la cocina hecha un desastre, polvo por todas partes",
            "Il a laissé la salle de bain sale",
            "Deixaram a casa de banho toda suja",
            "Überall Dreck hinterlassen, nicht mal die Schuhe ausgezogen",
            "Il tecnico ha lasciato polvere e calcinacci ovunque",
            "Technik zostawił straszny bałagan",
            "Мастер оставил после себя грязь",
        ),
        near_misses=(
            "Perdón por el desorden en el garaje",
            "Excusez le bazar dans l'entrée",
            "Desculpe a bagunça",
            "Entschuldigung für das Chaos im Keller",
            "scusate il disordine",
            "przepraszam za bałagan w garażu",
            "извините за беспорядок",
        ),
        vetoes=VETOES,
        why="a mess left by the visit, in the languages without a complaint word",
    ),
    cue(
        "complaint.fault_back_languages",
        "complaint",
        r"volvi[óo] a (?:fallar|descomponerse|romperse|gotear|dar problemas|dejar de funcionar|salir)|se (?:volvi[óo] a|vuelve a) (?:descomponer|romper|fallar)|"
        r"(?:est )?retomb[ée]e? en panne|(?:de nouveau|à nouveau|encore) en panne|(?:re)?tomb[ée]e? en panne (?:le soir même|le lendemain|juste après|dès)|"
        r"voltou a (?:dar defeito|quebrar|pifar|vazar|dar problema|falhar|parar)|(?:quebrou|pifou|parou) (?:de novo|outra vez)|deu defeito (?:de novo|outra vez)|"
        r"(?:geht|funktioniert|läuft|lauft|heizt) (?:seit [^.!?]{0,25})?schon wieder nicht|(?:schon )?wieder (?:kaputt|defekt|undicht|ausgefallen)|"
        r"(?:di nuovo|nuovamente|ancora) (?:guast[oa]|in panne|rott[oa])|si è (?:di nuovo |nuovamente )?(?:rott[oa]|guastat[oa])",
        examples=(
            "El lavavajillas volvió a fallar al día siguiente de la visita",
            "La chaudière est retombée en panne le soir même",
            "A máquina voltou a dar defeito no dia seguinte",
            "Die Heizung geht seit gestern Abend schon wieder nicht",
            "La caldaia si è di nuovo rotta il giorno dopo",
        ),
        near_misses=(
            "volvió a funcionar, ya no vengan",
            "elle remarche, merci",
            "voltou a funcionar, obrigado",
            "geht wieder, danke",
            "funziona di nuovo, grazie",
        ),
        vetoes=VETOES,
        why="the fault back after the visit, in the languages",
    ),
    cue(
        "complaint.tech_was_late_languages",
        "complaint",
        r"kam [^.!?]{0,25}zu sp[äa]t|(?:stunde|stunden) zu sp[äa]t (?:gekommen|da)|hat sich nicht (?:mal |einmal )?gemeldet|"
        r"lleg[óo] [^.!?]{0,25}(?:horas? tarde|horas? de retraso)|(?:arriv[ée]|venu)\w* avec [^.!?]{0,20}de retard|"
        r"chegou [^.!?]{0,20}(?:horas? atrasado|horas? de atraso)",
        examples=(
            "Der Techniker kam zwei Stunden zu spät und hat sich nicht mal gemeldet",
            "Le technicien est arrivé avec deux heures de retard",
        ),
        near_misses=("Ich komme 10 Minuten zu spät", "llego tarde, perdón"),
        vetoes=VETOES,
        why="the technician's past lateness, told after the visit",
    ),
)
# An amount as the languages write it: the mask, or digits with a currency ("200 Euro", "3000 руб").
_AMOUNT = r"(?:<money>|<addr>|<qty>|\d[\d.,]*)(?: ?(?:€|euros?|zł|zl|złotych|zlotych|руб\w*|pesos|reais|d[óo]lares))?"
CUES = (
    *CUES,
    # ---- round 2 (issue 13, h13langeu): the price said then paid, a fault since the visit ----
    cue(
        "complaint.said_then_paid_languages",
        "complaint",
        rf"me dijeron {_AMOUNT}[^.!?]{{0,30}}(?:termin[ée] pagando|me cobraron|pagu[ée])|"
        rf"(?:disseram|falaram)(?:-me)? {_AMOUNT}[^.!?]{{0,30}}(?:cobraram|paguei|acabei pagando)|"
        rf"on m'avait dit {_AMOUNT}[^.!?]{{0,30}}(?:factur|pay|compt)\w*|"
        rf"angeboten (?:waren|war) {_AMOUNT}[^.!?]{{0,30}}(?:berechnet|bezahlt|verlangt)|"
        rf"(?:il )?preventivo (?:era|diceva) (?:di )?{_AMOUNT}[^.!?]{{0,30}}(?:pagat[oi]|fatto pagare|chiesto)|"
        rf"miało być {_AMOUNT}[^.!?]{{0,30}}(?:wyszło|zapłaci\w*|policzy\w*)|mialo byc {_AMOUNT}[^.!?]{{0,30}}(?:wyszlo|zaplaci\w*)|"
        rf"договаривались на {_AMOUNT}[^.!?]{{0,30}}(?:взяли|заплатил\w*|насчитали)",
        examples=(
            "Me dijeron 800 pesos y terminé pagando 1500",
            "Disseram-me 80 euros e afinal cobraram 150",
            "Angeboten waren 200 Euro, berechnet wurden 350",
            "Il preventivo era 100 euro, ne ho pagati 180",
            "Miało być 200 zł, a wyszło 400",
            "Договаривались на 3000, а взяли 5000",
        ),
        near_misses=(
            "me dijeron 800 pesos, ¿está bien?",
            "il preventivo era 100 euro, confermo",
            "договаривались на 3000, всё верно",
        ),
        vetoes=VETOES,
        why="the price said first and the higher price paid, in the languages",
    ),
    cue(
        "complaint.paid_and_still_broken_languages",
        "complaint",
        # round 3 (issue 13, h13langeu): paid, and the fault is still there or back
        r"(?:pagu[ée]|pagamos|paguei|pagámos|ho pagato|abbiamo pagato|zapłaci\w*|zaplaci\w*|заплатил\w*|j'ai pay[ée]|(?:ich habe|wir haben) bezahlt)\b"
        r"[^.!?]{0,40}(?:volvi[óo]|sigue|continua|ancora|dalej|nadal|wci[ąa]ż|так и не|вс[её] равно|toujours|immer noch|weiterhin|de novo)|"
        r"(?:fuga|falla|gotera|aver[íi]a) volvi[óo]|"
        # "la fuite est revenue", "la panne est de retour" (issue 13, h13threat11)
        r"(?:fuite|panne|probl[èe]me|bruit|odeur) (?:est|sont) (?:revenue?s?|de retour)|ne correspond pas (?:du tout )?(?:à|au) (?:ce qu'on m'avait (?:annonc[ée]|dit)|devis|prix annonc[ée])",
        examples=(
            "Pagué y a los dos días la fuga volvió",
            "la fuite est revenue, quand pouvez-vous repasser ?",
            "Paguei caro e o problema continua",
            "Ho pagato e il rubinetto gocciola ancora",
            "Zapłaciłem, a piec dalej nie grzeje",
            "Заплатили, а батарея так и не греет",
            "La facture ne correspond pas du tout à ce qu'on m'avait annoncé",
        ),
        near_misses=(
            "Pagué con tarjeta, ¿llegó el pago?",
            "Ho pagato, mi mandate la fattura?",
            "Zapłaciłem przelewem",
        ),
        vetoes=VETOES,
        why="paid, and the fault still there or back; a bill not what was announced, in the languages",
    ),
    cue(
        "complaint.fault_since_the_visit_languages",
        "complaint",
        r"desde (?:que (?:vinieron|vino|vinisteis|se fue)|la visita)[^.!?]{0,40}(?:ruido|gotea|no (?:funciona|enciende|calienta|enfr[íi]a|prende)|falla|fuga|pierde)|"
        r"depuis (?:son passage|leur passage|la visite|l'intervention|qu'il est (?:venu|passé))[^.!?]{0,40}(?:fuit|bruit|ne (?:marche|fonctionne|chauffe)|panne)|"
        r"desde (?:a visita|que (?:ele|o t[ée]cnico) (?:veio|esteve))[^.!?]{0,40}(?:n[ãa]o (?:esquenta|funciona|liga|gela)|vaza|barulho|pinga)|"
        r"seit (?:dem besuch|der reparatur|er (?:da|hier) war)[^.!?]{0,40}(?:tropft|leckt|nicht mehr|geräusch|gerausch|kaputt|läuft nicht|lauft nicht)|"
        r"da quando (?:è|e) (?:venuto|passato)[^.!?]{0,40}(?:perde|non (?:funziona|scalda|parte)|rumore|gocciola)|"
        r"od (?:wizyty|naprawy)[^.!?]{0,40}(?:cieknie|nie działa|nie dziala|hałas|halas|nie grzeje)|"
        r"после (?:визита|ремонта|мастера)[^.!?]{0,40}(?:теч[её]т|не работает|шумит|капает)",
        examples=(
            "Desde que vinieron la lavadora hace un ruido horrible",
            "Depuis son passage, le chauffe-eau fuit",
            "Desde a visita o chuveiro não esquenta",
            "Seit dem Besuch tropft der Wasserhahn",
            "Da quando è venuto il tecnico la lavatrice perde acqua",
            "Od wizyty kran cieknie jeszcze bardziej",
        ),
        near_misses=(
            "desde que vinieron todo funciona perfecto",
            "depuis son passage tout marche, merci",
            "seit dem Besuch läuft alles super",
            "od wizyty wszystko działa",
        ),
        vetoes=VETOES,
        why="a fault that started with the visit, in the languages",
    ),
)
# Issue 13, h13langas: a wait, a mess, a price, a fault back, a late technician, in Vietnamese, Tagalog,
# Chinese, Korean, Hindi (Devanagari and Latin), Arabic and Haitian Creole.
CUES = (
    *CUES,
    cue(
        "complaint.wait_mess_price_langas",
        "complaint",
        r"kanina pa (?:po )?(?:kami|ako) (?:naghihintay|nag-?aantay|nag-?hihintay)|ang (?:bagal|tagal) (?:nyo|niyo|naman)|"
        r"ang kalat|(?:puro|puno ng) putik|(?:nasira|sira|bumigay) ulit|late ang (?:technician|tech|tekniko)|"
        r"(?:ek|do|teen|\d{1,2}) (?:ghante|ghanta|hours) se (?:wait|intezaar|intezar|intazar|baithe)|"
        r"(?:phir|fir) se (?:kharab|band|kharaab)|(?:bahut|bohot|itna) (?:zyada|jyada|mehnga|mahanga) (?:paisa|paise|charge|liya|le liya)|"
        r"(?:कचरा|गंदगी|मिट्टी)[^.!?]{0,15}छो|(?:बहुत )?(?:ज\u093c?्यादा|बहुत) पैसे|बहुत महंगा|(?:फिर से|दोबारा) खराब|"
        r"(?:बोला|बताया|कहा) [^.!?]{0,12}(?:था|थे) [^.!?]{0,8}(?:लिया|लिए|माँगे|मांगे)|"
        r"(?:صار ?(?:لنا|لي)|إلنا|النا|لي) (?:\d{1,2} hours|ساع[ةه]|ساعتين|ساعات|من الصبح)[^.?!]{0,10}(?:ننتظر|انتظر|أنتظر|بستنى|نستنى|مستني)|"
        r"(?:خل\u0651?ى|خل\u0651?وا|ترك|تركوا) (?:ال)?(?:وسخ|زبال[ةه]|قذار[ةه]|فوضى)|(?:ما|لم) (?:نظ\u0651?ف|ينظ\u0651?ف)|"
        r"sa fè (?:\S+ ){0,2}(?:m|nou|mwen) ap tann|(?:m|nou|mwen) ap tann depi|(?:kite|kite tout) (?:\S+ )?(?:salte|fatra|labou)|"
        r"(?:pa|pat|pa t) netwaye|(?:li|yo) pa (?:t|te) (?:menm )?rele|kraze (?:ankò|anko)|teknisyen(?: an)? (?:te )?late|"
        r"(?:giá|gia) (?:cao|mắc|đắt|mac|dat) (?:quá|qua)|(?:báo giá|bao gia) [^.!?]{0,20}(?:mà|ma|nhưng|nhung) (?:tính|tinh|lấy|lay)|"
        r"(?:弄得|搞得)(?:满地|滿地|到处|到處)|也不(?:打扫|打掃|清理|收拾)|"
        r"(?:먼지|쓰레기|흙)[^.!?]{0,20}(?:그대로|두고 가|안 치우)|(?:또|다시) 고장|(?:비싸게|바가지)",
        examples=(
            "Nasaan na po yung technician? Kanina pa kami naghihintay",
            "Ang bagal nyo, 3 oras late ang technician",
            "Ang kalat iniwan ng technician, puro putik ang sahig",
            "Nasira ulit yung aircon pagkatapos ng isang araw",
            "technician kahan hai? ek ghante se wait kar rahe hain",
            "काम के बाद पूरा कचरा यहीं छोड़ गए",
            "बहुत ज़्यादा पैसे ले लिए, बोला 2000 था लिया 3500",
            "وين الفني؟ صار لنا ساعة ننتظر",
            "خلّى الوسخ في كل مكان وما نظّف",
            "Kote teknisyen an? Sa fè inèdtan m ap tann",
            "Li kite tout salte a atè a, li pa netwaye anyen",
            "Teknisyen an te an reta 2 èdtan e li pa t rele",
            "Giá cao quá, báo giá 200 mà tính tới 350",
            "弄得满地都是灰，也不打扫一下",
            "작업하고 나서 바닥에 먼지랑 쓰레기를 그대로 두고 가셨네요",
            "어제 또 고장났어요",
        ),
        near_misses=(
            "Late ako ng 10 mins, pasensya na",
            "kanina pa po ako nakauwi, salamat",
            "do ghante mein aa jaunga",
            "कचरा उठाने वाले कब आते हैं?",
            "المفتاح تحت السجادة",
            "M ap tann ou, mèsi",
            "giá bao nhiêu vậy anh?",
            "门口有点乱，不好意思",
            "먼지 필터도 봐주세요",
        ),
        vetoes=VETOES,
        why="a long wait, a mess left, a price over the quote, a fault back, a late technician who never called",
    ),
)
CUES = (
    *CUES,
    cue(
        "complaint.mess_back_rude_langas",
        "complaint",
        r"(?:để|de) (?:bụi|bui|rác|rac|bừa|bua)[^.!?]{0,20}(?:khắp|khap|đầy|day)|(?:mới|moi) (?:sửa|sua)[^.!?]{0,25}(?:mà|ma)[^.!?]{0,15}(?:lại|lai) (?:không|khong|hư|hu|hỏng|hong)|"
        r"(?:ang )?mahal (?:naman )?(?:ng )?(?:singil|bayad|presyo)|hindi (?:yan|iyan|ito) ang usapan|(?:pa rin|parin)[^.!?]{0,30}kahit (?:inayos|ginawa|naayos)|"
        r"又(?:不灵|不靈|不行|不好使|出问题|出問題)|(?:垃圾|废料|廢料)(?:都)?(?:留|扔|丢|丟)在|(?:说好|說好)(?:的)?\s*(?:at \d|[^.!?]{0,4}(?:点|點))|"
        r"(?:고친|수리한|고쳤는데|수리했는데)[^.!?]{0,15}(?:다시|또)|"
        r"(?:गंदा|गन्दा) कर (?:दिया|दी|गए|गये)|(?:ganda|gandagi) (?:kar|chhod) (?:diya|gaye)|"
        r"وقح|(?:ما|لم) (?:احترم|يحترم)|(?:رجع|رجعت|عاد)[^.!?]{0,25}بعد ما (?:صلحتو|صلحو|صلح)|"
        r"malelve|pa janm mache byen",
        examples=(
            "Thợ làm xong mà để bụi bặm khắp nhà",
            "Mới sửa tuần trước mà giờ lại không chạy",
            "Ang mahal naman ng singil nyo, hindi yan ang usapan",
            "Hanggang ngayon tumutulo pa rin yung gripo kahit inayos na",
            "上次换的开关又不灵了",
            "师傅走的时候把垃圾都留在我家门口",
            "고친 다음 날부터 다시 소리가 나요",
            "आपके आदमी ने पूरा फर्श गंदा कर दिया",
            "الفني كان وقح وما احترمنا",
            "رجع المكيف يطلع صوت بعد ما صلحتوه",
            "Teknisyen an te malelve anpil ak nou",
            "Depi yo fin repare l, li pa janm mache byen",
        ),
        near_misses=(
            "Mới sửa xong, chạy êm lắm",
            "Magkano po ang bayad?",
            "垃圾袋放在门口就行",
            "고친 다음에 연락 주세요",
            "फर्श गीला है, ध्यान से",
            "بعد ما صلحتوه صار ممتاز",
            "li mache byen kounye a",
        ),
        vetoes=VETOES,
        why="a mess left, a fault back after the repair, a price not as agreed, a rude technician",
    ),
)
CUES = (
    *CUES,
    cue(
        "complaint.no_show_stains_paid_langas",
        "complaint",
        r"(?:mắc|mac|đắt|dat) (?:dữ|du)(?: vậy| vay)?|(?:chờ|cho|đợi|doi) (?:từ|tu) (?:sáng|sang|morning|trưa|trua)|"
        r"hindi (?:kayo |sila )?(?:sumipot|nagpakita)|"
        r"全是(?:油渍|油漬|泥|灰|脚印|腳印)|"
        r"(?:ठीक|रिपेयर) (?:करने|कराने) के बाद भी|"
        r"دفعت[^.!?]{0,25}(?:ما|لم) (?:اشتغل|يشتغل|زبط)|"
        r"kite (?:\S+ )?(?:tach|mak)\b|(?:m|nou|mwen) (?:tann|ap tann) (?:lontan|twòp|twop)",
        examples=(
            "Tính tiền gì mà mắc dữ vậy",
            "Có ai tới không vậy? Tôi chờ từ sáng tới giờ",
            "Dalawang beses na kayong hindi sumipot",
            "修完以后地板上全是油渍",
            "एसी ठीक करने के बाद भी ठंडा नहीं कर रहा",
            "دفعت 300 على شي ما اشتغل",
            "Yo kite tach lwil sou planche a",
            "Èske teknisyen an toujou ap vini? Nou tann lontan",
        ),
        near_misses=(
            "giá bao nhiêu vậy?",
            "hindi po ako makakarating",
            "全是新零件吗？",
            "ठीक करने में कितना समय लगेगा?",
            "دفعت الفاتورة، شكرا",
            "m ap tann ou",
        ),
        vetoes=VETOES,
        why="a no-show, stains left, paid for something that still fails, a long wait, a price called steep",
    ),
)
CUES = (
    *CUES,
    cue(
        "complaint.rude_damage_unfinished_langas",
        "complaint",
        r"(?:làm ăn|lam an) (?:kiểu gì|kieu gi)|(?:hẹn|hen)[^.!?]{0,25}(?:chưa thấy|chua thay)|\bbastos\b|walang modo|"
        r"(?:kaam|काम) (?:adhura|adhoora|अधूरा) (?:chhod|छो)|(?:الفني|العامل) (?:كسر|خرب)|(?:ما|لم) (?:اعتذر|يعتذر)|"
        r"(?:pwoblèm|pwoblem) (?:la|nan|an) toujou (?:la|egziste)|(?:m|mwen) peye men",
        examples=(
            "Làm ăn kiểu gì mà hẹn 9 giờ tới 12 giờ chưa thấy",
            "Sobrang bastos ng technician nyo",
            "paise pure le liye aur kaam adhura chhod diya",
            "الفني كسر البلاط وما اعتذر",
            "Mwen peye men pwoblèm nan toujou la",
        ),
        near_misses=(
            "làm ăn dạo này sao anh?",
            "kaam kab khatam hoga?",
            "الفني صلح البلاط",
            "pwoblèm nan rezoud, mèsi",
        ),
        vetoes=VETOES,
        why="a rude technician, damage without an apology, work left unfinished, paid and still broken",
    ),
)

# ---- English said indirectly (issue 13, h13en6a): an ultimatum to leave, a fault that did the same
# thing again, sarcasm about a wasted day, too many texts with a time word between ----
_LEAVE_VERB = r"(?:ring|ringing|get|getting|gettin|call|calling|book|booking|hire|hiring|find|finding|try|trying|go for|going for)"
_TRADE_WORD = (
    r"(?:plumber|electrician|company|tradie|tradesman|tech|technician|engineer|mob|crowd|firm|provider|contractor|outfit|"
    r"bloke|guy|service provider|service)"
)
CUES = (
    *CUES,
    cue(
        "complaint.ultimatum_to_leave",
        "complaint",
        r"last chance(?! (?:to|for|at|on|of)\b)|final warning|"
        r"(?:someone|somebody|he|she|they|your (?:guy|tech\w*|bloke|man))(?:'d| had)? better (?:be here|show|turn up|get here|call|ring)",
        r"(?:booking|book|going|go|switching|switch|moving|move|calling|call) (?:with |to )?(?:your|a) competitor",
        r"(?:i'm|im|i am|i'll|ill|i will|we'll|we're|we will|i) (?:just |gonna |going to |about to )?"
        + _LEAVE_VERB
        + r" (?:in )?(?:another|a different|some other|other|a new|new) (?:\w+ ){0,2}"
        + _TRADE_WORD
        + r"\b",
        r"(?<=[.!?] )(?:ringing|calling|getting|booking) (?:in )?(?:another|a different) (?:\w+ )?"
        + _TRADE_WORD
        + r"\b",
        r"tak(?:e|ing) (?:my|our) (?:business|money|custom) (?:elsewhere|somewhere else)",
        r"(?:i'm|im|i am|i'll|ill|i will|we'll|we're|we will) (?:just )?(?:going|go|be going|taking it) (?:elsewhere|somewhere else)\b(?! for (?:the|a|an|our|my) )",
        r"(?:after that|or else|otherwise) (?:i'm |i will |i'll |we'll |we're )?(?:just )?(?:booking|calling|getting|ringing|going with|trying|hiring) "
        r"(?:an)?other\b",
        r"(?:to|with) (?:the )?(?:fair trading|trading standards|consumer (?:affairs|court|forum|protection)|"
        r"ombudsman|bbb|better business bureau|accc)\b|consumer court",
        r"should (?:i|we) (?:just )?(?:call|ring|get|book|find|try) (?:(?:someone|somebody) else|another|a different)",
        r"(?:\bif\b|\bunless\b|\bor\b|otherwise)[^.!?]{0,60}(?:i'm|im|i am|i'll|ill|i will|we'll|we're|we will) (?:just )?"
        r"(?:going with|go with|going to go with|getting|get|finding|find|hiring|hire|booking|book|ringing|ring|trying|try|using|use|"
        r"switching to) (?:someone|somebody) else",
        examples=(
            "last chance. someone better be here within the hour",
            "one more hour and I'm booking with your competitor",
            "mate if he's not here by 12 I'm getting another sparky in",
            "it's gone 11. ringing another plumber now unless someone calls me back in 10",
            "If technician not come today I will go for other service provider",
            "final warning, someone call me back today or I'm taking my business elsewhere",
            "you've got till end of day to sort this before I go to fair trading",
            "is anyone coming or should i just call a different company",
            "where is he?? if not here in 20 min I'm going with someone else",
            "unless someone is here in the next 30 min I'm going elsewhere",
            "Will give 1 hour more, after that booking other company",
            "sort it today or we're finding a new plumber",
            "fix it properly this week or I'm lodging a complaint with trading standards",
        ),
        near_misses=(
            "last chance to book before xmas? need the gutters done",
            "we used another company last year and they were awful, glad we found you",
            "might get someone else to look at the fence, not your thing anyway right?",
            "can you get another tech to help him carry the unit?",
            "the other company quoted less, can you match it?",
            "I'm getting another quote for the fence from a different company",
            "nobody's shown up yet. Should I call someone?",
            "we're going elsewhere for the new roof but you can still do the gutters",
            "otherwise another day works too",
        ),
        vetoes=VETOES,
        why="an ultimatum: be here or I go to another company, a competitor, fair trading",
    ),
    cue(
        "complaint.did_the_same_thing_again",
        "complaint",
        r"(?<!does it )(?<!will it )(?:did|doing|does|done) (?:the )?(?:exact |very |exact same |same )?same (?:thing|stuff|trick) "
        r"(?:again|this morning|today|tonight|last night|overnight|as before|the next day|the day after)",
        r"(?:\d+|<qty>|two|three|four|five|so many) (?:reminders?|texts?|messages?) (?:today|already|this morning|this week|in an hour) "
        r"(?:for|about) (?:one|a single|the same|1)\b",
        examples=(
            "the garage door did the exact same thing this morning 😑",
            "the dryer did the same thing last night",
            "3 texts today about the same appointment, a bit much",
        ),
        near_misses=(
            "does it do the same thing every winter?",
            "he did the same thing at my neighbour's, great job",
            "got 2 texts today, one for each job, all good",
        ),
        vetoes=VETOES,
        why="the fault did the same thing again after the visit; texts counted over one appointment",
    ),
    cue(
        "complaint.wasted_day_sarcasm",
        "complaint",
        r"(?:great|lovely|brilliant|fantastic|awesome|nice|good|fab|super) (?:use of|way to spend) (?:my|our) "
        r"(?:day off|morning|day|afternoon|saturday|sunday|time|leave|annual leave|holiday|pto)",
        r"for (?:nobody|no ?one|no-one) to (?:show|turn up|come|rock up)",
        r"(?:\d+|<qty>|an?|two|three|four|five|six) (?:hours?|hrs?|minutes?|mins?|days?|weeks?) and counting|twiddling (?:my|our) thumbs",
        # "cool cool cool, guess I'll just wait here forever" (issue 13, h13urgent9)
        r"guess (?:i'll|we'll|i|we) (?:just )?(?:wait|sit) (?:\w+ ){0,2}(?:forever|all day|all night)",
        examples=(
            "great use of my day off this 🙄",
            "cool so i just cancelled my meeting for nobody to show",
            "wow, 3 hours and counting. great service",
            "been twiddling my thumbs since 8 🙃",
            "cool cool cool, guess I'll just wait here forever",
        ),
        near_misses=(
            "took my day off for this, see you at 10",
            "waiting for nobody in particular, just let me know when",
            "no rush, I guess I'll wait here till he calls",
        ),
        vetoes=VETOES,
        why="sarcasm about the day wasted waiting",
    ),
)
# ---- issue 13, h13urgent8: a last word before leaving, a refund or deposit back, a mild grumble ----
CUES = (
    *CUES,
    cue(
        "complaint.leaving_for_good",
        "complaint",
        LEAVING_FOR_GOOD,
        examples=(
            "this is the last straw",
            "my lawyer will hear about this",
            "calling the BBB about this",
            "leaving a review everywhere",
            "never recommending you again",
            "cancel all of it and refund my deposit, done with you people",
            "esta es la última vez que los llamo",
            "nunca más los vuelvo a contratar",
            "c'est la goutte d'eau, je vais contester le paiement",
            "je vais laisser un avis partout",
            "vou contestar a cobrança no cartão",
        ),
        near_misses=(
            "leaving a 5 star review for Luis, he was great",
            "the last time he came it was fine, see you tomorrow",
            "my lawyer's office is next door, park there if you need",
            "straw-colored water from the tap, is that normal?",
        ),
        vetoes=VETOES,
        why="a last word before leaving: the last straw, a lawyer, the BBB, reviews everywhere, never again",
    ),
    cue(
        "complaint.deposit_or_money_back",
        "complaint",
        r"(?:want|give me) (?:my|our) (?:deposit|money)(?: back)?|(?:need|return|send me) (?:my|our) (?:deposit|money) back|"
        r"(?:quiero|exijo|devu[eé]lvanme|regr[eé]senme) (?:mi|el|nuestro) (?:dinero|dep[oó]sito|anticipo)|"
        r"(?:je veux|je veu|remboursez(?:-moi)?) (?:mon |l'|notre )?(?:acompte|argent|d[ée]p[oô]t)|"
        r"(?:quero|devolvam|devolve) (?:meu|o) (?:dinheiro|sinal|dep[oó]sito)",
        examples=(
            "cancel everything and I want my deposit back",
            "quiero mi dinero de vuelta",
            "quero meu dinheiro de volta",
        ),
        near_misses=(
            "do I get the deposit back if we move it to friday?",
            "do you need my deposit before he comes?",
            "Can I get a deposit back if I end up needing to cancel later on?",
            "Please cancel and refund my deposit, I found someone who can come today",
            "¿el depósito se descuenta del total?",
        ),
        vetoes=VETOES,
        why="a deposit or the money asked back, in English, Spanish, French and Portuguese",
    ),
    cue(
        "complaint.mild_grumble",
        "complaint",
        r"(?:a (?:little|bit|tad) |kinda |kind of |bit |rather |slightly )(?:pricey|expensive|steep|overpriced)|"
        r"(?:texts|reminders|messages) (?:are|were) (?:a bit|a little|kinda|kind of) much|"
        r"wish you (?:had|offered|did) (?:\w+ )?(?:slots|times|hours|appointments|availability)|"
        r"un poco caro|medio caro|un peu (?:cher|d[ée][çc]u\w*)|d[ée][çc]u\w* (?:qu'|que|par|de)|um pouco caro|meio caro",
        examples=(
            "a little pricey but ok",
            "wish you had evening slots, oh well",
            "meh the texts are a bit much",
            "un poco caro pero bueno",
            "un peu déçu qu'il soit en retard, mais bon",
            "um pouco caro, mas tudo bem",
        ),
        near_misses=(
            "is it expensive to add a second outlet?",
            "a little early but that works",
            "wish you a merry christmas!",
        ),
        vetoes=VETOES,
        why="a mild grumble about the price, the texts or the slots: a complaint, not urgent",
    ),
)
# ---- issue 13, h13lang7: Japanese, Turkish, Dutch, Greek and Ukrainian, one record per family ----
CUES = (
    *CUES,
    cue(
        "complaint.languages_h7",
        "complaint",
        r"本当にひどい|ひどい(?:対応|サービス|です)|最悪(?:です|の)|(?:\d+|<qty>|何)時間も待|ありえない|まだ(?:直って|治って)(?:いない|ません)",
        r"rezalet|berbat (?:bir )?(?:hizmet|iş)|kabul edilemez|saattir bekli\w*|(?:hâlâ|hala) (?:bozuk|çalışmıyor)|şikayet(?:çiyim| etmek)",
        r"belachelijk|schandalig|waardeloo?s|(?:\d+|<qty>|twee|drie|vier) (?:uur|hours) (?:ge)?wacht|nog steeds (?:kapot|stuk)|klacht indienen",
        r"απαράδεκτ\w*|αίσχος|ντροπή σας|περίμεν\w* (?:\S+ ){0,2}(?:ώρες|hours)|ακόμα (?:χαλασμέν\w*|δεν δουλεύει)",
        r"це жахливо|жахлив\w* (?:сервіс|обслуговування)|неприйнятн\w*|чека\w* (?:вже )?(?:\S+ )?(?:годин\w*|hours)|досі не працює",
        examples=(
            "2時間も待たされて、本当にひどいです",
            "İki saattir bekledim, rezalet!",
            "Drie uur gewacht, dit is belachelijk",
            "Περίμενα τρεις ώρες, απαράδεκτο!",
            "Чекала три години, це жахливо",
        ),
        near_misses=(
            "ひどい雨なので少し遅れます",
            "Hava berbat, biraz gecikeceğim",
            "Μπορείτε να έρθετε σε δύο ώρες;",
            "Буду за дві години",
        ),
        vetoes=VETOES,
        why="a long wait, an outrage or a fault still there, in Japanese, Turkish, Dutch, Greek and Ukrainian",
    ),
)
# ---- issue 13, h14lang: a bad job, or the fault still or again there after the visit, in Swedish/Danish/
# Norwegian, Greek and Korean ("Mycket dåligt jobb, det läcker fortfarande", "Πολύ άσχημη δουλειά, το
# κλιματιστικό πάλι δεν δουλεύει", "수리가 제대로 안 됐어요. 또 물이 새요"). A fault named before any visit
# ("it doesn't work", the reason for the booking) and praise are the near-misses.
CUES = (
    *CUES,
    cue(
        "complaint.bad_job_still_broken_h14lang",
        "complaint",
        r"(?:dåligt|dålig|dårlig|dårligt|slarvigt|sjusket) (?:jobb|arbete|utfört|gjort|arbejde|arbeid|job|service)|"
        r"(?:läcker|lækker|lekker|droppar|drypper) (?:fortfarande|igen|stadig|fortsatt|fremdeles|stadigvæk)|"
        r"(?:fungerar|funkar|virker|fungerer) (?:fortfarande|stadig|fortsatt|fremdeles|stadigvæk) (?:inte|ikke)|"
        r"(?:fortfarande|stadig|fortsatt|fremdeles) (?:trasig|trasigt|sönder|i stykker|ødelagt|defekt)|besviken|missnöjd|skuffet|misfornøyd|utilfreds",
        r"(?:άσχημη|κακή|χάλια|απαίσια) δουλειά|(?:πάλι|ξανά|ακόμα) (?:δεν (?:δουλεύει|λειτουργεί|κρυώνει|ζεσταίνει)|στάζει|χάλασε|τρέχει νερό)|"
        r"δεν (?:είμαι |είμαστε )?ευχαριστημέν\w*|απογοητευμέν\w*|απογοήτευση",
        r"제대로 안 (?:됐|되었|고쳐|했)|(?:또|다시|아직도|여전히) (?:물이 )?(?:새요|새고|새네요|고장(?:났|이)|안 돼|안 되네)",
        # second batch: Dutch, Turkish, Japanese and Hebrew, the service judged after the visit
        r"slecht (?:geholpen|werk|gedaan|service)|(?:doet|werkt) het (?:nog steeds|alweer|weer) niet|lekt (?:nog steeds|alweer|weer)",
        r"(?:işçilik|hizmet|servis|iş) (?:çok |gerçekten )?kötü(?:ydü|ydu)?|(?:hala|hâlâ) su (?:akıtıyor|kaçırıyor|damlatıyor)|memnun (?:kalmadım|değilim)",
        r"最悪でした|ひどかった(?:です)?|がっかり(?:しました|です)",
        r"(?:השירות|העבודה|הטיפול) (?:היה|הייתה|היתה) (?:\S+ )?(?:גרוע|גרועה|נוראי|נוראית|מזעזע|מזעזעת)|לא מרוצה|עדיין (?:יש נזילה|דולף|לא עובד)",
        examples=(
            "Mycket dåligt jobb, det läcker fortfarande",
            "Den fungerar fortfarande inte, jag är besviken",
            "Πολύ άσχημη δουλειά, το κλιματιστικό πάλι δεν δουλεύει",
            "Δεν είμαι ευχαριστημένη με τη δουλειά",
            "수리가 제대로 안 됐어요. 또 물이 새요",
            "Heel slecht geholpen, de verwarming doet het nog steeds niet",
            "İşçilik çok kötüydü, hala su akıtıyor",
            "対応が最悪でした",
            "השירות היה גרוע, הטכנאי איחר בשעתיים",
        ),
        near_misses=(
            "Fungerar bra nu, tack så mycket",
            "Värmepumpen fungerar inte, när kommer han?",
            "Πολύ καλή δουλειά, ευχαριστώ",
            "Το κλιματιστικό δεν δουλεύει, τι ώρα έρχεται;",
            "이제 물이 안 새요, 감사합니다",
            "Kötü hava yüzünden biraz gecikeceğim",
            "השירות היה מצוין, תודה",
        ),
        vetoes=VETOES,
        why="a bad job, or the fault still or again there after the visit, in Scandinavian, Greek and Korean",
    ),
)
# ---- issue 13, h13deep8: a long wait or an outrage in covered languages said the way people text ----
CUES = (
    *CUES,
    cue(
        "complaint.long_wait_texted_h13deep8",
        "complaint",
        r"너무 오래 기다렸|(?:한참|몇 ?시간|두 ?시간|세 ?시간|\d+ ?시간)(?:째|이나|을|동안)? 기다리?(?:고 있|렸|려)|서비스가 (?:엉망|최악)|어이가 없",
        r"(?:doi|cho|đợi|chờ) (?:lau|lâu) (?:qua|quá|lam|lắm)",
        r"intazart (?:sa3tein|sa3teen|sa3at|\d+ sa3at|kteer)|khedme (?:sayye2a|zbale|mo5ziye|ktir sayye2a)",
        r"m(?:wen)? tann (?:depi )?(?:\S+ ){1,3}(?:tan|èdtan|edtan)|sa pa bon ditou|sèvis (?:la )?(?:pa bon|move|mal)",
        r"等(?:咗|了)(?:成|好)?[一二两兩三四五六七八九十半\d]{1,3}(?:个|個)?(?:鐘|钟)(?:頭|头)?|(?:都|仲)未有人(?:嚟|來|来)|冇人(?:嚟|理)",
        r"wart(?:e)? (?:i |ich )?(?:scho|schon) (?:\S+ ){0,2}(?:stund|stunde|stunden|hours)|so (?:en|ein) (?:seich|mist|saftladen)|"
        r"(?:so |des is |das isch )?(?:a|e|eine) frechheit",
        examples=(
            "너무 오래 기다렸어요 서비스가 엉망이네요",
            "두 시간째 기다리고 있어요",
            "doi lau qua roi ma chua ai toi",
            "intazart sa3tein w ma 7ada ija",
            "m tann de zè de tan sa pa bon ditou",
            "等咗兩個鐘都未有人嚟",
            "wart scho zwei Stund so en Seich",
            "jetzt wart i scho zwoa Stund, a Frechheit",
        ),
        near_misses=(
            "기다릴게요 천천히 오세요",
            "doi em 10 phut nha",
            "intazarni 10 d2aye2",
            "m ap tann li",
            "等我十分鐘",
            "wart kurz, bin glii do",
        ),
        vetoes=VETOES,
        why="a long wait, nobody came, or an outrage, in Korean, Vietnamese, Arabizi, Haitian Creole, Cantonese and Swiss German",
    ),
)

# The grievances a Spanish speaker texts without "mal servicio" (issue 13, h13es9): stood up again, a
# disgrace, a lost day, hours of waiting or waiting since a time, fed up (going to another company is `leaving_languages`).
CUES = (
    *CUES,
    cue(
        "complaint.spanish_stood_up_h13es9",
        "complaint",
        r"(?:me|nos) (?:dejan|dejaron|vuelven a dejar|volvieron a dejar|han dejado) (?:plantad[oa]s?|esperando)",
        r"(?:es una|qu[eé]|una) verg[üu]enza",
        r"(?:he|hemos|ya) perdido (?:el|todo el|medio|un) d[ií]a|perd[ií] (?:el|todo el|medio|un) d[ií]a",
        r"(?:\d+|<qty>|dos|tres|cuatro) horas esperando",
        r"(?:me|nos) tienen (?:hart[oa]s?|cansad[oa]s?|hasta la madre)",
        # "si no llega en media hora llamo a otro": a threat to leave over the wait
        r"si no (?:llega|llegan|viene|vienen|aparece|aparecen)\b[^.!?]{0,30}(?:llamo|llamar[eé]|busco|buscar[eé]|contrato|contratar[eé]) a otr[oa]s?\b(?! (?:n[uú]mero|tel[eé]fono|cel))",
        # waiting since a time, like "llevo esperando desde las 9": a grievance beside the where-is-he
        r"(?:(?:lo|la|los|las|le|les) )?(?:estamos|estoy|he estado|hemos estado) esperando(?:lo|la|los|le|les)? desde",
        examples=(
            "no manches, otra vez me dejan plantada",
            "qué vaina, otra vez me dejaron esperando",
            "es una vergüenza, he perdido el día de trabajo esperando",
            "una verguenza la verdad, 3 horas esperando",
            "ya me tienen harta",
            "lo estamos esperando desde las 8",
            "si no llega en media hora llamo a otro",
        ),
        near_misses=(
            "me da vergüenza pedirle esto pero puede quitarse los zapatos?",
            "tengo 3 horas libres esperando su visita",
            "dejaron la planta en el patio",
            "lo espero mañana desde las 8",
            "si no llega mi esposo le llamo a otro número",
        ),
        vetoes=VETOES,
        why="stood up, a disgrace, a lost day, fed up, in Spanish",
    ),
)
# ---- issue 13, h13lang9: Farsi (and Finglish), Hebrew, Somali, Amharic, Bengali, Thai, Punjabi ----
# A long wait or a no-show said as a grievance: hours waited, nobody came, "unacceptable".
CUES = (
    *CUES,
    cue(
        "complaint.long_wait_languages_h9",
        "complaint",
        *nfkc(
            r"(?:دو|سه|چهار|پنج|\d) ?ساعت\S* (?:\S+ )?منتظر\S*|(?:هیچکس|هیچ کس|کسی) (?:نیومد|نیامد)|افتضاح\S*",
            r"מחכ(?:ה|ים|ת) (?:\S+ ){0,2}(?:שעות|שעתיים)|אף אחד לא (?:הגיע|בא)|זה לא בסדר|שערורייה|חוצפה",
            r"saac\w* (?:\w+ )?sug\w*|qofna ma iman|(?:aan |lama )la aqbali kar\w*",
            r"ሰዓት (?:\S+ )?(?:እየጠበቅኩ|ጠብቄ|ጠበቅኩ)|ማንም (?:\S+ )?አልመጣም|ተቀባይነት የለውም",
            r"ঘণ্টা (?:\S+ ){0,2}অপেক্ষা|কেউ (?:\S+ )?আসেনি|অগ্রহণযোগ্য",
            r"รอ(?:มา)?\S{0,6}?ชั่วโมง|ไม่มีใครมา|แย่มาก",
            r"ਘੰਟ\S* (?:\S+ ){0,2}ਉਡੀਕ|ਕੋਈ ਨਹੀਂ ਆਇਆ",
        ),
        examples=(
            "سه ساعته منتظرم، هیچکس نیومد. خیلی بده",
            "אני מחכה כבר שלוש שעות, אף אחד לא הגיע",
            "Saddex saacadood ayaan sugayay, qofna ma iman",
            "ሶስት ሰዓት እየጠበቅኩ ነው፣ ማንም አልመጣም",
            "তিন ঘণ্টা ধরে অপেক্ষা করছি, কেউ আসেনি",
            "รอมาสามชั่วโมงแล้ว ไม่มีใครมาเลย แย่มาก",
            "ਤਿੰਨ ਘੰਟੇ ਤੋਂ ਉਡੀਕ ਕਰ ਰਿਹਾ ਹਾਂ, ਕੋਈ ਨਹੀਂ ਆਇਆ",
        ),
        near_misses=(
            "منتظرم، ممنون",
            "אני מחכה לו, תודה",
            "রাত আটটা পর্যন্ত বাসায় আছি",
            "รอได้ครับ ไม่รีบ",
        ),
        vetoes=VETOES,
        why="a long wait or nobody came, in Farsi, Hebrew, Somali, Amharic, Bengali, Thai and Punjabi",
    ),
)
# ---- issue 13, h13assist10: a promised time said back once it lapsed is a grievance too ----
CUES = (
    *CUES,
    cue(
        "complaint.promise_quoted_back",
        "complaint",
        *PROMISE_QUOTED_BACK,
        examples=PROMISE_QUOTED_BACK_EXAMPLES,
        near_misses=PROMISE_QUOTED_BACK_NEAR_MISSES,
        why="the technician's own promised time said back after it lapsed: a grievance",
    ),
)

# ---- issue 13, h13threat11: leaving set as the price of a deadline, without the word cancel ----
CUES = (
    *CUES,
    cue(
        "complaint.leaving_as_the_price",
        "complaint",
        LEAVING_AS_THE_PRICE,
        examples=(
            "he has until 3 or the job goes to someone else",
            "keep me waiting any longer and you can forget about the job",
            "fix it tomorrow or I'm switching companies, simple as that",
            "this is the last time I wait, one more delay and we're done",
            "I'm giving you guys one last shot, after today I'm done",
            "tick tock. 3pm or I call someone else",
            "you're about to lose a customer. nobody's here and nobody's called",
            "es la última vez que espero, si vuelven a fallar se acabó",
            "Saturday or nothing, I've waited long enough",
            "el sábado o nada, ya me cansé",
            "samedi ou rien, j'en ai assez",
            "Samstag oder gar nicht, mir reicht's",
        ),
        near_misses=(
            "one more thing, can he check the dryer vent too?",
            "after today I'm done with work for the week, so any day next week is fine",
            "se acabó el gas del boiler, ¿lo revisa?",
            "can you get someone else to call me, the office number doesn't work",
            "this is the last time I'll bother you today, promise. Gate code is 4411",
        ),
        vetoes=VETOES,
        why="leaving set as the price of a deadline or one more failure: a grievance at the edge of leaving",
    ),  # "my husband nearly exploded when he saw the price", "that invoice gave me a heart attack lol", "my
    # wallet is on fire after that bill": shock at the price said with a body or a fire word. A grievance
    # about the price; `emergency.FIGURATIVE_SUBJECT` keeps the fire and the explosion from an alarm.
    cue(
        "complaint.price_shock",
        "complaint",
        r"(?:nearly|almost|about to|practically|literally|just about) (?:exploded|died|had a heart attack|fainted|passed out|fell over|"
        r"choked|had a stroke|cried)\b[^.!?]{0,40}\b(?:price|bill|invoice|quote|charge|total|cost|estimate)|"
        r"\b(?:price|bill|invoice|quote|charge|total|estimate)\b[^.!?]{0,30}\b(?:gave (?:me|us|him|her) (?:a )?(?:heart attack|stroke|a fright)|"
        r"nearly killed (?:me|us|him)|(?:made|make) (?:me|us) (?:cry|faint|sick))|"
        r"(?:wallet|bank account|bank balance|credit card) (?:is |was )?(?:on fire|crying|bleeding|in flames|hurting)|"
        r"(?:la )?(?:factura|cuenta) me (?:dej[oó]|tiene) (?:en llamas|temblando|llorando)",
        examples=(
            "my husband nearly exploded when he saw the price",
            "that invoice gave me a heart attack lol",
            "my wallet is on fire after that bill",
            "la factura me dejó en llamas jaja",
        ),
        near_misses=(
            "the water heater nearly exploded, the relief valve is spraying",
            "what's the price for a new thermostat?",
            "my wallet is in the kitchen, can he take a card?",
        ),
        vetoes=VETOES,
        why="shock at the price said with a body or fire word: a grievance about the price",
    ),
)

# issue 13 (h13takeback12): a rhetorical question that is a grievance, not a question: "Do you guys
# even check your messages?", "how hard is it to show up on time?", "what's the point of a window if
# you ignore it?", "¿tan difícil es llegar a tiempo?". The words that make it rhetorical (even,
# actually, ever with a duty left undone; "how hard is it to" with a service owed; "what's the point
# ... if"; "is it too much to ask") ask nothing. A where-is beside it still leads by the contract's
# priority ("how hard is it to show up on time? where is your tech": where_is_tech, complaint).
CUES = (
    *CUES,
    cue(
        "complaint.rhetorical_question",
        "complaint",
        r"(?:do|does|did) (?:you|you guys|y'all|you people|anyone|anybody|any of you)(?: (?:there|over there|guys|people))? "
        r"(?:even|ever|actually) (?:check|read|look at|answer|listen|care|show up|turn up|bother|pick up|call (?:people|anyone|customers) back)",
        r"(?:is|are) (?:anyone|anybody|any of you|you guys|you people|you) (?:even|actually) (?:working|there|awake|reading|listening|checking|in business)",
        r"does (?:anyone|anybody) (?:there|over there|at (?:your|that) (?:office|company)) (?:know how to|even|actually|ever)",
        r"how hard (?:is it|can it be) to (?:show up|turn up|be on time|arrive on time|get here on time|call|pick up|answer|text|send (?:a|an) (?:text|message)|"
        r"give (?:a|an|us|me) (?:call|update|heads up)|let (?:me|us) know|communicate|keep (?:a|an|your) (?:appointment|promise|word)|stick to)",
        r"what(?:'s| is) the (?:point|use) of (?:a|an|the|having|booking|giving|making|scheduling|your)\b[^?.!]{0,30}\bif (?:you|he|they|nobody|no one)",
        r"why do (?:i|we) (?:even )?bother|is it too much to ask|is this how you treat|who runs this (?:company|business|place|outfit|circus|show)",
        r"what kind of (?:business|company|service|outfit|operation) (?:doesn't|does not|would|just|never)",
        r"how many times do (?:i|we) (?:have|need) to (?:text|call|ask|write|message|chase)",
        # issue 13 (h13left13): the same grievance in other shapes: "would it kill you to text first?",
        # "is it really so hard to pick up the phone?", "how difficult is it to wipe your boots?", "is it
        # too much to expect someone to answer", "would it hurt to give us a heads up next time". A duty
        # owed (a call, a text, showing up, cleaning up) or "next time" makes it rhetorical; "would it be
        # possible to text first", "how hard is it to swap a thermostat myself" ask.
        r"would it (?:kill|hurt) (?:you|u|him|her|them|y'all|yall|your (?:guys?|techs?|people|office)|anyone|anybody|someone|somebody|the tech\w*) to",
        r"would it (?:kill|hurt) to\b[^?.!]{0,50}\bnext time\b",
        r"is it (?:really |honestly |seriously )?(?:that|so|this) (?:hard|difficult) to|(?:really|honestly) (?:that|so) (?:hard|difficult) to",
        r"how (?:hard|difficult) (?:is it|can it be|would it be) to (?:wipe|take off|clean up|clean|tidy|put (?:back|away)|return (?:a|my|our) call|reply|respond|"
        r"show up|turn up|be on time|arrive on time|get here on time|call|pick up|answer|text|give (?:a|an|us|me) (?:call|update|heads up)|let (?:me|us) know|communicate)",
        r"is it too much to (?:expect|want|hope|request|ask)",
        r"(?:just|only) a suggestion\?|what am i (?:even )?paying (?:you|you guys|for)",
        r"who (?:books|schedules|makes) (?:a|an) (?:visit|appointment|booking) and (?:then )?(?:just )?(?:doesn't|does not|never)",
        r"can't (?:you|you guys|you people|anyone)(?: people)? (?:read|tell time|count|use) (?:a |the )?(?:calendar|clock|watch|phone|map)",
        r"es que nadie (?:revisa|lee|contesta|responde|trabaja)|tan dif[íi]cil es|para qu[ée] (?:me |nos )?(?:dan|ponen|sirve)[^?]{0,40}\bsi no",
        r"(?:messages?|t[ée]l[ée]phone) au moins \?|si difficile (?:d'\w+|de \w+)|[àa] quoi (?:sert|bon)[^?]{0,40}\bsi (?:vous|on) ne",
        r"(?:voc[êe]s|você) nem (?:leem|l[êe]em|respondem|olham|atendem)|t[ãa]o dif[íi]cil (?:assim )?(?:chegar|responder|ligar|atender)",
        r"[üu]berhaupt jemand",
        examples=(
            "Do you guys even check your messages?",
            "is anyone actually working today?",
            "how hard is it to show up on time?",
            "what's the point of a window if you ignore it?",
            "why do I even bother booking with you people?",
            "Is it too much to ask for a call when you're running late?",
            "how many times do I have to text before someone answers?",
            "Would it kill you to text first?",
            "would it kill him to call when he's going to be an hour late",
            "is it really so hard to pick up the phone??",
            "Is it too much to expect someone to answer the office phone?",
            "How difficult is it to wipe your boots before walking on a white carpet?",
            "Would it hurt to give us a heads up next time before you show up at 7am?",
            "is it that hard to return a call",
            "¿tan difícil es llegar a tiempo?",
            "Vous lisez vos messages au moins ?",
            "Vocês nem leem as mensagens?",
            "Liest bei Ihnen überhaupt jemand die Nachrichten?",
        ),
        near_misses=(
            "Do you guys check messages on weekends?",
            "is anyone coming today?",
            "Is anyone working on Saturday?",
            "how hard is it to replace a thermostat? just curious",
            "what's the point of the filter on the outdoor unit?",
            "is anyone home to let him in?",
            "Would it be possible for him to text first before he comes?",
            "would it hurt to run the AC while he works?",
            "is it hard to install a smart thermostat?",
            "how difficult is it to replace the flapper myself?",
            "Is it ok to ask for a call when he's about 10 min out?",
            "is it too much trouble to ask him to check the water heater too?",
        ),
        vetoes=VETOES,
        why="a rhetorical question that is a grievance: a duty left undone asked about with even, ever, how hard",
    ),
)

COMPLAINT = CueSet("complaint", CUES)

"""Reschedule cues: the customer wants another day or time.

Joined in this order into one pattern (`RESCHEDULE`); the vetoes in `appointment.py` qualify them
all. A request that names a slot without these words ("can he come friday after 2?") is read by
`core._asks_for_slot`.
"""

from __future__ import annotations

from . import Cue, CueSet, cue
from .appointment import RESCHEDULE_VETOES

CUES: tuple[Cue, ...] = (
    cue(
        "reschedule.word",
        "reschedule",
        r"re-?schedul\w*|resched|rebook|re-book|reprogram\w*|postpone|push (?:it |this |that |us |me )?(?:back|out|to)",
        examples=("need to reschedule", "can we postpone?", "push it back please"),
        near_misses=("is that ok or should we reschedule?", "you rescheduled on me again"),
        vetoes=RESCHEDULE_VETOES,
        why="the word, or push it back",
    ),
    cue(
        "reschedule.move_it",
        "reschedule",
        r"(?:move|shift|switch|bump|push|rearrange|put) (?:(?:it|this|that|us|me|(?:the|my|our) (?!keys?\b|dog|cat|lid|cover|panel|car\b|cars\b|truck|van|bins?\b|furniture|couch|sofa|table|bed\b|fridge|"
        r"washer|dryer|stove|dresser|desk|chair|boxes|button|lever|switch|handle|plug|cord)\w+(?: (?:test|inspection|visit|appointment|appt|service|call|install|installation|check|check-up|checkup|tune-?up|repair|cleaning|estimate|quote|job))?|(?:\w+day|tomorrow)(?:'s)?(?: \w+)?) )?"
        r"(?:to|back|forward|off|for)\b|rearrange|"
        # "any chance of bringing the appointment forward", "bring it forward a day" (h13en6b)
        r"bring(?:ing)? (?:it|this|that|us|things|(?:the|my|our) (?:appointment|appt|visit|booking|job|service))(?: \w+)? forward\b|"
        # "please transfer visit to January 20 at 2 PM" (h15part); "transfer the call to him" moves no visit
        r"transfer (?:the |my |our |this )?(?:visit|appointment|appt|booking|service call) (?:to|for)\b",
        examples=(
            "can we move it to friday",
            "any chance of bringing the appointment forward",
            "could we bring it forward a day",
            "move the appointment to next week",
            "shift monday's visit to tuesday",
            "is there any way to move tomorrow's visit to Friday morning?",
            # the service named in two words (issue 13, h14when)
            "Can we move the backflow test to after hours? Like 5:30pm on Wednesday the 11th?",
            "could you push the furnace inspection to Monday the 16th?",
            "please transfer visit to January 20 at 2 PM",
        ),
        near_misses=(
            "I'll move the car for him",
            "can he move the dog to the yard",
            "can he push the couch back to get to the outlet?",
            "can we push the button to reset it?",
            "can he push the dryer back to the wall when he's done?",
            "I'll move my desk to the other room so he can get to the panel",
            "can he bring the ladder forward to the front",
            "can you transfer the money to my account",
        ),
        vetoes=RESCHEDULE_VETOES,
        why="move the appointment",
    ),
    cue(
        "reschedule.change_the_day",
        "reschedule",
        r"bump (?:it |us |\w+day )?(?:to|back)|switch (?:it |us )?to|change (?:the|my|our) (?:appointment|day|date|time|visit)",
        examples=("can we change the appointment", "change my visit please"),
        near_misses=("can he change the filter", "change the batteries"),
        vetoes=RESCHEDULE_VETOES,
        why="change the day or time",
    ),
    cue(
        "reschedule.another_day",
        "reschedule",
        r"change (?:it |\w+day )?to|another (?:day|time|date)(?! off| wasted| gone| lost| of (?:waiting|work))|different (?:day|time|date)|other day|later date|some other time",
        examples=("can we do another day?", "a different time would be better", "change it to 3pm"),
        near_misses=("I took another day off for this", "great. another day wasted waiting on you guys"),
        vetoes=RESCHEDULE_VETOES,
        why="another day or time",
    ),
    cue(
        "reschedule.instead",
        "reschedule",
        r"(?:can|could|would|will) (?:we|you|he|she|they|someone|u) (?:do|come|make it|swing by|move it|come out|try) (?:on |at |this |next |tomorrow|in the )?.{0,25}\binstead\b",
        examples=("could he come thursday instead?", "can we do next week instead"),
        near_misses=("I'll be there instead of my husband",),
        vetoes=RESCHEDULE_VETOES,
        why="come another time instead",
    ),
    cue(
        "reschedule.after_my_commitment",
        "reschedule",
        # "I get off work at 4, can he come after that?", "can he come after my shift ends at 3?": a slot
        # bounded by the customer's own commitment, said with its time (issue 13, h14when)
        r"(?:can|could|would) (?:we|you|he|she|they|someone|u) (?:come|do it|make it|swing by|stop by|come by|come out) "
        r"(?:after|before) (?:my \w+ (?:ends?|finishes|starts|is over)|i (?:get off|finish|start|leave))\b",
        r"\b(?:i|we) (?:get off|finish|start)(?: work| my shift| school)? at [^,.?!]{1,12}[,.]? (?:so )?"
        r"(?:can|could|would) (?:he|she|they|you|someone|u) (?:come|do it|make it|swing by|stop by|come by) (?:after|before) (?:that|then)\b",
        examples=(
            "I get off work at 4, can he come after that?",
            "can he come after my shift ends at 3?",
            "I start at 1, could he come before then?",
        ),
        near_misses=(
            "I'll be there after that",
            "he can come after that, no rush",
            # a lateness inside the window, the customer's arrival (dev d003)
            "C but I won't be home till 9:30 , can she come after that?",
        ),
        vetoes=RESCHEDULE_VETOES,
        why="come after or before the customer's own commitment, another time",
    ),
    cue(
        "reschedule.instead_of_day",
        "reschedule",
        r"instead of (?:today|tomorrow|this|monday|tuesday|wednesday|thursday|friday|saturday|sunday)",
        examples=("friday instead of today?", "wednesday instead of monday"),
        near_misses=("use the side door instead of the front",),
        vetoes=RESCHEDULE_VETOES,
        why="a day instead of the booked one",
    ),
    cue(
        "reschedule.cant_make_it",
        "reschedule",
        r"can't make (?:it )?(?:today|tomorrow|this|that|the appointment|after all|anymore)",
        examples=("can't make it today", "I can't make the appointment", "can't make it after all, sorry"),
        near_misses=("can't make it any earlier than 5, sorry",),
        vetoes=RESCHEDULE_VETOES,
        why="the customer cannot make the booked day",
    ),
    cue(
        "reschedule.cant_do_that_time",
        "reschedule",
        r"(?:can't|cannot|can not|won't be able to|unable to) (?:do|make|manage) (?:it )?(?:at |by )?"
        r"(?:\d{1,2}(?::\d{2}| ?[ap]\.?m\b)|that time|the new time|then\b|that late|that early)",
        examples=(
            "can't do 2:30, I'll be gone by then",
            "I cannot make it at 4pm",
            "won't be able to do that time, sorry",
            "can't do that late, I have to pick up my kids",
        ),
        near_misses=(
            "I can't do that myself",
            "can't do 2 visits in one week",
            "I can't make it any earlier than 5, sorry",
        ),
        vetoes=RESCHEDULE_VETOES,
        why="the customer cannot make the time proposed",
    ),
    cue(
        "reschedule.sooner_or_next_available",
        "reschedule",
        r"next (?:available|open|free)(?: (?:slot|day|date|appointment|time))?|"
        r"(?:anything|something|any (?:slots?|openings?|availability))(?: open| available| free)? (?:sooner|earlier|later)|(?:sooner|earlier) (?:appointment|slot|opening)",
        examples=(
            "next available please",
            "anything sooner?",
            "any openings earlier this week?",
            "do you guys have anything open sooner?",
        ),
        near_misses=("is he available now?",),
        vetoes=RESCHEDULE_VETOES,
        why="the next slot, or one sooner or later",
    ),
    cue(
        "reschedule.push_by",
        "reschedule",
        r"push (?:it|this|that|us|me) (?:back )?(?:by )?(?:an?|one|\d+|half an) (?:hour|hours|minutes)",
        examples=("can you push it an hour", "push us by 30 minutes"),
        near_misses=("he can push the button by the gate",),
        vetoes=RESCHEDULE_VETOES,
        why="the window moved by an amount ('push it back an hour' is already `reschedule.word`)",
    ),
    cue(
        "reschedule.would_day_work",
        "reschedule",
        r"(?:would|does|could|will|is|how about|what about) (?:\w+ )?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|"
        r"next week|the weekend|the \d{1,2}(?:st|nd|rd|th)?)\b(?: \w+){0,2} (?:work|suit|do|be (?:\w+ )?(?:ok|okay|better|possible))",
        r"(?:the \d{1,2}(?:st|nd|rd|th)?|(?:mon|tues|wednes|thurs|fri|satur|sun)day|next week)(?: \w+){0,3} "
        r"(?:would|will|might) (?:suit|work|be) (?:\w+ )?(?:better|best)",
        # "I have to leave at 12 so 9 would be great", "pickup is at 3, 1 would be better": an hour said to
        # suit, right after the reason's own time (issue 13, h14when)
        r"\b(?:at|by) \d{1,2}(?::\d\d)?(?: ?[ap]m)?,? (?:so |then )?(?:\d{1,2}(?::\d\d)?(?: ?[ap]m)?|noon|midday) (?:would|'d|will|might) (?:suit|work|be) "
        r"(?:\w+ )?(?:better|best|great|ideal|perfect|easier)\b",
        examples=(
            "I have to leave at 12 so 9 would be great",
            "school pickup is at 3 so 1 would be better",
            "would friday work instead?",
            "how about next week be ok?",
            "does the 15th work?",
            "the 2nd of next month would suit us better",
            "would Monday morning be any better for him? we're stuck today",
        ),
        near_misses=(
            "friday works for me",
            "so 2 would be plenty",
            "so 3 would be great, thanks for the quote",
        ),
        vetoes=RESCHEDULE_VETOES,
        why="asking whether another day would work",
    ),
    cue(
        "reschedule.booked_day_no_good",
        "reschedule",
        r"(?:today|tomorrow|this (?:morning|afternoon)|(?:mon|tues|wednes|thurs|fri|satur|sun)day)(?:'s| is)? "
        r"(?:no good|not good|not going to work|not gonna work|won't work|wont work|doesn't work|no longer works|a no go|a bust)"
        r"(?: anymore| after all| for (?:me|us))?|"
        r"what (?:else|other (?:days?|times?|slots?|dates?)) (?:do you have|have you got|is open|works?)|"
        r"what (?:time )?slots (?:do you have|are (?:open|left|free))|when(?:'s| is) (?:your|the) next (?:opening|slot|opening)|"
        r"(?:is|are) (?:the \d{1,2}(?:st|nd|rd|th)?|(?:mon|tues|wednes|thurs|fri|satur|sun)day|tomorrow|next week)(?: \w+)? "
        r"(?:open|free|available|possible|an option|doable)",
        examples=(
            "today's no good anymore, what else do you have?",
            "Thursday won't work after all, sorry",
            "What time slots do you have Friday? need to move today's visit",
            "when's your next opening? today is a bust",
            "is the 21st open? today got away from me",
        ),
        near_misses=(
            "today works for me",
            "what do you have in stock for filters?",
            "is he available now?",
            "the old thermostat is no good, can he bring a new one?",
        ),
        vetoes=RESCHEDULE_VETOES,
        why="the booked day no longer works, or asking which other slots there are",
    ),
    cue(
        "reschedule.slots_on_another_day",
        "reschedule",
        r"(?:any|anything|a|got) (?:on )?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|weekend|evening|early morning|late afternoon)s? "
        r"(?:spots?|slots?|openings?|availability|appointments?)",
        examples=(
            "do you have any Saturday spots? weekdays are tough",
            "got any evening slots this week? today is not going to happen",
        ),
        near_misses=("any evening is fine for the follow-up call", "a Saturday crew came last time"),
        vetoes=RESCHEDULE_VETOES,
        why="asking for openings on another day or part of day",
    ),
    cue(
        "reschedule.need_to_move_it",
        "reschedule",
        r"(?:need|needs|have|has|got|gotta|want|wanna|would like|'d like) to (?:move|change|switch|shift|push|bump) "
        r"(?:it|this|that|(?:the|my|our|today's|tomorrow's) (?:appointment|appt|visit|booking|time|day|date|slot))\b"
        r"(?!\s+(?:out of|away|over|around|into|in|up|down|off|so)\b)",
        examples=(
            "need to move it, any time after lunch tomorrow",
            "I have to change the appointment, something came up",
            "gotta switch the time, sorry, can he do Friday?",
        ),
        near_misses=(
            "need to move the car out of the driveway first",
            "I have to move it out of the way before he starts",
            "does he need to move the fridge?",
        ),
        vetoes=RESCHEDULE_VETOES,
        why="the customer needs to move the appointment, before saying to when",
    ),
    cue(
        "reschedule.wont_make_it_next_opening",
        "reschedule",
        r"(?:won't|wont|will not|not going to|unable to|not be able to|won't be able to) (?:be able to )?make (?:it )?"
        r"(?:today|tomorrow|this (?:morning|afternoon|one)|the (?:appointment|appt|visit|window))|"
        r"(?:what(?:'s| is)|when(?:'s| is)|your|any) (?:the |your )?(?:next|first|earliest) (?:opening|open slot|free slot)|"
        r"(?:next|first|earliest) availability",
        examples=(
            "I won't be able to make today, what's the next opening?",
            "won't make it this afternoon, sorry, earliest availability?",
        ),
        near_misses=("I won't make it home before 11:30", "the next opening in the wall is for the vent"),
        vetoes=RESCHEDULE_VETOES,
        why="the customer cannot make the visit and asks for the next opening",
    ),
    cue(
        "reschedule.push_or_new_time",
        "reschedule",
        # another time asked for without the word: push it, find a new time, a later slot, a rain check
        r"(?:(?<=can we )|(?<=could we )|(?<=can you )|(?<=could you )|(?<=can u )|(?<=can i )|(?<=could i )|(?<=please ))"
        r"(?:push|bump|slide|shift|move) "
        r"(?:it|this|that|us|me|the (?:appointment|appt|visit|time))(?: back| out| over)?"
        r"(?=\s*(?:$|[?.!,]|to\b|til\b|till\b|until\b|a (?:day|week|bit)\b|an hour\b|later\b|earlier\b|another\b))|"
        r"(?:find|pick|get|set up|book|schedule) (?:a |another )?(?:new|different|better) (?:time|day|date|slot)|"
        r"(?:soonest|earliest|next) (?:day |date |slot |opening |time )?after (?:today|tomorrow|this week)|rain ?check|(?:a|any|another) (?:later|earlier|sooner) (?:slot|opening|time|window|appointment)|"
        r"what else (?:you|u|ya|do you|do u|have you|you've) (?:got|have)|"
        r"(?:today|tomorrow|this (?:morning|afternoon))(?:'s)? (?:isn't|is not|ain't) (?:going to|gonna) work|"
        r"can't (?:do|make) (?:it )?(?:today|tomorrow) (?:after all|anymore|any more)",
        examples=(
            "can we push this",
            "my schedule changed, can we find a new time",
            "rain check? maybe next tues",
            "is there a later slot today, like after 4",
            "can't do tmrw after all. what else u got",
            "ok so tomorrow isn't going to work for me anymore",
            "what's the soonest after today you can do?",
        ),
        near_misses=(
            "can we push the button to reset it?",
            "could you move it out of the way",
            "the new time works great, thanks",
            "what's the soonest he can get here today?",
        ),
        vetoes=RESCHEDULE_VETOES,
        why="another time asked for without the word 'reschedule'",
    ),
    cue(
        "reschedule.spanish_change",
        "reschedule",
        r"cambiar (?:la cita|el día|la fecha|la hora)|mover la cita|otro d[ií]a|otra fecha|otra hora|reagendar",
        examples=("quiero cambiar la cita", "¿puede ser otro día?", "necesito reagendar"),
        near_misses=("la cita es a las 3",),
        vetoes=RESCHEDULE_VETOES,
        why="change the appointment, in Spanish",
    ),
    cue(
        "reschedule.spanish_french_can_it_be",
        "reschedule",
        r"se puede (?:el|otro|para|mañana|la semana)|pueden venir (?:el|otro|mañana)|remettre|reporter|décaler",
        examples=("¿se puede para el viernes?", "pueden venir mañana?", "on peut remettre à jeudi?"),
        near_misses=("¿se puede pagar con tarjeta?",),
        vetoes=RESCHEDULE_VETOES,
        why="can it be another day, in Spanish or French",
    ),
    cue(
        "reschedule.spanish_better_day",
        "reschedule",
        r"cambiar (?:para|a|al)|mover (?:para|a|al)|(?:mejor|prefiero) (?:el|otro|mañana|la semana)|"
        # "me toca correr la cita para el 15", "hay que pasar la cita para el jueves": the visit moved (h15part)
        r"(?:correr|corrernos|pasar|rodar) (?:la|mi|nuestra) (?:cita|visita) (?:para|al|a)\b",
        examples=(
            "mejor el jueves",
            "prefiero mañana",
            "lo podemos cambiar para el lunes",
            "me toca correr la cita para el 15, a cualquier hora después de las 2",
        ),
        near_misses=("está mejor ahora, gracias",),
        vetoes=RESCHEDULE_VETOES,
        why="a better day, in Spanish",
    ),
    cue(
        "reschedule.spanish_french_next_week",
        "reschedule",
        r"(?:lo|la) dejamos para|dejarlo para|pasarlo para|(?:la semana|la) que viene|la pr[oó]xima semana|"
        r"changer pour|déplacer|à la place|plutôt (?:que|le|la|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|demain)",
        examples=(
            "lo dejamos para la próxima semana",
            "plutôt jeudi si possible",
            "on peut déplacer le rendez-vous?",
        ),
        near_misses=("la semana pasada vino el técnico",),
        vetoes=RESCHEDULE_VETOES,
        why="leave it for another week, or rather another day, in Spanish or French",
    ),
    # ---- Vietnamese, Chinese, Portuguese, French, German, Tagalog, Korean (issue 13, h13lang) ----
    cue(
        "reschedule.vietnamese",
        "reschedule",
        r"dời lịch|doi lich|đổi lịch|đổi (?:qua|sang)|doi (?:qua|sang)|hẹn lại|hen lai|để (?:tuần|hôm|bữa) (?:sau|khác)|(?:để|de) next week|"
        r"de (?:tuan|hom|bua) (?:sau|khac)|(?:tomorrow|day after tomorrow|monday|tuesday|wednesday|thursday|friday|"
        r"saturday|sunday|morning|afternoon|evening)[^.?!]{0,25}(?:được không|duoc (?:khong|ko))",
        examples=(
            "Cho tôi dời lịch sang ngày mai buổi sáng được không?",
            "Hôm nay tôi bận, hẹn lại ngày mai buổi chiều nhé",
            "t7 buoi sang duoc ko anh",
        ),
        near_misses=("Thợ tới rồi, cảm ơn", "Đổi dầu xe xong rồi"),
        vetoes=RESCHEDULE_VETOES,
        why="move the visit, another day, in Vietnamese",
    ),
    cue(
        "reschedule.chinese",
        "reschedule",
        r"改到|改成|改天|改时间|改時間|改期|推到|延期|换个时间|換個時間|"
        r"(?:tomorrow|day after tomorrow|monday|tuesday|wednesday|thursday|friday|saturday|sunday|morning|afternoon|"
        r"evening)[^.?!]{0,10}(?:可以|行)(?:吗|嗎|不|\?)",
        examples=("可以改到明天上午吗?", "今天没空,改天再约吧", "後天晚上可以嗎"),
        near_misses=("好的,明天见", "改好了,谢谢"),
        vetoes=RESCHEDULE_VETOES,
        why="change the day or time, in Chinese",
    ),
    cue(
        "reschedule.portuguese",
        "reschedule",
        r"remarcar|reagendar|(?:mudar|trocar) (?:para|pra)|(?:dá|da) (?:pra|para) ser|(?:pode|podia|poderia|seria possível) (?:ser|vir) "
        r"(?:tomorrow|day after tomorrow|monday|tuesday|wednesday|thursday|friday|s[aá]bado|domingo|no s[aá]bado|"
        r"no domingo|morning|afternoon|evening|na|no|à|a)|(?:consegue|pode) vir (?:afternoon|morning|evening)|"
        # "pode vir cedo, tipo 6:45?", "pode vir às 9h?": come early, or at an hour (issue 13, h14when)
        r"(?:pode|podia|poderia|consegue|podem) vir (?:mais )?cedo\b|(?:pode|podia|poderia|consegue|podem) vir "
        r"(?:às|as|tipo|depois das|antes das|lá pelas|por volta das) \d{1,2}(?:h\d{0,2}|[:.]\d\d)?",
        examples=(
            "Pode vir mais cedo, tipo 7?",
            "Começo a trabalhar às 13h, pode vir às 9h?",
            "Dá pra remarcar pra amanhã de manhã?",
            "Podia ser no sábado de manhã?",
            "Não vou estar em casa hoje, dá pra ser quinta à tarde?",
            "Preciso remarcar, hoje não posso",
        ),
        near_misses=("O técnico pode vir hoje?", "Pode trocar o filtro também?", "pode vir, estarei em casa"),
        vetoes=RESCHEDULE_VETOES,
        why="reschedule, can it be another day, in Portuguese",
    ),
    cue(
        "reschedule.french_more",
        "reschedule",
        r"venir \w+ plut[ôo]t|deplacer le (?:rendez-vous|rdv)|(?:qu'on peut|on peut|peut-on|pourrait-on|pourriez-vous|pouvez-vous) (?:faire ça|faire ca|le faire|passer|venir) "
        r"(?:demain|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)|(?:demain|day after tomorrow|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|matin|"
        r"après-midi|apres-midi|soir|soirée)[^.?!]{0,25}(?:c'est possible|ça vous irait|ca vous irait|ça marche|possible)",
        examples=(
            "Pouvez-vous venir vendredi plutôt?",
            "samedi matin ca vous irait?",
            "est-ce qu'on peut faire ça mercredi prochain?",
            "Je dois deplacer le rendez-vous, je ne peux pas aujourd'hui",
            "Demain à 15h, c'est possible?",
        ),
        near_misses=("c'est possible de payer par carte?", "merci, à demain"),
        vetoes=RESCHEDULE_VETOES,
        why="rather another day, is that day possible, in French",
    ),
    cue(
        "reschedule.german_tagalog_korean",
        "reschedule",
        r"verschieben|verlegen|(?:geht|passt) es (?:auch )?(?:am )?(?:monday|tuesday|wednesday|thursday|friday|saturday|"
        r"sunday|tomorrow)|ilipat|(?:pwede|puwede) (?:po )?(?:ba )?sa (?:monday|tuesday|wednesday|thursday|friday|saturday|"
        r"sunday)|po sana|바꿀 수|변경|옮길|미룰|(?:tomorrow|monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
        r"morning|afternoon|evening)[^.?!]{0,12}(?:괜찮을까요|가능한가요|될까요|되나요)|"
        # "Könnte er stattdessen gegen 3 kommen?": could he come instead, at another time (issue 13, h14when)
        r"\b(?:könnte|kann|könnten|können|koennte) (?:er|sie|jemand|ihr|man) (?:stattdessen|lieber|eher|vielleicht auch) [^.?!]{0,25}\bkommen\b",
        examples=(
            "Können wir den Termin auf morgen früh verschieben?",
            "Pwede po bang ilipat bukas ng umaga?",
            "금요일로 변경 가능한가요?",
            "Könnte er stattdessen gegen 3 kommen?",
        ),
        near_misses=(
            "Kann er stattdessen die Garage anschauen?",
            "Der Termin passt, danke",
            "salamat po",
            "네 알겠습니다",
        ),
        vetoes=RESCHEDULE_VETOES,
        why="move the visit, another day, in German, Tagalog and Korean",
    ),
    cue(
        "reschedule.asked_as_a_question",
        "reschedule",
        # "¿se puede pasar al día 15?", "not gonna work on the 3rd, what's open the week after?"
        r"(?:(?:se puede|podemos|podr[ií]amos|puede) (?:pasar|mover)(?:lo|la)?|se puede cambiar(?:lo|la)?) (?:al?|para el?) (?:d[ií]a|lunes|martes|mi[ée]rcoles|jueves|viernes|s[aá]bado|domingo|\d)|"
        r"(?:not gonna|won't|doesn't|isn't going to|not going to|can't) (?:work|do)(?: for me| for us)? (?:on )?(?:the )?\d+(?:st|nd|rd|th)?\b[^.?!]{0,10}[,.]?[^.?!]{0,20}(?:what's|what is|anything|do you have|any) (?:open|free|available)",
        examples=(
            "¿se puede pasar al día 15?",
            "¿podemos pasarlo al martes?",
            "not gonna work on the 3rd, what's open the week after?",
            "won't work on the 12th, anything open later that week?",
        ),
        near_misses=(
            "¿se puede pagar con tarjeta?",
            "what's open on the 3rd? just curious about hours",
        ),
        why="moving the visit asked as a question: '¿se puede pasar al día 15?', 'won't work on the 3rd, what's open?'",
    ),
    # ---- Italian, Polish, Hindi/Hinglish in Latin script, Russian (issue 13, h13lang2) ----
    cue(
        "reschedule.italian",
        "reschedule",
        r"spostar(?:e|lo|la)? (?:l'appuntamento|la visita|l'intervento|a|al|alla|ad|tomorrow|day after tomorrow|monday|tuesday|wednesday|thursday|friday|saturday|sunday|morning|afternoon|evening|next week)|spostiamo|rimand\w*|rinvi(?:are|amo|ate)|posticip\w*|"
        r"cambiare (?:giorno|data|orario|l'appuntamento)|un altro giorno|"
        r"(?:possiamo|potete|si può|si puo|potremmo|può|puo) (?:\w+ ){0,2}(?:venire|fare|farlo|fissare) (?:\w+ ){0,2}(?:tomorrow|day after tomorrow|monday|tuesday|wednesday|thursday|friday|saturday|sunday|morning|afternoon|evening|next week)|"
        r"(?:tomorrow|day after tomorrow|monday|tuesday|wednesday|thursday|friday|saturday|sunday|morning|afternoon|evening|next week)[^.?!]{0,25}(?:va bene|è possibile|e possibile|si può|si puo|potete|andrebbe bene)\s*\?",
        examples=(
            "Possiamo spostare a venerdì pomeriggio?",
            "Oggi non posso, rimandiamo a domani mattina",
            "Potete venire lunedì mattina invece?",
            "sabato alle 10 va bene?",
        ),
        near_misses=("confermo per domani mattina", "potete spostare la lavatrice?"),
        vetoes=RESCHEDULE_VETOES,
        why="move or put off the visit, can you come another day, in Italian",
    ),
    cue(
        "reschedule.polish",
        "reschedule",
        r"przełożyć|przelozyc|przełóżmy|przelozmy|przesunąć|przesunac|przesuńmy|przesunmy|przenie[śs][ćc] (?:wizytę|wizyte|termin)|"
        r"zmieni[ćc] (?:termin|godzin[ęe]|dat[ęe]|dzie[ńn])|zmian[ęay] terminu|inny (?:termin|dzień|dzien)|innym terminie|wola[łl]\w* (?:\w+ )?(?:tomorrow|day after tomorrow|monday|tuesday|wednesday|thursday|friday|saturday|sunday|morning|afternoon|evening|next week)|"
        r"(?:tomorrow|day after tomorrow|monday|tuesday|wednesday|thursday|friday|saturday|sunday|morning|afternoon|evening|next week)[^.?!]{0,25}(?:da się|da sie|pasuje|może być|moze byc|można|mozna)\s*\?|"
        r"(?:czy )?(?:może|moze|mógłby|moglby|można|mozna|da się|da sie|mogę prosić|moge prosic) (?:\w+ ){0,2}(?:tomorrow|day after tomorrow|monday|tuesday|wednesday|thursday|friday|saturday|sunday|morning|afternoon|evening|next week)",
        examples=(
            "Czy możemy przełożyć wizytę na piątek rano?",
            "Dzisiaj nie mogę, może być jutro po południu?",
            "musze przesunac termin na poniedzialek",
        ),
        near_misses=("potwierdzam, będę w domu", "czy technik może przyjść dzisiaj?"),
        vetoes=RESCHEDULE_VETOES,
        why="move the visit, another date, can it be another day, in Polish",
    ),
    cue(
        "reschedule.hindi",
        "reschedule",
        r"(?:tomorrow|day after tomorrow|monday|tuesday|wednesday|thursday|friday|saturday|sunday|morning|afternoon|evening|next week) (?:\w+ ){0,3}(?:aa sakte|aa sakta|aa sakti|aa jaiye|aa jaana|aaiye|aayiye|aana|rakh (?:do|dijiye|sakte|lo)|kar (?:do|dijiye|sakte)|"
        r"shift|possible|ho sakta|ho sakti|chalega)|(?:date|time|din|appointment|visit) (?:\w+ ){0,3}(?:(?:change|shift) (?:kar\w*|ho sakta|ho sakti|karwa\w*)|badal\w*)|"
        r"badal (?:do|dijiye|sakte|dein)|aage (?:badha|kar)\w*|kisi aur din|dusre din|doosre din",
        examples=(
            "aaj nahi ho payega, kal subah aa sakte ho?",
            "parso shaam ko aa jaiye please",
            "appointment ka time change kar do, shanivar ko rakh do",
        ),
        near_misses=(
            "technician kab aayega?",
            "theek hai, aaj ghar pe hoon",
            "Forgot about the time change, running about an hour behind",
        ),
        vetoes=RESCHEDULE_VETOES,
        why="another day or time, can you come then, in Hindi and Hinglish written in Latin script",
    ),
    cue(
        "reschedule.russian",
        "reschedule",
        r"перенест\w*|перенес(?:ти|ём|ем|ите)|перенос\w*|(?:другой|другое) (?:день|время)|"
        r"(?:можно|можете|могли бы|сможете|получится) (?:\w+ ){0,2}(?:tomorrow|day after tomorrow|monday|tuesday|wednesday|thursday|friday|saturday|sunday|morning|afternoon|evening|next week)|(?:tomorrow|day after tomorrow|monday|tuesday|wednesday|thursday|friday|saturday|sunday|morning|afternoon|evening|next week)[^.?!]{0,20}(?:можно|удобно|подойдёт|подойдет)\s*\?|"
        r"perenesti|perenesem",
        examples=(
            "Можно перенести на завтра утром?",
            "Сегодня не получается, можете в пятницу после обеда?",
            "давайте перенесём на понедельник",
        ),
        near_misses=("хорошо, буду дома", "мастер уже едет?"),
        vetoes=RESCHEDULE_VETOES,
        why="move the visit, another day, can you come then, in Russian",
    ),
    # ---- Haitian Creole and Arabic (issue 13, h13lang2) ----
    cue(
        "reschedule.haitian_creole_arabic",
        "reschedule",
        r"chanje (?:dat|lè|le|randevou)|ranvwaye|yon lòt jou|yon lot jou|(?:eske )?(?:nou|li|ou) (?:ka|kapab) (?:vini|fè l|fe l|pase) (?:tomorrow|day after tomorrow|monday|tuesday|wednesday|thursday|friday|saturday|sunday|morning|afternoon|evening)|"
        r"(?:ن|أ|ا)?(?:أجل|اجل)(?:ها|ه)?|تأجيل|(?:نغير|تغيير|غير) (?:ال)?موعد|موعد (?:ثاني|تاني|آخر|اخر)|يوم (?:ثاني|تاني|آخر|اخر)|"
        r"(?:ممكن|ينفع|يصير) (?:\S+ ){0,2}(?:tomorrow|day after tomorrow|monday|tuesday|wednesday|thursday|friday|saturday|sunday|morning|afternoon|evening)",
        examples=(
            "Eske nou ka fè l demen maten?",
            "Jodi a pa bon, ann chanje randevou a pou vandredi",
            "ممكن نأجل لبكرة الصبح؟",
            "ممكن يوم الخميس المسا؟",
        ),
        near_misses=("mèsi, n ap tann ou jodi a", "الفني وين؟"),
        vetoes=RESCHEDULE_VETOES,
        why="move the visit, another day, can you come then, in Haitian Creole and Arabic",
    ),
    cue(
        "reschedule.slot_declined",
        "reschedule",
        # round eight (issue 13): the booked time refused in a reply, with no new one named yet
        r"^(?:(?:hey|hi|ok|okay|so|um)[,!.]? )?(?:no|nope|nah|sorry|unfortunately|actually)?[,.! ]*(?:that|then|tomorrow|today|tonight|that day|that time|the time|"
        r"(?:mon|tues|wednes|thurs|fri|satur|sun)day)(?:'s| is)? (?:doesn't|does not|won't|will not|no longer|isn't going to|is not going to) work\b"
        r"(?! (?:right|properly|at all|either|the))|"
        r"(?:tomorrow|today|tonight|that day|that time|then)(?:'s| is) (?:bad|no good|not good|a no-?go|not going to work)(?! (?:weather|news))|"
        r"won't be (?:home|here|around|available|there) (?:then|at that time)\b(?! (?:but|though))",
        examples=(
            "no that doesn't work anymore",
            "no, tomorrow is bad for us",
            "nope won't be home then",
            "today is a no-go, what do you have later this week",
        ),
        near_misses=(
            "that doesn't work either, the fan is still off",
            "the outlet doesn't work",
            "tomorrow is good",
            "won't be home then but my son will let him in",
        ),
        vetoes=RESCHEDULE_VETOES,
        why="the booked time refused",
    ),
)
# round nine (issue 13): an excuse, then only the day offered instead: "jury duty tomorrow, thursday?"
CUES = (
    *CUES,
    cue(
        "reschedule.excuse_then_a_day",
        "reschedule",
        r"(?:(?<=, )|(?<=\. )|(?<=; ))(?:any chance of |how about |what about )?(?:next |this )?"
        r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|following week|next week)"
        r"(?: (?:morning|arvo|afternoon|evening|am|pm))?(?: instead| any good| maybe| possible)?(?:\s*\?|(?<=instead))",
        examples=(
            "jury duty tomorrow, thursday?",
            "sick kid today, friday instead?",
            "funeral on the day, any chance of Monday?",
            "got covid, following week?",
        ),
        near_misses=("is he still coming friday?", "ok, friday it is", "see you monday then"),
        vetoes=RESCHEDULE_VETOES,
        why="a reason the booked day fails, then another day asked for with no verb",
    ),
)
# Issue 13, h13langas: a day, date or time offered in Tagalog, Hindi (Devanagari), Arabic, Haitian
# Creole and Korean, after `vocab` has read its time words ("the 15th", "next week thursday").
_SLOT = (
    r"(?:tomorrow|day after tomorrow|monday|tuesday|wednesday|thursday|friday|saturday|sunday|morning|afternoon|"
    r"evening|next week|the \d{1,2}(?:st|nd|rd|th)|(?:january|february|march|april|may|june|july|august|september|"
    r"october|november|december) \d{1,2})"
)
CUES = (
    *CUES,
    cue(
        "reschedule.slot_offered_langas",
        "reschedule",
        rf"(?:pwede|puwede)(?: po)?(?: ba)?(?: bang?)?(?: na)?(?: lang)?(?: po)? (?:sa )?{_SLOT}|"
        rf"{_SLOT}[^.?!]{{0,30}}(?:कर|आ|रख) (?:सकते|सकती|सकता|सकें|दीजिए|दें|दो)|"
        rf"(?:ممكن|ينفع|يصير) (?:\S+ ){{0,2}}(?:{_SLOT}|at \d)|{_SLOT}[^.?!]{{0,15}}(?:أفضل|افضل|احسن|أحسن|أنسب|انسب)|"
        rf"chanje (?:l|li) (?:pou )?{_SLOT}|{_SLOT}[^.?!]{{0,15}}pi bon(?: pou (?:mwen|nou))?|"
        rf"{_SLOT}[^.?!]{{0,12}}(?:바꿔|바꿀|바꾸|옮겨|미뤄)|(?:예약|날짜|시간|방문)(?:을|를)? (?:바꿔|바꾸|미뤄|연기)",
        examples=(
            "Pwede po ba sa ika-15, alas dos ng hapon?",
            "अगले हफ्ते गुरुवार दोपहर को कर सकते हैं?",
            "15 तारीख को दोपहर 2 बजे आ सकते हैं?",
            "ممكن يوم 15 الساعة 2 بعد الظهر؟",
            "بكرة الصبح أفضل لي، اليوم ما أقدر",
            "Èske nou ka chanje l pou jedi semèn pwochèn nan apremidi?",
            "Demen maten pi bon pou mwen, jodi a m pa disponib",
            "내일 오전으로 바꿔주세요",
            "예약을 미뤄도 될까요?",
        ),
        near_misses=(
            "pwede po bang magbayad sa gcash?",
            "क्या मैं कार्ड से पेमेंट कर सकता हूँ?",
            "ممكن تعطيني السعر؟",
            "Li mache pi byen kounye a, mèsi",
            "Alam monoksid la ap sonnen, m panse se batri a. Nou ka chanje l?",
            "필터도 바꿔야 하나요?",
            "내일 오전에 뵙겠습니다",
        ),
        vetoes=RESCHEDULE_VETOES,
        why="another day or time offered or asked for, in Tagalog, Hindi, Arabic, Haitian Creole and Korean",
    ),
)
_SLOT2 = rf"(?:{_SLOT}|lunes|martes|miyerkules|huwebes|biyernes|sabado)"
CUES = (
    *CUES,
    cue(
        "reschedule.instead_and_suits_langas",
        "reschedule",
        rf"(?:pwede|puwede)(?: po)?(?: ba)?(?: bang?)? sa (?:lunes|martes|miyerkules|huwebes|biyernes|sabado)|"
        rf"(?:sa )?{_SLOT2}[^.?!,]{{0,10}}na lang(?: po)?(?=\s*(?:[,.!?]|$))|{_SLOT2}[^.?!]{{0,12}}(?:어떠세요|어때요|괜찮으세요|가능하세요|가능할까요|될까요)|"
        rf"{_SLOT2}[^.?!]{{0,25}}(?:aa jao|aa jana|aa jaaiye|aa jaiyo)|{_SLOT2}[^.?!]{{0,15}}(?:يناسبني|يناسبنا|تناسبني)|"
        rf"(?:để|hẹn|hen) tomorrow",
        examples=(
            "Pwede po ba sa Lunes ng umaga, alas nuwebe?",
            "Sa makalawa na lang po, busy ako ngayon",
            "모레 오후는 어떠세요? 오늘은 일이 생겨서요",
            "aaj nahi, parso shaam ko aa jao",
            "بعد بكرة العصر يناسبني أكثر",
            "Hôm nay tôi bận, hẹn mai nha",
        ),
        near_misses=(
            "salamat po, bukas na lang ako magbabayad ng cash",
            "요즘 날씨 어때요?",
            "الموعد يناسبني، شكرا",
            "Mai đến đúng giờ nhé",
        ),
        vetoes=RESCHEDULE_VETOES,
        why="another day asked for instead, or said to suit better",
    ),
)

# Issue 13, h13deep8: put off or moved in Arabizi ("mmkn n2ajel l yom el 5amees"), Cantonese ("改去星期四",
# "改去後日" h15days),
# Swiss German ("chönd mir uf Donnschtig verschiebe?").
CUES = (
    *CUES,
    cue(
        "reschedule.texted_h13deep8",
        "reschedule",
        r"(?:mmkn |mumkin |momken )?(?:n2ajel|ne2ajel|a2ajel|2ajel|t2ajel|nghayer el maw3ed|ghayer el maw3ed)|maw3ed (?:tani|teni|ta5er)",
        r"(?:改(?:去|到|做)|轉(?:去|做)|换(?:去|到)|換(?:去|到))(?: ?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|day after tomorrow|in three days|morning|afternoon|evening|聽日|下個|下个))",
        r"(?:chönd|chönnd|chöme|könnt|könnte|können) (?:mir|mer|wir) (?:\S+ ){0,4}(?:verschiebe|verschieben|verlege|verlegen)",
        examples=(
            "mmkn n2ajel l yom el 5amees ba3d el dohr",
            "可唔可以改去星期四下晝",
            # issue 15, h15days: "後日" (the day after tomorrow) and "大後日" (three days on) are days too
            "改去後日下晝得唔得",
            "chönd mir uf Donnschtig Nomittag verschiebe?",
        ),
        near_misses=("ana mt2a5er 10 d2aye2", "改好咗喇,多謝", "chönd mir de Code schicke?"),
        vetoes=RESCHEDULE_VETOES,
        why="another day asked for, in Arabizi, Cantonese and Swiss German",
    ),
)

# Another day asked for the way Spanish speakers text it (issue 13, h13es9): "déjalo pa después de las 3",
# "pásenlo pal viernes", "hoy no se va a poder... el sábado les queda?", "no puedo hoy pero mañana en la tarde
# sí", "dime qué días tienen".
_DAY_ES = r"(?:mañana|pasado mañana|lunes|martes|mi[eé]rcoles|jueves|viernes|s[aá]bado|domingo|la (?:otra|pr[oó]xima) semana)"
CUES = (
    *CUES,
    cue(
        "reschedule.spanish_move_it_h13es9",
        "reschedule",
        r"d[eé]j(?:alo|enlo|elo|emoslo) (?:para|pa|pal)\b|p[aá]s(?:alo|enlo|elo|emoslo) (?:para|pa|pal)\b",
        r"no (?:puedo|podemos|voy a poder|se va a poder|se puede)(?: hoy)?,? (?:pero|mejor) (?:el |la |en la )?"
        + _DAY_ES,
        r"(?:el |la )?"
        + _DAY_ES
        + r"(?: en la (?:mañana|tarde|noche)| temprano)?,? (?:les|le|te) (?:queda|sirve|viene bien|funciona)",
        r"(?:dime|d[ií]game|d[ií]ganme|me dicen|qu[eé]) (?:q(?:u[eé])? )?(?:otros )?d[ií]as (?:tienen|hay|les quedan)",
        examples=(
            "dejalo pa despues de las 3",
            "ntp, mejor pasenlo pal viernes",
            "q pena, hoy no se va a poder. el sabado en la mañana les queda?",
            "no puedo hoy pero mañana en la tarde si",
            "oye cancela lo de hoy y dime q dias tienen la otra semana",
        ),
        near_misses=(
            "déjalo así, ya funciona",
            "no puedo hoy abrir el portón, está trabado",
            "qué días trabajan ustedes? es para otra persona",
        ),
        vetoes=RESCHEDULE_VETOES,
        why="leave it for, pass it to, can't today but another day, which days do you have, in Spanish",
    ),
)

# The day ruled out and the one a week on asked for (issue 13, h13time11): "el lunes que viene no, el otro",
# "el martes que viene no puedo, ¿el otro?", "not this friday, the one after". `timewords.find_days`
# reads the day (a week after the one ruled out).
# (normalising writes "sábado" and "domingo" in English)
_WEEKDAY_ES = r"(?:lunes|martes|mi[eé]rcoles|jueves|viernes|s[aá]bado|domingo|saturday|sunday)"
# "el otro?", "el otro por favor", never "el otro técnico"
_OTHER_ENDS = r"(?=\s*(?:$|[?!.,;]|por favor|porfa|pls|gracias|si\b|sí\b|mejor\b))"
CUES = (
    *CUES,
    cue(
        "reschedule.the_other_one_h13time11",
        "reschedule",
        _WEEKDAY_ES
        + r"(?: que viene| pr[oó]ximo)? no\b[^.?!¿,]{0,20}?[,.;]?\s*¿?\s*(?:sino |mejor )?(?:el otro|el siguiente|la otra|la siguiente)"
        + _OTHER_ENDS,
        r"\bnot this \w+day,? (?:but )?the one after\b|\b\w+day no,? (?:but )?the one after\b",
        examples=(
            "el lunes que viene no, el otro",
            "el martes que viene no puedo, ¿el otro?",
            "el jueves no, mejor el siguiente",
            "not this friday, the one after",
            "tuesday no, the one after please",
        ),
        near_misses=(
            "el lunes no, el otro técnico vino ya",
            "the one after the plumber left was fine",
            "el otro día vino el técnico",
        ),
        vetoes=RESCHEDULE_VETOES,
        why="not that day but the one a week on, in Spanish or English",
    ),
)
# A correction of a time or day just given (issue 13, h13left13): "sorry I meant 4 not 3", "typo, 10:30
# not 1:30", "oops 2pm not 2am lol", "I meant Thursday not Tuesday", "correction: the 14th not the 4th".
# The corrected value is the one asked for (`timewords` reads "4 not 3" as 4, and "not 1:30" as no
# clock); the value ruled out is only the slip. `takeback` reads "I meant" and leaves "4 not 3".
_CORRECTED = (
    r"(?:\d{1,2}(?:[:.]\d\d)?\s*(?:[ap]\.?m\.?)?|noon|midday|(?:the )?\d{1,2}(?:st|nd|rd|th)|"
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|today|tonight)"
)
_CORRECTION_ENDS = (
    r"(?=\s*(?:$|[.,!?;)]|lol|haha|sorry|pls|please|thanks|thx|instead|tomorrow|today|on\b|then\b|my bad))"
)
CORRECTION_CUE_ID = "reschedule.correction_h13left13"
CUES = (
    *CUES,
    cue(
        CORRECTION_CUE_ID,
        "reschedule",
        r"(?:meant|typo|oops|whoops|correction|my bad|my mistake|sorry|no wait|wait|i mean|actually)\b[,:!.]*\s*"
        r"(?:i meant |meant |to say |it's |its |make (?:that|it) |should be |should say |that's |thats )?"
        + _CORRECTED
        + r",? not (?:the )?"
        + _CORRECTED
        + _CORRECTION_ENDS,
        # after a few words of its own: "autocorrect lol, 9:30 not 8:30", "ugh phone, 11 not 1"
        r"^\s*(?:[\w']+ ){0,3}?(?:[\w']+[,:!-]+\s*)?"
        + _CORRECTED
        + r",? not (?:the )?"
        + _CORRECTED
        + r"\s*[.!]*\s*$",
        examples=(
            "sorry I meant 4 not 3",
            "typo, 10:30 not 1:30",
            "oops 2pm not 2am lol",
            "no wait, 3:30 not 3",
            "I meant Thursday not Tuesday",
            "correction: the 14th not the 4th",
            "4 not 3",
            "autocorrect lol, 9:30 not 8:30",
        ),
        near_misses=(
            "I meant to say thanks earlier, Luis was great",
            "sorry, not 3 people, just me",
            "it was 4 not 3 units he serviced",
            "oops, not today lol",
        ),
        vetoes=RESCHEDULE_VETOES,
        why="a time or day just given, corrected: the corrected value is asked for",
    ),
)
# The same correction in Spanish, French, German and Portuguese, and English's "next X not this one"
# (issue 13, h14card: "Perdón, quise decir el jueves, no el martes" was read as accepting the Tuesday
# offered). A day or clock said, then "no"/"pas"/"nicht"/"não" and the one it replaces, after a word
# that corrects ("quise decir", "je voulais dire", "ich meinte", "quis dizer", "perdón", "en fait",
# "na verdade") or as "X en vez de / au lieu de / statt / em vez de Y". The ruled-out value is the
# slip (`core._requested` drops it); "sí, el martes, no hay problema" and "perdón, a las 3 no puedo"
# name no second day or clock, and are the near-misses.
_DAY_OR_CLOCK = (
    r"(?:(?:next |this |el |la |le |o |a |am |den |na |no )?"
    r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|lunes|martes|mi[eé]rcoles|jueves|viernes|"
    r"lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|montag|dienstag|mittwoch|donnerstag|freitag|samstag|"
    r"sonntag|segunda|ter[çc]a|quarta|quinta|sexta)(?:-feira)?(?: que viene| prochain| que vem)?|"
    r"(?:a las |a la |à |às |at |um |vers )?\d{1,2}(?:[:h.]\d\d)?\s*(?:h\b|uhr\b|[ap]\.?m\.?)?)"
)
_SAID_INSTEAD = r"\s*,?\s*(?:y |et |e |und |and )?(?:no|not|pas|nicht|n[ãa]o|niet)\s+"
_INSTEAD_OF = r"\s+(?:en vez de|en lugar de|au lieu de|statt|anstatt|instead of|em vez de|ao inv[ée]s de)\s+"
_CORRECTS = (
    r"(?:quise decir|quer[ií]a decir|quise poner|me equivoqu[eé]|perd[oó]n|disculpa|correcci[oó]n|en realidad|"
    r"je voulais dire|je voulais [ée]crire|pardon|erreur|correction|en fait|plut[oô]t|"
    r"ich meinte|meinte|korrektur|eigentlich|lieber|"
    r"quis dizer|queria dizer|desculpa|foi mal|na verdade|corrigindo|ali[aá]s|"
    r"ik bedoelde|ik bedoel|bedoelde|"
    r"i meant|meant|sorry|actually|oops|my bad)"
)
_CORRECTION_ENDS_MORE = (
    r"(?=\s*(?:$|[.,!?;)]|lol|jaja|mdr|kkk|haha|por favor|porfa|s'il|bitte|please|pls|perd|desculp|sorry|"
    r"foi mal|gracias|merci|danke|obrigad|thanks))"
)
CUES = (
    *CUES,
    cue(
        "reschedule.correction_languages_h14card",
        "reschedule",
        _CORRECTS
        + r"\b[,:!.]*\s*(?:(?:es|c'est|est|é|e|that's|it's|its)\s+)?"
        + _DAY_OR_CLOCK
        + r"(?:"
        + _SAID_INSTEAD
        + r"(?:the |this |el |la |le |o |a |am |den |las |à |às |um )?(?:"
        + _DAY_OR_CLOCK
        + r"|this one|that one|ese|este|celui-l[àa]|diesen|esse|essa|esta)|"
        + _INSTEAD_OF
        + _DAY_OR_CLOCK
        + r")"
        + _CORRECTION_ENDS_MORE,
        examples=(
            "Perdón, quise decir el jueves, no el martes",
            "me equivoqué, es el viernes no el jueves",
            "perdón, a las 3 no a las 11",
            "Pardon, je voulais dire jeudi et pas mardi",
            "en fait vendredi au lieu de jeudi",
            "Sorry, ich meinte Donnerstag, nicht Dienstag",
            "Korrektur: lieber Freitag statt Donnerstag",
            "Desculpa, eu quis dizer quinta, não terça",
            "Na verdade é sexta e não quinta, foi mal",
            "Sorry I meant next Tuesday not this one!",
            "sorry, ik bedoelde donderdag, niet dinsdag",
        ),
        near_misses=(
            "Sí, el martes está bien, no hay problema",
            "perdón, a las 3 no puedo, mejor más tarde?",
            "quise decir que sí, el martes me queda bien",
            "Oui mardi c'est parfait, pas de souci",
            "pardon, jeudi pas possible pour moi",
            "Dienstag passt, nicht vergessen: der Hund ist im Garten",
            "Terça está ótimo, não precisa mudar nada",
            "sorry I meant to reply yesterday, Tuesday is good",
        ),
        vetoes=RESCHEDULE_VETOES,
        why="a day or time just given, corrected, in Spanish, French, German, Portuguese and English",
    ),
)
# Issue 13, h13multi13: another day asked for in Korean as "come on <day>" ("다음 주 화요일 오전에 와
# 주세요", normalised "next week tuesday morning 에 와 주세요"), after "it is not urgent"; "come quickly"
# and today's visit are the near-misses.
CUES = (
    *CUES,
    cue(
        "reschedule.come_on_another_day_korean",
        "reschedule",
        r"(?:tomorrow|day after tomorrow|next week|(?:mon|tues|wednes|thurs|fri|satur|sun)day|the \d{1,2}(?:st|nd|rd|th))"
        r"(?: (?:morning|afternoon|evening|at \d{1,2}(?::\d\d)?))* ?(?:에|에는|쯤) ?(?:와 ?주세요|와 ?주실 수|오실 수|오셔도|와도 (?:돼요|되나요|괜찮))",
        examples=(
            "급한 건 아니에요. 다음 주 화요일 오전에 와 주세요",
            "내일 오후에 오셔도 돼요",
            "다음 주 금요일 오전에 와 주실 수 있나요?",
        ),
        near_misses=("빨리 와 주세요", "오늘 오전에 와 주세요", "내일 와서 확인해 주셨어요"),
        vetoes=RESCHEDULE_VETOES,
        why="another day asked for as 'please come on <day>', in Korean",
    ),
)
RESCHEDULE = CueSet("reschedule", CUES)

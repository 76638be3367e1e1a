"""What the technician's reply options say, per situation and language, as data.

`REPLIES[lang][key]` is `(label, sentences)`. A sentence is a `str.format` template with named
placeholders; the reply keeps a sentence only when every value it names is known, and a sentence
marked with a leading "?" is optional: it is dropped first when the reply would run past two SMS
segments. A sentence marked with a leading "~" is cheerful ("Happy to help!", "Thanks! Anything
else?"): it is left out when the gravest likely reading is danger or a complaint, and a reply with
nothing left is not offered then. Labels stay in English: they are for the technician, not the
customer.

Spanish clock times carry their article ("la 1 p.m.", "las 3 p.m."), so templates say "a {eta}".

Placeholders: first (customer's first name), tech, arrival (when the customer will be there),
eta (the technician's), win_start, win_end, win_day ("today", "on Friday"), situation (a sentence
naming what the customer is going through), opener, task ("by cleaning the condenser coil"),
need_time and need_tasks (the work that needs the customer: "about 20 minutes"), total_time, req
(the day and time asked for, in the customer's own words when they gave them: "Thursday
afternoon"), req_time, req_day, req_weekdays ("Sundays"), alt_day (the nearest work day after it),
offered (a day the customer offered, as they said it: "Friday after 1"), missed_day ("yesterday",
"on Tuesday": a visit's day that has gone by), validate and solve (a complaint's words), safety,
access_thanks, pet_thanks, named (the customer's name where a sentence needs it and cannot do
without it: the reply is left out when it is unknown), meant and meant_else (two readings of an unclear text, from
`READINGS_MEANT`), resched_opener (how a reply that moves the visit opens, by tone: `RESCHEDULE_OPENERS`).

Estimated times (the customer's arrival, the technician's ETA) read as people say them: rounded to
five minutes, "around 1:50"; durations likewise: "about two and a quarter hours".
"""

from __future__ import annotations

from messaging.assist import phrases_more_languages as _more

REPLIES: dict[str, dict[str, tuple[str, tuple[str, ...]]]] = {
    "en": {
        # The customer will be late.
        "late_start_here": (
            "Start outside while I wait",
            (
                "{opener}",
                "?{situation}",
                "?{access_thanks}",
                "I'll start {task} while I wait, so we're ahead when you get here.",
                "?See you around {arrival}.",
                "?See you {soon}.",
            ),
        ),
        "late_start_coming": (
            "Start when I arrive",
            (
                "{opener}",
                "?{situation}",
                "?{access_thanks}",
                "I'll start {task} as soon as I get there, and we'll do the rest together when you're back.",
                "?See you around {arrival}.",
                "?See you {soon}.",
            ),
        ),
        "late_wait_known": (
            "Wait for you",
            (
                "Thanks for letting me know, {first}.",
                "I'll be ready for you around {arrival}.",
                "?No rush, get here safely.",
            ),
        ),
        "late_wait_soon": (
            "Wait for you",
            (
                "Thanks for letting me know, {first}.",
                "I'll be right here, see you {soon}.",
                "?No rush, get here safely.",
            ),
        ),
        "late_wait_open": (
            "Wait for you",
            (
                "Thanks for the heads-up, {first}.",
                "I'll hang on for you. Just text me when you're a few minutes away.",
                "?No rush, get here safely.",
            ),
        ),
        "late_later_today": (
            "Come back later today",
            (
                "If today's getting away from you, {first}, I can go to my next call and come back later today once you're home.",
                "Just say the word.",
            ),
        ),
        "late_other_day": (
            "Move to another day",
            ("And if another day would be easier, {first}, I'm happy to reschedule. No trouble at all.",),
        ),
        "late_take_offer": (
            "Take their offer",
            (
                "Thanks, {first}, that's kind of you!",
                "I'll fit in a job nearby and be back around {arrival}.",
                "?Text me if anything changes.",
            ),
        ),
        "late_take_offer_open": (
            "Take their offer",
            (
                "Thanks, {first}, that's kind of you!",
                "I'll fit in a job nearby and come back once you're home. Just text me when you're close.",
            ),
        ),
        # The customer is home or on their way to the door.
        "arrived_here": (
            "Coming to the door",
            ("~Great, {first}!", "?{access_thanks}", "I'm coming to the door now, see you in a sec."),
        ),
        "arrived_ready": (
            "Ready when you are",
            ("~Perfect timing!", "I'm all set up and ready whenever you are, {first}."),
        ),
        "arrived_find": (
            "Check the address",
            (
                "Sorry for the confusion, {first}!",
                "Could you double-check the street address for me? I want to be sure I'm at the right door.",
            ),
        ),
        "arrived_coming_eta": (
            "On my way",
            ("Thanks, {first}!", "?{access_thanks}", "I'm on my way and should be there around {eta}."),
        ),
        "arrived_coming": (
            "On my way",
            ("Thanks, {first}!", "?{access_thanks}", "I'm on my way and will be there soon."),
        ),
        "arrived_soon": (
            "Text when on my way",
            (
                "Thanks, {first}!",
                "?{access_thanks}",
                "I'll be there soon and will text you when I'm on my way.",
            ),
        ),
        "arrived_early": (
            "Come early if I can",
            (
                "Thanks for letting me know, {first}!",
                "If I can get to you earlier than {win_start}, I'll text you when I'm on my way.",
            ),
        ),
        "arrived_window": (
            "Keep the window",
            ("Thanks, {first}! I'll see you {win_day} between {win_start} and {win_end} as planned.",),
        ),
        "arrived_text_ahead": (
            "Text when close",
            ("~Perfect, glad you're home.", "I'll text you when I'm a few minutes out."),
        ),
        # Where is the technician?
        "where_eta": (
            "Give my ETA",
            (
                "Sorry for the wait, {first}!",
                "?{situation}",
                "?{tech} here.",
                "?{access_thanks}",
                "I'm on the way and should be there around {eta}.",
            ),
        ),
        "where_behind": (
            "Running behind",
            (
                "I'm so sorry, {first}.",
                "?{situation}",
                "?{tech} here.",
                "?{access_thanks}",
                "I'm on the way now and will be there as fast as I safely can.",
            ),
        ),
        "where_coming": (
            "On the way",
            (
                "Of course, {first}!",
                "?{tech} here.",
                "?{access_thanks}",
                "I'm on the way now.",
                "I'll text you when I'm about ten minutes out, so you can plan around it.",
            ),
        ),
        "where_before_window": (
            "Still coming",
            (
                "Of course, {first}!",
                "?{tech} here.",
                "?{access_thanks}",
                "Yes, I'm still coming, and I'll be there {win_day} between {win_start} and {win_end}.",
            ),
        ),
        "where_in_window_sorry": (
            "Apologise and update",
            (
                "I'm sorry for the wait, {first}.",
                "?{tech} here.",
                "?{access_thanks}",
                "I haven't headed out yet, but I'm still coming {win_day} between {win_start} and {win_end}.",
                "I'll text you the moment I'm on my way.",
            ),
        ),
        "where_in_window": (
            "Still coming",
            (
                "Of course, {first}!",
                "?{tech} here.",
                "?{access_thanks}",
                "I haven't headed out yet, but you're still on for {win_day} between {win_start} and {win_end}.",
                "I'll text you the moment I'm on my way.",
            ),
        ),
        "where_window_passed": (
            "Apologise and update",
            (
                "I'm so sorry, {first}.",
                "?{tech} here.",
                "?{access_thanks}",
                "You were expecting me between {win_start} and {win_end} and I'm running behind.",
                "I'm still coming and will text you the moment I'm on my way.",
            ),
        ),
        "where_missed": (
            "Apologise for the missed visit",
            (
                "I'm so sorry, {first}.",
                "?{tech} here.",
                "?{access_thanks}",
                "We didn't make it {missed_day} like we said, and that's on us.",
                "?I'd like to be there {offered}. Let me check my schedule and confirm with you shortly.",
            ),
        ),
        "where_ask_day": (
            "Ask what day works",
            ("Tell me what day works for you, {first}, and I'll be there.",),
        ),
        "offered_check": (
            "Check the day they offered",
            ("Thanks, {first}! Let me check {offered} and confirm with you shortly.",),
        ),
        "where_here": (
            "Find each other",
            (
                "Sorry for the mix-up, {first}!",
                "I've already arrived and I'm at the house now, maybe around the side or back.",
                "I'll come out front so you can see me.",
            ),
        ),
        "where_return": (
            "Confirm the return visit",
            (
                "~I appreciate you checking in!",
                "Let me confirm the timing for the return visit, {first}, and I'll text you before I'm on my way.",
            ),
        ),
        "where_return_sorry": (
            "Apologise and confirm the return",
            (
                "I'm sorry, {first}, I know you've been waiting to hear from us.",
                "Let me confirm the timing for the return visit, and I'll text you before I'm on my way.",
            ),
        ),
        "where_text_close": (
            "Text when close",
            (
                "I'll text you when I'm about ten minutes out, {first}, so you're not stuck waiting by the door.",
            ),
        ),
        "where_other_day": (
            "Offer another day",
            (
                "If today doesn't work anymore, {first}, I completely understand.",
                "I can move you to another day that suits you better.",
            ),
        ),
        # The customer wants another day or time.
        "resched_check": (
            "Check the time asked for",
            (
                "{resched_opener}",
                "?{situation}",
                "Let me check {req} and confirm with you shortly.",
            ),
        ),
        "resched_ask": (
            "Ask what works",
            (
                "{resched_opener}",
                "?{situation}",
                "What day and time work best for you?",
            ),
        ),
        "resched_too_late": (
            "Offer the latest slot",
            (
                "I totally understand wanting {req_time}, {first}, evenings are easier for a lot of people.",
                "Our crews are done for the day by then, but I can give you our last visit of the day {req_day}. Would that work?",
            ),
        ),
        "resched_too_early": (
            "Offer the first slot",
            (
                "I understand wanting {req_time}, {first}, early is easier around work.",
                "We don't start quite that early, but I can make you my first stop {req_day}. Would that work?",
            ),
        ),
        "resched_closed_day": (
            "Offer the nearest work day",
            (
                "I'm sorry, {first}, we're not out on {req_weekdays}.",
                "I could come {alt_day} instead. Would that work for you?",
            ),
        ),
        "resched_not_today": (
            "Offer the next day",
            (
                "I'm sorry, {first}, I know you were hoping for today.",
                "My day is already full, but I can come {alt_day}. Would that work?",
            ),
        ),
        "resched_start_here": (
            "Do the outside part now",
            (
                "While I'm here, {first}, I can start {task} so your next visit is shorter. Is that OK with you?",
            ),
        ),
        "resched_other_options": (
            "Send other openings",
            (
                "If that doesn't suit you, {first}, I'll send you the nearest openings I have and you can pick.",
            ),
        ),
        # The customer wants to cancel.
        "cancel_done": (
            "Cancel it",
            (
                "Done, {first}: your visit {win_day} is cancelled.",
                "Thanks for letting me know, and just text this number whenever you need us.",
            ),
        ),
        "cancel_sorry": (
            "Apologise and cancel",
            (
                "I'm really sorry, {first}.",
                "You waited far too long, and I understand completely. Your visit is cancelled.",
            ),
        ),
        "cancel_still_coming": (
            "Offer to still come",
            (
                "If you'd give us one more chance, {first}, I can still be there around {eta}. Totally your call.",
            ),
        ),
        "cancel_move": (
            "Move instead of cancel",
            ("Would another day suit you better, {first}? Happy to move it instead of cancelling.",),
        ),
        "cancel_hard_times": (
            "Cancel with sympathy",
            (
                "I'm so sorry to hear that, {first}.",
                "Please don't worry about the visit: it's cancelled. Whenever you're ready, just text this number.",
            ),
        ),
        "cancel_farewell": (
            "Cancel with a goodbye",
            (
                "No problem at all, {first}. I've cancelled your visit {win_day}.",
                "Wishing you all the best, and we're here if you ever need us again.",
            ),
        ),
        # The customer is unhappy.
        "complaint_sorry": ("Apologise and fix", ("I'm so sorry, {first}.", "{validate}", "{solve}")),
        "complaint_return": (
            "Offer to come back",
            (
                "You're right to tell me, {first}.",
                "I'd like to come back and make it right. What day works for you?",
            ),
        ),
        "complaint_manager": (
            "Offer a manager's call",
            ("If you'd rather talk it over with my manager, {first}, I'll have them call you today.",),
        ),
        "complaint_refund": (
            "The refund",
            (
                "I'm sorry, {first}, and I understand wanting your money back.",
                "Refunds go through our office, so I'll pass your request on today with my notes and ask them to call you.",
            ),
        ),
        # Questions, access notes, confirmations and thanks.
        "question_check": (
            "Check and reply",
            ("~Happy to help!", "Let me check and text you right back, {first}."),
        ),
        "question_need_none": (
            "You don't need to be here",
            ("You don't need to be here at all, {first}. Everything on my list can be done without you.",),
        ),
        "question_need_part": (
            "Only for part of it",
            (
                "You don't need to be here for the outside part, {first}.",
                "I'll just need you for {need_time} ({need_tasks}).",
            ),
        ),
        "question_need_all": (
            "Need you for the visit",
            ("I will need you there for this one, {first}, for {need_time} in all.",),
        ),
        "question_duration": (
            "How long",
            ("It should take {total_time} in all, {first}.",),
        ),
        "question_price": (
            "The price",
            ("I'll give you the exact price before I do any work, {first}, so there are no surprises.",),
        ),
        # "what's your cancellation policy?", "is there a fee if I cancel?": the terms from the office, and
        # the visit left as it is (issue 13, h13threat11). No fee or notice is named: the card does not know it.
        "question_cancel_rule": (
            "Cancellation terms",
            (
                "~Good question!",
                "I'll have the office text you the cancellation terms today, {first}. "
                "Your visit stays as booked unless you tell me otherwise.",
            ),
        ),
        "question_warranty": (
            "The warranty",
            (
                "~Good question!",
                "I'll get the warranty details for your repair and text them over today, {first}.",
            ),
        ),
        "access_noted": (
            "Acknowledge the note",
            (
                "~Got it, thanks!",
                "?{pet_thanks}",
                "I've noted that, {first}, and will follow it when I get there.",
            ),
        ),
        "access_noted_here": (
            "Acknowledge the note",
            ("~Got it, thanks!", "?{pet_thanks}", "I'll keep that in mind while I'm here, {first}."),
        ),
        "access_noted_later": (
            "Note it for next time",
            ("Thanks, {first}! I've noted that for next time.",),
        ),
        "access_see_you_eta": (
            "See you soon",
            ("~Perfect, thank you!", "I'm on the way, see you around {eta}."),
        ),
        "access_see_you_window": (
            "See you in the window",
            ("~Perfect, thank you!", "See you {win_day} between {win_start} and {win_end}."),
        ),
        "access_anything_else": (
            "Ask for anything else",
            ("Noted, {first}. Anything else I should know before I get there?",),
        ),
        "confirm_window": (
            "Confirm",
            ("~Great, thanks!", "See you {win_day} between {win_start} and {win_end}, {first}."),
        ),
        "confirm_text_ahead": (
            "Text before arriving",
            ("~Perfect, you're all set.", "I'll text you when I'm on my way."),
        ),
        "thanks_done": ("You're welcome", ("~You're so welcome, {first}! Glad everything's working again.",)),
        "thanks_soon": ("You're welcome", ("~Thanks, {first}! See you soon.",)),
        "thanks_anytime": (
            "Anytime",
            ("~Thank you for the kind words! If anything acts up, just text me here.",),
        ),
        # Danger comes first.
        "emergency_safety": (
            "Safety first",
            ("{first}, please don't worry about the appointment right now.", "{safety}"),
        ),
        "emergency_coming_eta": (
            "I'm on my way",
            (
                "I'm on my way, {first}, and should be there around {eta}.",
                "Until then please stay somewhere safe.",
            ),
        ),
        "emergency_coming": (
            "Coming as fast as I can",
            (
                "I'll get to you as fast as I can, {first}, but please don't wait for me if anyone is in danger.",
                "Stay somewhere safe.",
            ),
        ),
        "emergency_call": (
            "Call now",
            ("I'm calling you right now, {first}. Please pick up once you're somewhere safe.",),
        ),
        # Not sure what the customer means (see suggest's "when the interpreter is not sure").
        "unsure_call_first": (
            "Call first",
            (
                "I'm calling you right now, {first}, to make sure everyone is safe.",
                "{safety}",
                "?Please don't worry about the appointment.",
            ),
        ),
        "unsure_call_check": (
            "Call to check",
            ("I'm calling you right now, {first}, to make sure everything is OK.",),
        ),
        "cancel_offer": (
            "Offer to cancel",
            ("If you'd like me to cancel the visit, {first}, just say so and I'll take care of it.",),
        ),
        "unsure_ask_which": (
            "Ask to be sure",
            ("Just to be sure, {first}: do you mean {meant}, or {meant_else}?",),
        ),
        "unsure_ask_one": ("Ask to be sure", ("Just to be sure, {first}: do you mean {meant}?",)),
        "unsure_ask_more": (
            "Ask to be sure",
            ("Just to be sure I understand, {first}: could you tell me a bit more?",),
        ),
        # Carrier keywords and the rest.
        "help_who": (
            "Who we are",
            (
                "Hi {first}, this is {tech}, your technician. Text me here with any question about your visit.",
            ),
        ),
        "help_stop": ("How to stop", ("You can reply here anytime, or text STOP to stop these messages.",)),
        "opt_in_back": (
            "Welcome back",
            ("Welcome back, {first}! You'll get updates about your visit here again.",),
        ),
        "wrong_number_check": (
            "Check the number",
            (
                "Sorry to bother you! Just to check: is this {named}'s number? If not, we'll take it off our records right away.",
            ),
        ),
        "wrong_number_sorry": (
            "Sorry, wrong number",
            (
                "Sorry for the mix-up!",
                "?We were trying to reach {named}.",
                "Thanks for letting us know, we'll fix our records.",
            ),
        ),
        "wrong_number_stop": (
            "Won't text again",
            ("Apologies for the bother. We won't text this number about it again.",),
        ),
        "limit_ack": (
            "Plan around it",
            (
                "Thanks for the heads-up, {first}. I'll plan the visit around that, and if it gets tight I'll text you straight away.",
            ),
        ),
        "other_ack": (
            "Acknowledge",
            ("~Thanks for letting me know, {first}!", "~Is there anything else I can help with?"),
        ),
        "call_me": ("Call me", ("Easier to talk it through, {first}? I can call you right now.",)),
    },
    "es": {
        "late_start_here": (
            "Start outside while I wait",
            (
                "{opener}",
                "?{situation}",
                "?{access_thanks}",
                "Voy a empezar con {task} mientras tanto, así avanzamos antes de que llegue.",
                "?Nos vemos a {arrival}.",
                "?Nos vemos {soon}.",
            ),
        ),
        "late_start_coming": (
            "Start when I arrive",
            (
                "{opener}",
                "?{situation}",
                "?{access_thanks}",
                "Voy a empezar con {task} en cuanto llegue, y lo demás lo hacemos juntos cuando usted esté.",
                "?Nos vemos a {arrival}.",
                "?Nos vemos {soon}.",
            ),
        ),
        "late_wait_known": (
            "Wait for you",
            (
                "Gracias por avisar, {first}.",
                "Nos vemos a {arrival}, sin problema.",
                "?Sin prisa, que llegue con cuidado.",
            ),
        ),
        "late_wait_soon": (
            "Wait for you",
            (
                "Gracias por avisar, {first}.",
                "Aquí lo espero, nos vemos {soon}.",
                "?Sin prisa, que llegue con cuidado.",
            ),
        ),
        "late_wait_open": (
            "Wait for you",
            (
                "Gracias por avisar, {first}.",
                "Aquí espero. Mándeme un mensaje cuando le falten unos minutos.",
                "?Sin prisa, que llegue con cuidado.",
            ),
        ),
        "late_later_today": (
            "Come back later today",
            (
                "Si hoy se le complica, {first}, puedo ir a mi siguiente servicio y regresar más tarde cuando usted esté en casa.",
                "Solo dígame.",
            ),
        ),
        "late_other_day": (
            "Move to another day",
            ("Y si le queda mejor otro día, {first}, con gusto cambiamos la cita. No es molestia.",),
        ),
        "late_take_offer": (
            "Take their offer",
            (
                "¡Gracias, {first}, muy amable!",
                "Voy a atender un trabajo cerca y regreso como a {arrival}.",
                "?Avíseme si algo cambia.",
            ),
        ),
        "late_take_offer_open": (
            "Take their offer",
            (
                "¡Gracias, {first}, muy amable!",
                "Voy a atender un trabajo cerca y regreso cuando usted esté. Mándeme un mensaje cuando esté por llegar.",
            ),
        ),
        "arrived_here": (
            "Coming to the door",
            ("~¡Perfecto, {first}!", "?{access_thanks}", "Ya voy a la puerta, nos vemos en un momento."),
        ),
        "arrived_ready": (
            "Ready when you are",
            ("~¡Justo a tiempo!", "Ya tengo todo listo para cuando usted pueda, {first}."),
        ),
        "arrived_find": (
            "Check the address",
            (
                "¡Perdón por la confusión, {first}!",
                "¿Me confirma la dirección, por favor? Quiero asegurarme de que estoy en la puerta correcta.",
            ),
        ),
        "arrived_coming_eta": (
            "On my way",
            ("¡Gracias, {first}!", "?{access_thanks}", "Voy en camino y llego como a {eta}."),
        ),
        "arrived_coming": (
            "On my way",
            ("¡Gracias, {first}!", "?{access_thanks}", "Voy en camino y llego pronto."),
        ),
        "arrived_soon": (
            "Text when on my way",
            ("¡Gracias, {first}!", "?{access_thanks}", "Llego pronto y le escribo cuando vaya en camino."),
        ),
        "arrived_early": (
            "Come early if I can",
            (
                "¡Gracias por avisar, {first}!",
                "Si puedo llegar antes de {win_start}, le escribo cuando salga para ahí.",
            ),
        ),
        "arrived_window": (
            "Keep the window",
            ("¡Gracias, {first}! Nos vemos {win_day} entre {win_start} y {win_end}, como quedamos.",),
        ),
        "arrived_text_ahead": (
            "Text when close",
            ("~Qué bueno que ya está en casa.", "Le escribo cuando me falten unos minutos."),
        ),
        "where_eta": (
            "Give my ETA",
            (
                "¡Lo siento por la espera, {first}!",
                "?{situation}",
                "?Habla {tech}.",
                "?{access_thanks}",
                "Voy en camino y llego como a {eta}.",
            ),
        ),
        "where_behind": (
            "Running behind",
            (
                "Lo siento mucho, {first}.",
                "?{situation}",
                "?Habla {tech}.",
                "?{access_thanks}",
                "Ya voy en camino y llego lo más pronto que pueda.",
            ),
        ),
        "where_coming": (
            "On the way",
            (
                "¡Claro, {first}!",
                "?Habla {tech}.",
                "?{access_thanks}",
                "No se preocupe, ya voy en camino.",
                "Le escribo cuando me falten unos diez minutos, para que pueda organizarse.",
            ),
        ),
        "where_before_window": (
            "Still coming",
            (
                "¡Claro que sí, {first}!",
                "?Habla {tech}.",
                "?{access_thanks}",
                "Sí, sigo en pie. Llego {win_day} entre {win_start} y {win_end}, y le escribo cuando vaya en camino.",
            ),
        ),
        "where_in_window_sorry": (
            "Apologise and update",
            (
                "Lo siento por la espera, {first}.",
                "?Habla {tech}.",
                "?{access_thanks}",
                "Todavía no salgo, pero sigo en pie {win_day} entre {win_start} y {win_end}.",
                "Le escribo en cuanto vaya en camino.",
            ),
        ),
        "where_in_window": (
            "Still coming",
            (
                "¡Claro, {first}, gracias por preguntar!",
                "?Habla {tech}.",
                "?{access_thanks}",
                "Todavía no salgo, pero sigue en pie {win_day} entre {win_start} y {win_end}.",
                "Le escribo en cuanto vaya en camino.",
            ),
        ),
        "where_window_passed": (
            "Apologise and update",
            (
                "Lo siento mucho, {first}.",
                "?Habla {tech}.",
                "?{access_thanks}",
                "Usted me esperaba entre {win_start} y {win_end} y voy tarde.",
                "Sigo en pie y le escribo en cuanto vaya en camino.",
            ),
        ),
        "where_missed": (
            "Apologise for the missed visit",
            (
                "Lo siento mucho, {first}.",
                "?Habla {tech}.",
                "?{access_thanks}",
                "No llegamos {missed_day} como quedamos, y es culpa nuestra.",
                "?Me gustaría ir {offered}. Déjeme revisar mi agenda y le confirmo en breve.",
            ),
        ),
        "where_ask_day": (
            "Ask what day works",
            ("Dígame qué día le queda bien, {first}, y ahí estaré.",),
        ),
        "offered_check": (
            "Check the day they offered",
            ("¡Gracias, {first}! Déjeme revisar {offered} y le confirmo en breve.",),
        ),
        "where_here": (
            "Find each other",
            (
                "¡Lo siento por la confusión, {first}!",
                "Ya estoy en la casa, quizás por un lado o por detrás.",
                "En un par de minutos salgo al frente para que me vea.",
            ),
        ),
        "where_return": (
            "Confirm the return visit",
            (
                "~¡Gracias por preguntar!",
                "Entiendo que quiera saber, {first}.",
                "Déjeme confirmar la hora de la próxima visita y le escribo antes de ir en camino.",
            ),
        ),
        "where_return_sorry": (
            "Apologise and confirm the return",
            (
                "Lo siento, {first}, sé que estaba esperando noticias nuestras.",
                "Déjeme confirmar la hora de la próxima visita y le escribo antes de ir en camino.",
            ),
        ),
        "where_text_close": (
            "Text when close",
            (
                "Le escribo cuando me falten unos diez minutos, {first}, para que no tenga que esperar en la puerta.",
            ),
        ),
        "where_other_day": (
            "Offer another day",
            (
                "Si hoy ya no le queda bien, {first}, lo entiendo por completo.",
                "Podemos cambiar la cita para otro día que le convenga más.",
            ),
        ),
        "resched_check": (
            "Check the time asked for",
            (
                "{resched_opener}",
                "?{situation}",
                "Déjeme revisar {req} y le confirmo en un rato.",
            ),
        ),
        "resched_ask": (
            "Ask what works",
            (
                "{resched_opener}",
                "?{situation}",
                "¿Qué día y hora le quedan mejor?",
            ),
        ),
        "resched_too_late": (
            "Offer the latest slot",
            (
                "Me encantaría ir a {req_time}, {first}, entiendo que más tarde le queda mejor.",
                "A esa hora ya terminamos, pero le puedo dar la última visita del día {req_day}. ¿Le parece?",
            ),
        ),
        "resched_too_early": (
            "Offer the first slot",
            (
                "Me encantaría ir a {req_time}, {first}, entiendo que temprano le queda mejor.",
                "No empezamos tan temprano, pero usted puede ser mi primera visita {req_day}. ¿Le parece?",
            ),
        ),
        "resched_closed_day": (
            "Offer the nearest work day",
            (
                "Lo siento, {first}, los {req_weekdays} no trabajamos.",
                "Puedo ir {alt_day}. ¿Le queda bien?",
            ),
        ),
        "resched_not_today": (
            "Offer the next day",
            (
                "Lo siento, {first}, sé que contaba con que fuera hoy.",
                "Mi día ya está lleno, pero puedo ir {alt_day}. ¿Le queda bien?",
            ),
        ),
        "resched_start_here": (
            "Do the outside part now",
            (
                "Ya que estoy aquí, {first}, puedo empezar con {task} para que la próxima visita sea más corta. ¿Está bien?",
            ),
        ),
        "resched_other_options": (
            "Send other openings",
            (
                "Si no le queda bien, {first}, le mando los horarios más cercanos para otro día y usted escoge.",
            ),
        ),
        "cancel_done": (
            "Cancel it",
            (
                "Listo, {first}: su visita quedó cancelada.",
                "Gracias por avisar, y escríbanos a este número cuando nos necesite.",
            ),
        ),
        "cancel_hard_times": (
            "Cancel with sympathy",
            (
                "Lo siento muchísimo, {first}.",
                "No se preocupe por la visita: quedó cancelada. Cuando esté listo, escríbanos a este número.",
            ),
        ),
        "cancel_sorry": (
            "Apologise and cancel",
            (
                "Lo siento mucho, {first}.",
                "Usted esperó demasiado y lo entiendo por completo. Su visita quedó cancelada.",
            ),
        ),
        "cancel_still_coming": (
            "Offer to still come",
            ("Si nos da una oportunidad más, {first}, todavía puedo llegar como a {eta}. Usted decide.",),
        ),
        "cancel_move": (
            "Move instead of cancel",
            ("¿Le queda mejor otro día, {first}? Con gusto cambiamos la cita en vez de cancelar.",),
        ),
        "cancel_farewell": (
            "Cancel with a goodbye",
            (
                "No se preocupe, {first}. Ya cancelé su visita {win_day}.",
                "Le deseo todo lo mejor, y aquí estamos si algún día nos necesita.",
            ),
        ),
        "complaint_sorry": ("Apologise and fix", ("Lo siento mucho, {first}.", "{validate}", "{solve}")),
        "complaint_return": (
            "Offer to come back",
            (
                "Tiene razón en decírmelo, {first}.",
                "Quiero regresar a hacer la reparación bien. ¿Qué día le queda mejor?",
            ),
        ),
        "complaint_manager": (
            "Offer a manager's call",
            ("Si prefiere hablarlo con mi gerente, {first}, le pido que le llame hoy.",),
        ),
        "complaint_refund": (
            "The refund",
            (
                "Lo siento, {first}. Entiendo que quiera que le devuelvan su dinero.",
                "Los reembolsos los ve la oficina, así que hoy paso su solicitud con mis notas y les pido que le llamen.",
            ),
        ),
        "question_check": (
            "Check and reply",
            ("~¡Con gusto!", "Déjeme revisar la información y le contesto hoy, {first}."),
        ),
        "question_need_none": (
            "You don't need to be here",
            ("No necesita estar aquí, {first}. Todo lo que tengo que hacer lo puedo hacer sin usted.",),
        ),
        "question_need_part": (
            "Only for part of it",
            (
                "No necesita estar para la parte de afuera, {first}.",
                "Solo necesito que esté {need_time} al final.",
            ),
        ),
        "question_need_all": (
            "Need you for the visit",
            ("Para este trabajo sí necesito que esté, {first}, {need_time} en total.",),
        ),
        "question_duration": (
            "How long",
            ("La visita debe tomar {total_time} en total, {first}.",),
        ),
        "question_price": (
            "The price",
            (
                "Le doy el precio exacto antes de hacer cualquier trabajo, {first}, para que no haya sorpresas.",
            ),
        ),
        "question_warranty": (
            "The warranty",
            ("~¡Buena pregunta!", "Le consigo los detalles de la garantía y se los mando hoy, {first}."),
        ),
        "question_cancel_rule": (
            "Cancellation terms",
            (
                "~¡Buena pregunta!",
                "Le pido a la oficina que le mande hoy las condiciones de cancelación, {first}. "
                "Su cita sigue como está a menos que me diga otra cosa.",
            ),
        ),
        "access_noted": (
            "Acknowledge the note",
            (
                "~¡Entendido, gracias!",
                "?{pet_thanks}",
                "Ya lo anoté, {first}, y lo tengo en cuenta cuando llegue.",
            ),
        ),
        "access_noted_here": (
            "Acknowledge the note",
            ("~¡Entendido, gracias!", "?{pet_thanks}", "Lo tengo en cuenta mientras estoy aquí, {first}."),
        ),
        "access_noted_later": (
            "Note it for next time",
            ("¡Gracias, {first}! Ya lo anoté para la próxima vez.",),
        ),
        "access_see_you_eta": (
            "See you soon",
            ("~¡Perfecto, gracias!", "Voy en camino, llego como a {eta}."),
        ),
        "access_see_you_window": (
            "See you in the window",
            ("~¡Perfecto, gracias!", "Nos vemos {win_day} entre {win_start} y {win_end}."),
        ),
        "access_anything_else": (
            "Ask for anything else",
            ("Anotado, {first}. ¿Hay algo más que deba saber antes de llegar?",),
        ),
        "confirm_window": (
            "Confirm",
            ("~¡Perfecto, gracias!", "Nos vemos {win_day} entre {win_start} y {win_end}, {first}."),
        ),
        "confirm_text_ahead": (
            "Text before arriving",
            ("~Todo listo.", "Le escribo cuando vaya en camino, así sabe que ya voy."),
        ),
        "thanks_done": (
            "You're welcome",
            ("~¡Con mucho gusto, {first}! Me alegra que ya todo funcione bien.",),
        ),
        "thanks_soon": ("You're welcome", ("~¡Gracias, {first}! Nos vemos pronto, que tenga buen día.",)),
        "thanks_anytime": (
            "Anytime",
            ("~¡Gracias por sus palabras! Si la reparación falla, escríbame aquí.",),
        ),
        "emergency_safety": (
            "Safety first",
            ("{first}, no se preocupe por la cita ahora.", "{safety}"),
        ),
        "emergency_coming_eta": (
            "I'm on my way",
            (
                "Voy en camino, {first}, y llego como a {eta}.",
                "Mientras tanto, quédese en un lugar seguro.",
            ),
        ),
        "emergency_coming": (
            "Coming as fast as I can",
            (
                "Llego lo más pronto que pueda, {first}, pero si alguien está en peligro no me espere.",
                "Quédese en un lugar seguro.",
            ),
        ),
        "emergency_call": (
            "Call now",
            ("Le llamo ahora mismo, {first}. Por favor conteste cuando esté en un lugar seguro.",),
        ),
        "unsure_call_first": (
            "Call first",
            ("Le llamo ahora mismo, {first}, para asegurarme de que todos estén bien.", "{safety}"),
        ),
        "unsure_call_check": (
            "Call to check",
            ("Le llamo ahora mismo, {first}, para asegurarme de que todo esté bien.",),
        ),
        "cancel_offer": (
            "Offer to cancel",
            ("Si prefiere cancelar la visita, {first}, dígamelo y yo me encargo.",),
        ),
        "unsure_ask_which": (
            "Ask to be sure",
            ("Solo para estar seguros, {first}: ¿quiere decir que {meant}, o que {meant_else}?",),
        ),
        "unsure_ask_one": (
            "Ask to be sure",
            ("Solo para estar seguros, {first}: ¿quiere decir que {meant}?",),
        ),
        "unsure_ask_more": (
            "Ask to be sure",
            ("Para entenderle bien, {first}: ¿me cuenta un poco más?",),
        ),
        "help_who": (
            "Who we are",
            ("Hola {first}, soy {tech}, su técnico. Escríbame aquí con cualquier pregunta sobre la visita.",),
        ),
        "help_stop": (
            "How to stop",
            ("Puede responder aquí cuando quiera, o mandar STOP para dejar de recibir los mensajes.",),
        ),
        "opt_in_back": (
            "Welcome back",
            ("¡Qué gusto, {first}! Aquí le llegarán otra vez los avisos de la visita.",),
        ),
        "wrong_number_check": (
            "Check the number",
            (
                "¡Perdón por la molestia! Solo para confirmar: ¿este es el número de {named}? Si no, lo quitamos de nuestros registros enseguida.",
            ),
        ),
        "wrong_number_sorry": (
            "Sorry, wrong number",
            (
                "¡Perdón por la confusión!",
                "?Buscábamos a {named}.",
                "Gracias por avisar, vamos a corregir nuestros datos.",
            ),
        ),
        "wrong_number_stop": (
            "Won't text again",
            ("Disculpe la molestia. No volveremos a escribir a este número por esto.",),
        ),
        "limit_ack": (
            "Plan around it",
            (
                "Gracias por avisar, {first}. Organizo la visita con eso en cuenta y, si se complica, le escribo enseguida.",
            ),
        ),
        "other_ack": (
            "Acknowledge",
            ("~¡Gracias por avisar, {first}!", "~¿Hay algo más en que le pueda ayudar?"),
        ),
        "call_me": ("Call me", ("¿Prefiere que le llame, {first}? Con gusto le llamo ahora mismo.",)),
    },
}

# What each reading means, said back to the customer in the reply that asks which they meant
# ("Just to be sure, Dana: do you mean {meant}, or {meant_else}?"): the most specific wording whose
# values are known, else the plain one. A reading with nothing to ask back is absent: thanks, other,
# and a question (the customer asked one: "do you mean you have a question?" says nothing).
# --- Short phrasebooks for the other languages the interpreter reports ----------------------------
# French, Portuguese, German, Italian, Vietnamese, Tagalog, Chinese and Korean (issue 13, h13assist:
# a French customer reporting a gas smell got English replies), and Japanese, Greek, Ukrainian,
# Turkish, Hebrew, Persian, Amharic, Somali, Bengali, Punjabi and Thai (h13phrase11: the languages the
# interpreter names by script or words, answered in English until then). Hebrew, Punjabi, Ukrainian and
# Greek are written without a gendered first person (the technician may be anyone); Thai says
# "ครับ/ค่ะ" for the same reason, as Vietnamese says "anh/chị". Each book holds the families a
# customer's text is most often answered with; a key it leaves out is answered by the key of the
# same family in `STAND_INS` (a reschedule to a closed day by "what day and time work for you?"),
# so one family's words live in one place per language. Day and time words stay out of them: they
# name clock times only ("vers 10:50"), which read the same in every language.
SHORT_BOOKS: dict[str, dict[str, tuple[str, tuple[str, ...]]]] = {
    "fr": {
        "late_start_here": (
            "Start outside while I wait",
            (
                "{opener}",
                "Je commence ce que je peux faire sans vous en attendant, comme ça on gagne du temps.",
                "?À tout à l'heure, vers {arrival}.",
            ),
        ),
        "late_start_coming": (
            "Start when I arrive",
            (
                "{opener}",
                "Dès que j'arrive, je commence ce que je peux faire sans vous, et on fera le reste ensemble à votre retour.",
            ),
        ),
        "late_wait_known": (
            "Wait for you",
            (
                "Merci de me prévenir, {first}.",
                "Je vous attends vers {arrival}.",
                "?Pas de presse, soyez prudent sur la route.",
            ),
        ),
        "late_wait_open": (
            "Wait for you",
            (
                "Merci de me prévenir, {first}.",
                "Je vous attends. Écrivez-moi quand vous serez à quelques minutes.",
            ),
        ),
        "late_other_day": (
            "Move to another day",
            (
                "Et si un autre jour vous convient mieux, {first}, on peut déplacer le rendez-vous sans problème.",
            ),
        ),
        "arrived_here": ("Coming to the door", ("~Super, {first}!", "J'arrive à la porte.")),
        "where_eta": (
            "Give my ETA",
            ("Désolé pour l'attente, {first}!", "Je suis en route et j'arrive vers {eta}."),
        ),
        "where_sorry": (
            "Apologise and update",
            (
                "Je suis vraiment désolé, {first}.",
                "J'ai pris du retard, mais je viens toujours. Je vous écris dès que je suis tout près.",
            ),
        ),
        "where_still_coming": (
            "Still coming",
            ("~Bien sûr, {first}!", "Je viens toujours, et je vous écris quand je suis tout près."),
        ),
        "resched_ask": (
            "Ask what works",
            (
                "{resched_opener}",
                "Quel jour et quelle heure vous conviennent le mieux?",
            ),
        ),
        "cancel_done": (
            "Cancel it",
            (
                "C'est fait, {first}: votre rendez-vous est annulé.",
                "Merci de m'avoir prévenu. Écrivez-nous à ce numéro quand vous aurez besoin de nous.",
            ),
        ),
        "cancel_move": (
            "Move instead of cancel",
            (
                "Un autre jour vous conviendrait mieux, {first}? On peut déplacer le rendez-vous au lieu de l'annuler.",
            ),
        ),
        "complaint_sorry": (
            "Apologise and fix",
            (
                "Je suis vraiment désolé, {first}.",
                "Ce n'est pas le service que vous méritez, et je veux arranger ça.",
                "Je peux vous appeler?",
            ),
        ),
        "question_check": (
            "Check and reply",
            ("~Avec plaisir!", "Je vérifie et je vous réponds tout de suite, {first}."),
        ),
        "access_noted": (
            "Acknowledge the note",
            ("~Merci, c'est noté!", "J'en tiendrai compte en arrivant, {first}."),
        ),
        "confirm_window": (
            "Confirm",
            ("~Parfait, merci!", "On se voit entre {win_start} et {win_end}, {first}."),
        ),
        "confirm_text_ahead": (
            "Text before arriving",
            ("~Parfait, tout est réglé.", "Je vous écris quand je serai en route."),
        ),
        "thanks": ("You're welcome", ("~Merci à vous, {first}!", "~Au besoin, écrivez-moi ici.")),
        "limit_ack": (
            "Plan around it",
            (
                "Merci de me prévenir, {first}. J'organise la visite en conséquence et je vous écris tout de suite si ça devient juste.",
            ),
        ),
        "other_ack": (
            "Acknowledge",
            ("~Merci de me le dire, {first}!", "~Je peux faire autre chose pour vous?"),
        ),
        "emergency_safety": (
            "Safety first",
            ("{first}, ne vous inquiétez pas pour le rendez-vous.", "{safety}"),
        ),
        "emergency_call": (
            "Call now",
            ("Je vous appelle tout de suite, {first}. Répondez quand vous serez en sécurité.",),
        ),
        "cancel_offer": (
            "Offer to cancel",
            ("Si vous préférez annuler la visite, {first}, dites-le-moi et je m'en occupe.",),
        ),
        "unsure_call_check": (
            "Call to check",
            ("Je vous appelle tout de suite, {first}, pour m'assurer que tout va bien.",),
        ),
        "unsure_ask_which": (
            "Ask to be sure",
            ("Juste pour être sûr, {first}: vous voulez dire {meant}, ou {meant_else}?",),
        ),
        "unsure_ask_one": ("Ask to be sure", ("Juste pour être sûr, {first}: vous voulez dire {meant}?",)),
        "unsure_ask_more": (
            "Ask to be sure",
            ("Juste pour être sûr, {first}: pouvez-vous m'en dire un peu plus?",),
        ),
        "call_me": ("Call me", ("Plus simple d'en parler, {first}? Je peux vous appeler tout de suite.",)),
        "wrong_number_check": (
            "Check the number",
            (
                "Désolé du dérangement! Juste pour vérifier: est-ce bien le numéro de {named}? Sinon, on le retire de notre fichier tout de suite.",
            ),
        ),
        "wrong_number_sorry": (
            "Sorry, wrong number",
            ("Désolé pour l'erreur, et merci de nous avoir prévenus!", "On corrige notre fichier."),
        ),
    },
    "pt": {
        "late_start_here": (
            "Start outside while I wait",
            (
                "{opener}",
                "Vou adiantando o que dá pra fazer sem você, assim a gente ganha tempo.",
                "?Te vejo lá pelas {arrival}.",
            ),
        ),
        "late_start_coming": (
            "Start when I arrive",
            (
                "{opener}",
                "Assim que eu chegar, começo o que dá pra fazer sem você, e o resto a gente faz junto.",
            ),
        ),
        "late_wait_known": (
            "Wait for you",
            (
                "Obrigado por avisar, {first}.",
                "Te espero lá pelas {arrival}.",
                "?Sem pressa, vem com cuidado.",
            ),
        ),
        "late_wait_open": (
            "Wait for you",
            (
                "Obrigado por avisar, {first}.",
                "Fico te esperando. Me manda uma mensagem quando estiver chegando.",
            ),
        ),
        "late_other_day": (
            "Move to another day",
            ("E se outro dia for melhor pra você, {first}, a gente remarca sem problema.",),
        ),
        "arrived_here": ("Coming to the door", ("~Ótimo, {first}!", "Já estou indo até a porta.")),
        "where_eta": (
            "Give my ETA",
            ("Desculpa a demora, {first}!", "Estou a caminho e chego lá pelas {eta}."),
        ),
        "where_sorry": (
            "Apologise and update",
            ("Me desculpa, {first}.", "Estou atrasado, mas vou sim. Te aviso assim que estiver perto."),
        ),
        "where_still_coming": (
            "Still coming",
            ("~Claro, {first}!", "Vou sim, e te aviso quando estiver perto."),
        ),
        "resched_ask": (
            "Ask what works",
            ("{resched_opener}", "Qual dia e horário ficam melhores pra você?"),
        ),
        "cancel_done": (
            "Cancel it",
            (
                "Pronto, {first}: sua visita foi cancelada.",
                "Obrigado por avisar. É só mandar mensagem pra este número quando precisar.",
            ),
        ),
        "cancel_move": (
            "Move instead of cancel",
            ("Outro dia ficaria melhor, {first}? Posso remarcar em vez de cancelar.",),
        ),
        "complaint_sorry": (
            "Apologise and fix",
            (
                "Sinto muito, {first}.",
                "Não é o atendimento que você merece, e quero resolver isso.",
                "Posso te ligar?",
            ),
        ),
        "question_check": ("Check and reply", ("~Claro!", "Vou verificar e já te respondo, {first}.")),
        "access_noted": (
            "Acknowledge the note",
            ("~Anotado, obrigado!", "Vou lembrar disso quando chegar, {first}."),
        ),
        "confirm_window": (
            "Confirm",
            ("~Perfeito, obrigado!", "Nos vemos entre {win_start} e {win_end}, {first}."),
        ),
        "confirm_text_ahead": (
            "Text before arriving",
            ("~Perfeito, tudo certo.", "Te mando mensagem quando estiver a caminho."),
        ),
        "thanks": ("You're welcome", ("~Eu que agradeço, {first}!", "~Qualquer coisa, é só me chamar aqui.")),
        "limit_ack": (
            "Plan around it",
            (
                "Obrigado por avisar, {first}. Vou organizar a visita com isso em mente e, se ficar apertado, te aviso na hora.",
            ),
        ),
        "other_ack": (
            "Acknowledge",
            ("~Obrigado por avisar, {first}!", "~Posso ajudar em mais alguma coisa?"),
        ),
        "emergency_safety": ("Safety first", ("{first}, não se preocupe com a visita agora.", "{safety}")),
        "emergency_call": (
            "Call now",
            ("Vou te ligar agora mesmo, {first}. Atende quando estiver em um lugar seguro.",),
        ),
        "cancel_offer": (
            "Offer to cancel",
            ("Se preferir cancelar a visita, {first}, é só me dizer que eu cuido disso.",),
        ),
        "unsure_call_check": (
            "Call to check",
            ("Vou te ligar agora mesmo, {first}, pra ter certeza de que está tudo bem.",),
        ),
        "unsure_ask_which": (
            "Ask to be sure",
            ("Só pra confirmar, {first}: você quer dizer {meant}, ou {meant_else}?",),
        ),
        "unsure_ask_one": ("Ask to be sure", ("Só pra confirmar, {first}: você quer dizer {meant}?",)),
        "unsure_ask_more": (
            "Ask to be sure",
            ("Só pra eu entender direito, {first}: pode me contar um pouco mais?",),
        ),
        "call_me": ("Call me", ("Fica mais fácil conversar, {first}? Posso te ligar agora.",)),
        "wrong_number_check": (
            "Check the number",
            (
                "Desculpe o incômodo! Só pra confirmar: esse é o número de {named}? Se não for, a gente tira do nosso cadastro agora mesmo.",
            ),
        ),
        "wrong_number_sorry": (
            "Sorry, wrong number",
            ("Desculpa o engano, e obrigado por avisar!", "Vamos corrigir nosso cadastro."),
        ),
    },
    "de": {
        "late_start_here": (
            "Start outside while I wait",
            (
                "{opener}",
                "Ich fange schon mal mit dem an, was ohne Sie geht, dann sind wir schneller fertig.",
                "?Bis gleich, so gegen {arrival}.",
            ),
        ),
        "late_start_coming": (
            "Start when I arrive",
            (
                "{opener}",
                "Sobald ich da bin, fange ich mit dem an, was ohne Sie geht, den Rest machen wir zusammen.",
            ),
        ),
        "late_wait_known": (
            "Wait for you",
            (
                "Danke für die Info, {first}.",
                "Ich bin gegen {arrival} für Sie da.",
                "?Keine Eile, kommen Sie gut an.",
            ),
        ),
        "late_wait_open": (
            "Wait for you",
            (
                "Danke für die Info, {first}.",
                "Ich warte auf Sie. Schreiben Sie mir kurz, wenn Sie fast da sind.",
            ),
        ),
        "late_other_day": (
            "Move to another day",
            ("Und falls ein anderer Tag besser passt, {first}, verschieben wir den Termin gern.",),
        ),
        "arrived_here": ("Coming to the door", ("~Super, {first}!", "Ich komme jetzt zur Tür.")),
        "where_eta": (
            "Give my ETA",
            ("Entschuldigen Sie die Wartezeit, {first}!", "Ich bin unterwegs und gegen {eta} bei Ihnen."),
        ),
        "where_sorry": (
            "Apologise and update",
            (
                "Es tut mir sehr leid, {first}.",
                "Ich bin spät dran, komme aber auf jeden Fall. Ich schreibe Ihnen, sobald ich in der Nähe bin.",
            ),
        ),
        "where_still_coming": (
            "Still coming",
            ("~Natürlich, {first}!", "Ja, ich komme, und ich schreibe Ihnen, sobald ich in der Nähe bin."),
        ),
        "resched_ask": (
            "Ask what works",
            (
                "{resched_opener}",
                "Welcher Tag und welche Uhrzeit passen Ihnen am besten?",
            ),
        ),
        "cancel_done": (
            "Cancel it",
            (
                "Erledigt, {first}: Ihr Termin ist storniert.",
                "Danke für die Nachricht. Schreiben Sie einfach an diese Nummer, wenn Sie uns brauchen.",
            ),
        ),
        "cancel_move": (
            "Move instead of cancel",
            (
                "Würde Ihnen ein anderer Tag besser passen, {first}? Wir können den Termin auch verschieben statt absagen.",
            ),
        ),
        "complaint_sorry": (
            "Apologise and fix",
            (
                "Es tut mir wirklich leid, {first}.",
                "So sollte es nicht laufen, und ich möchte das wieder gutmachen.",
                "Darf ich Sie kurz anrufen?",
            ),
        ),
        "question_check": ("Check and reply", ("~Gern!", "Ich kläre das und melde mich gleich, {first}.")),
        "access_noted": (
            "Acknowledge the note",
            ("~Alles klar, danke!", "Ich denke daran, wenn ich komme, {first}."),
        ),
        "confirm_window": (
            "Confirm",
            ("~Prima, danke!", "Bis dann zwischen {win_start} und {win_end}, {first}."),
        ),
        "confirm_text_ahead": (
            "Text before arriving",
            ("~Perfekt, alles klar.", "Ich schreibe Ihnen, wenn ich losfahre."),
        ),
        "thanks": (
            "You're welcome",
            ("~Sehr gern, {first}!", "~Wenn etwas ist, schreiben Sie mir einfach hier."),
        ),
        "limit_ack": (
            "Plan around it",
            (
                "Danke für den Hinweis, {first}. Ich plane den Termin entsprechend und melde mich sofort, falls es knapp wird.",
            ),
        ),
        "other_ack": (
            "Acknowledge",
            ("~Danke für die Info, {first}!", "~Kann ich sonst noch etwas für Sie tun?"),
        ),
        "emergency_safety": (
            "Safety first",
            ("{first}, machen Sie sich jetzt keine Gedanken um den Termin.", "{safety}"),
        ),
        "emergency_call": (
            "Call now",
            ("Ich rufe Sie sofort an, {first}. Bitte gehen Sie ran, sobald Sie in Sicherheit sind.",),
        ),
        "cancel_offer": (
            "Offer to cancel",
            (
                "Wenn Sie den Termin lieber absagen möchten, {first}, sagen Sie mir einfach Bescheid, dann kümmere ich mich darum.",
            ),
        ),
        "unsure_call_check": (
            "Call to check",
            ("Ich rufe Sie gleich an, {first}, um sicherzugehen, dass alles in Ordnung ist.",),
        ),
        "unsure_ask_which": (
            "Ask to be sure",
            ("Nur damit ich es richtig verstehe, {first}: Meinen Sie, {meant}, oder {meant_else}?",),
        ),
        "unsure_ask_one": (
            "Ask to be sure",
            ("Nur damit ich es richtig verstehe, {first}: Meinen Sie, {meant}?",),
        ),
        "unsure_ask_more": (
            "Ask to be sure",
            ("Nur damit ich Sie richtig verstehe, {first}: Können Sie mir etwas mehr dazu sagen?",),
        ),
        "call_me": ("Call me", ("Lieber kurz telefonieren, {first}? Ich kann Sie gleich anrufen.",)),
        "wrong_number_check": (
            "Check the number",
            (
                "Entschuldigung für die Störung! Nur zur Sicherheit: Ist das die Nummer von {named}? Falls nicht, löschen wir sie sofort aus unseren Unterlagen.",
            ),
        ),
        "wrong_number_sorry": (
            "Sorry, wrong number",
            ("Entschuldigung für die Verwechslung, und danke für den Hinweis!", "Wir korrigieren das."),
        ),
    },
    "it": {
        "late_start_here": (
            "Start outside while I wait",
            (
                "{opener}",
                "Intanto comincio con quello che posso fare senza di Lei, così guadagniamo tempo.",
                "?A dopo, verso le {arrival}.",
            ),
        ),
        "late_start_coming": (
            "Start when I arrive",
            (
                "{opener}",
                "Appena arrivo comincio con quello che posso fare senza di Lei, e il resto lo facciamo insieme.",
            ),
        ),
        "late_wait_known": (
            "Wait for you",
            (
                "Grazie per avermi avvisato, {first}.",
                "La aspetto verso le {arrival}.",
                "?Con calma, faccia attenzione per strada.",
            ),
        ),
        "late_wait_open": (
            "Wait for you",
            ("Grazie per avermi avvisato, {first}.", "La aspetto. Mi scriva quando manca qualche minuto."),
        ),
        "late_other_day": (
            "Move to another day",
            ("E se un altro giorno Le va meglio, {first}, spostiamo volentieri l'appuntamento.",),
        ),
        "arrived_here": ("Coming to the door", ("~Perfetto, {first}!", "Arrivo subito alla porta.")),
        "where_eta": (
            "Give my ETA",
            ("Mi scusi per l'attesa, {first}!", "Sono per strada e arrivo verso le {eta}."),
        ),
        "where_sorry": (
            "Apologise and update",
            ("Mi dispiace molto, {first}.", "Sono in ritardo, ma arrivo. Le scrivo appena sono vicino."),
        ),
        "where_still_coming": (
            "Still coming",
            ("~Certo, {first}!", "Sì, arrivo, e Le scrivo appena sono vicino."),
        ),
        "resched_ask": (
            "Ask what works",
            ("{resched_opener}", "Quale giorno e quale orario Le vanno meglio?"),
        ),
        "cancel_done": (
            "Cancel it",
            (
                "Fatto, {first}: la visita è annullata.",
                "Grazie per avermi avvisato. Ci scriva a questo numero quando ha bisogno.",
            ),
        ),
        "cancel_move": (
            "Move instead of cancel",
            ("Le andrebbe meglio un altro giorno, {first}? Possiamo spostarla invece di annullarla.",),
        ),
        "complaint_sorry": (
            "Apologise and fix",
            (
                "Mi dispiace davvero, {first}.",
                "Non è il servizio che merita, e voglio rimediare.",
                "Posso chiamarLa?",
            ),
        ),
        "question_check": ("Check and reply", ("~Volentieri!", "Controllo e Le rispondo subito, {first}.")),
        "access_noted": (
            "Acknowledge the note",
            ("~Ricevuto, grazie!", "Ne terrò conto quando arrivo, {first}."),
        ),
        "confirm_window": (
            "Confirm",
            ("~Perfetto, grazie!", "Ci vediamo tra le {win_start} e le {win_end}, {first}."),
        ),
        "confirm_text_ahead": (
            "Text before arriving",
            ("~Perfetto, è tutto a posto.", "Le scrivo quando sono per strada."),
        ),
        "thanks": ("You're welcome", ("~Grazie a Lei, {first}!", "~Per qualsiasi cosa mi scriva pure qui.")),
        "limit_ack": (
            "Plan around it",
            (
                "Grazie dell'avviso, {first}. Organizzo la visita tenendone conto e, se i tempi si stringono, Le scrivo subito.",
            ),
        ),
        "other_ack": ("Acknowledge", ("~Grazie per avermelo detto, {first}!", "~Posso fare altro per Lei?")),
        "emergency_safety": (
            "Safety first",
            ("{first}, non si preoccupi dell'appuntamento adesso.", "{safety}"),
        ),
        "emergency_call": ("Call now", ("La chiamo subito, {first}. Risponda appena è al sicuro.",)),
        "cancel_offer": (
            "Offer to cancel",
            ("Se preferisce annullare la visita, {first}, me lo dica e me ne occupo io.",),
        ),
        "unsure_call_check": (
            "Call to check",
            ("La chiamo subito, {first}, per assicurarmi che vada tutto bene.",),
        ),
        "unsure_ask_which": (
            "Ask to be sure",
            ("Solo per essere sicuro, {first}: intende {meant}, oppure {meant_else}?",),
        ),
        "unsure_ask_one": ("Ask to be sure", ("Solo per essere sicuro, {first}: intende {meant}?",)),
        "unsure_ask_more": (
            "Ask to be sure",
            ("Solo per essere sicuro, {first}: può dirmi qualcosa in più?",),
        ),
        "call_me": ("Call me", ("Meglio parlarne al telefono, {first}? Posso chiamarLa adesso.",)),
        "wrong_number_check": (
            "Check the number",
            (
                "Scusi il disturbo! Solo per sicurezza: è il numero di {named}? Se no, lo togliamo subito dai nostri contatti.",
            ),
        ),
        "wrong_number_sorry": (
            "Sorry, wrong number",
            ("Ci scusi per l'errore, e grazie per avercelo detto!", "Correggiamo i nostri dati."),
        ),
    },
    "vi": {
        "late_start_here": (
            "Start outside while I wait",
            (
                "{opener}",
                "Em sẽ làm trước những phần không cần anh/chị ở nhà, cho đỡ mất thời gian.",
                "?Hẹn gặp anh/chị khoảng {arrival}.",
            ),
        ),
        "late_start_coming": (
            "Start when I arrive",
            (
                "{opener}",
                "Em tới nơi sẽ làm trước những phần không cần anh/chị, phần còn lại mình làm chung khi anh/chị về.",
            ),
        ),
        "late_wait_known": (
            "Wait for you",
            (
                "Cảm ơn anh/chị đã báo, {first}.",
                "Em chờ anh/chị khoảng {arrival}.",
                "?Anh/chị cứ từ từ, đi đường cẩn thận nhé.",
            ),
        ),
        "late_wait_open": (
            "Wait for you",
            ("Cảm ơn anh/chị đã báo, {first}.", "Em sẽ chờ. Khi nào gần tới anh/chị nhắn em nhé."),
        ),
        "late_other_day": (
            "Move to another day",
            ("Nếu đổi sang ngày khác tiện hơn, {first}, em dời lịch giúp anh/chị liền nhé.",),
        ),
        "arrived_here": ("Coming to the door", ("~Dạ, {first}!", "Em ra cửa liền đây.")),
        "where_eta": (
            "Give my ETA",
            ("Xin lỗi đã để anh/chị chờ, {first}!", "Em đang trên đường, khoảng {eta} sẽ tới."),
        ),
        "where_sorry": (
            "Apologise and update",
            (
                "Em thành thật xin lỗi, {first}.",
                "Em bị trễ, nhưng em vẫn sẽ tới. Gần tới em nhắn anh/chị liền.",
            ),
        ),
        "where_still_coming": ("Still coming", ("Dạ, {first}!", "Em vẫn tới ạ, gần tới em sẽ nhắn anh/chị.")),
        "resched_ask": (
            "Ask what works",
            ("{resched_opener}", "Anh/chị muốn ngày và giờ nào ạ?"),
        ),
        "cancel_done": (
            "Cancel it",
            ("Dạ xong, {first}: lịch hẹn đã được hủy.", "Cảm ơn anh/chị đã báo. Khi cần cứ nhắn số này nhé."),
        ),
        "cancel_move": (
            "Move instead of cancel",
            ("Đổi sang ngày khác có tiện hơn không, {first}? Em dời lịch thay vì hủy cũng được ạ.",),
        ),
        "complaint_sorry": (
            "Apologise and fix",
            (
                "Em thật sự xin lỗi, {first}.",
                "Anh/chị xứng đáng được phục vụ tốt hơn, em muốn sửa lại cho đàng hoàng.",
                "Em gọi cho anh/chị được không ạ?",
            ),
        ),
        "question_check": ("Check and reply", ("~Dạ!", "Em kiểm tra rồi trả lời anh/chị ngay, {first}.")),
        "access_noted": (
            "Acknowledge the note",
            ("~Dạ em ghi nhận rồi, cảm ơn anh/chị!", "Em sẽ lưu ý khi tới, {first}."),
        ),
        "confirm_window": (
            "Confirm",
            ("~Dạ cảm ơn anh/chị!", "Hẹn gặp anh/chị trong khoảng {win_start} đến {win_end}, {first}."),
        ),
        "confirm_text_ahead": (
            "Text before arriving",
            ("~Dạ, vậy là xong rồi.", "Khi lên đường em sẽ nhắn anh/chị."),
        ),
        "thanks": ("You're welcome", ("~Dạ em cảm ơn anh/chị, {first}!", "~Có gì cần cứ nhắn em ở đây nhé.")),
        "limit_ack": (
            "Plan around it",
            (
                "Cảm ơn đã báo trước, {first}. Tôi sẽ sắp xếp buổi hẹn cho phù hợp, nếu thời gian gấp tôi sẽ nhắn tin ngay.",
            ),
        ),
        "other_ack": (
            "Acknowledge",
            ("~Cảm ơn anh/chị đã cho em biết, {first}!", "~Anh/chị cần em giúp gì thêm không ạ?"),
        ),
        "emergency_safety": ("Safety first", ("{first}, anh/chị đừng lo về lịch hẹn lúc này.", "{safety}")),
        "emergency_call": (
            "Call now",
            ("Em gọi cho anh/chị ngay bây giờ, {first}. Khi đã an toàn anh/chị nghe máy nhé.",),
        ),
        "cancel_offer": (
            "Offer to cancel",
            ("Nếu anh/chị muốn hủy lịch hẹn, {first}, cứ báo em, em lo liền ạ.",),
        ),
        "unsure_call_check": (
            "Call to check",
            ("Em gọi cho anh/chị ngay, {first}, để chắc là mọi chuyện đều ổn nhé.",),
        ),
        "unsure_ask_which": (
            "Ask to be sure",
            ("Để em hiểu đúng, {first}: ý anh/chị là {meant}, hay {meant_else} ạ?",),
        ),
        "unsure_ask_one": (
            "Ask to be sure",
            ("Để em hiểu đúng, {first}: ý anh/chị là {meant} phải không ạ?",),
        ),
        "unsure_ask_more": (
            "Ask to be sure",
            ("Để em hiểu đúng, {first}: anh/chị nói rõ hơn giúp em được không ạ?",),
        ),
        "call_me": ("Call me", ("Gọi điện nói cho dễ nhé, {first}? Em gọi anh/chị ngay được.",)),
        "wrong_number_check": (
            "Check the number",
            (
                "Xin lỗi đã làm phiền! Cho em hỏi đây có phải số của {named} không ạ? Nếu không phải, bên em sẽ xóa số này ngay.",
            ),
        ),
        "wrong_number_sorry": (
            "Sorry, wrong number",
            ("Xin lỗi vì nhắn nhầm, cảm ơn anh/chị đã báo!", "Bên em sẽ sửa lại thông tin."),
        ),
    },
    "tl": {
        "late_start_here": (
            "Start outside while I wait",
            (
                "{opener}",
                "Sisimulan ko na po yung mga puwedeng gawin kahit wala kayo, para makatipid tayo sa oras.",
                "?Kita po tayo mga {arrival}.",
            ),
        ),
        "late_start_coming": (
            "Start when I arrive",
            (
                "{opener}",
                "Pagdating ko, sisimulan ko na po yung puwedeng gawin kahit wala kayo, tapos yung iba sabay na natin pag nandiyan na kayo.",
            ),
        ),
        "late_wait_known": (
            "Wait for you",
            (
                "Salamat po sa pagsabi, {first}.",
                "Hihintayin ko po kayo mga {arrival}.",
                "?Walang pagmamadali, ingat po sa biyahe.",
            ),
        ),
        "late_wait_open": (
            "Wait for you",
            (
                "Salamat po sa pagsabi, {first}.",
                "Hihintayin ko po kayo. I-text n'yo lang ako pag malapit na kayo.",
            ),
        ),
        "late_other_day": (
            "Move to another day",
            (
                "At kung mas okay po ang ibang araw, {first}, puwede nating ilipat ang schedule. Walang problema.",
            ),
        ),
        "arrived_here": ("Coming to the door", ("~Sige po, {first}!", "Papunta na ako sa pinto.")),
        "where_eta": (
            "Give my ETA",
            ("Pasensya na po sa paghihintay, {first}!", "Papunta na po ako, mga {eta} nandiyan na ako."),
        ),
        "where_sorry": (
            "Apologise and update",
            (
                "Pasensya na po talaga, {first}.",
                "Medyo late po ako, pero tuloy pa rin ako. Ite-text ko kayo pag malapit na ako.",
            ),
        ),
        "where_still_coming": (
            "Still coming",
            ("Opo, {first}!", "Tuloy po ako, at ite-text ko kayo pag malapit na ako."),
        ),
        "resched_ask": (
            "Ask what works",
            ("{resched_opener}", "Anong araw at oras po ang mas okay sa inyo?"),
        ),
        "cancel_done": (
            "Cancel it",
            (
                "Okay na po, {first}: cancelled na ang appointment ninyo.",
                "Salamat po sa pagsabi. Mag-text lang kayo sa number na ito kapag kailangan n'yo kami.",
            ),
        ),
        "cancel_move": (
            "Move instead of cancel",
            ("Mas okay po ba ang ibang araw, {first}? Puwede po nating ilipat imbes na i-cancel.",),
        ),
        "complaint_sorry": (
            "Apologise and fix",
            (
                "Pasensya na po talaga, {first}.",
                "Hindi po ito ang serbisyong nararapat sa inyo, at gusto ko itong ayusin.",
                "Puwede ko po ba kayong tawagan?",
            ),
        ),
        "question_check": (
            "Check and reply",
            ("~Sige po!", "Titingnan ko po at ite-text ko kayo agad, {first}."),
        ),
        "access_noted": (
            "Acknowledge the note",
            ("~Noted po, salamat!", "Tatandaan ko po yan pagdating ko, {first}."),
        ),
        "confirm_window": (
            "Confirm",
            ("~Salamat po!", "Kita po tayo mula {win_start} hanggang {win_end}, {first}."),
        ),
        "confirm_text_ahead": (
            "Text before arriving",
            ("~Ayos po, all set na.", "Ite-text ko po kayo pag papunta na ako."),
        ),
        "thanks": (
            "You're welcome",
            ("~Salamat din po, {first}!", "~Kung may problema, i-text n'yo lang ako dito."),
        ),
        "limit_ack": (
            "Plan around it",
            (
                "Salamat sa abiso, {first}. Iaayos ko ang pagbisita ayon doon, at kung magipit ang oras, ite-text kita agad.",
            ),
        ),
        "other_ack": (
            "Acknowledge",
            ("~Salamat po sa pagsabi, {first}!", "~May iba pa po ba akong maitutulong?"),
        ),
        "emergency_safety": (
            "Safety first",
            ("{first}, huwag n'yo na munang isipin ang appointment.", "{safety}"),
        ),
        "emergency_call": (
            "Call now",
            ("Tatawagan ko po kayo ngayon din, {first}. Sagutin n'yo po pag nasa ligtas na lugar na kayo.",),
        ),
        "cancel_offer": (
            "Offer to cancel",
            (
                "Kung gusto n'yo pong i-cancel ang appointment, {first}, sabihin n'yo lang po at ako na ang bahala.",
            ),
        ),
        "unsure_call_check": (
            "Call to check",
            ("Tatawagan ko po kayo ngayon, {first}, para masiguradong maayos ang lahat.",),
        ),
        "unsure_ask_which": (
            "Ask to be sure",
            ("Para sigurado po, {first}: ibig n'yo bang sabihin ay {meant}, o {meant_else}?",),
        ),
        "unsure_ask_one": (
            "Ask to be sure",
            ("Para sigurado po, {first}: ibig n'yo bang sabihin ay {meant}?",),
        ),
        "unsure_ask_more": (
            "Ask to be sure",
            ("Para sigurado po, {first}: puwede n'yo po bang ikuwento nang kaunti pa?",),
        ),
        "call_me": (
            "Call me",
            ("Mas madali po bang pag-usapan sa tawag, {first}? Puwede ko kayong tawagan ngayon.",),
        ),
        "wrong_number_check": (
            "Check the number",
            (
                "Pasensya na po sa abala! Para lang po makasiguro: kay {named} po ba ang number na ito? Kung hindi po, tatanggalin na namin sa records.",
            ),
        ),
        "wrong_number_sorry": (
            "Sorry, wrong number",
            ("Pasensya na po sa maling text, at salamat sa pagsabi!", "Aayusin po namin ang records namin."),
        ),
    },
    "zh": {
        "late_start_here": (
            "Start outside while I wait",
            ("{opener}", "我先把不需要您在场的部分做起来，这样能省点时间。", "?大概{arrival}见。"),
        ),
        "late_start_coming": (
            "Start when I arrive",
            ("{opener}", "我一到就先做不需要您在场的部分，剩下的等您回来一起弄。"),
        ),
        "late_wait_known": (
            "Wait for you",
            ("{first}，谢谢告诉我。", "我大概{arrival}等您。", "?不着急，路上注意安全。"),
        ),
        "late_wait_open": (
            "Wait for you",
            ("{first}，谢谢告诉我。", "我在这儿等您，快到的时候发个短信给我就行。"),
        ),
        "late_other_day": (
            "Move to another day",
            ("{first}，如果换一天更方便，我们随时可以改约，没问题的。",),
        ),
        "arrived_here": ("Coming to the door", ("~好的，{first}！", "我这就到门口。")),
        "where_eta": ("Give my ETA", ("{first}，让您久等了，不好意思！", "我在路上，大概{eta}到。")),
        "where_sorry": (
            "Apologise and update",
            ("{first}，真的很抱歉。", "我来晚了，但一定会到，快到的时候马上发短信给您。"),
        ),
        "where_still_coming": ("Still coming", ("~{first}，当然！", "我会来的，快到的时候发短信给您。")),
        "resched_ask": ("Ask what works", ("{resched_opener}", "您哪天什么时间方便？")),
        "cancel_done": (
            "Cancel it",
            ("{first}，好的，您的预约已取消。", "谢谢告诉我们，以后有需要随时发短信到这个号码。"),
        ),
        "cancel_move": ("Move instead of cancel", ("{first}，换一天会不会更方便？我们可以改期，不用取消。",)),
        "complaint_sorry": (
            "Apologise and fix",
            ("{first}，真的很抱歉。", "这不是您应得的服务，我想把它弥补好。", "方便我给您打个电话吗？"),
        ),
        "question_check": ("Check and reply", ("~没问题！", "{first}，我查一下马上回复您。")),
        "access_noted": ("Acknowledge the note", ("~收到，谢谢！", "{first}，我到的时候会注意的。")),
        "confirm_window": ("Confirm", ("~好的，谢谢！", "{first}，{win_start}到{win_end}之间见。")),
        "confirm_text_ahead": ("Text before arriving", ("~好的，都安排好了。", "出发的时候我发短信给您。")),
        "thanks": (
            "You're welcome",
            ("~{first}，不客气，也谢谢您！", "~以后有什么问题，直接在这里发短信给我。"),
        ),
        "limit_ack": (
            "Plan around it",
            ("{first}，谢谢提前告诉我。我会按这个时间安排上门，如果时间紧张会马上发短信告诉您。",),
        ),
        "other_ack": ("Acknowledge", ("~{first}，谢谢告诉我！", "~还有什么需要帮忙的吗？")),
        "emergency_safety": ("Safety first", ("{first}，预约的事先别担心。", "{safety}")),
        "emergency_call": ("Call now", ("{first}，我现在马上给您打电话，到了安全的地方请接一下。",)),
        "cancel_offer": ("Offer to cancel", ("{first}，如果您想取消这次预约，跟我说一声，我来处理。",)),
        "unsure_call_check": ("Call to check", ("{first}，我现在给您打个电话，确认一下一切都好。",)),
        "unsure_ask_which": (
            "Ask to be sure",
            ("{first}，想跟您确认一下：您的意思是{meant}，还是{meant_else}？",),
        ),
        "unsure_ask_one": ("Ask to be sure", ("{first}，想跟您确认一下：您的意思是{meant}吗？",)),
        "unsure_ask_more": ("Ask to be sure", ("{first}，想跟您确认一下：能再多说一点吗？",)),
        "call_me": ("Call me", ("{first}，打电话说会不会更方便？我现在就可以打给您。",)),
        "wrong_number_check": (
            "Check the number",
            ("不好意思打扰了！想确认一下：这是{named}的号码吗？如果不是，我们马上从记录里删掉。",),
        ),
        "wrong_number_sorry": ("Sorry, wrong number", ("不好意思发错了，谢谢告诉我们！", "我们会更正记录。")),
    },
    "ko": {
        "late_start_here": (
            "Start outside while I wait",
            (
                "{opener}",
                "기다리는 동안 고객님 없이 할 수 있는 작업부터 먼저 시작할게요.",
                "?{arrival}쯤 뵐게요.",
            ),
        ),
        "late_start_coming": (
            "Start when I arrive",
            ("{opener}", "도착하면 고객님 없이 할 수 있는 작업부터 시작하고, 나머지는 오시면 같이 할게요."),
        ),
        "late_wait_known": (
            "Wait for you",
            ("{first}님, 알려주셔서 감사합니다.", "{arrival}쯤 기다리고 있을게요.", "?천천히 조심히 오세요."),
        ),
        "late_wait_open": (
            "Wait for you",
            ("{first}님, 알려주셔서 감사합니다.", "기다리고 있을게요. 거의 도착하시면 문자 주세요."),
        ),
        "late_other_day": (
            "Move to another day",
            ("{first}님, 다른 날이 더 편하시면 일정 바꿔드릴게요. 전혀 문제없어요.",),
        ),
        "arrived_here": ("Coming to the door", ("~{first}님, 좋아요!", "지금 문 앞으로 갈게요.")),
        "where_eta": (
            "Give my ETA",
            ("{first}님, 기다리게 해서 죄송해요!", "지금 가는 중이고 {eta}쯤 도착해요."),
        ),
        "where_sorry": (
            "Apologise and update",
            ("{first}님, 정말 죄송합니다.", "조금 늦어지고 있지만 꼭 갈게요. 가까워지면 바로 문자 드릴게요."),
        ),
        "where_still_coming": (
            "Still coming",
            ("~{first}님, 물론이죠!", "네, 꼭 갈게요. 가까워지면 문자 드릴게요."),
        ),
        "resched_ask": (
            "Ask what works",
            ("{resched_opener}", "어떤 날짜와 시간이 제일 좋으세요?"),
        ),
        "cancel_done": (
            "Cancel it",
            ("{first}님, 예약 취소해 드렸어요.", "알려주셔서 감사합니다. 필요하실 때 이 번호로 문자 주세요."),
        ),
        "cancel_move": (
            "Move instead of cancel",
            ("{first}님, 다른 날이 더 나으실까요? 취소 대신 날짜를 옮겨드릴 수도 있어요.",),
        ),
        "complaint_sorry": (
            "Apologise and fix",
            (
                "{first}님, 정말 죄송합니다.",
                "이런 서비스를 받으시면 안 되는데, 꼭 바로잡고 싶어요.",
                "잠깐 전화드려도 될까요?",
            ),
        ),
        "question_check": ("Check and reply", ("~네!", "{first}님, 확인해 보고 바로 답장 드릴게요.")),
        "access_noted": (
            "Acknowledge the note",
            ("~알겠습니다, 감사해요!", "{first}님, 도착할 때 참고할게요."),
        ),
        "confirm_window": (
            "Confirm",
            ("~좋아요, 감사합니다!", "{first}님, {win_start}에서 {win_end} 사이에 뵐게요."),
        ),
        "confirm_text_ahead": ("Text before arriving", ("~네, 다 준비됐어요.", "출발할 때 문자 드릴게요.")),
        "thanks": ("You're welcome", ("~{first}님, 저도 감사합니다!", "~문제 있으시면 여기로 문자 주세요.")),
        "limit_ack": (
            "Plan around it",
            (
                "{first}님, 미리 알려주셔서 감사합니다. 그 시간에 맞춰 방문을 계획하고, 시간이 빠듯해지면 바로 문자 드릴게요.",
            ),
        ),
        "other_ack": ("Acknowledge", ("~{first}님, 알려주셔서 감사해요!", "~더 도와드릴 일 있으세요?")),
        "emergency_safety": ("Safety first", ("{first}님, 지금은 예약 걱정하지 마세요.", "{safety}")),
        "emergency_call": ("Call now", ("{first}님, 지금 바로 전화드릴게요. 안전한 곳에서 받아주세요.",)),
        "cancel_offer": (
            "Offer to cancel",
            ("{first}님, 예약 취소를 원하시면 말씀만 해주세요. 제가 처리해 드릴게요.",),
        ),
        "unsure_call_check": (
            "Call to check",
            ("{first}님, 별일 없으신지 확인하려고 지금 바로 전화드릴게요.",),
        ),
        "unsure_ask_which": (
            "Ask to be sure",
            ("{first}님, 확인차 여쭤볼게요: {meant} 말씀이신가요, 아니면 {meant_else} 말씀이신가요?",),
        ),
        "unsure_ask_one": ("Ask to be sure", ("{first}님, 확인차 여쭤볼게요: {meant} 말씀이신가요?",)),
        "unsure_ask_more": (
            "Ask to be sure",
            ("{first}님, 정확히 이해하고 싶어서요: 조금만 더 말씀해 주시겠어요?",),
        ),
        "call_me": ("Call me", ("{first}님, 전화로 얘기하는 게 편하실까요? 지금 바로 전화드릴 수 있어요.",)),
        "wrong_number_check": (
            "Check the number",
            (
                "방해해서 죄송합니다! 확인차 여쭤요: {named}님 번호가 맞나요? 아니라면 바로 기록에서 지울게요.",
            ),
        ),
        "wrong_number_sorry": (
            "Sorry, wrong number",
            ("잘못 보내드려서 죄송하고, 알려주셔서 감사합니다!", "기록을 수정할게요."),
        ),
    },
    "ja": {  # Japanese
        "late_start_here": (
            "Start outside while I wait",
            (
                "{opener}",
                "お待ちする間に、ご不在でもできる作業から先に始めておきます。",
                "?{arrival}頃にお会いしましょう。",
            ),
        ),
        "late_start_coming": (
            "Start when I arrive",
            (
                "{opener}",
                "到着したら、ご不在でもできる作業から始めて、残りはお戻りになってから一緒に進めます。",
            ),
        ),
        "late_wait_known": (
            "Wait for you",
            (
                "{first}様、ご連絡ありがとうございます。",
                "{arrival}頃にお待ちしております。",
                "?急がなくて大丈夫ですので、お気をつけてお越しください。",
            ),
        ),
        "late_wait_open": (
            "Wait for you",
            (
                "{first}様、ご連絡ありがとうございます。",
                "お待ちしておりますので、近くまで来たらメッセージをください。",
            ),
        ),
        "late_other_day": (
            "Move to another day",
            ("{first}様、別の日のほうがご都合がよければ、日程の変更も問題ありません。",),
        ),
        "arrived_here": (
            "Coming to the door",
            ("~{first}様、ありがとうございます！", "今から玄関に向かいます。"),
        ),
        "where_eta": (
            "Give my ETA",
            ("{first}様、お待たせしてすみません！", "今向かっていて、{eta}頃に到着します。"),
        ),
        "where_sorry": (
            "Apologise and update",
            (
                "{first}様、本当に申し訳ありません。",
                "遅れていますが、必ず伺います。近くなったらすぐにご連絡します。",
            ),
        ),
        "where_still_coming": (
            "Still coming",
            ("~{first}様、もちろんです！", "必ず伺います。近くなったらご連絡します。"),
        ),
        "resched_ask": ("Ask what works", ("{resched_opener}", "ご都合のよい日時を教えていただけますか？")),
        "cancel_done": (
            "Cancel it",
            (
                "{first}様、ご予約をキャンセルいたしました。",
                "ご連絡ありがとうございます。また必要なときはこの番号にメッセージをください。",
            ),
        ),
        "cancel_move": (
            "Move instead of cancel",
            ("{first}様、別の日のほうがご都合よろしいでしょうか？キャンセルではなく日程の変更もできます。",),
        ),
        "complaint_sorry": (
            "Apologise and fix",
            (
                "{first}様、本当に申し訳ありません。",
                "ご期待に沿えるサービスではありませんでした。きちんと対応させてください。",
                "お電話してもよろしいでしょうか？",
            ),
        ),
        "question_check": (
            "Check and reply",
            ("~かしこまりました！", "{first}様、確認してすぐにお返事します。"),
        ),
        "access_noted": (
            "Acknowledge the note",
            ("~承知しました、ありがとうございます！", "{first}様、伺う際に気をつけます。"),
        ),
        "confirm_window": (
            "Confirm",
            ("~ありがとうございます！", "{first}様、{win_start}から{win_end}の間に伺います。"),
        ),
        "confirm_text_ahead": (
            "Text before arriving",
            ("~承知しました、準備は万端です。", "出発するときにご連絡します。"),
        ),
        "thanks": (
            "You're welcome",
            ("~{first}様、こちらこそありがとうございます！", "~何かあればこちらにメッセージをください。"),
        ),
        "limit_ack": (
            "Plan around it",
            (
                "{first}様、事前にお知らせいただきありがとうございます。その時間に合わせて訪問を調整し、間に合わなそうな時はすぐにご連絡します。",
            ),
        ),
        "other_ack": (
            "Acknowledge",
            ("~{first}様、お知らせありがとうございます！", "~ほかに何かお手伝いできることはありますか？"),
        ),
        "emergency_safety": ("Safety first", ("{first}様、予約のことは心配しないでください。", "{safety}")),
        "emergency_call": ("Call now", ("{first}様、今すぐお電話します。安全な場所で出てください。",)),
        "cancel_offer": (
            "Offer to cancel",
            ("{first}様、今回の訪問をキャンセルされたい場合は、お知らせいただければ対応します。",),
        ),
        "unsure_call_check": ("Call to check", ("{first}様、大丈夫か確認するため、今すぐお電話します。",)),
        "unsure_ask_which": (
            "Ask to be sure",
            (
                "{first}様、念のため確認させてください：{meant}ということでしょうか、それとも{meant_else}ということでしょうか？",
            ),
        ),
        "unsure_ask_one": (
            "Ask to be sure",
            ("{first}様、念のため確認させてください：{meant}ということでしょうか？",),
        ),
        "unsure_ask_more": ("Ask to be sure", ("{first}様、念のため、もう少し詳しく教えていただけますか？",)),
        "call_me": (
            "Call me",
            ("{first}様、お電話のほうがお話ししやすいでしょうか？今すぐおかけできます。",),
        ),
        "wrong_number_check": (
            "Check the number",
            (
                "突然のご連絡失礼しました！念のため確認ですが、こちらは{named}様の番号でしょうか？違う場合はすぐに記録から削除します。",
            ),
        ),
        "wrong_number_sorry": (
            "Sorry, wrong number",
            ("誤って送ってしまい申し訳ありません。お知らせありがとうございます！", "記録を修正します。"),
        ),
    },
    "el": {  # Greek
        "late_start_here": (
            "Start outside while I wait",
            (
                "{opener}",
                "Μέχρι να έρθετε, θα ξεκινήσω ό,τι μπορεί να γίνει χωρίς εσάς, για να κερδίσουμε χρόνο.",
                "?Τα λέμε γύρω στις {arrival}.",
            ),
        ),
        "late_start_coming": (
            "Start when I arrive",
            (
                "{opener}",
                "Μόλις φτάσω, θα ξεκινήσω ό,τι γίνεται χωρίς εσάς, και τα υπόλοιπα θα τα κάνουμε μαζί όταν επιστρέψετε.",
            ),
        ),
        "late_wait_known": (
            "Wait for you",
            (
                "Ευχαριστώ που με ενημερώσατε, {first}.",
                "Σας περιμένω γύρω στις {arrival}.",
                "?Δεν υπάρχει βιασύνη, οδηγείτε προσεκτικά.",
            ),
        ),
        "late_wait_open": (
            "Wait for you",
            ("Ευχαριστώ που με ενημερώσατε, {first}.", "Σας περιμένω. Στείλτε μου μήνυμα όταν είστε κοντά."),
        ),
        "late_other_day": (
            "Move to another day",
            ("Κι αν σας βολεύει άλλη μέρα, {first}, αλλάζουμε το ραντεβού χωρίς κανένα πρόβλημα.",),
        ),
        "arrived_here": ("Coming to the door", ("~Τέλεια, {first}!", "Έρχομαι στην πόρτα τώρα.")),
        "where_eta": (
            "Give my ETA",
            ("Συγγνώμη για την αναμονή, {first}!", "Είμαι καθ' οδόν και θα είμαι εκεί γύρω στις {eta}."),
        ),
        "where_sorry": (
            "Apologise and update",
            (
                "Λυπάμαι πραγματικά, {first}.",
                "Έχω καθυστερήσει, αλλά έρχομαι. Θα σας στείλω μήνυμα μόλις είμαι κοντά.",
            ),
        ),
        "where_still_coming": (
            "Still coming",
            ("~Φυσικά, {first}!", "Έρχομαι κανονικά, και θα σας στείλω μήνυμα όταν είμαι κοντά."),
        ),
        "resched_ask": ("Ask what works", ("{resched_opener}", "Ποια μέρα και ώρα σας βολεύει καλύτερα;")),
        "cancel_done": (
            "Cancel it",
            (
                "Έγινε, {first}: το ραντεβού σας ακυρώθηκε.",
                "Ευχαριστώ που μας ενημερώσατε. Όποτε μας χρειαστείτε, στείλτε μήνυμα σε αυτόν τον αριθμό.",
            ),
        ),
        "cancel_move": (
            "Move instead of cancel",
            (
                "Μήπως σας βολεύει καλύτερα άλλη μέρα, {first}; Μπορούμε να μεταφέρουμε το ραντεβού αντί να το ακυρώσουμε.",
            ),
        ),
        "complaint_sorry": (
            "Apologise and fix",
            (
                "Λυπάμαι πραγματικά, {first}.",
                "Δεν είναι αυτή η εξυπηρέτηση που σας αξίζει, και θέλω να το διορθώσω.",
                "Μπορώ να σας τηλεφωνήσω;",
            ),
        ),
        "question_check": (
            "Check and reply",
            ("~Ευχαρίστως!", "Θα το ελέγξω και θα σας απαντήσω αμέσως, {first}."),
        ),
        "access_noted": (
            "Acknowledge the note",
            ("~Το σημείωσα, ευχαριστώ!", "Θα το έχω υπόψη όταν έρθω, {first}."),
        ),
        "confirm_window": (
            "Confirm",
            ("~Τέλεια, ευχαριστώ!", "Τα λέμε μεταξύ {win_start} και {win_end}, {first}."),
        ),
        "confirm_text_ahead": (
            "Text before arriving",
            ("~Τέλεια, όλα κανονίστηκαν.", "Θα σας στείλω μήνυμα όταν ξεκινήσω."),
        ),
        "thanks": (
            "You're welcome",
            ("~Εγώ σας ευχαριστώ, {first}!", "~Αν χρειαστείτε κάτι, στείλτε μου εδώ."),
        ),
        "limit_ack": (
            "Plan around it",
            (
                "Ευχαριστώ για την ενημέρωση, {first}. Θα οργανώσω την επίσκεψη ανάλογα και, αν ο χρόνος στενέψει, θα σας στείλω μήνυμα αμέσως.",
            ),
        ),
        "other_ack": (
            "Acknowledge",
            ("~Ευχαριστώ που μου το είπατε, {first}!", "~Μπορώ να σας βοηθήσω σε κάτι άλλο;"),
        ),
        "emergency_safety": ("Safety first", ("{first}, μην ανησυχείτε τώρα για το ραντεβού.", "{safety}")),
        "emergency_call": (
            "Call now",
            ("Σας τηλεφωνώ αμέσως, {first}. Απαντήστε μόλις είστε σε ασφαλές σημείο.",),
        ),
        "cancel_offer": (
            "Offer to cancel",
            ("Αν προτιμάτε να ακυρώσετε την επίσκεψη, {first}, πείτε μου και θα το κανονίσω.",),
        ),
        "unsure_call_check": (
            "Call to check",
            ("{first}, σας τηλεφωνώ τώρα για να βεβαιωθώ ότι όλα είναι εντάξει.",),
        ),
        "unsure_ask_which": (
            "Ask to be sure",
            ("Για να βεβαιωθώ, {first}: εννοείτε ότι {meant} ή ότι {meant_else};",),
        ),
        "unsure_ask_one": ("Ask to be sure", ("Για να βεβαιωθώ, {first}: εννοείτε ότι {meant};",)),
        "unsure_ask_more": (
            "Ask to be sure",
            ("Για να βεβαιωθώ, {first}: μπορείτε να μου πείτε λίγα περισσότερα;",),
        ),
        "call_me": (
            "Call me",
            ("Είναι πιο εύκολο να μιλήσουμε στο τηλέφωνο, {first}; Μπορώ να σας πάρω τώρα.",),
        ),
        "wrong_number_check": (
            "Check the number",
            (
                "Συγγνώμη για την ενόχληση! Για να βεβαιωθούμε: είναι αυτός ο αριθμός για {named}; Αν όχι, θα τον αφαιρέσουμε αμέσως από τα αρχεία μας.",
            ),
        ),
        "wrong_number_sorry": (
            "Sorry, wrong number",
            ("Συγγνώμη για το λάθος, και ευχαριστούμε που μας ενημερώσατε!", "Θα διορθώσουμε τα αρχεία μας."),
        ),
    },
    "uk": {  # Ukrainian
        "late_start_here": (
            "Start outside while I wait",
            (
                "{opener}",
                "Поки чекаю, почну те, що можна зробити без вас, щоб зекономити час.",
                "?Побачимося близько {arrival}.",
            ),
        ),
        "late_start_coming": (
            "Start when I arrive",
            (
                "{opener}",
                "Щойно приїду, почну те, що можна зробити без вас, а решту зробимо разом, коли повернетеся.",
            ),
        ),
        "late_wait_known": (
            "Wait for you",
            (
                "Дякую, що попередили, {first}.",
                "Чекатиму на вас близько {arrival}.",
                "?Не поспішайте, їдьте обережно.",
            ),
        ),
        "late_wait_open": (
            "Wait for you",
            ("Дякую, що попередили, {first}.", "Я чекаю. Напишіть, коли будете неподалік."),
        ),
        "late_other_day": (
            "Move to another day",
            ("А якщо вам зручніше інший день, {first}, можемо перенести візит без проблем.",),
        ),
        "arrived_here": ("Coming to the door", ("~Чудово, {first}!", "Вже йду до дверей.")),
        "where_eta": (
            "Give my ETA",
            ("Вибачте за очікування, {first}!", "Я вже в дорозі й буду близько {eta}."),
        ),
        "where_sorry": (
            "Apologise and update",
            ("Мені дуже шкода, {first}.", "Я затримуюся, але обов'язково приїду. Напишу, щойно буду поруч."),
        ),
        "where_still_coming": (
            "Still coming",
            ("~Звісно, {first}!", "Я обов'язково приїду й напишу, коли буду поруч."),
        ),
        "resched_ask": ("Ask what works", ("{resched_opener}", "Який день і час вам найзручніші?")),
        "cancel_done": (
            "Cancel it",
            (
                "Готово, {first}: ваш візит скасовано.",
                "Дякую, що повідомили. Пишіть на цей номер, коли знадобимося.",
            ),
        ),
        "cancel_move": (
            "Move instead of cancel",
            ("Може, вам зручніше інший день, {first}? Можемо перенести візит замість скасування.",),
        ),
        "complaint_sorry": (
            "Apologise and fix",
            (
                "Мені дуже шкода, {first}.",
                "Ви заслуговуєте на кращий сервіс, і я хочу це виправити.",
                "Можна вам зателефонувати?",
            ),
        ),
        "question_check": ("Check and reply", ("~Залюбки!", "Перевірю й одразу відповім, {first}.")),
        "access_noted": ("Acknowledge the note", ("~Зрозуміло, дякую!", "Врахую це, коли приїду, {first}.")),
        "confirm_window": (
            "Confirm",
            ("~Чудово, дякую!", "Побачимося між {win_start} і {win_end}, {first}."),
        ),
        "confirm_text_ahead": (
            "Text before arriving",
            ("~Чудово, все домовлено.", "Напишу вам, коли виїжджатиму."),
        ),
        "thanks": ("You're welcome", ("~І вам дякую, {first}!", "~Якщо щось знадобиться, пишіть сюди.")),
        "limit_ack": (
            "Plan around it",
            (
                "Дякую, що попередили, {first}. Я спланую візит з урахуванням цього і одразу напишу вам, якщо часу буде обмаль.",
            ),
        ),
        "other_ack": ("Acknowledge", ("~Дякую, що повідомили, {first}!", "~Чи можу ще чимось допомогти?")),
        "emergency_safety": ("Safety first", ("{first}, зараз не хвилюйтеся про візит.", "{safety}")),
        "emergency_call": (
            "Call now",
            ("Телефоную вам просто зараз, {first}. Відповідайте, коли будете в безпечному місці.",),
        ),
        "cancel_offer": (
            "Offer to cancel",
            ("Якщо хочете скасувати візит, {first}, просто скажіть, і я все зроблю.",),
        ),
        "unsure_call_check": (
            "Call to check",
            ("{first}, зателефоную вам зараз, щоб переконатися, що все гаразд.",),
        ),
        "unsure_ask_which": (
            "Ask to be sure",
            ("Щоб не помилитися, {first}: ви маєте на увазі, що {meant}, чи що {meant_else}?",),
        ),
        "unsure_ask_one": ("Ask to be sure", ("Щоб не помилитися, {first}: ви маєте на увазі, що {meant}?",)),
        "unsure_ask_more": (
            "Ask to be sure",
            ("Щоб не помилитися, {first}: можете розповісти трохи більше?",),
        ),
        "call_me": (
            "Call me",
            ("Може, зручніше поговорити телефоном, {first}? Можу зателефонувати просто зараз.",),
        ),
        "wrong_number_check": (
            "Check the number",
            (
                "Вибачте за турботу! Уточнюємо: це номер {named}? Якщо ні, ми одразу видалимо його з нашої бази.",
            ),
        ),
        "wrong_number_sorry": (
            "Sorry, wrong number",
            ("Вибачте за помилку, і дякуємо, що повідомили!", "Ми виправимо нашу базу."),
        ),
    },
    "tr": {  # Turkish
        "late_start_here": (
            "Start outside while I wait",
            (
                "{opener}",
                "Sizi beklerken, siz olmadan yapılabilecek işlere başlıyorum, böylece zaman kazanırız.",
                "?{arrival} gibi görüşürüz.",
            ),
        ),
        "late_start_coming": (
            "Start when I arrive",
            (
                "{opener}",
                "Varınca siz olmadan yapılabilecek işlere başlarım, kalanını döndüğünüzde birlikte yaparız.",
            ),
        ),
        "late_wait_known": (
            "Wait for you",
            (
                "Haber verdiğiniz için teşekkürler, {first}.",
                "Sizi {arrival} gibi bekliyorum.",
                "?Acele etmeyin, dikkatli gelin.",
            ),
        ),
        "late_wait_open": (
            "Wait for you",
            ("Haber verdiğiniz için teşekkürler, {first}.", "Sizi bekliyorum. Yaklaşınca bana mesaj atın."),
        ),
        "late_other_day": (
            "Move to another day",
            ("Başka bir gün daha uygunsa, {first}, randevuyu seve seve değiştiririz.",),
        ),
        "arrived_here": ("Coming to the door", ("~Harika, {first}!", "Hemen kapıya geliyorum.")),
        "where_eta": (
            "Give my ETA",
            ("Beklettiğim için özür dilerim, {first}!", "Yoldayım, {eta} gibi orada olurum."),
        ),
        "where_sorry": (
            "Apologise and update",
            (
                "Gerçekten çok özür dilerim, {first}.",
                "Biraz geciktim ama mutlaka geleceğim. Yaklaşınca hemen mesaj atarım.",
            ),
        ),
        "where_still_coming": (
            "Still coming",
            ("~Tabii ki, {first}!", "Mutlaka geliyorum, yaklaşınca mesaj atarım."),
        ),
        "resched_ask": ("Ask what works", ("{resched_opener}", "Hangi gün ve saat size daha uygun?")),
        "cancel_done": (
            "Cancel it",
            (
                "Tamamdır, {first}: randevunuz iptal edildi.",
                "Haber verdiğiniz için teşekkürler. İhtiyacınız olduğunda bu numaraya yazmanız yeterli.",
            ),
        ),
        "cancel_move": (
            "Move instead of cancel",
            ("Başka bir gün daha uygun olur mu, {first}? İptal etmek yerine randevuyu erteleyebiliriz.",),
        ),
        "complaint_sorry": (
            "Apologise and fix",
            (
                "Gerçekten çok özür dilerim, {first}.",
                "Hak ettiğiniz hizmet bu değil, bunu düzeltmek istiyorum.",
                "Sizi arayabilir miyim?",
            ),
        ),
        "question_check": (
            "Check and reply",
            ("~Memnuniyetle!", "Kontrol edip hemen dönüş yapacağım, {first}."),
        ),
        "access_noted": (
            "Acknowledge the note",
            ("~Not aldım, teşekkürler!", "Gelirken bunu aklımda tutacağım, {first}."),
        ),
        "confirm_window": (
            "Confirm",
            ("~Harika, teşekkürler!", "{win_start} ile {win_end} arasında görüşürüz, {first}."),
        ),
        "confirm_text_ahead": (
            "Text before arriving",
            ("~Harika, her şey ayarlandı.", "Yola çıkınca size mesaj atarım."),
        ),
        "thanks": (
            "You're welcome",
            ("~Ben teşekkür ederim, {first}!", "~Bir şey olursa buradan yazmanız yeterli."),
        ),
        "limit_ack": (
            "Plan around it",
            (
                "Haber verdiğiniz için teşekkürler, {first}. Ziyareti buna göre planlayacağım, vakit daralırsa hemen mesaj atarım.",
            ),
        ),
        "other_ack": (
            "Acknowledge",
            ("~Bildirdiğiniz için teşekkürler, {first}!", "~Yardımcı olabileceğim başka bir şey var mı?"),
        ),
        "emergency_safety": ("Safety first", ("{first}, şu an randevuyu hiç dert etmeyin.", "{safety}")),
        "emergency_call": (
            "Call now",
            ("Sizi hemen arıyorum, {first}. Güvenli bir yere geçince lütfen açın.",),
        ),
        "cancel_offer": (
            "Offer to cancel",
            ("Ziyareti iptal etmek isterseniz, {first}, söylemeniz yeterli, ben hallederim.",),
        ),
        "unsure_call_check": (
            "Call to check",
            ("{first}, her şeyin yolunda olduğundan emin olmak için sizi hemen arıyorum.",),
        ),
        "unsure_ask_which": (
            "Ask to be sure",
            ("Emin olmak için soruyorum, {first}: {meant} mi demek istiyorsunuz, yoksa {meant_else} mi?",),
        ),
        "unsure_ask_one": (
            "Ask to be sure",
            ("Emin olmak için soruyorum, {first}: {meant} mi demek istiyorsunuz?",),
        ),
        "unsure_ask_more": (
            "Ask to be sure",
            ("Emin olmak için soruyorum, {first}: biraz daha anlatabilir misiniz?",),
        ),
        "call_me": ("Call me", ("Telefonda konuşmak daha kolay olur mu, {first}? Sizi hemen arayabilirim.",)),
        "wrong_number_check": (
            "Check the number",
            (
                "Rahatsız ettiğimiz için özür dileriz! Emin olmak için soruyoruz: bu numara {named} adına mı kayıtlı? Değilse hemen kayıtlarımızdan sileceğiz.",
            ),
        ),
        "wrong_number_sorry": (
            "Sorry, wrong number",
            ("Hata için özür dileriz, bildirdiğiniz için teşekkürler!", "Kayıtlarımızı düzelteceğiz."),
        ),
    },
    "he": {  # Hebrew
        "late_start_here": (
            "Start outside while I wait",
            (
                "{opener}",
                "בינתיים אתחיל בעבודות שאפשר לעשות בלעדיך, כדי שנחסוך זמן.",
                "?נתראה בסביבות {arrival}.",
            ),
        ),
        "late_start_coming": (
            "Start when I arrive",
            ("{opener}", "כשאגיע אתחיל במה שאפשר לעשות בלעדיך, ואת השאר נעשה יחד אחר כך."),
        ),
        "late_wait_known": (
            "Wait for you",
            ("תודה שעדכנת, {first}.", "אחכה לך בסביבות {arrival}.", "?אין שום לחץ, בנסיעה טובה."),
        ),
        "late_wait_open": (
            "Wait for you",
            ("תודה שעדכנת, {first}.", "אני מחכה. אפשר לשלוח לי הודעה כשמתקרבים."),
        ),
        "late_other_day": (
            "Move to another day",
            ("ואם יום אחר נוח יותר, {first}, אפשר לקבוע מחדש בלי שום בעיה.",),
        ),
        "arrived_here": ("Coming to the door", ("~מעולה, {first}!", "אני בדרך לדלת.")),
        "where_eta": ("Give my ETA", ("סליחה על ההמתנה, {first}!", "אני בדרך ואגיע בסביבות {eta}.")),
        "where_sorry": (
            "Apologise and update",
            ("באמת סליחה, {first}.", "יש עיכוב, אבל אגיע בכל מקרה. אשלח הודעה רגע לפני שאגיע."),
        ),
        "where_still_coming": (
            "Still coming",
            ("~בטח, {first}!", "הביקור בתוקף, ואשלח הודעה רגע לפני שאגיע."),
        ),
        "resched_ask": ("Ask what works", ("{resched_opener}", "איזה יום ושעה הכי נוחים לך?")),
        "cancel_done": (
            "Cancel it",
            ("בוצע, {first}: הביקור בוטל.", "תודה שעדכנת. אפשר לכתוב לנו למספר הזה בכל פעם שיהיה צורך."),
        ),
        "cancel_move": (
            "Move instead of cancel",
            ("אולי יום אחר יתאים יותר, {first}? אפשר להזיז את הביקור במקום לבטל.",),
        ),
        "complaint_sorry": (
            "Apologise and fix",
            ("באמת סליחה, {first}.", "זה לא השירות שמגיע לך, ואני רוצה לתקן את זה.", "אפשר להתקשר אליך?"),
        ),
        "question_check": ("Check and reply", ("~בשמחה!", "אבדוק ואחזור אליך מיד, {first}.")),
        "access_noted": ("Acknowledge the note", ("~רשמתי, תודה!", "אקח את זה בחשבון כשאגיע, {first}.")),
        "confirm_window": ("Confirm", ("~מצוין, תודה!", "נתראה בין {win_start} ל-{win_end}, {first}.")),
        "confirm_text_ahead": ("Text before arriving", ("~מצוין, הכל מסודר.", "אשלח הודעה כשאצא לדרך.")),
        "thanks": ("You're welcome", ("~תודה לך, {first}!", "~אם צריך משהו, אפשר לכתוב לי כאן.")),
        "limit_ack": (
            "Plan around it",
            ("תודה על העדכון, {first}. אתכנן את הביקור בהתאם, ואם הזמן יהיה לחוץ אשלח הודעה מיד.",),
        ),
        "other_ack": ("Acknowledge", ("~תודה שסיפרת, {first}!", "~אפשר לעזור במשהו נוסף?")),
        "emergency_safety": ("Safety first", ("{first}, אל תדאגו לגבי הביקור עכשיו.", "{safety}")),
        "emergency_call": ("Call now", ("אתקשר אליך מיד, {first}. אפשר לענות כשתהיו במקום בטוח.",)),
        "cancel_offer": ("Offer to cancel", ("אם מעדיפים לבטל את הביקור, {first}, רק להגיד ואטפל בזה.",)),
        "unsure_call_check": ("Call to check", ("{first}, אתקשר אליך עכשיו כדי לוודא שהכל בסדר.",)),
        "unsure_ask_which": (
            "Ask to be sure",
            ("רק כדי לוודא, {first}: הכוונה ש{meant}, או ש{meant_else}?",),
        ),
        "unsure_ask_one": ("Ask to be sure", ("רק כדי לוודא, {first}: הכוונה ש{meant}?",)),
        "unsure_ask_more": ("Ask to be sure", ("רק כדי לוודא, {first}: אפשר לפרט קצת יותר?",)),
        "call_me": ("Call me", ("יותר נוח לדבר בטלפון, {first}? אפשר להתקשר אליך עכשיו.",)),
        "wrong_number_check": (
            "Check the number",
            ("סליחה על ההפרעה! רק לוודא: זה המספר של {named}? אם לא, נמחק אותו מהרשומות שלנו מיד.",),
        ),
        "wrong_number_sorry": (
            "Sorry, wrong number",
            ("סליחה על הטעות, ותודה שעדכנת!", "נתקן את הרשומות שלנו."),
        ),
    },
    "fa": {  # Persian
        "late_start_here": (
            "Start outside while I wait",
            (
                "{opener}",
                "تا شما برسید، کارهایی را که بدون حضور شما می‌شود انجام داد شروع می‌کنم تا وقت صرفه‌جویی شود.",
                "?حدود {arrival} می‌بینمتان.",
            ),
        ),
        "late_start_coming": (
            "Start when I arrive",
            (
                "{opener}",
                "وقتی رسیدم، کارهایی را که بدون شما می‌شود شروع می‌کنم و بقیه را وقتی برگشتید با هم انجام می‌دهیم.",
            ),
        ),
        "late_wait_known": (
            "Wait for you",
            (
                "{first} عزیز، ممنون که خبر دادید.",
                "حدود {arrival} منتظرتان هستم.",
                "?عجله نکنید، با احتیاط بیایید.",
            ),
        ),
        "late_wait_open": (
            "Wait for you",
            ("{first} عزیز، ممنون که خبر دادید.", "منتظرتان می‌مانم. وقتی نزدیک شدید یک پیام بدهید."),
        ),
        "late_other_day": (
            "Move to another day",
            ("{first} عزیز، اگر روز دیگری برایتان راحت‌تر است، با کمال میل وقت را جابه‌جا می‌کنیم.",),
        ),
        "arrived_here": ("Coming to the door", ("~عالی، {first} عزیز!", "همین الان می‌آیم دم در.")),
        "where_eta": (
            "Give my ETA",
            ("{first} عزیز، ببخشید که منتظر ماندید!", "در راه هستم و حدود {eta} می‌رسم."),
        ),
        "where_sorry": (
            "Apologise and update",
            ("{first} عزیز، واقعاً متأسفم.", "کمی دیر شده، ولی حتماً می‌آیم. نزدیک که شدم فوراً پیام می‌دهم."),
        ),
        "where_still_coming": (
            "Still coming",
            ("~حتماً، {first} عزیز!", "حتماً می‌آیم و نزدیک که شدم پیام می‌دهم."),
        ),
        "resched_ask": ("Ask what works", ("{resched_opener}", "چه روز و ساعتی برایتان بهتر است؟")),
        "cancel_done": (
            "Cancel it",
            (
                "{first} عزیز، انجام شد: وقت شما لغو شد.",
                "ممنون که خبر دادید. هر وقت لازم داشتید به همین شماره پیام بدهید.",
            ),
        ),
        "cancel_move": (
            "Move instead of cancel",
            ("{first} عزیز، روز دیگری برایتان بهتر نیست؟ می‌توانیم به جای لغو، وقت را جابه‌جا کنیم.",),
        ),
        "complaint_sorry": (
            "Apologise and fix",
            (
                "{first} عزیز، واقعاً متأسفم.",
                "شما لایق خدمات بهتری هستید و می‌خواهم جبران کنم.",
                "اجازه می‌دهید تماس بگیرم؟",
            ),
        ),
        "question_check": ("Check and reply", ("~حتماً!", "{first} عزیز، بررسی می‌کنم و فوراً جواب می‌دهم.")),
        "access_noted": (
            "Acknowledge the note",
            ("~یادداشت کردم، ممنون!", "{first} عزیز، موقع آمدن حواسم هست."),
        ),
        "confirm_window": (
            "Confirm",
            ("~عالی، ممنون!", "{first} عزیز، بین {win_start} تا {win_end} می‌بینمتان."),
        ),
        "confirm_text_ahead": (
            "Text before arriving",
            ("~عالی، همه‌چیز هماهنگ است.", "وقتی راه افتادم پیام می‌دهم."),
        ),
        "thanks": (
            "You're welcome",
            ("~{first} عزیز، من هم ممنونم!", "~اگر کاری داشتید، همین‌جا پیام بدهید."),
        ),
        "limit_ack": (
            "Plan around it",
            (
                "ممنون که خبر دادید، {first}. برنامه‌ی بازدید را بر همین اساس تنظیم می‌کنم و اگر وقت تنگ شد، فوراً پیام می‌دهم.",
            ),
        ),
        "other_ack": (
            "Acknowledge",
            ("~{first} عزیز، ممنون که گفتید!", "~کار دیگری هست که بتوانم انجام بدهم؟"),
        ),
        "emergency_safety": ("Safety first", ("{first} عزیز، الان نگران وقت ملاقات نباشید.", "{safety}")),
        "emergency_call": (
            "Call now",
            ("{first} عزیز، همین الان با شما تماس می‌گیرم. وقتی در جای امنی بودید جواب بدهید.",),
        ),
        "cancel_offer": (
            "Offer to cancel",
            ("{first} عزیز، اگر ترجیح می‌دهید وقت را لغو کنید، فقط بگویید تا انجامش بدهم.",),
        ),
        "unsure_call_check": (
            "Call to check",
            ("{first} عزیز، همین الان تماس می‌گیرم تا مطمئن شوم همه‌چیز رو به راه است.",),
        ),
        "unsure_ask_which": (
            "Ask to be sure",
            ("{first} عزیز، برای اینکه مطمئن شوم: منظورتان این است که {meant}، یا اینکه {meant_else}؟",),
        ),
        "unsure_ask_one": (
            "Ask to be sure",
            ("{first} عزیز، برای اینکه مطمئن شوم: منظورتان این است که {meant}؟",),
        ),
        "unsure_ask_more": (
            "Ask to be sure",
            ("{first} عزیز، برای اینکه مطمئن شوم: می‌شود کمی بیشتر توضیح بدهید؟",),
        ),
        "call_me": ("Call me", ("{first} عزیز، تلفنی راحت‌تر است؟ همین الان می‌توانم تماس بگیرم.",)),
        "wrong_number_check": (
            "Check the number",
            (
                "ببخشید که مزاحم شدیم! فقط برای اطمینان: این شماره‌ی {named} است؟ اگر نیست، همین الان از فهرستمان حذفش می‌کنیم.",
            ),
        ),
        "wrong_number_sorry": (
            "Sorry, wrong number",
            ("ببخشید بابت اشتباه، و ممنون که خبر دادید!", "فهرستمان را اصلاح می‌کنیم."),
        ),
    },
    "am": {  # Amharic
        "late_start_here": (
            "Start outside while I wait",
            ("{opener}", "እስኪመጡ ድረስ ያለእርስዎ መስራት የሚቻለውን ስራ እጀምራለሁ፤ ጊዜ እንቆጥባለን።", "?በ{arrival} አካባቢ እንገናኝ።"),
        ),
        "late_start_coming": (
            "Start when I arrive",
            ("{opener}", "ስደርስ ያለእርስዎ መስራት የሚቻለውን እጀምራለሁ፤ የቀረውን ሲመለሱ አብረን እንሰራለን።"),
        ),
        "late_wait_known": (
            "Wait for you",
            ("ስለነገሩኝ አመሰግናለሁ፣ {first}።", "በ{arrival} አካባቢ እጠብቅዎታለሁ።", "?አይቸኩሉ፣ በጥንቃቄ ይምጡ።"),
        ),
        "late_wait_open": ("Wait for you", ("ስለነገሩኝ አመሰግናለሁ፣ {first}።", "እጠብቅዎታለሁ። ሲቃረቡ መልእክት ይላኩልኝ።")),
        "late_other_day": ("Move to another day", ("ሌላ ቀን ይበልጥ የሚመችዎ ከሆነ፣ {first}፣ ቀጠሮውን በደስታ እንቀይራለን።",)),
        "arrived_here": ("Coming to the door", ("~በጣም ጥሩ፣ {first}!", "አሁን ወደ በሩ እየመጣሁ ነው።")),
        "where_eta": ("Give my ETA", ("ስላስጠበቅኩዎ ይቅርታ፣ {first}!", "በመንገድ ላይ ነኝ፤ በ{eta} አካባቢ እደርሳለሁ።")),
        "where_sorry": (
            "Apologise and update",
            ("በጣም ይቅርታ፣ {first}።", "ዘግይቻለሁ፣ ግን በእርግጠኝነት እመጣለሁ። ስቃረብ ወዲያውኑ መልእክት እልክልዎታለሁ።"),
        ),
        "where_still_coming": ("Still coming", ("~እርግጥ ነው፣ {first}!", "አሁንም እመጣለሁ፤ ስቃረብ መልእክት እልክልዎታለሁ።")),
        "resched_ask": ("Ask what works", ("{resched_opener}", "የትኛው ቀንና ሰዓት ይመችዎታል?")),
        "cancel_done": (
            "Cancel it",
            ("ተከናውኗል፣ {first}፦ ቀጠሮዎ ተሰርዟል።", "ስለነገሩን እናመሰግናለን። ሲፈልጉን በዚህ ቁጥር መልእክት ይላኩ።"),
        ),
        "cancel_move": ("Move instead of cancel", ("ሌላ ቀን ይሻልዎታል፣ {first}? ከመሰረዝ ይልቅ ቀጠሮውን መቀየር እንችላለን።",)),
        "complaint_sorry": (
            "Apologise and fix",
            ("በጣም ይቅርታ፣ {first}።", "ይህ የሚገባዎት አገልግሎት አይደለም፤ ላስተካክለው እፈልጋለሁ።", "ልደውልልዎት?"),
        ),
        "question_check": ("Check and reply", ("~በደስታ!", "አጣርቼ ወዲያውኑ እመልስልዎታለሁ፣ {first}።")),
        "access_noted": ("Acknowledge the note", ("~ተመዝግቧል፣ አመሰግናለሁ!", "ስመጣ አስታውሰዋለሁ፣ {first}።")),
        "confirm_window": (
            "Confirm",
            ("~በጣም ጥሩ፣ አመሰግናለሁ!", "ከ{win_start} እስከ {win_end} ባለው ጊዜ እንገናኝ፣ {first}።"),
        ),
        "confirm_text_ahead": ("Text before arriving", ("~ጥሩ፣ ሁሉም ተዘጋጅቷል።", "ስነሳ መልእክት እልክልዎታለሁ።")),
        "thanks": ("You're welcome", ("~እኔም አመሰግናለሁ፣ {first}!", "~የሚያስፈልግዎ ነገር ካለ እዚህ ይጻፉልኝ።")),
        "limit_ack": (
            "Plan around it",
            ("ስለነገሩኝ አመሰግናለሁ፣ {first}። ጉብኝቱን በዚሁ መሰረት አቅዳለሁ፤ ጊዜው ካጠረ ወዲያውኑ መልእክት እልካለሁ።",),
        ),
        "other_ack": ("Acknowledge", ("~ስለነገሩኝ አመሰግናለሁ፣ {first}!", "~ሌላ የምረዳዎት ነገር አለ?")),
        "emergency_safety": ("Safety first", ("{first}፣ አሁን ስለ ቀጠሮው አይጨነቁ።", "{safety}")),
        "emergency_call": ("Call now", ("አሁኑኑ እደውልልዎታለሁ፣ {first}። ደህንነቱ የተጠበቀ ቦታ ሲደርሱ ይመልሱ።",)),
        "cancel_offer": ("Offer to cancel", ("ቀጠሮውን መሰረዝ ከፈለጉ፣ {first}፣ ይንገሩኝ፤ እኔ አስተካክለዋለሁ።",)),
        "unsure_call_check": ("Call to check", ("{first}፣ ሁሉም ደህና መሆኑን ለማረጋገጥ አሁኑኑ እደውልልዎታለሁ።",)),
        "unsure_ask_which": ("Ask to be sure", ("ለማረጋገጥ ያህል፣ {first}፦ {meant} ማለትዎ ነው ወይስ {meant_else}?",)),
        "unsure_ask_one": ("Ask to be sure", ("ለማረጋገጥ ያህል፣ {first}፦ {meant} ማለትዎ ነው?",)),
        "unsure_ask_more": ("Ask to be sure", ("ለማረጋገጥ ያህል፣ {first}፦ ትንሽ ተጨማሪ ሊነግሩኝ ይችላሉ?",)),
        "call_me": ("Call me", ("በስልክ ማውራት ይቀልልዎታል፣ {first}? አሁኑኑ ልደውልልዎት እችላለሁ።",)),
        "wrong_number_check": (
            "Check the number",
            ("ስለረበሽንዎ ይቅርታ! ለማረጋገጥ ያህል፦ ይህ የ{named} ቁጥር ነው? ካልሆነ ወዲያውኑ ከመዝገባችን እናጠፋዋለን።",),
        ),
        "wrong_number_sorry": ("Sorry, wrong number", ("ለስህተቱ ይቅርታ፣ ስለነገሩን እናመሰግናለን!", "መዝገባችንን እናስተካክላለን።")),
    },
    "so": {  # Somali
        "late_start_here": (
            "Start outside while I wait",
            (
                "{opener}",
                "Inta aan ku sugayo, waxaan bilaabayaa shaqada aan adiga kuu baahnayn, si aan waqti u badbaadino.",
                "?Waan ku arki doonaa qiyaastii {arrival}.",
            ),
        ),
        "late_start_coming": (
            "Start when I arrive",
            (
                "{opener}",
                "Marka aan imaado, waxaan bilaabi doonaa shaqada aan adiga kuu baahnayn, inta kalena waan wada qabanaynaa markaad timaado.",
            ),
        ),
        "late_wait_known": (
            "Wait for you",
            (
                "Mahadsanid inaad ii sheegtay, {first}.",
                "Waan ku sugi doonaa qiyaastii {arrival}.",
                "?Ha degdegin, si nabad ah u imow.",
            ),
        ),
        "late_wait_open": (
            "Wait for you",
            (
                "Mahadsanid inaad ii sheegtay, {first}.",
                "Waan ku sugayaa. Fariin ii soo dir markaad soo dhowaato.",
            ),
        ),
        "late_other_day": (
            "Move to another day",
            ("Haddii maalin kale kuu fududahay, {first}, waan bedeli karnaa ballanta, dhib ma leh.",),
        ),
        "arrived_here": (
            "Coming to the door",
            ("~Waa wanaagsan, {first}!", "Hadda ayaan albaabka u imanayaa."),
        ),
        "where_eta": (
            "Give my ETA",
            ("Waan ka xumahay sugitaanka, {first}!", "Waan soo socdaa, waxaan imanayaa qiyaastii {eta}."),
        ),
        "where_sorry": (
            "Apologise and update",
            (
                "Aad baan uga xumahay, {first}.",
                "Waan daahay, laakiin weli waan imanayaa. Fariin ayaan kuu soo diri markaan soo dhowaado.",
            ),
        ),
        "where_still_coming": (
            "Still coming",
            ("~Haa, {first}!", "Weli waan imanayaa, fariin ayaan kuu soo diri markaan soo dhowaado."),
        ),
        "resched_ask": ("Ask what works", ("{resched_opener}", "Maalintee iyo saacaddee ayaa kuu fiican?")),
        "cancel_done": (
            "Cancel it",
            (
                "Waa la sameeyay, {first}: ballantaada waa la joojiyay.",
                "Mahadsanid inaad noo sheegtay. Lambarkan noogu soo qor markaad na u baahato.",
            ),
        ),
        "cancel_move": (
            "Move instead of cancel",
            (
                "Maalin kale ma kuu fiicnaan lahayd, {first}? Waan dib u dhigi karnaa halkii aan ka joojin lahayn.",
            ),
        ),
        "complaint_sorry": (
            "Apologise and fix",
            (
                "Aad baan uga xumahay, {first}.",
                "Tani ma aha adeegga aad mudan tahay, waxaanan rabaa inaan saxo.",
                "Ma ku soo wacaa?",
            ),
        ),
        "question_check": (
            "Check and reply",
            ("~Hagaag!", "Waan hubinayaa oo isla markiiba waan kuu jawaabayaa, {first}."),
        ),
        "access_noted": (
            "Acknowledge the note",
            ("~Waan qoray, mahadsanid!", "Waan xusuusan doonaa markaan imaado, {first}."),
        ),
        "confirm_window": (
            "Confirm",
            (
                "~Fiican, mahadsanid!",
                "Waan ku arki doonaa inta u dhexeysa {win_start} iyo {win_end}, {first}.",
            ),
        ),
        "confirm_text_ahead": (
            "Text before arriving",
            ("~Fiican, wax walba waa diyaar.", "Fariin ayaan kuu soo diri markaan soo ambabaxo."),
        ),
        "thanks": (
            "You're welcome",
            ("~Adigaa mahadsan, {first}!", "~Haddii aad wax u baahato, halkan iigu soo qor."),
        ),
        "limit_ack": (
            "Plan around it",
            (
                "Mahadsanid ogeysiiska, {first}. Booqashada sidaas ayaan u qorsheyn doonaa, haddii waqtigu cidhiidhi noqdana isla markiiba fariin ayaan kuu soo diri doonaa.",
            ),
        ),
        "other_ack": (
            "Acknowledge",
            ("~Mahadsanid inaad ii sheegtay, {first}!", "~Wax kale ma jiraan aan kaa caawin karo?"),
        ),
        "emergency_safety": ("Safety first", ("{first}, hadda ha ka welwelin ballanta.", "{safety}")),
        "emergency_call": (
            "Call now",
            ("Hadda ayaan ku soo wacayaa, {first}. Fadlan ka jawaab markaad meel ammaan ah joogto.",),
        ),
        "cancel_offer": (
            "Offer to cancel",
            ("Haddii aad doorbidayso inaad ballanta joojiso, {first}, ii sheeg, anigaa qabanaya.",),
        ),
        "unsure_call_check": (
            "Call to check",
            ("{first}, hadda ayaan ku soo wacayaa si aan u hubiyo in wax walba fiican yihiin.",),
        ),
        "unsure_ask_which": (
            "Ask to be sure",
            ("Si aan u hubiyo, {first}: ma waxaad ula jeeddaa {meant}, mise {meant_else}?",),
        ),
        "unsure_ask_one": ("Ask to be sure", ("Si aan u hubiyo, {first}: ma waxaad ula jeeddaa {meant}?",)),
        "unsure_ask_more": (
            "Ask to be sure",
            ("Si aan u hubiyo, {first}: wax yar oo dheeraad ah ma ii sheegi kartaa?",),
        ),
        "call_me": (
            "Call me",
            ("Ma ku fududahay inaan telefoon ku wada hadalno, {first}? Hadda ayaan ku soo wici karaa.",),
        ),
        "wrong_number_check": (
            "Check the number",
            (
                "Ka raali noqo dhibaatada! Si aan u hubinno: lambarkan ma kan {named} baa? Haddii kale, hadda ayaan ka saaraynaa diiwaankayaga.",
            ),
        ),
        "wrong_number_sorry": (
            "Sorry, wrong number",
            ("Ka raali noqo khaladka, mahadsanid inaad noo sheegtay!", "Diiwaankayaga waan saxaynaa."),
        ),
    },
    "bn": {  # Bengali
        "late_start_here": (
            "Start outside while I wait",
            (
                "{opener}",
                "অপেক্ষার ফাঁকে আপনাকে ছাড়া যে কাজগুলো করা যায়, সেগুলো শুরু করে দিচ্ছি, তাতে সময় বাঁচবে।",
                "?{arrival} নাগাদ দেখা হচ্ছে।",
            ),
        ),
        "late_start_coming": (
            "Start when I arrive",
            ("{opener}", "পৌঁছে আপনাকে ছাড়া যে কাজগুলো করা যায় সেগুলো শুরু করব, বাকিটা আপনি ফিরলে একসাথে করব।"),
        ),
        "late_wait_known": (
            "Wait for you",
            ("জানানোর জন্য ধন্যবাদ, {first}।", "{arrival} নাগাদ আপনার জন্য অপেক্ষা করব।", "?তাড়াহুড়ো করবেন না, সাবধানে আসুন।"),
        ),
        "late_wait_open": (
            "Wait for you",
            ("জানানোর জন্য ধন্যবাদ, {first}।", "আমি অপেক্ষা করছি। কাছাকাছি এলে একটা মেসেজ দেবেন।"),
        ),
        "late_other_day": (
            "Move to another day",
            ("আর অন্য কোনো দিন সুবিধা হলে, {first}, অ্যাপয়েন্টমেন্ট বদলে দিতে পারি, কোনো সমস্যা নেই।",),
        ),
        "arrived_here": ("Coming to the door", ("~দারুণ, {first}!", "এখনই দরজার দিকে আসছি।")),
        "where_eta": ("Give my ETA", ("অপেক্ষা করানোর জন্য দুঃখিত, {first}!", "আমি রাস্তায় আছি, {eta} নাগাদ পৌঁছাব।")),
        "where_sorry": (
            "Apologise and update",
            ("সত্যিই দুঃখিত, {first}।", "একটু দেরি হচ্ছে, তবে আমি অবশ্যই আসছি। কাছাকাছি এলেই মেসেজ দেব।"),
        ),
        "where_still_coming": ("Still coming", ("~অবশ্যই, {first}!", "আমি আসছি, কাছাকাছি এলে মেসেজ দেব।")),
        "resched_ask": ("Ask what works", ("{resched_opener}", "কোন দিন আর কোন সময় আপনার সবচেয়ে সুবিধা?")),
        "cancel_done": (
            "Cancel it",
            (
                "হয়ে গেছে, {first}: আপনার অ্যাপয়েন্টমেন্ট বাতিল করা হয়েছে।",
                "জানানোর জন্য ধন্যবাদ। দরকার হলে এই নম্বরে মেসেজ করবেন।",
            ),
        ),
        "cancel_move": (
            "Move instead of cancel",
            ("অন্য কোনো দিন কি ভালো হবে, {first}? বাতিল না করে তারিখ বদলে দিতে পারি।",),
        ),
        "complaint_sorry": (
            "Apologise and fix",
            (
                "সত্যিই দুঃখিত, {first}।",
                "আপনার যে সেবা প্রাপ্য, এটা তা নয়, আমি বিষয়টা ঠিক করতে চাই।",
                "আপনাকে একটা ফোন করতে পারি?",
            ),
        ),
        "question_check": ("Check and reply", ("~অবশ্যই!", "আমি দেখে এখনই জানাচ্ছি, {first}।")),
        "access_noted": ("Acknowledge the note", ("~নোট করে নিলাম, ধন্যবাদ!", "আসার সময় মনে রাখব, {first}।")),
        "confirm_window": (
            "Confirm",
            ("~চমৎকার, ধন্যবাদ!", "{win_start} থেকে {win_end}-এর মধ্যে দেখা হচ্ছে, {first}।"),
        ),
        "confirm_text_ahead": ("Text before arriving", ("~চমৎকার, সব ঠিকঠাক।", "রওনা দিলে মেসেজ দেব।")),
        "thanks": ("You're welcome", ("~আপনাকেও ধন্যবাদ, {first}!", "~কিছু দরকার হলে এখানে মেসেজ করবেন।")),
        "limit_ack": (
            "Plan around it",
            (
                "আগে জানানোর জন্য ধন্যবাদ, {first}। সেই অনুযায়ী ভিজিটের পরিকল্পনা করব, আর সময় কম পড়লে সঙ্গে সঙ্গে মেসেজ করব।",
            ),
        ),
        "other_ack": ("Acknowledge", ("~জানানোর জন্য ধন্যবাদ, {first}!", "~আর কিছুতে সাহায্য করতে পারি?")),
        "emergency_safety": ("Safety first", ("{first}, এখন অ্যাপয়েন্টমেন্ট নিয়ে চিন্তা করবেন না।", "{safety}")),
        "emergency_call": ("Call now", ("এখনই আপনাকে ফোন করছি, {first}। নিরাপদ জায়গায় গিয়ে ফোনটা ধরবেন।",)),
        "cancel_offer": ("Offer to cancel", ("ভিজিট বাতিল করতে চাইলে, {first}, শুধু জানান, আমি ব্যবস্থা করে দেব।",)),
        "unsure_call_check": ("Call to check", ("{first}, সব ঠিক আছে কিনা দেখতে এখনই ফোন করছি।",)),
        "unsure_ask_which": (
            "Ask to be sure",
            ("নিশ্চিত হতে জিজ্ঞেস করছি, {first}: আপনি কি বলতে চাইছেন {meant}, নাকি {meant_else}?",),
        ),
        "unsure_ask_one": (
            "Ask to be sure",
            ("নিশ্চিত হতে জিজ্ঞেস করছি, {first}: আপনি কি বলতে চাইছেন {meant}?",),
        ),
        "unsure_ask_more": ("Ask to be sure", ("নিশ্চিত হতে জিজ্ঞেস করছি, {first}: আরেকটু খুলে বলবেন?",)),
        "call_me": ("Call me", ("ফোনে কথা বললে কি সুবিধা হবে, {first}? এখনই ফোন করতে পারি।",)),
        "wrong_number_check": (
            "Check the number",
            (
                "বিরক্ত করার জন্য দুঃখিত! শুধু নিশ্চিত হতে চাই: এটা কি {named}-এর নম্বর? না হলে এখনই আমাদের তালিকা থেকে সরিয়ে দেব।",
            ),
        ),
        "wrong_number_sorry": (
            "Sorry, wrong number",
            ("ভুলের জন্য দুঃখিত, জানানোর জন্য ধন্যবাদ!", "আমরা তালিকা ঠিক করে নিচ্ছি।"),
        ),
    },
    "pa": {  # Punjabi (Gurmukhi)
        "late_start_here": (
            "Start outside while I wait",
            (
                "{opener}",
                "ਤੁਹਾਡੀ ਉਡੀਕ ਦੌਰਾਨ, ਜਿਹੜਾ ਕੰਮ ਤੁਹਾਡੇ ਬਿਨਾਂ ਹੋ ਸਕਦਾ ਹੈ, ਉਹ ਸ਼ੁਰੂ ਕਰ ਦਿੰਦੇ ਹਾਂ, ਤਾਂ ਜੋ ਸਮਾਂ ਬਚੇ।",
                "?{arrival} ਦੇ ਕਰੀਬ ਮਿਲਦੇ ਹਾਂ।",
            ),
        ),
        "late_start_coming": (
            "Start when I arrive",
            ("{opener}", "ਪਹੁੰਚ ਕੇ ਤੁਹਾਡੇ ਬਿਨਾਂ ਹੋਣ ਵਾਲਾ ਕੰਮ ਸ਼ੁਰੂ ਕਰਾਂਗੇ, ਬਾਕੀ ਤੁਹਾਡੇ ਆਉਣ 'ਤੇ ਇਕੱਠੇ ਕਰ ਲਵਾਂਗੇ।"),
        ),
        "late_wait_known": (
            "Wait for you",
            ("ਦੱਸਣ ਲਈ ਧੰਨਵਾਦ, {first} ਜੀ।", "{arrival} ਦੇ ਕਰੀਬ ਤੁਹਾਡੀ ਉਡੀਕ ਕਰਾਂਗੇ।", "?ਕੋਈ ਕਾਹਲੀ ਨਹੀਂ, ਆਰਾਮ ਨਾਲ ਆਓ।"),
        ),
        "late_wait_open": (
            "Wait for you",
            ("ਦੱਸਣ ਲਈ ਧੰਨਵਾਦ, {first} ਜੀ।", "ਤੁਹਾਡੀ ਉਡੀਕ ਕਰਾਂਗੇ। ਨੇੜੇ ਪਹੁੰਚ ਕੇ ਇੱਕ ਮੈਸੇਜ ਕਰ ਦੇਣਾ।"),
        ),
        "late_other_day": (
            "Move to another day",
            ("ਜੇ ਕੋਈ ਹੋਰ ਦਿਨ ਠੀਕ ਰਹੇ, {first} ਜੀ, ਤਾਂ ਸਮਾਂ ਬਦਲ ਦਿੰਦੇ ਹਾਂ, ਕੋਈ ਗੱਲ ਨਹੀਂ।",),
        ),
        "arrived_here": ("Coming to the door", ("~ਵਧੀਆ, {first} ਜੀ!", "ਹੁਣੇ ਦਰਵਾਜ਼ੇ 'ਤੇ ਆਉਂਦੇ ਹਾਂ।")),
        "where_eta": (
            "Give my ETA",
            ("ਉਡੀਕ ਕਰਵਾਉਣ ਲਈ ਮਾਫ਼ੀ, {first} ਜੀ!", "ਰਸਤੇ ਵਿੱਚ ਹਾਂ, {eta} ਦੇ ਕਰੀਬ ਪਹੁੰਚ ਜਾਵਾਂਗੇ।"),
        ),
        "where_sorry": (
            "Apologise and update",
            ("ਬਹੁਤ ਮਾਫ਼ੀ, {first} ਜੀ।", "ਥੋੜ੍ਹੀ ਦੇਰ ਹੋ ਗਈ ਹੈ, ਪਰ ਜ਼ਰੂਰ ਆਵਾਂਗੇ। ਨੇੜੇ ਪਹੁੰਚ ਕੇ ਤੁਰੰਤ ਮੈਸੇਜ ਕਰਾਂਗੇ।"),
        ),
        "where_still_coming": ("Still coming", ("~ਬਿਲਕੁਲ, {first} ਜੀ!", "ਜ਼ਰੂਰ ਆਵਾਂਗੇ, ਨੇੜੇ ਪਹੁੰਚ ਕੇ ਮੈਸੇਜ ਕਰਾਂਗੇ।")),
        "resched_ask": ("Ask what works", ("{resched_opener}", "ਤੁਹਾਨੂੰ ਕਿਹੜਾ ਦਿਨ ਤੇ ਸਮਾਂ ਸਭ ਤੋਂ ਠੀਕ ਰਹੇਗਾ?")),
        "cancel_done": (
            "Cancel it",
            (
                "ਹੋ ਗਿਆ, {first} ਜੀ: ਤੁਹਾਡੀ ਮੁਲਾਕਾਤ ਰੱਦ ਕਰ ਦਿੱਤੀ ਗਈ ਹੈ।",
                "ਦੱਸਣ ਲਈ ਧੰਨਵਾਦ। ਜਦੋਂ ਵੀ ਲੋੜ ਹੋਵੇ, ਇਸ ਨੰਬਰ 'ਤੇ ਮੈਸੇਜ ਕਰ ਦੇਣਾ।",
            ),
        ),
        "cancel_move": (
            "Move instead of cancel",
            ("ਕੀ ਕੋਈ ਹੋਰ ਦਿਨ ਠੀਕ ਰਹੇਗਾ, {first} ਜੀ? ਰੱਦ ਕਰਨ ਦੀ ਥਾਂ ਸਮਾਂ ਬਦਲ ਸਕਦੇ ਹਾਂ।",),
        ),
        "complaint_sorry": (
            "Apologise and fix",
            (
                "ਬਹੁਤ ਮਾਫ਼ੀ, {first} ਜੀ।",
                "ਤੁਹਾਨੂੰ ਇਸ ਤੋਂ ਵਧੀਆ ਸੇਵਾ ਮਿਲਣੀ ਚਾਹੀਦੀ ਸੀ, ਅਤੇ ਅਸੀਂ ਇਸ ਨੂੰ ਠੀਕ ਕਰਨਾ ਚਾਹੁੰਦੇ ਹਾਂ।",
                "ਕੀ ਤੁਹਾਨੂੰ ਫ਼ੋਨ ਕਰਾਂ?",
            ),
        ),
        "question_check": ("Check and reply", ("~ਜ਼ਰੂਰ!", "ਪਤਾ ਕਰਕੇ ਹੁਣੇ ਜਵਾਬ ਦਿੰਦੇ ਹਾਂ, {first} ਜੀ।")),
        "access_noted": (
            "Acknowledge the note",
            ("~ਨੋਟ ਕਰ ਲਿਆ, ਧੰਨਵਾਦ!", "ਆਉਣ ਵੇਲੇ ਇਸ ਦਾ ਧਿਆਨ ਰੱਖਾਂਗੇ, {first} ਜੀ।"),
        ),
        "confirm_window": (
            "Confirm",
            ("~ਵਧੀਆ, ਧੰਨਵਾਦ!", "{win_start} ਤੋਂ {win_end} ਦੇ ਵਿਚਕਾਰ ਮਿਲਦੇ ਹਾਂ, {first} ਜੀ।"),
        ),
        "confirm_text_ahead": ("Text before arriving", ("~ਵਧੀਆ, ਸਭ ਤੈਅ ਹੈ।", "ਨਿਕਲਣ ਵੇਲੇ ਮੈਸੇਜ ਕਰ ਦੇਵਾਂਗੇ।")),
        "thanks": ("You're welcome", ("~ਤੁਹਾਡਾ ਵੀ ਧੰਨਵਾਦ, {first} ਜੀ!", "~ਕੋਈ ਵੀ ਗੱਲ ਹੋਵੇ, ਇੱਥੇ ਮੈਸੇਜ ਕਰ ਦੇਣਾ।")),
        "limit_ack": (
            "Plan around it",
            (
                "ਦੱਸਣ ਲਈ ਧੰਨਵਾਦ, {first} ਜੀ। ਵਿਜ਼ਿਟ ਉਸੇ ਹਿਸਾਬ ਨਾਲ ਰੱਖੀ ਜਾਵੇਗੀ, ਅਤੇ ਜੇ ਸਮਾਂ ਘੱਟ ਪਿਆ ਤਾਂ ਤੁਹਾਨੂੰ ਫ਼ੌਰਨ ਮੈਸੇਜ ਭੇਜਿਆ ਜਾਵੇਗਾ।",
            ),
        ),
        "other_ack": ("Acknowledge", ("~ਦੱਸਣ ਲਈ ਧੰਨਵਾਦ, {first} ਜੀ!", "~ਹੋਰ ਕੋਈ ਮਦਦ ਚਾਹੀਦੀ ਹੈ?")),
        "emergency_safety": ("Safety first", ("{first} ਜੀ, ਹੁਣ ਮੁਲਾਕਾਤ ਦੀ ਚਿੰਤਾ ਨਾ ਕਰੋ।", "{safety}")),
        "emergency_call": ("Call now", ("ਹੁਣੇ ਤੁਹਾਨੂੰ ਫ਼ੋਨ ਕਰਦੇ ਹਾਂ, {first} ਜੀ। ਸੁਰੱਖਿਅਤ ਥਾਂ 'ਤੇ ਪਹੁੰਚ ਕੇ ਫ਼ੋਨ ਚੁੱਕ ਲੈਣਾ।",)),
        "cancel_offer": (
            "Offer to cancel",
            ("ਜੇ ਤੁਸੀਂ ਮੁਲਾਕਾਤ ਰੱਦ ਕਰਨਾ ਚਾਹੁੰਦੇ ਹੋ, {first} ਜੀ, ਤਾਂ ਬੱਸ ਦੱਸ ਦਿਓ, ਅਸੀਂ ਕਰ ਦੇਵਾਂਗੇ।",),
        ),
        "unsure_call_check": ("Call to check", ("{first} ਜੀ, ਸਭ ਠੀਕ ਹੈ ਇਹ ਪੱਕਾ ਕਰਨ ਲਈ ਹੁਣੇ ਫ਼ੋਨ ਕਰਦੇ ਹਾਂ।",)),
        "unsure_ask_which": (
            "Ask to be sure",
            ("ਪੱਕਾ ਕਰਨ ਲਈ, {first} ਜੀ: ਕੀ ਤੁਹਾਡਾ ਮਤਲਬ ਹੈ ਕਿ {meant}, ਜਾਂ ਕਿ {meant_else}?",),
        ),
        "unsure_ask_one": ("Ask to be sure", ("ਪੱਕਾ ਕਰਨ ਲਈ, {first} ਜੀ: ਕੀ ਤੁਹਾਡਾ ਮਤਲਬ ਹੈ ਕਿ {meant}?",)),
        "unsure_ask_more": ("Ask to be sure", ("ਪੱਕਾ ਕਰਨ ਲਈ, {first} ਜੀ: ਥੋੜ੍ਹਾ ਹੋਰ ਦੱਸ ਸਕਦੇ ਹੋ?",)),
        "call_me": ("Call me", ("ਫ਼ੋਨ 'ਤੇ ਗੱਲ ਕਰਨੀ ਸੌਖੀ ਰਹੇਗੀ, {first} ਜੀ? ਹੁਣੇ ਫ਼ੋਨ ਕਰ ਸਕਦੇ ਹਾਂ।",)),
        "wrong_number_check": (
            "Check the number",
            (
                "ਤਕਲੀਫ਼ ਲਈ ਮਾਫ਼ੀ! ਬੱਸ ਪੱਕਾ ਕਰਨ ਲਈ: ਕੀ ਇਹ {named} ਜੀ ਦਾ ਨੰਬਰ ਹੈ? ਜੇ ਨਹੀਂ, ਤਾਂ ਅਸੀਂ ਇਸ ਨੂੰ ਹੁਣੇ ਆਪਣੇ ਰਿਕਾਰਡ ਤੋਂ ਹਟਾ ਦੇਵਾਂਗੇ।",
            ),
        ),
        "wrong_number_sorry": (
            "Sorry, wrong number",
            ("ਗ਼ਲਤੀ ਲਈ ਮਾਫ਼ੀ, ਅਤੇ ਦੱਸਣ ਲਈ ਧੰਨਵਾਦ!", "ਅਸੀਂ ਆਪਣਾ ਰਿਕਾਰਡ ਠੀਕ ਕਰ ਲਵਾਂਗੇ।"),
        ),
    },
    "th": {  # Thai
        "late_start_here": (
            "Start outside while I wait",
            (
                "{opener}",
                "ระหว่างรอจะเริ่มงานส่วนที่ไม่ต้องมีคุณอยู่ไปก่อน จะได้ประหยัดเวลาครับ/ค่ะ",
                "?เจอกันประมาณ {arrival}",
            ),
        ),
        "late_start_coming": (
            "Start when I arrive",
            ("{opener}", "ไปถึงแล้วจะเริ่มงานส่วนที่ไม่ต้องมีคุณอยู่ก่อน ส่วนที่เหลือค่อยทำด้วยกันตอนคุณกลับมาครับ/ค่ะ"),
        ),
        "late_wait_known": (
            "Wait for you",
            ("คุณ{first} ขอบคุณที่แจ้งให้ทราบครับ/ค่ะ", "จะรอประมาณ {arrival}", "?ไม่ต้องรีบ เดินทางปลอดภัยนะ"),
        ),
        "late_wait_open": (
            "Wait for you",
            ("คุณ{first} ขอบคุณที่แจ้งให้ทราบครับ/ค่ะ", "จะรออยู่ ใกล้ถึงแล้วส่งข้อความมาบอกได้เลย"),
        ),
        "late_other_day": ("Move to another day", ("คุณ{first} ถ้าวันอื่นสะดวกกว่า เลื่อนนัดได้เลย ไม่มีปัญหาครับ/ค่ะ",)),
        "arrived_here": ("Coming to the door", ("~ดีเลย คุณ{first}!", "กำลังไปที่ประตูครับ/ค่ะ")),
        "where_eta": ("Give my ETA", ("คุณ{first} ขอโทษที่ให้รอนะครับ/คะ", "ตอนนี้อยู่ระหว่างทาง จะถึงประมาณ {eta}")),
        "where_sorry": (
            "Apologise and update",
            ("คุณ{first} ต้องขออภัยที่ล่าช้าครับ/ค่ะ", "ยังไปแน่นอน ใกล้ถึงแล้วจะส่งข้อความบอกทันที"),
        ),
        "where_still_coming": (
            "Still coming",
            ("~ได้เลย คุณ{first}!", "ยังไปแน่นอนครับ/ค่ะ ใกล้ถึงแล้วจะส่งข้อความบอก"),
        ),
        "resched_ask": ("Ask what works", ("{resched_opener}", "วันไหนเวลาไหนสะดวกที่สุดครับ/คะ")),
        "cancel_done": (
            "Cancel it",
            ("คุณ{first} ยกเลิกนัดให้เรียบร้อยแล้วครับ/ค่ะ", "ขอบคุณที่แจ้ง ถ้าต้องการใช้บริการ ส่งข้อความมาที่เบอร์นี้ได้เลย"),
        ),
        "cancel_move": (
            "Move instead of cancel",
            ("คุณ{first} เปลี่ยนเป็นวันอื่นจะสะดวกกว่าไหมครับ/คะ เลื่อนนัดแทนการยกเลิกก็ได้",),
        ),
        "complaint_sorry": (
            "Apologise and fix",
            ("คุณ{first} ขอโทษจริงๆ ครับ/ค่ะ", "นี่ไม่ใช่บริการที่คุณควรได้รับ และอยากแก้ไขให้ถูกต้อง", "ขอโทรหาได้ไหม"),
        ),
        "question_check": ("Check and reply", ("~ยินดีครับ/ค่ะ!", "คุณ{first} ขอตรวจสอบแล้วจะตอบกลับทันที")),
        "access_noted": ("Acknowledge the note", ("~รับทราบ ขอบคุณครับ/ค่ะ!", "คุณ{first} จะจำไว้ตอนไปถึง")),
        "confirm_window": (
            "Confirm",
            ("~เยี่ยมเลย ขอบคุณครับ/ค่ะ!", "คุณ{first} เจอกันช่วง {win_start} ถึง {win_end}"),
        ),
        "confirm_text_ahead": ("Text before arriving", ("~เรียบร้อยครับ/ค่ะ", "ออกเดินทางเมื่อไหร่จะส่งข้อความบอก")),
        "thanks": ("You're welcome", ("~คุณ{first} ขอบคุณเช่นกันครับ/ค่ะ!", "~มีอะไรส่งข้อความมาที่นี่ได้เลย")),
        "limit_ack": (
            "Plan around it",
            ("คุณ{first} ขอบคุณที่แจ้งล่วงหน้านะครับ/ค่ะ จะวางแผนการเข้าไปตามนั้น และถ้าเวลาเริ่มกระชั้นจะส่งข้อความแจ้งทันที",),
        ),
        "other_ack": ("Acknowledge", ("~คุณ{first} รับทราบครับ/ค่ะ ขอบคุณที่บอกนะ!", "~มีอะไรให้ช่วยอีกไหม")),
        "emergency_safety": ("Safety first", ("คุณ{first} ตอนนี้ไม่ต้องห่วงเรื่องนัดครับ/ค่ะ", "{safety}")),
        "emergency_call": ("Call now", ("คุณ{first} จะโทรหาเดี๋ยวนี้ครับ/ค่ะ รับสายเมื่ออยู่ในที่ปลอดภัยแล้วนะ",)),
        "cancel_offer": ("Offer to cancel", ("คุณ{first} ถ้าอยากยกเลิกนัด บอกได้เลย เดี๋ยวจัดการให้ครับ/ค่ะ",)),
        "unsure_call_check": ("Call to check", ("คุณ{first} ขอโทรไปเช็กตอนนี้เลยนะครับ/คะ ว่าทุกอย่างเรียบร้อยดี",)),
        "unsure_ask_which": (
            "Ask to be sure",
            ("คุณ{first} ขอถามให้แน่ใจ หมายถึง{meant} หรือ{meant_else}ครับ/คะ",),
        ),
        "unsure_ask_one": ("Ask to be sure", ("คุณ{first} ขอถามให้แน่ใจ หมายถึง{meant}ใช่ไหมครับ/คะ",)),
        "unsure_ask_more": ("Ask to be sure", ("คุณ{first} ขอถามให้แน่ใจ ช่วยเล่าเพิ่มอีกนิดได้ไหมครับ/คะ",)),
        "call_me": ("Call me", ("คุณ{first} คุยทางโทรศัพท์จะสะดวกกว่าไหมครับ/คะ โทรหาได้เลยตอนนี้",)),
        "wrong_number_check": (
            "Check the number",
            ("ขอโทษที่รบกวนครับ/ค่ะ! ขอถามให้แน่ใจ เบอร์นี้เป็นของคุณ{named}ใช่ไหม ถ้าไม่ใช่ จะลบออกจากระบบทันที",),
        ),
        "wrong_number_sorry": ("Sorry, wrong number", ("ขอโทษที่ส่งผิด และขอบคุณที่แจ้งครับ/ค่ะ!", "จะแก้ไขข้อมูลในระบบ")),
    },
}
# issue 13, h13phrase12: Russian, Arabic, Hindi (and Hindi/Urdu in Latin letters), Urdu, Polish, Dutch,
# Haitian Creole and Indonesian/Malay, each key labelled as the reference book labels it.
SHORT_BOOKS |= {
    language: {key: (SHORT_BOOKS["fr"][key][0], sentences) for key, sentences in book.items()}
    for language, book in _more.BOOKS.items()
}
REPLIES |= SHORT_BOOKS
# Safety advice for a language the hazard's own advice (messaging/hazards.py) is not written in:
# one step that fits every hazard, rather than English in the middle of a reply.
GENERIC_SAFETY = {
    "pt": "Por favor, leve todo mundo para um lugar seguro agora e ligue para o 911 se alguém estiver em perigo.",
    "de": "Bitte bringen Sie alle sofort in Sicherheit und rufen Sie die 911, wenn jemand in Gefahr ist.",
    "it": "Per favore porti subito tutti in un posto sicuro e chiami il 911 se qualcuno è in pericolo.",
    "vi": "Anh/chị đưa mọi người ra chỗ an toàn ngay và gọi 911 nếu có ai gặp nguy hiểm nhé.",
    "tl": "Pakidala po agad ang lahat sa ligtas na lugar, at tumawag sa 911 kung may nasa panganib.",
    "zh": "请马上带大家到安全的地方，如果有人有危险，请立刻拨打911。",
    "ko": "지금 바로 모두 안전한 곳으로 대피하시고, 위험한 분이 있으면 911에 전화하세요.",
    "ja": "今すぐ皆さんで安全な場所に避難し、危険な状態の方がいれば911に電話してください。",
    "el": "Παρακαλώ βγάλτε όλους αμέσως σε ασφαλές σημείο και καλέστε το 911 αν κάποιος κινδυνεύει.",
    "uk": "Будь ласка, негайно виведіть усіх у безпечне місце і телефонуйте 911, якщо комусь загрожує небезпека.",
    "tr": "Lütfen hemen herkesi güvenli bir yere çıkarın ve tehlikede olan biri varsa 911'i arayın.",
    "he": "בבקשה להוציא את כולם מיד למקום בטוח ולהתקשר ל-911 אם מישהו בסכנה.",
    "fa": "لطفاً همین الان همه را به جای امنی ببرید و اگر کسی در خطر است با 911 تماس بگیرید.",
    "am": "እባክዎ ሁሉንም ሰው አሁኑኑ ደህንነቱ ወደተጠበቀ ቦታ ይውሰዱ፤ አደጋ ላይ ያለ ሰው ካለ 911 ይደውሉ።",
    "so": "Fadlan qof walba hadda u gee meel ammaan ah, oo wac 911 haddii qof khatar ku jiro.",
    "bn": "দয়া করে এখনই সবাইকে নিরাপদ জায়গায় নিয়ে যান, আর কেউ বিপদে থাকলে 911-এ ফোন করুন।",
    "pa": "ਕਿਰਪਾ ਕਰਕੇ ਹੁਣੇ ਸਭ ਨੂੰ ਸੁਰੱਖਿਅਤ ਥਾਂ 'ਤੇ ਲੈ ਜਾਓ, ਅਤੇ ਜੇ ਕੋਈ ਖ਼ਤਰੇ ਵਿੱਚ ਹੈ ਤਾਂ 911 'ਤੇ ਫ਼ੋਨ ਕਰੋ।",
    "th": "กรุณาพาทุกคนไปอยู่ในที่ปลอดภัยทันที และโทร 911 หากมีใครตกอยู่ในอันตราย",
}
GENERIC_SAFETY |= _more.GENERIC_SAFETY
# Sentences follow one another without a space in Chinese ("没关系！我先…").
SENTENCE_JOINERS = {"zh": "", "ja": ""}

# The short books' key that answers a key they leave out (None: nothing in that family fits).
STAND_INS: dict[str, str | None] = {
    # a time that bounds the visit ("I have to leave by 4"), acknowledged plainly where no book says it
    "limit_ack": "other_ack",
    "late_later_today": None,
    "late_take_offer": "late_wait_known",
    "late_take_offer_open": "late_wait_open",
    "arrived_ready": "arrived_here",
    "arrived_find": "call_me",
    "arrived_coming_eta": "where_eta",
    "arrived_coming": "where_still_coming",
    "arrived_soon": "confirm_text_ahead",
    "arrived_early": "confirm_text_ahead",
    "arrived_window": "confirm_window",
    "arrived_text_ahead": "confirm_text_ahead",
    "where_behind": "where_sorry",
    "where_window_passed": "where_sorry",
    "where_missed": "where_sorry",
    "where_coming": "where_still_coming",
    "where_before_window": "where_still_coming",
    "where_in_window": "where_still_coming",
    "where_in_window_sorry": "where_still_coming",
    "where_return": "call_me",
    "where_return_sorry": "complaint_sorry",
    "where_text_close": "confirm_text_ahead",
    "where_other_day": "late_other_day",
    "where_ask_day": "resched_ask",
    "where_here": "arrived_here",
    "offered_check": "resched_ask",
    "resched_check": "resched_ask",
    "resched_too_late": "resched_ask",
    "resched_too_early": "resched_ask",
    "resched_closed_day": "resched_ask",
    "resched_not_today": "resched_ask",
    "resched_other_options": "call_me",
    "resched_start_here": None,
    "cancel_sorry": "cancel_done",
    "cancel_hard_times": "cancel_done",
    "cancel_still_coming": "cancel_move",
    "cancel_farewell": None,
    "late_wait_soon": "late_wait_open",
    "complaint_return": "complaint_sorry",
    "complaint_manager": "call_me",
    "complaint_refund": "complaint_sorry",
    "question_need_none": "question_check",
    "question_need_part": "question_check",
    "question_need_all": "question_check",
    "question_duration": "question_check",
    "question_price": "question_check",
    "question_warranty": "question_check",
    "question_cancel_rule": "question_check",
    "access_noted_here": "access_noted",
    "access_noted_later": "access_noted",
    "access_see_you_eta": "where_eta",
    "access_see_you_window": "confirm_window",
    "access_anything_else": "other_ack",
    "thanks_done": "thanks",
    "thanks_soon": "thanks",
    "thanks_anytime": "other_ack",
    "emergency_coming": "emergency_call",
    "emergency_coming_eta": "emergency_call",
    "unsure_call_first": "emergency_safety",
    "unsure_call_check": "emergency_call",
    "help_who": "call_me",
    "help_stop": "call_me",
    "opt_in_back": "other_ack",
    "wrong_number_stop": "wrong_number_sorry",
}

READINGS_MEANT: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {
        "emergency": ("something is unsafe at home right now",),
        "cancel": ("you'd like to cancel your visit {win_day}", "you'd like to cancel your visit"),
        "reschedule": (
            "you'd like to move your visit to {req}",
            "you'd like to move your visit to another time",
        ),
        "running_late": ("you'll be home around {arrival}", "you're running late"),
        "customer_arrived": ("you're home now",),
        "where_is_tech": ("you'd like to know when I'll get there",),
        "complaint": ("you're unhappy with how things went",),
        "access_info": ("that's something I should know for the visit",),
        "confirm": (
            "your visit {win_day} between {win_start} and {win_end} still works for you",
            "your visit still works for you",
        ),
        "wrong_number": ("this text reached the wrong person",),
    },
    "es": {
        "emergency": ("hay algo peligroso en su casa ahora mismo",),
        "cancel": ("desea cancelar su visita {win_day}", "desea cancelar su visita"),
        "reschedule": ("desea cambiar su visita para {req}", "desea cambiar su visita a otro horario"),
        "running_late": ("llega como a {arrival}", "va a llegar tarde"),
        "customer_arrived": ("ya está en casa",),
        "where_is_tech": ("quiere saber cuándo llego",),
        "complaint": ("algo no salió como esperaba",),
        "access_info": ("es algo que debo saber para la visita",),
        "confirm": (
            "su visita {win_day} entre {win_start} y {win_end} le sigue quedando bien",
            "su visita le sigue quedando bien",
        ),
        "wrong_number": ("este mensaje le llegó por error",),
    },
    "fr": {
        "emergency": ("qu'il y a un danger chez vous en ce moment",),
        "cancel": ("que vous voulez annuler le rendez-vous",),
        "reschedule": ("que vous voulez déplacer le rendez-vous",),
        "running_late": ("que vous serez là vers {arrival}", "que vous serez en retard"),
        "customer_arrived": ("que vous êtes à la maison maintenant",),
        "where_is_tech": ("que vous voulez savoir quand j'arrive",),
        "complaint": ("que quelque chose ne s'est pas bien passé",),
        "access_info": ("que c'est une chose à savoir pour la visite",),
        "confirm": ("que le rendez-vous vous convient toujours",),
        "wrong_number": ("que ce message n'était pas pour vous",),
    },
    "pt": {
        "emergency": ("que tem algo perigoso na sua casa agora",),
        "cancel": ("que quer cancelar a visita",),
        "reschedule": ("que quer remarcar a visita",),
        "running_late": ("que chega lá pelas {arrival}", "que vai se atrasar"),
        "customer_arrived": ("que já está em casa",),
        "where_is_tech": ("que quer saber quando eu chego",),
        "complaint": ("que algo não saiu como você esperava",),
        "access_info": ("que é algo que preciso saber para a visita",),
        "confirm": ("que a visita continua boa pra você",),
        "wrong_number": ("que essa mensagem chegou por engano",),
    },
    "de": {
        "emergency": ("dass bei Ihnen gerade etwas gefährlich ist",),
        "cancel": ("dass Sie den Termin absagen möchten",),
        "reschedule": ("dass Sie den Termin verschieben möchten",),
        "running_late": ("dass Sie gegen {arrival} da sind", "dass Sie sich verspäten"),
        "customer_arrived": ("dass Sie jetzt zu Hause sind",),
        "where_is_tech": ("dass Sie wissen möchten, wann ich komme",),
        "complaint": ("dass etwas nicht so gelaufen ist, wie es sollte",),
        "access_info": ("dass ich das für den Termin wissen sollte",),
        "confirm": ("dass der Termin für Sie noch passt",),
        "wrong_number": ("dass diese Nachricht nicht für Sie war",),
    },
    "it": {
        "emergency": ("che c'è qualcosa di pericoloso in casa adesso",),
        "cancel": ("che vuole annullare la visita",),
        "reschedule": ("che vuole spostare la visita",),
        "running_late": ("che arriva verso le {arrival}", "che è in ritardo"),
        "customer_arrived": ("che adesso è a casa",),
        "where_is_tech": ("che vuole sapere quando arrivo",),
        "complaint": ("che qualcosa non è andato come doveva",),
        "access_info": ("che è una cosa da sapere per la visita",),
        "confirm": ("che la visita Le va ancora bene",),
        "wrong_number": ("che questo messaggio non era per Lei",),
    },
    "vi": {
        "emergency": ("đang có gì nguy hiểm ở nhà",),
        "cancel": ("anh/chị muốn hủy lịch hẹn",),
        "reschedule": ("anh/chị muốn dời lịch hẹn",),
        "running_late": ("anh/chị sẽ về khoảng {arrival}", "anh/chị sẽ về trễ"),
        "customer_arrived": ("anh/chị đã về nhà rồi",),
        "where_is_tech": ("anh/chị muốn biết khi nào em tới",),
        "complaint": ("có chuyện chưa được như ý",),
        "access_info": ("đó là điều em cần biết cho buổi hẹn",),
        "confirm": ("lịch hẹn vẫn tiện cho anh/chị",),
        "wrong_number": ("tin nhắn này gửi nhầm người",),
    },
    "tl": {
        "emergency": ("may delikado sa bahay ninyo ngayon",),
        "cancel": ("gusto n'yong i-cancel ang appointment",),
        "reschedule": ("gusto n'yong ilipat ang appointment",),
        "running_late": ("nandiyan na kayo mga {arrival}", "male-late kayo"),
        "customer_arrived": ("nasa bahay na kayo",),
        "where_is_tech": ("gusto n'yong malaman kung kailan ako darating",),
        "complaint": ("may hindi naging maayos",),
        "access_info": ("may dapat akong malaman para sa visit",),
        "confirm": ("okay pa rin sa inyo ang appointment",),
        "wrong_number": ("napadala sa maling tao ang text na ito",),
    },
    "zh": {
        "emergency": ("家里现在有危险情况",),
        "cancel": ("想取消预约",),
        "reschedule": ("想改约时间",),
        "running_late": ("大概{arrival}到", "会晚一点到"),
        "customer_arrived": ("已经到家了",),
        "where_is_tech": ("想知道我什么时候到",),
        "complaint": ("有些地方让您不满意",),
        "access_info": ("这是这次上门需要知道的",),
        "confirm": ("预约时间对您还合适",),
        "wrong_number": ("这条短信发错人了",),
    },
    "ko": {
        "emergency": ("지금 집에 위험한 상황이 있다는",),
        "cancel": ("예약을 취소하고 싶으시다는",),
        "reschedule": ("예약을 변경하고 싶으시다는",),
        "running_late": ("{arrival}쯤 도착하신다는", "조금 늦으신다는"),
        "customer_arrived": ("지금 집에 계신다는",),
        "where_is_tech": ("제가 언제 도착하는지 궁금하시다는",),
        "complaint": ("뭔가 만족스럽지 않으셨다는",),
        "access_info": ("이번 방문에 알아야 할 내용이라는",),
        "confirm": ("예약이 여전히 괜찮으시다는",),
        "wrong_number": ("이 문자가 잘못 보내졌다는",),
    },
    "ja": {
        "emergency": ("今ご自宅で危険なことが起きている",),
        "cancel": ("ご予約をキャンセルしたい",),
        "reschedule": ("ご予約の日時を変更したい",),
        "running_late": ("{arrival}頃に着かれる", "少し遅れられる"),
        "customer_arrived": ("もうご自宅にいらっしゃる",),
        "where_is_tech": ("私がいつ着くか知りたい",),
        "complaint": ("ご満足いただけなかった",),
        "access_info": ("訪問の際に知っておくべきことがある",),
        "confirm": ("ご予約の時間で変わらず大丈夫",),
        "wrong_number": ("このメッセージが間違って届いた",),
    },
    "el": {
        "emergency": ("υπάρχει κάτι επικίνδυνο στο σπίτι αυτή τη στιγμή",),
        "cancel": ("θέλετε να ακυρώσετε το ραντεβού",),
        "reschedule": ("θέλετε να αλλάξετε το ραντεβού",),
        "running_late": ("θα είστε εκεί γύρω στις {arrival}", "θα αργήσετε λίγο"),
        "customer_arrived": ("είστε στο σπίτι τώρα",),
        "where_is_tech": ("θέλετε να μάθετε πότε θα έρθω",),
        "complaint": ("κάτι δεν πήγε όπως έπρεπε",),
        "access_info": ("είναι κάτι που πρέπει να ξέρω για την επίσκεψη",),
        "confirm": ("το ραντεβού σας βολεύει ακόμα",),
        "wrong_number": ("το μήνυμα ήρθε σε λάθος άτομο",),
    },
    "uk": {
        "emergency": ("у вас удома зараз щось небезпечне",),
        "cancel": ("хочете скасувати візит",),
        "reschedule": ("хочете перенести візит",),
        "running_late": ("будете близько {arrival}", "трохи запізнитеся"),
        "customer_arrived": ("ви вже вдома",),
        "where_is_tech": ("хочете знати, коли я приїду",),
        "complaint": ("щось пішло не так",),
        "access_info": ("це мені треба знати для візиту",),
        "confirm": ("візит вам досі зручний",),
        "wrong_number": ("це повідомлення надійшло не тій людині",),
    },
    "tr": {
        "emergency": ("şu an evde tehlikeli bir durum olduğunu",),
        "cancel": ("randevuyu iptal etmek istediğinizi",),
        "reschedule": ("randevuyu değiştirmek istediğinizi",),
        "running_late": ("{arrival} gibi geleceğinizi", "biraz gecikeceğinizi"),
        "customer_arrived": ("şu an evde olduğunuzu",),
        "where_is_tech": ("ne zaman geleceğimi öğrenmek istediğinizi",),
        "complaint": ("bir şeylerin yolunda gitmediğini",),
        "access_info": ("bunun ziyaret için bilmem gereken bir şey olduğunu",),
        "confirm": ("randevunun hâlâ size uygun olduğunu",),
        "wrong_number": ("bu mesajın yanlış kişiye gittiğini",),
    },
    "he": {
        "emergency": ("יש משהו מסוכן בבית עכשיו",),
        "cancel": ("אתם רוצים לבטל את הביקור",),
        "reschedule": ("אתם רוצים להזיז את הביקור",),
        "running_late": ("תגיעו בסביבות {arrival}", "יש לכם עיכוב"),
        "customer_arrived": ("אתם כבר בבית",),
        "where_is_tech": ("אתם רוצים לדעת מתי אגיע",),
        "complaint": ("משהו לא הלך כמו שצריך",),
        "access_info": ("זה משהו שכדאי לי לדעת לקראת הביקור",),
        "confirm": ("הביקור עדיין מתאים לכם",),
        "wrong_number": ("ההודעה הגיעה אליכם בטעות",),
    },
    "fa": {
        "emergency": ("الان در خانه چیز خطرناکی هست",),
        "cancel": ("می‌خواهید وقت را لغو کنید",),
        "reschedule": ("می‌خواهید وقت را جابه‌جا کنید",),
        "running_late": ("حدود {arrival} می‌رسید", "کمی دیر می‌رسید"),
        "customer_arrived": ("الان خانه هستید",),
        "where_is_tech": ("می‌خواهید بدانید کی می‌رسم",),
        "complaint": ("چیزی آن‌طور که باید پیش نرفته",),
        "access_info": ("این را باید برای آمدن بدانم",),
        "confirm": ("وقت ملاقات هنوز برایتان مناسب است",),
        "wrong_number": ("این پیام اشتباهی به شما رسیده",),
    },
    "am": {
        "emergency": ("አሁን ቤት ውስጥ አደገኛ ነገር አለ",),
        "cancel": ("ቀጠሮውን መሰረዝ ይፈልጋሉ",),
        "reschedule": ("ቀጠሮውን መቀየር ይፈልጋሉ",),
        "running_late": ("በ{arrival} አካባቢ ይደርሳሉ", "ትንሽ ይዘገያሉ"),
        "customer_arrived": ("አሁን ቤት ነዎት",),
        "where_is_tech": ("መቼ እንደምደርስ ማወቅ ይፈልጋሉ",),
        "complaint": ("የሆነ ነገር እንደጠበቁት አልሄደም",),
        "access_info": ("ለጉብኝቱ ማወቅ ያለብኝ ነገር ነው",),
        "confirm": ("ቀጠሮው አሁንም ይመችዎታል",),
        "wrong_number": ("ይህ መልእክት በስህተት ደርሶዎታል",),
    },
    "so": {
        "emergency": ("in hadda guriga wax khatar ah ka jiraan",),
        "cancel": ("inaad rabto inaad ballanta joojiso",),
        "reschedule": ("inaad rabto inaad ballanta bedesho",),
        "running_late": ("inaad imanayso qiyaastii {arrival}", "inaad daahayso"),
        "customer_arrived": ("inaad hadda guriga joogto",),
        "where_is_tech": ("inaad rabto inaad ogaato goorta aan imanayo",),
        "complaint": ("in wax aan si fiican u dhicin",),
        "access_info": ("in ay tahay wax aan u baahanahay inaan ogaado booqashada",),
        "confirm": ("in ballantu weli kuu fiican tahay",),
        "wrong_number": ("in fariintan qof khaldan loo diray",),
    },
    "bn": {
        "emergency": ("যে এখন বাড়িতে বিপজ্জনক কিছু হচ্ছে",),
        "cancel": ("যে অ্যাপয়েন্টমেন্ট বাতিল করতে চান",),
        "reschedule": ("যে অ্যাপয়েন্টমেন্টের সময় বদলাতে চান",),
        "running_late": ("যে {arrival} নাগাদ পৌঁছাবেন", "যে একটু দেরি হবে"),
        "customer_arrived": ("যে এখন বাড়িতে আছেন",),
        "where_is_tech": ("যে আমি কখন পৌঁছাব জানতে চান",),
        "complaint": ("যে কিছু একটা ঠিকমতো হয়নি",),
        "access_info": ("যে এটা ভিজিটের জন্য আমার জানা দরকার",),
        "confirm": ("যে অ্যাপয়েন্টমেন্ট এখনও ঠিক আছে",),
        "wrong_number": ("যে মেসেজটা ভুল মানুষের কাছে গেছে",),
    },
    "pa": {
        "emergency": ("ਹੁਣ ਘਰ ਵਿੱਚ ਕੋਈ ਖ਼ਤਰੇ ਵਾਲੀ ਗੱਲ ਹੈ",),
        "cancel": ("ਤੁਸੀਂ ਮੁਲਾਕਾਤ ਰੱਦ ਕਰਨਾ ਚਾਹੁੰਦੇ ਹੋ",),
        "reschedule": ("ਤੁਸੀਂ ਮੁਲਾਕਾਤ ਦਾ ਸਮਾਂ ਬਦਲਣਾ ਚਾਹੁੰਦੇ ਹੋ",),
        "running_late": ("ਤੁਸੀਂ {arrival} ਦੇ ਕਰੀਬ ਪਹੁੰਚੋਗੇ", "ਤੁਹਾਨੂੰ ਥੋੜ੍ਹੀ ਦੇਰ ਹੋ ਜਾਵੇਗੀ"),
        "customer_arrived": ("ਤੁਸੀਂ ਹੁਣ ਘਰ ਹੋ",),
        "where_is_tech": ("ਤੁਸੀਂ ਜਾਣਨਾ ਚਾਹੁੰਦੇ ਹੋ ਕਿ ਅਸੀਂ ਕਦੋਂ ਪਹੁੰਚਾਂਗੇ",),
        "complaint": ("ਕੁਝ ਠੀਕ ਨਹੀਂ ਹੋਇਆ",),
        "access_info": ("ਇਹ ਮੁਲਾਕਾਤ ਲਈ ਜਾਣਨ ਵਾਲੀ ਗੱਲ ਹੈ",),
        "confirm": ("ਮੁਲਾਕਾਤ ਅਜੇ ਵੀ ਠੀਕ ਹੈ",),
        "wrong_number": ("ਇਹ ਮੈਸੇਜ ਗ਼ਲਤ ਬੰਦੇ ਨੂੰ ਚਲਾ ਗਿਆ",),
    },
    "th": {
        "emergency": ("ตอนนี้มีอะไรอันตรายที่บ้าน",),
        "cancel": ("อยากยกเลิกนัด",),
        "reschedule": ("อยากเลื่อนนัด",),
        "running_late": ("จะถึงประมาณ {arrival}", "จะมาช้าหน่อย"),
        "customer_arrived": ("ตอนนี้อยู่บ้านแล้ว",),
        "where_is_tech": ("อยากรู้ว่าจะไปถึงเมื่อไหร่",),
        "complaint": ("มีบางอย่างไม่เป็นอย่างที่ควร",),
        "access_info": ("เป็นเรื่องที่ควรรู้ก่อนไปถึง",),
        "confirm": ("นัดเดิมยังสะดวกอยู่",),
        "wrong_number": ("ข้อความนี้ส่งผิดคน",),
    },
}
READINGS_MEANT |= _more.READINGS_MEANT

# Openers for the first reply to a late customer: a plain one, and one for a customer already upset.
# The late replies' first sentence: "calm" for a plain delay, "upset" when the text complains, and
# "grave" when danger is a likely reading too ("I'm 20 mins away but water is pouring out under my
# door!!"): no "No worries!" beside what may be an emergency.
OPENERS: dict[str, dict[str, str]] = {
    "en": {
        "calm": "No worries, {first}!",
        "upset": "I'm so sorry about the wait, {first}.",
        "grave": "Thanks for letting me know, {first}.",
    },
    "es": {
        "calm": "¡No se preocupe, {first}!",
        "upset": "Lo siento mucho por la espera, {first}.",
        "grave": "Gracias por avisarme, {first}.",
    },
    "fr": {
        "calm": "Pas de souci, {first}!",
        "upset": "Je suis vraiment désolé pour l'attente, {first}.",
        "grave": "Merci de me prévenir, {first}.",
    },
    "pt": {
        "calm": "Sem problema, {first}!",
        "upset": "Sinto muito pela espera, {first}.",
        "grave": "Obrigado por avisar, {first}.",
    },
    "de": {
        "calm": "Kein Problem, {first}!",
        "upset": "Es tut mir sehr leid wegen der Wartezeit, {first}.",
        "grave": "Danke für die Nachricht, {first}.",
    },
    "it": {
        "calm": "Nessun problema, {first}!",
        "upset": "Mi dispiace molto per l'attesa, {first}.",
        "grave": "Grazie per avermi avvisato, {first}.",
    },
    "vi": {
        "calm": "Dạ không sao đâu, {first}!",
        "upset": "Em thành thật xin lỗi vì để anh/chị phải chờ, {first}.",
        "grave": "Dạ em cảm ơn anh/chị đã báo, {first}.",
    },
    "tl": {
        "calm": "Walang problema, {first}!",
        "upset": "Pasensya na po talaga sa paghihintay, {first}.",
        "grave": "Salamat po sa pagsabi, {first}.",
    },
    "zh": {
        "calm": "{first}，没关系！",
        "upset": "{first}，让您久等了，真的很抱歉。",
        "grave": "{first}，谢谢您告诉我。",
    },
    "ko": {
        "calm": "{first}님, 괜찮아요!",
        "upset": "{first}님, 기다리게 해서 정말 죄송합니다.",
        "grave": "{first}님, 알려주셔서 감사합니다.",
    },
    "ja": {
        "calm": "{first}様、大丈夫ですよ！",
        "upset": "{first}様、お待たせしてしまい本当に申し訳ありません。",
        "grave": "{first}様、ご連絡ありがとうございます。",
    },
    "el": {
        "calm": "Κανένα πρόβλημα, {first}!",
        "upset": "Λυπάμαι πολύ για την αναμονή, {first}.",
        "grave": "Ευχαριστώ που με ενημερώσατε, {first}.",
    },
    "uk": {
        "calm": "Нічого страшного, {first}!",
        "upset": "Мені дуже шкода, що довелося чекати, {first}.",
        "grave": "Дякую, що попередили, {first}.",
    },
    "tr": {
        "calm": "Hiç sorun değil, {first}!",
        "upset": "Beklettiğim için gerçekten çok özür dilerim, {first}.",
        "grave": "Haber verdiğiniz için teşekkürler, {first}.",
    },
    "he": {
        "calm": "אין בעיה, {first}!",
        "upset": "באמת סליחה על ההמתנה, {first}.",
        "grave": "תודה שעדכנת, {first}.",
    },
    "fa": {
        "calm": "{first} عزیز، اشکالی ندارد!",
        "upset": "{first} عزیز، واقعاً بابت انتظار متأسفم.",
        "grave": "{first} عزیز، ممنون که خبر دادید.",
    },
    "am": {
        "calm": "ችግር የለም፣ {first}!",
        "upset": "ስላስጠበቅኩዎ በጣም ይቅርታ፣ {first}።",
        "grave": "ስለነገሩኝ አመሰግናለሁ፣ {first}።",
    },
    "so": {
        "calm": "Dhib ma leh, {first}!",
        "upset": "Aad baan uga xumahay sugitaanka, {first}.",
        "grave": "Mahadsanid inaad ii sheegtay, {first}.",
    },
    "bn": {
        "calm": "কোনো সমস্যা নেই, {first}!",
        "upset": "অপেক্ষা করানোর জন্য সত্যিই দুঃখিত, {first}।",
        "grave": "জানানোর জন্য ধন্যবাদ, {first}।",
    },
    "pa": {
        "calm": "ਕੋਈ ਗੱਲ ਨਹੀਂ, {first} ਜੀ!",
        "upset": "ਉਡੀਕ ਕਰਵਾਉਣ ਲਈ ਬਹੁਤ ਮਾਫ਼ੀ, {first} ਜੀ।",
        "grave": "ਦੱਸਣ ਲਈ ਧੰਨਵਾਦ, {first} ਜੀ।",
    },
    "th": {
        "calm": "ไม่เป็นไรครับ/ค่ะ คุณ{first}!",
        "upset": "คุณ{first} ขอโทษจริงๆ ที่ให้รอครับ/ค่ะ",
        "grave": "คุณ{first} ขอบคุณที่แจ้งให้ทราบครับ/ค่ะ",
    },
}
OPENERS |= _more.OPENERS

# What the customer is going through, found by cue words in their message: (pattern, en, es).
# How a reply that moves the visit opens, by the tone of the text (issue 13, h13assist9): "calm" is
# glad to help; "sorry" apologises first, for a text with a grievance in it ("you already no-showed
# once, can we do Monday instead"), since "Of course, happy to reschedule!" beside a grievance reads as
# cheer at the customer's expense; "plain" is for a card whose complaint option already apologises, so
# the card says sorry once and no two options open alike ("¡Claro! Entiendo..." beside "Lo siento
# mucho... entiendo su molestia" said "Entiendo" twice).
RESCHEDULE_OPENERS: dict[str, dict[str, str]] = {
    "en": {
        "calm": "Of course, {first}, happy to reschedule!",
        "sorry": "I'm sorry about this, {first}. I'll move your visit for you.",
        "hard_times": "I'm so sorry to hear that, {first}. Please don't worry about the visit, I'll move it for you.",
        "plain": "I'll move your visit for you, {first}.",
    },
    "es": {
        "calm": "¡Claro, {first}! Entiendo, con gusto le ayudo a cambiar la cita.",
        "sorry": "Lo siento mucho, {first}. Le ayudo a cambiar la cita.",
        "hard_times": "Lo siento muchísimo, {first}. No se preocupe por la cita, yo se la cambio.",
        "plain": "Le ayudo a cambiar la cita, {first}.",
    },
    "fr": {
        "calm": "Bien sûr, {first}, on peut changer ça!",
        "sorry": "Je suis vraiment désolé, {first}. On peut changer le rendez-vous.",
        "plain": "On peut changer le rendez-vous, {first}.",
    },
    "pt": {
        "calm": "Claro, {first}, a gente remarca!",
        "sorry": "Sinto muito, {first}. A gente remarca, sim.",
        "plain": "A gente remarca, {first}.",
    },
    "de": {
        "calm": "Natürlich, {first}, wir finden einen neuen Termin!",
        "sorry": "Es tut mir sehr leid, {first}. Wir finden einen neuen Termin.",
        "plain": "Wir finden einen neuen Termin, {first}.",
    },
    "it": {
        "calm": "Certo, {first}, spostiamo volentieri!",
        "sorry": "Mi dispiace davvero, {first}. Spostiamo l'appuntamento.",
        "plain": "Spostiamo l'appuntamento, {first}.",
    },
    "vi": {
        "calm": "Dạ được, {first}, mình đổi lịch nhé!",
        "sorry": "Em thành thật xin lỗi, {first}. Em đổi lịch giúp anh/chị nhé.",
        "plain": "Em đổi lịch giúp anh/chị nhé, {first}.",
    },
    "tl": {
        "calm": "Sige po, {first}, ilipat natin!",
        "sorry": "Pasensya na po talaga, {first}. Ililipat po natin ang schedule.",
        "plain": "Ililipat po natin ang schedule, {first}.",
    },
    "zh": {
        "calm": "{first}，没问题，可以改时间！",
        "sorry": "{first}，真的很抱歉。我们可以改时间。",
        "plain": "{first}，我们可以改时间。",
    },
    "ko": {
        "calm": "{first}님, 물론이죠, 일정 바꿔드릴게요!",
        "sorry": "{first}님, 정말 죄송합니다. 일정 바꿔드릴게요.",
        "plain": "{first}님, 일정 바꿔드릴게요.",
    },
    "ja": {
        "calm": "{first}様、もちろんです、日程を変更しましょう！",
        "sorry": "{first}様、本当に申し訳ありません。日程を変更いたします。",
        "plain": "{first}様、日程を変更いたします。",
    },
    "el": {
        "calm": "Φυσικά, {first}, το αλλάζουμε ευχαρίστως!",
        "sorry": "Λυπάμαι πραγματικά, {first}. Θα μεταφέρουμε το ραντεβού σας.",
        "plain": "Θα μεταφέρουμε το ραντεβού σας, {first}.",
    },
    "uk": {
        "calm": "Звісно, {first}, охоче перенесемо!",
        "sorry": "Мені дуже шкода, {first}. Перенесемо ваш візит.",
        "plain": "Перенесемо ваш візит, {first}.",
    },
    "tr": {
        "calm": "Tabii ki, {first}, randevuyu seve seve değiştiririz!",
        "sorry": "Gerçekten çok özür dilerim, {first}. Randevunuzu değiştiriyorum.",
        "plain": "Randevunuzu değiştiriyorum, {first}.",
    },
    "he": {
        "calm": "בטח, {first}, נקבע מחדש בשמחה!",
        "sorry": "באמת סליחה, {first}. נזיז את הביקור.",
        "plain": "נזיז את הביקור, {first}.",
    },
    "fa": {
        "calm": "حتماً، {first} عزیز، وقت را جابه‌جا می‌کنیم!",
        "sorry": "{first} عزیز، واقعاً متأسفم. وقت را برایتان جابه‌جا می‌کنم.",
        "plain": "{first} عزیز، وقت را برایتان جابه‌جا می‌کنم.",
    },
    "am": {
        "calm": "እርግጥ ነው፣ {first}፣ ቀጠሮውን በደስታ እንቀይራለን!",
        "sorry": "በጣም ይቅርታ፣ {first}። ቀጠሮውን እቀይርልዎታለሁ።",
        "plain": "ቀጠሮውን እቀይርልዎታለሁ፣ {first}።",
    },
    "so": {
        "calm": "Haa, {first}, si farxad leh ayaan u bedelaynaa ballanta!",
        "sorry": "Aad baan uga xumahay, {first}. Ballanta waan kuu bedelayaa.",
        "plain": "Ballanta waan kuu bedelayaa, {first}.",
    },
    "bn": {
        "calm": "অবশ্যই, {first}, খুশি মনে সময় বদলে দিচ্ছি!",
        "sorry": "সত্যিই দুঃখিত, {first}। অ্যাপয়েন্টমেন্ট বদলে দিচ্ছি।",
        "plain": "অ্যাপয়েন্টমেন্ট বদলে দিচ্ছি, {first}।",
    },
    "pa": {
        "calm": "ਬਿਲਕੁਲ, {first} ਜੀ, ਖ਼ੁਸ਼ੀ ਨਾਲ ਸਮਾਂ ਬਦਲ ਦਿੰਦੇ ਹਾਂ!",
        "sorry": "ਬਹੁਤ ਮਾਫ਼ੀ, {first} ਜੀ। ਤੁਹਾਡਾ ਸਮਾਂ ਬਦਲ ਦਿੰਦੇ ਹਾਂ।",
        "plain": "ਤੁਹਾਡਾ ਸਮਾਂ ਬਦਲ ਦਿੰਦੇ ਹਾਂ, {first} ਜੀ।",
    },
    "th": {
        "calm": "คุณ{first} ได้เลย ยินดีเลื่อนนัดให้ครับ/ค่ะ!",
        "sorry": "คุณ{first} ขอโทษจริงๆ ครับ/ค่ะ จะเลื่อนนัดให้",
        "plain": "คุณ{first} จะเลื่อนนัดให้ครับ/ค่ะ",
    },
}
RESCHEDULE_OPENERS |= _more.RESCHEDULE_OPENERS
SITUATIONS: tuple[tuple[str, str, str], ...] = (
    (
        r"\bsick\b|\bill\b|fever|\bflu\b|enferm",
        "Hope everyone feels better soon.",
        "Espero que se mejoren pronto.",
    ),
    # A home without heat is a cold one: "the heat is out", "no heat since last night", "furnace won't
    # come on" name the cold, though they say "heat" (first match wins, so this comes first).
    (
        r"\b(?:no|without|lost(?: the)?|out of) (?:heat|heating)\b|"
        # "the heat's still off", "heating has been out since Sunday" (h14 review)
        r"\b(?:heat|heating|furnace|boiler|heater)(?:'s| is| has| just)?(?: still| been| already| completely| totally)? (?:out|off|down|dead|broke|gone|"
        r"not (?:working|coming on|on)|isn'?t (?:working|coming on|on)|won'?t (?:come on|turn on|start|work)|stopped)\b|"
        r"\bsin calefacci[oó]n|\bcalefacci[oó]n (?:no (?:funciona|prende|enciende)|apagada)",
        "Waiting in the cold is miserable.",
        "Esperar con ese frío es horrible.",
    ),
    # Heat the customer is sitting in. Not "hot water" (the heater, the tank, the unit), not "heat
    # pump"; a number of degrees only when no scale can make it cold (80 and over).
    (
        r"\bhot\b(?!\s+(?:water|tub|wire|wires|plate|spot))|\bheat\b(?!\s+pumps?\b)|sweat|calor|"
        r"\b(?:[89]\d|1[01]\d) ?(?:°|in here|inside|degrees)",
        "Sitting in that heat is miserable.",
        "Con ese calor debe estar muy incómodo.",
    ),
    # Cold said outright, or a number of degrees that is cold on either scale (15 and under, below zero).
    (
        r"\bcold\b|freezing|fr[ií]o|below zero|\b(?:-\s?\d{1,2}|1[0-5]|\d) ?(?:°|degrees|grados)",
        "Waiting in the cold is miserable.",
        "Esperar con ese frío es horrible.",
    ),
    (
        r"\brain|storm|weather|snow|lluvia|llover|tormenta",
        "Makes sense with the weather.",
        "Tiene sentido con el clima.",
    ),
    (
        r"traffic|tr[aá]fico|accident|freeway|highway|motorway",
        "Traffic is the worst.",
        "El tráfico está terrible.",
    ),
    (
        r"school|\bkids?\b|daycare|escuela|niñ[oa]s|hij[oa]s",
        "I know how school runs go.",
        "Entiendo, con los niños siempre pasa algo.",
    ),
    (r"\bvet\b|veterin", "Hope your pet is OK!", "¡Espero que su mascota esté bien!"),
    (
        r"\bwork\b|meeting|\boffice\b|\bshift\b|trabajo|junta|reuni[oó]n",
        "Work has a way of running over.",
        "Entiendo, el trabajo a veces se complica.",
    ),
    (r"\bphone\b|\bkeys\b|wallet|tel[eé]fono|llaves", "Happens to the best of us.", "Nos pasa a todos."),
)
LATE_SITUATION_DEFAULT = {"en": "Running behind happens to all of us.", "es": "Son cosas que pasan."}
WAITING_SITUATION = {
    "en": "I know you were counting on me being there by now.",
    "es": "Sé que contaba con que ya estuviera ahí.",
}

# A complaint's topic, by cue words: (pattern, topic). Checked in order; the first match wins.
COMPLAINT_TOPICS: tuple[tuple[str, str], ...] = (
    (r"refund|money back|reembolso|devuelv", "refund"),
    (
        # not the customer's own repeat: "sorry to text again", "me again", "asking again" (h14 review)
        r"(?<!text )(?<!texting )(?<!message )(?<!messaging )(?<!write )(?<!writing )(?<!ask )(?<!asking )(?<!bother you )"
        r"(?<!bothering you )(?<!me )(?<!it's )(?<!daughter )(?<!son )\bagain\b|"
        r"still (?:not|leak|broken|running|doesn|isn|won|drip)|came back|same problem|otra vez|de nuevo|sigue"
        r"|\b(?:died|broke|quit|failed|stopped working) after (?:your|the|his|her|their)\b",
        "repeat",
    ),
    (r"\$|\bprice|charged?\b|\bbill\b|invoice|expensive|\bcost|quoted|precio|cobr", "price"),
    (r"music|noise|\bloud\b|ruido|m[uú]sica", "noise"),
    # Dust or dirt left behind is a mess; dust burning off a heater ("just dust on the burners") or
    # a dirty filter left unchanged is not.
    (
        r"nails|\bmess\b|debris|trash|dust (?:everywhere|all over|on (?:the|my) (?:floor|carpet|rug|furniture))"
        r"|(?:saw|drywall) ?dust|left (?:\w+ ){0,2}dust|\bdirt\b|\bmud\b|footprints|clean ?up|basura|sucio"
        r"|polvo por todas partes",
        "mess",
    ),
    (
        r"\blate\b|\bwait|pushed|moved|resched|hours|third time|long enough|took (?:you )?forever|finally"
        r"|wast(?:ed|ing) my|\bdelay|tarde|tard[ií]simo|esper",
        "wait",
    ),
    (r"\btext\b|message|booked|told me|mensaje", "mixup"),
)
# (validate, solve) per complaint topic and language; "solve_here" is used while the tech is on site.
COMPLAINT_WORDS: dict[str, dict[str, dict[str, str]]] = {
    "en": {
        "price": {
            "validate": "I hear you, nobody likes a surprise on the bill.",
            "solve": "Let me call the office right now and go over the charges with you.",
        },
        "noise": {
            "validate": "You're trying to work, and that's not fair to you.",
            "solve": "I'm turning it off right now.",
        },
        "mess": {
            "validate": "Nobody should have to deal with a mess after we leave.",
            "solve": "I'll come back and clean it up properly, and I'll let the office know what happened.",
        },
        "repeat": {
            "validate": "Having the same problem come back so soon isn't OK.",
            "solve": "I'd like to come back and fix it properly. When could I stop by?",
        },
        "wait": {
            "validate": "You gave up your time waiting for us, and I understand why you're fed up.",
            "solve": "I'll make sure your next visit happens exactly as planned.",
            "solve_here": "I'm here now, and I'll get everything done for you today without rushing it.",
        },
        "mixup": {
            "validate": "That mix-up cost you time, and that's on us.",
            "solve": "I'll make sure your booking has the right time from here on.",
        },
        "other": {
            "validate": "That isn't the visit we want for you.",
            "solve": "I'd like to make it right. Can I give you a call?",
        },
    },
    "es": {
        "price": {
            "validate": "Entiendo, a nadie le gustan las sorpresas en la cuenta.",
            "solve": "Ahora mismo llamo a la oficina y revisamos el cobro con usted.",
        },
        "noise": {
            "validate": "Usted está trabajando y no es justo para usted.",
            "solve": "La apago ahora mismo.",
        },
        "mess": {
            "validate": "Nadie debería tener que limpiar después de que nos vamos.",
            "solve": "Regreso a limpiar bien y le aviso a la oficina lo que pasó.",
        },
        "repeat": {
            "validate": "Que el mismo problema regrese tan pronto no está bien.",
            "solve": "Quiero regresar a arreglarlo bien. ¿Cuándo puedo pasar?",
        },
        "wait": {
            "validate": "Usted perdió su tiempo esperándonos, y entiendo su molestia.",
            "solve": "Me aseguro de que su próxima visita se haga tal como quedamos.",
            "solve_here": "Ya estoy aquí y le dejo todo listo hoy, bien hecho y sin prisas.",
        },
        "mixup": {
            "validate": "Esa confusión le costó tiempo, y es culpa nuestra.",
            "solve": "Me aseguro de que su cita tenga la hora correcta de aquí en adelante.",
        },
        "other": {
            "validate": "Esa no es la experiencia que usted merecía.",
            "solve": "Quiero arreglarlo. ¿Le puedo llamar?",
        },
    },
}

# A question's topic, by cue words; each maps to a reply key chosen by the assist logic.
QUESTION_TOPICS: tuple[tuple[str, str], ...] = (
    # a question about cancelling (its fee, notice or refund) asks the terms, not a price (issue 13, h13threat11)
    (r"cancel|cancelar|cancelaci[oó]n|annul|stornier", "cancel_rule"),
    (
        r"need me|have to be (there|home)|be (there|home) for|need to be (there|home)|whole thing|necesit[ao] estar",
        "presence",
    ),
    (r"how long|how much time|cu[aá]nto tiempo|cu[aá]nto tarda", "duration"),
    (r"warrant|guarantee|garant[ií]a", "warranty"),
    (r"how much|\bcost|\bprice|\bcharge|cu[aá]nto cuesta|precio", "price"),
)

# The safety advice an emergency's replies and heads-up carry is in messaging/hazards.py.

# Pets in an access note; the English reply names the animal found ("Good to know about the dog.").
PETS = r"\b(dog|puppy|cat|pit ?bull|pet)s?\b|perr[oa]s?\b|gat[oa]s?\b|mascota"
# Words that make a note about getting in, so "Gate code 4411. Friendly dog." is about both.
ACCESS_WORDS = r"\d|\b(gate|code|key|lock|door|park|buzz|side|back|garage|entr)|puerta|c[oó]digo|llave"
PET_THANKS = {"en": "Good to know about the {pet}.", "es": "Qué bueno saber lo de la mascota."}
# Thanks for a way in, by what the note gives: (pattern, en, es); the last entry always matches.
ACCESS_THANKS: tuple[tuple[str, str, str], ...] = (
    (r"code|c[oó]digo", "Thanks for the code.", "Gracias por el código."),
    (r"\bkey|llave", "Thanks for sorting the key.", "Gracias por lo de la llave."),
    (
        r"gate|door|unlocked|\bopen|puerta|port[oó]n|abiert",
        "Thanks for letting me know how to get in.",
        "Gracias por decirme cómo entrar.",
    ),
    (r"", "Thanks for the heads-up.", "Gracias por el aviso."),
)

# Where a task is done, for the order in which waiting work is suggested: outside first, then
# preparation, then other work, then paperwork.
TASK_KINDS: tuple[tuple[str, str], ...] = (
    (
        r"certificate|paperwork|invoice|report|quote|estimate|photo|document|write[ -]?up|warranty",
        "paperwork",
    ),
    (
        r"outdoor|outside|exterior|\broof|gutter|downpipe|\byard|driveway|condenser|chimney|flashing|shingle|"
        r"skylight|ridge|\bpool|\bpump\b|impeller|skimmer|chlorinator|salt cell|cleanout|\bmeter\b|vent hood|equipment pad|patio|"
        r"\bdeck\b|fence|\bgate\b|sprinkler|irrigation|perimeter|foundation|hose bib",
        "exterior",
    ),
    (
        r"\bunload|\bprep|\bstage|lay out|\blocate|isolate|shut (off|down)|\bunpack|look up|from the truck",
        "prep",
    ),
)
KIND_ORDER = {"exterior": 0, "prep": 1, "work": 2, "paperwork": 3}
# How a waiting task is named in Spanish, where the task names (kept in English) cannot be used.
TASK_KIND_ES = {"exterior": "el trabajo de afuera", "default": "lo que puedo hacer sin usted"}

# Task names start with an imperative verb; the reply says "I'll start by <gerund> the ...".
GERUNDS: dict[str, str] = {
    verb: gerund
    for verb, gerund in (
        pair.split(":")
        for pair in (
            "adjust:adjusting apply:applying backwash:backwashing brush:brushing caulk:caulking "
            "check:checking clean:cleaning clear:clearing cover:covering cut:cutting diagnose:diagnosing "
            "disconnect:disconnecting drain:draining empty:emptying flush:flushing haul:hauling "
            "hang:hanging inspect:inspecting install:installing isolate:isolating lay:laying "
            "level:leveling locate:locating look:looking lubricate:lubricating measure:measuring "
            "mount:mounting paint:painting patch:patching photograph:photographing prep:prepping "
            "prepare:preparing pull:pulling realign:realigning rekey:rekeying remove:removing "
            "repair:repairing replace:replacing reseal:resealing run:running seal:sealing "
            "secure:securing set:setting shock:shocking shut:shutting skim:skimming stage:staging "
            "sweep:sweeping swap:swapping tear:tearing test:testing tighten:tightening top:topping "
            "trace:tracing treat:treating unload:unloading unpack:unpacking verify:verifying wire:wiring "
            "write:writing"
        ).split()
    )
}
PARTICLES = frozenset("down off out up in".split())
DETERMINERS = frozenset("the a an all any each both your my our his her their this that these those".split())

WEEKDAYS = {
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
    "es": ("lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"),
}
WEEKDAYS_PLURAL = {
    "en": ("Mondays", "Tuesdays", "Wednesdays", "Thursdays", "Fridays", "Saturdays", "Sundays"),
    "es": ("lunes", "martes", "miércoles", "jueves", "viernes", "sábados", "domingos"),
}
MONTHS = {
    "en": ("January February March April May June July August September October November December").split(),
    "es": (
        "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre"
    ).split(),
}
DAY_WORDS = {"en": {"today": "today", "tomorrow": "tomorrow"}, "es": {"today": "hoy", "tomorrow": "mañana"}}
PARTS_OF_DAY = {
    "en": {"morning": "morning", "afternoon": "afternoon", "evening": "evening"},
    "es": {"morning": "en la mañana", "afternoon": "en la tarde", "evening": "en la noche"},
}
MERIDIEM = {"en": ("am", "pm"), "es": ("a.m.", "p.m.")}

# --- The customer's own words for a day, and offers they make -----------------------------------

# A day as a customer names it, with what they add to it: "Thursday afternoon", "Friday after 1",
# "next Tuesday at 10:30", "tomorrow morning", "el viernes en la tarde". Abbreviations ("Fri") are
# left out: "sat", "sun" and "wed" are words too.
DAY_PHRASE = {
    "en": (
        r"\b(?:(?:next|this)\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow)"
        r"(?:\s+(?:morning|afternoon|evening|night))?"
        r"(?:\s+(?:after|before|at|around|from|by)\s+\d{1,2}(?::\d{2})?(?:\s*(?:am|pm|a\.m\.|p\.m\.))?"
        r"(?:\s*(?:-|to|and|or)\s*\d{1,2}(?::\d{2})?(?:\s*(?:am|pm|a\.m\.|p\.m\.))?)?)?"
    ),
    "es": (
        r"\b(?:el\s+)?(?:lunes|martes|mi[eé]rcoles|jueves|viernes|s[aá]bado|domingo)"
        r"(?:\s+(?:en|por)\s+la\s+(?:mañana|tarde|noche))?"
        r"(?:\s+(?:despu[eé]s de|antes de|a)\s+las?\s+\d{1,2}(?::\d{2})?)?"
    ),
}
# Words that make a day in a sentence an offer ("I'm free Friday after 1", "how about Thursday?")
# rather than a story ("he said he'd be back Tuesday"). The past words win over the offer words.
DAY_OFFER_CUES = (
    r"\b(free|available|home|around|works?|work for me|good for me|best|how about|what about|instead|"
    r"can you (do|come|make it)|could you (do|come|make it)|move (it|this|the \w+)? ?to|prefer|rather|"
    r"puedo|libre|disponible|estoy|me queda|le parece|mejor)\b"
)
DAY_PAST_CUES = (
    r"\b(said|says|told|supposed|promised|was|were|came|come back|nobody|no one|never|didn'?t|did not|"
    r"missed|last|ago|dijo|dijeron|quedaron|nadie|vino)\b"
)
PART_OF_DAY_WORDS = r"morning|afternoon|evening|night|tonight|mañana|tarde|noche"
WEEKDAY_WORDS = {
    "en": ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"),
    "es": ("lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"),
}

# The customer offers the technician their time: "if you have another job nearby go do that
# first", "feel free to go and come back", "no need to wait for me". Not an offer: "please wait
# for me", "don't go anywhere", "I have another appointment first" (their own plans).
OFFERS_TIME = (
    r"if you (have|got) (another|other|a different|an?other) (job|call|appointment|customer|stop)s?|"
    r"(go|head) (do|to|and do|take care of|handle) (that|it|them|another|your (next|other))|"
    r"do (another|your next|your other|a different) (job|call|one|stop) first|"
    r"(feel free|you can|you could|it'?s (ok|okay|fine)|(ok|okay|fine) if you) (to )?(leave|go|head out|come back later)|"
    r"no need to wait|don'?t (have to |need to )?wait (for me|around|on me)|"
    r"si tiene otro (trabajo|servicio|cliente)|vaya (a|con) (otro|su otro|su siguiente)|no me espere"
)

# Praise wrapped round a lateness is sarcasm about the technician's: "wow only 2 hours late,
# amazing", "only an hour late, impressive". Near miss: "only 5 min late, sorry!".
SARCASTIC_LATENESS = (
    r"\b(?:wow|gee|oh|great)\W+only (?:\d+|an?|one|two|three|four|five) (?:hours?|hrs?|minutes?|mins?) late\b"
    r"|\bonly (?:\d+|an?|one|two|three|four|five) (?:hours?|hrs?|minutes?|mins?) late\W+"
    r"(?:amazing|impressive|great|nice|wow|wonderful|fantastic|awesome|perfect)\b"
)
# The lateness a text complains of is the technician's, not the customer's: "your tech got here two
# hours late", "he finally showed up at noon", "le technicien est arrivé avec deux heures de retard",
# "o técnico chegou muito atrasado", "der Techniker ist viel zu spät gekommen", "el técnico llegó
# tardísimo". Near misses, the customer's own lateness: "I'll be late, tell the tech to start
# outside", "running late, is he there yet?", "llego tarde, el técnico puede empezar". Such a text
# is a grievance: no reading of it as the customer running late or arriving gets an option, and no
# work is offered to start "while I wait".
TECHNICIAN_LATE = (
    r"\b(?:your|the|ur) (?:tech\w*|guy|plumber|electrician|man|crew)\b[^.!?]{0,30}?"
    r"\b(?:got here|showed up|came|arrived|was|is|shows up|comes)\b[^.!?]{0,30}?\b(?:late|behind)\b"
    r"|\b(?:he|she|they|tech\w*) (?:finally )?(?:got here|showed up|arrived|came)\b[^.!?]{0,20}?"
    r"\b(?:late|at (?:noon|\d)|hours? (?:late|after))"
    r"|\b(?:you|you guys|y'?all) (?:are|were) (?:always |so |very )?late\b"
    r"|\btechnicien\b[^.!?]{0,40}?\bretard\b"
    r"|\bt[ée]cnico\b[^.!?]{0,10}\b(?:lleg[oó]|vino|chegou|veio|est[aá])\b[^.!?]{0,25}?(?:atrasad|tard)"
    r"|\btechniker\b[^.!?]{0,30}?\bsp[äa]t\b|\btecnico\b[^.!?]{0,30}?\britardo\b"
    r"|" + SARCASTIC_LATENESS
)
# The customer's own lateness said beside it outranks it: "I'm late too, your tech was late anyway".
CUSTOMER_LATE = r"\b(?:i'?m|i am|i'?ll be|i will be|we'?re|we'?ll be|llego|je suis|chego|ich komme)\b[^.!?]{0,25}\b(?:late|behind|tarde|retard|atrasad|sp[äa]t)"
# The customer says they are the one waiting ("about done waiting", "been waiting an hour", "still
# waiting on your guy", "tired of waiting", "estoy esperando", "j'attends depuis"), so a lateness
# guessed beside it is never theirs, with the technician on site too ("where'd he go, about done
# waiting": he stepped out). Near misses, the customer's own lateness or a request to wait: "sorry to
# keep you waiting", "can he wait 10 min", "don't wait for me, start outside".
CUSTOMER_WAITING = (
    r"\b(?:done|tired of|sick of|fed up with|been|still|sat here|sitting here|standing here) (?:\w+ )?waiting\b"
    r"|\bwaiting (?:on|for) (?:him|her|them|you|your (?:guy|tech|man|technician|plumber|electrician))\b"
    r"|\b(?:estoy|llevo|seguimos|sigo) esperando\b|\bj'attends (?:depuis|toujours|encore)\b"
    r"|\b(?:warte|warten) (?:seit|immer noch|schon)\b|\b(?:estou|estamos) esperando\b|\bsto aspettando\b"
)

# Grievance markers: sarcasm or a backhanded thanks that says the customer is fed up, whatever
# warm words wrap it: "great, finally! took you long enough lol", "wow only 2 hours late, amazing",
# "thanks for nothing", "real professional", "nice of you to finally show up", "he better actually
# show this time", "thanks a lot for
# wasting my whole morning", "oh perfect, another delay", "love that for me", "about time". Such a
# text is owed a short apology first, never a cheerful "You're welcome". Near misses, real thanks
# that only mention the wait: "finally fixed, thank you!", "finally got it blowing cold air, thanks
# so much", "took a while but it works great now, thanks!", "thanks for fixing it so fast".
GRIEVANCE = (
    r"\btook (?:you|ya|u|him|them|y'?all|you guys) (?:long enough|forever|ages)\b"
    r"|\bthanks? (?:you )?for nothing\b|\bthanks? a lot for wasting\b|\bwast(?:ed|ing) my (?:whole |entire )?"
    r"(?:day|morning|afternoon|time|saturday|sunday)\b"
    r"|\breal professional\b|\bso professional\b[^.!?]{0,20}\b(?:not|lol|smh)\b"
    r"|\bnice of (?:you|him|them|y'?all) to (?:finally )?(?:show|come|turn|bother|join|answer|reply|respond)"
    r"|\b(?:great|wow|oh|gee|well),? finally\s*[!.]"
    r"|\bfinally (?:decided to |bothered to )?(?:show(?:ed|s)? up|turn(?:ed|s)? up|here|got here|remembered)\b"
    r"|\b(?:oh |just )?(?:great|perfect|wonderful|fantastic|awesome),? (?:another|more) (?:delay|wait|excuse)"
    r"|\b(?:better|had better) (?:actually |really )?(?:show|come|be here|be there)\b[^.!?]{0,20}\bthis time\b"
    r"|\blove that for me\b|\b(?:it'?s )?about (?:damn |bloody )?time\b(?! for)"
    # Stood up again (issue 13, h13assist9): "you guys already no-showed once", "Schon wieder niemand
    # da", "c'est pas sérieux", "두 번이나 바람 맞았어요", "又放我鸽子", "ya me dejaron plantada"; near
    # misses: "is there a no-show fee?", "c'est sérieux, la fuite?", "niemand da? ich bin im Garten".
    r"|\bno[- ]?show(?:ed|s)?\b(?! fee)|\bstood (?:me|us) up\b|\bschon wieder (?:niemand|keiner)\b"
    r"|\b(?:c'est |ce n'est )?pas s[ée]rieux\b|바람\s?맞|放(?:我|了)?鸽子|\bdej(?:an|aron|ado) plantad"
    r"|\botra vez no (?:vino|llegó|vinieron|llegaron)\b|\bde novo ningu[ée]m\b"
    r"|" + SARCASTIC_LATENESS
)

# A cancellation whose reason rules out another date: "we're moving next week so cancel Thursday",
# "found someone else", "sold the house", "going with another company", "my landlord already had
# it fixed", "landlord is sending his own guy", "we got it working again", "ya se arregló sola",
# "we fixed it ourselves", "don't need it anymore", and a customer who will rebook themselves ("I'll
# reach out when I can afford it", "I'll ring to rebook once I'm better"). Offering to move such a
# visit reads as not listening: the options confirm the cancellation and say goodbye warmly. Near
# misses, a reason that passes: "something came up at work", "can't do Thursday anymore", "cancel
# for now", "can he fix it Friday instead?".
CANCEL_FOR_GOOD = (
    r"\b(?:we'?re|i'?m|we are|i am) moving\b|\bmoved (?:out|away)\b|\bsold (?:the|my|our) (?:house|home|place|condo)"
    r"|\bfound (?:someone|somebody|another|a different)\b"
    r"|\bfound an? (?:\w+ )?(?:company|plumber|electrician|tech\w*|guy|contractor|service|crew)\b|\b(?:going|went) with (?:another|a different|someone)"
    r"|\bhired (?:someone|somebody|another)\b|\b(?:already )?(?:had|got) (?:it|that) (?:fixed|done|taken care of|sorted)"
    r"|\b(?:we|i|my \w+) (?:already )?fixed it\b|\bfixed it (?:ourselves|myself)\b"
    r"|\b(?:don'?t|do not|no longer) need (?:it|you|the (?:visit|service|appointment))\b"
    r"|\bno (?:need|reason) (?:for you )?to come\b|\bnot needed anymore\b"
    r"|\b(?:sold|selling) (?:the|my|our) (?:house|home|place|condo)\b|\blandlord (?:is|has|already|got|will)\b"
    r"|\b(?:sorted|fixed|repaired) (?:it|the \w+)(?! (?:on|next|this) )\b|\bgot it (?:working|going|running)\b"
    r"|\bi'?ll (?:reach out|ring|call|text|be in touch)\b[^.!?]{0,30}\b(?:when|once|rebook|after)\b"
    r"|\bya (?:se )?(?:arregl|compus)|\bse (?:arregl[oó]|compuso)\b"
    r"|\bencontr[ée] a otr[oa]|\bnos mudamos\b|\bme mudo\b|\b(?:nos|me) (?:vamos|voy) a mudar\b|\bmudanza\b|\bvend(?:imos|í) la casa\b|\bya no (?:lo )?necesit"
)

# A delay said without a number is vague ("on my way back, few min", "be there in a bit",
# "almost home, couple minutes", "give me a few", "ahorita llego"): the replies say "see you in a
# few minutes" rather than a clock time the customer never gave. Near misses name a number:
# "be there in 10 min", "half an hour", "15 out".
VAGUE_DELAY = (
    r"\b(?:a )?few\b|\bcouple\b|\ba (?:bit|sec|second|moment|min|minute)\b|\bshortly\b|\bsoon\b"
    r"|\bunos minutos\b|\bun (?:rato|ratito|momento)\b|\bahorita\b"
)
PRECISE_DELAY = (
    r"\d|\b(?:one|two|three|four|five|ten|fifteen|twenty|thirty|forty|fifty|sixty|half|quarter|hour)\b"
    r"|\b(?:diez|quince|veinte|treinta|media|hora)\b"
)
SOON = {"en": "in a few minutes", "es": "en unos minutos"}

# Names written family name first: a reply says them whole (see `suggest.address_name`). A
# Vietnamese name starts with the family name ("Nguyen Van An", "Phạm Thị Lan"). Near misses: "Linh
# Nguyen" (written given name first, addressed Linh), "Mai Tran" (Mai is a given name as often as a
# family name, so it is left out). Chinese and Korean names in their own script ("王小明", "김민준")
# are said whole by their script alone.
VIETNAMESE_FAMILY_NAMES = frozenset(
    """nguyen tran le pham hoang huynh phan vu vo dang bui do ngo duong truong dinh trinh luong
    doan quach luu""".split()
)
# The customer is still on their way, said while the technician is on site: whatever else the text
# is read as (home, a question, where is he), being late is one of its readings, so the work that
# needs nobody can be offered. `ON_THE_ROAD` says it outright ("on my way home now", "just left the
# gym", "almost there", "I'm at the gas station down the road", "Sắp tới rồi", "马上到"): home now
# is then no reading ("I'm coming to the door" would not have listened). `COMING_NOW` may be said on
# the road or inside the house ("coming now", "ya voy", "j'arrive"): late is added beside home. Near
# misses, said at the door (`AT_THE_DOOR`): "coming down now", "on my way down", "be right out", "be
# there in a sec", "parked down the street, which door?", "I'm home, coming to the door", "ya voy a
# abrir", "je vous ouvre".
ON_THE_ROAD = (
    r"\bcoming (?:from|back|home|over)\b|\bon (?:my|our|the) way\b|\bomw\b"
    r"|\b(?:almost|nearly|close to) (?:there|home|back|done)\b|\bbe (?:there|home|back) (?:in|soon|shortly|asap)\b"
    r"|\bheading (?:back|home|over|your way|there)\b|\bleaving (?:now|work|the)\b|\bjust left\b"
    r"|\b(?:\d+|few|couple) ?(?:min(?:ute)?s?|mins?) (?:away|out)\b|\bdriving (?:back|home|over)\b"
    r"|\ben camino\b|\b(?:voy|estoy) saliendo\b|\bsalgo del\b|\bcasi llego\b|\bvoy para all[aá]\b"
    r"|\ben route\b|\bsur (?:le|la) (?:chemin|route)\b|\bje sors du\b|\bpresque (?:arriv|l[aà])"
    r"|\ba caminho\b|\bestou indo\b|\bunterwegs\b|\bauf dem weg\b|\bsono per strada\b"
    r"|\bsắp tới\b|\bđang (?:trên đường|tới|đến|về)\b|马上到|快到了|在路上|\bpapunta\b|\bmalapit na\b"
    r"|\bpauwi na\b|가는 중|거의 다 왔|곧 도착"
    r"|\b(?:down the (?:road|street)|around the corner)\b"
    r"|\bi'?m (?:still )?at (?:work|(?:the|my) (?:store|gas station|pharmacy|school|office|gym|doctor'?s?|dentist|work))\b"
)
COMING_NOW = (
    r"\bcoming (?:now|asap|as fast)|\bya voy\b|\bj'arrive\b|\bchegando\b|\bgleich da\b|\bsto arrivando\b"
)
AT_THE_DOOR = (
    r"\bcoming (?:down|out|up|to (?:the|open|let))|\bon (?:my|our) way (?:down|out|up|to the door)\b"
    r"|\bin a (?:sec|second|moment|jiffy)\b|\bpark(?:ed|ing)\b|\bbe right (?:down|out|there|up)\b|\bat the (?:door|gate|front)\b"
    r"|(?<!way )\bhome now\b|\bi'?m (?:here|home|back)\b|\bpull(?:ed|ing) in\b|\blet (?:you|him|her) in\b"
    r"|\bya (?:llegu[eé]|estoy)|\babrir\b|\bje vous ouvre\b|\bsuis arriv|\bcheguei\b|\bbin da\b|\bđã về\b|到了|\bnandito\b"
)
# A question beside a late reading that asks the technician to wait or start ("can you hang on a
# bit?", "can he start without me?", "¿me puede esperar?", "vous pouvez attendre ?"): the late
# customer's own replies answer it, and "let me check and text you back" would not. Near misses,
# questions of their own: "how much will it be?", "does he need the garage code?".
WAIT_QUESTION = (
    r"\b(?:can|could|would|will) (?:you|he|she|they|ya|u)(?: guys)? (?:please )?"
    r"(?:wait|hang on|hold on|hang tight|give me|start|get started|begin|stay)\b"
    r"|\bhow long can (?:you|he|she|they) (?:wait|stay|hang)|\bok(?:ay)? (?:to|if (?:you|he|she)) (?:wait|start)"
    r"|\bpuede(?:n)? (?:esperar|empezar|comenzar)|\bme (?:puede|pueden) esperar|\bespér[ae]me"
    r"|\bpouvez (?:attendre|commencer)|\bpeut (?:attendre|commencer)|\bpode (?:esperar|começar)"
    r"|\bkann (?:er|sie) (?:warten|anfangen)|\bkönnen sie (?:warten|anfangen)|\bpuò (?:aspettare|iniziare)"
    r"|\bchờ (?:tôi|em|mình|chút)|能等|等我一下|等一下|\bhintayin\b|기다려"
)
# Words only Spanish uses, for a text written half in English ("ok voy tarde, 10 min", "sorry no
# puedo hoy"): two of them and the text is answered in Spanish. Near misses, English with one
# borrowed word: "see ya at the casa", "gracias amigo, see you at 3", "hola! running 10 late".
SPANISH_WORDS = (
    r"\b(?:voy|vamos|llego|llegar|llega|tarde|gracias|mañana|estoy|minutos|c[oó]digo|puerta|hola|señora?"
    r"|usted|est[aá]|hoy|perd[oó]n|disculpe|necesito|cu[aá]ndo|que|por favor|ahorita|aqu[ií]|tr[aá]fico"
    r"|tengo|puedo|puede|viene|cita|ahora|todav[ií]a|nadie)\b"
)
# A text that already says the number is wrong ("wrong number", "I'm not Dana", "no conozco a
# nadie con ese nombre"): asking back "is this Dana's number?" would not have listened. Near misses,
# where asking fits: "who is this? I didn't book anything", "¿quién es?", "what appointment?".
SAYS_WRONG_NUMBER = (
    r"\bwrong\b|\bnot (?:me|mine|my (?:number|phone|name))\b|\bi'?m not \w+|\bthis is(?:n'?t| not) \w+'?s?\b"
    r"|(?:don'?t|do not) know (?:any|a|who|her|him)|never heard of|\bequivocad|\bno (?:soy|es mi)\b|no conozco"
    r"|\bmauvais num|n'est pas (?:moi|mon)|\bfalsch|\berrad|sbagliat|\bnhầm\b|错|잘못|\bmali\b"
)
# Titles a name may be written with ("Mrs. Anita Patel", "Dr Kim", "Sra. Ruiz"), lower-case without
# the dot: the reply says the title with the family name, never the title alone ("No worries, Mrs.!").
# Near misses: a given name that looks like one ("Don Johnson" is Don: "don" is not listed).
TITLES = frozenset("mr mrs ms miss mx dr prof sr sra srta dona mme mlle herr frau".split())


# --- How a person says a time or a length of time ----------------------------------------------

ESTIMATE_STEP_MINUTES = 5  # an estimated time reads rounded to this
NUMBER_WORDS = "zero one two three four five six seven eight nine ten eleven twelve".split()
NUMBER_WORDS_ES = "cero una dos tres cuatro cinco seis siete ocho nueve diez once doce".split()
QUARTERS = {
    "en": ("", " and a quarter", " and a half", " and three quarters"),
    "es": ("", " y cuarto", " y media", " y tres cuartos"),
}

# Verbs that start checklist items ("Survey exterior wall route"), beyond those in GERUNDS; their
# -ing form is made by the spelling rules in `assist.gerund`.
TASK_VERBS = frozenset(
    """
    align assemble assess fetch grab retrieve unbox organize sort attach backfill bleed bolt bring build calibrate cap capture carry charge
    collect compare confirm connect count demonstrate dig document drill evacuate evaluate examine
    excavate explain fasten fill fit frame gather glue grease grout hook insulate label load log map
    mark meter mix move note oil open pack pick place plug pour pressure prime probe program protect
    prune pump purge put read reattach record recover reconnect refill reinstall reset restore retrofit
    review rinse route sand scope scrape screw scrub service show snake solder spray start strip survey
    take tag tape thread trim turn unclog unscrew upgrade vacuum vent walk wash weld wipe wrap
    """.split()
)


# Replies whose words say the visit is cancelled: tapping one cancels it through the services, so
# the text is true when it arrives (and the office's own cancellation notice is not sent twice).
ACTIONS: dict[str, str] = {
    "cancel_done": "cancel",
    "cancel_sorry": "cancel",
    "cancel_farewell": "cancel",
    "cancel_hard_times": "cancel",
}

# "Where is he?" said back to a customer whose technician is already on site: where he is at the
# house, never "when I'll get there" (issue 13, h13assist8: the wrong tense for a technician there).
WHERE_MEANT_ON_SITE: dict[str, str] = {
    "en": "you'd like to know where I am at the house",
    "es": "quiere saber dónde estoy en la casa",
    "fr": "que vous voulez savoir où je me trouve chez vous",
    "pt": "que quer saber onde estou na casa",
    "de": "dass Sie wissen möchten, wo ich gerade am Haus bin",
    "it": "che vuole sapere dove mi trovo in casa",
    "vi": "anh/chị muốn biết em đang ở chỗ nào trong nhà",
    "tl": "gusto n'yong malaman kung nasaan ako sa bahay",
    "zh": "想知道我现在在房子哪里",
    "ko": "제가 지금 집 어디에 있는지 궁금하시다는",
    "ja": "私が今お宅のどこにいるか知りたい",
    "el": "θέλετε να μάθετε πού βρίσκομαι στο σπίτι",
    "uk": "хочете знати, де я зараз у будинку",
    "tr": "şu an evin neresinde olduğumu öğrenmek istediğinizi",
    "he": "אתם רוצים לדעת באיזה חלק של הבית אני",
    "fa": "می‌خواهید بدانید الان کجای خانه هستم",
    "am": "ቤት ውስጥ የት እንዳለሁ ማወቅ ይፈልጋሉ",
    "so": "inaad rabto inaad ogaato meesha aan guriga ka joogo",
    "bn": "যে আমি বাড়ির কোথায় আছি জানতে চান",
    "pa": "ਤੁਸੀਂ ਜਾਣਨਾ ਚਾਹੁੰਦੇ ਹੋ ਕਿ ਅਸੀਂ ਘਰ ਵਿੱਚ ਕਿੱਥੇ ਹਾਂ",
    "th": "อยากรู้ว่าตอนนี้อยู่ตรงไหนในบ้าน",
}
WHERE_MEANT_ON_SITE |= _more.WHERE_MEANT_ON_SITE

# Thanks for an access detail the text gave beside something else ("저는 2시에 와요 ... 비밀번호는
# 2580"), said in the short phrasebooks' languages as ACCESS_THANKS says it in English and Spanish:
# (for a code, for any other way in). A card acknowledges an access detail whatever the reading
# (issue 13, h14card).
ACCESS_CODE = r"\d{3,}|\d[a-z]\d|code|c[oó]digo|kod|코드|비번|비밀번호|密码|暗証|код|şifre|קוד|کد|رمز|कोड|ਕੋਡ|কোড|รหัส|ኮድ|koodh|kòd"
ACCESS_ACK: dict[str, tuple[str, str]] = {
    "fr": ("Merci pour le code.", "Merci de m'avoir dit comment entrer."),
    "pt": ("Obrigado pelo código.", "Obrigado por me dizer como entrar."),
    "de": ("Danke für den Code.", "Danke für den Hinweis, wie ich reinkomme."),
    "it": ("Grazie per il codice.", "Grazie per avermi detto come entrare."),
    "vi": ("Cảm ơn bạn đã gửi mã.", "Cảm ơn bạn đã cho biết cách vào nhà."),
    "tl": ("Salamat sa code.", "Salamat sa pagsabi kung paano pumasok."),
    "zh": ("谢谢您提供的密码。", "谢谢告诉我怎么进门。"),
    "ko": ("비밀번호 알려 주셔서 감사해요.", "들어가는 방법 알려 주셔서 감사해요."),
    "ja": ("暗証番号をありがとうございます。", "入り方を教えていただきありがとうございます。"),
    "el": ("Ευχαριστώ για τον κωδικό.", "Ευχαριστώ που μου είπατε πώς να μπω."),
    "uk": ("Дякую за код.", "Дякую, що підказали, як зайти."),
    "ru": ("Спасибо за код.", "Спасибо, что подсказали, как войти."),
    "tr": ("Şifre için teşekkürler.", "Nasıl gireceğimi söylediğiniz için teşekkürler."),
    "he": ("תודה על הקוד.", "תודה שאמרתם לי איך להיכנס."),
    "fa": ("ممنون بابت کد.", "ممنون که گفتید چطور وارد شوم."),
    "ar": ("شكرًا على الرمز.", "شكرًا لأنك أخبرتني كيف أدخل."),
    "hi": ("कोड के लिए धन्यवाद।", "अंदर आने का तरीका बताने के लिए धन्यवाद।"),
    "hi-Latn": ("Code ke liye shukriya.", "Andar aane ka tareeka batane ke liye shukriya."),
    "ur": ("کوڈ کا شکریہ۔", "اندر آنے کا طریقہ بتانے کا شکریہ۔"),
    "pl": ("Dziękuję za kod.", "Dziękuję za informację, jak wejść."),
    "nl": ("Bedankt voor de code.", "Bedankt dat u liet weten hoe ik binnenkom."),
    "ht": ("Mèsi pou kòd la.", "Mèsi paske ou di m kijan pou m antre."),
    "id": ("Terima kasih atas kodenya.", "Terima kasih sudah memberi tahu cara masuk."),
    "bn": ("কোডের জন্য ধন্যবাদ।", "কীভাবে ঢুকব জানানোর জন্য ধন্যবাদ।"),
    "pa": ("ਕੋਡ ਲਈ ਧੰਨਵਾਦ।", "ਅੰਦਰ ਆਉਣ ਦਾ ਤਰੀਕਾ ਦੱਸਣ ਲਈ ਧੰਨਵਾਦ।"),
    "th": ("ขอบคุณสำหรับรหัสครับ/ค่ะ", "ขอบคุณที่บอกวิธีเข้าบ้านครับ/ค่ะ"),
    "am": ("ስለ ኮዱ አመሰግናለሁ።", "እንዴት እንደምገባ ስለነገሩኝ አመሰግናለሁ።"),
    "so": ("Mahadsanid koodhka.", "Mahadsanid inaad ii sheegtay sida aan u galo."),
}

# The person texting speaks for the customer: a relative, a tenant, a neighbour, a carer ("This is
# Harold's son, dad is running late", "soy su hija", "je suis la voisine de Mme Roy"). The card then
# calls no one by the job's name (a reply to Harold's son that says "Thanks, Harold" reads as if no
# one had read the text) and its first option thanks them for texting for the customer, by name.
# Near misses, the customer speaking of someone: "my son is home, he'll let Sam in", "I'm a nurse so I
# work late", "it's my daughter's car in the drive", "this is Harold" (the customer by name).
_KIN_EN = (
    r"son|daughter|wife|husband|partner|mom|mum|mother|dad|father|grand(?:son|daughter|ma|pa|mother|father)"
    r"|niece|nephew|brother|sister|(?:son|daughter)[- ]in[- ]law|neighbou?r|tenant|landlord|landlady"
    r"|caregiver|carer|home (?:health )?aide|nurse|roommate|flatmate|housemate|property manager|super"
    r"|superintendent|building manager|concierge|assistant|friend|cleaner|housekeeper|nanny"
)
TEXTING_FOR_CUSTOMER = (
    # "this is his daughter", "I'm Harold's son", "it's the tenant at 4B", "im her neighbor"
    rf"\b(?:this is|it'?s|i'?m|i am)\s+(?:(?:his|her|their|\w+'s)\s+|the\s+)(?:{_KIN_EN})\b(?!'s)"
    # "texting for my mother", "writing on behalf of Mr. Lee", "messaging for my dad"
    r"|\b(?:texting|writing|messaging|replying|responding)\s+(?:for|on behalf of)\s+(?:my|our|his|her|mr|mrs|ms|dr|[A-Z])"
    r"|\bon (?:his|her|their|my (?:mom|mum|mother|dad|father)'s) behalf\b"
    # Spanish, Portuguese: "soy su hija", "soy la vecina de la Sra. López", "sou a filha do Sr. Costa"
    r"|\bsoy (?:su|la|el) (?:hija|hijo|esposa|esposo|nieta|nieto|sobrina|sobrino|hermana|hermano|vecina|vecino"
    r"|inquilina|inquilino|cuidadora|cuidador|enfermera|nuera|yerno)\b"
    r"|\b(?:le |te )?escribo (?:de parte de|por) (?:mi|su)\b"
    r"|\bsou (?:a|o) (?:filha|filho|esposa|marido|neta|neto|vizinha|vizinho|inquilina|inquilino|cuidadora"
    r"|sobrinha|sobrinho|nora|genro) d[aoe]\b"
    # French, German, Italian: "je suis sa fille", "ich bin die Tochter von Frau Weber", "sono la figlia"
    r"|\bje suis (?:sa|son|la|le) (?:fille|fils|femme|mari|petite-fille|petit-fils|voisine|voisin|locataire"
    r"|aide-soignante|infirmi[eè]re|belle-fille|gendre|s[oœ]ur|fr[eè]re)\b"
    r"|\b(?:ich bin|hier (?:ist|schreibt)) (?:die|der|seine|ihre) (?:Tochter|Sohn|Frau|Mann|Enkelin|Enkel|Nachbarin"
    r"|Nachbar|Mieterin|Mieter|Pflegerin|Pfleger|Schwiegertochter)\b"
    r"|\bsono (?:la|il|sua|suo) (?:figlia|figlio|moglie|marito|nipote|vicina|vicino|inquilina|inquilino|badante)\b"
)
# The first option's thanks to someone texting for the customer, in the books that have it (it
# takes the place of a first sentence that only thanks, `PLAIN_THANKS`).
THANKS_FOR_TEXTING_FOR = {
    "en": "Thank you for letting me know on {customer}'s behalf.",
    "es": "Gracias por avisarnos de parte de {customer}.",
    "pt": "Obrigado por nos avisar em nome de {customer}.",
    "fr": "Merci de nous prévenir de la part de {customer}.",
    "de": "Danke, dass Sie uns für {customer} Bescheid geben.",
    "it": "Grazie per averci avvisato per conto di {customer}.",
}
# A first sentence that only thanks ("Thanks for letting me know.", "Gracias por avisar."): dropped
# after the thanks for texting for the customer. "Perfect, thank you!" says more and stays.
PLAIN_THANKS = r"^(?:thanks|thank you|gracias|merci|danke|grazie|obrigad[oa])\b[^.!?]{0,40}[.!]$"
# Hard times at home: a death in the family, a funeral, someone in hospital or very ill ("my mother
# passed away this week, can we move it", "husband is in the hospital, please cancel", "ha fallecido
# mi padre"). A visit moved or cancelled for it opens with sympathy ("I'm so sorry to hear that"),
# never "happy to reschedule!" or "You waited far too long". Near misses: "I work at the hospital",
# "the old water heater died", "my phone died", "dead battery in the smoke alarm".
HARD_TIMES = (
    r"\b(?:passed away|passed on|funeral|memorial service|wake is|bereavement|(?:has|had|just) died"
    r"|(?:mom|mum|mother|dad|father|husband|wife|son|daughter|grand\w+|brother|sister|aunt|uncle|partner) died"
    r"|death in the family|lost my (?:mom|mum|mother|dad|father|husband|wife|son|daughter|grand\w+|brother|sister)"
    r"|(?:is|was|been|got|went|taken|rushed|admitted) (?:in|into|to) (?:the )?hospital|(?<!work )(?<!works )in the hospital|hospitali[sz]ed"
    r"|in the (?:er|icu)\b|emergency surgery|had a (?:stroke|heart attack)"
    r"|falleci[óo]|fallecid[oa]|muri[óo] mi|funeral|velorio|est[áa] (?:en el|internad[oa] en el) hospital"
    r"|est d[ée]c[ée]d[ée]|d[ée]c[èe]s|obs[èe]ques|enterrement|(?:est|suis) [àa] l'h[ôo]pital"
    r"|faleceu|vel[óo]rio|enterro|(?:est[áa]|fo[ij]) internad[oa]|est[áa] no hospital"
    r"|verstorben|gestorben|Beerdigung|im Krankenhaus|è mancat[oa]|funerale|in ospedale)"
)

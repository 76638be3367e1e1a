"""The access note: only the words of a message that say how to get in or what to know on arrival.

A customer writes "Running 10 late, side gate is unlocked go ahead n start": the site's note is
"side gate is unlocked go ahead n start", never the lateness beside it. The text is cut into
pieces (sentences, then commas, dashes, emoji and "so"/"but"), and a piece is kept when it

- carries an access cue (`lexicon.CUES["access_info"]` or `_MORE_ACCESS` below) and is neither a
  question nor a story about a past visit ("Last time your guy left the back door open"),
- names where the home is inside a building ("Apartment 12B", "third floor") beside another
  detail, or
- says nothing another intent claims (no lateness, arrival, thanks, greeting...) and sits in a
  sentence that carries a cue: "Parking is permit only so use the space behind the garages, bay 7"
  keeps its uncued second half.

Neighbouring pieces that are kept stay joined as written; fillers at either end ("FYI", "tho",
"I'm home now") are trimmed. The words are the customer's own: nothing is reworded.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable

from . import lexicon as lx
from .cues import CueSet
from .cues.access_info import ACCESS_INFO, CODE_FAILED, CODE_PROMISED
from .normalize import normalise
from .timewords import find_clocks, find_durations

# Sentences end at stops and at emoji ("had to go back for my phone 🙄 door's stuck open").
_EMOJI = "\U0001f000-\U0001faff\u2600-\u27bf"
# A German ordinal floor ("3. Stock", "2. OG") keeps its dot inside the sentence (issue 13, h13langeu).
_ORDINAL_DOT = r"(?<=\d)\.(?= ?(?:og|ug|dg|eg|stock|stockwerk|etage|obergeschoss|geschoss|obergeschoß|kat)\b)"
# "no. 12" (number 12) keeps its dot inside the sentence: "neighbour at no. 12 has a key" (h13access9b).
_NUMBER_DOT = r"(?<=\bno)\.(?= ?\d)"
# A title keeps its dot before the name it goes with (issue 13, h14access): "The key's with Mrs. Patel next door",
# "ask Mr. Lee in 4B"; "apt." before its number likewise ("Apt. 4B"). "Oak Dr. Gate code ..." ends a sentence.
_TITLE_DOT = (
    r"(?:(?<=\bmr)|(?<=\bmrs)|(?<=\bms)|(?<=\bmme)|(?<=\bsra)|(?<=\bsrta))\.(?= ?(?-i:[A-Z]))"
    r"|(?<=\bapt)\.(?= ?\d)"
)
# Chinese, Japanese and Korean texts end sentences with full-width stops ("好的，确认。大门密码是 6612"), Hindi
# with the danda ("जी हाँ, कन्फर्म है। ... पार्किंग है", h14 review).
_CJK_STOPS = "\u3002\uff01\uff1f\uff1b\u0964\u0965"
_SENTENCE = re.compile(
    rf"(?:[^.!?;\n{_CJK_STOPS}{_EMOJI}]|{_ORDINAL_DOT}|{_NUMBER_DOT}|{_TITLE_DOT})+[.!?;{_CJK_STOPS}{_EMOJI}\ufe0f\u200d]*|[.!?;{_CJK_STOPS}{_EMOJI}]+",
    re.IGNORECASE,
)
# Where a sentence breaks into pieces: commas and colons, dashes between words, emoji, and the
# conjunctions that join a detail to something else ("door's open so you can get in"); "if so" is one
# condition, not a break (issue 13, h13access11).
_BREAK = re.compile(
    r"\s*[,\uff0c\u3001]\s*|\s+[-\u2013\u2014]+\s+"
    r"|(?<!\bif)\s+(?=(?:so|but|pero|mais|tho so|though so)\s(?!much\b|many\b|far\b|long\b|sorry\b|glad\b|you know\b|u know\b))",
    re.IGNORECASE,
)
# Access cues the intent lexicon does not carry: an offer to open up, pets shut away, a buzzer.
_MORE_ACCESS = re.compile(
    r"\b(?:i'll|we'll|i will|we will|i can|i'm going to|i'm gonna|will) (?:go )?(?:open|unlock|leave open|leave unlocked) "
    r"(?:up )?the (?:\w+ )?(?:garage|gate|door|shed|basement)\b"
    r"|\bleave (?:the|my|our) (?:\w+ )?(?:door|gate|garage) (?:open|unlocked)\b"
    r"|\b(?:shut|locked|closed|kept|put away|put up) (?:up )?in (?:the|a|his|her|their) (?:\w+ )?"
    r"(?:room|garage|basement|bedroom|crate|kennel|yard|office|bathroom)\b"
    r"|\bbuzzer'?s?\b|\bgate code\b"
    r"|\bpark (?:around|round|across|down|up|near|next|behind|beside|along|anywhere|wherever|over|out)\b"
)
# A place in a building, kept beside another detail: "Apartment 12B", "second floor".
_LOCATION = re.compile(
    r"^(?:[\w']+ ){0,3}(?:<unit>|<addr>)(?: (?:on the |on )?"
    r"(?:<qty>|first|second|third|fourth|fifth|top|ground|main|upper|lower) floor)?\s*[.!]*$"
    r"|^(?:on the )?(?:<qty>|first|second|third|fourth|fifth|top|ground|main|upper|lower) floor\s*[.!]*$"
)
# The number of the person who lets the technician in, kept like a place beside another detail (issue 13,
# h13access11): "Tenant's name is Rosa, she'll let you in. | Her number is 555-0142". The customer's own
# number ("my cell is 555-0142, text me there") is how to reach them, not what to know on arrival.
_CONTACT = re.compile(
    r"^(?:(?:her|his|their|su|sus)(?: own)? )(?:cell|cell number|cell phone|number|phone|phone number|mobile|#|"
    r"cel|celular|n[uú]mero|tel[eé]fono|whats ?app)(?: is| es)?[:\s]*<phone>\s*[.!]*$"
)
# A sentence about an earlier visit is a story, not an instruction for this one.
_HISTORY = re.compile(
    r"^\s*(?:last time|the last time|previously|the other day|last (?:week|month|year)|"
    r"(?:the )?last (?:guy|tech|technician|plumber|electrician))\b"
)
# Words that open a piece without saying anything about the way in.
_LEADING_FILLER = re.compile(
    r"^(?:(?:(?:fyi|just fyi|btw|by the way|heads up|reminder|(?:please )?note|just so you know|just a heads up|for next time|for future reference|also|oh and|"
    r"and|but|so|tho|though|pero|y|et|mais|mas|aber|po|ps|p\.s\.|ok|okay|oh|anyway|anyways|one more thing|"
    r"quick one|quick thing|quick note|one thing|short one|"
    # the other choice, said before the detail that holds either way (issue 13, h14access): "If not, the spare
    # key is with my neighbour", "Sinon la clé est chez la gardienne"; "for whenever it is, gate code is 2020"
    # ("si no estoy", "se não atender" open a condition, and stay)
    r"if not(?=\s*,|\s*$| the (?:\w+ )?(?:code|key|lockbox)\b)|otherwise|or else|sinon|sonst|ansonsten|sen[ãa]o|altrimenti|"
    r"for whenever (?:it is|that is|you come|he comes)|whenever (?:it is|you come|he comes)|"
    # who is writing, said before the detail in a run-on (issue 13, h13access12): "landlord here the tenant
    # knows you are coming", "this is the property manager the lockbox code is 5151"
    r"(?:(?:this is|it's|its|i'm|im|i am) (?:the |your )?(?:landlord|landlady|owner|homeowner|property manager|building manager)"
    r"(?: (?:for|of|at) (?:the )?(?:(?:unit|house|apt|apartment|property|building|place)\b ?#?)?(?:\d+\w*(?: (?!the\b)[\w']+)?)?)?"
    r"(?: here)?|(?:the |your )?(?:landlord|landlady|owner|homeowner|property manager|building manager) here)(?=[\s,.!:]|$)|"
    # a condition that only says when the detail is needed (issue 13, h13access11): "If so the garage code
    # is 5567", "just in case, the lockbox code is 2580"
    r"if so|if needed|if need be|(?:just )?in case(?: (?:you|he|they) need(?:s)? (?:it|to get in))?|"
    # ... and their words in the languages (issue 13, h13access8): "por cierto", "ah y", "au fait", "übrigens"
    r"por cierto|a prop[óo]sito|ah y|ah e|ah et|oh et|au fait|[àa] propos|aliás|alias|übrigens|ach ja|nga pala|"
    # a lead-in that announces the detail: "I forgot to mention", "before I forget", "wanted to let you know"
    r"(?:i )?forgot to (?:mention|say|tell you)(?: that)?|(?:i )?just remembered(?: that)?|one (?:other|more|last) thing|"
    r"before i forget|i should (?:mention|say|tell you)(?: that)?|(?:i )?(?:just )?want(?:ed)? to (?:let you know|say|tell you|mention)"
    r"(?: that)?|not sure if i (?:told|mentioned to|said to)(?: you)?(?:,? but)?|(?:just )?(?:to let|letting) you know(?: that)?|"
    # an answer or a greeting before the detail: "Great, gate code is 4471", "Hi there, ..."
    r"great|perfect|awesome|cool|sounds good|yes|yep|yeah|sure|confirmed|"
    # ... and in the languages (issue 13, h13access6): "OK super, der Code ...", "Sim a chave ...". A thanks
    # stays out: its words run on ("thanks for the reminder the code is ...") and the piece is the thanks's.
    r"super|parfait|d'accord|oui|perfecto|perfeito|[óo]timo|genial|vale|claro|dale|s[íi](?= )(?! no\b)|"
    r"combinado|confirmado|confirmo|beleza|ja|alles klar|passt|prima|sige(?: po)?|opo|v[âa]ng|d[ạa]|好的|네|알겠습니다|"
    r"lovely|alright|all good|got it|noted|will do|no problem|absolutely|of course|"
    # a greeting, with the name it is said to: "Hi Luis, gate code is 4411", "Bonjour Marc!"
    r"(?:(?:hi|hey|hello) there|hi|hey|hello|good morning|morning|g'day|gday|hiya|howdy|hola|bonjour|buenos d[ií]as|buenas|hallo|ciao|salut|coucou|oi|ol[áa]|"
    r"bom dia|boa tarde|buongiorno|guten (?:morgen|tag)|moin|servus|(?:xin )?ch[àa]o(?: (?:anh|ch[ịi]|em|b[ạa]n))?)"
    # ... or the word it is said with: "G'day mate", "Hiya love"
    r"(?:[\s,]+(?:mate|love|luv|folks|guys|all)(?=[\s,.!:]|$))?"
    # ... or who is writing, said by voice with no capital (issue 13, h13access12): "hey its carlos my wife is
    # home", "hi this is tom again"; "hey its open" or "hi its the side door" names nobody
    r"(?:[\s,]+(?:it'?s|this is) (?!(?:the|a|an|my|our|your|his|her|their|open|unlocked|locked|in|on|under|behind|at|by|"
    r"with|not|just|free|fine|ok|okay|broken|friendly|gonna|going|been|still|up|down|around|out|off|best|easier|easiest|"
    r"safe|better|me|us|here|there|through|round|so|really|very|too|all|always|usually|a|code|gate|door|key)\b)[a-z']+"
    r"(?: (?:again|here))?(?=[\s,.!:]|$))?"
    r"(?:[\s,]+(?-i:[A-Z][a-z'\u00e0-\u00ff]+)(?<!\bThe)(?<!\bGate)(?<!\bCode)(?<!\bSide)(?<!\bBack)(?<!\bFront)"
    r"(?<!\bKey)(?<!\bDog)(?<!\bPark)(?<!\bOur)(?<!\bMy)(?<!\bWe)(?<!\bEl)(?<!\bLa)(?<!\bLe)(?=[\s,.!:]|$))?|"
    # politeness before an instruction adds nothing to the note: "Please park on the street"
    r"please|pls|plz)\b"
    # Chinese fillers have no word boundary before the detail: "另外门铃坏了"
    r"|另外|顺便说一下|顺便|你好|您好)[\s,:.!-]*)+",
    re.IGNORECASE,
)
# "I'm home now", "we're both back" run into the detail when no comma separates them.
_LEADING_STATUS = re.compile(
    r"^(?:(?:i'?m|i am|we'?re|we are|am)\s+(?:both\s+|all\s+)?(?:home|here|back|outside|in)|"
    r"(?:home|back|here)\s+now|just got (?:home|back|here))(?:\s+now)?(?:[\s,.!]+|$)",
    re.IGNORECASE,
)
# A condition on the customer's own absence closes a detail without being part of it (issue 13, h13access13),
# like the absence `_ABSENT` drops when it opens one: "key is with the neighbor in 2A | if I'm not there yet",
# "alarm code is 5520 | in case I'm late". A condition on the way in ("if nobody answers the bell") stays.
_TRAILING_ABSENCE = re.compile(
    r"[\s,]+(?:if|in case|incase|just in case|when|cuz|because|since|as)\s+(?:"
    r"(?:i|we)(?:'m|'re| am| are|m|re)? (?:not|still|running|late|stuck|held up|out|away|at work|gone|delayed)\b"
    r"|(?:i|we) (?:don't|dont|do not|can't|cant|won't|wont) (?:make it|get (?:there|home|back)|be (?:there|home|back))\b"
    r"|(?:i|we)(?:'m|'re| am| are)? (?:run|running) (?:late|behind)\b"
    r"|(?:you|u|he|she|they|the tech) (?:beat|beats) (?:me|us)\b"
    r"|(?:you|u|he|she|they|the tech) (?:get|gets|arrive|arrives|beat|beats|show up|shows up)(?: there| here| in)? "
    r"(?:before|ahead of|first|early)(?: me| us)?\b"
    r"|(?:nobody|no one|noone)(?:'s| is)? (?:home|there|here|around)\b"
    r")[^,.;!?]*[.!]*$"
    # ... or a conjunction left alone at the end once the thought it opened is cut off: "gate code is 4411 | in case"
    # ("or" stays: "can he park on the drive or" leaves the choice open, `lx.OPEN_CHOICE`)
    r"|[\s,]+(?:if|in case|incase|just in case|unless|because|cuz|coz|since|and|but|so|when|while)[\s,.!]*$",
    re.IGNORECASE,
)
# A remark to the technician about this visit closes a detail without being part of it (issue 13, h13access14):
# the site's note is its permanent record, and "if he wants to get started", "so he can start without me", "and
# he can go ahead", "feel free to start", "no need to wait for me" only concern today. The words the remark opens
# with are the technician doing something now (wanting, starting, waiting, getting out of the cold), never the
# way in: "key under the mat, the back door sticks | so lift it" and "if the gate is locked, code is 4411" stay.
_TECH = r"(?:he|she|they|you|u|ya|the tech|your tech|the technician|your guy|the guy)"
_GET_GOING = (
    r"(?:(?:just |also |then |always )?(?:start|begin|get started|get going|get to work|get on with it|crack on|make a start|"
    r"go ahead|work|get out of the (?:cold|rain|heat|snow|wind|weather))"
    r"|(?:head|come|go|walk|let (?:himself|herself|themselves|yourself)) (?:(?:on |right |straight )?(?:in|down|up|inside|through) )?and "
    r"(?:start|begin|get started|get going|get to work|make a start))"
)
_DONE_WORD = (
    r"(?:(?:just|please|pls|and|then|so) )*(?:text|call|message|msg|ring|buzz|ping|lmk|let me know|tell me|shoot me a (?:text|message))"
    r"(?: me| us)? (?:when|once|after|before|if) (?:you'?re|u r|ur|he'?s|she'?s|they'?re|you are|he is|she is|they are|you|u|he|she|they|"
    r"the tech is|your tech is) (?:all )?(?:done|finished|leaving|leave|finish|through|wrapping up|heading out|wrapped up|on your way out|gone)\b"
    r"|av[ií]s\w* (?:cuando|al) (?:termine|terminen|acabe|acaben|terminar)|(?:pr[ée]venez|dites|envoyez)[- ]moi\w*(?: un (?:texto|sms|message))? "
    r"(?:quand|lorsque|une fois que) (?:vous|il|elle) (?:avez|a|aurez|aura|partez|part) ?(?:fini|termin[ée])?"
    r"|(?:sagen|geben) sie (?:mir )?bescheid,? (?:wenn|sobald) sie fertig sind|me (?:avise|avisa|mande mensagem) quando terminar"
    r"|(?:xong|l[àa]m xong) (?:th[ìi] )?(?:nh[ắa]n|g[ọo]i|b[áa]o)|(?:做完|弄完|修好)了?(?:告诉|通知|跟)我"
)
# (a way in named after the leave keeps it a detail: "vous pouvez entrer par le garage", "pode entrar pelos fundos")
_NO_WAY = (
    # (the next word only: "he can let himself in | and the water heater is in the garage" names no way in)
    r"(?!\s+(?:through|thru|by|via|with|using|from|round|around|the|par|por|pelo|pela|pelos|pelas|durch|über|"
    r"dalla|dal|dai|door|przez|через|sa|qua|sau|c[ửu]a)\b)"
)
_VISIT_REMARK = (
    rf"(?:{_TECH}(?:'d| would) like to|{_TECH} (?:wants?|wanna|needs? to start|feels? like|prefers?|wishes)\b"
    rf"|{_TECH}(?:'s|'re| is| are)? (?:can |could |may |might |is |are )?(?:welcome|free) to {_GET_GOING}"
    rf"|{_TECH} (?:can|could|may|might|will be able to|should be able to) {_GET_GOING}\b"
    rf"|{_TECH} (?:doesn't|does not|don't|do not|won't|will not|isn't|is not|aren't|are not|wont|dont|doesnt|isnt)"
    r" (?:have to |need to |got to |be )?(?:wait|stuck|stand|sit|left)\b"
    rf"|(?:please |pls )?(?:feel free to|go ahead and|go on in and|come in and|come on in and) {_GET_GOING}"
    r"|(?:please |pls )?(?:feel free|go ahead)[.!]*$"
    r"|(?:please |pls )?(?:go|come|head|walk) (?:on |right |straight )?(?:in|inside) and (?:get out of|start|get started|make yourself)"
    r"|no need to (?:wait|hang around|stick around)\b"
    # leave to come in, with no way in named: "please let yourself in" ("let yourself in the side" names one)
    rf"|(?:please |pls |just |feel free to |go ahead and )?let (?:yourself|himself|herself|themselves) in(?: and {_GET_GOING})?[.!]*$"
    r"|(?:quiere|quieren|quiera|quieran) (?:ir )?(?:empezar|empezando|comenzar|adelantar)"
    r"|(?:pueda|puedan) (?:empezar|comenzar|ir empezando)"
    # leave to come in, with no way in named (issue 13, h14access): "he can let himself in", "he can just let
    # himself in and ..." ("he can let himself in through the side door" names one, and stays)
    rf"|{_TECH} (?:can|could|may|should|will) (?:just |always |simply )?let (?:himself|herself|themselves|yourself) in\b{_NO_WAY}"
    # ... and leave to start or come in, in the languages: "er kann schon anfangen", "il peut commencer", "ele pode
    # começar", "puede ir empezando", "può iniziare", "hij kan alvast beginnen", "może już zaczynać", "можете
    # начинать", "pasok na lang po kayo", "anh cứ vào trước nhé", "可以先开始"
    r"|(?:er|sie|der techniker) (?:kann|können|darf|dürfen) (?:(?:gerne|gern|schon|ruhig|einfach|direkt|sofort|bereits) )*"
    rf"(?:anfangen|beginnen|loslegen|rein(?:gehen|kommen)|hinein(?:gehen|kommen)){_NO_WAY}"
    rf"|(?:il|elle|vous|le technicien) (?:peut|peuvent|pouvez) (?:d[ée]j[àa] |directement )?(?:commencer|entrer|rentrer|y aller){_NO_WAY}"
    rf"|(?:ele|ela|voc[êe]|vc|o t[ée]cnico) (?:pode|podem) (?:j[áa] )?(?:come[çc]ar|ir come[çc]ando|entrar){_NO_WAY}"
    rf"|(?:[ée]l|usted|ustedes|el t[ée]cnico)? ?(?:puede|pueden) (?:ir )?(?:empezar|comenzar|empezando|entrar|pasar){_NO_WAY}"
    rf"|(?:pu[òo]|potete|puoi|pu[òo] anche) (?:gi[àa] |pure )?(?:iniziare|cominciare|entrare|salire){_NO_WAY}"
    rf"|(?:hij|zij|ze|u|je) (?:kan|kunt|mag|mogen) (?:(?:alvast|gewoon|al|direct) )*(?:beginnen|starten|naar binnen){_NO_WAY}"
    rf"|(?:mo[żz]e|mo[żz]ecie|mo[żz]na) (?:(?:ju[żz]|[śs]mia[łl]o|od razu) )*(?:zaczyna[ćc]|zacz[ąa][ćc]|wej[śs][ćc]|wchodzi[ćc]){_NO_WAY}"
    rf"|(?:может|можете|можно) (?:(?:уже|сразу|спокойно) )*(?:начинать|начать|заходить|проходить){_NO_WAY}"
    rf"|(?:pasok|pumasok) (?:na )?(?:lang )?(?:po )?(?:kayo|ka)\b{_NO_WAY}"
    r"|(?:anh|ch[ịi]|em|b[ạa]n) c[ứu] (?:v[àa]o|b[ắa]t đ[ầa]u|l[àa]m)(?: tr[ưu][ớo]c| lu[ôo]n)?"
    r"|(?:他|你|您|师傅)?(?:可以)?(?:先开始|直接进(?:来|去)?)"
    # word when the work is done, asked of the technician (issue 13, h14access): "text me when you're done", "lmk when
    # he's finished", "avíseme cuando termine", "prévenez-moi quand vous avez fini", "sagen Sie Bescheid wenn Sie
    # fertig sind", "xong thì nhắn em nhé", "做完了告诉我"; "text me when you're outside" is how to get in, and stays
    rf"|{_DONE_WORD}"
    # the holder told of today's visit: "the key's with Mrs. Patel, | she knows you're coming", "| he's expecting you"
    r"|(?:she|he|they|who)(?:'s|'re| is| are|'ll be| will be)? (?:expecting (?:you|u|him|her|them|the tech|your tech)\b"
    r"|(?:knows?|aware) (?:that )?(?:you'?re|he'?s|she'?s|u r|the tech is|someone is|someone'?s|you are|he is|you'll be|he'll be|you will be)"
    r" (?:coming|stopping by|on (?:your|his|her) way)\b)"
    # ... and no waiting for the customer, in the languages: "no hace falta que me espere", "er muss nicht auf mich
    # warten", "il n'a pas besoin de m'attendre", "não precisa me esperar"
    r"|no (?:hace falta|es necesario|tiene que|necesita) (?:que )?(?:me )?esper\w*|(?:er|sie|der techniker) (?:muss|m[üu]ssen|braucht) nicht (?:auf mich |auf uns )?(?:zu )?warten"
    r"|(?:il|elle|vous) n'(?:a|ont|avez) pas besoin de (?:m'|nous )?attendre|(?:n[ãa]o|nem) precisa (?:de )?(?:me |nos )?esperar"
    r"|non (?:c'è bisogno di|serve) aspettar\w*"
    r")"
)
# ... as a piece of its own ("feel free to start", "so he doesn't have to wait") or closing one ("gate code is 4411
# | if he wants to get started", "back door is open | and he can go ahead").
_VISIT_PIECE = re.compile(rf"^(?:so (?:that )?|and |then )?{_VISIT_REMARK}[^,.;!?]*[.!]*$", re.IGNORECASE)
# ... or opening one, joined to the detail by "and" (issue 13, h14access): "He can let himself in and | the dog is
# friendly"; cut only when what follows is a detail.
_LEADING_VISIT = re.compile(
    rf"^(?:{_VISIT_REMARK})[^,.;!?]*?\s+(?:and|so|but|y|et|e|und)\s+(?=\w)", re.IGNORECASE
)
# ... or a leave to come in run on after the detail with no stop (issue 13, h14access): "the code is 1212 | come on in"
_TRAILING_COME_IN = re.compile(
    # ("when you come in" says when, not leave: "don't let the cat out when you come in")
    r"(?<!\byou)(?<!\bu)(?<!\bhe)(?<!\bshe)(?<!\bthey)(?<!\bwe)(?<!\bi)(?<!\bya)"
    r"[\s,]+(?:just |please |pls |so )?(?:come|go|head|walk) (?:on |right |straight )?in(?:side)?(?: now)?[\s.!]*$",
    re.IGNORECASE,
)
_TRAILING_DONE = re.compile(rf"[\s,]+(?:{_DONE_WORD})[^,.;!?]*[.!]*$", re.IGNORECASE)
_TRAILING_VISIT = re.compile(
    # (or run on with no word between, by voice: "gate code 4411 | he can start without me", h14access)
    rf"[\s,]+(?:(?:if|in case|incase|just in case|whenever|so(?: that)?|and|then|por si|si|para que|y)\s+)?{_VISIT_REMARK}[^,.;!?]*[.!]*$",
    re.IGNORECASE,
)
# Why another entrance is not used today is a remark on this visit, not the site's: "use the back door | the front
# one is being painted today", "come around to the back gate | since the front is blocked by a dumpster this week".
# A lasting reason stays: "Use the side door, the front door is painted shut", "the street gets ticketed".
_TODAY_ONLY = (
    r"(?:the|our|my) (?:front|back|side|main|other|usual|regular)(?: (?:one|door|entrance|gate|porch|steps|stairs|way|walk|"
    r"walkway|path|driveway|drive|deck))?(?:'s| is| are| will be| has been| gets| got)?\b"
    r"(?=[^,.;!?]*\b(?:being|getting|today|tonight|this (?:week|morning|afternoon|evening|weekend|month)|right now|"
    r"at the moment|for now|temporarily|till|until)\b)[^,.;!?]*[.!]*$"
)
_VISIT_REASON = re.compile(rf"^(?:since |because |cuz |coz |as )?{_TODAY_ONLY}", re.IGNORECASE)
_TRAILING_REASON = re.compile(rf"[\s,]+(?:since|because|cuz|coz|as)\s+{_TODAY_ONLY}", re.IGNORECASE)
# Today's state of the site beside the lasting way in (issue 13, h14note): the note is the site's permanent
# record, so a piece that only tells how things stand today is left out of it when another piece holds the way
# in: "Lockbox on the porch rail, code 2580. | The elevator is out today", "Gate code 8080, | the dog's crated
# today", "Driveway's a sheet of ice | so park on the road, and come to the side door". Today's state is a lift
# out of order, ice or snow not cleared, a pet shut away today, someone asleep or on calls, a part of the site
# blocked or being worked on today, or the customer coming down to let him in. A lasting fact stays: "the front
# door sticks", "the gate is always locked", "the cat stays in the bedroom", "front steps are slippery in the
# rain", and so do a broken buzzer or doorbell and where the pets are (what the technician must know to get in:
# "the buzzer's broken, call when outside", "dog will be in the backyard"). A piece that names the way in itself
# stays whatever else it says (`_WAY_IN_WORDS`: "dont ring the bell baby is napping", "the code is 7070 she might
# be napping"), and so does a piece that is the only way in ("the intercom is broken, call me when you get here").
_TODAY_WORD = (
    r"(?:today|tonight|this (?:morning|afternoon|evening|week|weekend)|right now|at the moment|for now|temporarily|"
    r"hoy|esta (?:mañana|tarde|semana)|ahorita|aujourd'hui|ce matin|cet apr[èe]s-midi|cette semaine|en ce moment|"
    r"heute|heute (?:morgen|fr[üu]h)|diese woche|oggi|stamattina|questa settimana|al momento|hoje|esta manh[ãa]|"
    r"no momento|ngayon|ngayong araw)"
)
_TODAY_STATE = re.compile(
    # a lift out of order: "Elevator's out", "the lift is out of service today", "el ascensor no funciona hoy",
    # "l'ascenseur est en panne", "der Aufzug ist außer Betrieb", "l'ascensore è guasto", "sira po ang elevator"
    r"\b(?:elevators?|lifts?|ascensor|elevador|ascenseur|aufzug|fahrstuhl|ascensore)\b"
    r"[^,.;!?]{0,25}?(?:(?:'s|\bis|\bare|\bhas been|\bwent|\bwas) (?:out|down)\b|\bout of (?:service|order)|\bbroken|\bnot working|"
    r"\b(?:doesn't|does not|isn't|won't|don't) (?:work|working)|\bbeing (?:serviced|repaired|fixed|replaced)|\bdown for|"
    r"\bno funciona|\best[áa] (?:roto|descompuesto|fuera de servicio)|\bfuera de servicio|\ben panne|\bhors service|"
    r"\bne (?:marche|fonctionne) pas|\bau[ßs]er betrieb|\bkaputt|\bdefekt|\b(?:geht|funktioniert) nicht|\bguasto|\brotto|"
    r"\bnon funziona|\bfuori servizio|\bparado|\bquebrado|\bcom defeito|\bn[ãa]o (?:funciona|est[áa] funcionando))"
    r"|\bsira (?:po )?(?:ang |yung )?(?:elevator|lift)\b"
    # ice or snow not cleared: "Driveway's a sheet of ice", "Snow's not plowed yet", "L'allée est verglacée"
    r"|\b(?:sheet of ice|icy|iced over|iced up|frozen over|snowed in|not (?:been )?(?:plowed|ploughed|shoveled|shovelled|"
    r"cleared|salted|gritted)|(?:hasn't|haven't|has not|have not) been (?:plowed|ploughed|shoveled|shovelled|cleared|salted|gritted)|"
    r"verglac[ée]e?s?|vereist|glatteis|spiegelglatt|ghiacciat[oa]|congelad[oa]|con hielo|com gelo|coberto de neve|"
    r"cubierto de nieve)\b"
    # a pet shut away, said with today: "the dog's crated today", "el perro estará encerrado en el patio hoy"
    r"|\b(?:dogs?|pups?|puppy|cats?|perros?|gatos?|chiens?|chats?|hunde?|katzen?|cane|gatto|cachorros?|c[ãa]es|aso|pusa)\b"
    r"(?=[^,.;!?]*\b(?:crated|crate|shut|locked|closed|put away|encerrad[oa]s?|enferm[ée]s?|eingesperrt|chius[oa]|"
    rf"pres[oa]s?|nakakulong|nakatali)\b)(?=[^,.;!?]*\b{_TODAY_WORD}\b)"
    # someone asleep or busy today: "my husband is asleep upstairs", "Mon mari dort", "Tulog pa po si lola"
    r"|\b(?:asleep|sleeping|napping|on (?:a )?(?:work )?calls?|home sick|(?:is|are) sick|"
    r"duerme|est[áa] durmiendo|dormindo|dort|schl[äa]ft|dorme|sta dormendo|tulog|natutulog)\b"
    # the customer coming down to let him in, said on its own: "| I'll come down", "| I'll let you in"
    r"|^(?:and |then )?(?:i'?ll|i will|we'?ll|we will) (?:come (?:down|out)|(?:come (?:and )?)?let (?:him|her|them|you|u) in|"
    r"buzz (?:him|her|them|you|u) (?:in|up))[\s.!]*$"
    r"|^(?:ich (?:mache|mach) (?:ihnen |dir )?auf|je (?:vous |lui )?(?:ouvre|descends)|le abro|scendo ad? aprire)[\s.!]*$",
    re.IGNORECASE,
)
# Words that name the way in itself: a piece holding one is never today's state alone.
_WAY_IN_WORDS = re.compile(
    r"(?<!around )(?<!till )(?<!until )(?<!at )(?<!after )(?<!before )(?<!from )(?<!by )\b\d+(?!\s*(?:am|pm|min|mins|minutes|"
    r"hrs?|hours?|uhr|o'clock)\b)|\b(?:codes?|keys?|lock ?box|key ?safe|buzz\w*|ring|bell|knock\w*|call|text|door|gate|entrance|side|back|park\w*|"
    r"sonne\w*|frapp\w*|toque|toca|timbre|c[óo]digo|llave|puerta|port[óo]n|porte|cl[ée]|schl[üu]ssel|t[üu]r|tor|klingel\w*|"
    r"klopf\w*|chiave|porta|cancello|campanello|suon\w*|bussa\w*|chave|port[ãa]o|campainha|bata|susi|pinto)\b",
    re.IGNORECASE,
)
# A part of the site blocked or worked on today: "my neighbor has the front blocked with a moving truck today",
# "Hoy la entrada principal está cerrada por obras", "the stairs to the basement are being painted today".
_BLOCKED_TODAY = re.compile(
    r"\b(?:blocked|blocking|closed|being (?:painted|redone|repaired|fixed|replaced|worked on|resurfaced|sealed)|torn up|dug up|"
    r"cerrad[oa]|bloquead[oa]|por obras|ferm[ée]e?|bloqu[ée]e?|travaux|gesperrt|baustelle|chius[oa]|bloccat[oa]|lavori|"
    r"fechad[oa]|obras|sarado|harang|sira|broken|kaputt|cass[ée]e?|rot[oa]|quebrad[oa]|guast[oa])\b",
    re.IGNORECASE,
)
_USE_WORDS = re.compile(
    r"\d|\b(?:codes?|keys?|lock ?box|call|text|ring|knock|buzz|park\w*|use|lift|push|pull|jiggle|llame|toque|use|"
    r"appelez|sonnez|klingeln|rufen|chiami|suoni|ligue|toque|tawag)\b",
    re.IGNORECASE,
)
_TODAY_MARK = re.compile(rf"\b{_TODAY_WORD}\b", re.IGNORECASE)
# The customer coming to open up, run on after the way in (h14note): "Buzz 3 on the panel | and I'll let him
# in", "call me when you get here | and I'll come down", "Toque el timbre del 5C | y le abro", "Sonnez au 3 | et
# je vous ouvre", "Toca o interfone no 202 | que eu abro", "mi faccia uno squillo quando arriva | e scendo ad aprire".
_TRAILING_OPEN_UP = re.compile(
    r"\s+(?:(?:and|&|then) (?:i'?ll|i will|we'?ll|we will|someone will|somebody will) (?:come (?:down|out|up|round|around)|"
    r"(?:come (?:and )?)?let (?:him|her|them|you|u|the tech) in|buzz (?:him|her|them|you|u) (?:in|up)|"
    r"(?:come (?:and )?)?open (?:up|the (?:\w+ )?(?:garage|gate|door))|pop down|run down|meet (?:him|her|them|you|u))"
    r"|y (?:le|les|te) (?:abro|abrimos)|y (?:bajo|salgo) a abrir|et (?:je|on) (?:vous |lui |te )?(?:ouvre|descends)|"
    r"und ich (?:mache|mach|öffne|komme)|e (?:scendo|vengo giù|le apro|gli apro|apro)|(?:que|e) (?:eu )?(?:abro|des[çc]o)|"
    r"at (?:bubuksan|pagbubuksan) ko)[^,.;!?]*[.!]*$",
    re.IGNORECASE,
)


def _is_today(piece: str) -> bool:
    """Whether a piece only tells how things stand at the site today (`_TODAY_STATE`)."""
    # (a door or gate blocked or broken today is today's state: "Hoy la entrada principal está cerrada por obras",
    # "sira po yung gate sa harap ngayon"; the way to use it is not: "the gate is broken today, lift it")
    if _BLOCKED_TODAY.search(piece) and _TODAY_MARK.search(piece) and not _USE_WORDS.search(piece):
        return True
    return not _WAY_IN_WORDS.search(piece) and bool(_TODAY_STATE.search(piece))


def _today_dropped(
    raw: str, pieces: list[tuple[int, int, str, int]], kept: list[tuple[int, int, int]]
) -> list[tuple[int, int, int]]:
    """`kept` without the pieces that tell today's state, when a piece that is not today's (nor only a place in
    a building) stays: the lasting way in is the site's note, today's state is not (h14note)."""
    today = {number for number, (start, end, _) in enumerate(kept) if _is_today(raw[start:end])}
    if today and any(
        number not in today and pieces[index][2] != "location" for number, (_, _, index) in enumerate(kept)
    ):
        return [piece for number, piece in enumerate(kept) if number not in today]
    return kept


_THANKS_WORDS = (
    r"(?:thanks|thank you|thank u|thx|ty)(?: (?:so|very) much| a (?:lot|bunch|million|ton)| again| in advance)?|tysm|cheers|"
    r"(?:i )?appreciate (?:it|that|you)|much appreciated|"
    r"(?:muchas |mil )?gracias(?: de antemano)?|merci(?: beaucoup| bien| d'avance)?|(?:danke(?: sch[öo]n| sehr)?|vielen dank)|"
    r"(?:muito )?obrigad[oa]|grazie(?: mille)?|salamat(?: po)?|c[ảa]m [ơo]n(?: (?:anh|ch[ịi]|em|b[ạa]n|nhi[ềe]u))*|"
    r"bedankt|dank (?:je|u)(?:wel)?|dzi[ęe]kuj[ęe]|dzi[ęe]ki|спасибо(?: большое)?|谢谢|감사합니다|ありがとう(?:ございます)?"
)
_SIGN_OFF_WORDS = (
    r"see (?:you|ya|u) (?:soon|then|later|there|shortly)|have a (?:good|great|nice|lovely) (?:one|day|afternoon|morning|evening)|"
    r"hope (?:that'?s|this is|that is|it'?s) (?:ok|okay|alright|fine)|bis (?:gleich|dann|sp[äa]ter|nachher)|"
    r"at[ée] (?:j[áa]|logo|mais)|[àa] (?:tout [àa] l'heure|tout de suite|plus tard|tantôt|bient[ôo]t)|a (?:dopo|presto|pi[ùu] tardi)|"
    r"ci vediamo|nos vemos(?: pronto| ahorita)?|hasta (?:luego|pronto)|tot (?:zo|straks)|do zobaczenia|до встречи"
)
# ... said alone after the detail's comma: "Der Schlüssel liegt unter der Matte, | bis gleich!"
_SIGN_OFF = re.compile(rf"^(?:{_THANKS_WORDS}|{_SIGN_OFF_WORDS})[\s.!]*$", re.IGNORECASE)
_THANKS_TAIL = re.compile(rf"[\s,]+(?:{_THANKS_WORDS}|{_SIGN_OFF_WORDS})", re.IGNORECASE)
_TRAILING_FILLER = re.compile(
    r"(?:[\s,]+(?:fyi|tho|though|lol|btw|by the way|"
    # a thanks or a goodbye run on after the detail, in the languages too (issue 13, h14access): "code 4411 thanks so
    # much", "El código es 2468 muchas gracias", "Der Code ist 1234 danke schön", "key under the mat, see you soon"
    rf"{_THANKS_WORDS}|{_SIGN_OFF_WORDS}|please|pls|plz|"
    r"hope (?:that|this) helps"
    # a need that only says when the detail is used (issue 13, h14access): "alarm code is 9090 | if you need it"
    r"|if (?:you|u|he|she|they) need(?:s)? (?:it|them|to)|if needed|if need be|if necessary|in case (?:you|u|he|she|they) need(?:s)? (?:it|them)|"
    r"just in case|si (?:lo |la )?necesita|si hace falta|au cas o[uù]|si besoin|falls n[öo]tig|bei bedarf|se necess[áa]rio|se serve))+[\s.!]*$"
    # emoji after the words: "gate code 8899 🙏"
    rf"|(?<=\w)[\s.!]*[{_EMOJI}\ufe0f\u200d\s]+$",
    re.IGNORECASE,
)
# The road on the way is why they are late: "accident on 35 but the gate is open".
_ROAD = re.compile(r"\b(?:traffic|accident|crash|wreck|pile-?up|stuck (?:on|in|at|behind))\b")
# The customer's own absence is why a detail is given, not part of it: "I won't be home but ..."
_ABSENT = re.compile(
    r"^(?:i|we)(?:'ll| will)? (?:won't|wont|will not|can't|cannot|am not|'m not|are not|aren't|not going to) be "
    r"(?:home|here|there|around|in)\b|^(?:i'll|we'll|i will|we will|i'm|we're) (?:be )?(?:at work|away|out of town|not home)\b"
    # nobody at all: "Nobody's home, key is in the lockbox" (h13access9)
    r"|^(?:nobody|no one|no-one|noone)(?:'s|'ll be| is| will be| won't be)? (?:home|here|there|around|in)\b|^no hay nadie\b"
    # where the customer is instead: "we're at the lake this weekend", "I'm on vacation till Sunday"
    r"|^(?:i'll|we'll|i will|we will|i'm|we're|i am|we are) (?:be |still )?(?:at (?:the |my |our )?(?:lake|beach|cottage|cabin|"
    r"office|hospital|airport|gym|school|game|doctor'?s?|dentist|in-laws'?|parents'?)|on (?:vacation|holiday|a trip|a plane)|"
    r"travel?ling|out of (?:state|the country))\b"
    # or that they may well be there first: "but I think I'll be there before you anyway" (h13access11)
    r"|^(?:(?:i think|i guess|probably|maybe|hopefully|pretty sure|i'm pretty sure) )?(?:i'll|we'll|i will|we will|i should|"
    r"we should|i might|we might|i'm gonna|i may) (?:probably |likely |prob |still )?(?:be|get) (?:home|there|here|back) "
    r"(?:before|first|ahead|by then|in time|anyway|soon)\b"
    # or that they will be there: "je serai là", "I'll be home", "ahí estaré"
    r"|^(?:i'll|we'll|i will|we will) be (?:home|there|here|around)[.!]*$|^(?:je serai l[àa]|on sera l[àa]|nous serons l[àa]|"
    r"estar[ée] (?:ah[ií]|en casa)|ah[ií] estar[ée]|estaremos (?:ah[ií]|en casa))\b"
    # in French and Spanish, away: "je serai au travail", "no estaré", "estoy en el trabajo"
    r"|^(?:je (?:serai|suis) (?:au travail|au boulot|au bureau|absente?|pas l[àa])|je ne serai pas|no (?:estar[ée]|estaremos|voy a estar)|"
    r"(?:estoy|estar[ée]) en el trabajo)\b"
    # ... and in German, Portuguese and Italian (issue 13, h14access): "Ich bin bis 17 Uhr arbeiten", "estou no trabalho
    # até às 5", "sono al lavoro fino alle 5"
    r"|^(?:ich bin|wir sind) (?:noch |heute |leider )*(?:bis [^,.;!?]{1,12} )?(?:bei der arbeit|auf der arbeit|arbeiten|im b[üu]ro|"
    r"nicht (?:da|zu hause|zuhause|daheim))\b|^(?:ich|wir) (?:bin|sind|werde|werden) nicht (?:da|zu hause|zuhause|daheim)\b"
    r"|^(?:estou|estarei) (?:no trabalho|fora)\b|^n[ãa]o (?:vou estar|estarei|estou) em casa\b"
    r"|^(?:sono|sar[òo]) (?:al lavoro|in ufficio|fuori)\b|^non (?:sono|sar[òo]) a casa\b"
)


def _finders(*intents: str) -> tuple[re.Pattern[str] | CueSet, ...]:
    """What finds each intent's words: its cue set where it has one (a cue set searches faster than its
    joined pattern, `CueSet.search`, and finds the same words), else its pattern."""
    return tuple(lx.CUE_SETS[i] if i in lx.CUE_SETS else lx.CUES[i] for i in intents if i in lx.CUES)


# Intents whose words in a piece mean the piece is about something else than the way in.
_ELSEWHERE: tuple[re.Pattern[str] | CueSet, ...] = _finders(
    "running_late",
    "customer_arrived",
    "thanks",
    "confirm",
    "cancel",
    "reschedule",
    "where_is_tech",
    "complaint",
    "wrong_number",
    "opt_out",
    "emergency",
) + (
    # Permission to start or come in adds nothing the site needs to remember.
    re.compile(
        r"^(?:please )?(?:go ahead|feel free|start (?:without|whenever)|crack on)\b|^come (?:on |right )?in(?: now)?[.!]*$|^come(?: on)?(?: over| by| round| ahead)?[.!]*$"
        # ... and in the languages (issue 13, h13langeu): "pode entrar", "pueden pasar", "entrez", "può entrare"
        r"|^(?:pode|podem|puede|pueden) (?:entrar|pasar|ir entrando)[.!]*$|^entrez(?: directement)?[.!]*$|^(?:può|potete) entrare[.!]*$|"
        r"^(?:можете|можно) (?:заходить|проходить)[.!]*$"
        # ... said alone in Spanish after a detail (issue 13, h13access11): "el codigo es 2580, pasen", "pásale"
        r"|^(?:please )?(?:make yourself at home|help yourself)\b"
        # ... in the languages (issue 13, h14access): "faites comme chez vous", "fique à vontade"
        r"|^(?:faites comme chez vous|fais comme chez toi|f[üu]hlen sie sich wie zu hause|fique (?:[àa] )?vontade|"
        r"si[ée]ntase como en (?:su )?casa|est[áa] en su casa|fate come a casa vostra|fai come a casa tua)\b"
        r"|^(?:pasen|p[aá]sale|p[aá]senle|pase|pasa|adelante|entren|entra|entre|[aá]branle)"
        r"(?: (?:nom[aá]s|directo|sin pena|con confianza|ustedes|adelante))?[.!]*$"
    ),
    # A reassurance after a detail says nothing more about the way in (issue 13, h13access11): "dogs are in
    # the crate | so don't worry", "gate code 4411 | so no need to call"; "no worries about the dog" is kept.
    re.compile(
        r"^(?:so |and )?(?:(?:please )?don'?t (?:worry|stress)|no (?:worries|stress|rush)|no need to (?:call|knock|ring|wait|text|worry)|"
        r"you'?re (?:all )?(?:good|set)|all good|you'?re all set)(?: at all)?[.!]*$"
    ),
    re.compile(
        r"^(?:hi|hey|hello|morning|good morning|afternoon|evening|g'day|gday|hiya|howdy|hola|buenos d[ií]as|bonjour|hallo|ciao|salut|coucou|oi|"
        r"ol[áa]|bom dia|boa tarde|buongiorno|guten (?:morgen|tag)|moin|servus|(?:xin )?ch[àa]o)\b|^(?:你好|您好)"
    ),
    # the road on the way is why they are late: "accident on 35 but the gate is open"
    _ROAD,
    # an earlier visit told mid-sentence is why a detail is given, not part of it: "Your guy blocked my
    # car in last time, park on the street" (`_HISTORY` drops such a story when it opens the sentence)
    re.compile(r"\b(?:last time|last visit|the other day)\b"),
    # an apology says why, not how to get in: "so sorry about this but ..."
    re.compile(
        r"^(?:(?:so|very|really|i'm|im|i am|we're|soo+) )*(?:sorry|apologies|my bad|oops|d[ée]sol[ée]e?|perd[oó]n|lo siento|disculp\w*)\b"
    ),
    # The customer's own absence is why a detail is given, not part of it (`_ABSENT`)
    _ABSENT,
    # a thanks or a goodbye said alone after the detail: "| bis gleich!", "| até já"
    _SIGN_OFF,
)
# An instruction opened by "when"/"if" ("When he comes PLEASE use the garage entrance") asks nothing.
_SUBORDINATE = re.compile(r"^\s*(?:when|whenever|once|if|after|before)\b")


def _pieces(sentence: str, offset: int) -> list[tuple[int, int]]:
    """(start, end) spans in the message of the pieces of one sentence."""
    spans = []
    position = 0
    for brk in [*_BREAK.finditer(sentence), None]:
        end = brk.start() if brk else len(sentence)
        if end > position:
            spans.append((offset + position, offset + end))
        if brk:
            position = max(brk.end(), position)
    return spans


# "Can you tell Luis the side gate is unlocked?": a message passed on, the detail is the customer's own.
_RELAY = re.compile(
    r"^(?:can|could|would|will) (?:you|u) (?:please |pls )?(?:tell|let|remind|ask|warn) (?:[\w']+ ){1,2}(?:know )?(?:that )?(?=\w)"
)


# ... as written, the words it is passed to cut off and the detail's own "the" kept: "Can you tell Luis | the
# side gate is unlocked", "can you remind the tech to | use the back entrance".
_RELAY_RAW = re.compile(
    r"^(?:can|could|would|will) (?:you|u) (?:please |pls )?(?:tell|let|remind|ask|warn) [\w']+ "
    r"(?:(?!(?:the|a|an|our|my|his|her|their)\b)[\w']+ )?(?:know )?(?:that |to )?(?=\w)",
    re.IGNORECASE,
)


# Words that announce a question before it: "quick question how much is the fee", "q: will he ...".
_QUESTION_LEAD = re.compile(
    r"^\s*(?:(?:quick|one|just a|a quick|another|one more) )?(?:question|q|qq)\b[\s:,.-]*(?=\w)"
)


def _asks(norm: str) -> bool:
    """A real question; a polite instruction without "?", a "when ..." instruction or a message
    passed on ("can you tell him the gate is open?") is none."""
    norm = _QUESTION_LEAD.sub("", norm)
    if _RELAY.match(norm):
        return False
    if norm.rstrip().endswith("?"):
        return True
    if lx.POLITE_REQUEST.match(norm) and lx.OPEN_CHOICE.search(norm):
        return True  # "can he park on the drive or": the choice left open makes the request a question
    return bool(lx.QUESTION.search(norm)) and not (lx.POLITE_REQUEST.match(norm) or _SUBORDINATE.match(norm))


# One message's pieces are normalised and classed many times over (`_detail_start` tries every prefix
# of a piece, `_split_off_other` every tail): within one `access_note` call each is done once. The
# caches are emptied when the call ends, so no message is read faster for an earlier one.
_NORMALISED: dict[str, str] = {}


def _normalised(text: str) -> str:
    found = _NORMALISED.get(text)
    if found is None:
        found = _NORMALISED[text] = normalise(text)
    return found


@functools.lru_cache(maxsize=4096)
def _is_access(norm: str) -> bool:
    """Whether an access cue stands in `norm` (`cues/access_info.py`, its vetoes applied; a code
    promised for later, "I'll text the gate code", or one that failed, "the gate code didn't work", cancels the
    cues below too)."""
    return any(hit.stands for hit in ACCESS_INFO.scan(norm)) or any(
        not CODE_PROMISED.applies(norm, m.start(), m.end())
        and not CODE_FAILED.applies(norm, m.start(), m.end())
        for m in _MORE_ACCESS.finditer(norm)
    )


@functools.lru_cache(maxsize=4096)
def _cue_spans(norm: str) -> bool:
    """Whether one standing access cue runs over all of `norm`, from its first word to its last."""
    text = norm.strip(" ,.!")
    return bool(text) and any(
        hit.stands and hit.start <= norm.index(text) and hit.end >= norm.index(text) + len(text)
        for hit in ACCESS_INFO.scan(norm)
    )


def _trim(raw: str, start: int, end: int) -> tuple[int, int]:
    """The piece without spaces, fillers or a status at its ends ("FYI", "I'm home now", "tho")."""
    start += len(raw[start:end]) - len(raw[start:end].lstrip())
    end -= len(raw[start:end]) - len(raw[start:end].rstrip())
    piece = raw[start:end]
    for pattern in (_LEADING_FILLER, _LEADING_STATUS, _LEADING_FILLER):
        cut = pattern.match(piece)
        if cut and cut.end() < len(piece):
            start += cut.end()
            piece = raw[start:end]
    # "He can let himself in and | the dog is friendly": a leave for this visit before the detail
    visit = _LEADING_VISIT.match(piece)
    if visit and _is_access(_normalised(piece[visit.end() :])):
        start += visit.end()
        piece = raw[start:end]
    tail = _TRAILING_FILLER.search(piece)
    # (a thanks after one word is the thanks whole: "em | cảm ơn" leaves no word of it to be kept)
    if (
        tail
        and tail.start() > 0
        and (not _THANKS_TAIL.match(tail.group(0)) or " " in piece[: tail.start()].strip())
    ):
        end = start + tail.start()
    for closing in (
        _TRAILING_DONE,
        _TRAILING_VISIT,
        _TRAILING_REASON,
        _TRAILING_ABSENCE,
        _TRAILING_COME_IN,
    ):
        condition = closing.search(raw[start:end])
        if (
            condition
            and condition.start() > 0
            and _is_access(_normalised(raw[start : start + condition.start()]))
            # ... and never a tail that holds a detail of its own: "the garage is open | you can start in there the
            # furnace is on the left" (issue 13, h14access)
            and not _is_access(_normalised(raw[start + condition.start() : end]))
        ):
            end = start + condition.start()
    # "buzz 1402 at the front | and I'll open the garage": the customer coming to open up is today's, not the site's
    # (h14note), even when its words are a detail's ("I'll open the garage")
    opens = _TRAILING_OPEN_UP.search(raw[start:end])
    if opens and opens.start() > 0 and _is_access(_normalised(raw[start : start + opens.start()])):
        end = start + opens.start()
    # "Can you tell Luis the gate code is 1199?": the detail is passed on, the asking is not part of it.
    relay = _RELAY_RAW.match(raw[start:end])
    if relay and relay.end() < end - start:
        detail_end = end - 1 if raw[end - 1] == "?" else end
        norm = _normalised(raw[start + relay.end() : detail_end])
        if _is_access(norm) and not _asks(norm):
            start, end = start + relay.end(), detail_end
    return start, end


@functools.lru_cache(maxsize=4096)
def _kind(norm: str) -> str:
    """What one trimmed piece is: a question, an access detail, a place in a building, something
    another intent claims ("elsewhere"), or neutral words that go with a detail beside them."""
    kind = _first_kind(norm)
    return kind if kind != "rest" else _other_or_neutral(norm)


def _first_kind(norm: str) -> str:
    """`_kind` but for its last step: "rest" where `_kind` tells "elsewhere" from "neutral", a choice
    that matters only in a sentence that holds a detail (most sentences of a long text hold none)."""
    if _asks(norm):
        return "question"
    if _VISIT_PIECE.match(norm) or _VISIT_REASON.match(norm):
        return "rest"  # a remark on this visit ("please let yourself in and start"), read as another intent's
    if _is_access(norm):
        return "access"
    if _LOCATION.match(norm) or _CONTACT.match(norm):
        return "location"
    return "rest"


def _other_or_neutral(norm: str) -> str:
    if (
        _LEADING_FILLER.fullmatch(norm)
        or find_durations(norm)
        or any(p.search(norm) for p in _ELSEWHERE)
        or _VISIT_PIECE.match(norm)
        or _VISIT_REASON.match(norm)
        # ... or a condition on the customer's absence said alone: "alarm code 4040, | if he gets in before me"
        # (a conjunction alone, "if | the gate's shut just press 14", opens the detail and is no condition)
        or (" " in norm.strip() and _TRAILING_ABSENCE.fullmatch(" " + norm))
        or (lx.ETA_PHRASES.search(norm) and find_clocks(norm))
    ):
        return "elsewhere"
    return "neutral"


_WORD_START = re.compile(r"(?<!\S)\S")
# Where a detail cannot end before another thought: "gate code is | 4411 and ...", "the | ...".
_THOUGHT_CANNOT_FOLLOW = re.compile(
    r"(?:^|\s)(?:the|a|an|my|our|your|his|her|their|this|that|is|are|'s|was)\W*$", re.I
)
# What opens a new thought after a detail: "gate code is 4411 | and I'm running 10 late".
_NEW_THOUGHT = re.compile(
    r"^(?:and|but|so|then|also|plus|i|i'm|im|i'll|ill|i've|we|we're|we'll|sorry|running|be|see|thanks|thank|thx|ty|"
    r"should|will|gonna|just|stuck|omw|eta|can|could|what|when|lmk|let me know|text|call|y|pero|gracias|llego|voy|"
    # voice-to-text runs the next thought on: "... 4411 traffic is bad", "... 4411 how long will it take",
    # "... open 10 mins away", "... 4411 j'arrive dans 10 minutes"
    r"traffic|my bad|hope|(?:is|are|does|did) (?:he|she|they|you|u|it|the tech|your tech)|how (?:long|much|many|do|does|is|will|soon)|j|je|j'arrive|on arrive|nous|estoy|\d+(?= ?(?:min|mins|minutes|out|away)))\b",
    re.I,
)


# Words that open a detail before its cue: "the | side door", "take the | service road", "door | code 2468B".
_DETAIL_OPENER = re.compile(
    r"^(?:the|a|an|my|our|your|his|her|their|this|that|side|back|front|rear|main|garage|door|gate|lockbox|lock|key|box|"
    r"service|big|little|two|both|take|use|park|go|head|turn|follow|show|tell|dial|buzz|ring|enter|punch|please|pls|just|same|"
    r"el|la|los|las|mi|nuestro|nuestra|del|de|du|des|le|les|code|c[oó]digo|clave|llave|cl[eé]|puerta|porte|"
    # a run-on's "we", a "don't" and the Tagalog article open the detail too (issue 13, h13access12): "running
    # behind | we have two cats", "running 15 late | dont park in the driveway", "late ako | yung code ng gate ay 4411"
    r"we|dont|don't|do not|never|yung|ang)$",
    re.I,
)


# A code named before what it opens, when the cue stands on the thing opened: "the code for | the gate is
# 4 4 1 1", "the password to | the side door" (issue 13, h13access11); "thanks for | the gate code" is no name.
_DETAIL_LINK = re.compile(r"^(?:for|to|of|on|del|de|du|da|do|pour|für|zum|zur|ng|sa)$", re.I)
_CODE_NAME = re.compile(
    r"^(?:code|combo|combination|password|passcode|pin|key|keys|c[oó]digo|clave|llave|cl[eé]|senha|chave|schlüssel)$",
    re.I,
)


# Who holds the key or opens, named before the detail with no comma (issue 13, h13access12): "running late
# my neighbor Barb across the street | has a key", "im at the dentist the spare key is with | ..." keeps
# "my neighbor Barb across the street" with the key. Up to four words of name or place may follow the
# person, none a verb: "my son is sick running late | the key is under the mat" names no holder.
_HOLDER = re.compile(
    r"(?:\b(?:my|our|the|his|her|their|mi|la|el)\s+)?\b(?:neighbou?rs?|tenants?|renters?|roommates?|landlord|landlady|"
    r"mom|mum|mother|dad|father|son|daughter|wife|husband|nanny|housekeeper|sitter|babysitter|cleaner|brother|sister|"
    r"grandma|grandpa|aunt|uncle|friend|caretaker|super|superintendent|doorman|concierge|vecin[oa])"
    r"(?:\s+(?!(?:is|are|was|were|has|have|had|will|can|could|would|'s|isn't|doesn't|does|did|got|gets)\b)[\w'.]+){0,4}"
    # ... and the verb that gives them the detail: "my neighbour Jim next door has | the spare key"
    r"(?:\s+(?:has|have|keeps|holds|has got|tiene|guarda))?\s*$",
    re.IGNORECASE,
)
# ... whose words are no other thought: "my husband | running late" is a lateness, not a holder.
_HOLDER_CANNOT_SAY = re.compile(
    r"\b(?:late|behind|traffic|sick|min|mins|minutes|away|sorry|work|today|tomorrow)\b"
)


def _detail_start(piece: str, starts: list[int]) -> int | None:
    """Where the first access detail of `piece` begins: the first word of the shortest run that ends
    where the first cue is complete, with the words that open it ("the", "side", "take the") taken
    along. None when the detail opens the piece or no cue is found."""
    bounds = [*starts, len(piece)]
    complete = next((b for b in bounds if _is_access(_normalised(piece[:b]))), None)
    if complete is None:
        return None
    first = next(
        (b for b in reversed([0, *starts]) if b < complete and _is_access(_normalised(piece[b:complete]))), 0
    )
    # A longer cue that ends at the same word opens the detail earlier (issue 13, h13access12): in "running 10
    # behind | ring 22 on the intercom" the shortest run is "intercom", the cue "ring 22 on the intercom". Its
    # words before the shortest run must say nothing another intent claims.
    first = next(
        (
            b
            # (a cue runs over eight words at most before its shortest run: only those starts are tried)
            for b in [b for b in [0, *starts] if b < first][-8:]
            if _cue_spans(_normalised(piece[b:complete]))
            and _kind(_normalised(piece[b:first])) == "neutral"
            # ... nor take a lateness's last word along: "running a little | behind the gate code is ..."
            and (not _is_other(piece[:first]) or (b > 0 and _is_other(piece[:b])))
        ),
        first,
    )
    opening = [0, *starts]
    index = opening.index(first)

    def word(at: int) -> str:
        return piece[opening[at - 1] : opening[at]].strip(" ,.!")

    while index > 0:
        if _DETAIL_OPENER.match(word(index)):
            index -= 1
        elif index > 1 and _DETAIL_LINK.match(word(index)) and _CODE_NAME.match(word(index - 1)):
            index -= 2  # "the code for | the gate is 4 4 1 1": the code's name comes along
        else:
            break
    holder = _HOLDER.search(piece[: opening[index]])
    if holder and not _HOLDER_CANNOT_SAY.search(_normalised(holder.group(0))):
        return holder.start() or None  # "running late | my neighbor Barb across the street has a key"
    return opening[index] or None


def _is_other(words: str) -> bool:
    """Whether `words` (no access cue among them) say something another intent claims, or ask."""
    norm = _normalised(words)
    if _is_access(norm):
        return False
    # "and also do you know how long it will take": the words that join it on hide a question or a
    # lateness from the readers, which look at a piece's opening (issue 13, h13access11)
    joined = _LEADING_FILLER.match(norm)
    if joined and joined.end() < len(norm):
        norm = norm[joined.end() :]
    return _kind(norm) in ("elsewhere", "question")


_LET_IN_BY = re.compile(
    r"\blet (?:himself|herself|themselves|yourself|him|her|them|you|u) in\s*$", re.IGNORECASE
)


def _split_off_other(raw: str, start: int, end: int) -> list[tuple[int, int]]:
    """A piece holding an access detail and, with no comma between, something else ("running late 20
    min gate code is 4411", "gate code is 4411 and I'm running about 10 late", "what time is he
    coming the gate code is 4471"): cut off the run of words at either end, or between two details
    ("gate code 4411 running 10 late dog is in the yard"), that has no access cue and that another
    intent claims or that asks. A piece that is all detail stays whole, and so does a question about
    the way in ("is the gate code still 4471?")."""
    piece = raw[start:end]
    whole = _normalised(piece)
    # (`_kind` is "access" or "question" wherever a cue stands, so the cue alone decides)
    if not _is_access(whole):
        return [(start, end)]
    starts = [m.start() for m in _WORD_START.finditer(piece)][1:]

    other = _is_other

    lead = _detail_start(piece, starts)
    # (a leave to come in that runs into the way in is one detail: "he can let himself in | the side door")
    if lead and other(piece[:lead]) and not _LET_IN_BY.search(piece[:lead]):
        return [(start, start + lead), *_split_off_other(raw, start + lead, end)]
    for cut in starts:  # the longest trailing run first
        left, right = piece[:cut], piece[cut:]
        if not _NEW_THOUGHT.match(right) or _THOUGHT_CANNOT_FOLLOW.search(left):
            continue
        # Both cuts below keep a left part that is a detail of its own. Asked first, since it is one
        # reading of `left` where the others read `right` and every beginning of it: at a cut before
        # the first cue is complete (most cuts of a long piece) nothing else needs reading.
        # (`_first_kind` is "access" exactly when a cue stands and `left` does not ask: the cue, read
        # already for every beginning up to the first detail's, is asked before the question)
        left_norm = _normalised(left)
        if not _is_access(left_norm) or _asks(left_norm):
            continue
        if other(right):
            return [(start, start + cut), (start + cut, end)]
        # Another thought between two details: "gate code 4411 | running 10 late | dog is in the yard".
        resumes = _detail_start(right, [s - cut for s in starts if s > cut]) or 0
        between = right[:resumes]
        if (
            between
            and other(between)
            and not _LEADING_FILLER.fullmatch(between.strip())  # "and", "so": the details stay joined
            # "I'll be there in 20 to | let you in": what follows "to" is that thought's, not a detail (h14access)
            and not between.rstrip().lower().endswith(" to")
        ):
            return [
                (start, start + cut),
                (start + cut, start + cut + resumes),
                *_split_off_other(raw, start + cut + resumes, end),
            ]
    return [(start, end)]


# A piece the learned voice reads as access on its own at least this likely joins its note
# (`learned_note`); with none that likely, the likeliest piece does if it reaches `LEARNED_PIECE_LEAST`.
LEARNED_PIECE_PROBABILITY = 0.4
LEARNED_PIECE_LEAST = 0.25
# A note of more than this share of its text says little more than the text on a text that also says
# something else (the contract's `access_precise`).
NOTE_SHARE_OF_TEXT = 0.8


def learned_note(raw: str, access_probability: Callable[[str], float]) -> str | None:
    """The access note read piece by piece by the learned voice, for the texts whose rules' note is
    empty or nearly the whole text though it says something else too.

    The rules' access cues are lists of words in the languages they know; the learned voice was
    trained on access details in forty-odd languages and reads a piece it has never seen whole
    ("Am ajuns acasă, | Interfonul e stricat"). Each piece of the text (its sentences split where
    `_BREAK` splits them, trimmed as the rules trim them) is read alone; the pieces the voice reads as
    access are the note, in the text's order, as the customer wrote them. Measured on the 1,920 blind
    texts of the fourteenth session (each read by a learned voice trained without its own file): on the
    58 that say an access detail beside something else, the note held the detail and stayed under
    `NOTE_SHARE_OF_TEXT` for 29 before and 32 after, read through `voices` (thresholds 0.3-0.6 on the
    pieces alone gave 33-35 of 58)."""
    spans: list[tuple[int, int]] = []
    for sentence in _SENTENCE.finditer(raw):
        for start, end in _pieces(sentence.group(0), sentence.start()):
            start, end = _trim(raw, start, end)
            if any(ch.isalnum() for ch in raw[start:end]):
                spans.append((start, end))
    if len(spans) < 2:
        return None  # one piece is the whole text: nothing to choose
    likely = [(access_probability(raw[start:end]), start, end) for start, end in spans]
    chosen = [(start, end) for p, start, end in likely if p >= LEARNED_PIECE_PROBABILITY]
    if not chosen:
        best = max(likely)
        chosen = [(best[1], best[2])] if best[0] >= LEARNED_PIECE_LEAST else []
    note = " ".join(raw[start:end].strip(" ,;") for start, end in chosen)
    return note if note and len(note) <= NOTE_SHARE_OF_TEXT * len(raw.strip()) else None


def access_note(raw: str, norm: str | None = None) -> str | None:
    """The parts of `raw` that say how to get in or what to know on arrival, as the customer wrote them.
    `norm` is `normalise(raw)` when the caller has it already."""
    if norm is not None:
        _NORMALISED[raw] = norm
    try:
        return _access_note(raw)
    finally:
        _NORMALISED.clear()
        for cached in (_is_access, _kind, _cue_spans):
            cached.cache_clear()


def _access_note(raw: str) -> str | None:
    norm = _normalised(raw)
    if not (_is_access(norm) or "<unit>" in norm or "<addr>" in norm):
        return None
    pieces: list[tuple[int, int, str, int]] = []  # start, end, kind, sentence number
    for number, sentence in enumerate(_SENTENCE.finditer(raw)):
        sentence_pieces = []
        for piece_start, piece_end in _pieces(sentence.group(0), sentence.start()):
            for start, end in _split_off_other(raw, *_trim(raw, piece_start, piece_end)):
                start, end = _trim(raw, start, end)
                norm = _normalised(raw[start:end])
                if norm.strip(" .!?,"):
                    sentence_pieces.append((start, end, _first_kind(norm), number))
        # A story about an earlier visit is left out. Asked only of a sentence with a detail, a place or
        # a bare number in it (most sentences of a long text hold none, and reading the story costs a
        # normalised sentence): a sentence without one keeps no piece, and no piece of another sentence
        # is kept for it (only an "access" or "location" piece, a "rest" one beside a detail, or a bare
        # number answering a question about a code, `_code_answers`, is kept).
        if any(
            kind in ("access", "location") or _BARE_CODE.fullmatch(raw[start:end])
            for start, end, kind, _ in sentence_pieces
        ) and _HISTORY.match(_normalised(sentence.group(0))):
            continue
        pieces.extend(sentence_pieces)
    pieces = _code_answers(raw, pieces)
    told = {number for _, _, kind, number in pieces if kind == "access"}
    # Words another intent claims are told from neutral ones only in a sentence that holds a detail.
    pieces = [
        (
            start,
            end,
            _other_or_neutral(_normalised(raw[start:end])) if kind == "rest" and number in told else kind,
            number,
        )
        for start, end, kind, number in pieces
    ]
    chosen = [
        kind == "access"
        or (
            kind == "location"
            and any(p[2] in ("access", "location") for i, p in enumerate(pieces) if i != index)
        )
        or (kind in ("neutral", "location") and number in told)
        for index, (_, _, kind, number) in enumerate(pieces)
    ]
    kept = [
        (start, end, index)
        for index, (start, end, kind, _) in enumerate(pieces)
        if chosen[index] and (kind != "neutral" or _beside_detail(raw, pieces, chosen, index))
    ]
    kept = _today_dropped(raw, pieces, kept)
    if not kept:
        return None
    note = raw[kept[0][0] : kept[0][1]]
    for (_, last_end, last_index), (start, end, index) in zip(kept, kept[1:], strict=False):
        joined = index == last_index + 1 and pieces[index][3] == pieces[last_index][3]
        # a courtesy between two kept pieces is no part of the note: "use the back door | please, | ..."
        if joined:
            note += _COURTESY.sub("", raw[last_end:start]) + raw[start:end]
            continue
        # a sentence whose end was left out still ends: "come to the back entrance off the alley | the front
        # steps are being redone. | Ring the bell on the gate" keeps its stop before "Ring"
        stop = _STOP.search(raw[last_end:start]) if pieces[index][3] != pieces[last_index][3] else None
        note += (stop.group(0) if stop and note[-1:].isalnum() else "") + " " + raw[start:end]
    return note.strip(" ,;:-") or None


_STOP = re.compile(r"[.!?]+")
_COURTESY = re.compile(r"^\s*(?:please|pls|plz|thanks|thx|thank you)\b\s*", re.IGNORECASE)


# What cuts a neutral piece off from the detail of its sentence: the customer's lateness, absence or road,
# a move, a grievance. A thanks, a yes, an apology, a "tho" or a "come on in" between does not: "Buzz 3B,
# the buzzer's broken tho | so just call me when you're downstairs" stays one note, and so does a note
# beside "just come on in" (read as the customer being home).
_SEPARATES: tuple[re.Pattern[str] | CueSet, ...] = _finders(
    "running_late",
    "cancel",
    "reschedule",
    "where_is_tech",
    "complaint",
    "wrong_number",
    "opt_out",
    "emergency",
) + (
    _ROAD,
    _ABSENT,
    # an absence said after an apology: "I'm so sorry I can't be there | my kid is sick" (issue 13, h14access)
    re.compile(r"\b(?:i|we) (?:can'?t|cannot|won'?t|will not) (?:be (?:there|home|here|around)|make it)\b"),
)


def _separates(norm: str) -> bool:
    return bool(find_durations(norm)) or any(p.search(norm) for p in _SEPARATES)


def _beside_detail(raw: str, pieces: list[tuple[int, int, str, int]], chosen: list[bool], index: int) -> bool:
    """Whether the neutral piece at `index` reaches a detail of its sentence through the pieces beside it,
    kept ones or ones that cut nothing off (`_SEPARATES`). "I have a work thing | so I won't be there | key
    under the mat": the absence cuts the first piece off from the detail, so it is no part of the note
    (issue 13, h13access11); "Parking is permit only | so use the space behind the garages | bay 7" stays whole."""
    sentence = pieces[index][3]
    for step in (-1, 1):
        at = index + step
        while 0 <= at < len(pieces) and pieces[at][3] == sentence:
            start, end, kind, _ = pieces[at]
            if chosen[at] and kind in ("access", "location"):
                return True
            if not chosen[at] and (kind != "elsewhere" or _separates(_normalised(raw[start:end]))):
                break
            at += step
    return False


# "does he need the gate code? it's 2580": a code asked about, then given at once. The question is no
# detail, the bare number after it is (issue 13, h13access9b); a phone number or a price asked about is not.
_ASKS_FOR_CODE = re.compile(r"\b(?:code|pin|passcode|combo|c[oó]digo|clave)\s*\?\s*$", re.IGNORECASE)
_BARE_CODE = re.compile(
    r"(?:(?:it'?s|its|it is|that'?s|es)\s+)?[#*]?\d[\d #*-]{1,12}[#*]?[.!]*", re.IGNORECASE
)


def _code_answers(raw: str, pieces: list[tuple[int, int, str, int]]) -> list[tuple[int, int, str, int]]:
    """`pieces` with a bare number that answers a question about a code just before it read as the detail."""
    return [
        (start, end, "access", number)
        if index
        and kind != "access"
        and pieces[index - 1][2] == "question"
        and _ASKS_FOR_CODE.search(raw[pieces[index - 1][0] : pieces[index - 1][1]])
        and _BARE_CODE.fullmatch(raw[start:end])
        else (start, end, kind, number)
        for index, (start, end, kind, number) in enumerate(pieces)
    ]


def forget_pieces() -> None:
    """Empty the per-piece caches (bounded, so a long-lived worker's memory stays flat)."""
    _is_access.cache_clear()
    _kind.cache_clear()
    _cue_spans.cache_clear()

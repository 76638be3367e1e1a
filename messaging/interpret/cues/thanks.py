"""Thanks cues: thanks or a friendly acknowledgement.

Joined in this order into one pattern (`THANKS`). Thanks closing a request is courtesy and is
dropped by `core._settle_intents`; "thanks for nothing" and "thanks a lot" are kept out here.
"""

from __future__ import annotations

import re

from . import Cue, CueSet, Veto, cue, nfkc

CUES: tuple[Cue, ...] = (
    cue(
        "thanks.thank_you",
        "thanks",
        r"thanks?(?! for nothing| a lot\b)|thank you(?! for nothing)|cheers|ta(?! bien| to\b)|much appreciated|appreciate(?:d| it)?|lifesavers?|great (?:job|work|service)|awesome|amazing|excellent|"
        # Kenyan, Nigerian, South African English (issue 13, h13en8)
        r"asante(?: sana)?|god bless (?:you|u)\b(?! (?:if|when))|shot (?:bro|bru|bra|boss)|top job",
        examples=(
            "thank you so much!",
            "cheers mate",
            "much appreciated",
            "asante sana",
            "God bless you sir",
            "shot bro, top job",
        ),
        # the Caribbean "ta bien" is "está bien", agreeing, not the British "ta" (issue 13, h13es9)
        near_misses=(
            "thanks for nothing",
            "thanks a lot, late again",
            "si ta bien, la llave la tiene la vecina",
        ),
        why="thank you, cheers, great job",
    ),
    cue(
        "thanks.praise_and_greetings",
        "thanks",
        r"(?:will|would|highly) recommend|did a (?:great|good|fantastic) job|"
        r"fantastic|brilliant|lovely|wonderful|you guys rock|top notch|happy new year|merry christmas|happy holidays",
        examples=("Luis did a great job, will recommend", "you guys rock", "merry christmas to the team"),
        near_misses=("would you recommend a new filter?",),
        why="praise and season's greetings",
    ),
    cue(
        "thanks.no_worries_and_other_languages",
        "thanks",
        r"^(?:no worries|no prob(?:lem)?)(?: at all| mate)?[.!]*$|emo_thanks|gracias|muchas gracias|merci|obrigad[oa]|salamat|danke|bon service|très bien",
        examples=("no worries!", "muchas gracias", "merci beaucoup"),
        near_misses=("no worries if he's late, I'll be home",),
        why="no worries alone; thanks in other languages",
    ),
    cue(
        "thanks.praise_of_the_visit",
        "thanks",
        r"(?:he|she|they|\w+) (?:was|were) (?:so |very |super |really |extremely )?"
        r"(?:great|fantastic|professional|thorough|helpful|polite|friendly|nice|knowledgeable|quick|efficient|a pleasure)"
        r"(?! (?:last time|before|until|but)\b)|much obliged|(?:so |very |really )?grateful\b|kudos|props to",
        examples=(
            "He was great, very thorough",
            "Luis was so professional",
            "much obliged",
            "kudos to your tech",
        ),
        near_misses=("was he nice?", "he was great last time but today nobody came"),
        vetoes=(
            Veto(
                "thanks.veto.praise_asked",
                "asked about, not said: 'was he nice?'",
                re.compile(r"^[^.!]{0,30}\?"),
                scope="after",
                examples=("he was quick? then why is it still leaking",),
            ),
        ),
        why="praise of the visit or the technician, and old-fashioned thanks",
    ),
    # ---- Vietnamese, Chinese, Portuguese, German, Korean (issue 13, h13lang) ----
    cue(
        "thanks.other_languages",
        "thanks",
        r"cảm ơn|cám ơn|cam on|camon|谢谢|謝謝|多谢|多謝|感谢|感謝|valeu|agradeço|vielen dank|감사합니다|감사해요|고맙습니다",
        examples=("Cảm ơn anh nhiều!", "cam on nha", "谢谢师傅!", "Valeu!", "감사합니다!"),
        near_misses=("Không cần cảm thấy lo", "不客气"),
        why="thank you, in Vietnamese, Chinese, Portuguese, German and Korean",
    ),
    # ---- Italian, Polish, Hindi/Hinglish in Latin script, Russian (issue 13, h13lang2) ----
    cue(
        "thanks.italian_polish_hindi_russian",
        "thanks",
        r"grazie(?: mille| tante)?|dzięki|dzieki|dziękuję|dziekuje|dziękujemy|dziekujemy|shukriya|shukria|dhanyavaad|dhanyawad|спасибо|благодарю|spasibo",
        examples=("Grazie mille!", "Dziękuję bardzo", "shukriya bhaiya", "Спасибо большое!"),
        near_misses=("graziella è mia figlia", "dziwne"),
        why="thank you, in Italian, Polish, Hindi/Hinglish and Russian",
    ),
    # ---- Haitian Creole and Arabic (issue 13, h13lang2) ----
    cue(
        "thanks.haitian_creole_arabic",
        "thanks",
        r"m[èe]si(?: anpil)?|شكر[اًا]?|مشكور(?:ين)?|يعطيك العافي[ةه]|تسلم(?:وا)?|جزاك الله",
        examples=("Mèsi anpil!", "mesi", "شكرا جزيلا", "يعطيك العافية"),
        near_misses=("mèkredi", "شكل"),
        why="thank you, in Haitian Creole and Arabic",
    ),
    cue(
        "thanks.praise_said_loosely",
        "thanks",
        # round eight (issue 13): praise with no thank-you word
        r"you (?:guys |all |folks )?(?:rock|rule)\b|(?:he's|he is|she's|she is|you're|you are|y'all are|you guys are) the (?:man|best|goat|greatest)\b|"
        r"^(?!which |who |what |where )(?:[a-z]+ )?[a-z]+ (?:is|was) the (?:man|goat)(?=\s*(?:[.!,]|emo_|$))|"
        r"(?:leave|leaving|give|giving|left|gave) (?:you |y'all |u |him |her )?(?:a )?(?:5|five)[- ]?stars?\b|"
        r"(?:so |really |very )?glad (?:we|i) (?:called|went with|chose|picked|hired) (?:you|y'all|your)",
        examples=(
            "you rock!!",
            "tell Marco he's the man",
            "Omar is the man!!",
            "I'll be leaving you a 5 star review!",
            "so glad we called you, house is finally warm",
        ),
        near_misses=(
            "is he the best person for this?",
            "leaving a 1 star review",
            "rock salt on the steps, careful",
            "which one is the man who came last time?",
            "so is the man coming today",
        ),
        why="praise said without a thank-you word",
    ),
    cue(
        "thanks.warm_face_alone",
        "thanks",
        # round eight (issue 13): a heart or smile sent alone (a thumbs-up is read against the last text)
        r"^(?:emo_pos ?)+[!. ]*$",
        examples=("❤️", "😊😊", "🥰!"),
        near_misses=("😊 running 10 late", "😡"),
        why="a heart or a smile sent alone",
    ),
)

# round h13en5 (issue 13): praise that names the old fault as gone: "basement didn't flood this time",
# "works like a dream", "the breaker hasn't tripped once since", "can't complain"
CUES = (
    *CUES,
    cue(
        "thanks.fault_gone_praise",
        "thanks",
        r"(?:works|working|runs|running|going|goes) (?:like a (?:dream|charm|treat|champ|beauty)|a treat|beautifully|perfectly)",
        r"(?:the |that |your )?(?:\w+ )?(?:fix|repair|reset|patch|part|job|work) (?:has |had )?(?:worked|did the trick|held|is holding|sorted it)\b(?![^.!?]*\b(?:but|until|till|then|except)\b)",
        r"(?:didn't|hasn't|has not|did not|haven't|never) (?:flood|leak|trip|drip|spark|go out|cut out|freeze|blow|smell)(?:ed|ped)? (?:once |again |at all )?(?:since|this time)\b",
        r"(?:gone|is|went) quiet (?:at last|finally)|\bbless (?:him|her|them|you)\b",
        r"(?:you|he|she|they|u) (?:killed|nailed|smashed|aced) it|^killed it\b",
        r"^(?:can't|cannot|cant) complain\b|^no complaints(?: here| from (?:me|us))?\b",
        r"\b(?:actually|finally) (?:works|working)\b",
        r"\b(?:5|five) stars?\b(?![^.!?]*\b(?:1|one|2|two) stars?\b)|\b10/10\b",
        examples=(
            "fired up the oven, works like a dream, 5 stars",
            "basement didn't flood this time, the sump fix worked",
            "the breaker hasn't tripped once since, legend",
            "smoke alarm's gone quiet at last, bless him",
            "Killed it mate",
            "Can't complain!",
            "no complaints here",
            "the damn thing actually works now haha",
        ),
        near_misses=(
            "the fix worked for a day but then it died",
            "will it work like a charm after the reset?",
            "I can't complain to the landlord, can you write it up?",
            "5 stars for the guy, 1 star for the office",
        ),
        why="the fault gone, said as praise",
    ),
)
CUES = (
    *CUES,
    # ---- a friendly acknowledgement of a delay, in the languages (issue 13, h13langeu) ----
    cue(
        "thanks.take_your_time_languages",
        "thanks",
        r"prenez (?:votre|tout votre) temps|(?:pas de|aucun) (?:souci|soucis|problème|probleme)[.!]*$|"
        r"t[óo]mese su tiempo|sin (?:problema|prisa)[.!]*$|sem pressa|sem problema[.!]*$|kein (?:stress|problem)(?:,)? danke|"
        r"nessun problema[.!]*$|con calma|bez pośpiechu|bez pospiechu|не торопитесь|ничего страшного",
        examples=(
            "Pas de souci, prenez votre temps",
            "Sin problema, tómese su tiempo",
            "Sem pressa, obrigado",
            "Kein Problem, danke für die Info",
            "Nessun problema",
            "Spokojnie, bez pośpiechu",
            "Ничего страшного, не торопитесь",
        ),
        near_misses=("pas de souci pour lundi ?", "sin problema si llego tarde?"),
        why="no problem, take your time: a friendly acknowledgement of a delay, in the languages",
    ),
)
CUES = (
    *CUES,
    # ---- praise of the visit and the technician, in the languages (issue 13, h13langeu) ----
    cue(
        "thanks.praise_languages",
        "thanks",
        r"excelente (?:servicio|trabajo|atenci[óo]n)|muy (?:atent[oa]|amable|profesional) (?:el|la) (?:muchacho|t[ée]cnico|señor|chico)|"
        r"nota (?:10|dez|mil)|(?:foi|muito) (?:muito )?(?:educado|atencioso|prestativo)|[óo]timo (?:servi[çc]o|trabalho|atendimento)|"
        r"(?:super|tolle|klasse|prima|gute) arbeit|sehr (?:freundliche[rn]?|nette[rn]?|kompetente[rn]?) (?:monteur|techniker|handwerker)|"
        r"bravissim[oa]|(?:gentile|cordiale) e (?:veloce|preciso|professionale)|ottimo (?:lavoro|servizio)|"
        r"(?:świetna|swietna|dobra|solidna) robota|(?:bardzo )?(?:miły|mily|sympatyczny|fachowy) pan|"
        r"(?:мастер )?молод(?:ец|цы)|(?:всё|все) сделал\w* аккуратно|аккуратно (?:всё |все )?сделал\w*|отличн(?:ая|ый) (?:работа|мастер|сервис)|travail (?:impeccable|soigné|nickel)|très pro",
        examples=(
            "Excelente servicio, muy atento el muchacho",
            "Nota 10, o técnico foi muito educado",
            "Super Arbeit, sehr freundlicher Monteur",
            "Bravissimo il tecnico, gentile e veloce",
            "Świetna robota, bardzo miły pan",
            "Мастер молодец, всё сделал аккуратно",
        ),
        near_misses=("¿el técnico es muy amable?", "nota fiscal, por favor", "Было ли всё аккуратно?"),
        why="praise of the visit or the technician, in the languages",
    ),
)
# Issue 13, h13langas: thanks in Devanagari Hindi ("धन्यवाद", "शुक्रिया").
CUES = (
    *CUES,
    cue(
        "thanks.devanagari",
        "thanks",
        r"धन्यवाद|शुक्रिया|(?:बहुत )?(?:अच्छा|बढ\u093c?िया) काम|非常满意|非常滿意|很专业|很專業|يعطيكم العافي[ةه]|شغل نظيف",
        examples=(
            "बहुत बढ़िया काम किया, धन्यवाद",
            "शुक्रिया भाई",
            "师傅很专业，非常满意",
            "الله يعطيكم العافية، شغل نظيف",
        ),
        near_misses=("काम कब शुरू होगा?", "अच्छा, कब आएंगे?", "不太满意", "الشغل مو نظيف"),
        why="thanks and praise in Devanagari Hindi, Chinese and Arabic",
    ),
)
CUES = (
    *CUES,
    # ---- English said indirectly (issue 13, h13en6a): a one-word praise alone, the fault said gone ----
    cue(
        "thanks.praise_word_alone",
        "thanks",
        r"^(?:(?:you(?:'re| are) (?:a |an )?|you guys are |absolute |what a |total |an? )?"
        r"(?:legend|legends|champ|champion|star|superstar|hero|heroes|gem|diamond|rockstar|lifesaver|the best))"
        r"(?: mate| thanks| cheers| emo_\w+)*[\s.!]*$",
        examples=("legend", "absolute legend!", "what a champ"),
        near_misses=("what's the legend on the breaker panel mean", "the best time for me is after 3"),
        why="one word of praise alone: legend, champ, the best",
    ),
    cue(
        "thanks.fault_gone",
        "thanks",
        r"(?:noise|leak|drip|dripping|smell|rattle|rattling|squeak|squeaking|beeping|banging|problem|issue)(?:'s| is| has| has been) "
        r"(?:all |completely |totally )?(?:gone|sorted|fixed)\b(?!\s*\?)",
        examples=(
            "the noise is gone, only the tiny click when it kicks on which he said is normal",
            "drip is completely gone, cheers",
        ),
        near_misses=("is the leak fixed?", "the noise has gone? it was still there when he left"),
        vetoes=(
            Veto(
                "thanks.veto.fault_gone_but",
                "the fault said gone but back or something else wrong: 'the noise is gone but now it leaks'",
                re.compile(
                    r"\b(?:but|except|now it|came back|back again|again|until|for a day|for an hour|then)\b"
                ),
                scope="text",
                examples=("the noise is gone but now it's leaking from the bottom",),
            ),
        ),
        why="the fault said gone after the visit",
    ),
)
# ---- issue 13, h13lang7: Japanese, Turkish, Dutch, Greek and Ukrainian, one record per family ----
CUES = (
    *CUES,
    cue(
        "thanks.languages_h7",
        "thanks",
        r"ありがとう|有難う|感謝(?:します|しています|いたします)|助かりました",
        r"teşekkür\w*|sağ ?ol\w*|eline sağlık|ellerinize sağlık",
        r"(?<!nee )(?<!nee, )(?:bedankt|dank ?je(?: wel)?|dank ?u(?: wel)?|dankjewel|dankuwel)",
        r"ευχαριστ\w*|να (?:είστε|είσαι) καλά",
        r"дякую|дякуєм\w*|вдячн\w*|спасибі",
        examples=(
            "ありがとうございました！",
            "Çok teşekkürler, harika iş çıkardınız",
            "Bedankt, super geholpen!",
            "Ευχαριστώ πολύ!",
            "Дякую, все чудово!",
        ),
        near_misses=("nee dank je", "Teşekkür edecek bir şey yok, hâlâ çalışmıyor"),
        vetoes=(
            Veto(
                "thanks.veto.nothing_to_thank_languages_h7",
                "nothing to thank for: 'teşekkür edecek bir şey yok'",
                re.compile(r"^ edecek bir şey yok"),
                scope="after",
                examples=("Teşekkür edecek bir şey yok, hâlâ çalışmıyor",),
            ),
        ),
        why="thank you, in Japanese, Turkish, Dutch, Greek and Ukrainian",
    ),
)
# Issue 13, h13deep8: thanks in Arabizi and Cantonese, said the way people text them.
CUES = (
    *CUES,
    cue(
        "thanks.texted_h13deep8",
        "thanks",
        r"(?:shukran|shokran|shukrun|choukran|shukran jazeelan)(?: (?:kteer|ktir|jazilan|jazeelan|ya (?:\w+)))?|ya3tik el 3afye|ya3teek el 3afye|yislamo|yeslamo",
        r"唔該(?:晒|哂)(?! ?(?:幫|帮|你幫|取消|改))",
        examples=("shukran kteer", "ya3tik el 3afye", "唔該晒師傅"),
        near_misses=("la shukran, mesh lazem", "唔該幫我取消"),
        vetoes=(
            Veto(
                "thanks.veto.no_thanks_h13deep8",
                "a 'no thanks' that declines: 'la shukran'",
                re.compile(r"\b(?:la|laa|no)\s*$"),
                scope="near_before",
                examples=("la shukran, mesh lazem",),
            ),
        ),
        why="thank you, in Arabizi and Cantonese",
    ),
)

# ---- issue 13, h13lang8: Swedish, Danish, Norwegian, Romanian, Czech, Hungarian, Indonesian/Malay ----
CUES = (
    *CUES,
    cue(
        "thanks.languages_h8",
        "thanks",
        r"(?<!nej )(?<!nei )(?:tack så mycket|tack sa mycket|tusen tack|stort tack|tack för|tack(?= ?[!.,]| så| igen|$)|mange tak|tusind tak|tak for|tusen takk|takk for|takk(?= ?[!.,]| igjen|$))",
        r"mul[tțţ]umesc|multumesc|mul[tțţ]umim|multumim|mersi",
        r"d[eě]kuj(?:i|u|eme)|dekuji|dekujeme|d[ií]ky",
        r"k[oö]sz[oö]n(?:[oö]m|j[uü]k|i)|k[oö]szi|koszi",
        r"terima ?kasih|makasih|trima kasih|thanks banyak",
        examples=(
            "Tack så mycket, allt fungerar nu!",
            "Mange tak, det virker perfekt nu!",
            "Tusen takk, alt fungerer nå!",
            "Mulțumesc mult, totul funcționează!",
            "Moc děkuji, všechno funguje!",
            "Köszönöm szépen, minden működik!",
            "Terima kasih banyak, semuanya sudah beres!",
        ),
        near_misses=("nej tack", "nei takk", "Tackar nej till erbjudandet"),
        why="thank you, in Swedish, Danish, Norwegian, Romanian, Czech, Hungarian and Indonesian",
    ),
)

# ---- issue 13, h13lang9: Farsi (and Finglish), Hebrew, Somali, Amharic, Bengali, Thai, Punjabi ----
CUES = (
    *CUES,
    cue(
        "thanks.languages_h9",
        "thanks",
        *nfkc(
            r"ممنون\S*|مرسی|متشکر\S*|سپاسگزار\S*|دستتون درد نکنه|(?:kheili |kheyli )?mamnoon\w*|mamnun\w*",
            r"(?<!לא )תודה(?: רבה)?",
            r"mahadsan\w*",
            r"አመሰግና\S*|እናመሰግና\S*",
            r"ধন্যবাদ",
            r"ขอบคุณ|ขอบใจ",
            r"ਧੰਨਵਾਦ|ਸ਼ੁਕਰੀਆ|ਮਿਹਰਬਾਨੀ|dhanvaad|dhanwad",
        ),
        examples=(
            "خیلی ممنون، همه چیز عالیه",
            "kheili mamnoon",
            "תודה רבה, הכל עובד!",
            "Mahadsanid, wax walba way shaqeynayaan",
            "በጣም አመሰግናለሁ",
            "অনেক ধন্যবাদ, সব ঠিক আছে",
            "ขอบคุณมากครับ",
            "ਬਹੁਤ ਧੰਨਵਾਦ ਜੀ",
            "bahut dhanvaad ji",
        ),
        near_misses=("לא תודה", "no thanks needed? mamma mia"),
        why="thank you, in Farsi, Hebrew, Somali, Amharic, Bengali, Thai and Punjabi",
    ),
)

THANKS = CueSet("thanks", CUES)

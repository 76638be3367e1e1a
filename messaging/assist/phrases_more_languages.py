"""Short phrasebooks for Russian, Arabic, Hindi (Devanagari, and Hindi/Urdu in Latin letters), Urdu,
Polish, Dutch, Haitian Creole and Indonesian/Malay (issue 13, h13phrase12).

Their customers were answered in English. Each book gives, per key of the short books, only the
sentences; `phrases` takes each key's label from the French reference book, so labels cannot drift.
First person is kept free of grammatical gender where the language marks it: Russian and Polish say
what will be done (future and present tenses, "мне жаль", "przepraszam"), never a past tense or an
adjective about the writer; Hindi and Urdu use the subjunctive ("कर दूँ"), nouns ("मेरा पहुँचने का
समय") or the present of "to be" ("मैं रास्ते में हूँ"), never "रहा/रही" or "करूँगा/करूँगी"; Arabic says
"أعتذر" rather than "آسف/آسفة". "hi-Latn" answers Hindi or Urdu typed in Latin letters in the same
letters (`suggest._reply_language`). Indonesian and Malay share one book in the words both read
("terima kasih", "maaf", "kunjungan").
"""

from __future__ import annotations

BOOKS: dict[str, dict[str, tuple[str, ...]]] = {
    "ru": {
        "late_start_here": (
            "{opener}",
            "Пока жду, начну то, что можно сделать без вас, чтобы сэкономить время.",
            "?Увидимся около {arrival}.",
        ),
        "late_start_coming": (
            "{opener}",
            "Как только приеду, начну то, что можно сделать без вас, а остальное сделаем вместе, когда вернётесь.",
        ),
        "late_wait_known": (
            "Спасибо, что предупредили, {first}.",
            "Буду ждать вас около {arrival}.",
            "?Не спешите, езжайте осторожно.",
        ),
        "late_wait_open": ("Спасибо, что предупредили, {first}.", "Я жду. Напишите, когда будете рядом."),
        "late_other_day": ("Если вам удобнее другой день, {first}, можем без проблем перенести визит.",),
        "arrived_here": ("~Отлично, {first}!", "Уже иду к двери."),
        "where_eta": ("Извините за ожидание, {first}!", "Я уже в пути и буду около {eta}."),
        "where_sorry": (
            "Мне очень жаль, {first}.",
            "Я задерживаюсь, но обязательно приеду. Напишу, как только буду рядом.",
        ),
        "where_still_coming": ("~Конечно, {first}!", "Я обязательно приеду и напишу, когда буду рядом."),
        "resched_ask": ("{resched_opener}", "Какой день и время вам удобнее всего?"),
        "cancel_done": (
            "Готово, {first}: ваш визит отменён.",
            "Спасибо, что сообщили. Пишите на этот номер, когда понадобимся.",
        ),
        "cancel_move": ("Может, вам удобнее другой день, {first}? Можем перенести визит вместо отмены.",),
        "complaint_sorry": (
            "Мне очень жаль, {first}.",
            "Вы заслуживаете лучшего сервиса, и я хочу это исправить.",
            "Можно вам позвонить?",
        ),
        "question_check": ("~С удовольствием!", "Проверю и сразу отвечу, {first}."),
        "access_noted": ("~Понятно, спасибо!", "Учту это, когда приеду, {first}."),
        "confirm_window": ("~Отлично, спасибо!", "Увидимся между {win_start} и {win_end}, {first}."),
        "confirm_text_ahead": ("~Отлично, договорились.", "Напишу вам, когда буду выезжать."),
        "thanks": ("~И вам спасибо, {first}!", "~Если что-то понадобится, пишите сюда."),
        "limit_ack": (
            "Спасибо, что предупредили, {first}. Спланирую визит с учётом этого и сразу напишу, если времени будет мало.",
        ),
        "other_ack": ("~Спасибо, что сообщили, {first}!", "~Могу ещё чем-то помочь?"),
        "emergency_safety": ("{first}, сейчас не думайте о визите.", "{safety}"),
        "emergency_call": ("Звоню вам прямо сейчас, {first}. Ответьте, когда будете в безопасном месте.",),
        "cancel_offer": ("Если хотите отменить визит, {first}, просто скажите, и я всё сделаю.",),
        "unsure_call_check": ("{first}, позвоню вам сейчас, чтобы убедиться, что всё в порядке.",),
        "unsure_ask_which": (
            "Чтобы не ошибиться, {first}: вы имеете в виду, что {meant}, или что {meant_else}?",
        ),
        "unsure_ask_one": ("Чтобы не ошибиться, {first}: вы имеете в виду, что {meant}?",),
        "unsure_ask_more": ("Чтобы не ошибиться, {first}: можете рассказать чуть подробнее?",),
        "call_me": ("Может, удобнее поговорить по телефону, {first}? Могу позвонить прямо сейчас.",),
        "wrong_number_check": (
            "Извините за беспокойство! Уточняем: это номер {named}? Если нет, мы сразу удалим его из нашей базы.",
        ),
        "wrong_number_sorry": ("Извините за ошибку и спасибо, что сообщили!", "Мы исправим нашу базу."),
    },
    "ar": {
        "late_start_here": (
            "{opener}",
            "أثناء الانتظار سأبدأ بما يمكن عمله من دونكم لنوفّر الوقت.",
            "?أراكم حوالي {arrival}.",
        ),
        "late_start_coming": (
            "{opener}",
            "عند وصولي سأبدأ بما يمكن عمله من دونكم، ونكمل الباقي معًا عند عودتكم.",
        ),
        "late_wait_known": (
            "شكرًا على إبلاغي، {first}.",
            "سأنتظركم حوالي {arrival}.",
            "?لا داعي للعجلة، قودوا بأمان.",
        ),
        "late_wait_open": ("شكرًا على إبلاغي، {first}.", "أنا في الانتظار. أرسلوا لي رسالة عندما تقتربون."),
        "late_other_day": ("وإذا كان يوم آخر أنسب لكم، {first}، يمكننا تغيير موعد الزيارة بكل سهولة.",),
        "arrived_here": ("~رائع، {first}!", "سآتي إلى الباب الآن."),
        "where_eta": ("أعتذر عن الانتظار، {first}!", "أنا في الطريق وسأصل حوالي {eta}."),
        "where_sorry": ("أعتذر جدًا، {first}.", "تأخرت قليلًا لكنني سأصل بالتأكيد. سأرسل رسالة عندما أقترب."),
        "where_still_coming": ("~بالتأكيد، {first}!", "سأصل بالتأكيد وسأرسل رسالة عندما أقترب."),
        "resched_ask": ("{resched_opener}", "ما اليوم والوقت الأنسب لكم؟"),
        "cancel_done": (
            "تم، {first}: أُلغيت زيارتكم.",
            "شكرًا على إبلاغنا. راسلونا على هذا الرقم متى احتجتم إلينا.",
        ),
        "cancel_move": ("هل يناسبكم يوم آخر بدل الإلغاء، {first}؟ يمكننا تغيير موعد الزيارة.",),
        "complaint_sorry": (
            "أعتذر جدًا، {first}.",
            "تستحقون خدمة أفضل، وأريد إصلاح ذلك.",
            "هل يمكنني الاتصال بكم؟",
        ),
        "question_check": ("~بكل سرور!", "سأتحقق وأرد عليكم فورًا، {first}."),
        "access_noted": ("~تمام، شكرًا!", "سآخذ ذلك بعين الاعتبار عند وصولي، {first}."),
        "confirm_window": ("~ممتاز، شكرًا!", "أراكم بين {win_start} و{win_end}، {first}."),
        "confirm_text_ahead": ("~ممتاز، اتفقنا.", "سأرسل لكم رسالة عندما أنطلق."),
        "thanks": ("~الشكر لكم، {first}!", "~إذا احتجتم أي شيء، راسلونا هنا."),
        "limit_ack": (
            "شكرًا على إبلاغي، {first}. سأنظّم الزيارة على هذا الأساس، وإذا ضاق الوقت سأخبركم فورًا.",
        ),
        "other_ack": ("~شكرًا على إبلاغي، {first}!", "~هل هناك شيء آخر يمكنني المساعدة فيه؟"),
        "emergency_safety": ("{first}، لا تقلقوا بشأن الموعد الآن.", "{safety}"),
        "emergency_call": ("سأتصل بكم الآن، {first}. أجيبوا عندما تكونون في مكان آمن.",),
        "cancel_offer": ("إذا أردتم إلغاء الزيارة، {first}، أخبروني فقط وسأتولى الأمر.",),
        "unsure_call_check": ("{first}، سأتصل بكم الآن للتأكد من أن كل شيء على ما يرام.",),
        "unsure_ask_which": ("للتأكد فقط، {first}: هل تقصدون أن {meant}، أم أن {meant_else}؟",),
        "unsure_ask_one": ("للتأكد فقط، {first}: هل تقصدون أن {meant}؟",),
        "unsure_ask_more": ("للتأكد فقط، {first}: هل يمكنكم توضيح ذلك أكثر؟",),
        "call_me": ("ربما الأسهل أن نتحدث بالهاتف، {first}؟ يمكنني الاتصال الآن.",),
        "wrong_number_check": (
            "نعتذر عن الإزعاج! للتأكد: هل هذا رقم {named}؟ إن لم يكن كذلك فسنحذفه من سجلاتنا فورًا.",
        ),
        "wrong_number_sorry": ("نعتذر عن الخطأ، وشكرًا على إبلاغنا!", "سنصحح سجلاتنا."),
    },
    "hi": {
        "late_start_here": (
            "{opener}",
            "इंतज़ार के दौरान मैं वो काम शुरू कर दूँ जो आपके बिना हो सकता है, ताकि समय बचे।",
            "?लगभग {arrival} बजे मिलते हैं।",
        ),
        "late_start_coming": (
            "{opener}",
            "पहुँचते ही वो काम शुरू हो जाएगा जो आपके बिना हो सकता है, बाकी आपके आने पर साथ में करेंगे।",
        ),
        "late_wait_known": (
            "बताने के लिए शुक्रिया, {first}।",
            "लगभग {arrival} बजे आपका इंतज़ार है।",
            "?कोई जल्दी नहीं, आराम से आइए।",
        ),
        "late_wait_open": ("बताने के लिए शुक्रिया, {first}।", "आपका इंतज़ार है। पास पहुँचें तो मैसेज कर दीजिए।"),
        "late_other_day": ("अगर कोई और दिन ज़्यादा ठीक रहे, {first}, तो विज़िट आराम से बदल सकते हैं।",),
        "arrived_here": ("~बढ़िया, {first}!", "दरवाज़े पर आ रहे हैं।"),
        "where_eta": ("इंतज़ार के लिए माफ़ी, {first}!", "मैं रास्ते में हूँ, पहुँचने का समय लगभग {eta} है।"),
        "where_sorry": ("बहुत माफ़ी चाहते हैं, {first}।", "थोड़ी देर है, पर पहुँचना पक्का है। पास पहुँचते ही मैसेज मिलेगा।"),
        "where_still_coming": ("~बिल्कुल, {first}!", "पहुँचना पक्का है, पास पहुँचते ही मैसेज मिलेगा।"),
        "resched_ask": ("{resched_opener}", "आपके लिए कौन सा दिन और समय सबसे ठीक है?"),
        "cancel_done": (
            "हो गया, {first}: आपकी विज़िट कैंसिल कर दी गई है।",
            "बताने के लिए शुक्रिया। जब भी ज़रूरत हो, इसी नंबर पर मैसेज कीजिए।",
        ),
        "cancel_move": ("कैंसिल की जगह कोई और दिन चलेगा, {first}? विज़िट बदल सकते हैं।",),
        "complaint_sorry": (
            "बहुत माफ़ी चाहते हैं, {first}।",
            "आपको इससे बेहतर सेवा मिलनी चाहिए थी, और हम इसे ठीक करना चाहते हैं।",
            "क्या आपको फ़ोन कर सकते हैं?",
        ),
        "question_check": ("~ज़रूर!", "देखकर तुरंत जवाब देते हैं, {first}।"),
        "access_noted": ("~समझ गए, शुक्रिया!", "पहुँचने पर इसका ध्यान रखा जाएगा, {first}।"),
        "confirm_window": ("~बढ़िया, शुक्रिया!", "{win_start} से {win_end} के बीच मिलते हैं, {first}।"),
        "confirm_text_ahead": ("~बढ़िया, तय रहा।", "निकलते समय आपको मैसेज मिल जाएगा।"),
        "thanks": ("~आपका भी शुक्रिया, {first}!", "~कुछ भी चाहिए तो यहीं मैसेज कीजिए।"),
        "limit_ack": ("बताने के लिए शुक्रिया, {first}। विज़िट इसी हिसाब से रखेंगे, और समय कम पड़े तो तुरंत बता देंगे।",),
        "other_ack": ("~बताने के लिए शुक्रिया, {first}!", "~और कोई मदद चाहिए?"),
        "emergency_safety": ("{first}, अभी विज़िट की चिंता मत कीजिए।", "{safety}"),
        "emergency_call": ("अभी आपको फ़ोन कर रहे हैं, {first}। सुरक्षित जगह पहुँचकर फ़ोन उठाइए।",),
        "cancel_offer": ("अगर विज़िट कैंसिल करनी हो, {first}, तो बस बता दीजिए, हो जाएगी।",),
        "unsure_call_check": ("{first}, सब ठीक है या नहीं, यह पक्का करने के लिए अभी फ़ोन करते हैं।",),
        "unsure_ask_which": ("पक्का करने के लिए, {first}: क्या आपका मतलब है कि {meant}, या कि {meant_else}?",),
        "unsure_ask_one": ("पक्का करने के लिए, {first}: क्या आपका मतलब है कि {meant}?",),
        "unsure_ask_more": ("पक्का करने के लिए, {first}: क्या थोड़ा और बता सकते हैं?",),
        "call_me": ("फ़ोन पर बात करना आसान रहेगा, {first}? अभी फ़ोन कर दूँ?",),
        "wrong_number_check": (
            "परेशान करने के लिए माफ़ी! पक्का कर रहे हैं: क्या यह {named} का नंबर है? अगर नहीं, तो हम इसे तुरंत हटा देंगे।",
        ),
        "wrong_number_sorry": ("गलती के लिए माफ़ी, और बताने के लिए शुक्रिया!", "हम अपना रिकॉर्ड ठीक कर देंगे।"),
    },
    "hi-Latn": {
        "late_start_here": (
            "{opener}",
            "Intezaar ke dauraan main woh kaam shuru kar doon jo aapke bina ho sakta hai, taaki time bache.",
            "?Lagbhag {arrival} baje milte hain.",
        ),
        "late_start_coming": (
            "{opener}",
            "Pahunchte hi woh kaam shuru ho jayega jo aapke bina ho sakta hai, baaki aapke aane par saath mein karenge.",
        ),
        "late_wait_known": (
            "Batane ke liye shukriya, {first}.",
            "Lagbhag {arrival} baje aapka intezaar hai.",
            "?Koi jaldi nahi, aaram se aaiye.",
        ),
        "late_wait_open": (
            "Batane ke liye shukriya, {first}.",
            "Aapka intezaar hai. Paas pahunchein to message kar dijiye.",
        ),
        "late_other_day": (
            "Agar koi aur din zyada theek rahe, {first}, to visit aaram se badal sakte hain.",
        ),
        "arrived_here": ("~Badhiya, {first}!", "Darwaze par aa rahe hain."),
        "where_eta": (
            "Intezaar ke liye maafi, {first}!",
            "Main raaste mein hoon, pahunchne ka time lagbhag {eta} hai.",
        ),
        "where_sorry": (
            "Bahut maafi chahte hain, {first}.",
            "Thodi der hai, par pahunchna pakka hai. Paas pahunchte hi message milega.",
        ),
        "where_still_coming": ("~Bilkul, {first}!", "Pahunchna pakka hai, paas pahunchte hi message milega."),
        "resched_ask": ("{resched_opener}", "Aapke liye kaun sa din aur time sabse theek hai?"),
        "cancel_done": (
            "Ho gaya, {first}: aapki visit cancel kar di gayi hai.",
            "Batane ke liye shukriya. Jab bhi zaroorat ho, isi number par message kijiye.",
        ),
        "cancel_move": ("Cancel ki jagah koi aur din chalega, {first}? Visit badal sakte hain.",),
        "complaint_sorry": (
            "Bahut maafi chahte hain, {first}.",
            "Aapko isse behtar service milni chahiye thi, aur hum ise theek karna chahte hain.",
            "Kya aapko phone kar sakte hain?",
        ),
        "question_check": ("~Zaroor!", "Dekh kar turant jawab dete hain, {first}."),
        "access_noted": ("~Samajh gaye, shukriya!", "Pahunchne par iska dhyaan rakha jayega, {first}."),
        "confirm_window": ("~Badhiya, shukriya!", "{win_start} se {win_end} ke beech milte hain, {first}."),
        "confirm_text_ahead": ("~Badhiya, tay raha.", "Nikalte waqt aapko message mil jayega."),
        "thanks": ("~Aapka bhi shukriya, {first}!", "~Kuch bhi chahiye to yahin message kijiye."),
        "limit_ack": (
            "Batane ke liye shukriya, {first}. Visit isi hisaab se rakhenge, aur time kam pade to turant bata denge.",
        ),
        "other_ack": ("~Batane ke liye shukriya, {first}!", "~Aur koi madad chahiye?"),
        "emergency_safety": ("{first}, abhi visit ki chinta mat kijiye.", "{safety}"),
        "emergency_call": (
            "Abhi aapko phone kar rahe hain, {first}. Surakshit jagah pahunch kar phone uthaiye.",
        ),
        "cancel_offer": ("Agar visit cancel karni ho, {first}, to bas bata dijiye, ho jayegi.",),
        "unsure_call_check": (
            "{first}, sab theek hai ya nahi, yeh pakka karne ke liye abhi phone karte hain.",
        ),
        "unsure_ask_which": (
            "Pakka karne ke liye, {first}: kya aapka matlab hai ki {meant}, ya ki {meant_else}?",
        ),
        "unsure_ask_one": ("Pakka karne ke liye, {first}: kya aapka matlab hai ki {meant}?",),
        "unsure_ask_more": ("Pakka karne ke liye, {first}: kya thoda aur bata sakte hain?",),
        "call_me": ("Phone par baat karna aasaan rahega, {first}? Abhi phone kar doon?",),
        "wrong_number_check": (
            "Pareshan karne ke liye maafi! Pakka kar rahe hain: kya yeh {named} ka number hai? Agar nahi, to hum ise turant hata denge.",
        ),
        "wrong_number_sorry": (
            "Galti ke liye maafi, aur batane ke liye shukriya!",
            "Hum apna record theek kar denge.",
        ),
    },
    "ur": {
        "late_start_here": (
            "{opener}",
            "انتظار کے دوران وہ کام شروع کر دوں جو آپ کے بغیر ہو سکتا ہے، تاکہ وقت بچے۔",
            "?تقریباً {arrival} بجے ملتے ہیں۔",
        ),
        "late_start_coming": (
            "{opener}",
            "پہنچتے ہی وہ کام شروع ہو جائے گا جو آپ کے بغیر ہو سکتا ہے، باقی آپ کے آنے پر مل کر کریں گے۔",
        ),
        "late_wait_known": (
            "بتانے کا شکریہ، {first}۔",
            "تقریباً {arrival} بجے آپ کا انتظار ہے۔",
            "?کوئی جلدی نہیں، آرام سے آئیے۔",
        ),
        "late_wait_open": ("بتانے کا شکریہ، {first}۔", "آپ کا انتظار ہے۔ قریب پہنچیں تو میسج کر دیجیے۔"),
        "late_other_day": ("اگر کوئی اور دن زیادہ مناسب ہو، {first}، تو وزٹ آرام سے بدل سکتے ہیں۔",),
        "arrived_here": ("~بہت خوب، {first}!", "دروازے پر آ رہے ہیں۔"),
        "where_eta": ("انتظار کے لیے معذرت، {first}!", "میں راستے میں ہوں، پہنچنے کا وقت تقریباً {eta} ہے۔"),
        "where_sorry": (
            "بہت معذرت، {first}۔",
            "تھوڑی دیر ہے، مگر پہنچنا پکا ہے۔ قریب پہنچتے ہی میسج ملے گا۔",
        ),
        "where_still_coming": ("~بالکل، {first}!", "پہنچنا پکا ہے، قریب پہنچتے ہی میسج ملے گا۔"),
        "resched_ask": ("{resched_opener}", "آپ کے لیے کون سا دن اور وقت سب سے بہتر ہے؟"),
        "cancel_done": (
            "ہو گیا، {first}: آپ کا وزٹ کینسل کر دیا گیا ہے۔",
            "بتانے کا شکریہ۔ جب بھی ضرورت ہو، اسی نمبر پر میسج کیجیے۔",
        ),
        "cancel_move": ("کینسل کی جگہ کوئی اور دن چلے گا، {first}؟ وزٹ بدل سکتے ہیں۔",),
        "complaint_sorry": (
            "بہت معذرت، {first}۔",
            "آپ کو اس سے بہتر سروس ملنی چاہیے تھی، اور ہم اسے ٹھیک کرنا چاہتے ہیں۔",
            "کیا آپ کو فون کر سکتے ہیں؟",
        ),
        "question_check": ("~ضرور!", "دیکھ کر فوراً جواب دیتے ہیں، {first}۔"),
        "access_noted": ("~سمجھ گئے، شکریہ!", "پہنچنے پر اس کا خیال رکھا جائے گا، {first}۔"),
        "confirm_window": ("~بہت خوب، شکریہ!", "{win_start} سے {win_end} کے درمیان ملتے ہیں، {first}۔"),
        "confirm_text_ahead": ("~بہت خوب، طے ہو گیا۔", "نکلتے وقت آپ کو میسج مل جائے گا۔"),
        "thanks": ("~آپ کا بھی شکریہ، {first}!", "~کچھ بھی چاہیے تو یہیں میسج کیجیے۔"),
        "limit_ack": (
            "بتانے کا شکریہ، {first}۔ وزٹ اسی حساب سے رکھیں گے، اور وقت کم پڑے تو فوراً بتا دیں گے۔",
        ),
        "other_ack": ("~بتانے کا شکریہ، {first}!", "~اور کوئی مدد چاہیے؟"),
        "emergency_safety": ("{first}، ابھی وزٹ کی فکر نہ کیجیے۔", "{safety}"),
        "emergency_call": ("ابھی آپ کو فون کر رہے ہیں، {first}۔ محفوظ جگہ پہنچ کر فون اٹھائیے۔",),
        "cancel_offer": ("اگر وزٹ کینسل کرنا ہو، {first}، تو بس بتا دیجیے، ہو جائے گا۔",),
        "unsure_call_check": ("{first}، سب ٹھیک ہے یا نہیں، یہ پکا کرنے کے لیے ابھی فون کرتے ہیں۔",),
        "unsure_ask_which": ("پکا کرنے کے لیے، {first}: کیا آپ کا مطلب ہے کہ {meant}، یا کہ {meant_else}؟",),
        "unsure_ask_one": ("پکا کرنے کے لیے، {first}: کیا آپ کا مطلب ہے کہ {meant}؟",),
        "unsure_ask_more": ("پکا کرنے کے لیے، {first}: کیا تھوڑا اور بتا سکتے ہیں؟",),
        "call_me": ("فون پر بات کرنا آسان رہے گا، {first}؟ ابھی فون کر دوں؟",),
        "wrong_number_check": (
            "زحمت کے لیے معذرت! تصدیق کر رہے ہیں: کیا یہ {named} کا نمبر ہے؟ اگر نہیں، تو ہم اسے فوراً ہٹا دیں گے۔",
        ),
        "wrong_number_sorry": ("غلطی کے لیے معذرت، اور بتانے کا شکریہ!", "ہم اپنا ریکارڈ ٹھیک کر دیں گے۔"),
    },
    "pl": {
        "late_start_here": (
            "{opener}",
            "Czekając, zacznę to, co da się zrobić bez Państwa, żeby zaoszczędzić czas.",
            "?Do zobaczenia około {arrival}.",
        ),
        "late_start_coming": (
            "{opener}",
            "Po przyjeździe zacznę to, co da się zrobić bez Państwa, a resztę zrobimy razem po powrocie.",
        ),
        "late_wait_known": (
            "Dziękuję za informację, {first}.",
            "Będę czekać około {arrival}.",
            "?Proszę się nie spieszyć i jechać ostrożnie.",
        ),
        "late_wait_open": (
            "Dziękuję za informację, {first}.",
            "Czekam. Proszę napisać, gdy będą Państwo blisko.",
        ),
        "late_other_day": ("A jeśli inny dzień jest wygodniejszy, {first}, bez problemu przełożymy wizytę.",),
        "arrived_here": ("~Świetnie, {first}!", "Już idę do drzwi."),
        "where_eta": ("Przepraszam za czekanie, {first}!", "Jestem w drodze i będę około {eta}."),
        "where_sorry": (
            "Bardzo przepraszam, {first}.",
            "Mam opóźnienie, ale na pewno dojadę. Napiszę, gdy będę blisko.",
        ),
        "where_still_coming": ("~Oczywiście, {first}!", "Na pewno dojadę i napiszę, gdy będę blisko."),
        "resched_ask": ("{resched_opener}", "Jaki dzień i godzina będą dla Państwa najlepsze?"),
        "cancel_done": (
            "Gotowe, {first}: wizyta jest odwołana.",
            "Dziękuję za informację. W razie potrzeby proszę pisać na ten numer.",
        ),
        "cancel_move": (
            "Może inny dzień byłby lepszy, {first}? Możemy przełożyć wizytę zamiast ją odwoływać.",
        ),
        "complaint_sorry": (
            "Bardzo przepraszam, {first}.",
            "Należy się Państwu lepsza obsługa i chcę to naprawić.",
            "Czy mogę zadzwonić?",
        ),
        "question_check": ("~Chętnie!", "Sprawdzę i zaraz odpowiem, {first}."),
        "access_noted": ("~Jasne, dziękuję!", "Będę o tym pamiętać na miejscu, {first}."),
        "confirm_window": ("~Świetnie, dziękuję!", "Do zobaczenia między {win_start} a {win_end}, {first}."),
        "confirm_text_ahead": ("~Świetnie, jesteśmy umówieni.", "Napiszę, gdy będę wyjeżdżać."),
        "thanks": ("~To ja dziękuję, {first}!", "~Gdyby coś było potrzebne, proszę pisać tutaj."),
        "limit_ack": (
            "Dziękuję za informację, {first}. Zaplanuję wizytę z uwzględnieniem tego i od razu dam znać, gdyby czasu było mało.",
        ),
        "other_ack": ("~Dziękuję za informację, {first}!", "~Czy mogę jeszcze w czymś pomóc?"),
        "emergency_safety": ("{first}, proszę się teraz nie martwić wizytą.", "{safety}"),
        "emergency_call": (
            "Dzwonię teraz, {first}. Proszę odebrać, gdy będą Państwo w bezpiecznym miejscu.",
        ),
        "cancel_offer": (
            "Jeśli chcą Państwo odwołać wizytę, {first}, wystarczy napisać, a wszystko załatwię.",
        ),
        "unsure_call_check": ("{first}, zadzwonię teraz, żeby upewnić się, że wszystko w porządku.",),
        "unsure_ask_which": (
            "Żeby się nie pomylić, {first}: czy chodzi o to, że {meant}, czy że {meant_else}?",
        ),
        "unsure_ask_one": ("Żeby się nie pomylić, {first}: czy chodzi o to, że {meant}?",),
        "unsure_ask_more": ("Żeby się nie pomylić, {first}: czy mogą Państwo napisać trochę więcej?",),
        "call_me": ("Może łatwiej będzie porozmawiać przez telefon, {first}? Mogę zadzwonić teraz.",),
        "wrong_number_check": (
            "Przepraszamy za kłopot! Upewniamy się: czy to numer {named}? Jeśli nie, od razu usuniemy go z naszej bazy.",
        ),
        "wrong_number_sorry": (
            "Przepraszamy za pomyłkę i dziękujemy za informację!",
            "Poprawimy naszą bazę.",
        ),
    },
    "nl": {
        "late_start_here": (
            "{opener}",
            "Terwijl ik wacht, begin ik alvast met wat zonder u kan, dan besparen we tijd.",
            "?Tot rond {arrival}.",
        ),
        "late_start_coming": (
            "{opener}",
            "Zodra ik er ben, begin ik met wat zonder u kan, en de rest doen we samen als u terug bent.",
        ),
        "late_wait_known": (
            "Bedankt voor het laten weten, {first}.",
            "Ik wacht op u rond {arrival}.",
            "?Geen haast, rij voorzichtig.",
        ),
        "late_wait_open": (
            "Bedankt voor het laten weten, {first}.",
            "Ik wacht. Stuur gerust een berichtje als u dichtbij bent.",
        ),
        "late_other_day": (
            "En past een andere dag beter, {first}, dan verzetten we de afspraak zonder probleem.",
        ),
        "arrived_here": ("~Top, {first}!", "Ik kom naar de deur."),
        "where_eta": ("Sorry voor het wachten, {first}!", "Ik ben onderweg en ben er rond {eta}."),
        "where_sorry": (
            "Het spijt me echt, {first}.",
            "Ik ben later, maar ik kom zeker. Ik stuur een bericht als ik dichtbij ben.",
        ),
        "where_still_coming": ("~Zeker, {first}!", "Ik kom zeker en stuur een bericht als ik dichtbij ben."),
        "resched_ask": ("{resched_opener}", "Welke dag en tijd komt u het beste uit?"),
        "cancel_done": (
            "Geregeld, {first}: uw afspraak is geannuleerd.",
            "Bedankt voor het laten weten. Stuur gerust een bericht naar dit nummer als u ons nodig hebt.",
        ),
        "cancel_move": (
            "Past een andere dag misschien beter, {first}? We kunnen de afspraak ook verzetten.",
        ),
        "complaint_sorry": (
            "Het spijt me echt, {first}.",
            "U verdient betere service, en ik wil dit goedmaken.",
            "Mag ik u even bellen?",
        ),
        "question_check": ("~Graag!", "Ik zoek het uit en laat het u meteen weten, {first}."),
        "access_noted": ("~Duidelijk, bedankt!", "Ik houd er rekening mee als ik kom, {first}."),
        "confirm_window": ("~Top, bedankt!", "Tot tussen {win_start} en {win_end}, {first}."),
        "confirm_text_ahead": ("~Top, dan is het afgesproken.", "Ik stuur u een bericht als ik vertrek."),
        "thanks": ("~Graag gedaan, {first}!", "~Als u nog iets nodig hebt, stuur gerust een bericht."),
        "limit_ack": (
            "Bedankt voor het laten weten, {first}. Ik plan het bezoek daaromheen, en als het krap wordt, hoort u het meteen.",
        ),
        "other_ack": ("~Bedankt voor het laten weten, {first}!", "~Kan ik nog ergens mee helpen?"),
        "emergency_safety": ("{first}, maak u nu geen zorgen over de afspraak.", "{safety}"),
        "emergency_call": ("Ik bel u nu meteen, {first}. Neem op als u op een veilige plek bent.",),
        "cancel_offer": ("Wilt u de afspraak annuleren, {first}? Zeg het maar, dan regel ik het.",),
        "unsure_call_check": ("{first}, ik bel u even om zeker te weten dat alles in orde is.",),
        "unsure_ask_which": ("Even voor de zekerheid, {first}: bedoelt u dat {meant}, of dat {meant_else}?",),
        "unsure_ask_one": ("Even voor de zekerheid, {first}: bedoelt u dat {meant}?",),
        "unsure_ask_more": ("Even voor de zekerheid, {first}: kunt u iets meer vertellen?",),
        "call_me": ("Is bellen misschien makkelijker, {first}? Ik kan u nu bellen.",),
        "wrong_number_check": (
            "Sorry voor het storen! Even checken: is dit het nummer van {named}? Zo niet, dan halen we het meteen uit ons systeem.",
        ),
        "wrong_number_sorry": (
            "Sorry voor de vergissing, en bedankt voor het laten weten!",
            "We passen ons systeem aan.",
        ),
    },
    "ht": {
        "late_start_here": (
            "{opener}",
            "Pandan m ap tann, m ap kòmanse sa m ka fè san ou, pou nou genyen tan.",
            "?N a wè vè {arrival}.",
        ),
        "late_start_coming": (
            "{opener}",
            "Depi m rive, m ap kòmanse sa m ka fè san ou, epi n a fè rès la ansanm lè ou tounen.",
        ),
        "late_wait_known": (
            "Mèsi paske ou fè m konnen, {first}.",
            "M ap tann ou vè {arrival}.",
            "?Pa prese, kondui ak prekosyon.",
        ),
        "late_wait_open": (
            "Mèsi paske ou fè m konnen, {first}.",
            "M ap tann ou. Voye yon mesaj lè ou prèske rive.",
        ),
        "late_other_day": ("E si yon lòt jou pi bon pou ou, {first}, nou ka chanje randevou a san pwoblèm.",),
        "arrived_here": ("~Bèl bagay, {first}!", "M ap vini nan pòt la."),
        "where_eta": ("Eskize m pou tann lan, {first}!", "M sou wout, m ap rive vè {eta}."),
        "where_sorry": (
            "Mwen regrèt anpil, {first}.",
            "M an reta, men m ap vini kanmenm. M ap voye yon mesaj lè m prèske rive.",
        ),
        "where_still_coming": ("~Wi, {first}!", "M ap vini kanmenm, m ap voye yon mesaj lè m prèske rive."),
        "resched_ask": ("{resched_opener}", "Ki jou ak ki lè ki pi bon pou ou?"),
        "cancel_done": (
            "Li fèt, {first}: randevou ou anile.",
            "Mèsi paske ou fè nou konnen. Voye mesaj nan nimewo sa a nenpòt lè ou bezwen nou.",
        ),
        "cancel_move": ("Petèt yon lòt jou ta pi bon, {first}? Nou ka chanje randevou a olye nou anile l.",),
        "complaint_sorry": (
            "Mwen regrèt anpil, {first}.",
            "Ou merite pi bon sèvis, e m vle ranje sa.",
            "Èske m ka rele ou?",
        ),
        "question_check": ("~Avèk plezi!", "M ap tcheke epi m ap reponn ou touswit, {first}."),
        "access_noted": ("~Dakò, mèsi!", "M ap sonje sa lè m rive, {first}."),
        "confirm_window": ("~Bèl bagay, mèsi!", "N a wè ant {win_start} ak {win_end}, {first}."),
        "confirm_text_ahead": ("~Bèl bagay, nou dakò.", "M ap voye yon mesaj ba ou lè m ap pati."),
        "thanks": ("~Se mwen ki di ou mèsi, {first}!", "~Si ou bezwen kichòy, voye mesaj isit la."),
        "limit_ack": (
            "Mèsi paske ou fè m konnen, {first}. M ap planifye vizit la selon sa, e si tan an vin kout, m ap di ou touswit.",
        ),
        "other_ack": ("~Mèsi paske ou fè m konnen, {first}!", "~Èske m ka ede ou ak yon lòt bagay?"),
        "emergency_safety": ("{first}, pa enkyete w pou randevou a kounye a.", "{safety}"),
        "emergency_call": ("M ap rele ou kounye a, {first}. Reponn lè ou nan yon kote ki an sekirite.",),
        "cancel_offer": ("Si ou vle anile vizit la, {first}, annik di m sa, m ap regle l.",),
        "unsure_call_check": ("{first}, m ap rele ou kounye a pou m asire m tout bagay anfòm.",),
        "unsure_ask_which": ("Pou m byen konprann, {first}: èske ou vle di {meant}, oswa {meant_else}?",),
        "unsure_ask_one": ("Pou m byen konprann, {first}: èske ou vle di {meant}?",),
        "unsure_ask_more": ("Pou m byen konprann, {first}: èske ou ka di m yon ti kras plis?",),
        "call_me": ("Petèt li pi fasil pou nou pale nan telefòn, {first}? M ka rele ou kounye a.",),
        "wrong_number_check": (
            "Eskize nou pou deranjman an! Nou vle asire nou: èske se nimewo {named}? Si se pa sa, n ap retire l touswit.",
        ),
        "wrong_number_sorry": (
            "Eskize nou pou erè a, e mèsi paske ou fè nou konnen!",
            "N ap korije dosye nou.",
        ),
    },
    "id": {
        "late_start_here": (
            "{opener}",
            "Sambil menunggu, saya mulai dulu pekerjaan yang bisa dilakukan tanpa Anda, supaya lebih cepat.",
            "?Sampai jumpa sekitar pukul {arrival}.",
        ),
        "late_start_coming": (
            "{opener}",
            "Begitu sampai, saya mulai pekerjaan yang bisa dilakukan tanpa Anda, sisanya kita kerjakan bersama saat Anda kembali.",
        ),
        "late_wait_known": (
            "Terima kasih sudah memberi tahu, {first}.",
            "Saya tunggu sekitar pukul {arrival}.",
            "?Tidak perlu terburu-buru, hati-hati di jalan.",
        ),
        "late_wait_open": (
            "Terima kasih sudah memberi tahu, {first}.",
            "Saya tunggu. Kirim pesan kalau sudah dekat, ya.",
        ),
        "late_other_day": (
            "Kalau hari lain lebih cocok, {first}, kunjungannya bisa dipindah tanpa masalah.",
        ),
        "arrived_here": ("~Baik, {first}!", "Saya segera ke pintu."),
        "where_eta": (
            "Maaf sudah menunggu, {first}!",
            "Saya sedang dalam perjalanan dan sampai sekitar pukul {eta}.",
        ),
        "where_sorry": (
            "Mohon maaf, {first}.",
            "Saya sedikit terlambat, tapi pasti datang. Saya kirim pesan kalau sudah dekat.",
        ),
        "where_still_coming": (
            "~Tentu, {first}!",
            "Saya pasti datang dan akan kirim pesan kalau sudah dekat.",
        ),
        "resched_ask": ("{resched_opener}", "Hari dan jam berapa yang paling cocok untuk Anda?"),
        "cancel_done": (
            "Baik, {first}: kunjungan Anda sudah dibatalkan.",
            "Terima kasih sudah memberi tahu. Kirim pesan ke nomor ini kapan pun Anda perlu kami.",
        ),
        "cancel_move": (
            "Mungkin hari lain lebih cocok, {first}? Kunjungannya bisa dipindah, tidak perlu dibatalkan.",
        ),
        "complaint_sorry": (
            "Mohon maaf, {first}.",
            "Anda layak mendapat layanan yang lebih baik, dan saya ingin memperbaikinya.",
            "Boleh saya telepon?",
        ),
        "question_check": ("~Dengan senang hati!", "Saya cek dulu dan segera kabari, {first}."),
        "access_noted": ("~Baik, terima kasih!", "Saya ingat itu saat datang nanti, {first}."),
        "confirm_window": (
            "~Baik, terima kasih!",
            "Sampai jumpa antara pukul {win_start} dan {win_end}, {first}.",
        ),
        "confirm_text_ahead": ("~Baik, sudah sepakat.", "Saya kirim pesan saat berangkat."),
        "thanks": ("~Sama-sama, {first}!", "~Kalau perlu apa-apa, kirim pesan di sini saja."),
        "limit_ack": (
            "Terima kasih sudah memberi tahu, {first}. Saya atur kunjungannya sesuai itu, dan kalau waktunya mepet saya segera kabari.",
        ),
        "other_ack": ("~Terima kasih sudah memberi tahu, {first}!", "~Ada lagi yang bisa saya bantu?"),
        "emergency_safety": ("{first}, jangan pikirkan janji temu sekarang.", "{safety}"),
        "emergency_call": ("Saya telepon Anda sekarang, {first}. Angkat setelah Anda di tempat yang aman.",),
        "cancel_offer": (
            "Kalau Anda ingin membatalkan kunjungan, {first}, cukup beri tahu saya, nanti saya urus.",
        ),
        "unsure_call_check": ("{first}, saya telepon sekarang untuk memastikan semuanya baik-baik saja.",),
        "unsure_ask_which": ("Supaya tidak salah, {first}: maksud Anda {meant}, atau {meant_else}?",),
        "unsure_ask_one": ("Supaya tidak salah, {first}: maksud Anda {meant}?",),
        "unsure_ask_more": ("Supaya tidak salah, {first}: bisa ceritakan sedikit lagi?",),
        "call_me": ("Mungkin lebih mudah bicara lewat telepon, {first}? Saya bisa telepon sekarang.",),
        "wrong_number_check": (
            "Maaf mengganggu! Kami ingin memastikan: apakah ini nomor {named}? Kalau bukan, nomor ini segera kami hapus.",
        ),
        "wrong_number_sorry": (
            "Maaf atas kesalahannya, dan terima kasih sudah memberi tahu!",
            "Data kami akan diperbaiki.",
        ),
    },
}

READINGS_MEANT: dict[str, dict[str, tuple[str, ...]]] = {
    "ru": {
        "emergency": ("у вас дома сейчас что-то опасное",),
        "cancel": ("хотите отменить визит",),
        "reschedule": ("хотите перенести визит",),
        "running_late": ("будете около {arrival}", "немного опоздаете"),
        "customer_arrived": ("вы уже дома",),
        "where_is_tech": ("хотите знать, когда я приеду",),
        "complaint": ("что-то пошло не так",),
        "access_info": ("это нужно знать для визита",),
        "confirm": ("визит вам по-прежнему удобен",),
        "wrong_number": ("это сообщение пришло не тому человеку",),
    },
    "ar": {
        "emergency": ("هناك خطر في البيت الآن",),
        "cancel": ("تريدون إلغاء الزيارة",),
        "reschedule": ("تريدون تغيير موعد الزيارة",),
        "running_late": ("ستصلون حوالي {arrival}", "ستتأخرون قليلًا"),
        "customer_arrived": ("أنكم في البيت الآن",),
        "where_is_tech": ("تريدون معرفة موعد وصولي",),
        "complaint": ("شيئًا لم يسر على ما يرام",),
        "access_info": ("هذا شيء يجب معرفته للزيارة",),
        "confirm": ("الموعد ما زال يناسبكم",),
        "wrong_number": ("هذه الرسالة لم تكن لكم",),
    },
    "hi": {
        "emergency": ("घर पर अभी कोई खतरा है",),
        "cancel": ("आप विज़िट कैंसिल करना चाहते हैं",),
        "reschedule": ("आप विज़िट का समय बदलना चाहते हैं",),
        "running_late": ("आप लगभग {arrival} बजे पहुँचेंगे", "आपको थोड़ी देर होगी"),
        "customer_arrived": ("आप अभी घर पर हैं",),
        "where_is_tech": ("आप जानना चाहते हैं कि हम कब पहुँचेंगे",),
        "complaint": ("कुछ ठीक नहीं हुआ",),
        "access_info": ("यह विज़िट के लिए जानना ज़रूरी है",),
        "confirm": ("विज़िट का समय अब भी ठीक है",),
        "wrong_number": ("यह मैसेज आपके लिए नहीं था",),
    },
    "hi-Latn": {
        "emergency": ("ghar par abhi koi khatra hai",),
        "cancel": ("aap visit cancel karna chahte hain",),
        "reschedule": ("aap visit ka time badalna chahte hain",),
        "running_late": ("aap lagbhag {arrival} baje pahunchenge", "aapko thodi der hogi"),
        "customer_arrived": ("aap abhi ghar par hain",),
        "where_is_tech": ("aap jaanna chahte hain ki hum kab pahunchenge",),
        "complaint": ("kuch theek nahi hua",),
        "access_info": ("yeh visit ke liye jaanna zaroori hai",),
        "confirm": ("visit ka time ab bhi theek hai",),
        "wrong_number": ("yeh message aapke liye nahi tha",),
    },
    "ur": {
        "emergency": ("گھر پر ابھی کوئی خطرہ ہے",),
        "cancel": ("آپ وزٹ کینسل کرنا چاہتے ہیں",),
        "reschedule": ("آپ وزٹ کا وقت بدلنا چاہتے ہیں",),
        "running_late": ("آپ تقریباً {arrival} بجے پہنچیں گے", "آپ کو تھوڑی دیر ہو گی"),
        "customer_arrived": ("آپ ابھی گھر پر ہیں",),
        "where_is_tech": ("آپ جاننا چاہتے ہیں کہ ہم کب پہنچیں گے",),
        "complaint": ("کچھ ٹھیک نہیں ہوا",),
        "access_info": ("یہ وزٹ کے لیے جاننا ضروری ہے",),
        "confirm": ("وزٹ کا وقت اب بھی ٹھیک ہے",),
        "wrong_number": ("یہ میسج آپ کے لیے نہیں تھا",),
    },
    "pl": {
        "emergency": ("w domu jest teraz coś niebezpiecznego",),
        "cancel": ("chcą Państwo odwołać wizytę",),
        "reschedule": ("chcą Państwo przełożyć wizytę",),
        "running_late": ("będą Państwo około {arrival}", "trochę się Państwo spóźnią"),
        "customer_arrived": ("są Państwo już w domu",),
        "where_is_tech": ("chcą Państwo wiedzieć, kiedy przyjadę",),
        "complaint": ("coś poszło nie tak",),
        "access_info": ("to ważna informacja do wizyty",),
        "confirm": ("termin wizyty nadal pasuje",),
        "wrong_number": ("ta wiadomość trafiła do niewłaściwej osoby",),
    },
    "nl": {
        "emergency": ("er nu iets gevaarlijks is in huis",),
        "cancel": ("u de afspraak wilt annuleren",),
        "reschedule": ("u de afspraak wilt verzetten",),
        "running_late": ("u er rond {arrival} bent", "u wat later bent"),
        "customer_arrived": ("u nu thuis bent",),
        "where_is_tech": ("u wilt weten wanneer ik er ben",),
        "complaint": ("er iets niet goed is gegaan",),
        "access_info": ("dit iets is om te weten voor het bezoek",),
        "confirm": ("de afspraak u nog steeds uitkomt",),
        "wrong_number": ("dit bericht niet voor u bedoeld was",),
    },
    "ht": {
        "emergency": ("gen yon danje lakay ou kounye a",),
        "cancel": ("ou vle anile vizit la",),
        "reschedule": ("ou vle chanje dat vizit la",),
        "running_late": ("ou ap rive vè {arrival}", "ou ap yon ti jan an reta"),
        "customer_arrived": ("ou lakay ou kounye a",),
        "where_is_tech": ("ou vle konnen kilè m ap rive",),
        "complaint": ("yon bagay pa t mache byen",),
        "access_info": ("se yon bagay pou m konnen pou vizit la",),
        "confirm": ("randevou a toujou bon pou ou",),
        "wrong_number": ("mesaj sa a pa t pou ou",),
    },
    "id": {
        "emergency": ("ada bahaya di rumah sekarang",),
        "cancel": ("Anda ingin membatalkan kunjungan",),
        "reschedule": ("Anda ingin memindah jadwal kunjungan",),
        "running_late": ("Anda sampai sekitar pukul {arrival}", "Anda akan sedikit terlambat"),
        "customer_arrived": ("Anda sudah di rumah sekarang",),
        "where_is_tech": ("Anda ingin tahu kapan saya sampai",),
        "complaint": ("ada yang kurang beres",),
        "access_info": ("ini perlu saya ketahui untuk kunjungan",),
        "confirm": ("jadwal kunjungan masih cocok",),
        "wrong_number": ("pesan ini bukan untuk Anda",),
    },
}

WHERE_MEANT_ON_SITE: dict[str, str] = {
    "ru": "хотите знать, где я сейчас в доме",
    "ar": "تريدون معرفة مكاني في البيت الآن",
    "hi": "आप जानना चाहते हैं कि हम घर में कहाँ हैं",
    "hi-Latn": "aap jaanna chahte hain ki hum ghar mein kahan hain",
    "ur": "آپ جاننا چاہتے ہیں کہ ہم گھر میں کہاں ہیں",
    "pl": "chcą Państwo wiedzieć, gdzie jestem w domu",
    "nl": "u wilt weten waar ik nu in huis ben",
    "ht": "ou vle konnen ki kote m ye nan kay la",
    "id": "Anda ingin tahu saya sedang di bagian rumah yang mana",
}

OPENERS: dict[str, dict[str, str]] = {
    "ru": {
        "calm": "Ничего страшного, {first}!",
        "upset": "Мне очень жаль, что пришлось ждать, {first}.",
        "grave": "Спасибо, что предупредили, {first}.",
    },
    "ar": {
        "calm": "لا مشكلة، {first}!",
        "upset": "أعتذر جدًا عن الانتظار، {first}.",
        "grave": "شكرًا على إبلاغي، {first}.",
    },
    "hi": {
        "calm": "कोई बात नहीं, {first}!",
        "upset": "इंतज़ार करवाने के लिए बहुत माफ़ी, {first}।",
        "grave": "बताने के लिए शुक्रिया, {first}।",
    },
    "hi-Latn": {
        "calm": "Koi baat nahi, {first}!",
        "upset": "Intezaar karwane ke liye bahut maafi, {first}.",
        "grave": "Batane ke liye shukriya, {first}.",
    },
    "ur": {
        "calm": "کوئی بات نہیں، {first}!",
        "upset": "انتظار کروانے پر بہت معذرت، {first}۔",
        "grave": "بتانے کا شکریہ، {first}۔",
    },
    "pl": {
        "calm": "Nic nie szkodzi, {first}!",
        "upset": "Bardzo przepraszam za czekanie, {first}.",
        "grave": "Dziękuję za informację, {first}.",
    },
    "nl": {
        "calm": "Geen probleem, {first}!",
        "upset": "Het spijt me echt dat u moest wachten, {first}.",
        "grave": "Bedankt voor het laten weten, {first}.",
    },
    "ht": {
        "calm": "Pa gen pwoblèm, {first}!",
        "upset": "Mwen regrèt anpil ou te oblije tann, {first}.",
        "grave": "Mèsi paske ou fè m konnen, {first}.",
    },
    "id": {
        "calm": "Tidak apa-apa, {first}!",
        "upset": "Mohon maaf sudah membuat Anda menunggu, {first}.",
        "grave": "Terima kasih sudah memberi tahu, {first}.",
    },
}

RESCHEDULE_OPENERS: dict[str, dict[str, str]] = {
    "ru": {
        "calm": "Конечно, {first}, охотно перенесём!",
        "sorry": "Мне очень жаль, {first}. Перенесём ваш визит.",
        "plain": "Перенесём ваш визит, {first}.",
    },
    "ar": {
        "calm": "بالتأكيد، {first}، يسعدنا تغيير الموعد!",
        "sorry": "أعتذر جدًا، {first}. سنغيّر موعد زيارتكم.",
        "plain": "سنغيّر موعد زيارتكم، {first}.",
    },
    "hi": {
        "calm": "ज़रूर, {first}, विज़िट खुशी से बदल देते हैं!",
        "sorry": "बहुत माफ़ी, {first}। आपकी विज़िट बदल देते हैं।",
        "plain": "आपकी विज़िट बदल देते हैं, {first}।",
    },
    "hi-Latn": {
        "calm": "Zaroor, {first}, visit khushi se badal dete hain!",
        "sorry": "Bahut maafi, {first}. Aapki visit badal dete hain.",
        "plain": "Aapki visit badal dete hain, {first}.",
    },
    "ur": {
        "calm": "ضرور، {first}، وزٹ خوشی سے بدل دیتے ہیں!",
        "sorry": "بہت معذرت، {first}۔ آپ کا وزٹ بدل دیتے ہیں۔",
        "plain": "آپ کا وزٹ بدل دیتے ہیں، {first}۔",
    },
    "pl": {
        "calm": "Oczywiście, {first}, chętnie przełożymy!",
        "sorry": "Bardzo przepraszam, {first}. Przełożymy wizytę.",
        "plain": "Przełożymy wizytę, {first}.",
    },
    "nl": {
        "calm": "Natuurlijk, {first}, we verzetten het graag!",
        "sorry": "Het spijt me echt, {first}. We verzetten de afspraak.",
        "plain": "We verzetten de afspraak, {first}.",
    },
    "ht": {
        "calm": "Wi, {first}, n ap chanje l avèk plezi!",
        "sorry": "Mwen regrèt anpil, {first}. N ap chanje randevou a.",
        "plain": "N ap chanje randevou a, {first}.",
    },
    "id": {
        "calm": "Tentu, {first}, dengan senang hati kami pindahkan!",
        "sorry": "Mohon maaf, {first}. Jadwalnya kami pindahkan.",
        "plain": "Jadwal kunjungan kami pindahkan, {first}.",
    },
}

GENERIC_SAFETY: dict[str, str] = {
    "ru": "Пожалуйста, немедленно выведите всех в безопасное место и звоните 911, если кому-то грозит опасность.",
    "ar": "من فضلكم أخرجوا الجميع فورًا إلى مكان آمن واتصلوا بـ 911 إذا كان أحد في خطر.",
    "hi": "कृपया सबको तुरंत किसी सुरक्षित जगह ले जाइए, और अगर कोई खतरे में है तो 911 पर फ़ोन कीजिए।",
    "hi-Latn": "Kripya sabko turant kisi surakshit jagah le jaiye, aur agar koi khatre mein hai to 911 par phone kijiye.",
    "ur": "براہ کرم سب کو فوراً کسی محفوظ جگہ لے جائیے، اور اگر کوئی خطرے میں ہے تو 911 پر فون کیجیے۔",
    "pl": "Proszę natychmiast wyprowadzić wszystkich w bezpieczne miejsce i dzwonić pod 911, jeśli ktoś jest w niebezpieczeństwie.",
    "nl": "Breng iedereen nu meteen naar een veilige plek en bel 911 als iemand in gevaar is.",
    "ht": "Tanpri mete tout moun nan yon kote ki an sekirite kounye a, epi rele 911 si gen yon moun ki an danje.",
    "id": "Segera bawa semua orang ke tempat yang aman, dan telepon 911 kalau ada yang dalam bahaya.",
}

"""Carrier consent keywords (CTIA / Twilio conventions), shared by the SMS gateway and the interpreter.

A keyword counts only when it is the whole message, in any case, with surrounding whitespace and
punctuation ignored: "STOP" opts out, "please stop by after 2" does not.
"""

from __future__ import annotations

import re
import unicodedata

OPT_OUT_KEYWORDS: frozenset[str] = frozenset(
    {
        "stop",
        "stopall",
        "stop all",
        "unsubscribe",
        "cancel",
        "end",
        "quit",
        "revoke",
        "optout",
        "opt out",
        "opt-out",
        "arret",  # Canadian French; Twilio honours it on Canadian numbers
        "arrêt",
        "baja",  # the opt-out word of Spanish SMS lists ("Responda BAJA"), sent alone (issue 13, h13es9)
    }
)
OPT_IN_KEYWORDS: frozenset[str] = frozenset({"start", "unstop"})
# Accepted as opt-in only as the reply to an opt-out confirmation.
OPT_IN_AFTER_OPT_OUT: frozenset[str] = frozenset(
    {"yes", "y", "si", "sí"}
    | {"oui", "sim", "ja", "vâng", "có", "是", "好", "네", "opo", "oo"}  # other languages' YES
    | {"sì", "tak", "haan", "да", "wi", "نعم"}  # Italian, Polish, Hindi, Russian (issue 13, h13lang2)
    | {"はい", "evet", "ναι", "так"}  # Japanese, Turkish, Greek, Ukrainian (issue 13, h13lang7)
    | {"ano", "igen", "iya", "da"}  # Czech, Hungarian, Indonesian, Romanian (issue 13, h13lang8)
    | {"alta"}  # the Spanish "Responda ALTA para volver a recibirlos" (issue 13, h13es9)
    # Hebrew, Farsi, Amharic, Hindi, Swahili, Zulu, Somali, Yoruba (issue 13, fifteenth session: blind
    # writers in ten languages answered an opt-out notice with these)
    | {"כן", "بله", "آره", "አዎ", "हाँ", "हां", "ndiyo", "ndio", "yebo", "haa", "bẹẹni", "ya"}
)
HELP_KEYWORDS: frozenset[str] = frozenset(
    {"help", "info", "ayuda"}  # AYUDA: Spanish HELP (issue 13, round 7)
    # HELP in the other languages customers write in, alone (issue 13, h13lang3)
    | {"aide", "hilfe", "ajuda", "aiuto", "trợ giúp", "èd", "ed", "помощь", "pomoc", "tulong", "帮助", "幫助"}
    | {"도움말", "도움", "مساعدة"}
    | {"ヘルプ", "yardım", "hulp", "βοήθεια", "допомога"}  # issue 13, h13lang7
    | {"hjälp", "hjælp", "hjelp", "ajutor", "nápověda", "segítség", "bantuan"}  # issue 13, h13lang8
)

# The business's last text confirmed an opt-out, so a bare YES means "opt me back in".
OPT_OUT_NOTICE = re.compile(
    r"unsubscribed|opted out|opt(?:ed)? back in|resubscribe|no (?:more|further) messages|dado de baja|"
    r"ya no recibir[aá]|volver a recibir|désabonné|ne recevrez plus|descadastrad[oa]|voltar a receber|abgemeldet|"
    r"hủy đăng ký|已退订|已退訂|수신 거부되었|配信を停止|abonelikten çıkarıldınız|afgemeld|διαγραφήκατε|ви відписані",
    re.I,
)

# The notice in a language the pattern above does not know still names the carrier's keyword to come
# back, in capitals: "wypisano Cię z powiadomień SMS. Odpisz START", "הוסרת מרשימת ההודעות. שלח START",
# "You will no longer receive texts from us. Text START to resume." (issue 13, fifteenth session: 28
# bare yes words to such notices, in 22 languages, read as confirming a visit). Only the capitalised
# keyword: "Sam will start at 9" names no consent.
RESUBSCRIBE_KEYWORD = re.compile(r"\b(?:START|UNSTOP)\b")

_EDGES = re.compile(r"^[\W_]+|[\W_]+$")


def keyword_form(text: str) -> str:
    """The message as a keyword candidate: NFKC, casefolded, edges stripped, spaces collapsed."""
    text = unicodedata.normalize("NFKC", text or "").casefold()
    return " ".join(_EDGES.sub("", text).split())


def is_opt_out_notice(last_outbound: str | None) -> bool:
    """Whether the business's last text told the customer they had opted out."""
    return bool(
        last_outbound and (OPT_OUT_NOTICE.search(last_outbound) or RESUBSCRIBE_KEYWORD.search(last_outbound))
    )


def consent_keyword(text: str, *, after_opt_out: bool = False) -> str | None:
    """ "opt_out", "opt_in" or "help" when the whole message is a consent keyword, else None.

    `after_opt_out` says the previous outbound message confirmed an opt-out (see `is_opt_out_notice`),
    which is the only time a bare YES opts back in.
    """
    word = keyword_form(text)
    if word in OPT_OUT_KEYWORDS:
        return "opt_out"
    if word in OPT_IN_KEYWORDS or (after_opt_out and word in OPT_IN_AFTER_OPT_OUT):
        return "opt_in"
    if word in HELP_KEYWORDS:
        return "help"
    return None

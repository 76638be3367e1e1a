"""The intents a customer's text can have, as one enum for the code that acts on them.

A StrEnum: each member is its own string ("running_late"), so stored interpretations, JSON and
the interpreter's lexicon, which keep the plain strings, compare and hash equal to the members.
The order is the interpreter's priority (types.INTENT_PRIORITY), most pressing first.
"""

from __future__ import annotations

from enum import StrEnum


class Intent(StrEnum):
    EMERGENCY = "emergency"
    OPT_OUT = "opt_out"
    OPT_IN = "opt_in"
    HELP = "help"
    CANCEL = "cancel"
    RESCHEDULE = "reschedule"
    RUNNING_LATE = "running_late"
    CUSTOMER_ARRIVED = "customer_arrived"
    WHERE_IS_TECH = "where_is_tech"
    COMPLAINT = "complaint"
    ACCESS_INFO = "access_info"
    QUESTION = "question"
    CONFIRM = "confirm"
    THANKS = "thanks"
    WRONG_NUMBER = "wrong_number"
    OTHER = "other"

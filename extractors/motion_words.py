"""The words of motions: who moved and seconded, what was moved, what became of it.

Patterns shared by ``extractors.motions`` (which reads motions sentence by sentence),
``extractors.motion_results`` and ``extractors.sentences``: the names a mover may be printed
with, the verbs that open a motion or state its outcome, roll-call entries, recorded-vote
heads and tallies, and ``_substance``, which takes what was moved out of the sentence that
puts it (forms listed on ``_SUBSTANCE``).
"""

from __future__ import annotations

import re

from extractors.headings import BULLET


_TITLE = (r"(?:Cllrs?\.?|Councill?ors?|Commissioners?|Trustees?|Supervisors?|Mayor(?:\s+Pro\s+Tem(?:pore)?)?|Vice\s+Mayor|Deputy\s+Mayor|"
          r"Mr|Mrs|Ms|Miss|Dr|Prof|Atty|Attorney|Hon|President|Vice[- ]President|Vice[- ]Chair(?:man)?|Chair(?:man|woman|person)?|"
          r"Clerk|Treasurer|Director|Council(?:member|man|woman|person)s?|Council\s+(?:Member|President)s?|Alder(?:man|woman|person)|Selectm[ae]n|Legislators?|Member|Governor|Delegate|Student\s+Delegate|"
          r"Senators?)\.?")


# (not a motion's verb set with a capital: "proposed by GP Seconded by CF"; a radio amateur's
# call sign after the name is part of it: "Gavin VE7GSJ", "Doug VA7QZ")
_NAMEWORD = r"(?!(?:Seconded|Second|Proposed|Moved)\b)(?:[A-Z]{1,2}\d[A-Z]{1,4}\b|[A-Z][A-Za-z'’-]*\.?|[A-Z]{2,5})"


# (with the lower-case particles of surnames: "L. de Boer", "Ms. van der Berg")
_PARTICLE = r"(?:(?:de|van|von|der|den|da|di|du|la|le|del|della|dos)\s+)"
NAME = rf"(?:(?:the\s+)?{_TITLE}\s+)?{_NAMEWORD}(?:\s+{_PARTICLE}*{_NAMEWORD}){{0,2}}"


# An owner named by the unit or lot they hold, in a strata or condominium's general meeting:
# "Moved: SL103", "Seconded by Lot 12", "It was moved by (SL44)".
_UNIT = r"(?:SL|Lot|Unit|Apt\.?|Suite)\s*#?\d+[A-Z]?"

# "Motion/Second to accept the agenda by: Leslie/Pfleghaar. ... Motion Prevailed.": a form that
# names mover and seconder as a pair after the wording.
_PAIR_NAME = r"(?:[A-Z][A-Za-z'’-]+(?:\s+[A-Z][A-Za-z'’-]+)?)"
_PAIR = (r"(?i:motion)\s*/\s*(?i:second(?:ed)?)\b(?:\s+(?P<x>to\s.+?))?\s*(?i:by)?\s*:?\s*"
         rf"(?P<m>{_PAIR_NAME})\s*/\s*(?P<s>{_PAIR_NAME})")
# "Motion 1: Kurt Knappen - Ward 3/Laurel Burchfield - Ward 4: Approve consent agenda as
# presented.": the motion's number, mover and seconder (each with the seat held), then the wording.
_SEAT = r"(?:\s*[-–—,]\s*[A-Z][\w.]*(?:\s+[\w.]+){0,3}?)?"
_SLASHED_PAIR = (rf"\b(?-i:Motion|MOTION)\s*#?\d{{0,3}}\s*:\s*(?P<m>{_PAIR_NAME}){_SEAT}\s*/\s*(?P<s>{_PAIR_NAME}){_SEAT}"
                 r"\s*:\s*(?P<x>\S.{3,}?)\s*(?:\.\s+(?=The\s+motion\b)|\.?$)")
_SLASHED_MOVER = re.compile(_SLASHED_PAIR.replace("(?P<m>", "(?P<n>").replace("(?P<s>", "(?:").replace("(?P<x>", "(?:"))
_SLASHED_SECONDER = re.compile(_SLASHED_PAIR.replace("(?P<m>", "(?:").replace("(?P<s>", "(?P<n>").replace("(?P<x>", "(?:"))
_PAIR_MOVER = re.compile(r"\b" + _PAIR.replace("(?P<s>", "(?P<s2>").replace("(?P<m>", "(?P<n>").replace("(?P<x>", "(?P<x2>"))
_PAIR_SECONDER = re.compile(r"\b" + _PAIR.replace("(?P<m>", "(?P<m2>").replace("(?P<s>", "(?P<n>").replace("(?P<x>", "(?P<x2>"))

# "Motion to accept the minutes: 1 C Fillinger 2 I White: APPROVED", "... 1st J Ortiz 2nd M Lee":
# the mover and seconder numbered first and second after the wording.
_NUMBERED_PAIR = rf"(?:^|[:;,]\s*|\s)1(?:st)?\s*:?\s+(?P<m>{NAME})\s*,?\s+2(?:nd)?\s*:?\s+(?P<s>{NAME})\b"
_NUMBERED_MOVER = re.compile(_NUMBERED_PAIR.replace("(?P<m>", "(?P<n>").replace("(?P<s>", "(?:"))
_NUMBERED_SECONDER = re.compile(_NUMBERED_PAIR.replace("(?P<m>", "(?:").replace("(?P<s>", "(?P<n>"))

# "These were moved as correct by Hannah Salome and Esme Clark", "proposed as a true record by
# X and Y": the minutes' approval, its mover and seconder named together.
_AS_RECORD = r"(?:(?i:as\s+(?:a\s+)?(?:correct|true|accurate)(?:\s+record)?)\s+)?"
_MOVED_BY_PAIR = re.compile(rf"\b(?i:moved|proposed)\s+{_AS_RECORD}(?i:by)\s+{NAME}\s+(?:and|&)\s+(?P<n>{NAME})\s*(?:[.;]|$)")

_MOVER = [
    _SLASHED_MOVER,
    _PAIR_MOVER,
    _NUMBERED_MOVER,
    re.compile(r"^\W*(?i:moved)\s+(?i:to|that)\b.+?\(\s*(?P<n>[A-Z]{2,5})\s*\)"),  # "Moved to start Journal (CPM), ..."
    # "Motion made to approve slate of officers as proposed (Alex). Second (Bob).": the mover in
    # brackets at the wording's end
    re.compile(r"^\W*(?i:motion(?:\s+(?:was\s+)?made)?)\s+(?i:to|that)\b.+?\(\s*(?P<n>[A-Z][a-z'’]+(?:\s+[A-Z][a-z'’-]+)?)\s*\)\s*\.?\s*$"),
    re.compile(rf"\b(?i:proposed|proposer|moved|mover)(?:\s+by)?\s*:?\s*\(?(?P<n>{_UNIT})\b"),
    # (the verb in any case: "Moved by Councillor X" opens a line of its own in many minutes)
    re.compile(rf"\b(?i:moved|proposed|motion(?:\s+was)?\s+made|motion|made)\s+{_AS_RECORD}(?i:by):?\s+(?P<n>{NAME})"),
    re.compile(rf"\b(?:Motion|MOTION)\s+(?i:from)\s*:\s*(?P<n>{NAME})\s+to\b"),  # "Motion from: Tron to ..."
    re.compile(rf"\bby\s+(?P<n>{NAME}),?\s+(?:and\s+)?second(?:ed)?\s+by\b"),
    # ("NB Proposed Seconded by RP": the verb with a capital, as some clerks type it)
    # ("Justin then moved the agenda be approved")
    re.compile(rf"(?:^(?:\(?\d{{1,3}}[.)]\s+)?|[.;:,]\s+|\s[–—-]\s+|\band\s+)(?P<n>{NAME})\s+(?:then\s+|also\s+|duly\s+|formally\s+)?"
               r"(?:moved|proposed|motioned|Moved|Proposed|moves(?=\s+(?:to|that)\b))\b(?!\s+by\b)"),
    re.compile(rf"(?P<n>{NAME})\s*\(\s*(?:motion|moved)\s*\)"),  # "Robert Boucher (moved)"
    re.compile(rf"(?P<n>{NAME})[’']s\s+motion\s+(?:to|that)\b"),  # "Lucas Knight's motion to move out of the bylaws"
    # "Senator Lucas made a motion to adjourn the meeting.", and in the present tense some town
    # boards write in ("Dick Dillon makes a motion to approve the transfer ...")
    re.compile(rf"(?:^(?:\(?[a-z0-9]{{1,3}}[.)]\s+)?|[.;:,]\s+|\band\s+)(?P<n>{NAME})\s+(?:made|makes|offered|offers|put\s+forward)\s+(?:a|the)\s+motion\b"),
    # "Proposed: Carole Spencer / Seconded: ...", "Co-option of X: proposed Watson Robinson / seconded ..."
    re.compile(rf"\b(?i:proposed|proposer|moved|mover)\s*:\s*(?P<n>{NAME})"),
    re.compile(rf"\b(?i:proposed|moved)\s+(?P<n>{NAME})\s*[/;,]\s*(?i:seconded)\b"),
]


_SECONDER = [
    _SLASHED_SECONDER,
    _MOVED_BY_PAIR,
    _PAIR_SECONDER,
    _NUMBERED_SECONDER,
    re.compile(r"\b(?i:seconded)\s*\(\s*(?P<n>[A-Z]{2,5})\s*\)"),  # "..., seconded (LV), accepted."
    re.compile(r"^\W*(?i:second(?:ed)?)\s*\(\s*(?P<n>[A-Z][a-z'’]+(?:\s+[A-Z][a-z'’-]+)?)\s*\)\s*\.?\s*$"),  # "Second (Bob)."
    re.compile(rf"\b(?i:second(?:ed|er)?)(?:\s+by)?\s*:?\s*\(?(?P<n>{_UNIT})\b"),
    re.compile(rf"\b(?i:second)\s*:\s*(?P<n>{NAME})"),  # "Second: Ruth Byrne" as a label
    re.compile(rf"\b(?i:seconded|seconder)\s*:\s*(?P<n>{NAME})"),
    re.compile(rf"[/;,]\s*(?i:seconded)\s+(?P<n>{NAME})"),
    re.compile(rf"\b(?i:second(?:ed)?)\s+(?i:by):?\s+(?P<n>{NAME})"),
    # "..., Wayne seconds", "Gary Mantay second the motion" (a minute-taker's present tense)
    re.compile(rf"(?:^|[.;:,]\s+|\band\s+|\bproposed\s+(?:and\s+)?)(?P<n>{NAME})\s+(?:second(?:ed|s)\b|2nd\b|second\s+(?:the|this|that)\s+motion\b)"),
    re.compile(rf"(?P<n>{NAME})\s*\(\s*second(?:ed)?\s*\)"),
]


# "be moved", "been moved": a thing is moved, not a motion; so is "Issue moved to the Executive
# Session", "Item moved to the next meeting"
_NOT_PASSIVE = r"(?<!\bbe )(?<!\bbeen )(?<!\bbeing )(?<!\bissue )(?<!\bitem )(?<!\bmatter )"
# A motion told in the present tense, as some clubs write minutes: "Gavin VE7GSJ moves to adopt,
# Wayne VA7BUP seconds", "Lance moves that we buy ..." (a capitalised name before "moves to/that";
# "the item moves to the next meeting" is no motion).
_MOVES = r"(?-i:(?<![.!?]\s)\b[A-Z][\w'’-]+(?:\s+[A-Z0-9][\w'’-]+)?)\s+moves\s+(?:to|that)\b"
# A member or officer proposing a thing: "Our Secretary proposed a letter to Barclays Bank ...",
# "Cllr Hart proposed a grant of £100" (not "the developer proposed a new design": a post or an
# honorific names who proposed).
_PROPOSED_A = (r"(?:\b(?:our|the)\s+(?:chair(?:man|woman|person)?|secretary|clerk|treasurer|president)"
               r"|(?-i:\b(?:Cllr|Councillor|Mr|Mrs|Ms|Dr)\.?\s+[A-Z][\w'’-]+))\s+proposed\s+(?:a|an)\b")


_TRIGGER = re.compile(
    _NOT_PASSIVE + r"\b(?:moved|motioned|proposed\s+(?:by|that|to)\b|motion\b|2nd\W*$|seconded|second\s+by|put\s+to\s+(?:the\s+)?vote"
    r"|on\s+being\s+put|roll\s+call\s+(?:was\s+taken|vote)|by\s+a\s+vote\s+of|adopted\s+by\s+\d+\s+ayes?"
    r"|voting\s+was\s+as\s+follows|put\s+(?:the\s+)?(?:motion|amendment|substantive\s+motion)\b.{0,60}\bto\s+the\s+vote"
    r"|voted\s+on\b(?=.{0,160}?\d+\s+(?:for|in\s+favou?r)\b))"
    r"|\(\s*(?:motion|moved)\s*\)|(?-i:\b[A-Z]{2,4})\s+proposed\b"
    r"|^\W*vote\s+(?:that|to)\b"  # "- Vote that the statements ... are a true representation ..."
    r"|" + _MOVES,
    re.IGNORECASE)


# "The motion to amend carried unanimously": the result of the motion before, not a new one.
_DECIDED_AFTER = r"\s+\w+(?:\s+\w+)?,?\s+(?:was\s+)?(?:carried|passed|failed|lost|defeated|adopted)\b"


_OPENS = re.compile(_NOT_PASSIVE + r"\b(?:moved|proposed\s+(?:by|that|to)|motion\s+(?:was\s+)?(?:made|created\s+to|to(?!\s+(?:the\s+)?vote\b)(?!" + _DECIDED_AFTER + r")|that|by)"
                    # ("The motion carried by a vote of 6-0": the result of the motion before)
                    r"|(?<!carried\s)(?<!passed\s)(?<!failed\s)(?<!adopted\s)(?<!approved\s)by\s+a\s+vote\s+of|voted\s+on)\b"
                    r"|(?-i:\b[A-Z]{2,4})\s+proposed\b|\(\s*(?:motion|moved)\s*\)"
                    r"|^\W*vote\s+(?:that|to)\b|" + _MOVES +
                    # "Mr Brady proposed and Ms Meade seconded that ...": a new motion, even one
                    # moved while another is before the meeting (a closure, an amendment)
                    r"|\bproposed,?\s+and\s+(?:the\s+)?[\w.'’ -]{1,40}?\s+seconded\b|\bproposed,\s+seconded\s+by\b"
                    # "Proposed: X / Seconded: Y", "...: proposed X / seconded Y"
                    r"|\b(?:proposed|moved)\s*:\s*(?-i:[A-Z])|\b(?:proposed|moved)\s+(?-i:[A-Z])[\w.'’ -]{1,40}?[/;,]\s*seconded\b",
                    re.IGNORECASE)


class _WithRare:
    """A pattern and a rarer one tried only where a cheap hint finds their word: a branch that
    can start anywhere ("^\\W*second (...)") would stop the regex engine skipping ahead on
    every line of minutes for the sake of a few."""

    def __init__(self, common: re.Pattern, rare: re.Pattern, hint: re.Pattern):
        self.common, self.rare, self.hint = common, rare, hint

    def search(self, text: str):
        return self.common.search(text) or (self.rare.search(text) if self.hint.search(text) else None)

    def match(self, text: str):
        return self.common.match(text) or (self.rare.match(text) if self.hint.search(text) else None)


# "Second (Bob).", "Our Secretary proposed a letter ...": motions only where "second" or
# "proposed" is printed.
_RARE_OPENINGS = re.compile(r"^\W*second(?:ed)?\s*\(\s*[A-Z]|" + _PROPOSED_A, re.IGNORECASE)
_RARE_HINT = re.compile(r"second|proposed", re.IGNORECASE)
_TRIGGER = _WithRare(_TRIGGER, _RARE_OPENINGS, _RARE_HINT)
_OPENS = _WithRare(_OPENS, re.compile(_PROPOSED_A, re.IGNORECASE), re.compile(r"proposed", re.IGNORECASE))


# What a body did with a motion, as an "Action:" line under it records it ("Action: Approved
# agenda.", "Disposition: Tabled"): read as the motion's result by ``extractors.motions``, and not a
# task by ``extractors.action_lines``.
ACTION_TAKEN_VERBS = (r"(?:approved|adopted|accepted|passed|carried|granted|denied|rejected|failed|defeated|tabled|deferred|"
                      r"continued|postponed|withdrawn|ratified|authori[sz]ed|awarded|confirmed|appointed)\b")


def clean_wording(text: str) -> str:
    """Given a motion's wording as printed, return it without a leading bullet, "ACTION –" or the
    imperative "Move" ("• Move to accept the minutes" -> "to accept the minutes")."""
    text = re.sub(rf"^\s*{BULLET}", "", text.strip())
    text = re.sub(r"^(?:ACTION|Action)\s*[-–—:]\s*", "", text)
    return re.sub(r"^(?:Move|MOVE)\s+(?=to\s)", "", text)


_CARRIED = re.compile(
    r"\b(?:carried|carries|passed|passes|prevailed|adopted|approved|agreed|all\s+(?:were\s+)?in\s+favou?r|resolved)\b"
    r"|,\s*accepted\W*$|\b(?:was|were)\s+(?:\w+\s+and\s+)?accepted\b"
    # "These were moved as correct by A and B": the minutes, passed as a correct record
    r"|\b(?:was|were)\s+(?:moved|proposed)\s+as\s+(?:a\s+)?(?:correct|true|accurate)\b", re.IGNORECASE)
# ("Moved by X, seconded by Y, accepted.", "The Treasurer's Report was accepted by the membership")


_LOST = re.compile(r"\b(?:lost|failed|fails|fell|defeated|not\s+carried|rejected|no\s+second(?:er)?|died\s+for\s+lack)\b",
                   re.IGNORECASE)


_WITHDRAWN = re.compile(r"\bwithdr[ae]wn?\b", re.IGNORECASE)


_UNANIMOUS = re.compile(r"\bunanimous(?:ly)?\b|\ball\s+(?:were\s+)?in\s+favou?r\b|\bnem\.?\s*con\b"
                        r"|^ayes?\s*[-–:]?\s*all?\b", re.IGNORECASE)  # "Ayes All" (once printed "Ayes Al")


_RESULT = re.compile(
    r"^(?:the\s+)?(?:motion|amendment|substantive\s+motion|resolution|proposal|it|this)?\s*(?:was\s+)?"
    r"(?:carried|carries|passed|passes|lost|failed|fails|fell|defeated|withdrawn|adopted|approved|agreed)\b"
    r"|\ball\s+(?:were\s+)?in\s+favou?r\b|\bmotion\s+(?:carried|carries|passed|passes|failed|fails|lost)\b"
    r"|\bon\s+being\s+put\s+to\s+the\s+vote\b|\bno\s+second\b|^ayes?\s*[-–:]?\s*all?\b"
    r"|^(?:the\s+)?vote\s+(?:was\s+)?unanimous\W*$", re.IGNORECASE)  # "... Second (Bob). No discussion. Vote unanimous."
# (not "The vote was unanimous to elect Dennis J. and Brent B.": a vote of its own)


# "R2025-063 S. Kirkey, J. Scott: That ...": a numbered resolution's mover, seconder, motion.
_NUMBERED_MOVERS = re.compile(rf"^(?P<m>{NAME}),\s*(?P<s>{NAME})\s*:\s*(?P<rest>.*)$")


# A roll call's name may be hyphenated ("Price-Bush") but its vote may be glued to it by a
# hyphen ("Trustee Price-Bush-yes Trustee Baskin-no"): a hyphen before a vote word ends the name.
_ROLL_WORD = r"(?:[A-Z](?:[A-Za-z'’]|-(?!(?:yes|no|aye|nay|yea|absent|abstain)\b))*\.?|[A-Z]{2,5})"


_ROLL_NAME = rf"(?:(?:the\s+)?{_TITLE}\s+)?{_ROLL_WORD}(?:\s+{_ROLL_WORD}){{0,2}}"


class _Guarded:
    """A pattern searched only where a cheap one finds what every match must hold: a roll-call
    entry needs "- yes", ": no" ..., and the name part, tried at every capital of a long
    recorded vote, would otherwise cost most of the extractors' time on such minutes."""

    def __init__(self, pattern: re.Pattern, hint: re.Pattern):
        self.pattern, self.hint = pattern, hint

    def search(self, text: str):
        return self.pattern.search(text) if self.hint.search(text) else None

    def finditer(self, text: str):
        return self.pattern.finditer(text) if self.hint.search(text) else iter(())


class _Either:
    """Two guarded patterns searched as one: the first hit of either, and all hits of both in
    the order of the text."""

    def __init__(self, *patterns: _Guarded):
        self.patterns = patterns

    def search(self, text: str):
        hits = [h for h in (p.search(text) for p in self.patterns) if h]
        return min(hits, key=lambda h: h.start()) if hits else None

    def finditer(self, text: str):
        return iter(sorted((h for p in self.patterns for h in p.finditer(text)), key=lambda h: h.start()))


_ROLL_ENTRY = _Either(
    _Guarded(re.compile(rf"(?P<n>{_ROLL_NAME})\s*[-–—:]\s*(?P<v>yes|no|aye|nay|yea|absent|abstain(?:ed)?)\b", re.IGNORECASE),
             re.compile(r"[-–—:]\s*(?:yes|no|aye|nay|yea|absent|abstain)", re.IGNORECASE)),
    # "Voice vote, Dick Dillon aye, Gary Mantay aye, Janet Keough nay.": the vote after the name
    # with no mark between, so only in a run of two or more such entries, names capitalised
    _Guarded(re.compile(rf"(?:^|(?<=[,;:])|(?<=\b[Vv]ote)|(?<=\band))\s*(?P<n>{_ROLL_WORD}(?:\s+{_ROLL_WORD}){{0,2}})\s+"
                        r"(?P<v>(?i:yes|no|aye|nay|yea|abstain(?:ed)?))(?=\s*(?:[,;.]|and\b|$))"),
             re.compile(r"[A-Z][\w'’.-]*\s+(?i:aye|nay|yea|yes|no)\s*[,;]\s*(?:and\s+)?(?:[A-Z][\w'’.-]*\s+){1,3}"
                        r"(?i:aye|nay|yea|yes|no)\b")))


# (also the cells of a vote table, extractors.vote_tables: "For", "Against", "Not present", "Recused")
_VOTE_WORDS = {"yes": "for", "aye": "for", "yea": "for", "no": "against", "nay": "against", "absent": "absent",
               "for": "for", "against": "against", "abstention": "abstain", "not present": "absent", "excused": "absent",
               "recused": "recused",
               "abstain": "abstain", "abstained": "abstain"}


_LIST_HEAD = re.compile(r"\b(?P<h>(?:voting|voted|votes?)\s+(?:in\s+favou?r(?:\s+of)?|for|against|opposed)|in\s+favou?r"
                        r"|opposed|For|Against|Abstain(?:ed|ing|ions?)?|Ayes?|Noes|Nays?|Absent|Yeas?)\s*"
                        r"(?:\(\s*(?P<c>\d+)\s*\))?\s*(?::|--?|–|—)\s*", re.IGNORECASE)


def _head_vote(head: str) -> str:
    """Given a vote list's head as printed ("Ayes", "VOTING IN FAVOUR", "Opposed"), return the vote."""
    head = " ".join(head.lower().split())
    if "favo" in head or head.endswith(" for"):
        return "for"
    if head.endswith(("against", "opposed")):
        return "against"
    return _HEAD_VOTE.get(head, "abstain")


_HEAD_VOTE = {"for": "for", "aye": "for", "ayes": "for", "yea": "for", "yeas": "for", "against": "against",
              "noes": "against", "nay": "against", "nays": "against", "absent": "absent"}


def _name(text: str | None) -> str | None:
    """Given a name as a motion prints it, return it without its title ("President
    Alexander" -> "Alexander", "Cllr X Y" -> "X Y")."""
    if not text:
        return None
    text = re.sub(rf"^(?:the\s+)?{_TITLE}\s+", "", text.strip()).strip(" ,.")
    text = re.sub(r"^(?i:our|their)\s+(?=[A-Z])", "", text)  # "Our Secretary proposed ...": the post
    if not text or text.lower() in {"the", "it", "motion", "and", "all", "a"}:
        return None
    return text


# A vote sheet's tally line: "BOARD VOTE: 38 In Favor 0 Opposed 0 Abstained 0 Recused",
# "VOTE: 7 in favour, 1 against, 2 abstentions".
_TALLY = re.compile(
    r"^(?:(?:board|committee|council|roll\s+call|final)\s+)?vote\s*[:\-–]?\s*(?:(?P<f>\d+)\s+(?:in\s+favou?r|for|yes|ayes?)\b,?"
    r"\s*(?:(?P<a>\d+)\s+(?:opposed|against|no|nays?|noes)\b,?)?\s*(?:(?P<b>\d+)\s+(?:abstain(?:ed|ing)?|abstentions?)\b)?"
    # "VOTE: 7/0 AYES: ...", "Vote: 5-0": for and against, slashed or dashed
    r"|(?P<f2>\d{1,2})\s*[/–-]\s*(?P<a2>\d{1,2})(?:\s*[/–-]\s*(?P<b2>\d{1,2}))?(?![/–-]?\d))",
    re.IGNORECASE)


# The tag after a title saying it is the text of a resolution: "... Pier 15 Site Plan - Resolution".
_RESOLUTION_TAG = re.compile(r"\s*[-–—]\s*(?:resolutions?|motion)\s*$", re.IGNORECASE)


def _first(patterns: list[re.Pattern], text: str) -> str | None:
    """Given name patterns and a sentence, return the first name they find (after a bullet)."""
    text = re.sub(rf"^\s*{BULLET}", "", text)
    for p in patterns:
        hit = p.search(text)
        if hit and _name(hit.group("n")):
            return _name(hit.group("n"))
    return None


# "Approved X by roll call vote after motion by A and second by B.": the decision is printed
# first, who moved it after; "upon (a) motion by", "on motion of" alike.
_AFTER_MOTION = re.compile(rf"[,;]?\s+(?:after|upon|on|following)\s+(?:a\s+)?motion\s+(?:was\s+made\s+)?(?:by|of)\s+{NAME}"
                           rf"(?:,?\s+(?:and\s+)?(?:a\s+)?second(?:ed)?\s+(?:by|of)\s+{NAME})?", re.IGNORECASE)


_ROLL_CALL_NOTE = re.compile(r"\s*\(?\bby\s+(?:a\s+)?roll[- ]call(?:\s+vote)?\)?", re.IGNORECASE)
# (set off by commas it goes with them: "Adopt a Resolution, by a roll call vote, levying ...")
_ROLL_CALL_ASIDE = re.compile(r",\s*by\s+(?:a\s+)?roll[- ]call(?:\s+vote)?\s*,\s*", re.IGNORECASE)


# "PE Proposed by GP Seconded by CF as Chair.", "RS proposed by PE, seconded by GP": a person
# nominated, and the post, is what was put
_NOMINATED = re.compile(rf"^(?P<n>[A-Z]{{2,4}}|{NAME})\s+(?i:proposed|nominated)\s+(?i:by)\s+{NAME}\s*,?\s+(?:and\s+)?"
                        rf"(?i:seconded)\s+(?i:by)\s+{NAME}(?P<as>\s+as\s+(?:the\s+)?[A-Za-z][\w -]{{1,30}}?)?\s*(?:[.,;]|\d|$)")

# "Election of Chair – Cllr Athwall nominated Cllr Gibson for Chair, this was seconded by ...":
# the person nominated, and the post, is what was put
_NOMINEE = re.compile(rf"\b{NAME}\s+(?:nominated|proposed)\s+(?P<x>{NAME}\s+(?:for|as)\s+(?:the\s+)?"
                      r"(?:Vice[- ]|Deputy\s+)?(?:Chair(?:man|woman|person)?|President|Mayor|Treasurer|Secretary|Clerk|Leader))\b")


_SUBSTANCE = [
    re.compile(_SLASHED_PAIR.replace("(?P<m>", "(?:").replace("(?P<s>", "(?:")),
    re.compile(r"\b" + _PAIR.replace("(?P<m>", "(?:").replace("(?P<s>", "(?:")),
    # A motion set out as a form's fields: "Motion from: Tron to fund the bounty ...", "Motion by:
    # J Ames to accept ...", "Motion: Approve minutes from 02 February" (its vote and result
    # on the lines under it)
    re.compile(rf"\b(?:Motion|MOTION)\s+(?i:from|by)\s*:\s*{NAME}\s+(?P<x>to\s+.{{4,}})$"),
    re.compile(r"\b(?-i:Motion|MOTION)\s*:\s*(?P<x>(?:approve|adopt|accept|authori[sz]e|appoint|ratify|amend|confirm|receive|award"
               r"|grant|allow|establish|elect|nominate|fund|renew|extend|table|defer|enter|hire|purchase|pay|transfer)\b.{4,})$",
               re.IGNORECASE),
    # "- Vote that the previously delivered statements ... are a true representation ...", its
    # movers in the bullet under it
    re.compile(r"^\W*vote\s+(?P<x>(?:that|to)\b.+)$", re.IGNORECASE),
    # "Moved to start Journal (CPM), seconded (LV), accepted.": the mover's initials after the wording
    re.compile(r"^\W*moved\s+(?P<x>(?:to|that)\b.+?)\s*\(\s*(?-i:[A-Z]{2,5})\s*\)", re.IGNORECASE),
    # "Voted on keeping AOBs - 5 for, 1 against, 4 abstaining": what was put, then the tally
    re.compile(r"\bvoted\s+on\s+(?:whether\s+(?:to\s+)?)?(?P<x>.+?)\s*[-–—:,]\s*\d+\s+(?:for|in\s+favou?r)\b",
               re.IGNORECASE),
    # "The following motion was made, seconded, and adopted without objection: MOTION: That ...",
    # "... adopted the following recommendations by unanimous vote: MOTION: That ..."
    re.compile(r"\bfollowing\s+(?:motions?|recommendations?|resolutions?)\b[^:]{0,120}:\s*(?:motion\s*[:\-–]\s*)?(?P<x>that\b.+)$",
               re.IGNORECASE),
    # "Co-option of Hilary Worton: proposed Watson Robinson / seconded Carole Spencer"
    re.compile(rf"^(?P<x>[^:]{{4,160}}?)\s*:\s*(?i:proposed|moved)\s+(?:by\s+)?{NAME}\s*[/;,]\s*(?i:seconded)\b"),
    # "Minutes of last meeting were agreed, proposed by X and seconded by Y."
    re.compile(r"^(?P<x>.+?\b(?:was|were)\s+(?:duly\s+)?(?:approved|agreed|adopted|accepted|confirmed))\b,?\s+"
               r"(?:(?:on\s+being\s+|having\s+been\s+|as\s+)?(?:proposed|moved))\s+by\b", re.IGNORECASE),
    re.compile(r"^(?P<x>(?:(?!\b(?:after|upon|on|following)\s+(?:a\s+)?motion\b).)+?)" + _AFTER_MOTION.pattern + r"\s*[.;]?",
               re.IGNORECASE),
    # "It was proposed by Councillor X and seconded by Councillor Y that the quotation be
    # accepted.", "Moved by X, seconded by Y, that ..."
    re.compile(rf"\b(?:proposed|moved)\s+by\s+{NAME},?\s+(?:and\s+)?seconded\s+(?:by\s+)?{NAME}\s*,?\s+"
               r"(?P<x>(?:that|to)\b.{4,})$", re.IGNORECASE),
    # "Councilmember D moved, seconded by Councilmember F, to approve first reading."
    re.compile(rf"{NAME}\s+(?:moved|proposed),?\s+(?:and\s+)?second(?:ed)?\s+by\s+{NAME}\s*,?\s+"
               r"(?P<x>(?:that|to|for\s+(?:[\w.]+\s+){1,3}?to)\b.{4,})$"),
    # "Commissioner Ruder moved, Commissioner Cunningham seconded, to approve the Consent Agenda."
    re.compile(rf"{NAME}\s+(?:moved|proposed),?\s+(?:and\s+)?{NAME}\s+seconded,?\s+"
               r"(?P<x>(?:that|to)\b.{4,})$"),
    # "Motion made by Trustee X, seconded by Trustee Y, that the attached list be approved."
    # (the comma after the seconder may be missing before "that"/"to")
    # (and "Motion made by X seconded by Y approving the purchase of ...")
    re.compile(rf"\bmotion\s+(?:was\s+)?made\s+by\s+{NAME},?\s+(?:and\s+)?second(?:ed)?\s+by\s+{NAME}"
               r"(?:\s*,\s*|\s+(?=(?:that|to|approving|authorizing|authorising|adopting|accepting|awarding)\b))"
               r"(?P<x>(?!and\b|carried\b|passed\b).{4,})$", re.IGNORECASE),
    re.compile(r"\b(?:it\s+was\s+|and\s+(?:it\s+was\s+)?)(?:unanimously\s+)?(?:RESOLVED|resolved|agreed|AGREED|approved)"
               r"\s+(?:unanimously\s+)?(?P<x>(?:to|that)\b.+)$"),
    re.compile(r"\b(?:a\s+)?motion\s+(?:was\s+)?(?:made\s+|created\s+|raised\s+|put\s+forward\s+|brought\s+forward\s+)?"
               r"(?P<x>(?:to|that)\b.+?)(?:\s+(?:was\s+)?(?:made\s+)?by\s+.+)?$", re.IGNORECASE),
    # "Therefore it was proposed that we disapply section 83 ...": the wording, no mover named
    re.compile(r"\bit\s+was\s+(?:duly\s+|then\s+|formally\s+)?(?:proposed|moved)\s+(?P<x>(?:that|to)\b.{4,})$", re.IGNORECASE),
    re.compile(r"^(?P<x>.+?)\s+(?:was|were)\s+(?:moved|proposed|motioned)\b.*$"),
    re.compile(rf"{NAME}\s+(?:then\s+|also\s+|duly\s+|formally\s+)?(?:moved|proposed|motioned|Proposed|Moved|moves(?=\s+(?:to|that)\b)),?\s+"
               rf"(?:and\s+(?:the\s+)?[\w.'’-]+(?:\s+[\w.'’-]+){{0,3}}?\s+seconded,?\s+)?"
               rf"(?:that\s*,?\s+)?(?!{NAME}\s+second)(?P<x>.+?)$"),
    re.compile(r"^(?:APPROVED|Approved)\s*[-–—:]\s*(?P<x>.+?)(?:\s*[-–—]\s*" + NAME + r"\s*\(\s*motion\s*\).*)?$"),
    re.compile(r"^(?P<x>.+?)\s*[-–—]\s*" + NAME + r"\s*\(\s*(?:motion|moved)\s*\).*$"),
    re.compile(r"^(?P<x>.+?),?\s+by\s+a\s+vote\s+of\s+\d+\s+ayes?(?:\s+and\s+\d+\s+(?:nays?|noes))?,?\s*(?P<y>.*)$"),
    re.compile(rf"^(?P<x>.+?)[:;,.]?\s+{NAME}\s+proposed\s+(?:and\s+)?{NAME}\s+seconded\b.*$"),
]


def _substance(text: str) -> str:
    """Given the sentence that puts a motion, return what was moved, without who moved or
    seconded it and what became of it."""
    t = clean_wording(text)
    nominated = _NOMINATED.match(t)
    if nominated:
        return f"{nominated.group('n')}{nominated.group('as') or ''}".strip()
    nominee = _NOMINEE.search(t)
    if nominee:
        return nominee.group("x")
    for pattern in _SUBSTANCE:
        m = pattern.search(t)
        if not m or len(m.group("x").strip()) <= 3:
            continue
        x = m.group("x")
        # a form's next field read into the same sentence: "Approve the minutes Vote: Motion carried"
        x = re.sub(r"\s+(?:vote|result|outcome|resolved|seconded(?:\s+by)?|second(?:ed)?|2nd(?:\s+by)?)\s*:.*$", "", x,
                   flags=re.IGNORECASE)
        x = re.sub(_NUMBERED_PAIR + r".*$", "", x)  # "...: 1 C Fillinger 2 I White: APPROVED"
        x = re.sub(rf"\s+(?i:motion)\s*:\s*{NAME}\s*,.*$", "", x)  # "... #3208 Motion: Caitlin Sharp, 2nd Imke White"
        if "y" in m.groupdict() and m.group("y"):
            x = f"{x} {m.group('y')}"  # "the Board by a vote of 7 ayes, gives ...": the vote taken out
        x = re.sub(r"(?:[,;.]|\s+and)\s*" + NAME + r"\s+(?:seconded|seconds|2nd|second\s+the\s+motion)\b.*$", "", x)  # "to approve; Janna seconded", "... and Peter seconded"
        # "...; the motion was seconded", ", duly seconded", ", and it was seconded by ..."
        x = re.sub(r"[,;]?\s*(?:(?:and\s+)?(?:the\s+motion\s+|it\s+)?was\s+(?:duly\s+)?seconded|(?:duly\s+)?seconded"
                   r"|second\s+by|[,;]\s*second(?=\s*[,;.]|\s*$))\b.*$", "", x, flags=re.IGNORECASE)
        x = re.sub(r",?\s*(?:was\s+)?(?:made\s+)?(?:moved|proposed|made|motioned)(?:\s+by\b.*"
                   r"|\s+at\s+\d{1,2}(?:[:.]\d\d)?\s*[ap]\.?\s*m\.?(?:\s+by\b.*)?\s*$)", "", x,
                   flags=re.IGNORECASE)  # (and "... was made at 6:52 PM by McMahon")
        x = re.sub(r"\s+by\s+" + NAME + r"\s*$", "", x)
        if re.match(r"\W*motion\b", t, re.IGNORECASE):  # "Motion made to approve the slate (Alex).": the mover
            x = re.sub(r"\s*\(\s*[A-Z][a-z'’]+(?:\s+[A-Z][a-z'’-]+)?\s*\)\s*\.?\s*$", "", x)
        x = re.sub(r",\s*" + NAME + r"\s+(?:moved|motioned)\b.*$", "", x)  # "Motion to close the road, Robin moved, ..."
        x = re.sub(r",?\s+and\s+(?:it\s+)?was\s+(?:then\s+)?(?:unanimously\s+)?(?:agreed|carried|approved|adopted|lost)"
                   r"(?:\s+unanimously)?\s*\.?$", "", x, flags=re.IGNORECASE)
        # "Lucas Knight's motion to move out of the bylaws passes.": the result ending the wording
        x = re.sub(r"(?<=\S)\s+(?:is\s+|was\s+)?(?:carried|carries|passed|passes|failed|fails)\W*$", "", x,
                   flags=re.IGNORECASE)
        if len(x) > 40:
            # (not the verb that opens the decision: "Adopted proposed fee schedule ...")
            x = re.sub(r"(?<=\S)[.,;]?\s*(?:the\s+motion\s+)?(?:was\s+)?(?:carried|passed|passes|adopted)\b.*$", "", x,
                       flags=re.IGNORECASE)
        x = clean_wording(re.sub(r"^that\s+(?=[a-z])", "", x.strip()))
        x = _ROLL_CALL_NOTE.sub("", _ROLL_CALL_ASIDE.sub(" ", x))
        return x.strip(" .,;:")
    return ""


# A recorded vote's head on a line of its own, with the count: "For (15)", "Against (23)".
_HEAD_ALONE = re.compile(r"^(?P<h>For|Against|Abstain(?:ed|ing|ions?)?|Ayes?|Noes|Nays?)\s*\(\s*(?P<c>\d+)\s*\)\s*:?\s*$",
                         re.IGNORECASE)


# Post-nominal letters printed after a member's name in a recorded vote ("Mrs Dean MBE").
_POSTNOMINALS = re.compile(r"\s+(?:MBE|OBE|CBE|KBE|DBE|BEM|JP|DL|MP|QC|KC)\b\.?", re.IGNORECASE)

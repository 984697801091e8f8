"""The printed labels that number items of business, and runs of them that count up.

Every body numbers its agenda and minutes in its own way: "12.", "6.1", "18.11.3", "02.25.01"
(month, year, item), "2724" (a running number across meetings), "FGB 98/2122", "23/101", "R2025-063",
"(23-286)", "IV.", "(a)", "b)", "NO. 1.", "Item 5", "*12." (a consent item), "9a." (a sub-item). A document's
minutes are a run of labels of one scheme that count up by one; choosing the heaviest such run
(``best_run``) separates minute numbers from numbered paragraphs, list items, page numbers and
figures without knowing the council.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

_ROMAN_VALUES = {"i": 1, "v": 5, "x": 10, "l": 50, "c": 100}
_ROMAN = re.compile(r"^(?=[ivxlc])(c{0,3})(xc|xl|l?x{0,3})(ix|iv|v?i{0,3})$", re.IGNORECASE)
# Dotted numbers: "6.1", "18.11.3", "02.25.01" (a whole number is matched by _NUMBER).
# (agenda systems print a dash after the stop: "1.-3. 23-6674 Planning and Zoning Board ...")
_DOTTED = re.compile(r"^(\d{1,4}(?:\.-?\d{1,3}){1,3})\.?(?=\s|$)")
# "12.", "12)", "12:", "*12.", and a bare "12" or "2724" before a title.
# (a title may follow a number's stop without a space: "1.Introductions and welcome")
# ("1.)" and "10.)Consider ...": a stop and a bracket both, as some town boards type them)
_NUMBER = re.compile(r"^(\*?)(\d{1,4})(\.\)|[.):]|)(?=\s|$|(?<=[.)])[A-Z][a-z])")
# A sub-item lettered after its item's number: "9a. Convenor's report", "9b Vice Convenor's report", "12c)".
_SUFFIXED = re.compile(r"^(\d{1,3})(\.?)([a-zA-Z])([.)]?)(?=\s|$)")
# A letter's sub-items numbered after it ("F.1 Approval of ...", "G.13 Task Order ..."), as US
# city agendas and minutes print them under "F. Approval of Minutes".
# Agenda systems print them with a dash, before a file number: "A.-1. 23-6764 Presentation ...".
_LETTER_DOTTED = re.compile(r"^([A-Z])\.(-?)(\d{1,2})\.?(?=\s+[A-Z(]|\s+\d{2}-\d{3,5}\s|$)")
# (a title may follow the bracket without a space: "(m)Application for consideration of ...")
_PAREN = re.compile(r"^\(\s*(\d{1,3}|[A-Za-z]|[ivxlcIVXLC]{1,6})\s*\)(?=\s|$|[A-Z][a-z])")
_LETTER = re.compile(r"^([A-Za-z]|[ivxlcIVXLC]{2,6})([.)])(?=\s|$|[A-Z]{2})")
# A capital letter with no stop before a record's file number, as agenda systems print special
# orders: "A 21-0085 Slavery and Human Trafficking Prevention Month".
_LETTER_FILED = re.compile(r"^([A-Z])(?=\s+\d{2}-\d{3,5}\s)")
_BARE_ROMAN = re.compile(r"^([IVXLC]{1,6})(?=\s+[A-Z])")
# "NO. 1.", "Item 5", "Minute 124", "ITEM 5:", "Issue 1:"; "FGB 98/2122", "R2025-063", "PC 12/24"; "(23-286)".
_WORD_NUMBER = re.compile(r"^(?:No\.?|NO\.?|Item|ITEM|Issue|ISSUE|Minute|MINUTE|Min\.?)\s*(\d{1,4}(?:\.\d{1,2})?)[.:)]?(?=\s|$)")
_PREFIXED = re.compile(r"^([A-Z]{1,5})\s?(\d{1,4})(?:([/-])(\d{1,4}))?[.:]?(?=\s|$)")
_BRACKETED = re.compile(r"^\((\d{1,4})[-/](\d{1,4})\)(?=\s|$)")
# "23/101", "101/23", "2023/45": an item number and the council year, printed without a prefix
# (many parish and town councils). Three parts ("14/03/2023") are a date, not a label.
_SLASHED = re.compile(r"^(\d{1,4})/(\d{1,4})[.:]?(?=\s|$)")
_MONTHS = frozenset("jan feb mar apr may jun june jul july aug sep sept oct nov dec".split())
_BULLET = re.compile(r"^[\s\u2022\u25cf\u25aa\u25a0\u2013\u2014\uf0b7\uf0a7•·◦▪–-]+(?=\S)")


@dataclass(frozen=True)
class Label:
    """A label printed at the start of a line, and the text after it.

    ``scheme`` says how it counts ('number', 'dotted', 'roman', 'letter', 'prefixed');
    ``case`` and ``punct`` how it is printed, so "a)" and "A." are different lists;
    ``parts`` its value(s); ``number`` the label as stored ("12", "6.1", "iv" as printed,
    "R2025-063"), without dots, brackets or a consent asterisk.
    """

    number: str
    scheme: str
    parts: tuple[int, ...]
    text: str
    punct: str = ""
    case: str = ""
    prefix: str = ""

    @property
    def family(self) -> tuple:
        """Given a label, return what a label of the same list shares with it."""
        if self.scheme == "dotted":
            return ("dotted",)
        return (self.scheme, self.punct, self.case, self.prefix)


def roman_value(text: str) -> int | None:
    """Given a Roman numeral ("iv", "XII"), return its value, or None when it is not one."""
    if not text or not _ROMAN.match(text):
        return None
    total, prev = 0, 0
    for ch in reversed(text.lower()):
        v = _ROMAN_VALUES[ch]
        total, prev = (total - v, prev) if v < prev else (total + v, v)
    return total


def _case(text: str) -> str:
    return "upper" if text.isupper() else "lower"


def parse_labels(line: str) -> list[Label]:
    """Given a line, return the readings of the label it opens with (none, one, or two when a
    letter such as "I." or "v)" may be a Roman numeral or a letter of the alphabet).

    A bare number ("12 Title", "2724 Planning") is read too; whether it numbers an item is for
    the run it belongs to and the line's typography to decide.
    """
    text = _BULLET.sub("", line, count=1) if line[:1] in "\u2022\u25cf\u25aa\u25a0\uf0b7\uf0a7•·◦▪ " else line
    text = text.lstrip()
    if not text or not (text[0].isalnum() or text[0] in "(*"):
        return []
    out: list[Label] = []
    m = _DOTTED.match(text)
    if m:
        parts = tuple(int(p) for p in re.split(r"\.-?", m.group(1)))
        return [Label(m.group(1), "dotted", parts, text[m.end():].strip(), ".")]
    m = _SLASHED.match(text)
    # (a title on the same line: "11/18" alone over "/2025" is a date broken across lines)
    if m and text[m.end():].strip() and not text[m.end():].lstrip().startswith("/"):
        return [Label(f"{m.group(1)}/{m.group(2)}", "prefixed", (int(m.group(1)), int(m.group(2))),
                      text[m.end():].strip(), "/", prefix="/")]
    m = _SUFFIXED.match(text)
    if m:
        return [Label(m.group(1) + m.group(2) + m.group(3), "dotted", (int(m.group(1)), ord(m.group(3).lower()) - 96),
                      text[m.end():].strip(), ".")]
    m = _LETTER_DOTTED.match(text)
    if m:
        return [Label(f"{m.group(1)}.{m.group(2)}{m.group(3)}", "dotted", (ord(m.group(1)) - 64, int(m.group(3))),
                      text[m.end():].strip(), ".")]
    m = _NUMBER.match(text)
    if m:
        return [Label(m.group(2), "number", (int(m.group(2)),), text[m.end():].strip(), m.group(3) or " ")]
    m = _BRACKETED.match(text)
    if m:
        return [Label(f"{m.group(1)}-{m.group(2)}", "prefixed", (int(m.group(1)), int(m.group(2))),
                      text[m.end():].strip(), "()", prefix="()")]
    m = _PAREN.match(text)
    if m:
        return _letter_or_number(m.group(1), "()", text[m.end():].strip())
    m = _WORD_NUMBER.match(text)
    if m:
        parts = tuple(int(p) for p in re.split(r"\.-?", m.group(1)))
        return [Label(m.group(1), "dotted" if len(parts) > 1 else "number", parts, text[m.end():].strip(), "no")]
    m = _LETTER.match(text) or _LETTER_FILED.match(text)
    if m:
        out = _letter_or_number(m.group(1), m.group(2) if m.re is _LETTER else "", text[m.end():].strip())
    m2 = _PREFIXED.match(text)
    if m2 and m2.group(1).lower() in _MONTHS and len(m2.group(2)) == 4 and not m2.group(4):
        m2 = None  # "MAY 2023 AT 19:00 HRS": a date's tail, not "MAY" item 2023
    if m2 and not out:
        parts = (int(m2.group(2)),) + ((int(m2.group(4)),) if m2.group(4) else ())
        number = m2.group(1) + (" " if text[len(m2.group(1))] == " " else "") + m2.group(2)
        number += (m2.group(3) + m2.group(4)) if m2.group(4) else ""
        if roman_value(m2.group(1)) is None or m2.group(4):
            out = [Label(number, "prefixed", parts, text[m2.end():].strip(), m2.group(3) or "", prefix=m2.group(1))]
    if not out:
        m = _BARE_ROMAN.match(text)
        if m and roman_value(m.group(1)):
            out = [Label(m.group(1), "roman", (roman_value(m.group(1)),), text[m.end():].strip(), " ", "upper")]
    return out


def opens_item(line: str) -> bool:
    """Given a line, return whether it opens with an item's label ("23/102", "12.", "(3)",
    "b)"); a bare number may be the tail of a wrapped title ("Motion for Debate" / "2 – ...")."""
    return any(label.scheme != "number" or label.punct.strip() for label in parse_labels(line))


def _letter_or_number(token: str, punct: str, rest: str) -> list[Label]:
    """Given the token of "(a)", "a)", "IV." or "(3)", return its readings."""
    if token.isdigit():
        return [Label(token, "number", (int(token),), rest, punct)]
    out = []
    value = roman_value(token)
    if value is not None:
        out.append(Label(token, "roman", (value,), rest, punct, _case(token)))
    if len(token) == 1:
        out.append(Label(token, "letter", (ord(token.lower()) - 96,), rest, punct, _case(token)))
    return out


def follows(prev: Label, cur: Label) -> float:
    """Given two labels, return how well ``cur`` continues the list ``prev`` is in: 1 for the
    next number, less for a small gap or a repeated number (both happen in real minutes:
    "02.25.01" printed twice), 0 when it does not continue it.

    Whole numbers continue only in the same print ("12." is not followed by "13)"). Dotted
    numbers go down a level ("6" -> "6.1"), along ("6.1" -> "6.2"), back up ("6.3" -> "7") or
    on to the next section's first part ("6.3" -> "7.1"); multi-part labels ("R2025-063",
    "FGB 98/2122", "02.25.01") count up in any one part while the others stay.
    """
    p, c = _whole(prev), _whole(cur)
    if prev.scheme == cur.scheme == "number":
        return _step(p[0], c[0]) if prev.punct == cur.punct else 0.0
    if {prev.scheme, cur.scheme} <= {"number", "dotted"} and len(p) != len(c):
        if c == p + (1,):
            return 1.0  # "6" -> "6.1"
        if len(c) < len(p) and c[:-1] == p[:len(c) - 1] and c[-1] == p[len(c) - 1] + 1:
            return 1.0  # "6.3" -> "7", "6.1.2" -> "6.2"
        if len(c) == len(p) + 1 and c[:-2] == p[:-1] and c[-2] == p[-1] + 1 and c[-1] == 1:
            return 0.5  # "5" -> "6.1" (an item printed only through its parts)
        return 0.0
    if prev.family != cur.family or len(p) != len(c):
        return 0.0
    changed = [k for k in range(len(p)) if p[k] != c[k]]
    if not changed:
        return 0.3 if len(p) > 1 else 0.0
    if len(changed) == 1:
        return _step(p[changed[0]], c[changed[0]])
    if prev.scheme == "dotted" and c[0] == p[0] + 1 and all(x == 1 for x in c[1:]):
        return 0.8  # "6.3" -> "7.1"
    return 0.0


def _whole(label: Label) -> tuple:
    """Given a label, return its parts, a dotted number's trailing zero dropped: "5.0" is the
    whole item 5 in houses that number "1.0", "1.1", "2.0" ("4.4.13" -> "5.0" goes back up)."""
    parts = label.parts
    if label.scheme == "dotted" and len(parts) > 1 and parts[-1] == 0:
        return parts[:-1]
    return parts


def _step(a: int, b: int) -> float:
    """Given two values of one counter, return 1 for the next, 0.5 for a gap of one or two,
    and a little for a jump of up to a dozen (a clerk's slip: "88." then "99.")."""
    if b == a + 1:
        return 1.0
    if a + 1 < b <= a + 3:
        return 0.5
    if a + 3 < b <= a + 12:
        return 0.2
    return 0.0


@dataclass
class Candidate:
    """A line that may be an item heading: its line number, label and weight."""

    line: int
    label: Label
    weight: float


def best_run(cands: Sequence[Candidate], link: Callable[[Label, Label], float] = follows,
             max_back: int = 400) -> list[Candidate]:
    """Given candidate headings in reading order, return the heaviest run whose labels count up
    (each link scored by ``link``; a run's score is the sum of its members' weights times the
    links' scores). Candidates of weight 0 are never taken."""
    n = len(cands)
    if not n:
        return []
    best = [0.0] * n
    back = [-1] * n
    for j, c in enumerate(cands):
        if c.weight <= 0:
            best[j] = -1.0
            continue
        best[j] = c.weight
        for i in range(max(0, j - max_back), j):
            if best[i] <= 0:
                continue
            step = link(cands[i].label, c.label)
            if step > 0 and best[i] + c.weight * step > best[j]:
                best[j] = best[i] + c.weight * step
                back[j] = i
    j = max(range(n), key=lambda k: (best[k], -k))
    if best[j] <= 0:
        return []
    run = []
    while j >= 0:
        run.append(cands[j])
        j = back[j]
    return run[::-1]

"""Decisions the minutes say were taken unanimously, with no motion printed: votes all the same.

"The 2021/22 accounts were unanimously approved.", "It was unanimously agreed that the trust
disapply s.83 ...", "Patch design displayed, Approved unanimously", "Game Show theme for Spring
Service #1 passes unanimously", "Those present agreed by a unanimous show of hands that ...",
"... were elected 'en bloc' by a unanimous show of hands". No one moved anything in print, but "unanimously" says the
meeting voted and how: each is a vote carried unanimously (and a decision), its wording the
sentence without that word. Without "unanimously", "... was approved" reports other bodies'
decisions as often as the meeting's own, and is left to ``extractors.decisions``.
"""

from __future__ import annotations

import re

from extractors.headings import BULLET
from extractors.motion_steps import Motion
from extractors.sentences import sentences
from minutebook.document import Document

_VERB = r"(?:approved|agreed|adopted|accepted|ratified|endorsed|passed|passes|elected|carried)"
# "<subject> was/were unanimously approved [as directors]"
# (or "... was agreed unanimously by all present")
_PASSIVE = re.compile(rf"^(?P<x>[A-Z][^.;:?!]{{2,200}}?)\s+(?:was|were|is|are|has\s+been|have\s+been)\s+"
                      rf"(?:unanimously\s+{_VERB}|{_VERB}\s+unanimously)\b[^.;?!]{{0,80}}\.?$")
# "It was unanimously agreed that ...", "It was agreed unanimously to ..."
# (and "It was unanimously agreed by those present that ...")
_IT_WAS = re.compile(rf"^it\s+was\s+(?:unanimously\s+{_VERB}|{_VERB}\s+unanimously)"
                     rf"(?:\s+by\s+(?:all\s+)?(?:those\s+)?(?:present|members|the\s+\w+)(?:\s+present)?)?"
                     rf"\s*,?\s+(?P<x>(?:that|to)\s.{{5,}}?)\.?$", re.IGNORECASE)
# "Those present agreed by a unanimous show of hands that £1,600 be committed ...", "The committee
# unanimously agreed to ...", "Members voted unanimously to ..."
_BY_SHOW = r"by\s+(?:a\s+)?unanimous\s+(?:show\s+of\s+hands|vote|decision)"  # ("by unanimous consent": no vote taken)
_THEY_AGREED = re.compile(rf"^(?:[A-Z][\w'’]*(?:\s+[\w'’]+){{0,4}}?)\s+(?:unanimously\s+(?:agreed|voted|resolved|decided)"
                          rf"|(?:agreed|voted|resolved|decided)\s+(?:unanimously|{_BY_SHOW}))\s*,?\s+(?P<x>(?:that|to)\s.{{5,}}?)\.?$")
# "... were thanked for their offer and elected 'en bloc' by a unanimous show of hands."
_PASSIVE_BY_SHOW = re.compile(rf"^(?P<x>[A-Z][^;:?!]{{2,240}}?\s(?:was|were)\s[^;:?!]{{0,120}}?\b{_VERB}\b[^;:?!]{{0,60}}?)\s+{_BY_SHOW}\.?$")
# "<subject>, approved unanimously", "<subject> passes unanimously", "<subject> - agreed unanimously"
_AFTER = re.compile(rf"^(?P<x>[A-Z][^.;:?!]{{2,160}}?)\s*(?:[,:\-–—]\s*|\s)(?i:{_VERB})\s+unanimously\.?$")
# "Following the vote this was unanimously agreed": the sentence reports on what was just moved.
_OF_THE_MOTION = re.compile(r"^(?:(?:following|after|upon|on)\s+(?:the|a)\s+vote\s*,?\s+)?(?:this|it|that|which|the\s+same)\s+"
                            r"(?:was|were)\s+unanimously\b", re.IGNORECASE)
# A motion's own record, read by ``extractors.motions``: not read again here.
_MOTION = re.compile(r"^(?:the\s+)?(?:motion|amendment|resolution|proposal|recommendation)s?\b", re.IGNORECASE)


def unanimous_decisions(doc: Document, start: int, end: int, taken: list[Motion]) -> list[Motion]:
    """Given a line range of minutes and the motions already read there, return a carried,
    unanimous motion for each sentence outside them that records a decision taken unanimously."""
    out = []
    for s in sentences(doc, start, end):
        if "nanimous" not in s.text or any(m.line_start <= s.line_end and s.line_start <= m.line_end for m in taken):
            continue
        text = re.sub(rf"^\s*{BULLET}", "", s.text).strip()
        if _OF_THE_MOTION.match(text) and not _IT_WAS.match(text):
            # "... seconded by Cllr Cook to contact ESC ... Following the vote this was
            # unanimously agreed.": the result of the motion just above, not a decision of its own
            above = next((m for m in reversed(taken) if m.line_end < s.line_start), None)
            if above is not None and above.result == "no_result" and s.line_start - above.line_end <= 3:
                above.result, above.unanimous, above.line_end = "carried", True, s.line_end
            continue
        wording = _wording(text)
        if wording:
            out.append(Motion(s.line_start, s.line_end, text=wording, result="carried", unanimous=True))
    return out


def _wording(text: str) -> str | None:
    """Given a sentence, return what it says was decided unanimously, or None."""
    it_was = _IT_WAS.match(text) or _THEY_AGREED.match(text)
    if it_was:
        return re.sub(r"^that\s+(?=[a-z])", "", it_was.group("x").strip())
    by_show = _PASSIVE_BY_SHOW.match(text)
    if by_show and not _MOTION.match(by_show.group("x")):
        return by_show.group("x").strip()
    for form in (_PASSIVE, _AFTER):
        m = form.match(text)
        if m and not _MOTION.match(m.group("x")):
            return re.sub(r"\s+unanimously\b", "", text).rstrip(" .")
    return None

"""Sections: what a heading announces ("Our vision", "Our values", "Our three goals", ...) and
how far its section runs.

In Markdown and HTML a section ends at the next heading of the same or a higher level. In plain
text (most copied web pages) levels are not written down, so a section that holds a list of
things (values, goals) ends at the first heading that is not like its children: another role
heading ("Our values" after "Our goals"), a heading of another style (a plain title after
numbered goals), a title whose body is long prose, or one past the number the heading announces
("Our three goals").
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from itertools import takewhile

from strategygraph.extract.common import (
    ARE_SEMICOLON,
    BARE_WE_WILL,
    CASE_STUDY,
    COMMIT_LEAD,
    CULTURE,
    DASH_ENTRY,
    ENABLERS_LEAD,
    FOLLOWING_STOP,
    IMPERATIVE_VERBS,
    LINK_VERBS,
    THIRD_PERSON_COMMIT_LEAD,
    TO_LINE,
    Context,
    action_run,
    bare_list_after,
    count_of,
    fold_name,
    is_org_name,
    number_in,
    opens_with_action,
    timeframe_of,
)

_PREFIX = re.compile(r"^\s*(?:\d{1,2}(?:\.\d{1,2})+\.?\s+|\d{1,2}[.)]\s*|[ivx]{1,4}[.)]\s+|section\s+\d+\s*[:.–-]?\s*)", re.I)
# "Our Aims and Objectives", "Goals & objectives": two names for the one list (a GP practice's
# page, exams 44-45 after their run), a goals heading, not a mixed one (not "PPG Aims and
# Objectives", a course's)
_GOALS_PAIR = re.compile(r"(?:our\s+|the\s+)?(?:(?:key|main|core|strategic|practice)\s+)?(?:goals|objectives|aims|ambitions)"
                         r"\s+(?:and|&)\s+(?:goals|objectives|aims|ambitions)")
# a body's own name before a role word, its kind of body last ("college of paramedics", "kelby
# hospice", "the sunderland health and wellbeing board"); not a national body's
_BODY_NAMED = (r"^(?!nhs\s+england\b|the\s+government\b|government\b|dhsc\b)(?:the\s+)?(?:[\w&-]+\s+){0,5}?"
               r"(?:college|trust|hospice|board|partnership|ccg|icb|association|society|foundation|practice|surgery"
               # ("Pathology Service Mission Statement": a department of a trust, by its name; exam 203)
               r"|alliance|charity|federation|collaborative|council|network|service|department|unit|team|directorate"
               r"|division|centre)(?:\s+of\s+(?:[\w&-]+\s+){1,3}?|\s+)")
# "What we believe (in)", "Our (core) beliefs": a values heading (exam 94), unless the page named its
# values under a values heading of its own above it (exam 98)
BELIEFS_HEAD = re.compile(r"what\s+we\s+believe(?:\s+in)?|our\s+(?:core\s+)?beliefs", re.IGNORECASE)
_ROLE_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("vision", re.compile(
        # ("One vision" over its line, beside "Two clinical priorities": a page that counts its parts)
        r"^(?:our|the|a|my|one)?\s*(?:(?:shared|joint|new|overall|long[- ]term|system|ics|trust|"
        r"refreshed|collective|group|strategic|\d{4})\s+)*vision(?:\s+statement)?(?:\s+(?:for|to)\s+.{1,40})?$"
        # "Our Ten Year Vision" over the line that states it (not a news title's "New Five-Year
        # Vision For Nursing ...", the body's own only)
        r"|^our\s+(?:five|ten|twenty|\d{1,2})[- ]year\s+vision(?:\s+statement)?$"
        # "Our digital vision", "Our quality vision": a supporting strategy's own (round 45)
        r"|^our\s+(?!values?\b|shared\b)[a-z]+(?:\s+and\s+[a-z]+)?\s+vision(?:\s+statement)?$"
        # "Hampshire's Public Health Vision", "The Trust's Vision": the body's own, by its name (not
        # a national body's; exam 75, after its run)
        r"|^(?!(?:nhs\s+england|the\s+government|government|dhsc)['’])(?:the\s+)?[\w-]+(?:\s+[\w-]+){0,3}['’]s\s+"
        r"(?:[a-z-]+\s+){0,3}vision(?:\s+statement)?$"
        # "Our Health and Wellbeing Strategy Vision:" over the line that states it (a board's
        # strategy named before the word; exam 73, after its run)
        r"|^our\s+(?:[a-z]+\s+){0,4}strategy\s+vision$"
        # "College of Paramedics Vision": the body by its name, no possessive (exam 78)
        r"|" + _BODY_NAMED + r"vision(?:\s+statement)?$"
        # "Our vision and work" over the vision's line (a hospice's page; exam 65, after its run)
        r"|^our\s+vision\s+and\s+(?:work|approach)$"
        # "Our ambition" (one, not "Our ambitions"): the vision's place on many pages (round 32)
        r"|^(?:our|the)\s+(?:(?:shared|joint|overall|long[- ]term|system|big|bold)\s+)?ambition"
        r"(?:\s+for\s+.{1,40})?$"
        # "Where are we going?" over the line that says where
        r"|^where\s+(?:are\s+we\s+going|we\s+are\s+going|we're\s+going|do\s+we\s+want\s+to\s+(?:be|go|get\s+to))$")),
    ("mission", re.compile(
        r"^(?:our|the|one)?\s*(?:(?:core|shared|joint|trust|group)\s+)?(?:mission|purpose)(?:\s+statement)?"
        # ("Our mission for the CSP" beside "Our vision for physiotherapy"; exam 78)
        r"(?:\s+for\s+.{1,40})?$"
        # ("The Trust's Mission", "Kelby Hospice's Purpose": by the body's name; exam 75, after its run)
        r"|^(?!(?:nhs\s+england|the\s+government|government|dhsc)['’])(?:the\s+)?[\w-]+(?:\s+[\w-]+){0,3}['’]s\s+"
        r"(?:core\s+)?(?:mission|purpose)(?:\s+statement)?$"
        r"|" + _BODY_NAMED + r"(?:mission|purpose)(?:\s+statement)?$"
        # ("Our aim" over "Our aim is to reduce health inequalities ...": the one aim, exam 82)
        r"|^our\s+(?:overall\s+|main\s+|core\s+)?aim$"
        r"|^why\s+we\s+exist$|^what\s+we\s+do$|^our\s+role$|^why\s+we(?:\s+are|'re)\s+here$"
        r"|^what\s+we(?:\s+are|'re)\s+here\s+for$|^what\s+we\s+exist\s+(?:for|to\s+do)$|^our\s+reason\s+for\s+being$")),
    ("values", re.compile(
        r"^(?:our|the)?\s*(?:(?:core|trust|shared|organisational|\w+)\s+)?values"
        r"(?:\s*(?:and|&)\s*(?:our\s+)?behaviou?rs?)?$|^what\s+we\s+value$|^what\s+we\s+stand\s+for$|^we\s+value$"
        # ("What We Believe:" over a charity's "We respect ..." sentences; exam 94)
        r"|^(?:" + BELIEFS_HEAD.pattern + r")$"
        r"|^(?:our\s+)?values\s+(?:and|&)\s+(?:culture|behaviou?rs)$"
        # "Our values: PROUD" over its letters (round 33)
        r"|^(?:our\s+)?(?:core\s+)?values\s*:\s*[a-z]{2,8}$"
        r"|^(?!.*\b(?:value\s+for\s+money|added\s+value|social\s+value)\b)(?:\S+\s+){0,3}values(?:\s+\S+){0,3}$")),
    ("commitments", re.compile(
        r"^(?:our|the|these)?\s*(?:(?:key|main|[\w-]+)\s+)?(?:commitments|promises|pledges)\b.{0,60}$"
        r"|^what\s+we\s+will\s+do\b.{0,30}$|^what\s+we\s+(?:are\s+going|['’]re\s+going|plan)\s+to\s+do\b.{0,30}$"
        r"|^we\s+will(?:\s+also)?\s*:?$|^we['’]ll(?:\s+also)?\s*:?$|^our\s+actions\b.{0,20}$"
        # ("We strive to" over a GP practice's charter bullets; exams 42-43, after their run)
        r"|^we\s+(?:strive|aim|promise|pledge)\s+to\s*:?$"
        # ("Our commitment" over a council's lower-case promises; exam 96)
        r"|^our\s+(?:commitment|promise|pledge)$"
        # ("The Practice Will Undertake:-" over its numbered promises; exam 106)
        r"|^the\s+(?:practice|surgery|hospice|trust)\s+will(?:\s+undertake)?\s*:?-?$"
        r"|^(?:our\s+)?key\s+actions\b.{0,30}$"
        r"|^our\s+(?:commitment|promise|pledge)\s+to\s+you$"
        # ("Our Commitment to Patients" over a practice's "To ..." promises, exam 54 after its run)
        r"|^our\s+commitments?\s+to\s+(?:patients|our\s+patients)$"
        # a practice charter's "Our Responsibilities to You" (not the patients' "Your
        # responsibilities"; exams 38-39 after their run)
        r"|^our\s+responsibilit(?:y|ies)(?:\s+to\s+(?:you|patients|our\s+patients))?$"
        # ("Your Doctor's Responsibilities" over "To treat you with respect ...", exam 62 after its run)
        r"|^(?:your|the)\s+(?:doctor|doctors|gp|gps|practice|surgery)['’]?s?\s+responsibilit(?:y|ies)(?:\s+to\s+(?:you|patients))?$"
        # ("Responsibilities of the Practice", the review of session 16)
        r"|^(?:our\s+)?responsibilit(?:y|ies)\s+of\s+the\s+(?:practice|surgery|doctors?|gps?)$")),
    ("priorities", re.compile(
        r"^(?:our|the|these|key|system)?\s*(?:(?:\w+(?:'s)?|\d+(?:/\d+)?)[ -]){0,4}?priorities\b"
        r"(?:\s+(?:for|in|to|from|over|during|by|this|next)\b.{0,40}|\s*[\d/–-]+(?:\s*(?:[/–—-]|to)\s*\d+)?)?$"
        r"|^(?:in|for|during)?\s*(?:20\d\d\s*(?:/|-|–|to)\s*(?:20)?\d\d|20\d\d)"
        r"(?:\s+(?:priorities|plans|and\s+beyond|onwards))?$")),
    ("goals", re.compile(
        # "Our four missions" over "Patient mission", "People mission": several named missions
        # are the strategy's goals (one mission is the mission)
        r"^(?:our|the|these|my)?\s*(?:(?:\w+|\d+)[ -]){0,3}?(?:goals|objectives|aims|ambitions|"
        r"pillars|priority\s+areas|intentions|programmes\s+of\s+work|workstreams|missions)\b"
        r"(?:\s+(?:for|in|to|from|over|during|by|are|this|next)\b.{0,40}|\s*[\d/–-]+(?:\s*(?:[/–—-]|to)\s*\d+)?)?$"
        r"|^(?:our|strategic|key|core)\s+(?:(?:\w+|\d+)[ -]){0,2}?(?:outcomes|themes)\b"
        r"(?:\s+(?:for|in|to|from|over|during|by|are|this|next)\b.{0,40}|\s*[\d/–-]+)?$"
        r"|^(?:our\s+)?strategic\s+(?:goal|objective|aim|ambition)s?$"
        # "The key aims of our Green Plan" (a real trust's page)
        r"|^(?:the\s+)?(?:(?:key|main|core|strategic)\s+)?(?:aims|goals|objectives|ambitions)\s+of\s+(?:our|the)\s+.{1,40}$"
        # "Ambitions and commitments", "Our Aims and Principles" (real pages)
        r"|^(?:our\s+)?(?:goals|objectives|aims|ambitions)\s+(?:and|&)\s+(?:commitments|actions|principles|deliverables)$"
        r"|^" + _GOALS_PAIR.pattern + r"$"  # "Our Aims and Objectives"
        # "Our areas of focus", "Our focus areas" over a topic heading each (round 40)
        # ("The areas of focus for 2023/24 are:" over a title and its "We will:" list, dev set 7)
        # ("Key areas of focus", "Focus areas": without "our", a green plan's page; exam 147)
        r"|^(?:(?:our|the)\s+)?(?:(?:key|main|\w+)\s+)?(?:areas\s+of\s+focus|focus\s+areas)"
        r"(?:\s+(?:for|in|this|next)\b.{0,30}?)?(?:\s+are)?$"
        # ("Our programmes in Lambeth" over its list, exam 91)
        r"|^(?:our|the)\s+(?:(?:core|key|main|strategic|\w+)\s+)?programmes(?:\s+of\s+work)?(?:\s+in\s+\w+(?:\s+\w+)?)?$"
        # "Key areas for action" over a list of areas (a place plan's summary, exam 38 after its run)
        r"|^(?:our\s+|the\s+)?(?:key\s+|main\s+|priority\s+)?areas\s+for\s+action$")),
    # "Our leadership compact", "Partnership charter", "Leadership behaviours": a charter of how
    # leaders behave ("We will be dependable ..."), neither goals nor commitments (round 28)
    ("behaviours", re.compile(
        r"^(?:our|the)?\s*(?:(?:leadership|behaviou?r(?:al)?|partnership|system|ics|icp|collaboration|"
        r"collaborative|joint|shared)\s+)+(?:compact|charter)$|^(?:our|the)?\s*compact$"
        r"|^(?:our|the)?\s*(?:shared\s+|system\s+)?leadership\s+behaviou?rs$")),
    ("aspiration", re.compile(
        r"^what\s+we\s+want\s+to\s+achieve(?:\s+as\s+an?\s+(?:charity|hospice|practice|organisation|trust|partnership|system|network)|\s+together)?$|^where\s+we\s+want\s+to\s+be$|^our\s+aspirations?$"
        # "What we're aiming for" over one line (a GP federation's vision, round 55)
        r"|^what\s+we(?:\s+are|'re)\s+aiming\s+for$|^what\s+we\s+aspire\s+to(?:\s+be)?$"
        # "Where we are heading" over one line (the vision, round 57) or over a list (goals, round 42)
        r"|^where\s+(?:we\s+are|we're|are\s+we)\s+heading$")),
]
_ROLE_WORD = re.compile(r"\b(vision|mission|purpose|values|goals|objectives|ambitions|aims|missions|"
                        r"priorities|pillars|intentions|programmes)\b")
# "We are Accountable", "We are caring" (the name in either case)
# ("We care", "We respect": a value named by one verb, too; not "We will", "We believe")
_WE_ARE_TITLE = re.compile(
    r"\s*We\s+(?:are\s+[A-Za-z][\w’'-]*(?:\s+(?:and|&)\s+[A-Za-z][\w’'-]*)?"
    r"|(?!(?:are|will|can|could|should|would|must|may|might|have|had|do|did|also|believe|want|need"
    r"|know|hope|plan|aim|said|say)\b)[a-z][\w’'-]*(?:\s+(?:together|well|first|better|more|openly|honestly))?"
    # "We learn together", "We do what we say" (round 38)
    r"|do\s+what\s+(?:we\s+say|matters|is\s+right))\s*[.!]?")
# (not "VALUE every individual and ourselves": a value that opens with the verb; exams 44-45,
# after their run)
_NOT_VALUE = re.compile(r"\b(?:our|we|us|(?<!^)values?|^values|how|why|what|find|read|more|benefits|vacancies|jobs|careers|apply)\b|\?",
                        re.IGNORECASE)
_NATION_GOALS_HEAD = re.compile(r"\b(?:ministerial|government|national)\b[^.:]{0,30}\b(?:priorities|goals|outcomes|objectives)\b",
                                re.IGNORECASE)
_BAD_GOAL_HEAD = re.compile(r"^\W*(?:the\s+)?[a-z]{2,}\w*\s+aims\s+to\s+(?:be|become)\b"  # ("The RNOH aims to be ...", dev set 20)
                            r"|\b(?:how|progress|performance|delivering|achieving|achievements|looking\s+back|measur|report|review|update"
                            r"|news|read|download|contact|find out|monitor|governance|assurance"
                            r"|keeping track)\w*\b"
                            # the nation's goals a body works towards: "The well-being goals for Wales",
                            # "seven national well-being goals" (round 43)
                            r"|\b(?:goals|outcomes)\s+for\s+(?:wales|scotland|england|northern\s+ireland)\b"
                            r"|\bnational\s+(?:well-?being\s+)?(?:goals|outcomes)\b"
                            # "Ministerial priorities", "Scottish Government priorities" (round 44)
                            r"|\bministerial\b|\b(?:scottish|welsh|uk|national)\s+government\b|\bgovernment['’]s\b"
                            # "Across all our ambitions" over what serves them all (round 55)
                            r"|^(?:across|beyond|underpinning|supporting)\s+(?:all\s+)?(?:of\s+)?(?:our|the|these)\b")


# Titles that end a list of goals on a web page: governance and page furniture, never a goal.
_NOT_GOAL = re.compile(
    r"\b(?:risk\s+appetite|board\s+assurance|assurance\s+framework|related\s+(?:documents|pages|"
    r"links)|useful\s+links|downloads?|documents|publications|contact\s+us|further\s+information|"
    r"more\s+information|page\s+feedback|annual\s+report|decorative|glossary(?:\s+of\s+terms)?)\b"
    # page furniture after the strategy (round 30): "Latest news", "Our hospital in numbers",
    # "Facts and figures", "What our patients say", "Follow us", "How you can help"
    r"|^\W*(?:latest\s+news|news|news\s+and\s+events|facts\s+and\s+figures|did\s+you\s+know"
    # a federation's page after its aims: "Our board", "Latest vacancies" (round 39)
    r"|our\s+board|meet\s+the\s+(?:board|team)|(?:latest\s+|current\s+|view\s+all\s+)?vacancies|work\s+for\s+us"
    r"|follow\s+us|share\s+this(?:\s+page)?|how\s+you\s+can\s+help|join\s+our\s+team|why\s+(?:this|it)\s+matters"
    # an accordion's last panels (round 54): "❓ Questions and answers", "📞 Contact the children's services team"
    r"|questions\s+and\s+answers|faqs?|frequently\s+asked\s+questions|contact\s+(?:the|our)\b[^.]{0,60}"
    r"|what\s+(?:our\s+)?(?:patients|people|staff|service\s+users|families)\s+(?:say|said|told\s+us)"
    r"|(?:our\s+)?(?:[\w’'-]+\s+){0,3}in\s+numbers)\W*$"
    # "HOW WE WILL KNOW WE HAVE SUCCEEDED", "Measuring performance" after the goals (round 39)
    r"|^\W*(?:how\s+we\s+will\s+(?:know|measure)|measuring\s+(?:success|progress|performance))\b"
    # "WHAT WE WILL MEASURE", "HOW WE WILL WORK" after the goals (round 44)
    r"|^\W*(?:what|how)\s+we\s+(?:will|['’]ll)\s+(?:measure|work|track|report)\b"
    # a board paper's own sections: "Executive summary", "Background", "Recommendation" (round 44)
    r"|^\W*(?:executive\s+summary|background|recommendations?|purpose\s+of\s+(?:the|this)\s+(?:paper|report))\W*$"
    # last year's results: "How we did against last year's priorities" (round 44)
    r"|^\W*how\s+we\s+did\b|\blast\s+year['’]s\s+(?:priorities|objectives|goals)\b"
    # how the priorities were chosen, and others' words on them (round 37)
    r"|^\W*how\s+we\s+(?:chose|selected|developed|agreed|decided)\b|^\W*statements?\s+from\b"
    # "7 guiding concepts that shape our clinical strategy", "Clinical and organisational
    # strategy": the strategy's principles and the document's own title, not goals (exam 31)
    r"|^\W*(?:\d{1,2}\s+|(?:two|three|four|five|six|seven|eight|nine|ten)\s+|our\s+)?guiding\s+(?:concepts|principles)\b"
    r"|^\W*(?:our\s+)?(?:clinical|organisational|corporate)(?:\s+and\s+(?:clinical|organisational|corporate))?\s+strategy\W*$"
    # a call to read on, and the plans beyond the year's priorities (round 43): "Read our Joint
    # Forward Plan", "Our longer-term plans"
    r"|^\W*read\s+(?:our|the|more|about)\b|^\W*(?:our\s+)?(?:longer[- ]term|future|next)\s+plans?\W*$"
    # a document's back matter (round 34)
    r"|^\W*(?:document\s+control|version\s+(?:control|history)|references|appendi(?:x|ces)(?:\s+\w+)?"
    r"|alternative\s+formats|other\s+formats(?:\s+and\s+languages)?)\W*$"
    # questions about the strategy and calls to action (round 33)
    r"|^\W*(?:frequently\s+asked\s+questions|faqs?|what\s+happens\s+next|get\s+involved|join\s+(?:now|us|today)"
    r"|become\s+a\s+member|have\s+your\s+say|contact\s+us|sign\s+up(?:\s+to\s+(?:our|the)\s+newsletter)?"
    r"|(?:our\s+)?newsletter)\W*$"
    # what serves the goals: "ENABLERS", "Our enablers", "Enabling strategies" (round 34)
    r"|^\W*(?:our\s+|key\s+|strategic\s+)?(?:enablers|enabling\s+(?:strategies|plans|programmes|workstreams)"
    r"|supporting\s+(?:strategies|plans))\W*$"
    # a story told beside the goals: "Case study: the Dene Street health bus" (round 32)
    r"|^\W*(?:case\s+stud(?:y|ies)|(?:patient|staff|service\s+user)['’]?s?\s+stor(?:y|ies))\b"
    # how the goals are measured (round 31): "How we will measure our progress" over its KPIs
    r"|^\W*(?:how\s+we\s+(?:will\s+)?(?:measure|track|monitor)|measuring\s+(?:our\s+)?(?:progress|success)"
    r"|(?:key\s+)?performance\s+(?:indicators|measures)|measures\s+of\s+success)\b"
    # a strategy document's own title ("Corporate Strategy", "Our Clinical Strategy"): the
    # page goes on to the document, not to a goal
    r"|^\W*(?:our\s+|the\s+)?(?:corporate|trust|clinical|organisational|organizational)\s+"
    r"strategy\W*$",
    re.IGNORECASE,
)
_EDGE_SYMBOLS = re.compile(r"^[\W_]+|[\W_]+$")


def _unspaced(text: str) -> str:
    """Letter-spaced capitals from a PDF, "O U R  V I S I O N", as "OUR VISION" (round 34)."""
    parts = text.split()
    if len(parts) >= 4 and all(len(p) == 1 for p in parts):
        return " ".join(word.replace(" ", "") for word in re.split(r"\s{2,}", text.strip()))
    return text


def normalise_heading(text: str) -> str:
    # ("Our `Values": a stray backtick inside the heading, exam 57)
    cleaned = _EDGE_SYMBOLS.sub("", _unspaced(text).replace("`", "").strip()).casefold()
    cleaned = cleaned.replace("’", "'")
    # "Our VisionĀ", "Our ValuesÂ": a non-breaking space mis-decoded at the heading's end (exam 199)
    cleaned = re.sub(r"(?<=[a-z])[âā]+$", "", cleaned)
    cleaned = _PREFIX.sub("", cleaned)
    # "2021 - 2023 Annual Objectives": a spaced year range read as one (dev set 15)
    cleaned = re.sub(r"^(20\d\d)\s*[-–—]\s*((?:20)?\d\d)\b", r"\1-\2", cleaned)
    # "Our strategic objectives (SO1–SO4)"; "Vision (the kind of world which we want to help
    # co-create)", its meaning in brackets (exam 182)
    cleaned = re.sub(r"\s*\([^()]{1,80}\)?$", "", cleaned)
    cleaned = re.sub(r"\s+(?:are|is|include|includes)$", "", cleaned)
    # "Our strategic objectives and principal risks" (a BAF summary, round 41): the objectives
    cleaned = re.sub(r"\s+and\s+(?:the\s+)?(?:principal\s+|key\s+|strategic\s+)?risks?$", "", cleaned)
    # "What is our vision?", "What are our values?": the question names its role (round 29)
    cleaned = _OUR_QUESTION.sub(r"\1", cleaned)
    return re.sub(r"\s+", " ", cleaned)


_OUR_QUESTION = re.compile(r"^what\s+(?:is|are)\s+(our\s+[^?]{1,60}?)\s*\?*$")
# "Ein gweledigaeth | Our vision": a bilingual heading, the English half names the role
_BILINGUAL = re.compile(r"\s+(?:\||/)\s+")


def _one_role_half(text: str) -> str:
    """The half of a bilingual heading that names a role, when only one half does."""
    parts = _BILINGUAL.split(text.strip())
    if len(parts) != 2:
        return text
    named = [part for part in parts if _ANY_ROLE.search(part)]
    return named[0] if len(named) == 1 else text


_ANY_ROLE = re.compile(
    r"vision|mission|purpose|values|beliefs|goal|objective|aims?|ambition|pillar|priorit|commitment|"
    r"promise|pledge|outcomes|aspiration|themes|areas of focus|focus areas|areas for action|intentions|programmes|workstreams|what we|why we|where (?:are )?we|"
    r"where we['’]re|"
    r"we will|we['’]ll|(?:practice|surgery|hospice|trust) will|we (?:strive|aim|promise|pledge) to|we value|our actions|compact|charter|leadership behaviou?rs|our responsibilit|(?:doctor|gp|practice|surgery)['’]?s? responsibilit|responsibilities of the|"
    r"20\d\d",
    re.IGNORECASE
)


# "Our mission is what we set out to do every day" / "Our vision is where we want to be in the
# future": a heading that defines the word, over the statement itself
_DEFINED_ROLE = re.compile(r"\s*(?:our|the)\s+(?P<role>vision|mission|purpose)\s+is\s+"
                           r"(?:what|where|why|how)\s+we\b[^.:;!?]{0,60}", re.IGNORECASE)


# the Welsh half of a bilingual page, "EIN GWERTHOEDD" over Welsh lines, "OUR VALUES" over the
# English ones: read once, in English (round 34)
_WELSH_ROLE = re.compile(r"ein\s+(?:gweledigaeth|pwrpas|diben|gwerthoedd|blaenoriaethau|hamcanion|nodau|cenhadaeth"
                         r"|ymrwymiadau|huchelgais|uchelgeisiau)")


# a role heading with a subtitle that explains it: "Our Seven Aims: What We're Going to Do"
_EXPLAINED_SUBTITLE = re.compile(r"(?P<head>[^:]{3,40}?)\s*[:–—|]\s+(?:what|how|why|where|who)\b[^:]{0,50}$", re.IGNORECASE)


# a heading run on from the words before it, without a space: "... researchOur mission"
_GLUED_ROLE = re.compile(r"(?<=(?-i:[a-z]))(?P<head>(?-i:Our)\s+(?:mission|vision|values|purpose|aims|goals|priorities|objectives|ambitions)"
                         r"(?:\s+(?:and|&)\s+(?:our\s+)?\w+)?)\s*:?\s*$", re.IGNORECASE)


def role_of_text(text: str) -> str | None:
    """The role a heading announces, or None for a topic heading."""
    text = _unspaced(text)
    glued = _GLUED_ROLE.search(text)
    if glued is not None:
        text = glued.group("head")  # "Migraine Trust researchOur mission": a picture's caption run into the heading
    if _WELSH_ROLE.fullmatch(text.strip(" :*#").casefold()):
        return "welsh"  # the Welsh half of a bilingual page, its English heading later (round 34)
    defined = _DEFINED_ROLE.fullmatch(text.strip())
    if defined:
        return "vision" if defined.group("role").lower() == "vision" else "mission"
    if len(text) > 120 or not _ANY_ROLE.search(text) or ENABLERS_LEAD.search(text):
        return None
    if text.strip().startswith("(") and text.strip().endswith(")"):
        return None  # "(Our goals and activities in working towards our Vision)": a heading's gloss (exam 40, after its run)
    subtitle = _EXPLAINED_SUBTITLE.match(text.strip())
    if subtitle is not None:
        text = subtitle.group("head")  # "Our Seven Aims: What We're Going to Do" (exam 76, after its run)
    heading = normalise_heading(_one_role_half(text))
    if not heading or len(heading.split()) > 9:
        return None
    words = {"mission" if w == "purpose" else w for w in _ROLE_WORD.findall(heading)}
    if len(words) >= 2 and not _GOALS_PAIR.fullmatch(heading):
        return "mixed"
    if _BAD_GOAL_HEAD.search(heading):
        return None
    for role, pattern in _ROLE_PATTERNS:
        if pattern.match(heading):
            return role
    return None


@dataclass
class Section:
    """A role heading and its extent: blocks (heading, end), children headings inside."""

    heading: int
    end: int
    role: str
    children: list[int] = field(default_factory=list)
    expected: int | None = None
    timeframe: str | None = None


def is_heading(ctx: Context, index: int) -> bool:
    return ctx.blocks[index].kind == "heading"


def role_of(ctx: Context, index: int) -> str | None:
    """The role block ``index`` announces as a heading or a short lead-in line (cached)."""
    if index in ctx.roles:
        return ctx.roles[index]
    role = _role_of(ctx, index)
    if role == "priorities" and index and _YEARS_ONLY.fullmatch(ctx.content(index).strip()) \
            and any(ctx.blocks[k].kind == "heading" and _TITLE_WORD.search(ctx.content(k))
                    for k in range(max(0, index - 3), index)):
        # "Our Strategy" / "2025–2030" on a cover: the title's dates (round 34); the title may
        # wrap over a line or two first ("A five year strategy for the future" / "of Oakhaven
        # Hospice." / "2019-2024", exam 95)
        role = None
    ctx.roles[index] = role
    return role


# "Our Responsibilities to You": a charter's promises under it, as a heading or as a lead-in ("...:")
RESPONSIBILITY_HEAD = re.compile(r"our\s+responsibilit(?:y|ies)\s+to\s+(?:you|patients|our\s+patients)", re.IGNORECASE)
RESPONSIBILITY_LEAD = re.compile(r"[\s*_]*" + RESPONSIBILITY_HEAD.pattern + r"[\s*_]*:[\s*_]*", re.IGNORECASE)
_BARE_ROLE_LINE = re.compile(r"[\s*_#]*(?:our\s+)?(?:vision|mission|purpose|values)[\s*_:]*")
# "Our core values ensure ...", "Our values guide ..." (a sentence about the values, not one
# that names them: "Our values are kindness, ...")
_VALUES_SENTENCE_OVER = re.compile(r"\s*our\s+(?:(?:core|key|shared|organisational|trust)\s+)?values\s+"
                                   # ("Our values are central to our strategy.": what they are to it, not them)
                                   r"(?:are\s+(?:central|at\s+the\s+heart|fundamental|important|vital)\b|(?!are\b|include\b|were\b|:)[a-z])",
                                   re.IGNORECASE)
_LABELLED_ENTRY = re.compile(r"\s*[A-Z][\w’'-]*(?:\s+[\w’'&-]+){0,3}\s*(?::|\s[–—-])\s+\S")


_OTHER_ROLE_NAMED = re.compile(r"\b(?:objectives|priorities|aims|goals|ambitions|pillars)\b", re.IGNORECASE)
CONTACT_LABEL = re.compile(r"\s*(?:telephone|phone|tel|email|e-mail|address|post|opening\s+hours|text|fax|web(?:site)?)\s*:",
                            re.IGNORECASE)


def _labelled_entries_after(ctx: Context, index: int) -> bool:
    """Three or more list entries right after ``index``, each a short name and its text ("Name:
    ..." or "Name – ..."), none a contact detail ("Telephone: ...")."""
    items = ctx.items_after(index) or _paras_after(ctx, index, _CAPS_LABELLED.match)
    return len(items) >= 3 and all(_LABELLED_ENTRY.match(ctx.content(k)) and not CONTACT_LABEL.match(ctx.content(k))
                                   for k in items)


# a paragraph opening on a name in capitals and a dash ("PATIENTS - Our patients will be treated
# ...", "PEOPLE - ..."): a list entry whose marker was lost (exam 138, after its run)
_CAPS_LABELLED = re.compile(r"\s*(?-i:[A-Z]{3,})(?:\s+(?-i:[A-Z]{2,})){0,2}\s+[–—-]\s+\S")


def _paras_after(ctx: Context, index: int, opens: Callable[[str], object]) -> list[int]:
    """The paragraphs in a row right after ``index`` whose text ``opens`` accepts: list entries
    written as paragraphs."""
    found = []
    k = index + 1
    while k < len(ctx.blocks) and ctx.blocks[k].kind == "para" and opens(ctx.content(k)):
        found.append(k)
        k += 1
    return found


_PRINCIPLES_BEHAVE = re.compile(r"\s*(?:our\s+)?(?:core\s+|guiding\s+)?principles\s*:[^\n]{0,300}?\bbehav", re.IGNORECASE)
# "Our Vision. Our Values." (each label stopped, a slide's words): a mixed heading (exam 47, after its run)
_STOPPED_ROLE_LABELS = re.compile(r"\s*(?:our\s+(?:vision|mission|purpose|values)\.\s*){2,4}", re.IGNORECASE)
_ROLE_BANNER = re.compile(r"\s*(?P<role>(?:our\s+)?(?:vision|mission|purpose|values))\s+(?:banner|header)\s*", re.IGNORECASE)
_YEARS_ONLY = re.compile(r"20\d\d\s*(?:/|-|–|—|to)\s*(?:20)?\d\d")
_TITLE_WORD = re.compile(r"\b(?:strategy|plan|report|imtp)\b", re.IGNORECASE)


# "What are our goals for the next three years?": a question heading that names its role
# (round 27); longer than the six words of other question headings
_WHAT_ARE_OUR = re.compile(r"\s*what\s+are\s+(?:our|the)\s+(?:[\w-]+\s+){0,2}"
                           r"(?:goals|aims|objectives|priorities|ambitions)\b[^.!:;]{0,50}\?\s*$",
                           re.IGNORECASE)


def _under_topic(ctx: Context, index: int) -> bool:
    """The block right above is a topic heading (a heading that announces no role)."""
    above = index - 1
    return above >= 0 and ctx.blocks[above].kind == "heading" and not ctx.blocks[above].label \
        and role_of(ctx, above) is None


_GOAL_LABEL_HEAD = re.compile(r"\s*(?:(?:our|strategic|key|corporate)\s+)?(?:strategic\s+)?"
                              r"(?:goal|aim|objective|ambition|pillar|priority)\s*(?:\d{1,2}|one|two|three|four|five)?\s*[:–—-]",
                              re.IGNORECASE)
_GOALS_NAMED_SEMI = re.compile(r"\bour\s+(?:central|key|main|strategic|overall)\s+(?:goals|objectives|aims)\b[^.;:]{0,80};\s*$",
                               re.IGNORECASE)
_OWNER_ROLE_IS = re.compile(r"\s*the\s+(?:ccg|icb|trust|board|partnership|organisation|organization)['’]s\s+"
                            r"(?P<role>vision|mission|purpose)\s+is\s*[:;]\s*", re.IGNORECASE)
_ACRONYM_VALUES = re.compile(r"(?:our\s+)?(?:core\s+)?values\s*:\s*[A-Z]{2,8}", re.IGNORECASE)


# a title whose dash leads into the list under it: "... – We aim to", "... – You can expect"
_DASHED_PROMISE_LEAD = re.compile(r"\s[–—-]\s*(?:we\s+(?:aim|promise|pledge|commit)\s+to|we\s+will|you\s+can\s+expect(?:\s+(?:us\s+)?to)?)"
                                  r"\s*:?\s*$", re.IGNORECASE)


_PURPOSE_OF = re.compile(r"\s*(?:the\s+)?(?:purpose|purposes|role)\s+of\s+(?:a|an|the|our)\s+[\w\s’'&-]{3,80}$", re.IGNORECASE)


def _to_entries_after(ctx: Context, index: int) -> int:
    """How many of the list entries right after ``index`` open "To ..." (all of them, or 0)."""
    entries = ctx.items_after(index)
    return len(entries) if entries and all(TO_LINE.match(ctx.content(k)) for k in entries) else 0


_OUR_STRATEGY = re.compile(r"(?:our|the)\s+strategy", re.IGNORECASE)


def _titled_lists_after(ctx: Context, index: int) -> int:
    """How many plain titles follow ``index`` one after another, each right over two or more
    list entries and nothing else."""
    count, k, blocks = 0, index + 1, ctx.blocks
    while k < len(blocks) and blocks[k].kind == "heading" and not blocks[k].label:
        entries = ctx.items_after(k)
        if len(entries) < 2 and not (entries and entries[-1] + 1 == len(blocks)):
            break
        count += 1
        k = entries[-1] + 1
    return count


# "The following objectives help to focus our efforts:" right over a bare "We aim to:": the lines
# before name the list as the objectives
_FOLLOWING_GOALS_LEAD = re.compile(r"\bthe\s+following\s+(?:[\w-]+\s+){0,2}(?:objectives|aims|goals|ambitions)\s+"
                                   r"(?:will\s+)?(?:help|helps|guide|guides|focus|focuses|shape|shapes|drive|drives)\b[^.!?:]{0,120}:\s*$",
                                   re.IGNORECASE)


def _role_of(ctx: Context, index: int) -> str | None:
    block = ctx.blocks[index]
    if block.label:
        return None
    content = ctx.content(index)
    if block.kind in ("para", "heading") and _DASHED_PROMISE_LEAD.search(content) and index + 1 < len(ctx.blocks) \
            and ctx.blocks[index + 1].kind == "item":
        return "commitments"  # "Our Commitment to you – We aim to", "Practice Standards – You can expect" (exam 89)
    dashed = _DASH_ROLE.match(content) if block.kind in ("para", "heading") else None
    if dashed is not None:
        # "Our Mission - Why we wear our badge." : the role heading with a tagline after it
        return role_of_text(dashed.group("head"))
    if block.kind == "para" and (len(content.split()) <= 6 or _WHAT_ARE_OUR.match(content)) \
            and content.rstrip(" *_").endswith(("…", "...", "?")):
        # "Our new look Values…", "Where are we going?": a heading that a page wrote with an
        # ellipsis or as a question (None unless it reads as a role heading, or, over a list, as
        # a lead-in that counts it: "We also have six strategic aims…"; exam 52, after its run)
        named = role_of_text(content)
        if named == "commitments" and BARE_WE_WILL.fullmatch(content.rstrip(" .…")) \
                and (_under_topic(ctx, index) or index >= 2 and ctx.blocks[index - 1].kind == "para"
                     and len(ctx.content(index - 1).split()) <= 30 and _under_topic(ctx, index - 1)):
            # "Honesty" / "We're truthful, we're open ..." / "We will..." / its behaviours: the
            # value's own lines, as with "We will:" (a trust's values page; exam 171)
            return None
        if named is not None or index + 1 >= len(ctx.blocks) or ctx.blocks[index + 1].kind != "item":
            return named
    if block.kind == "para" and _ROLE_BANNER.fullmatch(content) and index + 1 < len(ctx.blocks) \
            and not ctx.blocks[index + 1].explicit and len(ctx.content(index + 1).split()) <= 8:
        # "mission banner" over "Safety and quality first": a picture's label that held the
        # role's heading (dev set 19); not over a page's own heading ("Welcome to ...")
        return role_of_text(_ROLE_BANNER.match(content).group("role"))
    if block.kind == "para" and _ACRONYM_VALUES.fullmatch(content.strip(" *_")):
        return "values"  # "Our values: PROUD" over its letters (round 33)
    if block.kind == "para" and content.rstrip(" *_").endswith(";") and _GOALS_NAMED_SEMI.search(content) \
            and index + 2 < len(ctx.blocks) and ctx.blocks[index + 2].kind == "item":
        # "Our values ... have helped us identify our central goals and mean we are determined
        # that;" over its "We will ..." lines: a lead-in with a semicolon for its colon (exam 33, after its run)
        return "goals"
    if block.kind == "para" and _BARE_ROLE_LINE.fullmatch(content) and index + 1 < len(ctx.blocks) \
            and ctx.blocks[index + 1].kind in ("para", "item"):
        # "our mission" (a heading the page set in lower case) over the line that states it
        return role_of_text(content)
    if block.kind == "para" and _VALUES_SENTENCE_OVER.match(content) and _labelled_entries_after(ctx, index) \
            and not _OTHER_ROLE_NAMED.search(content) and not content.rstrip(" *_").endswith(":"):
        # "Our core values ensure we never lose sight of what we're trying to achieve." over
        # "Compassion: we treat ...", "Collaboration: we share ..." bullets: the sentence leads
        # into the values, its colon left out (exam 49, after its run)
        return "values"
    if block.kind == "para" and _PRINCIPLES_BEHAVE.match(content) and len(ctx.items_after(index)) >= 3 \
            and all(len(ctx.content(k).split()) <= 3 for k in ctx.items_after(index)):
        # "Our Principles: The principles under which Healthwatch Leeds operates describe the way
        # we expect everyone ... to behave" over "Independent", "Inclusive", ...: values by
        # another name (exam 56, after its run)
        return "values"
    if block.kind == "para" and _STOPPED_ROLE_LABELS.fullmatch(content):
        return role_of_text(content.replace(".", ","))
    if block.kind == "para" and RESPONSIBILITY_LEAD.fullmatch(content):
        return "commitments"  # "Our Responsibility to You:" over a charter's promises (exams 44-45, after their run)
    owned = _OWNER_ROLE_IS.fullmatch(content) if block.kind == "para" else None
    if owned is not None and index + 1 < len(ctx.blocks):
        # "The CCG’s vision is;" over the quoted vision (a semicolon for the colon; exam 33, after its run)
        word = owned.group("role").lower()
        return "mission" if word == "purpose" else word
    title = block.kind == "para" and len(content.split()) <= 20 and content.rstrip()[-1:] not in ".!?:" \
        and not ARE_SEMICOLON.search(content)
    if block.kind == "heading" or title:
        role = role_of_text(content) if block.kind == "heading" else None
        if role is None and index + 1 < len(ctx.blocks) and ctx.blocks[index + 1].kind == "item" \
                and len(content) <= 140 and not _BAD_GOAL_HEAD.search(content.lower()):
            # "Proud to CARE – our values for the way we want our staff to behave" over a list
            match = _LEAD_ROLE_OUR.search(content) or _LEAD_ROLE_COUNT.search(content)
            if match is not None and not _LIVING.search(content) and not ENABLERS_LEAD.search(content):
                word = match.group("role").lower()
                role = _LEAD_ROLES.get(word, word)
        if role is None and block.kind == "heading" and index + 1 < len(ctx.blocks) \
                and ctx.blocks[index + 1].kind == "heading" and len(content.split()) >= 5:
            # "These statements of intent are reflected within six key thematic areas" over a
            # title per area, each over its paragraph: the titles are the goals (exam 90)
            counted = _LEAD_ROLE_COUNT.search(content)
            if counted is not None and counted.group("count").lower() != "the following" \
                    and _ROLE_AT_END.fullmatch(content, counted.end()) and not ENABLERS_LEAD.search(content):
                word = counted.group("role").lower()
                role = _LEAD_ROLES.get(word, word)
        if block.kind == "heading" and (role == "mission" or role is None and _PURPOSE_OF.match(content)) \
                and _to_entries_after(ctx, index) >= 6:
            # "Mission" / "The purpose of a neonatal operational delivery network" over six or more
            # "To ..." entries: no one mission but the aims it lists, goals (exams 150 and 145-149's
            # medical schools' council; three or four entries stay a mission's lines)
            role = "goals"
        if role is None and block.kind == "heading" and _OUR_STRATEGY.fullmatch(content.strip(" #*_:")) \
                and _titled_lists_after(ctx, index) >= 2:
            # "Our strategy" right over "Deliver the best possible care" / its bullets, "Be a great
            # place to work" / its bullets: the strategy's goals, each over its aims (exam 151)
            role = "priorities"
        if role is None and block.kind == "heading" and index + 1 < len(ctx.blocks) \
                and ctx.blocks[index + 1].kind == "para" and _THESE_ARE_OUR_VALUES.match(ctx.content(index + 1)):
            role = "values"  # "What we are like" / "These are our values. ..." over its cards (round 56)
        return role
    named_last = _ARE_OUR_ROLE.search(content) if block.kind == "para" else None
    if named_last is not None:
        # "Underpinning our vision are our values:": the list is the role named last
        word = (named_last.group("role") or named_last.group("role2")).lower()
        return _LEAD_ROLES.get(word, word)
    if block.kind == "para" and _MISSION_TO_LEAD.search(content) and len(content.split()) <= 14 \
            and len(ctx.items_after(index)) >= 2:
        return "goals"  # "To achieve this we make it our mission to:" over what it sets out to do (a real trust's page)
    if block.kind == "para" and content.rstrip(" *_").endswith(":") and len(content.split()) <= 6:
        if len(content.split()) == 1 and index and ctx.blocks[index - 1].kind == "heading" \
                and ctx.content(index - 1).rstrip()[-1:].isalpha() and role_of(ctx, index - 1) is None:
            return None  # "Link to strategic" / "objectives:": a cover sheet's field name, split over two lines (round 48)
        if THIRD_PERSON_COMMIT_LEAD.search(content.rstrip(" *_")):
            return "commitments"  # "The Collaborative aims to:" on its own page (exam 32, after its run)
        if _KEY_TO_GOALS.fullmatch(content) and _CODED.match(ctx.content(index + 1) if index + 1 < len(ctx.blocks) else ""):
            return "goals"  # a board paper's "Key to strategic objectives:" over "SO1   Improve ..." (round 48)
        if _AIM_LEAD.fullmatch(content) and (_titled_items(ctx, index) or action_items(ctx, index)):
            # "We aim to:" over "Reduce health inequalities. Everyone should ...", or over bare
            # actions ("Transform services to maximise productivity", "safeguard adults and
            # children, ..."): the aims themselves, goals (exam 58, after its run)
            return "goals"
        if _VISION_TO_LEAD.fullmatch(content) and len(ctx.items_after(index)) >= 2:
            return "goals"  # "Our vision is to:" over "Deliver exceptional care ...": what it aims at, each a goal (exam 31)
        role = role_of_text(content)
        if role == "commitments" and (_under_topic(ctx, index) or index >= 2 and ctx.blocks[index - 1].kind == "para"
                                      and len(ctx.content(index - 1).split()) <= 30
                                      and not ctx.is_lead_in(index - 1) and _under_topic(ctx, index - 1)):
            # "Better care" / "We will:" / items: the topic's list, not a section (also with the
            # topic's one-line definition between: "Safe" / "People are protected ..." / "We will:", round 45)
            return None
        if role == "commitments" and BARE_WE_WILL.fullmatch(content) and index \
                and ctx.blocks[index - 1].kind == "heading" and role_of(ctx, index - 1) == "vision" \
                and len(ctx.items_after(index)) >= 2:
            return "goals"  # "Our vision" / "We will:" / its list: what the vision aims at, goals (exam 32, after its run)
        if role == "commitments" and BARE_WE_WILL.fullmatch(content) and (
                ctx.blocks[index + 1:index + 2] and ctx.blocks[index + 1].kind == "heading"
                or index and BARE_WE_WILL.fullmatch(ctx.content(index - 1))):
            # a "We will:" left over a collapsed panel, nothing under it (exam 31), or doubled
            # under a topic's title (round 43)
            return None
        if role == "commitments" and index and ctx.blocks[index - 1].kind == "para" \
                and _FOLLOWING_GOALS_LEAD.search(ctx.last_sentence(index - 1)):
            return "goals"  # "The following objectives help to focus our efforts:" / "We aim to:" (exam 219)
        if role is not None:
            return role
    if block.kind == "para" and (content.rstrip(" *_").endswith(":") or ARE_SEMICOLON.search(content)
                                 or FOLLOWING_STOP.search(content) and ctx.is_lead_in(index)) \
            and index + 1 < len(ctx.blocks):
        role = _lead_in_role(ctx, index)
        if role == "goals" and index and ctx.blocks[index - 1].kind == "heading" and role_of(ctx, index - 1) == "values" \
                and re.search(r"\bvalues\b", content, re.IGNORECASE) \
                and re.search(r"\bthemes\b", ctx.last_sentence(index), re.IGNORECASE):
            # "The Values Tree" / "To explore the key values of Healthwatch Sheffield, we made a values
            # tree. ... From this the following themes emerged:": the themes are the values (exam 101)
            return "values"
        return role
    if block.kind == "para" and index + 1 < len(ctx.blocks) and ctx.blocks[index + 1].kind == "item" \
            and len(content.split()) <= 60:
        # "We have identified three overall priorities for our organisation. These are ..."
        # over the list, without a colon
        match = _LEAD_ROLE_COUNT.search(content) or _LEAD_ROLE_BELOW.search(content)
        if match is not None and not ENABLERS_LEAD.search(content):
            word = (match.group("role") or match.groupdict().get("role2")
                    or match.groupdict().get("role3") or "").lower()
            return _LEAD_ROLES.get(word, word)
    if block.kind == "para" and index + 1 < len(ctx.blocks) and ctx.blocks[index + 1].kind == "heading" \
            and len(content.split()) <= 60:
        # "... Below we set out our ambitions for 2021-26." over a title per ambition, each over
        # its paragraph: the titles are the goals
        sentences = ctx.sentences(block.start, block.end)
        last = ctx.text[sentences[-1][0] : sentences[-1][1]] if sentences else content
        match = _LEAD_ROLE_BELOW.search(last)
        # "Below we set out our ambitions ...", "We describe our three aims below."
        below = match.groupdict().get("role3") or match.groupdict().get("role2") \
            or match.groupdict().get("role4") if match else None
        counted = _LEAD_ROLE_COUNT.search(last) if below is None else None
        if counted is not None and counted.group("count").lower() != "the following" \
                and _ROLE_AT_END.fullmatch(last, counted.end()) and counted.group("role").lower() == "values":
            # "Our behaviours ... linked to the trust's six core values." over a title per value,
            # each over its behaviours (dev set 18)
            return "values"
        if below and _ROLE_AT_END.fullmatch(last, match.end()):  # not "... within each pillar"
            word = below.lower()
            return _LEAD_ROLES.get(word, word)
        if counted is not None and counted.group("count").lower() != "the following" \
                and counted.group("role").lower() in ("aims", "goals", "priorities", "objectives", "ambitions") \
                and last[counted.end():].lstrip().startswith(":"):
            # "We've built this strategy around five key aims: start well, be well, ... and age
            # well." over "Supporting Greenwich residents to start well" and its list: the titles
            # that name the aims are the goals (exam 97, after its run)
            first = re.split(r",|\s+and\s+", last[counted.end():].lstrip()[1:].strip(), maxsplit=1)[0].strip(" .").lower()
            if len(first.split()) <= 5 and first \
                    and re.search(r"\b" + re.escape(first) + r"$", ctx.content(index + 1).lower().rstrip(" .:")):
                word = counted.group("role").lower()
                return _LEAD_ROLES.get(word, word)
    if block.kind == "item" and block.marker_class == "number" and block.depth == 0 \
            and len(content.split()) <= 6 and index + 1 < len(ctx.blocks) \
            and (ctx.blocks[index + 1].kind != "item" or ctx.blocks[index + 1].parent == index):
        # a numbered section heading copied from a PDF: "2. Our vision"
        role = role_of_text(content)
        return role if role in ("vision", "mission", "values") else None
    return None


_THESE_ARE_OUR_VALUES = re.compile(r"\s*(?:these|here|below)\s+are\s+our\s+(?:[\w-]+\s+)?values\s*[.:]", re.IGNORECASE)
_DASH_ROLE = re.compile(
    r"^\W*(?P<head>(?:our|the)\s+(?:vision|mission|purpose|values|goals|objectives|aims|"
    r"ambitions|priorities))\s+[–—-]\s+(?:(?:why|where|how|what|who|when)\b[^.!?:]{1,60}[.!]?"
    # "OUR VALUES – We are NFAS PRIDE" over the acronym's letters (round 55)
    r"|we\s+are\s+(?:(?-i:[A-Z]{2,8})\s+)?(?-i:[A-Z]{3,8})"
    # "Our Values - we are PROUD to make a difference" (the acronym in a tagline; exam 51, after its run)
    r"|we\s+are\s+(?-i:[A-Z]{3,8})\s+[a-z][^.!?:]{0,50}"
    # ("Our values – we are proud to make a difference", in lower case: the review of session 15)
    r"|we\s+are\s+(?-i:proud|here|committed)\s+[a-z][^.!?:]{0,50})$",
    re.IGNORECASE,
)

# A lead-in sentence that names what the list under it is: "Our purpose is why we exist:",
# "Our Strategic Objectives (what we will do to achieve our ambition) are:", "The Trust's Values
# are:", "We have four strategic ambitions which guide us:", "... through four strategic
# priorities:", "Today sees us launch our new purpose:".
_LEAD_ROLE_START = re.compile(
    # ("The Three Year Plan's ambitions include:", a name of up to four words before its 's)
    # ("The College of Paramedics’ strategic aims are to:", a plural's apostrophe; exam 78)
    r"(?:our|the)\s+(?:(?:[\w-]+\s+){1,3}[\w-]+(?:['’]s|s['’])\s+|[\w-]+['’]s?\s+|[A-Z0-9]{2,}\s+)?(?:(?:core|new|updated|refreshed|"
    r"strategic|key|main|overarching|organisational|trust|\d{1,2}|two|three|four|five|six|"
    r"seven|eight|nine|ten)\s+){0,3}"
    # (not the verb: "The RNOH aims to be the UK's leading ...", dev set 20)
    r"(?P<role>vision|mission|purpose|values|ambition|goals|objectives|aims(?!\s+to\b)|ambitions|"
    r"priorities|pillars)\b(?!\s*(?:and|&|,|for\s+money))",
    re.IGNORECASE,
)
# "These values define our organisational standards and behaviours, ...:" (exam 30)
_THESE_VALUES = re.compile(r"\s*these\s+(?:core\s+|shared\s+)?(?P<role>values)\s+(?!will\b|are\s+(?:lived|shown))\w+",
                           re.IGNORECASE)
# "To achieve this aim we have a set of specific objectives:" (a set names the list as a count would)
_LEAD_ROLE_SET = re.compile(r"\ba\s+(?:clear\s+|new\s+)?set\s+of\s+(?!(?:[\w-]+\s+)?(?:learning|training|course|session|job)\b)(?:[\w-]+\s+){0,2}?"
                            r"(?P<role>objectives|goals|aims|ambitions|priorities|values)\s*:?$", re.IGNORECASE)
_LEAD_ROLE_COUNT = re.compile(
    r"\b(?P<count>\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|the\s+following),?\s+[“\"‘']?"
    r"(?:(?:key|main|core|primary|principal|clear|strategic|big|equal|overarching|overall|guiding|corporate|organisational|priority"
    r"|immediate|top|clinical|new|broad|shared|joint|health|related|health-related|proposed"
    # ("focusing on three, interrelated aims which are:", exam 76 after its run)
    r"|interrelated|inter-related|interconnected|interlinked|overlapping|ambitious|high-level|system-wide|thematic)\s+){0,4}"
    # (not "4 areas of work" / "areas of business": how the body is organised, dev set 10)
    r"(?P<role>goals|objectives|aims|ambitions|priorities|pillars|values|themes|areas(?!\s+of\s+(?:work|business))|programmes|"
    # ("The Integrated Care System has four purposes:" over its list: counted purposes are its
    # goals, one purpose is a mission; session 15)
    # ("seven key health related priority schemes to focus on", a CCG's page; exam 52, after its run)
    # ("four proposed strategic outcomes. These are:", a regulator's plan; exam 56, after its run)
    # ("The strategy is underpinned by three core outcomes and it aims for Warrington to be a place
    # where:", a board's strategy; exam 85)
    r"workstreams|elements|policies|purposes|(?<=priority\s)schemes|(?<=strategic\s)outcomes|(?<=core\s)outcomes)\b",
    re.IGNORECASE,
)
# "... the emerging objectives are:", "The agreed priorities are:" (a partnership's plan; exam 103, after its run)
# ("The revised values are:" over the names, a health board's values page; exam 156)
_LEAD_ROLE_THE_ARE = re.compile(r"\bthe\s+(?:(?:emerging|proposed|agreed|new|draft|final|main|key|strategic|shared|joint|"
                                r"revised|refreshed|updated|current|core|"
                                r"well-?being|health\s+and\s+well-?being)\s+){0,2}"
                                r"(?P<role>objectives|goals|aims|priorities|ambitions|values)\s+(?:are|will\s+be)\s*:?$", re.IGNORECASE)
# "The Strategy sets out a commitment to achieving the following four outcomes:" over the outcomes a
# health and wellbeing board names as its goals (exam 76, after its run)
# ("We will achieve this by working towards the following outcomes:", a regulator's page; exam 81)
_ACHIEVING_OUTCOMES = re.compile(r"\b(?:achiev\w*|work(?:ing)?\s+towards)\s+the\s+following\s+"
                                 r"(?:(?P<count>two|three|four|five|six|seven|[2-7])\s+)?"
                                 r"(?P<role>outcomes)(?:\s+(?:with|for)\s+(?:the|our)\s+\w+)?\s*:?$", re.IGNORECASE)
# "The headings below are our key strategic goals." / "Our objectives are set out below."
# "grouped under the following", "organised into the following": a list of titles comes next
_GROUPED = r"\b(?:grouped|organised|organized|arranged|structured)\s+(?:under|into|around)\s+the\s+following\b"
_LEAD_ROLE_BELOW = re.compile(
    r"\b(?:below|following|these|listed\s+here)\b[^.!?:]{0,40}?\b(?:are|is)\s+our\s+(?:[\w-]+\s+){0,3}?"
    r"(?P<role>goals|objectives|aims|ambitions|priorities|pillars|values)\b"
    r"|\bour\s+(?:[\w-]+\s+){0,3}?(?P<role2>goals|objectives|aims|ambitions|priorities|pillars|values)"
    r"\s+(?:are\s+)?(?:set\s+out\s+|listed\s+|shown\s+|described\s+)?below\b"
    # "Below we set out our ambitions for 2021-26."
    r"|\bbelow,?\s+(?:we\s+)?(?:set\s+out|list|describe|outline|summari[sz]e|explain|present|show"
    r"|introduce|detail)\s+our\s+"
    r"(?:[\w-]+\s+){0,3}?(?P<role3>goals|objectives|aims|ambitions|priorities|pillars)\b"
    # "Our actions are grouped under the following themes." over a title per theme (dev set 12)
    r"|" + _GROUPED + r"\s+(?:[\w-]+\s+)?(?P<role4>themes|priorities|goals|objectives|ambitions|aims|pillars)\b",
    re.IGNORECASE,
)
# ("Plan A" and "Theme A" are titles: the article in lower case only)
_CUT_FRAGMENT = re.compile(r"\s(?:(?i:on|of|to|the|and|for|with|in|by|from|at|as|that)|a|an)\s*$"
                           # ("Our 4 strategic", where an excerpt stops: a counted lead-in cut short)
                           r"|^\s*(?i:our|the)\s+(?:\d{1,2}|two|three|four|five|six|seven|eight)(?:\s+(?i:key|main|strategic|core)){0,2}\s*$")
_GROUPED_UNDER = re.compile(_GROUPED, re.IGNORECASE)
# What may follow the role word at a lead-in's end: "for 2021-26", "to 2030", a stop.
# "for 2021-26", "for the next five years" (a short period)
_ROLE_AT_END = re.compile(r"(?:\s+(?:for|in|to|from|over)\s+[\w/–—-]+(?:\s+[\w/–—-]+){0,4})?\s*[.:]?\s*")
# "... but our fundamental core values remain the same:"
_LEAD_ROLE_OUR = re.compile(
    r"\bour\s+(?:[\w’'-]+\s+){0,3}?(?P<role>values|goals|objectives|aims|ambitions|priorities|"
    # "... our shared priorities, which are to:" (round 26) names them; "our values, goals" not
    r"pillars)\b(?!\s*(?:and|&|for\s+money)|\s*,(?!\s*(?:which|that)\s+are\b))",
    re.IGNORECASE,
)
# "In 2019 we agreed our new strategic ambitions and priorities:" (two names for the one list, dev set 11)
_LEAD_ROLE_PAIR = re.compile(
    r"\bour\s+(?:[\w’'-]+\s+){0,3}?(?:goals|objectives|aims|ambitions|priorities|pillars)\s+(?:and|&)\s+"
    r"(?P<role>goals|objectives|aims|ambitions|priorities|pillars)\s*:?$", re.IGNORECASE)
_LEAD_ROLE_END = re.compile(
    r"\bour\s+(?:new\s+|core\s+|underlying\s+|overall\s+)?(?P<role>purpose|vision|mission)"
    r"(?:\s+(?:is|to))?\s*:?$"
    # "We have also launched a new vision for the Trust, which is:"
    r"|\b(?:a|our|the)\s+(?:new\s+|refreshed\s+|updated\s+)?(?P<role2>vision|mission|purpose)"
    r"(?:\s+for\s+(?:the|our)\s+[\w\s'’]{1,30}?)?,?\s+which\s+is\s*:?$",
    re.IGNORECASE)
# "Strategic priorities for the trust 2022 – 26 include:", "The strategy includes strategic
# objectives for tackling inequalities including:"
_LEAD_ROLE_INCLUDE = re.compile(
    r"\b(?:strategic|key|our)\s+(?P<role>objectives|goals|aims|ambitions|priorities|pillars)\b"
    r"[^.:;]{0,50}\b(?:are|include|includes|including)\s*:?$"
    # "Areas of focus include:" at the end of a paragraph over the plan's topics (dev set 9)
    # ("Our key areas of focus for sustainability are:", a practice's green page; exam 173)
    r"|(?:^|\b(?:key|main|our|the|its|their)\s+)(?P<role2>areas)\s+of\s+focus(?:\s+for\s+[\w\s-]{3,40}?)?\s+(?:are|include|includes)\s*:?$"
    # ("Key local outcomes we are pursuing in this strategy include:" over the outcomes a
    # partnership's plan is built on, its goals; exam 161)
    r"|\b(?:key|strategic|main)\s+(?:local\s+|high[- ]level\s+)?(?P<role3>outcomes)\b[^.:;]{0,50}\b(?:are|include|includes)\s*:?$",
    re.IGNORECASE,
)
# "NHS partners ... have agreed to collective ambitions to improve ...:", "The partners have
# signed up to the following shared priorities:": a third-person lead-in that names the list
# (round 28)
_LEAD_ROLE_AGREED = re.compile(
    r"\b(?:have|has)\s+(?:(?:also|further|jointly|collectively|now|all)\s+)?"
    r"(?:agreed|signed\s+up|set|committed)\s+(?:to\s+|on\s+)?"
    r"(?:the\s+following\s+|a\s+(?:set|number)\s+of\s+)?(?:[\w-]+\s+){0,3}?"
    r"(?P<role>ambitions|priorities|goals|objectives|aims)\b",
    re.IGNORECASE,
)
# "In order to live our values:", "To demonstrate our values we:": what follows is how the
# values are lived, not the values themselves.
_LIVING = re.compile(
    r"\b(?:live|living|demonstrate|demonstrating|uphold|upholding|embed|embedding|show|showing)\s+"
    r"(?:our|the|these|its)\s+(?:[\w-]+\s+){0,2}values\b",
    re.IGNORECASE,
)
# "Achieving the three goals would mean:", "Delivering our priorities will mean that:": the list
# under it is what the goals bring about (outcomes or commitments), not the goals (round 27)
_WOULD_MEAN = re.compile(
    r"\b(?:achiev|deliver|realis|realiz|meet)\w*\s+(?:our|the|these|its)\s+(?:[\w-]+\s+){0,2}"
    r"(?:aims|goals|objectives|ambitions|priorities)\s+(?:would|will|should|could)\s+mean"
    r"(?:\s+that)?\s*:?\s*$",
    re.IGNORECASE,
)
# "We’re achieving our aims by developing:", "We will deliver our priorities through:": the
# means to the goals, not the goals.
_MEANS = re.compile(
    r"\b(?:achiev|deliver|realis|realiz|meet|support|reach)\w*\s+(?:our|the|these|its)\s+"
    r"(?:[\w-]+\s+){0,2}(?:aims|goals|objectives|ambitions|priorities|vision)\s+"
    r"(?:by|through|via|with)\b",
    re.IGNORECASE,
)
_NAMED_ROLE_AFTER = re.compile(r"\b(?:values|goals|objectives|aims|ambitions|priorities|pillars|themes)\b",
                               re.IGNORECASE)
# "Like all integrated care boards, we have four aims set nationally:": the nation's, not ours
# a national body's asks of every organisation of the kind, listed after the organisation's own
_NATIONAL_ASKS = re.compile(r"\b(?:planning\s+guidance|government|minister(?:s|ial)?|nhs\s+england)\b[^.:]{0,80}?"
                            r"\b(?:asks|requires|expects|tells)\s+(?:every|all|each)\b", re.IGNORECASE)
_SET_NATIONALLY = re.compile(r"\bset\s+(?:out\s+)?nationally\b|\bnationally\s+(?:set|agreed)\b"
                             # "The Cabinet Secretary for Health ... has set the following priorities" (round 48)
                             # ("ICBs have four key aims:" was here as national; two blind annotators, exams
                             # 59 and 185, took the four aims as the board's goals, so they are read)
                             r"|\b(?:cabinet\s+secretary|minister|(?:welsh|scottish|uk)\s+government)\b[^.:]{0,80}?\b(?:has|have)\s+set\b",
                             re.IGNORECASE)
_DATA_PURPOSES = re.compile(r"\b(?:information|data|cookies?|records?|details|following\s+purposes)\b", re.IGNORECASE)
_SERVICE_AREAS = re.compile(r"\bservices?\b[^.:;]{0,80}\bin\s+the\s+following\s+areas\b", re.IGNORECASE)
_LEAD_ROLES = {"purpose": "mission", "ambition": "vision", "aims": "goals", "ambitions": "goals",
               "objectives": "goals", "pillars": "goals", "themes": "goals",
               "areas": "goals", "programmes": "goals", "workstreams": "goals",
               "elements": "goals", "policies": "goals", "purposes": "goals",
               "schemes": "goals", "outcomes": "goals"}


# (not "We do this through:" over a surgery's ways to book, nor "We achieve this by:" over a
# careers page's benefits: a review's cases)
_DELIVERED_THROUGH = re.compile(r"\bwe\s+(?:deliver|achieve)\s+(?:this|these|our\s+mission)\s+through$", re.IGNORECASE)
_BUILT_AROUND = re.compile(r"\b(?:strategy|plan|it|work)\s+(?:is|are)\s+(?:built|organised|organized|structured|"
                           r"centred|centered|framed|arranged)\s+(?:around|on)\b", re.IGNORECASE)
# (active only: "... our partnership ambitions by:", not "Our vision is supported by:", whose
# list names what supports it)
_MEANS_BY_LEAD = re.compile(r"\b(?:goals|objectives|aims|ambitions|priorities|vision|mission|purpose)\b"
                            r"(?![^.:;]{0,40}\b(?:supported|underpinned|enabled|delivered|driven|achieved)\s+by$)"
                            r"[^.:;]{0,40}\bby$", re.IGNORECASE)


_SETS_OUT_COMMITMENTS = re.compile(r"\b(?:has|have|we(?:['’]ve)?)\s+(?:outlined|set\s+out|made|agreed)\s+(?:(?:our|its|their|the|some|"
                                   r"\w+)\s+){0,2}(?:key\s+|main\s+|core\s+)?commitments$", re.IGNORECASE)
_FOCUSES_ON_COUNT = re.compile(r"\b(?:strategy|plan|work)\s+(?:focuses|is\s+focused|will\s+focus|concentrates)\s+on\s+"
                               r"(?P<count>two|three|four|five|six|[2-6])\s+(?:things|areas|aims|goals|priorities|themes)$", re.IGNORECASE)
# "Our strategy for the next five years is ambitious and is focused on:" over its aims, no count
# given (a national body's page; exam 166)
_FOCUSED_ON = re.compile(r"(?:our|the|this|its)\s+(?:[\w’'-]+\s+){0,3}?(?:strategy|plan|priorities)\b[^.;:!?]{0,60}?\b(?:focuses|is\s+focused|will\s+(?:be\s+)?focus(?:ed)?"
                         r"|concentrates)\s+on\s*:?$"
                         # ("The plan demonstrates ... Its focus is on:" over its aims, an STP's plan; exam 170)
                         r"|(?:its|our|the\s+(?:plan|strategy)['’]s)\s+(?:main\s+|key\s+|overall\s+)?focus\s+(?:is|will\s+be)\s+on\s*:?$",
                         re.IGNORECASE)


def _acts(line: str) -> bool:
    """The line opens on a verb of action ("Improve ...", "We will ..."), not a named area."""
    first = line.split()[0].lower().strip(",;:.") if line.split() else ""
    return first in IMPERATIVE_VERBS or first in ("we", "to")


# a lead-in over the people or bodies a page lists: "The multi-disciplinary team includes:"
_WHO_LIST = re.compile(r"\b(?:team|teams|staff|workforce|partners|membership|members|board)\s+(?:includes?|consists?\s+of"
                       r"|is\s+made\s+up\s+of|comprises?)\s*:?\s*$", re.IGNORECASE)
# "Our strategy underpins our core business ... At the heart of our plans are:" over its aims (exam 176)
_HEART_OF_PLANS = re.compile(r"\bat\s+the\s+heart\s+of\s+(?:our|the|this)\s+(?:plans?|strategy|work)\s+(?:are|is|lie|sit)$",
                             re.IGNORECASE)
_FOCUS_AREAS = re.compile(r"\bfocus\s+on\s+(?:the\s+following\s+)?(?P<count>two|three|four|five|six|seven|eight|[2-8])\s+"
                          r"(?:(?:key|main|priority|core)\s+)?areas(?:\s+of\s+work)?$", re.IGNORECASE)
# "The priority topics aim to:", "Our priorities seek to:": the items are what the priorities are
_THEY_AIM_TO = re.compile(r"(?:the|these|our)\s+(?:[\w-]+\s+){0,2}(?:priorities|topics|objectives|goals|ambitions|aims|themes)"
                          r"\s+(?:aim|seek)\s+to\s*:?", re.IGNORECASE)


# The patients' voice: "My NHS will:", "My care will:" (an "I statement" set of outcomes the
# strategy is built on: its goals, not the organisation's commitments)
_MY_WILL = re.compile(r"(?:^|\s)my\s+(?:[\w’'-]+\s+){0,2}will$", re.IGNORECASE)


_ARE_OUR_ROLE = re.compile(r"\b(?:are|is)\s+our\s+(?:core\s+)?(?P<role>values|priorities|goals|objectives|"
                           r"aims|ambitions)\s*:\s*$"
                           # ("Our vision and strategic aims are underpinned by our organisational values
                           # which are informed by recovery principles:": the values, named by what they
                           # underpin; exam 95)
                           r"|\b(?:are|is)\s+(?:underpinned|guided|shaped|driven|informed)\s+by\s+our\s+(?:[\w-]+\s+){0,2}?"
                           r"(?P<role2>values)\b[^.:;!?]{0,80}:\s*$", re.IGNORECASE)


_WAY_WE_WORK = re.compile(r"\s*(?:the\s+way\s+we\s+work|how\s+we\s+work)(?:\s+is)?\s*", re.IGNORECASE)


# a count of anything: "three critical stages", "four things"
_ANY_COUNT = re.compile(r"\b(two|three|four|five|six|seven|eight|[2-8])\s+(?:[\w-]+\s+){0,2}?[a-z]+s\b", re.IGNORECASE)
_TO_DELIVER_WE = re.compile(r"\s*to\s+(?:achieve|deliver|realise|realize|meet)\s+(?:these|our|the)\s+(?:[\w-]+\s+){0,2}"
                            r"(?:aims|goals|objectives|ambitions|priorities)\b,?\s+we\s+(?:are|will)\s+(?:be\s+)?\w+ing\s+(?:in|on)\b",
                            re.IGNORECASE)


def _will_title_pairs(ctx: Context, index: int) -> int:
    """How many short titles run right under the lead-in, each over one paragraph that says
    what "we will" do."""
    blocks = ctx.blocks

    def pair(k: int) -> bool:
        return k + 1 < len(blocks) and blocks[k].kind == "heading" and not blocks[k].label \
            and len(ctx.content(k).split()) <= 10 and blocks[k + 1].kind == "para" \
            and _WE_WILL.search(ctx.content(k + 1)) is not None

    found = 0
    while pair(index + 1 + 2 * found):
        found += 1
    return found


def _counted_will_titles(ctx: Context, index: int, count: int | None, cut_short: bool = False) -> bool:
    """Exactly ``count`` (two to eight) short titles right under the lead-in, each over one
    paragraph that says what "we will" do, and no further such pair; with ``cut_short``, fewer
    (two at least) when the pairs run to the page's end, a copy cut off mid-list."""
    if not count or not 2 <= count <= 8:
        return False
    pairs = _will_title_pairs(ctx, index)
    return pairs == count or cut_short and 2 <= pairs < count and index + 1 + 2 * pairs == len(ctx.blocks)


# anywhere in the paragraph, not only opening a sentence ("We know that lots of other things
# impact on health ..., we will address these to ...", exam 185; this widened exam 74's rule too,
# which changed no page)
_WE_WILL = re.compile(r"\bwe\s+will\b", re.IGNORECASE)
_COUNTED_AIMS = re.compile(r"\b(?P<count>two|three|four|five|six|seven|eight|[2-8])\s+(?:[\w-]+\s+){0,2}?"
                          r"(?:outcomes|goals|objectives|aims|ambitions|priorities)\b", re.IGNORECASE)
_WILL_VALUE = re.compile(r"\b(?:we|the\s+(?:board|trust|practice|organisation|partnership))\s+(?:will\s+)?value$",
                         re.IGNORECASE)
_NAMELY = re.compile(r",?\s+(?:namely|as\s+follows|which\s+are|these\s+(?:are|being))\s*$", re.IGNORECASE)


_FOLLOWING_ROLE = re.compile(r"\bthe\s+following\s+(?:(?:two|three|four|five|six|seven|eight|[2-8])\s+)?(?:[\w-]+\s+){0,2}?"
                             r"(?:goals|objectives|aims|ambitions|priorities|pillars)\b", re.IGNORECASE)
_THESE_ARE = re.compile(r"\s*(?:these|they)\s+(?:are|were)\s*", re.IGNORECASE)
_OUR_VALUES_NAMED = re.compile(r"\bour\s+(?:(?:new|core|shared|trust|organisational)\s+)?values\b", re.IGNORECASE)


# the four purposes of an integrated care system (NHS England's, 2021), as pages word them
_ICS_PURPOSE = re.compile(r"[^\n]{0,30}?\b(?:improv\w*\s+outcomes\s+in\s+population\s+health"
                          r"|tackl\w*\s+inequalit\w*\s+in\s+outcomes?"
                          r"|enhanc\w*\s+productivity\s+and\s+value\s+for\s+money"
                          r"|support\w*\s+(?:the\s+)?broader\s+social\s+and\s+economic\s+development)", re.IGNORECASE)


def _ics_purposes(ctx: Context, first: int) -> bool:
    """The list from ``first`` names three or four of the ICS purposes, and little else."""
    items = _list_run(ctx, first)
    named = sum(_ICS_PURPOSE.match(ctx.content(k)) is not None for k in items)
    return named >= 3 and len(items) <= 5


def _lead_in_role(ctx: Context, index: int) -> str | None:
    """The role a longer lead-in sentence gives the list (or line) under it, else None."""
    block = ctx.blocks[index]
    sentences = ctx.sentences(block.start, block.end)
    start, end = sentences[-1] if sentences else (block.start, block.end)
    sentence = ctx.text[start:end].strip(" *_:")
    if FOLLOWING_STOP.search(sentence):
        # "Our vision ... is supported by the following four commitments to you." (exam 174)
        sentence = sentence.rstrip(". ")
        if re.search(r"\b(?:commitments|pledges|promises)\b", sentence, re.IGNORECASE):
            return "commitments"
    if _WILL_VALUE.search(sentence) and len(sentence.split()) <= 30 and ctx.blocks[index + 1].kind == "item":
        return "values"  # "In pursuit of improvement, the Board will value:" over the values (exam 194)
    if ctx.blocks[index + 1].kind == "item" and _ics_purposes(ctx, index + 1) \
            and not re.search(r"\bpurposes?\b", sentence, re.IGNORECASE) \
            and not _SET_NATIONALLY.search(ctx.text, max(0, block.start - 300), block.end):
        # "NHS Dorset will work with others to:", "Our aim is to deliver the four core national
        # objectives of ICSs:" over "Improve outcomes in population health and healthcare", ...:
        # the four purposes every integrated care system is given, which the board adopts as its
        # goals (exam 197; three other real pages' annotators took them so). Not under "Our core
        # purpose as an ICB is to:" (two real pages' annotators left them), nor where the lines
        # just before say they were set nationally
        return "goals"
    if len(sentence.split()) > 30 or len(sentence) > 240:
        # "It built on the NHS Health and Care Strategy which had been published in November 2023
        # and included nine priorities with cross cutting principles:": a long sentence whose end
        # counts the list (dev set 11); otherwise too long to be a lead-in
        words = sentence.split()
        tail = " ".join(words[-10:])
        longer = " ".join(words[-20:])
        if _LEAD_ROLE_COUNT.search(tail) is None and _NAMELY.search(longer) and _LEAD_ROLE_COUNT.search(longer):
            # "... progress on our four strategic priorities that were laid down by the Board of
            # Trustees in our Corporate Plan, namely:" (exam 126, after its run)
            tail = longer
        # (or ends on the role it leads into: "... and helping us to achieve our Vision:" over the
        # vision's paragraph, a hospice's charter page; exams 42-43, after their run)
        following = _FOLLOWING_ROLE.search(sentence)
        if _LEAD_ROLE_COUNT.search(tail) is None and following is not None:
            # "We will refresh and embed our values ... and focus on the delivery of the following
            # five objectives to ensure we provide high quality, compassionate care to all our
            # patients:" (a trust's strategy page; exam 168): "the following" points at the list
            tail = sentence[following.start():]
        if _LEAD_ROLE_COUNT.search(tail) is None and _LEAD_ROLE_END.search(tail) is None \
                and _LEAD_ROLE_THE_ARE.search(tail) is None:
            return None
        sentence = tail
    nxt = ctx.blocks[index + 1]
    if _THESE_ARE.fullmatch(sentence) and len(sentences) >= 2 and nxt.kind == "item" \
            and _OUR_VALUES_NAMED.search(ctx.text, *sentences[-2]):
        # "We asked our staff ... to agree our values, based on ... . These are:" over the names
        # (exam 140, after its run)
        return "values"
    counted: re.Match[str] | None = None
    if _WAY_WE_WORK.fullmatch(sentence) and nxt.kind in ("heading", "para") \
            and len(ctx.content(index + 1).split()) <= 3:
        return "values"  # "The way we work is:" over "Pioneering" / "We are relentless ..." (exam 73, after its run)
    if _SETS_OUT_COMMITMENTS.search(sentence) and nxt.kind == "item":
        return "commitments"  # "Together in Ealing has outlined key commitments:" (exam 62, after its run)
    focus = _FOCUSES_ON_COUNT.search(sentence)
    if focus is not None and nxt.kind == "item" \
            and count_of(focus.group("count")) == len(ctx.entries_after(index)):
        # "Over the next five years, our strategy focuses on three things:" over three aims (exam 62, after its run)
        return "goals"
    if _FOCUSED_ON.fullmatch(sentence.strip()) and nxt.kind == "item" and len(ctx.entries_after(index)) >= 2 \
            and not _will_entries(ctx, index) and not COMMIT_LEAD.search(sentence):
        return "goals"
    if _HEART_OF_PLANS.search(sentence.strip()) and nxt.kind == "item" and len(ctx.entries_after(index)) >= 2:
        return "goals"
    focus_areas = _FOCUS_AREAS.search(sentence.strip())
    if focus_areas is not None and nxt.kind == "item":
        items = _list_run(ctx, index + 1)
        if count_of(focus_areas.group("count")) == len(items) \
                and all(len(ctx.content(k).split()) <= 10 and not _acts(ctx.content(k)) for k in items):
            # "To achieve this we will focus on six key areas of work:" over "Consistency of care",
            # "Early detection and treatment", ...: named areas, not actions, are the goals (exam 175)
            return "goals"
    if _THEY_AIM_TO.fullmatch(sentence.strip()) and nxt.kind == "item" and action_items(ctx, index):
        return "goals"  # "The priority topics aim to:" over "Reduce physical inactivity", ... (exam 61, after its run)
    counted_any = _ANY_COUNT.search(sentence)
    if nxt.kind == "heading" and counted_any is not None \
            and _counted_will_titles(ctx, index, count_of(counted_any.group(1))):
        # "Families say there are three critical stages on their journey when they need CHAS:"
        # over three titles, each over a paragraph of what "we will" do: the goals (exam 74)
        return "goals"
    if _TO_DELIVER_WE.match(sentence) and nxt.kind == "item":
        # "To deliver these priorities we are investing in four key areas:" over "Increasing GP
        # capacity", ...: what the body does for the goals named before, its commitments (exam 74)
        return "commitments"
    if _MEANS_BY_LEAD.search(sentence):
        # "..., setting out a renewed commitment to our partnership ambitions by:" over what
        # it does: the means, not the ambitions named (dev set 8)
        return "commitments"
    if _MY_WILL.search(sentence) and nxt.kind == "item":
        return "goals"  # "In Westshire My NHS will:" over what the patients asked for
    # a count names the list ("Our vision is supported by four strategic objectives:")
    match = _LEAD_ROLE_COUNT.search(sentence) or _LEAD_ROLE_START.match(sentence) \
        or _LEAD_ROLE_END.search(sentence) or _LEAD_ROLE_OUR.search(sentence) \
        or _LEAD_ROLE_INCLUDE.search(sentence) or _LEAD_ROLE_AGREED.search(sentence) \
        or _LEAD_ROLE_PAIR.search(sentence) or _LEAD_ROLE_SET.search(sentence) \
        or _ACHIEVING_OUTCOMES.search(sentence) or _LEAD_ROLE_THE_ARE.search(sentence)
    if match is None and _DELIVERED_THROUGH.search(sentence) and nxt.kind == "item" \
            and _dashed_names(ctx, _list_run(ctx, index + 1)):
        # "Our mission is to improve patient safety ... We deliver this through:" over "Learning
        # for improvement - by using findings ...": the named parts of the work, goals with their
        # means (a national body's page; exams 42-43, after their run)
        return "goals"
    if match is None and _BUILT_AROUND.search(sentence) and nxt.kind == "item" \
            and len(_list_run(ctx, index + 1)) >= 3 and _dashed_names(ctx, _list_run(ctx, index + 1)):
        # "The Clinical Strategy is built around the different stages of life, ...:" over
        # "Starting Well - Supporting healthy pregnancies ..." entries: its goals (dev set 9)
        return "goals"
    if match is None and nxt.kind == "heading" and len(sentence.split()) <= 10 and role_of_text(sentence) == "goals":
        return "goals"  # "The areas of focus for 2023/24 are:" (a goals heading written as a lead-in, dev set 7)
    if match is None and _THESE_VALUES.match(sentence) and all(
            re.match(r"\s*(?:We\s|[A-Z]\S*(?:\s+\S+){0,3}\s*$)", ctx.content(k))
            for k in _list_run(ctx, index + 1)):
        # "We are open, transparent ..." or short names (not "Anticipate and respond to
        # patients' concerns": behaviours, round 13)
        match = _THESE_VALUES.match(sentence)
    if match is None and len(sentences) >= 2 and nxt.kind == "heading" and BARE_WE_WILL.fullmatch(sentence):
        # "The interim strategy ... now sets out six outcomes. We will:" over "Give children and
        # young people the best start in life" / "We will make sure ...": the counted outcomes
        # are the titles, each over what will be done (exam 185)
        counted = _COUNTED_AIMS.search(ctx.text, *sentences[-2])
        if counted is not None and _counted_will_titles(ctx, index, count_of(counted.group("count")), cut_short=True):
            return "goals"
    if match is None and len(sentences) >= 2:
        # "Our aims are as clear. We would like every patient to be able to say:"
        before = ctx.text[sentences[-2][0] : sentences[-2][1]].strip()
        match = _LEAD_ROLE_START.match(before) if len(before.split()) <= 8 else None
        counted = _LEAD_ROLE_COUNT.search(before) if match is None and nxt.kind == "item" else None
        if counted is not None and count_of(counted.group("count")) == len(_list_run(ctx, index + 1)):
            # "... we have decided on three immediate areas of focus. We want to work towards
            # making Barts Health Trust:" over three entries: the count names them (dev set 11)
            match = counted
    if match is None and _VALUES_OPENING.match(ctx.text, sentences[0][0] if sentences else block.start,
                                               sentences[0][1] if sentences else block.end) \
            and (len(sentences) >= 2 or _BELOW.search(sentence)) and _dashed_names(ctx, _list_run(ctx, index + 1)):
        # "Our values were developed with colleagues ... They describe how we behave ...:" over
        # "Client focused – we put ..." entries: the values (round 55)
        return "values"
    if match is None and (_STRATEGY_FOLLOWING.fullmatch(sentence) or _ASPIRE_LEAD.fullmatch(sentence)):
        items = _list_run(ctx, index + 1)
        if 2 <= len(items) <= 10 and all(len(ctx.content(k).split()) <= 8 for k in items):
            # "The strategy outlines the following:" over "protecting health;" (exam 30); "We
            # aspire to:" over "One - think Sutton first" (exam 32, after its run)
            return "goals"
    if match is None and nxt.kind == "item" and _counted_dashed_items(ctx, index, sentence):
        # "The four C's include:" over "Care – The Trusts will put patients ...", one entry per
        # count, each a short name and what it means: named goals (exam 33, after its run)
        return "goals"
    if match is None and _WILL_TO_END.search(sentence) and _headed_parts(ctx, index):
        # "Public Health Scotland will lead and support action across Scotland to:" over
        # "Prevent disease", "Prolong healthy life", each over its text: the goals (exam 32)
        return "goals"
    if match is None:
        return _named_just_before(ctx, index, sentence)
    means = _MEANS.search(sentence)
    if means is not None and _NAMED_ROLE_AFTER.search(sentence, means.end()):
        means = None  # "We will achieve our vision through the delivery of our six priorities:"
    if _LIVING.search(sentence) or means is not None or ENABLERS_LEAD.search(sentence) \
            or _WOULD_MEAN.search(sentence) or _SET_NATIONALLY.search(sentence):
        return None  # "In order to live our values:" lists how, not the values; so does
        # "We’re achieving our aims by developing:" (the means, not the aims)
    word = (match.group("role") or match.groupdict().get("role2") or match.groupdict().get("role3") or "").lower()
    if match.re is _LEAD_ROLE_INCLUDE and word == "areas" and (nxt.kind != "item" or nxt.depth):
        return None  # ("... Our areas of focus are:" inside a goal's own item: that goal's statements)
    if word == "purposes" and _DATA_PURPOSES.search(sentence):
        return None  # "We use the information in your health record for three purposes:", "We use
        # cookies for the following purposes:": what data is used for, no goals
    if word == "areas" and _SERVICE_AREAS.search(sentence):
        return None  # "... to deliver a first class service to the community in the following areas:" over
        # "district nursing", "podiatry": the services it runs, not goals (exam 52, after its run)
    if word == "areas" and match is not counted and (COMMIT_LEAD.search(sentence) or _will_entries(ctx, index)):
        return None  # "we'll be focusing on three main areas:" lists what we will do (as does "five
        # priority areas:" over "We will ..." lines, round 17)
    role = _LEAD_ROLES.get(word, word)
    if role in ("vision", "mission"):
        # one line under it: the item, or a short paragraph
        if nxt.kind == "item":
            following = index + 2 < len(ctx.blocks) and ctx.blocks[index + 2].kind == "item" \
                and ctx.blocks[index + 2].depth == nxt.depth
            return None if following else role
        if not (nxt.kind == "para" or nxt.kind == "heading" and not nxt.explicit
                and (ctx.content(index + 1).lstrip()[:1] in "\"“‘'"
                     or sentence.lower().endswith((" to", " is")))) \
                or len(ctx.content(index + 1).split()) > 40:
            return None  # a quoted line may look like a title: "“Proud to deliver ...”"
        return role
    if role in ("goals", "priorities") and nxt.kind == "heading" and match.re is _LEAD_ROLE_COUNT:
        # "Our Trust strategy identifies six key strategic priorities for the next five years:"
        # over six short title lines, as many as it counts: the goals (dev set 9)
        titles = _plain_title_run(ctx, index + 1)
        if len(titles) >= 2 and len(titles) == count_of(match.group("count")):
            return role
        if _titles_over_paras(ctx, index + 1, count_of(match.group("count"))):
            # "... focuses around four key ambitions:" over four plain titles, each over its
            # paragraph of prose (an ICS's five-year plan; exam 149)
            return role
    if role == "values" and nxt.kind == "heading" and match.re is _LEAD_ROLE_COUNT and index + 2 < len(ctx.blocks) \
            and role_of(ctx, index + 1) is None and ctx.is_lead_in(index + 2) \
            and _lead_repeated(ctx, index + 2, len(ctx.blocks)):
        # "The five core values we live by are;" over "Being Caring and Compassionate" / "To
        # demonstrate we are working in line with this value we will:" / its behaviours, and
        # the next value's card the same: a title per value (a trust's values page; exam 171)
        return role
    if nxt.kind != "item" and not (role in ("goals", "priorities", "values") and _bare_lines(ctx, index)) \
            and not (role == "values" and len(_paras_after(ctx, index, _labelled_para)) >= 3):
        return None
    return role


_LABELLED_PARA = re.compile(r"\s*[A-Z][\w’'-]*(?:\s+[\w’'&-]+){0,2}\s*:\s+[A-Z]")


def _labelled_para(content: str) -> bool:
    """A paragraph that opens with a short name and a colon ("Integrity: We place the needs of
    ..."), not a contact detail."""
    return bool(_LABELLED_PARA.match(content)) and not CONTACT_LABEL.match(content)


# "... we reviewed and refocused these objectives to reflect our current challenges."
_OBJECTIVES_NAMED = re.compile(
    r"\b(?:these|our|its|the\s+(?:new|refreshed|corporate|strategic))\s+(?:[\w-]+\s+){0,2}?"
    r"(?:objectives|goals|aims|priorities)\b",
    re.IGNORECASE,
)


# "... formulated around the eight “Big Signals” which describe ..." then "These are:": a
# count and a capitalised (or quoted) name for the things the list under "These are:" names
_COUNTED_NAME = re.compile(
    r"\b(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(?:key\s+|main\s+)?"
    r"(?:[“\"‘'][A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3}[”\"’']|[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3})"
    r"(?=\s+(?:which|that|to|we|for)\b|\s*[.,;]|\s*$)"
)
# "The strategy outlines the following:", "Our corporate plan focuses on the following:"
_STRATEGY_FOLLOWING = re.compile(
    r"\s*(?:the|our|this)\s+(?:new\s+|corporate\s+|refreshed\s+|five[- ]year\s+)?(?:strategy|corporate\s+plan|plan)\s+"
    r"(?:outlines|sets\s+out|focuses\s+on|is\s+built\s+around|includes)\s+the\s+following\s*",
    re.IGNORECASE)
_ASPIRE_LEAD = re.compile(r"\s*we\s+(?:also\s+)?aspire\s+to\s*", re.IGNORECASE)
_THESE_ARE = re.compile(r"\s*(?:(?:these|they)\s+(?:are|include)|this\s+includes)(?:\s+to|\s+as\s+follows)?\s*:?\s*",
                        re.IGNORECASE)  # ("... our long-term ambitions ... This includes:", dev set 16)


def _counted_then_pointed(ctx: Context, index: int, sentence: str) -> str | None:
    """"These are:" over a list, right after a paragraph whose last sentence counts things by
    a name of their own ("the eight “Big Signals”"): the list names the strategy's goals
    (round 26); a count of a role word ("our four values") gives that role."""
    if not _THESE_ARE.fullmatch(sentence):
        return None
    block = ctx.blocks[index]
    own = ctx.sentences(block.start, block.end)
    if len(own) >= 2:
        # "... the partners have agreed four priorities, or joint action areas, ... These are:"
        # in one paragraph: the sentence before names the list (exam 30)
        last: str | None = ctx.text[own[-2][0] : own[-2][1]]
        named_our = _LEAD_ROLE_OUR.search(last)
        if named_our is not None and _LEAD_ROLE_COUNT.search(last) is None \
                and not CULTURE.search(last) and not _LIVING.search(last):
            word = named_our.group("role").lower()
            return _LEAD_ROLES.get(word, word)  # "Our trust's strategic objectives ... They are to:"
    else:
        last = _last_sentence_before(ctx, index)
    if last is None or CULTURE.search(last):
        return None  # "four cultural steps – or pillars – ...": how staff work, not the goals
    counted = _LEAD_ROLE_COUNT.search(last)
    if counted is not None:
        word = counted.group("role").lower()
        return _LEAD_ROLES.get(word, word)
    named = _COUNTED_NAME.search(last)
    if named is None or COMMIT_LEAD.search(last[: named.start()]):
        return None  # ("we will make four Big Changes. These are:" lists commitments)
    items = _list_run(ctx, index + 1)
    if len(items) < 2 or any(len(ctx.content(k).split()) > 12 for k in items):
        return None
    return "goals"


def _last_sentence_before(ctx: Context, index: int) -> str | None:
    """The last sentence of the paragraph right above block ``index``, if there is one."""
    if index == 0 or ctx.blocks[index - 1].kind != "para":
        return None
    prev = ctx.blocks[index - 1]
    sentences = ctx.sentences(prev.start, prev.end)
    return ctx.text[sentences[-1][0] : sentences[-1][1]] if sentences else None


_BELOW = re.compile(r"\b(?:listed|set\s+out|shown|described)\s+below\b", re.IGNORECASE)
_VALUES_OPENING = re.compile(r"\s*(?:our|the\s+trust['’]s|its|the)\s+(?:[\w-]+\s+){0,2}values\b(?!\s+(?:of|and)\b)",
                             re.IGNORECASE)


def _dashed_names(ctx: Context, items: list[int]) -> bool:
    """Two or more items, each "Name – what it means" with a name of at most four words."""
    return len(items) >= 2 and all(
        DASH_ENTRY.match(ctx.content(k))
        and len(re.split(r"\s+[–—-]\s+", ctx.content(k), maxsplit=1)[0].split()) <= 4
        or _COLON_NAMED.match(ctx.content(k)) for k in items)


# "Respect and care: We treat one another ...", "We are teams: We foster ..." (a real CCG's values)
_COLON_NAMED = re.compile(r"\s*[A-Z][\w’'-]*(?:\s+[\w’'-]+){0,3}:\s+\S")


def _will_entries(ctx: Context, index: int) -> bool:
    """The entries under the lead-in at ``index`` (marked or bare) all say "We will ..."."""
    entries = _list_run(ctx, index + 1) or _bare_lines(ctx, index)
    return bool(entries) and all(re.match(r"\W*we\s+will\b", ctx.content(k), re.IGNORECASE) for k in entries)


def _list_run(ctx: Context, first: int) -> list[int]:
    """The run of items starting at block ``first`` (none if it is no item)."""
    return ctx.items_after(first - 1)


_NOT_GOALS_WORD = re.compile(r"\b(?:principles|enablers|values|behaviou?rs|measures|outcomes|indicators|standards)\b",
                             re.IGNORECASE)
_SMALL_COUNT = re.compile(r"\b(?:three|four|five|six|seven|eight|[3-8])\b", re.IGNORECASE)


_PLAN_WORD = re.compile(r"\b(?:plan|strategy|priorit\w*|aims?|ambitions?|objectives?|goals?)\b", re.IGNORECASE)


def _counted_dashed_items(ctx: Context, index: int, sentence: str) -> bool:
    """As many "Name – description" entries (a name of one to three words) as the lead-in counts."""

    if _NOT_GOALS_WORD.search(sentence) or index and ctx.blocks[index - 1].kind == "heading" \
            and _NOT_GOALS_WORD.search(ctx.content(index - 1)):
        return False  # ("Our approach is based on three principles:" under "Our principles")
    items = [k for k in _list_run(ctx, index + 1) if ctx.blocks[k].depth == 0]
    said = _SMALL_COUNT.search(sentence)
    count = count_of(said.group(0)) if said else None
    parts = [re.split(r"\s+[–—-]\s+", ctx.content(k), maxsplit=1) for k in items]
    names = [part[0].split() for part in parts]
    # ("Building new relationships – ...", "Reducing waste and repetition in the system – ...":
    # longer names, each opening with its verb in -ing; a council's press release, exams 42-43 after their run)
    gerunds = all(name and re.fullmatch(r"[A-Z][a-z]+ing", name[0]) and len(name) <= 8 for name in names) \
        and _PLAN_WORD.search(sentence) is not None  # (a plan's ways, not "five simple steps to keep well")
    return count is not None and count == len(items) >= 3 and all(
        DASH_ENTRY.match(ctx.content(k)) and len(name) <= 3 or gerunds and len(part) == 2
        for k, name, part in zip(items, names, parts, strict=True))


_WILL_TO_END = re.compile(r"\bwill\b[^.!?]*\bto$", re.IGNORECASE)


def _headed_parts(ctx: Context, index: int) -> bool:
    """Two or more short plain titles of one style after block ``index``, the first right
    after it, each over a paragraph, none naming a role."""
    blocks = ctx.blocks
    first = index + 1
    if first >= len(blocks) or blocks[first].kind != "heading" or blocks[first].label:
        return False
    style = _style(ctx, first)
    titles = 0
    for k in range(first, len(blocks)):
        if blocks[k].kind != "heading":
            continue
        if _style(ctx, k) != style or role_of(ctx, k) is not None or len(ctx.content(k).split()) > 6:
            break
        if k + 1 >= len(blocks) or blocks[k + 1].kind != "para":
            return False
        titles += 1
    return titles >= 2


_POINTING_BACK = re.compile(r"\W*(?:these|they)\b", re.IGNORECASE)


def _named_just_before(ctx: Context, index: int, sentence: str) -> str | None:
    """"Working together to:" over a list, right after a paragraph that ends on "these
    objectives": the list is the objectives (goals)."""
    pointed = _counted_then_pointed(ctx, index, sentence)
    if pointed is not None:
        return pointed
    if _POINTING_BACK.match(sentence) and ctx.blocks[index + 1].kind == "item":
        # "... aligned with four clear priority areas that drive everything we do." then "These
        # priority statements are directly linked to our strategy ...:" over four entries: the
        # lead-in points back to what the paragraph before counted (a trust's priorities page)
        last = _last_sentence_before(ctx, index)
        counted = _LEAD_ROLE_COUNT.search(last) if last is not None else None
        if counted is not None and count_of(counted.group("count")) == len(_list_run(ctx, index + 1)) \
                and not CULTURE.search(last, max(0, counted.start() - 30), counted.end() + 30):
            word = counted.group("role").lower()
            return _LEAD_ROLES.get(word, word)
    if ctx.blocks[index + 1].kind != "item" or len(sentence.split()) > 8 \
            or not re.search(r"\bto$", sentence) or COMMIT_LEAD.search(sentence):
        return None
    last = _last_sentence_before(ctx, index)
    return "goals" if last is not None and _OBJECTIVES_NAMED.search(last) else None


def _bare_lines(ctx: Context, index: int) -> list[int]:
    return bare_list_after(ctx, index, len(ctx.blocks))


def _style(ctx: Context, index: int) -> str:
    block = ctx.blocks[index]
    if block.label:
        return "label"
    if block.explicit:
        return f"h{block.level}"
    return "plain"


def body_end(ctx: Context, index: int, end: int) -> int:
    """The first heading after ``index`` (before ``end``)."""
    j = index + 1
    while j < end and ctx.blocks[j].kind != "heading":
        j += 1
    return j


_PROMISE_TITLE = re.compile(r"We\s+(?:will|shall|are\s+(?:\w+\s+)?committed|commit|promise|pledge|aim|intend|plan)\b")


def _we_title_over_behaviours(ctx: Context, index: int) -> bool:
    """"We put patients at the heart of everything we do" (no stop, twelve words at most) over
    two or more "We ..." bullets: a value written as a sentence, over its behaviours."""
    title = ctx.content(index).strip()
    if not re.match(r"We\s+[a-z]", title) or title.endswith((".", ":", "?", "!")) or len(title.split()) > 12 \
            or _PROMISE_TITLE.match(title):
        return False  # (not "We are committed to ..." over its "We will ..." bullets: a promise and its parts)
    run = list(takewhile(lambda k: re.match(r"\s*We\b", ctx.content(k)) is not None, ctx.items_after(index)))
    return len(run) >= 2


def _same_opening_as_above(ctx: Context, index: int) -> bool:
    """The title right above opens with the same word: "We save lives ..." over "We believe
    people should get the right information when they need it", one list of priorities whose
    entries differ in length (exam 71, after its run)."""
    if index == 0 or ctx.blocks[index - 1].kind != ctx.blocks[index].kind:
        return False
    above, here = ctx.content(index - 1).split(), ctx.content(index).split()
    return bool(above and here) and above[0] == here[0] and len(above) <= 10


def _plausible_child(ctx: Context, index: int, limit: int) -> bool:
    """A plain title that can be a value's or goal's name: short, over a short body."""
    words = len(_name_part(ctx, index).split())
    if words > 10 and not (words <= 16 and _same_opening_as_above(ctx, index)):
        return False
    stop = body_end(ctx, index, limit)
    body = range(index + 1, stop)
    if any(ctx.blocks[k].kind == "item" for k in body):
        return True
    words = sum(len(ctx.content(k).split()) for k in body)
    return words <= 80


def _like_siblings(ctx: Context, children: list[int], index: int, limit: int,
                   words: int = 5) -> bool:
    """A short title after two or more titles of the same style, each over one paragraph, is
    their sibling however long its own paragraph runs ("Protect the environment" over a
    hundred words, after "Work as one team" and "Respect each other" over shorter ones)."""
    if len(children) < 2 or len(ctx.content(index).split()) > words \
            or ctx.content(index).rstrip().endswith((".", ":", "?", "!")):
        return False
    stop = body_end(ctx, index, limit)
    if stop != index + 2 or ctx.blocks[index + 1].kind != "para":
        return False
    return all(body_end(ctx, c, limit) == c + 2 and ctx.blocks[c + 1].kind == "para"
               for c in children)


# "Below is a list of our priorities:" right under the heading: the titles after it are the
# priorities, however long the first one's text runs (exam 31)
_LIST_BELOW = re.compile(
    r"\b(?:below|following|here)\b[^.!?:;]{0,30}\b(?:our|the)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:priorities|goals|objectives|aims|ambitions)\s*:\s*$", re.IGNORECASE)


def _named_in_lead(ctx: Context, index: int, j: int) -> bool:
    """A title that the paragraph under the values heading names ("Our three values are: A, B
    and Listening & Leading" over "Listening and Leading" and a long text): a value, however
    long its text."""
    name = fold_name(ctx.content(j))
    if not name or len(name.split()) > 5:
        return False
    pattern = re.compile(r"(?<!\w)" + re.escape(name) + r"(?!\w)")
    return any(ctx.blocks[k].kind == "para" and pattern.search(fold_name(ctx.content(k)))
               for k in range(index + 1, min(j, index + 4)))


def _named_over_line(ctx: Context, j: int) -> bool:
    """A value's name right under the values heading, over its one-sentence description ("UHCW
    values" / "Compassion" / "We treat everyone with courtesy and compassion." / ...): a value,
    however long the text after it runs (the other names were images)."""
    if len(ctx.content(j).split()) > 3 or j + 1 >= len(ctx.blocks):
        return False
    nxt = ctx.blocks[j + 1]
    return nxt.kind == "para" and len(ctx.sentences(nxt.start, nxt.end)) == 1 \
        and len(ctx.content(j + 1).split()) <= 25


_LEAD_IN_REACH = 80
# A lead-in inside a list that starts another list: "The Strategy is based on three guiding
# principles:" after the aims ("Ensure our services are:" goes on with the same list).
_OTHER_LIST = re.compile(
    r"\b(?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten)\s+(?:[\w-]+\s+){0,2}[a-z]+s\b"
    r"|\b(?:principles|enablers|measures|behaviours|values|outcomes|indicators)\b",
    re.IGNORECASE,
)


def _name_part(ctx: Context, index: int) -> str:
    """A line's name before "Name – description" (the whole line when it has no such name)."""
    from strategygraph.extract.common import split_name

    block = ctx.blocks[index]
    split = split_name(ctx.text, block.start, block.end, 4)
    if split is None or split[2] != 0 or ctx.text[split[0] : split[1]].strip() not in "–—-":
        return ctx.content(index)
    return ctx.text[block.start : split[0]]


_MISSION_TO_LEAD = re.compile(r"\b(?:we\s+make\s+it\s+)?our\s+mission\s+(?:is\s+)?to[\s*_]*:[\s*_]*$", re.IGNORECASE)
_VISION_TO_LEAD = re.compile(r"[\s*_]*our\s+(?:shared\s+|new\s+)?vision\s+is\s+to[\s*_]*:[\s*_]*", re.IGNORECASE)
_KEY_TO_GOALS = re.compile(r"\s*key\s+to\s+(?:the\s+|our\s+)?(?:strategic\s+|corporate\s+)?(?:objectives|aims|goals|priorities)\s*:\s*",
                           re.IGNORECASE)
_CODED = re.compile(r"\s*[A-Z]{1,3} ?\d{1,2}\b")
# (a numbered paragraph's number kept: "1.2 We aim to:")
_AIM_LEAD = re.compile(r"\s*(?:\d{1,2}(?:\.\d{1,2})+\s+)?(?:we\s+aim\s+to|our\s+aims\s+are(?:\s+to)?)\s*:\s*", re.IGNORECASE)
_PERSON = re.compile(r"\b(?:we|our|us|i|you)\b", re.IGNORECASE)


def _titled_items(ctx: Context, index: int) -> bool:
    """Two or more items, each a short name ("Reduce health inequalities.") followed by more
    sentences that say what it means: named aims, not a list of actions."""
    items = ctx.entries_after(index)
    if len(items) < 2:
        return False
    for k in items:
        sentences = ctx.sentences(ctx.blocks[k].start, ctx.blocks[k].end)
        first = ctx.text[sentences[0][0] : sentences[0][1]] if sentences else ""
        if len(sentences) < 2 or len(first.split()) > 6 or _PERSON.search(first):
            return False
    return True


def action_items(ctx: Context, index: int) -> bool:
    """Two or more items, each opening with a verb in either case ("Deliver quality in ...",
    "safeguard adults and children ..."): what an "aim to:" lead-in aims at."""
    items = ctx.entries_after(index)
    return len(items) >= 2 and all(opens_with_action(ctx.content(k)[:1].upper() + ctx.content(k)[1:]) for k in items)


def _title_para_pairs(ctx: Context, index: int) -> bool:
    """Two or more short plain titles after block ``index``, each over one paragraph."""
    pairs = 0
    k = index + 1
    n = len(ctx.blocks)
    while k + 1 < n and ctx.blocks[k].kind == "heading" and not ctx.blocks[k].explicit \
            and len(ctx.content(k).split()) <= 12 and ctx.blocks[k + 1].kind == "para" \
            and not ctx.is_lead_in(k + 1):
        pairs += 1
        k += 2
    return pairs >= 2


def _titles_follow(ctx: Context, index: int, n: int) -> bool:
    """Two or more short plain titles, each over a list, right after block ``index``."""
    titles = 0
    k = index + 1
    while k < n and ctx.blocks[k].kind == "heading" and not ctx.blocks[k].explicit \
            and len(ctx.content(k).split()) <= 5 and k + 1 < n and ctx.blocks[k + 1].kind == "item":
        titles += 1
        k += 1
        while k < n and ctx.blocks[k].kind == "item":
            k += 1
    return titles >= 2


def _lead_repeated(ctx: Context, j: int, n: int) -> bool:
    """The same lead-in ("We will:") comes again under another plain title: each value's title
    is over its own "We will:" list (its behaviours), not the end of the values."""
    lead = fold_name(ctx.content(j))
    for k in range(max(1, j - 40), min(n, j + 40)):
        if k != j and ctx.blocks[k].kind == "para" and fold_name(ctx.content(k)) == lead \
                and _card_title_above(ctx, k) is not None:
            return True
    return False


def _card_title_above(ctx: Context, k: int) -> int | None:
    """The plain title of the card block ``k`` sits in: right above it, or above the card's
    one-line description and its earlier lists ("Honesty" / "We're truthful, ..." / "We will..." /
    items / "We will not...", a trust's values page; exam 171)."""
    for above in range(k - 1, max(-1, k - 10), -1):
        block = ctx.blocks[above]
        if block.kind == "heading":
            return above if role_of(ctx, above) is None else None
        if block.kind == "para" and len(ctx.content(above).split()) > 30:
            return None
    return None


def section_at(ctx: Context, index: int, role: str) -> Section:
    """The extent of the role section whose heading is block ``index``."""
    blocks = ctx.blocks
    head = blocks[index]
    heading_text = ctx.content(index)
    expected = number_in(heading_text)
    section = Section(index, index + 1, role, timeframe=timeframe_of(heading_text))
    child_style: str | None = None
    child_level: int | None = None
    items_first = False
    j = index + 1
    n = len(blocks)
    if head.kind == "para":
        # a lead-in line's section is the list right under it (through lead-ins inside it)
        k = index + 1
        top = 0  # entries so far: "Across three strategic priorities:" ends after the third
        # (counted at the first entry's depth: "a) ..." entries indented under the lead-in)
        first_depth = blocks[k].depth if k < n and blocks[k].kind == "item" else 0
        while k < n and (blocks[k].kind == "item" or blocks[k].kind == "para" and _entry_description(ctx, k, first_depth)
                         or blocks[k].kind == "para" and ctx.is_lead_in(k)
                         and not (expected and top >= expected)
                         and k + 1 < n and blocks[k + 1].kind == "item"
                         and _lead_in_role(ctx, k) is None
                         # (nor a short line naming a role of its own: "Priority Objectives:", exam 101)
                         and not (len(ctx.content(k).split()) <= 6 and role_of(ctx, k) is not None)
                         and not _OTHER_LIST.search(ctx.content(k))
                         and not ENABLERS_LEAD.search(ctx.content(k))
                         and not _WHO_LIST.search(ctx.last_sentence(k))
                         and not (role == "values" and COMMIT_LEAD.search(ctx.content(k)))
                         and not THIRD_PERSON_COMMIT_LEAD.search(ctx.content(k))):
            top += blocks[k].kind == "item" and blocks[k].depth == first_depth
            k += 1
        if k < n and k - 2 > index and blocks[k].kind == "para" and blocks[k - 1].kind == "item" \
                and _entry_description(ctx, k - 2, first_depth) and len(ctx.content(k).split()) <= 80 \
                and not ctx.is_lead_in(k) and role_of(ctx, k) is None:
            k += 1  # the last entry's description, as the others had theirs
        if k > index + 1:
            section.end, section.expected = k, expected
            return section
        titles = _plain_title_run(ctx, index + 1)[: expected or 0]
        if expected and len(titles) == expected >= 2:
            # "... identifies six key strategic priorities ...:" over six title lines: its entries (dev set 9)
            section.end, section.expected, section.children = titles[-1] + 1, expected, titles
            return section
        bare = _bare_lines(ctx, index)  # a list whose markers were lost in copying
        if bare and (_title_para_pairs(ctx, index) or _headed_parts(ctx, index)):
            bare = []  # "Below we set out our ambitions:" over a title per ambition, each over
            # its paragraph: titles (children), not a list of lines
        if bare:
            if expected:
                bare = bare[:expected]
            section.end, section.expected, section.children = bare[-1] + 1, expected, bare
            return section
        # else the titles after it ("Our objectives for 2025-26 are:" over a title per goal),
        # looked for nearby only, so that a page of many lead-ins stays linear
        n = min(n, index + 1 + _LEAD_IN_REACH)
    while j < n:
        block = blocks[j]
        if block.kind == "item" and child_style is None and block.depth == 0:
            items_first = True
        if block.kind == "para" and expected is None and j <= index + 2:
            expected = number_in(ctx.content(j))
        if block.kind == "para" and role in ("goals", "priorities") and section.children \
                and ctx.is_lead_in(j) and j + 1 < n and blocks[j + 1].kind != "item":
            run = action_run(ctx, bare_list_after(ctx, j, n))
            if run and run[0] == j + 1:
                j = run[-1] + 1  # "Priorities for 2025/26:" over bare lines inside a goal: its body (round 41)
                if j < n and blocks[j].kind == "heading" and not blocks[j].label \
                        and not _GOAL_LABEL_HEAD.match(ctx.content(j)):
                    break  # ("Quarterly milestones" after the last goal's lines: the goals end)
                continue
        if role == "values" and block.kind == "para" and ctx.is_lead_in(j) \
                and COMMIT_LEAD.search(ctx.content(j)) and not _LIVING.search(ctx.content(j)) \
                and (section.children or items_first or not _titles_follow(ctx, j, n)) \
                and not (section.children and _card_title_above(ctx, j) == section.children[-1]
                         and _lead_repeated(ctx, j, n)):
            break  # "We will:" after the values starts something else (before their titles,
            # "Our guiding principles ... We will:" introduces what each title's bullets say)
        if block.kind == "para" and ctx.is_lead_in(j) \
                and role_of(ctx, j) not in (None, role, "commitments"):
            break  # "Our strategic aims are:" after the values starts the goals
        if block.kind == "para" and ctx.is_lead_in(j) and ENABLERS_LEAD.search(ctx.content(j)):
            break  # "Our priorities are supported by three enablers:" lists the enablers
        if block.kind == "para" and j > index + 1 and ctx.is_lead_in(j) and _WHO_LIST.search(ctx.last_sentence(j)):
            break  # "The multi-disciplinary team includes:" after the aims lists who, no goal (exam 176)
        if block.kind == "para" and j > index + 1 and ctx.is_lead_in(j) and _NATIONAL_ASKS.search(ctx.content(j)):
            break  # "The NHS planning guidance for 2025/26 asks every integrated care board to:" (round 48)
        if role == "values" and (block.label or block.kind == "heading"
                                 and _GOAL_LABEL_HEAD.match(ctx.content(j))):
            break  # "Objective A:", "Goal 1:", "Strategic aim: ...": labels announce goals, never values
        if role == "values" and block.kind == "heading" and _NATION_GOALS_HEAD.search(ctx.content(j)):
            break  # "Ministerial priorities" after the values: the nation's list, no value (round 48)
        if block.kind != "heading":
            j += 1
            continue
        if role in ("goals", "priorities") and block.explicit and _NOT_GOAL.search(ctx.content(j)) \
                and not CASE_STUDY.match(ctx.content(j)) \
                and (not head.explicit or (block.level or 9) <= (child_level or block.level or 9)):
            break  # "Latest news" as a card among the goals' sections (round 36)
        if head.explicit and block.explicit and child_level is not None \
                and (block.level or 0) > child_level:
            j += 1  # a sub-heading inside a child ("What we will do" under a goal)
            continue
        inner = role_of(ctx, j)
        if inner == "commitments" and section.children and role in ("goals", "priorities") \
                and not (head.explicit and block.explicit and (block.level or 9) <= (head.level or 0)):
            j += 1  # "What we will do" under a goal belongs to that goal
            continue
        if inner is not None:
            break
        if head.explicit and block.explicit:
            if (block.level or 9) <= (head.level or 0):
                break
            if role == "values" and child_level is None and j + 1 < n and blocks[j + 1].kind == "item" \
                    and re.match(r"\W*(?:what|how|why)\b", ctx.content(j), re.IGNORECASE):
                j += 1  # a card's subtitle, "What guides us", over the values' list (round 39)
                continue
            if child_level is None and role in ("goals", "priorities") and j + 1 < n \
                    and blocks[j + 1].kind == "heading" and blocks[j + 1].explicit \
                    and (blocks[j + 1].label or _GOAL_LABEL_HEAD.match(ctx.content(j + 1))) \
                    and (blocks[j + 1].level or 0) > (block.level or 9):
                # "## Patient safety" over "### Priority 1 – Safer medicines": the domains group
                # the labelled priorities, which are the goals (round 40)
                child_level = blocks[j + 1].level
                j += 1
                continue
            if child_level is not None and role in ("goals", "priorities") and (block.level or 9) < child_level:
                j += 1  # the next domain's heading, over its own labelled priority
                continue
            if child_level is None:
                if items_first:
                    break
                child_level = block.level
            if block.level == child_level:
                if expected and len(section.children) >= expected:
                    break
                section.children.append(j)
            j += 1
            continue
        if head.explicit and child_level is not None and not block.explicit:
            j += 1  # a plain title inside an explicit child: part of that child's body
            continue
        if is_org_name(ctx.content(j)):
            j += 1  # the organisation's name copied under the heading: not a child
            continue
        style = _style(ctx, j)
        if style == "label" and child_style == "label" and role in ("goals", "priorities") \
                and OUTCOME_LABEL.match(ctx.content(j)) and not OUTCOME_LABEL.match(ctx.content(section.children[-1])):
            j += 1  # "Goal 4: To grow our capacity ..." / "Outcome 4: We can deliver ...": the goal's outcome (exam 80)
            continue
        if child_style == "label" and style == "plain" and _plausible_child(ctx, j, n):
            j += 1  # "What we will do" / "How we will know" under a labelled goal
            continue
        # "We are Accountable" over what it means: a value's name written as a sentence
        we_are = role == "values" and (bool(_WE_ARE_TITLE.fullmatch(ctx.content(j))) or _we_title_over_behaviours(ctx, j))
        if role == "values" and style == "plain" and _NOT_VALUE.search(_name_part(ctx, j)) \
                and not we_are:
            break
        if role in ("goals", "priorities") and _NOT_GOAL.search(ctx.content(j)):
            break  # "Risk appetite", "Related documents": the page goes on to something else
        if role == "values" and style == "plain" and _bare_title_run_then_prose(ctx, section.children, j) \
                and not we_are:
            break  # three bare titles in a row, then a paragraph about them all: "HR Strategy"
            # after it is the page's next topic, no value (exams 44-45, after their run)
        if items_first and style != "label":
            break
        listed = role == "values" and (_named_in_lead(ctx, index, j) or we_are
                                       or j == index + 1 and _named_over_line(ctx, j)) \
            or role in ("goals", "priorities") and j == index + 2 and blocks[index + 1].kind == "para" \
            and _LIST_BELOW.search(ctx.content(index + 1)) is not None \
            or role in ("goals", "priorities") and head.kind == "para" and bool(_GROUPED_UNDER.search(heading_text))
        if child_style is None:
            if style == "plain" and not _plausible_child(ctx, j, n) and not listed:
                break
            child_style = style
        elif style != child_style or (style == "plain" and not _plausible_child(ctx, j, n)
                                      and not listed
                                      and not _like_siblings(ctx, section.children, j, n,
                                                             12 if role == "goals" else 5)):
            break
        if expected and len(section.children) >= expected:
            break
        if style == "plain" and j == len(blocks) - 1 and _CUT_FRAGMENT.search(ctx.content(j)):
            break  # "Our ongoing workforce activities will continue to focus on": text cut off, no title
        section.children.append(j)
        j += 1
    if role in ("goals", "priorities") and _doubled(ctx, section.children):
        # each title written twice (a card's front and back); a last pair copied as plain
        # paragraphs (its title ends in a stop) is one more child (round 28)
        k = section.children[-1] + 1
        while k + 1 < j and ctx.blocks[k].kind == "para" and ctx.blocks[k + 1].kind == "para" \
                and len(ctx.content(k).split()) <= 20 \
                and fold_name(ctx.content(k)) == fold_name(ctx.content(k + 1)):
            section.children.extend((k, k + 1))
            k += 2
    section.end = j
    section.expected = expected
    if ctx.cut is not None and ctx.cut in section.children:
        section.children.remove(ctx.cut)  # ("To" where an excerpt stops: no child title, real pages)
    return section


# "Outcome:", "Outcome 4:", "Expected outcomes:": what a labelled goal is to bring about, part of its body
OUTCOME_LABEL = re.compile(r"\s*(?:\*\*|__)?(?:(?:expected|intended|key)\s+)?outcomes?(?:\s+\d{1,2})?(?:\*\*|__)?\s*:(?:\*\*|__)?\s*",
                           re.IGNORECASE)


def _entry_description(ctx: Context, k: int, depth: int) -> bool:
    """A paragraph between two short numbered entries of a lead-in's list ("1. Public
    confidence" / "To build public confidence ..." / "2. Finance ..."): the first entry's
    description, the list goes on (exam 52, after its run)."""
    blocks = ctx.blocks
    if k == 0 or k + 1 >= len(blocks) or blocks[k + 1].kind != "item":
        return False
    if blocks[k + 1].depth != depth or blocks[k - 1].kind == "item" and blocks[k - 1].depth != depth:
        return _inside_numbered_entry(ctx, k, depth)
    prev = blocks[k - 1]
    return prev.kind == "item" and prev.depth == depth and (prev.marker_class or "").startswith("number") \
        and (blocks[k + 1].marker_class or "").startswith("number") and len(ctx.content(k - 1).split()) <= 8 \
        and 3 <= len(ctx.content(k).split()) <= 80 and not ctx.is_lead_in(k) and not _POINTER_LINE.match(ctx.content(k))


def _top_entry(ctx: Context, k: int) -> int:
    """The top-level entry whose subtree holds item ``k``."""
    while ctx.blocks[k].parent is not None:
        k = ctx.blocks[k].parent
    return k


def _inside_numbered_entry(ctx: Context, k: int, depth: int) -> bool:
    """A paragraph inside a short numbered entry whose bullets are its children ("1. Support
    through community" / "We will support ..." / "  • Live" / "Supporting individuals ..." /
    "2. Impact through partnership"): the entry's text, the list goes on (exam 75, after its run)."""
    blocks = ctx.blocks
    prev, nxt = blocks[k - 1], blocks[k + 1]
    if prev.kind != "item" or not 3 <= len(ctx.content(k).split()) <= 80 or ctx.is_lead_in(k) \
            or _POINTER_LINE.match(ctx.content(k)):
        return False
    top = _top_entry(ctx, k - 1)
    if blocks[top].depth != depth or not blocks[top].marker_class.startswith("number") or len(ctx.content(top).split()) > 8:
        return False
    return _top_entry(ctx, k + 1) == top and nxt.depth > depth \
        or nxt.depth == depth and nxt.marker_class.startswith("number") and top != k - 1


# "You can read more about ...", "Find out more ...", "Download ...": a pointer, no description
_POINTER_LINE = re.compile(r"\s*(?:you\s+can\s+)?(?:" + LINK_VERBS + r"|see)\b", re.IGNORECASE)


def _bare_title_run_then_prose(ctx: Context, children: list[int], j: int) -> bool:
    """Three or more undashed titles in a row, then one prose paragraph (not a "Name – ..."
    entry) right before ``j``: the paragraph closes the list rather than describing the last."""
    if len(children) < 3 or children[-1] - children[0] != len(children) - 1 or j != children[-1] + 2:
        return False
    between = ctx.content(children[-1] + 1).rstrip()
    return ctx.blocks[children[-1] + 1].kind == "para" and between.endswith((".", "!")) \
        and len(between.split()) >= 12 and not DASH_ENTRY.match(between) \
        and not any(DASH_ENTRY.match(ctx.content(c)) for c in children)


def _titles_over_paras(ctx: Context, start: int, count: int | None) -> bool:
    """``count`` (two or more) plain short titles from ``start`` on, each over one paragraph:
    the entries a counted lead-in names, each with its description."""
    if count is None or count < 2 or start + 2 * count > len(ctx.blocks):
        return False
    for k in range(start, start + 2 * count, 2):
        title, body = ctx.blocks[k], ctx.blocks[k + 1]
        if title.kind != "heading" or title.explicit or title.label or len(ctx.content(k).split()) > 8 \
                or body.kind != "para" or ctx.is_lead_in(k + 1):
            return False
    after = start + 2 * count
    # (a further title is allowed when its paragraph looks back at them: "Building blocks for
    # change" / "To help us achieve these three big priorities, we will ..."; exam 169)
    return after >= len(ctx.blocks) or ctx.blocks[after].kind != "heading" or ctx.blocks[after].explicit \
        or after + 1 >= len(ctx.blocks) or ctx.blocks[after + 1].kind != "para" \
        or _LOOKS_BACK.search(ctx.content(after + 1)) is not None


_LOOKS_BACK = re.compile(r"\bthese\s+(?:[\w-]+\s+){0,2}(?:priorities|goals|aims|objectives|ambitions)\b", re.IGNORECASE)


def _plain_title_run(ctx: Context, start: int) -> list[int]:
    """The title lines in a row from ``start``: plain (not marked up as headings) and short, as
    a counted lead-in's entries are when their list markers were lost ("Joy at work")."""
    run: list[int] = []
    k = start
    while k < len(ctx.blocks) and ctx.blocks[k].kind == "heading" and not ctx.blocks[k].explicit \
            and len(ctx.content(k).split()) <= 8:
        run.append(k)
        k += 1
    return run


def _doubled(ctx: Context, children: list[int]) -> bool:
    """Two or more titles, each written twice in a row."""
    if len(children) < 4 or len(children) % 2:
        return False
    return all(children[i] + 1 == children[i + 1]
               and fold_name(ctx.content(children[i])) == fold_name(ctx.content(children[i + 1]))
               for i in range(0, len(children), 2))

"""Vision and mission ("our purpose" is a mission).

Three shapes, tried in order: a heading ("Our vision", "Our mission", "Our purpose") over the
text (the first block under it; the first sentence when that block is long prose); a labelled
line ("Our vision: ...", "Mission – ..."); a sentence ("Our vision is to ...", kept whole; "Our
mission is simple: To ..." from the capital after the colon). A label with nothing under it ("Our
mission statement is:" over another label or a lead-in of its own) takes the quoted line further
down, in order; a heading over lower-case bullets (a sentence's parts) states nothing.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from strategygraph.extract.common import (
    BARE_WE_WILL,
    POINTER_START,
    TO_LINE,
    Context,
    fold_name,
    is_commitment_sentence,
    is_org_name,
)
from strategygraph.extract.sections import role_of
from strategygraph.model import Statement
from strategygraph.segment import table_header, welsh_line

_LABELLED = re.compile(
    r"\s*(?:\*\*|__)?\s*(?:our|the)?\s*(?:shared\s+|joint\s+|clinical\s+|system\s+|digital\s+|estates?\s+|quality\s+|people\s+|research\s+|green\s+)?(?P<kind>vision|mission|purpose)"
    # "Our vision and purpose: ..." (round 26): one line labelled as both
    r"(?:\s+(?:and|&)\s+(?:our\s+)?(?P<kind2>vision|mission|purpose))?"
    r"(?:\s+statement)?(?:\*\*|__)?"  # Markdown bold around the label: "**Our vision:** ..."
    # (or a tab: "Our vision<TAB>To be a world leader ...", a table copied as text, round 33)
    # ("Our vision is – thriving colleagues, ..." is a sentence, taken whole: exam 30)
    # (or three spaces or more: "Vision      To be the hospital ...", a table row a PDF copied, round 50)
    # ("Our vision - A Healthy Southampton for all": a spaced hyphen for the dash, exam 89)
    r"(?:\s*(?:is\s*)?:|\s*[–—]|[ \t]+-[ \t]+|[ ]*\t|[ ]{3,})\s*(?:\*\*|__)?\s*(?=\S)",
    re.IGNORECASE,
)
# after "Our vision is to": nothing but an adverb and the colon of a list's lead-in
_EMPTY_LEAD = re.compile(r"\s*(?:(?:[a-z]+ly|always)\s*)?:\s*", re.IGNORECASE)
# "Our vision is better health and care for all." : a short noun phrase, ended by a stop; not
# "Our vision is based on ..." / "is underpinned by ..." / "is simple." (what it is like)
_NOUN_VISION = re.compile(
    r"[\"“‘]?our\s+(?:shared\s+|new\s+)?vision\s+is\s+"
    r"(?!(?:based|being|built|supported|underpinned|set|shared|described|outlined|clear|simple|"
    r"ambitious|bold|now|also|not|still|what|how|why|in|on|at|by|about|informed|rooted|reflected|"
    r"summed|made|achieved|delivered|backed|here|available|published|below|above|as|very|our|"
    r"the|this|that|it|there|being|driven|centred|centered|focused|focussed|simply)\b)"
    r"(?-i:[a-z]+)(?:,?\s+[\w’'-]+){2,24}\s*[.!]?[\"”’]?\s*",
    re.IGNORECASE,
)
# A heading glued to its sentence: "Our VisionTo be ...", "VISION CONTENTSWe will ..." (no
# space: a PDF's or a page's heading run into the text) or "Our Vision Our Vision is to ..."
_GLUED_HEAD = re.compile(
    r"\s*(?:Our\s+|OUR\s+)?(?P<kind>Vision|VISION|Mission|MISSION|Purpose|PURPOSE)"
    r"(?:[ \t]+[A-Z]{2,})*(?:(?=[A-Z][a-z])|[ \t]+(?=Our\s+(?:vision|Vision|mission|Mission)\s+is\b)"
    # ("Mission Statement The Trust is committed to ...": a report's label run into its sentence,
    # exam 38 after its run)
    r"|[ \t]+Statement[ \t]+(?=(?:The|We|Our|To)[ \t]+\w)"
    # ('MISSION STATEMENT"To deliver effective ..."': the quote glued on, a PDF transcript's)
    r"|[\"“](?=[A-Z]))"
)
# A label set apart only by its style, run into the statement: "<span>Our vision</span>
# Outstanding care for everyone ..." read as "Our vision Outstanding care ..." (round 32)
_SPAN_LABEL = re.compile(r"\s*(?:Our|OUR)[ \t]+(?P<kind>vision|Vision|VISION|mission|Mission|MISSION|purpose|Purpose"
                         r"|PURPOSE)[ \t]+(?=(?!(?:Is|Statement|And|For|Of)\b)(?!To\b(?![ \t]+[a-z]))(?:[A-Z][a-z]+|A(?=[ \t]+[a-z]))(?:[ \t]+\S+){3})")
# ("Our vision A world with effective treatments ...", an annual report's label; exam 72, after its run)
# ("Our Mission To find the cause ...", "OUR MISSION To save more lives ...": a PDF's label run into
# its sentence, which starts "To" and a verb; not "Our Mission To 2030" nor "Our Vision To Improve
# Lives", a title; real annotators)
# the national bodies whose vision or purpose a page may quote, never its own
_NOT_NATIONAL = r"(?!(?-i:NHS\s+England|NHS\s+Improvement|Government|Department|DHSC|Public\s+Health\s+England)\b)"
# an organisation by its name after "of": "(the) Edinburgh Health and Social Care Partnership"
_OWNER_NAME = r"(?-i:[A-Z])[\w’'-]+(?:\s+(?:(?-i:[A-Z])[\w’'-]+|(?-i:and|of|for)|&)){0,7}"
# what follows "to" glued to its verb in a PDF's copy ("toprovide", "todeliver"): four letters
# or more that make no word of their own with it ("together", "today", "towards", "totally")
_GLUED_TO_VERB = r"(?!gether|day|wards?|morrow|tal|pic|uch)(?=(?-i:[a-z]){4,}\s)"
_SENTENCE = re.compile(
    # ("Its vision is to create stronger links ...", said of the board the page is about, not "its
    # purpose", a programme's; exam 77)
    r"[\"“‘]?(?:it\s+is\s+our|our|its(?=\s+vision\b)|the\s+trusts?['’]s?|the\s+(?:ccg|icb|board|partnership)['’]s|the\s+trust"
    # "The OUH Vision is to ..." (the organisation's initials, a real trust's page)
    r"|the\s+(?-i:[A-Z]{2,6})|the"
    # ("Hillingdon CCGs vision is for ...": the apostrophe lost, exam 38 after its run)
    r"|(?-i:(?:[A-Z][\w&-]*\s+){0,3}[A-Z]{2,6}s)(?=\s+(?:vision|mission|purpose)\b)"
    # "MWCSU's vision is to be ..." (the organisation by its name; not a national body's, round 55)
    r"|" + _NOT_NATIONAL +
    # ("St Columba’s Hospice Care’s vision is to ...": a name with a possessive of its own, exam 65 after its run)
    r"(?-i:[A-Z][\w&-]*(?:['’]s(?=\s))?(?:\s+(?:[A-Z][\w&-]*(?:['’]s(?=\s))?|and|of)){0,6})['’]s)\s+"
    # ("Our five-year vision is for everyone to have ...", "The CCG's vision is", exam 33 after its run)
    r"(?:shared\s+|joint\s+|overall\s+|new\s+|core\s+|central\s+|clinical\s+|prime\s+|primary\s+|fundamental\s+"
    r"|refreshed\s+|updated\s+|revised\s+|(?:five|ten|\d{1,2})[- ]year\s+"
    # ("Our Social Purpose is “To make life changing improvements ...”", "Our key mission is
    # to ...", dev sets 10 and 14; not "Our key purpose is to ask for your feedback ...")
    r"|social\s+(?=purpose)|(?:key|ultimate|overarching|strategic|collective|guiding)\s+(?=vision|mission)"
    # ("Our trust vision is to be exceptional.", "Our organisational purpose is ...": the body's
    # own kind before the word; exam 71, after its run)
    r"|(?:trust|organisational|organizational|corporate|practice|hospice)\s+(?=vision|mission|purpose)"
    # ("Our consistent vision is to make Slough a place where ...": any one lower-case word before
    # it; not a past or another's vision; exam 73, after its run)
    r"|(?!(?:previous|old|former|original|national|partners|first)\b)(?-i:[a-z][a-z-]{3,})\s+(?=vision\s+is\b))?"
    # "Our vision for 2030 is that ...", "Our vision for Fernley is to ..." (round 29)
    # ("The vision for Millbank Medical Centre is to be ...": a name of several words, dev set 8)
    # ("Our refreshed vision statement is: To be an outstanding provider ...", blind exam 36)
    # ("The 2030 vision for health and wellbeing in Sunderland is: ...", "Our vision for improving
    # the health and well-being of Thurrock people is to ...": a year, a topic; exam 81)
    r"(?:20\d\d\s+(?=vision))?"
    r"(?P<kind>vision|mission|purpose)(?:\s+statement(?=\s+(?:is|for)\b))?(?:\s+for\s+(?:20\d\d|(?:the\s+)?(?-i:[A-Z])[\w’'-]+"
    r"(?:\s+(?:(?-i:[A-Z])[\w’'&-]+|(?-i:and|of))){0,6}|the\s+future"
    r"|(?:health|improving|making|creating|building|achieving)\b[\w’' -]{3,70}?(?=\s+is\s*(?:to\b|that\b|:))))?"
    # ("Our vision through Care Without Carbon is to motivate ...", a green plan's own name)
    # ("Our vision at Derby Teaching Hospitals is ‘Taking Pride in Caring’": the body by its name)
    r"(?:\s+(?:through|at)\s+(?-i:[A-Z])[\w’'-]+(?:\s+(?:(?-i:[A-Z])[\w’'&-]+|(?-i:and|of))){0,6})?"
    # ("The vision for Chelsea Westminster over the next 5 years is to Extend Clinical Excellence
    # for Our Patients.": a period after the owner; exam 168)
    r"(?:\s+(?:over|for|in)\s+the\s+next\s+(?:\d{1,2}|two|three|four|five|ten)\s+years)?"
    # "The purpose of the organisation is to ..." (exam 32, after its run); "Our purpose as part of
    # the NHS, is to work with partners ..." (exam 33, after its run)
    # ("The purpose of the State Hospital is both to ...", exam 33 after its run)
    r"(?:\s+of\s+(?:(?:the|our|this)\s+(?:organisation|organization|trust|ccg|icb|board|partnership"
    # ("The vision of the Edinburgh Health and Social Care Partnership is to ...", dev set 13;
    # "The purpose of Bassetlaw Place Partnership is to ...", without "the", exam 68 after its run)
    r"|" + _OWNER_NAME + r")|" + _NOT_NATIONAL + _OWNER_NAME + r"))?"
    r"(?:\s+as\s+part\s+of\s+[^,.;:]{3,40},)?"
    # "Our vision and our commitment to our communities is to enable people ..." (a promise
    # sharing the verb; not "Our vision and our priority for this winter is to ...")
    r"(?:\s+and\s+our\s+(?:commitment|promise|pledge)(?:\s+to\s+[\w’'-]+(?:\s+(?!is\b)[\w’'-]+){0,3})?(?=\s+is\s+to\b))?"
    # "The trusts’ purpose was ‘CPFT strives to ...": a report of it, quoted (round 31)
    # ("... our mission will always be to offer them ...", exam 38 after its run)
    r"\s+(?:is|remains|continues\s+to\s+be|was(?=\s+[\"“‘'])|will\s+(?:always\s+)?be(?=\s+to\b))(?:\s+|(?=:))(?:both\s+(?=to\b))?"
    # "Our vision is simple: to ...", "... is clear – to ...", "... is straightforward - to ..."
    r"(?:simply\s+|(?:simple|clear|straightforward|the\s+same|unchanged)\s*(?:[:;–—]|\s-)?\s*)?"
    # ("Our vision is – thriving colleagues, integrated care, healthier people.", exam 30: whole)
    r"(?:to\b|that\b|for\b|:(?=[ \t]*[^\s])|[\"“‘]|a\s|an\s|of\s|one\s|where\b|‘|all\s+about\b|[–—]\s"
    # ("Our mission is toprovide educational solutions ...": "to" glued to its verb, a PDF's copy)
    r"|to" + _GLUED_TO_VERB +
    r"|(?-i:[A-Z][a-z]+\s+[A-Z][a-z]+)"  # a slogan: "Our mission is Making Life Better ..."
    # ("Our mission is empowering people with M.E. to ...": a gerund and its object; not "is
    # being refreshed", "is changing", "is taking shape"; exam 78)
    r"|(?<!statement\sis\s)(?!(?:being|changing|evolving|growing|taking|going|becoming)\b)(?-i:[a-z]{3,}ing)\s+(?-i:[a-z]))",
    re.IGNORECASE,
)
# "Our mission is simple: To improve the health of ...": a label, then the statement as a
# sentence of its own (capitalised after the colon; "is simple - to give ..." stays whole)
# ("Our refreshed vision statement is: To be an outstanding provider ...": the words after the
# colon, blind exam 36)
_SIMPLE_LABEL = re.compile(r"[\"“‘]?(?:our|the)\s+(?:[\w’'-]+\s+){0,2}?(?:vision|mission|purpose)(?:\s+statement)?\s+"
                           # ("The 2030 vision for health and wellbeing in Sunderland is: Everyone ...", exam 81)
                           r"(?:for\s+[^.:;!?]{2,60}?\s+)?"
                           # ("Our mission is unchanged: to improve the health and wealth of the nation ...", exam 67)
                           r"(?:(?:is|remains)(?:\s+(?:very\s+)?(?:simple|clear|straightforward|unchanged))?\s*:\s*"
                           # ("Our mission is straightforward: to help people get better ...", exam 48 after its run)
                           # (and "Our mission is simple: we want every patient ...", the review of session 15;
                           # "Our vision is simple: a world where no one faces dementia alone", exam 62 after its run)
                           r"(?=[\"“‘]?(?-i:[A-Z])|(?-i:to|we|a|an)\s)"
                           # ("Our vision remains unchanged - that everyone in central Lancashire has ...",
                           # "Our mission is unchanged - supporting collaborative work ...": two real pages)
                           r"|(?:is|remains)\s+unchanged\s*[-–—]\s*(?=\w)"
                           # ("Our strategic vision is clear; to be the outstanding provider ...", a real trust's page)
                           r"|is\s+(?:very\s+)?(?:simple|clear|straightforward)\s*;\s*(?=to\s|we\s|a\s|an\s))", re.IGNORECASE)
# "The trust’s vision was ‘Together we will ...’": a report of it; the quoted words (round 31)
_REPORTED = re.compile(r"(?:[^‘“\"']|(?<=\w)['’](?=\w)){0,60}?\bwas\s+[‘“\"']"  # ("The trust's vision was ...")
                       # "The vision is “Excellent care for Kingsmere ...”" (a board paper, round 34)
                       # ("The refreshed vision is: “Excellent care ...”", round 39)
                       # ("Our mission is “to deliver value for money ...”", exam 31)
                       # ("The Vision for NCPC is ‘To develop ...’.", exam 80)
                       r"|the\s+(?:(?:new|refreshed|revised|updated|agreed)\s+)?(?:vision|mission|purpose)"
                       r"(?:\s+for\s+[\w&’' -]{1,40}?)?\s+is\s*:?\s*[‘“\"']"
                       # (double quotes round the whole rest of the sentence; not "Our vision is
                       # "to be outstanding" - in all we do", said whole)
                       # ("Our Social Purpose is “To make life changing improvements ...”", dev set 10)
                       # ("Our vision for 2025 is that “Social work will be ...”", "Our vision at Derby
                       # Teaching Hospitals is 'Taking pride in caring'", "The strategy's vision is "to
                       # improve ...": real annotators take the quoted words, 4 in 4)
                       r"|(?:our|its|the\s+[\w-]+['’]s)\s+(?:(?:social|core|key|overall|shared)\s+)?(?:vision|mission|purpose)"
                       r"(?:\s+(?:for|at|of)\s+[\w&’' -]{1,40}?)?\s+is(?:\s+that)?\s*:?\s*[“\"](?=[^”\"]++[”\"]?[.\s]*$)"
                       # (single quotes round it: "Our vision is ‘to provide compassionate care ...’.")
                       r"|(?:our|its|the\s+[\w-]+['’]s)\s+(?:vision|mission|purpose)(?:\s+(?:for|at|of)\s+[\w&’' -]{1,40}?)?"
                       r"\s+is(?:\s+that)?\s*:?\s*[‘'](?=[^‘\n]+[’']?[.\s]*$)"
                       # ("The OUH Vision is to 'be an exemplar ...', centred on ...": the quoted words)
                       r"|(?:our|its|the\s+(?-i:[A-Z]{2,6}))\s+(?:vision|mission|purpose)\s+is\s+to\s+[‘'“\"](?=[^‘’“”\"\n]{8,}[’'”\"])",
                       re.IGNORECASE)
_LONG = 45
_THE_NEW_ONE = re.compile(r"\s*the\s+(?:new|refreshed|revised|updated|agreed)\s+(?P<kind>vision|mission|purpose)\s+is\s*:?\s*[‘“\"']",
                          re.IGNORECASE)
_AND_GOES_ON = re.compile(r"[\"“‘]?and\s+(?:to|also)\b", re.IGNORECASE)
# "It is our vision to deliver the highest quality ... care to our local communities."
_IT_IS = re.compile(r"\s*it\s+is\s+our\s+(?P<kind>vision|mission|purpose)\s+to\b", re.IGNORECASE)
# A short clause before the sentence's subject: "Using this feedback, our vision is to be bold:"
# (the statement starts at "our").
_LEAD_CLAUSE = re.compile(
    # "That is why our vision is for Dunmore Bay to have ..." (round 33)
    r"(?:(?:[Tt]hat|[Tt]his|[Ww]hich)\s+is\s+why|[Tt]hat['’]s\s+why|[Ss]o)\s+(?=our\s+(?:vision|mission|purpose)\s+is\b)|"
    r"[\"“‘]?[A-Z][\w’'-]*(?:\s+(?!vision\b|mission\b|purpose\b)[\w’'()-]+){0,8},\s+"
    r"(?=our\s+(?:(?:prime|primary|core|overall)\s+)?(?:vision|mission|purpose)\s+(?:is|will\s+(?:always\s+)?be\s+to)\b)|"
    # "At Severn Hospice our mission is to ...": the place named, its comma left out (session 15)
    # (the place an organisation: "At Severn Hospice", not "At Christmas", "At the Open Garden Weekend")
    r"(?:[Aa]t|[Hh]ere\s+at)\s+(?:the\s+)?(?:(?-i:[A-Z])[\w’'&-]*\s+){0,4}(?-i:Hospice|Hospices|Surgery|Practice|Trust|Centre"
    r"|Partnership|Healthcare|Hospital|Hospitals|Group|Care|Health|ICB|CCG|PCN)\s+"
    r"(?=our\s+(?:(?:prime|primary|core|overall)\s+)?(?:vision|mission|purpose)\s+(?:is|will\s+(?:always\s+)?be\s+to)\b)|"
    # "Health Education England exists for one reason only: our vision is to ..." (exam 33, after its run)
    # ('Jane Smith, Director for Research, said: “Our vision is to ...': a news page quoting it, exam 147)
    r"[A-Z][^.:;!?\n“”\"]{3,160}:\s+(?=[\"“‘]?[Oo]ur\s+(?:vision|mission|purpose)\s+is\b)"
)
# "Our vision can be summed up as “Best Care: Healthy Communities”.": the quoted words.
_SUMMED = re.compile(
    r"\b(?:our|the|its)\s+(?P<kind>vision|mission|purpose),?\s+(?:(?:can|could|may)\s+be\s+|is\s+)?"
    r"(?:summed\s+up|summari[sz]ed|described|expressed|captured|put|stated)\s+"
    # "... summed up as", "... captured in four words:", "... put simply:" (any short phrase
    # between the verb and the quote, ending on "as", "in ... words" or a colon)
    r"(?:(?:as|in|by)\s+(?:the\s+words\s+)?|(?:(?:in|by|with)\s+)?(?:[\w’'-]+\s+){0,3}[\w’'-]+\s*[:–—]\s*)"
    r"[‘“\"'](?P<q>[^’”\"]{4,200}?)[’”\"'](?!\w)",
    re.IGNORECASE,
)
# "Our vision remains the one set out in our Healthcare Strategy 2023–2028: “healthy lives, well
# lived, ...”": the quoted words after the colon (round 44)
_REMAINS_QUOTED = re.compile(
    r"\b(?:our|the|its)\s+(?P<kind>vision|mission|purpose)(?:\s*,[^,.;:“”\"‘’]{3,80},)?\s+(?:remains|continues\s+to\s+be|stays|is\s+unchanged)\b[^.:“\"\n]{0,100}:"
    r"\s*[“\"](?P<q>[^”\"]{4,200}?)[”\"]", re.IGNORECASE)
# "Our ambition is a reimagined health and care system, with ...": an ambition stated as a
# state of things (a noun phrase, not "to ..."), where the page names no vision.
_AMBITION_STATE = re.compile(r"\s*[\"“‘]?our\s+(?:overall\s+|shared\s+)?ambition\s+is\s+(?:an?|for\s+a)\s+",
                             re.IGNORECASE)
# (its or our own: not "... would help the government meet its ambition that ...")
_NATIONAL_OWNER = re.compile(r"\b(?:government|nhs\s+england|national|minister|department)\b", re.IGNORECASE)
_FULFIL_AMBITION = re.compile(r"(?![^.]*" + _NATIONAL_OWNER.pattern + r")"
                              r"[^.]*?\b(?:fulfil|fulfill|achieve|realise|realize|deliver\s+on)s?\s+(?:its|our)\s+"
                              r"ambition\s+that\s+(?P<q>[^.;:!?]{12,240}?)(?=\s*[.;!?]|\s*$)", re.IGNORECASE)
_QUOTED_AMBITION = re.compile(r"(?:\bour\s+(?:agreed\s+|shared\s+|overall\s+|joint\s+)?ambition(?:\s*,[^“”\".;:]{3,160},)?"
                              r"\s+is\s+(?:that\s+)?"
                              # "They set out our ambition always to be ‘Working together for better mental health’."
                              r"|\bour\s+ambition\s+(?:always\s+)?to\s+be\s+(?=‘[^‘’]{12,200}’(?!\w))"
                              # "The 2023 ... ICP Strategy has the ambition “for the people of ...”" (a news report)
                              r"|\b(?:strategy|plan)\s+(?:has|sets\s+out)\s+(?:the|an?|its)\s+(?:overall\s+|shared\s+)?"
                              r"ambition\s+(?:of\s+|that\s+)?)"
                              r"(?:[“\"](?P<q>[^”\"]{12,300}?)[”\"]|‘(?P<q1>[^‘’]{12,200})’(?!\w))", re.IGNORECASE)
_HAS_THE_VISION = re.compile(
    # (not "Westmarch County Council has the vision ...", a partner's; not "Each Network has a vision ...")
    r"\s*(?!each\b|every\b)(?:the\s+)?(?-i:[A-Z])[\w’'&-]*(?:\s+[\w’'&()-]+){0,7}?\s+(?:partnership|trust|board|ccg|icb|ics|icp|hospice"
    r"|practice|alliance|collaborative|federation|together)\s+has\s+(?:the|a)\s+(?:shared\s+|clear\s+)?"
    # (not "has a clear vision for primary care to transform ...": a topic's vision)
    r"vision\s+(?P<q>(?:to|of|that)\s)", re.IGNORECASE)
# "... what we will do in the next five years to achieve our ten-year vision of safe and effective
# pharmacy care at the heart of healthier communities." (a regulator's report; exam 56, after its run)
# ("... priority areas for action in pursuit of our vision of high quality, sustainable and integrated
# care.", "... work relentlessly towards our vision of a future where ...": exam 153 after its run)
_ACHIEVE_VISION_OF = re.compile(r"(?:\b(?:achieve|realise|realize|deliver|fulfil|fulfill|uphold|towards|pursuit\s+of)\s+our\s+(?:[\w-]+\s+){0,2}?vision"
                                # ("The support we provide will uphold our vision for all families to
                                # have the support they need ...": from "for", exam 78)
                                r"(?:\s+of|(?=\s+for\s+[\w’' ,-]{3,60}?\s+to\s+[a-z]))"
                                # "Our Health and Wellbeing Strategy sets out a shared vision in which people
                                # live healthy and independent lives, ..." (a board's strategy; exam 71, after its run)
                                r"|\b(?:strategy|plan)\s+(?:sets\s+out|describes)\s+(?:a|an|the|our|its)\s+(?:shared\s+|clear\s+|new\s+)?"
                                r"vision\s+(?:in\s+which|where)"
                                # ("The new five-year Croydon Joint Health and Wellbeing Strategy ... is a
                                # shared vision to achieve better health outcomes ...": from "to", exam 86)
                                r"|\b(?:strategy|plan)\s+(?:for\s+[\w\s-]{3,20}?\s+)?is\s+(?:a|an|our)\s+(?:shared\s+|clear\s+|new\s+)?"
                                r"vision(?=\s+to\s))\s+"
                                r"(?P<q>(?=[^.;:!?]{12,200}(?:[.;!?]|$))(?!(?:the|our)\s+(?:future|nhs)\b))", re.IGNORECASE)
_ANNOUNCED = re.compile(r"\s*(?:(?:our|the)\s+(?P<kind>vision|mission|purpose)\s+is\s+(?:clear|simple)"
                        # ("our vision is simple but powerful:" over the line that states it, dev set 15)
                        # ("Our vision is simple but ambitious..." over it: an ellipsis for the colon; exam 96)
                        r"(?:\s+(?:but|and|yet)\s+(?-i:powerful|bold|ambitious|strong)\s*(?::|\.\.\.|…)|\s*(?:[.:]|\.\.\.|…)?)"
                        # ("We have a bold vision." over "That by 2050 everyone diagnosed with breast cancer
                        # will live ...", a real charity's page)
                        r"|we\s+have\s+(?:a|one)\s+(?:bold|clear|simple|big|ambitious|single)\s+(?P<kind2>vision|mission|purpose)\s*[.:]?"
                        # ("Our mission, the reason we are here, we see as:" over the quoted line, exam 146)
                        r"|our\s+(?P<kind3>vision|mission|purpose)(?:\s*,[^,.:;]{3,60},)?\s+(?:we\s+see\s+(?:it\s+)?as"
                        r"|is\s+as\s+follows|can\s+be\s+(?:described|summed\s+up|summarised|summarized)\s+as)\s*:)\s*$",
                        re.IGNORECASE)
# A label opening the line under a vision/mission heading: "Our aim: to deliver the best care".
_BLOCK_LABEL = re.compile(
    r"\s*(?:(?:our|the)\s+)?(?:aim|ambition|vision|mission|purpose|goal)\s*(?:is\s*)?[:–—]\s*",
    re.IGNORECASE,
)


# a short heading in title case run into the paragraph's next sentence ("About Us We exist to ...")
_RUN_IN_HEAD = re.compile(r"\s*(?:[A-Z][\w’']*[ \t]+){0,3}[A-Z][\w’']*\s*")


# A clause before the statement under the heading: "Together, we are on a journey: To become
# the Trust that ...".
_COLON_LEAD = re.compile(r"[^:.;!?]{3,60}:\s+(?=to\s)", re.IGNORECASE)
# "At UHBW we exist for one thing: to make a difference ...": the mission, after the colon.
_EXIST_FOR = re.compile(
    r"[^.:;!?]{0,90}?\bwe\s+exist\s+for\s+(?:one|a\s+single)\s+(?:thing|reason|purpose)\s*[:–—]\s*"
    r"(?=to\s)",
    re.IGNORECASE,
)


# "SCAS exists to care for patients ...", "The Trust exists to ...", "Orchard NHS Trust exists
# to ...": the organisation, named by its acronym or its name, states why it exists (a purpose,
# kept whole: the mission) (round 27). Not "The NHS exists to ..." (the service as a whole).
_ORG_EXISTS = re.compile(
    # ("We exist to improve the lives of everyone affected by epilepsy", opening its paragraph; exam 82)
    # ("The NIBTS exists to fully supply ...": the initials after "The"; exam 92)
    r"[\"“‘]?(?:(?P<we>we)|(?:the\s+)?(?P<short>(?-i:(?!NHS\b)[A-Z][A-Za-z]{0,2}[A-Z]{1,5})"
    r"|(?:the|our)\s+(?:trust|board|icb|ics|integrated\s+care\s+board|health\s+board|organisation|organization|hospice|charity"
    r"|practice|partnership))"
    # ("We exist to beat cancer": two words, not a pronoun's "We exist to change this"; exam 74)
    # ("The SPPC exists in order to promote ...", exam 103 after its run)
    r"|(?P<subj>[A-Z][^.;:!?]{3,90}?))\s+exists?\s+(?:(?:in\s+order\s+)?to|so\s+that)\s+"
    r"(?=\w+(?:\s+\w+){3}|\w+(?:\s+\w+){0,1}\s+(?!(?:this|that|it|them)\b)\w+[.!]?\s*$)",
    re.IGNORECASE,
)


# "Healthwatch Lancashire is the public voice for health and social care in Lancashire and
# exists to ...": a body by its own name (a kind of body among its words), what it is, then why
# it exists (exam 79)
_BODY_IS_AND = re.compile(r"(?-i:[A-Z][\w&’'-]*)(?:\s+(?-i:[A-Z][\w&’'-]*|of|in|for|and)){0,6}\s+is\s+(?:the|a|an)\s+[^.;:!?]{3,120}\s+and$")
_BODY_WORD = re.compile(r"\b(?:healthwatch|hospice|mind|college|trust|council|board|partnership|charity|society|association"
                        r"|foundation|practice|surgery|network|alliance|collaborative|federation)\b", re.IGNORECASE)


# "Beat is the UK’s eating disorder charity. ": a first sentence that says what the body is
# ("The Scottish Recovery Consortium (SRC) is a recovery-orientated charity.": its initials in brackets)
_NAMES_THE_BODY = re.compile(r"\s*(?-i:[A-Z])[\w’'&-]*(?:\s+(?:[\w’'&-]+|\((?-i:[A-Z]{2,8})\))){0,6}\s+is\s+(?:the|a|an)\s+[^.;:!?]{3,120}"
                             r"\b(?:charity|organisation|organization|trust|hospice|service|body|association|society|"
                             r"partnership|network|practice|foundation)\b[^.;:!?]{0,40}[.!]\s*$", re.IGNORECASE)


def _org_exists(ctx: Context, start: int, end: int) -> bool:
    match = _ORG_EXISTS.match(ctx.text, start, end)
    if match is None:
        return False
    subj = match.group("subj")
    if subj is not None and _BODY_IS_AND.fullmatch(subj) and _BODY_WORD.search(subj.split(" is ")[0]):
        return True
    if subj is not None and re.fullmatch(r"(?:The\s+)?(?-i:[A-Z])[\w’'&-]*(?:\s+(?-i:[A-Z])[\w’'&-]*){0,5}", subj) \
            and _BODY_WORD.search(subj):
        return True  # ("The Wellcome Trust exists to improve health for everyone ...", exam 89)
    if subj is not None and _by_its_name(subj):
        return True  # ("Leonard Cheshire exists to improve life choices of ...": a charity by its name; exam 75)
    return match.group("short") is not None or match.group("we") is not None or is_org_name(subj)


# "Through our network of nurses ..., WellChild exists to give ...", "When we only have one chance
# ..., our Hospice Isle of Man exists to ensure ...", "Helen said: “Pendleside exists to ...":
# a body by its own name says why it exists, inside a paragraph (real annotators, 5 in 5)
_NAMED_EXISTS = re.compile(r"(?:our\s+)?(?P<name>(?-i:[A-Z])[\w’'&-]+(?:\s+(?:(?-i:[A-Z])[\w’'&-]+|at|of|for|and|&)){0,5})"
                           r"\s+exists\s+(?:in\s+order\s+)?to\s+(?!(?:change|achieve|do)\s+(?:this|that|it)\b)(?=\w+(?:\s+\S+){3})")
# a history before it ("Established in 1996 by ..., Orchid exists to ..."): no part of the mission
_HISTORY = re.compile(r"\s*(?:established|founded|set\s+up|formed|created|started|launched)\b", re.IGNORECASE)


def _named_exists(ctx: Context, start: int, end: int) -> int | None:
    """Where the mission starts in a sentence whose body, by its own name, "exists to ...":
    after an opening quote, at the name after a history clause, else at the sentence's start
    (a clause of how or when belongs to it); None when the sentence has no such clause."""
    match = _NAMED_EXISTS.search(ctx.text, start, end)
    if match is None or not _by_its_name(match.group("name")) or is_commitment_sentence(ctx.text[start:end]):
        return None
    before = ctx.text[start : match.start()]
    if not before.strip():
        return start
    if before.rstrip()[-1:] in "“\"‘":
        return match.start()
    if before.rstrip().endswith(","):
        return match.start() if _HISTORY.match(before) else start
    return None


# a constitution's objects ("Its objects shall be to ...", "The objects of the Society are to ..."),
# not objectives ("Our strategic objectives are to ...": goals); three real annotators in three
_CHARITY_OBJECTS = re.compile(
    r"\s*(?:its|the|our)\s+(?:charitable\s+|main\s+|principal\s+)?objects?\s+(?:of\s+the\s+(?:society|charity|college|association|"
    r"trust|foundation|alliance|federation|faculty)\s+)?(?:shall\s+be|are|is)\s+(?P<q>to\s+\w+(?:\s+\S+){3})", re.IGNORECASE)

_IN_FURTHERANCE = re.compile(r",?\s+and\s+in\s+furtherance\s+of\b", re.IGNORECASE)


def _before_means(ctx: Context, start: int, end: int) -> int:
    """Where a statement ends before the "by:" that leads into the list of its means ("... to
    relieve sickness ... in Great Britain, Ireland and the world by:"), else ``end``."""
    means = _BY_COLON.search(ctx.text, start, end) or _THROUGH_COUNTED.search(ctx.text, start, end)
    return end if means is None else means.start()


# "... and address demand through two key objectives:" (a vision's sentence leading into its
# objectives; exam 133, after its run)
_THROUGH_COUNTED = re.compile(r"(?<=\S)\s+(?:through|by|via)\s+(?:the\s+following|(?:two|three|four|five|six|seven|[2-7])\s+"
                              r"(?:key\s+|main\s+|strategic\s+|core\s+)?(?:objectives|aims|goals|priorities|ambitions|pillars"
                              r"|themes|areas))\b[^.:;]{0,30}:\s*$", re.IGNORECASE)


_BY_NAME = re.compile(r"(?!(?:The|This|These|That|Our|It|Each|Every)\b)(?-i:[A-Z])[\w’'&-]+"
                      # ("Hospice at Home West Cumbria exists to ...", exam 105 after its run)
                      r"(?:\s+(?:(?-i:[A-Z])[\w’'&-]+|at|of|for|and|&)){0,5}")
_NOT_A_BODY = re.compile(r"\b(?:strategy|plan|document|report|page|programme|framework|charter|service|project|policy)\b",
                         re.IGNORECASE)


def _by_its_name(subj: str) -> bool:
    """A sentence's subject that is a body by its own name ("Leonard Cheshire", "Croydon PCT",
    "Lewisham Health and Care Partnership"): not "The ...", "Our ...", "It", nor a national body,
    the NHS, or a document or service ("The Charter", "The Locality Plan")."""
    return bool(_BY_NAME.fullmatch(subj)) and not _NATIONAL_OWNER.search(subj) \
        and not re.search(r"\bNHS\b", subj) and not _NOT_A_BODY.search(subj)


# "Rainbows aims to meet all the physical, emotional, social and spiritual needs of ...", "Croydon
# PCT aims to enable ...": a body by its own name, opening its paragraph, states its aim (the
# mission for the real pages' annotators 4 times in 5; not "... aims to be ...", a vision's words)
_ORG_AIMS = re.compile(r"(?P<subj>(?-i:[A-Z])[^.;:!?]{1,80}?)\s+aims\s+to\s+(?!be\b)(?=\w+(?:\s+\w+){3})")


def is_role_label(text: str) -> bool:
    """The line opens with a vision or mission label ("Our vision - A healthy Southampton")."""
    return _LABELLED.match(text) is not None


def _kind(word: str) -> str:
    return "vision" if word.lower() == "vision" else "mission"


# A strategy's framework explained before it is stated: "Purpose" / "The role we aim to play in
# today's world", "Vision" / "Where we want to be" (a noun phrase that defines the word).
_EXPLAINS = re.compile(r"\s*(?:our|the|this)\s+(?:vision|mission|purpose)\s+(?:statement\s+)?"
                       r"(?:describes|explains|sets\s+out|says|is\s+(?:what|why|where|how))\b",
                       re.IGNORECASE)
_DEFINITION = re.compile(
    r"(?:the\s+(?:[\w-]+\s+)?(?:role|outcomes?|belief|reason|difference|future|place|change|impact)"
    r"\s+(?:that\s+|which\s+)?(?:we|motivates?|drives?|guides?)\b[^.!?]{0,60}"
    r"|(?:where|why|what|how)\s+we\s+(?:want\s+to\s+(?:be|go|get\s+to|achieve)|exist|do)"
    r"(?:\s+(?:by|in)\s+\d{4})?"
    # ("Vision: What is the ambition and impact we want to have", "Mission: How we will achieve that
    # ambition" over the line that states it; exam 93)
    r"|(?:what|how|where)\s+(?:is|are|will|we)\s+(?:[\w’'-]+\s+){1,9}?(?:have|achieve|be|do|play|us|ambition|vision|mission))\s*",
    re.IGNORECASE,
)


# A lead-in that announces the framework's next part, not this one's statement
_OTHER_PART = re.compile(r"\b(?:are|is)\s+our\s+(?:core\s+)?(?:values|behaviours|priorities|goals|objectives)\b",
                         re.IGNORECASE)


# a board paper naming itself: "The purpose of this paper ...", "The report seeks ..."
_PURPOSE_OF_PAPER = r"the\s+purpose\s+of\s+this\s+(?:paper|report)"
_PAPER_SEEKS = r"(?:this|the)\s+(?:paper|report)\s+(?:seeks|aims|is\s+intended)"
_PAPER_PURPOSE = re.compile(r"\s*(?:" + _PURPOSE_OF_PAPER + r"\s+is\s+"
                            # ("Purpose: The report seeks to provide the Board with ...", exam 206)
                            r"|" + _PAPER_SEEKS + r"\s+)?to\s+(?:present|seek|ask|inform|update|provide|brief|request|"
                            r"share|give)\b[^.]{0,140}\b(?:the\s+)?(?:board|committee|governors|members)\b", re.IGNORECASE)
# the paper itself named as what has the purpose (a label's words; not "Our mission: To provide
# ... to patients and members of the public")
_REPORT_PURPOSE = re.compile(r"\s*(?:" + _PURPOSE_OF_PAPER + r"\b|" + _PAPER_SEEKS + r"\s+to\b)", re.IGNORECASE)
_FIELD = re.compile(r"\s*[A-Z][a-z]+(?:\s+[a-z]+){0,2}\s*:(?:\s|$)(?!\s*to\b)")


_ASIDE = re.compile(r"\((?:our|the|a|an)\b[^()]{3,80}\)", re.IGNORECASE)  # a heading's gloss in brackets (exam 40, after its run)
_DANGLING = re.compile(r"\b(?:to|by|and|of|the|for|is|are|will)\s*$", re.IGNORECASE)
_WILL_SENTENCE = re.compile(r"\s*we\s+will\b", re.IGNORECASE)
_PLAIN_ROLE = {f"{det}{word}" for det in ("", "our ", "the ") for word in ("vision", "mission", "purpose")}


def _first_sentence_over_list(ctx: Context, index: int, j: int) -> tuple[int, int] | None:
    """The first sentence of block ``j``, a lead-in of two sentences or more right under the
    label ``index`` ("Our vision:", or any role heading when the lead-in ends on a bare "We
    will:"), when that sentence is a statement of its own (no colon, no "we will" promise, not
    about the word)."""
    if j >= len(ctx.blocks) or not ctx.is_lead_in(j) or j + 1 >= len(ctx.blocks) or ctx.blocks[j + 1].kind != "item":
        return None
    sentences = ctx.sentences(ctx.blocks[j].start, ctx.blocks[j].end)
    if len(sentences) < 2:
        return None
    if not ctx.content(index).rstrip(" *_").endswith(":") \
            and not BARE_WE_WILL.fullmatch(ctx.text, sentences[-1][0], sentences[-1][1]):
        # (or any label over "X aims to provide ... . We will:" and its list: the promise's
        # lead-in is no part of the statement; exam 50, after its run)
        return None
    start, end = sentences[0]
    text = ctx.text[start:end]
    if ":" in text or len(text.split()) < 6 or _WILL_SENTENCE.match(text) or _ABOUT_THE_WORD.match(text) \
            or _WORD_EXPLAINED.match(text) or re.search(r"\d", text):
        # (not "In 2023 we spoke to 3,000 patients ...": an account of how it was made)
        return None
    return start, end


# a section's title under the heading, not a statement ("Our Values, Behaviours and Approach")
_SECTION_TITLE = re.compile(r"\s*(?:our|the)\s+(?:values|priorities|strategy|approach|population|people|plan|objectives|goals"
                            r"|aims|ambitions|journey|services|story|history|board|team|partners|achievements|challenges)\b",
                            re.IGNORECASE)
# the vision as a document's name, the subject of what the document does
_DOCUMENT_VISION = re.compile(r"[^.;:!?]{0,60}\b(?:vision|mission)\b[^.;:!?]{0,30}?\s+(?:outlines|sets\s+out|describes|identifies"
                              r"|was\s+published|is\s+a\s+(?:document|report|plan))\b", re.IGNORECASE)
# a line that names its point before a dash: "People focused – our programmes will be ..."
_NAMED_LINE = re.compile(r"\s*[A-Z][\w’'-]*(?:\s+[\w’'-]+){0,3}\s+[–—-]\s+\S")
# a contents entry's page number at the end of its line ("Our vision for Islington 6")
_PAGE_NUMBER_END = re.compile(r"\D\s\d{1,3}\s*$")
_STAMP = re.compile(r"\s*(?:[-|–:]\s*)?(?:\d{4}-\d{2}-\d{2}(?:[T ][\d:.+Z-]*)?|\d{1,2}/\d{1,2}/\d{2,4}|updated\b.{0,40})\s*$",
                    re.IGNORECASE)


def _repeated_title(ctx: Context, index: int, j: int) -> bool:
    """Whether heading ``j`` is heading ``index`` again with only a date stamp after it."""
    if ctx.blocks[j].kind != "heading":
        return False
    title, below = ctx.content(index).strip(), ctx.content(j).strip()
    return below.casefold().startswith(title.casefold()) and bool(_STAMP.fullmatch(below[len(title):]))


# a paragraph that ends on the role word and a colon, the statement on the next line
# "Our goal is simple but powerful: to give every person ...", under the vision's heading
_GOAL_SIMPLE = re.compile(r"\s*our\s+(?:overall\s+|main\s+|ultimate\s+)?(?:goal|aim)\s+is\s+(?:simple|clear)"
                          r"(?:\s+(?:but|and|yet)\s+[a-z]+)?\s*[:–—-]\s*(?=to\s)", re.IGNORECASE)
# ("This strategic plan is part of ... We have an ambitious vision:" over "A Scotland where
# everybody thrives": exam 166)
_LEADS_TO_ROLE = re.compile(r"\b(?:our|its|(?<=have\s)an?)\s+(?:(?:new|refreshed|revised|updated|shared|overall|ambitious|bold|clear)\s+)?"
                            r"(?P<kind>vision|mission|purpose)(?:\s+statement)?\s*:\s*$", re.IGNORECASE)


# what the word means, not the statement: "Our mission — what we are here to do", "Our vision
# — where we want to get to" (a strategy's contents, exam 183)
_GLOSS = re.compile(r"\s*(?:what|where|why|how|who)\s+(?:we|you)\b[^.:;!?]{0,50}", re.IGNORECASE)


def _stated_elsewhere(ctx: Context, kind: str, j: int) -> bool:
    """Another paragraph of the page states the ``kind`` in a sentence of its own ("The Trust's
    vision is to deliver ...")."""
    return any(k != j and k not in ctx.used and block.kind == "para"
               and any((m := _SENTENCE.match(ctx.text, s, e)) is not None and _kind(m.group("kind")) == kind
                       for s, e in ctx.sentences(block.start, block.end))
               for k, block in enumerate(ctx.blocks))


def from_heading(ctx: Context, index: int, kind: str) -> Statement | None:
    """The statement under a vision/mission heading; marks the block it used."""
    own = ctx.blocks[index]
    labelled = _LABELLED.match(ctx.text, own.start, own.end) if own.kind == "heading" else None
    if labelled and _kind(labelled.group("kind")) == kind and not labelled.group("kind2") \
            and len(ctx.text[labelled.end() : own.end].split()) >= 4 \
            and not _GLOSS.fullmatch(ctx.text, labelled.end(), own.end):
        # a hero heading that states it: "<h1>Our vision: the best care for every patient ...</h1>"
        return ctx.statement(kind, labelled.end(), own.end, f"heading:labelled-{kind}", 0.9)
    j = index + 1
    n = len(ctx.blocks)
    if own.kind == "heading" and j < n and _repeated_title(ctx, index, j):
        # "Our Vision" over "Our Vision 2016-12-22T13:20:14+00:00": a page's title repeated with
        # its date stamp, not the statement (exam 78)
        ctx.used.add(j)
        j += 1
    labels = 0  # further role labels right under this one ("Our purpose statement is:")
    while j < n and ctx.is_lead_in(j) and len(ctx.content(j).split()) <= 8 and j < index + 3:
        if ctx.blocks[index].kind == "para" and _OTHER_PART.search(ctx.content(j)):
            return None  # "Our vision is:" (a picture) over "Underpinning our vision are our values:"
        if role_of(ctx, j) == "goals":
            return None  # "Our vision" over "Our vision is to:" and its list: goals, no one statement (round 43)
        labels += role_of(ctx, j) in ("vision", "mission")
        j += 1
    above = 0  # role labels right over this one, their statements displaced too
    while index - above - 1 >= 0 and _empty_label(ctx, index - above - 1):
        above += 1
    first = _first_sentence_over_list(ctx, index, j) if not labels and not above else None
    if first is not None:
        # "Our vision:" over "The CCG will work to achieve the best possible health outcomes for
        # Southwark people. The vision for services ... is that they function to ensure:" and its
        # list: the first sentence states it, the rest leads into what it means (exams 42-43, after their run)
        return ctx.statement(kind, first[0], first[1], f"heading:{kind}-first-sentence", 0.6)
    if ctx.blocks[index].kind == "para" and (labels or above or ctx.content(index).rstrip(" *_").endswith(":")
                                             and j < n and ctx.is_lead_in(j)):
        # "Our mission statement is:" over another label or over a lead-in of its own ("In
        # developing this strategy we engaged with ...:"): the statement was displaced
        return _displaced(ctx, j, kind, above)
    if j >= n or role_of(ctx, j) is not None or j in ctx.used:
        return None
    if own.kind == "heading" and fold_name(ctx.content(index)) not in _PLAIN_ROLE and not _SENTENCE.match(ctx.content(j)) \
            and len(ctx.content(j).split()) > 12 \
            and any(ctx.blocks[k].kind == "heading" and fold_name(ctx.content(k)) in _PLAIN_ROLE
                    and role_of(ctx, k) == kind for k in range(j + 1, min(n, j + 12))):
        # "Our vision for a healthier Salford by 2016" over a page's introduction, then "The
        # Vision" over the statement: the plain heading below states it (exam 39, after its run)
        return None
    # "Our vision is:" (a lead-in, not a heading) announces the line under it; a later "Our
    # vision is that ..." sentence only explains it
    announced = ctx.blocks[index].kind == "para" and ctx.content(index).rstrip().endswith(":")
    if kind == "vision" and own.kind == "heading":
        for k in range(j, min(n, j + 3)):
            if ctx.blocks[k].kind != "para" or k in ctx.used:
                break
            goal = _GOAL_SIMPLE.match(ctx.text, ctx.blocks[k].start, ctx.blocks[k].end)
            if goal is not None:
                # "Our vision for the next decade" / "At Frimley Health, we are starting ..." / "Our
                # goal is simple but powerful: to give every person ...": the words after the colon
                # (a trust's clinical strategy; exam 174)
                start = goal.end()
                sentence = next(((s, e) for s, e in ctx.sentences(ctx.blocks[k].start, ctx.blocks[k].end)
                                 if s <= start < e), None)
                if sentence is not None:
                    ctx.used.add(k)
                    return ctx.statement(kind, start, sentence[1], "heading:vision-goal-simple", 0.6)
    led_here = _LEADS_TO_ROLE.search(ctx.content(j)) if ctx.blocks[j].kind == "para" else None
    if led_here and _kind(led_here.group("kind")) == kind and j + 1 < n and j + 1 not in ctx.used \
            and ctx.blocks[j + 1].kind in ("para", "item", "heading") and role_of(ctx, j + 1) is None:
        # "Our vision" over "This plan is part of a new approach ... We have an ambitious
        # vision:" and the line that states it: the paragraph only leads in (exam 166)
        ctx.used.add(j)
        j += 1
        announced = True
    for k in range(j + 1, min(n, j + 3) if not announced else j + 1):
        # "Our vision" over a paragraph of context, then "Our vision is for everyone ...":
        # the sentence that states it
        led = _LEADS_TO_ROLE.search(ctx.content(k)) if ctx.blocks[k].kind == "para" and k not in ctx.used else None
        if led and _kind(led.group("kind")) == kind and k + 1 < n and k + 1 not in ctx.used \
                and (ctx.blocks[k + 1].kind in ("para", "item") or not ctx.blocks[k + 1].explicit) \
                and role_of(ctx, k + 1) is None and not _SENTENCE.match(ctx.content(j)):
            # "Our vision" over a paragraph of context, then "In May 2022, we refreshed our
            # vision:" over the line that states it (exam 131, after its run)
            ctx.used.add(k)
            j = k + 1
            break
        if ctx.blocks[k].kind != "para" or k in ctx.used or role_of(ctx, k) is not None:
            break
        stated = _SENTENCE.match(ctx.content(k))
        if stated and _kind(stated.group("kind")) == kind and not _SENTENCE.match(ctx.content(j)):
            j = k
            break
        if ctx.blocks[j].kind == "para" and not any(_SENTENCE.match(ctx.text, s, e)
                                                    for s, e in ctx.sentences(ctx.blocks[j].start, ctx.blocks[j].end)) \
                and any(_stating(ctx, s, e, kind) is not None
                        for s, e in ctx.sentences(ctx.blocks[k].start, ctx.blocks[k].end)[1:]):
            # "Here's why we have an important role to play ..." / "Our vision is for ... And
            # until that day comes, our mission will always be to ...": a later sentence of the
            # next paragraph states it (exam 38, after its run)
            j = k
            break
    if _EXPLAINS.match(ctx.content(j)) and ctx.content(j).rstrip(" *_").endswith(":") \
            and j + 1 < n and j + 1 not in ctx.used and role_of(ctx, j + 1) is None \
            and ctx.blocks[j + 1].kind in ("para", "heading", "item"):
        # "Our mission describes what we do. ... It can be considered in three parts:": the
        # word explained; the statement is the line after it
        ctx.used.add(j)
        j += 1
    other_label = _LABELLED.match(ctx.content(j))
    if other_label is not None and _kind(other_label.group("kind")) != kind:
        return None  # "Why we are here" over "Vision: ..." / "Mission: ..." lines: the labels say which is which (round 58)
    block = ctx.blocks[j]
    span = _SPAN_LABEL.match(ctx.text, block.start, block.end) \
        if block.kind in ("para", "item") and ctx.content(j).rstrip().endswith((".", "!")) else None
    if span is not None:
        # "Why we're here" over "Our purpose We care for ..." / "Our vision Everyone in ...": each
        # label run into its sentence says which is which (exam 132, after its run)
        if _kind(span.group("kind")) != kind:
            return None
        ctx.used.add(j)
        s, e = ctx.sentences(span.end(), block.end)[0]
        return ctx.statement(kind, s, e, f"heading:{kind}-run-in-label", 0.8)
    if _ABOUT_THE_WORD.match(ctx.content(j)) and _stated_elsewhere(ctx, kind, j):
        return None  # "Our Vision underpins the Trust objectives ..." under it, "The Trust's vision is to ..." said above (exam 131)
    skipped = 0
    while skipped < 2 and j + 1 < n and ctx.blocks[j + 1].kind == "para" and j + 1 not in ctx.used \
            and _ABOUT_THE_WORD.match(ctx.content(j)) and role_of(ctx, j + 1) is None:
        # "Our vision expresses our collective aspiration and purpose." / "It summarises our
        # desire to ...": what the vision is for; the statement follows (a real trust's page)
        j += 1
        skipped += 1
    if not skipped and _GUIDES_US.match(ctx.content(j)) and (j + 1 >= n or ctx.blocks[j + 1].kind != "para"):
        return None  # "Our Vision influences everything we do. We make the Vision real through ..." over its lines: no statement
    if skipped and _BARE_WILL_LEAD.fullmatch(ctx.content(j)):
        return None  # "Our mission statement sets out what we will do ..." / "At Ashby we will:" over its list: no one statement
    if _WORD_EXPLAINED.match(ctx.content(j)) and j + 1 < n and j + 1 not in ctx.used \
            and ctx.blocks[j + 1].kind in ("para", "heading"):
        # "A vision is what we want to happen in the future." (an easy read page): the word
        # explained; the statement comes after it ("Our vision is: ...")
        ctx.used.add(j)
        return None
    if welsh_line(ctx.content(j)) and j + 1 < n and ctx.blocks[j + 1].kind == "para" \
            and j + 1 not in ctx.used and not welsh_line(ctx.content(j + 1)) and role_of(ctx, j + 1) is None:
        # "Ein gweledigaeth | Our vision" over "Iechyd da i bawb, ..." then "Good health for
        # everyone, ...": the English line states it (round 39)
        ctx.used.add(j)
        j += 1
    if _DANGLING.search(ctx.content(j)) and j + 1 < n and ctx.blocks[j + 1].kind == "item":
        return None  # "The Leeds GP Confederation exists to" over its parts: a lead without its colon, no statement
    if _PAPER_PURPOSE.match(ctx.content(j)) or _COVER_WORD.fullmatch(ctx.content(j)):
        # a board paper's "PURPOSE" / "To present the refreshed strategy to the Board ..." (round
        # 39), "Purpose:" / "For assurance" (round 48)
        return None
    if ctx.blocks[index].kind == "para" and ctx.content(index).rstrip().endswith(":") \
            and _FIELD.match(ctx.content(j)):
        return None  # a cover sheet's "Purpose:" field, left blank, over "Previously considered: ..." (round 39)
    block = ctx.blocks[j]
    if _to_groups(ctx, j) >= 3:
        # "Our Mission is:" over "To treat each individual as unique" / its lines / (gap) / "To
        # enable all ..." / ...: several aims, each with its ways, no one statement (exam 41,
        # after its run)
        return None
    if len(_sibling_items(ctx, j)) >= 3 and not ctx.content(j)[:1].islower():
        if own.kind == "heading" and j == index + 1 and fold_name(ctx.content(index)) in _PLAIN_ROLE \
                and len(ctx.content(j).split()) >= 8 and not ctx.content(j).rstrip().endswith(":") \
                and not _stated_elsewhere(ctx, kind, j):
            # "Our Mission" right over (no lead-in) "To provide high quality family integrated care, ...",
            # "To maintain the privacy ...", ...: the first entry, a whole statement, is the
            # mission, the others what goes with it (8 real pages in 18 with a plain role
            # heading over a list; exam 199)
            ctx.used.add(j)
            return ctx.statement(kind, ctx.blocks[j].start, ctx.blocks[j].end, f"heading:{kind}-first-item", 0.45)
        # "Mission" / "Our vision includes:" over a list of three entries or more ("Reduce health
        # inequalities", "Manage unwarranted variations ..."): its parts, no one statement; the
        # list is read as any other (dev sets 14 and 20)
        return None
    parts = _lower_parts(ctx, j)
    if len(parts) >= 2:
        # "Our purpose" over "giving children the best start ...", "having the right services
        # ...": parts of a sentence whose opening was a picture, no statement to quote
        ctx.used.update(parts)
        return None
    if all(k < len(ctx.blocks) and ctx.blocks[k].kind == "heading" and not ctx.blocks[k].explicit
           and len(ctx.content(k).split()) <= 4 and role_of(ctx, k) is None for k in range(j, j + 4)):
        return None  # "Why we exist" in a menu over "Our board", "Our strategy", ... (round 43)
    if block.kind == "heading" and block.explicit and ctx.blocks[index].explicit and (
        (block.level or 9) <= (ctx.blocks[index].level or 0)
    ):
        return None
    if _ANNOUNCED.fullmatch(ctx.content(j)) and j + 1 < n and ctx.blocks[j + 1].kind != "item" \
            and role_of(ctx, j + 1) is None:
        ctx.used.add(j)  # "Our vision is simple." over the line that states it (round 33)
        j += 1
        block = ctx.blocks[j]
    start, end = block.start, block.end
    sentences = ctx.sentences(start, end)
    content = ctx.text[start:end]
    heading = ctx.content(index).strip(" :*#").casefold()
    if _POINTER.search(content) and not _SENTENCE.match(content):
        return None  # "Everything in this strategy flows from the vision set out in our foreword" (round 34)
    if block.kind == "heading" and (_SECTION_TITLE.match(content) and (len(content.split()) <= 4 or not _sentence_case(content))
                                    or _PAGE_NUMBER_END.search(content) and _PAGE_NUMBER_END.search(ctx.content(index))):
        # "Our Vision for Adult Social Care in Torbay" over "Our Values, Behaviours and Approach",
        # "Our vision for Islington 6" over "Our population in Islington 7": the next section's
        # title in a contents list, no statement
        return None
    if _DOCUMENT_VISION.match(content) or _NAMED_LINE.match(content) and j + 1 < n \
            and ctx.blocks[j + 1].kind in ("para", "item") and _NAMED_LINE.match(ctx.content(j + 1)):
        # "Alzheimer Scotland's Vision for Change outlines six areas of focus ...": a document
        # called the vision; "People focused – our programmes will ..." over "Deliver best value –
        # ...": principles, each named; no one statement (real pages)
        return None
    if _ASIDE.fullmatch(content.strip()) and j + 1 < n and role_of(ctx, j + 1) is None \
            and ctx.blocks[j + 1].kind in ("para", "heading") and j + 1 not in ctx.used:
        # "Our Mission" / "(Our goals and activities in working towards our Vision)" / the
        # statement: the heading's gloss, then what it glosses (exam 40, after its run)
        ctx.used.add(j)
        j += 1
        block = ctx.blocks[j]
        start, end = block.start, block.end
        sentences = ctx.sentences(start, end)
        content = ctx.text[start:end]
    if _DEFINITION.fullmatch(content.strip()) or _ASIDE.fullmatch(content.strip()):
        # "Purpose" / "The role we aim to play in today's world", "Our Vision" / "(Our long term
        # aspiration for our society)": the word explained, neither a statement nor a commitment
        ctx.used.add(j)
        return None
    if heading in ("what we do", "our role") and not (
        len(sentences) <= 2 and content.lower().startswith(("we ", "our aim is to "))
    ):
        return None  # (but "What we do" / "Our aim is to reach everyone with ...", exam 85)
    if _AIM_HEADING.fullmatch(heading) and not re.match(r"\s*(?:our\s+(?:[a-z]+\s+)?aim\b|we\b|to\b)", content, re.IGNORECASE):
        return None  # ("Our aim" over "The aim of the Wrenford Rehabilitation Service is to ...": a service's, round 31)
    if _NOT_YET_STATED.match(content):
        return None  # "Our vision is being developed and co-produced by partners." (exam 82)
    partial = False
    summed = _SUMMED.search(ctx.text, start, end)
    if summed and _kind(summed.group("kind")) == kind:
        # "Our vision can be summed up as “Best Care: Healthy Communities”. The Trust exists
        # to ...": the quoted words
        statement = ctx.statement(kind, summed.start("q"), summed.end("q"),
                                  f"heading:our-{kind}-summed-up", 0.9)
        return statement
    colon = _COLON.search(ctx.text, start, end) if len(sentences) >= 2 else None
    if colon and colon.group("kind") and _kind(colon.group("kind")) == kind:
        # "We asked more than 3,000 children ... What they told us shaped our vision: to give
        # every child ..." under "Our vision": the words after the colon (round 52)
        return ctx.statement(kind, colon.start("q"), colon.end("q"), f"heading:our-{kind}-after-colon", 0.85)
    if len(sentences) >= 2 and _ROOTED.match(ctx.text, sentences[0][0], sentences[0][1]) \
            and _STATES_VISION.match(ctx.text, sentences[1][0], sentences[1][1]):
        sentences = sentences[1:]  # what the vision stands on, then the vision
        start = sentences[0][0]
        content = ctx.text[start:end]
    # (or a later sentence of the paragraph states it: "For more than a century ... Our mission
    # is to give every patient ...", round 32)
    if _SENTENCE.match(content) or len(content.split()) > _LONG \
            or any(_SENTENCE.match(ctx.text, s, e) for s, e in sentences[1:]):
        start, end = _preferred(ctx, sentences, kind)
        following = [s for s in sentences if s[0] >= end]
        if following and _AND_GOES_ON.match(ctx.text, following[0][0], following[0][1]):
            # "To improve ... innovation. And to help attract inward investment ...": a
            # sentence opening with "And" goes on with the one before it
            end = following[0][1]
        # the block's other sentences stay open to the commitment scan ("As we strengthen ...,
        # we will be generous with our skill ...") unless the stated one reads as a commitment
        partial = len(sentences) > 1 and not is_commitment_sentence(ctx.text[start:end])
    else:
        label = _BLOCK_LABEL.match(content) or _COLON_LEAD.match(content)
        if label and label.end() < len(content):
            start += label.end()  # "Our aim: to deliver ..." under "Our vision"
        if len(sentences) >= 2 and _EXPLAINED.match(ctx.text, sentences[1][0], sentences[1][1]):
            end = sentences[0][1]  # "Healthy, independent lives ... This means care that ..." (round 33)
            partial = True
        elif len(sentences) >= 2 and _WILL_SENTENCE.match(ctx.text, sentences[1][0], sentences[1][1]) \
                and is_commitment_sentence(ctx.text[sentences[1][0] : sentences[1][1]]):
            # "We want to improve the lives of the citizens of Salford ... We will create an
            # integrated system ...": the vision, then what will be done (exam 39, after its run)
            end = sentences[0][1]
            partial = True
    if kind == "vision" and _UNDER_WAY.match(ctx.text, start, end):
        return None  # "At Frimley Health, we are starting an exciting new journey.": news of the work, not a vision (exam 31)
    carried = _carried_on(ctx, j) if end == block.end else None
    if carried is not None:
        end = ctx.blocks[carried].end
        ctx.used.add(carried)
    reported = _REPORTED.match(ctx.text, start, end)
    if reported is not None and reported.end() < end:
        start = reported.end()  # "The refreshed vision is: “...”" under "Vision": the quoted words
        end = _before_quote_close(ctx.text, start, end)
    labelled = _SIMPLE_LABEL.match(ctx.text, start, end) if reported is None else None
    if labelled is not None and labelled.end() < end:
        start = labelled.end()  # "Our refreshed vision statement is: To be ..." (blind exam 36)
    held = _HELD_VISION.match(ctx.text, start, end) if labelled is None and reported is None else None
    if held is not None and held.end() < end and (held.group("is") or kind == _kind(held.group("kind"))):
        # "As a group of organisations, we have a shared vision of making West Lancashire ...",
        # "The Board of NHS Tayside has outlined its vision to transform ...", "Is to change ..."
        # (the heading's own words carried on): what the vision is, not who holds it
        start = held.end()
    statement = ctx.statement(kind, start, end, f"heading:our-{kind}", 0.95)
    if statement is not None and not partial:
        ctx.used.add(j)
        if _BY_COLON.search(ctx.text, start, end):
            _take_means(ctx, j)
    return statement


_AIM_HEADING = re.compile(r"our\s+(?:overall\s+|main\s+|core\s+)?aim")
_HELD_VISION = re.compile(r"[^.;:!?]{0,80}?\b(?:have|has|holds?|outlined|set\s+out|shares?)\s+(?:a|an|its|our|the)\s+"
                          r"(?:shared\s+|clear\s+|new\s+|bold\s+|common\s+)?(?P<kind>vision|mission|purpose)\s+(?:of\s+|(?=to\s))"
                          r"|\s*(?P<is>is)\s+(?=to\s)", re.IGNORECASE)
# "Age UK has a vision of a world in which older people flourish." (unquoted: a world, a society ...; exam 86)
_HAS_VISION_OF_A = re.compile(r"\b(?:has|have)\s+(?:a|the|its|our)\s+(?:shared\s+|clear\s+|new\s+)?vision\s+of\s+"
                              r"(?P<q>(?:a|an)\s+(?:world|society|future|country|city|county|borough|place|community|nation)\b"
                              r"[^.;:!?]{5,200})", re.IGNORECASE)
_SETS_OUT_QUOTED = re.compile(r"\b(?:sets\s+out|set\s+out|outlines|describes|shares|launches|unveils)\s+(?:our|its|a)\s+(?:[\w-]+\s+){0,2}?"
                              r"(?P<kind>vision|mission|purpose)\b[^:.;!?]{0,60}:\s*[‘“\"'](?P<q>[^’”\"]{10,250}?)[’”\"']",
                              re.IGNORECASE)
_ENDS_ON_ROLE_COLON = re.compile(r"[^:;]{10,200}?\b(?:our|its)\s+(?:(?:long[- ]term|overall|overarching|shared|core|new|ultimate)\s+)?"
                                 r"(?P<kind>vision|mission|purpose)(?:\s+statement)?\s*:\s+(?=[\"“‘]?\w+(?:\s+\S+){4})", re.IGNORECASE)
_REMAINS_COLON = re.compile(r"\s*(?:our|the)\s+(?P<kind>vision|mission|purpose)\s+(?:is|remains)\s+(?!simple|clear|straightforward|unchanged|the\s+same)"
                            r"[^.:;!?]{3,80}:\s+(?=to\s+\w+(?:\s+\S+){2})", re.IGNORECASE)
# a statement still to come: "Our vision is being developed ...", "The vision will be agreed ..."
_NOT_YET_STATED = re.compile(r"\s*(?:our|the|a)\s+(?:new\s+|shared\s+|refreshed\s+)?(?:vision|mission|purpose)(?:\s+statement)?\s+"
                             r"(?:is|will\s+be)\s+(?:currently\s+|now\s+)?(?:being\s+)?(?:developed|co-?produced|refreshed"
                             r"|reviewed|agreed|written|drafted|finalised|finalized)\b", re.IGNORECASE)


# a line under a vision heading that reports work under way, in the present progressive ("X is
# transforming health and care in Lincolnshire."): it introduces the vision, it does not state it
_UNDER_WAY = re.compile(
    r"\s*(?:[^,.;:]{0,40},\s*)?(?:(?:we\s+are|we['’]re)\s+(?:now\s+|currently\s+)?"
    r"(?:starting|beginning|embarking|launching|undertaking|refreshing|reviewing|consulting)\b"
    r"|(?!our\b|the\s+vision\b)(?-i:[A-Z])[\w&’' -]{2,60}?\s+(?:is|are)\s+(?:now\s+|currently\s+)?"
    r"(?:starting|beginning|embarking|transforming|changing|working\s+on|developing|launching|undertaking|"
    r"refreshing|reviewing|consulting)\b)",
    re.IGNORECASE)


def _before_quote_close(text: str, start: int, end: int) -> int:
    """``end`` moved back over a quotation's close and the stop before it ("... together.”")."""
    while end > start and text[end - 1] in ".’”\"' ":
        end -= 1
    return end


def _carried_on(ctx: Context, index: int) -> int | None:
    """The paragraph after ``index`` when it carries on ``index``'s unfinished line: a PDF's
    transcript parts one statement over two paragraphs ("To enable the delivery of World Class
    Public Services in Wales" / "through customer –focus, collaboration and innovation", exam 31)."""
    k = index + 1
    if k >= len(ctx.blocks) or k in ctx.used or ctx.blocks[k].kind != "para" \
            or ctx.blocks[index].kind not in ("para", "heading"):
        return None
    before, after = ctx.content(index).rstrip(), ctx.content(k).strip()
    if not before or before[-1] in ".!?:;”\"'" or not after[:1].islower() \
            or len(before.split()) + len(after.split()) > 60 or role_of(ctx, k) is not None:
        return None
    return k


_EXPLAINED = re.compile(r"\s*(?:this|that)\s+(?:means|is\s+about|will\s+mean)\b|\s*in\s+practice\b", re.IGNORECASE)
_POINTER = re.compile(r"\b(?:the|our)\s+(?:vision|mission|purpose)\s+(?:set\s+out|described|stated|outlined|given)\s+"
                      r"(?:in|on|above|below|earlier)\b", re.IGNORECASE)
_EMBEDDED_LABEL = re.compile(r"(?<=\S )(?:Our|OUR)\s+(?:vision|Vision|VISION|mission|Mission|MISSION|purpose|Purpose)\s*:\s+(?=\S)")
_QUOTE_OPEN = re.compile(r"\s*[‘“\"']\s*(?-i:[A-Z])")


def _empty_label(ctx: Context, index: int) -> bool:
    block = ctx.blocks[index]
    return block.kind == "para" and ctx.is_lead_in(index) and len(ctx.content(index).split()) <= 8 \
        and role_of(ctx, index) in ("vision", "mission")


def _displaced(ctx: Context, first: int, kind: str, rank: int) -> Statement | None:
    """Labels in a row with nothing under them ("Our mission statement is:" / "Our purpose
    statement is:"), their quoted statements further down the page: the n-th label's statement
    is the n-th paragraph that is a quotation (within a few blocks); none, nothing (round 28)."""
    quotes = [k for k in range(first, min(len(ctx.blocks), first + 15))
              if ctx.blocks[k].kind in ("para", "heading")
              and _QUOTE_OPEN.match(ctx.content(k)) and len(ctx.content(k).split()) <= 40
              and role_of(ctx, k) is None]
    if len(quotes) <= rank:
        return None
    block = ctx.blocks[quotes[rank]]
    statement = ctx.statement(kind, block.start, block.end, f"heading:our-{kind}-displaced", 0.6)
    if statement is not None:
        ctx.used.add(quotes[rank])
    return statement


def _to_groups(ctx: Context, first: int) -> int:
    """How many groups of lines from ``first`` on, each after a gap, open with "To ..." (the
    first group at ``first`` itself), up to the first that does not."""
    count = 0
    k = first
    while k < len(ctx.blocks) and ctx.blocks[k].kind in ("para", "heading") and role_of(ctx, k) is None \
            and (k == first or ctx.blocks[k].blank_before) and TO_LINE.match(ctx.content(k)):
        if _HOW_TO.match(ctx.content(k)):
            break  # ("To do this we will ...", "To find out more ...": how, not another aim)
        k += 1
        while k < len(ctx.blocks) and not ctx.blocks[k].blank_before and not ctx.blocks[k].explicit:
            k += 1
        count += 1
    return count


_HOW_TO = re.compile(r"\s*To\s+(?:do|achieve|deliver|find|learn|read|get|see|help\s+us|make\s+this)\b")


def _sibling_items(ctx: Context, first: int) -> list[int]:
    """The run of items at the depth of ``first`` (none when it is no item)."""
    blocks = ctx.blocks
    run: list[int] = []
    k = first
    while k < len(blocks) and blocks[k].kind == "item" and blocks[k].depth == blocks[first].depth:
        run.append(k)
        k += 1
    return run


def _lower_parts(ctx: Context, first: int) -> list[int]:
    """The run of sibling items from ``first`` when every one opens in lower case."""
    run = _sibling_items(ctx, first)
    return run if all(ctx.content(i)[:1].islower() for i in run) else []


# "To promote the needs of ... by:" under "Our mission": the lines after it are the ways the
# statement is carried out, no goals and no other statement; set aside here, the commitments'
# reader takes them as the organisation's commitments (real annotators did, on a charity's and a
# hospice's page: mind-blmk and exam 46, after its run)
_BY_COLON = re.compile(r"\bby\s*:\s*$")


def _take_means(ctx: Context, index: int) -> None:
    k = index + 1
    while k < len(ctx.blocks) and ctx.blocks[k].kind in ("para", "item") and k not in ctx.used \
            and role_of(ctx, k) is None:
        ctx.used.add(k)
        k += 1


_FIRST_ROLE = re.compile(r"\b(vision|mission|purpose|values)\b", re.IGNORECASE)
_NAMES_ROLE = re.compile(r"\b(?:vision|mission|purpose|values?|strategy|strategic|priorities|ambition|"
                         r"objectives|goals|ambitions|aims|pillars|contents)\b|\.{4,}", re.IGNORECASE)


_ABOUT_THE_AIMS = re.compile(r"\b(?:sets?\s+out|describes|is\s+built\s+around|has)\s+(?:our\s+|its\s+|the\s+)?"
                             r"(?:two|three|four|five|six|seven|\d)\s+(?:strategic\s+|key\s+|main\s+)?"
                             r"(?:aims|objectives|goals|priorities|ambitions|pillars)\b", re.IGNORECASE)


_BARE_WILL_LEAD = re.compile(r"\s*(?:at\s+[^,:.]{2,60}?,?\s+)?we\s+will\s*:\s*", re.IGNORECASE)
_ABOUT_THE_WORD = re.compile(r"\s*(?:(?:our|the|this)\s+(?:vision|mission|purpose)(?:\s+statement)?|it)\s+(?:expresses|summarises|summarizes|"
                             # ("Our Vision influences everything we do as an organisation.", exam 99)
                             r"describes|explains|captures|reflects|sets\s+out|influences|guides|shapes|drives|informs|underpins)\b", re.IGNORECASE)
# what the vision does for the body, not what it says ("Our Vision influences everything we do ..."):
# with no paragraph after it, the page states no vision (exam 99; not "Our vision reflects our
# ambition for everyone ...", which may state it)
_GUIDES_US = re.compile(r"\s*(?:our|the|this)\s+(?:vision|mission|purpose)(?:\s+statement)?\s+"
                        r"(?:influences|guides|shapes|drives|informs)\s+(?:everything|all|every|how|what)\b", re.IGNORECASE)
_BOTH_ROLES = re.compile(r"\W*our\s+(?:vision|mission|purpose)\s+is\s+[^.;:!?]{3,160}?\s+and\s+our\s+"
                         r"(?:vision|mission|purpose)\s+is\s+\S", re.IGNORECASE)
# ("A vision statement should describe a desired future state.", "The purpose of a vision
# statement is to give ...": the word explained, before the page's own vision; blind exam 36)
_WORD_EXPLAINED = re.compile(r"\s*(?:an?\s+(?:vision|mission|purpose)\s+statement\s+(?:should|must|will|can|is\s+meant\s+to)\b"
                             r"|the\s+(?:purpose|aim|point)\s+of\s+an?\s+(?:vision|mission)\s+statement\b"
                             r"|(?:an?|the)\s+(?:vision|mission|purpose|value)s?\s+(?:is|are|means)\s+"
                             r"(?:what|how|why|where|when|the\s+(?:thing|way|reason)s?|a\s+(?:picture|description|statement|word))\b)",
                             re.IGNORECASE)
_QUOTE_CLOSE = re.compile(r"[’'”\"](?=[\s,;.:)]|$)")
_AT_ORG = re.compile(r"\s*At\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+[\w’'()&-]+){0,8}?\s+(?:Trust|Board|ICB|\([A-Z]{2,6}\)),")
_GLUED_NUMBER = re.compile(r"\d{3,}(?=(?:Our|It|The)\s)")
# "This is our vision. It is the test we apply ..." under the quoted line it names (round 56)
_THIS_IS_OUR_VISION = re.compile(r"\s*(?:this|that)\s+is\s+our\s+vision\b"
                                 # ("This is what our patients ... told us matters most ...", "That vision
                                 # was agreed with our clients ...": the line above named, round 57)
                                 r"|\s*(?:this|that)\s+(?:vision\s+)?(?:is\s+what|was\s+(?:agreed|developed|shaped))\b",
                                 re.IGNORECASE)


def from_aspiration(ctx: Context, index: int) -> Statement | None:
    """Under "What we want to achieve", a lone short paragraph (then a heading) is a vision."""
    j = index + 1
    n = len(ctx.blocks)
    if j >= n or ctx.blocks[j].kind != "para" or ctx.is_lead_in(j):
        return None
    named_after = j + 1 < n and _THIS_IS_OUR_VISION.match(ctx.content(j + 1)) is not None
    if j + 1 < n and ctx.blocks[j + 1].kind != "heading" and not named_after:
        return None
    content = ctx.content(j)
    if len(content.split()) > 40 or len(ctx.sentences(ctx.blocks[j].start, ctx.blocks[j].end)) > 2 \
            or _ABOUT_THE_AIMS.search(content):
        return None  # ("Our Board Strategy ... sets out four strategic aims.": the aims follow, round 55)
    statement = ctx.statement("vision", ctx.blocks[j].start, ctx.blocks[j].end,
                              "heading:what-we-want-to-achieve", 0.7)
    if statement is not None:
        ctx.used.add(j)
        if named_after:
            ctx.used.add(j + 1)
    return statement


def from_mixed_heading(ctx: Context, index: int) -> Statement | None:
    """"Our vision and values" over a short line that is the vision itself (no label)."""
    first = _FIRST_ROLE.search(ctx.content(index))
    if first is None or first.group(1).lower() == "values":
        return None
    kind = _kind(first.group(1))
    j = index + 1
    if j < len(ctx.blocks) and _DATE_STAMP.fullmatch(ctx.content(j)):
        j += 1  # ("Last Updated: Thursday, 24 July 2025" under the title: the page's date, exam 104)
    if j >= len(ctx.blocks) or j in ctx.used or role_of(ctx, j) is not None:
        return None
    block = ctx.blocks[j]
    content = ctx.content(j)
    if block.kind == "item" or block.label or ctx.is_lead_in(j) or len(content.split()) > _LONG \
            or len(content.split()) < 4 \
            or _NAMES_ROLE.search(content) or _LABELLED.match(content) or is_org_name(content) \
            or is_org_name(_WE_ARE.sub("", content).rstrip(" .")) or _TAGLINE.match(content) \
            or _SERVICE_NOTICE.search(content) \
            or is_commitment_sentence(content) and not (kind == "mission" and _WE_AIM.match(content)):
        # ("Mission and Vision Statement" over "We aim to treat every patient with dignity ...":
        # the aim stated is the mission, exam 104)
        return None  # "We are Kent and Medway Mental Health NHS Trust.": who, not the vision
    if j + 1 < len(ctx.blocks) and _OWN_LEAD.match(ctx.content(j + 1)) \
            and _OWN_LEAD.match(ctx.content(j + 1)).group(1).lower() == first.group(1).lower():
        return None  # a picture's caption, then "Our vision is to ...:" says its own
    statement = ctx.statement(kind, block.start, block.end, f"heading:mixed-{kind}", 0.6)
    if statement is not None:
        ctx.used.add(j)
    return statement


# a site's alert banner over the page: "From Tuesday 7 to Monday 13 April, resident doctors ... will
# be taking strike action.", "We are currently seeing an increase in norovirus ..." (exam 163)
_SERVICE_NOTICE = re.compile(r"\b(?:strike\s+action|industrial\s+action|norovirus|visiting\s+(?:restrictions|times|hours)"
                             r"|ward\s+closures?)\b", re.IGNORECASE)
_DATE_STAMP = re.compile(r"\s*(?:last\s+updated|last\s+modified|updated|published|posted)\s*(?::|on)?\s*"
                         r"[\w, /.-]{0,30}?\b(?:19|20)\d\d\s*", re.IGNORECASE)
_WE_AIM = re.compile(r"\s*we\s+aim\s+to\b", re.IGNORECASE)
# "Our vision is to continually:" right under the line: the role states itself there
_OWN_LEAD = re.compile(r"\s*our\s+(vision|mission|purpose)\s+is\b", re.IGNORECASE)
_WE_ARE = re.compile(r"^\s*we\s+are\s+", re.IGNORECASE)
# A motto under the heading: "Dudley first: community where possible; hospital when necessary"
# (a short name, a colon, then no "to ..." statement): the page's slogan, not its vision.
_TAGLINE = re.compile(r"\s*[\"“‘]?[A-Z][\w’'-]*(?:\s+[\w’'-]+){0,2}\s*:\s+(?!to\b)\S", re.IGNORECASE)
_EXIST = re.compile(r"[\"“‘]?we\s+exist\s+to\b", re.IGNORECASE)

# "Patient mission: To provide ...", "People mission: ...": one of several named missions
_NAMED_PART = re.compile(r"\s*[A-Z][\w’'-]*(?:\s+[\w’'-]+){0,3}\s+(?:mission|vision|purpose)\s*:\s+\S",
                         re.IGNORECASE)


def named_parts(ctx: Context, index: int) -> bool:
    """"Our mission" over two or more items each labelled "<Name> mission: ...": the strategy's
    named missions (its goals, each with its description), not one mission statement."""
    items = []
    k = index + 1
    while k < len(ctx.blocks) and ctx.blocks[k].kind == "item":
        items.append(k)
        k += 1
    return len(items) >= 2 and all(_NAMED_PART.match(ctx.content(i)) for i in items)


def _stating(ctx: Context, start: int, end: int, kind: str) -> int | None:
    """Where the sentence in [start, end) states the ``kind`` ("Our mission is to ..."), after a
    short clause before it ("And until that day comes, our mission will always be to ..."), or
    None."""
    match = _SENTENCE.match(ctx.text, start, end)
    if match and _kind(match.group("kind")) == kind:
        return start
    lead = _LEAD_CLAUSE.match(ctx.text, start, end)
    match = _SENTENCE.match(ctx.text, lead.end(), end) if lead and not _AT_ORG.match(ctx.text, start, lead.end()) else None
    if match and _kind(match.group("kind")) == kind:
        return lead.end()
    word = _TIME_WORD.match(ctx.text, start, end)
    match = _SENTENCE.match(ctx.text, word.end(), end) if word else None
    return start if match and _kind(match.group("kind")) == kind else None


# "Today our mission is to save lives ...": a word of time or stress before it, no comma (the
# sentence whole, as the real annotator read it)
_TIME_WORD = re.compile(r"\s*(?:Today|Now|Ultimately|Above\s+all|Quite\s+simply|Simply\s+put|Put\s+simply)\s+"
                        r"(?=our\s+(?:vision|mission|purpose)\s+is\b)")


_RUN_IN_TITLE = re.compile(r"\s*(?:\d{1,2}\.\s+)?(?-i:[A-Z][a-z]+)(?:\s+(?-i:[A-Z][a-z]+|and|&)){1,3}\s+"
                           r"(?=(?-i:The|Our)\s+(?i:vision|mission|purpose)\b)")


# "Our vision is rooted in the people we work with and for. We will be ...": what the vision
# stands on, said before the vision itself (exam 58, after its run)
_ROOTED = re.compile(r"[\"“‘]?(?:our|the)\s+(?:[\w-]+\s+)?(?:vision|mission|purpose)\s+(?:is|was)\s+(?:firmly\s+|deeply\s+)?"
                     r"(?:rooted|grounded|based|built|informed|shaped|underpinned)\s+(?:in|on|upon|by)\b",
                     re.IGNORECASE)
# the sentence after it that states the vision ("We will be ...", "To be ...", "A Kelby where ...")
_STATES_VISION = re.compile(r"\s*(?:we\s+(?:will|want|aim|are\s+going)\b|to\s|an?\s|everyone\b|every\s|our\s+ambition\b)",
                            re.IGNORECASE)


def _preferred(ctx: Context, sentences: list[tuple[int, int]], kind: str) -> tuple[int, int]:
    """In long prose, the sentence that states the vision/mission, else the first one."""
    for start, end in sentences:
        at = _stating(ctx, start, end, kind)
        if at is not None:
            return at, end
        if kind == "mission" and _EXIST.match(ctx.text, start, end):
            return start, end
    return sentences[0]


def _quote_over_blocks(ctx: Context, index: int, start: int, end: int) -> tuple[list[int], int]:
    """The blocks a statement in block ``index`` spans, and its end: a quote opened in it and not
    closed goes on to its close in one of the next two blocks ("“To provide an appropriate and
    rewarding experience for our patients" / "whenever they need our support”.", a line broken in
    two); else that block alone."""
    text = ctx.text[start:end]
    if not re.match(r"\s*“", text) or "”" in text:
        return [index], end
    for k in range(index + 1, min(index + 3, len(ctx.blocks))):
        block = ctx.blocks[k]
        if k in ctx.used or block.kind == "item":
            break
        close = ctx.text.find("”", block.start, block.end)
        if close >= 0:
            return list(range(index, k + 1)), close + 1
    return [index], end


def _quote_closed_later(ctx: Context, limit: int, start: int, end: int) -> int:
    """The end of a vision sentence whose quote opens in it and closes in a later sentence of the
    paragraph ("Our vision is to, ‘improve the health ... of Rochdale. We will do this by working
    together ...’"): the quote's close; else ``end``."""
    opened = re.search(r"[‘“]", ctx.text[start:end])
    if opened is None:
        return end
    closing = re.compile(r"”") if opened.group() == "“" else re.compile(r"’(?![A-Za-z])")
    if closing.search(ctx.text, start + opened.end(), end):
        return end
    close = closing.search(ctx.text, end, min(limit, end + 400))
    return close.end() if close is not None else end


# "a new vision, safe and effective eyecare for all, and a new mission to protect the public
# by upholding high standards in eye care services." (set apart by commas, or "to ..." to the stop)
_NOT_A_STATEMENT_START = re.compile(r"(?:values|behaviou?rs|mission|vision|strategy|framework|plan)\b", re.IGNORECASE)
_LAUNCHED_NEW = re.compile(r"\b(?:sets?\s+out|launch(?:es|ed)?|unveil(?:s|ed)?|agreed|adopted|has|and)\s+an?\s+new\s+"
                           r"(?P<kind>vision|mission|purpose)(?:,\s+(?P<q>[^,.;:]{8,100})(?=,)|\s+(?=to\s)(?P<q2>[^.;:]{8,200}))",
                           re.IGNORECASE)


# a clause that states the vision after "and": "... and our vision is to create ..."
_AND_OUR_ROLE = re.compile(r"\s(?:and|so)\s+(?P<q>our\s+(?P<kind>vision|mission|purpose)\s+is\s+to"
                           r"(?:\s|" + _GLUED_TO_VERB + "))", re.IGNORECASE)


# the organisation's own role said in a clause about it: "... organisation whose core mission is to ..."
_WHOSE_ROLE = re.compile(r"\s*(?:we\s+are|(?:the\s+)?(?-i:[A-Z])[\w’'&()-]*(?:\s+[\w’'&()-]+){0,8}?\s+is)\s+(?:a|an|the)\b"
                         r"[^.;:,]{0,120}?\b(?:organi[sz]ation|charity|trust|body|partnership|service)\s+whose\s+"
                         r"(?:core\s+|overall\s+|main\s+)?(?P<kind>mission|purpose|vision)\s+(?:it\s+)?is\s+(?P<q>to\s)", re.IGNORECASE)


# ("Our health and wellbeing strategy ... has a vision of “Working together to make Merton ...”", exam 84)
# ("The Birmingham Health and Wellbeing Board has vision to be a “City that sets ...”": no article,
# "to be a" before the quote; exam 100, after its run)
_WITH_VISION_OF = re.compile(r"\b(?:with|has|have)\s+(?:(?:a|the|its|our)\s+)?(?:shared\s+|new\s+|clear\s+)?vision\s+"
                             r"(?:of|to\s+be\s+(?:a|an|the))\s+[‘'\"“]"
                             r"(?P<q>(?:[^’'\"”]|[’'](?=\w)){5,300})[’'\"”]",
                             re.IGNORECASE)


# a second label after a sentence's stop on a labelled line: "... life.  Our Mission: In pursuit ..."
_NEXT_ROLE_LABEL = re.compile(r"(?<=[.!?])\s+(?:(?i:our)\s+)?(?P<kind>Vision|Mission|Purpose|VISION|MISSION|PURPOSE)\s*:\s*")


def inline(ctx: Context, index: int) -> list[Statement]:
    """Labelled lines and "Our vision is to ..." sentences in one block."""
    block = ctx.blocks[index]
    low = ctx.text[block.start : block.end].lower()
    if "exist" in low:
        for number, (start, end) in enumerate(ctx.sentences(block.start, block.end)):
            exist = _EXIST_FOR.match(ctx.text, start, end)
            if exist and len(ctx.text[exist.end() : end].split()) >= 4:
                statement = ctx.statement("mission", exist.end(), end, "sentence:we-exist-for",
                                          0.7, strip=".")
                return [statement] if statement else []
            # (or "We exist to ..." right after the sentence that names the body: "Beat is the UK’s
            # eating disorder charity. We exist to end ...", exam 100 after its run)
            # ("About Us We exist to support ...": a heading run into its sentence, exam 121 after its run)
            run_in = number == 1 and _RUN_IN_HEAD.fullmatch(ctx.text, block.start, start) is not None
            opening = start <= block.start + 3 or (number == 1 and re.match(r"\s*we\s+exist\s+(?:in\s+order\s+)?to\b",
                                                                          ctx.text[start:end], re.IGNORECASE) \
                and (run_in or _NAMES_THE_BODY.match(ctx.text, block.start, start) is not None))
            if opening and _org_exists(ctx, start, end) \
                    and not is_commitment_sentence(ctx.text[start:end]):
                # the paragraph opens with it (not "Our vision can be summed up as ‘...’. The
                # Trust exists to ...": the vision's paragraph going on about the trust)
                statement = ctx.statement("mission", start, end, "sentence:org-exists-to", 0.65)
                return [statement] if statement else []
            # (not in the vision's paragraph: "... our vision can be summed up as ‘...’. BCHC
            # exists to provide ...", the vision explained)
            named = _named_exists(ctx, start, end) if "vision" not in low else None
            if named is not None:
                statement = ctx.statement("mission", named, end, "sentence:org-exists-in-passing", 0.55,
                                          strip="”’\"")
                return [statement] if statement else []
    if "aims to" in low:
        start, end = next(iter(ctx.sentences(block.start, block.end)), (block.start, block.end))
        aims = _ORG_AIMS.match(ctx.text, start, end)
        if aims is not None and _by_its_name(aims.group("subj")) and not is_commitment_sentence(ctx.text[start:end]):
            statement = ctx.statement("mission", start, end, "sentence:org-aims-to", 0.55)
            return [statement] if statement else []
    if "object" in low:
        for start, end in ctx.sentences(block.start, block.end):
            objects = _CHARITY_OBJECTS.match(ctx.text, start, end)
            if objects is None:
                continue
            powers = _IN_FURTHERANCE.search(ctx.text, start, end)
            if powers is not None:
                end = powers.start()  # "... and in furtherance of the above object but not otherwise:" (its powers)
            end = _before_means(ctx, start, end)  # "... in Great Britain, Ireland and the world by:"
            if not ctx.text[start:end].rstrip().endswith(":"):
                # "Its objects shall be to promote for the public benefit ...", "The objects of the
                # Society are to relieve sickness ...": a charity's objects, its mission, from "to"
                statement = ctx.statement("mission", objects.start("q"), end, "sentence:charity-objects", 0.6)
                return [statement] if statement else []
    if "aim " in low or "goal is" in low or "charitable purpose is" in low or "aims are to" in low:
        for start, end in ctx.sentences(block.start, block.end):
            quoted_aim = _QUOTED_AIM.match(ctx.text, start, end + 1)
            if quoted_aim is not None:
                # "Our aim is ‘to set standards to improve women’s health ...’": the one aim, quoted,
                # is the mission (a royal college's page; exam 98, after its run)
                statement = ctx.statement("mission", quoted_aim.start("q"), quoted_aim.end("q"), "sentence:aim-quoted", 0.65)
                return [statement] if statement else []
            if (_PRACTICE_AIM.match(ctx.text, start, end) or _CORE_AIM.match(ctx.text, start, end)) and not any(
                    _stating(ctx, s, e, "mission") is not None for s, e in ctx.sentences(end, block.end)):
                # (not "Our ultimate goal is to find a cure ... Until then, our mission is to help ...":
                # the mission stated after it, in the same paragraph)
                # "The aim of our practice is to provide high quality medical care ...": a GP
                # practice's or service's mission, stated as its aim (exam 35, dev set 14)
                statement = ctx.statement("mission", start, end, "sentence:practice-aim", 0.6)
                return [statement] if statement else []
    if "here " in low:
        for start, end in ctx.sentences(block.start, block.end):
            here_for = _HERE_FOR.search(ctx.text, start, end)
            if here_for:
                # "... in order to achieve what we are here for - offering safe and high-quality
                # services to our local communities.": the purpose, after the dash (dev set 7)
                statement = ctx.statement("mission", here_for.start("q"), end, "sentence:mission-here-for", 0.6)
                return [statement] if statement else []
    if "vision" not in low and "mission" not in low and "purpose" not in low:
        return _ambition_state(ctx, block.start, block.end) if "ambition" in low else []
    found: list[Statement] = []
    sentences = ctx.sentences(block.start, block.end)
    if " new " in low:
        # "It sets out a new vision, safe and effective eyecare for all, and a new mission to
        # protect the public ...": a news report of the body's own new words (exam 62, after its
        # run); not a government's or NHS England's new mission, nor "a new vision, values and
        # behaviours framework" (the review of session 16)
        launched = [m for start, end in sentences for m in _LAUNCHED_NEW.finditer(ctx.text, start, end)
                    if not _NATIONAL_OWNER.search(ctx.text, start, m.start())]
        for m in launched:
            q = "q" if m.group("q") else "q2"
            if _NOT_A_STATEMENT_START.match(m.group(q)):
                continue
            statement = ctx.statement(_kind(m.group("kind")), m.start(q), m.end(q), "sentence:launched-new", 0.6, strip=".")
            if statement is not None and all(st.kind != statement.kind for st in found):
                found.append(statement)
    if "whose" in low:
        for start, end in sentences:
            whose = _WHOSE_ROLE.match(ctx.text, start, end)
            if whose is not None and not _NATIONAL_OWNER.search(ctx.text, start, whose.start("q")):
                # "The RCP is a patient centred and clinically led organisation whose core mission
                # is to improve patient care and reduce illness." (exam 61, after its run); said of
                # the page's own body, the sentence's subject (not "We work with X, a charity whose
                # mission is ...": the review of session 16)
                statement = ctx.statement(_kind(whose.group("kind")), whose.start("q"), end, "sentence:whose-role", 0.6,
                                          strip=".")
                if statement is not None:
                    found.append(statement)
                break
    for start, end in sentences:
        quoted = _SETS_OUT_QUOTED.search(ctx.text, start, end)
        if quoted is not None and not _NATIONAL_OWNER.search(ctx.text, start, quoted.start()):
            # "... the Tommy’s Strategy sets out our vision as we move into our fourth decade:
            # ‘To stop the heartbreak ...’": the quoted words (exam 85)
            statement = ctx.statement(_kind(quoted.group("kind")), quoted.start("q"), quoted.end("q"),
                                      "sentence:sets-out-quoted", 0.6, strip=".")
            if statement is not None:
                found.append(statement)
            break
    for start, end in sentences:
        ending = _ENDS_ON_ROLE_COLON.match(ctx.text, start, end)
        if ending is not None and not _NATIONAL_OWNER.search(ctx.text, start, ending.end()) \
                and not POINTER_START.match(ctx.text, start, end):
            # "... ensuring we remain focused on our long-term vision: our communities will have the
            # best care and support before, during and after death." (a real hospice's page)
            statement = ctx.statement(_kind(ending.group("kind")), ending.end(), end, "sentence:ends-on-role-colon", 0.55)
            if statement is not None:
                found.append(statement)
            break
    for start, end in sentences:
        remains = _REMAINS_COLON.match(ctx.text, start, end)
        if remains is not None and not _NATIONAL_OWNER.search(ctx.text, start, remains.end()):
            # "Our mission remains as vital today as it was 50 years ago: to ensure no one faces
            # kidney disease alone.": the words after the colon (exam 83)
            statement = ctx.statement(_kind(remains.group("kind")), remains.end(), end, "sentence:role-remains-colon", 0.6)
            if statement is not None:
                found.append(statement)
            break
    if "vision of" in low or "vision to be" in low:
        for start, end in sentences:
            quoted = _WITH_VISION_OF.search(ctx.text, start, end) or _HAS_VISION_OF_A.search(ctx.text, start, end)
            if quoted is not None and not _NATIONAL_OWNER.search(ctx.text, start, quoted.start("q")):
                # "With a vision of ‘Improving Lives together in West Sussex’, the strategy focuses
                # on ...": the quoted words (exam 77, after its run)
                statement = ctx.statement("vision", quoted.start("q"), quoted.end("q"), "sentence:with-vision-of", 0.6)
                if statement is not None:
                    found.append(statement)
                break
    if "vision" in low:
        # "The Warrington Together partnership has the vision to ensure Warrington is ...": the
        # vision, said of the partnership by its name (exam 51, after its run); the paragraph's
        # other sentences are still read (a mission after it)
        _, held = _vision_named(ctx, sentences, _HAS_THE_VISION.match, "sentence:has-the-vision", 0.7)
        if held is not None:
            found.append(held)
    glued = _GLUED_HEAD.match(ctx.text, block.start, block.end)
    if glued is None and (block.kind in ("para", "item") and ctx.text[block.start : block.end].rstrip().endswith((".", "!"))
                          or block.kind == "heading"):
        glued = _SPAN_LABEL.match(ctx.text, block.start, block.end)
        if glued is not None and block.kind == "heading" and not _sentence_case(ctx.text[glued.end() : block.end]):
            glued = None  # "Our Vision A Healthier Future": a title; "Our Vision A world free of MSA": a sentence
    if glued:
        # "Our VisionTo be ...", "VISION CONTENTSWe will ...", "Our Vision Our Vision is to ...":
        # the heading copied onto its sentence's line; the sentence is the statement
        kind = _kind(glued.group("kind"))
        s, e = ctx.sentences(glued.end(), block.end)[0]
        statement = ctx.statement(kind, s, e, f"glued:{kind}", 0.75, strip="”’\"")
        return [statement] if statement else []
    labelled = _LABELLED.match(ctx.text, block.start, block.end)
    if labelled is None and block.kind == "heading":
        # "Our strategy<span>Our vision: healthier lives ...</span>" in one <h1> (round 36)
        inner = _EMBEDDED_LABEL.search(ctx.text, block.start, block.end)
        if inner is not None and len(ctx.text[block.start : inner.start()].split()) <= 4:
            labelled = _LABELLED.match(ctx.text, inner.start(), block.end)
    if labelled:
        kind = _kind(labelled.group("kind"))
        if _PLACEHOLDER.search(ctx.text, labelled.end(), block.end) \
                or _COVER_WORD.fullmatch(ctx.text, labelled.end(), block.end) \
                or _REPORT_PURPOSE.match(ctx.text, labelled.end(), block.end):
            return []  # (a board paper's "Purpose: The report seeks to provide the Board with ...")
        if _DEFINITION.fullmatch(ctx.text, labelled.end(), block.end):
            # "Vision: What is the ambition and impact we want to have" / "- Women's lives are not
            # limited by ...": the label's gloss, the statement under it (exam 93)
            nxt = index + 1
            if nxt < len(ctx.blocks) and nxt not in ctx.used and ctx.blocks[nxt].kind in ("item", "para") \
                    and not (nxt + 1 < len(ctx.blocks) and ctx.blocks[nxt + 1].kind == "item"
                             and ctx.blocks[nxt].kind == "item"):
                ctx.used.add(nxt)
                statement = ctx.statement(kind, ctx.blocks[nxt].start, ctx.blocks[nxt].end, f"label:{kind}-glossed", 0.8)
                return [statement] if statement else []
            return []
        after = _NEXT_ROLE_LABEL.search(ctx.text, labelled.end(), block.end)
        if after is not None and _kind(after.group("kind")) != kind and not labelled.group("kind2"):
            # "Our vision: Our vision is that ... life.  Our Mission: In pursuit of our vision, we
            # ...": two labelled statements run into one line (exam 100, after its run)
            first = ctx.statement(kind, labelled.end(), after.start(), f"label:{kind}", 0.9)
            second = ctx.statement(_kind(after.group("kind")), after.end(), block.end,
                                   f"label:{_kind(after.group('kind'))}", 0.85)
            return [st for st in (first, second) if st is not None]
        end = block.end
        rest = ctx.sentences(labelled.end(), block.end)
        if len(rest) >= 2 and _WILL_SENTENCE.match(ctx.text, rest[1][0], rest[1][1]):
            # "Our Vision: We want to be recognised as ... . We will achieve this by working with
            # ...": the vision, then how (as under a heading; exam 133, after its run)
            end = rest[0][1]
        statement = ctx.statement(kind, labelled.end(), end, f"label:{kind}", 0.9)
        kind2 = _kind(labelled.group("kind2")) if labelled.group("kind2") else kind
        if statement is not None and kind2 != kind:
            # "Our vision and purpose: ...": the same words state both
            second = ctx.statement(kind2, labelled.end(), block.end, f"label:{kind}-and-{kind2}", 0.8)
            return [statement, second] if second else [statement]
        return [statement] if statement else []
    for number, (start, end) in enumerate(sentences):
        if _WORD_EXPLAINED.match(ctx.text, start, end):
            continue  # "A vision is what we want to happen in the future." (easy read): the word explained
        if _BOTH_ROLES.match(ctx.text, start, end):
            # "Our mission is improving health and wellbeing and our vision is to deliver great
            # healthcare from great people.": one sentence states both, whole (exam 35, after its run)
            both = [ctx.statement(kind, start, end, f"sentence:{kind}-and-other", 0.7) for kind in ("vision", "mission")]
            return [st for st in both if st is not None]
        glued = _GLUED_NUMBER.match(ctx.text, start, end)
        if glued is not None:
            start = glued.end()  # "00016858Our vision is that ...": a picture's number run into the sentence
        announced = _ANNOUNCED.match(ctx.text, start, end)
        if announced is None and (lead := _LEAD_CLAUSE.match(ctx.text, start, end)) is not None:
            # "At Doncaster and Bassetlaw Teaching Hospitals (DBTH), our vision is simple but
            # powerful:" over its line (dev set 15)
            announced = _ANNOUNCED.match(ctx.text, lead.end(), end)
        # (the role word is in whichever of the pattern's three branches matched)
        announced_kind = _kind(next(g for g in announced.group("kind", "kind2", "kind3") if g)) if announced else ""
        if announced and number + 1 == len(sentences) and index + 1 < len(ctx.blocks) \
                and ctx.blocks[index + 1].kind != "item" and index + 1 not in ctx.used \
                and role_of(ctx, index + 1) is None:
            # "Our vision is simple." over the line that states it (round 33)
            nxt = ctx.blocks[index + 1]
            s, e = ctx.sentences(nxt.start, nxt.end)[0]
            taken, e = _quote_over_blocks(ctx, index + 1, s, e)
            statement = ctx.statement(announced_kind, s, e, f"sentence:{announced_kind}-announced", 0.7)
            if statement:
                ctx.used.update(taken)
                found.append(statement)
            continue
        if announced and number + 1 < len(sentences):
            # "Our vision is clear. We want to ..." : the next sentence states it
            s, e = sentences[number + 1]
            statement = ctx.statement(announced_kind, s, e, f"sentence:{announced_kind}-announced", 0.7)
            if statement:
                found.append(statement)
            continue
        summed = _SUMMED.search(ctx.text, start, end + 1) or _REMAINS_QUOTED.search(ctx.text, start, end + 1)
        if summed:
            kind = _kind(summed.group("kind"))
            statement = ctx.statement(kind, summed.start("q"), summed.end("q"),
                                      f"sentence:{kind}-summed-up", 0.75)
            if statement:
                found.append(statement)
            continue
        match = _SENTENCE.match(ctx.text, start, end) or _IT_IS.match(ctx.text, start, end)
        refreshed = _THE_NEW_ONE.match(ctx.text, start, end) if match is None else None
        if refreshed is not None:
            # "The refreshed vision is: “Healthy at home, together.”" (a board paper, round 44):
            # the quoted words
            statement = ctx.statement(_kind(refreshed.group("kind")), refreshed.end(),
                                      _before_quote_close(ctx.text, refreshed.end(), end),
                                      "sentence:refreshed-quoted", 0.75)
            if statement:
                found.append(statement)
            continue
        lead = _LEAD_CLAUSE.match(ctx.text, start, end) if match is None else None
        if lead is not None:
            match = _SENTENCE.match(ctx.text, lead.end(), end)
            if match and ctx.text[start] in "‘“\"'":
                start += 1  # the whole sentence quoted, its clause and all ("‘As a regional provider ..., our prime purpose is ...’")
            elif match and not _AT_ORG.match(ctx.text, start, lead.end()):
                start = lead.end()  # ("At Royal Cornwall Hospitals NHS Trust (RCHT), our vision is ...": kept whole)
                if ctx.text[start] in "‘“\"":
                    start += 1  # ('..., said: “Our vision is to ...': a news page's quotation, its mark left out)
        word = _TIME_WORD.match(ctx.text, start, end) if match is None else None
        if word is not None:
            match = _SENTENCE.match(ctx.text, word.end(), end)  # "Today our mission is ...", whole
        title = _RUN_IN_TITLE.match(ctx.text, start, end) if match is None else None
        if title is not None:
            # "2. Strategic Priorities The vision for ... is to ...": a PDF's heading run into the
            # sentence (exam 168); the sentence starts after it
            match = _SENTENCE.match(ctx.text, title.end(), end)
            if match is not None:
                start = title.end()
        if match and _EMPTY_LEAD.fullmatch(ctx.text, match.end(), end):
            continue  # "Our vision is to continually:" over actions: their lead-in, said nowhere
        if match is None and _NOUN_VISION.fullmatch(ctx.text, start, end):
            # "Our vision is better health and care for all." (a noun phrase, no "to")
            statement = ctx.statement("vision", start, end, "sentence:vision-is-noun", 0.7)
            if statement:
                found.append(statement)
            continue
        if match:
            kind = _kind(match.group("kind"))
            label = _SIMPLE_LABEL.match(ctx.text, start, end) or _REPORTED.match(ctx.text, start, end)
            if label and label.end() < end:
                start = label.end()  # "Our mission is simple: To improve ...": the words after
                if label.re is _REPORTED:
                    close = _QUOTE_CLOSE.search(ctx.text, start, end)
                    if close is not None and ctx.text[label.end() - 1] in "‘'“\"" and close.end() < end - 1:
                        end = close.start()  # ("... to 'be an exemplar ... innovation', centred on ...": the quoted words)
                    end = _before_quote_close(ctx.text, start, end)
            believe = _AND_WE_BELIEVE.search(ctx.text, match.end(), end)
            if believe is not None:
                end = believe.start()  # "..., and we believe the people who work for us make the difference": another thought
            place = _PLACE_QUOTED.match(ctx.text, match.end(), end)
            if place is not None:
                start, end = place.span("q")  # "... is for a mid and west Wales where “...”": the quoted words
            if label is None:
                end = _quote_closed_later(ctx, block.end, start, end)
            cut = _before_means(ctx, start, end)
            if len(ctx.text[start:cut].split()) >= 8:
                end = cut  # "Our mission is to unite communities ... in all its forms by:" over its means
            statement = ctx.statement(kind, start, end, f"sentence:{kind}-is", 0.8)
            if statement:
                found.append(statement)
                if number == len(sentences) - 1 and ctx.text[start:end].rstrip().endswith(":"):
                    _take_parts(ctx, index)  # "our vision is to be bold:" over its parts
            continue
        # a quote closing right after the sentence's stop ("... every day.’") belongs to it
        closed = end + 1 if ctx.text[end : end + 1] in ("’", "”", '"', "'") else end
        quoted = _QUOTED.search(ctx.text, start, closed) or _COLON.search(ctx.text, start, end)
        named = _NAMED_BEFORE.search(ctx.text, start, end) if quoted is None else None
        if named:
            # "... show us how to deliver our ‘Excellent Care Everywhere’ vision."
            kind = _kind(named.group("kind"))
            statement = ctx.statement(kind, named.start("q"), named.end("q"),
                                      f"sentence:{kind}-named", 0.7)
            if statement:
                found.append(statement)
            continue
        if quoted:
            part = next(p for p in ("q", "q2", "q3", "q4", "q5", "q6") if quoted.groupdict().get(p) is not None)
            kind = _kind(quoted.groupdict().get("kind" + part[1:]))
            # "a transformative vision to ..." (an article: one way of putting it, which a
            # stated vision later on the page outranks)
            # ("... our values carry us forward in our mission to ...", a sentence resting on
            # the mission, is outranked by "Our mission is ..." on the same page)
            passing = part == "q6" or part == "q2" and (_IN_PASSING.search(quoted.group(0)) is not None
                                                        or _RESTS_ON.match(quoted.group(0)) is not None
                                                        or ctx.text[quoted.start(part) - 3 : quoted.start(part)] == "of ")
            rule = f"sentence:{kind}-in-passing" if passing else f"sentence:{kind}-quoted"
            # ("... what drives us towards our vision of a world where diabetes can do no harm,
            # are two ambitions.": the sentence's own verb ends the vision; exam 60, after its run)
            verb = _clause_verb(ctx, quoted.start(part), quoted.end(part))
            statement = ctx.statement(kind, quoted.start(part), verb.start() if verb else quoted.end(part), rule,
                                      0.6 if passing else 0.75)
            if statement:
                found.append(statement)
    if not found:
        # "... to achieve our ten-year vision of X." (read last: another rule that bounds the
        # words better goes first)
        named, achieved = _vision_named(ctx, sentences, _ACHIEVE_VISION_OF.search, "sentence:achieve-vision-of", 0.6)
        if named:
            return [achieved] if achieved else []
        found.extend(_run_on(ctx, sentences))
    if not any(st.kind == "vision" for st in found):
        for start, end in sentences:
            joined = _AND_OUR_ROLE.search(ctx.text, start, end)
            if joined is not None:
                # "Research ... is integral to promoting high quality healthcare and our vision is
                # to create a vibrant research culture ..." (exam 65, after its run)
                statement = ctx.statement(_kind(joined.group("kind")), joined.start("q"), end, "sentence:and-our-role", 0.6)
                if statement is not None and all(st.kind != statement.kind for st in found):
                    found.append(statement)
                break
    return found


# the sentence's own verb after the vision named in its subject: "..., are two ambitions"
_CLAUSE_VERB = re.compile(r",\s+(?:are|is)\s+(?:two|three|four|five|our|the)\b", re.IGNORECASE)


def _clause_verb(ctx: Context, start: int, end: int) -> re.Match[str] | None:
    """The sentence's own verb after a vision named in its subject, when no other comma comes
    before it (not "a Kelby where every resident, whatever their background, is the author ...")."""
    verb = _CLAUSE_VERB.search(ctx.text, start, end)
    return verb if verb is not None and "," not in ctx.text[start : verb.start()] else None


def _vision_named(ctx: Context, sentences: list[tuple[int, int]],
                  find: Callable[[str, int, int], re.Match[str] | None], rule: str,
                  confidence: float) -> tuple[bool, Statement | None]:
    """The first sentence in which ``find`` names the organisation's vision (not a government's
    or NHS England's): whether one does, and the vision, the words from its group "q" to the
    sentence's end."""
    for start, end in sentences:
        named = find(ctx.text, start, end)
        if named is not None and not _NATIONAL_OWNER.search(ctx.text, start, named.start("q")):
            verb = _clause_verb(ctx, named.start("q"), end)
            return True, ctx.statement("vision", named.start("q"), verb.start() if verb else end, rule, confidence)
    return False, None



# "... Integrated Medium Term Plan Our Purpose is to always put the patient first continuously
# improve with every action 16 th January 2014 ...": a PDF cover whose lines ran together, the
# capitalised "Our" the only sign of a new line (exam 32, after its run)
_RUN_ON_START = re.compile(r"(?<=[\w)] )(?-i:Our|The)\s+(?P<kind>vision|mission|purpose)"
                           r"(?:\s+of\s+the\s+(?:organisation|organization|trust|ccg|icb|board|partnership))?"
                           r"\s+is\s+to\s+(?=[a-z])", re.IGNORECASE)
# (a figure, two capitalised words, or a sentence's first word after a lower-case one: "...
# primary care development The largest of three ...")
_RUN_ON_STOP = re.compile(r"\s+(?=\d)|\s+(?=(?-i:[A-Z])[\w’'-]*\s+(?-i:[A-Z]))"
                          r"|(?<=[a-z])\s+(?=(?-i:The|It|We|Our|This|These|They|There|In|As|Its)\s)")


def _run_on(ctx: Context, sentences: list[tuple[int, int]]) -> list[Statement]:
    """A vision or mission inside a long run of text with no stops, up to the first figure or
    the next run of capitalised words."""
    for start, end in sentences:
        if len(ctx.text[start:end].split()) < 40:
            continue
        match = _RUN_ON_START.search(ctx.text, start, end)
        if match is None:
            continue
        stop = _RUN_ON_STOP.search(ctx.text, match.end(), end)
        stop_at = stop.start() if stop else end
        if not 4 <= len(ctx.text[match.end():stop_at].split()) <= 30:
            continue
        statement = ctx.statement(_kind(match.group("kind")), match.start(), stop_at, "run-on:stated", 0.55)
        return [statement] if statement else []
    return []


def _take_parts(ctx: Context, index: int) -> None:
    """The list under a sentence that states the vision and ends on a colon ("Using this
    feedback, our vision is to be bold:" over "brilliant people", "outstanding care", ...)
    spells the vision out: its items are neither goals nor commitments."""
    k = index + 1
    while k < len(ctx.blocks) and ctx.blocks[k].kind == "item" and k not in ctx.used:
        ctx.used.add(k)
        k += 1


def _ambition_state(ctx: Context, start: int, end: int) -> list[Statement]:
    """"Our ambition is a reimagined health and care system ...": the vision (kept whole); "Our
    agreed ambition, ..., is that “We will work with ...”": the quoted words."""
    fulfilled = next((m for s_, e_ in ctx.sentences(start, end)
                      if (m := _FULFIL_AMBITION.match(ctx.text, s_, e_)) is not None), None)
    if fulfilled is not None:
        # "... how the Partnership will fulfil its ambition that each citizen will have access to
        # ...": the future the ambition describes (a news report of a plan; exams 42-43, after their run)
        statement = ctx.statement("vision", fulfilled.start("q"), fulfilled.end("q"), "sentence:ambition-fulfilled", 0.55)
        return [statement] if statement else []
    quoted = _QUOTED_AMBITION.search(ctx.text, start, end)
    if quoted is not None and not quoted.group(0).lower().startswith("our") \
            and _NATIONAL_OWNER.search(ctx.text, max(start, quoted.start() - 120), quoted.start()):
        quoted = None  # ("The government's national dementia strategy has an ambition ‘...’": not ours)
    if quoted is not None:
        part = "q" if quoted.group("q") is not None else "q1"
        statement = ctx.statement("vision", quoted.start(part), quoted.end(part), "sentence:ambition-quoted", 0.6)
        return [statement] if statement else []
    for s, e in ctx.sentences(start, end):
        if _AMBITION_STATE.match(ctx.text, s, e) and len(ctx.text[s:e].split()) >= 6:
            statement = ctx.statement("vision", s, e, "sentence:ambition-state", 0.6)
            return [statement] if statement else []
    return []


# "Collectively our priorities underpin our mission, ‘Working together to deliver ...’."
# "... to meet its vision to ‘achieve ...’", "our vision of 'better health, for life'" (straight quotes
# close only before a non-letter, so "people's" stays inside).
_QUOTED = re.compile(
    # "The trust’s vision was ‘Together we will ...’" (a report of it, round 31)
    # ("... its strategy, Caring Together 2024-2029, whose vision, "Outstanding care ..."", round 56)
    r"\b(?:our|the|its|their|whose|the\s+(?:trust|board|partnership|organisation|organization|ics|icb)['’]s?)\s+"
    # "The Trust’s long term vision is “To provide ...”" (exam 30, round 38)
    # ("... supports our strategic vision ‘empowering people to live ...’", dev set 17)
    r"(?:(?:long[- ]term|overall|shared|new|core|refreshed|strategic)\s+)?"
    r"(?P<kind>vision|mission|purpose)"
    # ("The trust's vision, set out on the first page of the document, is “...”", round 47)
    r"(?:\s*,[^,.;:“”\"‘’]{3,80},\s*(?=is\b|was\b))?\s*(?:,|:|[–—-]|\bis|\bwas|\bof|\bto)?\s*"
    r"[‘“\"'](?P<q>[^’”\"]{8,200}?)[’”\"'](?!\w)",
    re.IGNORECASE,
)
_QUOTED_AIM = re.compile(r"\s*our\s+(?:overall\s+|main\s+|primary\s+|core\s+)?aim\s+is\s*:?\s*[‘“\"'](?P<q>(?:[^’”\"]|’(?=\w)){8,300}?)"
                         r"[.]?[’”\"'](?!\w)", re.IGNORECASE)
_PRACTICE_AIM = re.compile(r"\s*the\s+(?:main\s+|overall\s+|primary\s+)?aim\s+of\s+(?:this|our|the)\s+"
                           r"(?:practice|surgery|medical\s+centre|health\s+centre|service|federation|network|pcn)"
                           r"\s+is\s+(?:always\s+)?to\b", re.IGNORECASE)
# "Our ultimate aim is to help close the gap ...", "Mid Essex Hospital Trust's overriding aim is to
# provide care ...": the one aim the organisation exists for, its mission (not "Our aim is to ..." nor
# "Our overall aim is to reduce waits ...", commitments, nor a programme's or trial's aim; exams
# 42-43, after their run)
_CORE_AIM = re.compile(
    # ("Hartlepool & East Durham Mind's overarching goal is to ...", "Fairfield Independent Hospital's
    # charitable purpose is to ...": the body's own name, one goal or purpose; exam 105 after its run)
    r"\s*(?:our|(?-i:[A-Z])[\w’'&-]*(?:\s+(?:(?-i:[A-Z])[\w’'&-]*|&)){0,5}\s+(?:trust|hospital|hospice|board|partnership|practice"
    r"|surgery|ccg|icb|mind|charity|society|foundation)['’]s)\s+(?:(?:ultimate|overarching|overriding|fundamental)\s+(?:aim|goal)"
    r"\s+is\s+(?:always\s+)?to\b|charitable\s+purpose\s+is\s+to\b"
    # "Our aim has always been to put patients first": the standing aim (exams 44-45, after their run)
    r"|(?:main\s+|primary\s+)?aim\s+has\s+always\s+been\s+to\b(?![^.]*,?\s+(?:but|however|yet)\b)"
    # ("Our aims are to offer the highest standard of health care and advice to our patients ...":
    # a practice's aims in one sentence, not over a list; exam 125 after its run)
    r"|aims\s+are\s+to\s+(?=\w+(?:\s+\S+){4}))",
    re.IGNORECASE)
_AND_WE_BELIEVE = re.compile(r",\s+and\s+we\s+(?:believe|know|recognise|recognize|think|feel)\b"
                             # ("... is to become an outstanding organisation and this strategy will be a
                             # fundamental element of achieving our vision": the document's part in it; exam 165)
                             r"|,?\s+and\s+(?:this|our|the)\s+(?:[\w-]+\s+)?(?:strategy|plan|document)\s+(?:will|is|sets|aims)\b",
                             re.IGNORECASE)
_HERE_FOR = re.compile(r"\bwhat\s+we\s+are\s+(?:all\s+)?here\s+(?:for|to\s+do)\s+[–—-]\s+(?P<q>[a-z])")
# "The vision is for a mid and west Wales where “individuals, communities ... are adaptive,
# connected and mutually supportive”, which means ...": the place described by the quoted words
# is the vision (exam 35)
_PLACE_QUOTED = re.compile(r"[^“”\".;:]{0,80}?\b(?:where|in\s+which)\s+[“\"](?P<q>[^”\"]{20,300}?)[”\"]")
# "Our five-year strategy sets out a bold vision: to deliver the best care every day for everyone."
_COLON = re.compile(
    r"\b(?P<kind>vision|mission|purpose)\s*:\s+(?P<q>(?:to|for)\s+[^.;:!?]{8,200})"
    # "... describes our vision for the future – to be recognised as ...": after a dash, to the
    # sentence's end (a phrase between two dashes is an aside: "This vision — to be ... — underpins")
    r"|\bour\s+(?P<kind3>vision|mission|purpose)(?:\s+for\s+the\s+future)?\s*[–—]\s*"
    r"(?P<q3>(?:to|for|the|an?)\s+[^.;:!?–—]{8,200}?)(?=\s*[.;!?]|\s*$)"
    # "... in order to meet our vision to deliver the best quality and safest care for our
    # community."; "To achieve our vision of improving the health of ... we need to ...": the
    # "-ing" phrase
    # "... setting out our vision to improve ...": the strategy states it
    # "... we must unite behind our mission to be better every day because ...": to "because"
    r"|\b(?:meet|achieve|deliver(?:\s+on)?|realise|realize|fulfil|fulfill|support|pursue|unite\s+behind"
    # ("... as we continue to work towards achieving our vision of providing outstanding
    # healthcare ...", dev set 11; "HInM has unveiled an updated vision to be ...", dev set 18;
    # "The Board of NHS Tayside has outlined its vision to ...", dev set 13; "... establishes
    # our vision, to deliver the best patient care ...", exam 37)
    # (only of our or its own: not "supporting the vision of achieving net zero across the NHS",
    # "NHS England launched the mission to recover ...")
    r"|(?:(?:achiev|meet|deliver|realis|realiz|fulfill?|support|pursu)ing|(?:work(?:s|ing)?\s+)?towards"
    r"|outlined|unveil(?:s|ed|ing)?|launch(?:es|ed|ing)?|establish(?:es|ed|ing)?"
    # ("And we've made it our mission to reach even more people ...", exam 41 after its run)
    r"|(?:made|make)\s+it(?=\s+our\b))(?!\s+the\b)"
    # ("... we remain committed to our mission of delivering expert services ...", exam 122 after its run)
    r"|committed\s+to(?=\s+(?:our|its)\s+(?:vision|mission|purpose)\s+of\s+\w+ing\b)"
    # "... Diagnosis will be one of its goals under our mission to bring about ...", "... to help
    # us in our mission to transform mental health", "This vision is underpinned by our mission
    # to advance ...": the mission the sentence rests on (9 real annotators in 10 read it so)
    r"|(?:under|in|(?:underpinned|guided|driven)\s+by)(?=\s+(?:our|its)\s+(?:charitable\s+)?mission\s+to\s+"
    r"(?!the\b|an?\b|our\b|its\b|all\b|(?:19|20)\d\d\b)[a-z])"
    r"|set(?:s|ting)?\s+out|outlines?|outlining|describes|describing|presents"  # ("It describes the Trust's vision to be ...", round 44)
    # "In line with our vision of being the first choice ...", "Every role here is part of our
    # vision of a good life for everyone ..." (round 38)
    r"|in\s+line\s+with|(?:(?:is|are)\s+(?:all\s+)?)?part\s+of)\s+"
    # "... and support the delivery of our vision to be the first choice in ..." (round 28)
    # "It sets out the trust's vision to be ..." (round 30): the organisation's, in the third person
    r"(?:the\s+(?:delivery|achievement|realisation|realization|fulfilment)\s+of\s+)?"
    # ("... to deliver our collective vision of a healthier population ...", exam 32)
    r"(?:(?:our|its|the)(?:\s+(?:collective|shared|joint|common|strategic|charitable|partnership))?|the\s+(?:trust|board|partnership|organisation|organization)['’]s"
    # "... setting out a transformative vision to help people ..." (round 31)
    r"|an?\s+(?:(?:new|bold|clear|transformative|ambitious|shared|compelling|exciting|single|"
    r"long[- ]term|refreshed|renewed|updated)\s+){1,2})\s*"
    # (not "our vision to 2030 is reported ...", "our vision, to be frank, will take longer")
    r"(?P<kind2>vision|mission|purpose)(?:,\s*(?!to\s+be\s+(?:frank|honest|fair|clear)\b)|\s+)(?:of\s+)?"
    r"(?P<q2>to\s+(?!(?:19|20)\d\d\b)[^.;:!?]{8,200}?"
    # (to "and is guided by ...": the subject's next predicate, exam 32)
    # (or to ", and three main goals": what the strategy establishes next, exam 37)
    r"(?=\s+(?:because|so\s+that)\b|\s+and\s+(?:is|are|was|has|will)\s|,\s+and\s+(?:they|it|we|this|these)\s"
    r"|,?\s+and\s+(?:our\s+|its\s+)?(?:two|three|four|five|six|seven|eight|[2-9])\s|\s*[.;:!?]|\s*$"
    # (or to ", in our new Strategic Framework for Action, ...": the document it is set out in)
    r"|,\s+(?:in|through)\s+(?:our|its|the)\s+(?:new\s+)?(?:[\w-]+\s+){0,2}(?:strategy|strategic|plan|framework)\b)"
    r"|(?<=of\s)\w+ing\s[^.;:!?–—]{8,200}?(?=,?\s+we\s|,\s+(?:our|the|this|it|they|all|every)\s|\s*[;.–—]|$)"
    # "... how we will deliver our vision of a healthier Glenairlie, where people ..." (round
    # 30): a noun phrase, to the sentence's end
    r"|(?<=of\s)(?:an?\s|the\s|(?=[a-z]+ier\b|better\b|greater\b|stronger\b))[^.;:!?]{8,200}?(?=,?\s+we\s|\s*[.;:!?]|$))"
    # ("... our collective vision of healthier, happier and more independent lives ...", round 47)
    # "The strategy’s vision was confirmed as enabling people ... to start well, ..." (a report
    # of it, round 31): the words after "as", to the sentence's end
    r"|\b(?:the|our|its)\s+(?:(?:strategy|plan|trust|board|partnership|system)['’]s\s+)?"
    # ("Our vision is shared by our partners: healthier, happier, fairer lives.", a trust's foreword)
    r"(?P<kind4>vision|mission|purpose)\s+(?:is|was|has\s+been)\s+(?:(?:confirmed|agreed|defined|described|"
    r"set\s+out|summari[sz]ed)\s+as|shared\s+by\s+[^:.;!?]{3,40}?\s*:)\s+(?P<q4>[^.;:!?]{8,240}?)(?=\s*[.;!?]|\s*$)"
    # "... we have refreshed our Mission statement and simplified it so that our mission is: To
    # provide the highest quality healthcare at all times.": a sentence of its own after the colon
    # (blind exam 36)
    # (not "our partners’ vision is: ...", "our previous mission is: ...")
    r"|\bour\s+(?:(?!previous\b|old\b|former\b|draft\b|partners?\b)[\w-]+\s+)?(?P<kind5>vision|mission|purpose)(?:\s+statement)?\s+is\s*:\s*"
    r"(?P<q5>(?-i:[A-Z])[^.;:!?]{8,240}?)(?=\s*[.;!?]|\s*$)"
    # "Our vision of a society where everyone has equal access ... is as true now as ...", "...
    # making our vision for a world free from the effects of MS a reality", "In line with NHCP's
    # vision for a positive lifetime of health ..., the three core aims ...": the world or place
    # named after "vision of/for a", to the sentence's own verb (8 real annotators in 9)
    r"|\b(?:our|its|(?-i:[A-Z])[\w’'-]*['’]s)\s+(?P<kind6>vision)\s+(?:of|for)\s+"
    r"(?P<q6>an?\s[^.;:!?]{8,200}?)(?=\s+(?:a\s+reality|is|remains|was|has\s+been)\b|,\s+(?:the|we|our|and\s+we)\b"
    r"|\s*[.;:!?]|\s*$)",
    re.IGNORECASE)
_RESTS_ON = re.compile(r"(?:under|in|(?:underpinned|guided|driven)\s+by|part\s+of)\s", re.IGNORECASE)


def _sentence_case(text: str) -> bool:
    """Words after the first mostly in lower case: a sentence, not a title."""
    words = [w for w in text.split()[1:] if w[:1].isalpha()]
    return len(words) >= 3 and sum(w[0].islower() for w in words) >= 0.6 * len(words)


_IN_PASSING = re.compile(r"\ban?\s+(?:[\w-]+\s+){1,2}(?:vision|mission|purpose)\b", re.IGNORECASE)
# The vision's name in quotes before the word: "our ‘Excellent Care Everywhere’ vision".
_NAMED_BEFORE = re.compile(
    r"\b(?:our|the|its|their)\s+[‘“\"'](?P<q>[^’”\"]{8,120}?)[’”\"']\s+(?P<kind>vision|mission|purpose)\b",
    re.IGNORECASE,
)
# "Vision: statement of vision to be determined": a placeholder, not a vision
_PLACEHOLDER = re.compile(r"\b(?:to\s+be\s+(?:determined|confirmed|agreed)|tbc|tbd|coming\s+soon)\b",
                          re.IGNORECASE)
# a board paper's cover: "Purpose: Approval", "Purpose: For decision" (round 34)
_COVER_WORD = re.compile(r"\s*(?:for\s+)?(?:approval|decision|information|assurance|discussion|noting|review|endorsement|ratification)"
                         # ("Purpose: Discussion / Review", a board paper's cover; exam 206)
                         r"(?:\s*(?:and|&|/|or)\s*\w+)?\W*", re.IGNORECASE)


# A paragraph that is one quoted statement, explained by the next one: "“Inverclyde is a caring
# and compassionate community ...”" / "The vision was created by Inverclyde people ..." (round 31)
_WHOLE_QUOTE = re.compile(r"\s*[“\"‘](?P<q>[^”\"’]{30,400})[”\"’]\s*$")
_LABEL_AFTER = re.compile(r"\s*(?:the|this|our)\s+(?:shared\s+|new\s+)?(?P<kind>vision|mission|purpose)"
                          r"(?:\s+statement)?\s+(?!is\s+to\b)(?:was|has\s+been|is|were|reflects|describes|"
                          r"captures|sets\s+out|came|comes)\b", re.IGNORECASE)


# "That’s our vision; what shapes ...", "This is our mission.": the line before named (a
# picture's caption may run into it: "MRF strategy 2021 - 2025That’s our vision")
_POINTS_BACK = re.compile(r"(?:[^.!?\n]{0,40}?(?<=[\d\s]))?(?:that['’]s|that\s+is|this\s+is)\s+(?:our|the)\s+"
                          r"(?P<kind>vision|mission|purpose)\b(?!\s+(?:for|of|to)\b)", re.IGNORECASE)
# a paragraph opening with a quoted sentence, then "This is the vision for ..." naming it
_QUOTE_THEN_THIS_IS = re.compile(r"\s*[“\"‘](?P<q>[^”\"’]{30,400}?)[”\"’]\s+(?:this|that)\s+is\s+(?:our|the)\s+"
                                 r"(?:shared\s+|new\s+)?(?P<kind>vision|mission|purpose)\b", re.IGNORECASE)
_THIS_MEANS = re.compile(r"\s*this\s+means(?:\s+that)?(?:\s+we\s+will)?\s*:\s*", re.IGNORECASE)


def quoted_then_named(ctx: Context) -> list[Statement]:
    """A quoted paragraph named as the vision (or mission) by the paragraph right after it, or
    by the sentence right after the quote in the same paragraph."""
    found: list[Statement] = []
    for index in range(len(ctx.blocks)):
        block = ctx.blocks[index]
        if block.kind == "para" and index not in ctx.used:
            opening = _QUOTE_THEN_THIS_IS.match(ctx.text, block.start, block.end)
            if opening is not None and len(opening.group("q").split()) >= 6:
                # "‘We will work together to make health and wellbeing better than any partner can
                # do alone.’ This is the vision for Kent and Medway ...": the quote and its label
                # in one paragraph (exam 185)
                kind = _kind(opening.group("kind"))
                statement = ctx.statement(kind, opening.start("q"), opening.end("q"), f"quote:{kind}-named-after", 0.7)
                if statement is not None and all(f.kind != kind for f in found):
                    ctx.used.add(index)
                    found.append(statement)
                continue
        if index + 1 == len(ctx.blocks) or block.kind == "item" or ctx.blocks[index + 1].kind != "para" \
                or index in ctx.used:
            continue
        nxt = ctx.blocks[index + 1]
        quote = _WHOLE_QUOTE.match(ctx.text, block.start, block.end)
        back = _POINTS_BACK.match(ctx.text, nxt.start, nxt.end) if not quote and block.kind == "para" else None
        if back is not None and 4 <= len(ctx.content(index).split()) <= 30 \
                and len(ctx.sentences(block.start, block.end)) == 1 and role_of(ctx, index) is None:
            # "A world free from meningitis and sepsis." / "That’s our vision; what shapes ...":
            # the line named after it, unquoted (exam 80)
            kind = _kind(back.group("kind"))
            statement = ctx.statement(kind, block.start, block.end, f"sentence:{kind}-named-after", 0.6)
            if statement is not None and all(f.kind != kind for f in found):
                ctx.used.add(index)
                found.append(statement)
            continue
        label = _LABEL_AFTER.match(ctx.text, nxt.start, nxt.end) if quote else None
        means = _THIS_MEANS.fullmatch(ctx.content(index + 1)) if quote and label is None else None
        if quote and (label or means) and len(quote.group("q").split()) >= 6:
            # (or explained by "This means we will:" over its list: "“We will work together to
            # make health and wellbeing better than any partner can do alone”", dev set 12)
            kind = _kind(label.group("kind")) if label else "vision"
            statement = ctx.statement(kind, quote.start("q"), quote.end("q"), f"quote:{kind}-named-after", 0.7)
            if statement is not None and all(f.kind != kind for f in found):
                ctx.used.add(index)
                found.append(statement)
    return found


_ATTRIBUTED = re.compile(r"\s*(?:[—–-]\s*)?(?:our|the)\s+(?P<kind>vision|mission|purpose)(?:\s+statement)?\s*\.?\s*$",
                         re.IGNORECASE)


# A practice's aim, opening its page: "We aim to provide a high standard of personal medical care
# to all our patients at all times." (right under "Practice Charter", exams 38-39 after their run)
# ("In this medical centre we aim to provide the best possible medical care ...", exams 44-45 after their run)
_OPENING_AIM = re.compile(r"\s*(?:(?:in|at)\s+(?:this|our|the)\s+(?:medical\s+centre|practice|surgery|health\s+centre|hospice),?\s+)?"
                          # ("Our aim is to foster a culture of comprehensive, patient-centred care", "We
                          # aim to improve health, well-being for all our patients": the same aim)
                          r"(?:(?:we|(?:this|the)\s+(?:practice|surgery)|the\s+partners\s+and\s+staff\s+(?:at|of)\s+(?:this|the)\s+"
                          # ("This practice aims to provide ...", "The Partners and Staff at this
                          # Practice aim to work together ...", "Our objective is to meet ...": exams
                          # 34-189's GP charters, 4 real pages)
                          r"(?:practice|surgery))\s+aims?\s+to|our\s+(?:main\s+|overall\s+|primary\s+|sole\s+)?(?:aim|objective)\s+is\s+to)\s+"
                          r"(?:provide|offer|deliver|give|improve|foster|promote|ensure|be|work|meet|achieve)\b"
                          # "All members of the surgery primary care team are dedicated to a quality
                          # policy to achieve ...": the team's pledge, a charter's opening (4 real pages
                          # in 6 took it as the mission)
                          r"|\s*all\s+members\s+of\s+(?:the|our)\s+[\w’' -]{0,60}?\bteam\s+are\s+(?:dedicated|committed)\s+to\b",
                          re.IGNORECASE)
# "... by striving to meet the following standards:": how the aim is met, leading into its list
_BY_MEETING = re.compile(r"(?<![\s,]),?\s+by\s+[a-z]+ing\b[^.:;!?]{0,60}?\bfollowing\b[^.:;!?]{0,30}:\s*$", re.IGNORECASE)
# a charter's opening sentence on the partnership of patient and practice, before its aim (a real page)
_PARTNERSHIP_OPENING = re.compile(r"[^.!?]{0,80}\bpartnership\s+between\b[^.!?]{0,80}[.!]\s*$", re.IGNORECASE)
# ("... and hope you will feel that we achieve that aim": the hope after it is no service's terms)
_HOPE_AFTER = re.compile(r"(?<!\s)\s+and\s+(?:we\s+)?hope\b", re.IGNORECASE)


_COOKIE_NOTICE = re.compile(r"\bcookies?\b", re.IGNORECASE)
# (a time limit, "within two working days", not "within the resources we have at our disposal")
_SERVICE_TERMS = re.compile(r"\d|\bwithin\s+(?:a|an|one|two|three|four|five|\w+\s+working)\b|\byour?\b|\bsaid\b", re.IGNORECASE)
_SKIP_LINK = re.compile(r"\s*skip\s+to\s+(?:the\s+)?(?:main\s+)?(?:content|navigation)\s*$", re.IGNORECASE)
_CHARTER_TITLE = re.compile(r"\b(?:charter|practice|surgery|about\s+us|who\s+we\s+are|our\s+aims?|mission|philosophy"
                            # ("How we work" / "Our role" over "We aim to provide ...", a CCG's page)
                            r"|our\s+role|how\s+we\s+work"
                            r"|responsibilit(?:y|ies))\b", re.IGNORECASE)


def opening_aim(ctx: Context) -> list[Statement]:
    """The mission of a page that states none otherwise, where the page's first paragraph, under
    its title (and one heading at most), opens with "We aim to provide ..."."""
    titled = False
    for index, block in enumerate(ctx.blocks[:6]):
        if block.kind == "para" and (_COOKIE_NOTICE.search(ctx.content(index)) or _SKIP_LINK.fullmatch(ctx.content(index))):
            continue  # ("This website uses cookies to function correctly.", "Skip to main content" over the page's title)
        if block.kind == "heading":
            titled = True
            continue
        if not titled or block.kind != "para":
            return []  # (a commitments section may have read the line already: the mission outranks it)
        sentences = ctx.sentences(block.start, block.end)
        s, e = sentences[0]
        if len(sentences) > 1 and not _OPENING_AIM.match(ctx.text, s, e) and _PARTNERSHIP_OPENING.match(ctx.text, s, e):
            s, e = sentences[1]  # "Successful medical care involves a partnership ... . We aim to provide ..."
        hope = _HOPE_AFTER.search(ctx.text, s, e)
        if not _OPENING_AIM.match(ctx.text, s, e) or _SERVICE_TERMS.search(ctx.text, s, hope.start() if hope else e) \
                or not any(_CHARTER_TITLE.search(ctx.content(k)) for k in range(index) if ctx.blocks[k].kind == "heading"):
            return []  # (not "We aim to provide a first appointment within six weeks ...", a service's terms)
        # (the hope after the aim is left out: four annotators in six cut it, exams 158-159)
        end = hope.start() if hope else e
        leads = _BY_MEETING.search(ctx.text, s, end)
        if leads is not None:
            end = leads.start()  # "... safe environment by striving to meet the following standards:" over them
        statement = ctx.statement("mission", s, end, "sentence:opening-aim", 0.55)
        if statement is not None and (s, e) == (block.start, block.end) and leads is None:
            ctx.used.add(index)  # (a lead-in stays open to the commitments' reader: its list is promised)
        return [statement] if statement else []
    return []


# "We want the people of Surrey to live longer, healthier lives.", "We want to be the leading
# brain injury organisation in London ...": what the body wants for its people, or to become
_OPENING_WANT = re.compile(r"\s*we\s+want\s+(?:to\s+be(?:come)?\s+(?:the|a|an)\b|(?:everyone|all|people|every|the\s+people|our\s+"
                           r"(?:residents|communities|population|patients))\b|(?:to\s+support|to\s+help)\s+(?:people|everyone)\b)"
                           r"[^.;:!?]{10,220}[.!]?", re.IGNORECASE)


def opening_want(ctx: Context) -> list[Statement]:
    """The vision of a page that states none otherwise, where the page's text opens (the first
    paragraph, under a title at most) with "We want the people of X to live longer, healthier
    lives." (exams 71 and 73, after their run)."""
    for index, block in enumerate(ctx.blocks[:3]):
        if block.kind == "heading" and index < 2:
            continue
        if block.kind != "para":
            return []
        s, e = ctx.sentences(block.start, block.end)[0]
        if _OPENING_WANT.fullmatch(ctx.text, s, e) is None:
            return []
        statement = ctx.statement("vision", s, e, "sentence:opening-want", 0.5)
        return [statement] if statement else []
    return []


def _blocks_mentioning(ctx: Context, word: str | tuple[str, ...],
                       kinds: tuple[str, ...] = ("para",)) -> Iterator[list[tuple[int, int]]]:
    """The sentences of each block of ``kinds`` whose text mentions ``word`` (lower case; or any
    of several words), in page order: where the page-wide fallbacks below look for their one
    sentence."""
    words = (word,) if isinstance(word, str) else word
    for index, block in enumerate(ctx.blocks):
        if block.kind not in kinds:
            continue
        lowered = ctx.content(index).lower()
        if any(w in lowered for w in words):
            yield ctx.sentences(block.start, block.end)


# "Our ambition is for every baby born premature or sick in the UK to ...", "Our ambition is that
# no-one should face ...", "Our long term ambition is to take every opportunity to prevent cancer
# ...": on a page that never says "vision", the ambition it states is its vision (not "our
# ambition is still to ...", a plan restated; nor a programme's ambition for its part of the work)
_STATED_AMBITION = re.compile(r"\s*(?:(?:over|by|in|within)\s+[^,.;:]{3,40},\s*)?[\"“‘]?our\s+(?:(?:long[- ]term|collective|overall|shared|joint|main|core)\s+)?ambition"
                              r"(?:\s+for\s+(?:the\s+)?[\w ’'&-]{3,40}?)?\s+is\s+(?:(?P<who>for|that)|to)\s+(?=\S+(?:\s+\S+){4})",
                              re.IGNORECASE)


def stated_ambition(ctx: Context, with_mission: bool) -> list[Statement]:
    """The vision of a page that names none: the first "Our ambition is for/that/to ..." sentence
    ("to ..." only where no mission was found either: beside a mission, "Our
    ambition is to ..." is one of its plans)."""
    if re.search(r"\bvision", ctx.text, re.IGNORECASE):
        return []
    for sentences in _blocks_mentioning(ctx, "ambition"):
        for s, e in sentences:
            match = _STATED_AMBITION.match(ctx.text, s, e)
            if match is None or (match.group("who") is None and with_mission) \
                    or re.search(r"\b(?:19|20)\d\d\b|%|\bper\s*cent\b", ctx.text[match.end():e]):
                continue  # ("Our ambition is to reach net zero by 2035", "... in the top 20% ...": a target)
            named = re.search(r":\s+(?=\S+(?:\s+\S+){2})", ctx.text[match.end():e])
            if named is not None:
                s = match.end() + named.end()  # "... is for Telford and Wrekin, to be known as: The place of ..."
            statement = ctx.statement("vision", s, e, "sentence:stated-ambition", 0.45)
            return [statement] if statement else []
    return []


# "We want a world in which emotional and mental wellness is a human right.", "We want to bring about
# a world where everybody can lead longer, better lives ...": the world the body wants, its vision
_WANTED_WORLD = re.compile(r"\s*we\s+want\s+(?:to\s+(?:see|bring\s+about|create|build|help\s+(?:create|build))\s+)?a\s+"
                           r"(?:world|society|future|country|uk|scotland|wales)\s+(?:where|in\s+which|free\s+(?:from|of)|without)\b"
                           r"[^.;:!?]{8,240}[.!]?", re.IGNORECASE)


def wanted_world(ctx: Context) -> list[Statement]:
    """The vision of a page that states none otherwise, said as the world the body wants (the
    first such sentence; exam 103, after its run)."""
    for sentences in _blocks_mentioning(ctx, "want", ("para", "heading")):
        for s, e in sentences:
            if _WANTED_WORLD.fullmatch(ctx.text, s, e):
                statement = ctx.statement("vision", s, e, "sentence:wanted-world", 0.5)
                return [statement] if statement else []
    return []


# "... keep true to our vision of making a positive difference to people's lives.", "... a shared
# vision of achieving local excellence and global reach ...", "Council's Vision of being recognised
# ...": the vision named in passing, as a gerund's phrase to the sentence's end (not "Our Vision of
# Excellence, a 10-year strategy", a document's title; not "the vision of this strategy is ...")
_VISION_OF = re.compile(r"(?:our|a\s+shared|(?-i:[A-Z])[\w’'-]*['’]s?)\s+(?:(?:shared|long[- ]term|overall|collective)\s+)?"
                        r"vision\s+of\s+(?P<q>(?-i:[a-z]+ing)\s+(?:[^.;:!?\n“”\"]){12,250}?)\s*[.!]?\s*$", re.IGNORECASE)


def vision_of(ctx: Context) -> list[Statement]:
    """The vision of a page that states none otherwise, named in passing as "our vision of <doing
    something>" (the first such sentence: its words after "of"; three real pages, whose annotators
    took those words)."""
    for sentences in _blocks_mentioning(ctx, "vision of"):
        for s, e in sentences:
            found = _VISION_OF.search(ctx.text, s, e)
            if found is not None:
                statement = ctx.statement("vision", found.start("q"), found.end("q"), "sentence:vision-of", 0.4)
                return [statement] if statement else []
    return []


# "... this strategy addresses our vision to increase wellbeing and reduce health inequalities ...",
# "... support us in our mission to become the safest trust in the country ...", "... delivering our
# vision which is: to be recognised internationally ...": the vision or mission named in passing,
# its "to" phrase to the sentence's end (not "using our vision to shape the way we work", the
# vision as a tool; not "our mission to the highest standards", no verb; not "our vision and
# mission to ...", two at once)
_ROLE_TO = re.compile(r"(?<![\w’'])(?<!using\s)(?<!uses\s)(?<!use\s)"
                      r"(?:our|its|a\s+(?:shared|collective)(?=\s+vision)|the\s+(?:trust|charity|organisation|organization|board"
                      r"|icb|ccg|practice|partnership|hospice|alliance)['’]s)\s+(?:(?!and\b)[\w’'-]+\s+){0,2}?"
                      r"(?P<kind>vision|mission|purpose),?(?:\s+which\s+is\s*:?)?\s+"
                      r"(?P<q>(?-i:to)\s+(?!(?:the|our|a|an|this|that|date|life|guide|help|steer|drive|inform|shape|be\s+(?:found|read|seen))\b)(?-i:[a-z])[^.;!?\n]{12,300}?)"
                      r"\s*[.!]?[\"”’]?\s*$", re.IGNORECASE)

# "Our vision to provide ... is supported by the following ...": the "to" phrase is the subject
_SUBJECT_PASSIVE = re.compile(r"\s(?:is|are|will\s+be)\s+(?:supported|underpinned|set\s+out|described|delivered|built"
                              r"|based|achieved|reflected|shaped|informed|driven)\b", re.IGNORECASE)
# "In line with the charity's mission to deliver ..., trustees have a duty ...": the mission in a
# clause before the sentence's own subject, which the words after it run into
_FRONTED = re.compile(r"\s*(?:in\s+(?:line|keeping)\s+with|in\s+support\s+of|as\s+part\s+of)\b", re.IGNORECASE)


# "... the delivery of our vision “We want people to lead their best possible lives” and our
# strategic goals:": the vision quoted in passing (a trust's role description; exam 168)
_ROLE_QUOTED = re.compile(r"(?<![\w’'])(?:our|its|the\s+(?:trust|board|partnership)['’]s)\s+(?:(?:strategic|shared|new|overall)\s+)?"
                          r"(?P<kind>vision|mission|purpose),?\s*(?:of\s+)?(?:[“\"](?P<q>[^”\"]{8,250})[”\"]"
                          r"|‘(?P<q2>[^‘’]{8,250})’(?![a-z]))", re.IGNORECASE)

# "... how we will continue to deliver our mission - to care, discover and teach - through the 4
# themes of our vision:": the words between the dashes (a cancer centre's strategy; exam 176)
_ROLE_DASHED = re.compile(r"(?<![\w’'])(?:our|its)\s+(?:(?:core|overall|shared)\s+)?(?P<kind>vision|mission|purpose)\s+(?P<dash>[–—]|-(?=\s))\s+"
                          # ("held together by our mission – Making Life Better Together – which is at
                          # the centre of our work": a slogan in capitals, exam 186)
                          r"(?P<q>to\s+[^–—.;:!?]{5,200}?|(?-i:[A-Z])[^–—.;:!?]{5,120}?)\s+(?P=dash)\s", re.IGNORECASE)


def role_to(ctx: Context) -> list[Statement]:
    """The vision and the mission of a page that states them nowhere else, named in passing as
    "our vision to <do something>" (35 real pages in 43 whose annotators took those words when
    the page has a vision at all) or quoted after the word ("our vision “...”"): the first
    sentence for each."""
    found: dict[str, Statement] = {}
    for sentences in _blocks_mentioning(ctx, ("vision", "mission", "purpose"), ("para", "item")):
        for s, e in sentences:
            named = _named_in_passing(ctx, s, e)
            if named is None or named[0] in found:
                continue
            statement = ctx.statement(*named)
            if statement is not None:
                found[statement.kind] = statement
    return list(found.values())


def _named_in_passing(ctx: Context, s: int, e: int) -> tuple[str, int, int, str, float] | None:
    """(kind, start, end, rule, confidence) of the vision or mission sentence [s, e) names in
    passing: quoted or between dashes after the word, else its "to" phrase."""
    quoted = _ROLE_QUOTED.search(ctx.text, s, e) or _ROLE_DASHED.search(ctx.text, s, e)
    if quoted is not None and not _NATIONAL_OWNER.search(ctx.text, s, quoted.start()):
        q = "q" if quoted.group("q") is not None else "q2"
        return _kind(quoted.group("kind")), quoted.start(q), quoted.end(q), "sentence:role-quoted", 0.45
    named = _ROLE_TO.search(ctx.text, s, e)
    if named is None or _SUBJECT_PASSIVE.search(ctx.text, named.start("q"), named.end("q")) \
            or _NATIONAL_OWNER.search(ctx.text, s, named.start()) or _FRONTED.match(ctx.text, s, e) \
            or ctx.text[s:e].rstrip().endswith(":"):
        return None  # (a list's lead-in, "... clinicians are:", is not the whole of it)
    return _kind(named.group("kind")), named.start("q"), named.end("q"), "sentence:role-to", 0.4


# "Our role is to be an independent, informed and influential voice ...", "The role of East Sussex
# Healthcare NHS Trust is to provide the best possible healthcare service ..." (not a national body's)
# ("The ICB’s role is to join up health and care services ...": the body by its kind; exam 156)
_ROLE_IS_TO = re.compile(r"\s*(?:our\s+(?:core\s+|main\s+|primary\s+|key\s+)?role|the\s+(?:core\s+|main\s+|primary\s+)?role\s+of\s+"
                         r"(?:the\s+)?" + _NOT_NATIONAL + _OWNER_NAME
                         + r"|the\s+(?:icb|ccg|trust|board|partnership|alliance|collaborative|federation|practice)['’]s\s+"
                         r"(?:core\s+|main\s+|primary\s+|key\s+)?role)\s+is\s+to\s+\w+(?:\s+\S+){3}", re.IGNORECASE)


def role_statement(ctx: Context) -> list[Statement]:
    """The mission of a page that states none otherwise, said as the body's role: "Our role is to
    ...", "The role of <the organisation> is to ..." (the first such sentence; exam 74 and two
    real pages, after their run)."""
    for sentences in _blocks_mentioning(ctx, "role"):
        for number, (s, e) in enumerate(sentences):
            if _ROLE_IS_TO.match(ctx.text, s, e):
                statement = ctx.statement("mission", s, e, "sentence:role-is-to", 0.5)
                return [statement] if statement else []
            if _ROLE_ASKED.fullmatch(ctx.text, s, e) and number + 1 < len(sentences) \
                    and _TO_ANSWER.match(ctx.text, *sentences[number + 1]):
                # "Our role in that? To support and connect people and research ...": the answer (exam 80)
                statement = ctx.statement("mission", *sentences[number + 1], "sentence:role-asked", 0.5)
                return [statement] if statement else []
    return []


_ROLE_ASKED = re.compile(r"\s*our\s+role(?:\s+in\s+(?:that|this|all\s+this))?\s*\?\s*", re.IGNORECASE)
_TO_ANSWER = re.compile(r"\s*to\s+\w+(?:\s+\S+){3}", re.IGNORECASE)


def attributed(ctx: Context) -> list[Statement]:
    """A statement set off like a quotation, with "— Our vision" under it as its attribution
    ("> Every patient, the right response, every time." / "> — Our vision", round 33)."""
    found: list[Statement] = []
    for index in range(1, len(ctx.blocks)):
        block, before = ctx.blocks[index], ctx.blocks[index - 1]
        if before.kind == "heading" or index - 1 in ctx.used:
            continue
        label = _ATTRIBUTED.fullmatch(ctx.content(index))
        if label is None or not (block.marker in ("—", "–", "-") or ctx.content(index).lstrip()[:1] in "—–-"):
            continue
        kind = _kind(label.group("kind"))
        statement = ctx.statement(kind, before.start, before.end, f"quote:{kind}-attributed", 0.7)
        if statement is not None and all(f.kind != kind for f in found):
            ctx.used.update((index - 1, index))
            found.append(statement)
    return found


def table_cells(ctx: Context) -> list[Statement]:
    """A Markdown table headed "Our vision | Our mission" over one row: each cell states the role
    its header names (round 33)."""
    found: list[Statement] = []
    for block in ctx.blocks:
        if block.marker != "|":
            continue
        line_start = ctx.text.rfind("\n", 0, block.start) + 1
        header = table_header(ctx.text, line_start)
        if not header or not any(_ROLE_CELL.fullmatch(cell) for cell in header):
            continue
        # each cell's edges: the pipe before it (the row's first is just before the block)
        bounds = [block.start - 1] + [block.start + m.start() for m in re.finditer(r"\|", ctx.text[block.start : block.end])] \
            + [block.end]
        for number, cell in enumerate(header):
            role = _ROLE_CELL.fullmatch(cell)
            if role is None or number + 1 >= len(bounds):
                continue
            start, end = bounds[number] + 1, bounds[number + 1]
            kind = _kind(role.group("kind"))
            statement = ctx.statement(kind, start, end, f"table:{kind}-cell", 0.7, strip=" |")
            if statement is not None and all(f.kind != kind for f in found):
                found.append(statement)
        if found:
            return found
    return found


_ROLE_CELL = re.compile(r"(?:our\s+)?(?P<kind>vision|mission|purpose)", re.IGNORECASE)

"""What the extractors share: the document in hand, span trimming, sentences, cue patterns.

The cue patterns here are structural English (how NHS strategy pages announce a vision, a list
of commitments or a timeframe), not theme vocabulary: themes come only from ``ontology/themes.ttl``.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

from strategygraph.model import ReadDocument, Span, Statement
from strategygraph.segment import Block, is_title_like

NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "single": 1,
}
_NUMBER = r"(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)"

# "in the year ahead", "over the next five years", "during 2024/25", "by 2030", "2025/26"
TIMEFRAME = re.compile(
    r"\b(?:(?:in|during|over|for|within|across|by|throughout)\s+)?(?:the\s+)?"
    r"(?:(?:year|twelve months|12 months) ahead|coming (?:year|months|\w+ years)"
    r"|next (?:" + _NUMBER + r"|few|several|\d{1,2}[- ]?(?:to|-)[- ]?\d{1,2}) (?:years?|months)"
    # ("the long term" is one, "long term health conditions" a kind of illness: blind exam 36)
    r"|next year|this year|(?:short|medium|long) term(?![ \t-]+(?:health[ \t]+)?(?:conditions?|illness(?:es)?|diseases?|sickness|care|plan)\b)"
    r"|(?:(?:january|february|march|april|may|june|july|august|september|october|november|december)\s+)?"
    r"(?:(?:19|20)\d\d\s*(?:/|-|–|to)\s*(?:20)?\d\d|(?:19|20)\d\d))\b",
    re.IGNORECASE,
)
_TIMEFRAME_LEAD = re.compile(r"^(?:in|during|over|for|within|across|by|throughout)\s", re.IGNORECASE)

# "Case study: ...", "Patient story", "Jim's story" (round 30): a story told between or after
# the goals, never a goal nor a goal's statement
CASE_STUDY = re.compile(r"\s*(?:case\s+stud(?:y|ies)|(?:patient|staff|service\s+user)['’]?s?\s+stor(?:y|ies))\b",
                        re.IGNORECASE)

# Lead-ins whose list measures progress instead of committing to anything.
MEASURES_LEAD = re.compile(
    r"\b(?:how\s+we\s+will\s+(?:know|measure|track)|measures?|kpis?|indicators?|metrics|"
    r"success\s+looks\s+like|how\s+we(?:'|’)ll\s+know|we\s+will\s+know"
    # "What you will see" over "You will ..." outcomes (round 32)
    r"|what\s+(?:you|people|patients|staff|communities)\s+(?:will|should)\s+(?:see|notice)"
    # a year's results: "Performance against our aims in 2024/25", "What we achieved" (round 37)
    r"|performance\s+against|our\s+performance|what\s+we\s+(?:achieved|delivered)|our\s+achievements"
    r"|how\s+we\s+did|progress\s+(?:against|so\s+far|in\s+20\d\d))\b"
    # "Key trust-wide projects:" over project names: what is being run, not statements (round 26)
    r"|^\W*(?:key\s+|major\s+|main\s+)?(?:[\w-]+\s+){0,2}projects\s*:\s*$",
    re.IGNORECASE,
)

# "We will:" alone on its line (a lead-in, or one left over from a collapsed panel)
BARE_WE_WILL = re.compile(r"[\s*_]*we\s+will[\s*_]*(?::[\s*_]*)?", re.IGNORECASE)

# a practice's or trust's own people, who promise for it ("Our staff will always ...")
OUR_PEOPLE = r"(?:staff|clinicians|doctors|gps|nurses|receptionists|reception\s+team|practice\s+team|clinical\s+team)"

# Sentences that commit the organisation to something.
COMMIT = re.compile(
    r"\b(?:we\s+will|we['’]ll|we\s+shall|we\s+are\s+going\s+to|we['’]re\s+going\s+to"
    # "we are dedicated to promoting ..." commits; "dedicated to being excellent" states a quality
    # "We are fully committed to being transparent ..." (round 28)
    r"|we(?:\s+are|['’]re)\s+(?:(?:fully|firmly|deeply|wholly|totally|absolutely|truly|strongly|"
    r"also|all|jointly|collectively)\s+)?committed\s+to|we\s+(?:(?:fully|also|firmly)\s+)?commit\s+to"
    r"|we(?:\s+are|['’]re)\s+dedicated\s+to(?!\s+being\b)"
    r"|we\s+pledge\s+to"
    # "Over the coming years we have made a commitment to tackling ..." (exam 31)
    r"|we(?:\s+have|['’]ve)\s+(?:made\s+(?:a|the)\s+(?:firm\s+|clear\s+)?commitment|(?:also\s+)?committed)\s+to"
    # "On 10 January 2020 we announced our commitment to working closer with ..." (exam 31)
    r"|we\s+(?:have\s+)?announced\s+(?:our|a)\s+(?:firm\s+|clear\s+)?commitment\s+to"
    # "We remain fully committed to", "We remain ambitious and committed to providing ..."
    r"|we\s+remain\s+(?:\w+\s+(?:and\s+)?)?committed\s+to"
    r"|the\s+(?:trust|icb|icp|ics|board|partnership)\s+is\s+(?:\w+\s+)?committed\s+to"
    r"|\band\s+(?:so\s+)?are\s+committed\s+to"
    # "When the federation was set up, one of our three aims was to support general practice at
    # scale" (an aim still pursued, exam 32's rule (ad)); "... confirm that the CCG intends to work ..."
    # ("One of our key priorities is to reduce ...": no commitment, exam 31's annotator)
    r"|\bone\s+of\s+our\s+(?:[\w-]+\s+){0,2}aims\s+was\s+to\b"
    r"|\bthe\s+(?:ccg|icb|trust|federation|partnership|board)\s+intends\s+to\b"
    # "... LWCCG is a membership-led organisation committed to commissioning ..." (exam 32's rule (ac))
    r"|\bis\s+an?\s+(?:[\w-]+\s+){0,3}organi[sz]ation\s+committed\s+to\b"
    # "... we have been working towards this for years and will continue build on ..." (exam 32)
    r"|\bwe\s+have\s+been\s+[a-z]+ing\b[^.;:!?]{0,120}?\band\s+will\s+(?:continue|keep|build|go\s+on)\b"
    r"|we\s+promise\s+to|we\s+aim\s+to|we\s+intend\s+to|our\s+commitment\s+to"
    # "Our staff will always treat you with respect", "Our clinicians will always endeavour to ..."
    # (a practice's promises; exam 48, after its run)
    # (with "always", or "Our staff will work ...": not "our receptionists will ask you ...",
    # "Our GPs will not prescribe ...", "Our staff will not tolerate abuse", notices)
    r"|\bour\s+" + OUR_PEOPLE + r"\s+will\s+always\s+(?!need\b|have\s+to\b|be\s+able\b)"
    r"|\bour\s+(?:staff|clinicians|teams?)\s+will\s+(?!not\b|need\b|have\s+to\b|be\s+(?:able|on|away|running|closed|available|unable)\b"
    r"|ask\b|call\b|contact\b|tell\b|request\b)"
    # "We strive to use the expertise ... to deliver high quality services" (exam 31's rule (m));
    # not "we strive to be ..." (a quality, as values are)
    r"|we\s+(?:always\s+|constantly\s+|continually\s+)?strive\s+to(?!\s+be\b|\s+(?:use|live|uphold|embody|demonstrate)\s+(?:them|these|our\s+values)\b)"
    # "Our commitment is to give every patient a named contact ..." (round 29)
    r"|our\s+(?:(?:joint|shared|main|key|overall)\s+)?commitment\s+is\s+to"
    # "Our ambition is to ...", "Our ambition during the life of this strategy is to ..."
    # "Our joint aim is to support local people ..." (round 28); "Our goal is to ..." (round 29)
    r"|our\s+(?:(?:joint|shared|collective|common|overall|main|overarching)\s+)?(?:ambition|aim|goal)(?:\s+(?:for|during|over|in|across|as|of|the|this|these|next|life|"
    r"coming|five|ten|\w+[- ]year|years?|strategy|period|decade|\d{4}(?:[-/–]\d{2,4})?)){0,8}\s+is"
    # ("Our goal is simple but powerful: to give every person ...", exam 31)
    r"(?:\s+(?:simple|clear)(?:\s+(?:but|and)\s+\w+)?\s*[:–—-])?\s+to"
    # "Our ambition is for everyone in Brookmere to have the same chance ..." (round 30)
    r"|our\s+(?:(?:joint|shared|collective|common|overall|main|overarching)\s+)?(?:ambition|aim)\s+is\s+"
    r"for\s+(?:everyone|everybody|every\s+\w+|all)\b(?=[^.;:!?]{0,120}?\bto\s)"
    # "Our people priority is to build ...": a named priority, stated like an ambition
    r"|our\s+(?:[a-z]+\s+)?priority\s+is\s+to"
    # "Over the next decade, it's our ambition that NCA will become ..." (round 31)
    r"|it(?:['’]s|\s+is)\s+our\s+(?:(?:shared|joint|overall|collective)\s+)?(?:ambition|aim|intention)\s+(?:that|to)"
    # "The aim of the Sussex Health and Care Partnership is to improve lives ..." (round 31): an
    # organisation's own aim, named by it
    r"|^\W*the\s+(?:(?:main|overall|shared|core)\s+)?aim\s+of\s+(?:the\s+)?(?-i:[A-Z])[\w’'&-]*"
    r"(?:\s+[\w’'&()-]+){0,8}\s+is\s+to"
    # "Our Team at the Countess is very special and is committed to providing ..." (round 31)
    r"|\bour\s+(?:team|staff|people|trust|organisation|organization|workforce|board)\b[^.;:!?]{0,60}?"
    r"\bis\s+(?:(?:fully|firmly|deeply|also)\s+)?committed\s+to"
    # "The local NHS and Cheshire West and Chester Council is committed to developing ..." (exam
    # 30): a named subject that opens the sentence (not the government's)
    r"|^\W*(?:the\s+)?(?!(?:UK\s+|the\s+)?government\b)(?-i:[A-Z])[\w’'&-]*(?:\s+[\w’'&()-]+){0,10}?\s+(?:is|are)\s+"
    r"(?:(?:fully|firmly|deeply|also|jointly)\s+)?committed\s+to(?=\s+\w+ing\b)"
    # "The practice will review its appointment system ...", "The Trust will open ..." opening the
    # sentence: the organisation's own page naming itself (round 41; round 30's rule (a))
    r"|^\W*the\s+(?:trust|icb|practice|partnership|federation)\s+will(?!\s+(?:be|have|need|continue\s+in\s+operation)\b)"
    # ... or by its initials: "The BSG will stand up for patients", "The PCN will work to ensure ..."
    # (exam 112, after its run; not a regulator's or the government's: "The CQC will inspect ...")
    # (written as initials, not in capitals throughout: not "THE PLAN WILL DELIVER ...")
    r"|(?-i:^\W*[Tt]he\s+(?!NHS\w*\b|CQC\b|DHSC\b|UKHSA\b|HSE\b|GMC\b|NMC\b|HCPC\b|UK\b|EU\b|MHRA\b|NICE\b|ONS\b"
    r"|HEE\b|OHID\b|PHE\b|WHO\b)[A-Z]{2,6}\s+will)(?!\s+(?:be|have|need)\b)"
    # ("Over the next five years the Trust will focus on building ...", a real trust's news item)
    r"|^\W*(?:over|during|in)\s+the\s+(?:next|coming)\s+[\w-]+\s+(?:years?|months?),?\s+the\s+(?:trust|icb|board|partnership)"
    r"\s+will(?!\s+(?:be|have|need)\b)"
    r"|we\s+will\s+continue|we\s+are\s+committing\s+to)\b",
    re.IGNORECASE,
)
_NOT_SUBJECT = {
    "how", "what", "why", "where", "when", "which", "that", "who", "if", "whether", "unless",
    "ways", "things", "areas", "steps", "changes",
    "until", "once", "as", "so", "because", "than", "whatever", "whenever", "wherever",
    "before", "after", "while", "whilst", "can", "will", "should", "shall", "say", "said",
    "know", "think", "believe", "hope", "mean", "means", "way",
    # the same verbs in other forms: "..., knowing we will be listened to"
    "knowing", "knows", "thinking", "believing", "hoping", "meaning", "saying", "says",
    "trusting", "confident", "sure",
}
_FORECAST_BEFORE = re.compile(r"\bwe\s+(?:predict|expect|estimate|forecast|anticipate)\s+(?:that\s+)?$", re.IGNORECASE)
_META = re.compile(
    r"\b(?:we\s+will|we['’]ll|the\s+(?:trust|icb|practice|partnership|federation)\s+will)\s+(?:also\s+)?(?:set\s+out|explain\s+(?:how|why|what|where|when|more|in\s+(?:more\s+)?detail|this|these|the\s+(?:plan|strategy|changes|choices|options|reasons?\s+for\s+(?:this|these|our))|our\s+(?:plans?|approach|strategy|priorities|thinking|reasons?))\b|describe|outline|look\s+at|cover|"
    # "We will publish our annual report" (not "We will publish a plain English summary of every
    # board decision": a commitment to openness, round 32)
    r"share\s+(?:more|further|updates?)|publish\s+(?:(?:this|the|our|its|an?|it|regular|annual|quarterly|yearly)\s+)*(?:[\w-]+\s+){0,2}?(?:strategy|plan|report|reports|update|updates|progress|refresh|it)\b(?!\s+on\s+(?!(?:our\s+|the\s+|its\s+|their\s+)?(?:progress|performance|delivery)\b))|publish\s+it\b|publish\s+an?\s+update\b[^.]{0,60}\bannual\s+report|publish\s+an?\s+(?:updated|revised|new|refreshed)\s+version\s+of\s+(?:this|the|our)\s+(?:strategy|plan)\b|update\s+this|report\s+on\s+progress\s+here|"
    r"report\b.{0,40}\b(?:progress|board|annual\s+report)|review\s+(?:this|our|the)\s+strategy|"
    # "We will hold ourselves to account by reporting on our progress at every public board meeting" (round 44)
    r"hold\s+ourselves\s+(?:to\s+)?account\b.{0,20}\breporting\b|"
    r"monitor\s+(?:progress|delivery)|analyse\s+our\s+performance|"
    # an easy-read plan's "We will check how we are doing every year", "We will write an easy
    # read report to tell you what has happened" (round 47)
    r"check\s+how\s+we\s+are\s+doing|write\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}report\b|"
    # what an engagement heard: "We will publish a summary of what people have told us each year" (round 53)
    r"publish\s+an?\s+summary\s+of\s+what\s+(?:people|you|patients|staff)\b|"
    # the lead-in that names the goals: "Over the next three years we will focus on four digital
    # priorities" (round 53)
    r"focus\s+on\s+(?:our\s+|the\s+)?(?:two|three|four|five|six|seven|[2-9])\s+(?:[\w-]+\s+)?(?:priorities|goals|objectives|ambitions|areas|themes)\b|"
    # a site's newsletter offer: "Sign up ... and we will send you the latest council news" (round 53)
    r"send\s+you\s+(?:the\s+|our\s+)?(?:latest|news|updates|newsletter)\b|"
    # how a consultation runs: "We will use your feedback to help the board decide" (round 29)
    r"use\s+(?:your|the|all\s+(?:of\s+)?(?:the|your))\s+(?:feedback|views|comments|responses)\b|"
    # ("We will achieve this by:" / "... through the delivery of our six priorities:", a list's
    # lead-in; not "We will achieve this by working in partnership with ...", said whole and a
    # commitment for real pages' annotators, 6 in 6)
    r"achieve\s+(?:this|these|it|them|our\s+vision)\s+(?:through|by)(?=\s*(?::|$)|[^.!?]*:\s*$"
    r"|\s+(?:focusing|concentrating|the\s+delivery|delivering)\s+(?:on\s+)?(?:of\s+)?(?:our|the|these)\s+(?:\w+\s+){0,2}"
    r"(?:priorities|objectives|goals|aims|ambitions|pillars|themes)"
    # ("... we will achieve this through our HEART values.": how, by the values; "... through our…": cut off)
    r"|\s+(?:our|the|these)\s+(?:[\w-]+\s+)?values\b|[^.!?]*…)"
    # "we will launch the refreshed strategy at the Annual Members' Meeting" (round 44)
    r"|launch\s+(?:the|our|this)\s+(?:new\s+|refreshed\s+|updated\s+)?(?:strategy|plan)\b)"
    r"|\b(?:we\s+will|we['’]ll)\s+(?:keep\s+you\s+(?:updated|informed|posted)|assume\b)"
    # a site's "Report a problem with this web page": "contact us at webmaster@... and we'll put it right" (exam 52)
    r"|\b(?:web\s*page|website|webmaster|this\s+page)\b[^\n]{0,100}?\b(?:we\s+will|we['’]ll)\s+(?:put\s+it\s+right|fix\s+it)\b"
    # the strategy reviewed: "We will review it every year", "We will update it if ..." (round 33)
    r"|\b(?:we\s+will|we['’]ll)\s+(?:also\s+)?(?:review|update|refresh|revisit)\s+(?:it|ours|this|them)\b"
    # data-protection terms: "We will only use your personal information to ..." (round 29)
    # (not a charter's promise: "We will keep your information confidential.", round 49)
    r"|\b(?:we\s+will|we['’]ll)\s+(?:only\s+|not\s+|never\s+)?(?!keep\s+your\s+(?:personal\s+)?(?:information|data|details)\s+(?:confidential|safe|secure|private)\b)(?:use|share|keep|store|process|hold|"
    r"pass\s+on|disclose)\s+(?:any\s+of\s+)?your\s+(?:personal\s+)?(?:information|data|details)\b"
    # an offer to staff who join: "We will support your development from day one" (round 29)
    r"|\b(?:we\s+will|we['’]ll)\s+(?:also\s+)?(?:support|help|invest\s+in)\s+(?:you\s+(?:to|with|in)\s+)?"
    r"(?:[\w-]+\s+){0,2}?your\s+(?:own\s+)?(?:development|career|preceptorship|training|learning|"
    r"progression|skills)\b"
    # an event's arrangements: "We will be holding drop-in sessions across ..." (round 29)
    r"|\b(?:we\s+will|we['’]ll)\s+be\s+(?:holding|hosting|running)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:sessions?|events?|meetings?|webinars?|workshops?|roadshows?|open\s+days?)\b"
    r"|\bwe\s+will\s+(?:also\s+)?(?:develop|produce|draft|write|agree|refresh)\s+(?:our|a|an|the)\s+"
    r"(?:[\w-]+\s+){0,3}?(?:vision|strategy|plan|priorities|performance\s+framework)\b"
    r"|\bcookies?\b"
    # site boilerplate: "We are committed to making this website accessible", "... your privacy"
    # (the website as the sentence's matter, not as a channel: "... explained by means of a
    # leaflet or on our website" commits; nor a hospital's "site": "We will develop the site ...")
    r"|\bthis\s+(?:website|web\s+site|site)\b|\baccessible\s+website\b|\byour\s+privacy\b"
    r"|\b(?:make|making|made|keep|keeping|improve|improving|update|updating)\s+(?:our|the)\s+(?:website|web\s+site)\b"
    r"|\b(?:our|the)\s+(?:website|web\s+site)\s+(?:is|uses|will\s+be)\b"
    # ("We'll also publish our waiting times on our website every month": publishing, by convention)
    r"|\bpublish\b[^.;]{0,60}?\bon\s+(?:our|the)\s+(?:website|web\s+site)\b"
    # an accessibility statement or privacy notice: "We will fix the PDF documents on our website
    # by ...", "... meets the WCAG 2.2 AA standard", "... when you browse our site"
    r"|\b(?:fix|review|test|audit|check)\b[^.;]{0,60}?\b(?:on|of)\s+(?:our|the)\s+(?:website|web\s+site)\b"
    r"|\bwcag\b|\baccessibility\s+(?:standards?|regulations?|statement)\b"
    r"|\b(?:browse|visit|use)\s+(?:our|this|the)\s+(?:website|web\s+site|site)\b"
    r"|\b(?:make\s+sure|ensure)\s+(?:that\s+)?(?:our|the)\s+(?:website|web\s+site)\b",
    re.IGNORECASE,
)
# A lead-in whose list is sources or examples, not commitments: "... are drawn from:",
# "So, for example:".
NOT_COMMIT_LEAD = re.compile(
    r"\b(?:drawn\s+from|based\s+on|informed\s+by|for\s+example|such\s+as|e\.g\.|"
    r"(?:is|are|was|were)\s+designed\s+to|told\s+us(?:\s+[\w’']+){0,8}|how\s+we\s+will|"
    # ("... our strategy aims to address some of the key challenges and barriers faced by the
    # Hospice:", exam 39 after its run)
    # (not "We will work with partners to overcome these barriers:" over what will be done)
    r"(?<!overcome these )(?<!overcome the )(?<!overcome )(?<!tackle these )(?<!tackle the )(?<!tackle )"
    r"(?<!address these )(?<!address the )(?<!remove these )(?<!remove the )(?<!reduce these )(?<!reduce the )"
    r"(?:challenges|risks|issues|problems|barriers)(?:\s+(?:and|&)\s+(?:challenges|risks|issues|problems|barriers))?"
    r"(?:\s+we\s+face|\s+faced\s+by\s+[^:.]{1,40}?)?(?:\s+(?:include|are))?"
    # "There are seven guiding principles that we will design and deliver our services around:" (dev set 13)
    r"|\bprinciples\s+(?:that|which)\b[^:.]{0,80})\s*[:.]?\s*$",
    re.IGNORECASE,
)
# No promise follows: "We will not:" over what the organisation refuses to do (dev set 8);
# "Where we want to get to:" / "How we plan to get there:" over a vision or mission (dev set 10)
NO_PROMISE_LEAD = re.compile(r"\W*(?:we\s+(?:will|shall)\s+not|we\s+won['’]t"
                             r"|(?:where|how)\s+we\s+(?:want|plan|intend|aim|hope)\s+to\s+(?:get|go|be)(?:\s+(?:there|to))?)"
                             r"\s*:?\s*", re.IGNORECASE)
# "Our six Strategic Aims are underpinned by eight Enabling Plans", "Our priorities are
# supported by three enablers:": the list under it names what serves the goals (plans,
# enablers, strategies), neither goals nor commitments (round 26); "... supported by four
# strategic objectives:" still names goals
ENABLERS_LEAD = re.compile(
    r"\b(?:are|is)\s+(?:underpinned|supported|enabled|delivered|driven)\s+(?:by|through)\s+"
    # ("This over-arching approach is supported by a number of more detailed strategies
    # including:", dev set 11)
    r"(?:our\s+|the\s+|a\s+(?:number|range|set)\s+of\s+)?(?:(?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten)\s+)?"
    r"(?:[\w-]+\s+){0,2}?(?:plans|enablers|strategies)(?:\s+(?:including|which\s+are|as\s+follows))?\s*[:.]?\s*$",
    re.IGNORECASE,
)
# Page furniture that reads like a list entry: "Our strategy can be downloaded here."
LINK_TEXT = re.compile(
    # "... can be found here" (not "so care can be accessed both in and out of the hospital")
    r"\b(?:can\s+be\s+(?:downloaded|found|read|viewed|accessed)(?=\s*[.!]?\s*$|\s+(?:here|below|above|"
    r"online|at|on|via|from|in\s+full|by\s+clicking|using)\b)|click\s+here|download\s+(?:it|the|our)"
    r"\b.{0,40}\bhere)\b",
    re.IGNORECASE,
)
# Sentences about the strategy document: "Our strategy describes the building blocks we will ...".
_DOC_SUBJECT = re.compile(
    r"\W*(?:our|the|this|it)\s+(?:(?:new|trust|refreshed|five[- ]year|\w+)\s+){0,2}"
    r"(?:strategy|plan|document|page|report|summary)?\s*"
    r"(?:describes|sets\s+out|explains|outlines|shows|summarises|details|covers)\b"
    # "This statement is more about what we aspire to – we aim to ...", "This mission is worded
    # so that ...": a note on the framework's own wording (dev set 10)
    r"|\W*this\s+(?:statement|vision|mission|purpose)\s+(?:is|was)\s+(?:more\s+|mostly\s+|really\s+)?"
    r"(?:about|worded|written|intended|meant)\b",
    re.IGNORECASE,
)
# "Key achievements in 2024/25", "Highlights of 2024": the year's results, not its commitments (round 43)
LOOKING_BACK = re.compile(r"\b(?:achievements?|achieved|highlights|looking\s+back|year\s+in\s+review|our\s+impact|"
                           r"review\s+of\s+the\s+year|successes)\b"
                           # ("We supported developments that would improve outcomes in treatment and care:",
                           # "We worked collaboratively with other charities ...:": a report of the year's work; exam 87)
                           r"|^\W*(?:(?:in|during|over)\s+(?:20\d\d(?:/\d\d)?|the\s+(?:last|past)\s+(?:year|\w+\s+years)),?\s+)?"
                           r"we\s+(?:have\s+)?(?!need|will|shall)(?-i:[a-z]{3,}ed)\b[^.!?]*:\s*$", re.IGNORECASE)
# A line that introduces the list after it as commitments.
COMMIT_LEAD = re.compile(
    r"\b(?:we\s+will|we['’]ll|we\s+shall|we\s+are\s+going\s+to|we['’]re\s+going\s+to|we\s+aim\s+to|we\s+plan\s+to|we\s+strive\s+to|"
    r"we\s+intend\s+to|we\s+commit\s+to|we\s+promise|we\s+pledge|we\s+are\s+committed\s+to|"
    # "we want to" over a list, a bare "We want to:" too (two real pages' annotators read its list
    # as promises, where round 28 had read principles; exams 44-45, after their run); not "We
    # want to see:" over outcomes ("life expectancy ... start to improve again": what the vision
    # looks like, not actions, exam 32)
    # (or a bare "We aim:" / "Together with our partners, we want:" over its list; real annotators)
    r"we\s+want\s+to(?!\s+see\s*:\s*$)|we\s+(?:aim|want)(?=\s*:\s*$)|"
    # ("... while ensuring value for the taxpayer. We do this by:" over its means, as "We will do
    # this by:" is: a regulator's charter)
    r"we\s+(?:do|achieve|deliver)\s+(?:this|these|it|that)\s+by(?=\s*:\s*$)|we\s+would\s+like\s+to|we\s+wish\s+to(?=\s*:\s*$)|our\s+(?:key\s+|main\s+|top\s+)?(?:priorities|commitments|"
    r"promises|pledges|actions|focus)|priorities\s+(?:are|for|include)|we\s+have\s+committed\s+to|"
    # ("The patient can expect:", "What You Should Reasonably Expect From The Doctors And Staff":
    # a practice charter's promises; not what the practice expects from its patients)
    r"(?:we|you|(?:the\s+|our\s+)?patients?)\s+(?:can|should|will)\s+(?:reasonably\s+)?expect(?![^:]*\bfrom\s+(?:you|patients))"
    # ("As a patient you are entitled to:" over what the practice gives every patient: its
    # charter's promises, as the real annotators of two such lists read them)
    r"|\bas\s+(?:an?\s+)?(?:nhs\s+)?patient\b[^:.;]{0,60}?,?\s+you\s+are\s+entitled\s+to(?=\s*:\s*$)"
    r"|\b(?:our\s+)?patients\s+are\s+entitled\s+to(?=\s*:\s*$)"
    r"|key\s+actions|what\s+we\s+will\s+do"
    # "To this end we have adopted the following standards:", "The Patients at Peelhouse Medical
    # should:" (a practice's service standards, what every patient is to receive), "We are
    # passionate that we should:"
    r"|\b(?:adopted|set\s+(?:out\s+)?|follow)\s+the\s+following\s+standards(?=\s*:\s*$)"
    r"|^\W*(?:the\s+|our\s+)?patients\b[^:.]{0,40}\bshould(?=\s*:\s*$)|\bwe\s+should(?=\s*:\s*$)"
    r"|the\s+(?:icb|icp|ics|trust|partnership|board|system)\s+will(?!\s+not)"
    # "Our staff will:" over what they do for every patient (a report's mission, exam 38 after its run)
    r"|our\s+(?:staff|teams?|people|clinicians|nurses)\s+will(?=\s*:\s*$)"
    # "It will see QEH work to:", "The alliance will work to:" over what it will do (a trust's
    # launch news; exam 134, after its run)
    r"|\bwill\s+(?:see\s+(?:the\s+)?[\w’'&-]+\s+)?work\s+to(?=\s*:\s*$)"
    # "In doing this we:", "Thinking ahead, our plans also include:", "Our aim is to continually:"
    r"|\b(?:this|these|it|so|together|organisation|trust|partnership|board|system|icb|ics|ccg),?\s+we"
    r"(?=\s*:\s*$)|\bplans\s+(?:also\s+)?include|\bis\s+to\s+(?:[a-z]+ly|always)(?=\s*:\s*$)"
    # "Our aim is to ….." over a practice's promises (the colon an ellipsis; exam 50, after its run)
    r"|\bour\s+(?:main\s+|overall\s+)?aim\s+is\s+to(?=\s*(?::|…|\.{2,})+\s*$)"
    # "Our planned changes include:" over what will change (a locality plan; exam 50, after its run)
    r"|\b(?:our\s+)?planned\s+(?:changes|improvements|actions|developments)(?:\s+(?:for|in|during|over)\s+[^:]{1,30}?)?"
    r"\s+(?:include|are)(?=\s*:\s*$))",
    re.IGNORECASE,
)
# How staff work together, not what the organisation commits to: "four cultural steps – or
# pillars", "Our culture is shaped by four pillars. They describe how we want to work ...:" (exam 30)
CULTURE = re.compile(r"\bcultur(?:e|al)\b|\bways\s+of\s+working\b|\bbehaviou?rs\b", re.IGNORECASE)
# A lead-in in the third person that commits others with the organisation: "The Chief Executives
# ... have further committed to:", "The partners will:", "Partner organisations have agreed to:"
# (round 28)
THIRD_PERSON_COMMIT_LEAD = re.compile(
    r"\b(?:have|has)\s+(?:(?:also|further|jointly|collectively|all|each|now)\s+)?"
    r"(?:committed|pledged|agreed|promised|signed\s+up)\s+to\s*:\s*$"
    # "The Trust's new strategy commits to:", "The plan also pledges to:" (round 31)
    r"|\b(?:strategy|plan|trust|board|icb|ics|partnership|organisation|organization)\s+(?:also\s+|further\s+)?"
    r"(?:commits|pledges|promises)\s+to\s*:\s*$"
    # "The Collaborative aims to:" on its own page (exam 32, after its run; round 30's rule (a))
    r"|^\W*the\s+(?:trust|icb|ics|partnership|collaborative|federation|network|board|organisation|practice)\s+"
    r"(?:aims|intends|plans)\s+to\s*:\s*$"
    # "OAHP will:" over what the partnership will do, named by its initials (exam 84)
    r"|^\W*(?-i:(?!NHS\b)[A-Z]{2,8})\s+will\s*:\s*$"
    # "In pursuing this object the Society shall:" over its constitution's list (exam 123, after its run)
    r"|\bthe\s+(?:society|charity|college|association|hospice|council|alliance|network|faculty)\s+(?:will|shall)\s*:\s*$"
    # "The College of Paramedics is committed to:" over its list (exam 78)
    r"|\bis\s+(?:also\s+|fully\s+|deeply\s+)?committed\s+to\s*:\s*$"
    r"|\b(?:partners|partnership|partner\s+organisations|organisations|members|boards|leaders|"
    r"chief\s+executives)\s+(?:will|(?:have|has)\s+(?:also\s+)?agreed\s+to)\s*:\s*$"
    # "This journey will include:" over what the strategy's five years hold (blind exam 36, after its run)
    r"|^\W*(?:this|our|the)\s+(?:(?:five|ten|\d{1,2})[- ]year\s+)?(?:journey|strategy|plan)\s+will\s+include\s*:\s*$",
    re.IGNORECASE,
)
# ("We strive to" over a GP practice's charter bullets, its colon lost; exams 42-43, after their run)
# ("Our ambition is to" over its bullets, the colon lost; a national body's delivery plan, exam 150)
_BARE_WILL_END = re.compile(r"\b(?:we\s+will|we['’]ll|we\s+(?:strive|aim|promise|pledge)\s+to"
                            r"|our\s+(?:ambition|aim)\s+is\s+to)$", re.IGNORECASE)
# A copy that lost its full stops (a PDF transcript): "... around 410,000 people We work with
# ...", "... for the five years Goal 1 Safe and reliable care Over the next five years we will
# ...". In a "sentence" of 12 words or more, a new one starts at "We"/"Our" + a lower-case word
# or at a numbered goal's label after a lower-case word or a figure (round 47).
_RUN_ON_BREAK = re.compile(r"(?<=[a-z0-9%)])[ \t]+(?=(?:We|Our)[ \t]+[a-z]|In[ \t]+20\d\d\b|(?:Goal|Priority|Objective|Aim)[ \t]+\d{1,2}[ \t]+[A-Z])")
# (and, in a stretch of 40 words or more, "The" + a lower-case word)
_LONG_RUN_ON_BREAK = re.compile(r"(?<=[a-z0-9%)])[ \t]+(?=(?:We|Our|The)[ \t]+[a-z]|In[ \t]+20\d\d\b|(?:Goal|Priority|Objective|Aim)[ \t]+\d{1,2}[ \t]+[A-Z])")


def _run_on_parts(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """A long stretch with no stops, cut where the next sentence plainly starts."""
    if end - start < 60 or len(text[start:end].split()) < 12:
        return [(start, end)]
    parts: list[tuple[int, int]] = []
    cursor = start
    pattern = _LONG_RUN_ON_BREAK if len(text[start:end].split()) >= 40 else _RUN_ON_BREAK
    for match in pattern.finditer(text, start, end):
        if len(text[cursor : match.start()].split()) >= 2:
            parts.append((cursor, match.start()))
            cursor = match.end()
    parts.append((cursor, end))
    return parts


_SENTENCE_END = re.compile(r"(?<=[.!?])[”’\"')]*\s+(?=[\"“‘'(]?[A-Z0-9])"
                           # a stop with no space after it before a sentence's usual first word,
                           # as scraped pages lose it ("... for Sunderland.We aim to ...")
                           r"|(?<=[a-z]{2}[.!?])(?=(?:We|Our|The|This|These|It|In|As|They|By)\s)"
                           # no stop at all, two list entries glued ("... and innovationWe will be ...")
                           r"|(?<=[a-z]{3})(?=We\s+(?:will|are|aim|want|value)\b)"
                           # a line with no stop, then a line that states a role ("... local
                           # people" / "Our vision is to ensure ...": two lines of a poster; exam 196)
                           r"|(?<=[a-z])[ \t]*\n(?=Our\s+(?i:vision|mission|purpose)\s+(?:is|was|will\s+be)\b)")
_ABBREV = re.compile(r"(?:\b(?:e\.g|i\.e|etc|St|Dr|Mr|Mrs|Ms|Prof|No|vs|approx|inc)\.)$", re.IGNORECASE)
_QUOTES = "\"'“”‘’"
_LEAD_TRIM = " \t\r\n\u00a0*_"
# emoji and pictographs (with their joiners and variation selectors) before a statement's first word
_LEAD_ICON = re.compile("[\U0001F000-\U0001FAFF\u2600-\u27BF\u2B00-\u2BFF\uFE0F\u200D\U0001F3FB-\U0001F3FF]+[ \t\u00a0]+")
_LIST_GLUE = re.compile(r"[;,]\s*(?:and|or),?\s*$")  # "...;  and", "..., and", "...; and," closing a list item
_TAIL_TRIM = " \t\r\n\u00a0*_"
# (no leading spaces in the pattern: a long run of them made the search quadratic, 20 s on the
# hostile "spaces-br.md"; the space before the arrow is checked by hand)
_LINK_ARROW = re.compile(r"[»›→]+[ \t\u00a0]*$")


def number_in(text: str) -> int | None:
    """The count a heading or intro announces: "Our three goals", "four key values"."""
    match = re.search(
        r"\b(" + _NUMBER + r")\s+[“\"‘']?(?:[\w-]+\s+){0,3}?"
        r"(?:goals|values|objectives|aims|ambitions|pillars|priorities|areas|themes|commitments|"
        r"outcomes|promises|principles|elements|policies)\b",
        text,
        re.IGNORECASE,
    )
    return count_of(match.group(1)) if match else None


def count_of(word: str) -> int | None:
    """The number a count word or numeral stands for: "four" -> 4, "12" -> 12."""
    word = word.lower()
    return int(word) if word.isdigit() else NUMBER_WORDS.get(word)


# an acrostic's letter before its line: "P : put our population at the heart of all we do"
_ACROSTIC_LETTER = re.compile(r"[ \t]*[A-Z][ \t]*[:–—=-][ \t]+(?=[A-Za-z])")


def take_lines(ctx: Context, lines: list[int], rule: str, confidence: float,
               timeframe: str | None = None) -> list[Statement]:
    """Each block of ``lines`` whole as a commitment (an entry whose list marker was lost); every
    block is taken, whether or not it gave a statement."""
    found: list[Statement] = []
    for j in lines:
        ctx.used.add(j)
        letter = _ACROSTIC_LETTER.match(ctx.text, ctx.blocks[j].start, ctx.blocks[j].end)
        start = letter.end() if letter else commitment_start(ctx.text, ctx.blocks[j].start, ctx.blocks[j].end)
        st = ctx.statement("commitment", start, ctx.blocks[j].end, rule, confidence, timeframe=timeframe)
        if st is not None:
            found.append(st)
    return found


# a sentence that promises what will be done: "You will be treated ...", "Every effort will be
# made ...", "We are committed to ...", "We aim to ..."
_PROMISE_SENTENCE = re.compile(r"\b(?:will|shall|committed|aim\s+to|endeavour|undertake|promise|strive)\b", re.IGNORECASE)


def promise_sentences(ctx: Context, lines: list[int], rule: str, confidence: float,
                      timeframe: str | None = None) -> list[Statement]:
    """A charter's promises, one per line: a line of one sentence whole (when it opens "You",
    "Your" or "We", or promises), a line of several split
    into its sentences that promise something (not "You have the right to see your records.",
    "Please let us know ..."), as real annotators recorded them (two of three charter pages)."""
    found: list[Statement] = []
    for j in lines:
        block = ctx.blocks[j]
        sentences = ctx.sentences(block.start, block.end)
        if len(sentences) <= 1:
            if _PROMISE_OPENING.match(ctx.content(j)) or _PROMISE_SENTENCE.search(ctx.content(j)):
                found.extend(take_lines(ctx, [j], rule, confidence, timeframe))
            else:
                ctx.used.add(j)  # ("If you are dissatisfied with us ...": no promise)
            continue
        ctx.used.add(j)
        for start, end in sentences:
            text = ctx.text[start:end]
            if _PROMISE_SENTENCE.search(text) and not _NOT_PROMISE_LINE.match(text) \
                    and not re.match(r"\s*(?:this|that|it)\s+will\b", text, re.IGNORECASE):
                st = ctx.statement("commitment", start, end, rule, confidence, timeframe=timeframe)
                if st is not None:
                    found.append(st)
    return found


def timeframe_of(text: str) -> str | None:
    """The timeframe phrase a lead-in or heading states, lower-cased as written."""
    match = TIMEFRAME.search(text)
    if not match:
        return None
    phrase = re.sub(r"\s+", " ", match.group(0)).strip().lower()
    return phrase


# "Digitising care: We will place a focus on ...": the label names a principle; the commitment
# is the sentence after it.
# ("**Fairness** – We will put ...": a bold name and a dash, round 39)
# ("OUR PROMISE:- We will provide ...", a practice's charter: the colon and dash together, exam 55)
_WILL_LABEL = re.compile(r"[ \t]*(?:\*\*|__)?(?!We\b)(?:[A-Z][\w’'-]*)(?:[ \t]+[\w’'-]+){0,4}(?:\*\*|__)?[ \t]*(?::[ \t]*[-–]?(?:\*\*|__)?|[ \t][–—-][ \t]*)[ \t]*"
                         r"(?=[Ww]e[ \t]+will\b|[Ww]e['’]ll\b"
                         # "Improving quality: Individually and together, we will ..." (exam 30)
                         # ("Shared resources - where valuable, we will co-create ...", a real partnership's page)
                         r"|[A-Za-z][a-z]+(?:[ \t]+[a-z]+){0,3},[ \t]+we[ \t]+will\b"
                         # "Estates: the ICB is committed to reducing ..." (round 41)
                         r"|[Tt]he[ \t]+(?:ICB|ICS|Trust|Board|[Pp]artnership)[ \t]+is[ \t]+committed[ \t]+to\b"
                         # a charter's labelled promises: "Access: You will have access to a doctor
                         # ...", "Respect: Patients will be treated ...", "Test results: If you have
                         # undergone tests ..., we will inform you ..." (exam 205)
                         r"|(?:You|Patients|The[ \t]+(?:practice|surgery|[Pp]ractice|[Ss]urgery)|People[ \t]+involved[ \t]+in[ \t]+your[ \t]+care)"
                         r"[ \t]+will\b|If[ \t][^.;:\n]{3,120}?,[ \t]+we[ \t]+will\b)")


_FOOTNOTE_REF = re.compile(r"\[\^[\w-]{1,12}\]\s*$")  # (no leading spaces in the pattern: a long run of them made the search quadratic)
# A Markdown table row of two cells, a short label then the action: "Digital | Give patients ...".
_CELL_LABEL = re.compile(r"[ \t]*[^|\n]{1,60}?[ \t]+\|[ \t]+(?=[^|\n]+$)")


def commitment_start(text: str, start: int, end: int) -> int:
    """Where an entry's commitment starts: after a short "Label:" before "We will ...", or
    after a two-cell table row's label cell ("Waiting times | Cut the wait ...")."""
    label = _WILL_LABEL.match(text, start, end)
    if label is None:
        label = _CELL_LABEL.match(text, start, end)
        if label is not None and len(text[start:label.end()].split()) > 7:
            label = None
    if label is None:
        label = _CONNECTIVE.match(text, start, end)  # ("Lastly, we will also ...", "However, we will ...")
    return label.end() if label else start


# a sentence's link to the one before it, then its promise: the real annotators start the
# commitment at "we" ("In addition, over the next three years we will ..." keeps its timeframe)
_CONNECTIVE = re.compile(r"[ \t]*(?:lastly|finally|however|in\s+addition|additionally|furthermore|moreover|equally|"
                         r"similarly|secondly|thirdly|firstly|importantly|crucially|therefore)\s*,[ \t]+"
                         r"(?=we\b|we['’]ll\b|over\s+the\s+next\b|in\s+the\s+(?:next|coming)\b)", re.IGNORECASE)


# Who said it, before a quoted commitment: "Andy Williams, chief executive of the ICB said: “We’re
# proud to launch ... and we’re committed to ...”".
_SAID_VERB = (r"(?:said|says|added|adds|explained|commented|told\s+us|confirmed|stated|announced|"
              r"promised|pledged)")
# ("Our agreed ambition ... is that “We will work with ...”": the quoted words, exam 30)
_SAID = re.compile(r"[^“\"‘\n]{3,160}?\b(?:" + _SAID_VERB + r"|is\s+that)\s*[:,]?\s*[“\"‘]", re.IGNORECASE)
# The quote first, who said it after: "“We will open a second scanner in 2027,” she added."
_SAID_AFTER = re.compile(r"(?<=[,.!?])[”\"’][ \t]+(?:[\w’'-]+[ \t]+){1,8}?" + _SAID_VERB
                         + r"\b[^“”\"\n]{0,80}$", re.IGNORECASE)


def speech_start(text: str, start: int, end: int) -> int:
    """Where a sentence's quoted words start, when it opens by naming who said them."""
    said = _SAID.match(text, start, end)
    if said is None or not is_commitment_sentence(text[said.end() : end]):
        return start
    return said.end()


def speech_end(text: str, start: int, end: int) -> int:
    """Where a sentence's quoted words end, when it names who said them after the quote."""
    if text[start : start + 1] not in ("“", '"', "‘"):
        return end
    said = _SAID_AFTER.search(text, start, end)
    if said is None or not is_commitment_sentence(text[start + 1 : said.start()]):
        return end
    return said.start()


_WE_DID_AND = re.compile(r"\band\s+we\s+(?:have\s+)?[a-z]+ed\b[^.;:!?]{0,160}$", re.IGNORECASE)


# "To achieve our vision we will: 1.": a lead-in and the first number of its list, run together
# when a PDF's text layer lost the list's line breaks; the entries are what is promised
_LEAD_IN_END = re.compile(r":\s*\(?\d{1,2}[.)]\s*$")


def is_commitment_sentence(sentence: str) -> bool:
    """A sentence in which the organisation commits to something (not "how we will ...")."""
    # (a Markdown export's entities: "We&rsquo;re committed to ...")
    sentence = sentence.replace("&rsquo;", "’").replace("&#39;", "'").replace("&#8217;", "’")
    if not COMMIT.search(sentence):
        return False
    if sentence.rstrip().endswith("?") or _META.search(sentence) or _DOC_SUBJECT.match(sentence):
        return False
    if len(sentence.split(None, 4)) < 4 or _LEAD_IN_END.search(sentence):
        return False
    for match in COMMIT.finditer(sentence):
        before = sentence[max(0, match.start() - 30) : match.start()].split()
        word = before[-1].lower().strip(",;:–—(*_") if before else ""
        if word == "so" and (len(before) < 2 or before[-2].lower() != "that"):
            return True  # "..., and so we are committing to ...": a consequence, still a commitment
        if before and before[-1].endswith(",") and word in _VERB_FORMS:
            word = ""  # "By putting the patient at the centre of our thinking, we will ...": a noun
        if _FORECAST_BEFORE.search(sentence, 0, match.start()):
            continue  # "in 20 years we predict we will still have ...": a forecast (exam 37, after its run)
        if word in _NOT_SUBJECT or _object_clause(sentence, match.start()) \
                or _relative_clause(sentence, match):
            continue
        if match.group(0).lower().startswith("our") and before \
                and not before[-1].endswith((",", ":", ";", "–", "—", '"', "“", "‘")) \
                and not _opener_then_aim(sentence, match) \
                and word not in {"is", "are", "was", "were", "remains", "remain"}:
            # "I am proud of our commitment to ...", "The strategies represent our commitment
            # to ...": a noun phrase inside someone else's sentence, not the subject ("Central
            # to this strategy is our commitment to ..." still commits)
            continue
        if re.match(r"\s*(?:need|have)\s+to\b", sentence[match.end():]):
            continue  # "as demand increases we will need to ...": a necessity, not a commitment
        if re.match(r"\s*(?:face|encounter)\b|\s*be\s+(?:celebrating|marking|hosting|holding)\b",
                    sentence[match.end():]):
            # "we will face tough decisions": a prediction, not a commitment (round 26); "Later
            # this month, we will be celebrating the anniversary ...": an event (exam 30)
            continue
        if match.group(0).lower().startswith("and") and not sentence.lstrip().lower().startswith("we ") \
                and not _WE_DID_AND.search(sentence, max(0, match.start() - 200), match.start()):
            # "... and are committed to" counts when "we" is the sentence's subject, or the
            # subject of the clause it ends ("There is always ... and we have considered the
            # Francis report ... and are committed to ...", exam 32, after its run)
            continue
        return True
    return False


# "Working with the NHS, councils and the VCSE our aim is to ...", "By working together our
# ambition is to ...": an opening phrase whose comma is missing, then "our aim is to" as the
# sentence's own subject and verb (round 27)
_OPENER = re.compile(r"\s*(?:(?:by|in)\s+)?[a-z]+ing\b|\s*(?:together\s+with|alongside|with|"
                     r"in\s+partnership\s+with)\b", re.IGNORECASE)


def _opener_then_aim(sentence: str, match: re.Match[str]) -> bool:
    said = match.group(0).lower()
    return said.endswith(" is to") and bool(_OPENER.match(sentence)) \
        and len(sentence[: match.start()].split()) >= 3


# Verbs that open a clause about what someone knows ("..., knowing we will be listened to"),
# unless a comma closes them off
_VERB_FORMS = {"knowing", "knows", "thinking", "believing", "hoping", "meaning", "saying", "says",
               "trusting", "know", "think", "believe", "hope", "mean", "means", "say", "said"}
_ARTICLE = {"the", "a", "an", "every", "each", "any"}
_PREPOSITION = {"as", "in", "at", "by", "for", "on", "with", "from", "through", "to", "over",
                "under", "during", "after", "before", "within", "across", "of", "into", "and",
                "but", "so", "then"}


# The prepositions a phrasal verb ends in ("focus on", "work towards", "build upon").
_PARTICLE = {"on", "upon", "towards", "toward", "to", "with", "for", "against", "around"}
# Verbs that need an object: "we will make" with none after it is a relative clause.
_TRANSITIVE = {"make", "take", "do", "deliver", "achieve", "face", "bring", "use", "follow",
               "adopt", "pursue", "undertake", "introduce", "implement", "build", "put"}


def _relative_clause(sentence: str, match: re.Match[str]) -> bool:
    """"... underpinned by five big moves we will make as an organisation": "we will make" has
    no object (a preposition or the end follows) and hangs on the noun before it."""
    before = re.findall(r"[\w’'-]+|[^\w\s]", sentence[max(0, match.start() - 40) : match.start()])
    if not before or not before[-1][0].isalpha() or before[-1].lower() in _PREPOSITION \
            or before[-1].lower() in _NOT_SUBJECT or before[-1].lower() in {"and", "but", "then"}:
        return False
    after = re.findall(r"[\w’'-]+|[^\w\s]", sentence[match.end() : match.end() + 40])
    if len(after) >= 2 and after[0].isalpha() and after[1].lower() in _PARTICLE:
        # "the high-level initiatives we will focus on in order to ...": a verb whose
        # preposition has no object after it (another preposition or the end follows)
        follow = after[2].lower() if len(after) > 2 else "."
        if follow in _PREPOSITION - {"and", "but", "so", "then"} or not follow[0].isalnum():
            return True
    if not after or after[0].lower() not in _TRANSITIVE:
        return False
    follow = after[1].lower() if len(after) > 1 else "."
    return follow in _PREPOSITION or not follow[0].isalnum()


_FRONTED_CLAUSE = re.compile(r"\W*(?:where|when|whenever|wherever|if|once|after|before|until|as\s+soon\s+as)\s",
                             re.IGNORECASE)


def _object_clause(sentence: str, at: int) -> bool:
    """"... defines the difference we aim to make while ...": "we" opens a clause about a
    noun ("the difference"), the sentence's own subject is something else (not "As a result we
    will ...", where the noun phrase hangs on a preposition)."""
    if _FRONTED_CLAUSE.match(sentence):
        return False  # "Where the Federation works up an initiative we will offer ...": the main clause (exam 32)
    before = sentence[max(0, at - 60) : at]
    words = re.findall(r"[\w’'-]+|[^\w\s]", before)
    if len(words) == 2 and at <= 60 and words[0].lower() == "the" and words[1].isalpha() \
            and words[1].lower() not in {"day", "week", "month", "year", "time", "moment"}:
        return True  # "The role we aim to play ...": the sentence opens with the noun
    if len(words) < 3 or not all(w[0].isalnum() for w in words[-3:]):
        return False
    third, article, _noun = (w.lower() for w in words[-3:])
    return article in _ARTICLE and third not in _PREPOSITION


@dataclass
class Context:
    """One document being extracted: its text, its blocks and which blocks are spoken for."""

    document: ReadDocument
    blocks: list[Block]
    used: set[int] = field(default_factory=set)
    roles: dict[int, str | None] = field(default_factory=dict)
    # the last block, when the text stops inside it (an excerpt cut short): no body for a goal
    cut: int | None = None
    # whether the page pairs Welsh lines with English ones (computed once, by the values reader)
    bilingual: bool | None = None
    _starts: list[int] | None = None

    def block_starts(self) -> list[int]:
        """The blocks' start offsets, in order (computed once)."""
        if self._starts is None or len(self._starts) != len(self.blocks):
            self._starts = [b.start for b in self.blocks]
        return self._starts

    @property
    def text(self) -> str:
        return self.document.text

    def content(self, index: int) -> str:
        block = self.blocks[index]
        return self.text[block.start : block.end]

    def page(self, offset: int) -> int | None:
        starts = self.document.page_starts
        if not starts:
            return None
        return bisect.bisect_right(starts, offset)

    def span(self, start: int, end: int, strip: str = "") -> Span | None:
        """A trimmed span: outer whitespace, emphasis, paired quotes and ``strip`` chars removed."""
        text = self.text
        for _ in range(3):
            while start < end and text[start] in _LEAD_TRIM:
                start += 1
            icon = _LEAD_ICON.match(text, start, end)
            if icon is not None and icon.end() < end:
                start = icon.end()  # "⚡ No long waits for children": an emoji heading's icon (round 53)
            while end > start and (text[end - 1] in _TAIL_TRIM or text[end - 1] in strip):
                end -= 1
            if end - start >= 2 and text[start] in _QUOTES and text[end - 1] in _QUOTES:
                inner = text[start + 1 : end - 1]
                if not any(q in inner for q in "\"“”"):
                    start, end = start + 1, end - 1
                    continue
            break
        glue = _LIST_GLUE.search(text, start, end)
        if glue and glue.start() > start:
            end = glue.start()  # "...; and" joining a list's items: not part of the item
        arrow = _LINK_ARROW.search(text, start, end)
        if arrow and arrow.start() > start and text[arrow.start() - 1] in " \t\u00a0":
            end = arrow.start()  # "1. We will be the professional voice of pharmacy »": a link's arrow (exam 67)
            while end > start and text[end - 1] in " \t\u00a0":
                end -= 1
        note = _FOOTNOTE_REF.search(text, start, end)
        if note and note.start() > start:
            end = note.start()  # "... first time.[^1]": a Markdown footnote's mark
            while end > start and text[end - 1] in _TAIL_TRIM:
                end -= 1
        if start >= end:
            return None
        return Span(start, end, text[start:end], self.page(start))

    def statement(self, kind: str, start: int, end: int, rule: str, confidence: float,
                  strip: str = "", timeframe: str | None = None) -> Statement | None:
        if kind == "goal":
            aside = _LEAD_ASIDE.search(self.text, start, end)
            if aside is not None and aside.start() > start:
                end = aside.start()  # "PLACE (Director of Public Health, Dr ... = Executive Lead)": who leads it, not its name
        span = self.span(start, end, strip)
        if span is None or _FILLER.search(span.text):
            return None  # ("Lorem ipsum dolor sit amet, ..." under "Mission Statement": a template's filler, exam 57)
        if kind in ("commitment", "vision", "mission") and _QUESTION.match(span.text):
            return None  # ("Do you think we are focusing on the right priorities?": a consultation's question, no promise)
        if kind in ("vision", "mission") and _ABOUT_THE_STATEMENT.match(span.text):
            return None  # ("This is a mission statement for Duke Street Surgery.": the page about it, not it)
        return Statement(kind=kind, span=span, rule=rule, confidence=confidence,
                         timeframe=timeframe)

    def last_sentence(self, index: int) -> str:
        """Block ``index``'s last sentence: the words of a lead-in that lead into its list."""
        block = self.blocks[index]
        found = self.sentences(block.start, block.end)
        return self.text[found[-1][0] : found[-1][1]] if found else ""

    def sentences(self, start: int, end: int) -> list[tuple[int, int]]:
        """Sentence spans within [start, end) (abbreviations such as "e.g." do not split)."""
        found: list[tuple[int, int]] = []
        text = self.text
        cursor = start
        for match in _SENTENCE_END.finditer(text, start, end):
            if _ABBREV.search(text, max(cursor, match.start() - 6), match.start()):
                continue
            found.append((cursor, match.start()))
            cursor = match.end()
        if cursor < end:
            found.append((cursor, end))
        return [part for s, e in found if text[s:e].strip() for part in _run_on_parts(text, s, e)]

    def items_after(self, index: int) -> list[int]:
        """Indices of the run of items right after block ``index`` (nested ones included)."""
        found: list[int] = []
        j = index + 1
        while j < len(self.blocks) and self.blocks[j].kind == "item":
            found.append(j)
            j += 1
        return found

    def entries_after(self, index: int) -> list[int]:
        """The list's own entries right after block ``index``: its top-level items, not their sub-items."""
        return [k for k in self.items_after(index) if self.blocks[k].depth == 0]

    def described_entries(self, index: int) -> list[tuple[int, int]]:
        """A lead-in's list whose every entry is a short item with its description as the
        paragraph under it ("• Inclusion" / "We will ensure that ..."): (item, paragraph) pairs,
        or none when the run does not alternate so to its end."""
        pairs: list[tuple[int, int]] = []
        k = index + 1
        n = len(self.blocks)
        while k + 1 < n and self.blocks[k].kind == "item" and self.blocks[k].depth == 0 \
                and len(self.content(k).split()) <= 6 and not self.blocks[k + 1].explicit \
                and self.blocks[k + 1].kind in ("para", "heading") and not self.is_lead_in(k + 1):
            # (a description without a full stop is read as a heading; not one the format marks)
            pairs.append((k, k + 1))
            k += 2
        if k < n and self.blocks[k].kind == "item" and self.blocks[k].depth == 0:
            return []  # (an entry without its paragraph: some other list)
        return pairs

    def is_lead_in(self, index: int) -> bool:
        """A paragraph that ends with a colon and introduces the list after it (or a "We will"
        line over a list, its colon lost, or a short line ending in an ellipsis over a list)."""
        block = self.blocks[index]
        content = self.content(index).rstrip(" *_")
        if block.kind not in ("para", "heading") or index + 1 >= len(self.blocks):
            return False
        # ("The five core values we live by are;" over a title per value: a semicolon for the
        # colon after "are"; exam 171)
        return content.endswith(":") or ARE_SEMICOLON.search(content) is not None and len(content.split()) <= 25 \
            or self.blocks[index + 1].kind == "item" and (
            _BARE_WILL_END.search(content) is not None
            # ("Our aim is to ….." over the practice's promises: an ellipsis for the colon, exam 50)
            or _ELLIPSIS_END.search(content) is not None and len(content.split()) <= 25
            # ("Our new plan will focus on five new themes;" over its numbered list: a semicolon for
            # the colon; exam 126, after its run)
            or _COUNTED_SEMICOLON.search(content) is not None and len(content.split()) <= 25
            # ("As an Integrated Care System we will ensure that;" over what it ensures: exam 170)
            or _WILL_SEMICOLON.search(content) is not None and len(content.split()) <= 25
            # ("... is supported by the following four commitments to you." over them: a full
            # stop for the colon; exam 174)
            or FOLLOWING_STOP.search(content) is not None
        )


# the verbs of a link or a pointer to another page ("Read our quality account.", "You can find out
# more in ...", "Download the strategy"): never a statement
LINK_VERBS = r"read|find\s+out|download|visit|click|watch"
POINTER_START = re.compile(r"\s*(?:you\s+can\s+)?(?:" + LINK_VERBS + r")\b", re.IGNORECASE)
# nouns in -ing, no verbs: "housing", "nursing care", "funding pressures"
ING_NOUNS = ("housing", "nursing", "funding", "training", "wellbeing")

# verbs that open an action line ("Improve ...", "Deliver ..."), as opposed to a named area
IMPERATIVE_VERBS = frozenset(
    "achieve agree attract become bring build continue create cut deliver develop embed empower "
    "enable ensure establish expand focus give grow help implement improve increase introduce "
    "invest involve keep launch listen maintain make move offer open prevent promote protect "
    "provide reach recruit reduce respond retain roll set shift strengthen support tackle "
    "transform treat use work".split()
)

# a line that opens on an infinitive: "To provide care close to home", "To treat everyone ..."
TO_LINE = re.compile(r"\s*To\s+[a-z]")
# a web template's placeholder text, never a statement
_FILLER = re.compile(r"\blorem\s+ipsum\b", re.IGNORECASE)
# a sentence about the statement, not the statement: "This is a mission statement for ..."
_ABOUT_THE_STATEMENT = re.compile(r"\W*this\s+is\s+(?:a|an|the|our)\s+(?:mission|vision|purpose)(?:\s+statement)?\s+(?:for|of)\b"
                                  # ("This is effectively the HEE mission statement and the means to ...":
                                  # what the page's picture under the heading is; exam 133, after its run)
                                  r"|\W*this\s+is\s+(?:effectively|essentially|in\s+effect)\s+(?:the|our|a)\s+"
                                  r"(?:[\w’'-]+\s+)?(?:mission|vision|purpose)(?:\s+statement)?\b",
                                  re.IGNORECASE)
# who leads a goal, in brackets after its name: "(Medical Director, Dr Anna Lamont = Executive Lead)",
# "(SRO: Chief Nurse)" (a board's progress report; exam 141, after its run)
_LEAD_ASIDE = re.compile(r"[ \t]*\((?=[^()\n]{0,100}\b(?:lead|director|executive|sro|owner|responsible|accountable)\b)"
                         r"[^()\n]{3,120}\)[ \t]*$", re.IGNORECASE)
# a question put to the reader ("Do you think ...?", "How should we ...?", "What ... have you ...?")
_QUESTION = re.compile(r"\W*(?:do|does|did|how|what|why|when|where|who|which|would|could|should|can|will|is|are|have|has)\b"
                       r"[^?]*\?[\s”’\"')]*$", re.IGNORECASE)
_ELLIPSIS_END = re.compile(r"(?:…|\.{2,})\s*$")
_COUNTED_SEMICOLON = re.compile(r"\b(?:two|three|four|five|six|seven|eight|nine|ten|[2-9])\s+(?:[\w-]+\s+){0,2}"
                                r"(?:themes|priorities|goals|aims|objectives|ambitions|pillars|areas)\s*;$", re.IGNORECASE)

FOLLOWING_STOP = re.compile(r"\bthe\s+following\s+(?:[\w-]+\s+){0,3}(?:commitments|priorities|goals|aims|objectives|ambitions"
                             r"|values|principles|pledges|promises)(?:\s+to\s+\w+)?\s*\.$", re.IGNORECASE)
# ("The five core values we live by are;": a semicolon for the lead-in's colon, exam 171)
ARE_SEMICOLON = re.compile(r"\b(?:are|include|includes|as\s+follows)\s*;[\s*_]*$", re.IGNORECASE)
_WILL_SEMICOLON = re.compile(r"\bwe\s+will\s+(?:[\w-]+\s+){0,3}?(?:that|to)\s*;$", re.IGNORECASE)

# "Stay well – To improve prevention ...": a short name, a dash, its description
DASH_ENTRY = re.compile(r"\s*[A-Z][\w’'-]*(?:[ \t]+[\w’'-]+){0,4}[ \t]+[–—-][ \t]+\S")


_CONTACT_LINE = re.compile(r"\s*(?:contact\s+(?:us|the\b)|get\s+in\s+touch|(?:e-?mail|telephone|tel|phone)\s*:)", re.IGNORECASE)
_ROLE_LABEL_LINE = re.compile(r"\s*(?:our|the)\s+(?:vision|mission|purpose)\s*:\s+\S", re.IGNORECASE)


# the first words of prose, not of an action ("The", "We", "Our", "This", ...)
NOT_ACTION_START = frozenset("a an and as at by for from if in it its our that the their there these they this "
                             "those we what when where which while who with you your".split())


def opens_with_action(text: str) -> bool:
    """The line opens with a capitalised verb ("Reduce ...", "Give ...", "Ensure ...")."""
    words = text.split()
    first = words[0].lower().strip(",;:") if words else ""
    return bool(words) and words[0][:1].isupper() and first not in NOT_ACTION_START \
        and not first.endswith(("ly", "ing", "ed", "s"))


def action_run(ctx: Context, run: list[int]) -> list[int]:
    """The lines at the head of ``run`` that open with a verb ("Reduce ...", "Give ..."), up to
    the first that does not ("Quarterly milestones" after them is the next part's title)."""
    kept: list[int] = []
    for k in run:
        if not opens_with_action(ctx.content(k)):
            break
        kept.append(k)
    return kept


# A service user's "I statement" ("I will know who to call, day or night"): what people should be
# able to say, not what the organisation commits to (round 40)
I_STATEMENT = re.compile(r"\s*[\"“‘]?I(?:\s+(?:will|can|am|feel|know|have|get|want|would|should)|['’](?:ll|m|ve))\b")


# a Markdown table row's cell: the text between two pipes
PIPE_CELL = re.compile(r"[^|]+")


def tab_cells(start: int, end: int, text: str) -> list[tuple[int, int]]:
    """The non-blank cells of ``text[start:end]``, a row whose cells are separated by tabs."""
    return [(start + m.start(), start + m.end()) for m in re.finditer(r"[^\t]+", text[start:end]) if m.group(0).strip()]


def fold_name(text: str) -> str:
    """A name as it is compared with another: spaces folded, "&" as "and", edge marks off, case folded."""
    return re.sub(r"\s+", " ", text.replace("&", "and")).strip(" |:;–—-*_.#").casefold()


_SPACED_ENTRY = re.compile(r"\s*[A-Z][\w’'-]*(?:[ \t]+[\w’'-]+){0,3}[ \t]*(?::|[ \t][–—-])[ \t]+\S"
                           # ("**Hope.** We believe ...": a bold name ended by a stop, round 59)
                           r"|\s*(?:\*\*|__)[A-Z][\w’'-]*(?:[ \t]+[\w’'-]+){0,2}\.(?:\*\*|__)[ \t]+[A-Z]")


def block_runs(ctx: Context, accept: Callable[[int], object]) -> Iterator[list[int]]:
    """Each longest run of consecutive blocks that ``accept`` takes, in order (a shape that only
    counts in a row: three "Name: to ..." bullets, six lines spelling VALUES)."""
    k = 0
    while k < len(ctx.blocks):
        j = k
        while j < len(ctx.blocks) and accept(j):
            j += 1
        if j > k:
            yield list(range(k, j))
        k = max(j, k + 1)


_NOT_PROMISE_LINE = re.compile(r"\s*you\s+(?:can|could|may|might|should|must|will\s+need|need)\b", re.IGNORECASE)


def parallel_lines_under(ctx: Context, heading: int) -> list[int]:
    """Three lines or more right under a heading, no gap between them, each of at most 40 words
    and opening with the same two words ("You will ...", "We will ..."): a list whose markers
    were lost; none when any of them is already taken."""
    run: list[int] = []
    k = heading + 1
    while k < len(ctx.blocks) and ctx.blocks[k].kind in ("para", "heading") and not ctx.blocks[k].explicit \
            and (not run or not ctx.blocks[k].blank_before) and k not in ctx.used \
            and len(ctx.content(k).split()) <= 40:
        run.append(k)
        k += 1
    openings = {tuple(ctx.content(j).lower().split()[:2]) for j in run}
    if any(ctx.content(j).rstrip().endswith("?") or _NOT_PROMISE_LINE.match(ctx.content(j)) for j in run):
        return []  # ("Do you need ...?", "You can book ...", "You will need to bring ...": no promises)
    return run if len(run) >= 3 and len(openings) == 1 else []


_PROMISE_OPENING = re.compile(r"\s*(?:You|Your|We)\b")
# the patients' side of a charter, as its own title: "Your Responsibilities to Us", "Patients' rights"
_THEIR_SIDE = re.compile(r"\W*(?:your|patients['’]?|the\s+patient['’]?s)\s+(?:responsibilit|rights|duties|commitment)",
                         re.IGNORECASE)


def promise_lines_under(ctx: Context, heading: int) -> list[int]:
    """A charter's promises as lines of their own, blank lines between them, right under its
    "Our Responsibility to You:" (up to the next lead-in, such as "Your Responsibility to Us:"):
    three or more lines of at most 60 words, two in three opening "You", "Your" or "We"
    ("You will be treated courteously", "You have a right to confidentiality", "We offer a range
    of flexible appointment times ..."; exams 44-45, after their run)."""
    run: list[int] = []
    k = heading + 1
    while k < len(ctx.blocks) and ctx.blocks[k].kind in ("para", "heading") and not ctx.blocks[k].explicit \
            and k not in ctx.used and not ctx.is_lead_in(k) and len(ctx.content(k).split()) <= 60 \
            and not _THEIR_SIDE.match(ctx.content(k)):
        run.append(k)
        k += 1
    opening = sum(bool(_PROMISE_OPENING.match(ctx.content(j)) or _PROMISE_SENTENCE.search(ctx.content(j))) for j in run)
    if len(run) < 3 or opening * 3 < len(run) * 2 \
            or any(ctx.content(j).rstrip().endswith("?") or _NOT_PROMISE_LINE.match(ctx.content(j)) for j in run):
        return []
    return run


# a patient's side of a charter, written like an action: "Help us to help you", "Please ...",
# "Let us know ...", "Attend your appointment ..."
DUTY_LINE = re.compile(r"\s*(?:please|help\s+us|let\s+us|tell\s+us|inform\s+us|keep\s+us|attend|arrive|cancel|respect"
                        r"|treat\s+(?:our|the|all)\s+(?:staff|team|receptionists?))\b", re.IGNORECASE)


def bare_list_after(ctx: Context, index: int, stop: int) -> list[int]:
    """Lines under a lead-in that are list entries whose markers were lost in copying.

    Used only when no marked item follows the lead-in: the short one-line blocks after it, up to
    a heading of the format, a role or label line, another lead-in, long prose or a gap after
    the first entries.
    """
    from strategygraph.extract.sections import role_of, role_of_text

    found: list[int] = []
    k = index + 1
    # ("Aim for you to have access to ... on the same day." under "... we will:": a long action,
    # each a paragraph of its own, in a GP practice's charter; exams 42-43, after their run): only
    # under a promise's lead-in, up to a patient's duty ("Help us to help you"); kept as a running
    # flag, so that a long list stays linear
    promising = COMMIT_LEAD.search(ctx.last_sentence(index)) is not None if ctx.blocks[index].kind == "para" else False
    all_acting = promising
    # ("Our Aims and objectives:" over short lines, a blank line after each, as a PDF's copy sets
    # them: the aims go on past the gap; exam 64, after its run)
    aiming = ctx.blocks[index].kind == "para" and role_of_text(ctx.content(index)) == "goals"
    # ("... a clear strategy centred around three pillars:" over three one-sentence paragraphs, a
    # blank line between each: the count says how far the list goes)
    counted = number_in(ctx.last_sentence(index)) if ctx.blocks[index].kind == "para" \
        and ctx.content(index).rstrip().endswith(":") else None
    while k < stop:
        block = ctx.blocks[k]
        if block.kind == "item" or block.explicit or block.label or ctx.is_lead_in(k) \
                or _ROLE_LABEL_LINE.match(ctx.content(k)) or _CONTACT_LINE.match(ctx.content(k)):
            break  # ("Our vision: The RUH, where you matter" under "Our priorities:" is no entry; nor is
            # "Contact the partnership team" / "Email: ...", the page's contact box)
        entry = DASH_ENTRY.match(ctx.content(k)) is not None and all(
            DASH_ENTRY.match(ctx.content(j)) for j in found)
        all_acting = all_acting and opens_with_action(ctx.content(k)) and not DUTY_LINE.match(ctx.content(k)) \
            and not _capitalised_words(ctx.content(k))  # (not "Measure What Matters To Patients ...": a title)
        acting = all_acting and len(ctx.sentences(block.start, block.end)) == 1 and len(ctx.content(k).split()) <= 50
        if role_of(ctx, k) is not None or not entry and not acting and len(ctx.content(k).split()) > 30 and (
                ctx.content(k).rstrip()[-1:] in ".!?" or len(ctx.content(k).split()) > 80):
            break  # long prose ends the list; a long entry written without a full stop does not,
            # nor does a "Name – description" entry like the ones before it
        if aiming and found and found[-1] == k - 1 and ctx.content(k)[:1].islower() and len(ctx.content(k).split()) <= 3 \
                and ctx.content(found[-1]).rstrip()[-1:].isalpha():
            k += 1  # ("... through decision making and" / "communication": a hard wrap across the gap)
            continue
        if _ROLE_SENTENCE.match(ctx.content(k)):
            break  # ("Our purpose is to provide ...": the page's next part)
        short_lines = aiming and all(3 <= len(ctx.content(j).split()) <= 16 and _one_line(ctx, j)
                                     and not _NOT_AIM_LINE.match(ctx.content(j)) for j in [*found, k])
        within_count = counted is not None and len(found) < counted \
            and all(_one_line(ctx, j) and len(ctx.content(j).split()) <= 50 for j in [*found, k])
        if found and block.blank_before and len(found) >= 2 and not (
                all(ctx.blocks[j].blank_before for j in found[1:])
                and (acting or short_lines or within_count
                     or all(_SPACED_ENTRY.match(ctx.content(j)) for j in [*found, k]))):
            break  # (entries each a paragraph of their own, "Inclusive: we welcome ...", go on, round 56)
        if len(found) >= 2 and ctx.content(k).rstrip()[-1:] == "." \
                and len(ctx.sentences(block.start, block.end)) >= 2 \
                and all(ctx.content(j).rstrip()[-1:] not in ".!?" for j in found):
            break  # entries written without full stops, then prose: "We are a district ..."
        if len(found) >= 2 and all(_ACROSTIC_LETTER.match(ctx.content(j)) for j in found) \
                and not _ACROSTIC_LETTER.match(ctx.content(k)):
            break  # an acrostic's lines ("P : put ...", "M : manage ..."), then the text after it
        found.append(k)
        k += 1
    return found if len(found) >= 2 else []


# after a statement of purpose's aims: "Opening hours" / "Monday to Friday 8am to 6.30pm", "We are
# registered with the Care Quality Commission ...", "Our registered manager is ..." (the review of session 16)
_NOT_AIM_LINE = re.compile(r"\s*(?:we\s+are\b|our\b|the\b|.*\d)", re.IGNORECASE)
_ROLE_SENTENCE = re.compile(r"\s*our\s+(?:vision|mission|purpose|values)\s+(?:is|are)\b", re.IGNORECASE)


def _one_line(ctx: Context, index: int) -> bool:
    """The block is one sentence that opens in capitals ("Be committed to our patients needs")."""
    block = ctx.blocks[index]
    return ctx.content(index)[:1].isupper() and len(ctx.sentences(block.start, block.end)) == 1


def _capitalised_words(name: str) -> bool:
    """Every word but the small ones capitalised: a title, however long."""
    words = [w for w in name.replace(",", " ").split() if w.lower() not in ("and", "of", "the", "for", "in", "to", "&")]
    return len(words) >= 3 and all(w[:1].isupper() for w in words)


# ", patients said" / ", staff told us" closing a name before its colon
_WHO_SAID = re.compile(r",\s+(?P<who>(?:(?:our|the)\s+)?(?:patients|staff|people|colleagues|service\s+users|carers|you|they|we)"
                       r"\s+(?:said|say|says|told\s+us|tell\s+us))$", re.IGNORECASE)


def split_name(text: str, start: int, end: int, max_words: int = 6,
               max_chars: int | None = None) -> tuple[int, int, int] | None:
    """"Name – description" / "Name: description": (name_end, desc_start) positions, or None.

    Returns (name_end, description_start, kind) when a short name leads the line.
    """
    segment = text[start:end]
    best: tuple[int, int, int] | None = None
    for sep in (" – ", " — ", " - ", "\u00a0– ", "\u00a0—", ": ", " : ", " | ", "– ", " —", "—",
                " \\- ", "&nbsp;\\- ", "&nbsp;- ", "&nbsp;– ",  # (Markdown exports escape "-")
                "- "):  # ("Patient-centred- Putting patients at the heart of our care", dev set 19)
        pos = segment.find(sep)
        if pos <= 0:
            continue
        name = segment[:pos].strip(" *_")
        if not name or len(name.split()) > max_words or len(name) <= 2 \
                or len(name) > (max_chars or (90 if _capitalised_words(name) else 60)):
            continue  # ("Population Health Management, Reducing Inequalities and Supporting Prevention – ...")
        if name[-1] in ".,;":
            continue
        said = _WHO_SAID.search(name)
        if said and sep.strip() == ":":
            # "Caring, patients said: “Show me that you care ...”": the name is the words before
            # the comma; whose words follow belongs to the description (exam 183)
            offset = segment.find(name)
            if len(name[: said.start()].strip()) > 2 and (best is None or offset + said.start() < best[0] - start):
                best = (start + offset + said.start(), start + offset + said.start("who"), 0)
            continue
        if _paired_dash(segment, pos, sep):
            continue
        if sep == "- " and not (segment[pos - 1 : pos].isalpha() and segment[pos + 2 : pos + 3].isupper()):
            continue  # ("Improve short- and long-term outcomes": a suspended hyphen, no name)
        if best is None or pos < best[0] - start:
            best = (start + pos, start + pos + len(sep), 0)
    if best is None:
        # "Ambition -We will aspire to provide the best service" (exam 52): " -" before a capital,
        # only where no other dash or colon splits the line (not "Anti -Racist organisation – ...")
        pos = segment.find(" -")
        name = segment[:pos].strip(" *_") if pos > 0 else ""
        if name and segment[pos - 1 : pos].isalpha() and segment[pos + 2 : pos + 3].isupper() \
                and len(name.split()) <= max_words and name[-1] not in ".,;":
            best = (start + pos, start + pos + 2, 0)
    if best is None:
        # "Care at Home; We will host the integration of ..." (a semicolon before the statement, a real trust's page)
        pos = segment.find("; We ")
        name = segment[:pos].strip(" *_") if pos > 0 else ""
        if name and len(name.split()) <= max_words and name[:1].isupper():
            best = (start + pos, start + pos + 2, 0)
    if best is not None:
        return best
    # "**Name** description" (Markdown bold name)
    bold = re.match(r"\s*(\*\*|__)(.+?)\1(?:\s|&nbsp;)*(?:\\?[:.–—-])?(?:\s|&nbsp;)*(?=\S)", segment)
    if bold and len(bold.group(2).split()) <= max_words:
        return (start + bold.end(2) + 2, start + bold.end(), 1)
    return None


_TITLE_SMALL = frozenset({"and", "of", "the", "for", "to", "in", "on", "at", "a", "an", "with", "that", "our", "&"})


def split_title_comma(text: str, start: int, end: int) -> tuple[int, int] | None:
    """"Delivering Care that Matters, ensuring people receive ...": a name in title case, a
    comma, then a lower-case description (round 31); (name_end, description_start) or None."""
    segment = text[start:end]
    pos = segment.find(", ")
    if pos <= 0:
        return None
    words = segment[:pos].split()
    rest = segment[pos + 2 :].split()
    if 2 <= len(words) <= 5 and len(rest) >= 4 and rest[0] == "because" and words[0][:1].isupper():
        return start + pos, start + pos + 2  # "Grow evidence, because baby loss ...": the name, then why (exam 85)
    if not 2 <= len(words) <= 6 or len(rest) < 4 or not rest[0][:1].islower() \
            or rest[0].lower() in ("and", "or", "but", "as", "etc", "including"):
        return None
    capitals = [w for w in words if w[:1].isupper()]
    if len(capitals) < 2 or any(not w[:1].isupper() and w.lower() not in _TITLE_SMALL for w in words):
        return None
    return start + pos, start + pos + 2


def _paired_dash(segment: str, pos: int, sep: str) -> bool:
    """"Help people get into – and stay in – good work": two spaced dashes around a short
    lower-case aside are a parenthesis inside one name, not "Name – description" (round 26)."""
    if sep.strip() not in ("–", "—", "-") or sep.strip() == "-" and len(segment[:pos].split()) < 4:
        return False  # (a spaced hyphen after a short name is "Name - description": "Compassion - we care - ...")
    after = pos + len(sep)
    close = segment.find(sep, after)
    if close < 0:
        return False
    aside = segment[after:close].split()
    rest = segment[close + len(sep):].split()
    # (or a longer aside before a short close: "Every young person who needs support - whether
    # from the NHS, from local services or online - can get it."; exam 65, after its run)
    return bool(aside) and aside[0][:1].islower() and bool(rest) \
        and (len(aside) <= 5 or len(aside) <= 10 and len(rest) <= 6 and rest[0][:1].islower())


_ORG_NAME = re.compile(
    r"(?:\bNHS\b.*\b(?:Trust|Board|ICB|ICS)|\bIntegrated\s+Care\s+(?:Board|Partnership|System))"
    r"\s*$"
)


def is_org_name(text: str) -> bool:
    """A line that is only an organisation's name ("Orchard Lane Mental Health NHS Trust"):
    copied from a page's header, it is never a vision, value or goal."""
    stripped = text.strip()
    return len(stripped.split()) <= 14 and bool(_ORG_NAME.search(stripped)) and is_title_like(stripped)


def title_like(text: str) -> bool:
    return is_title_like(text)

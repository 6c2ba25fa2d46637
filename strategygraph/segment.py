"""Segmenter: a document's text as a flat list of blocks (headings, paragraphs, list items).

Works on any :class:`ReadDocument`: for HTML the reader's recorded structure says which lines are
headings and items; for text, Markdown and PDF the lines themselves do (``#`` headings, setext
underlines, bullet glyphs ``• - * + – — · ▪ ◦ o``, numbering ``1.`` ``1)`` ``(1)`` ``a.`` ``a)``
``(a)`` ``(iv)``, short title-like lines). Each block keeps the span of its content (marker
removed) so every later quote is ``text[start:end]``. Items are nested by indent and by marker
class (a bullet under a numbered line at the same indent is its child). A line that starts in
lower case after a line that does not end a sentence continues that line (a wrapped paragraph
or bullet); so does a line starting with a capital or digit after a long line cut mid-sentence
(or one ending on "in", "by", "the", ...), unless it starts an entry ("Name – ", "Label: ").
A bullet glyph alone on its line makes the next line its item ("-" / "Greater collaboration
..."); a list entry glued onto the end of the line before it (". - Better Care – ...") starts a
line of its own, and so does a name glued to the role word before it ("... valuesCompassion");
a title-like line cut on "and", "the", ... that goes on in a lower-case line is a wrapped
paragraph, not a heading.
Section numbers: "3.1 Vision" is a heading with its number stripped; in a document numbered
that way (a report, a board paper) "3. Title" lines are headings too, with depth from the
number's parts, and "4.1 Text ..." a numbered paragraph. Unnumbered labels ("Ambition: Care
closer to home") are label headings. Markdown: YAML front matter is skipped; a pipe table's
header and ``|---|`` rows are skipped and each body row is one item spanning its cells.
One pass over the lines: linear in the size of the text.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from strategygraph.model import ReadDocument

__all__ = ["Block", "segment", "is_title_like"]

_BULLET = "•●◦▪▫■□‣⁃∙·*+\\-–—o"
_ITEM = re.compile(
    r"(?P<marker>[•●◦▪▫■□‣⁃∙·*+\-–—✓✔☑✗✘➤►▶→★☆◆◇❖✦✧➢⇒○▸▹➔➜]|o(?=\s+[A-Za-z])"
    # a symbol font's bullet copied as its letter: "c We will build our community." (Wingdings
    # and the like: l ●, n ■, q ❑, v ❖, ü ✓, Ø ➢; exam 60, after its run)
    r"|[clnqvxüØ§Ÿ\uf0b7\uf0a7\uf076\uf0d8](?=[ \t]+[A-Z][a-z])"
    # ("#1: To recruit more ...", "#2: ...": a number after a hash, a news page's list, or "1: Identify
    # causes of MND", a number and a colon; exams 100 and 102 after their run)
    r"|\(?\d{1,2}\\?[.)](?!\d)|\(\d{1,2}\)|\(?[a-zA-Z][.)]|\([a-z]\)|\(?[ivxIVX]{1,4}[.)]|\([ivx]{1,4}\)|#\d{1,2}[:.)]|\d{1,2}:(?=[ \t]+[A-Z][a-z]))"
    r"[ \t\u00a0]+(?=\S)"
)
_MD_HEADING = re.compile(r"(#{1,6})[ \t]+")
# a Markdown heading that is only a picture's alt text: "### Banner saying Care"
_MD_PICTURE_HEADING = re.compile(
    r"#{1,6}[ \t]+(?:banner|image|picture|icon|graphic|photo)[ \t]+(?:saying|showing|reading|of)"
    r"[ \t][\w' ]{1,40}", re.IGNORECASE)
_SETEXT = re.compile(r"[ \t]*(=+|-{3,})[ \t]*$")
_TERMINAL = ".,;!?…"
_WORD = re.compile(r"\S+")
# Web-page furniture that survives copying a page as text: never content.
_CHROME = re.compile(
    r"(?:skip to (?:main )?content|back to top|share this page|print this page|print|share|"
    r"on this page|home|menu|search|close|cookies?|accept(?: all)?(?: cookies)?|"
    # a sidebar's link-box titles: "Internal Links", "External Links", "Useful links" (exam 218)
    r"(?:internal|external|useful|related|quick|helpful|other)[ \t]+links|"
    r"(?:read|find out|learn|show|see) more(?:[ \t]*[+›»>…→])?|[+−–][ \t]*(?:expand|show)?|(?:expand|collapse|show|hide|open|close) all|previous|next|top|(?:table of |page )?contents|in this section|"
    r"(?:page )?last (?:updated|reviewed|modified)(?: on)?:?.*|next review due:?.*|"
    # a blog post's filing line: "Posted in About us", "Filed under News", "Categories: Strategy"
    r"(?:posted|filed)[ \t]+(?:in|under)[ \t]+[^.!?\n]{1,80}|categor(?:y|ies)[ \t]*:[^.!?\n]{0,80}|"
    r"home[ \t]*[>»›|/][ \t]*.{0,150}|"  # a breadcrumb: "Home > About us > Our strategy"
    r"(?:copyright[ \t]*)?(?:©|\(c\)[ \t]*(?=\d))[^\n]{0,300}|"  # "© 2025 Trust name, address ..."
    r"download (?:this|the|our) .{0,40}|"
    # a link to another form of the page: "See this information as an infographic" (round 26)
    r"(?:see|view|read)[ \t]+(?:this|the)[ \t]+(?:information|page|strategy|summary)[ \t]+as[ \t]+an?[ \t]+"
    r"(?:infographic|pdf|poster|video|animation|easy[ -]read(?:[ \t]+version)?)|"
    r"was this (?:page|information) (?:useful|helpful)(?: to you)?\??(?:[ \t]*yes[ \t/|]*no)?|page feedback|[^.]{0,80}\.(?:jpe?g|png|gif|svg|webp)|"
    # a picture's description copied as text: "graphic reads 'our patients, our people, our place'"
    r"(?:graphic|image|picture|icon|infographic|illustration)[ \t]+(?:reads|shows|showing|depicting)\b.{0,200}|"
    # a picture's label in brackets: "[Image: heart icon]" (round 32)
    r"\[(?:image|picture|icon|graphic|photo|illustration)\b[^\]\n]{0,80}\]|"
    # a site's credit and a picture's placeholder: "Site design and maintenance by CRB Associates",
    # "Page graphic" (exam 68, after its run)
    r"(?:web)?site[ \t]+(?:design(?:ed)?|built|developed|by)\b.{0,80}|page[ \t]+(?:graphic|image|banner)|"
    # a screenshot's file name left as its caption: "Screen Shot 2015-06-16 at 19.27.49" (exam 58, after its run)
    r"screen[ \t]?shot[ \t_-]+\d{4}-\d{2}-\d{2}(?:[ \t_]+at)?[ \t_]+\d{1,2}[.:]?\d{2}(?:[.:]?\d{2})?(?:[ \t]*[ap]m)?(?:\.(?:png|jpe?g))?|"
    # a page break marked in a copied document: "--- Page 4 ---" (an easy read version, round 56)
    r"[-=_*]{2,}[ \t]*page[ \t]+\d{1,3}(?:[ \t]+of[ \t]+\d{1,3})?[ \t]*[-=_*]{2,}|"
    # a footer's links or a postal address: "Accessibility | Cookies | Privacy", "Facebook | X |
    # Email", "Trust name, Hospital, Harbour Road, Garrick Bay GB1 3HN" (round 33)
    r"(?:[\w ]{1,20}[ \t]*[|·][ \t]*){1,6}(?:accessibility|cookies?|privacy(?:[ \t]+\w+)?|email|linkedin|youtube|instagram"
    r"|sitemap|site[ \t]+map|terms(?:[ \t]+\w+)?|contact(?:[ \t]+us)?)|"
    r"(?:facebook|twitter|x)[ \t]*[|·][^\n]{0,80}|"
    r"[^\n]{0,150}\b[A-Z]{1,2}\d[A-Z\d]?[ \t]+\d[A-Z]{2}|"
    # signatures under a foreword: "Margaret Oyelaran, Chair   Dr Tom Ashdown, Chief Executive" (round 34)
    r"(?:(?:dr|prof(?:essor)?|mr|mrs|ms|sir|dame)\.?[ \t]+)?[A-Z][\w’'-]+(?:[ \t]+[A-Z][\w’'-]+){1,2},[ \t]+"
    r"(?:chair(?:man|woman)?|(?:interim[ \t]+)?chief[ \t]+executive(?:[ \t]+officer)?)"
    r"(?:[ \t]{2,}(?:(?:dr|prof(?:essor)?|mr|mrs|ms|sir|dame)\.?[ \t]+)?[A-Z][\w’'-]+(?:[ \t]+[A-Z][\w’'-]+){1,2},[ \t]+"
    r"(?:chair(?:man|woman)?|(?:interim[ \t]+)?chief[ \t]+executive(?:[ \t]+officer)?))?|"
    # a PDF's running header or footer with its page number: "4  |  Five Year Strategy
    # Summary", "Our Strategy 2025-2030 | 7", "Page 3 of 20", "– 3 –" (round 34)
    # ("Harnfield Hospitals NHS Trust | Strategy 2026–2031 | 5", a slide's footer, round 38)
    # (the header names the document or its body: "1 | Prevent ill health" is a numbered goal, round 44)
    r"\d{1,3}[ \t]*\|[ \t]*(?=[^|\n]{0,80}\b(?:strategy|plan|report|summary|review|annual|nhs|trust|board|icb|20\d\d)\b)[^|\n]{3,80}"
    r"|(?:[^|\n]{3,80}?[ \t]*\|[ \t]*){1,3}(?:page[ \t]+)?\d{1,3}|"
    # "Bro Garwen Health Board | IMTP 2025-28 Summary            3" (round 39)
    r"[^|\n]{3,80}?[ \t]*\|[ \t]*[^|\n]{3,80}?[ \t]{3,}\d{1,3}|"
    # "Kingsbarrow Hospitals NHS Foundation Trust      13": a running footer, its page number
    # after a wide gap (round 39)
    r"[^\n]{3,120}?[ \t]{5,}\d{1,3}|"
    r"(?:[^\n]{0,120}[ \t]{2,})?page[ \t]+\d{1,3}(?:[ \t]+of[ \t]+\d{1,3})?|"
    # a document-sharing site's transcript header: "Page 2: Business Plan 2011/12 - NHS Wales ·
    # possible to provide ..." (the title and a snippet, before each page; exam 31)
    r"page[ \t]+\d{1,4}:[ \t]+[^\n·]{0,200}?(?:[ \t]·[ \t]|[ \t][–-][ \t])[^\n]{0,300}|"
    # ... and its title line, cut and joined to the snippet: "The NHS belongs to the people Pla… · IMPROVING LIVES ..."
    r"[^\n…·]{3,200}…[ \t]·[ \t][^\n]{0,400}|[–—-][ \t]*\d{1,3}[ \t]*[–—-]|"
    r"website areas|[\w ]{0,40}navigation|copyright(?: information)?|more in this section|"
    r"sub ?menu|section menu|accessibility(?: options| tools)?|"
    # a download link: "Our Green Plan (PDF - 11.6MB)", "Annual report (PDF, 861KB)"
    r"[^\n]{0,150}\((?:pdf|docx?|pptx?|xlsx?|odt|rtf)\b[ \t,:–—-]*[\d.]+[ \t]*[kmg]b\)?|"
    # a picture's label left by a page builder: "Quality header", "Healthy lives banner"
    # (not "mission banner" / "vision banner": the picture held the role's heading, dev set 19)
    r"(?!(?:our[ \t]+)?(?:vision|mission|purpose|values)[ \t]+(?:header|banner)\b)[\w' ]{1,30}[ \t](?:header|banner)(?:[ \t]+image)?|"
    # ... a logo's alt text and a site builder's credit: "HCP logo smaller", "Powered by Sitekit" (dev set 8)
    r"[\w'& ]{1,40}[ \t]logo(?:[ \t]+(?:small(?:er)?|large(?:r)?|white|colou?r|image|mono|new))?|"
    # (the builder's name capitalised: not "Powered by our people")
    r"(?:site[ \t]+)?powered[ \t]+by[ \t](?!(?:our|the|people|staff)\b)(?-i:[A-Z])[\w.&-]*(?:[ \t][\w.&-]+){0,3}|"
    # ... or a picture described: "A dashboard with an arrow pointing to a happy face", "Two
    # nurses smiling" (a line of its own, no stop, nobody committing to anything; dev set 9;
    # only what a photograph shows, not "A workforce standing together")
    r"(?:an?|two|three|a[ \t]+group[ \t]+of)[ \t](?![^\n]*\b(?:we|will|our|to[ \t]+be)\b)[^.\n]{0,80}?"
    r"\b(?:pointing|smiling|waving|laughing|hugging)\b[^.\n]{0,60}|"
    # ... or its alt text: "Banner saying Care", "Image showing our values", "Icon of a heart"
    r"(?:banner|image|picture|icon|graphic|photo)[ \t]+(?:saying|showing|reading|of)[ \t][\w' ]{1,40}|"
    # a cross-reference to a national framework's numbered outcomes: "Links to National Outcomes
    # 1, 5 and 9", "National outcomes: 2, 4, 9" (round 39)
    r"(?:(?:links?|contributes?|linked)[ \t]+to[ \t]+)?(?:the[ \t]+)?national[ \t]+(?:health[ \t]+and[ \t]+wellbeing[ \t]+)?outcomes?"
    r"[ \t]*:?[ \t]*\d{1,2}(?:[ \t]*(?:,|and|&)[ \t]*\d{1,2})*|"
    # a picture described in brackets: "[Picture: an ambulance crew ...]", "[Llun: ...]" (round 40)
    r"\[[ \t]*(?:picture|image|photo|graphic|diagram|icon|llun)[ \t]*:[^\n]*|"
    # a cover sheet's tick boxes: "Approval ☒", "Assurance ☐   Discussion ☐" (round 39)
    # (each run of other characters ends at its box: one way to read the line, linear time)
    r"(?:[^\n☐☒☑]{1,40}[☐☒☑])+[ \t]*|"
    # who leads a goal: "Executive Lead - Director of People", "Executive lead: Chief Nurse"
    r"(?:executive|senior|board|responsible)[ \t]+(?:lead|owner|sponsor)\b[^\n.]{0,80}|"
    # a menu flattened into one line, footer links and addresses (round 35): "Home Services
    # Patients Visitors Careers About us", "Privacy notice", "Trust HSCP, Council Offices, High Street, Town"
    r"home\b[^.\n]{0,120}\b(?:about[ \t]+us|contact(?:[ \t]+us)?|careers|news|jobs|vacancies)\b[^.\n]{0,80}|"
    r"(?=[^\n]*\b(?:accessibility|privacy|cookies?|freedom[ \t]+of[ \t]+information|terms)\b)"
    r"(?:[^|\n]{1,40}\|[ \t]*){1,8}[^|\n]{1,40}|"
    r"accessibility[ \t]+statement|privacy[ \t]+(?:notice|policy|statement)|freedom[ \t]+of[ \t]+information"
    r"(?:[ \t]+\w+)?|cookie[ \t]+(?:policy|settings|notice|preferences)|terms[ \t]+(?:and|&)[ \t]+conditions"
    r"|modern[ \t]+slavery[ \t]+statement|site[ \t]*map|"
    r"(?![-•*–—\d])(?![^\n]*\b(?:we|will|to|our|by)\b)"  # (not an action: "... on Harbour Road, Kingsmere, by 2027")
    r"[^.\n]{2,80},[^.\n]{0,80}\b(?:street|road|lane|avenue|offices|business[ \t]+park)\b"
    r"[^.\n]{0,40},[^.\n]{1,60}|"
    # a table's caption and its header cells: "Table 1: ...", "Q1 Q2 Q3 Q4", "Corporate objective"
    r"table[ \t]+\d{1,2}[ \t]*[:.–-][^\n]{0,200}|q1(?:[ \t]+q[234]){1,3}|"
    r"(?:strategic|corporate)[ \t]+(?:goal|objective|priority|ambition)|objective|goal|"
    # ... or a table's lead column copied as lines: "Director of Operations", "Lead director",
    # "Chief Finance Officer" alone on a line (round 34)
    r"(?:lead[ \t]+(?:director|executive)|(?:medical[ \t]+|deputy[ \t]+)?director[ \t]+of[ \t]+[\w &]{3,40}"
    r"|chief[ \t]+(?:[\w]+[ \t]+){1,2}officer|chief[ \t]+nurse|medical[ \t]+director))"
    r"\s*[:.]?",
    re.IGNORECASE,
)
# A line of Markdown links or pictures only, with list markers and separators: "* [Home](/)",
# "[Home](/) | [About us](/about)", "Home > [About us](/about)", "![Staff at work](/a.jpg)".
_MD_LINKS_ONLY = re.compile(
    r"[ \t]*(?:[-*+][ \t]+|\d{1,2}[.)][ \t]+)?"
    # (a breadcrumb's words up to each separator: the separators are not words, so the line
    # splits one way only and long lines of bars do not backtrack)
    r"(?:[^\[\]()\n>»›|·/]{0,30}(?:>|»|›|\||·|/))*[ \t]*"
    r"!?\[[^\]\n]{0,120}\]\([^)\n]*\)"
    r"(?:[ \t]*(?:[|·•>»›/,]|&gt;)?[ \t]*!?\[[^\]\n]{0,120}\]\([^)\n]*\))*[ \t]*"
)
# Inline HTML in Markdown: a line that is only tags ("<details>", "</div>"), and a line that is
# one element's text ("<summary>Goal 1: Care</summary>", "<h3>Our values</h3>").
_HTML_TAG_LINE = re.compile(r"[ \t]*(?:</?[A-Za-z][\w-]*(?:[ \t][^<>\n]*)?/?>[ \t]*)+")
_HTML_WRAPPED = re.compile(r"<(summary|h[1-6]|dt)\b[^<>\n]*>[ \t]*(.+?)[ \t]*</\1>[ \t]*$",
                           re.IGNORECASE)
_TASK_BOX = re.compile(r"\[[ xX]\][ \t]+(?=\S)")
_MD_FOOTNOTE = re.compile(r"[ \t]*\[\^[\w-]{1,12}\]:")
_NEXT_PICTURE = re.compile(r"\s*!\[")  # the next line with text is another picture
_MD_CAPTION = re.compile(r"[ \t]*(?:\*[^*\n]{1,150}\*|_[^_\n]{1,150}_)[ \t]*")
# Coded labels: "SO1:", "SA 2 –", "G3.", "P1:" (upper case, then a colon, stop or dash).
# A table of contents' heading, and an entry under it (a bulleted or numbered line, or a blank).
_TOC_HEAD = re.compile(r"(?:table\s+of\s+|page\s+)?contents|on\s+this\s+page|in\s+this\s+section"
                       r"|more\s+in\s+this\s+section\s*[:.]?", re.IGNORECASE)
# ("b) Benchmarking 12": a lettered entry, or any line ending in its page number; exam 31)
_TOC_ENTRY = re.compile(r"[ \t]*(?:[•●◦▪■‣*\-–]|\d{1,2}[.)]|[a-z][.)])[ \t]+\S|[ \t]*$|(?:[^\s\d][^\s]*[ \t]+){1,}\d{1,3}[ \t]*$")
# A table-of-contents line: "Our strategic priorities ........ 8"
_CONTENTS_LINE = re.compile(r"(?:\.\s?){4,}\s*\d{1,3}\s*$")
_CODE_LABEL = re.compile(r"[A-Z]{1,3} ?\d{1,2}\s*[:.–—-]\s")
# Decoration before a heading: emoji and other pictographs ("🔭 OUR VISION").
_PICTOGRAPH = "\U0001F000-\U0001FAFF\u2600-\u27BF\u2B00-\u2BFF\uFE0F\u200D"  # emoji and other pictographs
_DECORATION = re.compile(f"[{_PICTOGRAPH}]+[ \\t]*")
_BAR_NUMBER = re.compile(r"\d{1,2}[ \t]*\|[ \t]+(?=[A-Z][^|\n]*$)", re.MULTILINE)
_QUOTE_MARK = re.compile(r"(?:>[ \t]?)+")
# Section numbering of a report or board paper: "3.1 Vision", "5. Strategic objectives".
_SECTION_NUMBER = re.compile(r"\d{1,2}(?:\.\d{1,2})+\.?[ \t]+(?=\S)")
_SECTION_NUMBER_ANY = re.compile(r"\d{1,2}(?:\.\d{1,2})*\.[ \t]+(?=\S)|\d{1,2}(?:\.\d{1,2})+[ \t]+(?=\S)")
# Markdown pipe tables: "| a | b |" rows and their "|---|---|" separator.
_PIPE_SEPARATOR = re.compile(r"[ \t]*\|?(?:[ \t]*:?-{2,}:?[ \t]*\|)+(?:[ \t]*:?-{2,}:?[ \t]*)?[ \t]*$")
# An unnumbered label: "Ambition: Care closer to home", "Priority – Timely help".
_WORD_LABEL = re.compile(
    r"(?:(?:our|strategic|key|corporate|well-?being|equality|shared|joint)\s+)?(?:strategic\s+)?"
    r"(?:goal|aim|objective|ambition|pillar|priority|theme)\s*(?::|\s[–—-])\s+(?=\S)",
    re.IGNORECASE,
)
_LABEL = re.compile(
    r"(?:(?:our|strategic|key|corporate|well-?being|equality|shared|joint)\s+)?(?:strategic\s+)?"
    r"(?:(?:goal|aim|objective|ambition|pillar|priority|theme|outcome|commitment|promise|pledge"
    r"|number(?=\s+\w+[ \t]*$))"  # "Number one" alone on its line, over the goal it numbers
    r"\s+(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|[ivx]{1,4}|[a-e])\b"
    # (not a sentence about the goal: "Ambition 4 was added after ...", round 44)
    r"(?!\s+(?:was|is|has|had|will|were|now|replaces|remains)\b)"
    r"|(?:goals|aims|objectives|ambitions|priorities|themes|outcomes|commitments|promises|pledges)"
    r"\s+\d{1,2}\s*(?:to|-|–|—|and)\s*\d{1,2}\b)",  # "Promises 1 to 5" over their group
    re.IGNORECASE,
)


@dataclass
class Block:
    """One heading, paragraph or list item: ``text[start:end]`` is its content."""

    kind: str  # "heading" | "para" | "item"
    start: int
    end: int
    line: int  # 0-based line (block) number, for adjacency
    marker: str = ""  # the list marker as written ("•", "1.", "(a)"), or "#"s for Markdown
    marker_class: str = ""  # "bullet" | "number" | "letter" | "roman" | ""
    indent: int = 0
    level: int | None = None  # explicit heading level (Markdown, HTML); item depth for items
    explicit: bool = False  # the format itself says this is a heading / item
    blank_before: bool = False
    depth: int = 0  # items: nesting depth within their list
    parent: int | None = None  # items: index of the parent item block
    label: bool = False  # "Goal 1:", "Pillar one", "Strategic aim 2 –" style line
    wrapped: bool = False  # an item that already took a wrapped continuation line


def _marker_class(marker: str) -> str:
    core = marker.strip("()#").rstrip(".):").rstrip("\\")
    if core.isdigit():
        # "1." and "1)" are different list styles: "1)" under "1." is a nested list ("#1:" and
        # "1:" count as "1.")
        return "number" if marker.endswith((".", ":")) or marker.startswith("#") else "number)"
    if re.fullmatch(r"[ivxIVX]{1,4}", core) and len(core) > 1:
        return "roman"
    if len(core) == 1 and core.isalpha() and core != "o":
        return "letter"
    return "bullet"


_SENTENCE_VERB = re.compile(r"^(?:our|the|my)\s+(?:[\w-]+\s+){0,2}(?:is|are)\s+to(?:\s|$)", re.IGNORECASE)


_TITLE_WORD = r"(?:[A-Z][\w’'&-]*|a|an|and|as|at|by|for|in|of|on|or|the|to|we|with)"
_TITLE_SUBTITLE = re.compile(rf"[A-Z][\w’'&-]*(?:[ ]{_TITLE_WORD}){{1,4}}:[ ](?:What|How|Why|Where|Who)(?:[ ]{_TITLE_WORD}){{1,6}}")


_TO_CLAUSE = re.compile(r"To\s+[a-z]+\s+(?:[a-z]+\s+){2}")


def is_title_like(text: str) -> bool:
    """A short line that reads as a heading: few words, no sentence punctuation at its end."""
    stripped = text.strip().strip("*_").strip()
    if not stripped or len(stripped) > 90:
        return False
    if stripped[-1] in _TERMINAL or stripped.endswith(":"):
        return False
    if ": " in stripped and not _TITLE_SUBTITLE.fullmatch(stripped):
        return False  # (but "Our Seven Aims: What We're Going to Do", title case on both sides: exam 76)
    words = stripped.split()
    if len(words) > 12:
        return False
    if _SENTENCE_VERB.search(stripped):
        return False  # "Our purpose is to help people stay well, stay" (a sentence cut by a wrap)
    if len(words) >= 5 and _TO_CLAUSE.match(stripped) and stripped[-1] not in "-–—":
        return False  # "To improve year on year the experience of our patients": an aim written out, not a title
    first = next((c for c in stripped if c.isalnum()), "")
    return bool(first) and (first.isupper() or first.isdigit())


def _strip_emphasis(text: str, start: int, end: int) -> tuple[int, int, bool]:
    """Shrink a span past whitespace and Markdown emphasis wrapping the whole line."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    bold = False
    for mark in ("**", "__"):
        if end - start > 4 and text.startswith(mark, start) and text.endswith(mark, start, end):
            inner = text[start + 2 : end - 2]
            if mark not in inner:
                start, end, bold = start + 2, end - 2, True
                break
    return start, end, bold


def _lines(text: str):
    """(start, end) of each line, without its newline."""
    pos = 0
    length = len(text)
    while pos <= length:
        nl = text.find("\n", pos)
        if nl < 0:
            yield pos, length
            return
        end = nl - 1 if nl > pos and text[nl - 1] == "\r" else nl
        yield pos, end
        pos = nl + 1


# the HTML reader's marks for a list entry: an <ul>'s and an <ol>'s
_ITEM_MARKS = ("item", "numbered-item")

_ENDS_PAGE = re.compile(r"(?:\r?\n[ \t]*(?:\r?\n|$)|$|\f)")


_TOKEN_BULLET = re.compile(r"[ \t]*(?P<token>[A-Z]{2,4})[ \t]+(?=[A-Z][a-z])")


def _token_bullets(text: str) -> dict[int, int]:
    """Lines opened by the same two-to-four capitals, three or more in a row ("VMC Treat you
    ...", "VMC See you ..."): the letters are a bullet, not words. Line start -> entry start."""
    found: dict[int, int] = {}
    run: list[tuple[int, int]] = []
    token = None
    for ls, le in [*_lines(text), (len(text), len(text))]:
        match = _TOKEN_BULLET.match(text, ls, le)
        if match is not None and match.group("token") == token:
            run.append((ls, match.end()))
            continue
        if token is not None and ls < len(text) and not text[ls:le].strip():
            continue  # (a gap inside the run keeps it going)
        if len(run) >= 3:
            found.update(run)
        run = [(ls, match.end())] if match is not None else []
        token = match.group("token") if match is not None else None
    return found


def segment(document: ReadDocument, limit: int | None = None) -> list[Block]:
    """The document's blocks in order (only those starting before ``limit``, when given)."""
    text = document.text
    marks = {(s, e): (k, lvl) for k, lvl, s, e in document.structure if k != "br-line"}
    broken = {(s, e) for k, _lvl, s, e in document.structure if k == "br-line"}  # lines after a <br>
    html = document.media_type == "text/html"
    pdf = document.media_type == "application/pdf"
    blocks: list[Block] = []
    blank = True
    line_no = 0
    skip_to = 0 if html or pdf else _front_matter_end(text)
    page_starts = document.page_starts if pdf and document.page_starts else [0]
    widths = [_full_line(text[a:b]) if pdf else 0
              for a, b in zip(page_starts, [*page_starts[1:], len(text)], strict=True)]
    numbered = not html and _uses_section_numbers(text)
    outlined = not html and _uses_paren_outline(text)
    lone: str | None = None  # a bullet glyph alone on the line before: this line is its item
    toc = False  # the lines after "Contents" / "On this page": its entries while they are items
    in_comment = False
    fence = False  # inside a fenced code block
    aside = False  # inside a ":::note" admonition
    picture = False  # the line before was a picture: an emphasised line under it is its caption
    gallery = False  # the caption before was kept as one of a row of captioned pictures
    tokened = {} if html else _token_bullets(text)
    for ls, le in _lines(text) if html else _unglued(text, _lines(text)):
        if limit is not None and ls >= limit:
            break
        if limit is not None and le > limit:
            le = limit
        line_no += 1
        raw = text[ls:le]
        if not raw.strip() or ls < skip_to or not html and raw.strip(" \t>") == "":
            blank = True
            continue
        if toc and (_TOC_ENTRY.match(raw) or _toc_line_then_page(text, raw, le)
                    if not html else marks.get((ls, le), ("", 0))[0] in _ITEM_MARKS):
            blank = True  # an entry of the contents list above: a link to a section, not text
            continue
        toc = False
        if not html and _CRUMB_HOME.fullmatch(raw) or html and raw.strip().lower() == "home" \
                and marks.get((ls, le), ("", 0))[0] in _ITEM_MARKS:
            toc = True  # a breadcrumb as a list, "1. Home" / "2. Our Priorities": its entries
            blank = True  # are links to pages, not text (round 26)
            continue
        if not html and raw.strip().isdigit() and len(raw.strip()) <= 3 \
                and (_ENDS_PAGE.match(text, le) or len(raw) - len(raw.lstrip(" \t")) >= 20):
            # (or set far right, as a PDF's text layer puts it: the page number over the next
            # page's running header, round 43)
            blank = True  # a page number alone at the foot of a PDF's page (round 34)
            continue
        if _CHROME.fullmatch(raw.strip()) and not _spelt_word(text, ls, raw) \
                or _CONTENTS_LINE.search(raw, max(0, len(raw) - 240)) \
                or not html and _MD_PICTURE_HEADING.fullmatch(raw.strip()):
            toc = bool(_TOC_HEAD.fullmatch(raw.strip()))
            blank = True
            continue
        if not html and _LONE_LETTER.fullmatch(raw) and not _spelt_word(text, ls, raw) \
                and (not _NEXT_WORD.match(text, le).group(1).startswith(raw.strip())
                     or len(re.findall(rf"(?m)^[ \t]*{raw.strip()}[ \t]*$", text)) >= 3):
            # "N" alone over each objective: an icon font's glyph left in the text (a real trust's
            # page), not an acronym's letter (the next line does not start with it, or the same
            # letter stands alone three times or more)
            blank = True
            continue
        if html and marks.get((ls, le), ("", 0))[0] == "title":
            blank = True  # the page's <title>: read for the publisher's name, never content
            continue
        if not html and (in_comment or raw.lstrip().startswith("<!--")):
            # an HTML comment in Markdown (an export's note): not text
            in_comment = "-->" not in raw
            blank = True
            continue
        if not html and _FENCE.match(raw):
            fence = not fence  # a fenced code block (a diagram's source, "```mermaid"): not text (round 39)
            blank = True
            continue
        if not html and (fence or aside):
            aside = aside and raw.strip() != ":::"
            blank = True
            continue
        if not html and _ADMONITION.match(raw):
            # a documentation site's aside, ":::caution Draft" ... ":::" / "!!! note": a note beside
            # the text, never its statements (round 39)
            aside = raw.strip() != ":::"
            blank = True
            continue
        tab = _TAB_LABEL.search(raw) if not html else None
        if tab is not None:
            # MDX tabs: <TabItem value="a1" label="Ambition 1: Recovery-focused care">, the label a
            # heading over the tab's content (round 39)
            blocks.append(Block("heading", ls + tab.start(1), ls + tab.end(1), line_no, explicit=False,
                                blank_before=True, label=bool(_LABEL.match(tab.group(1)))))
            blank = True
            continue
        if not html and _HTML_TAG_LINE.fullmatch(raw):
            blank = True  # "<details>", "</div>": inline HTML's tags, no text
            continue
        if not html and _MD_LINKS_ONLY.fullmatch(raw):
            blank = True  # a menu, breadcrumb or picture exported as Markdown links
            picture = "![" in raw
            continue
        if not html and picture and _MD_CAPTION.fullmatch(raw) and len(raw.split()) <= 3 \
                and (gallery or _NEXT_PICTURE.match(text, le)):
            # a row of pictures, each over a one- to three-word caption ("*Respect*", "*Hope*"):
            # the captions name the things shown (values as a picture list), kept (round 30)
            gallery = True
        elif not html and (_MD_FOOTNOTE.match(raw) or picture and _MD_CAPTION.fullmatch(raw)):
            blank = True  # a footnote's text, or a picture's caption ("*Staff at work*")
            picture = False
            continue
        else:
            gallery = False
        picture = False
        if not html and _LONE_BULLET.fullmatch(raw):
            lone = raw.strip()
            continue
        if not html and _ICON_BULLET.fullmatch(raw):
            # "  • heart icon" over "To increase the number of years ...": an icon's alternative
            # text set as the bullet's first line, the line under it the entry (exam 75, after its run)
            lone = raw.strip()[0]
            continue
        numbered_bullet = _NUMBERED_BULLET.fullmatch(raw) if not html else None
        if numbered_bullet is not None:
            # "  • 1" over "Give every child the best chance ...": a card's number set as a bullet
            # of its own, the line under it the numbered entry (exam 72, after its run)
            lone = numbered_bullet.group(1) + "."
            continue
        if html:
            block = _html_block(text, ls, le, marks.get((ls, le)), line_no)
            parts = _html_run_in_bullets(text, block)
            if parts:
                # "<li>Being child and family focused • Listening to and valuing each other • ...</li>"
                # (or a <p> of them): each a list entry, as the text path splits such a line (session 16)
                for part in parts[:-1]:
                    part.blank_before = blank
                    blank = False
                    blocks.append(part)
                block = parts[-1]
        elif ls in tokened:
            # "VMC Treat you with courtesy ..." / "VMC See you within thirty minutes ...": a
            # picture bullet copied as the practice's initials before every entry (exam 89)
            start, end, _ = _strip_emphasis(text, tokened[ls], le)
            block = Block("item", start, end, line_no, marker="•", marker_class="bullet")
        else:
            block = _text_block(text, ls, le, raw, line_no, blocks, blank, numbered, outlined)
            if lone is not None and block is not None and block.kind != "item" \
                    and not block.explicit:
                block = _lone_item(text, block, lone)
        lone = None
        if block is None:
            blank = False
            continue
        block.blank_before = blank
        blank = False
        if not html and block.kind == "heading" and not block.explicit and not block.label \
                and le < len(text) and text[le] == "-":
            block.kind = "para"  # the line a list's first entry was glued onto: its lead, not a title
        if _repeats_title_above(text, block, blocks):
            blank = True  # an accordion's button then its panel's title: "• Respectful" / "Respectful"
            continue
        full_line = widths[bisect.bisect_right(page_starts, block.start) - 1] if pdf else 0
        if _continues(text, block, blocks, pdf, full_line, html and (ls, le) not in broken):
            blocks[-1].end = block.end
            blocks[-1].line = block.line
            continue
        blocks.append(block)
    _bilingual_pairs(text, blocks)
    if not html:
        _join_broken_sentences(text, blocks)
    if not html and document.media_type != "text/markdown":
        _repeated_headers(text, blocks)
        _tab_strips(text, blocks)
    _will_lead_ins(text, blocks)
    _dash_line_runs(text, blocks)
    _parallel_titles(text, blocks)
    _to_title_runs(text, blocks)
    _title_description_pairs(text, blocks)
    _bare_numbered_runs(text, blocks)
    _life_course_titles(text, blocks)
    _nest_items(text, blocks)
    _bullets_between_numbers(blocks)
    _counted_word_titles(text, blocks)
    return blocks


def _repeats_title_above(text: str, block: Block, blocks: list[Block]) -> bool:
    """The line says again the list entry right above it: a copied accordion's button and its
    panel's title ("• Respectful" over "Respectful" over the description; exam 117, after its
    run). The repeat is dropped, so the description sits under the entry. (Doubled lines that are
    not entries, a card's title and its hover text, are read as a title over its description.)"""
    if not blocks or block.kind not in ("heading", "para") or blocks[-1].kind != "item":
        return False
    above = " ".join(text[blocks[-1].start : blocks[-1].end].split()).casefold()
    here = " ".join(text[block.start : block.end].split()).casefold()
    return here == above and 0 < len(here.split()) <= 25


# the words that count a page's entries in order ("One: ...", "Two – ...")
ORDINAL_WORDS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")
# "One – a better quality of life ...": a capitalised counting word, a dash, the title
WORD_TITLE = re.compile(r"[ \t]*(?P<word>" + "|".join(w.capitalize() for w in ORDINAL_WORDS) + r")[ \t]*(?:[–—]|[ \t]-)[ \t]+\S")


# the stages of a life-course strategy: "Starting well", "Living well", "Ageing well", "Dying well
# and bereavement" (as titles, each over its priorities)
_LIFE_STAGE = re.compile(r"[ \t]*(?:start(?:ing)?|grow(?:ing)?|liv(?:e|ing)|ag(?:e|eing|ing)|dy(?:e|ing)|die|end(?:ing)?"
                         r"|stay(?:ing)?|develop(?:ing)?)[ \t]+well(?:[ \t]+(?:and|&)[ \t]+[\w ]{3,30})?[ \t/:]*",
                         re.IGNORECASE)


_GOALS_WORD = re.compile(r"\b(?:ambitions|priorities|goals|aims|objectives|outcomes|stages|themes|pillars)\b", re.IGNORECASE)


def _join_broken_sentences(text: str, blocks: list[Block]) -> None:
    """A paragraph that stops on a word no sentence ends with ("... the quality of care we") and
    goes on, after a blank line, in lower case ("provide, coupled with ...") is one paragraph: a
    document transcript that puts a blank line after every line (exam 109, after its run)."""
    k = 0
    while k + 1 < len(blocks):
        here, nxt = blocks[k], blocks[k + 1]
        words = text[here.start : here.end].split()
        if here.kind == "para" and not here.explicit and nxt.kind in ("para", "heading") and not nxt.explicit \
                and not nxt.label and nxt.blank_before and words and words[-1].casefold() in _GOES_ON \
                and text[nxt.start : nxt.start + 1].islower():
            here.end = nxt.end
            del blocks[k + 1]
            continue
        k += 1


def _life_course_titles(text: str, blocks: list[Block]) -> None:
    """Two or more life-stage titles on a page ("Starting well" / "Growing well" / "Ageing
    well"), each a line of its own: labels naming the strategy's goals, as "Goal 1: ..." is (three
    real pages' annotators; exam 107, after its run)."""
    stages = [k for k, b in enumerate(blocks) if b.kind in ("heading", "para") and not b.label
              and _LIFE_STAGE.fullmatch(text, b.start, b.end)]
    if len(stages) < 2:
        return
    first = stages[0]
    if any(_GOALS_WORD.search(text, blocks[k].start, blocks[k].end) for k in range(max(0, first - 3), first)):
        return  # ("OUR AMBITIONS" / "Start well" / ... / "Fair for all": the titles under it are read as its list)
    for k in stages:
        blocks[k].kind, blocks[k].label = "heading", True


_BARE_NUMBERED = re.compile(r"(\d{1,2})[ \t]+(?=[A-Z][a-z])")


def _bare_numbered_runs(text: str, blocks: list[Block]) -> None:
    """Lines numbered 1, 2, 3 ... with no stop after the number ("1 To provide care of a high
    medical standard." / "2 To respect ..."), three or more in a row: a numbered list whose
    markers lost their stops (a practice charter; exam 106, after its run). One line alone
    opening with a number stays a paragraph ("2 people in 3 ...")."""
    k = 0
    while k < len(blocks):
        run: list[tuple[int, re.Match[str]]] = []
        j = k
        while j < len(blocks) and blocks[j].kind == "para":
            number = _BARE_NUMBERED.match(text, blocks[j].start, blocks[j].end)
            if number is None or int(number.group(1)) != len(run) + 1:
                break
            run.append((j, number))
            j += 1
        if len(run) >= 3:
            for index, number in run:
                block = blocks[index]
                block.kind, block.start = "item", number.end()
                block.marker, block.marker_class = number.group(1) + ".", "number"
            k = j
        else:
            k += 1


def _counted_word_titles(text: str, blocks: list[Block]) -> None:
    """"One – a better quality of life ...", "Two – places underpinned by ...", "Three – ...":
    titles counted in words, in order, two or more: labels over what each counts (exam 93)."""
    titles = [(b, m.group("word")) for b in blocks if b.kind in ("heading", "para")
              and (m := WORD_TITLE.match(text, b.start, b.end)) is not None and len(text[b.start : b.end].split()) <= 24]
    if len(titles) < 2 or [word.lower() for _, word in titles] != list(ORDINAL_WORDS[: len(titles)]):
        return
    for block, _ in titles:
        block.kind, block.label = "heading", True


_WELSH_WORDS = frozenset(
    "a'r i'r o'r yn yr ac ein eich gyda bawb iechyd da mae ar gan ni fod sy sydd gofal cymru pobl lles ym "
    "ymhob bob i y o rydym byddwn wedi hon dudalen gymraeg saesneg gwasanaeth gwasanaethau bwrdd nod nodau "
    "ymddiriedolaeth gig hafan amdanom newyddion cysylltu gweledigaeth pwrpas diben gwerthoedd strategaeth "
    "cleifion lle tro cywir mwy ddarparu ymrwymo i'n â gweithio gyda'r byrddau cyflwyno agor lleihau "
    "cyrraedd bod gwych amcanion llesiant ddeddf cenedlaethau'r dyfodol croesawu gohebiaeth lawrlwytho'r "
    "blaenoriaethau hamcanion cenhadaeth ein "
    # (the words of health boards' values: "Gofalu am ein gilydd", "Gwella bob amser", round 55)
    "gilydd am amser gwella gweithio gofalu parch urddas tosturi caredig uniondeb tegwch ynghyd dysgu".split())
_ENGLISH_WORDS = frozenset("the and of to for in is we our are with be every this that will you".split())


def welsh_line(text: str) -> bool:
    """A line written in Welsh: Welsh function words (or ŵ, ŷ) and no English ones."""
    halves = re.split(r"\s[–—|-]\s", text)
    if len(halves) == 2 and not any(w.strip(".,;:!?'’*").lower() in _WELSH_WORDS for w in halves[1].split()):
        return False  # "Gweithio gyda'n gilydd – Working together": a pair, its English half (round 55)
    words = [w.strip(".,;:!?“”\"'‘’()[]|–—-").lower() for w in text.replace("’", "'").split()]
    words = [w for w in words if w and not w.isdigit()]
    if not words or any(w in _ENGLISH_WORDS for w in words):
        return False
    welsh = sum(w in _WELSH_WORDS for w in words)
    return welsh >= 2 or welsh >= 1 and len(words) <= 3 or any(c in text for c in "ŵŷ")


_BAR_PAIR = re.compile(r"[ \t]*([^|\n]{1,60}?)[ \t]+\|[ \t]+([^|\n]{1,60}?)[ \t]*$")


def _bilingual_pairs(text: str, blocks: list[Block]) -> None:
    """A page written twice, a Welsh line then its English line (or "Gofalgar | Caring"): the
    Welsh lines go, and a "Welsh | English" pair keeps its English half (round 40). Only on a
    page with four or more Welsh lines."""
    welsh = [k for k, b in enumerate(blocks) if welsh_line(text[b.start : b.end])
             # ("EIN BLAENORIAETHAU" stays: the extractor skips the Welsh block it heads)
             and not re.fullmatch(r"\s*ein\s+\w+\s*", text[b.start : b.end], re.IGNORECASE)]
    if len(welsh) < 4:
        return
    for b in blocks:
        pair = _BAR_PAIR.fullmatch(text, b.start, b.end)
        if pair and welsh_line(pair.group(1)) or pair and len(pair.group(1).split()) == 1 \
                and len(pair.group(2).split()) <= 3 and not welsh_line(pair.group(2)):
            b.start = b.start + pair.start(2) - pair.start()
    gone = set(welsh)
    blocks[:] = [b for k, b in enumerate(blocks) if k not in gone]


_SMALL_WORDS = frozenset({"and", "of", "the", "for", "to", "in", "on", "at", "a", "an", "&", "with", "our"})


_FENCE = re.compile(r"[ \t]{0,3}(?:```|~~~)")
_ADMONITION = re.compile(r"[ \t]*(?::::[ \t]*(?:note|tip|info|caution|warning|danger|important|details)?\b.*|:::[ \t]*$)",
                         re.IGNORECASE)
_TAB_LABEL = re.compile(r"^[ \t]*<TabItem\b[^>]*?\blabel=[\"']([^\"'<>]{2,120})[\"'][^>]*>[ \t]*$")


def _card_name(content: str) -> bool:
    """A card's name: one to four words, every word that is not a small one capitalised."""
    words = content.split()
    return 1 <= len(words) <= 4 and all(w[0].isupper() or w.lower() in _SMALL_WORDS for w in words) \
        and words[0][0].isupper()


def _card_text(content: str) -> bool:
    """A card's one-line description: a clause in sentence case (four or more words, most of
    the longer ones after the first in lower case)."""
    words = [w for w in content.split()[1:] if len(w) >= 4 and w[0].isalpha()]
    return len(content.split()) >= 4 and len(words) >= 2 \
        and sum(w[0].islower() for w in words) * 2 > len(words)


def _to_title_runs(text: str, blocks: list[Block]) -> None:
    """An aim written as a title, "To work with local health and social care organisations",
    reads as a sentence's line alone (``_TO_CLAUSE``); but after "To support local practices" /
    its description / ..., two blocks above it, it is the next of those titles (exam 145)."""
    for k in range(2, len(blocks)):
        block, above = blocks[k], blocks[k - 2]
        content = text[block.start : block.end].strip()
        if block.kind == "para" and not block.explicit and above.kind == "heading" and not above.explicit \
                and not above.label and blocks[k - 1].kind == "para" and k + 1 < len(blocks) \
                and blocks[k + 1].kind == "para" and text.startswith("To ", above.start) \
                and _TO_CLAUSE.match(content) and len(content.split()) <= 12 and content[-1:].isalnum():
            block.kind, block.level = "heading", above.level


def _title_description_pairs(text: str, blocks: list[Block]) -> None:
    """Cards copied as lines, a short name over a one-line description, two or more in a row
    ("Our Patients" / "Deliver right care, in the right place, at the right time" / "Our
    People" / ...): each description is its name's text, not a title of its own (round 31)."""
    def plain(k: int) -> bool:
        b = blocks[k]
        return b.kind == "heading" and not b.explicit and not b.label

    n = len(blocks)
    i = 0
    while i + 3 < n:
        j = i
        while j + 1 < n and plain(j) and plain(j + 1) \
                and _card_name(text[blocks[j].start : blocks[j].end]) \
                and _card_text(text[blocks[j + 1].start : blocks[j + 1].end]):
            j += 2
        if j - i >= 4:
            for k in range(i + 1, j, 2):
                blocks[k].kind = "para"
            i = j
        else:
            i += 1


def _tab_strips(text: str, blocks: list[Block]) -> None:
    """A row of tabs copied as one line ("Patients<TAB>People<TAB>Place") over the panels that
    repeat each name as their title: the strip is navigation, not a title (round 33)."""
    contents = [text[b.start : b.end].strip() for b in blocks]
    last = {content: index for index, content in enumerate(contents)}
    keep = []
    for index, block in enumerate(blocks):
        cells = [c.strip() for c in contents[index].split("\t")] if "\t" in contents[index] else []
        if len(cells) >= 3 and all(0 < len(c.split()) <= 3 and last.get(c, -1) > index for c in cells):
            continue
        keep.append(block)
    blocks[:] = keep


# what a running header names: the organisation or the document and its years (not a
# sub-heading every goal repeats, "What we will do")
_RUNNING_HEADER_WORDS = re.compile(r"\b(?:20\d\d|NHS|Trust|Board|Council|Partnership|ICB|Strategy|Plan|Report)\b")


# a sub-heading every goal repeats, with its year: "What we achieved in 2024/25", "What we will
# do in 2025/26", "How we will measure success in 2026" (round 49)
_GOAL_PART_HEAD = re.compile(r"\s*(?:what|why|how|where|when)\s+(?:we|this|it|you)\b", re.IGNORECASE)


def _repeated_headers(text: str, blocks: list[Block]) -> None:
    """A PDF's running header without a page number ("Thornvale Partnership | Strategy
    2025-2030"), the same short line split by a bar two or more times: not text (round 34)."""
    counts: dict[str, int] = {}
    for block in blocks:
        line = text[block.start : block.end]
        if len(line.split()) <= 12 and not block.explicit and block.kind != "item":
            counts[line] = counts.get(line, 0) + 1
    # (a bar in it, twice; or any short line four times or more: "Quenmoor Community Health NHS
    # Trust" / "Business Plan 2025/26" at the head of every page, round 43)
    repeated = {line for line, count in counts.items() if count >= 2 and " | " in line
                or count >= 4 and _RUNNING_HEADER_WORDS.search(line) and not line.rstrip().endswith(":")
                and not _GOAL_PART_HEAD.match(line)}
    if repeated:
        blocks[:] = [b for b in blocks if text[b.start : b.end] not in repeated]


# "Improving lives – we strive to ..." : a short name, a dash, what it means
_DASH_TITLE = re.compile(r"([^\n–—:]{1,60}?)\s+[–—-]\s+\S")


def _dash_title(text: str, block: Block) -> bool:
    match = _DASH_TITLE.match(text, block.start, block.end)
    return bool(match) and len(match.group(1).split()) <= 5 \
        and not text[block.start : block.end].rstrip().endswith(":")


def _dash_line_runs(text: str, blocks: list[Block]) -> None:
    """Lines "Name – what it means", one after another with no blank line and no list between
    them, are entries of one list: a short one among them ("Learning – we learn ...") is not a
    title when the longer ones beside it are paragraphs (round 29)."""
    n = len(blocks)
    i = 0
    while i < n:
        j = i
        while j < n and blocks[j].kind in ("para", "heading") and not blocks[j].explicit \
                and not blocks[j].label and _dash_title(text, blocks[j]) \
                and (j == i or blocks[j].line == blocks[j - 1].line + 1 and not blocks[j].blank_before):
            j += 1
        run = blocks[i:j]
        if len(run) >= 2 and any(b.kind == "para" for b in run) \
                and not (j < n and blocks[j].kind == "item" and blocks[j].line == blocks[j - 1].line + 1):
            for b in run[1:] if run[0].kind == "heading" and run[0].blank_before else run:
                b.kind = "para"  # (a first line set off above keeps its title: "Our values – ...")
        i = max(j, i + 1)


def _parallel_titles(text: str, blocks: list[Block]) -> None:
    """Lines "Name – what it means", each over its own bullets, are parallel titles: when one
    of them reads as a title (short), the longer ones in the same run are titles too, not
    paragraphs ("Working together for patients – ..." and "Everyone counts – we maximise our
    resources ... left behind", each over three behaviours)."""
    n = len(blocks)
    i = 0
    while i < n:
        head = blocks[i]
        if head.kind != "heading" or head.explicit or i + 1 >= n or blocks[i + 1].kind != "item" \
                or not _dash_title(text, head):
            i += 1
            continue
        j = i + 1
        while j < n:
            block = blocks[j]
            over_items = j + 1 < n and blocks[j + 1].kind == "item"
            if block.kind == "item":
                j += 1
            elif block.kind == "para" and not block.explicit and block.blank_before \
                    and over_items and _dash_title(text, block):
                block.kind, block.level = "heading", head.level
                j += 1
            elif block.kind == "heading" and not block.explicit and over_items \
                    and _dash_title(text, block):
                j += 1
            else:
                break
        i = j


# A bullet glyph on a line of its own, its text on the next line (a flattened list whose
# items held paragraphs): "-" / "Greater collaboration with partners."
# The first entry of a breadcrumb written as a list: "  1. Home", "* Home"
_CRUMB_HOME = re.compile(r"[ \t]*(?:\d{1,2}[.)]|[•*\-])[ \t]+home[ \t]*", re.IGNORECASE)
_WORD_COUNT = re.compile(r"(?:One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten)[ \t]+[–—-][ \t]+(?=[a-z])")
_PAGE_NUMBER_LINE = re.compile(r"[ \t]*\d{1,3}[ \t]*")


def _toc_line_then_page(text: str, raw: str, le: int) -> bool:
    """Under "Contents", a title line whose page number is on a line of its own a few lines on
    ("Our vision for the Service" / "13", a PDF transcript's contents), or that number itself."""
    if _PAGE_NUMBER_LINE.fullmatch(raw):
        return True
    if len(raw.split()) > 12 or raw.rstrip().endswith((".", ":", "!", "?")):
        return False
    pos = le + 1
    for _ in range(7):
        nxt = text.find("\n", pos)
        line = text[pos : nxt if nxt >= 0 else len(text)]
        if _PAGE_NUMBER_LINE.fullmatch(line):
            return True
        if len(line.split()) > 12 or nxt < 0:
            return False
        pos = nxt + 1
    return False


_LONE_LETTER = re.compile(r"[ \t]*[B-HJ-Z][ \t]*")  # (not "A" nor "I": words of their own)
_NEXT_WORD = re.compile(r"\s*(\S*)")
_LONE_BULLET = re.compile(r"[ \t]*[•●◦▪▫■‣⁃∙·*\-–—][ \t]*")
_ICON_BULLET = re.compile(r"[ \t]*[•●◦▪▫■‣⁃∙·*][ \t]+(?:[\w-]+[ \t]+){0,3}icon[ \t]*", re.IGNORECASE)
_NUMBERED_BULLET = re.compile(r"[ \t]*[•●◦▪▫■‣⁃∙·*][ \t]+(\d{1,2})[ \t]*")
# A list entry glued onto the end of the line before it: "... on population health. - Better
# Care – Transforming ..." (a sentence ends, then " - Name – description").
_GLUED_ENTRY = re.compile(r"(?<=[.!?])[ \t]+(?=[-–•][ \t]+[A-Z][^.:;!?\n–—]{0,60}?[ \t][–—][ \t])")


# A role word glued to the first name under it, as one text node copied from a page:
# "UHCW NHS Trust valuesCompassion" (an image's label, then the first value).
_GLUED_NAME = re.compile(
    r"(?i:\b(?:values|vision|mission|purpose|goals|aims|objectives|priorities|ambitions))"
    r"(?=[A-Z][a-z]{2,})"
)


# A picture's label or a link's slug glued to the role sentence after it, as one text node:
# "our-valuesOur vision is to work with ..." (lower case, then "Our vision is").
_GLUED_ROLE_SENTENCE = re.compile(
    r"(?<=[a-z])(?=Our[ \t]+(?:vision|mission|purpose|ambition)[ \t]+is[ \t])")
# A picture's description run into the promise after it, as one text node: "graphic showing a
# patient talking to a member of staffWe’ll provide and develop ..." (exam 41, after its run).
_GLUED_PICTURE = re.compile(r"[ \t]*(?:graphic|image|picture|photo(?:graph)?|illustration|icon)[ \t]+(?:showing|of)\b"
                            r"[^.\n]{3,160}?[a-z](?=We(?:['’]ll|[ \t]+will)[ \t]+[a-z])", re.IGNORECASE)


# A list's first "- " entry glued onto the end of the lead-in line above its other entries
# ("Together, we will support you ... most- Connecting with you, ..." over "- Consistently
# ...": a dash right after a lower-case word, then a capital); round 26
_GLUED_FIRST_DASH = re.compile(r"(?<=[a-z])-[ \t]+(?=[A-Z][a-z])")
_DASH_ITEM_NEXT = re.compile(r"\r?\n[ \t]*-[ \t]+\S")


# Bullets run into one line after a lead-in's colon, a PDF transcript's: "Our staff will: • Treat
# every patient ... • Listen to ... • Involve patients ... decisions We want every patient ..."
_ROLE_LABEL_BEFORE = re.compile(r"(?:our\s+)?(?:[\w-]+\s+)?(?:values|mission|vision|purpose|aims|goals|objectives|"
                                r"priorities|ambitions|commitments|promises|principles)", re.IGNORECASE)
_INLINE_BULLET = re.compile(r"(?<![ \t])[ \t]+(?=•[ \t]+[A-Z])")
_INLINE_BULLET_ANY = re.compile(r"(?<![ \t])[ \t]+(?=•[ \t]+[A-Za-z])")
_STOP_THEN_CAPITAL = re.compile(r"(?<=[a-z)’'”][.!?])[ \t]+(?=[A-Z])")
# (the last bullet's text runs on into the next sentence, its stop lost: "... decisions We want")
_RUN_ON_SENTENCE = re.compile(r"(?<=[a-z])[ \t]+(?=(?:We|Our|The|This|These|If|Please|Patients|You)[ \t]+[a-z]{2,}[ \t])")


# A role heading glued onto the end of the line above it, the statement of the role before it:
# "Quality of life to the end of life, for everyone. Our purpose" over the purpose's line (a
# hospice's strategy PDF copied as text; exams 42-43, after their run)
# (after a word's stop, not a section number's: "2. Our vision" stays a numbered heading; and only
# where the next line starts something new, not a hard-wrapped sentence going on in lower case)
_GLUED_TRAILING_ROLE = re.compile(
    r"(?<=[a-z)”’\"][.!?])[ \t]+(?=(?:Our|OUR)[ \t]+(?:vision|Vision|VISION|mission|Mission|MISSION|purpose|Purpose|PURPOSE"
    r"|values|Values|VALUES)[ \t]*$)")
_NEXT_LINE_NEW = re.compile(r"\r?\n[ \t]*(?:[A-Z“\"‘•*-]|\d|$)")


# Role labels run into one line, a slide's transcript: "Vision, Purpose and Values Our Vision:
# The needs of people ... skill Our Purpose: St Gemma's acknowledges ... Our Values: Caring, ..."
# (two labels or more in the line; each starts a line of its own; exams 44-45, after their run)
_RUN_IN_LABEL = re.compile(r"(?<=[\w)’'.])[ \t]+(?=(?:Our|OUR)[ \t]+(?:Vision|VISION|Mission|MISSION|Purpose|PURPOSE"
                           r"|Values|VALUES)[ \t]*:)")


_COLON_DASH_ENTRY = re.compile(r":[ \t]+(?=[-–][ \t]+[A-Z])")
_NEXT_LINE_DASH = re.compile(r"(?:\r?\n[ \t]*)+[-–][ \t]+\S")
_NEXT_LINE_BULLET = re.compile(r"(?:\r?\n[ \t]*)+[•▪●][ \t]+\S")


_HTML_RUN_IN_BULLET = re.compile(r"[ \t]+•[ \t]+(?=[A-Z])")


def _html_run_in_bullets(text: str, block: Block) -> list[Block]:
    """The entries of an HTML list entry or bulleted paragraph whose siblings ran into it ("A •
    B • C", three or more, each short), else none."""
    if block.kind not in ("item", "para") or block.kind == "para" and not text[block.start : block.end].lstrip().startswith("•"):
        return []
    cuts = [(m.start(), m.end()) for m in _HTML_RUN_IN_BULLET.finditer(text, block.start, block.end)]
    if len(cuts) < 2:
        return []
    start = block.start
    if block.kind == "para":
        glyph = _HTML_GLYPH.match(text, start, block.end)
        start = glyph.end() if glyph else start
    bounds = [(start, cuts[0][0])] + [(cuts[i][1], cuts[i + 1][0]) for i in range(len(cuts) - 1)] + [(cuts[-1][1], block.end)]
    if any(len(text[a:b].split()) > 12 for a, b in bounds):
        return []
    return [Block("item", a, b, block.line, marker="•", marker_class="bullet", depth=block.depth,
                  level=block.level, indent=block.indent, explicit=block.explicit) for a, b in bounds]


def _inline_bullets(text: str, start: int, end: int) -> list[int]:
    """Where the bullets run into a line after its lead-in's colon start (two at least), and
    where the text after the last one goes on as another sentence; none otherwise."""
    dash = _COLON_DASH_ENTRY.search(text, start, end)
    if dash is not None and _NEXT_LINE_DASH.match(text, end):
        return [dash.end()]  # ("To do this we will: - Develop ..." over "- Use ..." lines, a dash for the bullet)
    cuts = [m.end() for m in _INLINE_BULLET.finditer(text, start, end)]
    if len(cuts) < 2:
        lower = [m.end() for m in _INLINE_BULLET_ANY.finditer(text, start, end)]
        if len(lower) >= 3 and text[max(start, lower[0] - 4) : lower[0]].rstrip().endswith(":"):
            # "We will continuously improve the: • quality of care ...; • engagement ...; and, •
            # ways we collaborate with our system partners. At Dartford ...": entries that finish
            # the lead-in's sentence, in lower case, run into a PDF's paragraph; the last ends at
            # its stop (exam 211)
            stop = _STOP_THEN_CAPITAL.search(text, lower[-1], end)
            return lower + ([stop.end()] if stop else [])
    if len(cuts) == 1 and ":" in text[max(start, cuts[0] - 4) : cuts[0]] \
            and _NEXT_LINE_BULLET.match(text, end):
        # "To do this we will: • Develop a way to ..." over "• Use the framework ...": the
        # first bullet glued to its lead-in, the others on lines of their own (exam 51, after its run)
        return cuts
    # (or a line that is itself a bullet, its siblings run into it: "• Being child and family
    # focused • Listening to and valuing each other • ..."; exam 57, after its run)
    starts_bulleted = text[start:end].lstrip(" \t").startswith("•")
    # (or after a sentence's stop, or a label of three words at most: "Our mission We are the UK
    # charity for ... . • We support research ...", "Our values • We care: ..."; exam 72, after its run;
    # not "Kind • Brave • Curious", the names in a row)
    before = text[start : cuts[0]].strip() if cuts else ""
    led = ":" in text[max(start, cuts[0] - 4) : cuts[0]] if cuts else False
    # (a bulleted line right under a lead-in, one more bullet run into it: "Our principal
    # strategic goals will be to:" / "• Support and facilitate ... • Enhance economic gain ...";
    # exam 150)
    under_lead = starts_bulleted and len(cuts) == 1 and cuts[0] > text.index("•", start) + 1 \
        and text[max(0, start - 300) : start].rstrip().endswith(":")
    if (len(cuts) < 2 and not under_lead) or not (led or starts_bulleted or before.endswith((".", "!", "?"))
                                                  or _ROLE_LABEL_BEFORE.fullmatch(before)):
        return []
    tail = _RUN_ON_SENTENCE.search(text, cuts[-1], end)
    return cuts + ([tail.end()] if tail else [])


# a page's date stamp run into its first sentence: "Last Updated: Thursday, 24 July 2025We aim to ..."
_GLUED_DATE_STAMP = re.compile(r"[ \t]*(?i:last[ \t]+updated|last[ \t]+modified|updated|published|posted)[ \t]*(?::|on)?[ \t]*"
                               r"[\w, \t/.-]{0,30}?\b(?:19|20)\d\d(?=[A-Z][a-z])")


def _unglued(text: str, lines):  # noqa: ANN001, ANN202
    """Each line, with a glued list entry ("... health. - Better Care – ...") as a line of its
    own starting at its marker, a name glued to the role word before it ("...
    valuesCompassion") as a line of its own, and a role sentence glued to a label before it
    ("our-valuesOur vision is ...") starting a line of its own."""
    for ls, le in lines:
        cursor = ls
        role = _GLUED_ROLE_SENTENCE.search(text, ls, min(le, ls + 80))
        if role is not None and role.start() - ls <= 40 and " " not in text[ls : role.start()].strip():
            yield ls, role.start()  # (the label: one word or slug, no spaces)
            cursor = role.start()
        stamp = _GLUED_DATE_STAMP.match(text, cursor, le)
        if stamp is not None:
            yield cursor, stamp.end()  # "Last Updated: Thursday, 24 July 2025" / "We aim to treat ..." (exam 104)
            cursor = stamp.end()
        picture = _GLUED_PICTURE.match(text, cursor, le)
        if picture is not None:
            yield cursor, picture.end()
            cursor = picture.end()
        for glue in _GLUED_ENTRY.finditer(text, ls, le):
            if glue.start() > cursor:
                yield cursor, glue.start()
                cursor = glue.end()
        for cut in _inline_bullets(text, cursor, le):
            yield cursor, len(text[:cut].rstrip(" \t"))
            cursor = cut
        first = _GLUED_FIRST_DASH.search(text, cursor, le)
        if first is not None and _DASH_ITEM_NEXT.match(text, le):
            yield cursor, first.start()  # "... need us most- Connecting with you" over "- ..."
            cursor = first.start()
        labels = list(_RUN_IN_LABEL.finditer(text, cursor, le))
        if len(labels) >= 2:
            for label in labels:
                yield cursor, label.start()
                cursor = label.end()
        trailing = _GLUED_TRAILING_ROLE.search(text, cursor, le)
        if trailing is not None and len(text[cursor : trailing.start()].split()) >= 4 \
                and (le >= len(text) or _NEXT_LINE_NEW.match(text, le)):
            yield cursor, trailing.start()
            cursor = trailing.end()
        name = _GLUED_NAME.search(text, cursor, le)
        if name is not None and text[name.end() - 1].islower() and le - name.end() <= 60:
            yield cursor, name.end()
            cursor = name.end()
        yield from _cells(text, cursor, le)


# the gap between two cells of a table row a PDF wrote with spaces: three or more
_CELL_MARKER = re.compile(r"\(?(?:\d{1,3}|[a-zA-Z]|[ivxIVX]{1,4})[.):]?|[-*•▪–—·o]|\d{1,2}(?:\.\d{1,2})+\.?")
# a year or a year range opening a target's line: "2030     80% reduction in ..." (round 45)
_YEAR_CELL = re.compile(r"(?:19|20)\d\d(?:\s*[/–-]\s*(?:20)?\d\d)?")
_CODE_ONLY_CELL = re.compile(r"[A-Z]{1,3}[ ]?\d{1,2}[.:]?")
_CELL_GAP = re.compile(r"(?<=\S)[ ]{3,}(?=\S)")


_PAGE_CELL = re.compile(r"(?:page[ \t]+)?\d{1,3}(?:[ \t]+of[ \t]+\d{1,3})?", re.IGNORECASE)


def _cells(text: str, start: int, end: int):  # noqa: ANN202
    """A table row written with runs of spaces ("Reduce waiting times    Chief Operating
    Officer", "Caring     Listening     Improving"): each cell a line of its own, when every cell
    is short (round 34); else the line whole."""
    gaps = list(_CELL_GAP.finditer(text, start, end))
    body = start + len(text[start:end]) - len(text[start:end].lstrip())
    if not gaps or text[body:end].lstrip().startswith(("|", "-", "*", "•")):
        yield start, end
        return
    bounds = [start] + [g.end() for g in gaps]
    ends = [g.start() for g in gaps] + [end]
    if len(gaps) == 1 and _PAGE_CELL.fullmatch(text[bounds[1] : ends[1]].strip()):
        yield start, end  # "Strategic Commissioning Plan 2025–2030      Page 8": a running footer, whole
        return
    if any(len(text[s:e].split()) > 8 for s, e in zip(bounds, ends, strict=True)) \
            and not (len(gaps) == 1 and _aligned_name_column(text, start, ends[0], bounds[1])) \
            or _CELL_MARKER.fullmatch(text[bounds[0] : ends[0]].strip()) \
            or len(gaps) == 1 and (_CODE_ONLY_CELL.fullmatch(text[bounds[0] : ends[0]].strip())
                                   or _YEAR_CELL.fullmatch(text[bounds[0] : ends[0]].strip())):
        # (a list marker set off by spaces, "a)    To improve ...", is no cell; nor a goal's
        # code, "SO1    Deliver outstanding care at home", round 43)
        yield start, end
        return
    yield from zip(bounds, ends, strict=True)


_NAME_CELL = re.compile(r"[ \t]*[A-Z][\w’'&-]*(?:[ ][\w’'&-]+){0,2}")


def _aligned_name_column(text: str, start: int, first_end: int, second: int) -> bool:
    """A two-cell row "Openness            We are honest and ... learn from", its name short and
    its text starting at the same column as a line next to it (the text's wrapped line, or the
    next row's text): a table of names and what they mean, however long the text (round 55)."""
    line_start = text.rfind("\n", 0, start) + 1
    if not _NAME_CELL.fullmatch(text, line_start, first_end):
        return False
    column = second - line_start
    line_end = text.find("\n", start)
    neighbours = []
    if line_end >= 0:
        nxt_end = text.find("\n", line_end + 1)
        neighbours.append(text[line_end + 1 : nxt_end if nxt_end >= 0 else len(text)])
    if line_start > 0:
        prev_start = text.rfind("\n", 0, line_start - 1) + 1
        neighbours.append(text[prev_start : line_start - 1])
    for line in neighbours:
        if len(line) > column and line[column - 1] == " " and line[column] != " " and (
                not line[:column].strip() or re.search(r"\S[ ]{3,}$", line[:column])):
            return True
    return False


def _lone_item(text: str, block: Block, marker: str) -> Block:
    """The line under a lone bullet glyph: an item with that marker."""
    return Block("item", block.start, block.end, block.line, marker=marker,
                 marker_class=_marker_class(marker), indent=block.indent)


def _front_matter_end(text: str) -> int:
    """End of a YAML front-matter block ("---" ... "---" opening a Markdown file), or 0."""
    if not (text.startswith("---\n") or text.startswith("---\r\n")):
        return 0
    close = re.compile(r"^(?:---|\.\.\.)[ \t]*\r?$", re.MULTILINE).search(text, 4)
    if close is None or close.start() > 4000:
        return 0
    return close.end()


_SUB_POINT = re.compile(r"(\d{1,2})\.\d{1,2}[ \t]+(?=[A-Z])")


def _restarted_list(blocks: list[Block], marker: str) -> bool:
    """A plain "N." under a numbered section that is a list's entry, not a section of its own:
    "1." right after a section title ("2.4 Our Objectives" / "1. We provide ..."), or the next
    number after such an entry ("2." after the item "1."). (The caller asks, too, that the
    entry read as a sentence of "We ...", so that a body's "1. Introduction" after a contents
    list stays a section.)"""
    if not re.fullmatch(r"\d{1,2}\.", marker):
        return False
    number = int(marker[:-1])
    for block in reversed(blocks[-15:]):
        if block.kind == "item" and block.marker and re.fullmatch(r"\d{1,2}\.", block.marker):
            return int(block.marker[:-1]) == number - 1
        if block.kind == "heading" and block.marker and re.fullmatch(r"\d{1,2}(?:\.\d{1,2})*\.?", block.marker):
            return number == 1 and "." in block.marker.rstrip(".")
    return False


def _under_numbered(blocks: list[Block], major: str) -> bool:
    """The nearest numbered line above is "N." or one of its "N.x" points."""
    for block in reversed(blocks[-12:]):
        if block.marker and re.fullmatch(r"\d{1,2}\.?", block.marker):
            return block.marker.rstrip(".") == major
        if block.marker and re.fullmatch(r"\d{1,2}\.\d{1,2}", block.marker):
            return block.marker.split(".")[0] == major
    return False


# "1.1 - We will ...": a numbered sub-item under its "1. Objective" line (the dash marks an item).
_DECIMAL_DASH_ITEM = re.compile(r"\d{1,2}\.\d{1,2}[ \t]+[-–—][ \t]+(?=\S)")
_DECIMAL_LINE = re.compile(r"^[ \t]*\d{1,2}\.\d{1,2}\.?[ \t]+\S", re.MULTILINE)


def _uses_section_numbers(text: str) -> bool:
    """A report or board paper numbered "3.", "3.1", "3.2": its "N. Title" lines are headings."""
    count = 0
    for _ in _DECIMAL_LINE.finditer(text):
        count += 1
        if count >= 2:
            return True
    return False


# a section title numbered "3)" or lettered "a)": short, capitalised, no stop
_OUTLINE_TITLE = re.compile(r"(?P<mark>\d{1,2}\)|[a-h]\))[ \t]+(?P<title>[A-Z][^\n.:;!?]{1,60}?)[ \t]*")
_OUTLINE_LINE = re.compile(r"^[ \t]*(?:\d{1,2}|[a-h])\)[ \t]+[A-Z][^\n.:;!?]{1,60}?[ \t]*\r?\n(?![ \t]*\r?\n)"
                           r"(?![ \t]*(?:[•●◦▪■‣*\-–]|\d{1,2}[.)]|[a-h][.)])[ \t])", re.MULTILINE)
# the line after a title is an entry of a list (bullet, number or letter) or a blank: the
# title is an entry itself
_NUMBER_MARK = re.compile(r"\d{1,2}\.")
_NUMBERED_LINE = re.compile(r"[ \t]*\d{1,2}[.)][ \t]")


def _numbered_title(text: str, body: int, le: int, item: re.Match[str]) -> bool:
    """"N. Title" alone, blank lines before and after it, a paragraph (no numbered line) next,
    and the same line in the document's contents list."""
    if not _NUMBER_MARK.fullmatch(item.group("marker")):
        return False
    title = text[item.end() : le].strip()
    if not title or not title[0].isupper() or len(title.split()) > 8 or title[-1] in ".,;:!?" \
            or not is_title_like(title):
        return False
    line_start = text.rfind("\n", 0, body) + 1
    before = text.rfind("\n", 0, max(0, line_start - 1)) + 1
    if line_start and text[before : line_start - 1].strip():
        return False  # no blank line above: an entry of a list
    after = text.find("\n", le + 1)
    if not text[le:after if after >= 0 else len(text)].strip() == "" or after < 0:
        return False
    nxt = after + 1
    while nxt < len(text) and text[nxt] in " \t\r\n":
        nxt = nxt + 1
    next_end = text.find("\n", nxt)
    next_line = text[nxt : next_end if next_end >= 0 else len(text)]
    if not next_line.strip() or _NUMBERED_LINE.match(next_line) or _ITEM.match(next_line.lstrip()) \
            or len(next_line.split()) < 8:
        return False
    # listed in the document's contents too: "3. Our quality priorities for 2025/26" twice
    entry = text[body:le].strip()
    return text.count(entry) >= 2


_OUTLINE_NEXT_ITEM = re.compile(r"\r?\n(?:[ \t]*\r?\n|[ \t]*(?:[•●◦▪■‣*\-–]|\d{1,2}[.)]|[a-h][.)])[ \t])")


def _uses_paren_outline(text: str) -> bool:
    """A plan set out as "1) Introduction" / "a) Purpose of this plan" / its text: three or
    more numbered titles and two or more lettered ones, each right over a line of text."""
    numbers = letters = 0
    for match in _OUTLINE_LINE.finditer(text):
        if match.group().lstrip()[0].isdigit():
            numbers += 1
        else:
            letters += 1
        if numbers >= 3 and letters >= 2:
            return True
    return False


def _strip_section_number(text: str, start: int, end: int) -> int:
    number = _SECTION_NUMBER_ANY.match(text, start, end)
    return number.end() if number else start


def _html_block(text: str, ls: int, le: int, mark, line_no: int) -> Block:  # noqa: ANN001
    if mark is not None:
        kind, level = mark
        if kind == "heading":
            # ("<h3>Aim 1: Deliver Essential Services</h3>": a labelled title, as the text path reads it)
            return Block("heading", ls, le, line_no, level=level, explicit=True,
                         label=_is_label(text, ls, le))
        return Block("item", ls, le, line_no, marker="li", marker_class="number" if kind == "numbered-item" else "bullet",
                     level=level, indent=2 * (level - 1), explicit=True)
    glyph = _HTML_GLYPH.match(text, ls, le)
    if glyph is None and _WINGDINGS_N.match(text, ls, le) and (_WINGDINGS_N_NEAR.match(text, le)
                                                               or _WINGDINGS_N_BEFORE.search(text, max(0, ls - 300), ls)):
        # "n to provide a safe and effective service": Wingdings' square bullet copied as the
        # letter "n", on two lines or more in a row (an annual report's PDF as HTML, a real page)
        glyph = _WINGDINGS_N.match(text, ls, le)
    if glyph is not None and glyph.group(1)[0].isdigit() and glyph.group(1).endswith(".") \
            and not _DASH_LINE_NEXT.match(text, le):
        glyph = None  # ("<p><strong>2. Improve access</strong></p>": a numbered title, not a typed list)
    if glyph is not None and glyph.end() < le:
        # "&bull; Respect - for patients ..." or "- We will ..." lines joined by <br> (an old
        # table-layout page, round 57): a list written with typed glyphs
        marker = glyph.group(1)
        return Block("item", glyph.end(), le, line_no, marker=marker, marker_class=_marker_class(marker),
                     depth=1 if marker == "-" and _HTML_NUMBERED_BEFORE.search(text, 0, ls) else 0,
                     indent=4 if marker == "-" else 0)
    block = Block("para", ls, le, line_no)
    _classify_para(text, block)
    return block


# ("<p>#1: To recruit more ...</p>", "<p>1: Identify causes ...</p>": a news page's numbered list,
# each entry a paragraph, as the text path reads "#1:" and "1:" lines; three words at least, so
# "<p>1: Introduction</p>" stays a numbered section title)
_HTML_GLYPH = re.compile(r"[ \t]*([•·▪◦‣●]|-(?=[ \t]+[A-Z])|\d{1,2}\.(?=[ \t]+[A-Z])|(?:#\d{1,2}[:.)]|\d{1,2}:)(?=[ \t]+[A-Z][a-z]\S*(?:[ \t]+\S+){2}))[ \t]+(?=\S)")
_WINGDINGS_N = re.compile(r"[ \t]*(n)[ \t]+(?=[A-Za-z])")
_WINGDINGS_N_NEAR = re.compile(r"\r?\n(?:[ \t]*\r?\n)?[ \t]*n[ \t]+[A-Za-z]")
_WINGDINGS_N_BEFORE = re.compile(r"(?:^|\n)[ \t]*n[ \t]+[A-Za-z][^\n]*\r?\n(?:[ \t]*\r?\n)?$")
_DASH_LINE_NEXT = re.compile(r"\r?\n[ \t]*-[ \t]")
# ("1. To improve ..." then "- We will ..." lines: the dashes are the numbered entry's sub-list)
_HTML_NUMBERED_BEFORE = re.compile(r"\n[ \t]*\d{1,2}\.[ \t]+[A-Z][^\n]*\n(?:[ \t]*-[ \t][^\n]*\n)*[ \t]*$")


def _text_block(text: str, ls: int, le: int, raw: str, line_no: int, blocks: list[Block],
                blank: bool, numbered: bool = False, outlined: bool = False) -> Block | None:
    indent = len(raw) - len(raw.lstrip(" \t\u00a0"))
    indent += raw[:indent].count("\t") * 3
    body = ls + (len(raw) - len(raw.lstrip()))
    quote = _QUOTE_MARK.match(text, body, le)  # Markdown blockquote: "> text"
    if quote and quote.end() < le:
        body = quote.end()
    barred = _BAR_NUMBER.match(text, body, le)
    if barred and barred.end() < le:
        body = barred.end()  # "1 | Prevent ill health": a numbered title, the number set off by a bar (round 44)
    setext = _SETEXT.match(raw)
    if setext:
        prev = blocks[-1] if blocks else None
        if prev is not None and not blank and prev.kind in ("para", "heading") \
                and not prev.explicit and prev.line == line_no - 1:
            prev.kind, prev.explicit = "heading", True
            prev.level = 1 if setext.group(1).startswith("=") else 2
        return None
    heading = _MD_HEADING.match(text, body, le)
    if heading:
        start, end, _ = _strip_emphasis(text, heading.end(), le)
        while end > start and text[end - 1] == "#":
            end -= 1
        start, end, _ = _strip_emphasis(text, start, end)
        start = _strip_section_number(text, start, end)  # "### 1. Compassion", "## 3.1 Vision"
        if start >= end:
            return None
        return Block("heading", start, end, line_no, marker=heading.group(1),
                     level=len(heading.group(1)), explicit=True, indent=indent,
                     label=_is_label(text, start, end))
    if text.startswith("|", body):
        return _table_row(text, body, le, line_no, indent)
    sub_item = _DECIMAL_DASH_ITEM.match(text, body, le)
    if sub_item and blocks and blocks[-1].kind == "item":
        start, end, _ = _strip_emphasis(text, sub_item.end(), le)
        marker = sub_item.group().split()[0]
        return Block("item", start, end, line_no, marker=marker, marker_class="decimal",
                     indent=indent)
    point = _SUB_POINT.match(text, body, le) if numbered and indent >= 2 else None
    if point and _under_numbered(blocks, point.group(1)):
        # "1. Safe, high quality care" / "   1.1 Implement ... by 2025.": an indented sub-point
        # of the numbered objective above, an entry of its list (round 49)
        start, end, _ = _strip_emphasis(text, point.end(), le)
        return Block("item", start, end, line_no, marker=point.group().strip(), marker_class="decimal",
                     indent=indent)
    section = (_SECTION_NUMBER_ANY if numbered else _SECTION_NUMBER).match(text, body, le)
    if section and not text[section.end() : section.end() + 1].isupper():
        section = None  # "1.2 million people ...": a figure, not a section number
    if section and numbered and _restarted_list(blocks, section.group().strip()) \
            and re.match(r"We\s+[a-z]", text[section.end() : le]):
        section = None  # "2.4 Our Objectives" / "1. We provide ..." / "2. We seek ...": a list's entries
    if section:
        start, end, _ = _strip_emphasis(text, section.end(), le)
        if start < end and is_title_like(text[start:end]):
            if not numbered:
                return Block("heading", start, end, line_no, indent=indent)
            depth = section.group().strip().rstrip(".").count(".") + 1
            return Block("heading", start, end, line_no, marker=section.group().strip(),
                         level=depth, explicit=True, indent=indent)
        if numbered and "." in section.group().strip().rstrip("."):
            # "4.1 Our values remain ...": a numbered paragraph ("1. We will ..." stays an item)
            block = Block("para", start, end, line_no, indent=indent)
            _classify_para(text, block)
            return block
    wrapped = _HTML_WRAPPED.match(text, body, le)
    if wrapped:
        # inline HTML kept by a Markdown export: "<summary>Goal 1: Care at home</summary>"
        start, end, _ = _strip_emphasis(text, wrapped.start(2), wrapped.end(2))
        if start < end:
            tag = wrapped.group(1).lower()
            return Block("heading", start, end, line_no, explicit=True, indent=indent,
                         level=int(tag[1]) if tag[0] == "h" else None,
                         label=_is_label(text, start, end))
    outline = _OUTLINE_TITLE.fullmatch(text, body, le) if outlined else None
    if outline is not None and (not _OUTLINE_NEXT_ITEM.match(text, le) or _OUTLINE_LINE.match(text, le + 1)):
        # "3) Our priorities for 2025/26" / "a) Community nursing" over the text, not over
        # another entry: a business plan's section titles, numbered and lettered (round 43)
        start, end, _ = _strip_emphasis(text, outline.start("title"), le)
        return Block("heading", start, end, line_no, marker=outline.group("mark"),
                     level=1 if outline.group("mark")[0].isdigit() else 2, explicit=True, indent=indent)
    item = _ITEM.match(text, body, le)
    if item and _numbered_title(text, body, le, item):
        # "3. Our quality priorities for 2025/26" between blank lines, prose after it and no
        # numbered line either side: a report's section title, not a list's entry (round 50)
        start, end, _ = _strip_emphasis(text, item.end(), le)
        return Block("heading", start, end, line_no, marker=item.group("marker"), level=1, explicit=True,
                     indent=indent)
    if item:
        marker = item.group("marker")
        checkbox = _TASK_BOX.match(text, item.end(), le)  # "- [ ] Launch ...": a task list
        start, end, _ = _strip_emphasis(text, checkbox.end() if checkbox else item.end(), le)
        counted = _WORD_COUNT.match(text, start, end)
        if counted:
            start = counted.end()  # "• One - think Sutton first": the word counts the item (exam 32)
        block = Block("item", start, end, line_no, marker=marker,
                      marker_class=_marker_class(marker), indent=indent)
        if _is_label(text, start, end) or _CODE_LABEL.match(text, start, end):
            block.label = True
        return block
    decoration = _DECORATION.match(text, body, le)
    if decoration and decoration.end() < le:
        body = decoration.end()
    start, end, bold = _strip_emphasis(text, body, le)
    block = Block("para", start, end, line_no, indent=indent)
    _classify_para(text, block, bold)
    return block


_MEASURE_HEAD = re.compile(r"\s*(?:how\s+we\s+(?:will|['’]ll)\s+(?:know|measure|track)|measures?(?:\s+of\s+success)?|"
                           r"kpis?|key\s+performance\s+indicators?|targets?|success\s+(?:looks\s+like|measures?)|"
                           r"indicators?|metrics?)\s*[?:]?\s*$", re.IGNORECASE)


def table_header(text: str, body: int) -> list[str] | None:
    """The header cells of the Markdown table whose row starts at ``body`` (the line over the
    table's separator row), or None."""
    line_start = body
    for _ in range(60):
        prev_end = text.rfind("\n", 0, line_start)
        if prev_end < 0:
            return None
        prev_start = text.rfind("\n", 0, prev_end) + 1
        line = text[prev_start:prev_end]
        if "|" not in line:
            return None
        if _PIPE_SEPARATOR.match(line):
            header_end = prev_start - 1
            header_start = text.rfind("\n", 0, max(header_end, 0)) + 1
            return [cell.strip(" *_\t") for cell in text[header_start:header_end].strip().strip("|").split("|")]
        line_start = prev_start
    return None


def _measure_column(text: str, body: int) -> int | None:
    """The position (0-based) of a measures column in the header of the table whose row starts
    at ``body``."""
    cells = table_header(text, body) or []
    return next((number for number, cell in enumerate(cells) if number and _MEASURE_HEAD.fullmatch(cell)), None)


def _table_row(text: str, body: int, le: int, line_no: int, indent: int) -> Block | None:
    """A Markdown pipe-table row: header and separator rows are skipped; a body row is one item
    spanning its cells ("**Listening** | We take the time ..."), read like "Name – description"."""
    if _PIPE_SEPARATOR.match(text, body, le):
        return None
    nl = text.find("\n", le)
    if nl >= 0:
        next_end = text.find("\n", nl + 1)
        next_end = len(text) if next_end < 0 else next_end
        if _PIPE_SEPARATOR.match(text, nl + 1, next_end) and "-" in text[nl + 1 : next_end]:
            return None  # the header row over the separator
    end = le
    while end > body and text[end - 1] in " \t|\r":
        end -= 1
    measure = _measure_column(text, body)
    if measure is not None:
        # "| Objective | What we will do | How we will know |": the row stops before its
        # measure cell, which says how progress is tracked, not what is done (round 32)
        cells = [m.start() for m in re.finditer(r"\|", text[body:end])]
        if len(cells) > measure:
            end = body + cells[measure]
            while end > body and text[end - 1] in " \t":
                end -= 1
    if "|" not in text[body + 1 : end] and _in_box(text, body):
        # a box drawn around text ("|  Our strategic objectives  |", "|  • Improve ...  |"): each
        # line as it reads inside the box (round 50)
        inner = body + 1
        while inner < end and text[inner] in " \t":
            inner += 1
        bullet = _ITEM.match(text, inner, end)
        if bullet is not None:
            start, stop, _ = _strip_emphasis(text, bullet.end(), end)
            marker = bullet.group("marker")
            return Block("item", start, stop, line_no, marker=marker, marker_class=_marker_class(marker),
                         indent=indent) if start < stop else None
        start, stop, _ = _strip_emphasis(text, inner, end)
        if start < stop and is_title_like(text[start:stop]):
            return Block("heading", start, stop, line_no, indent=indent)
    start = body + 1
    lead = _LEAD_CELL.match(text, start, end)
    if lead is not None and lead.end() < end:
        start = lead.end()  # "| 1 | **Name** | ...", "| 🤝 | **Name** | ...": a row's number or icon cell (round 44)
    start, end, _ = _strip_emphasis(text, start, end)
    if start >= end:
        return None
    return Block("item", start, end, line_no, marker="|", marker_class="bullet", indent=indent)


_BOX_BORDER = re.compile(r"[ \t]*[-=_+*]{10,}[ \t]*")
_BOX_LINE = re.compile(r"[ \t]*\|[^|\n]*\|?[ \t]*")


def _in_box(text: str, pos: int) -> bool:
    """The line at ``pos`` is inside a box: one-cell "|...|" lines up to a border of dashes
    above (a Markdown table's rows go up to a "|---|" separator instead)."""
    line_start = text.rfind("\n", 0, pos) + 1
    for _ in range(40):
        if line_start == 0:
            return False
        prev_start = text.rfind("\n", 0, line_start - 1) + 1
        prev = text[prev_start : line_start - 1].rstrip("\r")
        if _BOX_BORDER.fullmatch(prev):
            return True
        if not _BOX_LINE.fullmatch(prev):
            return False
        line_start = prev_start
    return False


# a table's first cell holding only the row's number or an icon (emoji), or nothing
_LEAD_CELL = re.compile(r"[ \t]*+(?:(?:\d{1,2}[.)]?|#|[" + _PICTOGRAPH + r"]+)[ \t]*+)?\|(?=[^|\n]*\|)")


def _is_label(text: str, start: int, end: int) -> bool:
    """A title that is a label ("Goal 1: Care at home", "Ambition: Care closer to home")."""
    return bool(_LABEL.match(text, start, end) or _is_word_label(text[start:end]))


def _is_word_label(content: str) -> bool:
    """"Ambition: Care closer to home": a label word, then a short name (not a sentence)."""
    label = _WORD_LABEL.match(content)
    if not label:
        return False
    rest = content[label.end():].strip(" *_")
    if rest[:1].islower() and rest.endswith("."):
        return False  # "Ambition: we never settle for good enough." (a value's text, round 36)
    if rest.endswith(".") and "." not in rest[:-1] and len(rest.split()) <= 6:
        rest = rest[:-1]  # "Priority: Faster care." (a bold run written as a line of its own)
    return 0 < len(rest.split()) <= 10 and rest[-1:] not in ".;,"


def _classify_para(text: str, block: Block, bold: bool = False) -> None:
    content = text[block.start : block.end]
    if _LABEL.match(content) or _CODE_LABEL.match(content):
        block.kind, block.label = "heading", True
    elif _is_word_label(content):
        block.kind, block.label = "heading", True
    elif is_title_like(content) or (bold and len(content.split()) <= 12 and not content.endswith(":")):
        block.kind = "heading"


def _ends_sentence(text: str, end: int) -> bool:
    tail = text[max(0, end - 3) : end].rstrip("”’\"')*_ ")
    return bool(tail) and tail[-1] in ".!?:;…"


# words that go on a sentence rather than open an entry of a list
_GOES_ON = frozenset("and or but the a an of to in on at for with by from as that which who whose "
                     "where when while if so than then is are was were be been its their our your "
                     "this these those it they we he she not".split())


def _after_colon_lead(text: str, blocks: list[Block]) -> bool:
    """The last blocks are lower-case lines right under a line ending in a colon, no gap."""
    k = len(blocks) - 1
    while k > 0 and blocks[k].kind == "para" and text[blocks[k].start : blocks[k].start + 1].islower() \
            and blocks[k - 1].line == blocks[k].line - 1 and not blocks[k].blank_before:
        k -= 1
    return k < len(blocks) - 1 and text[blocks[k].start : blocks[k].end].rstrip().endswith(":")


def _entry_word(text: str, start: int) -> bool:
    """A lower-case line's first word could open an entry ("give", "keep"), not go on a clause."""
    word = re.match(r"[a-z][\w’'-]*", text[start : start + 30])
    return word is not None and word.group(0) not in _GOES_ON


def _wrapped_sentence(text: str, prev: Block, block: Block) -> bool:
    """A long line in sentence case read as a title, right over a line that ends the sentence:
    "To improve health and well-being and reduce inequalities for everyone in Cwm" / "Tawelan,
    working alongside our partners and communities." (a hard wrap before a name, round 48)."""
    if prev.kind != "heading" or prev.explicit or prev.label or prev.end - prev.start < 65 \
            or not _ends_sentence(text, block.end) or text[prev.end - 1] in "”’\"'" or text[prev.start] in "“‘\"'":
        return False  # (a quoted line is whole: "“Excellent care for all and ... lives”", round 19)
    first = text[block.start : block.end].split(None, 1)[0].strip(",;:")
    if first in _SENTENCE_OPENERS:
        return False  # a title over its sentence: "Healthier communities ... our walls" / "We will work ..."
    words = text[prev.start : prev.end].split()
    return sum(w[:1].isupper() for w in words[1:]) * 3 < len(words) - 1


_SENTENCE_OPENERS = frozenset("We Our The This These Those It Its In As They You Your A An To By For With Each Every All "
                              "There Here If When What How Why Through From At On Over By Working Together".split())


def _full_line(text: str) -> int:
    """How long a PDF page's lines run when set to its full width: the length most of its longer
    lines reach (a paragraph's last line, a title, falls short of it). Per page, as a page of
    two columns or one of a narrow box sets its lines shorter than a page of one column."""
    lengths = sorted(len(line.rstrip()) for line in text.split("\n") if len(line.strip()) >= 20)
    return lengths[len(lengths) * 9 // 10] if len(lengths) >= 10 else 0


def _last_line_length(text: str, end: int) -> int:
    return end - text.rfind("\n", 0, end) - 1


def _column(text: str, pos: int) -> int:
    """The column of ``pos`` on its line (where a list item's text starts after its marker)."""
    return pos - text.rfind("\n", 0, pos) - 1


def _continues(text: str, block: Block, blocks: list[Block], pdf: bool = False, full_line: int = 0,
               own_element: bool = False) -> bool:
    """A wrapped line: starts in lower case, right after a line that does not end a sentence (or,
    after a blank line, indented under a long list item cut mid-sentence);
    in a PDF, a line after one set to the page's full width, whatever its first character (an
    HTML line that is an element of its own, ``own_element``, goes on only when it starts in
    lower case; one broken off by a ``<br>`` joins as a hard wrap does)."""
    if blocks and block.blank_before and not block.explicit and not pdf and not own_element \
            and blocks[-1].kind == "item" and block.kind == "para" and not block.label:
        # "  1. Housing - We will improve ... initiatives such as Selective" / (a blank line) /
        # "    Licensing and create ...": a list item's sentence going on in a paragraph indented
        # under the item's text (a column short at most), as Markdown nests a paragraph under its item (exam 96, after its run)
        prev = blocks[-1]
        column = _column(text, prev.start)  # where the item's text starts
        last_word = text[prev.start : prev.end].split()[-1] if text[prev.start : prev.end].split() else ""
        if not (last_word[:1].isupper() or _function_word_end(text, prev.end) or text[block.start : block.start + 1].islower()):
            return False  # ("- We will work with partners ..." / "  This includes ...": a paragraph of its own under the item)
        # (a sentence of twelve words or more, cut off: not a title over its description, "Start well")
        return block.indent >= max(prev.indent + 2, column - 1) and column > 0 and not _ends_sentence(text, prev.end) \
            and len(text[prev.start : prev.end].split()) >= 12
    if not blocks or block.blank_before or block.explicit:
        return False
    prev = blocks[-1]
    if prev.line == block.line - 1 and prev.explicit and prev.kind == "heading" \
            and re.fullmatch(r"\d{1,2}\.\d{1,2}", prev.marker or "") and block.indent > prev.indent \
            and len(text[prev.start : prev.end].split()) >= 8 and not _ends_sentence(text, prev.end):
        # "1.2 The Trust's vision, "Good care, close to home, for everyone in" / "    Tollbridge",
        # and our values ...": a board paper's numbered paragraph, its wrapped lines indented
        # under its text (round 56), not a numbered section's title
        prev.kind, prev.explicit, prev.level = "para", False, None
        return True
    if prev.line != block.line - 1 or prev.explicit and prev.kind == "heading":
        return False
    first = text[block.start : block.start + 1]
    if _ends_sentence(text, prev.end):
        return False
    if not first.islower() and prev.kind == "heading" and not prev.explicit and not prev.label \
            and _function_word_end(text, prev.end) and text[prev.start : prev.end].isupper() \
            and text[block.start : block.end].isupper() and len(text[block.start : block.end].split()) <= 6:
        return True  # a title in capitals wrapped on "THE": "GOOD CARE AT THE" / "END OF LIFE" (round 34)
    if not first.islower() and own_element:
        return False  # "<p>Our values shape how we work</p><p>An image which displays ...</p>": two paragraphs
    if not first.islower():
        # a hard wrap: a long line that stops mid-sentence goes on in the next line, whatever
        # that line's first character ("... patients in" / "2025/26 and reduce ..."), unless
        # the next line starts an entry of its own ("Name – ...", "Label: ...")
        cut = _function_word_end(text, prev.end)  # "... 120 beds by" / "March 2026 and ..."
        if full_line and prev.kind in ("item", "para") and block.kind != "item" and not block.label:
            width = _last_line_length(text, prev.end)
            if width >= 0.85 * full_line and (cut or not _in_colon_run(text, blocks)
                                              and not _same_opening(text, prev.start, block.start)):
                # "• Answer calls ... and the Patient Transport" / "Service (PTS), by ...": the
                # line ran to the page's edge, so its text goes on
                if prev.kind != "item":
                    prev.kind = "para"
                return True
            if width < 0.7 * full_line and not cut:
                return False  # "... contribution to outstanding patient care" / "Make sure ...": it ended short
        if prev.kind == "item" and not pdf and block.kind != "item" and not block.label \
                and not prev.wrapped and prev.indent > 0 and len(text[block.start : block.end].split()) <= 4 \
                and block.indent == _column(text, prev.start):
            # "   ▪ New Fellgate Emergency" / "     Operations Centre": right under an indented
            # bullet's text, however short the bullet (a graphic's narrow column, round 55)
            prev.wrapped = True
            return True
        if block.kind == "item" or block.label or prev.label \
                or prev.end - prev.start < (30 if cut else 55):
            return False
        wrapped_lead = prev.kind == "para" and prev.end - prev.start >= 70 \
            and text[block.start : block.end].rstrip().endswith(":") \
            and not _LEAD_OPENER.match(text, block.start, block.end)
        if _ENTRY_START.match(text, block.start, block.end) and not wrapped_lead:
            return False
        if not cut and _same_opening(text, prev.start, block.start):
            return False  # "We will make sure ..." / "We will foster ...": parallel lines
        if not cut and _in_colon_run(text, blocks):
            return False  # "our objectives are:" over one entry a line (the markers lost)
        if prev.kind == "item" and not pdf and block.kind != "item" \
                and block.indent >= _column(text, prev.start) > prev.indent \
                and not prev.wrapped and (prev.end - prev.start >= 70 and len(text[block.start : block.end].split()) <= 4
                                          # (the bullet's line, indent and all, as long as a
                                          # wrapped line: "   - introduce ... with GPs, Brackenfield
                                          # and Howe" / "     Integrated Care Board and ...", round 55)
                                          or prev.end - text.rfind("\n", 0, prev.end) - 1 >= 72
                                          and not text[block.start : block.end].rstrip().endswith(":")):
            # "•  open the ... Wealdon University Hospitals NHS" / "   Trust": a few words indented
            # under a long bullet's text finish it (round 39)
            prev.wrapped = True
            return True
        if prev.kind == "item":
            if pdf or block.indent < prev.indent or not cut \
                    or block.kind != "para" and block.indent <= prev.indent:
                # (a title-like "12 months" indented deeper than the bullet it wraps, after a
                # line cut on "under", goes on in that bullet: round 29)
                return False
        elif not pdf and not (cut or prev.kind == "para" and block.kind == "para"
                              # ("... plans support the Cabinet" / "Secretary's priorities for 2025/26:",
                              # the lead-in's end wrapped onto a line of its own, round 44)
                              or wrapped_lead or _wrapped_sentence(text, prev, block)):
            return False
        if prev.kind != "item":
            prev.kind = "para"
        return True
    if block.kind != "item" and prev.kind != "heading" and _entry_word(text, prev.start) \
            and _entry_word(text, block.start) and _after_colon_lead(text, blocks):
        # "We will:" / "treat you with dignity ..." / "give you a routine appointment ...": lines
        # of a list whose markers were lost, each opening with its own verb (round 41)
        return False
    if block.kind == "item":
        if _LAST_ENTRY.match(text, block.start, block.end):
            return False  # "• and Efficient" after "• Locally led": the list's last entry
        # a bullet glyph left at the start of a wrapped line ("…specific health / • conditions")
        prev_first = text[prev.start : prev.start + 1]
        if prev.kind == "item" and prev_first.isupper() and block.marker_class == "bullet" \
                and not prev.wrapped and text[prev.end - 1 : prev.end].isalpha() \
                and block.indent <= prev.indent \
                and (prev.end - prev.start >= 90 or len(text[block.start : block.end].split()) <= 4
                     # (a short entry never wrapped: "• Giving children the best start" (30 characters) / "• promoting
                     # healthier lifestyle choices" are two entries; exam 100 after its run)
                     and prev.end - prev.start >= 38):
            # (deeper: a nested bullet; five words or more after a line shorter than a wrapped
            # one: an entry of its own in lower case, "• promote the values of the NHS ...")
            prev.wrapped = True
            return True
        return False
    if block.kind == "heading" and not block.label:
        block.kind = "para"
    if prev.kind == "heading" and not prev.explicit and not prev.label and block.kind == "para" \
            and len(text[prev.start : prev.end].split()) <= 8 and len(text[block.start : block.end].split()) <= 8 \
            and not _ends_sentence(text, block.end) and not _function_word_end(text, prev.end):
        return True  # a title wrapped onto a short lower-case line: "Care that is built" /
        # "around the person" (a PDF's column, round 34); "A beacon for research, development and
        # innovation" / "in our states areas of priority" (exam 147)
    if prev.kind == "heading" and not prev.explicit and not prev.label \
            and _function_word_end(text, prev.end):
        # "Establish evidence ... improve the health and" / "wellbeing of our population ...":
        # a title-like line cut on "and" is the start of a wrapped paragraph, not a heading
        prev.kind = "para"
        return True
    if prev.kind == "heading" and not prev.explicit and not prev.label and block.kind == "para" \
            and _title_cased(text[prev.start : prev.end]) and _title_cased(text[block.start : block.end]) \
            and len(text[block.start : block.end].split()) <= 10 and not _ends_sentence(text, block.end):
        return True  # "A Sustainable Organisation that Plays Its Part in Creating" / "a Better Future
        # for People Across the Globe": a title in Title Case wrapped (a real trust's goal page)
    if prev.kind == "heading" and not prev.explicit and not prev.label \
            and ((prev_words := len(text[prev.start : prev.end].split())) >= 9
                 or prev_words >= 6 and text[block.start : block.start + 1].islower()
                 and _ends_sentence(text, block.end) and len(text[block.start : block.end].split()) <= 12
                 and _PARAGRAPH_END.match(text, block.end)) \
            and not _title_cased(text[prev.start : prev.end]):
        # "The strategy focuses on four priorities where working together will" / "make the
        # biggest difference.": a sentence's first line, too long for a title (round 56)
        prev.kind = "para"
        return True
    if prev.kind == "heading" and prev.label and block.kind == "para" \
            and re.search(r"\s[–—-]\s", text[prev.start : prev.end]):
        # "Ambition 4: Age well – support people to ... die with" / "dignity in the place of
        # their choosing": a label line's description wrapped (round 55)
        return True
    return prev.kind in ("para", "item")


# the end of a paragraph: a blank line or the end of the text after the line (not a list's next line)
_PARAGRAPH_END = re.compile(r"[ \t]*(?:\r?\n[ \t]*(?:\r?\n|$)|$)")


_SMALL_WORDS = frozenset("a an the and or of in on for to at by with its it that as from".split())


def _title_cased(text: str) -> bool:
    """Most words capitalised, small words aside: "A Better Future for People Across the Globe"."""
    words = [w for w in text.split() if w.lower() not in _SMALL_WORDS]
    return len(words) >= 2 and sum(w[:1].isupper() for w in words) >= 0.8 * len(words)


_LAST_ENTRY = re.compile(r"(?:and|or)[ \t]+[A-Z][\w’'-]*[ \t]*$")


def _in_colon_run(text: str, blocks: list[Block]) -> bool:
    """The last block is one of the lines right under a lead-in that ends on a colon, all one
    line each, with no blank line between them (but for one after the lead-in): entries of a
    list whose markers were lost."""
    k = len(blocks) - 1
    while k > 0 and len(blocks) - k <= 12:
        block, before = blocks[k], blocks[k - 1]
        lead = before.kind == "para" and text[before.start : before.end].rstrip(" *_").endswith(":")
        if block.wrapped or block.kind == "item" or block.explicit:
            return False
        if lead and before.line >= block.line - 2:
            return True  # (one blank line may part the lead-in from its first entry: a PDF's room after it)
        if block.blank_before or before.line != block.line - 1:
            return False
        if _ends_sentence(text, before.end) and before.kind != "para":
            return False
        k -= 1
    return False


# words a lead-in line of its own opens with ("To make this happen, we will:"), unlike the end of
# a wrapped one ("Secretary's priorities for 2025/26:")
_LEAD_OPENER = re.compile(r"(?:to|we|our|this|these|the|in|by|as|for|over|here|below|they|it|each|every|with|from|during)\b",
                          re.IGNORECASE)
_ENTRY_START = re.compile(r"(?:[^\s.:;–—]+[ \t]+){0,5}[^\s.:;–—]+[ \t]*(?:[–—-][ \t]|:(?:[ \t]|$))")
_FUNCTION_END = re.compile(
    r"\b(?:in|by|of|to|for|and|or|the|a|an|with|from|at|on|our|their|than|between|until|since|within|under|into|across|through)$",
    re.IGNORECASE)


def _same_opening(text: str, a: int, b: int) -> bool:
    """Two lines opening with the same two words ("We will ..."): entries of one list."""
    first = text[a : a + 40].split()[:2]
    second = text[b : b + 40].split()[:2]
    return len(first) == 2 and first == second


def _spelt_word(text: str, line_start: int, raw: str) -> bool:
    """The line is the word an acronym's letter on the line above spells: "A" / "Accessibility"
    (a value, not a footer's accessibility link; round 53)."""
    above_end = line_start - 1
    above_start = text.rfind("\n", 0, max(0, above_end)) + 1
    above = text[above_start:above_end].strip()
    return len(above) == 1 and above.isupper() and raw.strip()[:1] == above


def _function_word_end(text: str, end: int) -> bool:
    """A line that stops on "in", "by", "the", ...: cut mid-phrase, so the next line goes on."""
    # (not a lone capital: "A" / "Accessibility" is an acronym's letter over its word, round 53)
    line_start = text.rfind("\n", 0, end) + 1
    if len(text[line_start:end].strip()) <= 1:
        return False
    return bool(_FUNCTION_END.search(text, max(0, end - 8), end))


# A lead-in that lost its colon: "We will" / "In 2024/25 we will" over a list.
_BARE_WILL = re.compile(r"[^.:;!?\n]{0,60}?\b(?:we\s+will|we['’]ll)[ \t]*:?[ \t]*", re.IGNORECASE)


def _will_lead_ins(text: str, blocks: list[Block]) -> None:
    """A "We will" line over a list is its lead-in (a paragraph, even without its colon), and
    the plain line just above such a lead-in is the topic it belongs to (a heading): "Deliver
    outstanding care and experience" / "We will:" / items, however long the topic line is."""
    for k in range(len(blocks) - 1):
        block = blocks[k]
        if block.explicit or block.kind == "item" or blocks[k + 1].kind != "item":
            continue
        if _BARE_WILL.fullmatch(text, block.start, block.end):
            block.kind = "para"
            above = blocks[k - 1] if k > 0 else None
            if above is not None and above.kind == "para" and not above.explicit \
                    and above.line == block.line - 1 and _topic_line(text, above):
                above.kind = "heading"


def _topic_line(text: str, block: Block) -> bool:
    """One line of at most twenty words, opening with a capital, with no end punctuation."""
    content = text[block.start : block.end].strip(" *_")
    return bool(content) and "\n" not in content and content[0].isupper() \
        and content[-1] not in _TERMINAL + ":" and len(content.split()) <= 20


def _nest_items(text: str, blocks: list[Block]) -> None:
    """Depth and parent of each item within its run of items.

    Headings and paragraphs end a run; a lead-in line ("This means we will:") does not, so the
    bullets after "1. Great care / This means we will:" still nest under "1. Great care".
    """
    stack: list[tuple[int, str, int]] = []  # (indent, marker class, block index)
    gap = False
    for index, block in enumerate(blocks):
        if block.kind != "item":
            gap = True
            if block.kind == "heading" or _COUNTED_LEAD.search(text, block.start, block.end) or not (
                _is_lead_in_gap(text, block) or _under_numbered_title(text, block, blocks, stack)
            ):
                stack = []  # "Across three strategic priorities:" starts a list of its own
            continue
        if gap and stack and stack[-1][1] == "bullet" and block.marker_class.startswith("number"):
            stack = []  # "The challenges include:" bullets / "Our workstreams are:" / "1. ...": a new list
        gap = False
        _roman_run(blocks, block, stack)
        if block.explicit:  # HTML: the reader knows the depth
            depth = (block.level or 1) - 1
            while len(stack) > depth:
                stack.pop()
            block.depth = len(stack)
            block.parent = stack[-1][2] if stack else None
            stack.append((depth, "li", index))
            continue
        while stack and stack[-1][0] > block.indent:
            stack.pop()
        _roman_run(blocks, block, stack)  # (again, with the bullets of "i." off the stack: round 54)
        if stack and stack[-1][0] == block.indent and stack[-1][1] != block.marker_class:
            same = [k for k, entry in enumerate(stack)
                    if entry[0] == block.indent and entry[1] == block.marker_class]
            if same:
                del stack[same[-1]:]
        elif stack and stack[-1][0] == block.indent:
            stack.pop()
        block.depth = len(stack)
        block.parent = stack[-1][2] if stack else None
        stack.append((block.indent, block.marker_class, index))


def _bullets_between_numbers(blocks: list[Block]) -> None:
    """Bullets set in further than a numbered list's entries, between entry n and entry n + 1
    ("1. Support through community" / its paragraph / "  • Live" / ... / "2. Impact through
    partnership"): each a child of entry n, though a paragraph stands between them (exam 75)."""
    numbered = [k for k, b in enumerate(blocks) if b.kind == "item" and not b.explicit
                and b.marker_class == "number" and b.depth == 0]
    for a, b in zip(numbered, numbered[1:], strict=False):
        first, second = blocks[a], blocks[b]
        if second.indent != first.indent or not (first.marker[:-1].isdigit() and second.marker[:-1].isdigit()) \
                or int(second.marker[:-1]) != int(first.marker[:-1]) + 1:
            continue
        between = [k for k in range(a + 1, b) if blocks[k].kind == "item"]
        if between and all(blocks[k].marker_class == "bullet" and blocks[k].indent > first.indent
                           and (blocks[k].depth == 0 or blocks[k].depth == 1 and blocks[k].parent == a)
                           for k in between) \
                and not any(blocks[k].kind == "heading" for k in range(a + 1, b)):
            for k in between:
                blocks[k].depth, blocks[k].parent = 1, a


def _roman_run(blocks: list[Block], block: Block, stack: list[tuple[int, str, int]]) -> None:
    """"i." over "ii.", "iii.": a roman-numbered list, not a letter "i" with a nested list under
    it; and "v." / "x." after "iv." / "ix." go on the roman run (round 29)."""
    if not stack or stack[-1][0] != block.indent:
        return
    top = blocks[stack[-1][2]]
    if block.marker_class == "roman" and stack[-1][1] == "letter" \
            and top.marker.strip("()").rstrip(".)").lower() == "i":
        top.marker_class = "roman"
        stack[-1] = (stack[-1][0], "roman", stack[-1][2])
    elif block.marker_class == "letter" and stack[-1][1] == "roman" \
            and block.marker.strip("()").rstrip(".)").lower() in ("v", "x"):
        block.marker_class = "roman"


# A lead-in that counts what its list holds: "Across three strategic priorities:".
_COUNTED_LEAD = re.compile(
    r"\b(?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten)\s+(?:[\w-]+\s+){0,2}"
    r"(?:goals|objectives|aims|ambitions|priorities|pillars|values|principles|themes)\b[^.!?]{0,40}:\s*$",
    re.IGNORECASE,
)


def _under_numbered_title(text: str, block: Block, blocks: list[Block],
                          stack: list[tuple[int, str, int]]) -> bool:
    """A paragraph inside a numbered goal: "1. Be the employer of choice" / prose /
    "How will we know ...?" / bullets -- the bullets still belong to "1. ..."."""
    if len(stack) != 1 or stack[0][1] != "number" or block.kind != "para":
        return False
    head = blocks[stack[0][2]]
    return len(text[head.start : head.end].split()) <= 12 and not text[head.start : head.end].rstrip(
        " *_").endswith((".", ":"))


def _is_lead_in_gap(text: str, block: Block) -> bool:
    return block.kind == "para" and text[block.start : block.end].rstrip(" *_").endswith(":")

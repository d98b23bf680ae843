"""The triage: four questions, one at a time, and the plan their answers lead to.

Answers travel only in the address, under neutral names (a, b, c, d) and values (1, 2), so
the address never spells out the situation and nothing is stored: no session, no cookie, no
database row. Which texts a plan shows is decided here; the texts themselves are PlanStep
rows that editors can correct.
"""

from dataclasses import dataclass

from django.utils.translation import gettext_lazy as _

from portal.core.emergency import GOOGLE_REMOVAL_URL, STOPNCII_URL, TAKE_IT_DOWN_URL

# The two answers to each question: the first choice is "1", the second "2".
ONE, TWO = "1", "2"


@dataclass(frozen=True)
class Question:
    name: str
    text: str
    hint: str
    choices: tuple  # ((value, label), ...)


QUESTIONS = (
    Question(
        "a",
        _("How old is the person in the images?"),
        _("Count their age when the images were taken."),
        ((ONE, _("Under 18")), (TWO, _("18 or older"))),
    ),
    Question(
        "b",
        _("Have the images been published or sent to anyone?"),
        _("If you are not sure, choose “Not yet”."),
        (
            (ONE, _("Not yet: someone is threatening to share them")),
            (TWO, _("Yes, they have been shared")),
        ),
    ),
    Question(
        "c",
        _("Has the blackmailer already been paid or given anything?"),
        _("Money, cards, more images: anything counts."),
        ((ONE, _("Yes")), (TWO, _("No"))),
    ),
    Question(
        "d",
        _("Who are you looking for help for?"),
        "",
        ((ONE, _("For myself")), (TWO, _("For someone else"))),
    ),
)
NAMES = tuple(question.name for question in QUESTIONS)


@dataclass(frozen=True)
class State:
    answers: dict  # the valid answers so far, in order
    question: Question | None  # the next question, or None when the plan is ready
    restarted: bool  # True when something in the address could not be read
    number: int  # 1-based number of the next question


def read(params):
    """Read the answers from a query dict. Anything unreadable starts the questions again,
    politely: a wrong value, or an answer given without the ones before it."""
    answers = {}
    for name in NAMES:
        value = params.get(name)
        if value is None:
            break
        if value not in (ONE, TWO):
            return State({}, QUESTIONS[0], True, 1)
        answers[name] = value
    later = [name for name in NAMES[len(answers) :] if name in params]
    if later:
        return State({}, QUESTIONS[0], True, 1)
    if len(answers) == len(NAMES):
        return State(answers, None, False, len(NAMES))
    return State(answers, QUESTIONS[len(answers)], False, len(answers) + 1)


@dataclass(frozen=True)
class RemovalTool:
    """A removal tool, linked straight to its own site: on a printed plan the tool's real
    address is what the reader needs."""

    name: str
    href: str
    description: str


# Addresses and their sources: portal/core/emergency.py.
STOPNCII = RemovalTool(
    "StopNCII.org",
    STOPNCII_URL,
    _(
        "For adults. It makes a digital fingerprint of your images on your own device; the "
        "images are never uploaded. Partner platforms then block copies. It has an Arabic "
        "interface."
    ),
)
TAKE_IT_DOWN = RemovalTool(
    "Take It Down",
    TAKE_IT_DOWN_URL,
    _(
        "For images taken before the age of 18. Anonymous, free, usable from Morocco and in "
        "Arabic; the images stay on your device. It does not work on end-to-end encrypted "
        "platforms."
    ),
)
GOOGLE_REMOVAL = RemovalTool(
    "Google",
    GOOGLE_REMOVAL_URL,
    _("Ask Google to remove intimate images from its search results."),
)


def plan_keys(answers):
    """The PlanStep keys of a complete set of answers, in the order they are shown.

    Everyone starts with "do not pay" and "stop contact". Anyone under 18 then brings in a
    trusted adult, before anything else (NCMEC, Thorn, eSafety): from the evidence on, an
    adult does it with them."""
    minor = answers["a"] == ONE
    shared = answers["b"] == TWO
    paid = answers["c"] == ONE
    for_someone_else = answers["d"] == TWO
    keys = ["paid-already" if paid else "not-paid", "stop-contact"]
    if minor:
        keys.append("under18-adult-knows" if for_someone_else else "under18-trusted-adult")
    keys.append("under18-no-screenshot" if minor else "adult-evidence")
    keys.append("already-published-removal" if shared else "threatened-not-published")
    keys.append("report-platform")
    keys.append("removal-takeitdown" if minor else "removal-stopncii")
    keys.append("report-police")
    keys.append("secure-accounts")
    if not minor and not for_someone_else:
        keys.append("talk-to-someone")
    return keys


def helper_key(answers):
    """The text for someone helping another person, shown before the steps, or None."""
    return "for-someone-else" if answers["d"] == TWO else None


def removal_tools(answers):
    tools = [TAKE_IT_DOWN if answers["a"] == ONE else STOPNCII]
    if answers["b"] == TWO:
        tools.append(GOOGLE_REMOVAL)
    return tools


def related_slugs(answers):
    """The guides worth reading next in this situation, by slug, most useful first.
    A guide that is missing or unpublished is simply left out."""
    minor = answers["a"] == ONE
    if answers["d"] == TWO:
        return ["parents-teachers", "help-a-friend"] if minor else ["help-a-friend"]
    if minor:
        return ["keep-evidence", "remove-images", "the-law"]
    return ["video-call-blackmail", "remove-images", "the-law"]

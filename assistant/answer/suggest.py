"""Next questions offered under an answer, built from the structure of the plans and the collection.

* the same question for another municipality of the collection;
* "Vergelijk met …": the question asked of both;
* the plan's other priorities, as its plan card names them ("Wat zegt Doesburg over Jeugd en Veiligheid?").

Every suggestion is a question the assistant can be asked as it is: a fixed phrase around a
municipality's name and a priority of its plan.
"""

from __future__ import annotations

from assistant.answer.lookup import Lookups, plan_items
from assistant.answer.phrasing import phrase
from assistant.answer.types import Answer, Suggestion
from assistant.ask.conversation import asked_of
from assistant.ask.question import Question
from assistant.text import fold

MAX_OTHER_PLACES = 1  # "Dezelfde vraag voor …" suggestions
MAX_SIBLINGS = 2  # other priorities of the quoted plan
MAX_SUGGESTIONS = 4


def _other_themes(data: Lookups, question: Question, answer: Answer) -> list[str]:
    """The plan's other priorities (as the plan card names them) beside the one the answer is about."""
    if not answer.citations:
        return []
    first = answer.citations[0]
    said = fold(" ".join((question.text, *first.heading_path)))
    names = [p.short for p in plan_items(data.index, first.doc_id).priorities]
    return [n for n in dict.fromkeys(names) if fold(n) not in said][:MAX_SIBLINGS]


def suggestions(data: Lookups, question: Question, answer: Answer) -> tuple[Suggestion, ...]:
    """Up to ``MAX_SUGGESTIONS`` next questions for an answer about one municipality (none for a comparison)."""
    known = data.index.municipalities
    if len(question.municipalities) != 1 or question.per_municipality:
        return ()
    asked = question.municipalities[0]
    others = [m for m in known if m != asked]
    out: list[Suggestion] = []
    for other in others[:MAX_OTHER_PLACES]:
        out.append(Suggestion(phrase("suggest_other_place", municipality=other),
                              asked_of(question.text, [asked], [other])))
        out.append(Suggestion(phrase("suggest_compare", municipality=other),
                              asked_of(question.text, [asked], [asked, other])))
    if not answer.abstained:
        for title in _other_themes(data, question, answer):
            text = phrase("suggest_sibling", who=asked, topic=title)
            out.append(Suggestion(text, text))
    return tuple(out[:MAX_SUGGESTIONS])

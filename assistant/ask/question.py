"""Understanding a Dutch question with rules: intent, municipalities, period, key terms.

    >>> q = understand("Vergelijk de prioriteiten van Doesburg en Dalfsen", ["Dalfsen", "Doesburg"])
    >>> str(q.intent), q.municipalities
    ('comparison', ('Doesburg', 'Dalfsen'))
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from functools import lru_cache

from assistant.config import DATA_DIR
from assistant.errors import QuestionError
from assistant.ingest.facts import FactField
from assistant.text import STOPWORDS, fold, stem, synonyms, terms, words

_LIST = re.compile(r"\b(welke|noem\w*|som\s+\w*\s*op|opsomming|overzicht|wat\s+zijn|wie\s+zijn)\b", re.I)
# A list question asks for several things: the trigger is followed by a plural noun.
_LIST_PLURAL = re.compile(r"\b(?:welke|noem(?:\s+de)?|wat\s+zijn\s+de|wie\s+zijn\s+de|som\s+de)\s+(?:\w+\s+){0,2}?"
                          r"(\w{3,}(?:en|'s|’s|s))\b", re.I)
_FREQUENCY = re.compile(r"\b(hoe\s+vaak|hoe\s+regelmatig|met\s+welke\s+frequentie|hoe\s+vaak\s+per)\b", re.I)
_LIST_NOUNS = re.compile(
    r"\b(prioriteiten|speerpunten|focusgebieden|ambities|doelstellingen|doelen|partners|stappen|thema'?s|maatregelen|onderdelen|"
    r"veiligheidsvelden|velden|activiteiten|acties|middelen|instrumenten|organisaties|vergunningen|overleggen|"
    r"taken|punten|redenen|gemeenten|kanalen)\b", re.I)
_ACRONYM_ACTION = re.compile(r"^\s*[Ww]at\s+(?:doet|doen)\s+[A-Z][A-Z0-9]+\b")  # 'Wat doet RIEC?' (case-sensitive)
_DEFINITION = re.compile(
    r"^\s*(wat|wie)\s+(is|zijn|was|betekent|betekenen|houdt|houden|bedoelt|wordt\s+(?:verstaan|bedoeld))\b|"
    # "Wat doet het RIEC?" asks what it is; "Wat doet de gemeente tegen …", "Wat doet de politie aan …" what is done
    r"^\s*wat\s+(?:doet|doen)\s+(?:de|het|een)\s(?!(?:gemeente|gemeenten|college)\b)(?![\w-]+\s+(?:tegen|aan|om)\b)|"
    r"\bwat\s+(?:wordt|worden)\s+(?:er\s+)?(?:verstaan|bedoeld)\s+(?:onder|met)\b|\bwaar\s+staat\b|\bstaat\s+voor\b|"
    r"\bwat\s+(?:verstaat|verstaan|(?:wordt|worden)\b[^?]*(?<!zoals\s)\bverstaan)\b[^?]*\bonder\s|"
    r"\bwat\s+(?:bedoelt|bedoelen|(?:wordt|worden)\b[^?]*(?<!zoals\s)\bbedoeld)\b[^?]*\bmet\s|"
    r"\bbetekenis\s+van\b|\bhoudt\b.*\bin\b\s*\??$|\bdefinitie\b|\bafkorting\b|"
    # "Hoe wordt cyberpesten omschreven?", "Hoe definieert X het begrip ondermijning?"
    # ("Hoe worden de doelen omschreven?", "Hoe wordt de rol van de burgemeester omschreven?" and "Hoe omschrijft
    # X de aanpak?" ask for a description)
    r"\bhoe\s+wordt\b(?:(?!\bvan\b)[^?])*\b(?:omschreven|gedefinieerd)\b|\bhoe\s+worden\b(?:(?!\bvan\b)[^?])*\bgedefinieerd\b|"
    r"\bhoe\s+(?:definieert|definiëren|definieren)\b|\bhoe\s+(?:omschrijft|omschrijven)\b[^?]*\b(?:het\s+begrip|de\s+term)\b", re.I)
# "Welk deel van de inbraken …": a share of what a plural counts ("welk deel van het plan" asks for a part of it)
_SHARE = r"welk(?:e)?\s+(?:deel|aandeel)\s+van\s+de\s+\w+(?:en|ers|s)\b"
_FIGURE = re.compile(
    r"\b(" + _SHARE + r"|hoeveel|hoe\s+veel|welk\s+percentage|welk(?:e)?\s+(?:aantal|cijfer|rapportcijfer|score)|percentage|"
    r"in\s+welk\s+jaar|hoe\s+(?:hoog|groot|vaak|duur)|aantal|cijfers?|ontwikkel\w*|trend|gestegen|gedaald|stijging|daling|"
    r"kost|kosten|budget|bedrag)\b", re.I)
# A question that asks for a number outright: without one in the evidence it cannot be answered.
_ASKS_NUMBER = re.compile(r"\b(" + _SHARE + r"|hoeveel|hoe\s+veel|welk\s+percentage|hoe\s+hoog|hoe\s+groot|welk(?:e)?\s+(?:bedrag|aantal|"
                          r"cijfer|rapportcijfer|score)|in\s+welk\s+jaar|met\s+hoeveel|wat\s+(?:kost|kosten)|"
                          r"wat\s+(?:gaat|gaan)\s+(?:[\w'’-]+\s+){1,10}?kosten|hoe\s+duur)\b", re.I)
# "per jaar", "jaarlijks", "structureel": the question asks for a yearly figure, which a one-off amount does not give
PER_YEAR = re.compile(r"\b(?:per\s+jaar|jaarlijks\w*|structureel|elk\s+jaar|ieder\s+jaar)\b", re.I)
# "Welke gemeente trekt het meeste geld uit …", "het grootste budget": which amount is the largest, an amount asked
_MOST_MONEY = re.compile(r"\b(?:meeste|minste|grootste|kleinste|hoogste|laagste)\s+(?:\w+\s+)?(?:geld|budget\w*|bedrag\w*)\b",
                         re.I)
_COSTS = re.compile(r"\b(?:kost|kosten|hoe\s+duur)\b", re.I)  # "Wat kost …?": an amount of money
# What a count question counts: the words right after "hoeveel" ("Hoeveel boa's zet …" -> boa's).
_COUNTED = re.compile(r"\b(?:hoeveel|hoe\s+veel|welk(?:e)?\s+aantal(?:len)?(?:\s+(?:aan|van))?|het\s+aantal)\s+"
                      r"((?:[\w'’-]+\s+){0,2}[\w'’-]+)", re.I)
MAX_COUNTED = 2  # words taken as what is counted ("aandachtsfunctionarissen mensenhandel")
# What kind of number: money needs an amount, a percentage a percentage.
_MONEY = re.compile(r"\b(geld|budget\w*|bedrag\w*|euro|kost\w*|begroot|begroting|financi\w*|subsidie\w*|\w*budget)\b", re.I)
_PERCENT = re.compile(r"\b(procent|percentage|%)", re.I)
# Asked how high a named sum is ("Hoe hoog is de boete / bijdrage …"), the number is an amount ("Hoeveel boetes …"
# counts them). A sum that others pay ("de boete", "de dwangsom", "de leges") is what the amount must name: a plan's
# budget for the topic is not that sum; a contribution or fee the municipality pays is often its budget line ("de
# vergoeding voor het jongerenwerk" is the amount for the jongerenwerk). Paying and contributing ("Hoeveel betaalt /
# draagt X bij") are sums too.
_SUM = re.compile(r"\b(?:boete|dwangsom|leges|tarief|heffing|bijdrage|vergoeding|premie|prijs)\b", re.I)
_PRICE = re.compile(r"\b(?:boete|dwangsom|leges|tarief|heffing|eigen\s+bijdrage)\b", re.I)
_HOW_HIGH = re.compile(r"\b(?:hoe\s+hoog|hoe\s+groot|welk\s+bedrag|bedraagt|bedragen)\b", re.I)
_PAYING = re.compile(r"\bhoeveel\s+(?:geld\s+)?(?:betaalt|betalen|draagt|dragen|investeert|investeren|ontvangt|ontvangen)\b"
                     r"(?:\s+(?:de|het|een))?\s+(?P<party>[\w'’-]+)(?:(?!\bhoeveel\b).)*?\b(?:bij|aan|voor|in|uit)\b", re.I)
# Who pays is what the amount is about, unless it is the municipality itself (every amount in its plan is its own)
_OWN = frozenset({"gemeente", "gemeenten", "we", "wij", "college", "raad", "gemeenteraad"})
_REASON = re.compile(r"^\s*waarom\b|\bom\s+welke\s+reden|\bwat\s+is\s+de\s+reden|\bredenen\b", re.I)
# "Hoe wil X voorkomen …", "Wat doet X tegen …", "Welke maatregelen …": the answer is what the plan does.
_ACTION = re.compile(r"(?:^|[.!?]\s+)\s*(?:hoe\s+(?:wil|willen|gaat|gaan|pakt|pakken|zorgt|zorgen|wordt|worden|werkt|werken|houdt|"
                     r"bestrijdt|voorkomt|verbetert|aanpakt)\b|wat\s+(?:doet|doen|gaat|gaan|onderneemt|ondernemen)\b|"
                     r"welke\s+(?:maatregelen|acties|activiteiten|stappen|aanpak|interventies)\b)|"
                     r"\b(?:aanpak|aanpakken|tegengaan|bestrijden|voorkomen|terugdringen)\b|"
                     # "Ik woon in X. Wat kan ik zelf doen …?", "Wat kunnen ondernemers doen …?"
                     r"\bwat\s+(?:kan|kunnen|kun|kunt|moet|moeten)\s+(?:\w+\s+){0,3}?doen\b|"
                     # a resident's words: "Doet de gemeente hier iets mee?", "Is daar iets voor gepland?",
                     # "Waar kan ik terecht?"
                     r"\b(?:doet|doen|onderneemt)\s+(?:de\s+)?(?:gemeente|politie|college)\s+(?:\w+\s+){0,2}?(?:iets|wat)\b|"
                     # "Gaat de gemeente daar iets aan doen?", "Wordt daar iets aan gedaan?"
                     r"\b(?:gaat|gaan|zal|zullen|wil|willen)\s+(?:de\s+)?(?:gemeente|politie|college)\s+(?:\w+\s+){0,3}?"
                     r"(?:iets|wat)\s+(?:\w+\s+){0,2}?doen\b|\bwordt\s+(?:er\s+)?(?:\w+\s+){0,3}?(?:iets|wat)\s+"
                     r"(?:\w+\s+){0,2}?gedaan\b|"
                     # "Komt er meer handhaving …?", "Kijkt de gemeente daar ooit naar?": whether something is done
                     r"(?:^|[.!?]\s+)\s*(?:komt|komen)\s+er\b|"
                     r"\b(?:kijkt|controleert|handhaaft|treedt)\s+(?:de\s+)?(?:gemeente|politie)\b|"
                     r"\b(?:iets|wat)\b[^?]{0,30}\bgepland\b|\bwaar\s+(?:kan|kun|kunt|moet)\s+(?:ik|je|u|ze|hij|zij)\s+(?:\w+\s+)?terecht\b|"
                     r"\b(?:kan|kunnen|kun|kunt)\s+(?:ik|je|u|ze|hij|zij|we|wij)\s+(?:\w+\s+){0,4}?ergens\b", re.I)
# "Wat kunnen inwoners zelf doen …", "Wat kan ik doen …": what residents do, not the municipality ("Wat kunnen we
# doen …" asked by its staff means the municipality).
_RESIDENTS = re.compile(r"\bzelf\b|\bkan\s+ik\b|\bkun(?:t|nen)?\s+(?:u|je|jij)\b|\b(?:kan|kunnen)\s+(?:een\s+|de\s+)?"
                        r"(?:\w+)?(?:inwoners?|bewoners?|burgers?|ondernemers?|ouders?)\b|\bals\s+(?:inwoners?|bewoners?|burgers?)\b",
                        re.I)
# "Hoe gaat X om met …", "Wat zegt het plan over …": how the plan treats a topic (leaving it out is an answer).
_TREATMENT = re.compile(r"\b(?:om\s*gaan|omgaan|omgaat|gaat\s+\w+(?:\s+\w+){0,3}\s+om\s+met|behandel\w*|"
                        r"wat\s+(?:zegt|zeggen|staat|schrijft|schrijven|vermeldt)|welke\s+plek)\b|"
                        # whether a plan leaves the topic to other policy: "Welke gemeenten laten X buiten hun plan",
                        # "… laten X over aan een apart beleid", "verwijzen voor X naar een ander beleidsstuk"
                        r"\b(?:laten|laat|houden|houdt)\s[^?]{0,60}?\b(?:buiten|over\s+aan)\b|"
                        r"\bverwijz\w*\s[^?]{0,60}?\bnaar\s+(?:een\s+)?(?:ander|apart)\w*\s|"
                        r"\bin\s+welk\w*\s+ander\w*\s+(?:plan|beleid|document|nota|stuk)", re.I)
# (a word of a hyphenated compound is none: "een geen-bootdag", "niet-westerse")
_ABOUT_ABSENCE = re.compile(r"(?<![\w-])(niet|geen|buiten|erbuiten|daarbuiten|zonder|ontbreekt|ontbreken|weggelaten)(?![\w-])",
                            re.I)
_COMPARISON = re.compile(
    r"\b(vergelijk\w*|verschil\w*|overeenkomst\w*|beide\s+gemeenten|allebei|elke\s+gemeente|alle\s+gemeenten|"
    r"iedere\s+gemeente|(?:elk|ieder)\s+plan|alle\s+plannen|"
    r"de\s+(?:twee|drie|vier|vijf|zes|zeven|acht|negen|tien)\s+(?:gemeenten|[\w-]*plannen)|"
    r"tussen\s+de\s+gemeenten|ten\s+opzichte\s+van\s+elkaar)\b", re.I)
# "Welke gemeenten …" asks across the corpus only when the question names no municipality itself.
_WHICH_MUNICIPALITIES = re.compile(r"\b(welke|welk(?=\s+van\s+de\b))\s+(?:van\s+de\s+)?(?:gemeenten?|[\w-]*plannen|"
                                   r"beleidsstukken|documenten|regio'?s)\b", re.I)
# Questions about the plan itself: when and by whom it was adopted, when it took effect, how long it runs, its
# legal basis, where it was published. Each pattern names the plan fact it asks for.
# A word for a plan in a question ("het plan", "het veiligheidsbeleid", "de kadernota", "het IVP").
_PLAN_STEM = r"\w*(?:plan|beleid|nota|programma)"
_PLAN_NOUN = r"\b(?:" + _PLAN_STEM + r"|IVP|IVB|IVVP)\b"
_THE_PLAN = r"(?:het|dit|de|deze)\s+(?:\w+\s+){0,2}?" + _PLAN_NOUN  # "het (Marrevoortse) veiligheidsplan"
# "het vorige veiligheidsplan", "het oude beleid": another plan than the one a plan's own facts describe
_EARLIER_PLAN = re.compile(r"\b(?:vorige|vorig|voorgaande|oude|eerdere)\s+(?:\w+\s+){0,2}?" + _PLAN_NOUN, re.I)
_PLAN_FACTS: tuple[tuple[FactField, re.Pattern[str]], ...] = (
    (FactField.ADOPTED_BY, re.compile(r"\b(?:door\s+wie|wie\s+heeft|welk\s+(?:orgaan|bestuursorgaan))\b[^?]*"
                                      r"\b(?:vastgesteld|vastgestelde|vast(?:ge)?steld|goedgekeurd|aangenomen)|"
                                      r"\b(?:vastgesteld|goedgekeurd|aangenomen)\b[^?]*\bdoor\s+wie\b|"
                                      # "Welk plan is nog niet door de raad vastgesteld?": by whom each plan was
                                      r"\b(?:nog\s+niet|niet)\s+(?:\w+\s+){0,4}?(?:vastgesteld|goedgekeurd|aangenomen)\b", re.I)),
    (FactField.ADOPTED_ON, re.compile(r"\b(?:wanneer|welke\s+datum|op\s+welke\s+datum|in\s+welk\s+jaar)\b[^?]*"
                                      r"\b(?:vastgesteld|goedgekeurd|aangenomen|besloten)|"
                                      # "Wie heeft het plan vastgesteld, en wanneer was dat?"
                                      r"\b(?:vastgesteld|goedgekeurd|aangenomen)\b[^?]*\b(?:en|,)\s+(?:wanneer|op\s+welke\s+datum)\b|"
                                      # "In welke volgorde zijn de plannen vastgesteld?", "Welk plan is als eerste
                                      # vastgesteld?": the order of the dates of adoption
                                      # ("voor het eerst" says since when something happens)
                                      r"\b(?:in\s+welke\s+volgorde|als\s+(?:eerste|laatste)|(?<!voor\s)het\s+(?:eerst|laatst))\b"
                                      r"[^?]*\b(?:vastgesteld|goedgekeurd|aangenomen)\b|"
                                      r"\b(?:vastgesteld|goedgekeurd|aangenomen)\b[^?]*\b(?:als\s+(?:eerste|laatste)|"
                                      r"(?<!voor\s)het\s+(?:eerst|laatst)|in\s+welke\s+volgorde)\b|"
                                      r"\bdatum\s+van\s+(?:de\s+)?"
                                      r"vaststelling\b|"
                                      # "Is het plan toen (op 5 november) vastgesteld?": whether that was the date
                                      r"\b(?:is|werd)\s+(?:het|de|dit|deze)\s+(?:\w+\s+)?" + _PLAN_STEM +
                                      r"\s+(?:toen|(?:op|in)\s+[^?]{1,25}?)?\s*vastgesteld\b", re.I)),
    # "in werking", and since when a plan is "van kracht" (a plan word must be the subject: "sinds wanneer is er
    # cameratoezicht" asks about a measure; "nog van kracht" asks whether it still is, "tot wanneer" its period)
    (FactField.IN_FORCE_FROM, re.compile(r"\bin\s+werking\b|\b(?:per|vanaf)\s+wanneer\b|\bingangsdatum\b|"
                                         r"\b(?:per|vanaf|sinds)\s+(?:wanneer|welke\s+(?:datum|dag)|welk\s+jaar)\b(?=[^?]*"
                                         + _PLAN_NOUN + r")|(?<!\btot\s)\bwanneer\b(?=[^?]*" + _PLAN_NOUN
                                         + r")[^?]*(?<!\bnog\s)(?<!\bmeer\s)\bvan\s+kracht\b|"
                                         r"\bvan\s+kracht\s+(?:geworden|gegaan)\b", re.I)),
    (FactField.PERIOD, re.compile(r"\blooptijd(?:en)?\b|\bvoor\s+welke\s+(?:periode|jaren)\b|\bwelke\s+periode\b|"
                                  r"\b(?:loopt|lopen|gelden|geldt)\s+(?:\w+\s+){0,3}?tot\b|\btot\s+wanneer\b|"
                                  r"\bbeleidsperiode\s+van\b|\bhoe\s+lang\s+(?:loopt|lopen|geldt|gelden|duurt|duren)\b(?=[^?]*\b"
                                  + _PLAN_STEM + r"(?:nen|s|'s)?\b)", re.I)),
    # "Op welk wetsartikel berust het plan?", "Op welke wet is het beleid gebaseerd?"
    (FactField.LEGAL_BASIS, re.compile(r"\b(?:wettelijke|juridische)\s+(?:grondslag|basis)\b|\bop\s+grond\s+van\s+welke\b|"
                                       r"\bwelke\s+wet\w*\b[^?]*\bvast(?:ge)?stel|"
                                       r"\bop\s+welk\w*\s+(?:wet\w*|artikel\w*)\b[^?]*\b(?:berust\w*|gebaseerd|gegrond|steun\w*|rust\w*|stoel\w*)\b",
                                       re.I)),
    (FactField.SOURCE, re.compile(r"\b(?:gepubliceerd|bekendgemaakt|bekendmaking|gemeenteblad|vindplaats)\b", re.I)),
    (FactField.SIGNED_ON, re.compile(r"\bondertek\w*\b", re.I)),
    # "wat is het nummer van het raadsbesluit", "onder welk nummer stond het raadsvoorstel", "het kenmerk van het besluit"
    (FactField.DECISION_NUMBER, re.compile(r"\b(?:nummer|kenmerk)\b[^?]{0,40}?\b(?:raads)?(?:besluit|voorstel)|"
                                           r"\b(?:raads)?(?:besluit|voorstel)\w*\b[^?]{0,30}?\b(?:nummer|kenmerk)\b", re.I)),
    # "Tot wanneer gold het plan?" (in the past tense) asks when it ended
    (FactField.EXPIRED_ON, re.compile(r"\b(?:vervallen|verlopen|ingetrokken|(?:nog|niet\s+meer)\s+(?:geldig|van\s+kracht))\b|"
                                      r"\btot\s+wanneer\s+(?:gold|golden|liep|liepen)\b(?=[^?]*" + _PLAN_NOUN + ")", re.I)),
    # which plan took its place: the plan named as what replaced or was replaced ("Door welk beleid is het vervangen?",
    # "Wat is de opvolger van het IVB?"; "de opvolger van de wijkagent" is no question about a plan)
    # which plan it follows ("Welk plan ging eraan vooraf?", "Wat was het vorige plan?", "de voorganger van het IVP";
    # "Waarom had het vorige plan …" asks about that plan, not which one it was)
    (FactField.PREDECESSOR, re.compile(r"\b(?:welk|welke|wat\s+(?:is|was)|hoe\s+heet(?:te)?)\s+(?:\w+\s+){0,2}?(?:vorige?|"
                                       r"voorgaande?)\s+(?:\w+\s+)?" + _PLAN_NOUN + r"|\bvoorganger\s+van\s+" + _THE_PLAN + "|"
                                       r"\bwelk\w*\s+(?:\w+\s+)?" + _PLAN_NOUN + r"[^?]*\b(?:ging|gingen|gaat)\b[^?]*\bvooraf\b|"
                                       # "Welk veiligheidsplan had X hiervoor?"
                                       r"\bwelk\w*\s+(?:\w+\s+)?" + _PLAN_NOUN + r"\s+(?:had|hadden|gold|golden)\b[^?]*"
                                       r"\b(?:hiervoor|daarvoor|ervoor|eerder|voorheen)\b|"
                                       # "Welk plan vervangt het?" reads both ways (which plan it replaces, which
                                       # replaces it): both are asked, and the plan answers what it states
                                       r"\bwelk\w*\s+(?:\w+\s+)?" + _PLAN_NOUN + r"\s+vervangt\s+(?:het|dit|deze|ze)\b",
                                       re.I)),
    (FactField.REPLACED_BY, re.compile(r"\bdoor\s+welk\w*\s+(?:\w+\s+){0,2}?" + _PLAN_NOUN + r"[^?]*\b(?:vervangen|opgevolgd)\b|"
                                       r"\bopvolger\s+van\s+" + _THE_PLAN + "|"
                                       r"\bwelk\w*\s+(?:\w+\s+)?" + _PLAN_NOUN + r"\s+vervangt\b|"
                                       r"\b(?:kwam|komt)\s+(?:er\s+)?in\s+de\s+plaats\s+van\s+" + _THE_PLAN, re.I)),
)
# the money for the plan as a whole: "Hoeveel geld trekken de gemeenten per jaar uit voor hun veiligheidsplan?",
# "… per jaar voor de uitvoering van de drie plannen", "het totale / jaarlijkse (veiligheids)budget", "het budget van
# de veiligheidsplannen", "Wat kost het plan?"; not the money for a programme by its name ("het programma Veiligheid")
# nor extra or new money ("Hoeveel extra geld …" asks for what is added to it), nor a part of it ("Hoeveel van het
# veiligheidsbudget gaat naar …", "… en welk deel daarvan …")
_BUDGET_PLAN = r"(?:[\w-]*(?:plan|beleid|nota)(?:nen|s|'s)?|IVP|IVB|IVVP)\b(?!\s+(?-i:[A-Z]))"
_OWNER = r"(?:het|hun|haar|dit|de|deze|ons|onze|zijn|elk|ieder)\s+(?:\w+\s+){0,2}?"
_BUDGET_ASKED = re.compile(r"\b(?:geld|bedrag|euro|uit(?:ge)?trek\w*|trekt|trekken|begroot|beschikbaar)\b[^?]*?\bvoor\s+"
                           r"(?:de\s+uitvoering\s+van\s+)?" + _OWNER + _BUDGET_PLAN + "|"
                           r"\b(?:totale|jaarlijkse|structurele)\s+(?:veiligheids)?budget\b|\bveiligheidsbudget\b|"
                           r"\bbudget\s+(?:van|voor)\s+" + _OWNER + _BUDGET_PLAN + "|"
                           r"\bwat\s+kost(?:en)?\s+" + _OWNER + _BUDGET_PLAN + "|"
                           r"\bwat\s+(?:gaat|gaan|zal|zullen)\s+" + _OWNER + _BUDGET_PLAN + r"[^?]*\bkosten\b", re.I)
_NOT_THE_BUDGET = re.compile(r"\b(?:nieuw\w*|aanvullend\w*|eenmalig\w*|meer)\s+(?:\w+\s+)?(?:geld|budget|middelen)\b|"
                             r"\bextra\b|\bhoeveel\s+van\s+(?:het|de|dat|dit)\b|\b(?:welk|welke|een)\s+deel\b", re.I)
_UNTIL = re.compile(r"\btot\s+(?:en\s+met\s+)?(?:19|20)\d\d\b|\bt/m\s+(?:19|20)\d\d\b", re.I)
# "… als prioriteit", "is X een speerpunt": whether a topic is one of a plan's priorities.
_AS_PRIORITY = re.compile(r"\b(?:als|tot)\s+(?:\w+\s+)?(?:prioriteit|speerpunt|zwaartepunt|focuspunt)\w*\b|"
                          r"\b(?:is|zijn)\s+(?:\w+\s+){1,4}?(?:een\s+)?(?:prioriteit|speerpunt)\b|"
                          r"\b(?:is|zijn)\s+(?:\w+\s+){1,8}?(?:nog\s+)?(?:een|geen)\s+(?:prioriteit|speerpunt)\b", re.I)
# Stems of the words a question about the plan itself asks with: they name a fact of the plan, not a topic in it.
PLAN_FACT_TERM = re.compile(r"(?:looptijd|period|beleidsperiod|vastgesteld|vastgestel|vaststell|inwerkingtred|werking|"
                            r"uitwerkingtred|ingangsdatum|grondslag|bekendmak|bekendgemaakt|gepubliceerd|publicatie|"
                            r"gemeenteblad|vindplat|onderteken?|geldig|geldt|geld|gold|vervall|vervalt|ingetrok|datum|kracht|"
                            r"goedgekeurd|aangenom|vervang|vervangt|opgevolgd|opvolger|nummer|kenmerk)")
_YEAR_RANGE = r"((?:19|20)\d\d)\s*(?:[-–/]|t/m|tot(?:\s+en\s+met)?)\s*((?:19|20)\d\d)\b"
_PERIOD = re.compile(r"\b" + _YEAR_RANGE)
_YEAR = re.compile(r"\b((?:19|20)\d\d)\b")
# A period that names a plan: right after a word for a plan or its abbreviation ("het IVB 2024-2027",
# "het veiligheidsbeleid 2019-2022"); "van 2019 tot 2023" on its own asks about those years.
_PLAN_PERIOD = re.compile(r"(?:" + _PLAN_STEM + r"|\b[A-Z]{2,5})\s+(?P<period>" + _YEAR_RANGE + ")")
_PLACE = re.compile(r"\b(?:gemeente|in|te|bij|voor|van|door)\s+([A-Z][a-zà-ÿ]+(?:[ -](?:aan|op|den|de|in)[ -][A-Z][a-zà-ÿ]+)?)")
# Capitalised words that follow those prepositions but are not places.
_NOT_PLACES = {"Nederland", "Oost-Nederland", "Overijssel", "Gelderland", "IJsselland", "Veiligheidsregio", "Politie",
               "Het", "De", "Een", "Wet", "Bibob", "Damocles", "RIEC", "RCIV", "VNG", "OM",
               # countries and regions ("Ik werk in Duitsland"): no village of a plan
               "België", "Duitsland", "Polen", "Roemenië", "Bulgarije", "Frankrijk", "Europa", "Brabant", "Limburg",
               "Zeeland", "Friesland", "Drenthe", "Holland", "Randstad"}


# "in Veldhuizerbroek", "bij Nieuw-Weelde": a name after a preposition of place, not the question's first word
_LOCATED = re.compile(r"(?<=\s)(?:in|te|bij|rond|nabij)\s+((?-i:[A-Z])[a-zà-ÿ'’]+(?:-(?-i:[A-Z])[a-zà-ÿ'’]+)*"
                      r"(?:[ -](?:aan|op|den|de|in)[ -](?-i:[A-Z])[a-zà-ÿ'’]+)?)(?![\w-])")


# A named site after a preposition and an article: "op de Oude Markt", "bij de Heukelplas", "in het Stationskwartier"
_SITE = re.compile(r"\b(?:op|in|bij|aan|rond|langs|nabij)\s+(?:de|het)\s+"
                   r"((?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+){0,3})")


def _sites(text: str, places: Sequence[str]) -> tuple[str, ...]:
    """The named sites a question asks about, not a municipality or kern (known or not), a plan or an abbreviation."""
    out = []
    for m in _SITE.finditer(text):
        site = m.group(1)
        if (site.isupper() or site in places or any(fold(site) == fold(p) for p in places)
                or re.search(_PLAN_NOUN, site, re.I) or site.split()[0] in _NOT_PLACES):
            continue
        out.append(site)
    return tuple(dict.fromkeys(out))


def place_names(text: str) -> tuple[str, ...]:
    """The places a question names: a capitalised name after a preposition of place ("bij Oeverhoek") and a named
    site ("op de Heukelplas"), not an abbreviation ("bij het RIEC"), a plan or a word that is no place; which of them
    a plan writes decides whose they are (``Index.places_with``).

    >>> place_names("Wat doet de gemeente bij Oeverhoek, op de Heukelplas en bij het RIEC?")
    ('Oeverhoek', 'Heukelplas')
    """
    names = (*_located_names(text), *(m.group(1) for m in _SITE.finditer(text)))
    return tuple(dict.fromkeys(n for n in names if not n.isupper() and not re.search(_PLAN_NOUN, n, re.I)
                               and n.split()[0] not in _NOT_PLACES))


def _located_names(text: str) -> list[str]:
    """Capitalised names after a preposition of place ("in Veldhuizerbroek"), the words that are no place left out."""
    return [m.group(1) for m in _LOCATED.finditer(text)
            if m.group(1) not in _NOT_PLACES and not m.group(1).isupper()]


_VILLAGE = re.compile(r"\b(?:het\s+(?:kerk)?dorp(?:je)?|de\s+(?:woon)?kern|het\s+gehucht|de\s+buurtschap)\s+"
                      r"((?-i:[A-Z])[\w'’-]+(?:[ -](?:aan|op|den|de|in)[ -](?-i:[A-Z])[\w'’-]+)?)", re.I)
_DESIGNATOR = re.compile(r"\b((?i:gemeenten?|regio))\s+([A-Z][\w'’-]*(?:\s+(?:aan|op|den|de|in)(?:\s+(?:den|de))?\s+[A-Z][\w'’-]*)?)")
# A question about a place's own policy cannot be answered from another municipality's plan.
_ABOUT_POLICY = re.compile(r"\b(prioriteit\w*|beleid\w*|plan\w*|doel\w*|ambitie\w*|aanpak|speerpunt\w*|"
                           r"maatregel\w*|focus|thema'?s)\b", re.I)


class Aspect(StrEnum):
    """The kind of answer a question asks for."""

    LIST = "list"
    DEFINITION = "definition"
    FIGURE = "figure"
    GENERAL = "general"


class Intent(StrEnum):
    """An aspect, or a comparison of municipalities (whose ``Question.aspect`` says what is compared)."""

    LIST = "list"
    DEFINITION = "definition"
    FIGURE = "figure"
    GENERAL = "general"
    COMPARISON = "comparison"


class Measure(StrEnum):
    """The kind of number a figure question asks for."""

    COUNT = "count"
    MONEY = "money"
    PERCENT = "percent"
    YEAR = "year"


@dataclass(frozen=True)
class Question:
    text: str
    intent: Intent
    municipalities: tuple[str, ...] = ()
    all_municipalities: bool = False  # "welke gemeenten …", "beide": answer per municipality
    period: tuple[int, int] | None = None
    years: tuple[int, ...] = ()
    unknown_places: tuple[str, ...] = ()  # named places that are not in the corpus
    places: tuple[str, ...] = ()  # the villages and towns of the plans' municipalities it names (kernen)
    villages: tuple[str, ...] = ()  # unknown places it calls a village ("het dorp X", "de kern X"), not a municipality
    key_terms: tuple[str, ...] = field(default=())  # stemmed content terms without place names
    subjects: tuple[str, ...] = ()  # what a definition question asks about ("RIEC"; two for "verschil tussen X en Y")
    aspect: Aspect = Aspect.GENERAL  # the intent behind a comparison (list, figure, …); equals intent otherwise
    frequency: bool = False  # "hoe vaak …": the answer is a frequency ("iedere vier jaar")
    asks_number: bool = False  # "hoeveel …", "welk percentage …": the answer must contain a number
    measure: Measure = Measure.COUNT
    reason: bool = False  # "waarom …": the answer gives a reason
    about_policy: bool = False  # asks about priorities, plans, goals, measures (of the place it names)
    about_absence: bool = False  # the question itself asks why something is not there ("waarom … niet")
    asks_action: bool = False  # asks what the plan does ("Hoe wil X voorkomen …", "Welke maatregelen …")
    about_residents: bool = False  # asks what residents can do themselves ("Wat kunnen inwoners zelf doen?")
    person_post: str = ""  # asks who holds a post, by name ("Hoe heet de ondermijningsregisseur?"): the post
    about_treatment: bool = False  # asks how a plan treats a topic ("Hoe gaat X om met …"): leaving it out answers
    list_nouns: tuple[str, ...] = field(default=())  # stems of what a list question enumerates, with synonyms
    counted: tuple[str, ...] = field(default=())  # stems of what a count question counts ("boa", "wijkagent")
    counted_having: tuple[str, ...] = ()  # what the counted must have ("Hoeveel zaken hebben het keurmerk?" -> keurmerk)
    counted_undergo: bool = False  # the counted underwent something ("Hoeveel boten werden gestolen?")
    current: bool = False  # asks how many there are now ("op dit moment", "momenteel"), not how many are added
    sites: tuple[str, ...] = ()  # named sites it asks about ("op de Oude Markt", "bij de Heukelplas")
    asks_priority: bool = False  # whether a topic is a priority ("Welke gemeenten hebben X als prioriteit?")
    plan_facts: tuple[FactField, ...] = ()  # what it asks about the plan itself (adopted on/by, in force, period, …)
    until: bool = False  # "lopen tot en met 2028": a year the period ends with, not one it contains
    figures: tuple[str, ...] = ()  # the numbers the question itself names, years excepted ("10%" -> "10")
    per_year: bool = False  # "hoeveel geld per jaar …": a yearly figure is asked, not a one-off one
    figure_years: tuple[int, ...] = ()  # the years a figure is asked for: not a period naming a plan ("het IVB 2024-2027")
    # a second "hoeveel" clause asks a number per year, for no year ("… in 2024, en hoeveel … per jaar?")
    yearly_clause: bool = False
    paired: tuple[tuple[str, str], ...] = ()  # key-term stems joined by "en"/"of": one topic ("polarisatie en radicalisering")
    # what a sum of money asked for is ("Hoe hoog is de dwangsom …" -> dwangsom; "Hoeveel draagt de provincie bij …"
    # -> provincie): the amount answering it names that, not only the topic it is spent on
    priced: tuple[str, ...] = ()
    # the stems of each name it gives a thing ("de les ‘Je pas is niet te koop’", "het programma Preventie met Gezag"):
    # a figure of that thing is stated with its name
    named_things: tuple[frozenset[str], ...] = ()
    # the stem of the finite verb right after the opening question word ("Hoe vaak vergadert de driehoek?" ->
    # "vergadert"): what is asked of the topic, not the topic
    verb: str = ""

    @property
    def subject(self) -> str:
        return self.subjects[0] if self.subjects else ""

    @property
    def per_municipality(self) -> bool:
        return len(self.municipalities) > 1 or self.all_municipalities


def paired_terms(text: str, key_terms: tuple[str, ...]) -> tuple[tuple[str, str], ...]:
    """Pairs of key terms written as 'X en Y' / 'X of Y': together they name one topic.

    >>> paired_terms("Welke aanpak heeft X tegen polarisatie en radicalisering?", ("aanpak", "polarisatie", "radicaliser"))
    (('polarisatie', 'radicaliser'),)
    """
    tokens = words(text)
    keys = set(key_terms)
    pairs = []
    for i in range(1, len(tokens) - 1):
        if tokens[i] in ("en", "of"):
            left, right = stem(tokens[i - 1]), stem(tokens[i + 1])
            if left in keys and right in keys and left != right:
                pairs.append((left, right))
    return tuple(pairs)


@lru_cache(maxsize=4096)
def municipality_pattern(name: str) -> re.Pattern[str]:
    """A municipality name with its Dutch adjective and genitive forms (Dalfsense, Doesburgs), also as the first
    part of a compound ("de Lindewaarde-gemeenten", "basisteam Zandermeer-Meerhout"); not inside another name
    ("Midden-Delfland" names no Delfland, "Doesburgstraat" no Doesburg)."""
    # "Schelvoordse" is the adjective of Schelvoorde (a final e gives way to the ending)
    stem = re.escape(name) + (r"|" + re.escape(name[:-1]) + r"(?=se\b)" if name.endswith("e") and len(name) > 3 else "")
    return re.compile(r"(?<![\w-])(?:" + stem + r")(?:se|s|er|ers|'s|’s)?(?!\w)(?!-(?![^\W\d_]))", re.I)


@lru_cache(maxsize=1)
def dutch_municipalities() -> tuple[str, ...]:
    """Every Dutch municipality (data/gemeenten.txt), longest first so 'Bergen op Zoom' wins over 'Bergen'."""
    path = DATA_DIR / "gemeenten.txt"
    names = [line.strip() for line in path.read_text(encoding="utf-8").splitlines()
             if line.strip() and not line.startswith("#")]
    return tuple(sorted(set(names), key=len, reverse=True))


def other_municipalities(text: str, known: list[str]) -> list[str]:
    """Dutch municipalities the question names that are not in the corpus ("Zutphen").

    Matched case-sensitively and never as the question's first word: several names are also
    ordinary words ("Best", "Goes", "Epe").
    """
    known_folded = {fold(k) for k in known}
    found: list[tuple[int, str]] = []
    taken: list[tuple[int, int]] = []
    for name in dutch_municipalities():
        for m in re.finditer(r"(?<![\w-])" + re.escape(name) + r"(?:se|s)?(?![\w-])", text):
            if any(a <= m.start() < b for a, b in taken):
                continue  # inside a longer name already matched ("Bergen" in "Bergen op Zoom")
            taken.append((m.start(), m.end()))
            if m.start() > 0 and fold(name) not in known_folded:
                found.append((m.start(), name))
    return [name for _, name in sorted(found)]


def find_municipalities(text: str, known: list[str]) -> tuple[str, ...]:
    found = []
    for name in sorted(known, key=len, reverse=True):
        m = municipality_pattern(name).search(text)
        if m and name not in found:
            found.append((m.start(), name))
    return tuple(name for _, name in sorted(found))


# A subject that points back to what the question named before it.
_POINTING = {"dat", "dit", "die", "deze", "het", "ze", "zij"}


def _subjects(text: str) -> tuple[str, ...]:
    """What a definition question asks about: 'Wat doet het RIEC?' -> ('RIEC',);
    'Wat is het verschil tussen objectieve en subjectieve veiligheid?' -> ('objectieve veiligheid', 'subjectieve veiligheid');
    'Het plan verwijst naar het RIEC. Wat houdt dat in?' -> ('RIEC',) (a pointing word names no subject: the abbreviation
    before it is meant, and without one there is none)."""
    m = re.search(r"\bverschil\s+tussen\s+(?:de\s+|het\s+)?(.+?)\s+en\s+(?:de\s+|het\s+)?(.+?)\s*\??$", text.strip(), re.I)
    if m:
        first, second = m.group(1).strip(), m.group(2).strip(" ?.")
        # "objectieve en subjectieve veiligheid": the shared head noun belongs to both
        if " " not in first and " " in second:
            first = f"{first} {second.split(' ', 1)[1]}"
        return (first, second)
    patterns = [
        r"\bwaar\s+staat\s+(?:de\s+afkorting\s+)?(.+?)\s+voor\b",
        r"\bwat\s+(?:wordt|worden)\s+(?:er\s+)?(?:verstaan|bedoeld)\s+(?:onder|met)\s+(?:de\s+|het\s+|een\s+)?(.+?)\s*\??$",
        # "Wat verstaat Greidland in het beleid onder een keet?", "Wat wordt in X verstaan onder …", "Wat bedoelt X met …"
        # (the verb's own preposition, the last one: "Wat verstaat X, samen met de politie, onder ondermijning?")
        r"\bwat\s+(?:verstaat|verstaan|wordt|worden)\b[^?]*\bonder\s+(?:de\s+|het\s+|een\s+)?(.+?)\s*\??$",
        r"\bwat\s+(?:bedoelt|bedoelen|wordt|worden)\b[^?]*\bmet\s+(?:de\s+|het\s+|een\s+)?(.+?)\s*\??$",
        r"\bwat\s+(?:houdt|houden)\s+(?:de\s+|het\s+|een\s+)?(.+?)\s+in\b",
        r"\b(?:wat|wie)\s+(?:is|zijn|was|doet|doen|betekent|betekenen)\s+(?:de\s+|het\s+|een\s+)?(.+?)\s*\??$",
        r"\bbetekenis\s+van\s+(?:de\s+|het\s+)?(.+?)\s*\??$",
        # "Hoe wordt (het begrip) cyberpesten (in X) omschreven?"
        r"\bhoe\s+(?:wordt|worden)\s+(?:het\s+begrip\s+|de\s+term\s+)?(?:de\s+|het\s+|een\s+)?(.+?)\s+"
        r"(?:(?:in|door|bij|volgens)\s+[^?]*?\s+)?(?:omschreven|gedefinieerd)\b",
        # "Hoe omschrijven A en B het begrip X?", "Hoe definieert (het plan van) A X?" (the owner is skipped: a plan
        # word, "de gemeente", capitalised names as "Bergen op Zoom" writes them)
        r"\bhoe\s+(?:definieert|definiëren|definieren|omschrijft|omschrijven)\s+"
        r"(?:(?:het|de)\s+\w*(?:plan|beleid|nota)\s+(?:van\s+)?)?(?:de\s+gemeenten?\s+)?"
        r"(?:(?-i:[A-Z][\w-]*(?:\s+(?:op|aan|den|de|en|in)\s+[A-Z][\w-]*)*)\s+)?"
        r"(?:het\s+begrip\s+|de\s+term\s+)?(?:de\s+|het\s+|een\s+)?(.+?)\s*\??$",
    ]
    for p in patterns:
        m = re.search(p, text.strip(), re.I)
        if m:
            subject = re.split(r"\s+en\s+(?:wie|wat|hoe|welke|waar|wanneer)\b|,", m.group(1))[0]
            subject = re.sub(r"\s+(?:in|bij|volgens|van)\s+(?:de\s+gemeente\s+)?[A-Z]\w+.*$", "", subject)
            subject = subject.strip(" ?.'\"‘’")
            acronym = re.search(r"\b[A-Z][A-Z0-9]{1,7}\b", subject)
            if acronym and len(subject.split()) > 1:
                subject = acronym.group(0)  # "BBG van het Veiligheidsnetwerk" -> "BBG"
            if subject.split()[0].lower() in _POINTING:  # "X noemt het RIEC. Wat houdt dat (precies) in?"
                before = re.findall(r"\b[A-Z][A-Z0-9]{1,7}\b", text.strip()[:m.start()])
                subject = before[-1] if before else ""
            return (subject,) if subject else ()
    return ()


# "Op welke thema's legt X de nadruk?", "Welke thema's krijgen de nadruk?", "Op welke onderwerpen liggen de accenten?":
# what a plan stresses are its priorities ("Welke wijken krijgen extra nadruk?" stresses no themes of the plan).
_EMPHASIS = re.compile(r"\b(?:legt|leggen|ligt|liggen|krijgen|krijgt)\b[^?]*\b(?:de\s+nadruk|het\s+accent|de\s+accenten)\b|"
                       r"\b(?:de\s+nadruk|het\s+accent|de\s+accenten)\s+(?:ligt|liggen|leggen|legt)\b", re.I)


_THEME_STEMS = frozenset(terms("thema thema's themas onderwerpen onderdelen punten velden"))


def _list_nouns(text: str) -> tuple[str, ...]:
    """What a list question enumerates: 'Welke prioriteiten …' -> stems of prioriteit and its synonyms (also
    for the themes a plan 'legt de nadruk op')."""
    nouns = [m.group(1) for m in _LIST_PLURAL.finditer(text)]
    nouns += [m.group(1) for m in _LIST_NOUNS.finditer(text)]
    if nouns and _EMPHASIS.search(text) and any(stem(w) in _THEME_STEMS for n in nouns for w in words(n)):
        nouns.append("prioriteiten")
    stems: list[str] = []
    for noun in nouns:
        for word in words(noun):
            if word in STOPWORDS or len(word) < 3:
                continue
            for s in sorted(synonyms(stem(word))):
                if s not in stems:
                    stems.append(s)
    return tuple(stems)


# "Met hoeveel vrijwilligers werkt … op dit moment?": the number there is now
_CURRENT = re.compile(r"\b(?:op\s+dit\s+moment|op\s+het\s+moment|momenteel|thans|nu)\b", re.I)
# The words a subject opens with after its verb in a question ("… controleert de Douane", "… zet het college").
_SUBJECT_OPENING = frozenset({"de", "het", "een", "er", "u", "je", "jij", "we", "wij", "ze", "zij", "hij", "men", "die",
                              "dit", "deze", "dat", "jullie", "ons", "onze", "mijn", "uw", "hun", "haar"})


def _counted(text: str, place_stems: set[str]) -> tuple[str, ...]:
    """What a count question counts: the content words right after 'hoeveel' up to the first function word,
    verb or place ('Hoeveel wijkagenten en jeugdagenten heeft …' -> wijkagent, jeugdagent)."""
    m = _COUNTED.search(text)
    if not m:
        return ()
    counted: list[str] = []
    found = words(m.group(1))
    following = words(text[m.end():])[:1]
    for i, word in enumerate(found):
        if word in ("en", "of"):
            continue
        if word in STOPWORDS or stem(word) in place_stems or word in _NOT_COUNTED:
            break
        after = found[i + 1] if i + 1 < len(found) else (following[0] if following else "")
        if counted and after in _SUBJECT_OPENING:
            break  # "Hoeveel containers controleert de Douane …": the verb before its subject
        counted.append(stem(word))
        if len(counted) >= MAX_COUNTED:
            break
    return tuple(counted)


# "Hoeveel scholen (in <place>) hebben een keurmerk?": the count asked is of those that have something, a subset;
# a number of all scholen does not answer it. ("Hoeveel boa's heeft X?" counts what X has: no subset.) What
# they have follows "hebben" with an article ("het keurmerk", "een camera"): "hebben Dalfsen en Doesburg" names
# who has them.
_COUNTED_HAVING = re.compile(r"\b(?:hoeveel|hoe\s+veel)\s+[\w'’-]+(?:\s+[\w'’-]+)?(?:\s+(?:in|van|bij|op)\s+[^?,;]{1,40}?)?"
                             r"\s+(?:hebben|beschikken\s+over)\s+(?P<had>(?:een|het|de|geen|al)\s+[^?.,;]+)", re.I)

# A past participle ("gekregen", "gemeld", "meegedaan", "deelgenomen", "ontvangen", "bereikt"): "hebben … gekregen"
# is a perfect tense, a count of events. Errs towards a participle ("gebied", "beleid" match too), which only
# leaves the subset check out.
_PARTICIPLE = re.compile(r"(?:(?:mee|deel|op|aan|in|uit|af|toe|na|bij|terug)?ge|be|ver|ont|her)\w{2,}(?:d|t|en|aan)")
_NOT_HAD = frozenset(terms("gemeente gemeenten samen allemaal totaal elk ieder"))  # who has them, or how many


# What the counted things take part in: "Hoeveel inwoners doen (op dit moment) mee aan Burgernet?", "… nemen deel aan
# de buurtpreventie", "… zijn aangesloten bij …", "… zijn lid van …": a count of all inwoners does not answer it
_COUNTED_JOINING = re.compile(r"\b(?:hoeveel|hoe\s+veel)\s+[\w'’-]+(?:\s+[\w'’-]+)?(?:\s+(?:in|van|bij|op|uit)\s+[^?,;]{1,40}?)?"
                              r"\s+(?:(?:doen|doet)\s+(?:[^?,;]{1,25}?\s)?mee\s+aan|(?:nemen|neemt)\s+(?:[^?,;]{1,25}?\s)?"
                              r"deel\s+aan|(?:zijn|is)\s+(?:\w+\s+)?(?:aangesloten\s+bij|lid\s+van))\s+(?P<had>[^?.,;]+)", re.I)


def _counted_having(text: str, place_stems: set[str]) -> tuple[str, ...]:
    """The stems of what a count question's counted things must have or take part in (see ``_COUNTED_HAVING``,
    ``_COUNTED_JOINING``).

    >>> _counted_having("Hoeveel inwoners van Bergen doen op dit moment mee aan Burgernet?", {"berg"})
    ('burgernet',)

    >>> _counted_having("Hoeveel scholen in Bergen aan Zee hebben een keurmerk?", {"berg", "zee"})
    ('keurmerk',)
    >>> _counted_having("Hoeveel wijkagenten heeft Dalfsen?", {"dalfsen"})
    ()
    >>> _counted_having("Hoeveel wijkagenten hebben de gemeenten Dalfsen en Doesburg?", {"dalfsen", "doesburg"})
    ()
    >>> _counted_having("Hoeveel jongeren hebben een Halt-straf gekregen in 2022?", set())
    ()
    """
    def what(had: str) -> tuple[str, ...]:
        return tuple(t for t in terms(had) if t not in place_stems and t not in _NOT_HAD and not t.isdigit())

    joining = _COUNTED_JOINING.search(text)
    if joining:
        return what(joining.group("had"))
    m = _COUNTED_HAVING.search(text)
    had = words(m.group("had")) if m else []
    if not had or any(_PARTICIPLE.fullmatch(w) for w in had[1:]):
        return ()  # "hebben … gekregen": a perfect tense, a count of events, not of a subset
    return what(m.group("had"))


# "Hoeveel boten werden er in 2022 gestolen?": a passive clause, its participle last; what is counted underwent it
_UNDERGONE = re.compile(r"\b(?:hoeveel|hoe\s+veel)\s[^?;]*?\b(?:werden|worden|zijn|waren|raakten|raken)\b"
                        r"(?P<rest>[^?;,.]*)", re.I)


def _counted_undergo(text: str) -> bool:
    """Whether a count question asks how many of something underwent something (see ``_UNDERGONE``).

    >>> _counted_undergo("Hoeveel boten werden er in 2022 in Grevenmeer gestolen?")
    True
    >>> _counted_undergo("Hoeveel jachthavens zijn er in het gebied?"), _counted_undergo("Hoeveel boa's heeft X?")
    (False, False)
    >>> _counted_undergo("Hoeveel inwoners zijn er in beide gemeenten?")
    False
    """
    m = _UNDERGONE.search(text)
    rest = words(m.group("rest")) if m else []
    # a word _PARTICIPLE takes ("gebied", "gemeenten") after an article, a determiner or a number is a noun
    return (bool(rest) and bool(_PARTICIPLE.fullmatch(rest[-1]))
            and not (len(rest) > 1 and (rest[-2] in _BEFORE_A_NOUN or rest[-2].isdigit())))


# Words that stand before a noun, not before a participle ending a clause ("in het gebied", "in beide gemeenten")
_BEFORE_A_NOUN = frozenset(words("de het een deze die dit dat onze ons hun haar zijn uw alle beide elke ieder iedere "
                                 "welke andere twee drie vier vijf zes"))


# Words after "hoeveel" that say how much, not what is counted ("hoeveel extra geld", "hoeveel procent").
_NOT_COUNTED = {"extra", "meer", "minder", "nieuwe", "procent", "keer", "maal", "geld", "euro", "budget", "tijd"}


def _yearly_clause(text: str) -> bool:
    """Whether one "hoeveel" clause (up to the next) names a year and another asks a number per year for none;
    "hoeveel daarvan …" refers back to the dated one.

    >>> _yearly_clause("Hoeveel ongevallen waren er in 2024 en hoeveel wil de gemeente er per jaar?")
    True
    >>> _yearly_clause("Hoeveel ongevallen waren er in 2024, en hoeveel daarvan gebeuren er per jaar op de N35?")
    False
    """
    starts = [m.start() for m in _ASKS_NUMBER.finditer(text)]
    if len(starts) < 2:
        return False
    clauses = [text[a:b] for a, b in zip(starts, [*starts[1:], len(text)])]
    yearly = [c for c in clauses if PER_YEAR.search(c) and not _YEAR.search(c) and not _REFERS_BACK.match(c)]
    return bool(yearly) and any(_YEAR.search(c) for c in clauses)


_REFERS_BACK = re.compile(r"\w+(?:\s+\w+)?\s+(?:daarvan|ervan|hiervan|waarvan)\b", re.I)


def for_municipality(question: Question, municipality: str) -> str:
    """The question as asked of one municipality: the other named municipalities are taken out.

    'Welke prioriteiten hebben Doesburg en Dalfsen gekozen?' -> 'Welke prioriteiten hebben Dalfsen gekozen?'
    (a comparison's embedding otherwise mixes both places and matches neither plan well).
    """
    text = question.text
    others = [m for m in question.municipalities if m != municipality]
    if not others:
        return text if municipality in question.municipalities else f"{text} (gemeente {municipality})"
    for other in others:
        name = municipality_pattern(other).pattern
        text = re.sub(rf"(?:\s*,\s*|\s+(?:en|of|and)\s+){name}", "", text, flags=re.I)
        text = re.sub(rf"{name}(?:\s*,\s*|\s+(?:en|of)\s+)", "", text, flags=re.I)
        # what is left is the place named alone: swap in this municipality, keeping an adjective ending
        text = re.sub(name, lambda m: municipality + m.group(0)[len(other):], text, flags=re.I)
    return re.sub(r"\s{2,}", " ", text).strip()


# A second question joined to the first ("Hoe vaak komt het overleg bijeen, en wie zitten er aan tafel?"): "en"
# (or a comma, or a new sentence) before a question word. Each part is answered on its own as well.
_QUESTION_WORD = (r"(?:wie|wat|wanneer|hoeveel|hoe|welke?|waar\w*|(?:op|in|met|voor|door|tot|vanaf|sinds|om|aan|bij|"
                  r"uit|onder|van|over)\s+(?:welke?|wie|wat|wanneer|hoeveel))\b")
_SECOND_QUESTION = re.compile(r"(?:\s*,\s*en\s+|\s+en\s+|[?.]\s+en\s+|\s*,\s*)(?=" + _QUESTION_WORD + ")", re.I)
MIN_PART_WORDS = 4  # a first part shorter than this is one question asked two ways ("Door wie en op welke datum …")
MAX_PARTS = 3


def question_parts(text: str) -> tuple[str, ...]:
    """The questions a question asks, when it joins whole questions ("Wanneer gaat het fietspunt open en hoeveel
    fietsen kunnen er staan?" -> two); a single question is one part. A part before a question word that is too
    short to stand alone ("In welk overleg en op welke datum …") keeps the question whole.

    >>> question_parts("Hoe vaak komt het Havenoverleg bijeen en wie zitten er aan tafel?")
    ('Hoe vaak komt het Havenoverleg bijeen?', 'wie zitten er aan tafel?')
    >>> question_parts("Door wie en op welke datum is het plan vastgesteld?")
    ('Door wie en op welke datum is het plan vastgesteld?',)
    """
    cuts = [m for m in _SECOND_QUESTION.finditer(text) if m.start() > 0]
    parts, start = [], 0
    for cut in cuts:
        part = text[start:cut.start()].strip(" ,")
        if (not parts and len(re.findall(r"[\w'’-]+", part)) < MIN_PART_WORDS) or len(parts) == MAX_PARTS - 1:
            continue
        parts.append(part)
        start = cut.end()
    if not parts:
        return (text,)
    parts.append(text[start:].strip(" ,"))
    return tuple(p.rstrip(" ?.") + "?" for p in parts)


_DROPPED = {"Cf"}  # format characters (zero-width space, soft hyphen, BOM): removed without a trace
_SPACED = {"Cc", "Co", "Cs"}  # other control, private-use and surrogate characters: replaced by a space
_KEPT = {"\t", "\n", "\r"}  # whitespace that happens to be a control character stays as it is


def strip_control(text: str) -> str:
    r"""``text`` without control characters: format characters dropped, the others replaced by a space.

    >>> strip_control("Wat\x00doet het\u200b RIEC?\x1b")
    'Wat doet het RIEC? '
    """
    out = []
    for ch in text:
        if ch in _KEPT or ch.isprintable():
            out.append(ch)
            continue
        category = unicodedata.category(ch)
        if category in _DROPPED:
            continue
        out.append(" " if category in _SPACED else ch)
    return "".join(out)


def validate(text: str, max_chars: int) -> str:
    """The question as it will be answered, or ``QuestionError`` with an English and a Dutch message.

    Control characters are removed rather than refused (``strip_control``): a question pasted
    from a PDF or a terminal often carries a few, and what remains is what the user meant. A
    question with nothing else in it is refused, as are an empty one, one over ``max_chars``
    (counted after cleaning) and one without a letter or digit.
    """
    raw = text or ""
    cleaned = strip_control(raw).strip()
    if not cleaned:
        if raw.strip():
            raise QuestionError("the question contains only control characters",
                                "Uw vraag bevat alleen onleesbare tekens (stuurtekens). Typ de vraag opnieuw.")
        raise QuestionError("the question is empty", "Stel een vraag: het invoerveld is leeg.")
    if len(cleaned) > max_chars:
        raise QuestionError(f"the question is longer than {max_chars} characters ({len(cleaned)})",
                            f"Uw vraag is te lang ({len(cleaned)} tekens). Houd het bij maximaal {max_chars} tekens.")
    if not re.search(r"[^\W_]", cleaned):
        raise QuestionError("the question contains no words", "Uw vraag bevat geen woorden.")
    return cleaned


def understand(text: str, known_municipalities: list[str], places: Mapping[str, str] | None = None) -> Question:
    """Intent, municipalities, period and key terms of a question (rules only). A question that names no
    municipality but villages or towns of one (``places``: place -> municipality, the plans' kernen; 'Ik woon in
    Lieshorst') is about that municipality."""
    named = find_municipalities(text, known_municipalities)
    kernen = tuple(p for p in sorted(places or ()) if municipality_pattern(p).search(text))
    # a place written as a site ("in de Kreekhaven", "op de Heukelplas") says whose plan it is, and is a site
    sited = {m.group(1) for m in _SITE.finditer(text)}
    kernen_not_sites = tuple(p for p in kernen if p not in sited)
    if not named and kernen:
        by_place = tuple(dict.fromkeys(places[p] for p in kernen))
        named = by_place if len(by_place) == 1 else ()
    # "verschil tussen objectieve en subjectieve veiligheid" compares concepts, not municipalities
    about_municipalities = bool(named) or bool(re.search(r"\bgemeenten?\b|\b[\w-]*plannen\b|\bbeide\b|\b(?:elk|ieder)\s+plan\b",
                                                          text, re.I))
    comparison_words = (bool(_COMPARISON.search(text)) and about_municipalities) or (
        not named and bool(_WHICH_MUNICIPALITIES.search(text)))
    # "Welke gemeenten hebben X …" asks per plan about X: the kind of answer comes from the rest of it
    asked = _WHICH_MUNICIPALITIES.sub(" ", text) if comparison_words and not named else text
    aspect = Aspect.GENERAL
    if _FIGURE.search(asked) or _MOST_MONEY.search(asked) or _keywords_with_a_year(asked, named):
        aspect = Aspect.FIGURE
    elif _LIST_PLURAL.search(asked):
        aspect = Aspect.LIST
    elif _DEFINITION.search(asked) or _ACRONYM_ACTION.search(asked):
        aspect = Aspect.DEFINITION
    intent = Intent.COMPARISON if len(named) > 1 or comparison_words else Intent(aspect)
    period_match = _PERIOD.search(text)
    period = (int(period_match.group(1)), int(period_match.group(2))) if period_match else None
    years = tuple(int(y) for y in _YEAR.findall(text))
    plan_period = _PLAN_PERIOD.search(text)
    unnamed = text[:plan_period.start("period")] + text[plan_period.end():] if plan_period else text
    known_folded = {fold(n) for n in known_municipalities}
    unknown = []
    for m in _PLACE.finditer(text):
        place = m.group(1)
        if place in _NOT_PLACES or fold(place) in known_folded or place.isupper():
            continue
        if m.group(0).lower().startswith("gemeente"):
            unknown.append(place)
    unknown += [name for name in other_municipalities(text, known_municipalities) if name not in unknown]
    # "in het dorp Heikantsven": a village, of no known municipality and none of the plans' kernen
    villages = tuple(dict.fromkeys(m.group(1) for m in _VILLAGE.finditer(text)
                                   if fold(m.group(1)) not in known_folded and m.group(1) not in (places or {})))
    unknown += [v for v in villages if v not in unknown]
    place_stems = {stem(w) for n in (*known_municipalities, *unknown) for w in words(n) if w not in STOPWORDS}
    # "de gemeente Doesburg", "de regio Lindewaarde": the word before a place's name only says what the place is
    designated = _DESIGNATOR.sub(lambda m: m.group(2) if any(fold(m.group(2)) == fold(n) for n in named) else m.group(0),
                                 text)
    key_terms = tuple(t for t in terms(designated)
                      if t not in place_stems and not any(t.startswith(p) for p in place_stems if len(p) > 4))
    if not named:  # a place of no plan, as a village is: unknown where no document names it (abstain.place_not_in_corpus)
        located = tuple(dict.fromkeys(p for p in _located_names(text) if p not in unknown and p not in (places or {})
                                      and not any(fold(p).startswith(k) for k in known_folded)))
        unknown += located
        villages += located
    return Question(
        text=text,
        intent=intent,
        municipalities=named,
        all_municipalities=comparison_words and len(named) < 2,
        period=period,
        years=years,
        unknown_places=tuple(dict.fromkeys(unknown)),
        villages=villages,
        places=kernen_not_sites,
        key_terms=key_terms,
        subjects=_subjects(asked) if aspect == Aspect.DEFINITION else (),
        list_nouns=_list_nouns(asked) if aspect == Aspect.LIST else (),
        counted=_counted(text, place_stems),
        counted_having=_counted_having(text, place_stems),
        counted_undergo=_counted_undergo(text),
        current=bool(_CURRENT.search(text)),
        sites=_sites(text, (*named, *unknown, *kernen_not_sites)),
        asks_priority=bool(_AS_PRIORITY.search(text)) and not (_ABOUT_ABSENCE.search(text) or _REASON.search(text)),
        plan_facts=_plan_facts(text),
        until=bool(_UNTIL.search(text)),
        paired=paired_terms(text, key_terms),
        per_year=bool(PER_YEAR.search(text)),
        figure_years=tuple(int(y) for y in _YEAR.findall(unnamed)),
        yearly_clause=_yearly_clause(unnamed),
        figures=tuple(n for n in re.findall(r"(?<![\w.,])\d+(?:[.,]\d+)?(?![\w])", text) if not _YEAR.fullmatch(n)),
        aspect=aspect,
        frequency=bool(_FREQUENCY.search(text)) and not _YEAR.search(unnamed),  # "hoe vaak … in 2023": a count
        asks_number=bool(_ASKS_NUMBER.search(text) or _MOST_MONEY.search(text)),
        measure=_measure(text),
        priced=_priced(text, place_stems),
        named_things=named_things(text, place_stems),
        verb=_opening_verb(text),
        reason=bool(_REASON.search(text)),
        about_policy=bool(_ABOUT_POLICY.search(text)),
        about_absence=bool(_ABOUT_ABSENCE.search(text)),
        asks_action=bool(_ACTION.search(text)),
        about_residents=bool(_RESIDENTS.search(text)),
        person_post=_person_post(text),
        about_treatment=bool(_TREATMENT.search(text)),
    )


_OF_A_PLAN_ONLY = (FactField.LEGAL_BASIS, FactField.IN_FORCE_FROM)  # facts a question asks of a plan only by naming it


def _plan_facts(text: str) -> tuple[FactField, ...]:
    """The facts of the plan itself that a question asks for. Asked why, none is the answer (the period is no
    reason for it); asked about an earlier plan ("Waarom had het vorige plan een looptijd van vijf jaar?"), only
    which plan that was: the plan's own period and adoption are not that plan's."""
    if _REASON.search(text):
        return ()
    asked = tuple(field for field, pattern in _PLAN_FACTS if pattern.search(text))
    if not re.search(_PLAN_NOUN, text, re.I):
        # "Op welk artikel van de Opiumwet steunt de burgemeester bij het sluiten van drugspanden?", "Vanaf wanneer is
        # de veilige haven open?", "Per wanneer is de Wet aanpak woonoverlast in werking?": the basis or the start
        # of a power, a measure or a law, which the text gives where it describes it, not the plan's own
        asked = tuple(field for field in asked if field not in _OF_A_PLAN_ONLY)
    if _BUDGET_ASKED.search(text) and not _NOT_THE_BUDGET.search(text):
        asked += (FactField.BUDGET,)
    if _EARLIER_PLAN.search(text):
        return tuple(field for field in asked if field == FactField.PREDECESSOR)
    return asked


# "Hoe heet de ondermijningsregisseur?", "Wie is de coördinator ondermijning?": the name of whoever holds a post that
# one person holds ("wie is de trekker" may be a team, "hoe heet de campagne" asks the name of a thing).
_POST = r"(?P<post>[^\W\d][\w-]*(?:\s+(?!van\b|bij\b|in\b|voor\b|binnen\b|die\b|dat\b)[^\W\d][\w-]*)?)"  # a word or two
_NAME_ASKED = re.compile(r"\bhoe\s+heet\s+(?:de|onze|uw)\s+" + _POST, re.I)
_WHO_IS = re.compile(r"\bwie\s+(?:is|was|wordt)\s+(?:de|onze)\s+" + _POST, re.I)
PERSON_POST = re.compile(r"[\w-]*(?:coördinator|coordinator|regisseur|burgemeester|wethouder|adviseur|contactpersoon|"
                          r"functionaris|ambtenaar|wijkagent|directeur|manager|portefeuillehouder|commissaris)", re.I)


def _person_post(text: str) -> str:
    """The post a question asks the holder's name of ('ondermijningsregisseur', 'coördinator ondermijning'), or ''."""
    m = _NAME_ASKED.search(text) or _WHO_IS.search(text)
    if m is None or not any(PERSON_POST.fullmatch(w) for w in m.group("post").split()):
        return ""  # "Hoe heet de campagne …" asks the name of a thing
    return m.group("post").strip(" ?.!")


# Words that make a line a question or a sentence, not keywords typed into a search box
_ASKING_WORD = re.compile(r"\b(?:wat|wie|welk\w*|hoe|waar\w*|wanneer|waarom|hoeveel|is|zijn|was|waren|heeft|hebben|"
                          r"kan|kunnen|wordt|worden|doet|doen|gaat|gaan|noem|geef|vergelijk\w*|beschrijf|over|van\s+de)\b",
                          re.I)
MAX_KEYWORDS = 5  # "woninginbraken Hunzewold 2021": a few words, no question, a year


def _keywords_with_a_year(text: str, named: Sequence[str]) -> bool:
    """Keywords with a year and a topic ("woninginbraken Hunzewold 2021", "jeugdoverlast 2023"): a figure of that
    year is asked for, as the same words with "hoeveel" would ("Doesburg 2024" names no topic)."""
    tokens = words(text)
    places = {w for name in named for w in words(name)}
    topic = [t for t in tokens if t not in places and t not in STOPWORDS and not t.isdigit() and len(t) > 3]
    return (len(tokens) <= MAX_KEYWORDS and "?" not in text and bool(_YEAR.search(text)) and bool(topic)
            and not _PERIOD.search(text) and not _ASKING_WORD.search(text))


_COST_OF = re.compile(r"\bwat\s+(?:kost|kosten)\s+(?:de|het|een|één)\s+(?P<post>[\w-]+)", re.I)
# "Wat gaat de nachtbus … kosten?": what the sum asked is the cost of
_WILL_COST = re.compile(r"\bwat\s+(?:gaat|gaan|zal|zullen)\s+(?:de|het|een|één)\s+(?P<thing>[\w-]+)\b[^?,;]*?\bkosten\b",
                        re.I)


def _priced(text: str, place_stems: set[str]) -> tuple[str, ...]:
    """What the sum of money a question asks for is: the kind of sum it names when it asks how high it is, or who
    pays it ("Hoeveel draagt de zorgverzekeraar bij …"), or the post whose cost it asks ("Wat kost de coördinator …");
    empty when it asks what something else costs."""
    found = [stem(m.group(0).split()[-1]) for m in _PRICE.finditer(text)] if _HOW_HIGH.search(text) else []
    post = _COST_OF.search(text)
    if post and PERSON_POST.fullmatch(post.group("post")):  # "Wat kost de coördinator mensenhandel?": the post's cost
        found.append(stem(post.group("post").lower()))
    thing = _WILL_COST.search(text)
    if thing and not re.fullmatch(_PLAN_STEM, thing.group("thing"), re.I):
        found.append(stem(thing.group("thing").lower()))
    paying = _PAYING.search(text)
    if paying:
        party = paying.group("party").lower()
        if party not in STOPWORDS and party not in _OWN and stem(party) not in place_stems:
            found.append(stem(party))
    return tuple(dict.fromkeys(found))


# A name a question gives a thing: words between quotes with a space inside ("‘Je pas is niet te koop’"), or
# capitalised words after a word for a programme, project or campaign ("het programma Preventie met Gezag"), joined
# by the lower-case words names are written with.
_QUOTED_NAME = re.compile(r"(?<!\w)[‘'\"“](?P<name>[^‘’'\"“”\n]*\s[^‘’'\"“”\n]*)[’'\"”](?!\w)")
_NAME_KIND = r"(?:programma|project|campagne|regeling|fonds|les|lesprogramma|training|actie|pilot)"
_NAME_PARTICLE = r"(?:met|van|voor|en|tegen|in|op|de|het)"
_CAPITALISED_NAME = re.compile(r"\b" + _NAME_KIND + r"\s+(?P<name>[A-Z][\w-]*(?:\s+(?:" + _NAME_PARTICLE
                               + r"\s+)*[A-Z][\w-]*)*)")


def named_things(text: str, place_stems: set[str] = frozenset()) -> tuple[frozenset[str], ...]:
    """The content stems of each name a question gives a programme, project, campaign or lesson; a place's name
    is none (it names where, not what).

    >>> [sorted(n) for n in named_things("Hoeveel kost de les ‘Je pas is niet te koop’?")]
    [['kop', 'pas']]
    >>> [sorted(n) for n in named_things("Hoeveel geld gaat naar het programma Preventie met Gezag?")]
    [['gezag', 'preventie']]
    >>> named_things("Hoeveel geld is er voor het project in Doesburg?", {"doesburg"})
    ()
    """
    found = [m.group("name") for m in _QUOTED_NAME.finditer(text)]
    found += [m.group("name") for m in _CAPITALISED_NAME.finditer(text)]
    names = (frozenset(terms(name)) - place_stems for name in found)
    return tuple(dict.fromkeys(n for n in names if n))


_OPENING_VERB = re.compile(r"^\W*(?:hoe(?:\s+(?:vaak|lang|snel|groot|hoog|veel))?|wanneer|waarom|waar|wie|wat)\s+"
                           r"(?P<verb>[^\W\d_]+)\b", re.I)


def _opening_verb(text: str) -> str:
    """The stem of the verb a question opens with after its question word (Dutch puts it second).

    >>> _opening_verb("Hoe vaak vergadert de lokale driehoek?"), _opening_verb("Welke partners werken samen?")
    ('vergadert', '')
    """
    m = _OPENING_VERB.match(text)
    return stem(fold(m.group("verb"))) if m else ""


def _measure(text: str) -> Measure:
    counting = bool(re.search(r"\b(hoeveel|hoe\s+veel)\b", text, re.I))  # "Hoeveel … en wanneer …": a count first
    if re.search(r"\bin\s+welk\s+jaar\b", text, re.I) or (not counting and re.search(r"\bwanneer\b", text, re.I)):
        return Measure.YEAR
    if _MONEY.search(text) and re.search(r"\b(hoeveel|hoe\s+groot|hoe\s+hoog|welk\s+bedrag|wat)\b", text, re.I) \
            or _COSTS.search(text) or (_SUM.search(text) and _HOW_HIGH.search(text)) or _PAYING.search(text) \
            or _MOST_MONEY.search(text):
        return Measure.MONEY
    if _PERCENT.search(text):
        return Measure.PERCENT
    return Measure.COUNT

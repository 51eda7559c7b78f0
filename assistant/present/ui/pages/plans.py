"""'Plannen in één oogopslag': a card per plan, every item with its source."""

from __future__ import annotations

import json
from datetime import date

import streamlit as st

from assistant.ingest.plan_items import GoalKind
from assistant.insights.plans import plan_cards, status_text
from assistant.present.render_text import inline_text, plain_line
from assistant.present.ui.state import assistant_or_stop
from assistant.present.ui.widgets import SCOPE_LABELS, quoted, source, theme_labels


def render_plans_page() -> None:
    """A card per plan: metadata, priorities, partners, goals and outline, every item with its source."""
    st.title("Plannen in één oogopslag", anchor=False)
    st.caption("Per plan wat het belangrijkste is om te weten, automatisch uit de tekst gehaald en steeds met bron.")
    index = assistant_or_stop().index
    cards = plan_cards(index)
    if not cards:
        st.info("Er zijn nog geen documenten.", icon=":material/info:")
        return
    choice = st.selectbox("Plan", range(len(cards)), key="plans-card",
                          format_func=lambda i: f"{cards[i].municipality} — {cards[i].title}",
                          placeholder="Kies een plan")
    card = cards[choice]
    st.subheader(inline_text(card.title), anchor=False)
    facts = [("Gemeente", card.municipality), ("Periode", card.period), ("Vastgesteld door", card.adopted_by),
             ("Vastgesteld op", card.adopted_on), ("In werking", card.in_force_from), ("Bron", card.source),
             ("Status", status_text(index.documents[card.doc_id].metadata, date.today())),
             ("Vervangen door", index.documents[card.doc_id].metadata.replaced_by)]
    st.dataframe([{"Gegeven": k, "Waarde": v} for k, v in facts if v], hide_index=True)
    st.download_button("Download als JSON", json.dumps(card.to_dict(), ensure_ascii=False, indent=2).encode("utf-8"),
                       file_name=f"plan-{card.doc_id}.json", mime="application/json", icon=":material/download:")

    st.markdown("#### Prioriteiten")
    if not card.priorities:
        st.caption("Geen prioriteitenlijst gevonden in dit plan.")
    for i, p in enumerate(card.priorities):
        scope = f" ({SCOPE_LABELS[p.scope]})" if p.scope in SCOPE_LABELS else ""
        theme = f" — thema: {theme_labels(p.themes)}" if p.themes else ""
        member = f"{p.member}: " if p.member else ""  # a joint plan's priority for one member
        st.markdown(f"- {plain_line(member + p.name)}{inline_text(scope)}{inline_text(theme)}")
        source(p.citation, index, key=f"plan-{card.doc_id}-p{i}")

    st.markdown("#### Partners")
    if not card.partners:
        st.caption("Geen lijst van partners gevonden in dit plan.")
    else:
        st.dataframe([{"Partner": p.name, "Genoemd onder": p.group} for p in card.partners], hide_index=True)
        pick = st.selectbox("Bron van partner", range(len(card.partners)), key=f"plan-{card.doc_id}-partner",
                            format_func=lambda i: card.partners[i].name, placeholder="Kies een partner")
        source(card.partners[pick].citation, index, key=f"plan-{card.doc_id}-partner-src")

    st.markdown("#### Meetbare doelen")
    measurable = card.measurable_goals
    if not measurable:
        st.caption("Dit plan noemt geen doelen met een getal of percentage.")
    for i, goal in enumerate(measurable):
        quoted(goal.text, goal.citation, index, key=f"plan-{card.doc_id}-m{i}", bullet=True)
    others = [g for g in card.goals if g.kind == GoalKind.GOAL and not g.measurable]
    ambitions = [g for g in card.goals if g.kind == GoalKind.AMBITION]
    for title, items, tag in (("overige doelstellingen", others, "o"), ("ambities", ambitions, "a")):
        if items and st.toggle(f"Toon {title} ({len(items)})", key=f"plan-{card.doc_id}-{tag}"):
            for i, goal in enumerate(items):
                label = f"{goal.topic}: " if goal.topic else ""
                st.caption(inline_text(label.rstrip(": ")))
                quoted(goal.text, goal.citation, index, key=f"plan-{card.doc_id}-{tag}{i}", bullet=True)

    st.markdown("#### Inhoud")
    lines = [("    " * (item.level - 1)) + f"- {plain_line(item.title)}" for item in card.outline]
    st.markdown("\n".join(lines) if lines else "*Geen hoofdstukindeling gevonden.*")

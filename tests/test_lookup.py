"""The answer stage's lookups: per-plan vocabularies held compactly, list groups found per plan when read."""

from __future__ import annotations

from assistant.answer.lookup import GROUP_CACHE, PlanVocabulary, _build
from assistant.ingest.structure import BlockKind
from assistant.text import term_set, words


def test_a_plans_vocabulary_is_the_stems_and_words_of_its_whole_text(three_plan_assistant):
    index = three_plan_assistant.index
    vocabulary = PlanVocabulary(index)
    for doc_id, doc in index.documents.items():
        stems, found = vocabulary[doc_id]
        assert stems == term_set(doc.text) and found == frozenset(words(doc.text))
        assert isinstance(stems, frozenset) and "gemeent" in stems


def test_list_groups_are_found_when_a_plan_is_first_read_and_are_its_lists(three_plan_assistant):
    index = three_plan_assistant.index
    groups = _build(index).groups  # a fresh one: nothing read yet
    assert len(groups) == 0
    row_of = {(str(index.sentences.doc[r]), int(index.sentences.start[r])) for r in range(len(index.sentences))}
    for doc_id in sorted(index.documents):
        found = groups[doc_id]
        assert groups[doc_id] is found  # kept, not found again
        doc = index.documents[doc_id]
        expected = {g for g, members in doc.structure.groups().items()
                    if sum(b.kind in (BlockKind.LIST_ITEM, BlockKind.TABLE_ROW) for b in members) >= 2
                    and any((doc_id, b.start) in row_of for b in members)}
        assert {g.group_id for g in found} == expected
        for group in found:
            assert group.doc_id == doc_id and group.rows
            assert all(str(index.sentences.doc[r]) == doc_id for r in group.rows)
    assert len(groups) == min(len(index.documents), GROUP_CACHE)
    assert sum(len(groups[d]) for d in index.documents) > 3  # the seed plans' lists are there


def test_groups_beyond_the_bound_are_dropped_and_found_again_equal(three_plan_assistant, monkeypatch):
    import assistant.answer.lookup as lookup_module

    index = three_plan_assistant.index
    monkeypatch.setattr(lookup_module, "GROUP_CACHE", 2)
    groups = _build(index).groups
    doc_ids = sorted(index.documents)
    assert len(doc_ids) == 3
    first = groups[doc_ids[0]]
    for d in doc_ids[1:]:
        groups[d]
    assert len(groups) <= 2
    again = groups[doc_ids[0]]
    assert again == first and again is not first  # dropped, then found again from the plan

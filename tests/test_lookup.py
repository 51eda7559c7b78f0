"""The answer stage's lookups: per-plan vocabularies held compactly, list groups found per plan when read."""

from __future__ import annotations

from assistant.answer.lookup import GROUP_CACHE, PlanVocabulary, lookups
from assistant.ingest.structure import BlockKind
from assistant.text import term_set, words


def test_a_plans_vocabulary_is_the_stems_and_words_of_its_whole_text(three_plan_assistant):
    index = three_plan_assistant.index
    vocabulary = PlanVocabulary(index)
    for doc_id, doc in index.documents.items():
        stems, found = vocabulary[doc_id]
        assert stems == term_set(doc.text) and found == frozenset(words(doc.text))
        assert isinstance(stems, frozenset) and "gemeent" in stems


def test_list_groups_are_found_when_a_plan_is_first_read_and_equal_its_lists(three_plan_assistant):
    index = three_plan_assistant.index
    groups = lookups(index).groups
    doc_id = sorted(index.documents)[0]
    found = groups[doc_id]
    assert groups[doc_id] is found  # kept, not found again
    assert len(groups) <= min(len(index.documents), GROUP_CACHE)
    doc = index.documents[doc_id]
    lists = {g for g, members in doc.structure.groups().items()
             if sum(b.kind in (BlockKind.LIST_ITEM, BlockKind.TABLE_ROW) for b in members) >= 2}
    assert found and {g.group_id for g in found} <= lists
    for group in found:
        assert group.doc_id == doc_id and group.rows
        assert all(str(index.sentences.doc[r]) == doc_id for r in group.rows)

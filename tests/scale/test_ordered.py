from __future__ import annotations

import pytest

from sitrep.scale.ordered import batches, in_order


def test_batches_cut_a_stream_in_order() -> None:
    assert list(batches(range(7), 3)) == [[0, 1, 2], [3, 4, 5], [6]]
    assert list(batches([], 3)) == []
    with pytest.raises(ValueError, match="batch size"):
        list(batches([1], 0))


def test_results_come_back_in_task_order_with_a_bounded_number_in_flight() -> None:
    pending: list[int] = []
    most = 0

    def submit(task: int) -> int:
        nonlocal most
        pending.append(task)
        most = max(most, len(pending))
        return task

    def wait(task: int) -> int:
        pending.remove(task)
        return task * 10

    assert list(in_order(range(9), submit, wait, in_flight=3)) == [t * 10 for t in range(9)]
    assert most == 3
    assert pending == []


def test_closing_batches_cut_the_end_of_a_stream_finer() -> None:
    from sitrep.scale.ordered import closing_batches

    cut = list(closing_batches(range(400), 32, 2))
    assert [x for batch in cut for x in batch] == list(range(400))
    sizes = [len(b) for b in cut]
    assert sizes[:9] == [32] * 9  # full batches while the end is out of sight
    assert sizes[9:] == sorted(sizes[9:], reverse=True) and sizes[-2] == 4 and sizes[-1] == 2
    assert [len(b) for b in closing_batches(range(7), 32, 2)] == [4, 3]
    assert list(closing_batches([], 32, 2)) == []
    with pytest.raises(ValueError, match="batch size"):
        list(closing_batches([1], 32, 0))

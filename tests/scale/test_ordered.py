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

from sitrep.evaluation.split import is_held_apart


def test_about_one_in_ten_rows_is_held_apart():
    ids = [f"NIG{n}" for n in range(5000)]
    share = sum(map(is_held_apart, ids)) / len(ids)
    assert 0.08 < share < 0.12


def test_the_split_depends_only_on_the_id():
    ids = [f"SOM{n}" for n in range(200)]
    first = [i for i in ids if is_held_apart(i)]
    again = [i for i in reversed(ids) if is_held_apart(i)]
    assert first and sorted(first) == sorted(again)
    assert is_held_apart(" " + first[0] + "\n")

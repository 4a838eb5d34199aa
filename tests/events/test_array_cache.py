"""Arrays of an .npz kept decompressed in the cache folder: the same values, read back."""

from __future__ import annotations

import io
from pathlib import Path

import numpy as np
import pytest

from sitrep.events.array_cache import inflate_npz, read_npz


def _npz(seed: int) -> bytes:
    rng = np.random.default_rng(seed)
    out = io.BytesIO()
    np.savez_compressed(out, weights=rng.integers(-128, 127, (300, 7), dtype=np.int8),
                        bias=rng.random(7, dtype=np.float32))
    return out.getvalue()


def _same(a: dict[str, np.ndarray], b: dict[str, np.ndarray]) -> None:
    assert a.keys() == b.keys()
    for name in a:
        assert a[name].dtype == b[name].dtype and a[name].shape == b[name].shape
        assert np.array_equal(a[name], b[name])


def test_the_first_read_writes_the_arrays_and_later_reads_map_them(tmp_path: Path) -> None:
    data = _npz(1)
    first = read_npz(data, tmp_path)
    _same(first, inflate_npz(data))
    [folder] = (tmp_path / "arrays").iterdir()
    assert sorted(p.name for p in folder.iterdir()) == ["bias.npy", "weights.npy"]
    again = read_npz(data, tmp_path)
    _same(again, first)
    assert not again["weights"].flags.writeable  # mapped from the file, not inflated again
    assert type(again["weights"]) is np.ndarray


def test_other_content_gets_its_own_folder(tmp_path: Path) -> None:
    one, two = read_npz(_npz(1), tmp_path), read_npz(_npz(2), tmp_path)
    assert len(list((tmp_path / "arrays").iterdir())) == 2
    assert not np.array_equal(one["weights"], two["weights"])
    _same(read_npz(_npz(2), tmp_path), inflate_npz(_npz(2)))


def test_a_damaged_copy_is_written_again(tmp_path: Path) -> None:
    data = _npz(3)
    read_npz(data, tmp_path)
    [folder] = (tmp_path / "arrays").iterdir()
    weights = folder / "weights.npy"
    weights.write_bytes(weights.read_bytes()[:200])  # cut short
    _same(read_npz(data, tmp_path), inflate_npz(data))
    _same(read_npz(data, tmp_path), inflate_npz(data))


def test_an_unwritable_cache_still_gives_the_arrays(tmp_path: Path) -> None:
    blocked = tmp_path / "a-file"
    blocked.write_text("not a folder")
    _same(read_npz(_npz(4), blocked), inflate_npz(_npz(4)))


def test_the_shipped_model_predicts_the_same_from_the_cache(tmp_path: Path,
                                                            monkeypatch: pytest.MonkeyPatch
                                                            ) -> None:
    from sitrep.events import classifier

    texts = ["Gunmen stormed a village and shot dead four farmers.",
             "Students marched peacefully to the ministry to demand lower fees."]
    monkeypatch.setenv("SITREP_HOME", str(tmp_path))
    written = classifier.load().predict(texts)
    assert (tmp_path / "arrays").is_dir()
    mapped = classifier.load().predict(texts)
    assert mapped == written
    assert [p.sub_event_type for p in mapped] == [p.sub_event_type
                                                  for p in classifier.predict(texts)]

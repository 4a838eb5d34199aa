"""The geoparsing gold corpora: GeoWebNews and GeoVirus, read into texts and gold toponyms.

- **GeoWebNews** (``GWN.xml``): every ``<toponym>`` is read with its annotation
  ``type``. Those that carry coordinates (Literal, Literal_Modifier, Mixed,
  Coercion, Embedded_Literal, Metonymic, Non_Literal_Modifier, Embedded_Non_Lit)
  are gold; the others (Demonym, Non_Toponym, Literal_Expression …) are not, and a
  prediction on one is a false positive tallied apart.
- **GeoVirus** (``GeoVirus.xml``): every ``<location>`` is gold. Its offsets are one
  character too far right, so each span is re-anchored on its name within a few
  characters (GeoWebNews spans are re-anchored the same way when needed).
  GeoVirus does not annotate demonyms ("Canadian", "European"), so places with the
  role "qualifier" are left out when it is scored (:data:`UNANNOTATED_ROLES`);
  GeoWebNews annotates them (types Non_Literal_Modifier, Literal_Modifier, Mixed).
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

__all__ = ["CORPORA", "LITERAL", "UNANNOTATED_ROLES", "Toponym", "Document", "anchor",
           "read_corpus"]

#: Corpus name -> file under the gold-data folder.
CORPORA = {"gwn": "geoparsing/GWN.xml", "geovirus": "geoparsing/GeoVirus.xml"}
#: The GeoWebNews types that name the place itself (recall is also given over these).
LITERAL = frozenset({"Literal", "Literal_Modifier", "Mixed", "Coercion", "Embedded_Literal"})
#: Corpus name -> the place roles its annotators did not mark, left out when scoring it.
UNANNOTATED_ROLES: dict[str, frozenset[str]] = {"gwn": frozenset(),
                                                "geovirus": frozenset({"qualifier"})}


@dataclass(frozen=True, slots=True)
class Toponym:
    """A gold toponym: its name, span, annotation type and coordinates (if any)."""

    name: str
    start: int
    end: int
    kind: str
    lat: float | None = None
    lon: float | None = None

    @property
    def located(self) -> bool:
        return self.lat is not None and self.lon is not None


@dataclass(slots=True)
class Document:
    text: str
    toponyms: list[Toponym]


def anchor(text: str, name: str, start: int, end: int, slack: int = 3) -> tuple[int, int]:
    """The gold span moved onto ``name`` when the given offsets are a few characters off.

    >>> anchor("in Pandi, Bulacan", "Pandi", 4, 9)
    (3, 8)
    """
    if text[start:end] == name:
        return start, end
    for shift in sorted(range(-slack, slack + 1), key=abs):
        if text[start + shift:start + shift + len(name)] == name:
            return start + shift, start + shift + len(name)
    return start, end


def _float(node: ET.Element, tag: str) -> float | None:
    child = node.find(tag)
    return float(child.text) if child is not None and child.text else None


def _int(node: ET.Element, tag: str) -> int:
    return int(node.findtext(tag) or "0")


def read_gwn(path: Path) -> Iterator[Document]:
    """GeoWebNews articles with every ``<toponym>`` (gold or not)."""
    for art in ET.parse(path).getroot().iter("article"):
        text = art.findtext("text") or ""
        toponyms = []
        for top in art.iter("toponym"):
            name = top.findtext("extractedName") or ""
            start, end = anchor(text, name, _int(top, "start"), _int(top, "end"))
            toponyms.append(Toponym(name, start, end, top.findtext("type") or "",
                                    _float(top, "latitude"), _float(top, "longitude")))
        yield Document(text, toponyms)


def read_geovirus(path: Path) -> Iterator[Document]:
    """GeoVirus articles; every ``<location>`` is a gold toponym of kind "Location"."""
    for art in ET.parse(path).getroot().iter("article"):
        text = art.findtext("text") or ""
        toponyms = []
        for loc in art.iter("location"):
            name = loc.findtext("name") or ""
            start, end = anchor(text, name, _int(loc, "start"), _int(loc, "end"))
            toponyms.append(Toponym(name, start, end, "Location",
                                    _float(loc, "lat"), _float(loc, "lon")))
        yield Document(text, toponyms)


def read_corpus(name: str, path: Path) -> list[Document]:
    """The documents of corpus ``name`` (a key of :data:`CORPORA`) read from ``path``."""
    reader = read_gwn if name == "gwn" else read_geovirus
    return list(reader(path))

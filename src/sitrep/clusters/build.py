"""Putting stored events into clusters, incrementally.

Every stored event belongs to exactly one cluster (most to a cluster of one).
:func:`cluster_new` takes the events in no cluster yet, in the order they were
stored, and for each one:

1. looks up candidate clusters with one indexed query: the same country and
   event type, dates within the widest window, a box of 25 km around the place
   or the same admin2/admin1 (:func:`sitrep.clusters.sql.candidate_clusters`);
2. keeps the candidates whose **every** member matches it
   (:func:`sitrep.clusters.match.compatible`; so none holds an event of its
   own article), and joins the one it matches best (ties: the smaller id);
3. otherwise founds a new cluster.

Then each cluster it touched gets its row and contradictions written again
(:mod:`sitrep.clusters.figures`). Nothing outside the candidates is read.

**Stable ids.** A cluster's id is ``"cl"`` and 16 hex digits of the SHA-1 of
its founder's event id. The founder is the first member stored (by
``ingested_at``, then article id, then event id); a member that joins later
never changes the id, so adding articles, related or not, keeps every id, and
re-ingesting adds nothing.

**No merges.** Since every member of a cluster matches every other, two
clusters never merge: had every member of one matched every member of the
other, the later one's founder would have joined the earlier cluster instead
of founding its own. A report that matches two clusters joins the closer one.
:func:`rebuild` forgets every cluster and runs :func:`cluster_new` over all
stored events in stored order, which gives the same clusters and ids as
ingesting did; after a change of the matching rules it may regroup events,
and a cluster keeps its id whenever it keeps its founder.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime

from ..store.backend import Connection
from . import sql
from .figures import contradictions, summarise
from .match import Member, compatible, date_window, score, settings

__all__ = ["ClusterResult", "cluster_id_for", "cluster_new", "rebuild"]


@dataclass(frozen=True, slots=True)
class ClusterResult:
    """What a clustering run did."""

    events: int = 0  # events placed
    joined: int = 0  # of them, joined an existing cluster
    founded: int = 0  # of them, founded a new cluster


def cluster_id_for(founder_event_id: str) -> str:
    """The id of a cluster founded by this event."""
    return "cl" + hashlib.sha1(founder_event_id.encode("utf-8")).hexdigest()[:16]


class _Run:
    """One pass over new events; clusters read from the store are cached."""

    def __init__(self, conn: Connection, now: str) -> None:
        self.conn = conn
        self.now = now
        self.members: dict[str, list[Member]] = {}
        self.touched: dict[str, None] = {}
        config = settings()
        self.windows: dict[int, int] = config["windows"]
        self.radius = float(config["radius_km"])
        self.reach = int(config["published_date_days"])
        self.joined = self.founded_count = 0

    def cluster(self, cluster_id: str) -> list[Member]:
        if cluster_id not in self.members:
            self.members[cluster_id] = sql.members_of(self.conn, cluster_id)
        return self.members[cluster_id]

    def _fits(self, member: Member, cluster_id: str) -> float | None:
        """The best score of ``member`` against a cluster it fully matches, else None."""
        others = self.cluster(cluster_id)
        if not others or not all(compatible(member, other) for other in others):
            return None
        return max(score(member, other) for other in others)

    def place(self, member: Member) -> None:
        options: list[tuple[float, str]] = []
        if member.day is not None and member.iso is not None and member.event_type:
            reach = max(date_window(member), self.reach)
            for cluster_id in sql.candidate_clusters(self.conn, member, reach, self.windows,
                                                     self.radius):
                fit = self._fits(member, cluster_id)
                if fit is not None:
                    options.append((fit, cluster_id))
        if not options:
            cluster_id = cluster_id_for(member.event_id)
            self.members[cluster_id] = []
            self._add(member, cluster_id, None)
            self.founded_count += 1
            return
        options.sort(key=lambda o: (-o[0], o[1]))
        best_score, best = options[0]
        self._add(member, best, best_score)
        self.joined += 1

    def _add(self, member: Member, cluster_id: str, fit: float | None) -> None:
        sql.link(self.conn, member, cluster_id, fit, self.now)
        member.cluster_id = cluster_id
        self.members[cluster_id].append(member)
        self.touched[cluster_id] = None

    def write(self) -> None:
        for cluster_id in self.touched:
            members = sorted(self.members[cluster_id], key=lambda m: m.order)
            found = contradictions(members)
            sql.write_summary(self.conn, cluster_id, summarise(members), len(members),
                              len({c.field for c in found}), members[0], self.now)
            sql.write_contradictions(self.conn, cluster_id, found)


def _place_new(conn: Connection, progress: Callable[[int], None] | None) -> ClusterResult:
    run = _Run(conn, datetime.now(UTC).isoformat(timespec="seconds"))
    new = sql.unclustered(conn)
    for member in new:
        run.place(member)
        if progress is not None:
            progress(1)
    run.write()
    return ClusterResult(events=len(new), joined=run.joined, founded=run.founded_count)


def cluster_new(conn: Connection, *,
                progress: Callable[[int], None] | None = None) -> ClusterResult:
    """Place every stored event that is in no cluster yet (module docstring).

    ``progress`` is called with 1 after each event. One transaction: on an
    error nothing is written.
    """
    with sql.transaction(conn):
        return _place_new(conn, progress)


def rebuild(conn: Connection, *,
            progress: Callable[[int], None] | None = None) -> ClusterResult:
    """Forget every cluster and place all stored events again, in stored order.

    One transaction: on an error the clusters stay as they were.
    """
    with sql.transaction(conn):
        sql.clear(conn)
        return _place_new(conn, progress)

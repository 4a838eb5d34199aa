"""Putting stored events into clusters, the same whatever order they arrived in.

Every stored event belongs to exactly one cluster (most to a cluster of one).
Clustering takes events in **published order** (the article's published
date, then article id, then event id; a missing date first), never in the
order they were stored, and places each one:

1. it looks up candidate clusters with one indexed query: the same country and
   event type, dates within the widest window, a box of 25 km around the place
   or the same admin2/admin1 (:func:`sitrep.clusters.sql.candidate_clusters`);
2. of each candidate it considers only the members published before it (what
   the cluster held when its turn came), keeps the candidates whose **every**
   such member matches it (:func:`sitrep.clusters.match.compatible`; so none
   holds an event of its own article), and joins the one it matches best
   (ties: the smaller id);
3. otherwise it founds a new cluster.

So the clusters are a function of the set of stored events alone: ingesting
the same articles in any order, in one run or many, killed and resumed, gives
the same clusters with the same ids.

**Ids.** A cluster's id is ``"cl"`` and 16 hex digits of the SHA-1 of its
founder's event id; the founder is its first member in published order. A
member published later never changes the id. A related report published
*earlier* than the founder, stored later, becomes the founder, and the
cluster's id changes (the old id is gone, not reused).

**Incremental = rebuild.** :func:`cluster_new` places the events in no cluster
yet, in published order, among the events already clustered. When an event
lands in a cluster (or leaves one, or a cluster changes founder), the
placement of every event published after it that may match a member of that
cluster could change; those events are placed again, in the same published
order, in the same pass. An event whose placement changed passes this on in
turn, so the pass ends where :func:`rebuild` would have ended: the same
clusters, ids and scores. :class:`ClusterResult` counts the events placed
again (``again``) and those of them that changed cluster (``moved``).
Storing an article anew (``ingest --replace``) dissolves the clusters its
events were in (:mod:`sitrep.store.writer`); their events are placed again
like new ones.

**No merges.** Since every member of a cluster matches every other, two
clusters never merge: had every member of one matched every member of the
other, the later one's founder would have joined the earlier cluster instead
of founding its own. A report that matches two clusters joins the closer one.
Then each cluster whose members changed gets its row and contradictions
written again (:mod:`sitrep.clusters.figures`); one left with no member is
deleted.
"""

from __future__ import annotations

import bisect
import hashlib
import heapq
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

    events: int = 0  # events placed that were in no cluster
    joined: int = 0  # of them, joined a cluster
    founded: int = 0  # of them, founded a new cluster
    again: int = 0  # clustered events placed again, since a new one may change their place
    moved: int = 0  # of them, ended in another cluster (or one with another id)


def cluster_id_for(founder_event_id: str) -> str:
    """The id of a cluster founded by this event."""
    return "cl" + hashlib.sha1(founder_event_id.encode("utf-8")).hexdigest()[:16]


class _Run:
    """One pass in published order; clusters read from the store are cached and kept
    current as events move, and the store's link rows follow each move at once."""

    def __init__(self, conn: Connection, now: str, *, ripple: bool) -> None:
        self.conn = conn
        self.now = now
        self.ripple = ripple  # place again what a move may change (off when all are new)
        self.members: dict[str, list[Member]] = {}
        self.touched: dict[str, None] = {}
        self.queue: list[tuple[str, str]] = []
        self.queued: dict[str, Member] = {}
        self.near: dict[str, list[Member]] = {}
        config = settings()
        self.windows: dict[int, int] = config["windows"]
        self.radius = float(config["radius_km"])
        self.reach = int(config["published_date_days"])
        self.joined = self.founded = self.again = self.moved = 0

    def cluster(self, cluster_id: str) -> list[Member]:
        if cluster_id not in self.members:
            self.members[cluster_id] = sql.members_of(self.conn, cluster_id)
        return self.members[cluster_id]

    def _placeable(self, member: Member) -> bool:
        return member.day is not None and member.iso is not None and bool(member.event_type)

    def _reach(self, member: Member) -> int:
        return max(date_window(member), self.reach)

    def _fits(self, member: Member, cluster_id: str) -> float | None:
        """The best score of ``member`` against the members published before it, when it
        matches every one of them; else None."""
        before = [m for m in self.cluster(cluster_id) if m.order < member.order]
        if not before or not all(compatible(member, other) for other in before):
            return None
        return max(score(member, other) for other in before)

    def decide(self, member: Member) -> tuple[str, float | None]:
        """The cluster ``member`` belongs in, and its score there (None: it founds it)."""
        options: list[tuple[float, str]] = []
        if self._placeable(member):
            for cluster_id in sql.candidate_clusters(self.conn, member, self._reach(member),
                                                     self.windows, self.radius):
                fit = self._fits(member, cluster_id)
                if fit is not None:
                    options.append((fit, cluster_id))
        if not options:
            return cluster_id_for(member.event_id), None
        best_score, best = min(options, key=lambda o: (-o[0], o[1]))
        return best, best_score

    def push(self, member: Member) -> None:
        """Queue an event for placing (once a run: each is placed after every event
        published before it, so nothing placed later can change it)."""
        if member.event_id not in self.queued:
            self.queued[member.event_id] = member
            heapq.heappush(self.queue, (member.order, member.event_id))

    def run(self, progress: Callable[[int], None] | None) -> None:
        while self.queue:
            _, event_id = heapq.heappop(self.queue)
            member = self.queued[event_id]
            self.place(member)
            if progress is not None:
                progress(1)

    def place(self, member: Member) -> None:
        was = member.cluster_id
        cluster_id, fit = self.decide(member)
        if was is None:
            self.joined += fit is not None
            self.founded += fit is None
        else:
            self.again += 1
            self.moved += was != cluster_id
            self._leave(member, was)
        if fit is None and not self.ripple:  # after a clear, a new id has no stored member
            self.members.setdefault(cluster_id, [])
        held = self.cluster(cluster_id)  # read before the link row is written
        sql.link(self.conn, member, cluster_id, fit, self.now)
        member.cluster_id = cluster_id
        bisect.insort(held, member, key=lambda m: m.order)
        self.touched[cluster_id] = None
        if self.ripple and was != cluster_id:
            for changed in (was, cluster_id):
                if changed is not None:
                    self._stir(changed, member.order)

    def _leave(self, member: Member, cluster_id: str) -> None:
        sql.unlink(self.conn, member.event_id)
        held = self.cluster(cluster_id)
        held[:] = [m for m in held if m.event_id != member.event_id]
        self.touched[cluster_id] = None

    def _stir(self, cluster_id: str, after: str) -> None:
        """Queue every event published after ``after`` whose place may depend on this
        cluster's members: its later members, and the later events that may match any
        member (only those can have had it as an option)."""
        for member in list(self.cluster(cluster_id)):
            if member.order > after:
                self.push(member)
            if not self._placeable(member):
                continue
            if member.event_id not in self.near:
                self.near[member.event_id] = sql.neighbours(
                    self.conn, member, self._reach(member), self.windows, self.radius)
            for other in self.near[member.event_id]:
                if other.order > after:
                    self.push(other)

    def write(self) -> None:
        for cluster_id in self.touched:
            members = self.members[cluster_id]
            if not members:
                sql.drop(self.conn, cluster_id)
                continue
            found = contradictions(members)
            sql.write_summary(self.conn, cluster_id, summarise(members), len(members),
                              len({c.field for c in found}), members[0], self.now)
            sql.write_contradictions(self.conn, cluster_id, found)


def _place_new(conn: Connection, progress: Callable[[int], None] | None, *,
               ripple: bool) -> ClusterResult:
    run = _Run(conn, datetime.now(UTC).isoformat(timespec="seconds"), ripple=ripple)
    new = sql.unclustered(conn)
    for member in new:
        run.push(member)
    run.run(progress)
    run.write()
    return ClusterResult(events=len(new), joined=run.joined, founded=run.founded,
                         again=run.again, moved=run.moved)


def cluster_new(conn: Connection, *,
                progress: Callable[[int], None] | None = None) -> ClusterResult:
    """Place every stored event that is in no cluster yet, and place again the clustered
    events whose place that may change (module docstring).

    ``progress`` is called with 1 after each event placed. One transaction: on an
    error nothing is written.
    """
    with sql.transaction(conn):
        return _place_new(conn, progress, ripple=True)


def rebuild(conn: Connection, *,
            progress: Callable[[int], None] | None = None) -> ClusterResult:
    """Forget every cluster and place all stored events again, in published order.

    One transaction: on an error the clusters stay as they were.
    """
    with sql.transaction(conn):
        sql.clear(conn)
        return _place_new(conn, progress, ripple=False)

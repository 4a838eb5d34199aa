"""Clusters across reports: events from different articles that describe one happening.

- :mod:`~sitrep.clusters.match`: when two stored events may be one happening;
- :mod:`~sitrep.clusters.figures`: a cluster's own figures, and its contradictions;
- :mod:`~sitrep.clusters.build`: placing new events incrementally; stable ids;
- :mod:`~sitrep.clusters.sql`: every statement on the cluster tables;
- :mod:`~sitrep.clusters.listing`: clusters and contradictions as rows for output.

Clusters are link rows (``cluster_events``) beside the events: no stored event
is ever changed or deleted. See docs/clusters.md.
"""

from __future__ import annotations

from .build import ClusterResult, cluster_id_for, cluster_new, rebuild
from .listing import list_clusters, list_contradictions

__all__ = [
    "ClusterResult", "cluster_id_for", "cluster_new", "list_clusters", "list_contradictions",
    "rebuild",
]  # fmt: skip

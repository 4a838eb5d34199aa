"""A throwaway local PostgreSQL server, for tests and benchmarks.

:class:`TempCluster` runs ``initdb`` in a temporary folder and starts a
server that listens only on a Unix socket inside it (no TCP port, so several
can run side by side), with locale ``C.UTF-8`` so text sorts and lowercases as
in SQLite. When running as root, the server runs as the ``postgres`` user, as
PostgreSQL requires. The binaries are looked up in ``$SITREP_PG_BIN``, then
``/usr/lib/postgresql/<version>/bin`` (newest first), then ``PATH``.

Example:

    >>> with TempCluster() as cluster:            # doctest: +SKIP
    ...     url = cluster.create_database("scratch")
    ...     store = Store.open(url)
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import tempfile
from pathlib import Path
from types import TracebackType

from ..errors import StoreError

__all__ = ["TempCluster", "create_schema", "drop_schema", "find_binaries"]

_PG_ROOT = Path("/usr/lib/postgresql")


def find_binaries() -> Path | None:
    """The folder holding ``initdb`` and ``pg_ctl``, or None if PostgreSQL is not installed."""
    given = os.environ.get("SITREP_PG_BIN")
    if given:
        return Path(given) if (Path(given) / "initdb").exists() else None
    if _PG_ROOT.is_dir():
        versions = [p for p in _PG_ROOT.iterdir() if (p / "bin" / "initdb").exists()]
        versions.sort(key=lambda p: [int(n) for n in re.findall(r"\d+", p.name)] or [0])
        if versions:
            return versions[-1] / "bin"
    found = shutil.which("initdb")
    return Path(found).parent if found else None


def create_schema(url: str, schema: str) -> str:
    """Create ``schema`` in the database at ``url``; a URL whose tables live in it.

    Lets many tests share one database, each in a schema of its own.
    """
    import psycopg

    _check_name(schema)
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute(f"CREATE SCHEMA {schema}")
    joiner = "&" if "?" in url else "?"
    return f"{url}{joiner}options=-csearch_path%3D{schema}"


def drop_schema(url: str, schema: str) -> None:
    """Drop ``schema`` and everything in it (``url`` is the database's, not the schema's)."""
    import psycopg

    _check_name(schema)
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute(f"DROP SCHEMA IF EXISTS {schema} CASCADE")


def _check_name(name: str) -> None:
    if not re.fullmatch(r"[a-z_][a-z0-9_]*", name):
        raise ValueError(f"a name of lowercase letters, digits and _ please, not {name!r}")


class TempCluster:
    """A PostgreSQL server in a temporary folder, removed by :meth:`stop`.

    ``durable=False`` (the default) turns fsync off: fine for tests, which
    never outlive the server; benchmarks of commit speed pass ``durable=True``.
    """

    def __init__(self, *, durable: bool = False, port: int = 5432) -> None:
        binaries = find_binaries()
        if binaries is None:
            raise StoreError(
                "PostgreSQL is not installed (no initdb found); install it "
                "(apt-get install postgresql) or set SITREP_PG_BIN."
            )
        self.bin = binaries
        self.durable = durable
        self.port = port
        self.folder: Path | None = None
        self._user = "postgres" if os.geteuid() == 0 else None

    def __enter__(self) -> TempCluster:
        self.start()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()

    @property
    def socket_dir(self) -> Path:
        if self.folder is None:
            raise StoreError("the temporary PostgreSQL server is not started.")
        return self.folder

    def start(self) -> None:
        """Create the cluster and start its server; waits until it accepts connections."""
        self.folder = Path(tempfile.mkdtemp(prefix="sitrep-pg-"))
        data = self.folder / "data"
        if self._user:
            shutil.chown(self.folder, user=self._user)
            self.folder.chmod(0o700)
        self._run("initdb", "-D", str(data), "-U", "postgres", "--auth=trust", "-E", "UTF8",
                  "--locale=C.UTF-8", "--no-instructions", *(() if self.durable else ("-N",)))
        options = f"-k {self.folder} -c listen_addresses='' -p {self.port}"
        if not self.durable:
            options += " -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
        self._run("pg_ctl", "-D", str(data), "-l", str(self.folder / "log"), "-w",
                  "-o", options, "start")

    def url(self, database: str = "postgres") -> str:
        """A URL for ``database`` on this server."""
        return f"postgresql://postgres@/{database}?host={self.socket_dir}&port={self.port}"

    def create_database(self, name: str) -> str:
        """Create an empty database (``C.UTF-8``) and return its URL."""
        _check_name(name)
        self._run("psql", "-q", "-h", str(self.socket_dir), "-p", str(self.port), "-U",
                  "postgres", "-d", "postgres", "-c",
                  f"CREATE DATABASE {name} TEMPLATE template0 ENCODING 'UTF8' "
                  "LC_COLLATE 'C.UTF-8' LC_CTYPE 'C.UTF-8'")
        return self.url(name)

    def stop(self) -> None:
        """Stop the server (fast shutdown) and delete its folder."""
        if self.folder is None:
            return
        data = self.folder / "data"
        if (data / "postmaster.pid").exists():
            self._run("pg_ctl", "-D", str(data), "-m", "fast", "-w", "stop", check=False)
        shutil.rmtree(self.folder, ignore_errors=True)
        self.folder = None

    def _run(self, program: str, *args: str, check: bool = True) -> None:
        command = [str(self.bin / program), *args]
        done = subprocess.run(command, capture_output=True, text=True, user=self._user,
                              cwd=self.folder, check=False)
        if check and done.returncode != 0:
            raise StoreError(
                f"{program} failed (exit {done.returncode}): "
                f"{(done.stderr or done.stdout).strip()[-500:]}"
            )

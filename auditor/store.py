"""The claims archive: documents and their claims in one embedded DuckDB file.

Nothing to start by hand: ``ClaimStore(path)`` creates the file on first use
and brings its schema up to date (``schema_version`` records every migration
applied, in order).

A stored document is identified by its source and its id together (issue 17:
a front-matter ``id:`` equal to another outlet's archived id replaced that
outlet's document). Ingesting is idempotent: a document already stored with
the same source, id and content hash adds nothing; one whose text changed
replaces its row and all its claims; one with the id of another source's
document is stored beside it. Every ingest runs in one transaction
(or one per ``commit_every`` documents), so a killed or failing ingest
leaves the store as it was before the open transaction.

Stored claims come back as ``Claim`` values, already resolved, so an audit
of drafts takes the archive's claims of the drafts' quantities
(``claims_against``, narrowed in SQL by quantity key) and runs the one
engine, ``auditor.audit.audit``, over both; the archive knows no rule type.
An audit needs one id per document, so a stored document whose id another
source also uses comes back as ``id@source``. ``query_claims`` reads the archive back through a
read-only connection with external access disabled, and accepts only a
``WHERE`` condition over the claims table (no subqueries, no other tables).
"""

from __future__ import annotations

import datetime as dt
import json
import re
from contextlib import contextmanager
from dataclasses import MISSING, dataclass, field, fields
from operator import attrgetter
from pathlib import Path
from typing import Any, Iterable, Iterator, Sequence

import pandas as pd

from auditor.claims import CLAIM_COLUMNS, Claim, of_incident, with_doc_id
from auditor.documents import Document, parse_published
from auditor.errors import InputError

SCHEMA_VERSION = 6

_SQL_TYPES = {"str": "VARCHAR", "int": "BIGINT", "float": "DOUBLE", "bool": "BOOLEAN"}


def _claim_column_types() -> list[tuple[str, str]]:
    import typing

    hints = typing.get_type_hints(Claim)
    out = []
    for name in CLAIM_COLUMNS:
        t = hints[name]
        base = next((a for a in typing.get_args(t) if a is not type(None)), t)
        out.append((name, _SQL_TYPES[base.__name__]))
    return out


CLAIM_SQL_COLUMNS = _claim_column_types()
# the claim columns of schema version 1 (a shipped migration never changes); version 2 adds
# the rest: the quantity fields of resolve and the relations of one document's figures
_V1_NAMES = ("doc", "source", "published", "start", "end", "text", "value", "low", "high", "low_inclusive",
             "high_inclusive", "hedge", "unit", "thing", "measure", "when_start", "when_end", "where",
             "according_to", "id", "number_start", "number_end", "sentence_start", "sentence_end", "thing_class",
             "thing_key", "kind", "part_of", "in_title")
_V1_COLUMNS = [(n, t) for n, t in CLAIM_SQL_COLUMNS if n in _V1_NAMES]
# the claim columns schema version 2 added, as shipped (a claim field added later needs a migration
# of its own: ``test_store`` fails while a field of ``Claim`` has no column)
_V2_NAMES = ("quantity", "quantity_kind", "as_of", "source_chain", "superseded", "head", "list_of", "is_total",
             "share_of", "share_part", "share_list", "change", "direction", "change_from", "change_by", "same_as",
             "earlier", "revised")
_SQL_TYPE_OF = dict(CLAIM_SQL_COLUMNS)
FLUSH_EVERY = 2048       # documents per write: few round trips, a few MiB of text in memory
_STAGING_TABLES = ("_staged_documents", "_staged_claims", "_replaced_keys")   # see ClaimStore._staging
INGEST_MEMORY_LIMIT = "256MB"   # DuckDB's share while ingesting (see ClaimStore._memory_limit)
DOCUMENT_COLUMNS = ("id", "content_hash", "source", "published", "title", "url", "path", "ignore", "text")
DOCUMENT_SQL_COLUMNS = [(name, "VARCHAR") for name in DOCUMENT_COLUMNS]

# Each migration brings the schema from version n-1 to n; never edit one that
# has shipped, add the next.
MIGRATIONS: dict[int, list[str]] = {
    1: [
        """CREATE TABLE documents (
               id VARCHAR NOT NULL, content_hash VARCHAR NOT NULL, source VARCHAR,
               published VARCHAR, title VARCHAR, url VARCHAR, path VARCHAR,
               ignore VARCHAR, text VARCHAR NOT NULL)""",
        "CREATE TABLE claims (" + ", ".join(f'"{n}" {t}' for n, t in _V1_COLUMNS) + ")",
    ],
    # the quantity fields of resolve; claims stored before it have none until re-ingested
    2: [f'ALTER TABLE claims ADD COLUMN "{n}" {t}' for n, t in CLAIM_SQL_COLUMNS if n in _V2_NAMES],
    # a document is identified by (source, id), a claim by (source, id): no column changes
    # (a store of version 2 holds one document per id, valid as it is), but an auditor that
    # replaces by id alone must no longer write to the store, and the version tells it so
    3: [],
    # where in its day a figure held (resolve/day_marks.py); claims stored before have none until
    # re-ingested, and are ordered within a day by their documents' clock times alone, as before
    4: [f'ALTER TABLE claims ADD COLUMN IF NOT EXISTS "{n}" {_SQL_TYPE_OF[n]}'
        for n in ("day_minute", "marked_later", "still_rising")],
    # a time carried from the paragraph's frame (extract/time_frame.py); claims stored before read as stated
    5: [f'ALTER TABLE claims ADD COLUMN IF NOT EXISTS "when_carried" {_SQL_TYPE_OF["when_carried"]}'],
    # a source or a place carried from context (extract/carried_scope.py); claims stored before read as stated
    6: [f'ALTER TABLE claims ADD COLUMN IF NOT EXISTS "{n}" {_SQL_TYPE_OF[n]}'
        for n in ("according_carried", "where_carried")],
}
# a store of this schema or later is read as it is: the migrations after it only add claim columns,
# and a column a store lacks reads as the field's default (``claim_select``)
READABLE_AS_IT_IS = 2
MIGRATION_NOTES = {1: "documents and claims", 2: "the quantity fields of resolve",
                   3: "documents identified by (source, id)", 4: "where in its day a figure held",
                   5: "times carried from a paragraph's frame",
                   6: "sources and places carried from context"}



@contextmanager
def _transaction(con) -> Iterator[None]:
    """One DuckDB transaction: committed when the block ends, rolled back on any exception
    (a killed or interrupted run leaves the store as it was)."""
    con.execute("BEGIN TRANSACTION")
    try:
        yield
        con.execute("COMMIT")
    except BaseException:
        con.execute("ROLLBACK")
        raise

class StoreError(InputError):
    """The archive cannot be opened, is of a newer schema, or a query is refused."""


def _one(con, sql: str, params: Sequence[Any] = (), store: str = "claims store") -> tuple:
    """The row of a statement that always gives one (an aggregate, DuckDB's count of rows
    an INSERT or DELETE changed); a missing row means the file is not what DuckDB wrote."""
    row = con.execute(sql, list(params) if params else None).fetchone()
    if row is None:
        raise StoreError(f"{store}: damaged claims store (no result from `{' '.join(sql.split())[:60]}`)")
    return row


@dataclass
class IngestStats:
    added: int = 0
    replaced: int = 0
    unchanged: int = 0
    claims: int = 0
    problems: int = 0

    def __str__(self) -> str:
        return (f"{self.added} added, {self.replaced} replaced, {self.unchanged} unchanged; "
                f"{self.claims:,} claims written")


_HEADER = 4096           # DuckDB's file: a main header and two database headers of 4 KB, then blocks


def check_store_file(path: str) -> None:
    """Refuse a file that is not a whole DuckDB database, before anything writes to it
    (issue 17: a store truncated to half its size was read and written with exit 0).

    Through a read-only connection: every block a table's data lives in (DuckDB's
    storage metadata, not the data itself) must lie within the file. A missing or
    empty file is fine: DuckDB creates it.
    """
    import duckdb

    try:
        size = Path(path).stat().st_size
    except FileNotFoundError:
        return
    except OSError as exc:
        raise StoreError(f"{path}: cannot open claims store: {exc.strerror or exc}") from None
    if size == 0 or not Path(path).is_file():
        return
    damaged = f"{path}: damaged claims store"
    try:
        with open(path, "rb") as fh:
            if fh.read(12)[8:12] != b"DUCK":
                raise StoreError(f"{path}: not a claims store (not a DuckDB database file); nothing was written")
        con = duckdb.connect(path, read_only=True)
    except duckdb.Error as exc:
        raise StoreError(f"{path}: cannot open claims store: {_first_line(exc)}") from None
    try:
        block_size = _one(con, "SELECT block_size FROM pragma_database_size() "
                               "WHERE database_name = current_database()", store=path)[0]
        highest = -1
        for (table,) in con.execute("SELECT table_name FROM duckdb_tables() "
                                    "WHERE database_name = current_database()").fetchall():
            top = _one(con, "SELECT max(block_id) FROM pragma_storage_info(?)", [table], store=path)[0]
            highest = max(highest, -1 if top is None else top)
    except duckdb.Error as exc:
        raise StoreError(f"{damaged} ({_first_line(exc)}); restore it from a backup; nothing was written") from None
    finally:
        con.close()
    needed = 3 * _HEADER + (highest + 1) * block_size
    if size < needed:
        raise StoreError(f"{damaged}: {size:,} bytes, but its data runs to byte {needed:,} (truncated?); "
                         "restore it from a backup; nothing was written")


class ClaimStore:
    """A DuckDB file of documents and claims. Use as a context manager."""

    def __init__(self, path: str | Path, read_only: bool = False) -> None:
        import duckdb

        self.path = str(path)
        self.read_only = read_only
        if read_only and not Path(self.path).is_file():
            raise StoreError(f"{self.path}: no such claims store (create it with `auditor ingest`)")
        check_store_file(self.path)      # a damaged file is refused before DuckDB reads or writes it
        config: dict[str, Any] = {}
        if read_only:
            # a user's WHERE fragment runs here: no files, no extensions, no SET
            config = {"enable_external_access": False, "autoload_known_extensions": False,
                      "autoinstall_known_extensions": False, "lock_configuration": True}
        try:
            self.con = duckdb.connect(self.path, read_only=read_only, config=config)
        except duckdb.Error as exc:
            raise StoreError(f"{self.path}: cannot open claims store: {_first_line(exc)}") from None
        self.version = self._migrate()
        self.claim_columns = frozenset(name for (name,) in self.con.execute(
            "SELECT column_name FROM information_schema.columns WHERE table_name = 'claims'").fetchall())

    # -- lifecycle -------------------------------------------------------------
    def __enter__(self) -> "ClaimStore":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def close(self) -> None:
        self.con.close()

    def _one(self, sql: str, params: Sequence[Any] = ()) -> tuple:
        return _one(self.con, sql, params, store=self.path)

    def _migrate(self) -> int:
        con = self.con
        has_table = self._one("SELECT count(*) FROM information_schema.tables WHERE table_name = 'schema_version'")[0]
        current = self._one("SELECT max(version) FROM schema_version")[0] if has_table else 0
        current = current or 0
        if current > SCHEMA_VERSION:
            raise StoreError(f"{self.path}: claims store schema {current} is newer than this "
                             f"auditor understands ({SCHEMA_VERSION}); upgrade auditor")
        if current == SCHEMA_VERSION:
            return current
        if self.read_only and (current >= READABLE_AS_IT_IS
                               or not any(MIGRATIONS[v] for v in range(current + 1, SCHEMA_VERSION + 1))):
            return current      # readable as it is (writing migrates it)
        if self.read_only:
            raise StoreError(f"{self.path}: claims store schema {current} needs migrating to "
                             f"{SCHEMA_VERSION}; run `auditor ingest` on it once")
        with _transaction(con):
            if not has_table:
                con.execute("CREATE TABLE schema_version (version INTEGER NOT NULL, description VARCHAR)")
            for v in range(current + 1, SCHEMA_VERSION + 1):
                for statement in MIGRATIONS[v]:
                    con.execute(statement)
                con.execute("INSERT INTO schema_version VALUES (?, ?)", [v, MIGRATION_NOTES[v]])
        return SCHEMA_VERSION

    # -- writing ---------------------------------------------------------------
    def known_hashes(self) -> dict[tuple[str | None, str], str]:
        """(source, id) → content hash of every stored document."""
        return {(source, doc_id): h for source, doc_id, h in
                self.con.execute("SELECT source, id, content_hash FROM documents").fetchall()}

    def ingest(self, batches: Iterable[Sequence[tuple[Document, Sequence[Claim] | None]]],
               commit_every: int | None = None) -> IngestStats:
        """Write each (document, its claims) of ``batches``; one transaction for all of them.

        With ``commit_every``, commit after at least that many documents: a
        killed ingest then keeps the batches committed before it, and running
        it again skips them (ingesting is idempotent).
        """
        return self.ingest_rows((DocumentRows.from_pairs(b) for b in batches), commit_every)

    def ingest_rows(self, batches: Iterable["DocumentRows"], commit_every: int | None = None,
                    flush_every: int = FLUSH_EVERY) -> IngestStats:
        """``ingest`` of batches already in columns (what the batch workers send).

        Batches are buffered ``flush_every`` documents at a time and staged in
        temporary tables (one lookup of the hashes and one insert per table
        for thousands of documents); the staged rows go into the archive in
        one transaction at the end, or every ``commit_every`` documents.
        Staging is what keeps memory flat: DuckDB holds the appends of an
        open transaction in memory (10 MiB per 1,000 articles, beyond its
        memory limit), whereas committed temporary tables spill to disk, and
        one ``INSERT ... SELECT`` of everything staged is written straight
        to the file. Until that transaction commits the archive is as it
        was, whatever happens to this process.
        """
        stats = IngestStats()
        flush_every = max(1, min(flush_every, commit_every or flush_every))
        buffer: list[DocumentRows] = []
        buffered = staged = 0
        with self._memory_limit(INGEST_MEMORY_LIMIT), self._staging():
            for rows in batches:
                if rows.documents:
                    buffer.append(rows)
                    buffered += len(rows.documents)
                if buffered >= flush_every:
                    staged += self._stage(buffer, stats)
                    buffer, buffered = [], 0
                    if commit_every and staged >= commit_every:
                        self._merge_staged()
                        staged = 0
            self._stage(buffer, stats)
            self._merge_staged()
        return stats

    @contextmanager
    def _memory_limit(self, limit: str) -> Iterator[None]:
        """DuckDB's memory limit set to ``limit`` for the block, then put back.

        By default DuckDB may use 80% of RAM before it spills to its
        temporary file; an ingest of any size needs a few hundred MiB.
        """
        self.con.execute(f"SET memory_limit = '{limit}'")
        try:
            yield
        finally:
            self.con.execute("RESET memory_limit")   # this connection never sets it otherwise

    @contextmanager
    def _staging(self) -> Iterator[None]:
        """Temporary tables for the rows of an ingest; dropped at the end, whatever happens."""
        con = self.con
        con.execute("CREATE OR REPLACE TEMP TABLE _staged_documents AS SELECT * FROM documents LIMIT 0")
        con.execute("CREATE OR REPLACE TEMP TABLE _staged_claims AS SELECT * FROM claims LIMIT 0")
        con.execute("CREATE OR REPLACE TEMP TABLE _replaced_keys (source VARCHAR, id VARCHAR)")
        try:
            yield
        finally:
            for t in _STAGING_TABLES:
                con.execute(f"DROP TABLE IF EXISTS {t}")

    def _merge_staged(self) -> None:
        """The staged rows into the archive, replaced documents out: one transaction."""
        with _transaction(self.con):
            self.con.execute("DELETE FROM claims c WHERE " +
                             _KEY_IN.format(table="_replaced_keys", doc="c.doc", source="c.source"))
            self.con.execute("DELETE FROM documents d WHERE " +
                             _KEY_IN.format(table="_replaced_keys", doc="d.id", source="d.source"))
            self.con.execute("INSERT INTO documents SELECT * FROM _staged_documents")
            self.con.execute("INSERT INTO claims SELECT * FROM _staged_claims")
        for t in _STAGING_TABLES:
            self.con.execute(f"DELETE FROM {t}")
        # DuckDB writes the new rows into its file format at a checkpoint, by
        # default when the store is closed and under no memory limit (800 MiB
        # for 100k articles); here it is under the ingest's limit
        try:
            self.con.execute("CHECKPOINT")
        except Exception:   # duckdb.Error: another connection is in a transaction; closing will do it
            pass

    def _stage(self, buffer: list["DocumentRows"], stats: IngestStats) -> int:
        """Stage the new and changed documents of ``buffer``; the number staged."""
        if not buffer:
            return 0
        con = self.con
        ids = sorted({row[0] for rows in buffer for row in rows.documents})
        lookup = "SELECT source, id, content_hash FROM {} WHERE id IN (SELECT unnest(?))"

        def hashes(table: str) -> dict[tuple[str | None, str], str]:
            return {(source, doc_id): h for source, doc_id, h in con.execute(lookup.format(table), [ids]).fetchall()}

        in_store, in_staging = hashes("documents"), hashes("_staged_documents")
        current = {**in_store, **in_staging}     # what the archive will hold, as staged so far
        # (source, id) → (batch, document index) of the copy to stage; a later copy
        # with another text replaces an earlier one
        chosen: dict[tuple[str | None, str], tuple[int, int]] = {}
        unstage: list[tuple[str | None, str]] = []
        replaced: list[tuple[str | None, str]] = []
        for b, rows in enumerate(buffer):
            for i, row in enumerate(rows.documents):
                key, h = (row[2], row[0]), row[1]      # (source, id): DOCUMENT_COLUMNS order
                if current.get(key) == h:
                    stats.unchanged += 1
                    continue
                if rows.counts[i] is None:   # the caller skipped extraction, believing it stored
                    raise RuntimeError(f"{key[1]} ({key[0]}): no claims given for a new or changed document")
                if key in current:
                    stats.replaced += 1
                    if key not in chosen:
                        (unstage if key in in_staging else replaced).append(key)
                else:
                    stats.added += 1
                current[key] = h
                chosen[key] = (b, i)
        if not chosen:
            return 0
        keep = set(chosen.values())
        doc_rows: list[tuple] = []
        claim_cols: list[list] = [[] for _ in CLAIM_COLUMNS]
        for b, rows in enumerate(buffer):
            if all((b, i) in keep for i in range(len(rows.documents))):
                doc_rows.extend(rows.documents)      # the usual case: the whole batch is new
                for out, col in zip(claim_cols, rows.claims):
                    out.extend(col)
                continue
            start = 0
            for i, row in enumerate(rows.documents):
                n = rows.counts[i] or 0
                if (b, i) in keep:
                    doc_rows.append(row)
                    for out, col in zip(claim_cols, rows.claims):
                        out.extend(col[start:start + n])
                start += n
        with _transaction(con):   # temporary tables only: the archive is not touched here
            if unstage:     # staged earlier in this run, changed since: no longer written
                self._keys("_unstaged_keys", unstage)
                stats.claims -= self._one(
                    "DELETE FROM _staged_claims c WHERE " +
                    _KEY_IN.format(table="_unstaged_keys", doc="c.doc", source="c.source"))[0]
                con.execute("DELETE FROM _staged_documents d WHERE " +
                            _KEY_IN.format(table="_unstaged_keys", doc="d.id", source="d.source"))
                con.execute("DROP TABLE _unstaged_keys")
            if replaced:
                self._keys("_replaced_keys", replaced)
            self._insert("_staged_documents", DOCUMENT_SQL_COLUMNS, list(zip(*doc_rows)))
            if claim_cols[0]:
                self._insert("_staged_claims", CLAIM_SQL_COLUMNS, claim_cols)
        stats.claims += len(claim_cols[0])
        return len(doc_rows)

    def _keys(self, table: str, keys: Sequence[tuple[str | None, str]]) -> None:
        """(source, id) pairs appended to ``table`` (a temporary table, created when missing)."""
        self.con.execute(f"CREATE TEMP TABLE IF NOT EXISTS {table} (source VARCHAR, id VARCHAR)")
        self.con.execute(f"INSERT INTO {table} SELECT unnest(?), unnest(?)",
                         [[k[0] for k in keys], [k[1] for k in keys]])

    def _insert(self, table: str, schema: Sequence[tuple[str, str]], columns: Sequence[Sequence]) -> None:
        """Append ``columns`` (one sequence per column of ``schema``) to ``table``.

        Through Arrow (a dependency; DataFrames without it): DuckDB copies Arrow strings
        without the Python objects, which takes less time and, above all,
        far less memory than scanning a DataFrame of Python strings (that
        path left the ingesting process at 2 GiB after 100k articles).
        """
        data = _arrow_table(schema, columns) if _HAS_ARROW else _frame(schema, columns)
        cols = ", ".join(f'"{n}"' for n, _ in schema)
        self.con.register("_incoming_rows", data)
        try:
            self.con.execute(f"INSERT INTO {table} ({cols}) SELECT {cols} FROM _incoming_rows")
        finally:
            self.con.unregister("_incoming_rows")

    def import_parquet(self, directory: str | Path) -> IngestStats:
        """Add the Parquet partitions written by ``auditor ingest --engine dask`` (one transaction).

        Same rules as ``ingest``: unchanged documents are skipped, changed
        ones replace their claims.
        """
        base = Path(directory)
        docs_glob, claims_glob = str(base / "documents" / "*.parquet"), str(base / "claims" / "*.parquet")
        if not list(base.glob("documents/*.parquet")):
            raise StoreError(f"{directory}: no Parquet partitions (documents/*.parquet)")
        con, stats = self.con, IngestStats()
        cols = ", ".join(f'"{n}"' for n, _ in CLAIM_SQL_COLUMNS)
        same = "d.id = i.id AND d.source IS NOT DISTINCT FROM i.source"
        with _transaction(con):
            con.execute("CREATE OR REPLACE TEMP TABLE _incoming AS SELECT * FROM read_parquet(?) "
                        "QUALIFY row_number() OVER (PARTITION BY source, id) = 1", [docs_glob])
            stats.unchanged = self._one(f"SELECT count(*) FROM _incoming i JOIN documents d "
                                        f"ON {same} AND d.content_hash = i.content_hash")[0]
            con.execute(f"CREATE OR REPLACE TEMP TABLE _changed AS SELECT i.source, i.id FROM _incoming i "
                        f"JOIN documents d ON {same} AND d.content_hash <> i.content_hash")
            stats.replaced = self._one("SELECT count(*) FROM _changed")[0]
            con.execute("DELETE FROM claims c WHERE " +
                        _KEY_IN.format(table="_changed", doc="c.doc", source="c.source"))
            con.execute("DELETE FROM documents d WHERE " +
                        _KEY_IN.format(table="_changed", doc="d.id", source="d.source"))
            con.execute(f"CREATE OR REPLACE TEMP TABLE _new AS SELECT i.* FROM _incoming i "
                        f"WHERE NOT EXISTS (SELECT 1 FROM documents d WHERE {same})")
            stats.added = self._one("SELECT count(*) FROM _new")[0] - stats.replaced
            doc_cols = ", ".join(DOCUMENT_COLUMNS)
            con.execute(f"INSERT INTO documents ({doc_cols}) SELECT {doc_cols} FROM _new")
            stats.claims = self._one(
                f"INSERT INTO claims ({cols}) SELECT {cols} FROM read_parquet(?) c "
                "WHERE " + _KEY_IN.format(table="_new", doc="c.doc", source="c.source"), [claims_glob])[0]
            for t in ("_incoming", "_changed", "_new"):
                con.execute(f"DROP TABLE {t}")
        return stats

    # -- reading ---------------------------------------------------------------
    def counts(self) -> tuple[int, int]:
        docs = self._one("SELECT count(*) FROM documents")[0]
        claims = self._one("SELECT count(*) FROM claims")[0]
        return docs, claims

    def claims_frame(self, condition: str = "TRUE", params: Sequence[Any] = ()) -> pd.DataFrame:
        """Stored claims matching a SQL condition of our own making, as a claims table."""
        cols = claim_select(self.claim_columns)
        frame = self.con.execute(f"SELECT {cols} FROM claims WHERE {condition} "
                                 f"ORDER BY published NULLS FIRST, doc, start, id", list(params)).df()
        return _normalise_frame(frame)

    def load_claims(self, condition: str = "TRUE", params: Sequence[Any] = ()) -> list[Claim]:
        return frame_to_claims(self.claims_frame(condition, params))

    def text(self, doc_id: str, source: str | None = None) -> str | None:
        """The stored text of document ``doc_id`` (of ``source``: needed when several sources use the id)."""
        sql = "SELECT text FROM documents WHERE id = ?" + (" AND source = ?" if source is not None else "")
        rows = self.con.execute(sql, [doc_id] + ([source] if source is not None else [])).fetchall()
        if len(rows) > 1:
            raise StoreError(f"{doc_id}: stored for {len(rows)} sources; say which")
        return rows[0][0] if rows else None

    def query(self, where: str | None = None, limit: int | None = None) -> list[Claim]:
        """Claims matching a user's ``WHERE`` condition, e.g. ``thing = 'civilians'``."""
        sql = claims_query_sql(self.con, where, limit, self.claim_columns)
        try:
            frame = self.con.execute(sql).df()
        except Exception as exc:   # duckdb.Error and its subclasses: a bad condition
            raise StoreError(f"--query: {_query_problem(exc)}") from None
        return frame_to_claims(_normalise_frame(frame))


# -- documents and claims as plain columns (what ingest moves around) -------------

# rows of the table named by ``table`` whose (source, id) is the row's: ``doc`` and ``source``
# name its columns (a NULL source matches a NULL source)
_KEY_IN = ("EXISTS (SELECT 1 FROM {table} k WHERE k.id = {doc} "
           "AND k.source IS NOT DISTINCT FROM {source})")


def document_row(doc: Document) -> tuple:
    """``doc`` as a row of the documents table (``DOCUMENT_COLUMNS`` order)."""
    return (doc.id, doc.content_hash, doc.source, doc.published, doc.title, doc.url, doc.path,
            ",".join(doc.ignore), doc.text)


_CLAIM_ROW = attrgetter(*CLAIM_COLUMNS)


@dataclass
class DocumentRows:
    """A batch of documents and their claims as plain values, ready for the store.

    What a batch worker sends back: tuples and lists of str, int, float and
    bool pickle and unpickle several times faster than ``Claim`` objects, and
    go into a DataFrame column by column, so the parent process (which
    shares the cores with the workers) does little per claim.

    ``documents``: one ``DOCUMENT_COLUMNS`` tuple per document. ``counts``:
    the number of claims of each document, or None for a document not
    extracted because it is stored already (the store then checks it is).
    ``claims``: one list per ``CLAIM_COLUMNS`` name, the claims of every
    document one document after the other.
    """

    documents: list[tuple] = field(default_factory=list)
    counts: list[int | None] = field(default_factory=list)
    claims: list[list] = field(default_factory=lambda: [[] for _ in CLAIM_COLUMNS])

    @classmethod
    def from_pairs(cls, pairs: Iterable[tuple[Document, Sequence[Claim] | None]]) -> "DocumentRows":
        out = cls()
        claims: list[Claim] = []
        for doc, cs in pairs:
            out.documents.append(document_row(doc))
            out.counts.append(None if cs is None else len(cs))
            if cs:
                claims.extend(cs)
        if claims:
            out.claims = [list(col) for col in zip(*map(_CLAIM_ROW, claims))]
        return out

    def __len__(self) -> int:
        return len(self.documents)


try:
    import pyarrow as _pa
    _HAS_ARROW = True
    _ARROW_TYPES = {"VARCHAR": _pa.string(), "BIGINT": _pa.int64(), "DOUBLE": _pa.float64(),
                    "BOOLEAN": _pa.bool_()}
except ImportError:       # a trimmed install without pyarrow still works: DataFrames, slower and larger
    _HAS_ARROW = False


def _arrow_table(schema: Sequence[tuple[str, str]], columns: Sequence[Sequence]):
    # from_pandas: a NaN among floats is NULL, as in the DataFrame path
    return _pa.Table.from_arrays(
        [_pa.array(col, type=_ARROW_TYPES[t], from_pandas=True) for (_, t), col in zip(schema, columns)],
        names=[n for n, _ in schema])


def _frame(schema: Sequence[tuple[str, str]], columns: Sequence[Sequence]) -> pd.DataFrame:
    """Columns as a frame DuckDB reads: numbers as numpy floats, the rest as objects."""
    return pd.DataFrame({name: pd.Series(col, dtype="float64" if t == "DOUBLE" else object)
                         for (name, t), col in zip(schema, columns)}, columns=[n for n, _ in schema])


# -- claims ⇄ frames ------------------------------------------------------------

def claims_frame(claims: Sequence[Claim]) -> pd.DataFrame:
    """Claims as columns (faster than ``asdict`` per claim), in ``CLAIM_COLUMNS`` order."""
    data = {name: [getattr(c, name) for c in claims] for name in CLAIM_COLUMNS}
    frame = pd.DataFrame(data, columns=CLAIM_COLUMNS, dtype=object)
    for name, sql_type in CLAIM_SQL_COLUMNS:
        if sql_type == "DOUBLE":
            frame[name] = frame[name].astype("float64")
    return frame


def _normalise_frame(frame: pd.DataFrame) -> pd.DataFrame:
    return frame.astype(object).where(frame.notna(), None)


_PYTHON_TYPE = {"DOUBLE": float, "BIGINT": int, "BOOLEAN": bool, "VARCHAR": str}


def frame_to_claims(frame: pd.DataFrame) -> list[Claim]:
    """The claims of a claims table, each value as its field's Python type (the frame holds numpy scalars).

    Positional: ``CLAIM_COLUMNS`` is ``Claim``'s fields in order (``auditor.claims`` defines it
    so), and building each claim by keyword made loading the archive's claims 45% slower.
    """
    convert = [_PYTHON_TYPE[t] for _, t in CLAIM_SQL_COLUMNS]     # CLAIM_COLUMNS order
    out = []
    for row in frame[list(CLAIM_COLUMNS)].itertuples(index=False, name=None):
        values: list[Any] = [None if v is None else as_type(v) for as_type, v in zip(convert, row)]
        out.append(Claim(*values))
    return out


# -- a user's WHERE condition, checked before it runs ----------------------------

def claim_select(present: frozenset[str] | None = None) -> str:
    """The claim columns to SELECT, in ``CLAIM_COLUMNS`` order; one a store of an older schema
    lacks (not in ``present``) reads as its field's default."""
    return ", ".join(f'"{n}"' if present is None or n in present else f'{_SQL_DEFAULTS[n]} AS "{n}"'
                     for n in CLAIM_COLUMNS)


def _sql_default(value: Any) -> str:
    if value is None:
        return "NULL"
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    return repr(value) if isinstance(value, (int, float)) else "'" + str(value).replace("'", "''") + "'"


_SQL_DEFAULTS = {f.name: _sql_default(f.default) for f in fields(Claim) if f.default is not MISSING}


def claims_query_sql(con, where: str | None, limit: int | None, present: frozenset[str] | None = None) -> str:
    """The SELECT for ``auditor claims --query``, refused unless it only reads the claims table.

    The condition is parsed by DuckDB itself (``json_serialize_sql``); the
    statement must be one plain SELECT from ``claims`` with no subquery, CTE
    or set operation anywhere. The connection it runs on is read-only with
    external access disabled, so even a function we did not foresee cannot
    write or read files.
    """
    cols = claim_select(present)
    body = "TRUE" if not where or not where.strip() else where
    sql = f"SELECT {cols} FROM claims WHERE (\n{body}\n) ORDER BY published NULLS FIRST, doc, start, id"
    if limit is not None:
        sql += f" LIMIT {int(limit)}"
    try:
        tree = json.loads(_one(con, "SELECT json_serialize_sql(?)", [sql])[0])
    except Exception as exc:
        raise StoreError(f"--query: {_first_line(exc)}") from None
    if tree.get("error"):
        raise StoreError(f"--query: {tree.get('error_message', 'not a condition')}")
    statements = tree.get("statements", [])
    if len(statements) != 1:
        raise StoreError("--query: give one condition, not several statements")
    node = statements[0]["node"]
    if node.get("type") != "SELECT_NODE" or node.get("cte_map", {}).get("map") or \
            node.get("from_table", {}).get("table_name") != "claims":
        raise StoreError("--query: only a condition on the claims table is allowed")
    if _has_subquery(node.get("where_clause")):
        raise StoreError("--query: subqueries are not allowed; the condition reads the claims table only")
    return sql


def _has_subquery(node: Any) -> bool:
    if isinstance(node, dict):
        if node.get("class") == "SUBQUERY" or node.get("type") in ("SUBQUERY", "SELECT_NODE",
                                                                  "SET_OPERATION_NODE", "TABLE_FUNCTION"):
            return True
        return any(_has_subquery(v) for v in node.values())
    if isinstance(node, list):
        return any(_has_subquery(v) for v in node)
    return False


def _first_line(exc: BaseException) -> str:
    return (str(exc).strip().splitlines() or [type(exc).__name__])[0]


_UNKNOWN_COLUMN = re.compile(r'Referenced column "([^"]*)" not found')


def _query_problem(exc: BaseException) -> str:
    """DuckDB's binder error about a misspelt column, said with the columns there are (issue 16)."""
    from auditor.validate import did_you_mean

    found = _UNKNOWN_COLUMN.search(str(exc))
    if not found:
        return _first_line(exc)
    name = found.group(1)
    return (f"unknown column {name!r}{did_you_mean(name, CLAIM_COLUMNS)}; "
            f"the columns are: {', '.join(CLAIM_COLUMNS)}")


# -- --since ------------------------------------------------------------------------

_RELATIVE = re.compile(r"^\s*(\d+)\s*([hdw])\s*$", re.I)


def since_bound(value: str, anchor: dt.datetime) -> str:
    """``7d``, ``12h``, ``2w`` before ``anchor``, or an ISO date: the earliest ``published`` kept.

    Returned as an ISO string: ``published`` is stored as normalised ISO 8601
    text, so the comparison is a string comparison at second precision.
    """
    m = _RELATIVE.match(value)
    if m:
        n, unit = int(m.group(1)), m.group(2).lower()
        delta = {"h": dt.timedelta(hours=n), "d": dt.timedelta(days=n), "w": dt.timedelta(weeks=n)}[unit]
        bound = anchor.replace(tzinfo=None) - delta
    else:
        try:
            bound = parse_published(value).replace(tzinfo=None)
        except InputError:
            raise InputError(f"--since: {value!r} is neither a duration (7d, 12h, 2w) "
                             "nor an ISO 8601 date") from None
    return bound.isoformat()


def since_anchor(documents: Sequence[Document]) -> dt.datetime:
    """What ``--since 7d`` counts back from: the latest publication among the drafts.

    Falls back to the current UTC time when no draft carries a date. Counting
    from the drafts keeps an audit reproducible: re-running it next month
    compares the same stored claims.
    """
    dates = [parse_published(d.published).replace(tzinfo=None) for d in documents if d.published]
    return max(dates) if dates else dt.datetime.now(dt.timezone.utc).replace(tzinfo=None)


# -- auditing new documents against the archive -----------------------------------

def claims_against(store: ClaimStore, documents: Sequence[Document], draft_claims: Sequence[Claim],
                   since: str | None = None, window_days: int | None = None) -> list[Claim]:
    """The stored claims a set of drafts is audited against: those of the drafts' quantities.

    The archive knows no rule type: it narrows by the quantity key that
    ``resolve`` gives every claim (in SQL, so the archive's size hardly changes
    what is loaded), leaves out stored versions of the drafts themselves (same
    source and id: the draft in hand supersedes them) and, with ``since``,
    claims published before then. ``auditor.audit.audit`` does the rest.

    With ``window_days`` (``RuleSet.window_days``), an incident's key (``claims.of_incident``)
    whose draft figures all have a day loads only the stored figures given for days within
    that many days of one of them, or for no day: the ones the checks would compare with them
    (``checks.base.pairs_in_window``), so a key that holds years of one country's tolls costs
    a draft its weeks, not its years.

    An audit tells documents apart by id alone, so the claims of a stored
    document whose id is also a draft's (of another source) or another stored
    source's come back as those of ``id@source`` (claim ``a1@Wire B#3``).
    """
    keys = sorted({c.quantity for c in draft_claims if c.quantity})
    if not keys:
        return []
    drafts = sorted({(d.source or "") + "\x1f" + d.id for d in documents})
    cond = "quantity IN (SELECT unnest(?)) AND NOT list_contains(?, coalesce(source, '') || chr(31) || doc)"
    params: list[Any] = [keys, drafts]
    if since:
        cond += " AND published >= ?"
        params.append(since_bound(since, since_anchor(documents)))
    if window_days is not None:
        spans = _incident_spans(draft_claims, window_days)
        if spans:
            cond += (" AND (quantity NOT IN (SELECT unnest(?)) OR when_start IS NULL OR when_start <> when_end"
                     " OR EXISTS (SELECT 1 FROM (SELECT unnest(?) AS k, unnest(?) AS lo, unnest(?) AS hi) w"
                     " WHERE w.k = claims.quantity AND claims.when_start BETWEEN w.lo AND w.hi))")
            params += [sorted({k for k, _, _ in spans}), *map(list, zip(*spans))]
    claims = frame_to_claims(store.claims_frame(cond, params))
    return _told_apart(store, claims, {d.id for d in documents})


def _incident_spans(draft_claims: Sequence[Claim], days: int) -> list[tuple[str, str, str]]:
    """(key, first day, last day) of stored figures an incident key's drafts can meet: the days
    within ``days`` of a draft figure's own. Keys with an undated draft figure meet every stored
    figure and are left out, and so are keys that state a period."""
    dated: dict[str, set[str]] = {}
    undated: set[str] = set()
    for c in draft_claims:
        key = c.quantity
        if key is None or not of_incident(key):
            continue
        if c.when_start and c.when_start == c.when_end:
            dated.setdefault(key, set()).add(c.when_start[:10])
        else:
            undated.add(key)
    spans = []
    for key in sorted(set(dated) - undated):
        for day in sorted(dated[key]):
            try:
                d = dt.date.fromisoformat(day)
            except ValueError:
                return []           # a day we cannot read: load everything rather than guess
            spans.append((key, (d - dt.timedelta(days=days)).isoformat(), (d + dt.timedelta(days=days)).isoformat()))
    return spans


def _told_apart(store: ClaimStore, claims: list[Claim], draft_ids: set[str]) -> list[Claim]:
    """``claims`` with the documents whose id is not theirs alone renamed ``id@source``."""
    loaded = sorted({c.doc for c in claims})
    shared = {doc_id for (doc_id,) in store.con.execute(
        "SELECT id FROM documents WHERE id IN (SELECT unnest(?)) GROUP BY id "
        "HAVING count(DISTINCT coalesce(source, '')) > 1", [loaded]).fetchall()} | (draft_ids & set(loaded))
    if not shared:
        return claims
    return [with_doc_id([c], c.doc, f"{c.doc}@{c.source or '?'}")[0] if c.doc in shared else c for c in claims]

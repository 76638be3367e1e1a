"""SQL the ORM compiles once and the hot paths reuse: one home for taking a compiled INSERT apart.

Compiling an insert through the ORM (the query, the columns, each value prepared) for every row
cost the webhook and the outbox a good part of their CPU. `compiled_insert` has the ORM write the
statement once, for one row, and splits it around that row's placeholders, so a caller can repeat
the row (many rows in one statement) or put an expression in place of a column's placeholder.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from django.core.exceptions import ImproperlyConfigured
from django.db.models import Field, Model
from django.db.models.constants import OnConflict
from django.db.models.sql import InsertQuery

_VALUES = "VALUES ("


@dataclass(frozen=True)
class CompiledInsert:
    """An INSERT ... VALUES (%s, ...) ... RETURNING as three pieces: `head` up to VALUES, `row`
    (the parenthesised placeholders, one a column), `tail` (the conflict clause and RETURNING)."""

    head: str
    row: str
    tail: str

    @property
    def placeholders(self) -> list[str]:
        """The row's placeholders, one a column, in the order of the fields it was compiled for."""
        return self.row[1:-1].split(", ")

    def sql(self, rows: int = 1) -> str:
        """The statement for `rows` rows."""
        return f"{self.head}{', '.join([self.row] * rows)}{self.tail}"

    def with_columns(self, placeholders: Sequence[str]) -> str:
        """The statement for one row whose columns are `placeholders` (a `%s` or an expression)."""
        return f"{self.head}({', '.join(placeholders)}){self.tail}"


def compiled_insert(
    template: Model, fields: Sequence[Field], *, returning: Sequence[Field], alias: str
) -> CompiledInsert:
    """The ORM's own INSERT ... ON CONFLICT DO NOTHING RETURNING `returning` of `fields` for one
    row like `template`, on the database `alias`, taken apart. ImproperlyConfigured when the ORM
    did not write one placeholder a field (a field whose value is an expression, a backend that
    writes the row otherwise): better at start-up than a wrong statement."""
    query = InsertQuery(type(template), on_conflict=OnConflict.IGNORE)
    query.insert_values(list(fields), [template])
    compiler = query.get_compiler(alias)
    compiler.returning_fields = list(returning)
    [(sql, params)] = compiler.as_sql()
    head, values, after = sql.partition(_VALUES)
    placeholders, close, tail = after.partition(")")
    columns = placeholders.split(", ")
    if (
        not values
        or not close
        or set(columns) != {"%s"}
        or len(columns) != len(fields)
        or len(params) != len(fields)
        or "RETURNING" not in tail.upper()
    ):
        raise ImproperlyConfigured(
            f"the insert did not compile to VALUES (%s, ...) RETURNING: {sql}"  # noqa: S608 - a message
        )
    return CompiledInsert(head=head + values.removesuffix("("), row=f"({placeholders})", tail=tail)


# What `sql_literal` writes inline: a word of letters, digits and a few marks, never a quote or a %.
_PLAIN_WORD = re.compile(r"[A-Za-z0-9_.:+-]*")


def sql_literal(value: object) -> str | None:
    """`value` written as SQL, for a constant a statement written once can carry inline instead of
    a parameter (each parameter costs the driver a conversion on every execution): NULL, a whole
    number, a plain word. None for any other value (a flag, a date, text with quotes...), which
    stays a parameter; the same text on PostgreSQL and SQLite."""
    if value is None:
        return "NULL"
    if isinstance(value, bool):  # true/false on one database, 1/0 on the other
        return None
    if isinstance(value, int):
        return str(int(value))
    if isinstance(value, str) and _PLAIN_WORD.fullmatch(text := str(value)):
        return f"'{text}'"
    return None

"""Reads the worker makes for every text, compiled by the ORM once per database.

Building a query through the ORM (filters, joins, the select list, the SQL) for every text cost
the worker about a millisecond of CPU a read: several times PostgreSQL's own time for it. A
`CompiledRead` is the same queryset compiled once; for each text only its parameters change
(the values given as sentinels at compile time), and the rows become model instances with their
`select_related` relations as Django's own iterator would build them (`Model.from_db`, the
database's converters), without compiling anything again.
"""

from __future__ import annotations

import copy
import functools
import weakref
from collections.abc import Callable
from dataclasses import dataclass, field

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.db import connections, transaction
from django.db.models import Field, Model, QuerySet
from phonenumber_field.modelfields import PhoneNumberField
from phonenumber_field.phonenumber import PhoneNumber, to_python


@dataclass(frozen=True)
class _Layout:
    """Where one model's columns sit in a row, and where its instance goes."""

    model: type[Model]
    start: int
    attnames: tuple[str, ...]

    @property
    def end(self) -> int:
        return self.start + len(self.attnames)


@dataclass(frozen=True)
class CompiledRead:
    """One queryset's SQL and parameters, with the slots each call fills in."""

    sql: str
    params: tuple[object, ...]
    slots: tuple[int, ...]
    main: _Layout
    related: tuple[tuple[Field, _Layout], ...]  # each relation from the main model, and its columns
    expressions: tuple[object, ...]
    # Each connection's converters, found once (finding them for every text cost as much as
    # building the instances); weak, so a closed thread's connection is not kept.
    converters_of: weakref.WeakKeyDictionary = field(default_factory=weakref.WeakKeyDictionary, compare=False)

    def fetch(self, alias: str, *values: object) -> list[Model]:
        """The instances the queryset would give with `values` in place of its sentinels."""
        params = list(self.params)
        for slot, value in zip(self.slots, values, strict=True):
            params[slot] = value
        connection = connections[alias]
        with connection.cursor() as cursor:
            cursor.execute(self.sql, params)
            rows = cursor.fetchall()
        if not rows:
            return []
        converters = self.converters_of.get(connection)
        if converters is None:
            converters = self.converters_of[connection] = self._converters(alias)
        instances = []
        for raw in rows:
            row = list(raw)
            for index, convert in converters:
                value = row[index]
                for converter in convert:
                    value = converter(value, self.expressions[index], connection)
                row[index] = value
            instance = self.main.model.from_db(
                alias, self.main.attnames, row[self.main.start : self.main.end]
            )
            for relation, layout in self.related:
                values_of = row[layout.start : layout.end]
                related = (
                    None if values_of[0] is None else layout.model.from_db(alias, layout.attnames, values_of)
                )
                relation.set_cached_value(instance, related)
            instances.append(instance)
        return instances

    def _converters(self, alias: str) -> list[tuple[int, list[Callable]]]:
        """The database's converters for each column (as the ORM's compiler finds them)."""
        connection = connections[alias]
        found = []
        for index, expression in enumerate(self.expressions):
            convert = connection.ops.get_db_converters(expression) + expression.get_db_converters(connection)  # type: ignore[attr-defined]
            if isinstance(getattr(expression, "target", None), PhoneNumberField):
                convert = [_phone_from_db if c == expression.target.from_db_value else c for c in convert]  # type: ignore[attr-defined]
            if convert:
                found.append((index, convert))
        return found


@functools.lru_cache(maxsize=4096)
def _parsed_phone(value: str, region: str | None) -> PhoneNumber:
    return to_python(value, region=region)


def _phone_from_db(value: object, expression: object, connection: object) -> object:
    """A phone number column's value, as `PhoneNumberField.from_db_value` gives it, from the
    number parsed once per process: every text reads two or three (the text's, its customer's,
    its technician's), the same few again and again, and parsing one cost more than building its
    row's instance. Each read gets its own copy (the parsed object is mutable)."""
    if not isinstance(value, str) or not value:
        return to_python(value)
    return copy.copy(_parsed_phone(value, getattr(settings, "PHONENUMBER_DEFAULT_REGION", None)))


def compile_read(queryset: QuerySet, alias: str, *sentinels: object) -> CompiledRead:
    """Compile `queryset` for the database `alias`; each sentinel (a value that appears exactly
    once among the parameters) becomes a slot `fetch` fills in. One level of `select_related`, or none."""
    # select_for_update compiles only inside a transaction; no savepoint in the caller's (nothing runs).
    with transaction.atomic(using=alias, savepoint=False):
        compiler = queryset.query.get_compiler(alias)
        sql, params = compiler.as_sql()
    slots = []
    for sentinel in sentinels:
        where = [i for i, param in enumerate(params) if param == sentinel]
        if len(where) != 1:
            raise ImproperlyConfigured(f"{sentinel!r} is not one parameter of {sql}")
        slots.append(where[0])
    klass_info, select = compiler.klass_info, compiler.select
    relations = klass_info.get("related_klass_infos", []) if klass_info else []  # none without select_related
    if klass_info is None or any(info["reverse"] or info.get("related_klass_infos") for info in relations):
        raise ImproperlyConfigured("a compiled read builds one model and the models of its foreign keys")

    def layout(info: dict) -> _Layout:
        indexes = info["select_fields"]
        if indexes != list(range(indexes[0], indexes[0] + len(indexes))):
            raise ImproperlyConfigured("a model's columns are not side by side in the select list")
        attnames = tuple(select[i][0].target.attname for i in indexes)
        model = info["model"]
        if attnames != tuple(f.attname for f in model._meta.concrete_fields):
            raise ImproperlyConfigured(f"{model.__name__} is not read with all its columns in order")
        return _Layout(model=model, start=indexes[0], attnames=attnames)

    return CompiledRead(
        sql=sql,
        params=tuple(params),
        slots=tuple(slots),
        main=layout(klass_info),
        related=tuple((info["field"], layout(info)) for info in relations),
        expressions=tuple(column for column, _, _ in select),
    )


def compiled_once(build: Callable[[str], CompiledRead]) -> Callable[[str], CompiledRead]:
    """`build(alias)` run once per database."""
    return functools.cache(build)


def padded(ids: list[int]) -> list[int]:
    """`ids` padded to the next power of two by repeating the last: a read of many ids is compiled
    once per size (1, 2, 4 ... 64 for a drain's batch), not once per count."""
    size = 1 << max(len(ids) - 1, 0).bit_length()
    return [*ids, *[ids[-1]] * (size - len(ids))]

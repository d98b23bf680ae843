"""Queries that the busiest pages run, compiled to SQL once per process.

Django builds and compiles a query in Python each time it runs it: about 1 ms a query on a
small server, ten times what SQLite takes to answer one of these (README, "Speed"). The
menus, the quick-exit address and the crisis box run on nearly every page, and the urgent
guide, an article and the home run the same few queries on every visit; only the time (or
a date, a slug, an id) changes. A PreparedQuery builds its queryset once per language and
database, with a placeholder for each value that changes, keeps the SQL, and runs it with
the current values.

The database still answers every request, so an editor's change shows at once: only the SQL
text is kept, never a row. Rows come back as `values_list()` tuples, or as model instances
when no columns are named, each value converted as the ORM converts it. Instances are read
from their model's own columns: a query that joins in related rows (select_related) or adds
annotations is refused there, and stays with the ORM."""

import threading
from contextlib import contextmanager
from dataclasses import dataclass

from django.db import DEFAULT_DB_ALIAS, connections
from django.db.models import Expression, signals
from django.db.models.base import ModelState
from django.db.models.expressions import Col
from django.utils.translation import get_language
from modeltranslation.translator import delete_mt_init


class _Placeholder:
    """Stands in the compiled parameters for a value given when the query runs."""

    def __init__(self, name):
        self.name = name


class Slot(Expression):
    """A value given when the query runs, usable wherever a filter takes a value of its
    field's type (`published(at=Slot(...))`, `verified_on__gte=Slot(...)`)."""

    def __init__(self, name, output_field):
        super().__init__(output_field=output_field)
        self.name = name

    def as_sql(self, compiler, connection):
        return "%s", [_Placeholder(self.name)]


@dataclass(frozen=True, eq=False)  # compared and hashed by identity (_converters)
class _Compiled:
    sql: str
    params: tuple
    selected: tuple  # the expressions of the SQL's columns, for their converters
    order: tuple | None  # values_list(): the SQL's column of each column asked for
    model: type | None  # instances: their model, and the attribute of each column
    attnames: tuple = ()
    plain: bool = False  # instances can be made without Model.__init__ (see _instances)


class PreparedQuery:
    """`build(**slots)` returns a queryset. `columns` (or `columns()`, for columns that
    depend on the language) names what each row holds, in order; None gives the queryset's
    model instances. `slots` maps each value's name to the model field whose type it has.
    `rows(**values)` runs the query."""

    def __init__(self, build, columns=None, **slots):
        self.build = build
        self.columns = columns
        self.slots = slots
        self._compiled = {}
        self._lock = threading.Lock()

    def rows(self, using=DEFAULT_DB_ALIAS, **values):
        if set(values) != set(self.slots):
            raise TypeError(f"values for {sorted(self.slots)} expected, got {sorted(values)}")
        connection = connections[using]
        compiled = self._get(using, connection)
        bound = [
            self.slots[param.name].get_db_prep_value(values[param.name], connection)
            if isinstance(param, _Placeholder)
            else param
            for param in compiled.params
        ]
        with server_cursor(connection) as cursor:
            cursor.execute(compiled.sql, bound)
            rows = cursor.fetchall()
        rows = _converted(rows, compiled, connection)
        if compiled.model is not None:
            return _instances(compiled, using, rows)
        if compiled.order is None:
            return [tuple(row) for row in rows]
        return [tuple(row[i] for i in compiled.order) for row in rows]

    def first(self, using=DEFAULT_DB_ALIAS, **values):
        """The first row, or None (slice the queryset to [:1] so that only one is read)."""
        return next(iter(self.rows(using, **values)), None)

    def _get(self, using, connection):
        # modeltranslation writes the active language's columns into the SQL.
        key = (using, connection.vendor, get_language())
        compiled = self._compiled.get(key)
        if compiled is None:
            with self._lock:
                compiled = self._compiled.get(key) or self._compile(using)
                self._compiled[key] = compiled
        return compiled

    def _compile(self, using):
        placeholders = {name: Slot(name, field) for name, field in self.slots.items()}
        columns = self.columns() if callable(self.columns) else self.columns
        queryset = self.build(**placeholders)
        if columns is not None:
            queryset = queryset.values_list(*columns)
        compiler = queryset.query.get_compiler(using)
        sql, params = compiler.as_sql()
        selected = tuple(column for column, _sql, _alias in compiler.select)
        if columns is not None:
            # The SQL lists a model's columns in the model's order (modeltranslation
            # reorders them too); values_list() gives them in the order asked for.
            aliases = [alias for _column, _sql, alias in compiler.select]
            order = tuple(aliases.index(name) for name in columns)
            keep = order == tuple(range(len(aliases)))
            return _Compiled(sql, tuple(params), selected, None if keep else order, None)
        info = compiler.klass_info
        if info.get("related_klass_infos") or not all(isinstance(c, Col) for c in selected):
            raise ValueError("a prepared query of instances reads one model's own columns")
        model = info["model"]
        attnames = tuple(column.target.attname for column in selected)
        return _Compiled(sql, tuple(params), selected, None, model, attnames, _plain(model))


class PreparedByShape:
    """A PreparedQuery for each shape of a query whose SQL changes with its values (how many
    ids an IN list holds, which filters are set): `make(shape)` makes one the first time a
    shape is asked for. Keep shapes few: each is compiled once per language and database."""

    def __init__(self, make):
        self.make = make
        self._queries = {}

    def __getitem__(self, shape):
        query = self._queries.get(shape)
        if query is None:
            query = self._queries.setdefault(shape, self.make(shape))
        return query


@contextmanager
def server_cursor(connection):
    """Django's cursor (its wrappers, its query log), for SQL that runs on every request.
    On PostgreSQL, over a cursor that binds the values on the server: psycopg then prepares
    each query there once it has run `prepare_threshold` times (5) on the connection, and
    PostgreSQL plans it once per connection rather than on every request. Planning took as
    long as running them (0.2 to 0.8 ms a query); Django's own cursors bind on the client,
    which cannot be prepared."""
    connection.ensure_connection()
    client = connection.connection
    # Django leaves prepare_threshold unset (None): DATABASE_PREPARED_STATEMENTS, settings.py.
    if connection.vendor != "postgresql" or client.prepare_threshold is None:
        with connection.cursor() as cursor:
            yield cursor
        return
    from django.db.backends.postgresql.base import ServerBindingCursor

    factory = client.cursor_factory
    client.cursor_factory = ServerBindingCursor
    try:
        cursor = connection.cursor()
    finally:
        client.cursor_factory = factory
    with cursor:
        yield cursor


def _plain(model):
    """Whether nothing but modeltranslation watches the model's instances being made: then
    Model.__init__ would only set each column's attribute, and _instances() can do that."""
    sync, asynchronous = signals.post_init._live_receivers(model)
    return not signals.pre_init.has_listeners(model) and all(
        receiver is delete_mt_init for receiver in (*sync, *asynchronous)
    )


def _instances(compiled, using, rows):
    """Model instances of the rows, as Model.from_db() makes them. Where no signal watches
    them, without Model.__init__ and modeltranslation's wrapper, which cost five times the
    rest (about 0.2 ms on the urgent guide's 34 steps and links)."""
    model, attnames = compiled.model, compiled.attnames
    if not compiled.plain:
        return [model.from_db(using, attnames, row) for row in rows]
    made = []
    for row in rows:
        instance = model.__new__(model)
        state = instance.__dict__["_state"] = ModelState()
        state.adding, state.db = False, using
        instance.__dict__.update(zip(attnames, row, strict=True))
        made.append(instance)
    return made


def _converters(compiled, connection):
    # The converters are the connection's own methods: worked out once per connection.
    known = connection.__dict__.setdefault("_prepared_converters", {})
    converters = known.get(compiled)
    if converters is None:
        converters = []
        for position, expression in enumerate(compiled.selected):
            functions = connection.ops.get_db_converters(expression)
            functions += expression.get_db_converters(connection)
            if functions:
                converters.append((position, functions, expression))
        known[compiled] = converters
    return converters


def _converted(rows, compiled, connection):
    """The values as the ORM gives them (a date on SQLite arrives as text, say)."""
    converters = _converters(compiled, connection)
    if not converters:
        return rows
    converted = []
    for row in rows:
        row = list(row)
        for position, functions, expression in converters:
            for function in functions:
                row[position] = function(row[position], expression, connection)
        converted.append(row)
    return converted

"""Queries that every page runs, compiled to SQL once per process.

Django builds and compiles a query in Python each time it runs it: about 1 ms a query on a
small server, ten times what the database takes to answer one of these (README, "Speed").
The menus, the quick-exit address and the crisis box run on nearly every page, always with
the same shape; only the time (and, for the crisis box, a date) changes. A PreparedQuery
builds its queryset once per language and database, with a placeholder for each value that
changes, keeps the SQL, and runs it with the current values.

The database still answers every request, so an editor's change shows at once: only the SQL
text is kept, never a row. Rows come back as tuples, as `values_list()` gives them, so only
columns the database returns as Python values (text, numbers) may be selected; compiling
refuses a column that needs converting (a date on SQLite, say)."""

import threading

from django.db import DEFAULT_DB_ALIAS, connections
from django.db.models import Expression
from django.utils.translation import get_language


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


class PreparedQuery:
    """`build(**slots)` returns a queryset; `columns` (or `columns()`, for columns that
    depend on the language) names what each row holds, in order; `slots` maps each value's
    name to the model field whose type it has. `rows(**values)` runs the query."""

    def __init__(self, build, columns, **slots):
        self.build = build
        self.columns = columns
        self.slots = slots
        self._compiled = {}
        self._lock = threading.Lock()

    def rows(self, using=DEFAULT_DB_ALIAS, **values):
        if set(values) != set(self.slots):
            raise TypeError(f"values for {sorted(self.slots)} expected, got {sorted(values)}")
        connection = connections[using]
        sql, params, order = self._sql(using, connection)
        bound = [
            self.slots[param.name].get_db_prep_value(values[param.name], connection)
            if isinstance(param, _Placeholder)
            else param
            for param in params
        ]
        with connection.cursor() as cursor:
            cursor.execute(sql, bound)
            rows = cursor.fetchall()
        return rows if order is None else [tuple(row[i] for i in order) for row in rows]

    def _sql(self, using, connection):
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
        queryset = self.build(**placeholders).values_list(*columns)
        compiler = queryset.query.get_compiler(using)
        sql, params = compiler.as_sql()
        selected = [column for column, _sql, _alias in compiler.select]
        if compiler.get_converters(selected):
            raise ValueError("a prepared query selects a column that needs converting")
        # The SQL lists a model's columns in the model's order (modeltranslation reorders
        # them too); values_list() puts them back in the order asked for, and so must we.
        aliases = [alias for _column, _sql, alias in compiler.select]
        order = [aliases.index(name) for name in columns]
        return sql, tuple(params), None if order == list(range(len(aliases))) else order

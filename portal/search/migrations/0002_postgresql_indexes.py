"""PostgreSQL only: pg_trgm, and GIN indexes for full-text search (one per text language,
title weighted over body) and for trigram matching. On SQLite nothing happens: there the
search matches normalised substrings (portal/search/query.py)."""

from django.db import migrations

# The expression must stay identical to query.VECTOR, or PostgreSQL will not use the index.
CONFIGS = {"ar": "arabic", "fr": "french", "en": "english"}
VECTOR = (
    "(setweight(to_tsvector('{config}'::regconfig, title), 'A') || "
    "setweight(to_tsvector('{config}'::regconfig, body), 'B'))"
)

FORWARDS = [
    "CREATE EXTENSION IF NOT EXISTS pg_trgm",
    *(
        f"CREATE INDEX IF NOT EXISTS search_fts_{code} ON search_searchentry "
        f"USING gin ({VECTOR.format(config=config)}) WHERE text_language = '{code}'"
        for code, config in CONFIGS.items()
    ),
    "CREATE INDEX IF NOT EXISTS search_trgm_title ON search_searchentry "
    "USING gin (title gin_trgm_ops)",
    "CREATE INDEX IF NOT EXISTS search_trgm_body ON search_searchentry "
    "USING gin (body gin_trgm_ops)",
]
BACKWARDS = [
    *(f"DROP INDEX IF EXISTS search_fts_{code}" for code in CONFIGS),
    "DROP INDEX IF EXISTS search_trgm_title",
    "DROP INDEX IF EXISTS search_trgm_body",
]


def run(statements):
    def apply(apps, schema_editor):
        if schema_editor.connection.vendor != "postgresql":
            return
        for statement in statements:
            schema_editor.execute(statement)

    return apply


class Migration(migrations.Migration):
    dependencies = [("search", "0001_initial")]

    operations = [migrations.RunPython(run(FORWARDS), run(BACKWARDS))]

"""PostgreSQL only: pg_trgm, a tsvector column kept by a trigger (title weighted over body,
in the configuration of the text's language) with its GIN index, and GIN trigram indexes
for near misses. On SQLite nothing happens: there the search matches normalised substrings
(portal/search/query.py).

A trigger rather than a generated column: the column must accept whatever a plain
`INSERT ... SELECT *` copy writes into it (a restore, the test suite's launch rows), and
the trigger computes it again anyway."""

from django.db import migrations

CONFIG = (
    "(CASE NEW.text_language WHEN 'ar' THEN 'arabic' WHEN 'fr' THEN 'french' "
    "ELSE 'english' END)::regconfig"
)

FORWARDS = [
    "CREATE EXTENSION IF NOT EXISTS pg_trgm",
    "ALTER TABLE search_searchentry ADD COLUMN vector tsvector",
    f"""CREATE FUNCTION search_entry_vector() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        NEW.vector := setweight(to_tsvector({CONFIG}, NEW.title), 'A')
            || setweight(to_tsvector({CONFIG}, NEW.body), 'B');
        RETURN NEW;
    END $$""",
    "CREATE TRIGGER search_entry_vector BEFORE INSERT OR UPDATE ON search_searchentry "
    "FOR EACH ROW EXECUTE FUNCTION search_entry_vector()",
    "UPDATE search_searchentry SET title = title",
    "CREATE INDEX search_fts ON search_searchentry USING gin (vector)",
    "CREATE INDEX search_trgm_title ON search_searchentry USING gin (title gin_trgm_ops)",
    "CREATE INDEX search_trgm_body ON search_searchentry USING gin (body gin_trgm_ops)",
]
BACKWARDS = [
    "DROP INDEX IF EXISTS search_trgm_body",
    "DROP INDEX IF EXISTS search_trgm_title",
    "DROP INDEX IF EXISTS search_fts",
    "DROP TRIGGER IF EXISTS search_entry_vector ON search_searchentry",
    "DROP FUNCTION IF EXISTS search_entry_vector()",
    "ALTER TABLE search_searchentry DROP COLUMN IF EXISTS vector",
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

"""What a visitor types into the search box stays out of every log."""

import logging

TABLE = "search_searchentry"


class SkipSearchSQL(logging.Filter):
    """Drop Django's SQL debug records of searches (LOG_LEVEL=DEBUG logs every statement
    with its parameters): the query would be in them."""

    def filter(self, record):
        sql = str(getattr(record, "sql", "") or "")
        return TABLE not in sql

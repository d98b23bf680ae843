"""reverse(), remembered: every page reverses the same few dozen addresses (menus, language
links, the header's, each guide's and entry's), each costing 15-40 µs in Django's resolver.
An address depends only on its name and arguments, the language (the /ar/ prefix), the
script prefix and the URLconf, which make up the key."""

from functools import lru_cache

from django.core.signals import setting_changed
from django.dispatch import receiver
from django.urls import get_script_prefix, get_urlconf, reverse
from django.utils.translation import get_language


@lru_cache(maxsize=4096)
def _reverse(urlconf, prefix, language, viewname, args, kwargs):
    return reverse(viewname, urlconf=urlconf, args=args or None, kwargs=dict(kwargs) or None)


def _key(kwargs):
    # Keyword arguments as part of the remembered key: hashable, in one order.
    return tuple(sorted(kwargs.items())) if kwargs else ()


def cached_reverse(viewname, args=(), kwargs=None):
    """reverse(viewname, args=args, kwargs=kwargs); NoReverseMatch is raised as by reverse()
    (and not remembered)."""
    return _reverse(
        get_urlconf(), get_script_prefix(), get_language(), viewname, tuple(args), _key(kwargs)
    )


def page_reverse():
    """cached_reverse() for the page being rendered, whose URLconf, script prefix and
    language do not change while it renders: read once, not on each of its addresses."""
    key = (get_urlconf(), get_script_prefix(), get_language())

    def reverse_here(viewname, *args, **kwargs):
        return _reverse(*key, viewname, args, _key(kwargs))

    return reverse_here


@receiver(setting_changed)
def _forget_on_new_urlconf(setting, **kwargs):
    if setting == "ROOT_URLCONF":
        _reverse.cache_clear()

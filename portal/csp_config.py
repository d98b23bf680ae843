"""Content-Security-Policy of public pages and of the admin, imported by settings.py.

Only our own origin may supply scripts, styles, images and fonts; nothing may be framed;
nothing inline on public pages. The admin gets ADMIN_CSP (PortalAdminSite): Django's admin,
its login and modeltranslation's tabs need nothing more (tests/browser/test_privacy.py);
the rich-text editor needs a nonce for its inline import map and the hash of the <style>
block Tiptap injects, which changes only with the library's version
(tests/browser/test_editor_workflow.py fails if it does).
"""

from django.utils.csp import CSP

TIPTAP_STYLE_HASH = "'sha256-PlumsSlvJ7vvWzjqibGAYKq92O3y/4JTxWWsWJvyUYA='"
SECURE_CSP = {
    "default-src": [CSP.NONE],
    "script-src": [CSP.SELF],
    "style-src": [CSP.SELF],
    "img-src": [CSP.SELF, "data:"],
    "font-src": [CSP.SELF],
    "connect-src": [CSP.SELF],
    "form-action": [CSP.SELF],
    "frame-ancestors": [CSP.NONE],
    "base-uri": [CSP.NONE],
    "object-src": [CSP.NONE],
}
ADMIN_CSP = {
    **SECURE_CSP,
    "script-src": [CSP.SELF, CSP.NONCE],
    "style-src": [CSP.SELF, TIPTAP_STYLE_HASH],
}

"""Authentication events, one line each, on the "portal.auth" logger (with the time, from the
log format): who logged in, failed, was locked out, logged out, or gave a wrong second
factor. No password and no code is ever logged; the address is left to the web server's
access log, which keeps none by default (see README.md, "Privacy")."""

import logging

from axes.signals import user_locked_out
from django.contrib.auth.signals import user_logged_in, user_logged_out, user_login_failed
from django_otp.forms import otp_verification_failed

logger = logging.getLogger("portal.auth")


def _name(user):
    return user.get_username() if user is not None else "-"


def on_login(sender, request, user, **kwargs):
    logger.info("login user=%s", _name(user))


def on_login_failed(sender, credentials, request=None, **kwargs):
    logger.warning("login failed user=%s", credentials.get("username", "-"))


def on_locked_out(sender, request, username, ip_address, **kwargs):
    logger.warning("locked out user=%s", username or "-")


def on_logout(sender, request, user, **kwargs):
    logger.info("logout user=%s", _name(user))


def on_otp_failed(sender, user, **kwargs):
    logger.warning("second factor failed user=%s", _name(user))


# (signal, receiver, dispatch_uid): connected by SecurityConfig.ready().
RECEIVERS = (
    (user_logged_in, on_login, "portal_auth_login"),
    (user_login_failed, on_login_failed, "portal_auth_failed"),
    (user_locked_out, on_locked_out, "portal_auth_locked"),
    (user_logged_out, on_logout, "portal_auth_logout"),
    (otp_verification_failed, on_otp_failed, "portal_auth_otp_failed"),
)

"""Give a staff account its authenticator (TOTP), e.g. the first superuser's.

    manage.py createsuperuser
    manage.py enrol_totp <username>

prints the otpauth:// address as a QR code in the terminal, plus the address and the secret
for typing by hand. The admin opens only after a valid code from that app.
"""

import base64

import segno
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError
from django_otp.plugins.otp_totp.models import TOTPDevice


class Command(BaseCommand):
    help = (
        "Create the TOTP authenticator of a staff account and print it as a QR code, an "
        "otpauth:// address and a secret. --reset replaces an existing one."
    )

    def add_arguments(self, parser):
        parser.add_argument("username")
        parser.add_argument("--reset", action="store_true", help="replace existing devices")
        parser.add_argument("--no-qr", action="store_true", help="print no QR code")

    def handle(self, username, reset=False, no_qr=False, **options):
        user = get_user_model().objects.filter(username=username).first()
        if user is None:
            raise CommandError(f"No user named {username!r}. Create it first (createsuperuser).")
        if not user.is_staff:
            raise CommandError(f"{username!r} is not staff: only staff need the admin.")
        existing = TOTPDevice.objects.filter(user=user)
        if existing.exists() and not reset:
            raise CommandError(
                f"{username!r} already has an authenticator. Use --reset to replace it "
                "(the old one stops working)."
            )
        existing.delete()
        device = TOTPDevice.objects.create(user=user, name="authenticator", confirmed=True)
        uri = device.config_url
        secret = base64.b32encode(device.bin_key).decode()
        if not no_qr:
            qr = segno.make(uri, error="m")
            qr.terminal(out=self.stdout, compact=True)
        self.stdout.write(f"otpauth address: {uri}")
        self.stdout.write(f"secret (type it in if the QR code cannot be scanned): {secret}")
        self.stdout.write(
            "Scan it now with an authenticator app; it is not shown again. The admin "
            "login asks for the 6-digit code."
        )

from django.apps import apps
from django.conf import settings
from django.core import mail
from django.core.management.base import BaseCommand
from django.test.utils import override_settings

from accounts.models import OrganisationMembership, User
from agencies.models import Agency, AgencyMembership
from costs.demo import DEMO_PASSWORD, DEMO_USERS, load_demo_data
from costs.models import Disclosure, Flag, ThresholdRule, WorkerReport


class Command(BaseCommand):
    help = (
        "Load the deterministic demo agencies and disclosures (skips agencies that exist), "
        "then print what the portal holds, its address and the demo accounts."
    )

    def handle(self, *args, **options):
        # The flags the demo opens e-mail the demo agency: kept, not printed,
        # so the first run's terminal shows the summary and then the server.
        with override_settings(EMAIL_BACKEND="django.core.mail.backends.locmem.EmailBackend"):
            mail.outbox = []
            created = load_demo_data()
            held = len(mail.outbox)
        if options["verbosity"]:
            self.stdout.write("\n".join(summary(created, held)))


def summary(created: int, held: int = 0) -> list[str]:
    """A few lines for the first run: what is loaded, where to open it, who to be."""
    guides = apps.get_model("portal", "Guide").objects.count()
    lines = [
        "",
        "FairFee is ready, with demo data:",
        f"  {Agency.objects.count()} agencies ({created} new this run), "
        f"{Disclosure.objects.current().count()} current fee lists and "
        f"{Disclosure.objects.filter(status=Disclosure.Status.SUPERSEDED).count()} earlier versions, "
        f"{WorkerReport.objects.accepted().count()} accepted worker reports, "
        f"{Flag.objects.active().count()} open flags, "
        f"{ThresholdRule.objects.count()} rules, {guides} guides.",
        f"  Open {settings.SITE_URL}/ (or {settings.SITE_URL}/km/, /vi/, /ja/, /en/).",
        f'  Demo accounts, password "{DEMO_PASSWORD}":',
    ]
    width = max(len(email) for email, _agency, _staff in DEMO_USERS)
    for email, _agency, _staff in DEMO_USERS:
        lines.append(f"    {email.ljust(width)}  {_role(User.objects.get(email=email))}")
    if held:
        lines.append(f"  ({held} e-mails about the demo's new flags were not printed.)")
    lines += ["  E-mails (sign-up confirmation, password reset) are printed in this terminal.", ""]
    return lines


def _role(user) -> str:
    if user.is_superuser:
        return "site admin (/admin/)"
    owned = AgencyMembership.objects.filter(user=user, verified=True).select_related("agency")
    if owned:
        return "verified owner of " + ", ".join(m.agency.name for m in owned)
    organisations = OrganisationMembership.objects.filter(user=user).select_related("organisation")
    return ", ".join(
        f"{m.organisation.get_kind_display()}: {m.organisation.name}" for m in organisations
    )

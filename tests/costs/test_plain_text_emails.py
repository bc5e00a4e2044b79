"""Plain-text e-mails say what was written: nothing in them is HTML-escaped
("Japan's Best & Co", never "Japan&#x27;s Best &amp; Co")."""

import pytest

from costs.review.notifications import review_digest_send

NAME = "Japan's Best & Co <Ltd>"
DEPOSIT = [("service-fee", "900", "USD", "worker"), ("deposit", "50", "USD", "worker")]


def escaped(text: str) -> bool:
    return any(entity in text for entity in ["&#x27;", "&#39;", "&amp;", "&quot;", "&lt;", "&gt;"])


@pytest.fixture
def japans_best(cast):
    agency = cast.beta
    agency.name = NAME
    agency.save()
    return agency


def test_a_flag_e_mail_names_the_agency_as_it_is_written(
    japans_best, cast, publish, mailoutbox, eager_tasks, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        publish(japans_best, lines=DEPOSIT)
    mails = [mail for mail in mailoutbox if mail.to == [cast.bob.email]]
    assert mails, "bob, Beta's owner, is told of the new flags"
    for mail in mails:
        assert NAME in mail.subject and NAME in mail.body
        assert not escaped(mail.subject) and not escaped(mail.body)


def test_the_review_workflow_e_mails_are_not_escaped_either(
    client, japans_best, cast, ngo, publish, mailoutbox, eager_tasks,
    django_capture_on_commit_callbacks,
):  # fmt: skip
    from costs.flags.engine import recompute_all
    from costs.models import Flag

    publish(japans_best, lines=DEPOSIT)
    recompute_all()
    flag = Flag.objects.filter(agency=japans_best).first()
    mailoutbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        client.force_login(cast.bob)
        reply = "We don't take deposits & never will."
        client.post("/en/my-agencies/beta/flags/", {"flag": flag.pk, "text": reply})
        client.force_login(ngo)
        note = "The agency's answer & receipts were checked."
        client.post(f"/en/review/flags/{flag.pk}/close/", {"outcome": "resolved", "note": note})
    replied = [mail for mail in mailoutbox if mail.to == [ngo.email]]
    status = [mail for mail in mailoutbox if mail.to == [cast.bob.email]]
    assert replied and reply in replied[0].body and NAME in replied[0].subject
    assert status and note in status[0].body and NAME in status[0].subject
    for mail in replied + status:
        assert not escaped(mail.subject) and not escaped(mail.body)

    mailoutbox.clear()
    assert review_digest_send() >= 1
    digest = next(mail for mail in mailoutbox if mail.to == [ngo.email])
    assert NAME in digest.body and not escaped(digest.body)


def test_an_invitation_names_the_agency_as_it_is_written(
    client, cast, mailoutbox, django_capture_on_commit_callbacks
):
    cast.alpha.name = NAME
    cast.alpha.save()
    client.force_login(cast.alice)
    with django_capture_on_commit_callbacks(execute=True):
        client.post("/en/my-agencies/alpha/members/", {"email": "nam@example.org"})
    (mail,) = mailoutbox
    assert NAME in mail.subject and NAME in mail.body
    assert not escaped(mail.subject) and not escaped(mail.body)

"""Downloads: the nightly dump written by the beat task, the page that links
it with its licence, and the data dictionary in four languages."""

import datetime
import io
import json
import zipfile

from django.conf import settings
from django.utils import timezone

from costs import tasks
from costs.opendata.dump import dump_write
from portal.celery import app

from .conftest import LISTS


def test_the_nightly_task_writes_every_list_as_json_and_csv(client, flagged, media):
    assert settings.CELERY_BEAT_SCHEDULE["opendata-dump"]["task"] == (
        "costs.tasks.write_opendata_dump"
    )
    assert "costs.tasks.write_opendata_dump" in app.tasks
    tasks.write_opendata_dump()
    (path,) = (media / "opendata").glob("*.zip")
    assert path.name == f"fairfee-opendata-{timezone.localdate().isoformat()}.zip"
    with zipfile.ZipFile(path) as archive:
        names = set(archive.namelist())
        assert names == {f"{n}.{kind}" for n in LISTS for kind in ("json", "csv")} | {
            "LICENCE.txt",
            "metadata.json",
        }
        assert "CC BY 4.0" in archive.read("LICENCE.txt").decode()
        # The same records as the API, in full, and the same CSV.
        flags = json.loads(archive.read("flags.json"))
        assert flags == client.get("/api/v1/flags/").json()["results"]
        assert archive.read("agencies.csv") == client.get("/api/v1/agencies/?format=csv").content
        assert json.loads(archive.read("metadata.json"))["licence"] == "CC-BY-4.0"


def test_the_download_page_links_the_latest_dump(client, cast):
    page = client.get("/en/open-data/").content.decode()
    assert "The first full download is written tonight." in page
    assert client.get("/api/v1/dump.zip").status_code == 404
    assert "creativecommons.org/licenses/by/4.0/" in page
    for name in LISTS:
        assert f'href="/api/v1/{name}/?format=csv"' in page

    path = dump_write()
    page = client.get("/en/open-data/").content.decode()
    assert 'href="/api/v1/dump.zip"' in page and path.name in page
    download = client.get("/api/v1/dump.zip")
    assert download.status_code == 200
    assert download["Content-Disposition"] == f'attachment; filename="{path.name}"'
    body = b"".join(download.streaming_content)
    assert "agencies.json" in zipfile.ZipFile(io.BytesIO(body)).namelist()
    again = client.get("/api/v1/dump.zip", HTTP_IF_NONE_MATCH=download["ETag"])
    assert again.status_code == 304
    assert (
        client.get("/api/v1/dump.zip", HTTP_IF_MODIFIED_SINCE=download["Last-Modified"]).status_code
        == 304
    )


def test_only_the_last_seven_dumps_are_kept(cast, media):
    start = timezone.now() - datetime.timedelta(days=10)
    for day in range(9):
        dump_write(now=start + datetime.timedelta(days=day))
    kept = sorted(p.name for p in (media / "opendata").glob("*.zip"))
    assert len(kept) == 7
    assert kept[-1].endswith(f"{timezone.localdate(start + datetime.timedelta(days=8))}.zip")
    assert not list((media / "opendata").glob(".partial-*"))


def test_the_data_dictionary_explains_every_field(client):
    page = client.get("/en/open-data/data-dictionary/").content.decode()
    for field in [
        "licence_status",
        "register_as_of",
        "items[].amount_usd",
        "median_usd",
        "median_months",
        "share_borrowed",
        "events[].text",
        "agency.licence_number",
    ]:
        assert f"<code>{field}</code>" in page, field
    assert "public amount (kind, low, high, currency)" in page
    assert "Recruitment Cost Indicator (SDG 10.7.1)" in page
    for language in ["km", "vi", "ja"]:
        for url in [f"/{language}/open-data/", f"/{language}/open-data/data-dictionary/"]:
            response = client.get(url)
            assert response.status_code == 200
            assert f'<html lang="{language}">' in response.content.decode()

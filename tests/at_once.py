"""Calls made at (nearly) the same moment, each in its own thread with its own
database connection, as two browsers, two people or two workers would make them.

Use it in `@pytest.mark.django_db(transaction=True)` tests: the threads see only
what is committed, as the real servers do."""

import re
import threading
import time

from django.db import connections


def at_once(*calls, offsets=None) -> list:
    """Start every call together (each after its offset in seconds, if given) and
    wait for all. Returns each call's result, or the exception it raised."""
    offsets = offsets or [0] * len(calls)
    start = threading.Barrier(len(calls))
    results: list = [None] * len(calls)

    def run(index, call):
        try:
            start.wait()
            if offsets[index]:
                time.sleep(offsets[index])
            results[index] = call()
        except BaseException as error:  # reported to the test, which fails on it
            results[index] = error
        finally:
            connections.close_all()

    threads = [threading.Thread(target=run, args=(index, call)) for index, call in enumerate(calls)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    return results


def raised(results) -> list[BaseException]:
    return [result for result in results if isinstance(result, BaseException)]


TOKEN = re.compile(r'name="submission_token" value="([^"]+)"')


def token_in(page: str) -> str:
    """The one-time token (accounts.submissions) of the first form on a page."""
    match = TOKEN.search(page)
    assert match, "the form carries no submission token"
    return match.group(1)

from .disclosures import Disclosure, DisclosureItem, Payer, PublishedRecordError
from .reference import (
    CostCategory,
    Country,
    ExchangeRate,
    MissingRate,
    Programme,
    RateBook,
    Sector,
    ThresholdRule,
    rate_on,
    to_usd,
)
from .reports import PROBLEM_FIELDS, ReportItem, WorkerReport

__all__ = [
    "CostCategory",
    "Country",
    "Disclosure",
    "DisclosureItem",
    "ExchangeRate",
    "MissingRate",
    "Payer",
    "Programme",
    "PROBLEM_FIELDS",
    "PublishedRecordError",
    "RateBook",
    "ReportItem",
    "WorkerReport",
    "Sector",
    "ThresholdRule",
    "rate_on",
    "to_usd",
]

from .disclosures import Disclosure, DisclosureItem, Payer, PublishedRecordError
from .reference import (
    CostCategory,
    Country,
    ExchangeRate,
    MissingRate,
    Programme,
    Sector,
    ThresholdRule,
    rate_on,
    to_usd,
)

__all__ = [
    "CostCategory",
    "Country",
    "Disclosure",
    "DisclosureItem",
    "ExchangeRate",
    "MissingRate",
    "Payer",
    "Programme",
    "PublishedRecordError",
    "Sector",
    "ThresholdRule",
    "rate_on",
    "to_usd",
]

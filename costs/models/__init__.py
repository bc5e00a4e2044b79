from .disclosures import Disclosure, DisclosureItem, Payer
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
    "Sector",
    "ThresholdRule",
    "rate_on",
    "to_usd",
]

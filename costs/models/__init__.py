from .disclosures import Disclosure, DisclosureItem, Payer, PublishedRecordError
from .flags import ACTIVE_STATUSES, CostSummary, Flag, FlagEvent
from .reference import (
    CostCategory,
    Country,
    ExchangeRate,
    MissingRate,
    Programme,
    RateBook,
    Sector,
    ThresholdRule,
    ThresholdRuleVersion,
    months_of_wage,
    rate_on,
    to_usd,
)
from .reports import PROBLEM_FIELDS, ReportItem, WorkerReport

__all__ = [
    "ACTIVE_STATUSES",
    "CostSummary",
    "Flag",
    "FlagEvent",
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
    "ThresholdRuleVersion",
    "months_of_wage",
    "rate_on",
    "to_usd",
]

from modeltranslation.translator import TranslationOptions, register

from .models import CostCategory, Country, Programme, Sector, ThresholdRule
from .models.reference import LicenceAuthority


@register(Country)
class CountryTranslation(TranslationOptions):
    fields = ("name",)


@register(Programme)
class ProgrammeTranslation(TranslationOptions):
    fields = ("name", "short_name", "description")


@register(Sector)
class SectorTranslation(TranslationOptions):
    fields = ("name",)


@register(CostCategory)
class CostCategoryTranslation(TranslationOptions):
    fields = ("name", "description")


@register(ThresholdRule)
class ThresholdRuleTranslation(TranslationOptions):
    fields = ("citation", "reference")


@register(LicenceAuthority)
class LicenceAuthorityTranslation(TranslationOptions):
    fields = ("name",)

from modeltranslation.translator import TranslationOptions, register

from .models import Guide, HelpContact


@register(Guide)
class GuideTranslation(TranslationOptions):
    fields = ("title", "summary", "body")


@register(HelpContact)
class HelpContactTranslation(TranslationOptions):
    fields = ("name", "description", "hours", "instead", "source")

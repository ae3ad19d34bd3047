"""Marking of user-visible strings in the QGIS-free core.

The core must not import QGIS, so it cannot translate. It marks its English templates with
:func:`tr` (which returns them unchanged) so that pylupdate5 collects them into
i18n/nuudel_mn.ts; the QGIS adapters translate the template and then fill in the values.
"""


def tr(text: str) -> str:
    """Return ``text`` unchanged; marks it for translation by the adapters."""
    return text


class NuudelError(Exception):
    """An error for the user: an English template with {named} placeholders and their values."""

    def __init__(self, template: str, **params):
        self.template = template
        self.params = params
        super().__init__(template.format(**params))

    def render(self, translate=None) -> str:
        """The message, translated by ``translate`` (a callable) when one is given.

        Parameters that are themselves NuudelErrors are rendered (and translated) too.
        """
        template = translate(self.template) if translate else self.template
        params = {
            key: value.render(translate) if isinstance(value, NuudelError) else value
            for key, value in self.params.items()
        }
        return template.format(**params)

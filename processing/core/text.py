"""Marking of user-visible strings in the QGIS-free core.

The core must not import QGIS, so it cannot translate. It marks its English templates with
:func:`tr` (which returns them unchanged) so that pylupdate5 collects them into
i18n/nuudel_mn.ts; the QGIS adapters translate the template and then fill in the values.
"""


def tr(text: str) -> str:
    """Return ``text`` unchanged; marks it for translation by the adapters."""
    return text


class Message:
    """A text for the user: an English template with {named} placeholders and their values,
    translated when it is shown (:meth:`render`).

    >>> Message("{n} km", n=3).render()
    '3 km'
    """

    def __init__(self, template: str, **params):
        self.template = template
        self.params = params

    def render(self, translate=None) -> str:
        """The text, translated by ``translate`` (a callable) when one is given; parameters
        that are Messages themselves are rendered (and translated) too."""
        return _render(self.template, self.params, translate)

    def __str__(self):
        return self.render()


def _render(template, params, translate):
    template = translate(template) if translate else template
    values = {
        key: value.render(translate) if hasattr(value, "render") else value
        for key, value in params.items()
    }
    return template.format(**values)


class NuudelError(Exception):
    """An error for the user: an English template with {named} placeholders and their values."""

    def __init__(self, template: str, **params):
        self.template = template
        self.params = params
        super().__init__(template.format(**params))

    def render(self, translate=None) -> str:
        """The message, translated by ``translate`` (a callable) when one is given.

        Parameters that are themselves NuudelErrors or Messages are rendered (and translated)
        too.
        """
        return _render(self.template, self.params, translate)


def listed(codes, labels) -> str:
    """Codes as their labels for a sentence ('mesh fence; solid wall'; ';' because a label may
    hold a comma); a code without a label stays as it is.

    >>> listed(["mesh", "wall"], {"mesh": "Mesh fence"})
    'mesh fence; wall'
    """
    out = []
    for code in codes:
        label = labels.get(code, code)
        out.append(label[:1].lower() + label[1:])
    return "; ".join(out)

"""One way to stop a run: a translated error, a cancel check, core errors made readable.

A leaf module (it imports only QGIS, the core's text helpers and i18n), so readers, writers,
styles and algorithms can all use it without importing the algorithm base class.
"""

import gc
from contextlib import contextmanager

from qgis.core import QgsProcessingException

from .core.text import NuudelError
from .i18n import tr


def fail(message: str, **params):
    """Raise a QgsProcessingException with ``message`` (already translated) filled in."""
    raise QgsProcessingException(message.format(**params) if params else message)


def check_cancel(feedback):
    """Stop the run (an exception Processing reports as cancelled) once the user cancelled."""
    if feedback is not None and feedback.isCanceled():
        raise QgsProcessingException(tr("Cancelled."))


def core_call(function, *args, **kwargs):
    """Run a core function; its NuudelError becomes a translated QgsProcessingException."""
    try:
        return function(*args, **kwargs)
    except NuudelError as err:
        raise QgsProcessingException(err.render(tr)) from err


@contextmanager
def paused_gc():
    """Pause Python's cyclic garbage collector for a run that makes and frees hundreds of
    thousands of small objects (attribute values, features, reason texts): none of them form
    cycles, so reference counting frees them, and the collector would only rescan them again
    and again."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()

"""One way to stop a run: a translated error, a cancel check, core errors made readable.

A leaf module (it imports only QGIS, the core's text helpers and i18n), so readers, writers,
styles and algorithms can all use it without importing the algorithm base class.
"""

import gc
from contextlib import contextmanager

from qgis.core import QgsProcessingException, QgsProcessingMultiStepFeedback

from .core.text import NuudelError
from .i18n import tr


def fail(message: str, **params):
    """Raise a QgsProcessingException with ``message`` (already translated) filled in."""
    raise QgsProcessingException(message.format(**params) if params else message)


def check_cancel(feedback):
    """Stop the run (an exception Processing reports as cancelled) once the user cancelled."""
    if feedback is not None and feedback.isCanceled():
        raise QgsProcessingException(tr("Cancelled."))


def steps(count, feedback):
    """Progress in ``count`` phases: a QgsProcessingMultiStepFeedback over ``feedback``.

    Each phase starts with :func:`step`, and reports its own 0-100 % through the returned
    feedback (readers, writers and core callbacks do); ``step(multi, count)`` ends at 100 %.
    """
    check_cancel(feedback)  # the multi-step feedback follows only cancels still to come
    return QgsProcessingMultiStepFeedback(count, feedback)


def step(multi, index):
    """Start phase ``index`` of ``multi`` (from :func:`steps`), after a cancel check: a
    cancelled run raises before it reports any further progress (never 100 %)."""
    check_cancel(multi)
    multi.setCurrentStep(index)


def core_progress(feedback, scale=100.0):
    """A progress callback for the core: ``value * scale`` percent of the current phase, with a
    cancel check (the core's callbacks may raise to cancel)."""

    def progress(value):
        check_cancel(feedback)
        feedback.setProgress(min(max(value * scale, 0.0), 100.0))

    return progress


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

"""One error type for everything a user can get wrong.

Every bad input (a layer size, a hyperparameter, a data file, an experiment file) raises
`AnnStudioError` with one sentence naming the bad value; the CLI prints it as one line and
the GUI shows it in a message box. Never a NumPy traceback.
"""
import numbers


class AnnStudioError(ValueError):
    """A problem the user can fix; ``str(err)`` is the one-line message to show."""


class DivergenceError(AnnStudioError):
    """Training produced a non-finite loss or parameter; the last finite weights are kept."""


def check_positive_int(name, value, minimum=1, maximum=None):
    """Return ``value`` as an int, or raise a clear error naming ``name``."""
    if isinstance(value, bool):
        raise AnnStudioError(f"{name} must be a whole number, got {value!r}")
    if isinstance(value, numbers.Integral):
        ivalue = int(value)    # exact: a seed near 2⁶³ would not survive a float
        if ivalue < minimum:
            raise AnnStudioError(f"{name} must be at least {minimum}, got {value!r}")
        if maximum is not None and ivalue > maximum:
            raise AnnStudioError(f"{name} must be at most {maximum}, got {value!r}")
        return ivalue
    try:
        as_float = float(value)
    except (TypeError, ValueError):
        raise AnnStudioError(f"{name} must be a whole number, got {value!r}") from None
    if as_float != as_float or as_float in (float("inf"), float("-inf")) or as_float != int(as_float):
        raise AnnStudioError(f"{name} must be a whole number, got {value!r}")
    ivalue = int(as_float)
    if ivalue < minimum:
        raise AnnStudioError(f"{name} must be at least {minimum}, got {value!r}")
    if maximum is not None and ivalue > maximum:
        raise AnnStudioError(f"{name} must be at most {maximum}, got {value!r}")
    return ivalue


def check_float(name, value, *, minimum=None, maximum=None, min_inclusive=True,
                max_inclusive=True):
    """Return ``value`` as a finite float within bounds, or raise a clear error."""
    if isinstance(value, bool):
        raise AnnStudioError(f"{name} must be a number, got {value!r}")
    try:
        f = float(value)
    except (TypeError, ValueError):
        raise AnnStudioError(f"{name} must be a number, got {value!r}") from None
    if f != f or f in (float("inf"), float("-inf")):
        raise AnnStudioError(f"{name} must be a finite number, got {value!r}")
    if minimum is not None and (f < minimum or (f == minimum and not min_inclusive)):
        op = ">=" if min_inclusive else ">"
        raise AnnStudioError(f"{name} must be {op} {minimum:g}, got {value!r}")
    if maximum is not None and (f > maximum or (f == maximum and not max_inclusive)):
        op = "<=" if max_inclusive else "<"
        raise AnnStudioError(f"{name} must be {op} {maximum:g}, got {value!r}")
    return f

"""Every example in a docstring under jdash/ runs and gives what it says (STYLE: a rule carries one
example in its docstring; an example that no longer holds misleads the next reader)."""
import doctest
import importlib
import pkgutil

import pytest

import jdash

MODULES = sorted(m.name for m in pkgutil.walk_packages(jdash.__path__, "jdash."))


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples_hold(name):
    module = importlib.import_module(name)
    result = doctest.testmod(module, report=True, optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
    assert result.failed == 0, f"{result.failed} of {result.attempted} docstring examples in {name} fail"


def test_the_examples_are_collected():
    """The runner finds the package's examples (a walk that found nothing would pass vacuously)."""
    attempted = sum(doctest.testmod(importlib.import_module(n), report=False).attempted for n in MODULES)
    assert attempted >= 50

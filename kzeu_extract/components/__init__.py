"""One spaCy component per concern (a module or package each). Their factories are
registered by ``kzeu_extract.factories``, which importing this package imports."""
from .. import factories  # noqa: F401

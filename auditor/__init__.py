"""auditor: a statistical claim-consistency auditor for newsrooms.

The library API lives in :mod:`auditor.audit`; the command line in
:mod:`auditor.cli` is a thin layer over it.
"""

__version__ = "0.1.0"

"""One exception hierarchy, so the CLI can turn any library failure into a one-line message.

Exit codes (DESIGN.md): 0 done; 1 the work found a problem; 2 bad usage or unreadable input.
"""

from __future__ import annotations


class StrategyGraphError(Exception):
    """Base class of every error the library raises on purpose."""

    exit_code = 2


class UsageError(StrategyGraphError):
    """The user asked for something that cannot be done as asked (bad option, unknown name)."""


class InputError(StrategyGraphError):
    """A document or data file cannot be read (missing, empty, binary, unknown format)."""


class QueryError(StrategyGraphError):
    """A SPARQL query does not parse, or names a parameter it does not have."""


class EndpointError(StrategyGraphError):
    """A remote SPARQL endpoint cannot be reached or answered badly."""


class ProblemFound(StrategyGraphError):
    """The work ran and found a problem in the data: invalid shapes, inconsistent ontology."""

    exit_code = 1


class ValidationFailed(ProblemFound):
    """The SHACL shapes rejected a graph; ``report`` holds the readable report."""

    def __init__(self, message: str, report: str = "") -> None:
        super().__init__(message)
        self.report = report


class InconsistentOntology(ProblemFound):
    """The reasoner found the ontology plus data inconsistent; ``report`` names what is involved."""

    def __init__(self, message: str, report: str = "") -> None:
        super().__init__(message)
        self.report = report

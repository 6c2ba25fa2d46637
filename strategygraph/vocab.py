"""The ontology's own terms as a typed namespace: a misspelt ``SG.term`` fails at import.

Kept in step with ``ontology/strategygraph.ttl`` by ``tests/test_ontology.py``; add a term to
the ontology first, then here.
"""

from __future__ import annotations

from rdflib.namespace import DefinedNamespace, Namespace
from rdflib.term import URIRef


class SG(DefinedNamespace):
    """The strategygraph ontology, ``https://w3id.org/strategygraph/ontology#``."""

    _NS = Namespace("https://w3id.org/strategygraph/ontology#")
    _fail = True

    # classes
    AcuteTrust: URIRef
    Alignment: URIRef
    AmbulanceTrust: URIRef
    Commitment: URIRef
    CommunityTrust: URIRef
    CoverageCount: URIRef
    Goal: URIRef
    IntegratedCareBoard: URIRef
    IntegratedCarePartnership: URIRef
    IntegratedCareSystem: URIRef
    LocalAuthority: URIRef
    MentalHealthTrust: URIRef
    Mission: URIRef
    Organisation: URIRef
    OrganisationSimilarity: URIRef
    OtherOrganisation: URIRef
    Partnership: URIRef
    StrategicStatement: URIRef
    Strategy: URIRef
    StrategyDocument: URIRef
    University: URIRef
    ThemeCount: URIRef
    Value: URIRef
    Vision: URIRef
    VoluntaryOrCommunityOrganisation: URIRef

    # properties
    addressesTheme: URIRef
    alignedStatement: URIRef
    alignmentRank: URIRef
    alignsWith: URIRef
    confidence: URIRef
    countOf: URIRef
    countedTheme: URIRef
    coverageOf: URIRef
    coveredConcept: URIRef
    description: URIRef
    extractionRule: URIRef
    fileName: URIRef
    hasCommitment: URIRef
    hasGoal: URIRef
    hasIntegratedCareBoard: URIRef
    hasMember: URIRef
    hasMission: URIRef
    hasTextTarget: URIRef
    hasValue: URIRef
    hasVision: URIRef
    memberOf: URIRef
    mentions: URIRef
    method: URIRef
    odsCode: URIRef
    order: URIRef
    organisation: URIRef
    page: URIRef
    partnerOf: URIRef
    provenanceRank: URIRef
    publishedBy: URIRef
    score: URIRef
    sharedTheme: URIRef
    similarityRank: URIRef
    statementCount: URIRef
    supportsGoal: URIRef
    text: URIRef
    textSha256: URIRef
    timeframe: URIRef
    topAlignment: URIRef
    topProvenanceRank: URIRef

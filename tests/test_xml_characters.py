"""A stray control character in a document's text (a form feed from a PDF, an escape code
pasted from a terminal) must neither stop the reasoner for the whole build nor make the RDF/XML
export unreadable: the formats that can escape it keep it exactly."""

from __future__ import annotations

from pathlib import Path

from rdflib import Graph, Literal

from strategygraph.cli import main
from strategygraph.namespaces import OA
from strategygraph.reason import _java_cause
from strategygraph.xmlchars import xml_safe

PAGE = "Our vision\n\nOur vision is to be \x01 great for \x0c all of Ashby.\n\nOur values\n\n- Kind\n- Fair\n"


def _built(tmp_path: Path) -> Path:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "ashby.txt").write_text(PAGE, encoding="utf-8")
    (corpus / "manifest.toml").write_text('[[document]]\nfile = "ashby.txt"\norganisations = ["RXM"]\n',
                                          encoding="utf-8")
    out = tmp_path / "build"
    assert main(["build", str(corpus), "--out", str(out)]) == 0  # reasoned with HermiT, not stopped
    return out


def test_control_characters_survive_build_and_every_export(tmp_path: Path) -> None:
    out = _built(tmp_path)
    exact = "to be \x01 great for \x0c all of Ashby."  # (the vision, its "Our vision is" lead left out)
    turtle = tmp_path / "all.ttl"
    assert main(["--store", str(out / "store"), "export", "--format", "ttl", "--out", str(turtle)]) == 0
    assert Literal(exact) in set(Graph().parse(turtle, format="turtle").objects(None, OA.exact))
    xml = tmp_path / "all.rdf"
    assert main(["--store", str(out / "store"), "export", "--format", "xml", "--out", str(xml)]) == 0
    quotes = set(Graph().parse(xml, format="xml").objects(None, OA.exact))
    assert Literal("to be \ufffd great for \ufffd all of Ashby.") in quotes


def test_xml_safe_keeps_length_and_ordinary_text() -> None:
    assert xml_safe("a\x01b\tc\nd\ufffe") == "a\ufffdb\tc\nd\ufffd"
    assert xml_safe("Café – “quoted” 😀") == "Café – “quoted” 😀"


def test_java_error_names_the_exception_not_a_stack_frame() -> None:
    message = ("Exception in thread \"main\" org.xml.sax.SAXParseException: An invalid XML character "
               "(Unicode: 0x1) was found\n\tat org.apache.xerces.Parser.parse(Parser.java:1)\n"
               "\tat org.semanticweb.HermiT.cli.CommandLine.main(CommandLine.java:830)\n")
    assert "invalid XML character" in _java_cause(message)

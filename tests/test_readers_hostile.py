"""Hostile and careless documents given to ``strategygraph extract`` and ``build``: PDFs that
pypdf cannot get through, PDFs with only an owner password, pipes, devices and huge files,
UTF-16 text, manifests with the wrong types. Each gives one line and exit code 2 from
``extract`` (or is read, with a warning), never a traceback; in ``build`` the others still load.

Every fixture is made here, in ``tmp_path``.
"""

from __future__ import annotations

import json
import os
import resource
import subprocess
import sys
import threading
import zlib
from pathlib import Path

import pytest
from rdflib import Graph, Namespace
from test_bad_input import _assert_one_line_error, _run

from strategygraph.readers import read_document, text

OA = Namespace("http://www.w3.org/ns/oa#")

PAGE = (
    "Ashby Trust strategy\n\nOur vision\n\nOur vision is healthier lives for everyone in Ashby.\n\n"
    "Our values\n\nCompassion\nRespect\n\nWe will cut waiting times for planned care by 2026.\n"
)


def _raw_pdf(content: bytes, stream_keys: bytes = b"") -> bytes:
    """A one-page PDF whose page content is ``content`` (a stream with ``stream_keys`` added to
    its dictionary, e.g. a /Filter), written byte by byte with a correct cross-reference table."""
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] "
        b"/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        b"<< /Length %d %s >>\nstream\n" % (len(content), stream_keys) + content + b"\nendstream",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def _text_content(lines: list[str]) -> bytes:
    shown = " ".join(f"({line}) Tj T*" for line in lines)
    return f"BT /F1 12 Tf 14 TL 50 750 Td {shown} ET".encode("latin-1")


def _extract_fails(path: Path, capsys: pytest.CaptureFixture[str], *fragments: str) -> str:
    code, out, err = _run(["extract", str(path)], capsys)
    assert code == 2, err
    assert out == ""
    _assert_one_line_error(err)
    for fragment in fragments:
        assert fragment in err, err
    return err


# --- PDFs that pypdf cannot get through -----------------------------------------------------


def test_a_decompression_bomb_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    packer = zlib.compressobj(9)
    block = bytes(1 << 20)
    bomb = b"".join(packer.compress(block) for _ in range(80)) + packer.flush()  # 80 MiB of zeros in 80 KB
    path = tmp_path / "bomb.pdf"
    path.write_bytes(_raw_pdf(bomb, b"/Filter /FlateDecode"))
    _extract_fails(path, capsys, "the PDF could not be read")


def test_a_filter_without_a_decoder_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "jbig2.pdf"
    path.write_bytes(_raw_pdf(b"garbage", b"/Filter /JBIG2Decode"))  # pypdf needs the jbig2dec program
    _extract_fails(path, capsys, "PDF")


def test_deeply_nested_content_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    plain = tmp_path / "plain.pdf"  # (the same PDF with plain content reads: only the nesting is wrong)
    plain.write_bytes(_raw_pdf(_text_content(["Our vision", "Healthier lives for everyone."])))
    code, out, err = _run(["extract", str(plain)], capsys)
    assert code == 0, err
    assert json.loads(out)["vision"] == "Healthier lives for everyone."
    path = tmp_path / "deep.pdf"
    path.write_bytes(_raw_pdf(b"[ " * 5000))
    _extract_fails(path, capsys, "the PDF could not be read", "nested too deeply")


# --- encrypted PDFs -----------------------------------------------------------------------------


def _encrypted(path: Path, user_password: str, algorithm: str) -> None:
    import io

    from pypdf import PdfReader, PdfWriter

    plain = _raw_pdf(_text_content(["Our vision", "Healthier lives for everyone in Ashby."]))
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(plain)))
    writer.encrypt(user_password=user_password, owner_password="owner-secret", algorithm=algorithm)
    with path.open("wb") as handle:
        writer.write(handle)


@pytest.mark.parametrize("algorithm", ["RC4-128", "AES-128"])
def test_a_pdf_with_only_an_owner_password_is_read(
    tmp_path: Path, algorithm: str, capsys: pytest.CaptureFixture[str]
) -> None:
    if algorithm.startswith("AES"):
        pytest.importorskip("cryptography")
    path = tmp_path / "owner-only.pdf"
    _encrypted(path, "", algorithm)
    code, out, err = _run(["extract", str(path)], capsys)
    assert code == 0, err
    assert "Traceback" not in err
    assert json.loads(out)["vision"] == "Healthier lives for everyone in Ashby."

    locked = tmp_path / "locked.pdf"
    _encrypted(locked, "user-secret", algorithm)
    _extract_fails(locked, capsys, "the PDF is encrypted")


# --- pipes, devices, huge files -----------------------------------------------------------------


def test_a_fifo_is_refused_without_being_opened(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    done = threading.Event()

    def release() -> None:
        # (a reader that opens the pipe waits for a writer for ever: one comes, and goes at once,
        # so that such a reader fails this test instead of hanging it)
        while not done.wait(0.05):
            try:
                os.close(os.open(fifo, os.O_WRONLY | os.O_NONBLOCK))
            except OSError:
                continue  # (nobody reading: as it should be)
            return

    writer = threading.Thread(target=release, daemon=True)
    writer.start()
    try:
        _extract_fails(fifo, capsys, "not a regular file", "named pipe")
    finally:
        done.set()
        writer.join(5)


def _limit_memory() -> None:
    limit = 3 * 1024**3  # (a reader of /dev/zero stops at this, with a MemoryError)
    resource.setrlimit(resource.RLIMIT_AS, (limit, limit))


def test_a_link_to_a_device_is_refused(tmp_path: Path) -> None:
    link = tmp_path / "zero.txt"
    link.symlink_to("/dev/zero")
    done = subprocess.run(
        [sys.executable, "-m", "strategygraph", "extract", str(link)],
        capture_output=True, text=True, timeout=120, preexec_fn=_limit_memory, check=False,
    )
    assert done.returncode == 2, done.stderr[-2000:]
    assert done.stdout == ""
    _assert_one_line_error(done.stderr)
    assert "not a regular file" in done.stderr and "character device" in done.stderr
    assert "/dev/zero" in done.stderr


def test_a_file_over_the_size_limit_is_refused_before_it_is_read(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    assert text.MAX_FILE_BYTES >= 20 * 1024 * 1024  # (a 20 MB text is read, as the README says)
    huge = tmp_path / "huge.txt"
    huge.write_text(PAGE, encoding="utf-8")
    os.truncate(huge, text.MAX_FILE_BYTES + 1)  # (sparse: no disk used)
    _extract_fails(huge, capsys, "too large", "200 MB")

    small = tmp_path / "small.txt"
    small.write_text(PAGE, encoding="utf-8")
    monkeypatch.setattr(text, "MAX_FILE_BYTES", len(PAGE) - 1)
    _extract_fails(small, capsys, "too large")
    monkeypatch.setattr(text, "MAX_FILE_BYTES", len(PAGE))
    code, _, err = _run(["extract", str(small)], capsys)
    assert code == 0, err


# --- UTF-16 -----------------------------------------------------------------------------------


@pytest.mark.parametrize(("bom", "encoding"), [(b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be")])
def test_utf16_text_with_a_bom_is_read_and_its_offsets_hold(
    tmp_path: Path, bom: bytes, encoding: str, capsys: pytest.CaptureFixture[str]
) -> None:
    page = "\U0001f30d " + PAGE.replace("everyone", "everyone \u2014 \u201ctogether\u201d").replace("\n", "\r\n")
    (tmp_path / "utf8").mkdir()
    (tmp_path / "utf16").mkdir()
    plain = tmp_path / "utf8" / "doc.txt"
    plain.write_bytes(page.encode("utf-8"))
    wide = tmp_path / "utf16" / "doc.txt"
    wide.write_bytes(bom + page.encode(encoding))

    code, expected, err = _run(["extract", str(plain), "--format", "turtle"], capsys)
    assert code == 0 and err == ""
    code, turtle, err = _run(["extract", str(wide), "--format", "turtle"], capsys)
    assert code == 0, err
    assert err.count("\n") == 1 and "warning" in err and "UTF-16" in err
    assert turtle == expected  # (the same graph, offsets and all, as from the UTF-8 file)

    document = read_document(wide)
    assert document.text == page
    graph = Graph().parse(data=turtle, format="turtle")
    rows = list(graph.query(
        "SELECT ?start ?end ?exact WHERE { ?target oa:hasSelector ?p, ?q . "
        "?p oa:start ?start ; oa:end ?end . ?q oa:exact ?exact }", initNs={"oa": OA}))
    assert rows
    for start, end, exact in rows:
        assert document.text[int(start):int(end)] == str(exact)


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_utf16_text_without_a_bom_is_read_the_same(
    tmp_path: Path, encoding: str, capsys: pytest.CaptureFixture[str]
) -> None:
    # (some exports write UTF-16 with no byte-order mark: the zero byte beside each letter tells its order)
    page = PAGE.replace("everyone", "everyone \u2014 \u201ctogether\u201d")
    (tmp_path / "utf8").mkdir()
    (tmp_path / "utf16").mkdir()
    plain = tmp_path / "utf8" / "doc.txt"
    plain.write_bytes(page.encode("utf-8"))
    wide = tmp_path / "utf16" / "doc.txt"
    wide.write_bytes(page.encode(encoding))
    assert not wide.read_bytes().startswith((b"\xff\xfe", b"\xfe\xff"))

    code, expected, err = _run(["extract", str(plain), "--format", "turtle"], capsys)
    assert code == 0 and err == ""
    code, turtle, err = _run(["extract", str(wide), "--format", "turtle"], capsys)
    assert code == 0, err
    assert err.count("\n") == 1 and "UTF-16" in err and "no byte-order mark" in err
    assert turtle == expected
    assert read_document(wide).text == page


def test_a_16_bit_binary_array_is_not_read_as_utf16(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # (values 32-255 little-endian have the zero-byte pattern of UTF-16 text, but decode to C1 controls)
    path = tmp_path / "doc.txt"
    path.write_bytes(b"".join((32 + (i * 37) % 224).to_bytes(2, "little") for i in range(4000)))
    code, _, err = _run(["extract", str(path)], capsys)
    assert code == 2 and "binary" in err and err.count("\n") == 1


def test_unmarked_utf16_with_a_stray_newline_byte_or_only_spaces(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    stray = tmp_path / "stray.txt"
    stray.write_bytes(PAGE.encode("utf-16-le") + b"\n")
    code, _, err = _run(["extract", str(stray)], capsys)
    assert code == 0 and "UTF-16" in err
    blank = tmp_path / "blank.txt"
    blank.write_bytes("   \n\n   ".encode("utf-16-le"))
    code, _, err = _run(["extract", str(blank)], capsys)
    assert code == 2 and "empty" in err and err.count("\n") == 1


def test_zero_bytes_without_the_utf16_pattern_are_still_binary(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "doc.txt"
    path.write_bytes(bytes(range(256)) * 8)
    code, _, err = _run(["extract", str(path)], capsys)
    assert code == 2 and "binary" in err and err.count("\n") == 1


# --- manifests with the wrong types ---------------------------------------------------------------


BAD_MANIFESTS = [
    ("document = 5\n", "'document' must be a list"),
    ('[document]\nfile = "doc.txt"\n', "'document' must be a list"),
    ("document = [5]\n", "must be a table"),
    ('[[document]]\nfile = "doc.txt"\norganisations = 5\n', "'organisations' must be"),
    ('[[document]]\nfile = "doc.txt"\norganisations = ["RXM", 7]\n', "'organisations' must be"),
    ('[[document]]\nfile = 5\norganisations = ["RXM"]\n', "'file' must be"),
    ('[[document]]\nfile = "doc.txt"\ntitle = ["a", "b"]\n', "'title' must be a string"),
]


@pytest.mark.parametrize(("manifest", "message"), BAD_MANIFESTS)
def test_a_manifest_with_wrong_types_is_one_line(
    tmp_path: Path, manifest: str, message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "doc.txt").write_text(PAGE, encoding="utf-8")
    (tmp_path / "manifest.toml").write_text(manifest, encoding="utf-8")
    _extract_fails(tmp_path / "doc.txt", capsys, "manifest.toml", message)


# --- build -----------------------------------------------------------------------------------------


def test_build_reports_each_odd_file_and_loads_the_others(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "ashby.txt").write_text(PAGE, encoding="utf-8")
    (corpus / "bexley.txt").write_bytes(b"\xff\xfe" + PAGE.replace("Ashby", "Bexley").encode("utf-16-le"))
    (corpus / "broken.pdf").write_bytes(_raw_pdf(b"[ " * 5000))
    os.mkfifo(corpus / "pipe.txt")
    (corpus / "zero.txt").symlink_to("/dev/zero")
    (corpus / "gone.txt").symlink_to(corpus / "nothing.txt")
    manifest = "".join(
        f'[[document]]\nfile = "{name}"\norganisations = ["{code}"]\n\n'
        for name, code in (("ashby.txt", "RXM"), ("bexley.txt", "RX3"), ("broken.pdf", "RBD"))
    )
    (corpus / "manifest.toml").write_text(manifest, encoding="utf-8")
    out = tmp_path / "build"

    code, summary, err = _run(["build", str(corpus), "--out", str(out), "--no-reason", "--no-pages"], capsys)
    assert code == 1, summary + err  # (a document was left out)
    assert "Traceback" not in summary + err
    lines = summary.splitlines()
    assert any(line.split() == ["documents", "loaded", "2"] for line in lines), summary
    failed = [line for line in err.splitlines() if line.startswith("error:")]
    assert len(failed) == 1 and "broken.pdf" in failed[0] and "nested too deeply" in failed[0]
    warned = [line for line in err.splitlines() if line.startswith("strategygraph: warning: ")]
    assert len(warned) == 3, err
    assert all(line.startswith("strategygraph: warning: ") for line in warned)
    for name, why in (("gone.txt", "no such file"), ("pipe.txt", "named pipe"), ("zero.txt", "character device")):
        assert any(name in line and why in line for line in warned), err

    # the UTF-16 page's text as read is kept beside the build: its offsets index that text
    assert (out / "current" / "text" / "bexley.txt").read_text(encoding="utf-8") == PAGE.replace("Ashby", "Bexley")

    # a manifest with the wrong types: one line, exit 2, and the previous build stays as it was
    current = os.readlink(out / "current")
    (corpus / "manifest.toml").write_text(manifest + "[[document]]\nfile = 5\n", encoding="utf-8")
    code, summary, err = _run(["build", str(corpus), "--out", str(out), "--no-reason", "--no-pages"], capsys)
    assert code == 2
    assert summary == ""
    _assert_one_line_error(err)
    assert "manifest.toml" in err and "'file' must be" in err
    assert os.readlink(out / "current") == current

"""Why an input file was not read (or what was repaired to read it): a code and its parameters, said in any
language through gettext.

Ingest never writes a sentence: it records a ``Reason`` (``code`` from
``MESSAGES`` plus the parameters its sentence needs) on the file's
``Source``. The sentence comes from the gettext catalogue when it is shown:
in the clerk's language on the command line, in Chinese in the documents (an
office reads them), in English in the export's ``error`` (beside the code, so
a program can tell reasons apart without reading prose). Like ``records``,
this is vocabulary every later stage may read.
"""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from .messages import N_, gettext_in

MESSAGES: dict[str, str] = {
    # the file itself
    "not_found": N_("no such file; check the name and spelling"),
    "no_permission": N_("no permission to read the file; ask for read access or copy it somewhere readable"),
    "unreadable": N_("cannot read the file ({detail}); check that it exists and is readable"),
    "unlistable_folder": N_("cannot list the folder; check that it is readable"),
    "not_regular": N_("not a regular file (a device, pipe or socket); give reportgen files or folders"),
    "empty": N_("the file is empty"),
    "too_large": N_("the file is larger than the limit ({size} > {limit}); raise --max-mb to read it"),
    "grew_past_limit": N_("the file grew past the limit ({limit}) while being read; raise --max-mb to read it"),
    # its format
    "unsupported_format": N_("not a supported format ({ext}); reportgen reads .txt, .docx, .doc, .wps, .rtf, "
                             ".odt, .pdf and .html files"),
    "no_extension": N_("a file without an extension; reportgen reads .txt, .docx, .doc, .wps, .rtf, .odt, "
                       ".pdf and .html files"),
    "spreadsheet": N_("a spreadsheet, not a report; copy its table into the Word report or save the report "
                      "as .docx"),
    "slides": N_("a slide deck, not a report; save the report as .docx"),
    "archive": N_("an archive; unpack it and give reportgen the folder"),
    "not_a_docx": N_("not a Word file (it is not a zip package); if it is plain text, rename it .txt"),
    "not_a_pdf": N_("not a PDF (it does not start like one); check the file or ask for the Word file"),
    # plain text
    "bad_byte_order_mark": N_("the file starts with a {encoding} byte-order mark but is not valid {encoding}; "
                              "re-save it as UTF-8"),
    "not_text": N_("not text: its bytes are in no encoding reportgen reads (UTF-8, UTF-16, GB18030, Big5); "
                   "if it is a report, re-save it as UTF-8 text"),
    "not_text_even_repaired": N_("not text: its bytes are in no encoding reportgen reads (UTF-8, UTF-16, "
                                 "GB18030, Big5), even allowing for a few damaged bytes; if it is a report, "
                                 "re-save it as UTF-8 text"),
    # Word packages
    "docx_damaged": N_("the Word file is damaged ({detail}); open it in Word and save it again"),
    "docx_incomplete": N_("the Word file is incomplete ({detail}); open it in Word and save it again"),
    "docx_unreadable": N_("not a readable Word document ({detail}); open it in Word and save it as .docx"),
    "zip_damaged": N_("the Word file is damaged (truncated or not a valid zip package); open it in Word and "
                      "save it again"),
    "zip_too_many_parts": N_("the Word file holds {parts} parts (limit {limit}); refusing to unpack it, it may "
                             "be a zip bomb"),
    "zip_too_large": N_("the Word file would unpack to {size} MB (limit {limit} MB); refusing to unpack it, it "
                        "may be a zip bomb"),
    "zip_ratio": N_("the Word file's part {part} is compressed {ratio} to 1 (limit {limit}); refusing to "
                    "unpack it, it may be a zip bomb"),
    "zip_not_word": N_("a zip file but not a Word document (it has no [Content_Types].xml); save the report "
                       "as .docx"),
    # converted through LibreOffice
    "needs_libreoffice": N_("a {suffix} file is read through LibreOffice, which is not installed on this "
                            "machine; install LibreOffice or save the file as .docx"),
    "libreoffice_not_started": N_("LibreOffice could not be started ({detail}); install LibreOffice or save "
                                  "the file as .docx"),
    "libreoffice_failed": N_("LibreOffice could not convert this {suffix} file (damaged, password-protected or "
                             "not really {suffix}); open it and save it as .docx"),
    "libreoffice_timeout": N_("LibreOffice took longer than {seconds} s to convert this {suffix} file and was "
                              "stopped; open it and save it as .docx"),
    # PDF
    "pdf_password": N_("the PDF is password-protected; ask for an unprotected copy or the Word file"),
    "pdf_damaged": N_("the PDF is damaged ({detail}); ask for the Word file or export it again"),
    "pdf_scanned": N_("a scanned PDF: its pages are images without a text layer; ask for the Word file or run "
                      "text recognition (OCR) on it first"),
    # its content
    "no_chinese": N_("no Chinese text; reportgen reads Chinese reports"),
    "no_report_text": N_("no report text found (empty, or no Chinese text); check the file's content"),
    "duplicate": N_("a duplicate of {first}: the same report sent twice, read once"),
    # reportgen itself
    "extraction_defect": N_("reportgen could not extract this file because of a defect in reportgen ({error}); "
                            "the other files are extracted. Please report it with the file and the output of "
                            "the same command run with 'reportgen --debug'"),
    # read, but repaired on the way (``Source.warning``)
    "repaired_nul": N_("damaged file read anyway: {nul_bytes} NUL byte(s) dropped; check the text near them"),
    "repaired_undecodable": N_("damaged file read anyway: {replaced} undecodable byte sequence(s) shown as {mark}; "
                               "check the text near them"),
    "repaired_nul_and_undecodable": N_("damaged file read anyway: {nul_bytes} NUL byte(s) dropped, {replaced} "
                                       "undecodable byte sequence(s) shown as {mark}; check the text near them"),
    # a bug in a reader
    "reader_failed": N_("reportgen could not read this file ({detail}); re-save it as UTF-8 text or .docx, "
                        "and please report the problem"),
    # an export written before reasons had codes: its English sentence, shown as it is
    "as_written": "{text}",
}

STATUS_WORDS = {"ok": N_("read"), "skipped": N_("skipped"), "error": N_("failed")}


@dataclass(frozen=True)
class Reason:
    """Why a file was not read: a ``MESSAGES`` code and the values its sentence names."""

    code: str
    params: tuple[tuple[str, str], ...] = ()

    @classmethod
    def of(cls, code: str, **params: Any) -> Reason:
        """Return the reason ``code`` with ``params`` (each shown as text); an unknown code is a bug."""
        if code not in MESSAGES:
            raise KeyError(f"no message for reason code {code!r}; add it to reasons.MESSAGES")
        return cls(code, tuple((k, str(v)) for k, v in params.items()))

    def text(self, lang: str | None = None) -> str:
        """Return the sentence in ``lang`` (zh or en; None: the language messages are in now)."""
        return gettext_in(lang, MESSAGES[self.code]).format(**dict(self.params))

    def to_dict(self) -> dict[str, Any]:
        return {"code": self.code, "params": dict(self.params)}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Reason:
        return cls.of(data["code"], **data.get("params", {}))


def reason_text(source, lang: str | None = None) -> str:
    """Return why ``source`` (a ``records.Source``) was not read, in ``lang`` ("" when it was read)."""
    if source.reason is not None:
        return source.reason.text(lang)
    return source.error or ""


def warning_text(source, lang: str | None = None) -> str:
    """Return what was repaired to read ``source``, in ``lang`` ("" when nothing was)."""
    return source.warning.text(lang) if source.warning is not None else ""


def reason_zh(source) -> str:
    """Return why ``source`` was not read, in Chinese: the documents go to an office."""
    return reason_text(source, "zh")


def status_text(status: str, lang: str | None = None) -> str:
    """Return the word for a source status in ``lang`` (the status itself if unknown)."""
    return gettext_in(lang, STATUS_WORDS[status]) if status in STATUS_WORDS else status


def status_zh(status: str) -> str:
    """Return the Chinese word for a source status (the status itself if unknown)."""
    return status_text(status, "zh")

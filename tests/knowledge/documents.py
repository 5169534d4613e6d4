"""Real files generated for tests: PDFs (fpdf2) and DOCX (python-docx)."""

from __future__ import annotations

from pathlib import Path


def make_pdf(path: Path, pages: list[str], password: str | None = None) -> Path:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.set_font("Helvetica", size=12)
    if password:
        pdf.set_encryption(owner_password="owner", user_password=password)
    for text in pages:
        pdf.add_page()
        pdf.multi_cell(0, 8, text)
    pdf.output(str(path))
    return path


def make_docx(path: Path, heading: str, paragraphs: list[str], items: list[str]) -> Path:
    import docx

    document = docx.Document()
    document.add_heading(heading, level=1)
    for text in paragraphs:
        document.add_paragraph(text)
    for text in items:
        document.add_paragraph(text, style="List Bullet")
    document.save(str(path))
    return path

"""Old binary Word (.doc, OLE2): converted to DOCX by LibreOffice, then read as DOCX.

Each conversion runs in its own temp dir with its own LibreOffice profile
(-env:UserInstallation), so parallel workers never share a profile lock, and on a copy
of the input, so LibreOffice's lock file never lands next to the original.
"""

from __future__ import annotations

import logging
import os
import shutil
import signal
import subprocess
import tempfile
from pathlib import Path

from extractors.base import FORMATS, register
from extractors.magic import OLE2_MAGIC, ole2_streams
from pipeline.document import Dossier
from pipeline.errors import ConversionFailed, EncryptedFile, Timeout, UnsupportedFormat
from pipeline.settings import Settings

log = logging.getLogger(__name__)


def soffice_convert(src: Path, fmt: str, settings: Settings, workdir: Path) -> Path:
    """Convert `src` with soffice into `workdir`; returns the converted file's path."""
    exe = shutil.which(settings.soffice)
    if exe is None:
        raise ConversionFailed(
            f"LibreOffice not found (soffice={settings.soffice!r})",
            hint="install LibreOffice or set CAMKET_SOFFICE to the soffice binary",
        )
    inp = workdir / f"input{src.suffix.lower() or '.bin'}"
    shutil.copyfile(src, inp)
    outdir = workdir / "out"
    cmd = [
        exe,
        f"-env:UserInstallation={(workdir / 'profile').as_uri()}",
        "--headless",
        "--norestore",
        "--nolockcheck",
        "--convert-to",
        fmt,
        "--outdir",
        str(outdir),
        str(inp),
    ]
    # A new session so a timeout can kill soffice.bin too, not just the launcher script.
    proc = subprocess.Popen(
        cmd,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        start_new_session=True,
        env={**os.environ, "HOME": str(workdir)},
    )
    try:
        _, err = proc.communicate(timeout=settings.convert_timeout)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.communicate()
        raise Timeout(
            f"soffice did not convert the file within {settings.convert_timeout:g}s"
        ) from None
    out = outdir / f"{inp.stem}.{fmt.split(':')[0]}"
    if proc.returncode != 0 or not out.is_file():
        last = (err.decode("utf-8", "replace").strip().splitlines() or ["no output"])[-1]
        raise ConversionFailed(f"soffice could not convert the file: {last}")
    return out


@register
class DocExtractor:
    name = "doc"
    priority = 30

    def sniff(self, head: bytes) -> bool:
        return head.startswith(OLE2_MAGIC)

    def extract(self, path: Path, dossier: Dossier, settings: Settings) -> None:
        streams = ole2_streams(path)
        if "EncryptedPackage" in streams:
            raise EncryptedFile("password-protected Word file (encrypted OOXML package)")
        if "WordDocument" not in streams:
            raise UnsupportedFormat("unsupported format: OLE2 file without a WordDocument stream")
        with tempfile.TemporaryDirectory(prefix="camket-doc-") as tmp:
            docx = soffice_convert(path, "docx", settings, Path(tmp))
            log.debug("%s: converted to %s", path, docx)
            FORMATS.get("docx").extract(docx, dossier, settings)

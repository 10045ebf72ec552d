"""camket's error tree.

`InputError`s are the file's fault: in a batch they become a `Problem` on the dossier
and the file is recorded as failed; the batch goes on. Anything else is our fault.
Each error has a short `code` (stored with the failed file), an exit code for the CLI
and, where it helps, a hint on how to fix the input.
"""

from __future__ import annotations


class CamketError(Exception):
    code = "error"
    exit_code = 1
    hint: str | None = None

    def __init__(self, message: str, *, hint: str | None = None) -> None:
        super().__init__(message)
        if hint is not None:
            self.hint = hint

    @property
    def message(self) -> str:
        return str(self.args[0]) if self.args else self.code


class ConfigError(CamketError):
    code = "config"
    exit_code = 2


class InputError(CamketError):
    """The input file cannot be read as a document."""

    code = "input"
    exit_code = 3


class UnsupportedFormat(InputError):
    code = "unsupported"


class EncryptedFile(InputError):
    code = "encrypted"
    hint = "remove the password first, e.g. `qpdf --decrypt in.pdf out.pdf`"


class CorruptFile(InputError):
    code = "corrupt"


class EmptyFile(InputError):
    code = "empty"


class TooLarge(InputError):
    code = "too_large"


class Timeout(InputError):
    code = "timeout"


class ConversionFailed(InputError):
    code = "conversion"
    hint = "check that LibreOffice (soffice) is installed and can open the file"

"""Vietnamese language work: blocks of text → findings on the dossier.

Stages run in the order of `ORDER`; each is registered by name in `STAGES` (a factory that
builds the stage once per process, so models and compiled patterns load once). A better
model replaces a rule by registering under the same name — the pipeline does not change.
"""

from __future__ import annotations

from collections.abc import Callable

from pipeline.document import Dossier
from pipeline.registry import Registry
from pipeline.settings import Settings

Stage = Callable[[Dossier], Dossier]
# name → factory; a factory takes the run's settings and builds the stage once per process
STAGES: Registry[Callable[[Settings], Stage]] = Registry("nlp stage")

ORDER = ("header", "units", "leaders", "pledges", "topics")


def default_stages(settings: Settings | None = None) -> list[tuple[str, Stage]]:
    from nlp import stages  # noqa: F401  (registers the stages)

    s = settings or Settings()
    return [(name, STAGES.get(name)(s)) for name in ORDER]

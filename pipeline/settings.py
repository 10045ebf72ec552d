"""Run settings, read once from the environment (CAMKET_*) at the edge."""

from __future__ import annotations

import os
from dataclasses import dataclass, replace

PIPELINE_VERSION = "0.1.0"


@dataclass(frozen=True)
class Settings:
    db: str = "sqlite:///camket.db"
    strict: bool = False  # raise input errors instead of recording them (tests, one-file runs)
    soffice: str = "soffice"
    convert_timeout: float = 120.0
    max_pages: int = 2000
    max_bytes: int = 512 * 1024 * 1024
    topics: str | None = None  # a topic taxonomy (TOML) to use instead of nlp/data/topics.toml

    @classmethod
    def from_env(cls, env: dict[str, str] | None = None, **overrides: object) -> Settings:
        env = dict(os.environ if env is None else env)
        s = cls(
            db=env.get("CAMKET_DB", cls.db),
            strict=env.get("CAMKET_STRICT", "") in ("1", "true", "yes"),
            soffice=env.get("CAMKET_SOFFICE", cls.soffice),
            convert_timeout=float(env.get("CAMKET_CONVERT_TIMEOUT", cls.convert_timeout)),
            max_pages=int(env.get("CAMKET_MAX_PAGES", cls.max_pages)),
            max_bytes=int(env.get("CAMKET_MAX_BYTES", cls.max_bytes)),
            topics=env.get("CAMKET_TOPICS") or None,
        )
        clean = {k: v for k, v in overrides.items() if v is not None}
        return replace(s, **clean) if clean else s  # type: ignore[arg-type]

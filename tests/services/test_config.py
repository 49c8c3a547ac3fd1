"""deskhand.toml: Settings built from it, changes written back, mistakes named by file and line."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.config import ConfigFileError, Prices, Settings, load_settings
from app.services.cloud import resolve_provider
from app.services.settings import migrate_cloud_file, save, set_value, show
from tests.command import deskhand


def test_the_file_sets_limits_prices_and_thresholds(deskhand_home: Path) -> None:
    path = deskhand_home / "deskhand.toml"
    path.write_text(
        "max_steps = 7\nthreads = 2\n[prices]\ninput_per_million = 3\n"
        "[routing]\nescalate_on_invalid = false\n"
    )
    settings = load_settings()
    assert settings.config_path == path and settings.data_dir == deskhand_home
    assert (settings.max_steps, settings.threads) == (7, 2)
    assert settings.prices == Prices(input_per_million=3.0, output_per_million=0.6)
    assert settings.routing.escalate_on_invalid is False and settings.routing.escalate_when_wavering


def test_no_file_means_the_defaults() -> None:
    assert load_settings() == Settings()


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("max_steps = 5\n[prices\n", "line 2"),
        (
            "max_steps = 5\n\n[prices]\ninput_per_milion = 1\n",
            "line 4: unknown setting 'prices.input_per_milion'",
        ),
        ('max_steps = "many"\n', "line 1: max_steps must be a whole number"),
        ("[routing]\nescalate_on_invalid = 1\n", "line 2: routing.escalate_on_invalid must be true or false"),
        ("max_steps = 0\n", "max_steps must be at least 1"),
    ],
)
def test_a_mistake_names_the_file_and_the_line(deskhand_home: Path, text: str, message: str) -> None:
    (deskhand_home / "deskhand.toml").write_text(text)
    with pytest.raises(ConfigFileError, match=r"deskhand\.toml") as raised:
        load_settings()
    assert message in str(raised.value)


def test_data_home_wins_over_the_files_data_folder(deskhand_home: Path, tmp_path: Path) -> None:
    (deskhand_home / "deskhand.toml").write_text(f'data_dir = "{tmp_path / "elsewhere"}"\n')
    assert load_settings().data_dir == deskhand_home


def test_the_files_data_folder_is_used_without_deskhand_home(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("DESKHAND_HOME")
    path = tmp_path / "deskhand.toml"
    path.write_text(f'data_dir = "{tmp_path / "data"}"\n')
    assert load_settings(path).data_dir == tmp_path / "data"


def test_changes_keep_the_other_settings_and_a_refused_one_writes_nothing() -> None:
    settings = Settings()
    set_value(settings, "prices.output_per_million", "2.5")
    set_value(settings, "max_steps", "12")
    before = settings.config_path.read_text()
    with pytest.raises(ConfigFileError, match="whole number"):
        set_value(settings, "max_steps", "lots")
    with pytest.raises(ConfigFileError, match="unknown setting 'max_stepz'"):
        save(settings, {"max_stepz": 3})
    assert settings.config_path.read_text() == before
    loaded = load_settings()
    assert (loaded.max_steps, loaded.prices.output_per_million) == (12, 2.5)
    save(settings, {"max_steps": None})
    assert load_settings().max_steps == Settings().max_steps
    shown = {row.key: row for row in show(settings)}
    assert shown["prices.output_per_million"].from_file and not shown["max_steps"].from_file


def test_an_older_cloud_file_is_moved_in_once_and_said(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("DESKHAND_CLOUD_BASE_URL", raising=False)
    monkeypatch.delenv("DESKHAND_CLOUD_MODEL", raising=False)
    settings = Settings()
    settings.cloud_file.write_text(
        '[provider]\nname = "acme"\nbase_url = "https://llm.acme.test/v1"\n'
        'model = "big-1"\nalways_allow = true\n'
    )
    set_value(settings, "max_steps", "9")
    said = migrate_cloud_file(settings)
    assert said is not None and "moved the cloud provider" in said
    assert not settings.cloud_file.exists() and settings.cloud_file.with_name("cloud.toml.moved").exists()
    provider = resolve_provider(settings)
    assert provider is not None and (provider.name, provider.always_allow) == ("acme", True)
    assert load_settings().max_steps == 9
    assert migrate_cloud_file(settings) is None


def test_the_command_reads_writes_and_reports_the_file(deskhand_home: Path) -> None:
    assert deskhand("config", "path").stdout.strip() == str(deskhand_home / "deskhand.toml")
    assert deskhand("config", "set", "max_steps", "4").returncode == 0
    assert "max_steps = 4\n" in deskhand("config", "show").stdout
    (deskhand_home / "deskhand.toml").write_text("max_steps = 4\nmax_step = 5\n")
    broken = deskhand("logs")
    assert broken.returncode == 2 and "deskhand.toml, line 2: unknown setting 'max_step'" in broken.stderr
    assert deskhand("config", "unset", "max_step").returncode == 0  # the way out of a broken file
    assert deskhand("logs").returncode == 0

"""Where the updater's trust starts: the shipped root, copied to the profile's update cache."""

from __future__ import annotations

import json

from desktop.updates import platform_tag, target_name
from desktop.updates.trust import install_trusted_root


def root_file(path, version: int, marker: str = "a"):
    path.write_text(json.dumps({"signed": {"version": version, "marker": marker}}))
    return path


def test_the_shipped_root_seeds_an_empty_cache(tmp_path):
    shipped = root_file(tmp_path / "shipped.json", 1)
    install_trusted_root(shipped, tmp_path / "cache")
    assert (tmp_path / "cache" / "root.json").read_bytes() == shipped.read_bytes()


def test_a_newer_root_the_cache_followed_to_is_kept(tmp_path):
    (tmp_path / "cache").mkdir()
    cached = root_file(tmp_path / "cache" / "root.json", 3)
    install_trusted_root(root_file(tmp_path / "shipped.json", 1), tmp_path / "cache")
    assert json.loads(cached.read_text())["signed"]["version"] == 3


def test_a_newer_shipped_root_or_another_repositorys_root_replaces_the_cache(tmp_path):
    (tmp_path / "cache").mkdir()
    cached = root_file(tmp_path / "cache" / "root.json", 1, marker="development")
    install_trusted_root(root_file(tmp_path / "shipped.json", 1, "production"), tmp_path / "cache")
    assert json.loads(cached.read_text())["signed"]["marker"] == "production"
    install_trusted_root(root_file(tmp_path / "newer.json", 2), tmp_path / "cache")
    assert json.loads(cached.read_text())["signed"]["version"] == 2
    cached.write_text("not json")
    install_trusted_root(root_file(tmp_path / "again.json", 1), tmp_path / "cache")
    assert json.loads(cached.read_text())["signed"]["version"] == 1


def test_each_platform_has_its_own_name_in_the_repository():
    assert target_name() == f"focal-desk-{platform_tag()}"
    assert target_name("windows-x86_64") == "focal-desk-windows-x86_64"
    assert platform_tag().count("-") == 1

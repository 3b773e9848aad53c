"""Safe YAML loading that remembers line numbers and refuses duplicate keys.

Rule files are data, never code: only ``yaml.CSafeLoader`` (or the pure ``SafeLoader`` where
libyaml is missing) is used. Mappings come back as :class:`LineDict`, a ``dict`` that also knows
the line of each key, so that every later validation error can say "file:line: key ...".
"""

from __future__ import annotations

import functools
import os
import stat
from typing import Any

from ..errors import RuleFileError

__all__ = ["LineDict", "load_yaml_file", "load_yaml_text"]

#: Rule and profile files are small; anything bigger is a mistake (or an attack on the parser).
MAX_YAML_BYTES = 2 * 1024 * 1024
#: How many nodes a document may have once every alias is expanded (issue 12: a 522-byte
#: "billion laughs" front matter took 55 s and 4.7 GB). The shipped rule base uses no aliases.
MAX_EXPANDED_NODES = 100_000


class LineDict(dict[Any, Any]):
    """A mapping read from YAML: ``line`` is where it starts, ``key_lines`` where each key is."""

    line: int = 0
    key_lines: dict[str, int]

    def line_of(self, key: str) -> int:
        return self.key_lines.get(key, self.line)


@functools.cache
def _loader() -> Any:
    """The loader class; PyYAML is imported only when a file is parsed (a run whose rule base
    comes from the cache parses none)."""
    import yaml

    class _Loader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):  # type: ignore[misc]
        path = "<yaml>"

    def _construct_mapping(loader: _Loader, node: yaml.MappingNode) -> LineDict:
        loader.flatten_mapping(node)
        result = LineDict()
        result.line = node.start_mark.line + 1
        result.key_lines = {}
        for key_node, value_node in node.value:
            key = loader.construct_object(key_node, deep=True)
            try:
                hash(key)
            except TypeError:
                raise RuleFileError(
                    "a mapping key must be a plain value",
                    message_de="ein Schlüssel muss ein einfacher Wert sein",
                    path=loader.path,
                    line=key_node.start_mark.line + 1,
                ) from None
            if key in result:
                raise RuleFileError(
                    f"duplicate key (first at line {result.key_lines[key]})",
                    message_de=f"Schlüssel doppelt (zuerst in Zeile {result.key_lines[key]})",
                    path=loader.path,
                    line=key_node.start_mark.line + 1,
                    key=str(key),
                )
            result[key] = loader.construct_object(value_node, deep=True)
            result.key_lines[key] = key_node.start_mark.line + 1
        return result

    def _construct_timestamp(loader: _Loader, node: yaml.ScalarNode) -> str:
        # Dates stay text here; the field's reader parses them and reports a bad one with its key
        # (PyYAML's own constructor raises a bare ValueError for "2019-13-01").
        return str(loader.construct_scalar(node))

    _Loader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)
    _Loader.add_constructor("tag:yaml.org,2002:timestamp", _construct_timestamp)
    return _Loader


def _check_aliases(node: Any, path: str, allow_aliases: bool) -> None:
    """Refuse a document whose aliases expand beyond :data:`MAX_EXPANDED_NODES` nodes (or that
    uses an alias at all, where ``allow_aliases`` is false). Counted on the composed node graph,
    each distinct node once, so the check itself is linear in the document's size."""
    import yaml

    expanded: dict[int, int] = {}
    # Iterative post-order walk: a deep document must not exhaust the Python stack.
    stack: list[tuple[Any, bool]] = [(node, False)]
    while stack:
        current, children_done = stack.pop()
        key = id(current)
        if key in expanded and not children_done:
            if not allow_aliases:
                raise RuleFileError(
                    "uses a YAML alias (*name); aliases are not allowed here",
                    message_de="verwendet einen YAML-Alias (*name); Aliase sind hier nicht erlaubt",
                    path=path, line=current.start_mark.line + 1)
            continue
        if isinstance(current, yaml.ScalarNode):
            expanded[key] = 1
            continue
        children = ([v for pair in current.value for v in pair] if isinstance(current, yaml.MappingNode)
                    else list(current.value))
        if not children_done:
            expanded[key] = 0  # seen; finished below
            stack.append((current, True))
            stack.extend((child, False) for child in children)
            continue
        total = 1 + sum(expanded.get(id(child), 0) for child in children)
        if total > MAX_EXPANDED_NODES:
            raise RuleFileError(
                f"YAML aliases expand to more than {MAX_EXPANDED_NODES} values; refused",
                message_de=f"YAML-Aliase ergeben mehr als {MAX_EXPANDED_NODES} Werte; abgelehnt",
                path=path, line=current.start_mark.line + 1)
        expanded[key] = total


def load_yaml_text(text: str, path: str, *, allow_aliases: bool = True) -> Any:
    """Parse YAML text; a syntax error becomes a :class:`RuleFileError` with file and line.

    Aliases may expand to at most :data:`MAX_EXPANDED_NODES` nodes; with ``allow_aliases``
    false (a paper's front matter) any alias is refused.
    """
    import yaml

    loader = _loader()(text)
    loader.path = path
    try:
        node = loader.get_single_node()
        if node is None:
            return None
        _check_aliases(node, path, allow_aliases)
        return loader.construct_document(node)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        raise RuleFileError(
            f"not valid YAML: {exc.problem or exc}",
            message_de=f"kein gültiges YAML: {exc.problem or exc}",
            path=path,
            line=mark.line + 1 if mark else None,
        ) from None
    except yaml.YAMLError as exc:
        raise RuleFileError(
            f"not valid YAML: {exc}", message_de=f"kein gültiges YAML: {exc}", path=path
        ) from None
    finally:
        loader.dispose()


def load_yaml_file(path: str | os.PathLike[str]) -> Any:
    """Read and parse a UTF-8 YAML file, refusing huge, binary and non-UTF-8 files clearly."""
    name = os.fspath(path)
    try:
        # A FIFO or device would hang the run; the null device is the usual "no file" (empty).
        if not stat.S_ISREG(os.stat(name).st_mode) and os.path.realpath(name) != os.path.realpath(os.devnull):
            raise RuleFileError("not a regular file; not read", message_de="keine reguläre Datei; nicht gelesen",
                                path=name)
        with open(name, "rb") as handle:
            raw = handle.read(MAX_YAML_BYTES + 1)
    except OSError as exc:
        raise RuleFileError(
            f"cannot read: {exc.strerror}", message_de=f"nicht lesbar: {exc.strerror}", path=name
        ) from None
    if len(raw) > MAX_YAML_BYTES:
        raise RuleFileError(
            f"larger than {MAX_YAML_BYTES // (1024 * 1024)} MiB; not a rule file",
            message_de=f"größer als {MAX_YAML_BYTES // (1024 * 1024)} MiB; keine Regeldatei",
            path=name,
        )
    if b"\0" in raw:
        raise RuleFileError(
            "binary content; not a YAML file",
            message_de="binärer Inhalt; keine YAML-Datei",
            path=name,
        )
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise RuleFileError(
            "not UTF-8 encoded", message_de="nicht UTF-8-kodiert", path=name, line=line
        ) from None
    return load_yaml_text(text, name)

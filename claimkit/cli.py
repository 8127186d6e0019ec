"""The ``claimkit`` command line.

Exit codes: 0 success; 1 a check failed (``validate``, ``rules check``,
``rules test``, ``plugins`` with a broken plugin, ``extract --strict`` with
document errors); 2 usage error or rules that cannot be loaded.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from collections.abc import Sequence
from itertools import islice
from pathlib import Path
from typing import Any

from . import __version__
from .corpus import open_text, read_inputs
from .dask_bag import DaskError, EngineOptions, connect, extract_lines_dask, warm_up
from .engine import Engine
from .errors import RuleLoadError
from .parallel import extract_lines, extract_lines_parallel, resolve_jobs
from .plugins import ENV_ALLOW, ENV_NO_AUTOLOAD, PluginHost
from .progress import Progress
from .registry import collect_registrations
from .resume import completed_records
from .ruletest import check_rule
from .schema import OutputValidator, json_path
from .validation import record_problems


def main(argv: Sequence[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    if not hasattr(args, "run"):
        parser.print_help(sys.stderr)
        return 2
    try:
        return args.run(args)
    except RuleLoadError as exc:
        print(f"claimkit: rules could not be loaded ({len(exc.problems)} problems):", file=sys.stderr)
        for problem in exc.problems:
            print(f"  {problem}", file=sys.stderr)
        return 2
    except BrokenPipeError:
        return 0


def _parser() -> argparse.ArgumentParser:
    plugin_options = argparse.ArgumentParser(add_help=False)
    group = plugin_options.add_argument_group("plugins")
    group.add_argument("--plugins", metavar="NAMES",
                       help=f"comma-separated allow-list of entry-point plugins to load (env {ENV_ALLOW})")
    group.add_argument("--no-plugin-autoload", action="store_true",
                       help=f"load no entry-point plugins (env {ENV_NO_AUTOLOAD}=1)")

    parser = argparse.ArgumentParser(prog="claimkit", description="Extract checkable claims from Indonesian news.")
    parser.add_argument("--version", action="version", version=f"claimkit {__version__}")
    commands = parser.add_subparsers(title="commands", metavar="COMMAND")

    extract = commands.add_parser("extract", parents=[plugin_options], help="extract claims into JSONL",
                                  description="Extract claims: .txt is one document (doc_id = file stem), "
                                              ".jsonl[.gz|.bz2|.xz] one document a line, '-' stdin.")
    extract.add_argument("paths", nargs="*", default=["-"], metavar="PATH")
    extract.add_argument("-o", "--output", default="-", help="output JSONL (.gz/.bz2/.xz compress); default stdout")
    extract.add_argument("--published", metavar="YYYY-MM-DD",
                         help="publication date for documents that do not carry one")
    extract.add_argument("--stdin-format", choices=["auto", "jsonl", "text"], default="auto",
                         help="how to read '-' (auto: JSONL when the first line is a JSON object)")
    extract.add_argument("--strict", action="store_true", help="exit 1 when any document has errors")
    extract.add_argument("--timeout", type=float, default=2.0, help="seconds allowed for each regex search")
    extract.add_argument("-j", "--jobs", default="1", metavar="N",
                         help="worker processes ('auto' = one per core); output is identical to --jobs 1")
    extract.add_argument("--resume", action="store_true",
                         help="continue an interrupted run: keep the complete records already in -o, do the rest")
    extract.add_argument("--dask", metavar="SCHEDULER",
                         help="extract on the running Dask scheduler at this address (tcp://host:8786; needs "
                              "claimkit[dask]); output is identical to --jobs 1")
    extract.set_defaults(run=_extract)

    validate = commands.add_parser("validate", parents=[plugin_options], help="check output JSONL against the schemas")
    validate.add_argument("path", metavar="FILE", help="claimkit output (JSONL, possibly compressed; '-' = stdin)")
    validate.set_defaults(run=_validate)

    rules = commands.add_parser("rules", help="list, lint and test rule files")
    rule_commands = rules.add_subparsers(title="rules commands", metavar="COMMAND")
    listing = rule_commands.add_parser("list", parents=[plugin_options], help="installed rules")
    listing.add_argument("--json", action="store_true", help="one JSON object per rule")
    listing.set_defaults(run=_rules_list)
    for name, run, text in (("check", _rules_check, "lint installed rule files (and FILEs)"),
                            ("test", _rules_test, "run every rule's inline examples and counterexamples")):
        sub = rule_commands.add_parser(name, parents=[plugin_options], help=text)
        sub.add_argument("files", nargs="*", metavar="FILE", help="extra rule files, checked with the installed ones")
        if name == "test":
            sub.add_argument("-k", dest="select", metavar="TEXT", help="only rules whose id contains TEXT")
            sub.add_argument("-q", "--quiet", action="store_true", help="print failures and the summary only")
        sub.set_defaults(run=run)
    profile = rule_commands.add_parser("profile", parents=[plugin_options],
                                       help="time every rule over a corpus, slowest first")
    profile.add_argument("paths", nargs="+", metavar="PATH", help="documents, as for extract")
    profile.add_argument("--limit", type=int, default=1000, help="documents to read (default 1000)")
    profile.add_argument("--top", type=int, default=25, help="rules to show (default 25)")
    profile.set_defaults(run=_rules_profile)
    rules.set_defaults(run=lambda args: (rules.print_help(sys.stderr), 2)[1])

    plugins = commands.add_parser("plugins", parents=[plugin_options], help="loaded plugins and their hooks")
    plugins.add_argument("--json", action="store_true")
    plugins.set_defaults(run=_plugins)
    return parser


def _plugin_kwargs(args: argparse.Namespace) -> dict[str, Any]:
    kwargs: dict[str, Any] = {}
    if args.plugins is not None:
        kwargs["allow"] = [name.strip() for name in args.plugins.split(",") if name.strip()]
    if args.no_plugin_autoload:
        kwargs["autoload"] = False
    return kwargs


def _engine(args: argparse.Namespace, **extra: Any) -> Engine:
    engine = Engine(**{**_plugin_kwargs(args), **extra})
    for failure in engine.plugin_failures:
        print(f"claimkit: warning: {failure}", file=sys.stderr)
    return engine


def _extract(args: argparse.Namespace) -> int:
    try:
        jobs = resolve_jobs(args.jobs)
    except ValueError as exc:
        print(f"claimkit: {exc}", file=sys.stderr)
        return 2
    if args.resume and args.output == "-":
        print("claimkit: --resume needs an output file (-o)", file=sys.stderr)
        return 2
    if args.dask and jobs != 1:
        print("claimkit: use either --dask or --jobs", file=sys.stderr)
        return 2
    options = {**_plugin_kwargs(args), "timeout": args.timeout}
    client = None
    try:
        if args.dask:  # connect before the output is opened, so a bad address leaves it untouched
            client = connect(args.dask)
            warm_up(client, EngineOptions.resolve(**options))  # the workers build their engines while we build ours
        engine = _engine(args, **options)  # built here too, so rule errors surface before any document is sent
        done = completed_records(Path(args.output)) if args.resume else 0
        progress = Progress(sys.stderr)
        items = islice(read_inputs(args.paths, args.published, args.stdin_format), done, None)
        if client is not None:
            results = extract_lines_dask(client, EngineOptions.resolve(**options).checked_against(engine), items)
        else:
            results = (extract_lines(engine, items) if jobs == 1
                       else extract_lines_parallel(engine, options, items, jobs))
        with _output(args.output, append=args.resume) as out:
            for line, size, had_errors in results:
                out.write(line)
                progress.update(size, had_errors)
    except FileNotFoundError as exc:
        print(f"claimkit: {exc.strerror}: {exc.filename}", file=sys.stderr)
        return 2
    except DaskError as exc:
        print(f"claimkit: {exc}", file=sys.stderr)
        return 2
    finally:
        if client is not None:
            client.close()
    if done:
        print(f"claimkit: resumed after {done} records already in {args.output}", file=sys.stderr)
    progress.finish()
    return 1 if args.strict and progress.failed else 0


class _output:
    """Context manager over an output path that leaves stdout open."""

    def __init__(self, path: str, append: bool = False) -> None:
        self.path = path
        self.handle = open_text(path, "a" if append else "w")

    def __enter__(self) -> Any:
        return self.handle

    def __exit__(self, *exc: object) -> None:
        if self.path == "-":
            self.handle.flush()
        else:
            self.handle.close()


def _validate(args: argparse.Namespace) -> int:
    host = PluginHost(**_plugin_kwargs(args))
    validator = OutputValidator(collect_registrations(host).claim_types)
    failures = lines = 0
    try:
        handle = open_text(args.path)
    except FileNotFoundError as exc:
        print(f"claimkit: {exc.strerror}: {exc.filename}", file=sys.stderr)
        return 2
    with handle:
        for number, line in enumerate(handle, 1):
            if not line.strip():
                continue
            lines += 1
            try:
                record = json.loads(line)
            except json.JSONDecodeError as exc:
                print(f"{args.path}:{number}: $: not JSON: {exc}")
                failures += 1
                continue
            problems = [(json_path(error), error.message) for error in validator.record_errors(record)]
            if not problems:
                problems = record_problems(record)
            for path, message in problems:
                print(f"{args.path}:{number}: {path}: {message}")
            failures += bool(problems)
    print(f"claimkit validate: {lines} records, {failures} invalid", file=sys.stderr)
    return 1 if failures else 0


def _rules_list(args: argparse.Namespace) -> int:
    engine = _engine(args)
    for rule in engine.rules:
        if args.json:
            print(json.dumps({"id": rule.id, "type": rule.type, "plugin": rule.plugin, "file": str(rule.file),
                              "line": rule.line, "priority": rule.priority}))
        else:
            print(f"{rule.id}\t{rule.type}\t{rule.plugin}\t{rule.location}")
    return 0


def _rules_check(args: argparse.Namespace) -> int:
    import warnings

    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            engine = _engine(args, rule_files=args.files)
        except RuleLoadError as exc:
            for problem in exc.problems:
                print(problem)
            print(f"claimkit rules check: {len(exc.problems)} problems", file=sys.stderr)
            return 1
    for warning in caught:
        print(f"warning: {warning.message}")
    for rule in engine.rules:
        if rule.triggers is None:
            print(f"{rule.location}: rule {rule.id}: note: no required literal could be derived from the pattern, "
                  "so it runs on every document; declare 'triggers:' to speed it up")
    failed = bool(engine.plugin_failures)
    print(f"claimkit rules check: {len(engine.rules)} rules in {len(engine.rule_files)} files, "
          f"{'plugin failures' if failed else 'no problems'}", file=sys.stderr)
    return 1 if failed else 0


def _rules_test(args: argparse.Namespace) -> int:
    engine = _engine(args, rule_files=args.files)
    passed = failed = 0
    for rule in engine.rules:
        if args.select and args.select not in rule.id:
            continue
        outcomes = list(check_rule(engine, rule))
        bad = [outcome for outcome in outcomes if not outcome.passed]
        passed += len(outcomes) - len(bad)
        failed += len(bad)
        if bad:
            print(f"✖ {rule.id} ({rule.location})")
            for outcome in bad:
                print(f"  {outcome.kind} {outcome.index}:")
                print("    " + outcome.message.replace("\n", "\n    "))
        elif not args.quiet:
            print(f"✔ {rule.id} ({len(rule.examples)} examples, {len(rule.counterexamples)} counterexamples)")
    print(f"claimkit rules test: {passed} passed, {failed} failed", file=sys.stderr)
    return 1 if failed else 0


def _rules_profile(args: argparse.Namespace) -> int:
    engine = _engine(args)
    engine.rule_seconds = Counter()
    characters = 0
    started = time.perf_counter()
    for item in islice(read_inputs(args.paths), args.limit):
        engine.extract_item(item)
        characters += len(item.line or item.text or "")
    total = time.perf_counter() - started
    in_rules = sum(engine.rule_seconds.values())
    print(f"{characters / 1e6:.2f} M chars in {total:.2f} s ({characters / 1e6 / total:.2f} MB/s); "
          f"{in_rules / total:.0%} of the time in rules (regex + functions), the rest in prefilter, "
          "post-processing and validation")
    print(f"{'seconds':>8s} {'share':>6s} {'MB/s':>8s}  rule")
    for rule_id, seconds in engine.rule_seconds.most_common(args.top):
        print(f"{seconds:8.3f} {seconds / total:6.1%} {characters / 1e6 / seconds:8.1f}  {rule_id}")
    return 0


def _plugins(args: argparse.Namespace) -> int:
    host = PluginHost(**_plugin_kwargs(args))
    collect_registrations(host)  # registration hooks that raise are failures too
    rows = host.info()
    if args.json:
        print(json.dumps({"plugins": [row.__dict__ | {"hooks": list(row.hooks)} for row in rows],
                          "failures": [failure.__dict__ for failure in host.failures]}, indent=2))
    else:
        for row in rows:
            print(f"{row.name} {row.version or '-'}: {', '.join(row.hooks)}")
        for failure in host.failures:
            print(f"FAILED {failure}")
    return 1 if host.failures else 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())

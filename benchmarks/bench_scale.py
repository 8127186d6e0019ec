"""Corpus-scale figures, measured in one run so the ratios compare like with like.

    python benchmarks/bench_scale.py [--corpus-mb 500] [--slice-mb 30] [--workdir /tmp/claimkit-bench]
                                     [--plugins a,b] [--repeat N] [--skip-rss] [--skip-dask] [--skip-sizes]

1. Generates a corpus of real-looking news from the bundled ``samples/``
   articles: each document is a sample's lead and paragraphs drawn from the
   samples and from our own templates and neutral paragraphs, reordered, with
   speaker names, weekdays, dates, months, years and figures varied; about one
   in thirty mentions sanctions. Every document has its own id and
   publication date. Claims per MB are printed (the density decides most of
   the cost). The corpus is written under ``--workdir`` (never into the
   checkout) and reused while the samples and the generator are unchanged.
2. Peak RSS of ``claimkit extract --jobs 1`` over the whole corpus (target
   < 300 MB), next to the peak RSS over a slice: a streaming run stays flat.
3. Throughput of ``--jobs 1`` vs ``--jobs 2`` on the slice (target >= 1.7x on
   two cores), outputs compared byte for byte.
4. A Dask ``LocalCluster`` of two one-thread worker processes, with the
   workers' statistical profiler off as docs/scale.md recommends, vs one local
   process (target >= 1.5x): ``claimkit extract --dask`` and the library
   (``read_corpus`` over shards -> ``extract_bag`` -> ``write_ordered``),
   outputs compared byte for byte with the local run.
5. Cost against document size (1 KB .. 10 MB), by running
   ``benchmarks/bench_engine.py`` (whose size sweep this reuses) on the slice.

Each command runs under a small wrapper that reports the peak RSS of its
children (``getrusage(RUSAGE_CHILDREN).ru_maxrss``, the largest single process).
The rule packs are being written while these figures are taken, so the header
prints how many rules each plugin had at the time.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import itertools
import json
import os
import random
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import regex

ROOT = Path(__file__).resolve().parents[1]
GENERATOR_VERSION = 2
MB = 1_000_000

_MEASURE = ("import resource, subprocess, sys, time\n"
            "started = time.perf_counter()\n"
            "code = subprocess.call(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)\n"
            "print(time.perf_counter() - started, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, code)\n")

# -- the corpus ------------------------------------------------------------------------------

WEEKDAYS = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"]
MONTHS = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober",
          "November", "Desember"]
FIRST_NAMES = ["Budi", "Sri", "Agus", "Dewi", "Rudi", "Ratna", "Yusuf", "Andi", "Maya", "Teguh", "Lina", "Fajar",
               "Wahyu", "Indah", "Bambang", "Siti", "Hendra", "Nur", "Rizky", "Putri"]
SURNAMES = ["Siregar", "Wibowo", "Nasution", "Hutapea", "Lestari", "Pratama", "Santoso", "Kurniawan", "Hidayat",
            "Saragih", "Tanjung", "Rahmawati", "Gunawan", "Setiawan", "Purnomo", "Harahap", "Simanjuntak",
            "Wijaya", "Sitompul", "Fauzi", "Marpaung", "Susanto", "Halim", "Nugroho"]
CITIES = ["Jakarta", "Surabaya", "Medan", "Makassar", "Bandung", "Palembang", "Pontianak", "Kupang", "Ambon",
          "Denpasar"]
ROLES = ["Kepala Dinas Perhubungan", "Juru Bicara Kementerian Perdagangan", "Ketua DPRD", "Direktur Utama PT Pelabuhan",
         "Kepala Kepolisian Resor", "Menteri Koordinator Bidang Perekonomian", "Ketua Komisi Pemilihan Umum daerah"]
COUNTRIES = ["Amerika Serikat", "Uni Eropa", "Inggris", "Kanada", "Jepang", "Australia"]
# Our own sentences in the style of Indonesian news, so documents are not only the samples reshuffled.
TEMPLATES = [
    '"Kami akan menyelesaikan pekerjaan ini sebelum musim hujan tiba," kata {first} {last}, {role}, '
    'di {city}, {weekday} ({day}/{month_number}/{year}).',
    "Menurut {first} {last}, anggaran tambahan sebesar Rp {amount} miliar sudah diajukan sejak {day} {month} {year}.",
    "{country} menjatuhkan sanksi terhadap {count} perusahaan perkapalan pada {weekday} ({day}/{month_number}) "
    "karena dituduh membantu pengiriman barang terlarang.",
    '"Semua data akan kami buka kepada publik pekan depan," ujar {last} kepada wartawan.',
    "Rapat lanjutan dijadwalkan pada {weekday}, {day} {month} {year}, di kantor gubernur {city}.",
    "{last} menambahkan, sedikitnya {count} warga telah menerima bantuan sejak awal {month}.",
    '"Itu keputusan yang sulit, tetapi harus diambil," tegas {first} {last}.',
    "Pemerintah {country} sebelumnya telah membekukan aset {count} pejabat pada {month} {year}.",
]

# Neutral paragraphs (our own): most of a real article states no quote, date or sanction.
FILLER = [
    "Kawasan itu dikenal sebagai pusat perdagangan hasil bumi dan menjadi tujuan pedagang dari kabupaten sekitarnya.",
    "Antrean kendaraan terlihat mengular di jalan utama karena sebagian jalur masih ditutup untuk perbaikan.",
    "Sejumlah warga memilih bertahan di rumah masing-masing sambil menunggu petugas membagikan air bersih.",
    "Program tersebut merupakan bagian dari rencana pemerintah daerah untuk memperbaiki layanan publik.",
    "Harga cabai dan bawang merah di pasar tradisional cenderung stabil meskipun pasokan dari luar daerah tersendat.",
    "Pihak sekolah menyiapkan ruang kelas tambahan agar kegiatan belajar tetap berjalan bagi siswa yang terdampak.",
    "Petugas gabungan dari kepolisian, dinas perhubungan, dan relawan dikerahkan untuk mengatur arus lalu lintas.",
    "Data yang dihimpun redaksi menunjukkan jumlah pengunjung objek wisata itu terus bertambah.",
    "Sebagian besar pedagang mengaku omzet mereka turun karena pembeli enggan datang saat cuaca buruk.",
    "Proyek pembangunan jembatan penghubung dua kecamatan itu menjadi salah satu prioritas pemerintah kabupaten.",
    "Aparat desa juga mendata rumah yang rusak agar bantuan perbaikan dapat disalurkan tepat sasaran.",
    "Kegiatan tersebut diikuti ratusan peserta dari berbagai komunitas pemuda di wilayah itu.",
]
SANCTION_SHARE = 0.03
"""About one article in thirty mentions sanctions: they are rare in general news, and their rules cost the most."""

_SANCTION = regex.compile(r"sanksi|embargo|membeku", regex.IGNORECASE)
_SPEAKER = regex.compile(r"(?:kata|ujar|ucap|tegas)\s+(\p{Lu}\p{Ll}{2,})"
                         r"|(\p{Lu}\p{Ll}{2,})\s+(?:mengatakan|menyatakan|membantah|menambahkan)")


@dataclass(frozen=True)
class Samples:
    leads: list[str]
    paragraphs: list[str]
    sanctions: list[str]
    variable: regex.Pattern[str]
    digest: str


def load_samples() -> Samples:
    """Paragraphs of the bundled articles, and one pattern for everything a document varies."""
    texts = [path.read_text(encoding="utf-8") for path in sorted((ROOT / "samples").glob("*.txt"))]
    lines = [[line for line in text.splitlines() if line.strip()] for text in texts]
    names = sorted({name for text in texts for pair in _SPEAKER.findall(text) for name in pair if name})
    variable = regex.compile(
        r"(?P<date>\(\d{1,2}/\d{1,2}(?:/\d{4})?\))|(?P<weekday>\b(?:\L<weekdays>)\b)|(?P<month>\b(?:\L<months>)\b)"
        r"|(?P<year>\b20[0-2]\d\b)|(?P<figure>\b\d{1,3}(?:\.\d{3})+\b)|(?P<name>\b(?:\L<names>)\b)",
        weekdays=WEEKDAYS, months=MONTHS, names=names or ["Xyzzy"])
    digest = hashlib.sha256("\0".join(texts).encode()).hexdigest()[:10]
    body = [line for group in lines for line in group[1:]] + TEMPLATES
    return Samples([group[0] for group in lines], [line for line in body if not _SANCTION.search(line)],
                   [line for line in body if _SANCTION.search(line)], variable, digest)


def documents(samples: Samples, seed: int) -> Iterator[dict[str, str]]:
    """An endless, reproducible stream of varied articles."""
    rng = random.Random(seed)
    for number in itertools.count():
        published = dt.date(2015, 1, 1) + dt.timedelta(days=rng.randrange(3650))
        names: dict[str, str] = {}

        def vary(match: regex.Match[str], rng: random.Random = rng, names: dict[str, str] = names) -> str:
            kind = match.lastgroup
            if kind == "date":
                day, month = rng.randint(1, 28), rng.randint(1, 12)
                return f"({day}/{month}/{rng.randint(2015, 2024)})" if match.group().count("/") == 2 \
                    else f"({day}/{month})"
            if kind == "weekday":
                return rng.choice(WEEKDAYS)
            if kind == "month":
                return rng.choice(MONTHS)
            if kind == "year":
                return str(rng.randint(2015, 2024))
            if kind == "figure":
                return f"{rng.randint(1, 99)}.{rng.randint(0, 999):03d}"
            return names.setdefault(match.group(), rng.choice(FIRST_NAMES + SURNAMES))

        picks = rng.sample(samples.paragraphs, rng.randint(2, 6)) + rng.sample(FILLER, rng.randint(2, 6))
        if samples.sanctions and rng.random() < SANCTION_SHARE:
            picks += rng.sample(samples.sanctions, rng.randint(1, min(3, len(samples.sanctions))))
        rng.shuffle(picks)
        paragraphs = [rng.choice(samples.leads)]
        for paragraph in picks:
            paragraphs.append(paragraph.format(
                first=rng.choice(FIRST_NAMES), last=rng.choice(SURNAMES), role=rng.choice(ROLES),
                city=rng.choice(CITIES), weekday=rng.choice(WEEKDAYS), day=rng.randint(1, 28),
                month=rng.choice(MONTHS), month_number=rng.randint(1, 12), year=rng.randint(2015, 2024),
                amount=rng.randint(2, 900), count=rng.randint(2, 40), country=rng.choice(COUNTRIES))
                if paragraph in TEMPLATES else paragraph)
        text = samples.variable.sub(vary, "\n".join(paragraphs))
        yield {"doc_id": f"bench-{number:08d}", "text": text, "published": published.isoformat()}


def ensure_corpus(workdir: Path, megabytes: int, seed: int = 7) -> Path:
    """Write (or reuse) a corpus of at least ``megabytes`` MB of JSONL."""
    samples = load_samples()
    path = workdir / f"news-{megabytes}MB-v{GENERATOR_VERSION}-{samples.digest}-s{seed}.jsonl"
    if path.exists():
        return path
    workdir.mkdir(parents=True, exist_ok=True)
    partial = path.with_suffix(".partial")
    written = 0
    with partial.open("w", encoding="utf-8") as handle:
        for document in documents(samples, seed):
            line = json.dumps(document, ensure_ascii=False) + "\n"
            handle.write(line)
            written += len(line.encode("utf-8"))
            if written >= megabytes * MB:
                break
    partial.rename(path)
    return path


def write_slice(corpus: Path, target: Path, megabytes: int, shards: int) -> list[Path]:
    """The corpus's first ``megabytes`` MB as one file, and the same lines split into ``shards`` files."""
    lines = []
    size = 0
    with corpus.open(encoding="utf-8") as handle:
        for line in handle:
            lines.append(line)
            size += len(line.encode("utf-8"))
            if size >= megabytes * MB:
                break
    target.write_text("".join(lines), encoding="utf-8")
    paths = []
    step = -(-len(lines) // shards)
    for number in range(shards):
        path = target.with_name(f"{target.stem}-shard{number:02d}.jsonl")
        path.write_text("".join(lines[number * step:(number + 1) * step]), encoding="utf-8")
        paths.append(path)
    return paths


# -- measuring -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Run:
    name: str
    seconds: float
    megabytes: float
    peak_rss_mb: float | None = None

    @property
    def rate(self) -> float:
        return self.megabytes / self.seconds


def measure(name: str, command: list[str], megabytes: float, repeat: int = 1) -> Run:
    """Best of ``repeat`` runs of a command, with the peak RSS of its largest process."""
    best: Run | None = None
    for _ in range(repeat):
        report = subprocess.run([sys.executable, "-c", _MEASURE, *command], capture_output=True, text=True,
                                check=True).stdout.split()
        seconds, rss_kb, code = float(report[0]), int(report[1]), int(report[2])
        if code != 0:
            raise SystemExit(f"{name}: exit code {code}: {' '.join(command)}")
        run = Run(name, seconds, megabytes, rss_kb / 1024)
        best = run if best is None or run.seconds < best.seconds else best
    assert best is not None
    print(f"  measured {name}: {best.seconds:.1f} s, peak RSS {best.peak_rss_mb:.0f} MB")
    return best


def extract_command(inputs: list[Path], output: Path, plugins: str | None, *extra: str) -> list[str]:
    command = [sys.executable, "-m", "claimkit", "extract", *map(str, inputs), "-o", str(output), *extra]
    return command + (["--plugins", plugins] if plugins else [])


def rules_per_plugin(plugins: str | None) -> Counter[str]:
    """What ``claimkit rules list | cut -f3 | sort | uniq -c`` says."""
    command = [sys.executable, "-m", "claimkit", "rules", "list"] + (["--plugins", plugins] if plugins else [])
    listing = subprocess.run(command, capture_output=True, text=True)
    if listing.returncode != 0:
        raise SystemExit(f"rules do not load right now:\n{listing.stderr}")
    return Counter(line.split("\t")[2] for line in listing.stdout.splitlines() if line.count("\t") >= 2)


def claims_per_megabyte(output: Path, megabytes: float) -> dict[str, float]:
    """How dense the corpus is in claims of each type (it decides most of the cost)."""
    counts: Counter[str] = Counter()
    with output.open(encoding="utf-8") as handle:
        for line in handle:
            counts.update(claim["type"] for claim in json.loads(line)["claims"])
    return {kind: count / megabytes for kind, count in sorted(counts.items())}


def same_bytes(*paths: Path) -> bool:
    first = paths[0].read_bytes()
    return all(path.read_bytes() == first for path in paths[1:])


def dask_runs(slice_path: Path, shards: list[Path], local_output: Path, workdir: Path, megabytes: float,
              plugins: str | None, repeat: int) -> tuple[list[Run], list[str]]:
    """``extract --dask`` (cold, then with the workers' engines built) and the bag library on shards."""
    import dask
    from distributed import Client, LocalCluster

    from claimkit.dask_bag import extract_bag, read_corpus, write_ordered

    runs, checks = [], []
    with dask.config.set({"distributed.worker.profile.enabled": False}), \
            LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0") as cluster, \
            Client(cluster) as client:
        output = workdir / "out-dask-cli.jsonl"
        command = extract_command([slice_path], output, plugins, "--dask", cluster.scheduler_address)
        runs.append(measure("dask CLI, 2 workers, cold", command, megabytes))
        runs.append(measure("dask CLI, 2 workers, warm", command, megabytes, repeat))
        checks.append(f"dask CLI output == --jobs 1 output: {same_bytes(local_output, output)}")

        allow = plugins.split(",") if plugins else None
        library_output = workdir / "out-dask-bag.jsonl"
        best = float("inf")
        for _ in range(repeat):
            started = time.perf_counter()
            lines = extract_bag(read_corpus([str(path) for path in shards]), allow=allow, lines=True)
            write_ordered(lines, str(library_output), client=client)
            best = min(best, time.perf_counter() - started)
        runs.append(Run(f"dask bag, {len(shards)} shards, warm", best, megabytes))
        print(f"  measured dask bag: {best:.1f} s")
        checks.append(f"dask bag output == --jobs 1 output: {same_bytes(local_output, library_output)}")
    return runs, checks


def size_sweep(slice_path: Path, plugins: str | None) -> tuple[str, list[tuple[int, float]], float | None]:
    """bench_engine.py's own figures on the slice: its output, (size, MB/s) rows and in-process engine MB/s."""
    command = [sys.executable, str(ROOT / "benchmarks" / "bench_engine.py"), "--corpus", str(slice_path),
               "--limit", "3000"] + (["--plugins", plugins] if plugins else [])
    output = subprocess.run(command, capture_output=True, text=True, check=True).stdout
    rows = [(int(size), float(rate)) for size, rate in
            regex.findall(r"(?m)^\s*(\d+)\s+[\d.]+\s+([\d.]+)\s+\d+\s+\d+\s*$", output)]
    engine = regex.search(r"(?m)^engine \(1 core\)\s+[\d.]+\s+([\d.]+)", output)
    return output, rows, float(engine.group(1)) if engine else None


# -- report ------------------------------------------------------------------------------------------


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus-mb", type=int, default=500, help="size of the generated corpus (peak RSS run)")
    parser.add_argument("--slice-mb", type=int, default=30, help="size of the slice for the throughput runs")
    parser.add_argument("--workdir", type=Path, default=Path("/tmp/claimkit-bench"))
    parser.add_argument("--plugins", help="allow-list of plugins (default: all installed)")
    parser.add_argument("--repeat", type=int, default=1, help="best of N for the throughput runs")
    parser.add_argument("--skip-rss", action="store_true", help="skip the run over the whole corpus")
    parser.add_argument("--skip-dask", action="store_true")
    parser.add_argument("--skip-sizes", action="store_true")
    args = parser.parse_args()
    sys.stdout.reconfigure(line_buffering=True)  # progress shows when the output goes to a file
    workdir: Path = args.workdir
    workdir.mkdir(parents=True, exist_ok=True)

    rules = rules_per_plugin(args.plugins)
    print(f"date: {dt.datetime.now().isoformat(timespec='minutes')}; cores: {os.cpu_count()}; "
          f"load average before: {' '.join(f'{load:.2f}' for load in os.getloadavg())}")
    print("rules per plugin: " + ", ".join(f"{plugin} {count}" for plugin, count in sorted(rules.items())))

    started = time.perf_counter()
    corpus = ensure_corpus(workdir, args.corpus_mb)
    corpus_mb = corpus.stat().st_size / MB
    with corpus.open("rb") as handle:
        count = sum(1 for _ in handle)
    print(f"corpus: {corpus} ({corpus_mb:.0f} MB, {count} documents; "
          f"ready in {time.perf_counter() - started:.0f} s)")
    slice_path = workdir / f"slice-{args.slice_mb}MB.jsonl"
    shards = write_slice(corpus, slice_path, args.slice_mb, shards=8)
    slice_mb = slice_path.stat().st_size / MB

    runs: list[Run] = []
    checks: list[str] = []
    one = workdir / "out-jobs1.jsonl"
    two = workdir / "out-jobs2.jsonl"
    runs.append(measure("--jobs 1", extract_command([slice_path], one, args.plugins), slice_mb, args.repeat))
    runs.append(measure("--jobs 2", extract_command([slice_path], two, args.plugins, "--jobs", "2"), slice_mb,
                        args.repeat))
    checks.append(f"--jobs 2 output == --jobs 1 output: {same_bytes(one, two)}")
    density = claims_per_megabyte(one, slice_mb)
    print("claims per MB of the slice: " + ", ".join(f"{kind} {count:.0f}" for kind, count in density.items()))
    if not args.skip_dask:
        dask, dask_checks = dask_runs(slice_path, shards, one, workdir, slice_mb, args.plugins, args.repeat)
        runs += dask
        checks += dask_checks
    whole = None
    if not args.skip_rss:
        output = workdir / "out-whole.jsonl"
        whole = measure("--jobs 1, whole corpus", extract_command([corpus], output, args.plugins), corpus_mb)
        output.unlink()

    base = runs[0]
    print(f"\n{'run':34s}{'MB':>8s}{'seconds':>10s}{'MB/s':>8s}{'vs --jobs 1':>13s}{'peak RSS MB':>13s}")
    for run in [*runs, *([whole] if whole else [])]:
        rss = f"{run.peak_rss_mb:13.0f}" if run.peak_rss_mb is not None else f"{'-':>13s}"
        print(f"{run.name:34s}{run.megabytes:8.0f}{run.seconds:10.1f}{run.rate:8.2f}{run.rate / base.rate:12.2f}x{rss}")
    for check in checks:
        print(check)

    print("\ntargets:")
    if whole:
        print(f"  peak RSS over {corpus_mb:.0f} MB with --jobs 1: {whole.peak_rss_mb:.0f} MB (target < 300); "
              f"over the {slice_mb:.0f} MB slice: {base.peak_rss_mb:.0f} MB")
    print(f"  --jobs 2 / --jobs 1: {runs[1].rate / base.rate:.2f}x (target >= 1.7)")
    for run in runs[2:]:
        print(f"  {run.name} / --jobs 1: {run.rate / base.rate:.2f}x (target >= 1.5)")
    print(f"  --jobs 1 end to end: {base.rate:.2f} MB/s (target >= 5)")
    if not args.skip_sizes:
        output, rows, engine_rate = size_sweep(slice_path, args.plugins)
        if engine_rate is not None:
            print(f"  engine in process, 1 core (bench_engine.py on the slice): {engine_rate:.2f} MB/s (target >= 5)")
        if rows:
            print("  MB/s by document size: " + ", ".join(f"{size // 1000} KB {rate:.2f}" for size, rate in rows))
            rates = dict(rows)
            if 100_000 in rates and 10_000_000 in rates:
                print(f"  10 MB vs 100 KB documents, MB/s ratio: {rates[10_000_000] / rates[100_000]:.2f} "
                      "(1.0 = linear cost)")
        print("\nbench_engine.py on the slice:\n  " + output.rstrip().replace("\n", "\n  "))
    print(f"\nload average after: {' '.join(f'{load:.2f}' for load in os.getloadavg())}")


if __name__ == "__main__":
    main()

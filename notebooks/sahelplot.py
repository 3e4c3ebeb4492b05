"""Shared helpers for the SahelSim notebooks: reading the files of `sahel run` and `sahel sweep`
(docs/OUTPUTS.md, docs/SWEEPS.md) and drawing the pieces that several figures use.

Only pandas, numpy, matplotlib and the standard library. Nothing here knows a result: every
number comes from the files it is given.
"""
from __future__ import annotations

import json
import math
import os
from pathlib import Path

import matplotlib.dates as mdates
import matplotlib.pyplot as plt
import numpy as np
import pandas as pd

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
MAP_DATA = REPO / "sim-core" / "src" / "main" / "resources" / "org" / "sahelsim" / "map"

SIDES = ["government", "jihadist", "separatist", "none"]
# the colours of map.png (docs/OUTPUTS.md): government blue, jihadist black, separatist orange, none grey
SIDE_COLORS = {"government": "#1f5fbf", "jihadist": "#111111", "separatist": "#e08a00", "none": "#9a9a9a"}
ARMED_GROUPS = ["AQIM", "ANSAR_DINE", "MUJAO", "JNIM", "KATIBA_MACINA", "MNLA", "IMA"]
JIHADIST_GROUPS = ["AQIM", "ANSAR_DINE", "MUJAO", "JNIM", "KATIBA_MACINA"]
FORCES = ["FAMA", "FRANCE", "CHAD", "AFISMA", "UN", "PARTNER"]
FACTION_LABELS = {"AQIM": "AQIM", "ANSAR_DINE": "Ansar Dine", "MUJAO": "MUJAO", "JNIM": "JNIM",
                  "KATIBA_MACINA": "Katiba Macina", "MNLA": "MNLA", "IMA": "IMA",
                  "FAMA": "Malian army (FAMa)", "FRANCE": "France", "CHAD": "Chad", "AFISMA": "AFISMA",
                  "UN": "UN", "PARTNER": "Partner (2022)"}
EVENT_COLUMNS = {"events_battles": "Battles", "events_explosions": "Explosions/Remote violence",
                 "events_violence_civilians": "Violence against civilians",
                 "events_strategic": "Strategic developments"}
# the key towns of the documents, in the order `sahel run` prints them (docs/OUTPUTS.md)
KEY_TOWNS = ["Bamako", "Sévaré", "Mopti", "Konna", "Diabaly", "Niono", "Douentza", "Timbuktu", "Gao",
             "Ménaka", "Kidal", "Aguelhok", "Tessalit"]
SCENARIO_COLORS = ["#1f5fbf", "#c0392b", "#2e8b57", "#8e44ad", "#d68910", "#17202a"]


def input_folder(raw: str, variable: str) -> Path:
    """The notebook's input folder, relative paths taken from the notebooks/ folder. Fails early
    with a clear message when it is missing."""
    path = Path(raw)
    if not path.is_absolute():
        path = (HERE / path).resolve()
    if not path.is_dir():
        raise FileNotFoundError(f"{variable}={raw}: no such folder; run tools/run-notebooks.sh "
                                f"or set {variable} to a results folder")
    return path


def figure_folder() -> Path:
    """Where figures are saved: $SAHEL_FIGURES, else notebooks/figures."""
    path = Path(os.environ.get("SAHEL_FIGURES", HERE / "figures"))
    path.mkdir(parents=True, exist_ok=True)
    return path


def save(fig, name: str) -> Path:
    path = figure_folder() / f"{name}.png"
    fig.savefig(path, dpi=110, bbox_inches="tight")
    return path


# ---------------------------------------------------------------- sahel run


def table_path(folder: Path, name: str) -> Path:
    """A table of a `sahel run` folder as written: `name` (e.g. events.csv) or `name`.gz (--compress gzip)."""
    folder = Path(folder)
    plain = folder / name
    if plain.exists():
        return plain
    gz = folder / (name + ".gz")
    if gz.exists():
        return gz
    raise FileNotFoundError(f"{folder}: neither {name} nor {name}.gz")


def is_study(folder: Path) -> bool:
    folder = Path(folder)
    return (folder / "timeseries.csv").exists() or (folder / "timeseries.csv.gz").exists()


class Study:
    """One `sahel run` output folder (tables as .csv or .csv.gz)."""

    def __init__(self, folder: Path):
        self.folder = Path(folder)
        self.manifest = json.loads((self.folder / "manifest.json").read_text(encoding="utf-8"))
        self.summary = json.loads((self.folder / "summary.json").read_text(encoding="utf-8"))
        # the folder name labels the study: two studies of one scenario with different --set
        # overrides share the scenario name but not the folder
        self.scenario = self.manifest.get("scenario") or self.summary.get("scenario") or self.folder.name
        self.name = self.folder.name
        self.title = self.manifest.get("title") or self.scenario
        self._ts = self._towns = self._events = self._aggregated = self._by_year = None
        self.outputs = self.manifest.get("outputs") or {"compress": "none", "events": "all", "timeseries": "all",
                                                        "aggregate": "none"}

    @property
    def timeseries(self) -> pd.DataFrame:
        if self._ts is None:
            self._ts = pd.read_csv(table_path(self.folder, "timeseries.csv"), parse_dates=["date"])
        return self._ts

    @property
    def towns(self) -> pd.DataFrame:
        if self._towns is None:
            self._towns = pd.read_csv(table_path(self.folder, "towns.csv"), parse_dates=["date"],
                                      keep_default_na=False, na_values=[])
        return self._towns

    @property
    def events(self) -> pd.DataFrame:
        if self._events is None:
            self._events = pd.read_csv(table_path(self.folder, "events.csv"), parse_dates=["date"],
                                       dtype={"actor2": str, "notes": str})
        return self._events

    @property
    def event_runs(self) -> list:
        """The runs whose events are in events.csv (--events: all by default up to 100 runs, then runs 0..99)."""
        spec = str(self.outputs.get("events", "all"))
        n = self.runs
        if spec == "all":
            return list(range(n))
        if spec == "none":
            return []
        kind, k = spec.split(":")
        return list(range(min(n, int(k)))) if kind == "first" else list(range(0, n, int(k)))

    @property
    def aggregated(self) -> pd.DataFrame:
        """events-aggregated.csv(.gz): events and deaths of every run by period, place and event type."""
        if self._aggregated is None:
            self._aggregated = pd.read_csv(table_path(self.folder, "events-aggregated.csv"),
                                           dtype={"period": str}, keep_default_na=False, na_values=[])
        return self._aggregated

    @property
    def fatalities_by_year(self) -> pd.DataFrame:
        """fatalities-by-year.csv: deaths and events by year, region and ACLED type across runs."""
        if self._by_year is None:
            self._by_year = pd.read_csv(self.folder / "fatalities-by-year.csv", keep_default_na=False,
                                        na_values=[""])
        return self._by_year

    @property
    def runs(self) -> int:
        """Runs of the study (the manifest's count: timeseries.csv may hold a sample of them, --timeseries)."""
        if "runsCompleted" in self.manifest:
            return int(self.manifest["runsCompleted"])
        return int(self.timeseries["run"].nunique())

    @property
    def days(self) -> int:
        return int(self.timeseries["day"].max())

    @property
    def start_date(self) -> pd.Timestamp:
        return pd.Timestamp(self.timeseries.loc[self.timeseries["day"] == 1, "date"].iloc[0])

    def date_of(self, day):
        """Calendar date of a day number (day 1 = start date); works on arrays."""
        return self.start_date + pd.to_timedelta(np.asarray(day) - 1, unit="D")

    def day_of(self, date) -> int:
        return int((pd.Timestamp(date) - self.start_date).days) + 1

    def describe(self) -> str:
        complete = self.manifest.get("complete")
        note = "" if complete in (True, None) else " (INCOMPLETE study: manifest says complete=false)"
        sets = self.manifest.get("commandLineOverrides") or []
        extra = f" with --set {' '.join(sets)}" if sets else ""
        return (f"{self.name}: scenario {self.scenario}{extra}, {self.runs} runs of {self.days} days from {self.start_date:%d %b %Y}, "
                f"base seed {self.manifest.get('baseSeed', '?')}, SahelSim {self.manifest.get('sahelsimVersion', '?')} "
                f"commit {self.manifest.get('gitCommit', '?')}{note}")

    def band(self, column, lo=0.05, hi=0.95, by="date") -> pd.DataFrame:
        """Median and lo/hi quantiles across runs of a timeseries column (or of the sum of a list
        of columns), indexed by date or by day number (by="day")."""
        ts = self.timeseries
        values = ts[column].sum(axis=1) if isinstance(column, list) else ts[column]
        g = values.groupby(ts[by])
        return pd.DataFrame({"lo": g.quantile(lo), "median": g.median(), "hi": g.quantile(hi)})

    def control(self, towns=None) -> dict:
        """Side holding each town at the end of each day: {town: array [runs, days+1] of side
        indices into SIDES} (column 0 = initial control, day d = column d). A town a run never
        reported counts as 'none', as in summary.json."""
        t = self.towns
        if towns is not None:
            t = t[t["town"].isin(towns)]
        runs, days = self.runs, self.days
        none = SIDES.index("none")
        code = t["side"].map({s: i for i, s in enumerate(SIDES)}).to_numpy()
        out = {}
        for town, rows in t.assign(code=code).groupby("town", sort=False):
            grid = np.full((runs, days + 1), none, dtype=np.int8)
            for run, r in rows.groupby("run"):
                dd = r["day"].to_numpy()
                cc = r["code"].to_numpy()
                # last row at or before each day
                idx = np.searchsorted(dd, np.arange(days + 1), side="right") - 1
                row = np.where(idx >= 0, cc[np.clip(idx, 0, None)], none)
                grid[int(run)] = row
            out[town] = grid
        return out

    def first_government_day(self, town: str) -> np.ndarray:
        """Per run the first day the town is under government control (0 = held from the start),
        NaN when it never is: the same definition as summary.json's firstGovernmentControl."""
        t = self.towns
        g = t[(t["town"] == town) & (t["side"] == "government")].groupby("run")["day"].min()
        return g.reindex(range(self.runs)).to_numpy(dtype=float)


def load_studies(folder: Path) -> list:
    """Every `sahel run` folder in `folder` (or `folder` itself), sorted by scenario name."""
    folder = Path(folder)
    if is_study(folder):
        return [Study(folder)]
    found = [Study(p) for p in sorted(folder.iterdir()) if is_study(p)]
    if not found:
        raise FileNotFoundError(f"{folder}: no sahel run results (timeseries.csv) in it or in its subfolders")
    return found


def fan(ax, study: Study, column, color, label=None, alpha=0.18, by="date"):
    """Median line and 5-95% band across runs."""
    b = study.band(column, by=by)
    ax.fill_between(b.index, b["lo"], b["hi"], color=color, alpha=alpha, linewidth=0)
    ax.plot(b.index, b["median"], color=color, linewidth=1.6, label=label)
    return b


def date_axis(ax, span_days: int | None = None):
    """Readable month ticks on a date axis."""
    if span_days is not None and span_days > 500:
        ax.xaxis.set_major_locator(mdates.MonthLocator(bymonth=[1, 7]))
        ax.xaxis.set_major_formatter(mdates.DateFormatter("%b\n%Y"))
    else:
        ax.xaxis.set_major_locator(mdates.MonthLocator())
        ax.xaxis.set_major_formatter(mdates.DateFormatter("%b\n%Y"))
        ax.xaxis.set_minor_locator(mdates.DayLocator(bymonthday=[8, 15, 22]))
    ax.grid(True, which="major", alpha=0.3)


# ---------------------------------------------------------------- the map of Mali


def map_towns() -> pd.DataFrame:
    """The 54 towns of the model's map (name, lat, lon, population, region)."""
    # the last field (source) may itself contain ';', so split at most 6 times
    lines = (MAP_DATA / "towns.csv").read_text(encoding="utf-8").splitlines()
    header = lines[0].split(";")
    rows = [line.split(";", len(header) - 1) for line in lines[1:] if line.strip()]
    t = pd.DataFrame(rows, columns=header)
    for c in ("lat", "lon", "population"):
        t[c] = pd.to_numeric(t[c])
    return t


def draw_mali(ax, rivers=True, neighbours=True):
    """Mali's outline, neighbouring borders and the Niger, from the map data the project ships
    (Natural Earth borders, GSHHG rivers: sim-core/src/main/resources/org/sahelsim/map/)."""
    borders = json.loads((MAP_DATA / "borders.json").read_text(encoding="utf-8"))
    for ring in borders["mali"]:
        a = np.asarray(ring)
        ax.fill(a[:, 1], a[:, 0], color="#f6f1e4", zorder=0)
        ax.plot(a[:, 1], a[:, 0], color="#555555", linewidth=1.0, zorder=1)
    if neighbours:
        for line in borders["lines"]:
            a = np.asarray(line)
            ax.plot(a[:, 1], a[:, 0], color="#aaaaaa", linewidth=0.6, zorder=1)
    if rivers:
        data = json.loads((MAP_DATA / "rivers.json").read_text(encoding="utf-8"))
        for river in data.get("rivers", []):
            a = np.asarray(river["points"])
            if len(a) > 1:
                ax.plot(a[:, 1], a[:, 0], color="#7fb3d5", linewidth=0.7, zorder=1)
    ax.set_xlim(-12.5, 4.5)
    ax.set_ylim(10.0, 25.5)
    # equirectangular with the scale of 17 N so that distances look right in the middle of Mali
    ax.set_aspect(1 / math.cos(math.radians(17)))
    ax.set_xticks(range(-12, 5, 4))
    ax.set_yticks(range(11, 26, 3))
    ax.set_xticklabels([f"{abs(x)}°{'W' if x < 0 else 'E' if x > 0 else ''}" for x in range(-12, 5, 4)], fontsize=7)
    ax.set_yticklabels([f"{y}°N" for y in range(11, 26, 3)], fontsize=7)


def haversine_km(lat1, lon1, lat2, lon2):
    lat1, lon1, lat2, lon2 = map(np.radians, (lat1, lon1, lat2, lon2))
    a = np.sin((lat2 - lat1) / 2) ** 2 + np.cos(lat1) * np.cos(lat2) * np.sin((lon2 - lon1) / 2) ** 2
    return 2 * 6371.0088 * np.arcsin(np.sqrt(a))


def nearest_town(lat, lon, towns: pd.DataFrame | None = None) -> pd.DataFrame:
    """For each position the nearest map town, its administrative region and the distance (km)."""
    towns = map_towns() if towns is None else towns
    lat = np.asarray(lat, dtype=float)[:, None]
    lon = np.asarray(lon, dtype=float)[:, None]
    d = haversine_km(lat, lon, towns["lat"].to_numpy()[None, :], towns["lon"].to_numpy()[None, :])
    i = d.argmin(axis=1)
    return pd.DataFrame({"town": towns["name"].to_numpy()[i], "region": towns["region"].to_numpy()[i],
                         "km": d[np.arange(len(i)), i]})


# ---------------------------------------------------------------- sahel sweep


class Sweep:
    """One `sahel sweep` output folder."""

    def __init__(self, folder: Path):
        self.folder = Path(folder)
        self.manifest = json.loads((self.folder / "manifest.json").read_text(encoding="utf-8"))
        self.results = pd.read_csv(self.folder / "results.csv")
        self.points = pd.read_csv(self.folder / "points.csv") if (self.folder / "points.csv").exists() else None
        sens = self.folder / "sensitivity.json"
        self.sensitivity = json.loads(sens.read_text(encoding="utf-8")) if sens.exists() else None
        fixed = {"point", "replication", "seed"}
        cols = [c for c in self.results.columns if c not in fixed]
        self.parameters = list(self.manifest.get("factors") or [c for c in cols if "." in c])
        self.outputs = list(self.manifest.get("outputs") or [c for c in cols if "." not in c])
        self.days = int(self.manifest.get("days") or 0)


def retaken_day(study: Study, town: str) -> tuple:
    """Per run the day the town comes (back) under government control: the first day of
    government control, or, for a town the government holds at the start and then loses, the
    first day of government control after that loss. Returns (days, held_throughout): days is NaN
    where it does not happen; held_throughout marks runs where the government never lost it."""
    grid = study.control([town]).get(town)
    n = study.runs
    days = np.full(n, np.nan)
    held = np.zeros(n, dtype=bool)
    if grid is None:
        return days, held
    gov = SIDES.index("government")
    for r in range(n):
        is_gov = grid[r] == gov
        if not is_gov[0]:
            hit = np.flatnonzero(is_gov)
            if len(hit):
                days[r] = hit[0]
            continue
        lost = np.flatnonzero(~is_gov)
        if not len(lost):
            held[r] = True
            continue
        back = np.flatnonzero(is_gov[lost[0]:])
        if len(back):
            days[r] = lost[0] + back[0]
    return days, held


# ---------------------------------------------------------------- sahel compare


class Comparison:
    """One `sahel compare` output folder (docs/OUTPUTS.md, "Outputs of sahel compare")."""

    def __init__(self, folder: Path):
        self.folder = Path(folder)
        self.manifest = json.loads((self.folder / "manifest.json").read_text(encoding="utf-8"))
        self.differences = pd.read_csv(self.folder / "differences.csv", parse_dates=["date"])
        self.towns = pd.read_csv(self.folder / "town-differences.csv", keep_default_na=False,
                                 na_values=[""]).set_index("town")
        self.events = pd.read_csv(self.folder / "events-by-type.csv", keep_default_na=False, na_values=[])
        # an empty sub_event_type is the event type as a whole
        self.events["sub_event_type"] = self.events["sub_event_type"].astype(str)
        for c in self.events.columns[3:-1]:
            self.events[c] = pd.to_numeric(self.events[c], errors="coerce")
        self.base = self.manifest["base"]["scenario"]
        self.variant = self.manifest["variant"]["scenario"]
        self.days = int(self.manifest["days"])
        self.pairs = int(self.manifest.get("pairsCompleted", self.manifest["pairs"]))

    def label(self, side: str) -> str:
        """A side's scenario with its own --set-base/--set-variant overrides, for titles."""
        arm = self.manifest[side]
        own = arm.get("ownOverrides") or []
        return arm["scenario"] + (f" ({', '.join(own)})" if own else "")

    def describe(self) -> str:
        m = self.manifest
        note = "" if m.get("complete", True) else " (INCOMPLETE: manifest says complete=false)"
        sets = m.get("commandLineOverrides") or []
        both = f", --set {' '.join(sets)} on both" if sets else ""
        return (f"{self.label('variant')} minus {self.label('base')}: {self.pairs} pairs of {self.days} days from "
                f"{m['startDate']}, base seed {m['baseSeed']}{both}; SahelSim {m.get('sahelsimVersion', '?')} "
                f"commit {m.get('gitCommit', '?')}{note}")

    def final(self) -> pd.DataFrame:
        """differences.csv at the last day, one row per metric."""
        d = self.differences
        return d[d["day"] == self.days].set_index("metric")


def bh_adjust(p) -> np.ndarray:
    """Benjamini-Hochberg adjusted p-values (false discovery rate); NaN stays NaN. An adjusted
    p below q means the difference is a discovery at false discovery rate q."""
    p = np.asarray(p, dtype=float)
    out = np.full(p.shape, np.nan)
    ok = ~np.isnan(p)
    q = p[ok]
    m = len(q)
    if m == 0:
        return out
    order = np.argsort(q)
    ranked = q[order] * m / np.arange(1, m + 1)
    ranked = np.minimum.accumulate(ranked[::-1])[::-1]   # monotone from the largest p down
    adjusted = np.empty(m)
    adjusted[order] = np.minimum(ranked, 1.0)
    out[ok] = adjusted
    return out


def difference_band(ax, rows: pd.DataFrame, color="#1f5fbf", label=None):
    """The paired mean difference over days with its 95% interval as a band, zero dashed."""
    rows = rows.sort_values("day")
    ax.fill_between(rows["day"], rows["ci95_low"], rows["ci95_high"], color=color, alpha=0.22, lw=0)
    ax.plot(rows["day"], rows["mean_diff"], color=color, lw=1.8, marker="o", ms=2.5, label=label)
    ax.axhline(0, color="black", lw=0.8, ls="--")


def forest(ax, labels, mean, lo, hi, significant=None, color="#1f5fbf"):
    """A forest plot: one row per label, the mean difference as a dot and its interval as a bar;
    red where the interval excludes zero."""
    y = np.arange(len(labels))[::-1]
    sig = np.zeros(len(labels), bool) if significant is None else np.asarray(significant, bool)
    colors = np.where(sig, "#c0392b", color)
    mean, lo, hi = (np.asarray(v, dtype=float) for v in (mean, lo, hi))
    ax.hlines(y, lo, hi, colors=colors, lw=2)
    ax.scatter(mean, y, c=colors, s=18, zorder=3)
    ax.axvline(0, color="black", lw=0.8, ls="--")
    ax.set_yticks(y)
    ax.set_yticklabels(labels)
    ax.set_ylim(-0.7, len(labels) - 0.3)

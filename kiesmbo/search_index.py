"""The programme names of one catalogue snapshot, laid out for fast matching (kiesmbo.search).

Built once per snapshot (kept in `Snapshot.derived`) so that a query only touches the names
that can match it: a dict for exact names, a sorted list for prefixes, one joined string for
substrings (`str.find` runs in C) and a bigram count per name that rules out, before
rapidfuzz runs, the names that cannot reach the typo cutoff.

Every name is a search name of `ProgrammeSummary`: normalised, so only `a-z`, `0-9` and
single spaces (kiesmbo.text.normalise and compact).
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections import Counter
from dataclasses import dataclass

import numpy as np

from kiesmbo.catalogue import Snapshot
from kiesmbo.text import normalise

# Between names in `NameIndex.joined`; never in a normalised name or query.
SEPARATOR = "\n"
# Sorts after every character of a normalised name: the end of a prefix range.
AFTER_ALL = "\x7f"


def _bigrams(text: str) -> Counter[str]:
    return Counter(text[i:i + 2] for i in range(len(text) - 1))


@dataclass(frozen=True)
class NameIndex:
    """The distinct search names of all programmes, each with the programmes it names.

    `names[k]` is a distinct name, in the order the programmes (then their search names)
    first give it.
    """

    names: list[str]
    # Per name: programme index -> True when it is that programme's own name (one of its
    # first two search names), False when only a synonym or former name.
    owners: list[dict[int, bool]]
    # Per name: (position, programme index) for every time it occurs in the flat list of
    # all programmes' search names, in that list's order (rapidfuzz reports positions in it).
    positions: list[tuple[tuple[int, int], ...]]
    by_name: dict[str, int]
    # The names sorted, and the index of each into `names`: names with a prefix are a range.
    sorted_names: list[str]
    sorted_ids: list[int]
    # All names joined by SEPARATOR; `starts[k]` is where names[k] begins (one extra entry
    # past the end).
    joined: str
    starts: list[int]
    lengths: np.ndarray
    # Bigram -> (name indices that have it, how often each has it).
    bigrams: dict[str, tuple[np.ndarray, np.ndarray]]
    # For suggestions: normalised curated terms, names and synonyms -> the text as shown.
    choices: dict[str, str]
    # The choices of four characters or more.
    suggestion_keys: list[str]

    def exact(self, text: str) -> int | None:
        """The index of a name equal to text."""
        return self.by_name.get(text)

    def with_prefix(self, prefix: str) -> list[int]:
        """Indices of the names that start with prefix."""
        low = bisect_left(self.sorted_names, prefix)
        high = bisect_right(self.sorted_names, prefix + AFTER_ALL, low)
        return self.sorted_ids[low:high]

    def containing(self, text: str) -> list[int]:
        """Indices of the names that contain text (which has no SEPARATOR), in order."""
        found: list[int] = []
        starts, find = self.starts, self.joined.find
        position = find(text)
        while position >= 0:
            k = bisect_right(starts, position) - 1
            found.append(k)
            position = find(text, starts[k + 1])  # one hit per name is enough
        return found

    def bigram_overlap(self, text: str) -> np.ndarray:
        """Per name: how many of text's bigrams it has, counted as a multiset intersection
        (sum over bigrams of the smaller of the two counts)."""
        ids: list[np.ndarray] = []
        counts: list[np.ndarray] = []
        for bigram, wanted in _bigrams(text).items():
            entry = self.bigrams.get(bigram)
            if entry is not None:
                ids.append(entry[0])
                counts.append(np.minimum(entry[1], wanted))
        if not ids:
            return np.zeros(len(self.names), dtype=np.int64)
        return np.bincount(np.concatenate(ids), weights=np.concatenate(counts),
                           minlength=len(self.names))

    def ratio_candidates(self, form: str, overlap: np.ndarray) -> list[int]:
        """Indices of the names whose `fuzz.ratio` with form can reach 85 or more.

        With L the length of a longest common subsequence of form (length m) and a name
        (length n), ratio = 200 L / (m + n) and L <= min(m, n); so 85 needs
        0.739 m <= n <= 1.353 m. The name also shares at least 0.275 (m + n) - 1 of form's
        bigrams (see `partial_ratio_candidates`). The bounds below are looser, to be safe.
        """
        m = len(form)
        lengths = self.lengths
        keep = ((lengths >= 0.7 * m) & (lengths <= 1.45 * m)
                & (overlap >= 0.25 * (m + lengths) - 1))
        return np.flatnonzero(keep).tolist()

    def partial_ratio_candidates(self, form: str, overlap: np.ndarray,
                                 longer_than: int) -> list[int]:
        """Indices of the names longer than `longer_than` whose `fuzz.partial_ratio` with
        form can reach 85 or more.

        partial_ratio is the best ratio of form (length m) with a substring W (length w) of
        the name. With L the length of a longest common subsequence of form and W, ratio
        85 needs 2 L >= 0.85 (m + w), and with L <= w that gives L >= 0.739 m. Of form's
        m - 1 adjacent character pairs, each of its u = m - L characters outside the
        subsequence breaks at most two and each of W's v = w - L characters outside it at
        most one; the rest are bigrams of W, so of the name. 2u + v = 2m + w - 3L is at most
        0.725 m - 0.275 w <= 0.522 m, so the name shares at least 0.478 m - 1 of form's
        bigrams. The bound below is looser, to be safe.
        """
        m = len(form)
        keep = (self.lengths > longer_than) & (overlap >= 0.45 * m - 1)
        return np.flatnonzero(keep).tolist()


def build_name_index(snapshot: Snapshot) -> NameIndex:
    names: list[str] = []
    by_name: dict[str, int] = {}
    owners: list[dict[int, bool]] = []
    positions: list[list[tuple[int, int]]] = []
    flat = 0
    for index, programme in enumerate(snapshot.programmes):
        # The first two search names are the programme's own name (spaced and compact).
        for position, name in enumerate(programme.search_names):
            k = by_name.get(name)
            if k is None:
                k = by_name[name] = len(names)
                names.append(name)
                owners.append({})
                positions.append([])
            owners[k][index] = owners[k].get(index, False) or position < 2
            positions[k].append((flat, index))
            flat += 1
    order = sorted(range(len(names)), key=names.__getitem__)
    starts: list[int] = []
    offset = 0
    for name in names:
        starts.append(offset)
        offset += len(name) + len(SEPARATOR)
    starts.append(offset)
    pairs: dict[str, tuple[list[int], list[int]]] = {}
    for k, name in enumerate(names):
        for bigram, count in _bigrams(name).items():
            ids, counts = pairs.setdefault(bigram, ([], []))
            ids.append(k)
            counts.append(count)
    choices: dict[str, str] = {}
    for phrase in snapshot.search_terms:
        choices.setdefault(phrase, phrase)
    for programme in snapshot.programmes:
        for text in (programme.name, *programme.synonyms):
            choices.setdefault(normalise(text), text)
    return NameIndex(
        names=names, owners=owners, positions=[tuple(p) for p in positions], by_name=by_name,
        sorted_names=[names[k] for k in order], sorted_ids=order,
        joined=SEPARATOR.join(names), starts=starts,
        lengths=np.array([len(name) for name in names], dtype=np.int64),
        bigrams={bigram: (np.array(ids, dtype=np.intp), np.array(counts, dtype=np.int64))
                 for bigram, (ids, counts) in pairs.items()},
        choices=choices, suggestion_keys=[key for key in choices if len(key) >= 4])


def name_index(snapshot: Snapshot) -> NameIndex:
    """The snapshot's name index, built on first use and kept for the snapshot's lifetime."""
    key = ("name_index",)
    index = snapshot.derived.get(key)
    if index is None:
        index = snapshot.derived[key] = build_name_index(snapshot)
    return index  # type: ignore[return-value]

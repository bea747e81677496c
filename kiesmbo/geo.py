"""Distances and place lookup (PC4 and municipality centroids)."""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass

import numpy as np
from sqlmodel import Session, select

from kiesmbo.models import Municipality, Postcode
from kiesmbo.text import normalise

EARTH_RADIUS_KM = 6371.0
POSTCODE = re.compile(r"^\s*([1-9]\d{3})\s*(?:[a-zA-Z]{2})?\s*$")


@dataclass(frozen=True)
class Place:
    """A resolved place: its name and its centroid."""

    label: str
    latitude: float
    longitude: float


def distances_km(lat: float, lon: float, lats: np.ndarray, lons: np.ndarray) -> np.ndarray:
    """Great-circle distances in km from one point to many (haversine)."""
    phi1, phi2 = np.radians(lat), np.radians(lats)
    dphi, dlambda = phi2 - phi1, np.radians(lons - lon)
    a = np.sin(dphi / 2) ** 2 + np.cos(phi1) * np.cos(phi2) * np.sin(dlambda / 2) ** 2
    return 2 * EARTH_RADIUS_KM * np.arcsin(np.sqrt(a))


class PlaceIndex:
    """Looks up a postcode (1234 or 1234 AB) or a place name (municipality or town)."""

    def __init__(self, session: Session) -> None:
        self.postcodes: dict[int, Place] = {}
        towns: dict[str, list[Postcode]] = defaultdict(list)
        for postcode in session.exec(select(Postcode)):
            self.postcodes[postcode.pc4] = Place(
                f"{postcode.pc4} {postcode.city}", postcode.latitude, postcode.longitude)
            towns[normalise(postcode.city)].append(postcode)
        # A town that is not a municipality: the mean of its postcode centroids.
        self.names: dict[str, Place] = {
            key: Place(parts[0].city, float(np.mean([p.latitude for p in parts])),
                       float(np.mean([p.longitude for p in parts])))
            for key, parts in towns.items()
        }
        for municipality in session.exec(select(Municipality)):
            self.names[normalise(municipality.name)] = Place(
                municipality.name, municipality.latitude, municipality.longitude)

    def resolve(self, text: str) -> Place | None:
        match = POSTCODE.match(text)
        if match:
            return self.postcodes.get(int(match.group(1)))
        return self.names.get(normalise(text))

"""Distances on the earth: a place as a point, great-circle distances, the nearest of many.

Pure numpy (no database, no Flask), so the recommender and the catalogue share it; looking
places up by name or postcode is kiesmbo.places.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

EARTH_RADIUS_KM = 6371.0


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


def nearest_km(lat: float, lon: float, owners: np.ndarray, lats: np.ndarray,
               lons: np.ndarray, count: int) -> np.ndarray:
    """For each of `count` owners (programmes), the distance from a point to the nearest of
    its locations; location i belongs to owner owners[i]. inf for an owner without any."""
    nearest = np.full(count, np.inf)
    if len(lats):
        np.minimum.at(nearest, owners, distances_km(lat, lon, np.asarray(lats, dtype=float),
                                                    np.asarray(lons, dtype=float)))
    return nearest

"""Looking up a place typed by a visitor: a PC4 postcode, a municipality or a town."""

from __future__ import annotations

import re
from collections import defaultdict

import numpy as np
from sqlmodel import Session, select

from kiesmbo.geo import Place
from kiesmbo.models import Municipality, Postcode
from kiesmbo.text import normalise

POSTCODE = re.compile(r"^\s*([1-9]\d{3})\s*(?:[a-zA-Z]{2})?\s*$")


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

#!/usr/bin/env python3
"""Draws the Teams app icons of WAF ML Assessment: a temple of five pillars (the five
Well-Architected pillars) with a check mark.

Writes teams-app/color.png (192x192, opaque) and teams-app/outline.png (32x32, white on
transparent). Uses only the Python standard library, so the output is the same on every machine:
    python3 teams-app/icons/make-icons.py
"""

import math
import struct
import zlib
from pathlib import Path

TEAL = (11, 85, 99)
WHITE = (255, 255, 255)
GREEN = (76, 201, 128)


def rect(x0, y0, x1, y1):
    return lambda x, y: x0 <= x <= x1 and y0 <= y <= y1


def polygon(points):
    def inside(x, y):
        result = False
        for (ax, ay), (bx, by) in zip(points, points[1:] + points[:1]):
            if (ay > y) != (by > y) and x < (bx - ax) * (y - ay) / (by - ay) + ax:
                result = not result
        return result

    return inside


def circle(cx, cy, r):
    return lambda x, y: (x - cx) ** 2 + (y - cy) ** 2 <= r * r


def stroke(points, width):
    def near_segment(x, y, a, b):
        (ax, ay), (bx, by) = a, b
        dx, dy = bx - ax, by - ay
        t = max(0.0, min(1.0, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)))
        return math.hypot(x - (ax + t * dx), y - (ay + t * dy)) <= width / 2

    return lambda x, y: any(near_segment(x, y, a, b) for a, b in zip(points, points[1:]))


def temple(left, right, top, scale):
    """Pediment, architrave, five columns and a base step, in a box `scale` units per 32."""
    u = scale / 32
    width = right - left
    shapes = [
        polygon([(left + width / 2, top), (right, top + 7 * u), (left, top + 7 * u)]),
        rect(left + 1 * u, top + 8 * u, right - 1 * u, top + 9.6 * u),
        rect(left, top + 22 * u, right, top + 24.5 * u),
    ]
    column_width = 2.2 * u
    gap = (width - 2 * u - 5 * column_width) / 4
    for i in range(5):
        x0 = left + 1 * u + i * (column_width + gap)
        shapes.append(rect(x0, top + 11 * u, x0 + column_width, top + 20.6 * u))
    return shapes


def render(size, samples, background, layers):
    """Supersamples each pixel; returns rows of RGBA tuples (straight alpha)."""
    rows = []
    offsets = [(i + 0.5) / samples for i in range(samples)]
    for py in range(size):
        row = []
        for px in range(size):
            r = g = b = a = 0.0
            for oy in offsets:
                for ox in offsets:
                    colour = background
                    for shape, fill in layers:
                        if shape(px + ox, py + oy):
                            colour = fill
                    alpha = colour[3] / 255
                    r, g, b, a = r + colour[0] * alpha, g + colour[1] * alpha, b + colour[2] * alpha, a + alpha
            n = samples * samples
            if a == 0:
                row.append((255, 255, 255, 0))
            else:
                row.append((round(r / a), round(g / a), round(b / a), round(255 * a / n)))
        rows.append(row)
    return rows


def write_png(path, rows, with_alpha):
    channels = 4 if with_alpha else 3
    raw = b"".join(b"\x00" + bytes(v for pixel in row for v in pixel[:channels]) for row in rows)

    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    header = struct.pack(">IIBBBBB", len(rows[0]), len(rows), 8, 6 if with_alpha else 2, 0, 0, 0)
    png = b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b"")
    Path(path).write_bytes(png)


def colour_icon():
    opaque = lambda rgb: rgb + (255,)
    layers = [(shape, opaque(WHITE)) for shape in temple(40, 152, 38, 112)]
    layers += [
        (circle(146, 140, 27), opaque(TEAL)),
        (circle(146, 140, 22), opaque(GREEN)),
        (stroke([(135, 141), (143, 149), (158, 131)], 6), opaque(WHITE)),
    ]
    return render(192, 4, opaque(TEAL), layers)


def outline_icon():
    """The same temple drawn on the pixel grid, so the columns stay sharp at 32x32."""
    shapes = [polygon([(16, 3), (29, 10), (3, 10)]), rect(4, 11, 28, 13), rect(3, 24, 29, 27)]
    shapes += [rect(5 + 5 * i, 14, 7 + 5 * i, 23) for i in range(5)]
    return render(32, 8, (255, 255, 255, 0), [(shape, WHITE + (255,)) for shape in shapes])


if __name__ == "__main__":
    app = Path(__file__).resolve().parent.parent
    write_png(app / "color.png", colour_icon(), with_alpha=False)
    write_png(app / "outline.png", outline_icon(), with_alpha=True)

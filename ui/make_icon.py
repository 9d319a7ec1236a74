"""Draw the dashboard's tab icon, ui/icon.png, once (it is committed; rerun only to change it).

The icon is served by the Streamlit server itself: a `:material/...:` page icon would make the
browser fetch the favicon from fonts.gstatic.com, and the dashboard must work with no network.

    python ui/make_icon.py
"""

from __future__ import annotations

from pathlib import Path

from PIL import Image, ImageDraw

SIZE = 64
BLUE = (76, 120, 168, 255)   # the charts' first colour (#4C78A8)
PAPER = (255, 255, 255, 255)


def draw_icon(size: int = SIZE) -> Image.Image:
    """A folded newspaper: a white sheet with a headline bar and three text lines on a blue tile."""
    img = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    d = ImageDraw.Draw(img)
    u = size / 16
    d.rounded_rectangle((0, 0, size - 1, size - 1), radius=int(3 * u), fill=BLUE)
    d.rectangle((3 * u, 3 * u, 13 * u, 13 * u), fill=PAPER)
    d.rectangle((4 * u, 4 * u, 12 * u, 6 * u), fill=BLUE)
    for row in (7.5, 9.5, 11.5):
        d.rectangle((4 * u, row * u, 12 * u, (row + 0.8) * u), fill=BLUE)
    return img


if __name__ == "__main__":
    out = Path(__file__).with_name("icon.png")
    draw_icon().save(out, optimize=True)
    print(f"wrote {out}")

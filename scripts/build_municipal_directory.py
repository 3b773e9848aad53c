"""Build the shipped directory of German municipalities from the Destatis extract.

    python scripts/build_municipal_directory.py gemeindeverzeichnis.tsv

The input is the Gemeindeverzeichnis (GV-ISys, "Auszug GV 4. Quartal", state of 31 December
2020) reduced to the columns ``ags name land kreis verband kind population`` (one header line,
tab-separated). The output, ``src/beschluss_rules/data/gemeindeverzeichnis.tsv.gz``, keeps what
identifying a paper's Land needs: AGS, official name, Kreis and Gemeindeverband (Samtgemeinde,
Verbandsgemeinde, Amt ...) of every municipality; unincorporated areas (gemeindefreie Gebiete)
are left out, they have no council. The Land is the AGS's first two digits.

Licence of the data: Datenlizenz Deutschland – Namensnennung – Version 2.0 (dl-de/by-2-0),
"© Statistisches Bundesamt (Destatis), 2021" (see ``src/beschluss_rules/data/NOTICE``).
"""

from __future__ import annotations

import csv
import gzip
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "src" / "beschluss_rules" / "data" / "gemeindeverzeichnis.tsv.gz"
HEADER = ("# Gemeindeverzeichnis, Stand 31.12.2020. Quelle: © Statistisches Bundesamt (Destatis), 2021, "
          "Datenlizenz Deutschland – Namensnennung – Version 2.0 (dl-de/by-2-0); gekürzt auf ags, name, "
          "kreis, verband.\n")


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print(__doc__, file=sys.stderr)
        return 2
    rows = []
    with open(argv[0], encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle, delimiter="\t"):
            if row["kind"].startswith("gemeindefrei"):
                continue
            rows.append("\t".join((row["ags"], row["name"], row["kreis"], row["verband"])))
    rows.sort()
    # mtime=0: the same input gives the same bytes (a reproducible build).
    with open(OUT, "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", compresslevel=9, mtime=0) as out:
        out.write((HEADER + "\n".join(rows) + "\n").encode("utf-8"))
    print(f"{OUT}: {len(rows)} municipalities, {OUT.stat().st_size} bytes")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))

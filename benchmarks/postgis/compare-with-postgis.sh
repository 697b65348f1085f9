#!/usr/bin/env bash
# Times parcelrecon compare-maps against PostGIS computing the same overlap join on the same two maps.
#
# Usage: benchmarks/postgis/compare-with-postgis.sh OLD.geojson NEW.geojson
#   e.g. bin/parcelrecon generate --parcels 275000 --seed 8 --out /tmp/g275
#        benchmarks/postgis/compare-with-postgis.sh /tmp/g275/map_old.geojson /tmp/g275/map_new.geojson
#
# Installs PostgreSQL 15 + PostGIS 3 and GDAL from Debian when missing (needs root), starts a cluster, loads both
# maps with ogr2ogr, builds GiST indexes, ANALYZEs, then times the join that lists every intersecting pair of old
# and new parcels with the area of the intersection (what compare-maps needs before it groups and classifies).
# Prints PostGIS's join time beside compare-maps' join phase (the like-for-like figure, from --timings) and beside its
# whole run, with both ratios. End to end compare-maps does more than PostGIS's join (reading GeoJSON, offset
# estimate, grouping, classification, output files); the PostGIS join, for its part, intersects the maps as they
# are, offset included, so it overlays every parcel with its neighbours where compare-maps settles most parcels on
# its fast path after removing the offset.
set -euo pipefail
old=$(readlink -f "$1"); new=$(readlink -f "$2")
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
if ! command -v ogr2ogr >/dev/null || ! command -v bc >/dev/null || ! dpkg -s postgresql-15-postgis-3 >/dev/null 2>&1; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql postgresql-15-postgis-3 gdal-bin bc >/dev/null
fi
# Start the cluster if it is down, and stop it again on exit: a server left running would keep every file descriptor
# it inherited, such as the lock of `flock LOCK benchmarks/postgis/compare-with-postgis.sh ...`, and hold it forever.
if ! pg_ctlcluster 15 main status >/dev/null 2>&1; then
  pg_ctlcluster 15 main start
  trap 'pg_ctlcluster 15 main stop' EXIT
fi
db=parcelrecon_bench
su postgres -c "dropdb --if-exists $db && createdb $db && psql -q -d $db -c 'create extension postgis'"
for t in old new; do
  f=$old; [ $t = new ] && f=$new
  su postgres -c "ogr2ogr -f PostgreSQL PG:dbname=$db '$f' -nln p_$t -nlt MULTIPOLYGON -lco GEOMETRY_NAME=geom -lco SPATIAL_INDEX=GIST -overwrite"
done
su postgres -c "psql -q -d $db -c 'analyze p_old' -c 'analyze p_new'"
start=$(date +%s.%N)
su postgres -c "psql -q -d $db -t -c \"set statement_timeout = '1800s'; select count(*), round(sum(ia)::numeric, 2) from (select st_area(st_intersection(a.geom, b.geom)) ia from p_old a join p_new b on st_intersects(a.geom, b.geom)) s\""
postgis=$(echo "$(date +%s.%N) - $start" | bc)
ls "$root"/cli/target/parcelrecon-cli-*-all.jar >/dev/null 2>&1 || (cd "$root" && mvn -B -q -DskipTests -pl cli -am package)
jar=$(ls -t "$root"/cli/target/parcelrecon-cli-*-all.jar | head -n 1)
out=$(mktemp -d)
start=$(date +%s.%N)
java -Xmx4g -jar "$jar" compare-maps --old "$old" --new "$new" --out "$out" --timings >/dev/null 2>"$out/timings.csv"
ours=$(echo "$(date +%s.%N) - $start" | bc)
# the like-for-like figure: compare-maps' join phase (overlaps of old and new parcels, after the offset is removed)
join=$(awk -F, '$1 == "join" {print $2 / 1000}' "$out/timings.csv")
printf 'PostGIS overlap join: %.1f s\n' "$postgis"
printf 'parcelrecon compare-maps join phase: %.1f s (ratio PostGIS / parcelrecon: %.2f)\n' "$join" \
  "$(echo "$postgis / $join" | bc -l)"
printf 'parcelrecon compare-maps end to end (read, offset, join, classify, write): %.1f s (ratio %.2f)\n' "$ours" \
  "$(echo "$postgis / $ours" | bc -l)"
echo "parcelrecon phases (ms):"; sed 's/^/  /' "$out/timings.csv"
rm -rf "$out"

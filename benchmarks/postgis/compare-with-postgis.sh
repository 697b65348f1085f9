#!/usr/bin/env bash
# Times parcelrecon compare-maps, whole (JVM start and reading included), against PostGIS's overlap join alone on
# tables already loaded, repaired, indexed and analysed: PostGIS's best, so that the ratio flatters PostGIS, not us.
#
# Usage: benchmarks/postgis/compare-with-postgis.sh [--runs N] OLD.geojson NEW.geojson [-- compare-maps options]
#   e.g. bin/parcelrecon generate --parcels 275000 --seed 8 --out /tmp/g275
#        benchmarks/postgis/compare-with-postgis.sh /tmp/g275/map_old.geojson /tmp/g275/map_new.geojson
#        benchmarks/postgis/compare-with-postgis.sh ../shared/data/parcels/cambridge_ma/parcels_fy2013_epsg26986.geojson \
#            ../shared/data/parcels/cambridge_ma/parcels_fy2014_epsg26986.geojson -- --id-property ML
# On a shared machine run it under the lock: flock /tmp/mvn.lock benchmarks/postgis/compare-with-postgis.sh ...
#
# Installs PostgreSQL 15 + PostGIS 3 and GDAL from Debian when missing (needs root), starts the cluster if it is down
# (and stops it again on exit), loads both maps with ogr2ogr (-nlt MULTIPOLYGON), then prepares two variants:
#   repaired:   ST_MakeValid on every polygon (polygon parts kept), GiST index, VACUUM ANALYZE. Real maps have invalid
#               polygons, and the join on the raw tables aborts with a GEOS TopologyException (Cambridge FY2013/14).
#   subdivided: the repaired tables cut with ST_Subdivide (256 vertices a piece), GiST index, VACUUM ANALYZE; the
#               join sums the pieces' intersections per parcel pair. Long road polygons then cost their neighbours
#               only the nearby piece.
# After one untimed run of compare-maps (the first after a build writes bin/parcelrecon's class-data archive), each
# run (N times, alternating) times compare-maps end to end, the repaired join and the subdivided join: every
# intersecting pair of old and new parcels with the area of the intersection, which is what compare-maps needs before
# it groups and classifies. Prints each time, the medians, and compare-maps' median as a multiple of PostGIS's best
# median (lower is better for parcelrecon). Preparation times (repair, subdivide, index, analyse) are printed too but
# left out of PostGIS's figure. compare-maps does more than the join (reading GeoJSON, repair, offset estimate,
# grouping, classification, output files); PostGIS's join, for its part, intersects the maps with the offset left in.
set -euo pipefail
runs=3
if [ "${1:-}" = "--runs" ]; then runs=$2; shift 2; fi
old=$(readlink -f "$1"); new=$(readlink -f "$2"); shift 2
[ "${1:-}" = "--" ] && shift
extra=("$@")
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
sql() { su postgres -c "psql -X -q -t -A -d $db" <<<"$1"; }
# seconds that the statements take together, from psql's \timing (server round trips, no psql start-up)
timed() { sql "\\timing on
$1" | awk '/^Time: / {s += $2} END {printf "%.3f\n", s / 1000}'; }
su postgres -c "dropdb --if-exists $db && createdb $db && psql -q -d $db -c 'create extension postgis'"
for t in old new; do
  f=$old; [ $t = new ] && f=$new
  su postgres -c "ogr2ogr -f PostgreSQL PG:dbname=$db '$f' -nln p_$t -nlt MULTIPOLYGON -lco GEOMETRY_NAME=geom -lco FID=fid -lco SPATIAL_INDEX=NONE -overwrite"
done
prep=0
for t in old new; do
  s=$(timed "create table r_$t as select fid, st_multi(st_collectionextract(st_makevalid(geom), 3)) geom from p_$t where geom is not null and not st_isempty(geom);
create index on r_$t using gist (geom); vacuum (analyze) r_$t;")
  prep=$(echo "$prep + $s" | bc)
done
sub=0
for t in old new; do
  s=$(timed "create table s_$t as select fid, st_subdivide(geom, 256) geom from r_$t;
create index on s_$t using gist (geom); vacuum (analyze) s_$t;")
  sub=$(echo "$sub + $s" | bc)
done
# Every table vacuumed and the cluster checkpointed before anything is timed: left to itself, autovacuum visits each
# freshly filled table (six of them) and the checkpointer writes the pages the first joins dirty (hint bits) in the
# first minutes, which slowed whichever run they overlapped, ours or PostGIS's (275,000 pair: compare-maps 3.98, 3.38,
# 2.62 s in runs 1-3 while they ran, 2.7-2.9 s on a quiet machine).
sql "vacuum (analyze) p_old; vacuum (analyze) p_new; checkpoint;" >/dev/null
echo "rows (raw, repaired, subdivided pieces): $(sql "select (select count(*) from p_old) || ' / ' || (select count(*) from p_new) || ', ' || (select count(*) from r_old) || ' / ' || (select count(*) from r_new) || ', ' || (select count(*) from s_old) || ' / ' || (select count(*) from s_new)")"
echo "invalid polygons before repair: $(sql "select (select count(*) from p_old where not st_isvalid(geom)) || ' / ' || (select count(*) from p_new where not st_isvalid(geom))")"
printf 'PostGIS preparation (not counted below): repair + index + vacuum analyse %.2f s, subdivide + index + vacuum analyse %.2f s\n' "$prep" "$sub"
naive_q="set statement_timeout = '1800s'; select count(*), round(sum(ia)::numeric, 2) from (select st_area(st_intersection(a.geom, b.geom)) ia from r_old a join r_new b on st_intersects(a.geom, b.geom)) s;"
sub_q="set statement_timeout = '1800s'; select count(*), round(sum(ia)::numeric, 2) from (select a.fid, b.fid, sum(st_area(st_intersection(a.geom, b.geom))) ia from s_old a join s_new b on st_intersects(a.geom, b.geom) group by a.fid, b.fid) s;"
echo "PostGIS pairs, total intersection area: repaired $(sql "$naive_q" | tail -n 1), subdivided $(sql "$sub_q" | tail -n 1)"
out=$(mktemp -d)
# compare-maps as a user runs it: through bin/parcelrecon (JVM options for the input's size, class-data archive).
# The first run after a build writes the archive beside the jar; it is a warm-up, not timed.
export PARCELRECON_JAVA_OPTS=-Xmx4g
"$root"/bin/parcelrecon compare-maps --old "$old" --new "$new" --out "$out" "${extra[@]}" >/dev/null 2>"$out/stderr.txt"
ours=(); naive=(); subd=()
for r in $(seq 1 "$runs"); do
  start=$(date +%s.%N)
  "$root"/bin/parcelrecon compare-maps --old "$old" --new "$new" --out "$out" "${extra[@]}" >/dev/null \
    2>"$out/stderr.txt"
  ours+=("$(echo "$(date +%s.%N) - $start" | bc)")
  naive+=("$(timed "$naive_q")")
  subd+=("$(timed "$sub_q")")
  printf 'run %d: compare-maps %.2f s, PostGIS repaired join %.2f s, subdivided join %.2f s\n' "$r" "${ours[-1]}" \
    "${naive[-1]}" "${subd[-1]}"
done
median() { printf '%s\n' "$@" | sort -g | awk '{v[NR] = $1} END {print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2}'; }
m_ours=$(median "${ours[@]}"); m_naive=$(median "${naive[@]}"); m_sub=$(median "${subd[@]}")
best=$m_naive; which=repaired
if (( $(echo "$m_sub < $m_naive" | bc) )); then best=$m_sub; which=subdivided; fi
printf 'medians of %d: compare-maps %.2f s; PostGIS repaired join %.2f s, subdivided join %.2f s\n' "$runs" "$m_ours" \
  "$m_naive" "$m_sub"
printf 'compare-maps, whole, takes %.2f x PostGIS best join (%s, tables preloaded, repaired, indexed, analysed)\n' \
  "$(echo "$m_ours / $best" | bc -l)" "$which"
rm -rf "$out"

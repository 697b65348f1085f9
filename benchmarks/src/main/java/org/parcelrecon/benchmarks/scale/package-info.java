/**
 * End-to-end scale runs over generated data: {@link org.parcelrecon.benchmarks.scale.ProvinceLinkRun} links a
 * generated province's land users to its population and prints time per phase, blocking quality, precision and
 * recall, and peak memory; {@link org.parcelrecon.benchmarks.scale.ComparePhasesRun} measures the CPU time of
 * each phase of the map comparison over every commune of a GeoJSON map pair.
 */
package org.parcelrecon.benchmarks.scale;

/**
 * End-to-end scale runs over generated data: {@link org.parcelrecon.benchmarks.scale.ProvinceLinkRun} links a
 * generated province's land users to its population and prints time per phase, blocking quality, precision and
 * recall, and peak memory.
 */
package org.parcelrecon.benchmarks.scale;

/**
 * Where a library call's parallel work runs: {@link org.parcelrecon.core.parallel.ParallelWork} moves a call into
 * a host's own fork-join pool, so that a host server can bound the CPU parcelrecon takes.
 */
package org.parcelrecon.core.parallel;

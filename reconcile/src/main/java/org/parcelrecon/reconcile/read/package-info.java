/**
 * Reading the run's tables as they really arrive: {@link org.parcelrecon.reconcile.read.RegisterReader} (land
 * register exports with English or Vietnamese headers, Vietnamese numbers and dates, legacy-encoded names) and
 * {@link org.parcelrecon.reconcile.read.PopulationReader}. Each value is parsed once here and travels typed; each row
 * that cannot be read becomes a {@link org.parcelrecon.core.input.RejectedRow} with file, line and reason.
 */
package org.parcelrecon.reconcile.read;

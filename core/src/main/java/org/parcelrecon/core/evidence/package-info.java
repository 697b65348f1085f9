/**
 * Evidence: everything known about one register record, as immutable values that rules read.
 *
 * <ul>
 *   <li>{@link org.parcelrecon.core.evidence.Evidence}: one record: key, rows, map parcels, change;</li>
 *   <li>{@link org.parcelrecon.core.evidence.RecordKey}: commune (as written and today), sheet, plot;</li>
 *   <li>{@link org.parcelrecon.core.evidence.RegisterRow}, {@link org.parcelrecon.core.evidence.LandUser},
 *       {@link org.parcelrecon.core.evidence.LegacyText}: the register as written;</li>
 *   <li>{@link org.parcelrecon.core.evidence.MapParcel}, {@link org.parcelrecon.core.evidence.ParcelChange},
 *       {@link org.parcelrecon.core.evidence.ChangeClass}: the cadastral map as plain figures;</li>
 *   <li>{@link org.parcelrecon.core.evidence.UserLink}, {@link org.parcelrecon.core.evidence.Citizen},
 *       {@link org.parcelrecon.core.evidence.ComparisonEntry}: what linking found in the population registry.</li>
 * </ul>
 *
 * <p>The reconcile pipeline fills these; host systems and tests build them with the builders. No value is
 * ever null: unknown values are empty {@code Optional}s, {@code OptionalInt}s and so on, and lists are
 * empty. Caller mistakes (null, a negative area, a probability above 1) throw
 * {@link java.lang.IllegalArgumentException} or {@link java.lang.NullPointerException} naming the field.
 * All records are immutable and thread-safe; builders are not.
 */
package org.parcelrecon.core.evidence;

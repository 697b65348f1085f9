/**
 * Parcel keys: map sheet number (số tờ bản đồ), plot number (số thửa) and optional commune code, the key by which
 * the land register, the cadastral map and spreadsheets refer to one parcel.
 *
 * <ul>
 *   <li>{@link org.parcelrecon.core.parcel.ParcelKey}: the key; {@code toString()} is the canonical form
 *       {@code 06652:12/345}.</li>
 *   <li>{@link org.parcelrecon.core.parcel.ParcelKeys}: reads keys from text — {@code parse} (keyword forms such
 *       as "Thửa đất số 345, tờ bản đồ số 12"), {@code parseCompact} ({@code 12/345}, on request),
 *       {@code parseCanonical}.</li>
 *   <li>{@link org.parcelrecon.core.parcel.ParcelKeyParse}: the result, {@code Parsed} or {@code Rejected} with a
 *       reason; text is never guessed at.</li>
 * </ul>
 */
package org.parcelrecon.core.parcel;

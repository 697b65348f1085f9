/**
 * Commune-level administrative units and the 2025 merger that replaced them.
 *
 * <p>On 1 July 2025 Vietnam abolished the district level and merged most communes (for Quảng Ninh:
 * Resolution 1679/NQ-UBTVQH15, 171 units → 54). Land records written before that day carry the old codes,
 * records written after carry the new ones, and the same 5-digit code can name different units in the two
 * periods. This package answers "which unit does this code (or name) mean, and where did it go?".
 *
 * <ul>
 *   <li>{@link org.parcelrecon.core.admin.AdministrativeUnits}: the entry point, with the bundled Quảng Ninh
 *       tables ({@code quangNinh()}); lookups by code and period, by name, and {@code resolve}.</li>
 *   <li>{@link org.parcelrecon.core.admin.CommuneResolution}: what a code means (current, full, partial,
 *       retired, depends on date, unknown).</li>
 *   <li>{@link org.parcelrecon.core.admin.AdminUnit}, {@link org.parcelrecon.core.admin.Successor},
 *       {@link org.parcelrecon.core.admin.UnitType}, {@link org.parcelrecon.core.admin.Period}: the values.</li>
 * </ul>
 *
 * <p>Sources and doubts (the Ba Chẽ code, the 2024 retirements) are listed in the {@code README.md} beside the
 * CSV resources in this package.
 */
package org.parcelrecon.core.admin;

/**
 * Linking a register's land users to the population registry for a run:
 * {@link org.parcelrecon.reconcile.link.LandUserLinker} (province-wide, the Vietnamese province preset, one match
 * per land user) and its result {@link org.parcelrecon.reconcile.link.LandUserLinks}, which adapts matching's pairs
 * and explanations to core's {@link org.parcelrecon.core.evidence.UserLink}.
 */
package org.parcelrecon.reconcile.link;

/**
 * The national campaign's own units: a named profile ({@link org.parcelrecon.reconcile.campaign.CampaignProfile})
 * saying which reason codes keep a parcel out of "level 1" and which put it in Group 2 (fix land users against the
 * population registry) or Group 3 (rebuild), and the counts per area it gives
 * ({@link org.parcelrecon.reconcile.campaign.CampaignTally}, columns of {@code summary.csv}).
 */
package org.parcelrecon.reconcile.campaign;

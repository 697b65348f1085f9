/**
 * Helpers the geometry packages share that are public only for that reason. Not API: hosts must not use them.
 */
package org.parcelrecon.geometry.internal;

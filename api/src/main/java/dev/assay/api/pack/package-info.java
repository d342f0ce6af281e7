/**
 * The rule packs a server grades with: loaded from a folder at start-up and over HTTP by admins,
 * kept under the data directory, swapped in as one immutable {@link dev.assay.engine.pack.PackSet}
 * so gradings under way are never disturbed. Packs themselves, their manifest, compilation and
 * limits are in {@link dev.assay.engine.pack}.
 */
package dev.assay.api.pack;

/**
 * Capabilities: the seed capability and the caps it grants ({@link io.gridprobe.protocol.caps.CapsClient},
 * {@link io.gridprobe.protocol.caps.Capabilities}). Answers are read by sniffing the body
 * ({@link io.gridprobe.protocol.caps.LlsdBodies}), since grids mislabel them.
 */
package io.gridprobe.protocol.caps;

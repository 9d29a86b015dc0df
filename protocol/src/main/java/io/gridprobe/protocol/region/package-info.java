/**
 * Joining a region as root or child ({@link io.gridprobe.protocol.region.RegionJoin}) and the resulting
 * {@link io.gridprobe.protocol.region.RegionConnection}: circuit, capabilities, event queue, arrival data and
 * {@link io.gridprobe.protocol.region.JoinTimings}.
 */
package io.gridprobe.protocol.region;

package io.gridprobe.harness.core;

/** Where an agent's session is in its life: joining its first region, online, logging out, gone, or cut off. */
public enum AgentState { JOINING, ONLINE, LOGGING_OUT, OFFLINE, LOST }

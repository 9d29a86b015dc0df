/**
 * The one HTTP client all agents share ({@link io.gridprobe.protocol.http.HttpTransport}), the classification of its
 * failures ({@link io.gridprobe.protocol.http.HttpFailure}) and the redaction of capability URLs, which are bearer
 * tokens ({@link io.gridprobe.protocol.http.CapabilityUris}).
 */
package io.gridprobe.protocol.http;

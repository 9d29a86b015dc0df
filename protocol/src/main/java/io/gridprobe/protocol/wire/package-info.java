/**
 * Numbers of the Second Life protocol that carry meaning inside message fields: control and permission bits,
 * instant-message dialogs, chat, asset, inventory and folder types, teleport and object flags, DeRez destinations.
 * Both sides use them: the harness to speak and read, the embedded grid to answer as a simulator does. They live
 * here so that each fact has one home; the values are those of the public protocol (the viewer's and
 * OpenSimulator's constants), checked against the captures where one shows them.
 */
package io.gridprobe.protocol.wire;

// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.9424316189513853) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 9049b050aef3b6cc44402b5ddd11b56faba515a95eea37c4b81b51071755765b

// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.966700971075574) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 e0fc5bf8576fd181ea19290739e24782cfaa844180b5a49d4bbb9eab05408c9a

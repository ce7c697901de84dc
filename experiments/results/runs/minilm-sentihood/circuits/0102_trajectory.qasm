// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.8721571806386614) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 fc3378fe95ce5dc05031e1e93ee6716ce0efdc7e5a22176267d16d19e5c540ad

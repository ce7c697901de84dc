// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.5736737889601355) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 98755f2ae50fab6a1c8b7c20e12701f50d4b8e40c9bf063b6a64297cd27287e6
